//! Quoted speech with its speaker.
//!
//! Quotes are “curly” or "straight" pairs within one paragraph (at most [`MAX_QUOTE`] bytes),
//! found in one linear pass. Short quotes (fewer than `min_quote_words` words) are scare
//! quotes and skipped. The speaker, in order of preference:
//! 1. after the quote: `“...,” said X`, `“...,” X said`, `“...,” he said` (the pronoun takes
//!    the nearest person mentioned before the quote);
//! 2. before it, in the same sentence: `X said: “...”`, `X said he was “...”`;
//! 3. otherwise empty.

use crate::schema::v1::{EntityKind, Quote};

use super::entities::{Doc, Entities, NerData};

/// Longest quote considered, in bytes.
pub const MAX_QUOTE: usize = 4000;

/// How far before a quote (bytes) its sentence is searched for the speaker.
pub const LOOK_BACK: usize = 300;

const PRONOUNS: &[&str] = &["he", "she", "they"];

/// Byte ranges (outer, inner) of quote pairs.
fn quote_pairs(text: &str) -> Vec<(usize, usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('\n', Some(_)) => open = None,
            ('“', _) => open = Some((i, '“')),
            ('"', None) => open = Some((i, '"')),
            ('”', Some((o, '“'))) | ('"', Some((o, '"'))) => {
                let inner_start = o + if c == '"' { 1 } else { '“'.len_utf8() };
                if i - o <= MAX_QUOTE && inner_start <= i {
                    out.push((o, i + c.len_utf8(), inner_start, i));
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// Extracts quotes.
pub fn extract(doc: &Doc, data: &NerData, ents: &Entities) -> Vec<Quote> {
    let mut out = Vec::new();
    let says = |k: usize| data.speech_verbs.contains(doc.lower(k));
    for (o, c, is, ie) in quote_pairs(doc.text) {
        let inner = doc.text.get(is..ie).unwrap_or("");
        let trimmed = inner.trim().trim_end_matches([',', ' ']);
        if trimmed.split_whitespace().count() < data.min_quote_words {
            continue;
        }
        let mut speaker = None;
        // After the quote.
        let k = doc.token_at(c);
        // The attribution must follow in the same sentence: `“...,” he said`, not
        // `“...”. He added: ...`.
        let quote_ends_sentence = inner.trim_end().ends_with(['.', '!', '?', '…']);
        let follows = doc.tokens.get(k).is_some_and(|t| {
            t.start >= c
                && t.start - c <= 4
                && !doc
                    .text
                    .get(c..t.start)
                    .is_some_and(|g| g.contains(['.', '!', '?']))
                && !(quote_ends_sentence && doc.tokens[k].cap && !says(k))
        });
        if follows {
            if PRONOUNS.contains(&doc.lower(k)) && says(k + 1) {
                speaker = ents.person_before(o);
            } else if says(k) {
                // "said Defence Minister Tomasz Wrenk": the first person within a few words.
                let from = doc.tokens.get(k + 1).map_or(c, |t| t.start);
                let to = doc.tokens.get(k + 7).map_or(doc.text.len(), |t| t.start);
                speaker = ents
                    .within(from..to)
                    .take(8)
                    .find(|m| ents.kind(m.entity) == EntityKind::Person)
                    .map(|m| m.entity);
            } else {
                // "“...,” (President) Volodymyr Zelensky told reporters": a person within a
                // few title words, then a verb of saying.
                let to = doc.tokens.get(k + 6).map_or(doc.text.len(), |t| t.start);
                let person = ents
                    .within(doc.tokens[k].start..to)
                    .take(4)
                    .find(|m| ents.kind(m.entity) == EntityKind::Person);
                if let Some(m) = person {
                    let mut after = doc.token_at(m.range.end);
                    if matches!(doc.lower(after), "has" | "had" | "also" | "later") {
                        after += 1;
                    }
                    if says(after) {
                        speaker = Some(m.entity);
                    }
                }
            }
        }
        // Before it, in the same sentence.
        if speaker.is_none() {
            let si = doc.sentences.partition_point(|s| s.end <= o);
            if let Some(s) = doc.sentences.get(si).filter(|s| s.start <= o) {
                // Bounded look-back: the speaker is named shortly before the quote.
                let from_byte = s.start.max(o.saturating_sub(LOOK_BACK));
                let mut last_person = None;
                for m in ents.within(from_byte..o) {
                    if ents.kind(m.entity) == EntityKind::Person {
                        last_person = Some(m);
                    }
                }
                if let Some(m) = last_person {
                    let from = doc.token_at(m.range.end);
                    let to = doc.token_at(o);
                    if (from..to).any(says) {
                        speaker = Some(m.entity);
                    }
                } else {
                    let to = doc.token_at(o);
                    let from = doc.token_at(from_byte);
                    if to >= 2
                        && (from..to).rev().take(3).any(says)
                        && (from..to).any(|k| PRONOUNS.contains(&doc.lower(k)))
                    {
                        speaker = ents.person_before(o);
                    }
                }
            }
        }
        let lead = inner.len() - inner.trim_start().len();
        let range = is + lead..is + lead + trimmed.len();
        out.push(Quote {
            speaker: speaker
                .map(|e| ents.name(e).to_string())
                .unwrap_or_default(),
            text: trimmed.to_string(),
            span: Some(doc.span(range)),
        });
    }
    out
}
