//! Enrichment stage: people, organisations, places, money, casualties, dates, quotes.
//!
//! Placeholder until the enrichment issue lands: extracts nothing.

pub mod eval;

use crate::article::Article;
use crate::pipeline::{Stage, StageError, Verdict};
use crate::schema::ArticleEvent;

/// Enricher settings (`[pipeline.enrich]`).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct EnrichConfig {}

#[derive(Debug, thiserror::Error)]
pub enum EnrichError {
    #[error("evaluation failed: {0}")]
    Eval(String),
    #[error("invalid enrichment data: {0}")]
    Data(String),
}

pub struct Enricher {}

impl Enricher {
    pub fn new(_config: &EnrichConfig) -> Result<Self, EnrichError> {
        Ok(Self {})
    }
}

impl Stage for Enricher {
    fn name(&self) -> &'static str {
        "enrich"
    }

    fn process(
        &mut self,
        _article: &Article,
        _event: &mut ArticleEvent,
    ) -> Result<Verdict, StageError> {
        Ok(Verdict::Publish)
    }
}
