//! Enrichment stage: people, organisations, places, money, casualties, dates, quotes.

pub mod eval;
// --- places, money, dates ---
pub mod currency;
pub mod dates;
pub mod gazetteer;
pub mod money;
pub mod places;
// --- end places, money, dates ---

use crate::article::Article;
use crate::pipeline::{Stage, StageError, Verdict};
use crate::schema::v1::EntityKind;
use crate::schema::ArticleEvent;
use crate::text::CharIndex;

/// Enricher settings (`[pipeline.enrich]`).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct EnrichConfig {
    // --- places, money, dates ---
    /// Gazetteer TSV replacing the bundled `data/reference/cities.tsv` (same columns).
    pub cities_path: Option<std::path::PathBuf>,
    /// List of place names that are also common words, replacing the bundled
    /// `data/reference/cities_common_words.txt`.
    pub common_words_path: Option<std::path::PathBuf>,
    /// ECB rate table replacing the bundled `data/reference/currency_ecb.csv`.
    pub ecb_rates_path: Option<std::path::PathBuf>,
    /// Fallback rate table replacing the bundled `data/reference/currency_fallback.tsv`.
    pub fallback_rates_path: Option<std::path::PathBuf>,
    // --- end places, money, dates ---
}

#[derive(Debug, thiserror::Error)]
pub enum EnrichError {
    #[error("evaluation failed: {0}")]
    Eval(String),
    #[error("invalid enrichment data: {0}")]
    Data(String),
    // --- places, money, dates ---
    #[error("invalid gazetteer: {0}")]
    Gazetteer(#[from] gazetteer::GazetteerError),
    #[error("invalid exchange-rate table: {0}")]
    Rates(#[from] currency::RatesError),
    #[error(transparent)]
    Money(#[from] money::MoneyError),
    #[error(transparent)]
    Dates(#[from] dates::DatesError),
    #[error("reading {path}: {source}")]
    Io {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    // --- end places, money, dates ---
}

pub struct Enricher {
    // --- places, money, dates ---
    /// GeoNames places and the name automaton.
    pub gazetteer: gazetteer::Gazetteer,
    /// ECB reference rates and the fallback table.
    pub rates: currency::Rates,
    money: money::MoneyMatcher,
    dates: dates::DateMatcher,
    // --- end places, money, dates ---
}

impl Enricher {
    pub fn new(config: &EnrichConfig) -> Result<Self, EnrichError> {
        // --- places, money, dates ---
        let cities = read_or(&config.cities_path, gazetteer::CITIES_TSV)?;
        let common = read_or(&config.common_words_path, gazetteer::COMMON_WORDS_TXT)?;
        let ecb = read_or(&config.ecb_rates_path, currency::ECB_CSV)?;
        let fallback = read_or(&config.fallback_rates_path, currency::FALLBACK_TSV)?;
        // --- end places, money, dates ---
        Ok(Self {
            // --- places, money, dates ---
            gazetteer: gazetteer::Gazetteer::parse(&cities, &common)?
                .with_qualifiers(gazetteer::QUALIFIERS_TSV)?,
            rates: currency::Rates::parse(&ecb, &fallback)?,
            money: money::MoneyMatcher::new()?,
            dates: dates::DateMatcher::new()?,
            // --- end places, money, dates ---
        })
    }
}

// --- places, money, dates ---
/// The file at `path` if configured, else the bundled text.
fn read_or(
    path: &Option<std::path::PathBuf>,
    bundled: &'static str,
) -> Result<std::borrow::Cow<'static, str>, EnrichError> {
    match path {
        Some(p) => std::fs::read_to_string(p)
            .map(std::borrow::Cow::Owned)
            .map_err(|source| EnrichError::Io {
                path: p.clone(),
                source,
            }),
        None => Ok(std::borrow::Cow::Borrowed(bundled)),
    }
}
// --- end places, money, dates ---

impl Stage for Enricher {
    fn name(&self) -> &'static str {
        "enrich"
    }

    fn process(
        &mut self,
        article: &Article,
        event: &mut ArticleEvent,
    ) -> Result<Verdict, StageError> {
        let text = article.text.as_str();
        let index = CharIndex::new(text);

        // --- places, money, dates ---
        // Country hints: the countries the entity extractor found (ISO alpha-2).
        let mut country_hints: Vec<String> = event
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Country as i32 && !e.country_code.is_empty())
            .map(|e| e.country_code.clone())
            .collect();
        country_hints.sort();
        country_hints.dedup();
        let published = article.published_at.map(|t| t.date_naive());
        let sentences = crate::text::sentences(text);
        let ctx = places::PlaceContext {
            country_hints: &country_hints,
            body_start: article.body_start,
            sentences: Some(&sentences),
        };
        event.locations = places::extract(&self.gazetteer, text, &index, &ctx);
        event.amounts = self
            .money
            .extract(&self.rates, text, &index, published, &country_hints);
        event.dates = self
            .dates
            .extract_with_sentences(text, &index, published, &sentences);
        // --- end places, money, dates ---

        Ok(Verdict::Publish)
    }
}
