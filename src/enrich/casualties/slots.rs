//! The places, dates and amounts of an article indexed for casualty reports: which place
//! and date a sentence names, found in O(log n) per lookup.

use crate::schema::v1::ArticleEvent;
use crate::text::{MONTHS, WEEKDAYS};

use crate::enrich::entities::{Doc, NerData};

/// Platforms named after "on" that are not places ("said on Telegram").
const NOT_PLACES: &[&str] = &[
    "telegram",
    "facebook",
    "x",
    "twitter",
    "youtube",
    "whatsapp",
    "instagram",
    "tiktok",
];

/// Places, dates and amounts the other extractors already put into the event, indexed by
/// char span for per-sentence lookups in O(log n).
pub struct Slots {
    pub(super) places: Vec<(u32, u32, String)>,
    pub(super) dates: Vec<(u32, u32, String)>,
    pub(super) amounts: Vec<(u32, u32, String)>,
    /// Dates after "since" (ISO start): they date no event, but "have been killed ... since
    /// September 2024" makes a running statistic.
    pub(super) since_dates: Vec<(u32, u32, String)>,
    /// Dates of a period of four weeks or more ("in March", "this year"): a count dated by
    /// one is a running statistic over the period.
    pub(super) periods: Vec<(u32, u32, String)>,
}

impl Slots {
    pub fn new(doc: &Doc, event: &ArticleEvent, data: &NerData) -> Self {
        let mut places: Vec<(u32, u32, String)> = event
            .locations
            .iter()
            .filter(|l| data.countries.lookup(&l.name).is_none())
            // The place as written ("Rafah"), as elsewhere in reports; `locations` carries
            // the gazetteer's canonical name and coordinates.
            .flat_map(|l| l.mentions.iter().map(|m| (m.start, m.end, m.text.clone())))
            // "treated at Dhaka Medical College Hospital": where victims are cared for is no
            // incident's place.
            .filter(|(_, _, name)| {
                !name
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| matches!(w, "Hospital" | "Clinic" | "College" | "Infirmary"))
            })
            .collect();
        // "since November 2023" starts a period: it dates no event of its sentence.
        let since = |start: u32| {
            let k = doc
                .tokens
                .partition_point(|t| doc.index.char_offset(t.start) < start as usize);
            k > 0 && doc.lower(k - 1) == "since"
        };
        // Once per date (a binary search over the tokens).
        let after_since: Vec<bool> = event
            .dates
            .iter()
            .map(|d| d.span.as_ref().is_some_and(|m| since(m.start)))
            .collect();
        let mut since_dates: Vec<(u32, u32, String)> = event
            .dates
            .iter()
            .zip(&after_since)
            .filter_map(|(d, &after)| {
                let m = d.span.as_ref()?;
                after.then(|| (m.start, m.end, d.start.clone()))
            })
            .collect();
        since_dates.sort();
        let mut dates: Vec<(u32, u32, String)> = event
            .dates
            .iter()
            .zip(&after_since)
            .filter(|(_, &after)| !after)
            .map(|(d, _)| d)
            .filter_map(|d| {
                let v = if d.start.is_empty() {
                    d.text.clone()
                } else {
                    d.start.clone()
                };
                d.span.as_ref().map(|m| (m.start, m.end, v))
            })
            .collect();
        let long = |d: &crate::schema::v1::DateMention| {
            let day = iso_day;
            matches!((day(&d.start), day(&d.end)), (Some(a), Some(b)) if (b - a).num_days() >= 27)
        };
        let mut periods: Vec<(u32, u32, String)> = event
            .dates
            .iter()
            .zip(&after_since)
            .filter(|(d, &after)| !after && long(d))
            .map(|(d, _)| d)
            .filter_map(|d| {
                d.span
                    .as_ref()
                    .map(|m| (m.start, m.end, format!("{}/{}", d.start, d.end)))
            })
            .collect();
        periods.sort();
        let mut amounts: Vec<(u32, u32, String)> = event
            .amounts
            .iter()
            .filter_map(|a| a.span.as_ref().map(|m| (m.start, m.end, a.text.clone())))
            .collect();
        for v in [&mut places, &mut dates, &mut amounts] {
            v.sort();
        }
        Self {
            places,
            dates,
            amounts,
            since_dates,
            periods,
        }
    }

    pub(super) fn first_in(v: &[(u32, u32, String)], cs: u32, ce: u32) -> Option<&str> {
        let i = v.partition_point(|x| x.0 < cs);
        v.get(i).filter(|x| x.1 <= ce).map(|x| x.2.as_str())
    }

    pub(crate) fn amount(&self, cs: u32, ce: u32) -> Option<&str> {
        Self::first_in(&self.amounts, cs, ce)
    }
}

pub(super) fn char_range(doc: &Doc, s: usize) -> Option<(u32, u32)> {
    let range = doc.sentences.get(s)?;
    let c = |b: usize| u32::try_from(doc.index.char_offset(b)).unwrap_or(u32::MAX);
    Some((c(range.start), c(range.end)))
}

/// A place named in a sentence ("in Kharkiv"): the event's resolved locations first, else a
/// capitalised name after "in|near|outside|on|at", non-country names preferred.
pub(crate) fn sentence_place(doc: &Doc, data: &NerData, slots: &Slots, s: usize) -> String {
    let Some((cs, ce)) = char_range(doc, s) else {
        return String::new();
    };
    if let Some(p) = Slots::first_in(&slots.places, cs, ce) {
        return p.to_string();
    }
    let mut country = String::new();
    for k in doc.sentence_tokens(s) {
        let prep = matches!(
            doc.lower(k),
            "in" | "near" | "outside" | "at" | "on" | "into" | "across"
        ) || (doc.lower(k) == "of"
            && k > 0
            && matches!(
                doc.lower(k - 1),
                "shelling"
                    | "bombardment"
                    | "bombing"
                    | "outskirts"
                    | "attack"
                    | "strike"
                    | "centre"
                    | "center"
            ));
        if !prep || !doc.joined(k) {
            continue;
        }
        let mut p = k + 1;
        if doc.lower(p) == "the" && doc.joined(p) {
            p += 1;
            // "the city of X"
            if matches!(
                doc.lower(p),
                "city" | "town" | "village" | "region" | "province" | "district"
            ) && doc.lower(p + 1) == "of"
            {
                p += 2;
            }
        }
        let first = doc.tokens.get(p);
        if !first.is_some_and(|t| t.cap)
            || data.stopwords.contains(doc.lower(p))
            || NOT_PLACES.contains(&doc.lower(p))
            || MONTHS.contains(&doc.lower(p))
            || WEEKDAYS.contains(&doc.lower(p))
        {
            continue;
        }
        let mut e = p + 1;
        while e < p + 3
            && doc.joined(e - 1)
            && doc.tokens.get(e).is_some_and(|t| t.cap)
            && !doc.tokens[e - 1].poss
        {
            e += 1;
        }
        // "at Dhaka Medical College Hospital", "at Mirwais Regional Hospital": an institution.
        let institution = (p..(p + 5).min(doc.tokens.len()))
            .take_while(|&j| j == p || (doc.joined(j - 1) && doc.tokens[j].cap))
            .any(|j| {
                matches!(
                    doc.lower(j),
                    "hospital" | "clinic" | "college" | "infirmary" | "university"
                )
            });
        if institution {
            continue;
        }
        let name = doc.slice(p, e).to_string();
        match data.countries.lookup(&name) {
            // "in Russian shelling": a demonym is no place.
            Some(f) if f.kind == crate::enrich::countries::FormKind::Demonym => {}
            Some(_) if country.is_empty() => country = name,
            Some(_) => {}
            None => return name,
        }
    }
    country
}

/// A date named in a sentence: the event's resolved dates first (ISO start), else "March 18"
/// / "on Tuesday" as written.
pub(crate) fn sentence_date(doc: &Doc, slots: &Slots, s: usize) -> String {
    let Some((cs, ce)) = char_range(doc, s) else {
        return String::new();
    };
    if let Some(d) = Slots::first_in(&slots.dates, cs, ce) {
        return d.to_string();
    }
    for k in doc.sentence_tokens(s) {
        if !doc.tokens.get(k).is_some_and(|t| t.cap) {
            continue;
        }
        let w = doc.lower(k);
        if MONTHS.contains(&w) {
            let next = doc.lower(k + 1);
            if doc.joined(k)
                && !next.is_empty()
                && next.len() <= 2
                && next.bytes().all(|b| b.is_ascii_digit())
            {
                return doc.slice(k, k + 2).to_string();
            }
        }
        if WEEKDAYS.contains(&w) && doc.tokens.get(k).is_some_and(|t| t.cap) {
            return doc.word(k).to_string();
        }
    }
    String::new()
}

/// The first mention starting in `[from, limit)`: "an elderly couple died when their house
/// was buried by mud in Kakanj" happened in Kakanj, not at the place before the report.
pub(super) fn after_in(v: &[(u32, u32, String)], from: u32, limit: u32) -> Option<&str> {
    let i = v.partition_point(|x| x.0 < from);
    v.get(i).filter(|x| x.0 < limit).map(|x| x.2.as_str())
}

/// The place mention nearest to char offset `at` in `[cs, ce)`: the last one before it, else
/// the first one after it.
pub(super) fn nearest_in(v: &[(u32, u32, String)], cs: u32, ce: u32, at: u32) -> Option<&str> {
    let lo = v.partition_point(|x| x.0 < cs);
    let hi = v.partition_point(|x| x.0 < ce);
    let within = v.get(lo..hi)?;
    let before = within.partition_point(|x| x.0 < at);
    within
        .get(..before)
        .and_then(|b| b.last())
        .or_else(|| within.get(before))
        .map(|x| x.2.as_str())
}

/// "2025-03-09" as a date, without chrono's format parser (on the per-report path).
pub(super) fn iso_day(s: &str) -> Option<chrono::NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
    let year = i32::try_from(num(0..4)?).ok()?;
    chrono::NaiveDate::from_ymd_opt(year, num(5..7)?, num(8..10)?)
}
