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

use aho_corasick::AhoCorasick;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::{Captures, Regex};

use crate::schema::v1::DateMention;
use crate::text::CharIndex;

/// Index of a named group, computed at compile time.
macro_rules! g_index {
    ($name:literal) => {
        const {
            let i = group_index($name);
            assert!(i != usize::MAX, "unknown date group");
            i
        }
    };
}

/// The named group of a match, by an index computed at compile time.
macro_rules! g {
    ($caps:expr, $name:literal) => {
        $caps.get(
            const {
                let i = group_index($name);
                assert!(i != usize::MAX, "unknown date group");
                i
            },
        )
    };
}

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
];

#[derive(Debug, thiserror::Error)]
#[error("date pattern: {0}")]
pub struct DatesError(String);

/// The compiled date matcher, held by the stage.
#[derive(Debug, Clone)]
pub struct DateMatcher {
    re: Regex,
    /// [`FUTURE_MARKERS`], searched in one pass.
    future: AhoCorasick,
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
            r"(?P<yrange2>(?-u:\b)(?P<qy1>(?:19|20)[0-9]{2})\s?(?:-|–)\s?(?P<qy2>(?:19|20)[0-9]{2})(?-u:\b))".to_string(),
            format!(r"(?P<drange>(?-u:\b)(?P<drm>{mday})\s+(?P<dd1>[0-9]{{1,2}})\s?(?:-|–)\s?(?P<dd2>[0-9]{{1,2}})(?-u:\b)(?:,?\s+(?P<dry>(?:19|20)[0-9]{{2}})(?-u:\b))?)"),
            format!(r"(?P<drange2>(?-u:\b)(?P<ed1>[0-9]{{1,2}})\s?(?:-|–)\s?(?P<ed2>[0-9]{{1,2}})\s+(?P<erm>{month})(?-u:\b)(?:,?\s+(?P<ery>(?:19|20)[0-9]{{2}})(?-u:\b))?)"),
            format!(r"(?P<md>(?-u:\b)(?:(?:{wd}),?\s+)?(?P<mdm>{mday})\s+(?P<mdd>[0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(?P<mdy>(?:19|20)[0-9]{{2}})(?-u:\b))?)"),
            format!(r"(?P<dm>(?-u:\b)(?P<dmd>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmm>{month})(?-u:\b)(?:,?\s+(?P<dmy>(?:19|20)[0-9]{{2}})(?-u:\b))?)"),
            format!(r"(?P<my>(?-u:\b)(?P<mym>{month})\s+(?:of\s+)?(?P<myy>(?:19|20)[0-9]{{2}})(?-u:\b))"),
            format!(r"(?P<modu>(?-u:\b)(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+(?P<unit>week|weekend|month|year|{wd}|{month})(?-u:\b))"),
            format!(r"(?P<ago>(?-u:\b)(?P<agon>(?i:{num}))\s+(?P<agou>days?|weeks?|months?|years?)\s+ago(?-u:\b))"),
            r"(?P<rel>(?-u:\b)(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)(?-u:\b))".to_string(),
            format!(r"(?P<wd>(?-u:\b)(?P<wdn>{wd})(?-u:\b))"),
            format!(r"(?P<mo>(?-u:\b)(?P<mon>{month})(?-u:\b))"),
            r"(?P<yr>(?-u:\b)(?P<yry>(?:19|20)[0-9]{2})(?-u:\b))".to_string(),
        ]
        .join("|");
        // ASCII classes and word boundaries (month names, digits and spaces are ASCII):
        // keeps the lazy DFA small and fast on text with typographic quotes.
        let re = Regex::new(&format!("(?-u){pattern}")).map_err(|e| DatesError(e.to_string()))?;
        let names: Vec<&str> = re
            .capture_names()
            .skip(1)
            .map(|n| n.unwrap_or(""))
            .collect();
        if names != GROUPS {
            return Err(DatesError(format!(
                "capture groups {names:?} differ from GROUPS {GROUPS:?}"
            )));
        }
        let future = AhoCorasick::new(FUTURE_MARKERS).map_err(|e| DatesError(e.to_string()))?;
        Ok(Self { re, future })
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
        let mut future: Vec<Option<bool>> = vec![None; sentences.len()];
        for m in self.re.find_iter(text) {
            let Some(caps) = self.groups(text, m) else {
                continue;
            };
            // The sentence holding the match decides the tense.
            let i = sentences
                .partition_point(|r| r.end <= m.start())
                .min(sentences.len().saturating_sub(1));
            let is_future = match (future.get_mut(i), sentences.get(i)) {
                (Some(slot), Some(range)) => *slot.get_or_insert_with(|| {
                    text.get(range.clone()).is_some_and(|s| self.is_future(s))
                }),
                _ => false,
            };
            let sentence_start = sentences.get(i).map_or(0, |r| r.start.min(m.start()));
            let before = tail(&text[sentence_start..m.start()], 24);
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

/// The groups of one match: all of them, or those of a match that only one alternative can
/// produce (read without the capture search).
enum DateCaps<'h> {
    Full(Captures<'h>),
    /// The whole match is group `outer` and (when not 0) group `inner`.
    Simple {
        m: regex::Match<'h>,
        outer: usize,
        inner: usize,
    },
}

impl<'h> DateCaps<'h> {
    fn get(&self, i: usize) -> Option<regex::Match<'h>> {
        match self {
            Self::Full(c) => c.get(i),
            Self::Simple { m, outer, inner } => {
                (i == 0 || i == *outer || (*inner != 0 && i == *inner)).then_some(*m)
            }
        }
    }
}

impl DateMatcher {
    /// The groups of match `m`. A match that is exactly four digits can only be a bare year
    /// (`yr`), exactly a weekday only `wd`, exactly a month name only `mo`, exactly
    /// "yesterday"/"today"/"tomorrow" only `rel`: every other alternative needs more text.
    /// Otherwise the capture search, from the match's start (which finds the same match).
    fn groups<'h>(&self, text: &'h str, m: regex::Match<'h>) -> Option<DateCaps<'h>> {
        let t = m.as_str();
        let simple = |outer: usize, inner: usize| Some(DateCaps::Simple { m, outer, inner });
        if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
            return simple(g_index!("yr"), g_index!("yry"));
        }
        if WEEKDAYS.iter().any(|(w, _)| *w == t) {
            return simple(g_index!("wd"), g_index!("wdn"));
        }
        if MONTHS.contains(&t) {
            return simple(g_index!("mo"), g_index!("mon"));
        }
        if matches!(
            t,
            "Yesterday" | "yesterday" | "Today" | "today" | "Tomorrow" | "tomorrow"
        ) {
            return simple(g_index!("rel"), 0);
        }
        self.re.captures_at(text, m.start()).map(DateCaps::Full)
    }

    /// The sentence speaks of the future (holds one of [`FUTURE_MARKERS`]).
    fn is_future(&self, sentence: &str) -> bool {
        // Bounded: only the first 2 KB of a sentence is inspected.
        let s = tail_head(sentence, 2048);
        let padded = format!(" {s} ");
        self.future.is_match(&padded)
    }
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

fn num(m: Option<regex::Match<'_>>) -> Option<i64> {
    m?.as_str().parse().ok()
}

/// The pattern's capture groups in order (group `i + 1` is `GROUPS[i]`), checked against the
/// compiled regex in [`DateMatcher::new`], so a group is read by a constant index instead of a
/// name lookup per match.
const GROUPS: &[&str] = &[
    "iso", "iy", "im", "id", "yrange", "ry1", "ry2", "yrange2", "qy1", "qy2", "drange", "drm",
    "dd1", "dd2", "dry", "drange2", "ed1", "ed2", "erm", "ery", "md", "mdm", "mdd", "mdy", "dm",
    "dmd", "dmm", "dmy", "my", "mym", "myy", "modu", "mod", "unit", "ago", "agon", "agou", "rel",
    "wd", "wdn", "mo", "mon", "yr", "yry",
];

/// Index of a named group (1-based, as in [`Captures::get`]); `usize::MAX` (never a group)
/// for an unknown name, which `g!` turns into a compile error.
const fn group_index(name: &str) -> usize {
    let n = name.as_bytes();
    let mut i = 0;
    while i < GROUPS.len() {
        let g = GROUPS[i].as_bytes();
        if g.len() == n.len() {
            let mut j = 0;
            while j < g.len() && g[j] == n[j] {
                j += 1;
            }
            if j == g.len() {
                return i + 1;
            }
        }
        i += 1;
    }
    usize::MAX
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
    if g!(caps, "iso").is_some() {
        let d = ymd(
            num(g!(caps, "iy"))?,
            u32::try_from(num(g!(caps, "im"))?).ok()?,
            u32::try_from(num(g!(caps, "id"))?).ok()?,
        )?;
        return Some((d, d));
    }
    if g!(caps, "yrange").is_some() || g!(caps, "yrange2").is_some() {
        let (a, b) = if g!(caps, "yrange").is_some() {
            (num(g!(caps, "ry1"))?, num(g!(caps, "ry2"))?)
        } else {
            (num(g!(caps, "qy1"))?, num(g!(caps, "qy2"))?)
        };
        if b <= a || b - a > 30 {
            return None;
        }
        return Some((year_range(a)?.0, year_range(b)?.1));
    }
    if g!(caps, "drange").is_some() || g!(caps, "drange2").is_some() {
        let (m, d1, d2, y) = if g!(caps, "drange").is_some() {
            (
                g!(caps, "drm")?,
                num(g!(caps, "dd1"))?,
                num(g!(caps, "dd2"))?,
                num(g!(caps, "dry")),
            )
        } else {
            (
                g!(caps, "erm")?,
                num(g!(caps, "ed1"))?,
                num(g!(caps, "ed2"))?,
                num(g!(caps, "ery")),
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
    if g!(caps, "md").is_some() || g!(caps, "dm").is_some() {
        let (m, d, y) = if g!(caps, "md").is_some() {
            (
                g!(caps, "mdm")?,
                num(g!(caps, "mdd"))?,
                num(g!(caps, "mdy")),
            )
        } else {
            (
                g!(caps, "dmm")?,
                num(g!(caps, "dmd"))?,
                num(g!(caps, "dmy")),
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
    if g!(caps, "my").is_some() {
        let m = month_no(g!(caps, "mym")?.as_str())?;
        return month_range(i32::try_from(num(g!(caps, "myy"))?).ok()?, m);
    }
    if g!(caps, "modu").is_some() {
        let p = published?;
        let modifier = g!(caps, "mod")?.as_str().to_ascii_lowercase();
        let unit = g!(caps, "unit")?.as_str();
        return relative_unit(p, &modifier, unit);
    }
    if g!(caps, "ago").is_some() {
        let p = published?;
        let n = match g!(caps, "agon")?.as_str().to_ascii_lowercase().as_str() {
            "a" | "an" | "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            other => other.parse::<i64>().ok()?,
        };
        let unit = g!(caps, "agou")?.as_str();
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
    if let Some(rel) = g!(caps, "rel") {
        let p = published?;
        let d = match rel.as_str().to_ascii_lowercase().as_str() {
            "yesterday" => p.pred_opt()?,
            "tomorrow" => p.succ_opt()?,
            _ => p,
        };
        return Some((d, d));
    }
    if g!(caps, "wd").is_some() {
        let p = published?;
        let wd = weekday(g!(caps, "wdn")?.as_str())?;
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
    if g!(caps, "mo").is_some() {
        // A bare month needs a preposition: "in March", "since May".
        if !DATE_PREPS.contains(&last_word(before)) {
            return None;
        }
        let p = published?;
        let m = month_no(g!(caps, "mon")?.as_str())?;
        let first = infer_year(p, m, 1, future && m != p.month())?;
        return month_range(first.year(), m);
    }
    if g!(caps, "yr").is_some() {
        if !DATE_PREPS.contains(&last_word(before)) {
            return None;
        }
        return year_range(num(g!(caps, "yry"))?);
    }
    None
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

    #[test]
    fn iso_date_writes_what_chrono_writes() {
        let mut dates: Vec<NaiveDate> = [
            (0, 1, 1),
            (-1, 12, 31),
            (9, 2, 3),
            (999, 10, 10),
            (1999, 12, 31),
            (2025, 4, 1),
            (9999, 12, 31),
            (10000, 1, 1),
        ]
        .iter()
        .filter_map(|&(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
        .collect();
        let mut d = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
        while d.year() < 2026 {
            dates.push(d);
            d = d.succ_opt().unwrap();
        }
        for d in dates {
            assert_eq!(iso_date(d), d.format("%Y-%m-%d").to_string());
        }
    }

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
    fn no_false_positives() {
        for text in [
            "Officials may decide. They march on. Theresa May spoke.",
            "The Mar a Lago estate; 2025 people; a may-day call.",
            "He won 2024 votes in the May Day parade.",
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
