//! Classification stage: military aid, diplomacy, casualties, with scores and evidence.
//!
//! Placeholder until the classification issue lands: assigns nothing.

pub mod eval;

use crate::article::Article;
use crate::pipeline::{Stage, StageError, Verdict};
use crate::schema::ArticleEvent;

/// Classifier settings (`[pipeline.classify]`).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ClassifyConfig {}

#[derive(Debug, thiserror::Error)]
pub enum ClassifyError {
    #[error("evaluation failed: {0}")]
    Eval(String),
    #[error("invalid classifier rules: {0}")]
    Rules(String),
}

pub struct Classifier {}

impl Classifier {
    pub fn new(_config: &ClassifyConfig) -> Result<Self, ClassifyError> {
        Ok(Self {})
    }
}

impl Stage for Classifier {
    fn name(&self) -> &'static str {
        "classify"
    }

    fn process(
        &mut self,
        _article: &Article,
        _event: &mut ArticleEvent,
    ) -> Result<Verdict, StageError> {
        Ok(Verdict::Publish)
    }
}
