//! Event triples (actor, action, target) for the three categories, one pass over sentences.
//!
//! - Military aid: an aid verb (provide, deliver, approve, pledge, send, ...) with an aid
//!   noun after it (package, aid, assistance, weapons, ...). Actor: the first country,
//!   organisation or person before the verb; target: the entity after "to"/"for".
//! - Diplomacy: call, talks, meet, summit, negotiate, spoke. Participants: the first two
//!   people of the sentence (else countries); "the two leaders" / "between them" take the two
//!   people mentioned last before the sentence.
//! - Casualties: struck, shelled, attack, drone, missile, airstrike. Actor: the attacking
//!   country or armed group; target: the place of the sentence; count: the killed (else
//!   injured) count reported in the sentence.
//!
//! Amount, place and date come from the event's `amounts`, `locations` and `dates` when
//! already filled, else from the sentence text.

use crate::schema::v1::{CasualtyKind, CasualtyReport, Category, EntityKind, EventTriple};

use super::casualties::{sentence_date, sentence_place, Slots};
use super::entities::{Doc, Entities, FastMap, Mention, NerData, OrgKind};

const AID_VERBS: &[&str] = &[
    "provide",
    "provides",
    "provided",
    "providing",
    "deliver",
    "delivers",
    "delivered",
    "delivering",
    "approve",
    "approves",
    "approved",
    "approving",
    "pledge",
    "pledges",
    "pledged",
    "pledging",
    "send",
    "sends",
    "sent",
    "sending",
    "donate",
    "donates",
    "donated",
    "allocate",
    "allocates",
    "allocated",
    "supply",
    "supplies",
    "supplied",
    "supplying",
    "announce",
    "announces",
    "announced",
    "give",
    "gives",
    "gave",
    "transfer",
    "transferred",
    "unveiled",
    "committed",
];
const AID_NOUNS: &[&str] = &[
    "package",
    "aid",
    "assistance",
    "weapons",
    "ammunition",
    "shells",
    "missiles",
    "artillery",
    "tanks",
    "jets",
    "air-defence",
    "air-defense",
    "systems",
    "support",
    "funding",
    "equipment",
];
const TALK_CUES: &[(&str, &str)] = &[
    ("phone", "phone call"),
    ("call", "phone call"),
    ("calls", "phone call"),
    ("spoke", "phone call"),
    ("talks", "talks"),
    ("negotiations", "talks"),
    ("negotiate", "talks"),
    ("negotiated", "talks"),
    ("meet", "meeting"),
    ("met", "meeting"),
    ("meeting", "meeting"),
    ("summit", "summit"),
    ("visit", "visit"),
    ("visited", "visit"),
];
const STRIKE_CUES: &[&str] = &[
    "struck",
    "strike",
    "strikes",
    "shelled",
    "shelling",
    "attack",
    "attacked",
    "attacks",
    "bombed",
    "bombing",
    "airstrike",
    "airstrikes",
    "drone",
    "drones",
    "missile",
    "missiles",
    "hit",
];
const AID_VERB: u8 = 1;
const AID_NOUN: u8 = 2;
const TALK: u8 = 4;
const STRIKE: u8 = 8;

/// Cue words of the three categories, hashed once at load: a token's cue flags cost one
/// lookup instead of a scan of every list.
#[derive(Debug, Clone, Default)]
pub struct TripleCues {
    flags: FastMap<&'static str, u8>,
}

impl TripleCues {
    pub fn new() -> Self {
        let mut flags: FastMap<&'static str, u8> = FastMap::default();
        let lists: [(&[&'static str], u8); 3] = [
            (AID_VERBS, AID_VERB),
            (AID_NOUNS, AID_NOUN),
            (STRIKE_CUES, STRIKE),
        ];
        for (list, flag) in lists {
            for w in list {
                *flags.entry(w).or_insert(0) |= flag;
            }
        }
        for (w, _) in TALK_CUES {
            *flags.entry(w).or_insert(0) |= TALK;
        }
        Self { flags }
    }

    #[inline]
    fn get(&self, w: &str) -> u8 {
        // Every cue word has 3 to 13 letters: skip the hash for the rest.
        if !(3..=13).contains(&w.len()) {
            return 0;
        }
        self.flags.get(w).copied().unwrap_or(0)
    }
}

const SCALES: &[&str] = &[
    "million", "billion", "trillion", "bn", "m", "mln", "thousand",
];
/// How far back "the two leaders" looks for its people, in mentions.
const LOOKBACK: usize = 40;

fn entity_mentions(ents: &Entities, range: std::ops::Range<usize>) -> Vec<&Mention> {
    ents.within(range).take(64).collect()
}

fn money_text(doc: &Doc, slots: &Slots, s: usize) -> String {
    let Some(range) = doc.sentences.get(s) else {
        return String::new();
    };
    let c = |b: usize| u32::try_from(doc.index.char_offset(b)).unwrap_or(u32::MAX);
    if let Some(a) = slots.amount(c(range.start), c(range.end)) {
        return a.to_string();
    }
    for k in doc.sentence_tokens(s) {
        let w = doc.word(k);
        if !w.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        // "€1.5bn", "£300m": number and scale in one token, after a currency symbol.
        let lower = doc.lower(k);
        let compact = ["bn", "m", "mn", "tn", "k"].iter().any(|suf| {
            lower.strip_suffix(suf).is_some_and(|n| {
                !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            })
        });
        let before = doc
            .text
            .get(..doc.tokens[k].start)
            .and_then(|p| p.chars().next_back());
        if compact && before.is_some_and(|c| matches!(c, '$' | '€' | '£' | '¥' | '₴' | '₽'))
        {
            let start = doc.tokens[k].start - before.map_or(0, char::len_utf8);
            return doc
                .text
                .get(start..doc.tokens[k].end)
                .unwrap_or("")
                .to_string();
        }
        if !SCALES.contains(&doc.lower(k + 1)) || !doc.joined(k) {
            continue;
        }
        let mut start = doc.tokens[k].start;
        if let Some(c) = doc.text.get(..start).and_then(|p| p.chars().next_back()) {
            if matches!(c, '$' | '€' | '£' | '¥' | '₴' | '₽') {
                start -= c.len_utf8();
            }
        }
        let mut e = k + 2;
        while e < k + 4
            && doc.joined(e - 1)
            && e < doc.tokens.len()
            && doc.lower(e).len() > 2
            && !matches!(
                doc.lower(e),
                "which" | "that" | "to" | "for" | "and" | "in" | "of"
            )
        {
            e += 1;
        }
        let mut end = doc.range(k, e).end;
        let rest = doc.text.get(end..).unwrap_or("");
        if rest.trim_start().starts_with('(') {
            if let Some(close) = rest.find(')').filter(|&c| c < 40) {
                end += close + 1;
            }
        }
        return doc.text.get(start..end).unwrap_or("").to_string();
    }
    String::new()
}

fn actor_name(ents: &Entities, e: usize) -> String {
    ents.name(e).to_string()
}

/// Extracts the triples.
pub fn extract(
    doc: &Doc,
    data: &NerData,
    ents: &Entities,
    casualties: &[CasualtyReport],
    slots: &Slots,
) -> Vec<EventTriple> {
    let mut out: Vec<EventTriple> = Vec::new();
    let flags: Vec<u8> = (0..doc.tokens.len())
        .map(|k| data.triple_cues.get(doc.lower(k)))
        .collect();
    let has_flag = |k: usize, f: u8| flags.get(k).is_some_and(|x| x & f != 0);
    // Reports by start offset, so each sentence finds its own by binary search (a scan per
    // sentence would be quadratic on an article of many short casualty sentences).
    let span_of = |r: &CasualtyReport| r.span.as_ref().map_or((0, 0), |x| (x.start, x.end));
    let mut reports: Vec<&CasualtyReport> =
        casualties.iter().filter(|r| r.span.is_some()).collect();
    reports.sort_by_key(|r| span_of(r).0);
    for (s, srange) in doc.sentences.iter().enumerate() {
        let toks = doc.sentence_tokens(s);
        // The sentence's span (its text copied) only for a sentence that yields a triple.
        let span = || doc.span(srange.clone());
        let mentions = entity_mentions(ents, srange.clone());
        let tok_of = |m: &Mention| doc.token_at(m.range.start);

        // Military aid.
        if let Some(v) = toks.clone().find(|&k| has_flag(k, AID_VERB)) {
            let noun = (v + 1..toks.end.min(v + 14)).find(|&k| has_flag(k, AID_NOUN));
            if noun.is_some() {
                let actor = mentions
                    .iter()
                    .filter(|m| tok_of(m) < v)
                    .find(|m| ents.kind(m.entity) == EntityKind::Country)
                    .or_else(|| mentions.iter().find(|m| tok_of(m) < v))
                    .map(|m| m.entity);
                let target = (v..toks.end)
                    .filter(|&k| matches!(doc.lower(k), "to" | "for"))
                    .find_map(|k| {
                        doc.tokens
                            .get(k + 1)
                            .and_then(|t| ents.starting_at(t.start))
                            .map(|m| m.entity)
                    })
                    .or_else(|| {
                        mentions
                            .iter()
                            .filter(|m| tok_of(m) > v && Some(m.entity) != actor)
                            .find(|m| ents.kind(m.entity) == EntityKind::Country)
                            .map(|m| m.entity)
                    });
                if let (Some(actor), Some(target)) = (actor, target) {
                    // One action for every aid noun, so restatements merge.
                    let action = "military aid".to_string();
                    add(
                        &mut out,
                        EventTriple {
                            actor: actor_name(ents, actor),
                            action,
                            target: actor_name(ents, target),
                            category: Category::MilitaryAid as i32,
                            amount: money_text(doc, slots, s),
                            count: 0,
                            place: String::new(),
                            date: sentence_date(doc, slots, s),
                            span: Some(span()),
                        },
                    );
                    continue;
                }
            }
        }

        // Diplomacy.
        if let Some(action) = toks.clone().filter(|&k| has_flag(k, TALK)).find_map(|k| {
            TALK_CUES
                .iter()
                .find(|(w, _)| *w == doc.lower(k))
                .map(|(_, a)| *a)
        }) {
            let mut people: Vec<usize> = Vec::new();
            for m in &mentions {
                if ents.kind(m.entity) == EntityKind::Person && !people.contains(&m.entity) {
                    people.push(m.entity);
                }
            }
            let two_leaders = toks
                .clone()
                .any(|k| matches!(doc.lower(k), "leaders" | "both" | "presidents" | "sides"));
            if people.len() < 2 && two_leaders {
                let first = ents
                    .mentions
                    .partition_point(|m| m.range.start < srange.start);
                for m in ents.mentions[..first].iter().rev().take(LOOKBACK) {
                    if ents.kind(m.entity) == EntityKind::Person && !people.contains(&m.entity) {
                        people.push(m.entity);
                        if people.len() == 2 {
                            break;
                        }
                    }
                }
                people.reverse();
            }
            if people.len() < 2 && !two_leaders {
                let mut countries: Vec<usize> = Vec::new();
                for m in &mentions {
                    if ents.kind(m.entity) == EntityKind::Country && !countries.contains(&m.entity)
                    {
                        countries.push(m.entity);
                    }
                }
                if countries.len() >= 2 {
                    people = countries;
                }
            }
            if let [a, b, ..] = people.as_slice() {
                add(
                    &mut out,
                    EventTriple {
                        actor: actor_name(ents, *a),
                        action: action.to_string(),
                        target: actor_name(ents, *b),
                        category: Category::Diplomacy as i32,
                        amount: String::new(),
                        count: 0,
                        place: String::new(),
                        date: sentence_date(doc, slots, s),
                        span: Some(span()),
                    },
                );
                continue;
            }
        }

        // Casualties: attacks.
        let cue = toks.clone().find(|&k| has_flag(k, STRIKE));
        if let Some(cue) = cue {
            let sentence_span = span();
            let (cs, ce) = (sentence_span.start, sentence_span.end);
            let first = reports.partition_point(|r| span_of(r).0 < cs);
            let in_sentence = || {
                reports[first..]
                    .iter()
                    .take_while(|r| span_of(r).0 < ce)
                    .filter(|r| span_of(r).1 <= ce)
            };
            let killed = in_sentence()
                .filter(|r| r.kind == CasualtyKind::Killed as i32)
                .map(|r| r.count)
                .max();
            let injured = in_sentence()
                .filter(|r| r.kind == CasualtyKind::Injured as i32)
                .map(|r| r.count)
                .max();
            let place = sentence_place(doc, data, slots, s);
            let place_is_country = data.countries.lookup(&place).is_some();
            if killed.is_none() && injured.is_none() && (place.is_empty() || place_is_country) {
                continue;
            }
            let actor = mentions
                .iter()
                .find(|m| {
                    ents.kind(m.entity) == EntityKind::Country
                        || ents.org_kinds.get(m.entity).copied().flatten()
                            == Some(OrgKind::ArmedGroup)
                        || ents.org_kinds.get(m.entity).copied().flatten()
                            == Some(OrgKind::Military)
                })
                .filter(|m| !place_is_country || ents.name(m.entity) != place)
                .map(|m| ents.name(m.entity).to_string())
                .unwrap_or_default();
            let has = |w: &str| toks.clone().any(|k| doc.lower(k).starts_with(w));
            let action = if has("drone") {
                "drone strike"
            } else if has("missile") {
                "missile strike"
            } else if has("shell") {
                "shelling"
            } else if has("airstrike") || has("bomb") {
                "airstrike"
            } else {
                match doc.lower(cue) {
                    "struck" | "strike" | "strikes" | "hit" => "strike",
                    _ => "attack",
                }
            };
            add(
                &mut out,
                EventTriple {
                    actor,
                    action: action.to_string(),
                    target: place.clone(),
                    category: Category::Casualties as i32,
                    amount: String::new(),
                    count: killed.or(injured).unwrap_or(0),
                    place,
                    date: sentence_date(doc, slots, s),
                    span: Some(sentence_span),
                },
            );
        }
    }
    out
}

/// Adds a triple, or fills the empty slots of an earlier one with the same actor, action
/// and target.
fn add(out: &mut Vec<EventTriple>, t: EventTriple) {
    if t.actor.is_empty() && t.target.is_empty() {
        return;
    }
    if let Some(prev) = out
        .iter_mut()
        .rev()
        .take(16)
        .find(|p| p.actor == t.actor && p.action == t.action && p.target == t.target)
    {
        for (slot, new) in [
            (&mut prev.amount, &t.amount),
            (&mut prev.place, &t.place),
            (&mut prev.date, &t.date),
        ] {
            if slot.is_empty() {
                slot.clone_from(new);
            }
        }
        prev.count = prev.count.max(t.count);
        return;
    }
    out.push(t);
}
