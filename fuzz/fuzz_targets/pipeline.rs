//! Every stage (dedup, classify, every extractor) on arbitrary text: never panics, and spans
//! stay inside the text. One pipeline serves all inputs (loading the gazetteer per input would
//! make the fuzzer crawl), so dedup state also accumulates across inputs, as in production.
#![no_main]
use std::sync::{Mutex, OnceLock};

use libfuzzer_sys::fuzz_target;
use wirefeed::article::Article;
use wirefeed::pipeline::{Pipeline, PipelineConfig};

fn pipeline() -> &'static Mutex<Pipeline> {
    static PIPELINE: OnceLock<Mutex<Pipeline>> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        Mutex::new(Pipeline::from_config(&PipelineConfig::default()).expect("default pipeline"))
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (headline, body) = text.split_once('\n').unwrap_or(("", text));
    let mut article = Article::new("fuzz", headline, body);
    article.published_at = chrono::DateTime::from_timestamp(1_743_498_000, 0);
    let mut pipeline = pipeline().lock().unwrap_or_else(|e| e.into_inner());
    let processed = pipeline
        .process(&article, chrono::Utc::now())
        .expect("stages do not fail on text");
    let chars = article.text.chars().count() as u32;
    let event = &processed.event;
    let spans = event
        .categories
        .iter()
        .flat_map(|c| c.evidence.iter())
        .chain(event.entities.iter().flat_map(|e| e.mentions.iter()))
        .chain(event.locations.iter().flat_map(|l| l.mentions.iter()))
        .chain(event.amounts.iter().filter_map(|a| a.span.as_ref()))
        .chain(event.casualties.iter().filter_map(|c| c.span.as_ref()))
        .chain(event.dates.iter().filter_map(|d| d.span.as_ref()))
        .chain(event.quotes.iter().filter_map(|q| q.span.as_ref()));
    for s in spans {
        assert!(s.start <= s.end && s.end <= chars, "span {s:?} outside {chars} chars");
    }
});
