//! Shared helpers of the integration tests: a real Kafka broker (address from
//! `WIREFEED_TEST_BOOTSTRAP`, set by `scripts/test.sh`), unique topics, a producer, an output
//! reader, and the `wirefeed run` service as a child process.
#![allow(dead_code)]

use std::collections::HashMap;
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, ResourceSpecifier, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{Headers, OwnedMessage};
use rdkafka::producer::{BaseRecord, DefaultProducerContext, Producer, ThreadedProducer};
use rdkafka::Message;

pub fn bootstrap() -> String {
    std::env::var("WIREFEED_TEST_BOOTSTRAP").expect(
        "WIREFEED_TEST_BOOTSTRAP is not set: run the integration tests through scripts/test.sh",
    )
}

/// Topic names unique to one test.
pub struct Topics {
    pub input: String,
    pub output: String,
    pub dlq: String,
    pub state: String,
    pub group: String,
}

impl Topics {
    pub fn new(test: &str) -> Self {
        let id = uuid::Uuid::now_v7().simple().to_string();
        let tag = format!("{test}-{}", &id[id.len() - 10..]);
        Self {
            input: format!("it.{tag}.in"),
            output: format!("it.{tag}.out"),
            dlq: format!("it.{tag}.dlq"),
            state: format!("it.{tag}.state"),
            group: format!("it-{tag}"),
        }
    }

    pub fn create(&self, partitions: i32) {
        let topics: Vec<NewTopic> = [&self.input, &self.output, &self.dlq]
            .into_iter()
            .map(|t| NewTopic::new(t, partitions, TopicReplication::Fixed(1)))
            .collect();
        create_topics(&bootstrap(), &topics);
    }

    /// Environment for `wirefeed run` on these topics.
    pub fn service_env(&self) -> Vec<(String, String)> {
        vec![
            ("WIREFEED_KAFKA__BROKERS".into(), bootstrap()),
            (
                "WIREFEED_KAFKA__INPUT_TOPICS".into(),
                format!("[{}]", self.input),
            ),
            ("WIREFEED_KAFKA__OUTPUT_TOPIC".into(), self.output.clone()),
            ("WIREFEED_KAFKA__DEAD_LETTER_TOPIC".into(), self.dlq.clone()),
            ("WIREFEED_KAFKA__STATE_TOPIC".into(), self.state.clone()),
            ("WIREFEED_KAFKA__GROUP_ID".into(), self.group.clone()),
        ]
    }
}

/// An admin client for the cluster at `bootstrap`, and a runtime to wait on its futures.
fn admin(bootstrap: &str) -> (AdminClient<DefaultClientContext>, tokio::runtime::Runtime) {
    let admin = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .create()
        .expect("admin client");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    (admin, rt)
}

/// Creates topics on the cluster at `bootstrap`, failing the test on any error.
pub fn create_topics(bootstrap: &str, topics: &[NewTopic<'_>]) {
    let (admin, rt) = admin(bootstrap);
    let options = AdminOptions::new().operation_timeout(Some(Duration::from_secs(30)));
    let results = rt
        .block_on(admin.create_topics(topics, &options))
        .expect("create topics");
    for r in results {
        r.expect("topic created");
    }
}

/// The configuration entries of a topic, as the broker reports them.
pub fn topic_config(topic: &str) -> HashMap<String, String> {
    let (admin, rt) = admin(&bootstrap());
    let options = AdminOptions::new().request_timeout(Some(Duration::from_secs(30)));
    let results = rt
        .block_on(admin.describe_configs([&ResourceSpecifier::Topic(topic)], &options))
        .expect("describe configs");
    results
        .into_iter()
        .flat_map(|r| r.expect("topic config").entries)
        .filter_map(|e| Some((e.name, e.value?)))
        .collect()
}

/// A wire-style test article; `n` makes the text distinct.
pub fn article_json(id: &str, n: usize) -> String {
    serde_json::json!({
        "id": id,
        "headline": format!("Talks on item {n} resume in Geneva"),
        "body": format!(
            "GENEVA — Delegations met for round {n} of talks on Tuesday, officials said. \
             The session on item {n} covered prisoner exchanges and a ceasefire along a {k}-kilometre line. \
             A further meeting on topic {n} was planned for next week, according to a statement.",
            k = n * 7 + 3
        ),
        "source": format!("Agency {}", n % 5),
        "published_at": "2025-04-01T10:00:00Z",
    })
    .to_string()
}

pub fn producer() -> ThreadedProducer<DefaultProducerContext> {
    ClientConfig::new()
        .set("bootstrap.servers", bootstrap())
        .set("linger.ms", "2")
        .create()
        .expect("producer")
}

/// Produces records (key, value) and waits until all are acknowledged.
pub fn produce(topic: &str, records: &[(Option<String>, Vec<u8>)]) {
    let p = producer();
    for (key, value) in records {
        let mut r: BaseRecord<'_, str, [u8]> = BaseRecord::to(topic).payload(value.as_slice());
        if let Some(k) = key {
            r = r.key(k.as_str());
        }
        let mut r = Some(r);
        while let Some(rec) = r.take() {
            if let Err((e, rec)) = p.send(rec) {
                assert!(
                    matches!(
                        e,
                        rdkafka::error::KafkaError::MessageProduction(
                            rdkafka::types::RDKafkaErrorCode::QueueFull
                        )
                    ),
                    "{e}"
                );
                p.poll(Duration::from_millis(10));
                r = Some(rec);
            }
        }
    }
    p.flush(Duration::from_secs(30)).expect("flush");
}

/// Reads a topic from the beginning until `done(messages)` or the timeout.
pub fn read_until(
    topic: &str,
    timeout: Duration,
    done: impl Fn(&[OwnedMessage]) -> bool,
) -> Vec<OwnedMessage> {
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", bootstrap())
        .set("group.id", format!("reader-{}", uuid::Uuid::now_v7()))
        .set("auto.offset.reset", "earliest")
        .set("enable.auto.commit", "false")
        .create()
        .expect("reader");
    consumer.subscribe(&[topic]).expect("subscribe");
    let start = Instant::now();
    let mut out = Vec::new();
    while start.elapsed() < timeout && !done(&out) {
        if let Some(Ok(m)) = consumer.poll(Duration::from_millis(200)) {
            out.push(m.detach());
        }
    }
    out
}

pub fn header(m: &OwnedMessage, name: &str) -> Option<String> {
    m.headers()
        .and_then(|h| h.iter().find(|x| x.key == name))
        .and_then(|x| x.value)
        .map(|v| String::from_utf8_lossy(v).into_owned())
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `wirefeed run` as a child process.
pub struct Service {
    pub child: Child,
    pub http: String,
}

impl Service {
    pub fn start(env: &[(String, String)]) -> Self {
        let port = free_port();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_wirefeed"));
        cmd.arg("run")
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("RUST_LOG", "info,librdkafka=warn,rdkafka=warn")
            .env("WIREFEED_HTTP__LISTEN", format!("127.0.0.1:{port}"))
            .env("WIREFEED_RUNTIME__DRAIN_TIMEOUT_SECS", "20")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(if std::env::var("WIREFEED_TEST_SERVICE_LOGS").is_ok() {
                Stdio::inherit()
            } else {
                Stdio::null()
            });
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = cmd.spawn().expect("spawn wirefeed run");
        Self {
            child,
            http: format!("127.0.0.1:{port}"),
        }
    }

    /// SIGTERM, then wait; returns the exit code.
    pub fn terminate(mut self, within: Duration) -> Option<i32> {
        let pid = self.child.id().to_string();
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill");
        let start = Instant::now();
        while start.elapsed() < within {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        None
    }

    /// SIGKILL: a crash.
    pub fn kill9(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub fn get(&self, path: &str) -> Option<(u16, String)> {
        http_get(&self.http, path)
    }

    /// Waits until /readyz answers 200.
    pub fn wait_ready(&self, timeout: Duration) -> bool {
        let start = Instant::now();
        while start.elapsed() < timeout {
            if matches!(self.get("/readyz"), Some((200, _))) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A minimal HTTP/1.0 GET (no client dependency needed for a loopback scrape).
pub fn http_get(addr: &str, path: &str) -> Option<(u16, String)> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let status = response.split_whitespace().nth(1)?.parse().ok()?;
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    Some((status, body))
}

/// Parses a Prometheus text exposition into `name{labels}` → value.
pub fn parse_metrics(text: &str) -> HashMap<String, f64> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (series, value) = l.rsplit_once(' ')?;
            Some((series.to_string(), value.parse().ok()?))
        })
        .collect()
}

/// Sum of every series of a metric whose labels contain all of `labels` (`k="v"` strings).
pub fn metric_sum(metrics: &HashMap<String, f64>, name: &str, labels: &[&str]) -> f64 {
    metrics
        .iter()
        .filter(|(series, _)| {
            let base = series.split('{').next().unwrap_or_default();
            base == name && labels.iter().all(|l| series.contains(l))
        })
        .map(|(_, v)| v)
        .sum()
}
