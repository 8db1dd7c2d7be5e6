//! Full enrichment per core on ~3 KB wire articles.
//!
//! `cargo bench --bench enrich -- --warm-up-time 1 --measurement-time 3`
//! Articles are built from the labelled corpus (data/enrich/corpus.jsonl): consecutive
//! articles are concatenated until each body reaches ~3 KB. Throughput is reported in
//! articles per second (one element = one article) on one thread. The gazetteer's heap size
//! is printed once.

use std::hint::black_box;

use chrono::{DateTime, Utc};
use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use wirefeed::article::Article;
use wirefeed::enrich::{eval, EnrichConfig, Enricher};
use wirefeed::pipeline::Stage;
use wirefeed::schema::ArticleEvent;

fn articles() -> Vec<Article> {
    let mut out = Vec::new();
    let mut body = String::new();
    let mut headline = String::new();
    let mut published = None;
    for line in eval::CORPUS.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if headline.is_empty() {
            headline = v["headline"].as_str().unwrap_or("").to_string();
            published = v["published_at"]
                .as_str()
                .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
                .map(|t| t.with_timezone(&Utc));
        }
        body.push_str(v["body"].as_str().unwrap_or(""));
        body.push('\n');
        if body.len() >= 3000 {
            let mut a = Article::new(
                format!("bench-{}", out.len()),
                headline.clone(),
                body.clone(),
            );
            a.published_at = published;
            out.push(a);
            body.clear();
            headline.clear();
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let mut enricher = Enricher::new(&EnrichConfig::default()).expect("enricher");
    let articles = articles();
    let mean = articles.iter().map(|a| a.text.len()).sum::<usize>() / articles.len().max(1);
    eprintln!(
        "enrich bench: {} articles of {} bytes on average; gazetteer: {} places, {} names, \
         {} bytes heap; rate tables {} bytes",
        articles.len(),
        mean,
        enricher.gazetteer.places.len(),
        enricher.gazetteer.name_count(),
        enricher.gazetteer.memory_bytes(),
        enricher.rates.memory_bytes(),
    );
    let mut group = c.benchmark_group("enrich");
    group.throughput(Throughput::Elements(1));
    let mut i = 0;
    group.bench_function("article_3kb", |b| {
        b.iter(|| {
            let article = &articles[i % articles.len()];
            i += 1;
            let mut event = ArticleEvent::default();
            enricher
                .process(black_box(article), &mut event)
                .expect("process");
            black_box(event)
        })
    });
    // Components, for profiling: sentence split, places, money, dates.
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    let mut j = 0;
    group.bench_function("sentences", |b| {
        b.iter(|| {
            j += 1;
            black_box(wirefeed::text::sentences(texts[j % texts.len()]))
        })
    });
    let money = wirefeed::enrich::money::MoneyMatcher::new().expect("money");
    let dates = wirefeed::enrich::dates::DateMatcher::new().expect("dates");
    group.bench_function("places", |b| {
        b.iter(|| {
            j += 1;
            let t = texts[j % texts.len()];
            let index = wirefeed::text::CharIndex::new(t);
            let ctx = wirefeed::enrich::places::PlaceContext::default();
            black_box(wirefeed::enrich::places::extract(
                &enricher.gazetteer,
                t,
                &index,
                &ctx,
            ))
        })
    });
    group.bench_function("money", |b| {
        b.iter(|| {
            j += 1;
            let t = texts[j % texts.len()];
            let index = wirefeed::text::CharIndex::new(t);
            black_box(money.extract(&enricher.rates, t, &index, None, &[]))
        })
    });
    group.bench_function("dates", |b| {
        b.iter(|| {
            j += 1;
            let t = texts[j % texts.len()];
            let index = wirefeed::text::CharIndex::new(t);
            black_box(dates.extract(t, &index, None))
        })
    });
    group.finish();
}

/// Thread CPU time: the per-core cost of an article, unaffected by other processes competing
/// for the machine's cores (wall time on a loaded machine overstates it).
struct ThreadCpuTime {
    wall: WallTime,
}

fn thread_cpu_ns() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; the clock id is a constant of the platform.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return 0;
    }
    (ts.tv_sec as u64) * 1_000_000_000 + ts.tv_nsec as u64
}

impl Measurement for ThreadCpuTime {
    type Intermediate = u64;
    type Value = u64;
    fn start(&self) -> u64 {
        thread_cpu_ns()
    }
    fn end(&self, start: u64) -> u64 {
        thread_cpu_ns().saturating_sub(start)
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    fn to_f64(&self, v: &u64) -> f64 {
        *v as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        self.wall.formatter()
    }
}

/// The full stage measured in thread CPU time ("enrich_cpu/article_3kb").
fn bench_cpu(c: &mut Criterion<ThreadCpuTime>) {
    let mut enricher = Enricher::new(&EnrichConfig::default()).expect("enricher");
    let articles = articles();
    let mut group = c.benchmark_group("enrich_cpu");
    group.throughput(Throughput::Elements(1));
    let mut i = 0;
    group.bench_function("article_3kb", |b| {
        b.iter(|| {
            let article = &articles[i % articles.len()];
            i += 1;
            let mut event = ArticleEvent::default();
            enricher
                .process(black_box(article), &mut event)
                .expect("process");
            black_box(event)
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_group! {
    name = cpu;
    config = Criterion::default().with_measurement(ThreadCpuTime { wall: WallTime });
    targets = bench_cpu
}
criterion_main!(benches, cpu);
