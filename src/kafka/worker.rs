//! The processing worker: a dedicated OS thread that runs the synchronous pipeline, so that
//! CPU-bound stages never block the async reactor. It reads consumed records from a bounded
//! queue and writes, per input, one [`OutputBatch`] (in input order) to another.

use std::panic::AssertUnwindSafe;

use chrono::Utc;
use prost::Message;
use tokio::sync::{mpsc, OwnedSemaphorePermit};

use super::dlq::{Rejection, SourcePosition};
use crate::article::{parse_article, InputLimits};
use crate::pipeline::{Pipeline, StateUpdate, Verdict};
use crate::telemetry;

/// A consumed input record, in flight until its outputs are acknowledged.
#[derive(Debug)]
pub struct InputRecord {
    pub position: SourcePosition,
    pub key: Option<Vec<u8>>,
    pub payload: Vec<u8>,
    /// The record's Kafka timestamp (ms since the epoch), if any.
    pub kafka_timestamp_ms: Option<i64>,
    /// Held until the input is fully acknowledged: bounds the records in flight.
    pub permit: InFlightPermit,
}

/// A consumed record's place in the in-flight budget. Counted in the in-flight gauge from
/// consumption until dropped (once its outputs are acknowledged), so the gauge is exact: the
/// permit the consume loop holds while waiting for the next record is not counted.
#[derive(Debug)]
pub struct InFlightPermit(#[allow(dead_code)] OwnedSemaphorePermit);

impl InFlightPermit {
    pub fn new(permit: OwnedSemaphorePermit) -> Self {
        metrics::gauge!(crate::telemetry::names::IN_FLIGHT_RECORDS).increment(1.0);
        Self(permit)
    }
}

impl Drop for InFlightPermit {
    fn drop(&mut self) {
        metrics::gauge!(crate::telemetry::names::IN_FLIGHT_RECORDS).decrement(1.0);
    }
}

/// Where an output record goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Destination {
    Output,
    DeadLetter,
    State,
}

/// One record to produce.
#[derive(Debug)]
pub struct OutRecord {
    pub destination: Destination,
    pub key: Option<Vec<u8>>,
    /// `None` is a tombstone (state topic only).
    pub payload: Option<Vec<u8>>,
    pub rejection: Option<Rejection>,
}

/// Everything one input produced. The input's offset may be committed once all of `records`
/// are acknowledged (immediately when there are none, e.g. a dropped duplicate).
#[derive(Debug)]
pub struct OutputBatch {
    pub input: InputRecord,
    pub records: Vec<OutRecord>,
    /// `published_at` of the article (ms since the epoch), for the event-age metric.
    pub published_at_ms: Option<i64>,
    pub dropped: bool,
}

/// Runs the worker loop until the input queue closes; returns the pipeline (for its stats).
pub fn run(
    mut pipeline: Pipeline,
    limits: InputLimits,
    mut inputs: mpsc::Receiver<InputRecord>,
    outputs: mpsc::Sender<OutputBatch>,
    mut state_in: mpsc::Receiver<StateUpdate>,
) -> Pipeline {
    while let Some(input) = inputs.blocking_recv() {
        // Other instances' state first, so a re-send they saw is recognised.
        while let Ok(update) = state_in.try_recv() {
            if let Err(e) = pipeline.apply_state(&update) {
                tracing::warn!(error = %e, "cannot apply state update");
            }
        }
        let batch = process_one(&mut pipeline, limits, input);
        if outputs.blocking_send(batch).is_err() {
            break; // the producer side stopped: shutting down
        }
    }
    pipeline
}

/// Parses and processes one record into its output batch. Never panics: a panicking stage is
/// caught and the record dead-lettered, so one poisonous article cannot crash-loop the service.
pub fn process_one(
    pipeline: &mut Pipeline,
    limits: InputLimits,
    input: InputRecord,
) -> OutputBatch {
    // At ERROR level so that it is enabled whenever any record event is: every log line of a
    // record then carries its topic, partition, offset and article id.
    let span = tracing::error_span!("record", topic = %input.position.topic, partition = input.position.partition, offset = input.position.offset, article_id = tracing::field::Empty);
    let _enter = span.enter();
    let article = match parse_article(&input.payload, limits) {
        Ok(article) => article,
        Err(e) => {
            tracing::warn!(kind = e.kind(), error = %e, "invalid input record, dead-lettering");
            let rejection = Rejection {
                kind: e.kind(),
                message: e.to_string(),
            };
            return dead_letter(input, rejection);
        }
    };
    span.record("article_id", article.id.as_str());
    let result =
        std::panic::catch_unwind(AssertUnwindSafe(|| pipeline.process(&article, Utc::now())));
    let published_at_ms = article.published_at.map(|t| t.timestamp_millis());
    let processed = match result {
        Ok(Ok(processed)) => processed,
        Ok(Err(e)) => {
            tracing::error!(stage = e.stage, error = %e, "stage failed, dead-lettering");
            return dead_letter(
                input,
                Rejection {
                    kind: "stage_failed",
                    message: e.to_string(),
                },
            );
        }
        Err(panic) => {
            let message = panic_message(&panic);
            tracing::error!(%message, "stage panicked, dead-lettering");
            return dead_letter(
                input,
                Rejection {
                    kind: "stage_panicked",
                    message,
                },
            );
        }
    };
    let mut records: Vec<OutRecord> = pipeline
        .take_state_updates()
        .into_iter()
        .map(|u| OutRecord {
            destination: Destination::State,
            key: Some(u.key),
            payload: u.value,
            rejection: None,
        })
        .collect();
    let dropped = processed.verdict == Verdict::Drop;
    // Counted whether published or dropped, so the dedup ratio holds when duplicates are dropped.
    telemetry::record_event_content(&processed.event);
    if !dropped {
        let mut processed = processed;
        processed.event.input = Some(crate::schema::v1::InputPosition {
            topic: input.position.topic.clone(),
            partition: input.position.partition,
            offset: input.position.offset,
        });
        let key = processed
            .event
            .dedup
            .as_ref()
            .map(|d| d.story_id.clone())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| article.id.clone());
        records.push(OutRecord {
            destination: Destination::Output,
            key: Some(key.into_bytes()),
            payload: Some(processed.event.encode_to_vec()),
            rejection: None,
        });
    }
    OutputBatch {
        input,
        records,
        published_at_ms,
        dropped,
    }
}

fn dead_letter(input: InputRecord, rejection: Rejection) -> OutputBatch {
    let record = OutRecord {
        destination: Destination::DeadLetter,
        key: input.key.clone(),
        payload: Some(super::dlq::cap_payload(&input.payload)),
        rejection: Some(rejection),
    };
    OutputBatch {
        input,
        records: vec![record],
        published_at_ms: None,
        dropped: false,
    }
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic with a non-string payload".into())
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use tokio::sync::Semaphore;

    use super::*;
    use crate::pipeline::PipelineConfig;

    #[derive(Clone, Default)]
    struct Buffer(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Buffer {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn record(payload: &[u8], offset: i64) -> InputRecord {
        let permit = Arc::new(Semaphore::new(1)).try_acquire_owned().unwrap();
        InputRecord {
            position: SourcePosition {
                topic: "wire.in".into(),
                partition: 4,
                offset,
            },
            key: Some(b"k".to_vec()),
            payload: payload.to_vec(),
            kafka_timestamp_ms: Some(1),
            permit: InFlightPermit::new(permit),
        }
    }

    #[test]
    fn json_logs_of_a_record_carry_its_position() {
        let buffer = Buffer::default();
        let writer = buffer.clone();
        let subscriber = tracing_subscriber::fmt()
            .json()
            .with_current_span(true)
            .with_writer(move || writer.clone())
            .with_max_level(tracing::Level::WARN)
            .finish();
        let mut pipeline = Pipeline::new(Vec::new());
        tracing::subscriber::with_default(subscriber, || {
            let batch = process_one(
                &mut pipeline,
                InputLimits::default(),
                record(b"not json", 17),
            );
            assert_eq!(batch.records[0].destination, Destination::DeadLetter);
        });
        let logs = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
        let line: serde_json::Value =
            serde_json::from_str(logs.lines().next().expect("a log line")).unwrap();
        assert_eq!(line["span"]["topic"], "wire.in");
        assert_eq!(line["span"]["partition"], 4);
        assert_eq!(line["span"]["offset"], 17);
        assert_eq!(line["fields"]["kind"], "not_json");
    }

    #[test]
    fn a_good_record_becomes_one_keyed_event_with_its_input_position() {
        let mut pipeline = Pipeline::from_config(&PipelineConfig::default()).unwrap();
        let batch = process_one(
            &mut pipeline,
            InputLimits::default(),
            record(br#"{"id":"a1","body":"Talks resumed."}"#, 3),
        );
        let event_record = batch
            .records
            .iter()
            .find(|r| r.destination == Destination::Output)
            .expect("an event");
        let event = crate::schema::decode(event_record.payload.as_deref().unwrap()).unwrap();
        assert_eq!(event.article_id, "a1");
        assert_eq!(
            event_record.key.as_deref(),
            Some(event.dedup.unwrap().story_id.as_bytes())
        );
        assert_eq!(event.input.map(|i| (i.partition, i.offset)), Some((4, 3)));
    }
}
