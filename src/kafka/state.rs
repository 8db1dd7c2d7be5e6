//! Stage state shared through a compacted topic, as a Kafka Streams global table: at start
//! every instance reads the topic to its end and applies it, then keeps following it, so that
//! restarts and rebalances never forget what another instance (or a former self) remembered.

use std::collections::HashMap;
use std::time::Duration;

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::consumer::{Consumer, StreamConsumer};
use rdkafka::error::{KafkaError, KafkaResult, RDKafkaErrorCode};
use rdkafka::{Message, Offset, TopicPartitionList};
use tokio::sync::{mpsc, watch};

use super::client::ProducerCtx;
use super::RuntimeError;
use crate::pipeline::{Pipeline, StateUpdate};
use crate::telemetry::names;

/// Creates the state topic if it does not exist yet: compacted (the latest value per key), and
/// also time-limited to `retention` so that records whose article left the dedup window are
/// deleted even when no tombstone was written for them (capacity evictions write none).
pub async fn ensure_topic(
    admin: &AdminClient<ProducerCtx>,
    topic: &str,
    partitions: i32,
    retention: Duration,
) -> Result<(), RuntimeError> {
    let retention_ms = retention.as_millis().to_string();
    let new = NewTopic::new(topic, partitions, TopicReplication::Fixed(-1))
        .set("cleanup.policy", "compact,delete")
        .set("retention.ms", &retention_ms)
        .set("min.compaction.lag.ms", "60000");
    let results = admin
        .create_topics(
            [&new],
            &AdminOptions::new().operation_timeout(Some(Duration::from_secs(30))),
        )
        .await
        .map_err(|e| RuntimeError::Kafka {
            what: "creating the state topic",
            source: e,
        })?;
    for result in results {
        match result {
            Ok(_) | Err((_, RDKafkaErrorCode::TopicAlreadyExists)) => {}
            Err((name, code)) => {
                return Err(RuntimeError::StateTopic(format!(
                    "cannot create {name}: {code}"
                )))
            }
        }
    }
    Ok(())
}

/// Reads the state topic from the beginning to its current end, applying every record to the
/// pipeline. Returns how many records were applied; `reader` is left positioned after them.
pub async fn restore(
    reader: &StreamConsumer<ProducerCtx>,
    topic: &str,
    pipeline: &mut Pipeline,
    timeout: Duration,
) -> Result<u64, RuntimeError> {
    let partitions: Vec<i32> = with_retries(|| {
        let metadata = reader.fetch_metadata(Some(topic), Duration::from_secs(10))?;
        let partitions: Vec<_> = metadata
            .topics()
            .iter()
            .flat_map(|t| t.partitions())
            .collect();
        // A topic created a moment ago may not have its partitions (or leaders) yet.
        if partitions.is_empty() || partitions.iter().any(|p| p.leader() < 0) {
            return Err(KafkaError::MetadataFetch(
                RDKafkaErrorCode::LeaderNotAvailable,
            ));
        }
        Ok(partitions.iter().map(|p| p.id()).collect())
    })
    .await
    .map_err(|e| RuntimeError::Kafka {
        what: "fetching state topic metadata",
        source: e,
    })?;
    let mut tpl = TopicPartitionList::new();
    let mut end: HashMap<i32, i64> = HashMap::new();
    for &p in &partitions {
        let (low, high) =
            with_retries(|| reader.fetch_watermarks(topic, p, Duration::from_secs(10)))
                .await
                .map_err(|e| RuntimeError::Kafka {
                    what: "fetching state topic watermarks",
                    source: e,
                })?;
        if high > low {
            end.insert(p, high);
        }
        tpl.add_partition_offset(topic, p, Offset::Beginning)
            .map_err(|e| RuntimeError::Kafka {
                what: "assigning the state topic",
                source: e,
            })?;
    }
    reader.assign(&tpl).map_err(|e| RuntimeError::Kafka {
        what: "assigning the state topic",
        source: e,
    })?;
    let mut applied = 0u64;
    let deadline = tokio::time::Instant::now() + timeout;
    let mut since_check = 0u32;
    while !end.is_empty() {
        if tokio::time::Instant::now() >= deadline {
            return Err(RuntimeError::StateTopic(format!(
                "restoring {topic} did not finish within {timeout:?}"
            )));
        }
        // Transactional writers (exactly-once mode) leave control records that are never
        // delivered, so the end is reached when the consumer's position passes the high
        // watermark, not when a record at high - 1 arrives: check positions when idle and
        // every 1024 records.
        let idle = match tokio::time::timeout(Duration::from_millis(200), reader.recv()).await {
            Ok(Ok(message)) => {
                if let Some(update) = to_update(&message) {
                    if let Err(e) = pipeline.apply_state(&update) {
                        tracing::warn!(error = %e, "cannot apply state record");
                    }
                    applied += 1;
                }
                if end
                    .get(&message.partition())
                    .is_some_and(|&high| message.offset() + 1 >= high)
                {
                    end.remove(&message.partition());
                }
                since_check += 1;
                false
            }
            Ok(Err(e)) => {
                return Err(RuntimeError::Kafka {
                    what: "reading the state topic",
                    source: e,
                })
            }
            Err(_) => true,
        };
        if idle || since_check >= 1024 {
            since_check = 0;
            if let Ok(positions) = reader.position() {
                for e in positions.elements() {
                    if let Offset::Offset(position) = e.offset() {
                        if end
                            .get(&e.partition())
                            .is_some_and(|&high| position >= high)
                        {
                            end.remove(&e.partition());
                        }
                    }
                }
            }
        }
    }
    metrics::counter!(names::STATE_RECORDS_TOTAL, "direction" => "restored").increment(applied);
    Ok(applied)
}

/// Keeps reading the state topic, forwarding every record to the worker, until shutdown.
pub async fn follow(
    reader: StreamConsumer<ProducerCtx>,
    to_worker: mpsc::Sender<StateUpdate>,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        let message = tokio::select! {
            _ = shutdown.changed() => return,
            m = reader.recv() => m,
        };
        match message {
            Ok(m) => {
                if let Some(update) = to_update(&m) {
                    metrics::counter!(names::STATE_RECORDS_TOTAL, "direction" => "followed")
                        .increment(1);
                    if to_worker.send(update).await.is_err() {
                        return;
                    }
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, "state topic read error");
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }
}

/// Retries a metadata call for up to 30 s: right after topic creation, or while a leader
/// moves, the broker answers with retriable errors.
async fn with_retries<T>(mut call: impl FnMut() -> KafkaResult<T>) -> KafkaResult<T> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        match call() {
            Ok(v) => return Ok(v),
            Err(e) if tokio::time::Instant::now() < deadline => {
                tracing::debug!(error = %e, "retrying state topic metadata");
                tokio::time::sleep(Duration::from_millis(250)).await;
            }
            Err(e) => return Err(e),
        }
    }
}

fn to_update(message: &impl Message) -> Option<StateUpdate> {
    let key = message.key()?.to_vec();
    Some(StateUpdate {
        key,
        value: message.payload().map(<[u8]>::to_vec),
    })
}
