//! Classification throughput per core on ~3 KB wire articles (target: >= 50,000 articles/s).
//!
//! `cargo bench --bench classify -- --warm-up-time 1 --measurement-time 3`
//! (`CLASSIFY_BENCH_RULES=FILE` benches another rule file, to compare two rule files in one
//! build under the same load.)

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use wirefeed::article::Article;
use wirefeed::classify::eval::{parse_corpus, BUNDLED_CORPUS};
use wirefeed::classify::{Classifier, ClassifyConfig};

/// ~3 KB articles: corpus articles, each padded with the paragraphs of the next ones until
/// it reaches 3,000 bytes (so the mix of categories and hard negatives is the corpus's).
fn articles() -> Vec<Article> {
    let corpus = parse_corpus(BUNDLED_CORPUS, "bundled").expect("bundled corpus");
    let mut out = Vec::new();
    for (i, row) in corpus.iter().enumerate().take(200) {
        let mut body = row.body.clone();
        let mut j = i + 1;
        while body.len() < 3000 {
            let next = &corpus[j % corpus.len()];
            body.push_str("\n\n");
            body.push_str(&next.body);
            j += 1;
        }
        let mut cut = 3000.min(body.len());
        while !body.is_char_boundary(cut) {
            cut -= 1;
        }
        body.truncate(cut);
        out.push(Article::new(row.id.clone(), row.headline.clone(), body));
    }
    out
}

fn bench(c: &mut Criterion) {
    let config = ClassifyConfig {
        rules_path: std::env::var_os("CLASSIFY_BENCH_RULES").map(std::path::PathBuf::from),
        ..ClassifyConfig::default()
    };
    let classifier = Classifier::new(&config).expect("rules");
    let articles = articles();
    let mean = articles.iter().map(|a| a.text.len()).sum::<usize>() / articles.len();
    let mut group = c.benchmark_group("classify");
    group.throughput(Throughput::Elements(articles.len() as u64));
    group.bench_function(
        format!("{}_articles_of_{mean}_bytes", articles.len()),
        |b| {
            b.iter_batched(
                || (),
                |()| {
                    let mut n = 0usize;
                    for a in &articles {
                        n += classifier.classify(a).len();
                    }
                    n
                },
                BatchSize::SmallInput,
            )
        },
    );
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
