//! Sentence-level check of the rules, for tuning on DEV material only: reads JSONL lines
//! `{"text": "...", "category": "military_aid", "gold": true}` (e.g. written by
//! `python3 scripts/classify/dev_sentences.py`) and prints every sentence whose prediction for
//! its category differs from the gold label, with the rule trace, then the counts.
//!
//! `cargo run --release --example classify_sentences -- /tmp/dev_sentences.jsonl [--explain]
//! [--rules data/classify/rules.toml]` (`--rules` loads a rule file at run time, so rule edits
//! need no rebuild).
use wirefeed::article::Article;
use wirefeed::classify::{Classifier, ClassifyConfig, CATEGORY_NAMES};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "/tmp/dev_sentences.jsonl".into());
    let rest: Vec<String> = args.collect();
    let explain = rest.iter().any(|a| a == "--explain");
    let rules_path = rest
        .iter()
        .position(|a| a == "--rules")
        .and_then(|i| rest.get(i + 1))
        .map(std::path::PathBuf::from);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let config = ClassifyConfig {
        rules_path,
        ..ClassifyConfig::default()
    };
    let c = Classifier::new(&config).expect("rules");
    let mut counts = [[0u32; 4]; 3]; // tp fp fn tn
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("json line");
        let sentence = v["text"].as_str().unwrap_or("");
        let cat = v["category"].as_str().unwrap_or("");
        let gold = v["gold"].as_bool().unwrap_or(false);
        let Some(ci) = CATEGORY_NAMES.iter().position(|n| *n == cat) else {
            continue;
        };
        let a = Article::new("s", "", sentence);
        let r = c.analyze(&a.text, a.body_start);
        let got = r[ci].assigned;
        let k = match (gold, got) {
            (true, true) => 0,
            (false, true) => 1,
            (true, false) => 2,
            (false, false) => 3,
        };
        counts[ci][k] += 1;
        if gold != got {
            println!(
                "{} {cat} raw {:.2}: {sentence}",
                if gold { "FN" } else { "FP" },
                r[ci].raw
            );
            if explain {
                print!("{}", c.explain(sentence));
            }
        }
    }
    for (ci, n) in CATEGORY_NAMES.iter().enumerate() {
        let [tp, fp, fn_, tn] = counts[ci];
        println!("{n}: tp {tp} fp {fp} fn {fn_} tn {tn}");
    }
}
