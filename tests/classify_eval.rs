//! Held-out quality of the bundled corpus. The acceptance target is F1 >= TARGET_F1 (0.92) for
//! every category (`wirefeed eval classify` exits 1 below it). On the fresh held-out split
//! (written after the first one was retired as contaminated, evaluated once) it is not met:
//! military aid 0.706, diplomacy 0.878, casualties 0.926 (docs/classify.md). This test guards
//! against regressions below per-category floors just under those figures instead.

use wirefeed::classify::eval::{evaluate, parse_corpus, BUNDLED_CORPUS, TARGET_F1};
use wirefeed::classify::{Classifier, ClassifyConfig, CATEGORY_NAMES};

/// Per category (military aid, diplomacy, casualties): just below the measured fresh held-out
/// F1, below the target on purpose (see the module comment). Raise them as the rules improve.
const REGRESSION_FLOOR: [f64; 3] = [0.70, 0.87, 0.92];

#[test]
fn heldout_f1_stays_above_the_regression_floor() {
    let corpus = parse_corpus(BUNDLED_CORPUS, "bundled").unwrap();
    let heldout = corpus.iter().filter(|r| r.split == "heldout").count();
    assert!(heldout >= 150, "held-out split too small: {heldout}");
    assert!(corpus.len() >= 300);
    let c = Classifier::new(&ClassifyConfig::default()).unwrap();
    let splits = evaluate(&c, &corpus);
    let h = &splits["heldout"];
    for (ci, conf) in h.confusion.iter().enumerate() {
        eprintln!(
            "{}: held-out F1 {:.3} (target {TARGET_F1})",
            CATEGORY_NAMES[ci],
            conf.f1()
        );
        let floor = REGRESSION_FLOOR[ci];
        assert!(
            conf.f1() >= floor,
            "{}: held-out F1 {:.3} < {floor} ({conf:?})",
            CATEGORY_NAMES[ci],
            conf.f1()
        );
    }
}

#[test]
fn eval_command_reports_all_tables() {
    let mut out = Vec::new();
    let _met = wirefeed::classify::eval::run(None, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    for needle in [
        "split dev",
        "split heldout",
        "precision",
        "military_aid",
        "diplomacy",
        "casualties",
    ] {
        assert!(text.contains(needle), "{needle} missing in:\n{text}");
    }
    assert!(text.contains("PLOVER gold standard ("), "{text}");
}
