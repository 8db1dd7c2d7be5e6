//! Dates: absolute and relative date expressions resolved against the publication date.
//!
//! Recognised: ISO dates ("2025-03-18"); "March 18", "March 18, 2025", "18 March 2025",
//! "Monday, March 17"; AP abbreviations with a day ("Sept. 5", not bare "Mar"/"May"); month
//! ranges of days ("March 3-5"); "March 2025"; a month after a preposition ("in March",
//! "since May"); a year after a preposition ("in 2024", "since 2022", "by 2030"); year ranges
//! ("from 2025 until 2027", "between 2025 and 2027", "2025-2027"); "yesterday", "today",
//! "tomorrow"; weekdays ("on Monday", "last Tuesday", "next Friday"); "last/this/next
//! week/weekend/month/year"; "N days/weeks/months/years ago".
//!
//! Year inference (a date without a year): in a sentence about the future ("will", "is set
//! to", "scheduled", "next", ...) the first such date on or after publication; otherwise the
//! latest such date no more than 30 days after publication (wire copy mostly reports the
//! recent past; the 30-day slack keeps near-future dates in the current year). A weekday
//! alone is the latest such day on or before publication (on or after, in a future sentence);
//! "last Tuesday" is the latest strictly before, "next Tuesday" the first strictly after.
//! Capitalisation is required for month and day names, so "may" the verb and "march" the
//! noun are never dates; bare "May" and "March" need a day, a year or a preposition.

use std::ops::Range;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::{Captures, Match, Regex};

use crate::schema::v1::DateMention;
use crate::text::CharIndex;

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const ABBREVS: &[(&str, u32)] = &[
    ("Jan.", 1),
    ("Feb.", 2),
    ("Mar.", 3),
    ("Apr.", 4),
    ("Aug.", 8),
    ("Sept.", 9),
    ("Sep.", 9),
    ("Oct.", 10),
    ("Nov.", 11),
    ("Dec.", 12),
    // Datelines without the period ("KHARTOUM, Nov 23 (AFP)"); only before a day number.
    ("Jan", 1),
    ("Feb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Aug", 8),
    ("Sept", 9),
    ("Sep", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
];
const WEEKDAYS: &[(&str, Weekday)] = &[
    ("Monday", Weekday::Mon),
    ("Tuesday", Weekday::Tue),
    ("Wednesday", Weekday::Wed),
    ("Thursday", Weekday::Thu),
    ("Friday", Weekday::Fri),
    ("Saturday", Weekday::Sat),
    ("Sunday", Weekday::Sun),
];
/// Words before a bare month or year that make it a date ("in March", "since 2022").
const DATE_PREPS: &[&str] = &[
    "in",
    "into",
    "since",
    "until",
    "till",
    "by",
    "during",
    "throughout",
    "from",
    "early",
    "late",
    "mid",
    "of",
    "before",
    "after",
    "for",
    "In",
    "Since",
    "Until",
    "By",
    "During",
    "From",
    "Early",
    "Late",
    "Before",
    "After",
    "Throughout",
];
const FUTURE_MARKERS: &[&str] = &[
    " will ",
    " is set to ",
    " are set to ",
    " is due ",
    " are due ",
    " scheduled ",
    " scheduled.",
    " plans to ",
    " planned for ",
    " next ",
    " upcoming ",
    " expected to ",
    " to be held ",
    " is to ",
    " are to ",
    " would take place ",
    "will be held",
    " due to ",
    " set for ",
    " will.",
    " to meet ",
    " to visit ",
    " to hold ",
    " to sign ",
    " to host ",
    " to travel ",
];

/// The pattern's capture groups in order, checked in [`DateMatcher::new`]: groups are read
/// by constant indices ([`grp!`]), not by a name lookup per match.
const GROUPS: &[&str] = &[
    "iso", "iy", "im", "id", "yrange", "ry1", "ry2", "yrange2", "qy1", "qy2", "drange", "drm",
    "dd1", "dd2", "dry", "drange2", "ed1", "ed2", "erm", "ery", "md", "mdm", "mdd", "mdy", "dm",
    "dmd", "dmm", "dmy", "my", "mym", "myy", "mdrange", "r1m", "r1d", "r2m", "r2d", "mpart", "mpw",
    "mpm", "mpy", "ypart", "ypw", "ypr", "ypy", "frac", "fk", "fu", "fr", "fy", "wkend", "season",
    "sr", "sn", "sn2", "sy", "ord", "od", "om", "eoy", "eor", "mrange", "mr1", "mh1", "mr2", "mry",
    "mly", "mlym", "mlyo", "firstn", "fnn", "fny", "modu", "mod", "unit", "ago", "agon", "agou",
    "rel", "wd", "wdn", "mo", "mon", "yr", "yry",
];

/// The index of capture group `name` (1-based, as in [`GROUPS`]); evaluated at compile time,
/// so an unknown name fails the build.
const fn group_index(name: &str) -> usize {
    let mut i = 0;
    while i < GROUPS.len() {
        let (a, b) = (GROUPS[i].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return i + 1;
            }
        }
        i += 1;
    }
    panic!("unknown date capture group")
}

/// Capture group `$name` of a match, by its compile-time index.
macro_rules! grp {
    ($caps:expr, $name:literal) => {
        $caps.get(const { group_index($name) })
    };
}

/// The groups of one match: all of them (`Full`), or a bare month, weekday, year or
/// relative day (`Bare`: the whole match is that word, so only that alternative can have
/// produced it), read without the capture search.
enum DateCaps<'h> {
    Full(Captures<'h>),
    Bare(Bare, Match<'h>),
}

/// The alternatives whose match is a single word.
#[derive(Clone, Copy)]
enum Bare {
    Month,
    Weekday,
    Year,
    Relative,
}

impl<'h> DateCaps<'h> {
    fn get(&self, i: usize) -> Option<Match<'h>> {
        match self {
            Self::Full(c) => c.get(i),
            Self::Bare(kind, m) => {
                const MONTH: [usize; 2] = [group_index("mo"), group_index("mon")];
                const WEEKDAY: [usize; 2] = [group_index("wd"), group_index("wdn")];
                const YEAR: [usize; 2] = [group_index("yr"), group_index("yry")];
                const RELATIVE: [usize; 2] = [group_index("rel"), group_index("rel")];
                let groups = match kind {
                    Bare::Month => MONTH,
                    Bare::Weekday => WEEKDAY,
                    Bare::Year => YEAR,
                    Bare::Relative => RELATIVE,
                };
                (i == 0 || groups.contains(&i)).then_some(*m)
            }
        }
    }
}

/// The single-word alternative a whole match is, if any (see [`DateCaps::Bare`]).
fn bare_kind(s: &str) -> Option<Bare> {
    if MONTHS.contains(&s) {
        Some(Bare::Month)
    } else if WEEKDAYS.iter().any(|(w, _)| *w == s) {
        Some(Bare::Weekday)
    } else if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        Some(Bare::Year)
    } else if matches!(
        s,
        "Yesterday" | "yesterday" | "Today" | "today" | "Tomorrow" | "tomorrow"
    ) {
        Some(Bare::Relative)
    } else {
        None
    }
}

#[derive(Debug, thiserror::Error)]
#[error("date pattern: {0}")]
pub struct DatesError(String);

/// The compiled date matcher, held by the stage.
#[derive(Debug, Clone)]
pub struct DateMatcher {
    re: Regex,
    /// Every tense marker, trimmed: a sentence with none of them has no future date, which
    /// spares the per-match tense check in most sentences.
    tense_words: aho_corasick::AhoCorasick,
}

impl DateMatcher {
    pub fn new() -> Result<Self, DatesError> {
        let month = MONTHS.join("|");
        let abbr: Vec<String> = ABBREVS.iter().map(|(a, _)| regex::escape(a)).collect();
        let mday = format!("{month}|{}", abbr.join("|"));
        let wd: Vec<&str> = WEEKDAYS.iter().map(|(w, _)| *w).collect();
        let wd = wd.join("|");
        let num = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,3}";
        let pattern = [
            r"(?P<iso>(?-u:\b)(?P<iy>[0-9]{4})-(?P<im>[0-9]{2})-(?P<id>[0-9]{2})(?-u:\b))".to_string(),
            r"(?P<yrange>(?-u:\b)(?:[Ff]rom|[Bb]etween)\s+(?P<ry1>(?:19|20)[0-9]{2})\s+(?:until|to|till|through|and)\s+(?P<ry2>(?:19|20)[0-9]{2})(?-u:\b))".to_string(),
            r"(?P<yrange2>(?-u:\b)(?P<qy1>(?:19|20)[0-9]{2})\s?(?:-|–)\s?(?P<qy2>(?:19|20)?[0-9]{2})(?-u:\b))".to_string(),
            format!(r"(?P<drange>(?-u:\b)(?P<drm>{mday})\s+(?P<dd1>[0-9]{{1,2}})\s?(?:-|–)\s?(?P<dd2>[0-9]{{1,2}})(?-u:\b)(?:,?\s+(?P<dry>(?:19|20)[0-9]{{2}})(?-u:\b))?)"),
            format!(r"(?P<drange2>(?-u:\b)(?P<ed1>[0-9]{{1,2}})\s?(?:-|–)\s?(?P<ed2>[0-9]{{1,2}})\s+(?P<erm>{month})(?-u:\b)(?:,?\s+(?P<ery>(?:19|20)[0-9]{{2}})(?-u:\b))?)"),
            format!(r"(?P<md>(?-u:\b)(?:(?:{wd}),?\s+)?(?P<mdm>{mday})\s+(?P<mdd>[0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(?P<mdy>(?:19|20)[0-9]{{2}})(?-u:\b))?)"),
            format!(r"(?P<dm>(?-u:\b)(?P<dmd>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmm>{month})(?-u:\b)(?:,?\s+(?P<dmy>(?:19|20)[0-9]{{2}})(?-u:\b))?)"),
            format!(r"(?P<my>(?-u:\b)(?P<mym>{month})\s+(?:of\s+)?(?P<myy>(?:19|20)[0-9]{{2}})(?-u:\b))"),
            format!(r"(?P<mdrange>(?-u:\b)[Ff]rom\s+(?P<r1m>{mday})\s+(?P<r1d>[0-9]{{1,2}})\s+(?:to|until|till|through)\s+(?P<r2m>{mday})\s+(?P<r2d>[0-9]{{1,2}})(?-u:\b))"),
            format!(r"(?P<mpart>(?-u:\b)(?P<mpw>[Ee]arly|[Mm]id|[Ll]ate)[- ](?P<mpm>{month})(?-u:\b)(?:,?\s+(?P<mpy>(?:19|20)[0-9]{{2}})(?-u:\b))?)"),
            r"(?P<ypart>(?-u:\b)(?P<ypw>[Ee]arly|[Mm]id|[Ll]ate)[- ](?:(?P<ypr>next|this|last)\s+year|(?P<ypy>(?:19|20)[0-9]{2}))(?-u:\b))".to_string(),
            r"(?P<frac>(?-u:\b)(?:the\s+)?(?P<fk>first|second|third|fourth)\s+(?P<fu>half|quarter)\s+of\s+(?:(?P<fr>next|this|last|the)\s+year|(?P<fy>(?:19|20)[0-9]{2}))(?-u:\b))".to_string(),
            r"(?P<wkend>(?-u:\b)(?:[Aa]t|[Oo]ver)\s+the\s+weekend(?-u:\b))".to_string(),
            r"(?P<season>(?-u:\b)(?:(?P<sr>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<sn>summer|winter|spring|autumn|fall)|(?P<sn2>[Ss]ummer|[Ss]pring|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?(?P<sy>(?:19|20)[0-9]{2}))(?-u:\b))".to_string(),
            r"(?P<ord>(?-u:\b)the\s+(?P<od>[0-9]{1,2})(?:st|nd|rd|th)(?:\s+of\s+(?P<om>next|this|last)\s+month(?-u:\b)|[.,;:)]))".to_string(),
            r"(?P<eoy>(?-u:\b)the\s+end\s+of\s+(?P<eor>the|this|next)\s+year(?-u:\b))".to_string(),
            format!(r"(?P<mrange>(?-u:\b)(?:(?:[Ff]rom|[Bb]etween)\s+(?P<mr1>{month})\s+(?:until|to|till|through|and)\s+|(?P<mh1>{month})\s?(?:-|–)\s?)(?P<mr2>{month})(?-u:\b)(?:,?\s+(?P<mry>(?:19|20)[0-9]{{2}})(?-u:\b))?)"),
            format!(r"(?P<mly>(?-u:\b)(?P<mlym>{month})\s+(?P<mlyo>last|next|this)\s+year(?-u:\b))"),
            r"(?P<firstn>(?-u:\b)(?:the\s+)?first\s+(?P<fnn>two|three|four|five|six|seven|eight|nine|ten|eleven|[0-9]{1,2})\s+months\s+of\s+(?P<fny>the|this|last)\s+year(?-u:\b))".to_string(),
            format!(r"(?P<modu>(?-u:\b)(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+(?P<unit>week|weekend|month|year|{wd}|{month})(?-u:\b))"),
            format!(r"(?P<ago>(?-u:\b)(?P<agon>(?i:{num}))\s+(?P<agou>days?|weeks?|months?|years?)\s+ago(?-u:\b))"),
            r"(?P<rel>(?-u:\b)(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)(?-u:\b))".to_string(),
            format!(r"(?P<wd>(?-u:\b)(?P<wdn>{wd})(?-u:\b))"),
            format!(r"(?P<mo>(?-u:\b)(?P<mon>{month})(?-u:\b))"),
            r"(?P<yr>(?-u:\b)(?P<yry>(?:19|20)[0-9]{2})(?-u:\b))".to_string(),
        ]
        .join("|");
        let re = Regex::new(&format!("(?-u){pattern}")).map_err(|e| DatesError(e.to_string()))?;
        let names: Vec<&str> = re
            .capture_names()
            .skip(1)
            .map(|n| n.unwrap_or(""))
            .collect();
        if names != GROUPS {
            return Err(DatesError(format!(
                "capture groups {names:?} differ from {GROUPS:?}"
            )));
        }
        Ok(Self {
            // ASCII classes and word boundaries (month names, digits and spaces are ASCII):
            // keeps the lazy DFA small and fast on text with typographic quotes.
            re,
            tense_words: aho_corasick::AhoCorasick::new(
                FUTURE_MARKERS
                    .iter()
                    .chain(WEAK_FUTURE_MARKERS)
                    .map(|m| m.trim_matches(|c: char| c == ' ' || c == '.')),
            )
            .map_err(|e| DatesError(e.to_string()))?,
        })
    }

    /// Extracts and resolves the dates of `text`. Without `published`, only expressions with
    /// an explicit year are resolved.
    pub fn extract(
        &self,
        text: &str,
        index: &CharIndex,
        published: Option<NaiveDate>,
    ) -> Vec<DateMention> {
        self.extract_with_sentences(text, index, published, &crate::text::sentences(text))
    }

    /// [`Self::extract`] with the sentences of `text` (byte ranges) already split.
    pub fn extract_with_sentences(
        &self,
        text: &str,
        index: &CharIndex,
        published: Option<NaiveDate>,
        sentences: &[Range<usize>],
    ) -> Vec<DateMention> {
        let mut out = Vec::new();
        let mut has_tense_word: Vec<Option<bool>> = vec![None; sentences.len()];
        for m in self.re.find_iter(text) {
            // The capture search only for a match of several words (the same match: the
            // leftmost-first match starting where this one starts).
            let caps = match bare_kind(m.as_str()) {
                Some(kind) => DateCaps::Bare(kind, m),
                None => match self.re.captures_at(text, m.start()) {
                    Some(c) => DateCaps::Full(c),
                    None => continue,
                },
            };
            // The sentence holding the match, and the match's place in it, decide the tense.
            let i = sentences
                .partition_point(|r| r.end <= m.start())
                .min(sentences.len().saturating_sub(1));
            let sentence = sentences
                .get(i)
                .map_or(0..0, |r| r.start.min(m.start())..r.end.max(m.end()));
            let tense_word = match has_tense_word.get_mut(i) {
                Some(slot) => *slot.get_or_insert_with(|| {
                    text.get(sentence.clone())
                        .is_some_and(|s| self.tense_words.is_match(s))
                }),
                None => true,
            };
            let is_future = text
                .get(sentence.start..m.start())
                .zip(text.get(m.end()..sentence.end))
                .is_some_and(|(pre, post)| {
                    if tense_word {
                        is_future(pre, post)
                    } else {
                        // No marker in the sentence: only "set ... for <date>" can be future.
                        pre.ends_with(" for ") && !reporting_before(pre)
                    }
                });
            let before = tail(&text[sentence.start..m.start()], 24);
            let Some((start, end)) = resolve(&caps, before, published, is_future) else {
                continue;
            };
            let span = index.span(text, m.range());
            out.push(DateMention {
                text: span.text.clone(),
                start: iso_date(start),
                end: iso_date(end),
                span: Some(span),
            });
        }
        out
    }
}

fn tail(s: &str, n: usize) -> &str {
    let mut start = s.len().saturating_sub(n);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    s.get(start..).unwrap_or("")
}

/// Modals that make a date future only in its own clause, before it ("deliveries should
/// reach 100,000 rounds by December", "another vote would be needed in November"); after the
/// date they usually belong to reported speech ("said on Tuesday it would ...").
const WEAK_FUTURE_MARKERS: &[&str] = &[
    " would ",
    " should ",
    " aims to ",
    " hopes to ",
    " intends to ",
    " likely to ",
    " needs to ",
    " must ",
];

/// Where a clause ends: a marker after the date counts only before the next one ("raised
/// rates in December and is expected to ..." is past).
const CLAUSE_BREAKS: &[&str] = &[", ", "; ", " and ", " but ", " while ", " — "];

/// The tense of a date from the text of its sentence before (`pre`) and after (`post`) it:
/// future when a future marker comes before it in the sentence, or after it within its
/// clause (or the next clause, when the date opens the sentence: "On March 3, leaders will
/// meet"), or a modal comes before it within its clause; never right after a reporting verb
/// ("said on Tuesday").
fn is_future(pre: &str, post: &str) -> bool {
    // Bounded: at most 2 KB each side is inspected.
    let pre = tail(pre, 2048);
    let post = tail_head(post, 2048);
    if reporting_before(pre) {
        return false;
    }
    // "sets a referendum for Dec. 14": a date something is set for lies ahead.
    if pre.ends_with(" for ") && !pre.trim_end().is_empty() {
        return true;
    }
    // "next to the palace" is a place, not a time.
    let padded_pre = beside(format!(" {pre} "));
    if FUTURE_MARKERS.iter().any(|m| padded_pre.contains(m)) {
        return true;
    }
    let clause_start = CLAUSE_BREAKS
        .iter()
        .filter_map(|b| padded_pre.rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    let own_clause = padded_pre
        .get(clause_start.saturating_sub(1)..)
        .unwrap_or("");
    if WEAK_FUTURE_MARKERS.iter().any(|m| own_clause.contains(m)) {
        return true;
    }
    let first_break = |s: &str| {
        CLAUSE_BREAKS
            .iter()
            .filter_map(|b| s.find(b))
            .min()
            .unwrap_or(s.len())
    };
    let mut end = first_break(post);
    // A date opening the sentence modifies the main clause after it.
    if pre.split_whitespace().count() <= 2 && end < post.len() {
        let rest = post.get(end + 2..).unwrap_or("");
        end = (end + 2 + first_break(rest)).min(post.len());
    }
    let clause = beside(format!(" {} ", post.get(..end).unwrap_or(post)));
    FUTURE_MARKERS.iter().any(|m| clause.contains(m))
}

/// `s` with " next to " read as " beside " (a place, not a time); no copy without one.
fn beside(s: String) -> String {
    if s.contains(" next to ") {
        s.replace(" next to ", " beside ")
    } else {
        s
    }
}

/// A reporting verb right before the date ("said on Tuesday"): the date is past.
fn reporting_before(pre: &str) -> bool {
    let p = pre.trim_end();
    let p = p.strip_suffix(" on").unwrap_or(p);
    matches!(
        last_word(p),
        "said" | "told" | "wrote" | "announced" | "reported" | "confirmed" | "added"
    )
}

/// `date` as `YYYY-MM-DD`, as chrono's `%Y-%m-%d` writes it (without its formatter's cost).
pub(crate) fn iso_date(date: NaiveDate) -> String {
    let (y, m, d) = (date.year(), date.month(), date.day());
    if (0..=9999).contains(&y) {
        let mut out = String::with_capacity(10);
        for v in [
            y as u32 / 1000,
            y as u32 / 100 % 10,
            y as u32 / 10 % 10,
            y as u32 % 10,
        ] {
            out.push(char::from(b'0' + v as u8));
        }
        for v in [m, d] {
            out.push('-');
            out.push(char::from(b'0' + (v / 10) as u8));
            out.push(char::from(b'0' + (v % 10) as u8));
        }
        out
    } else {
        date.format("%Y-%m-%d").to_string()
    }
}

fn tail_head(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

fn month_no(name: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|m| *m == name)
        .map(|i| i as u32 + 1)
        .or_else(|| ABBREVS.iter().find(|(a, _)| *a == name).map(|(_, n)| *n))
}

fn weekday(name: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(w, _)| *w == name).map(|(_, d)| *d)
}

fn num(m: Option<Match<'_>>) -> Option<i64> {
    m?.as_str().parse().ok()
}

fn ymd(y: i64, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

fn month_range(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let start = NaiveDate::from_ymd_opt(y, m, 1)?;
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)?
    };
    Some((start, next.pred_opt()?))
}

fn year_range(y: i64) -> Option<(NaiveDate, NaiveDate)> {
    Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?))
}

/// The year of a month/day without one, per the module's inference rule.
fn infer_year(published: NaiveDate, month: u32, day: u32, future: bool) -> Option<NaiveDate> {
    let y = i64::from(published.year());
    let candidates: Vec<NaiveDate> = (y - 1..=y + 1).filter_map(|y| ymd(y, month, day)).collect();
    if future {
        candidates.into_iter().find(|d| *d >= published)
    } else {
        let limit = published + Duration::days(30);
        candidates.into_iter().rev().find(|d| *d <= limit)
    }
}

fn year_word(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

fn last_word(s: &str) -> &str {
    let s = s.trim_end();
    let s = s.strip_suffix('-').unwrap_or(s);
    let start = s.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| i + 1);
    s.get(start..).unwrap_or("")
}

fn resolve(
    caps: &DateCaps<'_>,
    before: &str,
    published: Option<NaiveDate>,
    future: bool,
) -> Option<(NaiveDate, NaiveDate)> {
    if grp!(caps, "iso").is_some() {
        let d = ymd(
            num(grp!(caps, "iy"))?,
            u32::try_from(num(grp!(caps, "im"))?).ok()?,
            u32::try_from(num(grp!(caps, "id"))?).ok()?,
        )?;
        return Some((d, d));
    }
    if grp!(caps, "yrange").is_some() || grp!(caps, "yrange2").is_some() {
        let (a, b) = if grp!(caps, "yrange").is_some() {
            (num(grp!(caps, "ry1"))?, num(grp!(caps, "ry2"))?)
        } else {
            // "the 2020-22 war": the second year in the first one's century.
            let (a, b) = (num(grp!(caps, "qy1"))?, num(grp!(caps, "qy2"))?);
            (a, if b < 100 { a - a % 100 + b } else { b })
        };
        if b <= a || b - a > 30 {
            return None;
        }
        return Some((year_range(a)?.0, year_range(b)?.1));
    }
    if grp!(caps, "drange").is_some() || grp!(caps, "drange2").is_some() {
        let (m, d1, d2, y) = if grp!(caps, "drange").is_some() {
            (
                grp!(caps, "drm")?,
                num(grp!(caps, "dd1"))?,
                num(grp!(caps, "dd2"))?,
                num(grp!(caps, "dry")),
            )
        } else {
            (
                grp!(caps, "erm")?,
                num(grp!(caps, "ed1"))?,
                num(grp!(caps, "ed2"))?,
                num(grp!(caps, "ery")),
            )
        };
        let m = month_no(m.as_str())?;
        let (d1, d2) = (u32::try_from(d1).ok()?, u32::try_from(d2).ok()?);
        if d2 <= d1 {
            return None;
        }
        let start = match y {
            Some(y) => ymd(y, m, d1)?,
            None => infer_year(published?, m, d1, future)?,
        };
        let end = ymd(i64::from(start.year()), m, d2)?;
        return Some((start, end));
    }
    if grp!(caps, "md").is_some() || grp!(caps, "dm").is_some() {
        let (m, d, y) = if grp!(caps, "md").is_some() {
            (
                grp!(caps, "mdm")?,
                num(grp!(caps, "mdd"))?,
                num(grp!(caps, "mdy")),
            )
        } else {
            (
                grp!(caps, "dmm")?,
                num(grp!(caps, "dmd"))?,
                num(grp!(caps, "dmy")),
            )
        };
        let m = month_no(m.as_str())?;
        let d = u32::try_from(d).ok()?;
        let date = match y {
            Some(y) => ymd(y, m, d)?,
            None => infer_year(published?, m, d, future)?,
        };
        return Some((date, date));
    }
    if grp!(caps, "my").is_some() {
        let m = month_no(grp!(caps, "mym")?.as_str())?;
        return month_range(i32::try_from(num(grp!(caps, "myy"))?).ok()?, m);
    }
    if grp!(caps, "mdrange").is_some() {
        // "from Oct. 1 to Oct. 31"
        let p = published?;
        let m1 = month_no(grp!(caps, "r1m")?.as_str())?;
        let m2 = month_no(grp!(caps, "r2m")?.as_str())?;
        let d1 = u32::try_from(num(grp!(caps, "r1d"))?).ok()?;
        let d2 = u32::try_from(num(grp!(caps, "r2d"))?).ok()?;
        let start = infer_year(p, m1, d1, future)?;
        let mut end = ymd(i64::from(start.year()), m2, d2)?;
        if end < start {
            end = ymd(i64::from(start.year()) + 1, m2, d2)?;
        }
        return Some((start, end));
    }
    if grp!(caps, "mpart").is_some() {
        // "mid-September", "early December": days 1-10, 11-20, 21-end.
        let m = month_no(grp!(caps, "mpm")?.as_str())?;
        let y = match num(grp!(caps, "mpy")) {
            Some(y) => i32::try_from(y).ok()?,
            None => {
                let p = published?;
                infer_year(p, m, 1, future && m != p.month())?.year()
            }
        };
        let (first, last) = month_range(y, m)?;
        let (a, b) = match grp!(caps, "mpw")?.as_str().to_ascii_lowercase().as_str() {
            "early" => (1, 10),
            "mid" => (11, 20),
            _ => (21, last.day()),
        };
        return Some((first.with_day(a)?, first.with_day(b)?));
    }
    if grp!(caps, "ypart").is_some() {
        // "early next year": Jan-Apr; mid: May-Aug; late: Sep-Dec.
        let y = match num(grp!(caps, "ypy")) {
            Some(y) => i32::try_from(y).ok()?,
            None => relative_year(published?, grp!(caps, "ypr")?.as_str()),
        };
        let (m1, m2) = match grp!(caps, "ypw")?.as_str().to_ascii_lowercase().as_str() {
            "early" => (1, 4),
            "mid" => (5, 8),
            _ => (9, 12),
        };
        return Some((month_range(y, m1)?.0, month_range(y, m2)?.1));
    }
    if grp!(caps, "frac").is_some() {
        // "the first half of next year", "the third quarter of 2027"
        let y = match num(grp!(caps, "fy")) {
            Some(y) => i32::try_from(y).ok()?,
            None => relative_year(published?, grp!(caps, "fr")?.as_str()),
        };
        let k: u32 = match grp!(caps, "fk")?.as_str() {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            _ => 4,
        };
        let (m1, m2) = if grp!(caps, "fu")?.as_str() == "half" {
            if k > 2 {
                return None;
            }
            (6 * k - 5, 6 * k)
        } else {
            (3 * k - 2, 3 * k)
        };
        return Some((month_range(y, m1)?.0, month_range(y, m2)?.1));
    }
    if grp!(caps, "wkend").is_some() {
        // "at the weekend": the latest Saturday-Sunday (the coming one, in a future clause).
        let p = published?;
        let sat = if future {
            (0..7)
                .map(|i| p + Duration::days(i))
                .find(|d| d.weekday() == Weekday::Sat)?
        } else {
            (0..7)
                .map(|i| p - Duration::days(i))
                .find(|d| d.weekday() == Weekday::Sat && *d < p)
                .or_else(|| (7..8).map(|i| p - Duration::days(i)).next())?
        };
        return Some((sat, sat + Duration::days(1)));
    }
    if grp!(caps, "season").is_some() {
        let p = published?;
        let name = grp!(caps, "sn")
            .or_else(|| grp!(caps, "sn2"))?
            .as_str()
            .to_ascii_lowercase();
        let (m1, len) = match name.as_str() {
            "spring" => (3, 3),
            "summer" => (6, 3),
            "autumn" | "fall" => (9, 3),
            _ => (12, 3),
        };
        let season = |y: i32| -> Option<(NaiveDate, NaiveDate)> {
            let start = month_range(y, m1)?.0;
            let last = start.checked_add_months(chrono::Months::new(len - 1))?;
            Some((start, month_range(last.year(), last.month())?.1))
        };
        // "spring 2027", "the summer of 2024"
        if let Some(y) = num(grp!(caps, "sy")) {
            return season(i32::try_from(y).ok()?);
        }
        let y = p.year();
        let found = match grp!(caps, "sr")?.as_str().to_ascii_lowercase().as_str() {
            // The latest full season ended before publication.
            "last" => (y - 2..=y).rev().filter_map(season).find(|(_, e)| *e < p),
            // The first season starting after publication.
            "next" => (y - 1..=y + 1).filter_map(season).find(|(s, _)| *s > p),
            // This year's (or the one running now).
            _ => (y - 1..=y)
                .rev()
                .filter_map(season)
                .find(|(s, e)| *s <= p && p <= *e)
                .or_else(|| season(y)),
        };
        return found;
    }
    if grp!(caps, "ord").is_some() {
        // "by the 20th", "on the 5th of next month"
        let p = published?;
        let d = u32::try_from(num(grp!(caps, "od"))?).ok()?;
        let this = NaiveDate::from_ymd_opt(p.year(), p.month(), 1)?;
        let month = match grp!(caps, "om").map(|m| m.as_str()) {
            Some("next") => this.checked_add_months(chrono::Months::new(1))?,
            Some("last") => this.checked_sub_months(chrono::Months::new(1))?,
            Some(_) => this,
            None => {
                if !matches!(
                    last_word(before),
                    "by" | "on" | "until" | "before" | "from" | "after"
                ) {
                    return None;
                }
                let next = this.checked_add_months(chrono::Months::new(1))?;
                let prev = this.checked_sub_months(chrono::Months::new(1))?;
                // A deadline ("by the 20th") lies ahead.
                let future = future || matches!(last_word(before), "by" | "until" | "before");
                match (future, d.cmp(&p.day())) {
                    (true, std::cmp::Ordering::Less) => next,
                    (false, std::cmp::Ordering::Greater) => prev,
                    _ => this,
                }
            }
        };
        let date = month.with_day(d)?;
        return Some((date, date));
    }
    if grp!(caps, "eoy").is_some() {
        // "before the end of the year": the year.
        let y = relative_year(published?, grp!(caps, "eor")?.as_str());
        return Some((month_range(y, 1)?.0, month_range(y, 12)?.1));
    }
    if grp!(caps, "mrange").is_some() {
        // "from January to June": the first month's year as a bare month's; the second
        // month in the same year, or the next when it comes earlier in the calendar.
        // (or "the January-October period")
        let m1 = month_no(grp!(caps, "mr1").or_else(|| grp!(caps, "mh1"))?.as_str())?;
        let m2 = month_no(grp!(caps, "mr2")?.as_str())?;
        let y1 = match num(grp!(caps, "mry")) {
            Some(y) if m2 >= m1 => i32::try_from(y).ok()?,
            Some(y) => i32::try_from(y).ok()? - 1,
            None => {
                let p = published?;
                infer_year(p, m1, 1, future && m1 != p.month())?.year()
            }
        };
        let y2 = if m2 >= m1 { y1 } else { y1 + 1 };
        return Some((month_range(y1, m1)?.0, month_range(y2, m2)?.1));
    }
    if grp!(caps, "mly").is_some() {
        // "April last year", "in March next year"
        let p = published?;
        let m = month_no(grp!(caps, "mlym")?.as_str())?;
        let y = match grp!(caps, "mlyo")?.as_str() {
            "last" => p.year() - 1,
            "next" => p.year() + 1,
            _ => p.year(),
        };
        return month_range(y, m);
    }
    if grp!(caps, "firstn").is_some() {
        // "the first nine months of the year"
        let p = published?;
        let n = u32::try_from(count_word(grp!(caps, "fnn")?.as_str())?).ok()?;
        if !(1..=12).contains(&n) {
            return None;
        }
        let y = relative_year(p, grp!(caps, "fny")?.as_str());
        return Some((month_range(y, 1)?.0, month_range(y, n)?.1));
    }
    if grp!(caps, "modu").is_some() {
        let p = published?;
        let modifier = grp!(caps, "mod")?.as_str().to_ascii_lowercase();
        let unit = grp!(caps, "unit")?.as_str();
        return relative_unit(p, &modifier, unit);
    }
    if grp!(caps, "ago").is_some() {
        let p = published?;
        let n = count_word(&grp!(caps, "agon")?.as_str().to_ascii_lowercase())?;
        let unit = grp!(caps, "agou")?.as_str();
        let d = if unit.starts_with("day") {
            p - Duration::days(n)
        } else if unit.starts_with("week") {
            p - Duration::weeks(n)
        } else if unit.starts_with("month") {
            p.checked_sub_months(chrono::Months::new(u32::try_from(n).ok()?))?
        } else {
            p.with_year(p.year() - i32::try_from(n).ok()?)?
        };
        return Some((d, d));
    }
    if let Some(rel) = grp!(caps, "rel") {
        let p = published?;
        let d = match rel.as_str().to_ascii_lowercase().as_str() {
            "yesterday" => p.pred_opt()?,
            "tomorrow" => p.succ_opt()?,
            _ => p,
        };
        return Some((d, d));
    }
    if grp!(caps, "wd").is_some() {
        let p = published?;
        let wd = weekday(grp!(caps, "wdn")?.as_str())?;
        let d = if future {
            (0..7)
                .map(|i| p + Duration::days(i))
                .find(|d| d.weekday() == wd)?
        } else {
            (0..7)
                .map(|i| p - Duration::days(i))
                .find(|d| d.weekday() == wd)?
        };
        return Some((d, d));
    }
    if grp!(caps, "mo").is_some() {
        // A bare month needs a preposition: "in March", "since May".
        if !DATE_PREPS.contains(&last_word(before)) {
            return None;
        }
        let p = published?;
        let m = month_no(grp!(caps, "mon")?.as_str())?;
        let first = infer_year(p, m, 1, future && m != p.month())?;
        return month_range(first.year(), m);
    }
    if grp!(caps, "yr").is_some() {
        // "in 2024", and a year as a modifier: "the 2020 war", "Serbia's 2024 order", "a
        // 2027 budget"; "over 2027 and 2028" (a year after another).
        let word = last_word(before);
        let modifier = matches!(word, "the" | "a" | "its" | "their" | "this" | "s")
            && before.trim_end().len() > word.len();
        let second = matches!(word, "and" | "or")
            && year_word(last_word(
                before.trim_end().strip_suffix(word).unwrap_or(""),
            ));
        if !DATE_PREPS.contains(&word) && !modifier && !second {
            return None;
        }
        return year_range(num(grp!(caps, "yry"))?);
    }
    None
}

/// A small count as the patterns write it: "a", "two", ..., "twelve", or digits.
fn count_word(w: &str) -> Option<i64> {
    const WORDS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    match w {
        "a" | "an" => Some(1),
        _ => WORDS
            .iter()
            .position(|x| *x == w)
            .map(|i| i as i64 + 1)
            .or_else(|| w.parse().ok()),
    }
}

/// The year named by "next", "last", "this" or "the" relative to publication.
fn relative_year(p: NaiveDate, rel: &str) -> i32 {
    match rel {
        "next" => p.year() + 1,
        "last" => p.year() - 1,
        _ => p.year(),
    }
}

fn relative_unit(p: NaiveDate, modifier: &str, unit: &str) -> Option<(NaiveDate, NaiveDate)> {
    let offset: i64 = match modifier {
        "last" | "past" => -1,
        "next" | "coming" => 1,
        _ => 0,
    };
    if let Some(wd) = weekday(unit) {
        let d = match offset {
            -1 => (1..8)
                .map(|i| p - Duration::days(i))
                .find(|d| d.weekday() == wd)?,
            1 => (1..8)
                .map(|i| p + Duration::days(i))
                .find(|d| d.weekday() == wd)?,
            // "this Tuesday": the Tuesday of the publication week.
            _ => {
                p - Duration::days(i64::from(p.weekday().num_days_from_monday()))
                    + Duration::days(i64::from(wd.num_days_from_monday()))
            }
        };
        return Some((d, d));
    }
    if let Some(m) = month_no(unit) {
        let y = match offset {
            -1 if m >= p.month() => p.year() - 1,
            1 if m <= p.month() => p.year() + 1,
            _ => p.year(),
        };
        return month_range(y, m);
    }
    let monday = p - Duration::days(i64::from(p.weekday().num_days_from_monday()));
    match unit {
        "week" => {
            let start = monday + Duration::weeks(offset);
            Some((start, start + Duration::days(6)))
        }
        "weekend" => {
            let sat = monday + Duration::weeks(offset) + Duration::days(5);
            Some((sat, sat + Duration::days(1)))
        }
        "month" => {
            let first = NaiveDate::from_ymd_opt(p.year(), p.month(), 1)?;
            let first = match offset {
                -1 => first.checked_sub_months(chrono::Months::new(1))?,
                1 => first.checked_add_months(chrono::Months::new(1))?,
                _ => first,
            };
            month_range(first.year(), first.month())
        }
        "year" => year_range(i64::from(p.year()) + offset),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<(String, String, String)> {
        let m = DateMatcher::new().unwrap();
        let p = NaiveDate::from_ymd_opt(2025, 4, 1); // a Tuesday
        m.extract(text, &CharIndex::new(text), p)
            .into_iter()
            .map(|d| (d.text, d.start, d.end))
            .collect()
    }

    fn one(text: &str) -> (String, String) {
        let v = run(text);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        (v[0].1.clone(), v[0].2.clone())
    }

    #[test]
    fn seed_dates() {
        let v = run("just days earlier, on March 30, Trump said so. The call took place on March 18, as part of talks. It will support Ukraine from 2025 until 2027.");
        let got: Vec<(&str, &str, &str)> = v
            .iter()
            .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("March 30", "2025-03-30", "2025-03-30"),
                ("March 18", "2025-03-18", "2025-03-18"),
                ("from 2025 until 2027", "2025-01-01", "2027-12-31"),
            ]
        );
    }

    #[test]
    fn absolute_and_relative_forms() {
        let d = |s: &str| (s.to_string(), s.to_string());
        assert_eq!(one("Signed on 18 March 2025 in Paris."), d("2025-03-18"));
        // A dateline's abbreviated month with or without its period, modifier years, short
        // year ranges, seasons with a year, month ranges with a hyphen, "into".
        let spans = [
            (
                "KHARTOUM, Mar 23 (AFP) - Talks resumed.",
                "2025-03-23",
                "2025-03-23",
            ),
            (
                "KYIV, Sept 9 (Reuters) - Talks resumed.",
                "2024-09-09",
                "2024-09-09",
            ),
            (
                "Many were displaced by the 2020-22 war.",
                "2020-01-01",
                "2022-12-31",
            ),
            (
                "Work will start in spring 2027.",
                "2027-03-01",
                "2027-05-31",
            ),
            (
                "Exports rose in the January-October period.",
                "2025-01-01",
                "2025-10-31",
            ),
            (
                "The campaign will run into January.",
                "2026-01-01",
                "2026-01-31",
            ),
            (
                "Georgia's 2027 budget was passed.",
                "2027-01-01",
                "2027-12-31",
            ),
        ];
        for (text, start, end) in spans {
            assert_eq!(one(text), (start.to_string(), end.to_string()), "{text}");
        }
        assert_eq!(one("Filed 2025-03-18 by the court."), d("2025-03-18"));
        assert_eq!(one("It happened yesterday."), d("2025-03-31"));
        assert_eq!(one("It happened last Tuesday."), d("2025-03-25"));
        assert_eq!(one("They met on Monday."), d("2025-03-31"));
        assert_eq!(one("They will meet on Friday."), d("2025-04-04"));
        assert_eq!(
            one("Attacks rose in 2024."),
            ("2024-01-01".into(), "2024-12-31".into())
        );
        assert_eq!(
            one("Talks resume next month."),
            ("2025-05-01".into(), "2025-05-31".into())
        );
        assert_eq!(
            one("Prices fell in December."),
            ("2024-12-01".into(), "2024-12-31".into())
        );
        assert_eq!(one("Voting is scheduled for May 25."), d("2025-05-25"));
        assert_eq!(one("He said it on Dec. 24."), d("2024-12-24"));
        assert_eq!(one("Three days ago it rained."), d("2025-03-29"));
        assert_eq!(
            one("It ran from 2023-2024 anyway."),
            ("2023-01-01".into(), "2024-12-31".into())
        );
    }

    #[test]
    fn tense_is_read_in_the_date_s_clause() {
        let p = NaiveDate::from_ymd_opt(2024, 7, 8);
        let m = DateMatcher::new().unwrap();
        let run = |text: &str| -> Vec<(String, String)> {
            m.extract(text, &CharIndex::new(text), p)
                .into_iter()
                .map(|d| (d.start, d.end))
                .collect()
        };
        let one = |a: &str, b: &str| vec![(a.to_string(), b.to_string())];
        // Past clause, future marker in the next clause.
        assert_eq!(
            run("The bank raised rates in December and is expected to act again."),
            one("2023-12-01", "2023-12-31")
        );
        // A modal before the date in its clause.
        assert_eq!(
            run("Deliveries should reach 80,000 shells a month by December."),
            one("2024-12-01", "2024-12-31")
        );
        // A reporting verb before the weekday: past, whatever follows.
        assert_eq!(
            run("The ministry said on Thursday it will send more troops."),
            one("2024-07-04", "2024-07-04")
        );
        // "next to" is a place.
        assert_eq!(
            run("A drone hit a shop next to the station on Thursday."),
            one("2024-07-04", "2024-07-04")
        );
        // A date opening the sentence takes the main clause's tense.
        assert_eq!(
            run("On Thursday, leaders will meet in Vienna."),
            one("2024-07-11", "2024-07-11")
        );
        // Month ranges, a month with a relative year, the first months of the year.
        assert_eq!(
            run("The deficit reached 2% from January to June."),
            one("2024-01-01", "2024-06-30")
        );
        assert_eq!(
            run("The war began in April last year."),
            one("2023-04-01", "2023-04-30")
        );
        assert_eq!(
            run("Trade fell in the first nine months of the year."),
            one("2024-01-01", "2024-09-30")
        );
        // Parts of months and years, halves and quarters, weekends, seasons, ordinal days.
        assert_eq!(
            run("Fighting has raged since mid-May."),
            one("2024-05-11", "2024-05-20")
        );
        assert_eq!(
            run("It started in late June."),
            one("2024-06-21", "2024-06-30")
        );
        assert_eq!(
            run("A mission will deploy early next year."),
            one("2025-01-01", "2025-04-30")
        );
        assert_eq!(
            run("Orders will peak in the third quarter of next year."),
            one("2025-07-01", "2025-09-30")
        );
        assert_eq!(
            run("Sales rose in the first half of this year."),
            one("2024-01-01", "2024-06-30")
        );
        assert_eq!(
            run("Ten people died at the weekend."),
            one("2024-07-06", "2024-07-07")
        );
        assert_eq!(
            run("The town has been shelled since last summer."),
            one("2023-06-01", "2023-08-31")
        );
        assert_eq!(
            run("Talks will resume on the 15th of next month."),
            one("2024-08-15", "2024-08-15")
        );
        assert_eq!(
            run("The group has urged fighters to disarm by the 20th."),
            one("2024-07-20", "2024-07-20")
        );
        assert_eq!(run("It was the 13th extension of the law."), vec![]);
        assert_eq!(
            run("More will be sent before the end of the year."),
            one("2024-01-01", "2024-12-31")
        );
        assert_eq!(
            run("Registration will run from Oct. 1 to Oct. 31."),
            one("2024-10-01", "2024-10-31")
        );
        assert_eq!(
            run("Junta sets referendum for Dec. 14"),
            one("2024-12-14", "2024-12-14")
        );
        assert_eq!(
            run("Envoy to meet Zelensky in Kyiv on Thursday"),
            one("2024-07-11", "2024-07-11")
        );
    }

    #[test]
    fn no_false_positives() {
        for text in [
            "Officials may decide. They march on. Theresa May spoke.",
            "The Mar a Lago estate; 2025 people; a may-day call.",
            "He won 2024 votes in the May Day parade.",
            "Dec was 23 when he left.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn huge_input() {
        let text = "March 18 ".repeat(100_000);
        assert_eq!(run(&text).len(), 100_000);
        let text = "9".repeat(1_000_000);
        assert!(run(&text).is_empty());
    }
}
