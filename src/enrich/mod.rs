//! Enrichment stage: people, organisations, places, money, casualties, dates, quotes.

pub mod eval;
// --- places, money, dates ---
pub mod currency;
pub mod dates;
pub mod gazetteer;
pub mod money;
pub mod places;
// --- end places, money, dates ---

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
    #[error("invalid NER lexicon: {0}")]
    Lexicon(#[from] entities::LexiconError),
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
    /// Lexicons of the entity, quote, attribution, casualty and triple extractors.
    ner: entities::NerData,
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
            ner: entities::NerData::load(&config.ner)?,
            // --- places, money, dates ---
            gazetteer: gazetteer::Gazetteer::parse(&cities, &common)?
                .with_qualifiers(gazetteer::QUALIFIERS_TSV)?,
            rates: currency::Rates::parse(&ecb, &fallback)?,
            money: money::MoneyMatcher::new()?,
            dates: dates::DateMatcher::new()?,
            // --- end places, money, dates ---
        })
    }

    /// Enriches one article (the stage's work, without the verdict).
    pub fn enrich(&self, article: &Article, event: &mut ArticleEvent) {
        // --- entities, quotes, attributions, casualties, triples ---
        // Runs first: the place extractor takes `entities::country_codes(&event.entities)`
        // as disambiguation hints.
        let doc = entities::Doc::new(&article.text, article.body_start);
        let ents = entities::extract(&doc, &self.ner);
        event.entities = ents.list.clone();
        event.quotes = quotes::extract(&doc, &self.ner, &ents);
        event.attributions = attributions::extract(&doc, &self.ner, &ents);
        // --- end entities, quotes, attributions ---

        // --- places, money, dates ---
        let text = article.text.as_str();
        // The token pass already split the sentences and indexed the chars: reuse both.
        let index = &doc.index;
        // Countries the entity extractor found (ISO alpha-2), most mentioned first.
        let country_hints = entities::country_codes(&event.entities);
        let published = article.published_at.map(|t| t.date_naive());
        let sentences = &doc.sentences;
        let ctx = places::PlaceContext {
            country_hints: &country_hints,
            body_start: article.body_start,
            sentences: Some(sentences),
        };
        // Country entities' mentions ("Lebanese"), to qualify "the Lebanese city of Tripoli".
        let country_mentions: Vec<places::CountryMention> = event
            .entities
            .iter()
            .filter(|e| e.kind == crate::schema::v1::EntityKind::Country as i32)
            .filter_map(|e| {
                let code = e.country_code.as_bytes();
                (code.len() == 2).then(|| (e, [code[0], code[1]]))
            })
            .flat_map(|(e, code)| {
                e.mentions.iter().map(move |m| places::CountryMention {
                    start: m.start,
                    end: m.end,
                    code,
                    demonym: self
                        .ner
                        .countries
                        .lookup(&m.text)
                        .is_some_and(|f| f.kind == countries::FormKind::Demonym),
                })
            })
            .collect();
        event.locations =
            places::extract_with_countries(&self.gazetteer, text, index, &ctx, &country_mentions);
        drop_places_inside_names(&mut event.locations, &event.entities);
        // Settlements the gazetteer lacks ("the village of Turmus Ayya"), after the resolved
        // places whose countries they may take.
        let is_country = |name: &str| self.ner.countries.lookup(name).is_some();
        let unlisted = places::unlisted(
            text,
            index,
            sentences,
            &event.locations,
            &country_mentions,
            &is_country,
        );
        event.locations.extend(unlisted);
        // Shared currency names ("rupees", "Rs", "shillings") by the article's countries: those
        // named, then those of its places ("Karachi" is Pakistan's).
        let mut money_hints = country_hints.clone();
        for l in &event.locations {
            if !l.country_code.is_empty() && !money_hints.contains(&l.country_code) {
                money_hints.push(l.country_code.clone());
            }
        }
        event.amounts = self
            .money
            .extract(&self.rates, text, index, published, &money_hints);
        event.dates = self
            .dates
            .extract_with_sentences(text, index, published, sentences);
        // --- end places, money, dates ---

        // --- casualties: after places and dates, so each report carries the resolved place
        // and date of its sentence (the summary groups incidents by them) ---
        // The places, dates and amounts found above, indexed for both (built once).
        let slots = casualties::Slots::new(&doc, event, &self.ner);
        let (reports, summary) =
            casualties::extract(&doc, &self.ner, &slots, article.body_start, published);
        event.casualties = reports;
        event.casualty_summary = Some(summary);

        // --- triples (enrich-ner): last, to take amounts, places and dates set above ---
        event.triples = triples::extract(&doc, &self.ner, &ents, &event.casualties, &slots);
        // --- end triples ---
    }
}

/// A place name inside a person's or an organisation's mention is part of that name, not a
/// place ("Hamas" is also a GeoNames alternate name of Hamm).
fn drop_places_inside_names(
    locations: &mut Vec<crate::schema::v1::Location>,
    entities: &[crate::schema::v1::Entity],
) {
    use crate::schema::v1::EntityKind;
    // A "person" of several words all of whose mentions are exactly place mentions is the
    // place misread ("volunteers in El Fasher said"): the place filter already checked the
    // context. A single capitalised word ("More" opening a sentence) stays a non-place.
    let is_place_span = |start: u32, end: u32| {
        locations
            .iter()
            .any(|l| l.mentions.iter().any(|m| m.start == start && m.end == end))
    };
    let names: Vec<(u32, u32)> = entities
        .iter()
        .filter(|e| {
            e.kind == EntityKind::Organization as i32
                || (e.kind == EntityKind::Person as i32
                    && !(e.name.contains([' ', '-'])
                        && e.mentions.iter().all(|m| is_place_span(m.start, m.end))))
        })
        .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    for location in locations.iter_mut() {
        location
            .mentions
            .retain(|m| !names.iter().any(|&(s, e)| m.start < e && s < m.end));
    }
    locations.retain(|l| !l.mentions.is_empty());
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
        self.enrich(article, event);
        Ok(Verdict::Publish)
    }
}
