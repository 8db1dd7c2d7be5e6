//! Broker faults on a 3-node KRaft cluster on loopback (replication factor 3,
//! min.insync.replicas 2; the service produces with acks=all, idempotently): one broker
//! killed mid-stream and restarted, then every broker down for 30 s. Nothing is lost, the
//! pipeline recovers without a restart, and readiness follows the outage.

mod common;

use std::collections::HashSet;
use std::process::Command;
use std::time::{Duration, Instant};

use common::*;
use rdkafka::admin::{NewTopic, TopicReplication};
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::producer::{BaseRecord, DefaultProducerContext, Producer, ThreadedProducer};
use rdkafka::Message;
use wirefeed::schema;

struct Cluster {
    dir: String,
    port: u16,
}

impl Cluster {
    fn broker_sh(&self, args: &[&str]) -> String {
        let out = Command::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scripts/kafka/broker.sh"
        ))
        .args(args)
        .env("WIREFEED_KAFKA_DIR", &self.dir)
        .env("WIREFEED_KAFKA_BASE_PORT", self.port.to_string())
        .output()
        .expect("broker.sh");
        assert!(
            out.status.success(),
            "broker.sh {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = self.broker_sh(&["stop"]);
    }
}

fn distinct_ids(bootstrap: &str, topic: &str) -> HashSet<String> {
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set(
            "group.id",
            format!("faults-reader-{}", uuid::Uuid::now_v7()),
        )
        .set("auto.offset.reset", "earliest")
        .create()
        .unwrap();
    consumer.subscribe(&[topic]).unwrap();
    let mut ids = HashSet::new();
    let mut idle = Instant::now();
    while idle.elapsed() < Duration::from_secs(5) {
        if let Some(Ok(m)) = consumer.poll(Duration::from_millis(200)) {
            ids.insert(schema::decode(m.payload().unwrap()).unwrap().article_id);
            idle = Instant::now();
        }
    }
    ids
}

fn wait_for(what: &str, timeout: Duration, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < timeout, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(500));
    }
}

#[test]
#[ignore = "needs Java and Maven for a 3-broker cluster: run scripts/test.sh"]
fn survives_one_broker_down_and_a_full_outage_without_restart() {
    let cluster = Cluster {
        dir: format!("/tmp/wirefeed-faults-{}", std::process::id()),
        port: 49092,
    };
    let brokers = cluster.broker_sh(&["start", "3"]);
    let topics = Topics::new("faults");
    let new_topics: Vec<NewTopic> = [&topics.input, &topics.output, &topics.dlq]
        .into_iter()
        .map(|t| NewTopic::new(t, 3, TopicReplication::Fixed(3)).set("min.insync.replicas", "2"))
        .collect();
    create_topics(&brokers, &new_topics);
    let mut env: Vec<(String, String)> = topics
        .service_env()
        .into_iter()
        .map(|(k, v)| {
            if k == "WIREFEED_KAFKA__BROKERS" {
                (k, brokers.clone())
            } else {
                (k, v)
            }
        })
        .collect();
    env.push((
        "WIREFEED_RDKAFKA_CONSUMER_SESSION_TIMEOUT_MS".into(),
        "10000".into(),
    ));
    let service = Service::start(&env);

    let producer: ThreadedProducer<DefaultProducerContext> = ClientConfig::new()
        .set("bootstrap.servers", &brokers)
        .set("acks", "all")
        .set("enable.idempotence", "true")
        .set("message.timeout.ms", "0")
        .create()
        .unwrap();
    let send_range = |range: std::ops::Range<usize>| {
        for i in range {
            let payload = article_json(&format!("f{i}"), 40_000 + i);
            let mut record = Some(BaseRecord::<(), str>::to(&topics.input).payload(&payload));
            while let Some(r) = record.take() {
                if let Err((_, r)) = producer.send(r) {
                    producer.poll(Duration::from_millis(5));
                    record = Some(r);
                }
            }
        }
        producer.flush(Duration::from_secs(120)).expect("flush");
    };

    // Phase 1: one broker killed mid-stream, then restarted.
    send_range(0..1_500);
    wait_for("first outputs", Duration::from_secs(90), || {
        distinct_ids(&brokers, &topics.output).len() >= 300
    });
    cluster.broker_sh(&["kill-node", "2"]);
    send_range(1_500..3_000);
    wait_for(
        "outputs with a broker down",
        Duration::from_secs(180),
        || distinct_ids(&brokers, &topics.output).len() >= 2_000,
    );
    cluster.broker_sh(&["restart-node", "2"]);
    wait_for("all 3000 outputs", Duration::from_secs(180), || {
        distinct_ids(&brokers, &topics.output).len() >= 3_000
    });

    // Phase 2: every broker down for 30 s: readiness drops, then the pipeline resumes.
    for node in ["1", "2", "3"] {
        cluster.broker_sh(&["kill-node", node]);
    }
    let down = Instant::now();
    wait_for("readiness to drop", Duration::from_secs(30), || {
        matches!(service.get("/readyz"), Some((503, _)))
    });
    std::thread::sleep(Duration::from_secs(30).saturating_sub(down.elapsed()));
    for node in ["1", "2", "3"] {
        cluster.broker_sh(&["restart-node", node]);
    }
    send_range(3_000..4_000);
    wait_for("all 4000 outputs", Duration::from_secs(240), || {
        distinct_ids(&brokers, &topics.output).len() >= 4_000
    });
    wait_for("readiness to return", Duration::from_secs(60), || {
        service.wait_ready(Duration::from_secs(1))
    });
    let ids = distinct_ids(&brokers, &topics.output);
    assert_eq!(ids.len(), 4_000, "nothing lost");
    assert_eq!(
        service.terminate(Duration::from_secs(30)),
        Some(0),
        "the same process ran throughout"
    );
}
