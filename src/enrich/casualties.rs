//! Casualty counts: killed, injured, missing.
//!
//! Per sentence, over word tokens, with bounded windows (linear time):
//! - number → cue: "seven civilians were killed", "at least 12 people died", "dozens were
//!   wounded", "between 10 and 15 people are missing" (up to [`MAX_GAP`] victim nouns and
//!   filler words between the number and the cue);
//! - cue → number: "killing at least 12 people", "injuring 30", "the death toll rose to 12";
//! - ordinals: "the body of a third victim was found" → killed, at least 3.
//!
//! Negated quantities ("no one was killed", "no deaths") report nothing. Vague quantities
//! carry the floor of `data/enrich-ner/number_words.tsv` ("dozens" = 24) and `vague = true`.
//! Lists add up: "killing 49 civilians and 15 soldiers", "a Hamas official, his wife and their
//! two daughters", "two in Mykolaiv and one in Odesa", "Two soldiers and five civilians were
//! killed"; a subset ("Ten of them died") is no new report.
//!
//! [`summarize`] totals per kind without double counting restatements (the full rule is in
//! `docs/enrich-ner.md`): reports are grouped by incident, keyed by place and date (a place
//! after the report in its own clause, else the nearest before it; a report without a place
//! continues the last placed report before it); within an incident, reports of one victim
//! role restate each other, different roles add up, and generic ones ("people") may restate
//! all; the kind's total is the sum over incidents. A running toll (`cumulative`: "the toll
//! rose to 13", "a third victim", a count over a month) replaces the incidents before it when
//! it covers them; "revised down" corrects them; an overall figure ("11 in total") is a floor;
//! incidents adding up exactly to the one before them are its breakdown. "Separately", "also"
//! and "a further" mark more victims. The headline summarises the body: the total is the
//! larger of the two, not their sum. Vague and background reports are left out of totals.

use crate::schema::v1::{CasualtyKind, CasualtyReport, CasualtySummary};

use super::entities::{Doc, FastMap, FastSet, LexiconError, NerData};

mod slots;
mod summary;
pub use slots::Slots;
use slots::{after_in, char_range, iso_day, nearest_in};
pub(crate) use slots::{sentence_date, sentence_place};
pub use summary::{summarize, ReportKey};

/// Most tokens between a number and its cue word.
pub const MAX_GAP: usize = 7;

/// Reports kept per sentence. Wire copy has a handful; the cap bounds the work on crafted
/// input ("Five people were killed, " repeated 20,000 times in one sentence), whose checks
/// against the sentence's earlier reports would otherwise grow with the square of their number.
pub const MAX_REPORTS_PER_SENTENCE: usize = 32;

/// Reports kept per article, for the same reason: each report is checked against those
/// before it, and the summary's incidents against each other.
pub const MAX_REPORTS_PER_ARTICLE: usize = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumKind {
    Exact,
    Vague,
    Ordinal,
    Scale,
}

/// Cue words and number words (`casualty_cues.tsv`, `number_words.tsv`).
#[derive(Debug, Clone, Default)]
pub struct CasualtyLexicon {
    cues: FastMap<String, CasualtyKind>,
    victims: FastSet<String>,
    fillers: FastSet<String>,
    negations: FastSet<String>,
    numbers: FastMap<String, (u64, NumKind)>,
    /// Words a quantity can start with (qualifiers, number words, negations).
    starts: FastSet<String>,
    /// Every lexicon word with all its roles: one lookup per article token.
    classes: FastMap<String, Class>,
}

/// The roles of one word in the casualty lexicon.
#[derive(Debug, Clone, Copy, Default)]
struct Class {
    cue: Option<CasualtyKind>,
    victim: bool,
    filler: bool,
    start: bool,
    number: Option<(u64, NumKind)>,
    /// A word of the cue-less patterns (see [`TRIGGER_WORDS`]).
    trigger: bool,
}

/// Per-token classes of an article.
struct Classes<'l>(Vec<Option<&'l Class>>);

impl Class {
    /// A word that is a cue of `kind` and nothing else.
    const fn cue_only(kind: CasualtyKind) -> Self {
        Self {
            cue: Some(kind),
            victim: false,
            filler: false,
            start: false,
            number: None,
            trigger: false,
        }
    }
}

/// A wound phrase's verb: "shot in the leg", "lost a leg".
static WOUND_VERB: Class = Class::cue_only(CasualtyKind::Injured);

/// "still under the rubble", "feared trapped": a missing cue.
static UNDER_RUBBLE: Class = Class::cue_only(CasualtyKind::Missing);

/// "were believed to be trapped": "to" between a hedge and "be" joins a count to its cue.
static TO_BE: Class = Class {
    cue: None,
    victim: false,
    filler: true,
    start: false,
    number: None,
    trigger: false,
};

/// Body parts of wound phrases ("shot in the leg", "lost both legs").
fn is_body_part(w: &str) -> bool {
    matches!(
        w,
        "leg"
            | "legs"
            | "arm"
            | "arms"
            | "hand"
            | "hands"
            | "foot"
            | "feet"
            | "eye"
            | "eyes"
            | "limb"
            | "limbs"
            | "shoulder"
            | "chest"
            | "stomach"
            | "back"
            | "head"
            | "neck"
    )
}

impl<'l> Classes<'l> {
    fn new(doc: &Doc, lex: &'l CasualtyLexicon) -> Self {
        // "was shot in the leg", "lost a leg": wounds, though "shot" and "lost" alone report
        // nothing certain.
        // "three more people were still under the rubble": missing.
        let under_rubble = |k: usize| {
            doc.lower(k) == "under"
                && k > 0
                && matches!(
                    doc.lower(k - 1),
                    "still" | "remain" | "remained" | "buried" | "trapped" | "be"
                )
                && (matches!(doc.lower(k + 1), "rubble" | "debris")
                    || (doc.lower(k + 1) == "the"
                        && matches!(doc.lower(k + 2), "rubble" | "debris")))
        };
        // "four miners trapped underground", "seven feared trapped", "were believed to be
        // trapped" (not "trapped on the third floor" of the dead).
        // (not "the body of a third victim was found trapped beneath the rubble")
        let trapped = |k: usize| {
            doc.lower(k) == "trapped"
                && !(k > 0 && doc.lower(k - 1) == "found")
                && (matches!(doc.lower(k + 1), "underground" | "inside" | "beneath")
                    || (k > 0 && matches!(doc.lower(k - 1), "feared" | "believed" | "be")))
        };
        // "Four others were swept away and had not been found" (passive: the people)
        let swept_away = |k: usize| {
            doc.lower(k) == "swept"
                && doc.lower(k + 1) == "away"
                && k > 0
                && matches!(doc.lower(k - 1), "were" | "was" | "been")
        };
        let to_be = |k: usize| {
            doc.lower(k) == "to"
                && doc.lower(k + 1) == "be"
                && k > 0
                && matches!(
                    doc.lower(k - 1),
                    "believed" | "feared" | "thought" | "presumed"
                )
        };
        let wound_verb = |k: usize| match doc.lower(k) {
            "shot" => doc.lower(k + 1) == "in" && is_body_part(doc.lower(k + 3)),
            "lost" => {
                matches!(
                    doc.lower(k + 1),
                    "a" | "an" | "his" | "her" | "both" | "one"
                ) && is_body_part(doc.lower(k + 2))
            }
            _ => false,
        };
        Self(
            (0..doc.tokens.len())
                .map(|k| {
                    let w = doc.lower(k);
                    // One string match picks the words with a context rule.
                    let special = match w {
                        "shot" | "lost" => wound_verb(k).then_some(&WOUND_VERB),
                        "under" | "trapped" | "swept" => {
                            (under_rubble(k) || trapped(k) || swept_away(k))
                                .then_some(&UNDER_RUBBLE)
                        }
                        "to" => to_be(k).then_some(&TO_BE),
                        _ => None,
                    };
                    special.or_else(|| lex.classes.get(w))
                })
                .collect(),
        )
    }
    fn get(&self, k: usize) -> Option<&'l Class> {
        self.0.get(k).copied().flatten()
    }
    fn cue(&self, k: usize) -> Option<CasualtyKind> {
        self.get(k).and_then(|c| c.cue)
    }
    fn victim(&self, k: usize) -> bool {
        self.get(k).is_some_and(|c| c.victim)
    }
    fn filler(&self, k: usize) -> bool {
        self.get(k).is_some_and(|c| c.filler)
    }
    fn start(&self, k: usize) -> bool {
        self.get(k).is_some_and(|c| c.start)
    }
    fn number(&self, k: usize) -> Option<(u64, NumKind)> {
        self.get(k).and_then(|c| c.number)
    }
}

impl CasualtyLexicon {
    pub fn load(
        cues: &str,
        cues_label: &str,
        numbers: &str,
        numbers_label: &str,
    ) -> Result<Self, LexiconError> {
        let mut lex = Self::default();
        for (line, l) in super::countries::data_lines(cues) {
            let Some((role, word)) = l.split_once('\t') else {
                return Err(LexiconError::invalid(
                    cues_label,
                    line,
                    "expected role<TAB>word",
                ));
            };
            let word = word.trim().to_lowercase();
            match role.trim() {
                "killed" => drop(lex.cues.insert(word, CasualtyKind::Killed)),
                "injured" => drop(lex.cues.insert(word, CasualtyKind::Injured)),
                "missing" => drop(lex.cues.insert(word, CasualtyKind::Missing)),
                "victim" => drop(lex.victims.insert(word)),
                "filler" => drop(lex.fillers.insert(word)),
                "negation" => drop(lex.negations.insert(word)),
                other => {
                    return Err(LexiconError::invalid(
                        cues_label,
                        line,
                        format!(
                        "unknown role {other:?} (killed|injured|missing|victim|filler|negation)"
                    ),
                    ))
                }
            }
        }
        for (line, l) in super::countries::data_lines(numbers) {
            let cols: Vec<&str> = l.split('\t').map(str::trim).collect();
            let [word, value, kind] = cols.as_slice() else {
                return Err(LexiconError::invalid(
                    numbers_label,
                    line,
                    "expected word<TAB>value<TAB>kind",
                ));
            };
            let value: u64 = value.parse().map_err(|_| {
                LexiconError::invalid(numbers_label, line, format!("bad value {value:?}"))
            })?;
            let kind = match *kind {
                "exact" => NumKind::Exact,
                "vague" => NumKind::Vague,
                "ordinal" => NumKind::Ordinal,
                "scale" => NumKind::Scale,
                other => {
                    return Err(LexiconError::invalid(
                        numbers_label,
                        line,
                        format!("unknown kind {other:?} (exact|vague|ordinal|scale)"),
                    ))
                }
            };
            lex.numbers.insert(word.to_lowercase(), (value, kind));
        }
        let firsts = AT_LEAST.iter().chain(HEDGES).filter_map(|p| p.first());
        let words = firsts.map(|w| w.to_string()).chain(["between".to_string()]);
        let words = words
            .chain(lex.negations.iter().cloned())
            .chain(lex.numbers.keys().cloned());
        lex.starts = words.collect();
        let mut classes: FastMap<String, Class> = FastMap::default();
        for (w, kind) in &lex.cues {
            classes.entry(w.clone()).or_default().cue = Some(*kind);
        }
        for w in &lex.victims {
            classes.entry(w.clone()).or_default().victim = true;
        }
        for w in &lex.fillers {
            classes.entry(w.clone()).or_default().filler = true;
        }
        for w in &lex.starts {
            classes.entry(w.clone()).or_default().start = true;
        }
        for (w, v) in &lex.numbers {
            classes.entry(w.clone()).or_default().number = Some(*v);
        }
        let triggers = TRIGGER_WORDS.iter().chain(WOUND_NOUNS).chain(CARE_PLACES);
        for w in triggers {
            classes.entry((*w).to_string()).or_default().trigger = true;
        }
        lex.classes = classes;
        if lex.cues.is_empty() || lex.numbers.is_empty() {
            return Err(LexiconError::invalid(
                cues_label,
                0,
                "no cue words or no number words",
            ));
        }
        Ok(lex)
    }
}

/// A parsed quantity over tokens `start..end`.
#[derive(Debug, Clone, PartialEq)]
struct Num {
    start: usize,
    end: usize,
    count: u64,
    max: u64,
    at_least: bool,
    vague: bool,
    negated: bool,
    /// A bare article "a"/"an": counts only before a victim noun.
    article: bool,
}

const AT_LEAST: &[&[&str]] = &[
    &["at", "least"],
    &["more", "than"],
    &["over"],
    &["upwards", "of"],
    &["no", "fewer", "than"],
    &["no", "less", "than"],
];
const HEDGES: &[&[&str]] = &[
    &["about"],
    &["around"],
    &["approximately"],
    &["nearly"],
    &["almost"],
    &["some"],
    &["up", "to"],
    &["as", "many", "as"],
    &["an", "estimated"],
    &["roughly"],
];
const MAX_COUNT: u64 = 10_000_000;

fn phrase_at(doc: &Doc, i: usize, phrases: &[&[&str]]) -> usize {
    phrases
        .iter()
        .find(|p| {
            p.iter().enumerate().all(|(k, w)| doc.lower(i + k) == *w)
                && doc.all_joined(i, i + p.len())
        })
        .map_or(0, |p| p.len())
}

/// The value of one number token: digits ("1,200"), a word, or "twenty-five".
fn token_value(lex: &CasualtyLexicon, w: &str) -> Option<(u64, NumKind)> {
    if w.bytes().all(|b| b.is_ascii_digit() || b == b',')
        && w.bytes().next().is_some_and(|b| b.is_ascii_digit())
    {
        let v: u64 = w.replace(',', "").parse().ok()?;
        return Some((v.min(MAX_COUNT), NumKind::Exact));
    }
    if let Some(v) = lex.numbers.get(w) {
        return Some(*v);
    }
    // "twenty-five"
    let (a, b) = w.split_once('-')?;
    let (x, kx) = *lex.numbers.get(a)?;
    let (y, ky) = *lex.numbers.get(b)?;
    (kx == NumKind::Exact && ky == NumKind::Exact && x >= 20 && x % 10 == 0 && y < 10)
        .then_some((x + y, NumKind::Exact))
}

/// True when token `i` is an age: "two children, aged 7 and 11, died", "aged between 20 and
/// 35", "ages 4, 6 and 9".
fn is_age(doc: &Doc, lex: &CasualtyLexicon, i: usize) -> bool {
    let mut j = i;
    for _ in 0..6 {
        if j == 0 {
            return false;
        }
        j -= 1;
        // Not across a sentence or clause: "sisters aged 7 and 9. One resident is missing".
        if doc.gap(j).contains(['.', '!', '?', ';']) {
            return false;
        }
        match doc.lower(j) {
            "aged" | "ages" | "age" => return true,
            "and" | "between" | "from" | "to" => {}
            w if token_value(lex, w).is_some() => {}
            _ => return false,
        }
    }
    false
}

/// "A mother and her two children", "an elderly man and his three grandsons": the start of a
/// single victim joined to the count at `start` by "and his/her/their".
fn leading_victim(
    doc: &Doc,
    cl: &Classes,
    toks: &std::ops::Range<usize>,
    start: usize,
) -> Option<usize> {
    if start < toks.start + 4
        || !matches!(doc.lower(start - 1), "his" | "her" | "their")
        || doc.lower(start - 2) != "and"
        || !cl.victim(start - 3)
    {
        return None;
    }
    // The article, with up to two modifiers between it and the noun ("a 30-year-old woman").
    (start.saturating_sub(6).max(toks.start)..start - 3)
        .rev()
        .find(|&j| matches!(doc.lower(j), "a" | "an"))
        .filter(|&j| (j + 1..start - 3).all(|m| !cl.victim(m) && cl.number(m).is_none()))
}

/// Parses a quantity starting at token `i` (qualifiers included).
fn parse_number(doc: &Doc, lex: &CasualtyLexicon, i: usize) -> Option<Num> {
    if is_age(doc, lex, i) {
        return None;
    }
    let start = i;
    let mut k = i;
    let mut at_least = false;
    let q = phrase_at(doc, k, AT_LEAST);
    if q > 0 {
        at_least = true;
        k += q;
    } else {
        k += phrase_at(doc, k, HEDGES);
    }
    let w = doc.lower(k);
    if lex.negations.contains(w) && k == start {
        let mut end = k + 1;
        if doc.lower(end) == "one" {
            end += 1;
        }
        return Some(Num {
            start,
            end,
            count: 0,
            max: 0,
            at_least: false,
            vague: false,
            negated: true,
            article: false,
        });
    }
    // "between 10 and 15"
    if w == "between" {
        let (a, _) = token_value(lex, doc.lower(k + 1)).filter(|v| v.1 == NumKind::Exact)?;
        if doc.lower(k + 2) != "and" {
            return None;
        }
        let (b, _) = token_value(lex, doc.lower(k + 3)).filter(|v| v.1 == NumKind::Exact)?;
        return Some(Num {
            start,
            end: k + 4,
            count: a.min(b),
            max: a.max(b),
            at_least,
            vague: false,
            negated: false,
            article: false,
        });
    }
    // "10-15" as one token
    if let Some((a, b)) = w.split_once('-') {
        if let (Some((x, NumKind::Exact)), Some((y, NumKind::Exact))) =
            (token_value(lex, a), token_value(lex, b))
        {
            if a.bytes().all(|c| c.is_ascii_digit()) && x < y {
                return Some(Num {
                    start,
                    end: k + 1,
                    count: x,
                    max: y,
                    at_least,
                    vague: false,
                    negated: false,
                    article: false,
                });
            }
        }
    }
    // "a couple and their three children", "a couple died": two people ("a couple of" is vague).
    if w == "a" && doc.lower(k + 1) == "couple" && doc.lower(k + 2) != "of" && doc.joined(k) {
        return Some(Num {
            start,
            end: k + 1,
            count: 2,
            max: 2,
            at_least,
            vague: false,
            negated: false,
            article: false,
        });
    }
    let article = matches!(w, "a" | "an");
    let (mut value, kind) = token_value(lex, w)?;
    if kind == NumKind::Ordinal || kind == NumKind::Scale {
        return None;
    }
    let mut end = k + 1;
    let mut vague = kind == NumKind::Vague;
    // "a dozen", "a few", "a handful of", "one hundred", "two thousand", "twenty five"
    if let Some((v2, k2)) = token_value(lex, doc.lower(end)).filter(|_| doc.joined(end - 1)) {
        match k2 {
            NumKind::Scale => {
                value = value.saturating_mul(v2).min(MAX_COUNT);
                end += 1;
            }
            NumKind::Exact if article && v2 == 12 => {
                value = 12;
                end += 1;
            }
            NumKind::Vague if article => {
                value = v2;
                vague = true;
                end += 1;
            }
            NumKind::Exact if value >= 20 && value % 10 == 0 && v2 < 10 && !article => {
                value += v2;
                end += 1;
            }
            _ => {}
        }
    }
    let article = article && end == k + 1;
    // "10 to 15"
    let mut max = value;
    if !vague && doc.lower(end) == "to" {
        if let Some((y, NumKind::Exact)) = token_value(lex, doc.lower(end + 1)) {
            if y > value && !article {
                max = y;
                end += 2;
            }
        }
    }
    if vague && doc.lower(end) == "of" {
        // "several of the 37 injured": the count is the exact number after it.
        if doc.lower(end + 1) == "the"
            && matches!(
                token_value(lex, doc.lower(end + 2)),
                Some((_, NumKind::Exact))
            )
        {
            return None;
        }
        end += 1;
    }
    Some(Num {
        start,
        end,
        count: value,
        max,
        at_least,
        vague,
        negated: false,
        article,
    })
}

/// One found report, before places and dates are attached.
struct Raw {
    kind: CasualtyKind,
    num: Num,
    tokens: std::ops::Range<usize>,
    /// A running toll ("the death toll rose to 12", "bringing the toll to 14").
    cumulative: bool,
    /// Part of a count that may have been given before ("Ten of them died"): no report when
    /// the article already has one of its kind.
    subset: bool,
    /// The subset names its group by role ("two of the attackers"): a part of an earlier count
    /// of that role only.
    subset_of_role: bool,
}

/// How a count spans incidents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// One incident (the usual case).
    #[default]
    Incident,
    /// A count over several named incidents ("in two attacks", "in Kadugli and Dilling"): its
    /// own incident, which the reports after it may break down exactly.
    Several,
    /// A count over everything ("11 people in total", "a total of 40", "across the state",
    /// "nationwide"): the incidents after it that fit in it are its breakdown.
    Overall,
}

impl Num {
    /// An exact count of named victims over tokens `start..end` ("the driver", "a fourth").
    fn named(start: usize, end: usize, count: u64) -> Self {
        Self {
            start,
            end,
            count,
            max: count,
            at_least: false,
            vague: false,
            negated: false,
            article: true,
        }
    }
}

impl Raw {
    /// A plain report: no running toll, no subset.
    fn plain(kind: CasualtyKind, tokens: std::ops::Range<usize>, num: Num) -> Self {
        Self {
            kind,
            num,
            tokens,
            cumulative: false,
            subset: false,
            subset_of_role: false,
        }
    }
}

/// "killing 11 people in total", "a total of 40 people died", "in two attacks": the scope of a
/// count (see [`Scope`]).
fn count_scope(doc: &Doc, cl: &Classes, toks: &std::ops::Range<usize>, r: &Raw) -> Scope {
    let (s, e) = (r.tokens.start, r.tokens.end);
    let after = |i: usize| {
        if e + i < toks.end {
            doc.lower(e + i)
        } else {
            ""
        }
    };
    let before = |i: usize| {
        if s >= toks.start + i {
            doc.lower(s - i)
        } else {
            ""
        }
    };
    // "in a string of shootings across the state", "in two attacks near Diffa", "nationwide"
    let scope = (e..toks.end.min(e + 10))
        .take_while(|&k| k == e || !is_clause_break(doc.gap(k - 1)))
        .chain(toks.start.max(s.saturating_sub(10))..s);
    let (mut overall, mut several) = (false, false);
    for k in scope {
        let w = doc.lower(k);
        let next = doc.lower(k + 1);
        // "across Ukraine", "across Gaza": a country or region named after "across".
        let cap = |j: usize| doc.tokens.get(j).is_some_and(|x| x.cap);
        let area_word = |j: usize| {
            matches!(
                doc.lower(j),
                "strip" | "bank" | "region" | "province" | "state" | "valley" | "coast" | "delta"
            )
        };
        // "across central Greece", "across northern Nigeria"
        let compass = |j: usize| {
            matches!(
                doc.lower(j),
                "northern"
                    | "southern"
                    | "eastern"
                    | "western"
                    | "central"
                    | "northeastern"
                    | "northwestern"
                    | "southeastern"
                    | "southwestern"
            )
        };
        let named_area = w == "across"
            && (cap(k + 1)
                || (compass(k + 1) && cap(k + 2))
                || (next == "the" && cap(k + 2) && (k + 2..k + 5).any(area_word)));
        overall |= w == "nationwide"
            || named_area
            || (w == "across"
                && matches!(next, "the" | "several" | "two" | "three" | "four")
                && matches!(
                    doc.lower(k + 2),
                    "state"
                        | "country"
                        | "region"
                        | "province"
                        | "territory"
                        | "oblast"
                        | "strip"
                        | "north"
                        | "south"
                        | "east"
                        | "west"
                        | "provinces"
                        | "regions"
                        | "states"
                        | "districts"
                        | "villages"
                        | "towns"
                ));
        // "killed in three days of gunbattles": a count over a run of days (but not "after
        // two days of fighting, killing 15 militants").
        overall |= matches!(next, "days" | "weeks")
            && k > s
            && doc.lower(k - 1) == "in"
            && doc.lower(k + 2) == "of"
            && matches!(cl.number(k), Some((2.., NumKind::Exact)));
        several |= (matches!(
            w,
            "two" | "three" | "four" | "both" | "several" | "separate"
        ) && (k + 1..k + 4).any(|j| {
            matches!(
                doc.lower(j),
                "attacks"
                    | "strikes"
                    | "villages"
                    | "incidents"
                    | "raids"
                    | "districts"
                    | "provinces"
                    | "towns"
                    | "cities"
                    | "ambushes"
                    | "bombings"
                    | "communities"
                    | "camps"
                    | "areas"
                    | "neighbourhoods"
                    | "sites"
                    | "blasts"
                    | "explosions"
                    | "shootings"
            )
        }));
    }
    // "A string of attacks in and around Uvira in recent days has killed at least 38 people":
    // a count over a run of incidents sums up those reported after it.
    // "At least 16 people were killed ... after a cloudburst and a series of landslides".
    overall |= (toks.start.max(s.saturating_sub(12))..toks.end.min(e + 12)).any(|k| {
        // not "the latest in a series of strikes", "the deadliest of a string of attacks"
        let latest = k >= 3 && doc.lower(k - 3) == "latest";
        let linked = k < s
            || (k >= 2
                && doc.lower(k - 1) == "a"
                && matches!(doc.lower(k - 2), "and" | "after" | "in" | "by"));
        matches!(doc.lower(k), "string" | "series" | "wave" | "spate")
            && !latest
            && linked
            && doc.lower(k + 1) == "of"
            && matches!(
                doc.lower(k + 2),
                "attacks"
                    | "strikes"
                    | "raids"
                    | "clashes"
                    | "bombings"
                    | "shootings"
                    | "landslides"
                    | "floods"
                    | "explosions"
                    | "blasts"
            )
    });
    // "18 people had been killed by unexploded ordnance since Nov. 1, including the three
    // children": a count that takes in a count already given.
    overall |= (e..toks.end.min(e + 16)).any(|k| {
        doc.lower(k) == "including"
            && doc.lower(k + 1) == "the"
            && doc.gap(k - 1).contains(',')
            && (doc.lower(k + 2).starts_with(|c: char| c.is_ascii_digit())
                || matches!(cl.number(k + 2), Some((_, NumKind::Exact))))
    });
    // "killing 14 people in Mangu ... and nine more in Bokkos": a count at a named place is
    // that place's incident, whatever the sentence says of several villages.
    let at_place = matches!(after(0), "in" | "near" | "at" | "outside")
        && doc.tokens.get(e + 1).is_some_and(|x| x.cap)
        && e + 1 < toks.end;
    several &= !at_place;
    // "In all, four people died ...": an opener that sums the story up.
    let in_all = doc.lower(toks.start) == "in"
        && doc.lower(toks.start + 1) == "all"
        && doc.gap(toks.start + 1).contains(',');
    overall |= in_all
        || matches!((after(0), after(1)), ("in", "total" | "all"))
        || matches!(after(0), "altogether" | "overall" | "combined")
        || (before(1) == "of" && before(2) == "total")
        || (r.num.start >= 2
            && doc.lower(r.num.start - 1) == "of"
            && doc.lower(r.num.start - 2) == "total");
    if overall {
        Scope::Overall
    } else if several {
        Scope::Several
    } else {
        Scope::Incident
    }
}

/// The victims' role, when a report names one group of people with a role of their own
/// ("15 militants", "two soldiers", "the driver"): reports of different roles in one incident
/// add up ("killing 15 militants ... Two soldiers died"); generic ones ("people",
/// "civilians", "children") may restate any of them. Synonyms share a role.
const ROLES: &[(&str, &[&str])] = &[
    (
        "soldier",
        &[
            "soldier",
            "soldiers",
            "troops",
            "servicemen",
            "personnel",
            "recruits",
            "recruit",
            "conscripts",
            "cadets",
            "sailor",
            "sailors",
            "marine",
            "marines",
            "paratroopers",
            "gendarme",
            "gendarmes",
            "peacekeepers",
            "auxiliaries",
        ],
    ),
    (
        "police",
        &[
            "police",
            "policeman",
            "policemen",
            "officer",
            "officers",
            "constable",
            "constables",
        ],
    ),
    (
        "fighter",
        &[
            "fighters",
            "militant",
            "militants",
            "rebel",
            "rebels",
            "insurgents",
            "jihadists",
            "terrorists",
            "insurgent",
            "separatists",
            "separatist",
        ],
    ),
    // Attackers are an armed role of their own: "killing six fighters ... Two attackers were
    // killed" are two sides.
    (
        "attacker",
        &[
            "gunman",
            "gunmen",
            "attackers",
            "assailants",
            "attacker",
            "assailant",
        ],
    ),
    // Armed criminals: "border guards killed four smugglers" are a side of their own too.
    (
        "criminal",
        &[
            "smugglers",
            "smuggler",
            "traffickers",
            "poachers",
            "pirates",
            "kidnappers",
            "robbers",
            "looters",
            "raiders",
        ],
    ),
    (
        "worker",
        &[
            "worker",
            "workers",
            "employees",
            "labourers",
            "laborers",
            "miner",
            "miners",
            "staff",
        ],
    ),
    (
        "rescuer",
        &[
            "medics",
            "paramedic",
            "paramedics",
            "doctor",
            "doctors",
            "nurse",
            "nurses",
            "rescuer",
            "rescuers",
            "firefighter",
            "firefighters",
            "volunteer",
            "volunteers",
        ],
    ),
    (
        "journalist",
        &[
            "journalists",
            "journalist",
            "reporter",
            "reporters",
            "photographer",
        ],
    ),
    (
        "protester",
        &["protester", "protesters", "demonstrator", "demonstrators"],
    ),
    ("civilian", &["civilian", "civilians"]),
    ("passenger", &["passenger", "passengers"]),
    ("driver", &["driver", "drivers"]),
    ("guard", &["guard", "guards", "bodyguards"]),
    (
        "captive",
        &["hostages", "prisoners", "detainees", "inmates"],
    ),
    (
        "official",
        &["official", "officials", "commander", "commanders"],
    ),
    ("crew", &["crew", "seafarers", "pilot", "pilots"]),
];

/// Members of armed groups: their deaths add to their victims' ("killed 14 villagers ... two
/// gunmen were killed").
fn is_armed(role: &str) -> bool {
    matches!(role, "fighter" | "attacker" | "criminal")
}

/// The role key of a report's victims: one role ("soldier"), several roles of a list joined
/// ("guard+police": "five police officers and a church guard"), or "" when none is named or a
/// generic noun ("people", "civilians") is among them.
fn victim_role(doc: &Doc, cl: &Classes, tokens: &std::ops::Range<usize>) -> String {
    let mut roles: Vec<&'static str> = Vec::new();
    for k in tokens.clone() {
        if !cl.victim(k) {
            continue;
        }
        let w = doc.lower(k);
        // "one gang member", "six suspected members of the Dawlah Islamiyah militant group":
        // members of an armed group are fighters.
        let armed = |j: usize| {
            matches!(
                doc.lower(j),
                "gang"
                    | "militant"
                    | "militia"
                    | "rebel"
                    | "armed"
                    | "jihadist"
                    | "insurgent"
                    | "cartel"
            )
        };
        if matches!(w, "member" | "members")
            && ((k > 0 && armed(k - 1)) || (k + 1..k + 8).any(armed))
        {
            if !roles.contains(&"fighter") {
                roles.push("fighter");
            }
            continue;
        }
        match ROLES.iter().find(|(_, words)| words.contains(&w)) {
            Some((r, _)) => {
                if !roles.contains(r) {
                    roles.push(r);
                }
            }
            None => return String::new(),
        }
    }
    roles.sort_unstable();
    roles.join("+")
}

/// The first comma or clause break after token `end - 1` in the sentence, as a char offset:
/// a place or date after it belongs to another clause ("More than 30 people were wounded,
/// the monk said, adding that ... fled fighting around Mandalay in March").
fn clause_limit(doc: &Doc, toks: &std::ops::Range<usize>, end: usize, ce: u32) -> u32 {
    let mut k = end.max(toks.start + 1);
    while k < toks.end {
        let gap = doc.gap(k - 1);
        if is_clause_break(gap) || gap.contains(',') {
            let byte = doc.tokens.get(k - 1).map_or(0, |t| t.end);
            return u32::try_from(doc.index.char_offset(byte)).unwrap_or(u32::MAX);
        }
        k += 1;
    }
    ce
}

/// "Separately, ...", "In a separate attack ...", "Elsewhere, ...", "... said separately that":
/// the sentence reports another incident.
fn separate_incident(doc: &Doc, toks: &std::ops::Range<usize>) -> bool {
    // "A third attack, on a convoy ...", "In another strike": another incident.
    let another = |k: usize| {
        // "It was the second strike on the city this week" (not "a second strike", a part
        // of the story's count)
        let the_second = doc.lower(k) == "second" && k > 0 && doc.lower(k - 1) == "the";
        (the_second
            || matches!(
                doc.lower(k),
                "another" | "third" | "fourth" | "unrelated" | "separate"
            ))
            && matches!(
                doc.lower(k + 1),
                "attack"
                    | "strike"
                    | "blast"
                    | "explosion"
                    | "incident"
                    | "ambush"
                    | "raid"
                    | "shooting"
            )
    };
    // "Hours earlier, a drone attack ...", "Later in the day, shelling ...", "In neighbouring
    // Nangarhar province, ...": an opener that moves the story to another time or place.
    let w = |k: usize| doc.lower(toks.start + k);
    let day = |k: usize| matches!(w(k), "day" | "week");
    // "A day earlier, ...", "The previous day, ...", "The day before, ..."
    let day_before = (w(0) == "a" && w(1) == "day" && w(2) == "earlier")
        || (w(0) == "the" && w(1) == "previous" && w(2) == "day")
        || (w(0) == "the" && w(1) == "day" && w(2) == "before");
    let other_time = day_before
        || (matches!(w(0), "hours" | "days") && w(1) == "earlier")
        || (matches!(w(0), "earlier" | "later")
            && ((w(1) == "in" && w(2) == "the" && day(3)) || (w(1) == "that" && day(2))));
    let neighbouring = w(0) == "in" && matches!(w(1), "neighbouring" | "neighboring");
    other_time
        || neighbouring
        || toks.clone().any(|k| {
            doc.lower(k) == "separately"
                // "Days earlier, on Nov. 21, a separate attack on a post killed three"
                || (matches!(doc.lower(k), "separate" | "unrelated") && another(k))
        })
        || (toks.start..toks.end.min(toks.start + 4))
            .any(|k| matches!(doc.lower(k), "separate" | "elsewhere") || another(k))
}

/// Token `j` is no count (a number word, or digits but a month's day: "on Nov. 17").
fn cl_number_free(doc: &Doc, cl: &Classes, j: usize) -> bool {
    let day = j > 0 && {
        let m = doc.lower(j - 1);
        MONTHS.contains(&m) || MONTH_ABBREVIATIONS.contains(&m)
    };
    day || (cl.number(j).is_none() && !doc.lower(j).starts_with(|c: char| c.is_ascii_digit()))
}

/// Possessives and articles that introduce one named victim ("her husband", "the driver").
const ONE_VICTIM: &[&str] = &["a", "an", "the", "his", "her", "their", "its"];

/// Victim nouns used in the plural only, or without a singular form ("people", "police").
fn is_plural_noun(w: &str) -> bool {
    w.ends_with('s')
        || matches!(
            w,
            "people" | "children" | "men" | "women" | "police" | "staff" | "crew" | "fishermen"
        )
}

/// One item of a victim list at token `j`: "15 soldiers", "her two-year-old daughter",
/// "their two daughters", "a Hamas official", "one in Odesa". Returns (count, end).
fn victim_item(
    doc: &Doc,
    lex: &CasualtyLexicon,
    cl: &Classes,
    toks: &std::ops::Range<usize>,
    j: usize,
) -> Option<(u64, usize)> {
    let mut k = j;
    let mut count = None;
    let w = doc.lower(k);
    // "killing a couple and their three children": two people ("a couple of" is vague).
    if w == "a" && doc.lower(k + 1) == "couple" && doc.lower(k + 2) != "of" && doc.joined(k) {
        return Some((2, k + 2));
    }
    let determiner = ONE_VICTIM.contains(&w);
    if determiner {
        k += 1;
    }
    // "killing a caretaker": one person named by a noun the lexicon lacks, ending the phrase.
    if matches!(w, "a" | "an") && doc.joined(j) && k < toks.end {
        let noun = doc.lower(k);
        let ends = k + 1 >= toks.end
            || is_clause_break(doc.gap(k))
            || doc.gap(k).contains(',')
            || matches!(
                doc.lower(k + 1),
                "and" | "in" | "on" | "near" | "at" | "who" | "from" | "outside"
            );
        if ends
            && noun.len() > 3
            && !noun.ends_with('s')
            && doc.word(k).chars().all(|c| c.is_ascii_lowercase())
            && cl.cue(k).is_none()
            && cl.number(k).is_none()
            && !cl.filler(k)
            && doc.joined(k - 1)
        {
            return Some((1, k + 1));
        }
    }
    if k < toks.end {
        if let Some(num) = parse_number(doc, lex, k).filter(|n| !n.article && !n.negated) {
            if num.vague {
                return None;
            }
            count = Some(num.count);
            k = num.end;
            // "and one in Odesa", "and two more near Kherson": the noun is understood.
            let next = doc.lower(k);
            if matches!(next, "in" | "near" | "at" | "more") && !determiner {
                return Some((num.count, k));
            }
        }
    }
    // "five Lebanese", "27 Palestinians": a capitalised word ending the item is the noun.
    if count.is_some()
        && k < toks.end
        && doc.tokens.get(k).is_some_and(|t| t.cap)
        && !cl.victim(k)
        && (k + 1 >= toks.end
            || !doc.joined(k)
            || doc.gap(k).contains(',')
            || matches!(
                doc.lower(k + 1),
                "and" | "in" | "near" | "on" | "at" | "were" | "was"
            ))
    {
        return count.map(|n| (n, k + 1));
    }
    // A victim noun within the next four words: lowercase adjectives may precede it
    // ("five suspected Abu Sayyaf militants").
    let noun_ahead = (k..toks.end.min(k + 4)).any(|j| cl.victim(j));
    // Up to three modifiers: ages, capitalised names ("a Hamas official"), adjectives.
    let mut mods = 0;
    while k < toks.end && mods < 3 && !cl.victim(k) {
        let w = doc.lower(k);
        let age = w.ends_with("-year-old") || w.ends_with("-month-old");
        let cap = doc.tokens.get(k).is_some_and(|t| t.cap);
        // "a church guard", "a security guard": one lowercase word before the noun.
        let noun_mod = cl.victim(k + 1)
            && cl.cue(k).is_none()
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !matches!(
                w,
                "and" | "or" | "of" | "in" | "on" | "at" | "who" | "were" | "was"
            );
        let adjective = noun_ahead
            && cl.cue(k).is_none()
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !matches!(
                w,
                "and" | "or" | "of" | "in" | "on" | "at" | "who" | "were" | "was"
            );
        if !(age || cap || noun_mod || adjective || cl.filler(k)) || !doc.joined(k - 1) {
            return None;
        }
        k += 1;
        mods += 1;
    }
    if k >= toks.end || !cl.victim(k) || !doc.joined(k - 1) {
        return None;
    }
    // "a police officer", "two aid workers": the last noun of a compound counts.
    while k + 1 < toks.end && cl.victim(k + 1) && doc.joined(k) {
        k += 1;
    }
    let noun = doc.lower(k);
    match count {
        Some(n) => Some((n, k + 1)),
        // "her husband", "the driver": one person; "the passengers": no count.
        None if determiner && !is_plural_noun(noun) => Some((1, k + 1)),
        None => None,
    }
}

/// Further items of a victim list after a report ending at `end`: ", his wife and their two
/// daughters", "and 15 soldiers", "and one in Odesa". A place phrase or "more" after an item
/// is skipped; "including" (a subset, not an addition) ends the list. Returns (extra, end).
fn list_continuation(
    doc: &Doc,
    lex: &CasualtyLexicon,
    cl: &Classes,
    toks: &std::ops::Range<usize>,
    mut end: usize,
) -> (u64, usize) {
    let first_end = end;
    let mut extra = 0u64;
    // Items introduced by a comma only count once an "and" item closes the list: "a Hamas
    // official, his wife and their two daughters" is a list, ", a local official said" is not.
    let mut pending = (0u64, end);
    // Bounded: a list of at most eight items.
    for _ in 0..8 {
        let mut j = end;
        // Skip "more", "people" and a place phrase after the item ("two more people in
        // Mykolaiv").
        while j < toks.end && matches!(doc.lower(j), "more") && doc.joined(j - 1) {
            j += 1;
        }
        if j < toks.end && cl.victim(j) && doc.joined(j - 1) {
            j += 1;
        }
        // "three members of the security forces and a civilian"
        if j < toks.end && doc.lower(j) == "of" && doc.joined(j - 1) {
            let stop = toks.end.min(j + 5);
            while j < stop && doc.lower(j) != "and" && !doc.gap(j).contains(',') {
                j += 1;
            }
            if j < stop && doc.gap(j).contains(',') {
                j += 1;
            }
        }
        // "in the city of Kherson", "in the village of Bilozerka"
        let kind_of_place = j + 4 < toks.end
            && matches!(doc.lower(j), "in" | "near" | "at")
            && doc.lower(j + 1) == "the"
            && matches!(
                doc.lower(j + 2),
                "city" | "town" | "village" | "district" | "province"
            )
            && doc.lower(j + 3) == "of"
            && doc.tokens.get(j + 4).is_some_and(|t| t.cap);
        if kind_of_place {
            j += 3;
        }
        // "41 people died in his district and 23 in Rukum West"
        let own_place = j + 2 < toks.end
            && matches!(doc.lower(j), "in" | "near" | "at")
            && matches!(doc.lower(j + 1), "his" | "her" | "their" | "its")
            && matches!(
                doc.lower(j + 2),
                "district" | "province" | "village" | "town" | "city" | "area" | "region" | "state"
            )
            && doc.joined(j - 1);
        if own_place {
            j += 3;
        } else if j < toks.end
            && matches!(doc.lower(j), "in" | "near" | "at" | "of")
            && (kind_of_place || doc.lower(j) != "of")
            && doc.joined(j - 1)
            && doc.tokens.get(j + 1).is_some_and(|t| t.cap)
        {
            j += 2;
            while j < toks.end && doc.tokens.get(j).is_some_and(|t| t.cap) && doc.joined(j - 1) {
                j += 1;
            }
        }
        if j >= toks.end || is_clause_break(doc.gap(j - 1)) {
            break;
        }
        let comma = doc.gap(j - 1).contains(',');
        let mut k = j;
        let and = doc.lower(k) == "and" && doc.joined(k);
        if and {
            k += 1;
        } else if !comma {
            break;
        }
        if k >= toks.end || doc.lower(k) == "including" || cl.cue(k).is_some() {
            break;
        }
        // "killing seven people, and nine others were missing": an item with a cue of its
        // own starts another report.
        let own_cue = |e: usize| {
            let mut x = e;
            while x < toks.end.min(e + 4)
                && (cl.filler(x) || (doc.lower(x).ends_with("ly") && doc.lower(x).len() > 4))
                && cl.cue(x).is_none()
                && doc.lower(x) != "and"
            {
                x += 1;
            }
            // "..., and nine others were missing"; not "and wounding four", which is a new
            // clause's cue after the item.
            cl.cue(x).is_some() && (x > e || !doc.lower(x).ends_with("ing"))
        };
        match victim_item(doc, lex, cl, toks, k).filter(|&(_, e)| !own_cue(e)) {
            Some((n, e)) if and => {
                extra = extra.saturating_add(pending.0).saturating_add(n);
                pending = (0, e);
                end = e;
            }
            Some((n, e)) => {
                pending.0 = pending.0.saturating_add(n);
                end = e;
            }
            None => break,
        }
    }
    // "killing 14 civilians, a local official and two residents said": the list is the
    // report's sources, not more victims.
    if extra > 0
        && matches!(
            doc.lower(pending.1),
            "said" | "say" | "says" | "told" | "reported" | "added"
        )
    {
        return (0, first_end);
    }
    (extra.min(MAX_COUNT), pending.1)
}

/// The continuation of a report of `count` ending at `end`, unless it is an apposition that
/// restates the count: "killed three people, a man and his two sons" (3 = 1 + 2).
fn list_addition(
    doc: &Doc,
    lex: &CasualtyLexicon,
    cl: &Classes,
    toks: &std::ops::Range<usize>,
    count: u64,
    end: usize,
) -> (u64, usize) {
    let (extra, list_end) = list_continuation(doc, lex, cl, toks, end);
    let apposition = end < toks.end && doc.gap(end - 1).contains(',') && extra == count;
    if apposition {
        (0, list_end)
    } else {
        (extra, list_end)
    }
}

/// A short prepositional phrase about victims at token `k` ("of a fuel convoy", "in the car",
/// "at the checkpoint", "from the village"): its length in tokens, if it is one.
fn prepositional_phrase(
    doc: &Doc,
    cl: &Classes,
    toks: &std::ops::Range<usize>,
    k: usize,
) -> Option<usize> {
    if !matches!(
        doc.lower(k),
        "of" | "from"
            | "in"
            | "inside"
            | "on"
            | "at"
            | "aboard"
            | "near"
            | "with"
            | "for"
            | "off"
            | "outside"
    ) || !doc.joined(k)
    {
        return None;
    }
    let mut j = k + 1;
    // "five members of one family were killed"
    if matches!(
        doc.lower(j),
        "a" | "an" | "the" | "their" | "his" | "her" | "one"
    ) && doc.joined(j)
    {
        j += 1;
    }
    let start = j;
    // At most five words ("with Azerbaijan's mine action agency ANAMA"), none a cue, a
    // number or a clause break; a name may run to ten words with its abbreviation in
    // brackets ("of the Volunteers for the Defence of the Homeland (VDP)").
    let name = doc.tokens.get(start).is_some_and(|t| t.cap);
    let words = if name { 10 } else { 5 };
    let bracket = |i: usize| name && matches!(doc.gap(i).trim(), "(" | ")");
    // Function words inside a name ("Defence of the Homeland") are no fillers.
    let inner = |i: usize| {
        let cap = |x: usize| doc.tokens.get(x).is_some_and(|t| t.cap);
        name && matches!(doc.lower(i), "of" | "the" | "for" | "and")
            && (cap(i + 1) || (doc.lower(i + 1) == "the" && cap(i + 2)))
    };
    while j < toks.end.min(start + words)
        && cl.cue(j).is_none()
        && cl.number(j).is_none()
        && !doc.lower(j).starts_with(|c: char| c.is_ascii_digit())
        && (!cl.filler(j) || inner(j))
        && (doc.joined(j - 1) || bracket(j - 1))
    {
        j += 1;
    }
    // The phrase must end right before a filler or cue ("... were killed").
    (j > start
        && j < toks.end
        && (cl.filler(j) || cl.cue(j).is_some())
        && (doc.joined(j - 1) || bracket(j - 1)))
    .then_some(j - k)
}

/// "bringing the toll to four dead", "raising the number of dead to 12": a toll word shortly
/// before the count makes the report a running total.
fn toll_before(doc: &Doc, toks: &std::ops::Range<usize>, start: usize) -> bool {
    (start.saturating_sub(8).max(toks.start)..start).any(|j| doc.lower(j) == "toll")
}

/// "killed 27 Palestinians across the Gaza Strip": a place phrase may follow a count.
fn spread_preposition(w: &str) -> bool {
    matches!(
        w,
        "across" | "along" | "around" | "throughout" | "outside" | "inside"
    )
}

/// Nouns of wounds treated ("treated for shrapnel wounds", "survived with burns").
fn is_wound_noun(w: &str) -> bool {
    WOUND_NOUNS.contains(&w)
}

const WOUND_NOUNS: &[&str] = &[
    "wounds",
    "injuries",
    "burns",
    "inhalation",
    "hypothermia",
    "fractures",
    "cuts",
];

/// Where the injured are cared for (see [`is_care_place`]).
const CARE_PLACES: &[&str] = &[
    "hospital",
    "hospitals",
    "clinic",
    "clinics",
    "centre",
    "center",
];

/// Words of the cue-less patterns (hospital tallies, survivors, searches, wounds, "lost their
/// lives", "the body of a third victim"): with the cue words, wound nouns and care places,
/// a sentence without one of them reports no casualty. A new cue-less pattern must add its
/// word here (checked: identical output on every labelled article, and the case tests).
const TRIGGER_WORDS: &[&str] = &[
    "treated",
    "survived",
    "survivors",
    "escaped",
    "pulled",
    "dug",
    "freed",
    "searching",
    "looking",
    "search",
    "hunting",
    "sought",
    "needed",
    "required",
    "received",
    "got",
    "accounted",
    "body",
    "victim",
    "victims",
    "found",
    "recovered",
    "lost",
];

/// Where the injured are cared for: "taken to hospital", "treated at a clinic".
fn is_care_place(w: &str) -> bool {
    CARE_PLACES.contains(&w)
}

fn is_clause_break(gap: &str) -> bool {
    gap.contains(['.', ';', ':', '(', ')', '\n', '“', '”', '"', '—'])
}

/// Casualty reports of one sentence (token range).
fn sentence_reports(
    doc: &Doc,
    lex: &CasualtyLexicon,
    cl: &Classes,
    toks: std::ops::Range<usize>,
) -> Vec<Raw> {
    // Most sentences report no casualty: without a cue word or a word of the cue-less
    // patterns ([`TRIGGER_WORDS`]) there is nothing to find. One class lookup per token.
    let trigger = |k: usize| cl.get(k).is_some_and(|c| c.cue.is_some() || c.trigger);
    if !toks.clone().any(trigger) {
        return Vec::new();
    }
    let mut out = Vec::new();
    // Computed once, and only for a sentence with an ordinal.
    let mut deathly_memo: Option<bool> = None;
    let mut deathly = || {
        *deathly_memo.get_or_insert_with(|| {
            toks.clone().any(|k| {
                cl.cue(k) == Some(CasualtyKind::Killed)
                    || matches!(doc.lower(k), "body" | "bodies" | "remains")
            })
        })
    };
    let mut used_until = toks.start;
    let mut t = toks.start;
    while t < toks.end {
        // Ordinals: "the body of a third victim", "a second person died".
        // "a 12th body": digit ordinals too.
        let digit_ordinal = || {
            let w = doc.lower(t);
            if !w.starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            (matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th") && !digits.is_empty())
                .then(|| digits.parse::<u64>().ok())
                .flatten()
                .filter(|n| *n <= 1000)
                .map(|n| (n, NumKind::Ordinal))
        };
        if let Some((n, NumKind::Ordinal)) = cl.number(t).or_else(digit_ordinal) {
            // "a fifth aid worker": one lowercase modifier may sit before the noun.
            let modifier = !cl.victim(t + 1)
                && cl.victim(t + 2)
                && doc.joined(t + 1)
                && doc.word(t + 1).chars().all(|c| c.is_ascii_lowercase());
            if n >= 2 && (cl.victim(t + 1) || modifier) && doc.joined(t) && deathly() {
                let num = Num {
                    start: t,
                    end: t + 1,
                    count: n,
                    max: n,
                    at_least: true,
                    vague: false,
                    negated: false,
                    article: false,
                };
                // "a third victim": the toll is now three, counting the earlier two.
                out.push(Raw {
                    kind: CasualtyKind::Killed,
                    num,
                    tokens: t..t + 2,
                    cumulative: true,
                    subset: false,
                    subset_of_role: false,
                });
                t += 2;
                used_until = t;
                continue;
            }
        }
        // "bringing to 26 the number of people killed": a running toll, number first.
        if t >= used_until
            && matches!(doc.lower(t), "bringing" | "raising" | "taking" | "pushing")
            && doc.lower(t + 1) == "to"
        {
            if let Some(num) = parse_number(doc, lex, t + 2).filter(|n| !n.article && !n.vague) {
                let toll = doc.lower(num.end) == "the"
                    && matches!(doc.lower(num.end + 1), "number" | "toll" | "total");
                let cue = (num.end + 1..toks.end.min(num.end + 7)).find_map(|j| {
                    cl.cue(j).map(|c| {
                        if doc.lower(j) == "toll" {
                            CasualtyKind::Killed
                        } else {
                            c
                        }
                    })
                });
                if let (true, Some(kind)) = (toll, cue) {
                    let end = num.end + 2;
                    let mut raw = Raw::plain(kind, t..end, num);
                    raw.cumulative = true;
                    out.push(raw);
                    used_until = end;
                    t = end;
                    continue;
                }
            }
        }
        // "Rescuers were still searching for two residents", "looking for one worker": people
        // not found are missing.
        let searchers = || {
            (t.saturating_sub(4).max(toks.start)..t).any(|j| {
                matches!(
                    doc.lower(j),
                    "still"
                        | "continued"
                        | "rescuers"
                        | "searchers"
                        | "divers"
                        | "teams"
                        | "crews"
                        | "firefighters"
                        | "volunteers"
                        | "relatives"
                        | "families"
                )
            })
        };
        if t >= used_until
            && matches!(doc.lower(t), "searching" | "looking" | "search" | "hunting")
            && (doc.lower(t + 1) == "for"
                || (doc.lower(t + 1) == "continued" && doc.lower(t + 2) == "for"))
            && (searchers() || doc.lower(t + 1) == "continued")
        {
            // "searching for two residents", "searching for the driver" (not for a gunman),
            // "the search continued for one woman".
            let obj = if doc.lower(t + 1) == "for" {
                t + 2
            } else {
                t + 3
            };
            let counted = parse_number(doc, lex, obj)
                .filter(|n| !n.article && !n.vague && !n.negated)
                .is_some()
                || matches!(doc.lower(obj), "the" | "a" | "an");
            let found = victim_item(doc, lex, cl, &toks, obj)
                .filter(|&(_, e)| counted && !is_armed(&victim_role(doc, cl, &(obj..e))));
            if let Some((count, end)) = found {
                let num = Num::named(obj, end, count);
                out.push(Raw::plain(CasualtyKind::Missing, t..end, num));
                used_until = end;
                t = end;
                continue;
            }
        }
        // Cue → number: "killing at least 12 people", "the death toll rose to 12". Not after
        // "Of those killed, 14 were soldiers": the cue names a group already counted.
        let group_ref = || {
            t >= toks.start + 2
                && matches!(doc.lower(t - 1), "those" | "the")
                && matches!(doc.lower(t - 2), "of" | "among")
        };
        if let Some(kind) = cl.cue(t).filter(|_| !group_ref()) {
            // "the death toll rose to 12", "the number of dead rose to 15"
            let rises = |j: usize| {
                matches!(
                    doc.lower(j),
                    "rose"
                        | "risen"
                        | "climbed"
                        | "reached"
                        | "increased"
                        | "jumped"
                        | "stands"
                        | "revised"
                )
            };
            // "bringing the number of injured in the region to 16"
            // "The number of people killed in Monday's strikes rose to eight"
            let number_of = (t >= 2
                && doc.lower(t - 1) == "of"
                && matches!(doc.lower(t - 2), "number" | "count" | "tally"))
                // ("the number of cholera deaths")
                || (t >= 3
                    && (cl.victim(t - 1) || matches!(doc.lower(t), "deaths" | "dead"))
                    && doc.lower(t - 2) == "of"
                    && matches!(doc.lower(t - 3), "number" | "count" | "tally"));
            let toll = doc.lower(t) == "toll"
                || doc.lower(t + 1) == "toll"
                || number_of
                || ((rises(t + 1) || rises(t + 2)) && kind != CasualtyKind::Missing);
            let mut k = t + 1;
            if toll {
                // "the death toll (from Thursday's strike on Dnipro) has risen to 9": the
                // number after the first "to|at|of|reached" within a few words.
                let stop = toks.end.min(t + 24);
                // "..., toll 26" (a headline): the number right after the word.
                let right_after = doc.lower(t) == "toll"
                    && parse_number(doc, lex, t + 1).is_some_and(|n| !n.article && !n.vague);
                k = (t + 1..stop)
                    .find(|&j| {
                        matches!(
                            doc.lower(j),
                            "to" | "at" | "of" | "reached" | "hit" | "stands"
                        ) && j + 1 < toks.end
                            && parse_number(doc, lex, j + 1).is_some_and(|n| !n.article)
                    })
                    .map_or(toks.end, |j| j + 1);
                if right_after {
                    k = t + 1;
                }
            }
            // "the bodies of nine civilians", "The bodies of seven were found", "the deaths
            // of five protesters"
            let bodies_of =
                matches!(doc.lower(t), "bodies" | "deaths") && doc.lower(t + 1) == "of" && !toll;
            if bodies_of {
                k = t + 2;
            }
            // "wounding a further four people"
            let further = !toll && doc.lower(k) == "a" && doc.lower(k + 1) == "further";
            if further {
                k += 2;
            }
            // "killing all six gunmen"
            if !toll && doc.lower(k) == "all" && k == t + 1 && cl.number(k + 1).is_some() {
                k += 1;
            }
            // "killed another nine people"
            let further = further || (!toll && doc.lower(k) == "another" && k == t + 1);
            if further && doc.lower(k) == "another" {
                k += 1;
            }
            // "killing a total of 11 security personnel": an overall count (see
            // `overall_total`).
            if !toll
                && doc.lower(k) == "a"
                && doc.lower(k + 1) == "total"
                && doc.lower(k + 2) == "of"
            {
                k += 3;
            }
            // "shot dead nine men"
            let shot_dead =
                doc.lower(t) == "dead" && t > 0 && matches!(doc.lower(t - 1), "shot" | "shooting");
            let ing_or_active = doc.lower(t).ends_with("ing")
                || matches!(
                    doc.lower(t),
                    "killed" | "injured" | "wounded" | "kill" | "kills" | "wound" | "wounds"
                )
                || shot_dead
                || further
                || k == t + 2;
            // 'killed "more than 80" fighters': a quotation mark is no clause break here.
            let gap = doc.gap(k - 1).trim_matches([' ', '"', '“', '”']);
            if (toll || ing_or_active)
                && k > used_until.max(t)
                && k < toks.end
                && (gap.is_empty() || !is_clause_break(gap))
            {
                // "killing three drivers and wounding a fourth": one more person.
                if !toll
                    && matches!(doc.lower(k), "a" | "an")
                    && matches!(cl.number(k + 1), Some((_, NumKind::Ordinal)))
                    && doc.joined(k)
                {
                    let end = if cl.victim(k + 2) && doc.joined(k + 1) {
                        k + 3
                    } else {
                        k + 2
                    };
                    out.push(Raw::plain(kind, t..end, Num::named(k, end, 1)));
                    used_until = end;
                    t = end;
                    continue;
                }
                if let Some(num) = parse_number(doc, lex, k) {
                    let mut after = doc.lower(num.end);
                    // "killed 45 Palestinians", "killed 1,250 Russian soldiers"
                    let mut skip = 0;
                    if doc.tokens.get(num.end).is_some_and(|x| x.cap) && doc.joined(num.end - 1) {
                        let next = doc.lower(num.end + 1);
                        if cl.victim(num.end + 1)
                            || num.end + 1 >= toks.end
                            || is_clause_break(doc.gap(num.end))
                            || doc.gap(num.end).contains(',')
                            || matches!(
                                next,
                                "and" | "in" | "on" | "near" | "at" | "over" | "since" | "during"
                            )
                            || spread_preposition(next)
                        {
                            skip = 1;
                            after = next;
                        }
                    }
                    // "killing more than 40 al Shabaab fighters": a name of two or three words
                    // before the noun.
                    if skip == 0 {
                        let name_word = |j: usize| {
                            let w = doc.lower(j);
                            doc.tokens.get(j).is_some_and(|x| x.cap)
                                || matches!(w, "al" | "el" | "ad" | "as" | "ash")
                                || w.starts_with("al-")
                                || w.starts_with("el-")
                        };
                        let mut j = num.end;
                        while j < (num.end + 3).min(toks.end) && doc.joined(j - 1) && name_word(j) {
                            j += 1;
                        }
                        let one_hyphenated = j == num.end + 1 && doc.lower(num.end).contains('-');
                        if (j > num.end + 1 || one_hyphenated) && cl.victim(j) && doc.joined(j - 1)
                        {
                            skip = j - num.end;
                            after = doc.lower(j);
                        }
                    }
                    // "killing a 14-year-old boy": an age between the number and its noun.
                    if skip == 0
                        && doc.joined(num.end - 1)
                        && doc.joined(num.end)
                        && doc.lower(num.end).ends_with("-year-old")
                        && cl.victim(num.end + 1)
                    {
                        skip = 1;
                        after = doc.lower(num.end + 1);
                    }
                    // "killed two clan elders", "three security guards", "four illegal gold
                    // miners": one or two lowercase modifiers before the noun.
                    let modifier = |j: usize| {
                        !cl.victim(j)
                            && doc.joined(j - 1)
                            && doc.word(j).chars().all(|c| c.is_ascii_lowercase())
                            && cl.cue(j).is_none()
                            && !matches!(doc.lower(j), "and" | "or" | "of" | "in" | "on")
                    };
                    if skip == 0 && modifier(num.end) {
                        if cl.victim(num.end + 1) && doc.joined(num.end) {
                            skip = 1;
                        } else if modifier(num.end + 1) && cl.victim(num.end + 2) {
                            skip = 2;
                        }
                        if skip > 0 {
                            after = doc.lower(num.end + skip);
                        }
                    }
                    let victim_after = cl.victim(num.end + skip);
                    // "killing 21 of the fighters": a partitive names the group.
                    let partitive = skip == 0
                        && after == "of"
                        && matches!(doc.lower(num.end + 1), "the" | "their" | "its")
                        && cl.victim(num.end + 2);
                    let follows_ok = skip == 1
                        || partitive
                        || (bodies_of && !num.article)
                        || num.end >= toks.end
                        || victim_after
                        || is_clause_break(doc.gap(num.end - 1))
                        || doc.gap(num.end - 1).contains(',')
                        || matches!(
                            after,
                            "and"
                                | "others"
                                | "more"
                                | "in"
                                | "on"
                                | "near"
                                | "at"
                                | "people"
                                | "late"
                                | "early"
                                | "overnight"
                                | "when"
                                | "after"
                                | "during"
                                | "last"
                                | "this"
                                | "from"
                                | "as"
                                | "before"
                                | "while"
                                | "including"
                                | "by"
                                | "with"
                                | "amid"
                                | "since"
                        )
                        || spread_preposition(after);
                    if follows_ok && !num.negated && (!num.article || victim_after) {
                        let mut end = num.end + skip;
                        if partitive {
                            // "killing four of the attackers": the noun names the role.
                            end = num.end + 3;
                        }
                        if victim_after {
                            end += 1;
                            // "two police officers"
                            while end < toks.end && cl.victim(end) && doc.joined(end - 1) {
                                end += 1;
                            }
                        }
                        let kind = if doc.lower(t) == "toll" || doc.lower(t + 1) == "toll" {
                            CasualtyKind::Killed
                        } else {
                            kind
                        };
                        let mut num = num;
                        if !toll && !num.vague {
                            // "killing 49 civilians and 15 soldiers", "a Hamas official, his
                            // wife and their two daughters", "two in Mykolaiv and one in Odesa"
                            let (extra, list_end) =
                                list_addition(doc, lex, cl, &toks, num.count, end);
                            if extra > 0 {
                                num.count = num.count.saturating_add(extra);
                                num.max = num.max.saturating_add(extra);
                                end = list_end;
                            }
                        }
                        out.push(Raw {
                            kind,
                            tokens: t..end,
                            num,
                            cumulative: toll,
                            subset: false,
                            subset_of_role: false,
                        });
                        used_until = end;
                        t = end;
                        continue;
                    }
                }
                // "killing the driver", "injuring her husband": one named victim, and any
                // further items ("killing a 31-year-old woman and her two-year-old daughter").
                if ing_or_active && !toll {
                    if let Some((n, end)) = victim_item(doc, lex, cl, &toks, k)
                        .filter(|_| ONE_VICTIM.contains(&doc.lower(k)))
                    {
                        let (extra, end) = list_continuation(doc, lex, cl, &toks, end);
                        let count = n.saturating_add(extra);
                        let mut raw = Raw::plain(kind, t..end, Num::named(k, end, count));
                        // "..., killing the four civilians": a definite count refers to
                        // victims already counted.
                        raw.subset = doc.lower(k) == "the" && cl.number(k + 1).is_some();
                        out.push(raw);
                        used_until = end;
                        t = end;
                        continue;
                    }
                }
            }
        }
        // Number → cue.
        let w = doc.lower(t);
        let may_start = t >= used_until
            && (w.starts_with(|c: char| c.is_ascii_digit())
                || cl.start(t)
                || w.split_once('-')
                    .is_some_and(|(a, _)| lex.starts.contains(a)));
        // "A woman, 67, was killed": an age in commas is no count ("a man aged 45":
        // `parse_number` knows, see [`is_age`]).
        let age_aside = may_start
            && t > 0
            && w.bytes().all(|b| b.is_ascii_digit())
            && ((doc.gap(t - 1).trim() == "," && doc.gap(t).trim() == ",")
                // "a woman of 70"
                || (t > 1
                    && doc.lower(t - 1) == "of"
                    && matches!(
                        doc.lower(t - 2),
                        "woman" | "man" | "boy" | "girl" | "person" | "pensioner"
                    )));
        // "on 21 June", "September 20": a day of a date is no count.
        let month = |k: usize| {
            let w = doc.lower(k);
            MONTHS.contains(&w) || MONTH_ABBREVIATIONS.contains(&w)
        };
        let is_day = may_start
            && w.bytes().all(|b| b.is_ascii_digit())
            && ((t > 0 && month(t - 1)) || (doc.joined(t) && month(t + 1)));
        // "pledged allegiance to Islamic State in 2019, has killed thousands": a year.
        let is_year = may_start
            && t > 0
            && w.len() == 4
            && w.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
            && matches!(
                doc.lower(t - 1),
                "in" | "since" | "from" | "until" | "of" | "by"
            );
        let is_day = is_day || is_year;
        if may_start && !age_aside && !is_day {
            // "Ten of them died", "two of those killed": a subset of a count already given.
            // "Four of the injured", "15 of the dead"; "four more bodies" were recovered: an
            // increment of a toll, not an incident.
            // "four of the critically injured": one adverb may sit before the noun.
            let group_at = |j: usize| cl.cue(j).is_some();
            // "Ten of them died", "nine of the soldiers": part of a count that may have been
            // given before (a report only when the article has none of its kind yet).
            let soft_subset = |n: &Num| {
                doc.lower(n.end) == "of"
                    && (matches!(doc.lower(n.end + 1), "them" | "those" | "whom" | "these")
                        || (doc.lower(n.end + 1) == "the" && cl.victim(n.end + 2)))
            };
            let subset = |n: &Num| {
                // "six more of the wounded died": also with "more" before "of".
                let of = if doc.lower(n.end) == "more" {
                    n.end + 1
                } else {
                    n.end
                };
                (doc.lower(of) == "of"
                    && doc.lower(of + 1) == "the"
                    && (group_at(of + 2)
                        || (doc.lower(of + 2).ends_with("ly") && group_at(of + 3))))
                    // "..., among them a 12-year-old girl", "including two children": part of
                    // a count already given.
                    || (n.start > toks.start
                        && ((doc.lower(n.start - 1) == "including" && doc.lower(n.end) != "who")
                            || (n.start > toks.start + 1
                                && doc.lower(n.start - 2) == "among"
                                && matches!(doc.lower(n.start - 1), "them" | "those" | "whom"))))
                    || (doc.lower(n.end) == "more" && doc.lower(n.end + 1) == "bodies")
                    // "Fifty-three people were injured, of whom 31 were hospitalized"
                    || (n.start > toks.start + 1
                        && doc.lower(n.start - 2) == "of"
                        && doc.lower(n.start - 1) == "whom")
                    // "Of the 19 dead, seven were civilians": a restatement.
                    || (n.start >= 2
                        && doc.lower(n.start - 1) == "the"
                        && doc.lower(n.start - 2) == "of")
            };
            // "Of the 38 people injured, 14 remain in hospital": the opening count restates
            // the kind's figure (a report only when the article has none yet), and the counts
            // after it in the sentence are its parts.
            let opener = |n: &Num| {
                n.start == toks.start + 2
                    && matches!(doc.lower(toks.start), "of" | "among")
                    && doc.lower(toks.start + 1) == "the"
            };
            // "The nine missing were all herders": the definite article refers to a count
            // already given.
            // ("...; the three others died after knife fights")
            let definite = |n: &Num| {
                n.start > toks.start
                    && doc.lower(n.start - 1) == "the"
                    && (n.start == toks.start + 1 || doc.gap(n.start - 2).contains(';'))
            };
            // "several of the 37 injured were in critical condition": a restatement too, but
            // the count's only report when the article has none of its kind yet.
            let of_the = |n: &Num| {
                n.start >= toks.start + 3
                    && doc.lower(n.start - 1) == "the"
                    && doc.lower(n.start - 2) == "of"
                    && matches!(
                        doc.lower(n.start - 3),
                        "several" | "many" | "some" | "most" | "all" | "dozens" | "scores"
                    )
            };
            if let Some(num) =
                parse_number(doc, lex, t).filter(|n| opener(n) || of_the(n) || !subset(n))
            {
                let is_subset = soft_subset(&num) || opener(&num) || definite(&num) || of_the(&num);
                let mut k = num.end;
                let mut victim = false;
                let mut found = None;
                // "Two soldiers and five civilians were killed": conjoined counts add up.
                let mut extra = 0u64;
                let mut ordinal_value: Option<u64> = None;
                // "an elderly couple died": two people.
                let mut couple = false;
                // "were among the wounded"
                let mut among = false;
                // "17 remained in hospital"
                let mut remain = false;
                // "Five Frontier Corps soldiers": capitalised words right after the number.
                let mut caps_run = num.end;
                // Inner asides are skipped: "12 people, including three children, were killed".
                let limit = num.end + MAX_GAP + 14;
                let mut steps = 0;
                // A phrase skipped up to a name's bracketed abbreviation ("(VDP) were killed").
                let mut bracketed = false;
                while k < toks.end && k < limit && steps < MAX_GAP {
                    let closing = bracketed && doc.gap(k - 1).trim() == ")";
                    if k > num.start && is_clause_break(doc.gap(k - 1)) && !closing {
                        break;
                    }
                    let w = doc.lower(k);
                    // "the kidnapping of two Syrian soldiers, also wounded at least 23 people": a
                    // comma and a word that starts another clause end the count's phrase.
                    if k > num.end
                        && doc.gap(k - 1).contains(',')
                        && matches!(
                            w,
                            "also"
                                | "which"
                                | "who"
                                | "while"
                                | "but"
                                | "after"
                                | "when"
                                | "adding"
                                | "according"
                                | "said"
                                | "says"
                                | "before"
                                | "where"
                                | "whereas"
                                | "although"
                                | "though"
                        )
                    {
                        break;
                    }
                    if let Some(kind) = cl.cue(k) {
                        // An active participle or verb takes its count after it ("on May 9,
                        // killing six"; "Strike kills 12"): a number before it is no count.
                        if (w.ends_with("ing") && kind != CasualtyKind::Missing) || w == "kills" {
                            break;
                        }
                        // "A gunman killed three people": an active verb with its own count.
                        if matches!(w, "killed" | "wounded" | "injured")
                            && doc.gap(k).trim().is_empty()
                            && parse_number(doc, lex, k + 1).is_some_and(|n| !n.article)
                            && !matches!(doc.lower(k - 1), "were" | "was" | "been" | "and")
                        {
                            break;
                        }
                        // "shot dead two protesters and wounded 14 others": a verb after "and"
                        // with its own count starts a new clause.
                        // "abducted 12 aid workers and killed their driver": so does a verb
                        // after "and" with an object of its own.
                        if k > 0
                            && doc.lower(k - 1) == "and"
                            && (parse_number(doc, lex, k + 1).is_some_and(|n| !n.article)
                                || matches!(doc.lower(k + 1), "their" | "his" | "her" | "its"))
                        {
                            break;
                        }
                        // "390 people have been killed or wounded": a count of both kinds is
                        // a count of neither.
                        if matches!(doc.lower(k + 1), "or" | "and")
                            && cl.cue(k + 2).is_some_and(|c| c != kind)
                        {
                            break;
                        }
                        // "the wounded" after a number is a cue; "killed" after "were" is too.
                        found = Some(kind);
                        break;
                    }
                    // "27 remained in hospital"
                    // "leaving 14 people in hospital", "48 in hospital" (a headline)
                    if w == "in"
                        && matches!(doc.lower(k + 1), "hospital" | "hospitals")
                        && k > 0
                        && (matches!(
                            doc.lower(k - 1),
                            "remained" | "remain" | "remains" | "were" | "are" | "still"
                        ) || k == num.end
                            || (victim && cl.victim(k - 1)))
                    {
                        // "17 remained in hospital": part of the injured counted before.
                        remain |= matches!(doc.lower(k - 1), "remained" | "remain" | "remains");
                        found = Some(CasualtyKind::Injured);
                        k += 1;
                        break;
                    }
                    // "31 people were treated for (shrapnel) wounds", "43 people had sought
                    // medical help"
                    let wound = |j: usize| is_wound_noun(doc.lower(j));
                    // "treated for gunshot and shrapnel wounds": the noun within four words.
                    // "another 12 were treated at the scene for cuts and shock"
                    let scene = w == "treated"
                        && doc.lower(k + 1) == "at"
                        && doc.lower(k + 3) == "scene"
                        && doc.lower(k + 4) == "for";
                    let wound_at = if scene {
                        (k + 5..toks.end.min(k + 9)).find(|&j| wound(j))
                    } else {
                        (k + 2..toks.end.min(k + 6)).find(|&j| wound(j))
                    };
                    if let (true, Some(j)) = (
                        (matches!(w, "treated" | "hospitalised" | "hospitalized")
                            && doc.lower(k + 1) == "for")
                            || scene,
                        wound_at,
                    ) {
                        found = Some(CasualtyKind::Injured);
                        k = j;
                        break;
                    }
                    // "Nine others were taken to hospital", "were rushed to a hospital"
                    if matches!(
                        w,
                        "taken" | "rushed" | "admitted" | "evacuated" | "airlifted" | "brought"
                    ) && doc.lower(k + 1) == "to"
                    {
                        // "to hospital", "to a hospital", "to hospitals in Hama", "to the
                        // district hospital"
                        if let Some(j) =
                            (k + 2..toks.end.min(k + 5)).find(|&j| is_care_place(doc.lower(j)))
                        {
                            found = Some(CasualtyKind::Injured);
                            k = j;
                            break;
                        }
                    }
                    // "52 people were still being treated." (the clause ends there)
                    if w == "treated"
                        && matches!(doc.lower(k.saturating_sub(1)), "being" | "were" | "was")
                        && (k + 1 >= toks.end
                            || is_clause_break(doc.gap(k))
                            || doc.gap(k).contains(','))
                    {
                        found = Some(CasualtyKind::Injured);
                        break;
                    }
                    // "23 people were being treated at the district hospital", "22 people with
                    // gunshot wounds", "five firefighters suffered burns"
                    let hospital_within =
                        |j: usize| (j..(j + 8).min(toks.end)).any(|x| is_care_place(doc.lower(x)));
                    if (w == "treated"
                        && matches!(doc.lower(k + 1), "at" | "in")
                        && hospital_within(k + 2))
                        || (matches!(w, "with" | "suffered" | "sustained")
                            && (wound(k + 1) || wound(k + 2)))
                    {
                        found = Some(CasualtyKind::Injured);
                        k += 1;
                        break;
                    }
                    // "Five people were pulled out alive with injuries"
                    // "Three passengers survived with severe burns", "Six people were pulled
                    // alive from the rubble and taken to hospital"
                    let pulled = matches!(w, "pulled" | "dug" | "freed");
                    if (pulled && doc.lower(k + 1) == "out") || matches!(w, "survived" | "escaped")
                    {
                        // ("Eleven passengers survived, four of them with injuries": not all)
                        let with = (k + 1..toks.end.min(k + 6))
                            .take_while(|&j| !doc.gap(j - 1).contains(','))
                            .find(|&j| doc.lower(j) == "with" && (wound(j + 1) || wound(j + 2)));
                        if let Some(j) = with {
                            found = Some(CasualtyKind::Injured);
                            k = j + 1;
                            break;
                        }
                    }
                    if pulled {
                        // (up to a comma: "pulled out alive and unhurt, and three injured
                        // adults were taken to hospital" names other people)
                        let hospital = (k + 1..toks.end.min(k + 12))
                            .take_while(|&j| !doc.gap(j - 1).contains(','))
                            .find(|&j| {
                                matches!(doc.lower(j), "taken" | "rushed")
                                    && doc.lower(j + 1) == "to"
                                    && (j + 2..j + 4).any(|x| doc.lower(x) == "hospital")
                            });
                        if let Some(j) = hospital {
                            found = Some(CasualtyKind::Injured);
                            k = j + 1;
                            break;
                        }
                    }
                    // "one protester was shot dead"
                    if w == "shot" && doc.lower(k + 1) == "dead" {
                        found = Some(CasualtyKind::Killed);
                        k += 1;
                        break;
                    }
                    // "43 people had sought medical help", "30 protesters needed medical care"
                    if matches!(w, "sought" | "needed" | "required" | "received" | "got")
                        && matches!(doc.lower(k + 1), "medical" | "treatment" | "hospital")
                    {
                        found = Some(CasualtyKind::Injured);
                        k += 1;
                        break;
                    }
                    // "three inmates who could not be accounted for"
                    if matches!(w, "not" | "never")
                        && matches!(doc.lower(k + 1), "be" | "been")
                        && doc.lower(k + 2) == "accounted"
                    {
                        found = Some(CasualtyKind::Missing);
                        k += 2;
                        break;
                    }
                    if matches!(w, "could" | "can" | "have" | "had" | "has")
                        && matches!(doc.lower(k + 1), "not" | "never")
                    {
                        k += 1;
                        steps += 1;
                        continue;
                    }
                    // "Two of the attackers were shot dead": the partitive names the victims.
                    if k == num.end
                        && w == "of"
                        && matches!(doc.lower(k + 1), "the" | "their")
                        && cl.victim(k + 2)
                    {
                        victim = true;
                        k += 3;
                        steps += 1;
                        continue;
                    }
                    // "three gunmen who tried to storm the hotel were shot dead": a relative
                    // clause between the victims and their verb.
                    if victim && w == "who" && !doc.gap(k - 1).contains(',') {
                        let verb = (k + 1..toks.end.min(k + 12))
                            .take_while(|&j| !is_clause_break(doc.gap(j - 1)))
                            .find(|&j| {
                                let adverb = matches!(
                                    doc.lower(j + 1),
                                    "still" | "also" | "later" | "reportedly"
                                );
                                let v = j + 1 + usize::from(adverb);
                                let v = v + usize::from(doc.lower(v) == "being");
                                matches!(doc.lower(j), "were" | "was")
                                    && (cl.cue(v).is_some()
                                        || (doc.lower(v) == "shot" && doc.lower(v + 1) == "dead")
                                        || matches!(
                                            doc.lower(v),
                                            "treated"
                                                | "hospitalised"
                                                | "hospitalized"
                                                | "taken"
                                                | "rushed"
                                                | "admitted"
                                        ))
                            });
                        if let Some(j) = verb {
                            k = if cl.filler(j) { j } else { j + 1 };
                            continue;
                        }
                    }
                    if w == "lost" && doc.lower(k + 1) == "their" && doc.lower(k + 2) == "lives" {
                        found = Some(CasualtyKind::Killed);
                        k += 2;
                        break;
                    }
                    // ", including three children,", ", most of them women,", ", mostly
                    // farmers,": an aside about the same people.
                    let aside = matches!(w, "including" | "mostly" | "mainly" | "among" | "aged")
                        || (matches!(w, "most" | "many" | "some" | "all" | "half")
                            && doc.lower(k + 1) == "of")
                        // ", 15 of them members of the security forces,"
                        || ((w.starts_with(|c: char| c.is_ascii_digit()) || cl.number(k).is_some())
                            && doc.lower(k + 1) == "of"
                            && matches!(doc.lower(k + 2), "them" | "whom"));
                    // "Two passengers, a woman and her son, were still missing": an apposition
                    // naming the victims, closed by a comma before the verb.
                    // ("Two more people, both municipal workers, died")
                    let apposition = victim
                        && matches!(w, "a" | "an" | "the" | "his" | "her" | "their" | "both")
                        && (k..toks.end.min(k + 8)).any(|j| {
                            doc.gap(j).contains(',')
                                && (matches!(doc.lower(j + 1), "were" | "was" | "are" | "is")
                                    || cl.cue(j + 1).is_some())
                        });
                    if (aside || apposition) && k > 0 && doc.gap(k - 1).contains(',') {
                        // Skip to the closing comma of the aside (bounded).
                        let close = (k..toks.end.min(k + 10)).find(|&j| doc.gap(j).contains(','));
                        match close {
                            Some(j) => {
                                k = j + 1;
                                continue;
                            }
                            None => break,
                        }
                    }
                    let age = w.bytes().all(|b| b.is_ascii_digit())
                        && doc.gap(k - 1).trim() == ","
                        && doc.gap(k).trim() == ",";
                    // "Two soldiers, three police officers and a civilian were killed": a
                    // comma list of counts, right after a victim noun.
                    let comma_item = k > 0
                        && cl.victim(k - 1)
                        && doc.gap(k - 1).trim() == ","
                        && cl.number(k).is_some_and(|(_, n)| n == NumKind::Exact)
                        || doc.lower(k).bytes().all(|b| b.is_ascii_digit())
                            && k > 0
                            && cl.victim(k - 1)
                            && doc.gap(k - 1).trim() == ",";
                    if victim && k > 0 && (doc.lower(k - 1) == "and" || comma_item) && !num.negated
                    {
                        if let Some(n2) = parse_number(doc, lex, k)
                            .filter(|n| !n.article && !n.negated && !n.vague && cl.victim(n.end))
                        {
                            // A conjoined count does not use up the gap allowance.
                            extra = extra.saturating_add(n2.count);
                            k = n2.end;
                            continue;
                        }
                        // "Three marines and five suspected Abu Sayyaf militants were killed"
                        // "Two soldiers and a civilian were killed": one named victim, when
                        // the cue follows it.
                        let cue_after = |e: usize| cl.cue(e).is_some() || cl.filler(e);
                        if let Some((n, e)) = parse_number(doc, lex, k)
                            .filter(|n| !n.negated && !n.vague)
                            .and_then(|n| {
                                let item = victim_item(doc, lex, cl, &toks, k)?;
                                (!n.article || cue_after(item.1)).then_some(item)
                            })
                        {
                            extra = extra.saturating_add(n);
                            k = e;
                            continue;
                        }
                    }
                    // "Four aid workers", "two clan elders", "four civilian truck drivers": a
                    // modifier before the noun.
                    // ("a motorcycle taxi driver": two of them)
                    let lower_word = |j: usize| {
                        doc.word(j).chars().all(|c| c.is_ascii_lowercase())
                            && cl.number(j).is_none()
                            && cl.cue(j).is_none()
                            && !cl.filler(j)
                            && doc.joined(j)
                    };
                    let modifier = !cl.victim(k)
                        && !matches!(w, "held" | "taken" | "kept")
                        && (cl.victim(k + 1) || (lower_word(k + 1) && cl.victim(k + 2)))
                        && doc.joined(k)
                        && doc.word(k).chars().all(|c| c.is_ascii_lowercase())
                        && cl.cue(k).is_none();
                    // "Two deminers were killed": a plural noun the lexicon lacks, right after
                    // the number and before "were/was/have been" (not "five rockets killed").
                    let unknown_noun = || {
                        let plural = !num.article
                            && w.ends_with('s')
                            && matches!(doc.lower(k + 1), "were" | "have" | "had" | "are");
                        // "a police inspector was wounded": one person.
                        let singular = num.article
                            && (k == num.end || (k == num.end + 1 && cl.victim(k - 1)))
                            && !w.ends_with('s')
                            && doc.lower(k + 1) == "was";
                        !victim
                            && (k == num.end || singular)
                            && (plural || singular)
                            && w.len() > 3
                            && doc.word(k).chars().all(|c| c.is_ascii_lowercase())
                            && cl.cue(k).is_none()
                            && !cl.filler(k)
                            && doc.joined(k)
                    };
                    // "A third man in the car was wounded": one more person, not three.
                    // "and a fourth (was) seriously wounded": the ordinal alone is the person.
                    let ordinal = num.article
                        && k == num.end
                        && matches!(cl.number(k), Some((_, NumKind::Ordinal)));
                    if ordinal {
                        // a dead "third protester" raises the toll
                        ordinal_value = cl.number(k).map(|(n, _)| n);
                        victim |= !cl.victim(k + 1);
                    } else if cl.victim(k) || modifier || unknown_noun() {
                        victim = true;
                        couple |= w == "couple" && doc.lower(k + 1) != "of";
                    } else if let Some(skip) = victim
                        .then(|| {
                            // "four drivers travelling with the convoy are missing", "three
                            // workers trapped in the gallery": a participle before the phrase.
                            let participle = w.len() > 5
                                && (w.ends_with("ing") || w.ends_with("ed"))
                                && cl.cue(k).is_none()
                                && doc.joined(k);
                            if participle {
                                prepositional_phrase(doc, cl, &toks, k + 1).map(|n| n + 1)
                            } else {
                                prepositional_phrase(doc, cl, &toks, k)
                            }
                        })
                        .flatten()
                    {
                        // "two drivers of a fuel convoy were killed", "a third man in the car
                        // was wounded": a short phrase about the victims.
                        k += skip;
                        bracketed = doc.gap(k - 1).trim() == ")";
                        continue;
                    } else if num.article
                        && k == num.end
                        && w.ends_with("-year-old")
                        && matches!(doc.lower(k + 1), "was" | "is" | "had")
                    {
                        // "a 16-year-old was shot dead": the age names the person.
                        victim = true;
                    } else if age || w.ends_with("-year-old") || w.ends_with("-years-old") {
                        // "A woman, 67, was killed", "an 85-year-old woman": ages, not counts.
                    } else if w == "among"
                        && (matches!(doc.lower(k + 1), "the" | "those") || cl.cue(k + 1).is_some())
                    {
                        // "two police officers were among the wounded", "two gunmen among
                        // dead" (a headline): part of a count.
                        among = true;
                    } else if cl.filler(k)
                        || (doc.tokens.get(k).is_some_and(|x| x.cap)
                            && (k == num.end || caps_run == k))
                        || (w.len() > 4 && w.ends_with("ly") && doc.joined(k - 1))
                    {
                        // filler, a demonym/adjective right after the number, or an adverb
                        // ("two others badly injured")
                    } else if victim
                        && matches!(w, "it" | "they" | "he" | "she" | "officials" | "police")
                        && matches!(doc.lower(k + 1), "said" | "says")
                        && doc.joined(k)
                    {
                        // "the names of 17 soldiers it said had died"
                        k += 2;
                        continue;
                    } else {
                        break;
                    }
                    if caps_run == k && doc.tokens.get(k).is_some_and(|x| x.cap) {
                        caps_run = k + 1;
                    }
                    k += 1;
                    steps += 1;
                }
                // "A rescuer who declined to be named said at least 30 wounded were ...": a
                // single victim's scan that reaches another count's cue leaves it to that count.
                let crossed = num.article
                    && (num.end + 1..k).any(|j| {
                        doc.lower(j).starts_with(|c: char| c.is_ascii_digit())
                            && !doc.gap(j - 1).contains(',')
                            && cl.cue(j + 1).is_some()
                    });
                if crossed {
                    t = num.end.max(t + 1);
                    continue;
                }
                if let Some(kind) = found {
                    // "Two workers who had been missing ... were found dead": no longer missing.
                    let no_longer = kind == CasualtyKind::Missing
                        && k >= 2
                        && doc.lower(k - 1) == "been"
                        && doc.lower(k - 2) == "had";
                    let ok =
                        (!num.article || victim) && (num.count != 0 || num.negated) && !no_longer;
                    if ok && !num.negated {
                        let mut num = num.clone();
                        if couple && num.article {
                            num.count = 2;
                            num.max = 2;
                        }
                        num.count = num.count.saturating_add(extra).min(MAX_COUNT);
                        num.max = num.max.saturating_add(extra).min(MAX_COUNT);
                        // "A mother and her two children died": the victim named before the
                        // count is one more.
                        if let Some(first) = leading_victim(doc, cl, &toks, num.start) {
                            num.start = first;
                            num.count = num.count.saturating_add(1).min(MAX_COUNT);
                            num.max = num.max.saturating_add(1).min(MAX_COUNT);
                        }
                        let mut end = k + 1;
                        if !num.vague
                            && ordinal_value.is_none()
                            && matches!(doc.lower(k + 1), "in" | "near" | "at")
                        {
                            // "seven died in Tse-Ngibo and four in Agasha": places listed.
                            let (more, list_end) = list_continuation(doc, lex, cl, &toks, k + 1);
                            if more > 0 {
                                num.count = num.count.saturating_add(more).min(MAX_COUNT);
                                num.max = num.max.saturating_add(more).min(MAX_COUNT);
                                end = list_end;
                            }
                        }
                        let mut cumulative = toll_before(doc, &toks, num.start);
                        // "A third protester died": the toll is now three.
                        if let (Some(n), CasualtyKind::Killed) = (ordinal_value, kind) {
                            num.count = n;
                            num.max = n;
                            num.at_least = true;
                            cumulative = true;
                        }
                        out.push(Raw {
                            kind,
                            tokens: num.start..end,
                            cumulative,
                            subset: is_subset || among || remain,
                            subset_of_role: is_subset && !among && doc.lower(num.end + 1) == "the",
                            num,
                        });
                    }
                    // A negated quantity consumes its cue: "no one was killed".
                    let end = out.last().map_or(k + 1, |r| r.tokens.end.max(k + 1));
                    used_until = end;
                    t = end;
                    continue;
                }
                t = num.end.max(t + 1);
                continue;
            }
        }
        t += 1;
    }
    // "killed nine auxiliaries near Fada N'Gourma on Monday and five more in an ambush
    // outside Kaya", "22 were killed on Saturday, and 12 more the next day": "and N more"
    // without a cue of its own is another count of the kind before it.
    let mut more = Vec::new();
    let from = out.first().map_or(toks.end, |r| r.tokens.end);
    for t in from..toks.end {
        // "..., while Al-Aqsa Hospital counted 25 more": a tally verb too.
        if !matches!(
            doc.lower(t),
            "and" | "counted" | "received" | "treated" | "recorded"
        ) {
            continue;
        }
        let Some(before) = out.iter().rev().find(|r| r.tokens.end <= t) else {
            continue;
        };
        if out.iter().any(|r| r.tokens.contains(&t)) {
            continue;
        }
        let Some(num) = parse_number(doc, lex, t + 1)
            .filter(|n| !n.article && !n.vague && !n.negated && n.count > 0)
        else {
            continue;
        };
        let own_cue = (num.end..toks.end.min(num.end + 6)).any(|x| cl.cue(x).is_some());
        // "Five people were missing, and 284 others were rescued": a clause of its own.
        let own_verb = matches!(
            doc.lower(num.end + 1),
            "were" | "was" | "are" | "is" | "have" | "had"
        );
        if matches!(doc.lower(num.end), "more" | "others")
            && !own_verb
            && !own_cue
            && !before.cumulative
            && out
                .iter()
                .all(|r| r.tokens.end <= t || r.tokens.start > num.end)
        {
            more.push(Raw::plain(before.kind, t + 1..num.end + 1, num));
        }
    }
    // "Three passengers managed to swim ashore and were taken to a hospital with injuries",
    // "Nine people were rescued alive and were recovering in hospital": the sentence's subject
    // count is injured (when nothing in the sentence died).
    let subject = parse_number(doc, lex, toks.start)
        .filter(|n| !n.article && !n.vague && !n.negated && n.count > 0 && cl.victim(n.end))
        .filter(|_| {
            out.is_empty()
                && !toks
                    .clone()
                    .any(|j| cl.cue(j) == Some(CasualtyKind::Killed))
        });
    if let Some(num) = subject {
        // The subject's clause: up to 16 words, to the first clause break.
        let limit = toks.end.min(num.end + 16);
        let clause_end = (num.end + 1..limit)
            .find(|&j| is_clause_break(doc.gap(j - 1)))
            .unwrap_or(limit);
        let clause = num.end..clause_end;
        let care_within =
            |j: usize| (j..(j + 4).min(toks.end)).any(|x| is_care_place(doc.lower(x)));
        let injured = clause.clone().find(|&j| {
            let w = doc.lower(j);
            (matches!(
                w,
                "taken" | "rushed" | "admitted" | "airlifted" | "flown" | "evacuated"
            ) && doc.lower(j + 1) == "to"
                && care_within(j + 2))
                || (w == "recovering"
                    && matches!(doc.lower(j + 1), "in" | "at")
                    && care_within(j + 2))
                || (w == "with" && matches!(doc.lower(j + 1), "injuries" | "wounds" | "burns"))
        });
        // "Three passengers fled into the bush and were unaccounted for"
        let report = injured.map(|j| (CasualtyKind::Injured, j + 1)).or_else(|| {
            clause
                .clone()
                .find(|&j| {
                    matches!(doc.lower(j), "were" | "are" | "remain" | "remained")
                        && cl.cue(j + 1) == Some(CasualtyKind::Missing)
                })
                .map(|j| (CasualtyKind::Missing, j + 2))
        });
        if let Some((kind, end)) = report {
            more.push(Raw::plain(kind, num.start..end, num));
        }
    }
    // "Rescuers pulled six survivors from the mine, all of them injured": the whole group is
    // a count of the injured.
    for t in toks.start + 1..toks.end {
        let all_of_them = doc.lower(t) == "all"
            && doc.gap(t - 1).contains(',')
            && doc.lower(t + 1) == "of"
            && doc.lower(t + 2) == "them"
            && cl.cue(t + 3) == Some(CasualtyKind::Injured);
        if !all_of_them || out.iter().any(|r| r.tokens.contains(&(t + 3))) {
            continue;
        }
        let group = (t.saturating_sub(8).max(toks.start)..t).find_map(|j| {
            parse_number(doc, lex, j)
                .filter(|n| !n.article && !n.vague && !n.negated && n.count > 0)
                .filter(|n| (cl.victim(n.end) || doc.lower(n.end) == "survivors") && n.end < t)
        });
        if let Some(num) = group.filter(|n| !out.iter().any(|r| r.tokens.contains(&n.start))) {
            more.push(Raw::plain(CasualtyKind::Injured, num.start..t + 4, num));
        }
    }
    // "One soldier was killed and another wounded": one more victim of the second cue.
    for t in toks.start + 1..toks.end.saturating_sub(1) {
        if doc.lower(t) != "another" || doc.lower(t - 1) != "and" || !doc.joined(t) {
            continue;
        }
        let Some(kind) = cl.cue(t + 1) else { continue };
        let after_report = out
            .iter()
            .any(|r| r.tokens.end <= t && r.kind != kind && !r.num.vague);
        if after_report && !out.iter().any(|r| r.tokens.contains(&(t + 1))) {
            more.push(Raw::plain(kind, t..t + 2, Num::named(t, t + 1, 1)));
        }
    }
    out.extend(more);
    out.sort_by_key(|r| r.tokens.start);
    // "are missing, a local elected official said", "A police officer in Samarra said the
    // toll could rise": the one person counted is a speaker, not a victim (but not an aside:
    // "Three people, police said, were killed").
    let speech = |j: usize| matches!(doc.lower(j), "said" | "says" | "say" | "told");
    // "Blast kills 5; 3 bodies found in rubble": bodies found after a larger count in the
    // sentence are part of it.
    let found_bodies: Vec<usize> = out
        .iter()
        .enumerate()
        .filter(|(i, r)| {
            r.kind == CasualtyKind::Killed
                && doc.lower(r.num.end) == "bodies"
                && matches!(
                    doc.lower(r.num.end + 1),
                    "found" | "recovered" | "pulled" | "retrieved"
                )
                && out[..*i].iter().any(|p| {
                    p.kind == CasualtyKind::Killed && !p.num.vague && p.num.count >= r.num.count
                })
        })
        .map(|(i, _)| i)
        .collect();
    let mut index = 0;
    out.retain(|_| {
        index += 1;
        !found_bodies.contains(&(index - 1))
    });
    // "after five wounded people died in hospital": the wounded are now dead (a rise in the
    // toll), not a count of injured.
    out.retain(|r| {
        let mut j = r.tokens.end;
        while j < toks.end.min(r.tokens.end + 2) && cl.victim(j) {
            j += 1;
        }
        !(r.kind == CasualtyKind::Injured
            && matches!(doc.lower(j), "died" | "succumbed")
            && matches!(doc.lower(r.tokens.end - 1), "wounded" | "injured"))
    });
    out.retain(|r| {
        let one = r.num.article && r.num.count == 1;
        let speaker_inside =
            (r.num.end..r.tokens.end).any(|j| speech(j) && !doc.gap(j).contains(','));
        !(one && (speech(r.tokens.end) || speaker_inside))
    });
    // "an earlier figure of 15 dead ... was wrong", "correcting an earlier toll of five": a
    // superseded figure is no report.
    out.retain(|r| {
        let from = r.num.start.saturating_sub(5).max(toks.start);
        // "A local chief initially reported five dead", "two people initially reported dead
        // had been found alive"
        // ("The strike had initially been reported to have killed four", not "initially
        // killed 16 people and wounded more than 40")
        let initially = (r.num.start.saturating_sub(3).max(toks.start)..r.num.start)
            .chain(r.num.end..(r.num.end + 2).min(toks.end))
            .any(|j| doc.lower(j) == "initially")
            || (r.num.start.saturating_sub(8).max(toks.start)..r.num.start).any(|j| {
                doc.lower(j) == "initially"
                    && matches!(doc.lower(j + 1), "been" | "reported" | "said" | "put")
            });
        // "ending fears that a fourth man had died": a death that did not happen.
        let feared = (r.num.start.saturating_sub(3).max(toks.start)..r.num.start)
            .any(|j| doc.lower(j) == "fears" && doc.lower(j + 1) == "that");
        !initially
            && !feared
            && !(from..r.num.start).any(|j| {
                matches!(
                    doc.lower(j),
                    "earlier" | "initial" | "previous" | "preliminary" | "original"
                ) && (j + 1..(j + 5).min(r.num.start)).any(|x| {
                    matches!(
                        doc.lower(x),
                        "toll" | "figure" | "count" | "tally" | "estimate" | "report" | "reports"
                    )
                })
            })
    });
    // "a third man, a shepherd, was killed": the ordinal's victim, not one more.
    if let Some(ord) = out
        .iter()
        .find(|r| r.cumulative && r.tokens.len() == 2 && r.num.count >= 2)
        .map(|r| (r.kind, r.tokens.end))
    {
        out.retain(|r| {
            !(r.kind == ord.0 && !r.cumulative && r.num.count == 1 && r.tokens.start >= ord.1)
        });
    }
    // "Of the 38 people injured, 14 remain in hospital", "Of the wounded, 15 were treated at
    // hospitals in Tyre": parts of the group the sentence opens with (up to a semicolon).
    // "The dead included a man ...; a woman and her two children were also killed": the
    // victims of a count already given.
    let included = doc.lower(toks.start) == "the"
        && cl.cue(toks.start + 1).is_some()
        && matches!(doc.lower(toks.start + 2), "included" | "include" | "were");
    if included
        || (matches!(doc.lower(toks.start), "of" | "among")
            && matches!(doc.lower(toks.start + 1), "the" | "those"))
    {
        let clause_end = (toks.start..toks.end)
            .find(|&j| !included && doc.gap(j).contains(';'))
            .unwrap_or(toks.end);
        for r in out
            .iter_mut()
            .filter(|r| !r.cumulative && r.tokens.start <= clause_end)
        {
            r.subset = true;
        }
    }
    // "The toll rose to 46 after three more people drowned", "the bodies of eight more
    // inmates": with a running toll in the sentence, "N more" is its increment; so is a count
    // of its kind explaining the rise ("has risen to 14, after two more victims died ... and
    // the bodies of three others were recovered").
    if let Some(toll) = out
        .iter()
        .find(|r| r.cumulative)
        .map(|r| (r.kind, r.tokens.end))
    {
        let because = |end: usize, start: usize| {
            (end..start).any(|j| matches!(doc.lower(j), "after" | "as" | "when"))
        };
        out.retain(|r| {
            r.cumulative
                || (doc.lower(r.num.end) != "more"
                    && !(r.kind == toll.0
                        && r.tokens.start >= toll.1
                        && because(toll.1, r.tokens.start)))
        });
    }
    out
}

use crate::text::MONTHS;

/// Abbreviated month names as tokens ("Aug. 2" is a date, not a count).
const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// All casualty reports of an article, and their totals (see [`summarize`]).
pub fn extract(
    doc: &Doc,
    data: &NerData,
    slots: &Slots,
    body_start: usize,
    published: Option<chrono::NaiveDate>,
) -> (Vec<CasualtyReport>, CasualtySummary) {
    let mut out = Vec::new();
    // The place of each report's incident: its own, else the nearest place named before it
    // in the body (the story's running context), else none.
    let mut keys: Vec<ReportKey> = Vec::new();
    let classes = Classes::new(doc, &data.casualty);
    // `body_start` is a byte offset into the text; spans are char offsets.
    let body_start = u32::try_from(doc.index.char_offset(body_start)).unwrap_or(u32::MAX);
    for s in 0..doc.sentences.len() {
        let toks = doc.sentence_tokens(s);
        let mut raws = sentence_reports(doc, &data.casualty, &classes, toks.clone());
        if raws.is_empty() {
            continue;
        }
        if raws.len() > MAX_REPORTS_PER_SENTENCE {
            tracing::warn!(
                sentence = s,
                reports = raws.len(),
                kept = MAX_REPORTS_PER_SENTENCE,
                "casualty reports beyond the per-sentence cap ignored"
            );
            raws.truncate(MAX_REPORTS_PER_SENTENCE);
        }
        if out.len() + raws.len() > MAX_REPORTS_PER_ARTICLE {
            tracing::warn!(
                sentence = s,
                kept = MAX_REPORTS_PER_ARTICLE,
                "casualty reports beyond the per-article cap ignored"
            );
            raws.truncate(MAX_REPORTS_PER_ARTICLE.saturating_sub(out.len()));
            if raws.is_empty() {
                break;
            }
        }
        let separate = separate_incident(doc, &toks);
        let mentions_hospital = toks
            .clone()
            .any(|j| matches!(doc.lower(j), "hospital" | "hospitals" | "clinic"));
        let (cs, ce) = char_range(doc, s).unwrap_or((0, 0));
        let fallback_place = sentence_place(doc, data, slots, s);
        // "In Kherson, an artillery shell hit a bus stop in the Dniprovskyi district, killing
        // ...": a place opening the sentence sets the scene of its reports.
        let opening_place = (doc.lower(toks.start) == "in")
            .then(|| {
                let at = doc.tokens.get(toks.start + 1)?;
                let at = u32::try_from(doc.index.char_offset(at.start)).ok()?;
                let p = slots.places.iter().find(|p| p.0 == at)?;
                let last = (toks.start + 1..toks.end.min(toks.start + 5)).find(|&j| {
                    doc.tokens.get(j).is_some_and(|t| {
                        u32::try_from(doc.index.char_offset(t.end)).is_ok_and(|e| e == p.1)
                    })
                })?;
                doc.gap(last).contains(',').then(|| p.2.clone())
            })
            .flatten();
        let fallback_date = sentence_date(doc, slots, s);
        // "Floods in May 2024 killed more than 300 people", "since 2021, when 119 inmates were
        // killed": a year before publication in the sentence dates a report without a date.
        let since_then = toks
            .clone()
            .any(|j| doc.lower(j) == "since" && doc.lower(j + 1) == "then");
        // "Floods in May 2024 killed more than 300 people", "a 2023 fire that killed 100",
        // "since 2021, when 119 inmates were killed": a year before publication in the report's
        // clause dates a report that has no date of its own.
        let old_year = |r: &Raw| {
            use chrono::Datelike;
            let p = published?;
            let brk = |k: usize| is_clause_break(doc.gap(k)) || doc.gap(k).contains(',');
            let mut from = r.tokens.start;
            while from > toks.start && !brk(from - 1) {
                from -= 1;
            }
            // "since 2021, when ...": the year just before "when" belongs to the clause.
            if from > toks.start && doc.lower(from) == "when" {
                from -= 1;
            }
            // "the 2014 Soma disaster, Turkey's worst, in which 301 died": the clause refers
            // back to the sentence before it.
            if (doc.lower(from) == "in" && doc.lower(from + 1) == "which")
                || (doc.lower(from) == "during" && doc.lower(from + 1) == "which")
            {
                from = toks.start;
            }
            let mut to = r.tokens.end;
            while to < toks.end && !brk(to - 1) {
                to += 1;
            }
            let range = if since_then { toks.clone() } else { from..to };
            range.into_iter().find_map(|k| {
                let w = doc.lower(k);
                if !w.starts_with(|c: char| c.is_ascii_digit()) {
                    return None;
                }
                // "has seized most of the state since November 2023": a period's start dates
                // nothing, unless "when" follows it or "since then" refers back to it.
                let since =
                    (k.saturating_sub(2).max(toks.start)..k).any(|j| doc.lower(j) == "since");
                if since && doc.lower(k + 1) != "when" && !since_then {
                    return None;
                }
                let y: i32 = w.get(..4)?.parse().ok()?;
                let plain = w.len() == 4 || w[4..].starts_with(['-', 's']);
                (plain
                    && w.bytes().take(4).all(|b| b.is_ascii_digit())
                    && (1900..p.year()).contains(&y))
                .then(|| format!("{y}-01-01"))
            })
        };
        // The largest injured count so far in this sentence.
        let mut sentence_injured = 0u64;
        // The kind of a breakdown this sentence began ("Five of the dead were fishermen").
        let mut breakdown: Option<CasualtyKind> = None;
        for r in raws {
            // "said 20 people were wounded and that five were taken to a clinic": those taken
            // to care are part of the wounded just counted ("five others" would add).
            let to_care = r.kind == CasualtyKind::Injured
                && r.tokens.clone().any(|j| is_care_place(doc.lower(j)))
                && !r
                    .tokens
                    .clone()
                    .any(|j| matches!(doc.lower(j), "others" | "more"));
            if to_care && r.num.count < sentence_injured {
                continue;
            }
            if r.kind == CasualtyKind::Injured {
                sentence_injured = sentence_injured.max(r.num.count);
            }
            let role = victim_role(doc, &classes, &r.tokens);
            // "Ten of them died": a part of a count already reported; but "Rescuers pulled 13
            // people alive; nine of them were admitted to hospital" is the first of its kind,
            // and "two of the attackers were killed" after six guards is another role.
            let in_headline = doc.tokens.get(r.tokens.start).is_some_and(|t| {
                u32::try_from(doc.index.char_offset(t.start)).is_ok_and(|c| c < body_start)
            });
            // "Five of the dead were fishermen ...; another four people were killed by falling
            // trees": the rest of the breakdown, not more victims.
            let part_before = (toks.start + 1..r.num.start.saturating_sub(2)).any(|j| {
                doc.lower(j) == "of"
                    && doc.lower(j + 1) == "the"
                    && classes.cue(j + 2) == Some(r.kind)
                    && classes.number(j - 1).is_some()
            });
            let rest_of_breakdown = (breakdown == Some(r.kind) || part_before)
                && r.num.start > toks.start
                && doc.lower(r.num.start - 1) == "another";
            if rest_of_breakdown {
                continue;
            }
            if r.subset
                && out
                    .iter()
                    .zip(&keys)
                    .any(|(p, k): (&CasualtyReport, &ReportKey)| {
                        p.kind == r.kind as i32
                            && !p.vague
                            && (!r.subset_of_role || role.is_empty() || k.role == role)
                            // (a subset in the body is of a count in the body: the
                            // headline's sums up the story)
                            && (in_headline
                                || p.span.as_ref().is_some_and(|s| s.start >= body_start))
                    })
            {
                breakdown = Some(r.kind);
                continue;
            }
            // "Al-Shabaab claimed the attack, saying it had killed 20 troops": the attackers'
            // claim of victims already counted is no figure of its own.
            let before = toks.start..r.tokens.start;
            let claim = before.clone().any(|j| doc.lower(j) == "claimed")
                && before.clone().any(|j| doc.lower(j) == "saying");
            if claim && out.iter().any(|p| p.kind == r.kind as i32 && !p.vague) {
                continue;
            }
            // "Two fishermen who were reported missing on Nov. 17 were found alive on Sunday":
            // no longer missing (but not "three are missing and two were found alive").
            let found_alive = r.kind == CasualtyKind::Missing
                && (r.tokens.end..toks.end.min(r.tokens.end + 10))
                    .take_while(|&j| cl_number_free(doc, &classes, j))
                    .any(|j| {
                        matches!(doc.lower(j), "found" | "rescued")
                            && matches!(doc.lower(j + 1), "alive" | "safe" | "unharmed")
                    });
            // "Colombian police find 11 missing prospectors alive": the same, verb first.
            let found_alive = found_alive
                || (r.kind == CasualtyKind::Missing
                    && (r.tokens.start.saturating_sub(2).max(toks.start)..r.tokens.start).any(
                        |j| {
                            matches!(
                                doc.lower(j),
                                "find" | "finds" | "found" | "rescue" | "rescues"
                            )
                        },
                    )
                    && (r.tokens.end..toks.end.min(r.tokens.end + 3))
                        .any(|j| matches!(doc.lower(j), "alive" | "safe" | "unharmed")));
            if found_alive {
                continue;
            }
            // "after convicting them of killing a member of the Basij militia", "charged with
            // killing two guards": a crime charged, not a casualty of the news.
            let charged = r.tokens.start > toks.start + 1
                && matches!(doc.lower(r.tokens.start - 1), "of" | "with" | "for")
                && (r.tokens.start.saturating_sub(5).max(toks.start)..r.tokens.start - 1).any(
                    |j| {
                        matches!(
                            doc.lower(j),
                            "convicted"
                                | "convicting"
                                | "accused"
                                | "accusing"
                                | "charged"
                                | "charging"
                                | "guilty"
                                | "sentenced"
                                | "jailed"
                                | "suspected"
                                | "executed"
                                | "hanged"
                                | "tried"
                                | "prosecuted"
                        )
                    },
                );
            if charged {
                continue;
            }
            // An earlier report of the kind at least as large.
            let covered = || {
                out.iter().any(|p: &CasualtyReport| {
                    p.kind == r.kind as i32 && !p.vague && u64::from(p.count) >= r.num.count
                })
            };
            // "The Interior Ministry gave a lower figure of 21 dead": another source's figure
            // for victims already counted.
            let lower_figure =
                (r.num.start.saturating_sub(4).max(toks.start)..r.num.start).any(|j| {
                    matches!(
                        doc.lower(j),
                        "lower" | "smaller" | "differing" | "different"
                    ) && matches!(
                        doc.lower(j + 1),
                        "figure" | "toll" | "tally" | "count" | "estimate" | "number"
                    )
                });
            if lower_figure && covered() {
                continue;
            }
            // "By Friday afternoon 27 bodies had been identified": the dead already counted.
            let identified = r.kind == CasualtyKind::Killed
                && (r.tokens.start..toks.end.min(r.tokens.end + 4))
                    .any(|j| doc.lower(j) == "identified");
            if identified && covered() {
                continue;
            }
            // "clinics are treating about 150 patients a day": a rate, not a count.
            // (not "left 14 people dead in a week")
            let rate = (r.tokens.end..toks.end.min(r.tokens.end + 3)).any(|j| {
                matches!(doc.lower(j), "a" | "per" | "each" | "every")
                    && matches!(doc.lower(j + 1), "day" | "week" | "month")
                    && !matches!(doc.lower(j - 1), "in" | "within" | "over" | "for")
            });
            if rate {
                continue;
            }
            // "The number of people killed ... has risen to nine. Lysak had reported seven
            // dead on Tuesday": the figure a risen toll replaced.
            // ("Local media had earlier reported 12 dead": superseded whatever its size)
            // One scan for both forms ("had reported" within three words of the count).
            let (had_earlier, had_reported) = (r.num.start.saturating_sub(4).max(toks.start)
                ..r.num.start)
                .filter(|&j| doc.lower(j) == "had")
                .fold((false, false), |(earlier, reported), j| {
                    let next = doc.lower(j + 1);
                    (
                        earlier
                            || (matches!(next, "earlier" | "initially" | "previously")
                                && matches!(
                                    doc.lower(j + 2),
                                    "reported" | "said" | "put" | "given"
                                )),
                        reported
                            || (j + 3 >= r.num.start
                                && matches!(
                                    next,
                                    "reported"
                                        | "said"
                                        | "put"
                                        | "given"
                                        | "confirmed"
                                        | "recorded"
                                )),
                    )
                });
            if had_earlier && out.iter().any(|p| p.kind == r.kind as i32 && !p.vague) {
                continue;
            }
            if had_reported
                && out.iter().any(|p| {
                    p.kind == r.kind as i32 && p.cumulative && u64::from(p.count) > r.num.count
                })
            {
                continue;
            }
            let range = doc.range(r.tokens.start, r.tokens.end);
            let span = doc.span(range);
            // A place or date after the report counts only in its own clause; the sentence's
            // fallback only when the sentence names no resolved one at all.
            let limit = clause_limit(doc, &toks, r.tokens.end, ce);
            let nearest = |v: &[(u32, u32, String)], fallback: &str| {
                after_in(v, span.end, limit)
                    .or_else(|| nearest_in(v, cs, limit, span.start))
                    .map(str::to_string)
                    .or_else(|| {
                        Slots::first_in(v, cs, ce)
                            .is_none()
                            .then(|| fallback.to_string())
                    })
                    .unwrap_or_default()
            };
            // Up to a semicolon: "In Garissa, eight people drowned ...; in Mandera, seven died".
            let semicolon_before = (toks.start..r.tokens.start).any(|j| doc.gap(j).contains(';'));
            let place = opening_place
                .clone()
                .filter(|_| !semicolon_before)
                .unwrap_or_else(|| nearest(&slots.places, &fallback_place));
            let mut date = nearest(&slots.dates, &fallback_date);
            // "eleven people had been killed in the oblast in March": a running statistic.
            // Its middle day dates a period for the background test: "in June" (published
            // 3 July) is news, "last year" is background.
            let day = iso_day;
            let mut period_mid = nearest_in(&slots.periods, cs, limit, span.start)
                .and_then(|p| p.split_once('/'))
                .filter(|(start, _)| !date.is_empty() && *start == date)
                .and_then(|(a, b)| Some((day(a)?, day(b)?)))
                .map(|(a, b)| a + (b - a) / 2);
            let period = period_mid.is_some();
            // "More than 1,700 people have been killed in the state since September 2024": a
            // running statistic from that date (old ones are background).
            let since_after = slots
                .since_dates
                .iter()
                .find(|d| d.0 >= span.end && d.0 <= span.end.saturating_add(60) && d.1 <= ce);
            if let Some(d) = since_after {
                date.clone_from(&d.2);
            }
            // "Fighting ... since September 2024 has killed more than 1,800 people": a running
            // statistic from the date before it.
            let perfect = r.tokens.start > toks.start
                && matches!(doc.lower(r.tokens.start - 1), "has" | "have");
            let since_before = slots
                .since_dates
                .iter()
                .rev()
                .find(|d| perfect && d.0 >= cs && d.1 <= span.start);
            if let (None, Some(d)) = (since_after, since_before) {
                date.clone_from(&d.2);
            }
            // "said in October that it had documented 150 deaths since January": the period
            // runs from the since-date, not from the statement's month.
            if since_after.is_some() || since_before.is_some() {
                period_mid = None;
            }
            // "1,140 civilians have been killed in the region since the start of the year": a
            // running statistic from January 1.
            let since_year_start = (r.tokens.end..toks.end.min(r.tokens.end + 12)).any(|j| {
                doc.lower(j) == "since"
                    && doc.lower(j + 1) == "the"
                    && matches!(doc.lower(j + 2), "start" | "beginning")
                    && doc.lower(j + 3) == "of"
                    && matches!(doc.lower(j + 4), "the" | "this")
                    && doc.lower(j + 5) == "year"
            });
            if let (true, Some(p)) = (since_year_start, published) {
                use chrono::Datelike;
                date = format!("{}-01-01", p.year());
            }
            let since = since_after.is_some() || since_before.is_some() || since_year_start;
            // "At Bay Regional Hospital, doctors said they had admitted 43 wounded": a hospital's
            // count restates the injured of the story's incident, wherever the hospital is.
            let hospital = r.kind == CasualtyKind::Injured && mentions_hospital;
            // Only a count that refines an approximate one ("more than 40" -> "43"); counts of
            // several hospitals add up.
            let hospital_incident = hospital
                .then(|| {
                    out.iter()
                        .zip(&keys)
                        .rev()
                        .find(|(p, k): &(&CasualtyReport, &ReportKey)| {
                            p.kind == CasualtyKind::Injured as i32
                                && !p.vague
                                && p.span.as_ref().is_some_and(|s| s.start >= body_start)
                                && k.scope == Scope::Incident
                        })
                })
                .flatten()
                .filter(|(p, _)| {
                    p.at_least
                        && u64::from(p.count) <= r.num.count
                        && r.num.count <= u64::from(p.count) + u64::from(p.count) / 4
                })
                .map(|(_, k)| k.incident.clone());
            // "Since the end of the 2020 war, more than 380 people have been killed": a running
            // statistic from that year.
            // ("since" opening the sentence; not "the group, which has held the area since
            // November 2024, said 12 people were missing").
            let is_year = |y: usize| {
                let w = doc.lower(y);
                (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| format!("{w}-01-01"))
            };
            let since_year = (toks.start..r.tokens.start.min(toks.start + 2))
                .filter(|&j| doc.lower(j) == "since")
                .find_map(|j| (j + 1..(j + 7).min(r.tokens.start)).find_map(is_year))
                // "6,000 civilians have been killed by the army since the 2021 coup".
                .or_else(|| {
                    (r.tokens.end..toks.end.min(r.tokens.end + 10))
                        .find(|&j| doc.lower(j) == "since")
                        .and_then(|j| {
                            let y = if doc.lower(j + 1) == "the" {
                                j + 2
                            } else {
                                j + 1
                            };
                            (y < toks.end).then(|| is_year(y)).flatten()
                        })
                });
            let since = since || (date.is_empty() && since_year.is_some());
            if date.is_empty() {
                if let Some(y) = since_year.or_else(|| old_year(&r)) {
                    date = y;
                }
            }
            // "the deadliest since December, when 12 soldiers died": the date "when" refers to.
            if date.is_empty() {
                let when_before = r.tokens.start > toks.start + 1
                    && (r.tokens.start.saturating_sub(2)..r.tokens.start)
                        .any(|j| doc.lower(j) == "when");
                let when = slots
                    .since_dates
                    .iter()
                    .find(|d| when_before && d.1 <= span.start && span.start - d.1 <= 16);
                if let Some(d) = when {
                    date.clone_from(&d.2);
                }
            }
            let previous = keys.last().map(|k| &k.incident).filter(|_| {
                out.last().is_some_and(|p: &CasualtyReport| {
                    p.span.as_ref().is_some_and(|s| s.start >= body_start)
                })
            });
            // "Fourteen people are in hospital": a hospital count without a place of its own
            // belongs to the last incident with injured.
            // "Nasser Hospital in Khan Younis said it received 19 bodies and 96 wounded, while a
            // field hospital in Rafah counted eight dead": hospitals' tallies of the incident
            // before them, wherever the hospitals are.
            let hospital_tally = mentions_hospital
                && (hospital
                    || (r.kind == CasualtyKind::Killed
                        && matches!(doc.lower(r.num.end), "bodies" | "dead")));
            let tally_incident = (hospital_tally && (place.is_empty() || !hospital))
                .then(|| {
                    out.iter()
                        .zip(&keys)
                        .rev()
                        .find(|(p, _): &(&CasualtyReport, &ReportKey)| {
                            p.kind == r.kind as i32
                                && p.span.as_ref().is_some_and(|s| s.start >= body_start)
                        })
                        .map(|(_, k)| k.incident.clone())
                })
                .flatten();
            let incident =
                if let Some(tallied) = tally_incident.filter(|_| span.start >= body_start) {
                    tallied
                } else if !place.is_empty() || span.start < body_start {
                    place.clone()
                } else if let Some(previous) = previous {
                    // "Of the 12 dead, ...": the incident of the report before it.
                    previous.clone()
                } else {
                    let before = slots.places.partition_point(|x| x.0 < span.start);
                    slots
                        .places
                        .get(..before)
                        .and_then(|b| b.iter().rev().find(|x| x.0 >= body_start))
                        .map(|x| x.2.clone())
                        .unwrap_or_default()
                };
            // "wounding a further four people", "another five": additional victims, never a
            // restatement of the incident's figure.
            // "a mortar round also killed a woman and her son": more victims too (but "were also
            // among the dead" is a subset).
            // "The attack came a week after 12 soldiers were killed in an ambush": an earlier
            // incident.
            let earlier_incident = (toks.start..r.tokens.start).any(|j| {
                doc.lower(j) == "after"
                    && j >= toks.start + 2
                    && matches!(
                        doc.lower(j - 1),
                        "week" | "weeks" | "days" | "day" | "month"
                    )
            });
            let additional = earlier_incident
                || span.text.contains(" further ")
                || span.text.starts_with("another ")
                // "Local hospitals treated another 31 wounded people"
                || (r.num.start > toks.start && doc.lower(r.num.start - 1) == "another")
                || ((span.text.contains(" also ")
                    || (r.tokens.start > toks.start && doc.lower(r.tokens.start - 1) == "also"))
                    && !span.text.contains("among"))
                || separate;
            let incident = if additional {
                format!("{incident}#+{}", out.len())
            } else if let Some(h) = hospital_incident {
                h
            } else {
                incident
            };
            // "hit a shelter in Kadugli and a water station in Dilling, killing 13 people": one
            // count over two places.
            let place_at = |c: u32| slots.places.iter().any(|p| p.0 <= c && c < p.1);
            let char_of = |k: usize| {
                doc.tokens
                    .get(k)
                    .map(|t| u32::try_from(doc.index.char_offset(t.start)).unwrap_or(u32::MAX))
            };
            // "have killed 14 people in Sri Lanka": a count over a whole country.
            let in_country = doc.lower(r.tokens.end) == "in"
                && doc.tokens.get(r.tokens.end + 1).is_some_and(|t| t.cap)
                && (2..=4).any(|n| {
                    let e = r.tokens.end + n;
                    e <= toks.end
                        && (r.tokens.end + 1..e).all(|j| doc.tokens[j].cap)
                        && !doc.tokens[e - 1].poss
                        && data
                            .countries
                            .lookup(doc.slice(r.tokens.end + 1, e))
                            .is_some_and(|f| f.kind != super::countries::FormKind::Demonym)
                });
            let scope = match count_scope(doc, &classes, &toks, &r) {
                Scope::Incident if in_country && !r.cumulative => Scope::Overall,
                other => other,
            };
            let two_places = scope == Scope::Incident
                && !additional
                && span.text.split_whitespace().count() <= 6
                && (toks.start..r.tokens.start).any(|k| {
                    doc.lower(k) == "and"
                        && (k.saturating_sub(2)..k).any(|j| char_of(j).is_some_and(place_at))
                        && (k + 1..(k + 6).min(r.tokens.start))
                            .any(|j| char_of(j).is_some_and(place_at))
                });
            // "killed two people in the city of Kherson and one in the village of Bilozerka": a
            // list over two places.
            let places_in_list = if span.text.contains(" and ") {
                slots
                    .places
                    .iter()
                    .filter(|p| p.0 >= span.start && p.1 <= limit)
                    .count()
            } else {
                0
            };
            let two_places = two_places || (scope == Scope::Incident && places_in_list >= 2);
            let scope = if two_places { Scope::Several } else { scope };
            // "At least 19 people were killed, rescue officials said, but the hospital said it
            // had received 22 bodies": a second source's figure in the same sentence.
            let competing = out
                .iter()
                .zip(&keys)
                .rev()
                .find(|(p, k)| k.sentence == s && p.kind == r.kind as i32)
                .and_then(|(p, _)| p.span.as_ref())
                .is_some_and(|prev| {
                    let between = (toks.start..r.tokens.start).filter(|&j| {
                        doc.tokens.get(j).is_some_and(|t| {
                            u32::try_from(doc.index.char_offset(t.start))
                                .is_ok_and(|c| c >= prev.end)
                        })
                    });
                    let mut but = false;
                    let mut source = false;
                    for j in between {
                        but |= matches!(
                            doc.lower(j),
                            "but" | "while" | "whereas" | "although" | "though"
                        );
                        source |= but
                            && matches!(
                                doc.lower(j),
                                "said" | "says" | "put" | "gave" | "according" | "told"
                            );
                    }
                    source
                });
            // "Across the wider region, four more people were killed": victims added to the
            // incident's count (not "more than").
            let more = doc.lower(r.num.end) == "more" && doc.lower(r.num.end + 1) != "than";
            keys.push(ReportKey {
                incident: incident.to_lowercase(),
                role,
                more,
                scope,
                sentence: s,
                competing,
                period_mid,
                since,
                scope_places: if scope == Scope::Several {
                    slots
                        .places
                        .iter()
                        .filter(|p| p.0 >= cs && p.1 <= ce)
                        .map(|p| p.2.to_lowercase())
                        .collect()
                } else {
                    Vec::new()
                },
            });
            out.push(CasualtyReport {
                kind: r.kind as i32,
                count: u32::try_from(r.num.count).unwrap_or(u32::MAX),
                text: span.text.clone(),
                span: Some(span),
                count_max: u32::try_from(r.num.max.max(r.num.count)).unwrap_or(u32::MAX),
                at_least: r.num.at_least,
                vague: r.num.vague,
                location: place,
                date,
                cumulative: r.cumulative || period,
            });
        }
    }
    let summary = summarize(&out, &keys, body_start, published);
    (out, summary)
}
