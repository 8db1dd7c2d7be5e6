//! Classification throughput in articles per CPU-second of this thread (independent of other
//! load on the machine), per phase, on the same ~3 KB articles as `benches/classify.rs`.
//!
//! `cargo run --release --example classify_profile [-- --rules FILE]` (`--rules` loads another
//! rule file, to compare two rule files in one build under the same load).
use wirefeed::article::Article;
use wirefeed::classify::eval::{parse_corpus, BUNDLED_CORPUS};
use wirefeed::classify::{Classifier, ClassifyConfig};

/// This thread's CPU time in seconds (utime + stime from /proc, 100 Hz ticks; Linux only).
fn thread_cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
    let rest = stat.rsplit_once(')').map(|x| x.1).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11).and_then(|x| x.parse().ok()).unwrap_or(0.0)
        + f.get(12).and_then(|x| x.parse().ok()).unwrap_or(0.0);
    ticks / 100.0
}

fn articles() -> Vec<Article> {
    let corpus = parse_corpus(BUNDLED_CORPUS, "bundled").expect("corpus");
    let mut arts = Vec::new();
    for (i, row) in corpus.iter().enumerate().take(200) {
        let mut body = row.body.clone();
        let mut j = i + 1;
        while body.len() < 3000 {
            body.push_str("\n\n");
            body.push_str(&corpus[j % corpus.len()].body);
            j += 1;
        }
        let mut cut = 3000;
        while !body.is_char_boundary(cut) {
            cut -= 1;
        }
        body.truncate(cut);
        arts.push(Article::new(row.id.clone(), row.headline.clone(), body));
    }
    arts
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rules_path = args
        .iter()
        .position(|a| a == "--rules")
        .and_then(|i| args.get(i + 1))
        .map(std::path::PathBuf::from);
    let config = ClassifyConfig {
        rules_path,
        ..ClassifyConfig::default()
    };
    let c = Classifier::new(&config).expect("rules");
    let arts = articles();
    let phase = |name: &str, seconds: f64, f: &dyn Fn(&Article) -> usize| {
        let start = thread_cpu();
        let mut n = 0usize;
        let mut k = 0usize;
        while thread_cpu() - start < seconds {
            for a in &arts {
                k += f(a);
            }
            n += arts.len();
        }
        let cpu = thread_cpu() - start;
        println!(
            "{name}: {:.0} articles per CPU-second ({n} articles in {cpu:.2} s CPU; checksum {k})",
            n as f64 / cpu
        );
    };
    phase("sentence split", 2.0, &|a| {
        wirefeed::text::sentences(&a.text).len()
    });
    phase("automaton scan (with lowercasing)", 2.0, &|a| {
        c.rules()
            .automaton
            .find_overlapping_iter(a.text.to_ascii_lowercase().as_str())
            .count()
    });
    phase("classify (whole stage)", 5.0, &|a| c.classify(a).len());
}
