//! Enrichment stage: people, organisations, places, money, casualties, dates, quotes.
//!
//! Placeholder until the enrichment issue lands: extracts nothing.

pub mod eval;

// --- entities, quotes, attributions, casualties, triples (enrich-ner) ---
pub mod attributions;
pub mod casualties;
pub mod countries;
pub mod entities;
pub mod quotes;
pub mod triples;
// --- end enrich-ner ---

use crate::article::Article;
use crate::pipeline::{Stage, StageError, Verdict};
use crate::schema::ArticleEvent;

/// Enricher settings (`[pipeline.enrich]`).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct EnrichConfig {
    /// People, organisations, countries, quotes, attributions, casualties and triples.
    pub ner: entities::NerConfig,
}

#[derive(Debug, thiserror::Error)]
pub enum EnrichError {
    #[error("evaluation failed: {0}")]
    Eval(String),
    #[error("invalid enrichment data: {0}")]
    Data(String),
    #[error("invalid NER lexicon: {0}")]
    Lexicon(#[from] entities::LexiconError),
}

pub struct Enricher {
    /// Lexicons of the entity, quote, attribution, casualty and triple extractors.
    ner: entities::NerData,
}

impl Enricher {
    pub fn new(config: &EnrichConfig) -> Result<Self, EnrichError> {
        Ok(Self {
            ner: entities::NerData::load(&config.ner)?,
        })
    }

    /// Enriches one article (the stage's work, without the verdict).
    pub fn enrich(&self, article: &Article, event: &mut ArticleEvent) {
        // --- entities, quotes, attributions, casualties, triples ---
        // Runs first: the place extractor takes `entities::country_codes(&event.entities)`
        // as disambiguation hints; casualty reports carry their place as written ("Kharkiv").
        let doc = entities::Doc::new(&article.text, article.body_start);
        let ents = entities::extract(&doc, &self.ner);
        event.entities = ents.list.clone();
        event.quotes = quotes::extract(&doc, &self.ner, &ents);
        event.attributions = attributions::extract(&doc, &self.ner, &ents);
        event.casualties = casualties::extract(&doc, &self.ner, event);
        event.casualty_summary = Some(casualties::summarize(&event.casualties));
        // --- end entities, quotes, attributions, casualties ---

        // (places, money, dates: the enrich-geo extractors go here)

        // --- triples (enrich-ner): last, to take amounts, places and dates set above ---
        event.triples = triples::extract(&doc, &self.ner, &ents, &event.casualties, event);
        // --- end triples ---
    }
}

impl Stage for Enricher {
    fn name(&self) -> &'static str {
        "enrich"
    }

    fn process(
        &mut self,
        article: &Article,
        event: &mut ArticleEvent,
    ) -> Result<Verdict, StageError> {
        self.enrich(article, event);
        Ok(Verdict::Publish)
    }
}
