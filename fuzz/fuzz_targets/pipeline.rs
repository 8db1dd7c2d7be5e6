//! Every stage (dedup, classify, every extractor) on arbitrary text: never panics, and spans
//! stay inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirefeed::article::Article;
use wirefeed::pipeline::{Pipeline, PipelineConfig};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (headline, body) = text.split_once('\n').unwrap_or(("", text));
    let mut article = Article::new("fuzz", headline, body);
    article.published_at = chrono::DateTime::from_timestamp(1_743_498_000, 0);
    let mut pipeline = Pipeline::from_config(&PipelineConfig::default()).expect("default pipeline");
    let processed = pipeline.process(&article, chrono::Utc::now()).expect("stages do not fail on text");
    let chars = article.text.chars().count() as u32;
    for c in &processed.event.categories {
        for e in &c.evidence {
            assert!(e.start <= e.end && e.end <= chars);
        }
    }
});
