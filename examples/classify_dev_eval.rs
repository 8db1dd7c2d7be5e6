//! Article-level check of a rule file on a tuning JSONL (the corpus format), without
//! rebuilding: prints the confusion counts per category and the ids of the wrong articles.
//! Only tuning material is accepted: `dev` and the retired held-out splits ([`TUNING_SPLITS`]);
//! rows of an acceptance split are refused. `--plover` also scores the PLOVER gold-standard
//! sentences with the same rules (a transfer measure; not for tuning).
//!
//! `cargo run --release --example classify_dev_eval -- /tmp/dev.jsonl [--rules FILE] [--errors]`
use wirefeed::classify::eval::{evaluate, evaluate_plover, parse_corpus, PLOVER_PATH};
use wirefeed::classify::{Classifier, ClassifyConfig};

/// Splits that may be used for tuning: dev and the held-out splits retired into development
/// material (their errors have been inspected).
const TUNING_SPLITS: [&str; 6] = [
    "dev",
    "heldout2_retired",
    "heldout4_retired",
    "heldout_retired",
    "heldout5_retired",
    "heldout6_retired",
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .cloned()
        .unwrap_or_else(|| "/tmp/dev.jsonl".into());
    let rules_path = args
        .iter()
        .position(|a| a == "--rules")
        .and_then(|i| args.get(i + 1))
        .map(std::path::PathBuf::from);
    let show_errors = args.iter().any(|a| a == "--errors");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let corpus = parse_corpus(&text, &path).expect("corpus");
    assert!(
        corpus
            .iter()
            .all(|r| TUNING_SPLITS.contains(&r.split.as_str())),
        "{path}: tuning rows only ({TUNING_SPLITS:?}; acceptance rows are never used for tuning)"
    );
    let config = ClassifyConfig {
        rules_path,
        ..ClassifyConfig::default()
    };
    let c = Classifier::new(&config).expect("rules");
    for (split, r) in evaluate(&c, &corpus) {
        println!("split {split} ({} articles)", r.articles);
        print_confusion(&r.confusion);
        if show_errors {
            for (id, cat, kind) in &r.errors {
                println!("  {kind} {cat} {id}");
            }
        }
    }
    if args.iter().any(|a| a == "--plover") {
        match evaluate_plover(&c, std::path::Path::new(PLOVER_PATH)).expect("plover") {
            Some((n, confusion)) => {
                println!("PLOVER ({n} sentences)");
                print_confusion(&confusion);
            }
            None => println!("PLOVER: {PLOVER_PATH} not found"),
        }
    }
}

/// One line per category: the confusion counts, precision, recall and F1.
fn print_confusion(confusion: &[wirefeed::classify::eval::Confusion]) {
    for (name, conf) in wirefeed::classify::CATEGORY_NAMES.iter().zip(confusion) {
        println!(
            "  {name:<13} tp {} fp {} fn {} tn {}  P {:.3} R {:.3} F1 {:.3}",
            conf.tp,
            conf.fp,
            conf.fn_,
            conf.tn,
            conf.precision(),
            conf.recall(),
            conf.f1()
        );
    }
}
