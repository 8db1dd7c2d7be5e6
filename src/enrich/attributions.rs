//! Who the article's information comes from.
//!
//! Cue patterns over tokens (each looks at most [`WINDOW`] tokens ahead or behind, so the
//! pass is linear): "according to X", "citing X", "told X", "X cited|quoted by Y",
//! "X reported", "a spokesperson for X said", "<anonymous phrase> said". The source is the
//! entity the phrase names; its kind: OUTLET for news organisations, ANONYMOUS for
//! unnamed sources ("two unnamed officials", "sources familiar with the talks"), OFFICIAL for
//! named people, other organisations and governments.

use crate::schema::v1::{Attribution, AttributionKind, EntityKind};

use super::entities::{Doc, Entities, NerData, OrgKind};

/// Tokens a cue looks across.
pub const WINDOW: usize = 8;

const ANONYMOUS: &[&str] = &[
    "unnamed",
    "anonymous",
    "anonymity",
    "source",
    "sources",
    "officials",
    "diplomats",
    "insiders",
    "familiar",
    "people",
    "person",
    "official",
];
const SPOKES: &[&str] = &["spokesperson", "spokesman", "spokeswoman", "representative"];

fn breaks(gap: &str) -> bool {
    gap.contains(['.', ';', ':', '(', ')', ',', '\n', '“', '”', '"', '—'])
}

/// The source named in tokens `from..` (up to a clause break): (entity, end token) or a
/// plain phrase.
fn source_after(
    doc: &Doc,
    data: &NerData,
    ents: &Entities,
    from: usize,
) -> Option<(Option<usize>, std::ops::Range<usize>)> {
    let mut end = from;
    while end < doc.tokens.len() && end < from + WINDOW {
        end += 1;
        if breaks(doc.gap(end - 1)) {
            break;
        }
    }
    if end <= from {
        return None;
    }
    let range = doc.range(from, end);
    // The first organisation, unless it only qualifies a person named right after it
    // through titles: "according to Kremlin spokesman Dmitry Peskov" → the person;
    // "NBC News say that Trump ..." → the outlet.
    let titles_only = |a: usize, b: usize| {
        let mut j = a;
        while j < b {
            if let Some((m, _)) = data.titles.longest(doc, j, true) {
                j += m;
            } else if matches!(doc.lower(j), "the" | "a" | "an") {
                j += 1;
            } else {
                return false;
            }
        }
        true
    };
    let mut country = None;
    let mut org = None;
    let mut cursor = from;
    let mut chain = true;
    for m in ents.within(range.clone()) {
        let (ms, me) = (doc.token_at(m.range.start), doc.token_at(m.range.end));
        chain = chain && titles_only(cursor, ms);
        match ents.kind(m.entity) {
            EntityKind::Person if chain || (org.is_none() && country.is_none()) => {
                return Some((Some(m.entity), from..me));
            }
            EntityKind::Person => break,
            EntityKind::Organization if org.is_none() => org = Some((Some(m.entity), from..me)),
            EntityKind::Country if country.is_none() => country = Some(m.entity),
            _ => {}
        }
        cursor = me;
    }
    if org.is_some() {
        return org;
    }
    // A bare country is no source ("citing Ukraine ceasefire concerns"), nor is a phrase
    // naming one; a plain phrase counts only when it reads as an anonymous source.
    if country.is_some() {
        return None;
    }
    let anonymous = (from..end).any(|k| ANONYMOUS.contains(&doc.lower(k)));
    anonymous.then_some((None, from..end))
}

fn kind_of(
    ents: &Entities,
    e: Option<usize>,
    doc: &Doc,
    toks: std::ops::Range<usize>,
) -> AttributionKind {
    match e {
        Some(e) if ents.org_kinds.get(e).copied().flatten() == Some(OrgKind::Outlet) => {
            AttributionKind::Outlet
        }
        Some(_) => AttributionKind::Official,
        None if toks.clone().any(|k| ANONYMOUS.contains(&doc.lower(k))) => {
            AttributionKind::Anonymous
        }
        None => AttributionKind::Official,
    }
}

/// The anonymous subject right before token `end` ("two unnamed officials| told").
fn anonymous_before(doc: &Doc, ents: &Entities, end: usize) -> Option<std::ops::Range<usize>> {
    let mut s = end;
    while s > 0 && end - s < 5 && doc.joined(s - 1) {
        let t = &doc.tokens[s - 1];
        let lower = doc.lower(s - 1);
        let allowed_cap = matches!(lower, "the" | "two" | "three" | "several" | "some")
            || ANONYMOUS.contains(&lower);
        if ents.starting_at(t.start).is_some() || (t.cap && !allowed_cap) {
            break;
        }
        s -= 1;
    }
    // Drop leading articles.
    while s < end && matches!(doc.lower(s), "the" | "a" | "an") {
        s += 1;
    }
    (s < end && (s..end).any(|k| ANONYMOUS.contains(&doc.lower(k)))).then_some(s..end)
}

/// Extracts attributions.
pub fn extract(doc: &Doc, data: &NerData, ents: &Entities) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    let push = |out: &mut Vec<Attribution>,
                source: String,
                kind: AttributionKind,
                toks: std::ops::Range<usize>| {
        let range = doc.range(toks.start, toks.end);
        let span = doc.span(range);
        let overlaps = |a: &Attribution| {
            a.span
                .as_ref()
                .is_some_and(|x| x.start < span.end && span.start < x.end)
        };
        if source.is_empty()
            || out
                .iter()
                .rev()
                .take(4)
                .any(|a| a.source == source && a.kind == kind as i32 && overlaps(a))
        {
            return;
        }
        out.push(Attribution {
            source,
            kind: kind as i32,
            text: span.text.clone(),
            span: Some(span),
        });
    };
    let name = |e: Option<usize>, toks: std::ops::Range<usize>| match e {
        Some(e) => ents.name(e).to_string(),
        None => doc.slice(toks.start, toks.end).to_string(),
    };
    let n = doc.tokens.len();
    for k in 0..n {
        let w = doc.lower(k);
        match w {
            "according" if doc.lower(k + 1) == "to" && doc.joined(k) => {
                if let Some((e, toks)) = source_after(doc, data, ents, k + 2) {
                    let kind = kind_of(ents, e, doc, toks.clone());
                    push(&mut out, name(e, toks.clone()), kind, k..toks.end);
                }
            }
            "citing" => {
                if let Some((e, toks)) = source_after(doc, data, ents, k + 1) {
                    let kind = kind_of(ents, e, doc, toks.clone());
                    push(&mut out, name(e, toks.clone()), kind, k..toks.end);
                }
            }
            "told" | "cited" | "quoted" => {
                let mut from = k + 1;
                if w != "told" {
                    if doc.lower(from) != "by" {
                        continue;
                    }
                    from += 1;
                }
                let Some((e, toks)) = source_after(doc, data, ents, from) else {
                    continue;
                };
                let outlet = e.is_some_and(|e| {
                    ents.org_kinds.get(e).copied().flatten() == Some(OrgKind::Outlet)
                });
                if !outlet {
                    continue;
                }
                let anon = anonymous_before(doc, ents, k);
                let start = anon.as_ref().map_or(k, |r| r.start);
                push(
                    &mut out,
                    name(e, toks.clone()),
                    AttributionKind::Outlet,
                    start..toks.end,
                );
                if let Some(r) = anon {
                    push(
                        &mut out,
                        doc.slice(r.start, r.end).to_string(),
                        AttributionKind::Anonymous,
                        r.start..toks.end,
                    );
                }
            }
            "reported" | "reports" | "said" | "says" | "say" => {
                // "<Outlet> reported", "<anonymous phrase> said", "a spokesperson for X said".
                let Some(prev) = k.checked_sub(1) else {
                    continue;
                };
                if !doc.joined(prev) && !doc.tokens[prev].poss {
                    continue;
                }
                let prev_tok = &doc.tokens[prev];
                let m = ents.ending_at(prev_tok.end);
                if let Some(m) = m {
                    let e = m.entity;
                    if ents.org_kinds.get(e).copied().flatten() == Some(OrgKind::Outlet) {
                        push(
                            &mut out,
                            ents.name(e).to_string(),
                            AttributionKind::Outlet,
                            doc.token_at(m.range.start)..k + 1,
                        );
                        continue;
                    }
                    // "a spokesperson for the Danish Defence Ministry said"
                    let ms = doc.token_at(m.range.start);
                    let spokes = (ms.saturating_sub(4)..ms)
                        .rev()
                        .find(|&j| SPOKES.contains(&doc.lower(j)));
                    if let Some(j) = spokes.filter(|_| {
                        ents.kind(e) == EntityKind::Organization
                            || ents.kind(e) == EntityKind::Country
                    }) {
                        push(
                            &mut out,
                            ents.name(e).to_string(),
                            AttributionKind::Official,
                            j..k + 1,
                        );
                    } else if ents.kind(e) == EntityKind::Organization {
                        // "the Kremlin said", "NATO said", "the Danish Defence Ministry said"
                        push(
                            &mut out,
                            ents.name(e).to_string(),
                            AttributionKind::Official,
                            ms..k + 1,
                        );
                    }
                    continue;
                }
                if let Some(r) = anonymous_before(doc, ents, k) {
                    if (r.start..r.end).any(|j| {
                        matches!(
                            doc.lower(j),
                            "unnamed"
                                | "anonymous"
                                | "sources"
                                | "source"
                                | "familiar"
                                | "officials"
                                | "diplomats"
                        )
                    }) {
                        push(
                            &mut out,
                            doc.slice(r.start, r.end).to_string(),
                            AttributionKind::Anonymous,
                            r.start..k + 1,
                        );
                    }
                }
            }
            _ => {}
        }
    }
    out
}
