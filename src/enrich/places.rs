//! Places: gazetteer look-up of capitalised names, filtered for common words, person names and
//! metonyms, disambiguated with the article's countries and other places, and flagged as the
//! event location where a sentence reports an event there.
//!
//! Rules (in order), for a name found at a capitalised word start:
//! 1. Word boundaries on both sides; written as in the gazetteer, or in capitals (datelines).
//! 2. Names that are ordinary words ("Nice", "Split", "Police", month names) need strong
//!    context: "city/town/village of X", "near/outside X", "X, <Country or place>", a dateline.
//! 3. A name glued to other capitalised words is part of a person or organisation name
//!    ("Vladimir Putin", "Kyiv Independent"), unless the neighbour is a place word ("Kharkiv
//!    Oblast") or the sentence is in title case (headlines).
//! 4. A name followed by a statement verb is a metonym or a person ("Moscow has refused",
//!    "Jackson said"), not a place.
//! 5. Disambiguation: score = log10(population) + 5 if the country is one of the article's
//!    country hints (+3 only for places under 15,000 people) + 2.5 if another place of the article is in the same country + 1 for the
//!    place's own name (vs an alternate spelling). Places under 15,000 inhabitants (cities500
//!    entries of conflict countries) need a hint or a co-occurring place of their country.
//! 6. `is_event_location`: the place is in a sentence with an event cue (strike, killed,
//!    shelling, talks, ...), or opens the body as a dateline; not when it names an official's
//!    post ("Odesa regional governor").
//! 7. Qualifiers: ", <country or US state>" after a name selects that country's place (+10)
//!    and is skipped ("Paris, Texas"); so do a possessive country before it ("Lebanon's
//!    Tripoli") and a country entity before "city/town/village of" ("the Lebanese city of
//!    Tripoli").
//! 8. Not places: the tail of a country's name ("Sri Lanka"), parts of names joined by a
//!    particle ("Norte de Santander") or an Arabic surname ("Salem al-Mabrouk"), words after a
//!    hyphenated article ("Al-Ahram"), city districts ("Kharkiv's Kyivskyi district"), short
//!    acronyms in capitals ("SANA"), names before "state", "news", "cartel", names after
//!    "company", "agency", "newspaper" and the like.
//! 9. Support: in the final pass, an alternate spelling (not the place's own name) of a place
//!    under 2 million people, and any place named in a title-case headline, needs a country
//!    hint, a co-occurring place of its country or a qualifier; a place's own name scores +2
//!    over an alternate ("New Delhi" the city, not Delhi).
//! 10. Unlisted places ([`unlisted`]): a capitalised name after "village of", "town of",
//!     "hamlet of" and the like that the gazetteer did not resolve is a place without
//!     coordinates (`unlisted`), in the country its sentence names, else that of the nearest
//!     resolved place.

use crate::enrich::entities::{FastMap as HashMap, FastSet as HashSet};
use std::ops::Range;

use super::gazetteer::{Gazetteer, Place};
use crate::schema::v1::Location;
use crate::text::CharIndex;

/// Context of the article beyond its text.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlaceContext<'a> {
    /// ISO alpha-2 codes of countries the article mentions.
    pub country_hints: &'a [String],
    /// Byte offset at which the body starts (the headline precedes it).
    pub body_start: usize,
    /// The sentences of the text (byte ranges), when already split; split here otherwise.
    pub sentences: Option<&'a [Range<usize>]>,
}

/// Capitalised words that may precede a place name without making it part of a longer name.
const OK_BEFORE: &[&str] = &[
    "In",
    "At",
    "From",
    "Near",
    "To",
    "Of",
    "Outside",
    "Across",
    "Around",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "North",
    "South",
    "East",
    "West",
    "Greater",
    "Downtown",
    "Occupied",
    "The",
    "And",
    "Via",
    "Into",
    "Over",
    "On",
    "By",
    "Between",
    "Both",
    "While",
    "Before",
    "After",
    "Since",
    "Like",
    "Including",
    "Besieged",
    "Frontline",
    "Front-line",
    "Russian-occupied",
    "Russian-held",
    "Ukrainian-held",
    "Rebel-held",
    "But",
    "Meanwhile",
    "Also",
    "Elsewhere",
    "Residents",
    "Upper",
    "Lower",
    "Old",
    "Port",
];

/// Capitalised words that may follow a place name.
const OK_AFTER: &[&str] = &[
    "Oblast",
    "Region",
    "Province",
    "Governorate",
    "District",
    "Raion",
    "Mayor",
    "Governor",
    "City",
    "Airport",
    "Port",
    "On",
    "In",
    "And",
    "At",
];

/// Title words that make the next capitalised word part of a person's name.
const TITLES: &[&str] = &[
    "President",
    "Minister",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "General",
    "Gen",
    "Governor",
    "Mayor",
    "Sen",
    "Senator",
    "Rep",
    "Secretary",
    "Chancellor",
    "Prime",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Sheikh",
    "Lt",
    "Col",
    "Colonel",
    "Captain",
    "Capt",
    "Judge",
    "Justice",
    "Ambassador",
    "Envoy",
    "Commander",
    "Lord",
    "Lady",
    "Sir",
    "Saint",
];

/// Words after a name that mark it as a speaker or metonym ("Moscow has refused").
const STATEMENT_VERBS: &[&str] = &[
    "says",
    "said",
    "insists",
    "insisted",
    "refused",
    "refuses",
    "agreed",
    "agrees",
    "wants",
    "wanted",
    "accused",
    "accuses",
    "warned",
    "warns",
    "denied",
    "denies",
    "rejected",
    "rejects",
    "demanded",
    "demands",
    "commits",
    "committed",
    "claims",
    "claimed",
    "announced",
    "responded",
    "hopes",
    "hoped",
    "argues",
    "argued",
    "believes",
    "considers",
    "sees",
    "views",
    "signalled",
    "signaled",
    "welcomed",
    "condemned",
    "threatened",
    "vowed",
    "saw",
    "acknowledges",
    "acknowledged",
    "interested",
    "ready",
    "willing",
    "unwilling",
    "prepared",
    "expects",
    "plans",
    "intends",
    "seeks",
    "sought",
    "blamed",
    "blames",
    "retaliated",
    "summoned",
    "expelled",
    "urged",
    "urges",
    "maintains",
    "opposes",
    "opposed",
    "recognised",
    "recognized",
    "pledged",
    "shown",
    "told",
    "added",
    "stated",
    "noted",
    "urged",
    "called",
    "reacted",
    "seeks",
    "sought",
    "offered",
    "proposed",
    "supports",
    "backs",
    "opposes",
    "must",
    "should",
    "asked",
    "asks",
    "requested",
    "appealed",
    "praised",
    "criticised",
    "criticized",
    "blamed",
    "ordered",
    "expects",
    "expected",
    "hailed",
    "dismissed",
    "reported",
    "reports",
    "quoted",
];

/// Adverbs that may sit between a metonym and its verb ("Kyiv has repeatedly asked").
const ADVERBS: &[&str] = &[
    "also", "again", "already", "long", "not", "never", "since", "now", "still",
];

const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "will", "would", "is", "was", "could", "may", "might", "also", "again",
    "has also", "did", "does", "had also",
];

/// Words before a name that make it part of a water body's name ("Gulf of Aden").
const FEATURE_BEFORE: &[&str] = &["gulf of", "bay of", "sea of", "strait of", "straits of"];

/// Words after a name that make it part of a feature's name ("Lido beach", "Dnipro River").
const FEATURE_AFTER: &[&str] = &[
    "beach",
    "river",
    "lake",
    "dam",
    "hydroelectric",
    "reservoir",
    "bridge",
    "valley",
    "mountains",
    "gorge",
    "canal",
    "strait",
    "gulf",
    "bay",
    "strip",
    // "Sinaloa state prosecutors", "the Houthi-run Saba news agency": a region, an outlet.
    "state",
    "news",
    "cartel",
];

/// Nouns before a name that make it an organisation's name ("state oil company Pemex", "the
/// news agency Petra", "the daily Al-Ahram").
const ORG_BEFORE: &[&str] = &[
    "company",
    "firm",
    "agency",
    "newspaper",
    "daily",
    "broadcaster",
    "channel",
    "group",
    "carrier",
    "airline",
    "operator",
    "insurer",
    "bank",
    "lender",
    "brand",
];

/// Words before a name that make even a common-word name a place.
const STRONG_BEFORE: &[&str] = &[
    "city of",
    "town of",
    "village of",
    "port of",
    "near",
    "outside",
    "suburb of",
    "region of",
    "province of",
    "settlement of",
    "capital,",
];

/// Event cues: words of a sentence that reports something happening at its places.
const EVENT_CUES: &[&str] = &[
    "air strike",
    "airstrike",
    "airstrikes",
    "ambush",
    "ambushed",
    "arrested",
    "arrived",
    "assault",
    "attack",
    "attacked",
    "attacks",
    "besieged",
    "blast",
    "bombardment",
    "bombed",
    "bombing",
    "captured",
    "casualties",
    "clashed",
    "clashes",
    "conference",
    "convened",
    "damaged",
    "dead",
    "destroyed",
    "detained",
    "died",
    "drone",
    "drones",
    "entered",
    "entering",
    "evacuated",
    "explosion",
    "explosions",
    "fighting",
    "fire",
    "fired",
    "gathered",
    "gunmen",
    "held",
    "hit",
    "hits",
    "hosted",
    "incursion",
    "injured",
    "injuring",
    "killed",
    "killing",
    "landed",
    "massacre",
    "meet",
    "meeting",
    "met",
    "missile",
    "missiles",
    "negotiations",
    "offensive",
    "protest",
    "protests",
    "raid",
    "raids",
    "rubble",
    "seized",
    "seizing",
    "shelled",
    "shelling",
    "siege",
    "signed",
    "strike",
    "strikes",
    "struck",
    "summit",
    "talks",
    "victims",
    "visit",
    "visited",
    "voted",
    "wounded",
];

/// A place named in an official's title ("Odesa regional governor") is not where the
/// sentence's event happened.
const TITLE_AFTER: &[&str] = &[
    " regional governor",
    " regional military",
    " governor",
    " Governor",
    " mayor",
    " Mayor",
    " region's governor",
    " city council",
];

/// A country (and admin1) given after the name: "Paris, Texas".
type Qualifier = Option<([u8; 2], Box<str>)>;

/// The first `n` bytes of `s` (or fewer, on a char boundary).
fn tail_head(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// A resolved mention before grouping.
struct Mention {
    range: Range<usize>,
    place: u32,
    event: bool,
}

/// A country named in the text (a country entity's mention, e.g. the demonym "Lebanese"):
/// char offsets `start..end` into the text and the ISO alpha-2 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryMention {
    pub start: u32,
    pub end: u32,
    pub code: [u8; 2],
    /// Named by its demonym ("Lebanese"), not its name.
    pub demonym: bool,
}

/// Extracts the places of `text`.
pub fn extract(
    gaz: &Gazetteer,
    text: &str,
    index: &CharIndex,
    ctx: &PlaceContext<'_>,
) -> Vec<Location> {
    extract_with_countries(gaz, text, index, ctx, &[])
}

/// Extracts the places of `text`, with the country mentions the entity extractor found:
/// "the northern Lebanese city of Tripoli" qualifies Tripoli as Lebanon's.
pub fn extract_with_countries(
    gaz: &Gazetteer,
    text: &str,
    index: &CharIndex,
    ctx: &PlaceContext<'_>,
    countries: &[CountryMention],
) -> Vec<Location> {
    let owned;
    let sentences = match ctx.sentences {
        Some(s) => s,
        None => {
            owned = crate::text::sentences(text);
            &owned[..]
        }
    };
    let hints: HashSet<[u8; 2]> = ctx
        .country_hints
        .iter()
        .filter_map(|c| {
            let b = c.as_bytes();
            (b.len() == 2).then(|| [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()])
        })
        .collect();

    // 1. Accepted name occurrences, with the event flag of their sentence.
    // (range, pattern, event, qualifier, weak: found in a title-case line, where capitalised
    // neighbours cannot tell a place from part of a longer name).
    let mut raw: Vec<(Range<usize>, usize, bool, Qualifier, bool)> = Vec::new();
    // Names seen in a first-level region's context ("Sinaloa state", "the state of Chiapas").
    // Per name: true when a "state" word named it (not only "University of").
    let mut regions: HashMap<usize, bool> = HashMap::default();
    for sentence in sentences {
        let s = &text[sentence.clone()];
        let title_case = sentence.start < ctx.body_start || is_title_case(s);
        let mut event_sentence: Option<bool> = None;
        let mut skip_to = 0;
        let mut at = 0;
        while at < s.len() {
            // Fast path: an ASCII byte that is not a capital starts no name.
            if s.as_bytes()
                .get(at)
                .is_some_and(|b| b.is_ascii() && !b.is_ascii_uppercase())
            {
                at += 1;
                continue;
            }
            let Some(c) = s[at..].chars().next() else {
                break;
            };
            let word_start = c.is_uppercase() && !inside_word(&s[..at]);
            if !word_start {
                at += c.len_utf8();
                continue;
            }
            let abs = sentence.start + at;
            match gaz.match_at(text, abs) {
                Some(m) if m.end <= sentence.end => {
                    if let Some(strong) =
                        region_context(&text[sentence.start..abs], &text[m.end..sentence.end])
                    {
                        *regions.entry(m.pattern).or_default() |= strong;
                    }
                    if accept(
                        gaz,
                        text,
                        sentence.clone(),
                        m.pattern,
                        abs..m.end,
                        title_case,
                        ctx,
                    ) {
                        let dateline = is_dateline(text, abs..m.end, ctx.body_start);
                        let event = *event_sentence.get_or_insert_with(|| has_event_cue(s));
                        let titled = TITLE_AFTER.iter().any(|t| text[m.end..].starts_with(t));
                        let found = text[m.end..]
                            .strip_prefix(", ")
                            .and_then(|r| gaz.qualifier(tail_head(r, 48)));
                        // The qualifier is not a place of its own ("Alexandria, Virginia").
                        if let Some((_, _, len)) = found {
                            skip_to = m.end + 2 + len;
                        }
                        // "Lebanon's Tripoli": a possessive country before the name.
                        let found =
                            found.or_else(|| possessive_qualifier(gaz, &text[sentence.start..abs]));
                        // "the Lebanese city of Tripoli": a country named just before.
                        let found = found.or_else(|| {
                            demonym_qualifier(text, index, sentence.start..abs, countries)
                        });
                        let qualifier = found.map(|(cc, admin1, _)| (cc, Box::<str>::from(admin1)));
                        raw.push((
                            abs..m.end,
                            m.pattern,
                            (event && !titled) || dateline,
                            qualifier,
                            title_case && !dateline,
                        ));
                    }
                    at = skip_to.max(m.end).min(sentence.end) - sentence.start;
                }
                _ => {
                    // Skip to the end of this word.
                    at += s[at..]
                        .find(|ch: char| !ch.is_alphanumeric())
                        .unwrap_or(s.len() - at)
                        .max(c.len_utf8());
                }
            }
        }
    }

    // A qualified mention qualifies the unqualified mentions of the same name: "Lebanon's
    // Tripoli ... Tripoli".
    let mut qualified_names: HashMap<usize, ([u8; 2], Box<str>)> = HashMap::default();
    for (_, pattern, _, qualifier, _) in &raw {
        if let Some(q) = qualifier {
            qualified_names.entry(*pattern).or_insert_with(|| q.clone());
        }
    }
    for (_, pattern, _, qualifier, _) in raw.iter_mut() {
        if qualifier.is_none() {
            *qualifier = qualified_names.get(pattern).cloned();
        }
    }

    // 2. Disambiguation in two passes: alone, then with the countries of the other places.
    let first: Vec<Option<[u8; 2]>> = raw
        .iter()
        .map(|(_, pattern, _, qualifier, _)| {
            best(
                gaz,
                *pattern,
                &hints,
                &|_| (false, false),
                qualifier.as_ref(),
                None,
            )
            .and_then(|p| gaz.place(p))
            .map(|p| p.country)
        })
        .collect();
    // Per country, the mentions first resolved there and their names (patterns).
    let mut counts: HashMap<[u8; 2], (usize, Vec<usize>)> = HashMap::default();
    for (c, (_, pattern, ..)) in first.iter().zip(&raw) {
        if let Some(c) = c {
            let (n, names) = counts.entry(*c).or_default();
            *n += 1;
            if !names.contains(pattern) {
                names.push(*pattern);
            }
        }
    }
    let own_hints = self_hints(index, &raw, countries, &hints);
    let mut mentions = Vec::new();
    for (i, (range, pattern, event, qualifier, weak)) in raw.iter().enumerate() {
        let own = first.get(i).copied().flatten();
        // Countries of the other names (this one excluded): they add to the score; another
        // mention of the same name ("Chala ... visiting Chala") does not.
        let co = |c: [u8; 2]| {
            counts
                .get(&c)
                .is_some_and(|(_, names)| names.iter().any(|n| n != pattern))
        };
        // Countries of the other mentions: they admit a small place.
        let support = |c: [u8; 2]| {
            let n = counts.get(&c).map_or(0, |(n, _)| *n);
            (n > usize::from(own == Some(c)), co(c))
        };
        // A country hinted only by this very name ("Tripoli" read as Libya's capital) does
        // not support it.
        // Only when another country of the name has independent support: a hint and a
        // co-occurring place ("Lebanon", "Beirut" for the Lebanese Tripoli); a capital alone
        // keeps its own country ("Paris", "Dhaka").
        let trimmed;
        let hints = match own_hints.get(pattern).filter(|codes| {
            gaz.candidates(*pattern).iter().any(|c| {
                gaz.place(c.place).is_some_and(|p| {
                    !codes.contains(&p.country) && hints.contains(&p.country) && co(p.country)
                })
            })
        }) {
            Some(codes) => {
                trimmed = hints
                    .iter()
                    .filter(|c| !codes.contains(c))
                    .copied()
                    .collect::<HashSet<_>>();
                &trimmed
            }
            None => &hints,
        };
        if let Some(place) = best(
            gaz,
            *pattern,
            hints,
            &support,
            qualifier.as_ref(),
            Some(*weak),
        ) {
            // A village named like a first-level region the article names as such
            // ("Sinaloa state", "Guerrero Governor", "the state of Chiapas") is that region.
            // An alternate spelling of a town ("Chiapas" for Chiapa de Corzo) after "state"
            // words is the region too.
            let strong = regions.get(pattern).copied();
            if strong.is_some()
                && gaz.place(place).is_some_and(|p| {
                    p.population < REGION_MAX_POP
                        || (strong == Some(true)
                            && p.population < REGION_ALTERNATE_MAX_POP
                            && !gaz.is_primary(*pattern, place))
                })
            {
                continue;
            }
            mentions.push(Mention {
                range: range.clone(),
                place,
                event: *event,
            });
        }
    }

    // 3. One Location per place, in order of first mention.
    let mut out: Vec<(u32, Location)> = Vec::new();
    for m in mentions {
        let Some(place) = gaz.place(m.place) else {
            continue;
        };
        let span = index.span(text, m.range.clone());
        if let Some((_, loc)) = out.iter_mut().find(|(p, _)| *p == m.place) {
            loc.mentions.push(span);
            loc.is_event_location |= m.event;
        } else {
            out.push((m.place, location(place, m.event, span)));
        }
    }
    out.into_iter().map(|(_, l)| l).collect()
}

/// Words that name a settlement before "of": "the village of Turmus Ayya".
const SETTLEMENT_WORDS: &[&str] = &[
    "village",
    "town",
    "hamlet",
    "settlement",
    "township",
    "commune",
    "municipality",
];

/// Lowercase particles inside a place name: "Bab al-Tabbaneh", "Santa Rosa de Lima".
const NAME_LINKS: &[&str] = &[
    "al", "el", "ad", "as", "an", "ar", "ash", "at", "az", "de", "del", "da", "do", "la", "le",
];

/// Unlisted places an article names at most: a bound on the repeated-mention search.
const MAX_UNLISTED: usize = 16;

/// The name after a settlement word: capitalised words (joined by spaces, hyphens or
/// particles), at most four. Returns its byte length in `s`.
fn settlement_name(s: &str) -> Option<usize> {
    let mut end = 0;
    let mut words = 0;
    let mut rest = s;
    loop {
        // An optional particle ("al-", "de ") must be followed by a capitalised word.
        let mut consumed = 0;
        for link in NAME_LINKS {
            if let Some(r) = rest.strip_prefix(link) {
                if let Some(sep) = r.chars().next().filter(|c| *c == '-' || *c == ' ') {
                    consumed = link.len() + sep.len_utf8();
                    break;
                }
            }
        }
        let word = &rest[consumed..];
        if !word.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        let len = word
            .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
            .unwrap_or(word.len());
        // "Ayya's": the possessive is not part of the name.
        let len = word[..len]
            .strip_suffix("'s")
            .or_else(|| word[..len].strip_suffix("\u{2019}s"))
            .map_or(len, str::len);
        end = s.len() - word.len() + len;
        words += 1;
        rest = &word[len..];
        if words == 4 {
            break;
        }
        match rest.chars().next() {
            Some(c @ ('-' | ' ')) => rest = &rest[c.len_utf8()..],
            _ => break,
        }
    }
    (end > 0).then_some(end)
}

/// Places named as settlements ("the village of Turmus Ayya", "the hamlet of El Carmelo")
/// that the gazetteer did not resolve: villages outside cities500 and its countries. Each
/// takes the country of a country named in its sentence (not a demonym: "Israeli shelling of
/// the village of Aitaroun"), else of the nearest place resolved before it (after it when
/// none is), else the article's most named country; later mentions of the same name are
/// its mentions.
pub fn unlisted(
    text: &str,
    index: &CharIndex,
    sentences: &[Range<usize>],
    found: &[Location],
    countries: &[CountryMention],
    is_country: &dyn Fn(&str) -> bool,
) -> Vec<Location> {
    let mut out: Vec<Location> = Vec::new();
    let known = |name: &str| {
        found.iter().any(|l| {
            l.name.eq_ignore_ascii_case(name)
                || l.mentions.iter().any(|m| m.text.eq_ignore_ascii_case(name))
        })
    };
    // One pass over " of " (a search per settlement word and sentence cost 10% of the
    // enrichment time).
    for (of, _) in text.match_indices(" of ") {
        let word_start = text[..of]
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(0, |(k, c)| k + c.len_utf8());
        // "the village of X", not "the Village of X Hotel" or "downtown of".
        if !SETTLEMENT_WORDS.contains(&&text[word_start..of]) {
            continue;
        }
        let at = of + " of ".len();
        let Some(sentence) = sentences
            .get(sentences.partition_point(|r| r.end <= at))
            .filter(|r| r.start <= word_start)
        else {
            continue;
        };
        let Some(len) = settlement_name(&text[at..sentence.end]) else {
            continue;
        };
        let name = &text[at..at + len];
        if known(name) || is_country(name) || out.len() >= MAX_UNLISTED {
            continue;
        }
        let span = index.span(text, at..at + len);
        if let Some(l) = out.iter_mut().find(|l| l.name == name) {
            l.mentions.push(span);
            continue;
        }
        let country = unlisted_country(sentence, at, index, found, countries);
        out.push(Location {
            name: name.to_string(),
            country_code: country
                .map(|c| String::from_utf8_lossy(&c).into_owned())
                .unwrap_or_default(),
            is_event_location: has_event_cue(&text[sentence.clone()]),
            mentions: vec![span],
            unlisted: true,
            ..Location::default()
        });
    }
    // Later bare mentions: "Settlers attacked the village of Turmus Ayya ... In Turmus Ayya,".
    for l in &mut out {
        let name = l.name.clone();
        let mut from = 0;
        while let Some(i) = text[from..].find(name.as_str()) {
            let (a, b) = (from + i, from + i + name.len());
            from = b;
            let bounded = !text[..a]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && !text[b..].chars().next().is_some_and(char::is_alphanumeric);
            let span = index.span(text, a..b);
            if bounded && !l.mentions.iter().any(|m| m.start == span.start) {
                if let Some(sentence) = sentences.iter().find(|r| r.contains(&a)) {
                    l.is_event_location |= has_event_cue(&text[sentence.clone()]);
                }
                l.mentions.push(span);
            }
        }
        l.mentions.sort_by_key(|m| m.start);
    }
    out
}

/// The country of an unlisted place at byte `at` of `sentence` (see [`unlisted`]).
fn unlisted_country(
    sentence: &Range<usize>,
    at: usize,
    index: &CharIndex,
    found: &[Location],
    countries: &[CountryMention],
) -> Option<[u8; 2]> {
    let (s, e) = (
        index.char_offset(sentence.start) as u32,
        index.char_offset(sentence.end) as u32,
    );
    let here = index.char_offset(at) as u32;
    let named = |c: &&CountryMention| !c.demonym && c.start >= s && c.end <= e;
    let in_sentence = countries
        .iter()
        .filter(named)
        .min_by_key(|c| (c.start < here, c.start.abs_diff(here)))
        .map(|c| c.code);
    let code = |l: &Location| {
        let b = l.country_code.as_bytes();
        (b.len() == 2).then(|| [b[0], b[1]])
    };
    // The nearest resolved place in the sentence ("the village of Dani Fari near
    // Tillabéri"), else the nearest before it, else after it.
    let resolved = || {
        let mut best: Option<((bool, bool, u32), &Location)> = None;
        for l in found.iter().filter(|l| !l.unlisted) {
            for m in &l.mentions {
                let key = (
                    m.start < s || m.start > e,
                    m.start > here,
                    m.start.abs_diff(here),
                );
                if best.is_none_or(|(b, _)| key < b) {
                    best = Some((key, l));
                }
            }
        }
        best.and_then(|(_, l)| code(l))
    };
    let most_named = || {
        let mut counts: Vec<([u8; 2], usize)> = Vec::new();
        for c in countries {
            match counts.iter_mut().find(|(k, _)| *k == c.code) {
                Some((_, n)) => *n += 1,
                None => counts.push((c.code, 1)),
            }
        }
        // The first named wins a tie.
        counts.iter().rev().max_by_key(|(_, n)| *n).map(|(k, _)| *k)
    };
    in_sentence.or_else(resolved).or_else(most_named)
}

fn location(p: &Place, event: bool, span: crate::schema::v1::TextSpan) -> Location {
    Location {
        name: p.name.to_string(),
        country_code: p.country_code().to_string(),
        latitude: f64::from(p.lat),
        longitude: f64::from(p.lon),
        geoname_id: p.geoname_id,
        admin1: p.admin1.to_string(),
        is_event_location: event,
        mentions: vec![span],
        unlisted: false,
    }
}

/// Places under this population named in a region's context are the region.
const REGION_MAX_POP: u32 = 15_000;
/// Alternate spellings of places under this population named after "state" words are the
/// region.
const REGION_ALTERNATE_MAX_POP: u32 = 100_000;

/// Words after a name that make it a first-level region's ("Sinaloa state", "Sinaloa's
/// state prosecutor", "Guerrero Governor", "Gaza provincial police").
const REGION_AFTER: &[&str] = &[
    " state",
    "'s state",
    "\u{2019}s state",
    " department",
    " province",
    " provincial",
    " governorate",
    " Governor",
    " governor",
];

/// Words before a name that make it a first-level region's ("the state of Chiapas", the
/// "University of Nariño").
const REGION_BEFORE: &[&str] = &[
    "state of",
    "states of",
    "department of",
    "departments of",
    "governorate of",
    "university of",
];

/// True when the words around a name place it as a first-level region (see
/// [`REGION_AFTER`], [`REGION_BEFORE`]); bounded look-around.
/// Returns Some(true) after "state" words, Some(false) after "University of".
fn region_context(before: &str, after: &str) -> Option<bool> {
    if REGION_AFTER.iter().any(|w| {
        after.starts_with(w)
            && !after[w.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    }) {
        return Some(true);
    }
    let b = tail(before, 24).trim_end().to_ascii_lowercase();
    REGION_BEFORE
        .iter()
        .find(|w| b.ends_with(*w))
        .map(|w| *w != "university of")
}

/// Per name (pattern), the hinted countries whose every country mention lies inside a
/// mention of that name: "Tripoli" read as Libya's capital hints Libya only through itself.
fn self_hints(
    index: &CharIndex,
    raw: &[(Range<usize>, usize, bool, Qualifier, bool)],
    countries: &[CountryMention],
    hints: &HashSet<[u8; 2]>,
) -> HashMap<usize, Vec<[u8; 2]>> {
    let mut out: HashMap<usize, Vec<[u8; 2]>> = HashMap::default();
    if countries.is_empty() || raw.is_empty() {
        return out;
    }
    let spans: Vec<(u32, u32, usize)> = raw
        .iter()
        .map(|(r, pattern, ..)| {
            (
                index.char_offset(r.start) as u32,
                index.char_offset(r.end) as u32,
                *pattern,
            )
        })
        .collect();
    for code in hints {
        let mut owner: Option<usize> = None;
        let mut all_inside = true;
        for c in countries.iter().filter(|c| c.code == *code) {
            let inside = spans
                .iter()
                .find(|(s, e, _)| *s <= c.start && c.end <= *e)
                .map(|(_, _, p)| *p);
            match (inside, owner) {
                (Some(p), None) => owner = Some(p),
                (Some(p), Some(o)) if p == o => {}
                _ => {
                    all_inside = false;
                    break;
                }
            }
        }
        if let (true, Some(p)) = (all_inside, owner) {
            out.entry(p).or_default().push(*code);
        }
    }
    out
}

/// Population from which an alternate spelling alone (no country hint) names a place.
const ALTERNATE_MIN_POP: u32 = 2_000_000;
/// Score bonus when the name is the place's own name: "New Delhi" (the city of New Delhi)
/// over Delhi (for which "New Delhi" is an alternate).
const PRIMARY_BONUS: f64 = 2.0;

/// The best place for a name, or None when no candidate is plausible. `others(country)` tells
/// whether other mentions, and other names, of the article are in that country. `strict` is set in
/// the final pass, when the other mentions' countries are known: it drops alternate
/// spellings of unsupported places and, when `Some(true)` (a weak, title-case mention), every
/// unsupported place.
fn best(
    gaz: &Gazetteer,
    pattern: usize,
    hints: &HashSet<[u8; 2]>,
    others: &dyn Fn([u8; 2]) -> (bool, bool),
    qualifier: Option<&([u8; 2], Box<str>)>,
    strict: Option<bool>,
) -> Option<u32> {
    let strict_alternates = strict.is_some();
    let weak = strict == Some(true);
    let mut best: Option<(f64, u32)> = None;
    for c in gaz.candidates(pattern) {
        let Some(p) = gaz.place(c.place) else {
            continue;
        };
        let hinted = hints.contains(&p.country);
        // `co`: other mentions in that country (support); `co_names`: other names there.
        let (co, co_names) = others(p.country);
        // "Paris, Texas", "Kharkiv, Ukraine": the qualifier decides.
        let qualified = qualifier.is_some_and(|(cc, admin1)| {
            *cc == p.country && (admin1.is_empty() || **admin1 == *p.admin1)
        });
        if p.population < 15_000 && !hinted && !co && !qualified {
            continue;
        }
        // An alternate spelling of a place in a country the article does not name ("Boni"
        // for Bonn in a Kenyan story, "Kuki" for Kukichūō, "Mambasa" for Mombasa) is a
        // coincidence unless the place is a metropolis with well-known exonyms.
        // A title-case headline cannot tell "Abu Sayyaf" from the town of Abu: there a place
        // needs support from the article's countries or other places.
        if weak && !hinted && !co && !qualified {
            continue;
        }
        if strict_alternates
            && !c.primary
            && !hinted
            && !co
            && !qualified
            && p.population < ALTERNATE_MIN_POP
        {
            continue;
        }
        let score = f64::from(p.population.max(1)).log10()
            + match (hinted, p.population >= 15_000) {
                (true, true) => 5.0,
                // A hinted village must not outweigh a major city elsewhere ("Berlin", RU).
                (true, false) => 3.0,
                (false, _) => 0.0,
            }
            + if co_names { 2.5 } else { 0.0 }
            + if qualified { 10.0 } else { 0.0 }
            + if c.primary { PRIMARY_BONUS } else { 0.0 };
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, c.place));
        }
    }
    best.map(|(_, p)| p)
}

/// The filters of rules 1–4.
fn accept(
    gaz: &Gazetteer,
    text: &str,
    sentence: Range<usize>,
    pattern: usize,
    range: Range<usize>,
    title_case: bool,
    ctx: &PlaceContext<'_>,
) -> bool {
    let found = &text[range.clone()];
    let name = gaz.name(pattern);
    // Rule 1: boundaries and case.
    if text[range.end..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
    {
        return false;
    }
    let caps = found
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    if found != name && !(caps && found.len() >= 4) {
        return false;
    }
    let before = tail(&text[sentence.start..range.start], 64);
    let after = &text[range.end..sentence.end];
    let dateline = is_dateline(text, range.clone(), ctx.body_start);
    // Rule 1a: a short word in capitals outside a dateline or a capitalised headline is an
    // acronym ("state news agency SANA reported"), not a name.
    if found != name && !dateline && !title_case && found.chars().count() < 5 {
        return false;
    }
    // Rule 1c: the tail of a longer country name ("Sri Lanka", "Costa Rica"): the countries
    // extractor owns it.
    if ends_country_name(gaz, before, found) {
        return false;
    }
    // Rule 1d: a name inside a longer name joined by a lowercase particle ("Rio Grande do
    // Sul", "Norte de Santander", "Santa Rosa de Lima"), or a person's given name before an
    // Arabic family name ("Salem al-Mabrouk").
    if joined_by_particle(before, after) {
        return false;
    }
    // Rule 1e: a city district ("Kharkiv's Kyivskyi district", "the Dniprovskyi district"):
    // not the namesake town elsewhere.
    if is_city_district(before, found, after) {
        return false;
    }
    // Rule 1b: the news agency credited after a dateline is no place: "TEHRAN (IRNA) —",
    // "DAMASCUS (SANA) —" (Salerno's and Sanaa's alternate names).
    let credit = text
        .get(ctx.body_start..range.start)
        .is_some_and(|head| head.len() < 60 && head.contains(" (") && !head.contains(')'))
        && text[range.end..].trim_start().starts_with(')');
    if credit {
        return false;
    }
    // Rule 2: common words.
    if gaz.is_common_word(pattern) && !dateline && !strong_context(name, before, after) {
        return false;
    }
    // Rule 3: glued to other capitalised words.
    if !title_case && !dateline {
        let prev = before.trim_end_matches(' ');
        let glued_before = prev.len() + 1 == before.len() || prev.len() == before.len();
        if glued_before && before.ends_with(' ') {
            let word = last_word(prev);
            let possessive = word.ends_with("'s") || word.ends_with("\u{2019}s");
            // "Kharkiv, Sumy": punctuation ends the neighbour's name.
            let punctuated = word.ends_with(|c: char| !c.is_alphanumeric());
            if !punctuated
                && word.chars().next().is_some_and(char::is_uppercase)
                && !OK_BEFORE.contains(&word)
                && !is_demonym(word)
                && !possessive
            {
                return false;
            }
        }
        if TITLES.contains(&last_word(prev.trim_end_matches('.'))) {
            return false;
        }
        if let Some(rest) = after.strip_prefix(' ') {
            let word = first_word(rest);
            if word.chars().next().is_some_and(char::is_uppercase) && !OK_AFTER.contains(&word) {
                return false;
            }
        }
    }
    // Rule 4: statement verbs (not after a locative preposition: "the ministry in Oslo said").
    let lower_before = before.trim_end().to_ascii_lowercase();
    // Rule 4b: a name inside a feature's name: "Gulf of Aden", "Lido beach", "the Dnipro
    // hydroelectric plant", "Dnipro River".
    if FEATURE_BEFORE.iter().any(|f| lower_before.ends_with(f)) {
        return false;
    }
    if ORG_BEFORE.contains(&last_word(&lower_before)) {
        return false;
    }
    if let Some(rest) = after.strip_prefix(' ') {
        let next = first_word(rest).to_ascii_lowercase();
        if FEATURE_AFTER.contains(&next.as_str()) {
            return false;
        }
    }
    let locative = is_locative(&lower_before);
    if let Some(rest) = after.strip_prefix(' ').filter(|_| !locative) {
        let mut words = rest
            .split_whitespace()
            .take(4)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        let mut w = words.next().unwrap_or("");
        if AUXILIARIES.contains(&w) {
            w = words.next().unwrap_or("");
        }
        if ADVERBS.contains(&w) || (w.ends_with("ly") && w.len() > 4) {
            w = words.next().unwrap_or("");
        }
        if STATEMENT_VERBS.contains(&w) {
            return false;
        }
    }
    true
}

/// A country named in the possessive right before a name ("Lebanon's Tripoli", "South
/// Sudan's Bor"), as a qualifier.
fn possessive_qualifier<'g>(gaz: &'g Gazetteer, before: &str) -> Option<([u8; 2], &'g str, usize)> {
    let b = tail(before, 48).strip_suffix(' ')?;
    let stem = b
        .strip_suffix("'s")
        .or_else(|| b.strip_suffix("\u{2019}s"))?;
    // The country's name: its last one to three words.
    let mut starts: Vec<usize> = stem.match_indices(' ').map(|(i, _)| i + 1).collect();
    starts.insert(0, 0);
    // The longest name first: "South Sudan" before "Sudan".
    let from = starts.len().saturating_sub(3);
    starts.get(from..)?.iter().find_map(|&i| {
        let name = stem.get(i..)?;
        let (cc, admin1, len) = gaz.qualifier(name)?;
        (len == name.len() && admin1.is_empty()).then_some((cc, admin1, len))
    })
}

/// Locative prepositions: a statement verb after "in X" belongs to someone else.
const LOCATIVES: &[&str] = &[
    " in", " at", " from", " near", " outside", " to", " into", " towards",
];

/// True when `lower_before` (lowercase, trimmed) ends with a locative preposition, also
/// across a list of places: "in Herat and Mazar-i-Sharif said", "in Kharkiv, Sumy and Odesa".
fn is_locative(lower_before: &str) -> bool {
    let mut b = lower_before;
    // At most three list items back: bounded work.
    for _ in 0..4 {
        if LOCATIVES.iter().any(|p| b.ends_with(p)) {
            return true;
        }
        let Some(rest) = b
            .strip_suffix(" and")
            .or_else(|| b.strip_suffix(" or"))
            .or_else(|| b.strip_suffix(','))
        else {
            return false;
        };
        // Drop the previous item: up to three words, to the preceding comma or preposition.
        let mut item = rest.trim_end();
        for _ in 0..3 {
            if LOCATIVES.iter().any(|p| item.ends_with(p)) || item.ends_with(',') {
                break;
            }
            item = match item.rfind(' ') {
                Some(i) => &item[..i],
                None => "",
            };
        }
        b = item.trim_end();
    }
    false
}

/// True when the text before a match ends inside a word: a letter or digit, or a hyphen
/// after a short article ("Al-Ahram", "Maarat al-Numan"). A hyphen after a longer word joins
/// names ("the Baku-Tbilisi-Kars railway").
fn inside_word(before: &str) -> bool {
    let mut back = before.chars().rev();
    match back.next() {
        None => false,
        Some('-') => {
            let stem = &before[..before.len() - 1];
            let word = stem
                .char_indices()
                .rev()
                .find(|(_, c)| !c.is_alphanumeric())
                .map_or(stem, |(i, c)| &stem[i + c.len_utf8()..]);
            !word.is_empty() && word.chars().count() <= 3
        }
        Some(c) => c.is_alphanumeric(),
    }
}

/// Lowercase particles that join the words of one longer name.
const NAME_PARTICLES: &[&str] = &["do", "da", "de", "del", "dos", "das", "di", "la"];

/// "Rio Grande do Sul", "Norte de Santander", "Salem al-Mabrouk": the match is one part of a
/// longer name joined by a lowercase particle.
fn joined_by_particle(before: &str, after: &str) -> bool {
    if let Some(rest) = after.strip_prefix(' ') {
        let word = first_word(rest);
        // "Salem al-Mabrouk", "Ali bin Hassan": an Arabic family name follows.
        let arabic = ["al-", "el-", "bin ", "ibn "]
            .iter()
            .any(|p| rest.starts_with(p) && rest[p.len()..].starts_with(char::is_uppercase));
        if arabic {
            return true;
        }
        if NAME_PARTICLES.contains(&word) {
            let next = rest[word.len()..].trim_start_matches(' ');
            if next.starts_with(char::is_uppercase) {
                return true;
            }
        }
    }
    let prev = before.trim_end_matches(' ');
    if prev.len() + 1 != before.len() {
        return false;
    }
    let particle = last_word(prev);
    if !NAME_PARTICLES.contains(&particle) {
        return false;
    }
    let head = prev[..prev.len() - particle.len()].trim_end_matches(' ');
    last_word(head).starts_with(char::is_uppercase)
}

/// "Kharkiv's Kyivskyi district", "the Dniprovskyi district": a district of a city.
fn is_city_district(before: &str, found: &str, after: &str) -> bool {
    // The district word may be part of the gazetteer's name ("Kyivskyi district").
    let next = match found.rfind(' ') {
        Some(i) => found[i + 1..].to_ascii_lowercase(),
        None => match after.strip_prefix(' ') {
            Some(rest) => first_word(rest).to_ascii_lowercase(),
            None => return false,
        },
    };
    if !["district", "neighbourhood", "neighborhood", "quarter"].contains(&next.as_str()) {
        return false;
    }
    // "the oblast's Beryslav district" is named after its town; "Dhaka's Mirpur district"
    // is a part of the city named before it.
    let prev = last_word(before.trim_end_matches(' '));
    let possessive = prev.ends_with("'s") || prev.ends_with("\u{2019}s");
    prev.eq_ignore_ascii_case("the") || (possessive && prev.starts_with(char::is_uppercase))
}

/// "Sri Lanka", "Costa Rica": the previous word and the match form a country's name.
fn ends_country_name(gaz: &Gazetteer, before: &str, found: &str) -> bool {
    let prev = before.trim_end_matches(' ');
    if prev.len() + 1 != before.len() {
        return false;
    }
    let word = last_word(prev);
    if !word.starts_with(char::is_uppercase) || word.len() > 24 {
        return false;
    }
    let joined = format!("{word} {found}");
    gaz.qualifier(&joined)
        .is_some_and(|(_, admin1, len)| admin1.is_empty() && len == joined.len())
}

/// Phrases between a country's name or demonym and a place: "the Lebanese city of Tripoli".
const PLACE_OF: &[&str] = &[
    " city of ",
    " town of ",
    " village of ",
    " port of ",
    " port city of ",
    " border town of ",
    " capital, ",
];

/// A country mention right before "city of X" (and the like), as a qualifier of X.
fn demonym_qualifier(
    text: &str,
    index: &CharIndex,
    before: Range<usize>,
    countries: &[CountryMention],
) -> Option<([u8; 2], &'static str, usize)> {
    if countries.is_empty() {
        return None;
    }
    let head = tail(text.get(before.clone())?, 48);
    let phrase = PLACE_OF.iter().find(|p| head.ends_with(*p))?;
    let end = before.end - phrase.len();
    let stem = text.get(before.start..end)?;
    let word = last_word(stem);
    if word.is_empty() {
        return None;
    }
    let (start, end) = (
        index.char_offset(end - word.len()) as u32,
        index.char_offset(end) as u32,
    );
    countries
        .iter()
        .find(|c| c.start == start && c.end == end)
        .map(|c| (c.code, "", 0))
}

/// The last `n` bytes of `s` (or fewer, on a char boundary): bounds look-behind work.
fn tail(s: &str, n: usize) -> &str {
    let mut start = s.len().saturating_sub(n);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    s.get(start..).unwrap_or("")
}

fn strong_context(name: &str, before: &str, after: &str) -> bool {
    let b = before.trim_end().to_ascii_lowercase();
    if STRONG_BEFORE.iter().any(|w| b.ends_with(w)) {
        return true;
    }
    // "police in Nice": a capitalised common word after "in"/"at" mid-sentence, unless it
    // names a month or a weekday ("in March").
    let lower = name.to_ascii_lowercase();
    let calendar = crate::text::MONTHS.contains(&lower.as_str())
        || crate::text::WEEKDAYS.contains(&lower.as_str());
    if !calendar && (b.ends_with(" in") || b.ends_with(" at")) {
        return true;
    }
    // "Split, Croatia": followed by a comma and a capitalised word.
    !calendar
        && after
            .strip_prefix(", ")
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase)
        && b.ends_with(" in")
}

/// "KHARKIV, Ukraine (AP) —": a capitalised place opening the body.
fn is_dateline(text: &str, range: Range<usize>, body_start: usize) -> bool {
    if range.start != body_start {
        return false;
    }
    let rest = &text[range.end..];
    rest.starts_with(',')
        || rest.starts_with(" (")
        || rest.starts_with(" —")
        || rest.starts_with(" -")
}

/// A subheading: a short line in title case without a full stop.
fn is_title_case(s: &str) -> bool {
    if s.ends_with('.') || s.len() > 120 {
        return false;
    }
    let words: Vec<&str> = s
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .filter(|w| w.len() > 3)
        .collect();
    words.len() >= 3
        && words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count()
            * 10
            >= words.len() * 8
}

fn has_event_cue(s: &str) -> bool {
    let mut buf = [0u8; 16];
    let mut prev_air = false;
    for w in s.split(|c: char| !c.is_ascii_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        if (3..=16).contains(&w.len()) {
            let lower = &mut buf[..w.len()];
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            // "air raid sirens/alerts" warn of an attack; they do not report one.
            let air_raid = prev_air && (&*lower == b"raid" || &*lower == b"raids");
            if !air_raid
                && EVENT_CUES
                    .binary_search_by(|c| c.as_bytes().cmp(lower))
                    .is_ok()
            {
                return true;
            }
        }
        prev_air = w.eq_ignore_ascii_case("air");
    }
    s.contains("air strike")
}

fn is_demonym(word: &str) -> bool {
    ["ian", "ese", "ish", "ean", "i"]
        .iter()
        .any(|s| word.len() > 4 && word.ends_with(s))
        || word.contains('-')
}

fn last_word(s: &str) -> &str {
    let start = s
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '\u{201c}')
        .map_or(0, |i| i + 1);
    s.get(start..).unwrap_or("")
}

fn first_word(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .unwrap_or(s.len());
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_cues_are_sorted_for_binary_search() {
        assert!(EVENT_CUES.windows(2).all(|w| w[0] < w[1]));
        assert!(has_event_cue("Two people were killed in the shelling."));
        assert!(!has_event_cue("The ministry published its annual report."));
    }

    fn run(text: &str, hints: &[&str]) -> Vec<Location> {
        let g = Gazetteer::bundled().unwrap();
        let hints: Vec<String> = hints.iter().map(|s| s.to_string()).collect();
        let ctx = PlaceContext {
            country_hints: &hints,
            body_start: 0,
            sentences: None,
        };
        extract(&g, text, &CharIndex::new(text), &ctx)
    }

    #[test]
    fn kharkiv_is_the_event_location() {
        let locs = run(
            "Talks were held in Riyadh on Monday. Later, a Russian drone struck an apartment building in Kharkiv, killing three.",
            &["UA", "RU"],
        );
        let k = locs.iter().find(|l| l.name == "Kharkiv").unwrap();
        assert_eq!(k.country_code, "UA");
        assert!(k.is_event_location);
        assert_eq!(k.mentions[0].text, "Kharkiv");
    }

    #[test]
    fn filters_people_metonyms_and_common_words() {
        let locs = run(
            "Russian President Vladimir Putin spoke. Moscow has refused the deal. Police said Split was calm. Nice weather in March.",
            &["RU"],
        );
        let names: Vec<&str> = locs.iter().map(|l| l.name.as_str()).collect();
        assert!(names.is_empty(), "{names:?}");
        let locs = run("A ferry docked in the port of Split, Croatia.", &["HR"]);
        assert_eq!(locs.len(), 1);
        assert_eq!(locs[0].country_code, "HR");
    }

    #[test]
    fn hinted_villages_do_not_beat_major_cities() {
        // Russia has a village called Berlin; a Russian hint must not move Germany's capital.
        let locs = run("Ministers met in Berlin on Monday.", &["RU", "UA"]);
        assert_eq!(locs[0].country_code, "DE");
        // "Nov. 25" is a date, not the Israeli village Nov.
        assert!(run("The attack on Nov. 25 was the largest.", &["IL"]).is_empty());
        // Mere mentions are not event locations; dateline places are.
        let locs = run(
            "Air raid sirens also sounded in Sumy, about an hour later.",
            &["UA"],
        );
        assert!(!locs[0].is_event_location);
    }

    #[test]
    fn lists_of_places() {
        let locs = run("Drones struck Kharkiv, Sumy and Odesa overnight.", &["UA"]);
        let names: Vec<&str> = locs.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, vec!["Kharkiv", "Sumy", "Odesa"]);
    }

    #[test]
    fn qualifiers_pick_the_place() {
        let locs = run("Officials in Paris, Texas, declined to comment.", &[]);
        assert_eq!(
            (locs[0].country_code.as_str(), locs[0].admin1.as_str()),
            ("US", "TX")
        );
        let locs = run("Protesters gathered in Alexandria, Virginia.", &[]);
        assert_eq!(locs.len(), 1, "{locs:?}");
        assert_eq!(locs[0].country_code, "US");
        let locs = run("Officials in Paris said so.", &[]);
        assert_eq!(locs[0].country_code, "FR");
    }

    #[test]
    fn hints_resolve_ambiguous_names() {
        // Alexandria: Egypt (big) vs the US (Virginia).
        let eg = run("Protesters gathered in Alexandria.", &[]);
        assert_eq!(eg[0].country_code, "EG");
        let us = run("Protesters gathered in Alexandria.", &["US"]);
        assert_eq!(us[0].country_code, "US");
    }

    #[test]
    fn features_possessive_countries_and_capital_metonyms() {
        let names = |text: &str, hints: &[&str]| -> Vec<(String, String)> {
            run(text, hints)
                .into_iter()
                .map(|l| (l.name, l.country_code))
                .collect()
        };
        // A possessive country qualifies the name, and every later mention of it.
        let t = "A drone hit a flat in Lebanon's Tripoli on Monday. Tripoli has been calm.";
        assert_eq!(
            names(t, &["LB", "LY"]),
            vec![("Tripoli".to_string(), "LB".to_string())]
        );
        // Water bodies and features are not their namesake cities.
        assert!(names("A ship was hit in the Gulf of Aden.", &["YE"]).is_empty());
        assert!(names("Gunmen attacked Lido beach at night.", &["SO"]).is_empty());
        // After a locative preposition a statement verb belongs to someone else.
        assert_eq!(
            names(
                "Residents who fled to Sittwe said the village was empty.",
                &["MM"]
            )
            .len(),
            1
        );
        // A capital as the government.
        assert!(names("Kyiv rarely acknowledges such strikes.", &["UA"]).is_empty());
        assert!(names("He said Moscow was not interested in peace.", &["RU"]).is_empty());
        // An alternate name that is a demonym is no place.
        assert!(names(
            "Traders in the Thai border town of Mae Sot said prices rose.",
            &["TH"]
        )
        .iter()
        .all(|(_, cc)| cc == "TH"));
    }

    fn names(text: &str, hints: &[&str]) -> Vec<(String, String)> {
        run(text, hints)
            .into_iter()
            .map(|l| (l.name, l.country_code))
            .collect()
    }

    #[test]
    fn hyphenated_and_apostrophe_names_in_capitals() {
        // Datelines in capitals: the letters after a hyphen or an apostrophe may be lower
        // case in the gazetteer ("Port-au-Prince") or upper case ("N'Djamena").
        let g = Gazetteer::bundled().unwrap();
        for (dateline, name) in [
            (
                "PORT-AU-PRINCE, April 2 (AP) - Gunmen attacked.",
                "Port-au-Prince",
            ),
            ("N'DJAMENA (AFP) — Clashes killed 19.", "N'Djamena"),
        ] {
            let ctx = PlaceContext {
                country_hints: &[],
                body_start: 0,
                sentences: None,
            };
            let locs = extract(&g, dateline, &CharIndex::new(dateline), &ctx);
            assert_eq!(
                locs.first().map(|l| l.name.as_str()),
                Some(name),
                "{dateline}"
            );
        }
        // A hyphenated name in a list, before a statement verb, after a locative.
        let found = names(
            "Importers in Herat and Mazar-i-Sharif said fuel prices rose.",
            &["AF"],
        );
        assert_eq!(found.len(), 2, "{found:?}");
        // Hyphens after an Arabic article belong to the word; between names they join them.
        assert!(names("The minister told Al-Ahram on Sunday.", &["EG"]).is_empty());
        assert!(names("’-President ’-Al-Ahram", &["EG"]).is_empty());
        let found = names("They will upgrade the Baku-Tbilisi-Kars railway.", &["AZ"]);
        assert_eq!(found.len(), 3, "{found:?}");
    }

    #[test]
    fn country_names_particles_and_districts_are_not_places() {
        // The tail of a country's name ("Sri Lanka") is no Indian town called Lanka.
        assert!(names("Sri Lanka's parliament will vote on Friday.", &["LK"]).is_empty());
        // Parts of longer names joined by a particle; a given name before an Arabic surname.
        let found = names("Troops were sent to Norte de Santander this year.", &["CO"]);
        assert!(found.is_empty(), "{found:?}");
        assert!(names(
            "\"We heard weapons,\" Salem al-Mabrouk, a resident, said.",
            &["LY"]
        )
        .is_empty());
        // A district of a city is not the namesake town.
        let found = names(
            "A glide bomb hit a gas station in Kharkiv's Kyivskyi district.",
            &["UA"],
        );
        assert!(found.iter().all(|(n, _)| n == "Kharkiv"), "{found:?}");
        // A short acronym in capitals is not a name ("SANA" is not Sanaa).
        assert!(names(
            "A bomb wounded three, state news agency SANA reported.",
            &["SY"]
        )
        .is_empty());
        // A month after "in" and a comma is still a month.
        assert!(names("Eleven people had been killed in March, he added.", &["UA"]).is_empty());
    }

    #[test]
    fn primary_names_and_unsupported_alternates() {
        // "New Delhi" is the city of New Delhi, not Delhi (which has it as an alternate).
        let found = names("Officials met in New Delhi on Monday.", &["IN"]);
        assert_eq!(found.first().map(|(n, _)| n.as_str()), Some("New Delhi"));
        // An alternate spelling of a foreign city the article never supports is no place:
        // "Boni" (an alternate of Bonn) in a story about Kenya.
        let found = names(
            "Attackers fled into the forest near Boni, Kenyan police said.",
            &["KE"],
        );
        assert!(found.iter().all(|(_, cc)| cc != "DE"), "{found:?}");
    }

    #[test]
    fn demonym_before_city_of_qualifies_the_place() {
        let g = Gazetteer::bundled().unwrap();
        let text = "A drone hit the northern Lebanese city of Tripoli on Monday.";
        // The capital of Libya made the article's hints LY as well as LB.
        let hints = vec!["LY".to_string(), "LB".to_string()];
        let ctx = PlaceContext {
            country_hints: &hints,
            body_start: 0,
            sentences: None,
        };
        let index = CharIndex::new(text);
        let at = text.find("Lebanese").unwrap();
        let lebanese = CountryMention {
            start: at as u32,
            end: (at + "Lebanese".len()) as u32,
            code: *b"LB",
            demonym: false,
        };
        let locs = extract_with_countries(&g, text, &index, &ctx, &[lebanese]);
        assert_eq!(locs[0].country_code, "LB", "{locs:?}");
        let libyan = CountryMention {
            code: *b"LY",
            ..lebanese
        };
        let locs = extract_with_countries(&g, text, &index, &ctx, &[libyan]);
        assert_eq!(locs[0].country_code, "LY", "{locs:?}");
    }

    #[test]
    fn widened_gazetteer_folded_and_bare_names() {
        // Villages of more countries, names without diacritics, Arabic names without the
        // article.
        let found = names("Fighting near Tibu and Cucuta displaced families.", &["CO"]);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|(_, cc)| cc == "CO"));
        let found = names("Drones struck positions near Qamishli.", &["SY"]);
        assert_eq!(found, vec![("Al Qāmishlī".to_string(), "SY".to_string())]);
        // Ordinary words that open organisation names.
        assert!(names(
            "Six were taken to the University of Gondar hospital.",
            &["ET"]
        )
        .iter()
        .all(|(n, _)| n != "University"));
        // Outlets and regions named like villages.
        assert!(names("Sinaloa state prosecutors said so.", &["MX"]).is_empty());
        assert!(names("The state oil company Pemex will borrow more.", &["MX"]).is_empty());
    }

    #[test]
    fn regions_repeats_and_self_hints() {
        // A village named like the state the article names as such is the state.
        let found = names(
            "Gunmen killed eight in Culiacán, Sinaloa's state prosecutor said. Troops will arrive in Sinaloa.",
            &["MX"],
        );
        assert!(found.iter().all(|(n, _)| n != "Sinaloa"), "{found:?}");
        // Repeating a name is no support for its country: Chala is Peru's here.
        let found = names(
            "A quake hit Arequipa. Three died in Chala. The minister visited Chala.",
            &["PE"],
        );
        assert!(
            found.contains(&("Chala".to_string(), "PE".to_string())),
            "{found:?}"
        );
        // A country hinted only by the name itself (Tripoli read as Libya's capital) loses
        // to the article's own country and places.
        let g = Gazetteer::bundled().unwrap();
        let text =
            "BEIRUT (AFP) - A strike near Nabatieh killed two. A blast in Tripoli wounded five.";
        let hints = vec!["LB".to_string(), "LY".to_string()];
        let ctx = PlaceContext {
            country_hints: &hints,
            body_start: 0,
            sentences: None,
        };
        let index = CharIndex::new(text);
        let at = text.find("Tripoli").unwrap();
        let libya = CountryMention {
            start: at as u32,
            end: (at + "Tripoli".len()) as u32,
            code: *b"LY",
            demonym: false,
        };
        let locs = extract_with_countries(&g, text, &index, &ctx, &[libya]);
        let tripoli = locs.iter().find(|l| l.name == "Tripoli").unwrap();
        assert_eq!(tripoli.country_code, "LB", "{locs:?}");
        // Alone, the capital of Libya keeps its own country.
        let text = "A blast in Tripoli wounded five.";
        let index = CharIndex::new(text);
        let at = text.find("Tripoli").unwrap() as u32;
        let libya = CountryMention {
            start: at,
            end: at + 7,
            code: *b"LY",
            demonym: false,
        };
        let hints = vec!["LY".to_string()];
        let ctx = PlaceContext {
            country_hints: &hints,
            ..ctx
        };
        let locs = extract_with_countries(&g, text, &index, &ctx, &[libya]);
        assert_eq!(locs[0].country_code, "LY", "{locs:?}");
    }

    #[test]
    fn huge_input_is_linear() {
        let text = "in Kharkiv, ".repeat(50_000) + &"A".repeat(200_000);
        let locs = run(&text, &["UA"]);
        assert_eq!(locs.len(), 1);
    }
}
