//! The processing strategy: a small [`Stage`] trait, and a [`Pipeline`] that runs the stages
//! in order (dedup → classify → enrich) over one article. Pure and synchronous: the Kafka
//! runtime and the offline `process` command both drive it, off the async reactor.

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use crate::article::Article;
use crate::schema::{timestamp, ArticleEvent};
use crate::{classify, dedup, enrich, telemetry};

/// What happens to an event after a stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Go on to the next stage, then publish.
    Publish,
    /// Do not publish (e.g. a duplicate when the deployment drops duplicates). The input
    /// still counts as processed and its offset is committed.
    Drop,
}

/// A stage failed on one article. The article goes to the dead-letter topic.
#[derive(Debug, thiserror::Error)]
#[error("stage `{stage}` failed: {message}")]
pub struct StageError {
    pub stage: &'static str,
    pub message: String,
}

/// One step of the pipeline. Stages read the article and fill their part of the event.
pub trait Stage: Send {
    /// Short, stable name: a metric label and a log field.
    fn name(&self) -> &'static str;
    fn process(
        &mut self,
        article: &Article,
        event: &mut ArticleEvent,
    ) -> Result<Verdict, StageError>;

    /// State changes made since the last call, to be persisted and shared with other
    /// instances (the runtime writes them to a compacted topic). Stateless stages have none.
    fn take_state_updates(&mut self) -> Vec<StateUpdate> {
        Vec::new()
    }

    /// Applies a state change made by this or another instance. Must be idempotent.
    fn apply_state(&mut self, _update: &StateUpdate) -> Result<(), StageError> {
        Ok(())
    }
}

/// A keyed change of a stage's state; `value: None` deletes the key (a tombstone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateUpdate {
    pub key: Vec<u8>,
    pub value: Option<Vec<u8>>,
}

/// Settings of all stages (the `[pipeline]` config section).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PipelineConfig {
    pub dedup: dedup::DedupConfig,
    pub classify: classify::ClassifyConfig,
    pub enrich: enrich::EnrichConfig,
}

/// Errors building the pipeline (bad config, unreadable data files).
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    Dedup(#[from] dedup::DedupError),
    #[error(transparent)]
    Classify(#[from] classify::ClassifyError),
    #[error(transparent)]
    Enrich(#[from] enrich::EnrichError),
}

/// Per-stage counters, for the summary printed by `process` and `demo`.
#[derive(Debug, Clone, Default)]
pub struct StageStats {
    pub name: &'static str,
    pub processed: u64,
    pub dropped: u64,
    pub failed: u64,
    pub busy: Duration,
}

/// The result of running the pipeline over one article.
#[derive(Debug, Clone)]
pub struct Processed {
    pub event: ArticleEvent,
    pub verdict: Verdict,
}

/// The stages, in order.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
    stats: Vec<StageStats>,
}

impl Pipeline {
    pub fn new(stages: Vec<Box<dyn Stage>>) -> Self {
        let stats = stages
            .iter()
            .map(|s| StageStats {
                name: s.name(),
                ..Default::default()
            })
            .collect();
        Self { stages, stats }
    }

    /// The standard pipeline: dedup → classify → enrich.
    pub fn from_config(config: &PipelineConfig) -> Result<Self, PipelineError> {
        Ok(Self::new(vec![
            Box::new(dedup::Deduplicator::new(config.dedup.clone())?),
            Box::new(classify::Classifier::new(&config.classify)?),
            Box::new(enrich::Enricher::new(&config.enrich)?),
        ]))
    }

    /// Runs every stage over `article`. `now` stamps `processed_at`.
    pub fn process(
        &mut self,
        article: &Article,
        now: DateTime<Utc>,
    ) -> Result<Processed, StageError> {
        let mut event = base_event(article, now);
        for (stage, stats) in self.stages.iter_mut().zip(self.stats.iter_mut()) {
            let started = Instant::now();
            let result = stage.process(article, &mut event);
            let elapsed = started.elapsed();
            stats.busy += elapsed;
            telemetry::record_stage(stats.name, elapsed, result.is_ok());
            match result {
                Ok(Verdict::Publish) => stats.processed += 1,
                Ok(Verdict::Drop) => {
                    stats.processed += 1;
                    stats.dropped += 1;
                    return Ok(Processed {
                        event,
                        verdict: Verdict::Drop,
                    });
                }
                Err(e) => {
                    stats.failed += 1;
                    return Err(e);
                }
            }
        }
        Ok(Processed {
            event,
            verdict: Verdict::Publish,
        })
    }

    pub fn stats(&self) -> &[StageStats] {
        &self.stats
    }

    /// State updates of every stage since the last call, keys prefixed with `stage/`.
    pub fn take_state_updates(&mut self) -> Vec<StateUpdate> {
        let mut all = Vec::new();
        for stage in &mut self.stages {
            for mut update in stage.take_state_updates() {
                let mut key = Vec::with_capacity(stage.name().len() + 1 + update.key.len());
                key.extend_from_slice(stage.name().as_bytes());
                key.push(b'/');
                key.extend_from_slice(&update.key);
                update.key = key;
                all.push(update);
            }
        }
        all
    }

    /// Routes a state update (key prefixed with `stage/`) to its stage. Updates for unknown
    /// stages are ignored (they may come from a newer version sharing the topic).
    pub fn apply_state(&mut self, update: &StateUpdate) -> Result<(), StageError> {
        let Some(slash) = update.key.iter().position(|&b| b == b'/') else {
            return Ok(());
        };
        let (name, rest) = (&update.key[..slash], &update.key[slash + 1..]);
        match self.stages.iter_mut().find(|s| s.name().as_bytes() == name) {
            Some(stage) => stage.apply_state(&StateUpdate {
                key: rest.to_vec(),
                value: update.value.clone(),
            }),
            None => Ok(()),
        }
    }
}

/// The event fields that come straight from the article.
fn base_event(article: &Article, now: DateTime<Utc>) -> ArticleEvent {
    ArticleEvent {
        article_id: article.id.clone(),
        event_id: uuid::Uuid::now_v7().to_string(),
        source: article.source.clone(),
        headline: article.headline.clone(),
        url: article.url.clone(),
        published_at: article.published_at.map(timestamp),
        processed_at: Some(timestamp(now)),
        language: article.language.clone(),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Tag(&'static str, Verdict);
    impl Stage for Tag {
        fn name(&self) -> &'static str {
            self.0
        }
        fn process(
            &mut self,
            _: &Article,
            event: &mut ArticleEvent,
        ) -> Result<Verdict, StageError> {
            event.headline.push_str(self.0);
            if self.0 == "boom" {
                return Err(StageError {
                    stage: "boom",
                    message: "bad".into(),
                });
            }
            Ok(self.1)
        }
    }

    #[test]
    fn runs_stages_in_order_and_stops_on_drop() {
        let mut p = Pipeline::new(vec![
            Box::new(Tag("a", Verdict::Publish)),
            Box::new(Tag("b", Verdict::Drop)),
            Box::new(Tag("c", Verdict::Publish)),
        ]);
        let out = p.process(&Article::new("1", "", "x"), Utc::now()).unwrap();
        assert_eq!(out.event.headline, "ab");
        assert_eq!(out.verdict, Verdict::Drop);
        assert_eq!(p.stats()[1].dropped, 1);
        assert_eq!(p.stats()[2].processed, 0);
    }

    #[test]
    fn stage_error_is_reported_with_stage_name() {
        let mut p = Pipeline::new(vec![Box::new(Tag("boom", Verdict::Publish))]);
        let err = p
            .process(&Article::new("1", "", "x"), Utc::now())
            .unwrap_err();
        assert_eq!(err.stage, "boom");
        assert_eq!(p.stats()[0].failed, 1);
    }

    #[test]
    fn event_ids_are_unique() {
        let mut p = Pipeline::new(vec![]);
        let a = Article::new("1", "", "x");
        let e1 = p.process(&a, Utc::now()).unwrap().event;
        let e2 = p.process(&a, Utc::now()).unwrap().event;
        assert_ne!(e1.event_id, e2.event_id);
        assert_eq!(e1.article_id, "1");
    }
}
