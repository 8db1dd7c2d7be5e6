//! Throughput of the NER half of enrichment (entities, quotes, attributions, casualties,
//! triples) on the seed article (~3.9 KB) and on a 3 KB wire-style article, one core.
//!
//! `cargo bench --bench enrich_ner -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use wirefeed::article::Article;
use wirefeed::enrich::{EnrichConfig, Enricher};
use wirefeed::schema::ArticleEvent;

const WIRE: &str = "KYIV, March 3 - A Russian missile strike on Zaporizhzhia killed 14 people and wounded 35 others on Sunday, regional governor Ivan Fedorov said. \
\"This was a deliberate strike on a residential area,\" Fedorov said on Telegram. \
Ukraine's Defence Minister Rustem Umerov said Kyiv had asked Germany for more air defence systems. \
Germany pledged a new air defence package worth €1.5bn to Ukraine on Tuesday, according to Reuters. \
Rescuers found the body of a fifth victim under the rubble, and at least 12 people remain missing. \
The Kremlin said the talks between Putin and Trump would continue, citing two unnamed officials. \
Dozens of people were injured in the blast, which struck a crowded market. No one was killed in a separate attack on Odesa, the city's mayor said.\n";

fn article(body: &str, target: usize) -> Article {
    let mut text = String::new();
    while text.len() < target {
        text.push_str(body);
    }
    Article::new("bench", "Missile Strike Kills 14 in Zaporizhzhia", text)
}

fn bench(c: &mut Criterion) {
    let enricher = Enricher::new(&EnrichConfig::default()).expect("bundled data loads");
    let raw = include_str!("../data/samples/seed_article.txt");
    let (headline, body) = raw.split_once('\n').unwrap_or(("", raw));
    let seed = Article::new("seed", headline.trim_matches('*'), body);
    let wire = article(WIRE, 3000);
    let mut group = c.benchmark_group("enrich_ner");
    for (name, a) in [("seed_3.9kB", &seed), ("wire_3kB", &wire)] {
        group.throughput(Throughput::Bytes(a.text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut event = ArticleEvent::default();
                enricher.enrich(black_box(a), &mut event);
                black_box(event)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
