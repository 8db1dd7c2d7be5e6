//! The seed article gets all three categories, each with the right evidence sentences.

use wirefeed::article::Article;
use wirefeed::classify::{Classifier, ClassifyConfig};
use wirefeed::schema::v1::Category;

fn seed() -> Article {
    let raw = include_str!("../data/samples/seed_article.txt");
    let (first, body) = raw.split_once('\n').unwrap_or((raw, ""));
    let headline = first.trim().trim_matches('*');
    Article::new("seed", headline, body)
}

#[test]
fn seed_article_gets_three_categories_with_evidence() {
    let article = seed();
    let c = Classifier::new(&ClassifyConfig::default()).unwrap();
    let got = c.classify(&article);
    let chars: Vec<char> = article.text.chars().collect();
    let find = |cat: Category| {
        got.iter()
            .find(|a| a.category == cat as i32)
            .unwrap_or_else(|| panic!("{cat:?} not assigned: {got:#?}"))
    };
    for a in &got {
        assert!((0.0..=1.0).contains(&a.score));
        assert!(a.score >= 0.5);
        for e in &a.evidence {
            // Char offsets into article.text, and the text they cover.
            let span: String = chars[e.start as usize..e.end as usize].iter().collect();
            assert_eq!(span, e.text);
        }
    }
    let has =
        |cat: Category, needle: &str| find(cat).evidence.iter().any(|e| e.text.contains(needle));

    assert!(has(Category::MilitaryAid, "6.7 billion Danish kroner"));
    assert!(has(Category::MilitaryAid, "artillery capabilities"));
    let aid = find(Category::MilitaryAid);
    assert!(aid.cameo_codes.contains(&"072".to_string()));
    assert!(aid.plover_codes.contains(&"AID".to_string()));

    assert!(has(
        Category::Diplomacy,
        "The phone call between the two leaders"
    ));
    assert!(has(Category::Diplomacy, "ceasefire"));
    let dip = find(Category::Diplomacy);
    assert!(
        dip.cameo_codes.contains(&"041".to_string()),
        "{:?}",
        dip.cameo_codes
    );
    assert!(dip.plover_codes.contains(&"CONSULT".to_string()));

    assert!(has(Category::Casualties, "body of a third victim"));
    let cas = find(Category::Casualties);
    assert!(
        cas.cameo_codes.contains(&"1952".to_string()),
        "{:?}",
        cas.cameo_codes
    );
    // Evidence is specific: the business paragraph is not evidence of anything.
    for a in &got {
        assert!(!a
            .evidence
            .iter()
            .any(|e| e.text.contains("American businesses")));
    }
}

#[test]
fn classification_is_deterministic() {
    let article = seed();
    let c = Classifier::new(&ClassifyConfig::default()).unwrap();
    let first = c.classify(&article);
    for _ in 0..3 {
        assert_eq!(c.classify(&article), first);
    }
    let c2 = Classifier::new(&ClassifyConfig::default()).unwrap();
    assert_eq!(c2.classify(&article), first);
}
