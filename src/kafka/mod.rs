//! The Kafka runtime: consumer group → worker thread (the pipeline) → producer, with bounded
//! queues and an in-flight limit between them (backpressure), at-least-once offset commits,
//! a dead-letter topic, stage-state replication, and a graceful drain on shutdown.
//!
//! ```text
//! consume loop ──InputRecord──▶ worker thread ──OutputBatch──▶ produce loop ──▶ broker
//!   (permit per record)          (pipeline)                    (acks → offsets → commit)
//! ```

pub mod client;
pub mod dlq;
pub mod offsets;
pub mod state;
pub mod transactional;
pub mod worker;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::future::BoxFuture;
use futures::stream::{FuturesUnordered, StreamExt};
use rdkafka::admin::AdminClient;
use rdkafka::consumer::{CommitMode, Consumer, StreamConsumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::OwnedHeaders;
use rdkafka::producer::{FutureProducer, FutureRecord, Producer};
use rdkafka::{Message, Offset, TopicPartitionList};
use tokio::sync::{mpsc, watch, Semaphore};

use self::client::{ConsumerCtx, ProducerCtx};
use self::dlq::Rejection;
use self::offsets::OffsetTracker;
use self::worker::{Destination, InputRecord, OutRecord, OutputBatch};
use crate::article::InputLimits;
use crate::config::{Guarantee, Settings};
use crate::pipeline::{Pipeline, StageStats};
use crate::telemetry::http::Health;
use crate::telemetry::kafka_stats::ClientRole;
use crate::telemetry::names;

/// Errors that stop the runtime.
#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    #[error("kafka: {what}: {source}")]
    Kafka {
        what: &'static str,
        #[source]
        source: KafkaError,
    },
    #[error("state topic: {0}")]
    StateTopic(String),
    #[error("cannot deliver a record to {topic}: {message}")]
    Delivery { topic: String, message: String },
    #[error("worker thread: {0}")]
    Worker(String),
}

/// What a run did, for the summary.
#[derive(Debug, Default, Clone)]
pub struct RunReport {
    pub consumed: u64,
    pub published: u64,
    pub dead_lettered: u64,
    pub dropped: u64,
    pub state_restored: u64,
    pub stage_stats: Vec<StageStats>,
    /// False when the drain deadline passed with work still in flight.
    pub drained: bool,
}

#[derive(Default)]
pub(crate) struct Counters {
    consumed: AtomicU64,
    published: AtomicU64,
    dead_lettered: AtomicU64,
    dropped: AtomicU64,
}

/// Runs the service until `shutdown` turns true, then drains and commits.
pub async fn run(
    settings: &Settings,
    mut pipeline: Pipeline,
    health: Arc<Health>,
    shutdown: watch::Receiver<bool>,
) -> Result<RunReport, RuntimeError> {
    let kafka = &settings.kafka;
    let runtime = &settings.runtime;
    let kerr = |what: &'static str| move |source| RuntimeError::Kafka { what, source };
    let tracker = Arc::new(Mutex::new(OffsetTracker::new()));
    crate::telemetry::zero_topic_counters(&[&kafka.output_topic, &kafka.dead_letter_topic]);
    let counters = Arc::new(Counters::default());

    let transactional_id = match settings.processing.guarantee {
        Guarantee::AtLeastOnce => None,
        Guarantee::ExactlyOnce => Some(transactional::transactional_id(settings)),
    };
    let producer: FutureProducer<ProducerCtx> =
        client::producer_config(kafka, transactional_id.as_deref())
            .create_with_context(ProducerCtx {
                health: health.clone(),
                role: ClientRole::Producer,
            })
            .map_err(kerr("creating the producer"))?;
    if let Some(id) = &transactional_id {
        // Fences any former instance with this id and aborts its open transaction.
        tokio::task::block_in_place(|| producer.init_transactions(Duration::from_secs(60)))
            .map_err(kerr("initialising transactions"))?;
        tracing::info!(transactional_id = %id, "exactly-once: transactions initialised");
    }

    let (state_tx, state_rx) = mpsc::channel(runtime.queue_capacity);
    let mut state_restored = 0;
    let mut follower = None;
    if !kafka.state_topic.is_empty() {
        let admin: AdminClient<ProducerCtx> = client::reader_config(kafka)
            .create_with_context(ProducerCtx {
                health: health.clone(),
                role: ClientRole::Consumer,
            })
            .map_err(kerr("creating the admin client"))?;
        // Records older than the dedup window plus a day of slack can only describe articles
        // that left the window (their create time is at or after the article's event time).
        let window_hours = u64::from(settings.pipeline.dedup.window_hours);
        let retention = Duration::from_secs((window_hours + 24) * 3600);
        state::ensure_topic(&admin, &kafka.state_topic, 6, retention).await?;
        let reader: StreamConsumer<ProducerCtx> = client::reader_config(kafka)
            .create_with_context(ProducerCtx {
                health: health.clone(),
                role: ClientRole::Consumer,
            })
            .map_err(kerr("creating the state reader"))?;
        state_restored = state::restore(
            &reader,
            &kafka.state_topic,
            &mut pipeline,
            Duration::from_secs(300),
        )
        .await?;
        tracing::info!(records = state_restored, topic = %kafka.state_topic, "stage state restored");
        follower = Some(tokio::spawn(state::follow(
            reader,
            state_tx,
            shutdown.clone(),
        )));
    } else {
        drop(state_tx);
    }

    let consumer: Arc<StreamConsumer<ConsumerCtx>> = Arc::new(
        client::consumer_config(kafka, runtime, transactional_id.is_some())
            .create_with_context(ConsumerCtx {
                health: health.clone(),
                tracker: tracker.clone(),
            })
            .map_err(kerr("creating the consumer"))?,
    );
    let topics: Vec<&str> = kafka.input_topics.iter().map(String::as_str).collect();
    consumer.subscribe(&topics).map_err(kerr("subscribing"))?;
    tracing::info!(topics = ?topics, group = %kafka.group_id, "consuming");

    let (in_tx, in_rx) = mpsc::channel::<InputRecord>(runtime.queue_capacity);
    let (out_tx, out_rx) = mpsc::channel::<OutputBatch>(runtime.queue_capacity);
    let limits = InputLimits {
        max_bytes: settings.input.max_bytes,
    };
    let worker = std::thread::Builder::new()
        .name("wirefeed-worker".into())
        .spawn(move || worker::run(pipeline, limits, in_rx, out_tx, state_rx))
        .map_err(|e| RuntimeError::Worker(e.to_string()))?;

    let in_flight = Arc::new(Semaphore::new(runtime.max_in_flight));
    let producing_state = Producing {
        producer,
        consumer: consumer.clone(),
        tracker: tracker.clone(),
        settings: settings.clone(),
        counters: counters.clone(),
    };
    let mut producing = match transactional_id {
        None => tokio::spawn(produce_loop(producing_state, out_rx)),
        Some(_) => tokio::spawn(transactional::produce_loop(producing_state, out_rx)),
    };

    let consumed = consume_loop(
        &consumer,
        &tracker,
        &in_flight,
        in_tx,
        shutdown.clone(),
        &counters,
        &mut producing,
    )
    .await;

    // Drain: the worker finishes its queue, the producer awaits every acknowledgement.
    health.set_draining();
    let deadline = Duration::from_secs(runtime.drain_timeout_secs);
    tracing::info!(
        deadline_secs = deadline.as_secs(),
        "draining in-flight records"
    );
    let drained = match consumed {
        Err(e) => {
            producing.abort();
            return Err(e);
        }
        Ok(()) if producing.is_finished() => true,
        Ok(()) => match tokio::time::timeout(deadline, &mut producing).await {
            Ok(Ok(Ok(()))) => true,
            Ok(Ok(Err(e))) => return Err(e),
            Ok(Err(join)) => return Err(RuntimeError::Worker(join.to_string())),
            Err(_) => {
                tracing::warn!(
                    "drain deadline passed with records in flight; they will be redelivered"
                );
                producing.abort();
                false
            }
        },
    };
    let pipeline = tokio::task::spawn_blocking(move || worker.join())
        .await
        .map_err(|e| RuntimeError::Worker(e.to_string()))?
        .map_err(|_| RuntimeError::Worker("the worker thread panicked".into()))?;
    if let Some(f) = follower {
        f.abort();
    }
    match consumer.commit_consumer_state(CommitMode::Sync) {
        Ok(()) => tracing::info!("final offsets committed"),
        Err(KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => {}
        Err(e) => tracing::warn!(error = %e, "final commit failed"),
    }
    consumer.unsubscribe();
    Ok(RunReport {
        consumed: counters.consumed.load(Ordering::Relaxed),
        published: counters.published.load(Ordering::Relaxed),
        dead_lettered: counters.dead_lettered.load(Ordering::Relaxed),
        dropped: counters.dropped.load(Ordering::Relaxed),
        state_restored,
        stage_stats: pipeline.stats().to_vec(),
        drained,
    })
}

#[allow(clippy::too_many_arguments)]
async fn consume_loop(
    consumer: &StreamConsumer<ConsumerCtx>,
    tracker: &Mutex<OffsetTracker>,
    in_flight: &Arc<Semaphore>,
    to_worker: mpsc::Sender<InputRecord>,
    mut shutdown: watch::Receiver<bool>,
    counters: &Counters,
    producing: &mut tokio::task::JoinHandle<Result<(), RuntimeError>>,
) -> Result<(), RuntimeError> {
    loop {
        if *shutdown.borrow() {
            return Ok(());
        }
        // Backpressure: no permit, no poll. Permits come back as outputs are acknowledged.
        let permit = tokio::select! {
            _ = shutdown.changed() => return Ok(()),
            r = &mut *producing => return producer_ended(r),
            p = in_flight.clone().acquire_owned() => p.map_err(|e| RuntimeError::Worker(e.to_string()))?,
        };
        let message = tokio::select! {
            _ = shutdown.changed() => return Ok(()),
            r = &mut *producing => return producer_ended(r),
            m = consumer.recv() => m,
        };
        let message = match message {
            Ok(m) => m,
            Err(e) => {
                tracing::warn!(error = %e, "consume error");
                metrics::counter!(names::KAFKA_ERRORS_TOTAL, "client" => "consumer", "kind" => "consume").increment(1);
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let payload = message.payload().unwrap_or_default().to_vec();
        let topic = message.topic().to_string();
        metrics::counter!(names::INPUT_RECORDS_TOTAL, "topic" => topic.clone()).increment(1);
        metrics::counter!(names::INPUT_BYTES_TOTAL, "topic" => topic.clone())
            .increment(payload.len() as u64);
        if let Ok(mut t) = tracker.lock() {
            t.register(&topic, message.partition(), message.offset());
        }
        counters.consumed.fetch_add(1, Ordering::Relaxed);
        let record = InputRecord {
            position: dlq::SourcePosition {
                topic,
                partition: message.partition(),
                offset: message.offset(),
            },
            key: message.key().map(<[u8]>::to_vec),
            payload,
            kafka_timestamp_ms: message.timestamp().to_millis(),
            permit: worker::InFlightPermit::new(permit),
        };
        if to_worker.send(record).await.is_err() {
            return Err(RuntimeError::Worker("the worker stopped".into()));
        }
    }
}

fn producer_ended(
    r: Result<Result<(), RuntimeError>, tokio::task::JoinError>,
) -> Result<(), RuntimeError> {
    match r {
        Ok(Ok(())) => Err(RuntimeError::Worker("the producer stopped early".into())),
        Ok(Err(e)) => Err(e),
        Err(e) => Err(RuntimeError::Worker(e.to_string())),
    }
}

pub(crate) struct Producing {
    producer: FutureProducer<ProducerCtx>,
    consumer: Arc<StreamConsumer<ConsumerCtx>>,
    tracker: Arc<Mutex<OffsetTracker>>,
    settings: Settings,
    counters: Arc<Counters>,
}

pub(crate) type DeliveryResult = (
    Destination,
    String,
    Option<&'static str>,
    Result<(), KafkaError>,
);
pub(crate) type Delivered = (OutputBatch, Vec<DeliveryResult>);

/// Sends every batch's records, and on each batch's full acknowledgement stores the input
/// offset for commit. Ends when the worker closes its queue and every batch is acknowledged.
async fn produce_loop(
    p: Producing,
    mut batches: mpsc::Receiver<OutputBatch>,
) -> Result<(), RuntimeError> {
    let mut pending: FuturesUnordered<BoxFuture<'static, Delivered>> = FuturesUnordered::new();
    let mut open = true;
    loop {
        let has_pending = !pending.is_empty();
        tokio::select! {
            batch = batches.recv(), if open => match batch {
                Some(batch) => {
                    let delivery = send_batch(&p, batch).await;
                    pending.push(delivery);
                }
                None => open = false,
            },
            Some((batch, results)) = pending.next(), if has_pending => {
                if let Some(retry) = on_delivered(&p, batch, results)? {
                    let delivery = send_batch(&p, retry).await;
                    pending.push(delivery);
                }
            },
            else => return Ok(()),
        }
    }
}

/// Enqueues a batch's records with librdkafka (waiting while its queue is full) and returns
/// a future that resolves when all are acknowledged.
pub(crate) async fn send_batch(
    p: &Producing,
    mut batch: OutputBatch,
) -> BoxFuture<'static, Delivered> {
    let kafka = &p.settings.kafka;
    let mut deliveries = Vec::with_capacity(batch.records.len());
    for record in batch.records.iter() {
        let (topic, headers) = match record.destination {
            Destination::Output => (&kafka.output_topic, Some(dlq::event_headers())),
            Destination::DeadLetter => (
                &kafka.dead_letter_topic,
                record
                    .rejection
                    .as_ref()
                    .map(|r| dlq::dead_letter_headers(r, &batch.input.position)),
            ),
            Destination::State => (&kafka.state_topic, None),
        };
        let reason = record.rejection.as_ref().map(|r| r.kind);
        let future = enqueue(&p.producer, topic, record, headers).await;
        deliveries.push((record.destination, topic.clone(), reason, future));
    }
    if batch.dropped {
        p.counters.dropped.fetch_add(1, Ordering::Relaxed);
        metrics::counter!(names::DROPPED_RECORDS_TOTAL, "reason" => "duplicate").increment(1);
    }
    batch.records.clear(); // payloads are in librdkafka's queue now; free ours
    Box::pin(async move {
        let mut results = Vec::with_capacity(deliveries.len());
        for (destination, topic, reason, future) in deliveries {
            let outcome = match future {
                Ok(f) => match f.await {
                    Ok(Ok(_)) => Ok(()),
                    Ok(Err((e, _))) => Err(e),
                    Err(_) => Err(KafkaError::Canceled),
                },
                Err(e) => Err(e),
            };
            results.push((destination, topic, reason, outcome));
        }
        (batch, results)
    })
}

async fn enqueue(
    producer: &FutureProducer<ProducerCtx>,
    topic: &str,
    record: &OutRecord,
    headers: Option<OwnedHeaders>,
) -> Result<rdkafka::producer::DeliveryFuture, KafkaError> {
    loop {
        let mut r: FutureRecord<'_, [u8], [u8]> = FutureRecord::to(topic);
        if let Some(key) = &record.key {
            r = r.key(key.as_slice());
        }
        if let Some(payload) = &record.payload {
            r = r.payload(payload.as_slice());
        }
        if let Some(h) = &headers {
            r = r.headers(h.clone());
        }
        match p_send(producer, r) {
            Ok(f) => return Ok(f),
            Err(KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull)) => {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            Err(e) => return Err(e),
        }
    }
}

fn p_send(
    producer: &FutureProducer<ProducerCtx>,
    r: FutureRecord<'_, [u8], [u8]>,
) -> Result<rdkafka::producer::DeliveryFuture, KafkaError> {
    producer.send_result(r).map_err(|(e, _)| e)
}

/// Counts one acknowledged record in the report counters and metrics.
pub(crate) fn record_delivered(
    counters: &Counters,
    batch: &OutputBatch,
    destination: Destination,
    topic: &str,
    reason: Option<&'static str>,
    now_ms: i64,
) {
    match destination {
        Destination::Output => {
            counters.published.fetch_add(1, Ordering::Relaxed);
            metrics::counter!(names::OUTPUT_RECORDS_TOTAL, "topic" => topic.to_string())
                .increment(1);
            if let Some(ts) = batch.input.kafka_timestamp_ms {
                metrics::histogram!(names::END_TO_END_LATENCY_SECONDS)
                    .record((now_ms - ts).max(0) as f64 / 1e3);
            }
            if let Some(ts) = batch.published_at_ms {
                metrics::histogram!(names::EVENT_AGE_SECONDS)
                    .record((now_ms - ts).max(0) as f64 / 1e3);
            }
        }
        Destination::DeadLetter => {
            counters.dead_lettered.fetch_add(1, Ordering::Relaxed);
            metrics::counter!(
                names::DEAD_LETTER_RECORDS_TOTAL,
                "topic" => topic.to_string(),
                "reason" => reason.unwrap_or("unknown")
            )
            .increment(1);
        }
        Destination::State => {
            metrics::counter!(names::STATE_RECORDS_TOTAL, "direction" => "produced").increment(1);
        }
    }
}

/// Handles a batch's acknowledgements. Returns a dead-letter batch to send when the event
/// itself could not be delivered (permanent errors only: delivery never times out).
fn on_delivered(
    p: &Producing,
    batch: OutputBatch,
    results: Vec<DeliveryResult>,
) -> Result<Option<OutputBatch>, RuntimeError> {
    let now_ms = chrono::Utc::now().timestamp_millis();
    let mut failed_event = None;
    for (destination, topic, reason, outcome) in &results {
        match (destination, outcome) {
            (_, Ok(())) => {
                record_delivered(&p.counters, &batch, *destination, topic, *reason, now_ms)
            }
            (Destination::Output, Err(e)) => {
                metrics::counter!(names::PRODUCE_ERRORS_TOTAL, "topic" => topic.clone())
                    .increment(1);
                tracing::error!(error = %e, offset = batch.input.position.offset, "event cannot be delivered, dead-lettering its input");
                failed_event = Some(e.to_string());
            }
            (Destination::DeadLetter, Err(e)) => {
                metrics::counter!(names::PRODUCE_ERRORS_TOTAL, "topic" => topic.clone())
                    .increment(1);
                // Nothing is committed for this input: it will be redelivered after a restart.
                return Err(RuntimeError::Delivery {
                    topic: topic.clone(),
                    message: e.to_string(),
                });
            }
            (Destination::State, Err(e)) => {
                metrics::counter!(names::PRODUCE_ERRORS_TOTAL, "topic" => topic.clone())
                    .increment(1);
                tracing::error!(error = %e, "state record cannot be delivered");
            }
        }
    }
    if let Some(message) = failed_event {
        let input = batch.input;
        let record = OutRecord {
            destination: Destination::DeadLetter,
            key: input.key.clone(),
            payload: Some(dlq::cap_payload(&input.payload)),
            rejection: Some(Rejection {
                kind: "produce_failed",
                message,
            }),
        };
        return Ok(Some(OutputBatch {
            input,
            records: vec![record],
            published_at_ms: None,
            dropped: false,
        }));
    }
    let position = &batch.input.position;
    let next = p
        .tracker
        .lock()
        .ok()
        .and_then(|mut t| t.ack(&position.topic, position.partition, position.offset));
    if let Some(next) = next {
        let mut tpl = TopicPartitionList::new();
        if tpl
            .add_partition_offset(&position.topic, position.partition, Offset::Offset(next))
            .is_ok()
        {
            // Fails harmlessly when the partition was revoked meanwhile; the new owner
            // re-processes from the last commit (at-least-once).
            if let Err(e) = p.consumer.store_offsets(&tpl) {
                tracing::debug!(error = %e, partition = position.partition, "cannot store offset");
            }
        }
    }
    drop(batch); // releases the in-flight permit (and counts it out of the gauge)
    Ok(None)
}
