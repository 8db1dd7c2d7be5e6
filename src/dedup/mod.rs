//! Deduplication stage: exact and near-duplicate detection, grouping articles into stories.
//!
//! Placeholder until the dedup issue lands: exact duplicates of the raw body only.

pub mod eval;

use std::collections::HashMap;

use crate::article::Article;
use crate::pipeline::{Stage, StageError, Verdict};
use crate::schema::v1::{DedupResult, DedupStatus};
use crate::schema::ArticleEvent;

/// Dedup settings (`[pipeline.dedup]`).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct DedupConfig {
    /// Publish duplicates flagged (true) or drop them (false).
    pub publish_duplicates: bool,
}

impl Default for DedupConfig {
    fn default() -> Self {
        Self {
            publish_duplicates: true,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DedupError {
    #[error("evaluation failed: {0}")]
    Eval(String),
    #[error("invalid dedup config: {0}")]
    Config(String),
}

pub struct Deduplicator {
    config: DedupConfig,
    seen: HashMap<u64, String>,
}

impl Deduplicator {
    pub fn new(config: DedupConfig) -> Result<Self, DedupError> {
        Ok(Self {
            config,
            seen: HashMap::new(),
        })
    }
}

impl Stage for Deduplicator {
    fn name(&self) -> &'static str {
        "dedup"
    }

    fn process(
        &mut self,
        article: &Article,
        event: &mut ArticleEvent,
    ) -> Result<Verdict, StageError> {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        article.body.hash(&mut h);
        let key = h.finish();
        let result = match self.seen.get(&key) {
            Some(original) => DedupResult {
                status: DedupStatus::ExactDuplicate as i32,
                story_id: original.clone(),
                duplicate_of: original.clone(),
                similarity: 1.0,
                ..Default::default()
            },
            None => {
                self.seen.insert(key, article.id.clone());
                DedupResult {
                    status: DedupStatus::Original as i32,
                    story_id: article.id.clone(),
                    ..Default::default()
                }
            }
        };
        let duplicate = result.status != DedupStatus::Original as i32;
        event.dedup = Some(result);
        Ok(if duplicate && !self.config.publish_duplicates {
            Verdict::Drop
        } else {
            Verdict::Publish
        })
    }
}
