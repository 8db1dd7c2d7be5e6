//! Hard cases for each NER extractor, on short invented wire-style texts.

use wirefeed::article::Article;
use wirefeed::enrich::{EnrichConfig, Enricher};
use wirefeed::schema::v1::{
    AttributionKind, CasualtyKind, CasualtyReport, Category, Entity, EntityKind,
};
use wirefeed::schema::ArticleEvent;

/// One enricher for all cases: loading the gazetteer is the slow part.
fn enricher() -> &'static Enricher {
    static ENRICHER: std::sync::OnceLock<Enricher> = std::sync::OnceLock::new();
    ENRICHER.get_or_init(|| Enricher::new(&EnrichConfig::default()).expect("bundled data loads"))
}

fn run(headline: &str, body: &str) -> ArticleEvent {
    let mut event = ArticleEvent::default();
    enricher().enrich(&Article::new("t", headline, body), &mut event);
    event
}

fn people(e: &ArticleEvent) -> Vec<&Entity> {
    e.entities
        .iter()
        .filter(|x| x.kind == EntityKind::Person as i32)
        .collect()
}

fn person<'e>(e: &'e ArticleEvent, name: &str) -> &'e Entity {
    people(e)
        .into_iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| {
            panic!(
                "{name} not in {:?}",
                people(e).iter().map(|p| &p.name).collect::<Vec<_>>()
            )
        })
}

fn reports(e: &ArticleEvent, kind: CasualtyKind) -> Vec<&CasualtyReport> {
    e.casualties
        .iter()
        .filter(|c| c.kind == kind as i32)
        .collect()
}

// ---- people -----------------------------------------------------------------------------

#[test]
fn unseen_names_with_titles_and_demonyms() {
    let e = run(
        "",
        "Polish Defence Minister Tomasz Wrenk said the brigade would move east. \
         Wrenk added that more shells were due.",
    );
    let p = person(&e, "Tomasz Wrenk");
    assert_eq!(p.role, "Defence Minister");
    assert_eq!(p.country_code, "PL");
    assert_eq!(p.mentions.len(), 2, "surname-only mention resolves");
}

#[test]
fn appositive_roles_and_speech_verbs() {
    let e = run(
        "",
        "Marta Kovalenko, the regional governor, said power was restored. \
         Later, said Ostap Dzhura, the repairs would take a week. Kovalenko told reporters it was calm.",
    );
    assert_eq!(person(&e, "Marta Kovalenko").role, "regional governor");
    assert_eq!(person(&e, "Marta Kovalenko").mentions.len(), 2);
    person(&e, "Ostap Dzhura");
}

#[test]
fn spelling_variants_merge_into_one_canonical_person() {
    let e = run(
        "",
        "President Volodymyr Zelenskyy met European leaders in Brussels. Zelenskiy said the talks went well. \
         Zelensky later flew home.",
    );
    let z = person(&e, "Volodymyr Zelensky");
    assert_eq!(z.mentions.len(), 3);
    assert_eq!(people(&e).len(), 1);
}

#[test]
fn capitalised_non_names_are_not_people() {
    let e = run(
        "Black Sea Fleet Moves Ships Out Of Crimea Port",
        "On Monday, Black Sea Fleet vessels left port. Eastern Europe braced for winter. \
         In March, The Hague Court Registry said nothing. However Ukraine said it had sunk a patrol boat.",
    );
    assert!(
        people(&e).is_empty(),
        "{:?}",
        people(&e).iter().map(|p| &p.name).collect::<Vec<_>>()
    );
}

#[test]
fn shared_surnames_do_not_resolve() {
    let e = run(
        "",
        "Foreign Minister Anna Novak said the embassy would reopen. Interior Minister Petr Novak said police were ready. \
         Novak declined to comment further.",
    );
    assert_eq!(person(&e, "Anna Novak").mentions.len(), 1);
    assert_eq!(person(&e, "Petr Novak").mentions.len(), 1);
}

// ---- organisations and countries ----------------------------------------------------------

#[test]
fn ministries_armed_groups_and_metonyms() {
    let e = run(
        "",
        "The Danish Defence Ministry said Moscow has refused the offer. Kyiv said Washington agreed. \
         Hamas and Hezbollah fighters were not involved, and RSF units stayed in Darfur. \
         The Ministry of Foreign Affairs of Ukraine issued a statement.",
    );
    let org = |name: &str| {
        e.entities
            .iter()
            .find(|x| x.kind == EntityKind::Organization as i32 && x.name == name)
            .unwrap_or_else(|| {
                panic!(
                    "{name} missing: {:?}",
                    e.entities.iter().map(|x| &x.name).collect::<Vec<_>>()
                )
            })
    };
    assert_eq!(org("Danish Defence Ministry").country_code, "DK");
    assert_eq!(org("Hamas").role, "armed_group");
    assert_eq!(org("Rapid Support Forces").country_code, "SD");
    assert_eq!(
        org("Ministry of Foreign Affairs of Ukraine").country_code,
        "UA"
    );
    let codes = wirefeed::enrich::entities::country_codes(&e.entities);
    for cc in ["RU", "UA", "US", "DK"] {
        assert!(
            codes.contains(&cc.to_string()),
            "{cc} missing from {codes:?}"
        );
    }
}

// ---- quotes -------------------------------------------------------------------------------

#[test]
fn quote_speakers_before_after_and_pronoun() {
    let e = run(
        "",
        "\"We will not give up this city,\" said Defence Minister Tomasz Wrenk. \
         Governor Marta Kovalenko said: \"The line is holding and we need more shells.\" \
         She spoke after a night of strikes. “Every night is worse than the last,” she said.",
    );
    let speaker = |start: &str| {
        e.quotes
            .iter()
            .find(|q| q.text.starts_with(start))
            .map(|q| q.speaker.as_str())
            .unwrap_or_else(|| panic!("quote {start} missing: {:?}", e.quotes))
    };
    assert_eq!(speaker("We will not give up"), "Tomasz Wrenk");
    assert_eq!(speaker("The line is holding"), "Marta Kovalenko");
    assert_eq!(speaker("Every night is worse"), "Marta Kovalenko");
}

// ---- attributions -------------------------------------------------------------------------

#[test]
fn attribution_kinds() {
    let e = run(
        "",
        "A spokesperson for the Danish Defence Ministry said the jets were ready. Reuters reported the deal. \
         Sources familiar with the talks said no date was set. The plan, according to Reuters, is final.",
    );
    let has = |source: &str, kind: AttributionKind| {
        e.attributions
            .iter()
            .any(|a| a.source == source && a.kind == kind as i32)
    };
    assert!(
        has("Danish Defence Ministry", AttributionKind::Official),
        "{:?}",
        e.attributions
    );
    assert!(has("Reuters", AttributionKind::Outlet));
    let e2 = run("", "The Kremlin said the talks were useful.");
    assert!(e2
        .attributions
        .iter()
        .any(|a| a.source == "Kremlin" && a.kind == AttributionKind::Official as i32));
    assert!(
        e.attributions
            .iter()
            .any(|a| a.kind == AttributionKind::Anonymous as i32
                && a.source.contains("Sources familiar")),
        "{:?}",
        e.attributions
    );
}

// ---- casualties ---------------------------------------------------------------------------

#[test]
fn number_words_digits_and_at_least() {
    let e = run(
        "",
        "Seven civilians were killed in Kherson on Tuesday. At least 12 people died in Odesa. \
         The strike also injured 1,200 residents of Sumy.",
    );
    let killed = reports(&e, CasualtyKind::Killed);
    assert_eq!(killed.len(), 2, "{:?}", e.casualties);
    assert_eq!(
        (
            killed[0].count,
            killed[0].at_least,
            killed[0].location.as_str()
        ),
        (7, false, "Kherson")
    );
    assert_eq!(killed[0].date, "Tuesday");
    assert_eq!(
        (
            killed[1].count,
            killed[1].at_least,
            killed[1].location.as_str()
        ),
        (12, true, "Odesa")
    );
    let injured = reports(&e, CasualtyKind::Injured);
    assert_eq!(injured.first().map(|r| r.count), Some(1200));
    assert_eq!(
        e.casualty_summary.as_ref().map(|s| (s.killed, s.injured)),
        Some((19, 1200))
    );
}

#[test]
fn ranges_vague_and_cue_before_number() {
    let e = run(
        "",
        "Between 10 and 15 people are missing after the flood. Dozens were wounded in the blast. \
         The shelling hit a market, killing at least four people and wounding 30.",
    );
    let missing = reports(&e, CasualtyKind::Missing);
    assert_eq!(
        missing.first().map(|r| (r.count, r.count_max)),
        Some((10, 15))
    );
    let injured = reports(&e, CasualtyKind::Injured);
    let vague = injured.iter().find(|r| r.vague).expect("vague report");
    assert_eq!(vague.count, 24, "dozens has the documented floor of 24");
    assert!(injured.iter().any(|r| r.count == 30 && !r.vague));
    let killed = reports(&e, CasualtyKind::Killed);
    assert_eq!(
        killed.first().map(|r| (r.count, r.at_least)),
        Some((4, true))
    );
}

#[test]
fn negation_reports_nothing() {
    let e = run(
        "",
        "No casualties were reported after the drone attack. No one was killed, officials said. \
         There were no injuries. None of the crew were hurt.",
    );
    assert!(e.casualties.is_empty(), "{:?}", e.casualties);
    assert_eq!(
        e.casualty_summary.as_ref().map(|s| s.killed + s.injured),
        Some(0)
    );
}

#[test]
fn ordinals_count_at_least_that_many_dead() {
    let e = run(
        "",
        "Rescuers found the body of a fifth victim under the rubble in Dnipro.",
    );
    let killed = reports(&e, CasualtyKind::Killed);
    assert_eq!(
        killed.first().map(|r| (r.count, r.at_least)),
        Some((5, true))
    );
    // An ordinal without a death cue is no casualty: "the second person to sign".
    let e = run(
        "",
        "She was the second person to sign the treaty in Vienna.",
    );
    assert!(e.casualties.is_empty());
}

#[test]
fn restatements_are_not_double_counted() {
    let e = run(
        "",
        "Nine people were killed in Kharkiv on Monday. Rescue work went on overnight. \
         The death toll rose to 12 on Tuesday, the governor said. The 12 dead included two children. \
         Separately, five people were killed in Odesa.",
    );
    let s = e.casualty_summary.expect("summary");
    assert_eq!(s.killed, 12 + 5, "{:?}", e.casualties);
}

#[test]
fn non_casualty_numbers_are_ignored() {
    let e = run(
        "",
        "Ukraine agreed to a 30-day ceasefire. Denmark approved the 25th package worth $970 million. \
         In 2025 12 tanks were delivered, and 300 soldiers were trained.",
    );
    assert!(e.casualties.is_empty(), "{:?}", e.casualties);
}

// ---- triples ------------------------------------------------------------------------------

#[test]
fn aid_talks_and_strike_triples() {
    let e = run(
        "",
        "Germany pledged a new air defence package worth €1.5bn to Ukraine on Tuesday. \
         Macron and Scholz met in Paris on March 3. \
         Hamas fighters attacked a checkpoint in Rafah, killing three soldiers.",
    );
    let t = |cat: Category| {
        e.triples
            .iter()
            .find(|t| t.category == cat as i32)
            .unwrap_or_else(|| panic!("{cat:?} missing: {:#?}", e.triples))
    };
    let aid = t(Category::MilitaryAid);
    assert_eq!(
        (aid.actor.as_str(), aid.target.as_str()),
        ("Germany", "Ukraine")
    );
    assert!(aid.amount.contains("1.5bn"), "{}", aid.amount);
    assert_eq!(aid.date, "Tuesday");
    let talk = t(Category::Diplomacy);
    assert_eq!(
        (
            talk.actor.as_str(),
            talk.target.as_str(),
            talk.action.as_str()
        ),
        ("Emmanuel Macron", "Olaf Scholz", "meeting")
    );
    assert_eq!(talk.date, "March 3");
    let strike = t(Category::Casualties);
    assert_eq!(
        (strike.actor.as_str(), strike.target.as_str(), strike.count),
        ("Hamas", "Rafah", 3)
    );
}

// ---- robustness ---------------------------------------------------------------------------

#[test]
fn pathological_inputs_finish_and_stay_bounded() {
    // One repeated word, long numbers, repeated cues and quotes: every extractor must stay
    // linear (a quadratic pass would not finish this test in reasonable time).
    let inputs = [
        "Putin ".repeat(170_000),
        "killed ".repeat(150_000),
        "9".repeat(1_000_000),
        "“a b c” he said. ".repeat(60_000),
        "Ministry ".repeat(110_000),
        "the third victim ".repeat(60_000),
        "President Foreign Minister ".repeat(40_000),
        "at least ".repeat(110_000),
    ];
    for body in inputs {
        let e = run("Headline", &body);
        assert!(e.entities.len() <= 5, "{}", e.entities.len());
        assert!(e.triples.len() <= 16 + e.casualties.len());
    }
}

#[test]
fn empty_and_odd_text_do_not_panic() {
    for body in [
        "",
        " ",
        "“",
        "”",
        "\"",
        "’s",
        "U.S.",
        "a.",
        "1,",
        "Ministry of",
        "between 5 and",
        "’s’s’s",
        "—“”—",
    ] {
        let _ = run(body, body);
    }
}

#[test]
fn ages_demonym_victims_and_long_toll_phrases() {
    let e = run("", "A woman, 67, was killed in the shelling of Kherson.");
    let killed = reports(&e, CasualtyKind::Killed);
    assert_eq!(
        killed.first().map(|r| (r.count, r.location.as_str())),
        Some((1, "Kherson")),
        "an age is no count"
    );
    let e = run("", "Israeli strikes killed at least 45 Palestinians. Four civilians died in Russian shelling of Nikopol.");
    let killed = reports(&e, CasualtyKind::Killed);
    assert_eq!(
        killed.iter().map(|r| r.count).collect::<Vec<_>>(),
        vec![45, 4]
    );
    assert_eq!(killed[1].location, "Nikopol", "a demonym is no place");
    let e = run(
        "",
        "The death toll from Thursday's strike on Dnipro has risen to 9, with 25 injured.",
    );
    assert_eq!(
        e.casualty_summary.map(|s| (s.killed, s.injured)),
        Some((9, 25))
    );
}

#[test]
fn abbreviated_titles_particles_and_appositive_countries() {
    let e = run(
        "",
        "Gen. Abdel Fattah al-Burhan, the army chief, vowed to retake the city. \
         Mr. Olsen, a Norwegian diplomat, said talks had stalled, according to Kremlin spokesman Dmitry Peskov.",
    );
    let burhan = person(&e, "Abdel Fattah al-Burhan");
    assert_eq!(burhan.role, "army chief");
    let olsen = person(&e, "Olsen");
    assert_eq!(
        (olsen.role.as_str(), olsen.country_code.as_str()),
        ("Norwegian diplomat", "NO")
    );
    // The attribution names the person, not the organisation before the name.
    assert!(e
        .attributions
        .iter()
        .any(|a| a.source == "Dmitry Peskov" && a.kind == AttributionKind::Official as i32));
}

#[test]
fn asides_idioms_and_risen_tolls() {
    let counts = |body: &str| -> Vec<(i32, u32)> {
        run("", body)
            .casualties
            .iter()
            .map(|c| (c.kind, c.count))
            .collect()
    };
    let killed = CasualtyKind::Killed as i32;
    let injured = CasualtyKind::Injured as i32;
    assert_eq!(
        counts("At least 12 people, including three children, were killed in Kryvyi Rih."),
        vec![(killed, 12)]
    );
    assert_eq!(
        counts("An 85-year-old woman was killed when a shell hit her home."),
        vec![(killed, 1)]
    );
    assert_eq!(
        counts("Two children were among those killed."),
        vec![(killed, 2)]
    );
    assert_eq!(
        counts("Twelve people lost their lives in the attack."),
        vec![(killed, 12)]
    );
    assert_eq!(
        counts("The number of injured climbed to 40."),
        vec![(injured, 40)]
    );
    assert_eq!(
        counts("The strike killed 3-year-old Maria and her mother."),
        vec![]
    );
    assert_eq!(
        counts("100 people were evacuated from the village."),
        vec![]
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
    /// Any text, including odd Unicode, quotes and punctuation, enriches without panicking
    /// and yields spans inside the text.
    #[test]
    fn arbitrary_text_never_panics(
        body in "(\\PC|[“”\"’'.,:;()\\n ]|President |said |killed |at least |Ministry |U\\.S\\. |\\d{1,4} ){0,80}"
    ) {
        let e = run("Headline Words Here", &body);
        let len = ("Headline Words Here\n\n".to_string() + &body).chars().count() as u32;
        for ent in &e.entities {
            for m in &ent.mentions {
                proptest::prop_assert!(m.start <= m.end && m.end <= len);
            }
        }
        for c in &e.casualties {
            proptest::prop_assert!(c.count <= c.count_max);
        }
    }
}

#[test]
fn lone_capitalised_words_before_said_are_not_people() {
    let e = run(
        "",
        "Witnesses said the blast shook the district. Residents told reporters the power was out. \
         Authorities said repairs would take days. Kovalenko said nothing.",
    );
    assert!(
        people(&e).is_empty(),
        "{:?}",
        people(&e).iter().map(|p| &p.name).collect::<Vec<_>>()
    );
}

#[test]
fn lexicon_overrides_are_loaded_and_validated() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut config = EnrichConfig::default();
    config.ner.data_dir = Some(dir.path().to_path_buf());
    // A good override: a new armed group is found.
    std::fs::write(
        dir.path().join("organisations.tsv"),
        "Black Lynx Brigade\tarmed_group\tUA\tBLB\n",
    )
    .expect("write");
    let enricher = Enricher::new(&config).expect("override loads");
    let mut event = ArticleEvent::default();
    enricher.enrich(
        &Article::new("t", "", "The BLB said it held the bridge."),
        &mut event,
    );
    assert!(event
        .entities
        .iter()
        .any(|e| e.name == "Black Lynx Brigade" && e.country_code == "UA"));
    // A bad one is rejected with file and line.
    std::fs::write(
        dir.path().join("organisations.tsv"),
        "# header\nNATO\tmilitary-ish\n",
    )
    .expect("write");
    let err = Enricher::new(&config)
        .err()
        .expect("invalid kind is rejected")
        .to_string();
    assert!(
        err.contains("organisations.tsv:2") && err.contains("unknown organisation kind"),
        "{err}"
    );
    std::fs::write(
        dir.path().join("organisations.tsv"),
        "NATO\tintergovernmental\tXX\n",
    )
    .expect("write");
    let err = Enricher::new(&config)
        .err()
        .expect("unknown country is rejected")
        .to_string();
    assert!(err.contains("unknown country code"), "{err}");
}

#[test]
fn a_title_before_the_next_name_is_no_appositive() {
    let e = run(
        "",
        "The first NATO troops have arrived in Bosnia, Defense Secretary William Perry said. \
         The report came from the official IRNA news agency.",
    );
    let names: Vec<&str> = people(&e).iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["William Perry"]);
    assert!(wirefeed::enrich::entities::country_codes(&e.entities).contains(&"BA".to_string()));
}

#[test]
fn quote_attribution_through_titles_and_not_across_sentences() {
    let e = run(
        "",
        "“We need air defence, not promises,” President Volodymyr Zelensky told reporters in Kyiv. \
         Foreign Minister Jan Lipavsky called it “a so-called peace plan”. He added: “We will keep supporting Ukraine as long as needed.”",
    );
    let speaker = |start: &str| {
        e.quotes
            .iter()
            .find(|q| q.text.starts_with(start))
            .map(|q| q.speaker.as_str())
    };
    assert_eq!(speaker("We need air defence"), Some("Volodymyr Zelensky"));
    assert_eq!(speaker("We will keep supporting"), Some("Jan Lipavsky"));
    // "He added" belongs to the next sentence, not to the scare quote before it.
    assert_eq!(speaker("a so-called peace plan"), Some(""));
}

#[test]
fn dates_before_a_participle_are_not_counts() {
    let summary = |body: &str| {
        let e = run("", body);
        let s = e.casualty_summary.unwrap_or_default();
        (s.killed, s.injured, e.casualties.len())
    };
    // "on May 9, killing ...": the number before the participle is a date, the count follows.
    assert_eq!(
        summary(
            "A drone hit a depot on May 9, killing six people and injuring 13 others, police said."
        ),
        (6, 13, 2)
    );
    assert_eq!(
        summary(
            "Rockets struck the market on 30 August, killing two and wounding five, medics said."
        ),
        (2, 5, 2)
    );
    // A participle after a clause with another number: the 40 is no count of the dead.
    assert_eq!(
        summary("The shelling lasted 40 minutes, killing a man and wounding four people."),
        (1, 4, 2)
    );
    // "including a 9-year-old girl, and wounding 31": the aside does not take the count.
    assert_eq!(
        summary("Missiles struck the city, killing three people, including a 9-year-old girl, and wounding 31, the mayor said."),
        (3, 31, 2)
    );
}

#[test]
fn fighters_said_killed_and_a_named_victim_count() {
    let summary = |body: &str| {
        let e = run("", body);
        let s = e.casualty_summary.unwrap_or_default();
        (s.killed, s.injured)
    };
    assert_eq!(
        summary("The rebels said six of their fighters were killed in the raids."),
        (6, 0)
    );
    assert_eq!(
        summary("Artillery fire hit the suburb, killing a 14-year-old boy and injuring nine people, officials said."),
        (1, 9)
    );
}

fn totals(headline: &str, body: &str) -> (u32, u32, u32) {
    let mut event = ArticleEvent::default();
    let mut article = Article::new("t", headline, body);
    article.published_at = chrono::DateTime::from_timestamp(1_743_498_000, 0); // 2025-04-01
    enricher().enrich(&article, &mut event);
    let s = event.casualty_summary.unwrap_or_default();
    (s.killed, s.injured, s.missing)
}

/// Casualty totals of each body, published at the Unix time `at`, against the expected
/// (killed, injured, missing).
fn assert_totals_at(cases: &[(&str, (u32, u32, u32))], at: i64) {
    for (body, want) in cases {
        let mut e = ArticleEvent::default();
        let mut a = Article::new("t", "", *body);
        a.published_at = chrono::DateTime::from_timestamp(at, 0);
        enricher().enrich(&a, &mut e);
        let s = e.casualty_summary.unwrap_or_default();
        assert_eq!((s.killed, s.injured, s.missing), *want, "{body}");
    }
}

#[test]
fn victim_lists_and_conjoined_groups_add_up() {
    // Named victims in a list, and possessive items.
    assert_eq!(
        totals("", "A drone hit a flat in Nikopol, killing a local teacher, his wife and their three sons, police said."),
        (5, 0, 0)
    );
    // A comma item with no closing "and" item is an attribution, not a victim.
    assert_eq!(
        totals(
            "",
            "A shell hit a bus stop in Kherson, killing four people, a regional official said."
        ),
        (4, 0, 0)
    );
    // Mixed groups after the cue and before it.
    assert_eq!(
        totals(
            "",
            "Gunmen raided a village near Mopti, killing 31 villagers and 4 soldiers."
        ),
        (35, 0, 0)
    );
    assert_eq!(
        totals(
            "",
            "Three policemen and eleven civilians were killed in the bombing in Quetta."
        ),
        (14, 0, 0)
    );
    // Elliptical items with their own place.
    assert_eq!(
        totals("", "Missiles struck the region overnight, killing three people in Dnipro and two in Pavlohrad."),
        (5, 0, 0)
    );
    // "killing the driver", "injuring her husband".
    assert_eq!(
        totals(
            "",
            "A drone hit a car near Kupiansk, killing the driver and injuring his son."
        ),
        (1, 1, 0)
    );
    // Listed as missing.
    assert_eq!(
        totals(
            "",
            "Eight fishermen were still listed as missing after the boat sank near Hodeidah."
        ),
        (0, 0, 8)
    );
}

#[test]
fn tolls_headlines_subsets_and_vague_counts_are_not_double_counted() {
    // A running toll replaces the figures before it.
    assert_eq!(
        totals("", "A missile hit a hotel in Kramatorsk on Sunday, killing 9 people. By Monday the death toll had risen to 13."),
        (13, 0, 0)
    );
    // A toll covering two incidents of the same day.
    assert_eq!(
        totals("", "Two civilians were killed in Sumy on Monday. A man was killed by shelling in Okhtyrka, bringing the toll in the region to three dead."),
        (3, 0, 0)
    );
    // An ordinal victim found later raises the toll; it does not add to it.
    assert_eq!(
        totals("", "A blast hit a market in Idlib on Monday, killing two people. On Tuesday rescuers found the body of a third victim."),
        (3, 0, 0)
    );
    // The headline summarises the body.
    assert_eq!(
        totals(
            "Toll from Syria coastal fighting rises to 120",
            "Fighting in Latakia has killed 120 people since Friday, a monitor said."
        ),
        (120, 0, 0)
    );
    // "Ten of them" is a subset of the figure already given.
    assert_eq!(
        totals("", "Clashes near Sweida have killed at least 60 people since Monday. Twelve of them died on Wednesday."),
        (60, 0, 0)
    );
    // Vague quantities are flagged, not totalled.
    let e = run(
        "",
        "Dozens of people were wounded in the shelling of Kherson.",
    );
    assert!(e.casualties.iter().any(|c| c.vague && c.count == 24));
    assert_eq!(e.casualty_summary.map(|s| s.injured), Some(0));
    // Two incidents at one place on different days are both counted.
    assert_eq!(
        totals("", "Four soldiers were killed near Kalbajar on Tuesday. On Monday, a shell had wounded one soldier there."),
        (4, 1, 0)
    );
}

#[test]
fn appositions_own_cues_background_and_nearest_places() {
    // An apposition restates the count.
    assert_eq!(
        totals("", "A strike on a car near Tyre killed three people, a man and his two sons, officials said."),
        (3, 0, 0)
    );
    // An item with a cue of its own is another report, not part of the list.
    assert_eq!(
        totals("", "Gunmen attacked a boat near Gao on Sunday, killing seven people, and nine others were missing."),
        (7, 0, 9)
    );
    // A lowercase modifier and a compound noun.
    assert_eq!(
        totals(
            "",
            "Gunmen killed two clan elders and a police officer in Kismayo on Thursday."
        ),
        (3, 0, 0)
    );
    // A report dated long before publication is background.
    assert_eq!(
        totals(
            "",
            "A similar attack on the river in September 2023 killed more than 40 people."
        ),
        (0, 0, 0)
    );
    // "since" starts a period: it does not date the report.
    assert_eq!(
        totals("", "The group, which has held the area since November 2024, said 12 people were still missing."),
        (0, 0, 12)
    );
    // Each report takes the place nearest it: two incidents in one sentence.
    assert_eq!(
        totals("", "The strikes on Kafr Nabl came a day after drones hit a bakery in Idlib, wounding nine. At least 30 people were injured in Kafr Nabl alone."),
        (0, 39, 0)
    );
    // A placeless restatement continues the report before it, not the last place named.
    assert_eq!(
        totals("", "A drone struck a block in Goma on Friday, killing 12 people. Sirens also sounded in Bukavu. Of the 12 dead, one was a child."),
        (12, 0, 0)
    );
    // "Mar. 29" is a date; "four more bodies" raise a toll; "Four of the injured" is a subset.
    assert_eq!(
        totals("", "The strike on Mar. 29 also wounded seventeen people in Zaporizhzhia. Rescuers found four more bodies. Four of the injured were children."),
        (0, 17, 0)
    );
}

#[test]
fn bodies_treated_wounds_modifiers_and_conjoined_groups() {
    assert_eq!(
        totals(
            "",
            "Rescuers said the bodies of nine civilians had been recovered near Lashio."
        ),
        (9, 0, 0)
    );
    assert_eq!(
        totals(
            "",
            "Thirty-one people were treated for wounds after the market strike in Gondar."
        ),
        (0, 31, 0)
    );
    assert_eq!(
        totals(
            "",
            "Four aid workers have been missing near Malakal since the fighting began on Monday."
        ),
        (0, 0, 4)
    );
    assert_eq!(
        totals(
            "",
            "Nineteen police officers and at least six protesters were injured in Novi Sad."
        ),
        (0, 25, 0)
    );
    assert_eq!(
        totals("", "Gunmen opened fire in Makhachkala, killing two police officers and a civilian and wounding four others."),
        (3, 4, 0)
    );
    assert_eq!(
        totals(
            "",
            "A strike in Hermel killed two people, and 47 people were wounded across the region."
        ),
        (2, 47, 0)
    );
    assert_eq!(
        totals(
            "",
            "Troops killed \"more than 80\" fighters near Lashio, the army said."
        ),
        (80, 0, 0)
    );
    // "Of the 19 dead" restates; it is no incident of the place it names.
    assert_eq!(
        totals("", "A bomber killed 19 people in Quetta. Of the 19 dead, seven were waiting for a bus to Sibi."),
        (19, 0, 0)
    );
}

#[test]
fn hospital_stays_number_of_tolls_and_singular_victims() {
    assert_eq!(
        totals(
            "",
            "A missile hit Dnipro on Tuesday. Dozens were wounded, and 27 remained in hospital."
        ),
        (0, 27, 0)
    );
    assert_eq!(
        totals("", "Glide bombs hit Zaporizhzhia on Sunday, injuring 14 people. A drone wounded two more in Stepnohirsk, bringing the number of injured in the region to 16."),
        (0, 16, 0)
    );
    assert_eq!(
        totals("", "Gunmen killed three people in Lamu. One villager was wounded and was treated in Mpeketoni."),
        (3, 1, 0)
    );
}

#[test]
fn shot_dead_medical_help_and_later_ordinal_victims() {
    assert_eq!(
        totals("", "Police shot dead two protesters and wounded 14 others in Nakuru on Monday. A third protester died overnight."),
        (3, 14, 0)
    );
    assert_eq!(
        totals(
            "",
            "A missile struck Dnipro on Sunday. Officials said 43 people had sought medical help."
        ),
        (0, 43, 0)
    );
    assert_eq!(
        totals(
            "",
            "Fourteen people were treated for shrapnel wounds in Homs."
        ),
        (0, 14, 0)
    );
    assert_eq!(
        totals("", "Gunmen shot dead nine men near Kalat on Monday. A tenth passenger was found dead on Tuesday."),
        (10, 0, 0)
    );
}

#[test]
fn hospital_counts_further_victims_and_running_statistics() {
    assert_eq!(
        totals("", "A bomber struck Bannu on Monday, killing 11 officers. Police said 23 people were being treated at the district hospital."),
        (11, 23, 0)
    );
    assert_eq!(
        totals("", "Drones hit buses in Kherson on Monday, injuring nine passengers. Drones also struck villages elsewhere in Kherson oblast, wounding a further four people."),
        (0, 13, 0)
    );
    assert_eq!(
        totals("", "Police found 11 bodies outside Culiacan on Sunday. A 12th body was found hours later. More than 1,700 people have been killed in the state since September 2023."),
        (12, 0, 0)
    );
    assert_eq!(
        totals("", "One protester was shot dead in Lima. Another five firefighters suffered burns near Cuiaba."),
        (1, 5, 0)
    );
}

#[test]
fn hospital_wordings_subsets_and_partitives() {
    let cases: [(&str, (u32, u32, u32)); 6] = [
        // treated for two kinds of wounds; taken to hospital; "still being treated"
        ("Clashes in Misrata left four dead. Twenty people were treated for burns and gunshot wounds at the port clinic.", (4, 20, 0)),
        ("A bus bomb killed three people in Peshawar on Friday. Six others were taken to hospital.", (3, 6, 0)),
        ("The blast in Kandahar killed nine people on Sunday. Officials said 31 people were still being treated.", (9, 31, 0)),
        // "two of the seriously wounded" is part of the 15 wounded, "among them" part of a count
        ("A rocket hit Sderot on Monday, wounding 15 people. Two of the seriously wounded died later, bringing the toll to two.", (2, 15, 0)),
        ("Shelling hit Avdiivka on Friday; five people were injured, among them a 10-year-old boy, and one man is missing.", (0, 5, 1)),
        // a partitive names the group; "a couple" is two people
        ("Gunmen ambushed a patrol near Dori on Tuesday, killing 12 of the volunteers. A rocket hit a house in Kaya, killing a couple and their two sons.", (16, 0, 0)),
    ];
    assert_totals_at(&cases, 1_743_498_000); // 2025-04-01
}

#[test]
fn corrections_separate_incidents_roles_and_overall_totals() {
    let cases: [(&str, (u32, u32, u32)); 6] = [
        // a toll revised down replaces the higher figure
        ("Fourteen miners were killed in a blast at a pit near Quetta on Monday. The toll was later revised down to 12.", (12, 0, 0)),
        // "separately", "also": other victims, not restatements
        ("Troops killed 20 fighters near Bama on Sunday. Separately, militants killed 20 people in villages around the town.", (40, 0, 0)),
        ("Strikes killed eight people in Rafah on Monday. An air strike also killed a mother and her daughter near the market.", (10, 0, 0)),
        // different roles in one incident add up; generic restatements do not
        ("Soldiers retook Bulo Burde on Monday, killing 15 militants. Two soldiers died and three were wounded in the fighting.", (17, 3, 0)),
        ("Shelling hit Donetsk on Monday, killing six people. Two children were among the dead.", (6, 0, 0)),
        // an overall figure broken down by place is counted once
        ("Drones hit Kosti and Sennar on Tuesday, killing 11 people in total. In Kosti, eight workers died; three guards were killed in Sennar.", (11, 0, 0)),
    ];
    assert_totals_at(&cases, 1_743_498_000); // 2025-04-01
                                             // A place after the report in another clause does not date or place it: the wounded of the
                                             // strike are not the background of "fled fighting around Mandalay in March".
    assert_eq!(
        totals(
            "",
            "A jet bombed a monastery near Monywa on Tuesday, killing 18 people. More than 30 people were wounded, the monk said, adding that many had fled fighting around Mandalay in March 2023."
        ),
        (18, 30, 0)
    );
}

#[test]
fn phrases_inside_counts_ordinals_breakdowns_and_periods() {
    let cases: [(&str, (u32, u32, u32)); 10] = [
        // a phrase about the victims, "it said", an adverb before the cue, "went missing"
        ("Eight Chadian soldiers and three guards of a supply column were killed near Bol on Friday.", (11, 0, 0)),
        ("The ministry released the names of 14 recruits it said had died at the camp near Jowhar on Monday.", (14, 0, 0)),
        ("A shell hit a school yard in Marib on Sunday; two pupils were killed and four others badly hurt.", (2, 4, 0)),
        ("Gunmen raided a village near Tillaberi on Friday, killing three men. Seven people, most of them herders, went missing after the raid.", (3, 0, 7)),
        ("Six inmates were killed in a riot at the prison in Tuxtla on Sunday, and a search for two inmates who could not be accounted for went on.", (6, 0, 2)),
        // one more person after a cue; an ordinal standing alone
        ("Gunmen shot dead four traders near Maiduguri on Monday and wounded a fifth, police said.", (4, 1, 0)),
        // part of a group that is not a casualty count is the first report of its kind
        ("Divers pulled 11 people from the river at Mopti on Friday; four of them were taken to hospital.", (0, 4, 0)),
        // a lead total broken down by place is counted once
        ("Bandits killed at least 19 people in raids on two villages in Katsina on Sunday. In Funtua, they shot dead 12 people; seven farmers were killed near Malumfashi.", (19, 0, 0)),
        // a monthly statistic that includes the day's dead
        ("Shelling killed two people in Nikopol on Friday. Across the region, nine people had been killed by shelling in June, the governor said.", (9, 0, 0)),
        // drowning counts; a couple is two people; a named role in a list
        ("Floods hit Kakuma on Friday. Two children drowned, and a couple were also killed when their hut collapsed; gunmen later killed five guards and one priest near Lodwar.", (10, 0, 0)),
    ];
    assert_totals_at(&cases, 1_751_500_000); // 2025-07-03
}

#[test]
fn scopes_roles_increments_and_background_years() {
    let cases: [(&str, (u32, u32, u32)); 11] = [
        // a count over two named places, broken down exactly
        ("Drones hit a market in Kosti and a depot in Sennar on Monday, killing 13 people. Nine were killed in Kosti. Four guards died in Sennar.", (13, 0, 0)),
        // a count over the state absorbs the incidents that fit in it
        ("At least 20 people were killed in shootings across the state on Sunday. Gunmen killed eight people in Culiacan; five men were shot dead in Mazatlan.", (20, 0, 0)),
        // attackers killed are never a restatement of their victims
        ("Gunmen killed six police officers in Derbent on Monday. Security forces killed four of the attackers after a standoff.", (10, 0, 0)),
        // reports of one sentence are different people; together they may restate the lead
        ("A bomb exploded in Podgorica on Friday, seriously wounding the driver and lightly injuring two passers-by.", (0, 3, 0)),
        ("Two bombs hit Kirkuk on Monday, killing five people. The first killed three men in a bus; the second killed two soldiers.", (5, 0, 0)),
        // different roles of one incident add up; a protester count adds to a police count
        ("Police clashed with protesters in Tbilisi on Sunday; 23 officers were injured. At least 30 protesters needed medical care.", (0, 53, 0)),
        // "N more" with a running toll is its increment
        ("The toll from the floods in Sylhet rose to 46 on Friday after three more people drowned.", (46, 0, 0)),
        // a year before publication in the sentence makes a report background
        ("A fire at a hall in Mosul killed 14 people on Sunday. Officials said a 2023 fire in the province killed more than 100 people.", (14, 0, 0)),
        ("Gunmen killed seven people in Culiacan on Wednesday. The state has seen fighting since September 2024; more than 1,800 people have been killed since then.", (7, 0, 0)),
        // an age is no count; a subset needs a count of its kind first
        ("Drones hit Dnipro overnight, killing four people. A fifth person, a woman of 70, died later in hospital.", (5, 0, 0)),
        ("Gunmen ambushed a patrol near Jableh on Saturday, killing six soldiers. Two of the attackers were killed, and two soldiers were among the wounded.", (8, 2, 0)),
    ];
    assert_totals_at(&cases, 1_760_000_000); // 2025-10-09
}

#[test]
fn group_references_demonyms_modifiers_and_running_statistics() {
    let cases: [(&str, (u32, u32, u32)); 8] = [
        // "Of those killed, ..." restates a count
        ("The toll from the bombing in Quetta rose to 31 on Friday. Of those killed, 14 were soldiers and 17 civilians.", (31, 0, 0)),
        // a demonym as the noun of a list item; modifiers before a conjoined noun
        ("Clashes near Hermel on Sunday killed three Syrian soldiers and five Lebanese, among them a boy.", (8, 0, 0)),
        ("Three marines and five suspected Abu Sayyaf militants were killed in a clash near Patikul on Friday.", (8, 0, 0)),
        ("Air strikes killed at least 27 Palestinians across the Gaza Strip on Monday.", (27, 0, 0)),
        // a comma and a new clause end a count's phrase
        ("The fighting began after the kidnapping of two soldiers near Hermel, also wounded at least 23 people.", (0, 23, 0)),
        // a recent running statistic is the news; an old one or last year's is background
        ("A cholera outbreak in camps around Adre has killed 58 people since September 10, the WHO said.", (58, 0, 0)),
        ("A boat capsized off Bosaso on Sunday, killing three migrants. At least 558 migrants died on the route last year.", (3, 0, 0)),
        // a month just before publication is news
        ("Across the region, nine people had been killed by shelling in September, the governor said.", (9, 0, 0)),
    ];
    assert_totals_at(&cases, 1_760_000_000); // 2025-10-09
}

#[test]
fn hospital_counts_lists_after_the_cue_and_opening_since() {
    let cases: [(&str, (u32, u32, u32)); 5] = [
        // a hospital's count restates the wounded of the incident
        ("Two car bombs hit Baidoa on Sunday, killing 14 people and wounding more than 40. At Bay Regional Hospital, doctors said they had admitted 43 wounded.", (14, 43, 0)),
        // a list after the cue, and a count over several communities broken down exactly
        ("Raids on three communities near Makurdi killed 30 people on Sunday. In Yelwata, 19 people were killed; seven died in Agatu and four in Gboko.", (30, 0, 0)),
        // "taken to hospitals in ..."
        ("A blast at a depot near Hama killed 16 people on Wednesday. A further 27 people were taken to hospitals in Hama and Homs.", (16, 27, 0)),
        // a statistic since a year, opening the sentence, is background
        ("Two deminers were killed near Fuzuli on Tuesday. Since the end of the 2020 war, more than 380 people have been killed by mines.", (2, 0, 0)),
        // an adverb before the second cue keeps the list apart
        ("A shell hit a market in Marib on Sunday; two traders were killed and four others badly hurt.", (2, 4, 0)),
    ];
    assert_totals_at(&cases, 1_760_000_000); // 2025-10-09
}

#[test]
fn increments_superseded_tolls_missing_searches_and_openers() {
    let cases: [(&str, (u32, u32, u32)); 14] = [
        // "and N more" with no cue of its own adds to the count before it
        ("Gunmen killed six farmers near Gao on Sunday and four more in an ambush outside Ansongo on Tuesday.", (10, 0, 0)),
        // an earlier figure that was corrected is no report
        ("A landslide in Sylhet killed two people on Monday, police said, correcting an earlier toll of four.", (2, 0, 0)),
        // people searched for are missing
        ("A flood swept through Derna on Friday, killing five people. Rescuers were still searching for three fishermen.", (5, 0, 3)),
        // hospital wordings: "in hospital", clinics, "being treated in the city's hospitals"
        ("Police fired tear gas at protesters in Tbilisi on Thursday, leaving 17 people in hospital.", (0, 17, 0)),
        ("A shell hit a school in Nyala on Monday, killing four pupils. Another 12 children were taken to a clinic.", (4, 12, 0)),
        // an opening "Of the N injured," and its parts
        ("A bus crashed near Osh on Sunday, killing three people. Of the 21 people injured, nine remain in hospital.", (3, 21, 0)),
        ("Strikes on two villages near Tyre killed nine people on Friday. Of the dead, four died in one house in Qana.", (9, 0, 0)),
        // members of an armed group are fighters; civilians add to soldiers
        ("Troops killed five members of a militant group near Jolo on Monday. Two soldiers were killed and one civilian died in crossfire.", (8, 0, 0)),
        // a relative clause between the victims and their verb
        ("A car bomb hit a hotel in Kismayo on Friday, killing nine people. Two gunmen who tried to enter the hotel were shot dead by guards.", (11, 0, 0)),
        // a count of killed-or-wounded is neither
        ("A mine killed two deminers near Aghdam on Tuesday. More than 300 people have been killed or wounded by mines in the district.", (2, 0, 0)),
        // "bringing to N the number of people killed"; a headline "toll N"
        ("Searchers found two more bodies near Kaya on Monday, bringing to 19 the number of people killed in the raid.", (19, 0, 0)),
        // the ordinal's victim is not one more
        ("Israeli strikes near Marjayoun killed two men on Monday. A third man, a farmer, was killed in the same strike.", (3, 0, 0)),
        // one victim named by a singular noun the lexicon lacks
        ("A drone hit a school in Krasnopillia on Tuesday, killing a caretaker.", (1, 0, 0)),
        // a hospital count restates the injured of its incident
        ("Drones struck Sumy overnight, wounding 11 people. A day earlier a shell killed a farmer in Krasnopillia. Eleven people are in hospital, officials said.", (1, 11, 0)),
    ];
    assert_totals_at(&cases, 1_760_000_000); // 2025-10-09
}

#[test]
fn restated_scopes_current_missing_role_ordinals_and_years() {
    let cases: [(&str, (u32, u32, u32)); 10] = [
        // a count over several villages restated with other places
        ("Rebels killed 30 civilians in raids on two villages near Beni on Thursday. \"We found 18 bodies in Oicha and 12 more near Eringeti,\" an officer said.", (30, 0, 0)),
        // the current missing figure replaces the earlier one
        ("A ferry sank near Mokwa on Saturday; rescuers recovered nine bodies while 30 passengers were missing. By Sunday evening the toll had risen to 14, and 11 passengers were still missing.", (14, 0, 11)),
        // an ordinal of one role raises that role's count only
        ("A police officer was killed in a gunfight near Zvecan on Saturday. Two of the attackers were shot dead. Police later found the body of a third gunman.", (4, 0, 0)),
        // a year after "in" is no count
        ("The group, which pledged allegiance to Islamic State in 2019, killed 11 villagers near Oicha on Sunday.", (11, 0, 0)),
        // a statistic since a date long ago is background
        ("Gunmen killed five people at a bar in Culiacan on Sunday. Fighting since September 2024 has killed more than 1,800 people in the state.", (5, 0, 0)),
        // people who had been missing are no longer missing
        ("Two miners who had been missing since a blast at a pit near Kozlu were found dead on Friday, raising the toll to six.", (6, 0, 0)),
        // two lowercase modifiers before the noun; attackers add
        ("Gunmen killed four illegal gold miners near Yahukimo on Sunday, and soldiers shot dead two of the attackers on Monday.", (6, 0, 0)),
        // an apposition naming the victims
        ("A bus hit a mine near Ansongo on Wednesday, killing seven passengers. Two passengers, a woman and her son, were still missing.", (7, 0, 2)),
        // an aside "N of them ..." between the count and its verb
        ("Police fired on protesters in Nasiriyah on Tuesday; one protester was killed and 31 people, 12 of them policemen, were injured.", (1, 31, 0)),
        // "The dead included ..." lists victims already counted
        ("A drone strike hit a flat in Tripoli on Monday, killing four people. The dead included a commander; a woman and her two sons were also killed.", (4, 0, 0)),
    ];
    assert_totals_at(&cases, 1_760_000_000); // 2025-10-09
}

#[test]
fn runs_of_attacks_initial_reports_earlier_incidents_and_definite_counts() {
    let cases: [(&str, (u32, u32, u32)); 6] = [
        // a count over a run of attacks sums up the incidents reported after it
        ("A string of attacks around Uvira this week has killed at least 30 people, the UN said. Shells killed 14 civilians on Monday. On Sunday, nine people were killed in Kiliba.", (30, 0, 0)),
        // a figure first reported and then corrected is no report
        ("Gunmen set fire to houses in Kiliba on Sunday, killing eight people. A local chief initially reported five dead.", (8, 0, 0)),
        // "a week after" introduces an earlier incident
        ("Gunmen killed 21 worshippers near Ouallam on Friday. The attack came a week after 12 soldiers were killed in an ambush near Tillaberi.", (33, 0, 0)),
        // "all six" and a hyphenated group name before the noun
        ("Special forces ended the siege of a hotel in Mogadishu on Thursday, killing all six al-Shabaab gunmen. Eleven civilians were killed.", (17, 0, 0)),
        // "The nine missing ..." refers to the count given before
        ("Floods killed 15 people in Garissa on Tuesday, with nine still missing. The nine missing were all herders.", (15, 0, 9)),
        // a semicolon ends the scene an opening place sets
        ("In Garissa, eight people drowned on Tuesday; in Mandera, seven died when houses collapsed.", (15, 0, 0)),
    ];
    assert_totals_at(&cases, 1_760_000_000); // 2025-10-09
}

#[test]
fn country_counts_disaster_series_old_clauses_and_hospital_wordings() {
    let cases: [(&str, (u32, u32, u32)); 8] = [
        // a count over a whole country sums up the incidents reported after it
        ("Floods have killed 14 people in Sri Lanka, officials said on Tuesday. In Badulla, a landslide killed eight people on Monday.", (14, 0, 0)),
        // a count over "a series of landslides"; "five members of one family"
        ("At least 16 people were killed after a cloudburst and a series of landslides in Himachal Pradesh on Thursday. In Mandi, 11 people died, while five members of one family were killed near Shimla.", (16, 0, 0)),
        // "in which" refers back to an old year in the sentence
        ("A blast in a mine in Zonguldak killed six miners on Wednesday. It revived memories of the 2014 Soma disaster, Turkey's worst, in which 301 died.", (6, 0, 0)),
        // counts before "before" (the gunman as "he" is not counted); a relative clause before
        // "were being treated"
        ("A gunman opened fire at a bus stop in Tel Aviv on Monday, killing two people and wounding four before he was shot dead.", (2, 4, 0)),
        ("A bus fell into a river near Bharatpur on Friday, killing seven. Three passengers who jumped from the bus were being treated for injuries at a hospital.", (7, 3, 0)),
        // hospital wordings further off and other injuries
        ("A fire in a factory near Dhaka killed 16 workers on Sunday. Twenty-one people were being treated at the burn unit of Dhaka Medical College Hospital.", (16, 21, 0)),
        ("A ferry caught fire off Ventspils on Friday; one crew member was found dead. Fourteen passengers were treated for smoke inhalation at the hospital.", (1, 14, 0)),
        // people pulled out alive with injuries; a search for one person
        ("A building collapsed in Tripoli on Sunday, killing eight people. Five people were pulled out alive with injuries. Rescuers were still searching for the driver.", (8, 5, 1)),
    ];
    assert_totals_at(&cases, 1_760_000_000); // 2025-10-09
}

#[test]
fn other_incidents_running_toll_dates_and_vague_dozens() {
    let cases: [(&str, (u32, u32, u32)); 5] = [
        // "an unrelated shooting" is another incident
        ("A gunman killed three people at a wedding in Esenyurt on Sunday. In an unrelated shooting hours later, a man was killed in Bagcilar.", (4, 0, 0)),
        // "the second strike this week" is another incident; "a second strike" a part
        ("A bomb hit a depot in Sumy on Friday; by evening the toll had risen to three dead and 14 injured. It was the second strike on the city this week; on Tuesday a drone wounded two people.", (3, 16, 0)),
        ("Strikes on a house and a tent camp near Khan Younis killed 14 people overnight. The first strike killed eight members of one family. Hours later a second strike killed six more.", (14, 0, 0)),
        // a running toll keeps the date of its incident
        ("A bomb at a market in Cotabato City killed three people on Sunday. A fourth victim died in hospital early Monday. On Saturday, gunmen ambushed a truck in a nearby province, killing two soldiers.", (6, 0, 0)),
        // "about a dozen" is vague
        ("Floods in Kunduz killed 41 people on Tuesday, and about a dozen were unaccounted for.", (41, 0, 0)),
    ];
    assert_totals_at(&cases, 1_760_000_000); // 2025-10-09
}

#[test]
fn survivors_with_injuries_relative_clauses_and_continued_searches() {
    let cases: [(&str, (u32, u32, u32)); 5] = [
        ("A fire on a bus near Gao killed 12 passengers on Monday. Eight passengers who were wounded were treated in Gao.", (12, 8, 0)),
        ("A tanker exploded near Kaduna on Monday, killing 52 people. Three passengers survived with severe burns.", (52, 3, 0)),
        ("A boat capsized near Minya on Sunday, killing nine people. Eleven passengers survived, four of them with injuries.", (9, 4, 0)),
        ("A building collapsed in Tripoli on Sunday, killing four people. Six people were pulled alive from the rubble and taken to hospital, and the search continued for one woman.", (4, 6, 1)),
        ("Rescuers pulled 174 survivors from the water off Jolo, including 38 who were injured, after a ferry capsized on Sunday, killing 11.", (11, 38, 0)),
    ];
    assert_totals_at(&cases, 1_760_000_000); // 2025-10-09
}

#[test]
fn other_times_speakers_rescued_wound_phrases_and_inclusive_counts() {
    let cases: [(&str, (u32, u32, u32)); 12] = [
        // an opener that moves to another time or place is another incident
        ("A shell hit a market in Kherson on Monday, killing two people and wounding eight. Later in the day, shelling of a nearby village wounded an elderly man.", (2, 9, 0)),
        ("A bomb near a bank in Quetta killed five people on Friday. Hours earlier, a grenade attack on a shop in Turbat wounded two customers.", (5, 2, 0)),
        ("The quake killed 30 people in Herat province. In neighbouring Badghis province, four people were killed and 12 hurt.", (34, 12, 0)),
        // the people who give a figure are no victims
        ("Bandits raided a village near Gusau, killing nine farmers, a district official and a teacher said.", (9, 0, 0)),
        ("Three fishermen are missing, a harbour official said. A policeman in Sittwe said the toll could rise.", (0, 0, 3)),
        // "N others were rescued" is no count of the kind before it
        ("Two crew members were missing, and 140 others were rescued by the navy.", (0, 0, 2)),
        // "another N" adds; wounded who died are no injured count
        ("Two guards were injured when a shell hit the base. Local clinics treated another 14 wounded people.", (0, 16, 0)),
        ("The toll rose to nine after three wounded patients died in hospital.", (9, 0, 0)),
        // wound phrases
        ("Gunmen killed two villagers; a third man who was shot in the arm was in hospital. In neighbouring Kebbi state, a herder lost a leg to a landmine.", (2, 2, 0)),
        // a count that includes one already given, and parts named "among dead"
        ("A landmine killed two boys near Daraa on Monday. Monitors said 11 people had died from old explosives in the province since Nov. 1, including the two boys.", (11, 0, 0)),
        // a one-victim role after a generic count in another sentence is one more
        ("Troops killed a man in a raid on Tubas. Three other people were wounded. The army said that a soldier was lightly hurt.", (1, 4, 0)),
        // survivors all injured; a participle phrase between a count and its cue
        ("Rescuers pulled five survivors from the shaft, all of them injured. Three workers trapped in the lower gallery were missing.", (0, 5, 3)),
    ];
    assert_totals_at(&cases, 1_764_000_000); // 2025-11-24
}

#[test]
fn lists_competing_sources_bodies_attackers_and_subject_predicates() {
    let cases: [(&str, (u32, u32, u32)); 12] = [
        // comma lists and a named item add up before their cue
        ("Two soldiers, three police officers and a civilian were killed when a bomb hit a checkpoint near Kidal.", (6, 0, 0)),
        // "held hostage" is no victim; the inmate is
        ("Prison riot: four guards held hostage, one inmate killed", (1, 0, 0)),
        // another source's figure in the same sentence restates
        ("At least 15 people were killed in a fire at a market in Lahore, rescuers said, but the city hospital said it had received 18 bodies.", (18, 0, 0)),
        // bodies recovered later belong to the incident; bodies found after a larger count are part of it
        ("Between eight and 12 miners are feared dead after a shaft collapsed near Puno on Sunday. Rescuers had brought out five bodies by Monday.", (8, 0, 0)),
        ("Gas blast kills 6; 2 bodies found in rubble on second day", (6, 0, 0)),
        // fighters and attackers are two sides
        ("Militants attacked a patrol near Palmyra on Monday, killing five fighters. Three attackers were killed in the exchange of fire.", (8, 0, 0)),
        // a running figure of the missing replaces the earlier one
        ("Twenty fishermen were still missing on Monday. Two were found alive on Tuesday, and the number of missing fell to 18.", (0, 0, 18)),
        // a death feared and not confirmed
        ("An explosion in a mine near Zonguldak killed two miners and injured five. Rescuers reached the last trapped miner at night, ending fears that a third man had died.", (2, 5, 0)),
        // a long name with its abbreviation between the count and its cue
        ("Six members of the Forces for the Defence of the Republic (FDR) were killed in an ambush near Kaya.", (6, 0, 0)),
        // subject counts taken to hospital or unaccounted for
        ("A lorry plunged into a gorge near Mandi on Monday. Four passengers managed to jump clear and were taken to a hospital with injuries.", (0, 4, 0)),
        ("Gunmen ambushed a minibus near Yei, killing five passengers. Two travellers ran into the forest and were unaccounted for on Tuesday.", (5, 0, 2)),
        // a statistic from an older month's statement is background
        ("A drone strike on a market near Gondar killed 12 people on Monday. A rights group said in August that it had recorded more than 300 deaths in air strikes since January.", (12, 0, 0)),
    ];
    assert_totals_at(&cases, 1_764_000_000); // 2025-11-24
}

#[test]
fn claims_openers_tallies_rubble_and_ages() {
    let cases: [(&str, (u32, u32, u32)); 10] = [
        // "A day earlier" opens another incident
        ("Shelling hit a market in Kadugli on Sunday, killing 20 civilians. A day earlier, a drone attack on a camp outside the town killed four people.", (24, 0, 0)),
        // "In all," sums the story up
        ("Shelling killed two people in Nikopol on Saturday, and rescuers found the bodies of a man and his son in Marhanets. In all, four people died and seven were wounded in the region.", (4, 7, 0)),
        // an armed group's claim restates no figure
        ("At least seven soldiers were killed when a truck bomb hit a base near Beledweyne on Monday. Al-Shabaab claimed the attack, saying it had killed 25 troops.", (7, 0, 0)),
        // "while X counted N more" adds to a hospital tally
        ("Al-Shifa Hospital said it had received 40 wounded, while the Indonesian Hospital counted 12 more.", (0, 52, 0)),
        // "while X said N" is another source's figure
        ("The army put the toll at 18, while a rights group said 22 were killed.", (22, 0, 0)),
        // still under the rubble
        ("Rescuers recovered six bodies from a collapsed building in Antakya on Monday. At least two more people were still under the rubble.", (6, 0, 2)),
        // an age names the person
        ("In Jenin, a 15-year-old was shot dead by troops during a raid.", (1, 0, 0)),
        // the object of another verb is no victim
        ("Gunmen abducted 20 passengers and killed their driver on the road to Gusau.", (1, 0, 0)),
        // the bodies of two of their companions
        ("Five fishermen were found alive on an island, but the bodies of two of their companions were recovered near the shore.", (2, 0, 0)),
        // a named victim and a list
        ("Gunmen attacked a chapel, killing a Catholic priest and two parishioners.", (3, 0, 0)),
    ];
    assert_totals_at(&cases, 1_764_000_000); // 2025-11-24
}

#[test]
fn bodies_of_a_count_deaths_of_and_health_centres() {
    let cases: [(&str, (u32, u32, u32)); 4] = [
        // "The bodies of seven were found ... and two workers died": a breakdown of nine
        ("A blast at a fireworks workshop near Sivakasi killed nine workers on Monday. The bodies of seven were found at the site and two workers died on the way to hospital.", (9, 0, 0)),
        // "the deaths of five protesters"
        ("The oversight body said it was investigating the deaths of five protesters shot in Kisumu on Tuesday.", (5, 0, 0)),
        // vigilantes' own count of bandits killed, in a neighbouring state
        ("Bandits killed three farmers near Gusau on Monday. In neighbouring Katsina state, vigilantes said they had killed eight bandits.", (11, 0, 0)),
        // treated at a health centre
        ("A pit collapsed near Rubaya on Friday, killing 12 miners. Six survivors were being treated at the town's health centre.", (12, 6, 0)),
    ];
    assert_totals_at(&cases, 1_764_000_000); // 2025-11-24
}

#[test]
fn more_victims_care_subsets_old_statistics_and_scope_breakdowns() {
    let cases: [(&str, (u32, u32, u32)); 5] = [
        // "four more" counts on from the incident's earlier report
        ("Russian shelling killed a 67-year-old man in Kherson on Tuesday morning, the governor said. Across the wider region, four more people were killed and 16 wounded over the previous 24 hours, he added.", (5, 16, 0)),
        // "six more" after "eight" is the rest of an earlier total of 14
        ("Airstrikes on a house and a tent camp near Khan Younis killed at least 14 people overnight. The first strike flattened a house in Bani Suheila, killing eight members of one family. Hours later a second strike hit a tent, killing six more.", (14, 0, 0)),
        // those taken to a clinic are part of the wounded just counted
        ("A rescuer in Shwebo said 20 people were wounded and that five were taken to a clinic in the town.", (0, 20, 0)),
        // a running statistic since a coup years ago is background
        ("An air strike on a monastery in Sagaing killed 14 people on Monday. According to a rights group, more than 6,000 civilians have been killed by the army since the 2021 coup.", (14, 0, 0)),
        // a count over two villages takes in a later strike at an unknown village
        ("Israeli strikes on two villages in the Nabatieh district on Sunday killed five people, the ministry said. A drone struck a car on the road outside Kfar Roummane, killing three, and a second strike hit an ambulance near Nabatieh.", (5, 0, 0)),
    ];
    assert_totals_at(&cases, 1_764_000_000); // 2025-11-24
}

#[test]
fn risen_tolls_superseded_figures_trapped_swept_away_and_rates() {
    let cases: [(&str, (u32, u32, u32)); 9] = [
        // "The number of people killed in ... rose to eight", then the figure it replaced
        ("The number of people killed in Monday's strikes on Sloviansk rose to eight on Wednesday, officials said. The governor had reported five dead on Monday evening.", (8, 0, 0)),
        // trapped underground / believed to be trapped: missing
        ("Rescuers were searching on Friday for four miners trapped underground after a methane explosion at a coal mine near Zenica.", (0, 0, 4)),
        ("Six people were killed and two others were believed to be trapped under the debris in Zenica.", (6, 0, 2)),
        // the dead trapped on a floor are no missing people
        ("Twelve people were killed in the fire in Dhaka. Most of the dead were trapped on the third floor.", (12, 0, 0)),
        // an apposition with "both" between a count and its verb
        ("Two people, both municipal workers, died on Sunday in Shostka.", (2, 0, 0)),
        // swept away: missing; found alive: no longer missing
        ("Seven people drowned in Beledweyne on Monday. Four others were swept away and had not been found.", (7, 0, 4)),
        ("At least nine people drowned near Kousseri. Two fishermen who were reported missing on Nov. 17 were found alive on Sunday.", (9, 0, 0)),
        // a rate is no count; survivors with wounds are injured
        ("A cholera outbreak in Nyala has killed 64 people since Nov. 1, and clinics are treating about 150 patients a day. Eleven survivors with machete wounds are being treated at the health centre.", (64, 11, 0)),
        // "the three others" after a semicolon are part of the count before
        ("Fighting in Malakal killed five people on Tuesday and Wednesday. Two of those killed were shot dead on the first day; the three others died after knife fights on Wednesday morning.", (5, 0, 0)),
    ];
    assert_totals_at(&cases, 1_764_000_000); // 2025-11-24
}

#[test]
fn subsets_of_whom_early_reports_and_one_more_victim() {
    let cases: [(&str, (u32, u32, u32)); 5] = [
        // "still believed to be under the rubble": missing, past a long hedge
        ("A missile killed six people in Kramatorsk on Thursday. Twenty-one others were wounded, and two residents were still believed to be under the rubble on Friday.", (6, 21, 2)),
        // "of whom 31 were hospitalized" is part of the injured
        ("A strike on Dnipro killed 12 people on Saturday. Fifty-three people were injured, of whom 31 were hospitalized.", (12, 53, 0)),
        // an early report superseded by the final toll
        ("Rescuers in Dnipro finished their search on Monday, bringing the death toll to 12. The strike had initially been reported to have killed four.", (12, 0, 0)),
        // a place phrase with "off" between a count and its cue
        ("Floods in Sindh killed 23 people. Nine fishermen off Thatta were reported missing.", (23, 0, 9)),
        // "and another wounded": one more victim
        ("One Armenian soldier was killed and another wounded late on Wednesday near the village of Sotk.", (1, 1, 0)),
    ];
    assert_totals_at(&cases, 1_764_000_000); // 2025-11-24
}

#[test]
fn competing_and_superseded_figures_identified_bodies_and_armed_criminals() {
    let cases: [(&str, (u32, u32, u32)); 6] = [
        // another source's lower figure is no new victims
        ("Clashes in Sweida province killed at least 27 people over the weekend, a monitor said. The Interior Ministry in Damascus gave a lower figure of 21 dead and said 48 people had been wounded.", (27, 48, 0)),
        // "although a doctor told ... that nine bodies": another source; then the revised toll
        ("An explosion at a mosque in Kandahar killed six worshippers, a spokesman said, although a doctor at the city hospital told reporters that nine bodies had been brought in. By Sunday the authorities had revised the toll to nine dead.", (9, 0, 0)),
        // bodies identified are the dead already counted
        ("At least 31 inmates were killed in a riot at the prison in Guayaquil. By Friday afternoon the authority said 27 bodies had been identified.", (31, 0, 0)),
        // an earlier report, whatever its size
        ("Gunmen killed 11 people at a party in Celaya on Sunday. Local media had earlier reported 12 dead.", (11, 0, 0)),
        // "in a week" is no rate
        ("The governor spoke after a wave of shootings in Salvador left 14 people dead in a week.", (14, 0, 0)),
        // armed criminals killed by guards are victims of their own
        ("Jordanian border guards killed four smugglers near Ruwaished on Friday. One soldier was seriously wounded.", (4, 1, 0)),
    ];
    assert_totals_at(&cases, 1_764_000_000); // 2025-11-24
}

#[test]
fn ages_leading_victims_quantified_restatements_and_regional_tolls() {
    let cases: [(&str, (u32, u32, u32)); 7] = [
        // ages in an aside are no count; the victim before "and her two children" is one more
        ("A mother and her two children, aged 7 and 11, died when a shell hit their house in Bilozerka.", (3, 0, 0)),
        // ages do not reach across a sentence
        ("A glide bomb killed four people in Kharkiv. Among the dead were two sisters aged 7 and 9. One resident is still missing.", (4, 0, 1)),
        ("An elderly man and his three grandsons were killed in a strike on Kupiansk.", (4, 0, 0)),
        // "several of the 37 injured": the article's only injured count
        ("A bus plunged into a gorge near Smolyan, killing nine people. The toll could rise, as several of the 37 injured were in critical condition.", (9, 37, 0)),
        // a list over places after "in his district"
        ("The district officer said 41 people died in his district and 23 in Rukum West.", (64, 0, 0)),
        // "across central Greece": an overall count that later reports break down
        ("Flash floods swept across central Greece, killing three people. Two elderly people drowned in their home in Palamas and a shepherd's body was found near Karditsa.", (3, 0, 0)),
        // a running toll equal to an overall count restates it
        ("Russian attacks killed five civilians across the Kherson region on Sunday. In Kherson city, a drone killed a man. A mother and her two children died in Bilozerka. The fifth victim was killed in Beryslav.", (5, 0, 0)),
    ];
    assert_totals_at(&cases, 1_764_000_000); // 2025-11-24
}

#[test]
fn definite_objects_crimes_charged_headline_subsets_and_survivors() {
    let cases: [(&str, (u32, u32, u32)); 4] = [
        // "killing the four civilians" refers back to the four already counted
        ("Two roadside bombs killed three Iraqi soldiers and four civilians in Kirkuk province on Wednesday. Hours later, a second device exploded next to a minibus south of Daquq, killing the four civilians and injuring nine.", (7, 9, 0)),
        // a crime charged is no casualty of the news
        ("Iran hanged two men in Zahedan on Saturday after convicting them of killing a member of the Basij militia during protests.", (0, 0, 0)),
        // hospital counts in plural hospitals
        ("A car bomb killed 13 people at a market in Homs. Around 40 others remain in hospitals in Homs and Hama.", (13, 40, 0)),
        // people pulled out unhurt are no injured; the injured after the comma are
        ("Rescuers recovered seven bodies from a landslide in Tecpan. A five-year-old boy was pulled out alive and unhurt, and three injured adults were taken to hospital in Chimaltenango.", (7, 3, 0)),
    ];
    assert_totals_at(&cases, 1_764_000_000); // 2025-11-24
                                             // A subset in the body is of a count in the body, not of the headline's.
    assert_eq!(
        totals(
            "Gunmen kill 4 at Iraqi checkpoint in Diyala, 3 attackers also killed",
            "Gunmen attacked an army checkpoint near Muqdadiyah late on Tuesday, killing four soldiers. Three of the attackers were killed in the ensuing firefight."
        ),
        (7, 0, 0)
    );
}

#[test]
fn roles_long_modifiers_crossed_counts_found_alive_and_breakdowns() {
    let cases: [(&str, (u32, u32, u32)); 5] = [
        // cartel members and marines are two sides: both add up
        ("Marines killed 13 suspected members of the Sinaloa cartel in a gunbattle near Tamazula on Sunday. One marine died and three were wounded.", (14, 3, 0)),
        // two modifiers before the victim noun
        ("In a separate incident on Monday, a motorcycle taxi driver was shot dead in the town of Bilogai, police said.", (1, 0, 0)),
        // a single source's description does not swallow the count after it
        ("A military jet bombed a monastery in Kani, killing 21 people. A volunteer rescuer who asked not to be named said at least 30 wounded were taken to a makeshift clinic.", (21, 30, 0)),
        // "another four" completes a breakdown begun with "Five of the dead"
        ("Storm Fung-wong killed nine people in Quang Ngai on Tuesday. Five of the dead were fishermen whose boats capsized; another four people were killed by falling trees in Qui Nhon.", (9, 0, 0)),
        // people found alive (verb first) are no longer missing
        ("Police find 11 missing prospectors alive in Segovia mine. One other miner died in the flooding.", (1, 0, 0)),
    ];
    assert_totals_at(&cases, 1_764_000_000); // 2025-11-24
}
