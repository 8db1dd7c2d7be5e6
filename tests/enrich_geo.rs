//! Places, money and dates on the seed article and on the labelled corpus.

use chrono::{DateTime, Utc};
use wirefeed::article::Article;
use wirefeed::enrich::{casualties, eval, EnrichConfig, Enricher};
use wirefeed::pipeline::Stage;
use wirefeed::schema::ArticleEvent;

const SEED: &str = include_str!("../data/samples/seed_article.txt");

/// The enriched event of one article published at `published` (RFC 3339).
fn enrich(headline: &str, body: &str, published: &str) -> ArticleEvent {
    let mut article = Article::new("test", headline, body);
    article.published_at = Some(
        DateTime::parse_from_rfc3339(published)
            .unwrap()
            .with_timezone(&Utc),
    );
    let mut enricher = Enricher::new(&EnrichConfig::default()).unwrap();
    let mut event = ArticleEvent::default();
    enricher.process(&article, &mut event).unwrap();
    event
}

fn seed_event() -> ArticleEvent {
    let mut lines = SEED.splitn(2, '\n');
    let headline = lines.next().unwrap_or("").trim().trim_matches('*');
    let body = lines.next().unwrap_or("");
    enrich(headline, body, "2025-04-01T08:00:00Z")
}

/// Great-circle distance in km.
fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}

#[test]
fn seed_article_places_money_dates() {
    let event = seed_event();

    // Kharkiv: within 10 km of the real city, the event location of the drone strike.
    let kharkiv = event
        .locations
        .iter()
        .find(|l| l.name == "Kharkiv")
        .expect("Kharkiv found");
    assert_eq!(kharkiv.country_code, "UA");
    assert!(km(kharkiv.latitude, kharkiv.longitude, 49.98, 36.25) < 10.0);
    assert!(kharkiv.is_event_location);
    let span = &kharkiv.mentions[0];
    let chars: String = event_text()
        .chars()
        .skip(span.start as usize)
        .take((span.end - span.start) as usize)
        .collect();
    assert_eq!(chars, "Kharkiv");
    // Capitals used as metonyms ("Moscow commits", "Moscow has shown") are not places.
    assert!(
        event.locations.iter().all(|l| l.name != "Moscow"),
        "{:?}",
        event.locations
    );

    // One amount: DKK 6.7 billion with the stated USD 970 million.
    assert_eq!(event.amounts.len(), 1, "{:?}", event.amounts);
    let a = &event.amounts[0];
    assert_eq!(a.currency, "DKK");
    assert!((a.value - 6.7e9).abs() < 1.0);
    assert!((a.usd_value - 970e6).abs() < 1.0);
    assert_eq!(a.rate_source, "stated");

    // Dates.
    let find = |text: &str| event.dates.iter().find(|d| d.text == text);
    let m30 = find("March 30").expect("March 30");
    assert_eq!(
        (m30.start.as_str(), m30.end.as_str()),
        ("2025-03-30", "2025-03-30")
    );
    let m18 = find("March 18").expect("March 18");
    assert_eq!(m18.start, "2025-03-18");
    let range = find("from 2025 until 2027").expect("range");
    assert_eq!(
        (range.start.as_str(), range.end.as_str()),
        ("2025-01-01", "2027-12-31")
    );
}

fn event_text() -> String {
    let mut lines = SEED.splitn(2, '\n');
    let headline = lines.next().unwrap_or("").trim().trim_matches('*');
    let body = lines.next().unwrap_or("");
    Article::new("seed", headline, body).text
}

#[test]
fn corpus_places_money_dates_reach_target() {
    let evaluation = eval::evaluate(eval::CORPUS).unwrap();
    let report = &evaluation.all;
    assert!(report.articles >= 150, "{}", report.articles);
    assert!(evaluation.handwritten.articles >= 20);
    for (name, c) in [
        ("places", report.places),
        ("money", report.money),
        ("dates", report.dates),
    ] {
        assert!(c.gold > 50, "{name}: too few labels ({})", c.gold);
        assert!(
            c.precision() >= eval::TARGET && c.recall() >= eval::TARGET,
            "{name}: precision {:.3} recall {:.3}",
            c.precision(),
            c.recall()
        );
    }
}

#[test]
fn eval_command_reports_every_field() {
    let mut out = Vec::new();
    let _pass = eval::run(&[], &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    for field in ["places", "money", "casualties", "dates", "people"] {
        assert!(text.contains(field), "{text}");
    }
}

#[test]
fn pathological_input_finishes() {
    let mut enricher = Enricher::new(&EnrichConfig::default()).unwrap();
    for body in [
        "Kharkiv ".repeat(100_000),
        "9".repeat(1_000_000),
        "$1,".repeat(200_000),
        "March ".repeat(150_000),
        "Ä".repeat(300_000),
        // One sentence of 20,000 reports, and 20,000 one-report incidents.
        "Five people were killed, ".repeat(20_000),
        "Five people were killed, and another wounded. ".repeat(20_000),
    ] {
        let article = Article::new("big", "", body);
        let mut event = ArticleEvent::default();
        enricher.process(&article, &mut event).unwrap();
        assert!(event.casualties.len() <= casualties::MAX_REPORTS_PER_ARTICLE);
    }
}

#[test]
fn casualty_reports_are_capped_per_sentence_and_article() {
    let mut enricher = Enricher::new(&EnrichConfig::default()).unwrap();
    let mut count = |body: String| {
        let article = Article::new("capped", "", body);
        let mut event = ArticleEvent::default();
        enricher.process(&article, &mut event).unwrap();
        event.casualties.len()
    };
    // Below the caps every report is kept.
    assert_eq!(count("Five people were killed, ".repeat(20)), 20);
    assert_eq!(
        count("Five people were killed, ".repeat(100)),
        casualties::MAX_REPORTS_PER_SENTENCE
    );
    assert_eq!(
        count("Five people were killed. ".repeat(1_000)),
        casualties::MAX_REPORTS_PER_ARTICLE
    );
}

mod fuzz {
    use proptest::prelude::*;
    use std::sync::OnceLock;
    use wirefeed::enrich::{currency::Rates, dates::DateMatcher, gazetteer::Gazetteer};
    use wirefeed::enrich::{money::MoneyMatcher, places};
    use wirefeed::text::CharIndex;

    struct Parts {
        gazetteer: Gazetteer,
        rates: Rates,
        money: MoneyMatcher,
        dates: DateMatcher,
    }

    fn parts() -> &'static Parts {
        static PARTS: OnceLock<Parts> = OnceLock::new();
        PARTS.get_or_init(|| Parts {
            gazetteer: Gazetteer::bundled().unwrap(),
            rates: Rates::bundled().unwrap(),
            money: MoneyMatcher::new().unwrap(),
            dates: DateMatcher::new().unwrap(),
        })
    }

    /// Words that exercise every extractor, mixed with arbitrary text.
    fn word() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("Kharkiv".to_string()),
            Just("KHARKIV,".to_string()),
            Just("$".to_string()),
            Just("€1.5bn".to_string()),
            Just("(".to_string()),
            Just(")".to_string()),
            Just("billion".to_string()),
            Just("Danish kroner".to_string()),
            Just("March".to_string()),
            Just("May 32".to_string()),
            Just("2025-02-30".to_string()),
            Just("from 2025 until 2027".to_string()),
            Just("last Tuesday".to_string()),
            Just("’s".to_string()),
            Just("€ village of".to_string()),
            Just("€x of".to_string()),
            Just("the town of Turmus Ayya".to_string()),
            Just("99999999999999999999".to_string()),
            "[0-9,.]{1,12}",
            "\\PC{0,12}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn never_panics_and_spans_are_valid(
            words in proptest::collection::vec(word(), 0..40),
            day in 0u32..20000,
        ) {
            let text = words.join(" ");
            let p = parts();
            let index = CharIndex::new(&text);
            let chars = text.chars().count() as u32;
            let date = chrono::NaiveDate::from_num_days_from_ce_opt(730_000 + day as i32);
            let hints = vec!["UA".to_string()];
            let ctx = places::PlaceContext { country_hints: &hints, body_start: 0, sentences: None };
            let found = places::extract(&p.gazetteer, &text, &index, &ctx);
            for loc in &found {
                for m in &loc.mentions {
                    prop_assert!(m.start < m.end && m.end <= chars);
                }
            }
            let sentences = wirefeed::text::sentences(&text);
            for loc in places::unlisted(&text, &index, &sentences, &found, &[], &|_| false) {
                prop_assert!(loc.unlisted && loc.geoname_id == 0);
                for m in &loc.mentions {
                    prop_assert!(m.start < m.end && m.end <= chars);
                }
            }
            for a in p.money.extract(&p.rates, &text, &index, date, &hints) {
                let s = a.span.unwrap();
                prop_assert!(s.start < s.end && s.end <= chars);
                prop_assert!(a.value.is_finite() && a.value > 0.0 && a.usd_value.is_finite());
            }
            for d in p.dates.extract(&text, &index, date) {
                prop_assert!(d.start <= d.end, "{d:?}");
            }
        }
    }
}

#[test]
fn config_paths_override_and_validate_data() {
    let dir = tempfile::tempdir().unwrap();
    let cities = dir.path().join("cities.tsv");
    std::fs::write(
        &cities,
        "# test gazetteer\n1\tTestville\t\t\tUA\t07\t50.0\t36.0\t20000\n",
    )
    .unwrap();
    let config = EnrichConfig {
        cities_path: Some(cities.clone()),
        ..Default::default()
    };
    let mut enricher = Enricher::new(&config).unwrap();
    let article = Article::new(
        "t",
        "",
        "A drone struck a school in Testville and in Kharkiv.",
    );
    let mut event = ArticleEvent::default();
    enricher.process(&article, &mut event).unwrap();
    let names: Vec<&str> = event.locations.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, vec!["Testville"]);

    std::fs::write(&cities, "1\tBroken\t\t\tUKR\t07\t50\t36\t1\n").unwrap();
    let err = Enricher::new(&config).err().unwrap().to_string();
    assert!(
        err.contains("line 1") && err.contains("country code"),
        "{err}"
    );
    let missing = EnrichConfig {
        ecb_rates_path: Some(dir.path().join("nope.csv")),
        ..Default::default()
    };
    let err = Enricher::new(&missing).err().unwrap().to_string();
    assert!(err.contains("nope.csv"), "{err}");
}

/// Places of a one-off article, as (name, country, unlisted, event) rows.
fn places_of(body: &str) -> Vec<(String, String, bool, bool)> {
    enrich("", body, "2026-11-25T10:00:00Z")
        .locations
        .iter()
        .map(|l| {
            (
                l.name.clone(),
                l.country_code.clone(),
                l.unlisted,
                l.is_event_location,
            )
        })
        .collect()
}

#[test]
fn settlements_outside_the_gazetteer_are_unlisted_places() {
    let row = |name: &str, cc: &str, event: bool| (name.to_string(), cc.to_string(), true, event);
    let places = places_of(
        "RAMALLAH, West Bank (Reuters) - Israeli settlers attacked the village of Turmus Ayya \
         north of Ramallah on Saturday, setting cars on fire. Residents of Turmus Ayya said \
         the army did not intervene.",
    );
    // The country of the nearest resolved place (Ramallah); a later bare mention joins it.
    assert!(
        places.contains(&row("Turmus Ayya", "PS", true)),
        "{places:?}"
    );
    // A named country in the sentence beats the demonym ("Israeli") and earlier places.
    let places = places_of(
        "BEIRUT (Reuters) - An Israeli air strike on a house in the village of Aitaroun in \
         southern Lebanon killed two people. Gunmen killed 22 villagers in the village of Dani \
         Fari near Tillabéri, Niger said.",
    );
    assert!(places.contains(&row("Aitaroun", "LB", true)), "{places:?}");
    assert!(places.contains(&row("Dani Fari", "NE", true)), "{places:?}");
    // Places the gazetteer resolves are not repeated as unlisted; a mere mention is no event.
    let places =
        places_of("Officials met in the town of Kharkiv. The hamlet of El Carmelo is quiet.");
    assert!(
        places.iter().any(|p| p.0 == "Kharkiv" && !p.2),
        "{places:?}"
    );
    assert!(
        places.contains(&row("El Carmelo", "UA", false)),
        "{places:?}"
    );
    assert_eq!(places.iter().filter(|p| p.2).count(), 1, "{places:?}");
}

#[test]
fn held_out_round_pooled_meets_the_target() {
    let pooled = eval::evaluate(&eval::HELD_OUT.1.concat()).unwrap().all;
    let parts: Vec<_> = eval::HELD_OUT
        .1
        .iter()
        .map(|set| eval::evaluate(set).unwrap().all)
        .collect();
    // Pooling sums the counts of the sets (micro-averaging).
    assert_eq!(
        pooled.articles,
        parts.iter().map(|p| p.articles).sum::<usize>()
    );
    assert!(pooled.articles >= 150, "{}", pooled.articles);
    type Field = fn(&eval::Report) -> eval::Counts;
    let fields: [(&str, Field); 4] = [
        ("places", |r| r.places),
        ("money", |r| r.money),
        ("casualties", |r| r.casualties),
        ("dates", |r| r.dates),
    ];
    for (name, field) in fields {
        let c = field(&pooled);
        let sum = |f: fn(&eval::Counts) -> usize| parts.iter().map(|p| f(&field(p))).sum::<usize>();
        assert_eq!(
            (c.gold, c.predicted, c.correct),
            (sum(|c| c.gold), sum(|c| c.predicted), sum(|c| c.correct)),
            "{name}"
        );
        assert!(
            c.precision() >= eval::TARGET && c.recall() >= eval::TARGET,
            "{name}: precision {:.3} recall {:.3}",
            c.precision(),
            c.recall()
        );
    }
}
