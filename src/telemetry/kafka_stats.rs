//! librdkafka statistics (delivered through the client context's statistics callback) turned
//! into Prometheus metrics: broker round-trip time, broker errors, queue depth, consumer lag.

use metrics::{counter, gauge};
use rdkafka::Statistics;

use super::names;

/// Which of our clients reported the statistics (a bounded label).
#[derive(Debug, Clone, Copy)]
pub enum ClientRole {
    Consumer,
    Producer,
}

impl ClientRole {
    fn label(self) -> &'static str {
        match self {
            Self::Consumer => "consumer",
            Self::Producer => "producer",
        }
    }
}

/// Records one statistics report. Broker labels are the broker's `host:port/id` names; the
/// set is bounded by the cluster size. Internal pseudo-brokers (`GroupCoordinator`,
/// `:0/internal`) are skipped.
pub fn record(role: ClientRole, stats: &Statistics) {
    let client = role.label();
    gauge!(names::KAFKA_CLIENT_QUEUE_MESSAGES, "client" => client).set(stats.msg_cnt as f64);
    for broker in stats.brokers.values() {
        if broker.nodeid < 0 || broker.source == "internal" {
            continue;
        }
        let label = broker.nodename.clone();
        if let Some(rtt) = &broker.rtt {
            if rtt.cnt > 0 {
                // librdkafka reports microseconds.
                gauge!(names::KAFKA_BROKER_RTT_SECONDS, "client" => client, "broker" => label.clone()).set(rtt.avg as f64 / 1e6);
            }
        }
        counter!(names::KAFKA_BROKER_ERRORS_TOTAL, "client" => client, "broker" => label.clone(), "direction" => "tx").absolute(broker.txerrs);
        counter!(names::KAFKA_BROKER_ERRORS_TOTAL, "client" => client, "broker" => label, "direction" => "rx").absolute(broker.rxerrs);
    }
    if matches!(role, ClientRole::Consumer) {
        for (topic, t) in &stats.topics {
            for p in t.partitions.values() {
                // -1 is librdkafka's "unknown"; partition -1 is its internal UA partition.
                if p.partition < 0 || p.consumer_lag < 0 {
                    continue;
                }
                gauge!(names::CONSUMER_LAG_RECORDS, "topic" => topic.clone(), "partition" => p.partition.to_string())
                    .set(p.consumer_lag as f64);
            }
        }
    }
}
