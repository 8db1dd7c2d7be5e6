//! No super-linear blow-up: the whole pipeline (every stage and extractor) on articles of one
//! repeated word and of one long number, at 64 KiB, 256 KiB and 1 MiB. Prints ns per byte per
//! size and fails if 1 MiB costs more than 3× per byte what 64 KiB costs.
//!
//! Run: `cargo bench --bench hostile` (under `cargo test` it runs the smallest size once).

use std::time::{Duration, Instant};

use wirefeed::article::Article;
use wirefeed::pipeline::{Pipeline, PipelineConfig};

fn best_time(text: &str, runs: usize) -> Duration {
    let mut best = Duration::MAX;
    for i in 0..runs {
        // A fresh pipeline each run: dedup would otherwise short-cut the repeat as a duplicate.
        let mut pipeline = Pipeline::from_config(&PipelineConfig::default()).expect("pipeline");
        let mut article = Article::new(format!("hostile-{i}"), "", text);
        article.published_at = chrono::DateTime::from_timestamp(1_743_498_000, 0);
        let start = Instant::now();
        let processed = pipeline
            .process(&article, chrono::Utc::now())
            .expect("stages do not fail");
        best = best.min(start.elapsed());
        std::hint::black_box(processed);
    }
    best
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let sizes: &[usize] = if full {
        &[64 << 10, 256 << 10, 1 << 20]
    } else {
        &[16 << 10]
    };
    type Generator = fn(usize) -> String;
    let inputs: [(&str, Generator); 3] = [
        ("repeated word", |n| "ceasefire ".repeat(n / 10)),
        ("long number", |n| "9".repeat(n)),
        ("repeated sentence", |n| {
            "Russian drones killed 3 people in Kharkiv on March 18, officials said. ".repeat(n / 72)
        }),
    ];
    let mut failed = false;
    for (name, make) in inputs {
        let mut per_byte = Vec::new();
        for &size in sizes {
            let text = make(size);
            let t = best_time(&text, if full { 3 } else { 1 });
            let ns = t.as_nanos() as f64 / text.len() as f64;
            println!(
                "{name:>18} {:>8} KiB: {:>9.2} ms, {ns:>7.1} ns/byte",
                text.len() >> 10,
                t.as_secs_f64() * 1e3
            );
            per_byte.push(ns);
        }
        if let (Some(first), Some(last)) = (per_byte.first(), per_byte.last()) {
            let ratio = last / first;
            if per_byte.len() > 1 {
                println!("{name:>18} cost per byte 1 MiB / 64 KiB = {ratio:.2}");
            }
            failed |= per_byte.len() > 1 && ratio > 3.0;
        }
    }
    assert!(
        !failed,
        "super-linear blow-up: cost per byte grew more than 3x from 64 KiB to 1 MiB"
    );
}
