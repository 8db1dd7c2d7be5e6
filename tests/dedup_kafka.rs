//! Dedup state on real Kafka: remembered across a restart, and shared between two instances
//! of one consumer group through the compacted state topic.

mod common;

use std::collections::HashMap;
use std::time::Duration;

use common::*;
use rdkafka::config::ClientConfig;
use rdkafka::producer::{BaseRecord, DefaultProducerContext, Producer, ThreadedProducer};
use rdkafka::Message;
use wirefeed::schema::v1::DedupStatus;
use wirefeed::schema::{self, ArticleEvent};

const PARTITIONS: i32 = 6;

fn create(topics: &Topics) {
    topics.create(PARTITIONS);
}

/// Produces (partition, payload) records.
fn produce_to(topic: &str, records: &[(i32, String)]) {
    let p: ThreadedProducer<DefaultProducerContext> = ClientConfig::new()
        .set("bootstrap.servers", bootstrap())
        .create()
        .unwrap();
    for (partition, payload) in records {
        let mut r = Some(
            BaseRecord::<(), str>::to(topic)
                .partition(*partition)
                .payload(payload.as_str()),
        );
        while let Some(rec) = r.take() {
            if let Err((_, rec)) = p.send(rec) {
                p.poll(Duration::from_millis(5));
                r = Some(rec);
            }
        }
    }
    p.flush(Duration::from_secs(30)).unwrap();
}

/// A re-send: the same story under another id, another agency.
fn resend(original: usize, copy: usize) -> String {
    article_json(&format!("o{original}"), original)
        .replace(
            &format!("\"o{original}\""),
            &format!("\"o{original}-r{copy}\""),
        )
        .replace("Agency ", "Relay ")
}

fn events(topic: &str, n: usize) -> HashMap<String, ArticleEvent> {
    read_until(topic, Duration::from_secs(120), |m| m.len() >= n)
        .iter()
        .map(|m| schema::decode(m.payload().unwrap()).unwrap())
        .map(|e| (e.article_id.clone(), e))
        .collect()
}

fn assert_flagged(events: &HashMap<String, ArticleEvent>, resend_id: &str, original_id: &str) {
    let e = events
        .get(resend_id)
        .unwrap_or_else(|| panic!("no event for {resend_id}"));
    let dedup = e.dedup.as_ref().unwrap();
    assert_eq!(
        dedup.status(),
        DedupStatus::ExactDuplicate,
        "{resend_id} flagged"
    );
    assert_eq!(dedup.duplicate_of, original_id);
    assert_eq!(
        dedup.story_id,
        events[original_id].dedup.as_ref().unwrap().story_id
    );
}

#[test]
#[ignore = "needs Kafka: run scripts/test.sh"]
fn resends_after_a_restart_are_still_flagged() {
    let topics = Topics::new("dedup-restart");
    create(&topics);
    let originals: Vec<(i32, String)> = (0..40)
        .map(|i| {
            (
                (i % PARTITIONS as usize) as i32,
                article_json(&format!("o{i}"), i),
            )
        })
        .collect();
    produce_to(&topics.input, &originals);
    let env = topics.service_env();
    let first = Service::start(&env);
    assert_eq!(events(&topics.output, 40).len(), 40);
    assert_eq!(first.terminate(Duration::from_secs(30)), Some(0));
    // The service created its state topic compacted and limited to the window (7 days) + 1 day.
    let config = topic_config(&topics.state);
    assert_eq!(
        config.get("cleanup.policy").map(String::as_str),
        Some("compact,delete")
    );
    assert_eq!(
        config.get("retention.ms").map(String::as_str),
        Some(((7 + 1) * 24 * 3600 * 1000u64).to_string().as_str())
    );

    // After the restart: re-sends of everything, each on another partition than its original.
    let resends: Vec<(i32, String)> = (0..40)
        .map(|i| (((i + 1) % PARTITIONS as usize) as i32, resend(i, 0)))
        .collect();
    produce_to(&topics.input, &resends);
    let second = Service::start(&env);
    let all = events(&topics.output, 80);
    for i in 0..40 {
        assert_flagged(&all, &format!("o{i}-r0"), &format!("o{i}"));
    }
    assert_eq!(second.terminate(Duration::from_secs(30)), Some(0));
}

#[test]
#[ignore = "needs Kafka: run scripts/test.sh"]
fn two_instances_share_what_they_remember() {
    let topics = Topics::new("dedup-shared");
    create(&topics);
    let env = topics.service_env();
    let a = Service::start(&env);
    let b = Service::start(&env);
    assert!(
        a.wait_ready(Duration::from_secs(60)) && b.wait_ready(Duration::from_secs(60)),
        "both instances own partitions"
    );
    let originals: Vec<(i32, String)> = (0..30)
        .map(|i| {
            (
                (i % PARTITIONS as usize) as i32,
                article_json(&format!("o{i}"), i),
            )
        })
        .collect();
    produce_to(&topics.input, &originals);
    assert_eq!(events(&topics.output, 30).len(), 30);
    std::thread::sleep(Duration::from_secs(2)); // the replication window (see README)

    // Every original re-sent to every other partition: some land on the other instance.
    let mut resends = Vec::new();
    for i in 0..30 {
        for copy in 1..PARTITIONS as usize {
            resends.push((((i + copy) % PARTITIONS as usize) as i32, resend(i, copy)));
        }
    }
    produce_to(&topics.input, &resends);
    let all = events(&topics.output, 30 + resends.len());
    for i in 0..30 {
        for copy in 1..PARTITIONS as usize {
            assert_flagged(&all, &format!("o{i}-r{copy}"), &format!("o{i}"));
        }
    }
    assert_eq!(a.terminate(Duration::from_secs(30)), Some(0));
    assert_eq!(b.terminate(Duration::from_secs(30)), Some(0));
}
