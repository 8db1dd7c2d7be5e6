//! Integration tests of `wirefeed run` against a real Apache Kafka broker (KRaft).
//! Run through `scripts/test.sh`, which starts the broker and sets `WIREFEED_TEST_BOOTSTRAP`.

mod common;

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use common::*;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::{ClientConfig, Message, Offset, TopicPartitionList};
use wirefeed::schema;

const WAIT: Duration = Duration::from_secs(60);

fn ids_of(messages: &[rdkafka::message::OwnedMessage]) -> Vec<String> {
    messages
        .iter()
        .map(|m| {
            schema::decode(m.payload().expect("payload"))
                .expect("decodable ArticleEvent")
                .article_id
        })
        .collect()
}

#[test]
#[ignore = "needs Kafka: run scripts/test.sh"]
fn articles_in_events_out_with_keys_and_headers() {
    let topics = Topics::new("events");
    topics.create(3);
    let mut records: Vec<(Option<String>, Vec<u8>)> = (0..20)
        .map(|i| {
            (
                Some(format!("k{i}")),
                article_json(&format!("a{i}"), i).into_bytes(),
            )
        })
        .collect();
    // An exact re-send of a3 under another id (same partition key, so it comes after a3):
    // same story, so the same record key.
    records.push((Some("k3".into()), article_json("a3-resend", 3).into_bytes()));
    produce(&topics.input, &records);

    let service = Service::start(&topics.service_env());
    let out = read_until(&topics.output, WAIT, |m| m.len() >= 21);
    assert_eq!(out.len(), 21, "every input has its event");

    let mut by_id = HashMap::new();
    for m in &out {
        let event = schema::decode(m.payload().unwrap()).expect("decodable");
        let dedup = event.dedup.clone().expect("dedup result");
        assert_eq!(
            m.key(),
            Some(dedup.story_id.as_bytes()),
            "key is the story id"
        );
        assert_eq!(
            header(m, "content-type").as_deref(),
            Some("application/x-protobuf")
        );
        assert_eq!(
            header(m, "schema").as_deref(),
            Some("wirefeed.v1.ArticleEvent")
        );
        assert_eq!(header(m, "schema-version").as_deref(), Some("1"));
        assert!(!event.event_id.is_empty() && event.processed_at.is_some());
        by_id.insert(
            event.article_id.clone(),
            (event, m.key().map(<[u8]>::to_vec)),
        );
    }
    let expected: HashSet<String> = (0..20)
        .map(|i| format!("a{i}"))
        .chain(["a3-resend".to_string()])
        .collect();
    assert_eq!(by_id.keys().cloned().collect::<HashSet<_>>(), expected);
    let (resend, resend_key) = &by_id["a3-resend"];
    assert_eq!(resend.dedup.as_ref().unwrap().duplicate_of, "a3");
    assert_eq!(
        resend_key, &by_id["a3"].1,
        "a duplicate is keyed by its original's story"
    );
    let event_ids: HashSet<&str> = by_id.values().map(|(e, _)| e.event_id.as_str()).collect();
    assert_eq!(event_ids.len(), 21, "event ids are unique");
    assert_eq!(service.terminate(Duration::from_secs(30)), Some(0));
}

#[test]
#[ignore = "needs Kafka: run scripts/test.sh"]
fn invalid_messages_go_to_the_dead_letter_topic_and_good_ones_still_flow() {
    let topics = Topics::new("dlq");
    topics.create(2);
    let bad: Vec<(&str, Vec<u8>)> = vec![
        ("not_json", b"this is not json".to_vec()),
        ("not_utf8", b"{\"id\":\"x\",\"body\":\"\xff\xfe\"}".to_vec()),
        ("missing_field", br#"{"id":"no-body"}"#.to_vec()),
        ("invalid_field", br#"{"id":7,"body":"wrong type"}"#.to_vec()),
        (
            "too_large",
            article_json("huge", 1)
                .replace("GENEVA", &"G".repeat(5_000))
                .into_bytes(),
        ),
        ("not_an_article", b"[1,2,3]".to_vec()),
    ];
    let mut records = Vec::new();
    for i in 0..10 {
        records.push((
            None,
            article_json(&format!("good{i}"), 100 + i).into_bytes(),
        ));
        if let Some((_, payload)) = bad.get(i) {
            records.push((None, payload.clone()));
        }
    }
    produce(&topics.input, &records);
    let mut env = topics.service_env();
    env.push(("WIREFEED_INPUT__MAX_BYTES".into(), "4000".into()));
    let service = Service::start(&env);

    let out = read_until(&topics.output, WAIT, |m| m.len() >= 10);
    let mut ids = ids_of(&out);
    ids.sort();
    let mut expected: Vec<String> = (0..10).map(|i| format!("good{i}")).collect();
    expected.sort();
    assert_eq!(ids, expected);

    let dead = read_until(&topics.dlq, WAIT, |m| m.len() >= bad.len());
    assert_eq!(dead.len(), bad.len());
    for (kind, payload) in &bad {
        let m = dead
            .iter()
            .find(|m| header(m, "error-kind").as_deref() == Some(*kind))
            .unwrap_or_else(|| panic!("no dead letter of kind {kind}"));
        assert_eq!(
            m.payload(),
            Some(payload.as_slice()),
            "original bytes kept for {kind}"
        );
        assert!(!header(m, "error-message").unwrap_or_default().is_empty());
        assert_eq!(
            header(m, "source-topic").as_deref(),
            Some(topics.input.as_str())
        );
        assert!(header(m, "source-partition")
            .unwrap()
            .parse::<i32>()
            .is_ok());
        assert!(header(m, "source-offset").unwrap().parse::<i64>().is_ok());
    }
    let scrape = service.get("/metrics").expect("metrics").1;
    let metrics = parse_metrics(&scrape);
    assert_eq!(
        metric_sum(&metrics, "wirefeed_dead_letter_records_total", &[]),
        bad.len() as f64
    );
    assert_eq!(
        metric_sum(
            &metrics,
            "wirefeed_dead_letter_records_total",
            &["reason=\"not_json\""]
        ),
        1.0
    );
    assert_eq!(service.terminate(Duration::from_secs(30)), Some(0));
}

#[test]
#[ignore = "needs Kafka: run scripts/test.sh"]
fn killed_mid_stream_and_restarted_every_input_has_its_event() {
    let topics = Topics::new("crash");
    topics.create(3);
    let n = 3_000;
    let records: Vec<_> = (0..n)
        .map(|i| (None, article_json(&format!("c{i}"), 1_000 + i).into_bytes()))
        .collect();
    produce(&topics.input, &records);

    let env = topics.service_env();
    let first = Service::start(&env);
    let partial = read_until(&topics.output, WAIT, |m| m.len() >= 300);
    assert!(partial.len() >= 300, "the first run made progress");
    first.kill9();

    let second = Service::start(&env);
    let out = read_until(&topics.output, Duration::from_secs(120), |m| {
        m.len() >= n && ids_of(m).into_iter().collect::<HashSet<_>>().len() >= n
    });
    let ids = ids_of(&out);
    let distinct: HashSet<&String> = ids.iter().collect();
    assert_eq!(distinct.len(), n, "nothing lost across a kill -9");
    eprintln!(
        "kill -9 at-least-once: {} events for {n} inputs ({} redelivered)",
        ids.len(),
        ids.len() - n
    );
    assert_eq!(second.terminate(Duration::from_secs(30)), Some(0));
}

#[test]
#[ignore = "needs Kafka: run scripts/test.sh"]
fn graceful_shutdown_commits_offsets() {
    let topics = Topics::new("graceful");
    topics.create(3);
    let n = 500;
    let records: Vec<_> = (0..n)
        .map(|i| (None, article_json(&format!("g{i}"), 5_000 + i).into_bytes()))
        .collect();
    produce(&topics.input, &records);

    let env = topics.service_env();
    let service = Service::start(&env);
    assert!(
        service.wait_ready(WAIT),
        "/readyz turns ready once partitions are assigned"
    );
    let out = read_until(&topics.output, WAIT, |m| m.len() >= n);
    assert_eq!(out.len(), n);
    assert_eq!(
        service.terminate(Duration::from_secs(30)),
        Some(0),
        "SIGTERM exits 0 within the deadline"
    );

    // The group's committed offsets cover every input.
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", bootstrap())
        .set("group.id", &topics.group)
        .create()
        .unwrap();
    let mut tpl = TopicPartitionList::new();
    for p in 0..3 {
        tpl.add_partition(&topics.input, p);
    }
    let committed = consumer
        .committed_offsets(tpl, Duration::from_secs(10))
        .unwrap();
    let mut total = 0;
    for e in committed.elements() {
        let (_, high) = consumer
            .fetch_watermarks(&topics.input, e.partition(), Duration::from_secs(10))
            .unwrap();
        // The sticky partitioner may leave a partition empty: nothing to commit there.
        let expected = if high == 0 {
            Offset::Invalid
        } else {
            Offset::Offset(high)
        };
        assert_eq!(
            e.offset(),
            expected,
            "partition {} committed to its end",
            e.partition()
        );
        total += high;
    }
    assert_eq!(total as usize, n);

    // A restart resumes after the committed offsets: only new inputs are processed.
    let again = Service::start(&env);
    produce(
        &topics.input,
        &[(None, article_json("g-new", 9_999).into_bytes())],
    );
    let out = read_until(&topics.output, WAIT, |m| m.len() > n);
    std::thread::sleep(Duration::from_secs(2));
    let out2 = read_until(&topics.output, Duration::from_secs(5), |m| {
        m.len() > out.len()
    });
    assert_eq!(
        out2.len(),
        n + 1,
        "nothing re-processed after a clean shutdown"
    );
    assert_eq!(again.terminate(Duration::from_secs(30)), Some(0));
}
