//! Held-out quality of the bundled corpus. The acceptance target is F1 >= TARGET_F1 (0.92) for
//! every category on each acceptance split (`heldout3`, `heldout7`, `heldout8`; `wirefeed eval
//! classify` exits 1 below it). Splits are measured once per round and then retired into
//! development material (docs/classify.md). Fifth round, single measurement: `heldout3`
//! 0.979 / 0.964 / 0.977, `heldout7` 0.951 / 0.943 / 0.995, `heldout8` 0.921 / 0.971 / 0.969
//! (military aid / diplomacy / casualties). This test asserts the target on each acceptance
//! split, and regression floors just under the measured figures.

use wirefeed::classify::eval::{
    evaluate, parse_corpus, ACCEPTANCE_SPLITS, BUNDLED_CORPUS, TARGET_F1,
};
use wirefeed::classify::{Classifier, ClassifyConfig, CATEGORY_NAMES};

/// Per acceptance split, per category (military aid, diplomacy, casualties): just below the
/// measured F1. Raise them as the classifier improves.
const REGRESSION_FLOOR: [(&str, [f64; 3]); 3] = [
    ("heldout3", [0.97, 0.96, 0.97]),
    ("heldout7", [0.95, 0.94, 0.99]),
    ("heldout8", [0.92, 0.97, 0.96]),
];

#[test]
fn acceptance_splits_meet_the_target_and_the_regression_floor() {
    let corpus = parse_corpus(BUNDLED_CORPUS, "bundled").unwrap();
    assert!(corpus.len() >= 300);
    let c = Classifier::new(&ClassifyConfig::default()).unwrap();
    let splits = evaluate(&c, &corpus);
    assert_eq!(
        REGRESSION_FLOOR.map(|(s, _)| s),
        ACCEPTANCE_SPLITS,
        "every acceptance split has floors"
    );
    for (split, floors) in REGRESSION_FLOOR {
        let n = corpus.iter().filter(|r| r.split == split).count();
        assert!(n >= 150, "{split} split too small: {n}");
        let h = &splits[split];
        for (ci, conf) in h.confusion.iter().enumerate() {
            eprintln!(
                "{split} {}: F1 {:.3} (target {TARGET_F1})",
                CATEGORY_NAMES[ci],
                conf.f1()
            );
            let floor = floors[ci].max(TARGET_F1);
            assert!(
                conf.f1() >= floor,
                "{split} {}: F1 {:.3} < {floor} ({conf:?})",
                CATEGORY_NAMES[ci],
                conf.f1()
            );
        }
    }
}

#[test]
fn eval_command_reports_all_tables() {
    let mut out = Vec::new();
    let _met = wirefeed::classify::eval::run(None, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    for needle in [
        "split dev",
        "split heldout3 (",
        "split heldout7 (",
        "split heldout8 (",
        "split heldout5_retired (",
        "split heldout6_retired (",
        "split heldout2_retired (",
        "split heldout4_retired (",
        "precision",
        "military_aid",
        "diplomacy",
        "casualties",
        "target: F1 >= 0.92 per category on heldout3:",
        "target: F1 >= 0.92 per category on heldout7:",
        "target: F1 >= 0.92 per category on heldout8:",
    ] {
        assert!(text.contains(needle), "{needle} missing in:\n{text}");
    }
    assert!(text.contains("PLOVER gold standard ("), "{text}");
}
