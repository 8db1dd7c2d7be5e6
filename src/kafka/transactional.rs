//! Exactly-once mode: consume-transform-produce inside Kafka transactions. The outputs of a
//! run of consecutive inputs (events, dead letters, dedup state) and those inputs' offsets
//! are committed atomically with `send_offsets_to_transaction` (KIP-447: fenced by the
//! consumer group's generation), so a `read_committed` reader sees each input's output once.
//!
//! Any transactional error aborts the open transaction and stops the runtime: a restart (the
//! orchestrator's job) resumes from the last committed transaction. Nothing partial is ever
//! visible to `read_committed` readers.

use std::collections::HashMap;
use std::time::Duration;

use futures::future::BoxFuture;
use rdkafka::consumer::Consumer;
use rdkafka::producer::Producer;
use rdkafka::{Offset, TopicPartitionList};
use tokio::sync::mpsc;
use tokio::time::Instant;

use super::worker::OutputBatch;
use super::{record_delivered, send_batch, Delivered, Producing, RuntimeError};
use crate::config::Settings;

const TXN_CALL_TIMEOUT: Duration = Duration::from_secs(60);

/// The configured `transactional.id`, or `wirefeed-<group>-<HOSTNAME>`.
pub fn transactional_id(settings: &Settings) -> String {
    if !settings.processing.transactional_id.is_empty() {
        return settings.processing.transactional_id.clone();
    }
    let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "local".into());
    format!("wirefeed-{}-{host}", settings.kafka.group_id)
}

/// One open transaction: the batches in it and the next offset per input partition.
#[derive(Default)]
struct OpenTransaction {
    deliveries: Vec<BoxFuture<'static, Delivered>>,
    next_offsets: HashMap<(String, i32), i64>,
    opened: Option<Instant>,
}

pub(crate) async fn produce_loop(
    p: Producing,
    mut batches: mpsc::Receiver<OutputBatch>,
) -> Result<(), RuntimeError> {
    let max_records = p.settings.processing.transaction_max_records;
    let interval = Duration::from_millis(p.settings.processing.transaction_interval_ms);
    let mut txn = OpenTransaction::default();
    let mut open = true;
    loop {
        let deadline = txn.opened.map(|t| t + interval);
        tokio::select! {
            batch = batches.recv(), if open => match batch {
                Some(batch) => {
                    if txn.opened.is_none() {
                        call(&p, "begin_transaction", |prod| prod.begin_transaction())?;
                        txn.opened = Some(Instant::now());
                    }
                    let position = &batch.input.position;
                    let next = txn.next_offsets.entry((position.topic.clone(), position.partition)).or_insert(0);
                    *next = (*next).max(position.offset + 1);
                    let delivery = send_batch(&p, batch).await;
                    txn.deliveries.push(delivery);
                    if txn.deliveries.len() >= max_records {
                        commit(&p, std::mem::take(&mut txn)).await?;
                    }
                }
                None => open = false,
            },
            _ = tokio::time::sleep_until(deadline.unwrap_or_else(Instant::now)), if deadline.is_some() => {
                commit(&p, std::mem::take(&mut txn)).await?;
            }
            else => return Ok(()),
        }
        if !open && txn.opened.is_some() {
            commit(&p, std::mem::take(&mut txn)).await?;
        }
        if !open && txn.opened.is_none() {
            return Ok(());
        }
    }
}

/// Sends the inputs' offsets to the transaction and commits it; then accounts for the
/// delivered records (all acknowledged by now: commit flushes). On error, aborts.
async fn commit(p: &Producing, txn: OpenTransaction) -> Result<(), RuntimeError> {
    let mut offsets = TopicPartitionList::new();
    for ((topic, partition), next) in &txn.next_offsets {
        offsets
            .add_partition_offset(topic, *partition, Offset::Offset(*next))
            .map_err(|e| RuntimeError::Kafka {
                what: "building transaction offsets",
                source: e,
            })?;
    }
    let metadata = p
        .consumer
        .group_metadata()
        .ok_or_else(|| RuntimeError::Worker("consumer group metadata unavailable".into()))?;
    let committed = call(p, "send_offsets_to_transaction", |prod| {
        prod.send_offsets_to_transaction(&offsets, &metadata, TXN_CALL_TIMEOUT)
    })
    .and_then(|()| {
        call(p, "commit_transaction", |prod| {
            prod.commit_transaction(TXN_CALL_TIMEOUT)
        })
    });
    if let Err(e) = committed {
        tracing::error!(error = %e, "transaction failed, aborting; a restart resumes from the last commit");
        let _ = call(p, "abort_transaction", |prod| {
            prod.abort_transaction(TXN_CALL_TIMEOUT)
        });
        return Err(e);
    }
    let now_ms = chrono::Utc::now().timestamp_millis();
    for delivery in txn.deliveries {
        let (batch, results) = delivery.await;
        for (destination, topic, reason, outcome) in &results {
            match outcome {
                Ok(()) => {
                    record_delivered(&p.counters, &batch, *destination, topic, *reason, now_ms)
                }
                // Cannot happen after a successful commit; fail loudly if librdkafka disagrees.
                Err(e) => {
                    return Err(RuntimeError::Delivery {
                        topic: topic.clone(),
                        message: e.to_string(),
                    })
                }
            }
        }
        drop(batch); // releases the in-flight permit
    }
    Ok(())
}

/// Runs a blocking transactional call off the reactor's critical path.
fn call(
    p: &Producing,
    what: &'static str,
    f: impl FnOnce(
        &rdkafka::producer::FutureProducer<super::client::ProducerCtx>,
    ) -> rdkafka::error::KafkaResult<()>,
) -> Result<(), RuntimeError> {
    tokio::task::block_in_place(|| f(&p.producer))
        .map_err(|source| RuntimeError::Kafka { what, source })
}
