//! Dedup through the pipeline: flags in events, `publish_duplicates = false` drops, state records
//! restore a fresh pipeline's dedup, and no input makes the stage panic.

use chrono::{TimeZone, Utc};
use proptest::prelude::*;
use wirefeed::article::Article;
use wirefeed::dedup::{DedupConfig, Deduplicator, StateRecord};
use wirefeed::pipeline::{Pipeline, PipelineConfig, Stage, Verdict};
use wirefeed::schema::v1::DedupStatus;
use wirefeed::schema::ArticleEvent;

const BODY: &str = "Russia attacked Kyiv with waves of attack drones overnight, killing three people and wounding eleven when debris crashed into two apartment blocks, officials said on Friday.\nAir defence units shot down 64 of the 91 drones launched across the country, the air force said in its morning update.\nEmergency crews worked through the night to pull residents from a partly collapsed stairwell.";

fn article(id: &str, body: &str) -> Article {
    let mut a = Article::new(id, "Drones hit Kyiv", body);
    a.source = "Wire".into();
    a.published_at = Some(Utc.with_ymd_and_hms(2025, 3, 21, 6, 0, 0).unwrap());
    a
}

#[test]
fn pipeline_flags_and_drops_duplicates() {
    let now = Utc::now();
    let mut flag = Pipeline::from_config(&PipelineConfig::default()).unwrap();
    let first = flag.process(&article("a", BODY), now).unwrap();
    let again = flag
        .process(
            &article("b", &format!("KYIV (AP) — {BODY}\n© 2025 AP")),
            now,
        )
        .unwrap();
    assert_eq!(first.verdict, Verdict::Publish);
    assert_eq!(again.verdict, Verdict::Publish);
    let d = again.event.dedup.unwrap();
    assert_eq!(d.status, DedupStatus::ExactDuplicate as i32);
    assert_eq!(d.duplicate_of, "a");
    assert_eq!(d.story_id, first.event.dedup.unwrap().story_id);

    let mut config = PipelineConfig::default();
    config.dedup.publish_duplicates = false;
    let mut drop = Pipeline::from_config(&config).unwrap();
    drop.process(&article("a", BODY), now).unwrap();
    let again = drop.process(&article("b", BODY), now).unwrap();
    assert_eq!(again.verdict, Verdict::Drop);
    assert_eq!(drop.stats()[0].dropped, 1);
}

#[test]
fn records_restore_a_fresh_instance() {
    let config = DedupConfig {
        emit_state_updates: true,
        ..Default::default()
    };
    let mut before = Deduplicator::new(config.clone()).unwrap();
    let mut ev = ArticleEvent::default();
    before.process(&article("a", BODY), &mut ev).unwrap();
    let topic: Vec<(Vec<u8>, Option<Vec<u8>>)> = before
        .take_state_updates()
        .iter()
        .map(StateRecord::encode)
        .collect();
    let mut after = Deduplicator::new(config).unwrap();
    for (k, v) in &topic {
        after.apply_remote(&StateRecord::decode(k, v.as_deref()).unwrap());
    }
    let cut = &BODY[..BODY.len() * 4 / 5];
    let mut ev = ArticleEvent::default();
    after.process(&article("c", cut), &mut ev).unwrap();
    let d = ev.dedup.unwrap();
    assert_eq!(d.status, DedupStatus::NearDuplicate as i32);
    assert_eq!(d.duplicate_of, "a");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn never_panics_on_any_text(headline in ".{0,80}", body in "(?s).{0,2000}", id in ".{0,60}") {
        let mut d = Deduplicator::new(DedupConfig::default()).unwrap();
        let mut a = Article::new(id, headline, body);
        a.published_at = None;
        let mut ev = ArticleEvent::default();
        d.process(&a, &mut ev).unwrap();
        let mut ev2 = ArticleEvent::default();
        d.process(&a, &mut ev2).unwrap();
        prop_assert_ne!(ev2.dedup.unwrap().status, DedupStatus::Original as i32);
    }

    #[test]
    fn decode_never_panics(key in proptest::collection::vec(any::<u8>(), 0..40),
                           value in proptest::option::of(proptest::collection::vec(any::<u8>(), 0..200))) {
        let _ = StateRecord::decode(&key, value.as_deref());
    }
}
