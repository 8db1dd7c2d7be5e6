use chrono::{DateTime, Duration, TimeZone, Utc};

use super::*;
use crate::schema::timestamp;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 4, 1, 9, 0, 0).unwrap()
}

/// A distinct, deterministic ~120-word text for `n`.
fn text(n: u64) -> String {
    const WORDS: &[&str] = &[
        "ministry",
        "said",
        "forces",
        "city",
        "talks",
        "officials",
        "region",
        "attack",
        "drones",
        "aid",
        "package",
        "billion",
        "ceasefire",
        "border",
        "president",
        "minister",
        "statement",
        "monday",
        "week",
        "report",
        "army",
        "troops",
        "power",
        "grid",
        "port",
        "grain",
        "sanctions",
        "envoy",
        "summit",
        "vote",
        "parliament",
        "budget",
    ];
    let mut x = normalize::mix64(n + 1);
    let mut out = String::new();
    for i in 0..120 {
        x = normalize::mix64(x);
        out.push_str(WORDS[(x % WORDS.len() as u64) as usize]);
        out.push_str(if i % 15 == 14 { ". " } else { " " });
    }
    out
}

fn art(id: &str, headline: &str, body: &str, source: &str, at: DateTime<Utc>) -> Article {
    let mut a = Article::new(id, headline, body);
    a.source = source.into();
    a.published_at = Some(at);
    a
}

fn run(d: &mut Deduplicator, a: &Article) -> (DedupResult, Verdict) {
    let mut ev = ArticleEvent {
        processed_at: Some(timestamp(a.published_at.unwrap_or_else(t0))),
        ..Default::default()
    };
    let v = d.process(a, &mut ev).unwrap();
    (ev.dedup.unwrap(), v)
}

fn status(r: &DedupResult) -> DedupStatus {
    DedupStatus::try_from(r.status).unwrap()
}

fn dedup() -> Deduplicator {
    Deduplicator::new(DedupConfig::default()).unwrap()
}

#[test]
fn exact_duplicate_after_dateline_and_footer() {
    let mut d = dedup();
    let body = text(1);
    let (r1, _) = run(
        &mut d,
        &art("a1", "Drones hit Kyiv", &body, "Reuters", t0()),
    );
    assert_eq!(status(&r1), DedupStatus::Original);
    assert_eq!(r1.story_id, story_id(hash_str("a1")));
    assert_eq!((r1.story_article_count, r1.story_source_count), (1, 1));
    let resent =
        format!("KYIV (AP) — {body}\nReporting by Jane Doe; Editing by John Roe\n© 2025 AP");
    let (r2, v) = run(
        &mut d,
        &art(
            "b7",
            "DRONES HIT KYIV",
            &resent,
            "AP",
            t0() + Duration::hours(1),
        ),
    );
    assert_eq!(status(&r2), DedupStatus::ExactDuplicate);
    assert_eq!(r2.duplicate_of, "a1");
    assert_eq!(r2.story_id, r1.story_id);
    assert_eq!(r2.similarity, 1.0);
    assert_eq!((r2.story_article_count, r2.story_source_count), (2, 2));
    assert_eq!(v, Verdict::Publish);
    // A third carrier from a source already counted.
    let (r3, _) = run(&mut d, &art("c9", "Drones hit Kyiv", &body, "ap ", t0()));
    assert_eq!((r3.story_article_count, r3.story_source_count), (3, 2));
}

#[test]
fn near_duplicate_and_unrelated() {
    let mut d = dedup();
    let body = text(2);
    run(&mut d, &art("a", "H", &body, "X", t0()));
    let words: Vec<&str> = body.split(' ').collect();
    let truncated = words[..words.len() * 4 / 5].join(" ");
    let (r, _) = run(&mut d, &art("b", "Other headline", &truncated, "Y", t0()));
    assert_eq!(status(&r), DedupStatus::NearDuplicate);
    assert_eq!(r.duplicate_of, "a");
    assert!(
        r.similarity >= 0.5 && r.similarity < 1.0,
        "{}",
        r.similarity
    );
    let (r, _) = run(&mut d, &art("c", "H", &text(3), "X", t0()));
    assert_eq!(status(&r), DedupStatus::Original);
    assert!(r.duplicate_of.is_empty());
    assert_eq!(d.stats().near_duplicates, 1);
    assert_eq!(d.stats().originals, 2);
}

#[test]
fn exact_duplicates_name_the_first_article_with_that_text() {
    let mut d = dedup();
    let body = text(2);
    run(&mut d, &art("root", "H", &body, "X", t0()));
    let words: Vec<&str> = body.split(' ').collect();
    let edited = words[..words.len() * 4 / 5].join(" ");
    // "b" is a near duplicate of "root" (not a story root), then copies of "b" arrive.
    let (r, _) = run(&mut d, &art("b", "H2", &edited, "Y", t0()));
    assert_eq!(status(&r), DedupStatus::NearDuplicate);
    for copy in ["b-1", "b-2", "b-3"] {
        let (r, _) = run(&mut d, &art(copy, "H2", &edited, "Z", t0()));
        assert_eq!(status(&r), DedupStatus::ExactDuplicate);
        assert_eq!(
            r.duplicate_of, "b",
            "{copy} names the first article with its text"
        );
    }
}

#[test]
fn drops_duplicates_when_configured() {
    let mut d = Deduplicator::new(DedupConfig {
        publish_duplicates: false,
        ..Default::default()
    })
    .unwrap();
    let (_, v) = run(&mut d, &art("a", "H", &text(4), "X", t0()));
    assert_eq!(v, Verdict::Publish);
    let (_, v) = run(&mut d, &art("b", "H", &text(4), "X", t0()));
    assert_eq!(v, Verdict::Drop);
    assert_eq!(d.stats().dropped, 1);
}

#[test]
fn same_id_same_content_is_a_redelivery_not_an_original() {
    let mut d = dedup();
    let a = art("a", "H", &text(5), "X", t0());
    run(&mut d, &a);
    let (r, _) = run(&mut d, &a);
    assert_eq!(status(&r), DedupStatus::ExactDuplicate);
    assert_eq!(r.duplicate_of, "a");
    assert_eq!(d.len(), 1);
    assert_eq!(d.stats().redeliveries, 1);
}

#[test]
fn window_eviction_by_event_time() {
    let mut d = dedup();
    let a = art("a", "H", &text(6), "X", t0());
    run(&mut d, &a);
    run(
        &mut d,
        &art("b", "H", &text(7), "X", t0() + Duration::days(6)),
    );
    let (r, _) = run(
        &mut d,
        &art("a2", "H", &text(6), "X", t0() + Duration::days(6)),
    );
    assert_eq!(status(&r), DedupStatus::ExactDuplicate);
    run(
        &mut d,
        &art("c", "H", &text(8), "X", t0() + Duration::days(8)),
    );
    assert_eq!(d.stats().evicted_window, 1);
    // `a2` (day 6) is still remembered on day 8; on day 16 all of them are gone.
    let (r, _) = run(
        &mut d,
        &art("a3", "H", &text(6), "X", t0() + Duration::days(8)),
    );
    assert_eq!(status(&r), DedupStatus::ExactDuplicate);
    assert_eq!(r.duplicate_of, "a2");
    let (r, _) = run(
        &mut d,
        &art("a4", "H", &text(6), "X", t0() + Duration::days(16)),
    );
    assert_eq!(status(&r), DedupStatus::Original);
    assert_eq!(d.stats().evicted_window, 5);
    // A late article older than the window is checked but not remembered.
    let (r, _) = run(&mut d, &art("old", "H", &text(9), "X", t0()));
    assert_eq!(status(&r), DedupStatus::Original);
    let (r, _) = run(&mut d, &art("old2", "H", &text(9), "X", t0()));
    assert_eq!(status(&r), DedupStatus::Original);
}

#[test]
fn missing_published_at_falls_back_to_latest_event_time() {
    let mut d = dedup();
    run(&mut d, &art("a", "H", &text(10), "X", t0()));
    let mut b = Article::new("b", "H", text(10));
    b.published_at = None;
    let (r, _) = run(&mut d, &b);
    assert_eq!(status(&r), DedupStatus::ExactDuplicate);
    // A far-future published_at is clamped to processing time + 1 day, so it does not flush.
    let mut f = art("f", "H", &text(11), "X", t0() + Duration::days(3650));
    f.published_at = Some(t0() + Duration::days(3650));
    let mut ev = ArticleEvent {
        processed_at: Some(timestamp(t0())),
        ..Default::default()
    };
    d.process(&f, &mut ev).unwrap();
    assert_eq!(d.stats().evicted_window, 0);
}

#[test]
fn capacity_bound_forgets_oldest_and_index_survives_growth() {
    let mut d = Deduplicator::new(DedupConfig {
        capacity: 1500,
        ..Default::default()
    })
    .unwrap();
    for n in 0..4000u64 {
        let at = t0() + Duration::seconds(n as i64 * 60);
        let (r, _) = run(
            &mut d,
            &art(&format!("id{n}"), "H", &text(100 + n), "X", at),
        );
        assert_eq!(status(&r), DedupStatus::Original, "{n}");
    }
    assert_eq!(d.len(), 1500);
    assert_eq!(d.stats().evicted_capacity, 2500);
    let late = t0() + Duration::days(1);
    let (r, _) = run(&mut d, &art("again", "H2", &text(100 + 3999), "Y", late));
    assert_eq!(status(&r), DedupStatus::NearDuplicate);
    assert_eq!(r.duplicate_of, "id3999");
    let (r, _) = run(&mut d, &art("again0", "H", &text(100), "Y", late));
    assert_eq!(status(&r), DedupStatus::Original);
    // ~210 bytes per article at the capacity bound.
    let per = d.memory_bytes() / 1500;
    assert!(per < 256, "{per} bytes per article");
}

#[test]
fn long_ids_are_bounded_and_recognisable() {
    let long = "urn:newsml:example.com:20250401:nL1N3QX0AB:1234567890";
    let (buf, n) = compact_id(long);
    let s = std::str::from_utf8(&buf[..n as usize]).unwrap();
    assert!(s.starts_with("urn:newsml:example.c~"));
    assert_eq!(s.len(), 37);
    let (buf, n) = compact_id("Ключ-статьи-é");
    assert_eq!(
        std::str::from_utf8(&buf[..n as usize]).unwrap(),
        "Ключ-статьи-é"
    );
    let (_, n) = compact_id(&"é".repeat(40));
    assert!(n as usize <= ID_CAP);
}

#[test]
fn rejects_bad_config_and_survives_odd_input() {
    for c in [
        DedupConfig {
            threshold: 0.0,
            ..Default::default()
        },
        DedupConfig {
            capacity: 0,
            ..Default::default()
        },
        DedupConfig {
            window_hours: 0,
            ..Default::default()
        },
        DedupConfig {
            boilerplate_path: Some("/nonexistent/rules.txt".into()),
            ..Default::default()
        },
    ] {
        assert!(Deduplicator::new(c).is_err());
    }
    let mut d = dedup();
    for body in ["", " ", "—", "(AP) -", "KYIV (Reuters) -", "x\n© 2025"] {
        let (r, _) = run(&mut d, &art(body, "", body, "", t0()));
        assert!(r.status != 0);
    }
}

// ---- replication ----

fn replicating() -> Deduplicator {
    Deduplicator::new(DedupConfig {
        emit_state_updates: true,
        ..Default::default()
    })
    .unwrap()
}

/// Encodes and decodes, as the state topic would.
fn wire(records: &[StateRecord]) -> Vec<StateRecord> {
    records
        .iter()
        .map(|r| {
            let (k, v) = r.encode();
            StateRecord::decode(&k, v.as_deref()).unwrap()
        })
        .collect()
}

#[test]
fn two_instances_share_what_they_saw() {
    let mut a = replicating();
    let mut b = replicating();
    run(&mut a, &art("x", "H", &text(20), "P", t0()));
    run(&mut b, &art("y", "H", &text(21), "Q", t0()));
    let from_a = wire(&a.take_state_updates());
    let from_b = wire(&b.take_state_updates());
    assert_eq!((from_a.len(), from_b.len()), (1, 1));
    for r in from_a.iter().chain(&from_b) {
        a.apply_remote(r);
        b.apply_remote(r);
    }
    // Own records came back: harmless, and applying them made no new records.
    assert_eq!((a.len(), b.len()), (2, 2));
    assert!(a.take_state_updates().is_empty());
    let (r, _) = run(&mut b, &art("x-resent", "H", &text(20), "R", t0()));
    assert_eq!(status(&r), DedupStatus::ExactDuplicate);
    assert_eq!(r.duplicate_of, "x");
    assert_eq!(r.story_id, story_id(hash_str("x")));
    assert_eq!((r.story_article_count, r.story_source_count), (2, 2));
    let body = text(21);
    let edited = body.replacen("said", "stated", 1);
    let (r, _) = run(&mut a, &art("y-edit", "New head", &edited, "S", t0()));
    assert_eq!(status(&r), DedupStatus::NearDuplicate);
    assert_eq!(r.duplicate_of, "y");
}

#[test]
fn restored_instance_never_makes_a_remembered_article_original() {
    let mut a = replicating();
    let mut log = Vec::new();
    for n in 0..50u64 {
        let at = t0() + Duration::minutes(n as i64);
        run(&mut a, &art(&format!("a{n}"), "H", &text(200 + n), "P", at));
        // some duplicates too
        if n % 10 == 0 {
            run(
                &mut a,
                &art(&format!("dup{n}"), "H", &text(200 + n), "Q", at),
            );
        }
        log.extend(a.take_state_updates());
    }
    let log = wire(&log);
    // Restore in any order: records of different keys may arrive interleaved.
    let mut c = replicating();
    for r in log.iter().rev() {
        c.apply_remote(r);
    }
    assert_eq!(c.len(), a.len());
    assert!(c.take_state_updates().is_empty());
    // Restoring twice is harmless.
    for r in &log {
        assert!(!c.apply_remote(r));
    }
    let later = t0() + Duration::hours(2);
    for n in 0..50u64 {
        // The very same article again (same id): not an original.
        let (r, _) = run(
            &mut c,
            &art(&format!("a{n}"), "H", &text(200 + n), "P", later),
        );
        assert_ne!(status(&r), DedupStatus::Original, "a{n}");
        assert_eq!(r.story_id, story_id(hash_str(&format!("a{n}"))));
        // A re-send under a new id.
        let (r, _) = run(
            &mut c,
            &art(&format!("r{n}"), "H", &text(200 + n), "R", later),
        );
        assert_eq!(status(&r), DedupStatus::ExactDuplicate, "r{n}");
        assert_eq!(r.story_id, story_id(hash_str(&format!("a{n}"))));
        let expect = if n % 10 == 0 { 3 } else { 2 };
        assert_eq!(r.story_article_count, expect, "r{n}");
    }
}

#[test]
fn window_evictions_replicate_as_tombstones() {
    let mut a = replicating();
    let mut b = replicating();
    run(&mut a, &art("old", "H", &text(30), "P", t0()));
    for r in wire(&a.take_state_updates()) {
        b.apply_remote(&r);
    }
    assert_eq!(b.len(), 1);
    run(
        &mut a,
        &art("new", "H", &text(31), "P", t0() + Duration::days(8)),
    );
    let recs = wire(&a.take_state_updates());
    assert!(recs.iter().any(|r| matches!(r, StateRecord::Evict { .. })));
    let tomb = recs
        .iter()
        .find(|r| matches!(r, StateRecord::Evict { .. }))
        .unwrap();
    assert_eq!(tomb.value(), None);
    assert!(b.apply_remote(tomb));
    assert!(!b.apply_remote(tomb));
    assert_eq!(b.len(), 0);
    // Capacity evictions stay local.
    let mut small = Deduplicator::new(DedupConfig {
        emit_state_updates: true,
        capacity: 1,
        ..Default::default()
    })
    .unwrap();
    run(&mut small, &art("1", "H", &text(32), "P", t0()));
    run(&mut small, &art("2", "H", &text(33), "P", t0()));
    let recs = small.take_state_updates();
    assert_eq!(recs.len(), 2);
    assert!(recs.iter().all(|r| matches!(r, StateRecord::Upsert(_))));
}

#[test]
fn record_codec_round_trip_and_errors() {
    let rec = StateRecord::Upsert(RememberedArticle {
        exact: 1,
        article: 2,
        story: 3,
        sig: Some([7; SIG_LEN]),
        exact_first: true,
        time_minutes: 29_000_000,
        source: 9,
        id: "é-id".into(),
    });
    let (k, v) = rec.encode();
    assert_eq!(k.len(), 18);
    let v = v.unwrap();
    assert!(v.len() <= 120);
    assert_eq!(StateRecord::decode(&k, Some(&v)).unwrap(), rec);
    let tomb = StateRecord::Evict {
        exact: 1,
        article: 2,
    };
    assert_eq!(tomb.key(), k);
    assert_eq!(StateRecord::decode(&k, None).unwrap(), tomb);
    assert!(StateRecord::decode(&[], None).is_err());
    assert!(matches!(
        StateRecord::decode(&[9; 18], None),
        Err(StateError::Version(9))
    ));
    assert!(StateRecord::decode(&k[..10], None).is_err());
    for cut in 0..v.len() {
        assert!(StateRecord::decode(&k, Some(&v[..cut])).is_err(), "{cut}");
    }
    let mut extra = v.clone();
    extra.push(0);
    assert!(StateRecord::decode(&k, Some(&extra)).is_err());
}
