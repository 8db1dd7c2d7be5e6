//! Kafka client construction: librdkafka settings (ours, then the user's pass-through), and
//! client contexts that feed statistics, errors and rebalances into telemetry and health.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use rdkafka::client::ClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, ConsumerContext, Rebalance};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::Statistics;

use super::offsets::OffsetTracker;
use crate::config::{KafkaConfig, RuntimeConfig};
use crate::telemetry::http::Health;
use crate::telemetry::kafka_stats::{self, ClientRole};
use crate::telemetry::names;

/// Context of the input consumer: statistics, errors, and rebalances (which update the
/// readiness state and forget in-flight offsets of revoked partitions).
pub struct ConsumerCtx {
    pub health: Arc<Health>,
    pub tracker: Arc<Mutex<OffsetTracker>>,
}

impl ClientContext for ConsumerCtx {
    fn stats(&self, statistics: Statistics) {
        self.health.set_connected(
            statistics
                .brokers
                .values()
                .any(|b| b.nodeid >= 0 && b.state == "UP"),
        );
        kafka_stats::record(ClientRole::Consumer, &statistics);
    }

    fn error(&self, error: KafkaError, reason: &str) {
        record_client_error(&self.health, &error, reason, "consumer");
    }
}

impl ConsumerContext for ConsumerCtx {
    fn post_rebalance(&self, _consumer: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        match rebalance {
            Rebalance::Assign(tpl) => {
                let n = tpl.count();
                self.health.add_partitions(n);
                self.health.set_connected(true);
                tracing::info!(partitions = n, assigned = ?tpl.to_topic_map().keys().collect::<Vec<_>>(), "partitions assigned");
            }
            Rebalance::Revoke(tpl) => {
                let n = tpl.count();
                if let Ok(mut tracker) = self.tracker.lock() {
                    for e in tpl.elements() {
                        tracker.revoke(e.topic(), e.partition());
                    }
                }
                // Another instance reports these partitions' lag now.
                for e in tpl.elements() {
                    metrics::gauge!(names::CONSUMER_LAG_RECORDS, "topic" => e.topic().to_string(), "partition" => e.partition().to_string()).set(0.0);
                }
                self.health.remove_partitions(n);
                tracing::info!(partitions = n, "partitions revoked");
            }
            Rebalance::Error(e) => tracing::warn!(error = %e, "rebalance error"),
        }
    }

    fn commit_callback(
        &self,
        result: rdkafka::error::KafkaResult<()>,
        _offsets: &rdkafka::TopicPartitionList,
    ) {
        let outcome = match &result {
            Ok(()) => "ok",
            // Nothing stored since the last commit: not an error.
            Err(KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => return,
            Err(_) => "error",
        };
        if let Err(e) = &result {
            tracing::warn!(error = %e, "offset commit failed");
        }
        metrics::counter!(names::OFFSET_COMMITS_TOTAL, "result" => outcome).increment(1);
    }
}

/// Context of producers and auxiliary clients: statistics and errors only.
pub struct ProducerCtx {
    pub health: Arc<Health>,
    pub role: ClientRole,
}

impl ClientContext for ProducerCtx {
    fn stats(&self, statistics: Statistics) {
        kafka_stats::record(self.role, &statistics);
    }

    fn error(&self, error: KafkaError, reason: &str) {
        record_client_error(&self.health, &error, reason, "producer");
    }
}

impl ConsumerContext for ProducerCtx {}

fn record_client_error(health: &Health, error: &KafkaError, reason: &str, client: &'static str) {
    let code = error.rdkafka_error_code();
    if code == Some(RDKafkaErrorCode::AllBrokersDown) {
        health.set_connected(false);
    }
    // A bounded label: librdkafka's error code name, or the error variant.
    let kind = match code {
        Some(RDKafkaErrorCode::AllBrokersDown) => "all_brokers_down",
        Some(RDKafkaErrorCode::BrokerTransportFailure) => "transport",
        Some(RDKafkaErrorCode::Resolve) => "resolve",
        Some(RDKafkaErrorCode::Authentication) => "authentication",
        Some(RDKafkaErrorCode::MessageTimedOut) => "message_timed_out",
        Some(_) => "other",
        None => "client",
    };
    metrics::counter!(names::KAFKA_ERRORS_TOTAL, "client" => client, "kind" => kind).increment(1);
    tracing::warn!(client, kind, error = %error, reason, "kafka client error");
}

fn base_config(
    brokers: &str,
    extra: &BTreeMap<String, String>,
    defaults: &[(&str, &str)],
) -> ClientConfig {
    let mut config = ClientConfig::new();
    config.set("bootstrap.servers", brokers);
    config.set("statistics.interval.ms", "5000");
    for (k, v) in defaults {
        config.set(*k, *v);
    }
    // The user's librdkafka settings win over ours.
    for (k, v) in extra {
        config.set(k, v);
    }
    config
}

/// The input consumer: cooperative rebalancing; offsets stored explicitly once acknowledged
/// (never automatically on delivery to the app) and committed in the background.
pub fn consumer_config(
    kafka: &KafkaConfig,
    runtime: &RuntimeConfig,
    transactional: bool,
) -> ClientConfig {
    let interval = runtime.commit_interval_ms.to_string();
    // Under exactly-once, offsets are committed inside the producer's transactions only.
    let auto_commit = if transactional { "false" } else { "true" };
    base_config(
        &kafka.brokers,
        &kafka.consumer_properties,
        &[
            ("group.id", &kafka.group_id),
            ("partition.assignment.strategy", "cooperative-sticky"),
            ("enable.auto.commit", auto_commit),
            ("isolation.level", "read_committed"),
            ("auto.commit.interval.ms", &interval),
            ("enable.auto.offset.store", "false"),
            ("auto.offset.reset", "earliest"),
            ("enable.partition.eof", "false"),
            ("queued.max.messages.kbytes", "16384"),
        ],
    )
}

/// The producer: idempotent, acks from all in-sync replicas, and no delivery timeout, so an
/// unavailable cluster pauses the pipeline (backpressure) instead of failing records.
pub fn producer_config(kafka: &KafkaConfig, transactional_id: Option<&str>) -> ClientConfig {
    let mut config = base_config(
        &kafka.brokers,
        &kafka.producer_properties,
        &[
            ("enable.idempotence", "true"),
            ("acks", "all"),
            ("linger.ms", "5"),
            ("compression.type", "lz4"),
            ("message.timeout.ms", "0"),
        ],
    );
    if let Some(id) = transactional_id {
        config.set("transactional.id", id);
        config.set("transaction.timeout.ms", "60000");
        // librdkafka requires delivery to time out within the transaction timeout.
        config.set("message.timeout.ms", "55000");
    }
    config
}

/// An auxiliary consumer without a group (state topic restore and follow).
pub fn reader_config(kafka: &KafkaConfig) -> ClientConfig {
    base_config(
        &kafka.brokers,
        &kafka.consumer_properties,
        &[
            ("group.id", &format!("{}-state-reader", kafka.group_id)),
            ("enable.auto.commit", "false"),
            ("enable.auto.offset.store", "false"),
            ("enable.partition.eof", "false"),
        ],
    )
}
