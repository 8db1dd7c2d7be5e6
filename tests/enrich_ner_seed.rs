//! The seed article's acceptance expectations for people, organisations, countries, quotes,
//! attributions, casualties and triples.

use wirefeed::article::Article;
use wirefeed::enrich::{entities, EnrichConfig, Enricher};
use wirefeed::schema::v1::{AttributionKind, CasualtyKind, Category, Entity, EntityKind};
use wirefeed::schema::ArticleEvent;

fn seed_event() -> (Article, ArticleEvent) {
    let raw = include_str!("../data/samples/seed_article.txt");
    let (headline, body) = raw.split_once('\n').expect("headline line");
    let headline = headline.trim().trim_matches('*');
    let article = Article::new("seed", headline, body.trim());
    let enricher = Enricher::new(&EnrichConfig::default()).expect("bundled data loads");
    let mut event = ArticleEvent::default();
    enricher.enrich(&article, &mut event);
    (article, event)
}

fn person<'e>(event: &'e ArticleEvent, name: &str) -> &'e Entity {
    event
        .entities
        .iter()
        .find(|e| e.kind == EntityKind::Person as i32 && e.name == name)
        .unwrap_or_else(|| panic!("person {name} not found in {:#?}", names(event)))
}

fn names(event: &ArticleEvent) -> Vec<String> {
    event
        .entities
        .iter()
        .map(|e| format!("{}:{}", e.kind, e.name))
        .collect()
}

#[test]
fn people_with_roles_and_countries() {
    let (_, event) = seed_event();
    let expect = [
        ("Donald Trump", "President", "US"),
        ("Vladimir Putin", "President", "RU"),
        ("Volodymyr Zelensky", "President", "UA"),
        ("Keith Kellogg", "special envoy for Ukraine", "US"),
        ("Jan Lipavsky", "Foreign Minister", "CZ"),
    ];
    for (name, role, cc) in expect {
        let p = person(&event, name);
        assert_eq!(p.role, role, "{name}");
        assert_eq!(p.country_code, cc, "{name}");
    }
    let dmitriev = person(&event, "Kirill Dmitriev");
    assert!(!dmitriev.role.is_empty());
    assert_eq!(dmitriev.country_code, "RU");
    // Surname-only mentions resolve to the full name: "Putin" appears alone several times.
    assert!(person(&event, "Vladimir Putin").mentions.len() >= 4);
    assert!(person(&event, "Donald Trump").mentions.len() >= 4);
    // No stray people from headline words or sentence starts.
    let people: Vec<&str> = event
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person as i32)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(people.len(), 6, "{people:?}");
}

#[test]
fn mention_spans_are_char_offsets_into_the_text() {
    let (article, event) = seed_event();
    let chars: Vec<char> = article.text.chars().collect();
    for e in &event.entities {
        for m in &e.mentions {
            let got: String = chars[m.start as usize..m.end as usize].iter().collect();
            assert_eq!(got, m.text, "{}", e.name);
        }
    }
    // "Trump’s" in the headline: the mention excludes the possessive.
    let trump = person(&event, "Donald Trump");
    assert!(trump
        .mentions
        .iter()
        .any(|m| m.start == 0 && m.text == "Trump"));
}

#[test]
fn the_eight_countries_and_organisations() {
    let (_, event) = seed_event();
    let codes = entities::country_codes(&event.entities);
    for cc in ["US", "RU", "UA", "CA", "NO", "NL", "DK", "CZ"] {
        assert!(
            codes.contains(&cc.to_string()),
            "{cc} missing from {codes:?}"
        );
    }
    // Most mentioned first: Ukraine.
    assert_eq!(codes.first().map(String::as_str), Some("UA"));
    for org in ["NATO", "NBC News", "Financial Times"] {
        assert!(
            event
                .entities
                .iter()
                .any(|e| e.kind == EntityKind::Organization as i32 && e.name == org),
            "{org} missing"
        );
    }
    let moscow_is_russia = event
        .entities
        .iter()
        .find(|e| e.country_code == "RU" && e.kind == EntityKind::Country as i32)
        .is_some_and(|e| e.mentions.iter().any(|m| m.text == "Moscow"));
    assert!(moscow_is_russia);
}

#[test]
fn zelensky_quote_and_attributions() {
    let (_, event) = seed_event();
    let q = event
        .quotes
        .iter()
        .find(|q| q.text.starts_with("These are Ukrainian territories"))
        .expect("Zelensky quote");
    assert_eq!(q.speaker, "Volodymyr Zelensky");
    assert!(q.text.ends_with("temporary occupation of territories"));
    // Scare quotes are not quotes.
    assert!(!event
        .quotes
        .iter()
        .any(|q| q.text.contains("reassurance force")));

    let has = |source: &str, kind: AttributionKind| {
        event
            .attributions
            .iter()
            .any(|a| a.source == source && a.kind == kind as i32)
    };
    assert!(has("NBC News", AttributionKind::Outlet));
    assert!(has("two unnamed officials", AttributionKind::Anonymous));
    assert!(has("Financial Times", AttributionKind::Outlet));
    assert!(has("Kirill Dmitriev", AttributionKind::Official));
    assert!(has("Jan Lipavsky", AttributionKind::Official));
    // "The officials cited by NBC News say that Trump ...": the outlet, not Trump.
    assert!(event
        .attributions
        .iter()
        .any(|a| a.source == "NBC News" && a.text.contains("cited by")));
    assert!(!event
        .attributions
        .iter()
        .any(|a| a.source == "Donald Trump"));
    // The headline's "Citing Ukraine Ceasefire Concerns" names no source.
    assert!(!event.attributions.iter().any(|a| a.source == "Ukraine"));
}

#[test]
fn kharkiv_casualties_and_triples() {
    let (_, event) = seed_event();
    let killed = event
        .casualties
        .iter()
        .find(|c| c.kind == CasualtyKind::Killed as i32)
        .expect("killed report");
    assert_eq!(killed.count, 3);
    assert!(killed.at_least);
    assert_eq!(killed.location, "Kharkiv");
    assert_eq!(event.casualty_summary.as_ref().map(|s| s.killed), Some(3));

    let find = |cat: Category, actor: &str, target: &str| {
        event
            .triples
            .iter()
            .find(|t| t.category == cat as i32 && t.actor == actor && t.target == target)
            .unwrap_or_else(|| panic!("{actor} -> {target} missing: {:#?}", event.triples))
    };
    let aid = find(Category::MilitaryAid, "Denmark", "Ukraine");
    assert!(
        aid.amount.contains("6.7 billion") && aid.amount.contains("970 million"),
        "{}",
        aid.amount
    );
    let call = find(Category::Diplomacy, "Donald Trump", "Vladimir Putin");
    assert_eq!(call.action, "phone call");
    assert!(
        call.date.contains("March 18") || call.date.ends_with("-03-18"),
        "{}",
        call.date
    );
    let strike = find(Category::Casualties, "Russia", "Kharkiv");
    assert_eq!(strike.action, "drone strike");
    assert_eq!(strike.count, 3);
}
