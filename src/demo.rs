//! `wirefeed demo`: the whole service against an embedded Kafka-protocol broker (librdkafka's
//! mock cluster), fed with the bundled sample feed. The feed is produced while the pipeline
//! consumes it (the mock keeps only a bounded log per partition), and every published event
//! is read back from the output topic and printed as canonical JSON.

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use rdkafka::config::ClientConfig;
use rdkafka::consumer::{Consumer, StreamConsumer};
use rdkafka::message::Headers;
use rdkafka::mocking::MockCluster;
use rdkafka::producer::{FutureProducer, FutureRecord};
use rdkafka::Message;
use tokio::sync::watch;

use crate::config::Settings;
use crate::kafka::{self, RunReport};
use crate::pipeline::Pipeline;
use crate::schema;
use crate::telemetry::http::Health;

/// The project's own sample articles (one JSON object per line, some deliberately invalid).
pub const SAMPLE_FEED: &str = include_str!("../data/samples/sample_feed.jsonl");
/// The seed article the project was created from (first line: `**headline**`).
pub const SEED_ARTICLE: &str = include_str!("../data/samples/seed_article.txt");

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("embedded broker: {0}")]
    Broker(#[from] rdkafka::error::KafkaError),
    #[error(transparent)]
    Runtime(#[from] kafka::RuntimeError),
    #[error(transparent)]
    Pipeline(#[from] crate::pipeline::PipelineError),
    #[error("output: {0}")]
    Output(#[from] std::io::Error),
    #[error("the demo did not see every input accounted for within {0:?}")]
    Timeout(Duration),
}

/// The seed article wrapped as one input article.
pub fn seed_article_json() -> String {
    let mut lines = SEED_ARTICLE.lines();
    let headline = lines
        .next()
        .unwrap_or_default()
        .trim()
        .trim_matches('*')
        .trim();
    let body: Vec<&str> = lines.collect();
    serde_json::json!({
        "id": "seed-kyiv-independent-2025-04-01",
        "headline": headline,
        "body": body.join("\n"),
        "source": "Kyiv Independent",
        "url": "https://kyivindependent.com/",
        "published_at": "2025-04-01T09:00:00Z",
        "language": "en",
    })
    .to_string()
}

/// The demo feed: the seed article, then the sample feed.
pub fn feed() -> Vec<String> {
    std::iter::once(seed_article_json())
        .chain(
            SAMPLE_FEED
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_string),
        )
        .collect()
}

/// Runs the demo; events go to `out` as they arrive. Returns the runtime's report.
pub async fn run(
    mut settings: Settings,
    pipeline: Pipeline,
    health: Arc<Health>,
    out: &mut (dyn Write + Send),
) -> Result<RunReport, DemoError> {
    let cluster = MockCluster::new(1)?;
    let brokers = cluster.bootstrap_servers();
    let (input, output, dlq) = ("demo.articles", "demo.article-events", "demo.articles.dlq");
    for topic in [input, output, dlq] {
        cluster.create_topic(topic, 3, 1)?;
    }
    settings.kafka.brokers = brokers.clone();
    settings.kafka.input_topics = vec![input.into()];
    settings.kafka.output_topic = output.into();
    settings.kafka.dead_letter_topic = dlq.into();
    // The mock cluster has no log compaction; state stays in memory for the demo.
    settings.kafka.state_topic = String::new();
    settings.kafka.group_id = "wirefeed-demo".into();

    let (stop_tx, stop_rx) = watch::channel(false);
    let service = tokio::spawn({
        let settings = settings.clone();
        async move { kafka::run(&settings, pipeline, health, stop_rx).await }
    });

    let feed = feed();
    let expected = feed.len();
    let producer: FutureProducer = ClientConfig::new()
        .set("bootstrap.servers", &brokers)
        .create()?;
    let feeder = tokio::spawn(async move {
        for (i, line) in feed.into_iter().enumerate() {
            let key = format!("feed-{i}");
            let record = FutureRecord::to(input).key(&key).payload(&line);
            if let Err((e, _)) = producer.send(record, Duration::from_secs(10)).await {
                tracing::error!(error = %e, "demo feeder cannot produce");
            }
            // Paced like a live wire, and so the mock broker's bounded log is consumed as it fills.
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    });

    let reader: StreamConsumer = ClientConfig::new()
        .set("bootstrap.servers", &brokers)
        .set("group.id", "wirefeed-demo-reader")
        .set("auto.offset.reset", "earliest")
        .create()?;
    reader.subscribe(&[output, dlq])?;
    let timeout = Duration::from_secs(90);
    let deadline = tokio::time::Instant::now() + timeout;
    let mut seen = 0;
    while seen < expected {
        let message = match tokio::time::timeout_at(deadline, reader.recv()).await {
            Ok(m) => m?,
            Err(_) => break,
        };
        seen += 1;
        if message.topic() == output {
            let event = message.payload().map(schema::decode).transpose();
            match event {
                Ok(Some(event)) => {
                    writeln!(out, "{}", schema::to_json(&event).unwrap_or_default())?
                }
                _ => writeln!(out, "{{\"undecodable\": true}}")?,
            }
        } else {
            let header = |name: &str| {
                message
                    .headers()
                    .and_then(|h| h.iter().find(|x| x.key == name))
                    .and_then(|x| x.value)
                    .map(|v| String::from_utf8_lossy(v).into_owned())
                    .unwrap_or_default()
            };
            writeln!(
                out,
                "# dead-lettered (offset {}): {}: {}",
                header(schema::headers::SOURCE_OFFSET),
                header(schema::headers::ERROR_KIND),
                header(schema::headers::ERROR_MESSAGE)
            )?;
        }
    }
    let _ = feeder.await;
    let _ = stop_tx.send(true);
    let report = service
        .await
        .map_err(|e| kafka::RuntimeError::Worker(e.to_string()))??;
    // Close every client before the broker goes away, or their shutdown waits on it.
    drop(reader);
    drop(cluster);
    if seen < expected {
        return Err(DemoError::Timeout(timeout));
    }
    Ok(report)
}
