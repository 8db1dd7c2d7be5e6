//! Hostile input through the real pipeline on real Kafka: every bad record lands in the
//! dead-letter topic with its reason, every good one comes out, memory stays bounded.

mod common;

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use common::*;
use rdkafka::admin::{NewTopic, TopicReplication};
use rdkafka::config::ClientConfig;
use rdkafka::producer::{BaseRecord, Producer, ThreadedProducer};
use rdkafka::Message;
use wirefeed::schema;

/// Peak resident memory of a process, in bytes (Linux).
fn peak_rss(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line.split_whitespace().nth(1)?.parse::<u64>().ok()? * 1024)
}

#[test]
#[ignore = "needs Kafka: run scripts/test.sh"]
fn hostile_records_are_dead_lettered_and_good_ones_flow_with_bounded_memory() {
    let topics = Topics::new("hostile");
    // The input topic accepts 12 MB records, as a misconfigured upstream might send.
    let new_topics = [
        NewTopic::new(&topics.input, 3, TopicReplication::Fixed(1))
            .set("max.message.bytes", "12582912"),
        NewTopic::new(&topics.output, 3, TopicReplication::Fixed(1)),
        NewTopic::new(&topics.dlq, 1, TopicReplication::Fixed(1)),
    ];
    create_topics(&bootstrap(), &new_topics);

    let nested = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000));
    // Deep nesting in an ignored field is skipped iteratively by serde_json: a good record.
    let nested_extra = format!(
        "{{\"id\":\"deep-extra\",\"body\":\"Talks resumed.\",\"extra\":{}1{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let bad: Vec<(&str, Vec<u8>)> = vec![
        ("not_json", b"{\"id\": \"x\", \"body\": ".to_vec()),
        ("not_utf8", b"{\"id\":\"u\",\"body\":\"caf\xe9\"}".to_vec()),
        (
            "too_large",
            format!(
                "{{\"id\":\"big\",\"body\":\"{}\"}}",
                "word ".repeat(2_000_000)
            )
            .into_bytes(),
        ),
        ("not_an_article", nested.into_bytes()),
        (
            "invalid_field",
            br#"{"id":"t","body":["not","a","string"]}"#.to_vec(),
        ),
        ("missing_field", br#"{"id":"e","body":""}"#.to_vec()),
        (
            "invalid_field",
            b"{\"id\":\"nul\",\"body\":\"a\\u0000b\"}".to_vec(),
        ),
        ("not_an_article", b"\"just a string\"".to_vec()),
        ("not_json", Vec::new()),
    ];
    let good_odd = [
        ("rtl", "\u{202e}Reversed text\u{202c} and Arabic \u{0627}\u{0644}\u{0633}\u{0644}\u{0627}\u{0645} in a report from Gaza."),
        ("zw", "Zero\u{200b}width\u{200d}joiners\u{feff} inside Ky\u{200b}iv words; talks were held."),
        ("emoji", "Talks 🤝 in Geneva ended; officials said 3 people were injured 🚑."),
    ];

    let producer: ThreadedProducer<rdkafka::producer::DefaultProducerContext> = ClientConfig::new()
        .set("bootstrap.servers", bootstrap())
        .set("message.max.bytes", "12582912")
        .set("linger.ms", "5")
        .create()
        .unwrap();
    let send = |payload: &[u8]| {
        let mut record = Some(BaseRecord::<(), [u8]>::to(&topics.input).payload(payload));
        while let Some(r) = record.take() {
            if let Err((_, r)) = producer.send(r) {
                producer.poll(Duration::from_millis(5));
                record = Some(r);
            }
        }
    };
    for (_, payload) in &bad {
        send(payload);
    }
    for (id, body) in &good_odd {
        send(
            serde_json::json!({"id": id, "body": body})
                .to_string()
                .as_bytes(),
        );
    }
    send(nested_extra.as_bytes());
    // 50,000 near-identical articles: one word differs.
    let n_similar = 50_000;
    let base = article_json("template", 1);
    for i in 0..n_similar {
        let a = base
            .replace("\"template\"", &format!("\"sim{i}\""))
            .replace("round 1 ", &format!("round {i} "));
        send(a.as_bytes());
    }
    producer.flush(Duration::from_secs(60)).unwrap();

    let mut env = topics.service_env();
    env.push(("WIREFEED_INPUT__MAX_BYTES".into(), "1048576".into()));
    env.push((
        "WIREFEED_RDKAFKA_CONSUMER_MAX_PARTITION_FETCH_BYTES".into(),
        "1048576".into(),
    ));
    let service = Service::start(&env);
    let expected_good = good_odd.len() + 1 + n_similar;
    let out = read_until(&topics.output, Duration::from_secs(300), |m| {
        m.len() >= expected_good
    });
    let ids: HashSet<String> = out
        .iter()
        .map(|m| {
            schema::decode(m.payload().unwrap())
                .expect("decodable")
                .article_id
        })
        .collect();
    assert_eq!(ids.len(), expected_good, "every good record comes out");
    for id in good_odd.iter().map(|(id, _)| *id).chain(["deep-extra"]) {
        assert!(ids.contains(id), "{id} comes out");
    }

    let dead = read_until(&topics.dlq, Duration::from_secs(60), |m| {
        m.len() >= bad.len()
    });
    let mut kinds: HashMap<String, usize> = HashMap::new();
    for m in &dead {
        *kinds
            .entry(header(m, "error-kind").unwrap_or_default())
            .or_default() += 1;
        assert!(
            m.payload().map_or(0, <[u8]>::len) <= 900 * 1024,
            "dead-letter payload is capped"
        );
    }
    assert_eq!(
        dead.len(),
        bad.len(),
        "every bad record is dead-lettered: {kinds:?}"
    );
    let mut expected: HashMap<String, usize> = HashMap::new();
    for (kind, _) in &bad {
        *expected.entry(kind.to_string()).or_default() += 1;
    }
    assert_eq!(kinds, expected);

    let rss = peak_rss(service.child.id()).expect("peak RSS");
    eprintln!(
        "hostile input: {} events, {} dead letters, peak RSS {} MiB",
        out.len(),
        dead.len(),
        rss >> 20
    );
    assert!(rss < 1 << 30, "peak RSS {} MiB stays bounded", rss >> 20);
    assert_eq!(service.terminate(Duration::from_secs(30)), Some(0));
}
