//! Dedup throughput and memory: fingerprint + lookup + insert of new ~3 KB articles, one core,
//! with 1 million articles already remembered (the capacity bound, so every insert also evicts
//! the oldest: the steady state).
//!
//! `cargo bench --bench dedup -- --warm-up-time 1 --measurement-time 3`
//!
//! Memory is measured with a counting global allocator: live heap bytes after filling the index,
//! minus before, divided by the number of remembered articles. The index is filled through
//! `apply_remote` with synthetic fingerprint records (the restore path), which is fast.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use chrono::{TimeZone, Utc};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use wirefeed::article::Article;
use wirefeed::dedup::{DedupConfig, Deduplicator, RememberedArticle, StateRecord};
use wirefeed::pipeline::Stage;
use wirefeed::schema::{timestamp, ArticleEvent};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const ARTICLES: usize = 1_000_000;

fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

const VOCAB: &[&str] = &[
    "the",
    "said",
    "ministry",
    "forces",
    "on",
    "a",
    "of",
    "in",
    "to",
    "and",
    "city",
    "region",
    "officials",
    "talks",
    "ceasefire",
    "president",
    "drones",
    "attack",
    "overnight",
    "air",
    "defence",
    "killed",
    "wounded",
    "package",
    "billion",
    "euros",
    "dollars",
    "sanctions",
    "minister",
    "statement",
    "Monday",
    "Tuesday",
    "week",
    "government",
    "border",
    "troops",
    "shelling",
    "energy",
    "grid",
    "port",
    "grain",
    "exports",
    "tanker",
    "fleet",
    "parliament",
    "vote",
    "budget",
    "election",
    "agency",
    "report",
    "according",
    "sources",
    "people",
    "familiar",
    "matter",
    "told",
    "reporters",
    "spokesperson",
    "infrastructure",
    "damaged",
];

/// A distinct ~3 KB article for `n` (sentences of random vocabulary words).
fn article(n: u64) -> Article {
    let mut x = mix(n ^ 0xABCD);
    let mut body = String::with_capacity(3200);
    let mut words = 0;
    while body.len() < 3000 {
        x = mix(x);
        let w = VOCAB[(x % VOCAB.len() as u64) as usize];
        body.push_str(w);
        words += 1;
        if words % 17 == 0 {
            body.push_str(". ");
        } else if words % 90 == 0 {
            body.push_str(".\n");
        } else {
            body.push(' ');
        }
    }
    let mut a = Article::new(format!("bench-{n}"), format!("Headline {n}"), body);
    a.source = format!("Source {}", n % 50);
    a.published_at = Some(Utc.with_ymd_and_hms(2025, 4, 1, 12, 0, 0).unwrap());
    a
}

fn filled() -> (Deduplicator, usize) {
    let before_new = LIVE.load(Ordering::Relaxed);
    let mut d = Deduplicator::new(DedupConfig {
        capacity: ARTICLES,
        ..Default::default()
    })
    .expect("config");
    // The fixed part (compiled boilerplate rules, the initial small index) is not per article.
    let before = LIVE.load(Ordering::Relaxed);
    let t = Utc
        .with_ymd_and_hms(2025, 4, 1, 0, 0, 0)
        .unwrap()
        .timestamp()
        / 60;
    let started = Instant::now();
    for n in 0..ARTICLES as u64 {
        let h = mix(n);
        let mut sig = [0u16; 32];
        let mut s = mix(h);
        for x in &mut sig {
            s = mix(s);
            *x = s as u16;
        }
        let article = mix(h ^ 1);
        d.apply_remote(&StateRecord::Upsert(RememberedArticle {
            exact: h,
            article,
            story: article,
            sig: Some(sig),
            exact_first: true,
            time_minutes: t as u32 + (n / 1000) as u32,
            source: (n % 100) as u32 + 1,
            id: format!("urn:wire:{n:012}"),
        }));
    }
    let fill = started.elapsed();
    let bytes = LIVE.load(Ordering::Relaxed) - before;
    eprintln!(
        "dedup: empty Deduplicator {} bytes; filled {} articles in {:.2?} ({:.0}/s); heap +{} \
         bytes = {:.1} bytes/article (from capacities: {:.1} bytes/article)",
        before - before_new,
        d.len(),
        fill,
        d.len() as f64 / fill.as_secs_f64(),
        bytes,
        bytes as f64 / d.len() as f64,
        d.memory_bytes() as f64 / d.len() as f64
    );
    (d, bytes)
}

fn bench(c: &mut Criterion) {
    let (mut d, _) = filled();
    let mut g = c.benchmark_group("dedup");
    g.throughput(Throughput::Elements(1));
    let mut n = 10_000_000u64;
    g.bench_function("process_new_3kb_article_1m_index", |b| {
        b.iter_batched(
            || {
                n += 1;
                let a = article(n);
                let ev = ArticleEvent {
                    processed_at: a.published_at.map(timestamp),
                    ..Default::default()
                };
                (a, ev)
            },
            |(a, mut ev)| {
                black_box(d.process(&a, &mut ev).expect("process"));
                ev
            },
            BatchSize::SmallInput,
        )
    });
    let sample = article(1);
    g.bench_function("fingerprint_3kb_article", |b| {
        b.iter(|| black_box(d.fingerprint(&sample.headline, &sample.body)))
    });
    g.finish();
    eprintln!(
        "dedup: {} remembered after the run, {:.1} bytes/article from capacities",
        d.len(),
        d.memory_bytes() as f64 / d.len() as f64
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
