//! Classification stage: military aid, diplomacy, casualties, with scores, evidence sentences
//! and CAMEO / PLOVER codes.
//!
//! Method: every sentence is scanned once by an Aho–Corasick automaton built from the
//! analyst-editable rule file (`data/classify/rules.toml`, see [`rules`]). Per category, a
//! sentence scores by a *strong* cue alone or by a *trigger* (an action: send, pledge, talks,
//! killed) together with a *context* (what it is about: weapons, political actors, strikes);
//! *block* phrases remove figurative uses ("price war", "killed off"), and *modifiers* scale cue
//! weights for negation ("no casualties"), hypotheticals ("could kill") and background clauses
//! ("since the war began in 2014"). The article score is a noisy-OR of the best sentences,
//! calibrated by a per-category logistic; the evidence is the best sentences. Deterministic,
//! linear in the text length, and allocation-light.

pub mod eval;
pub mod rules;

use std::collections::BTreeSet;
use std::ops::Range;
use std::path::PathBuf;

use crate::article::Article;
use crate::pipeline::{Stage, StageError, Verdict};
use crate::schema::v1::{Category, CategoryAssignment};
use crate::schema::ArticleEvent;
use crate::text::{sentences, CharIndex};

use rules::{Meaning, RuleKind, Scope};
pub use rules::{RuleSet, CATEGORY_NAMES, N_CATEGORIES};

/// Classifier settings (`[pipeline.classify]`).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ClassifyConfig {
    /// Rule file replacing the bundled `data/classify/rules.toml` (same format). Unset: the
    /// bundled rules, compiled into the binary.
    pub rules_path: Option<PathBuf>,
    /// A category is assigned when its calibrated score is at least this (0 to 1).
    pub min_score: f64,
}

impl Default for ClassifyConfig {
    fn default() -> Self {
        Self {
            rules_path: None,
            min_score: 0.5,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ClassifyError {
    #[error("evaluation failed: {0}")]
    Eval(String),
    #[error("invalid classifier rules in {file}: {message}")]
    Rules { file: String, message: String },
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("invalid classifier config: {0}")]
    Config(String),
}

/// Number of best sentences combined into the article score.
const TOP_SENTENCES: usize = 3;
/// Byte budget per word when looking back for a "before" modifier.
const BYTES_PER_WORD: usize = 24;

/// One category's result for one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CategoryResult {
    /// Uncalibrated article score in [0, 1] (noisy-OR of the best sentence scores).
    pub raw: f64,
    /// Calibrated score in [0, 1].
    pub score: f64,
    /// Whether the category is assigned (`score >= min_score`).
    pub assigned: bool,
    /// Evidence sentences as byte ranges into the text, in text order.
    pub evidence: Vec<Range<usize>>,
    pub cameo: Vec<String>,
    pub plover: Vec<String>,
}

/// A sentence's score for a category and the rules that made it.
#[derive(Debug, Clone, Copy, Default)]
struct SentenceScore {
    score: f32,
    sentence: usize,
    /// Rules that produced the score: (strong) or (trigger, context).
    rules: [Option<u16>; 2],
}

#[derive(Debug, Clone, Copy)]
struct Hit {
    start: usize,
    end: usize,
    pattern: u32,
}

/// The classification stage.
pub struct Classifier {
    rules: RuleSet,
    min_score: f64,
}

impl Classifier {
    pub fn new(config: &ClassifyConfig) -> Result<Self, ClassifyError> {
        if !(0.0..=1.0).contains(&config.min_score) {
            return Err(ClassifyError::Config(format!(
                "min_score {} must be between 0 and 1",
                config.min_score
            )));
        }
        let rules = match &config.rules_path {
            None => RuleSet::parse(rules::BUNDLED_RULES, "data/classify/rules.toml (bundled)")?,
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|source| ClassifyError::Io {
                    path: path.display().to_string(),
                    source,
                })?;
                RuleSet::parse(&text, &path.display().to_string())?
            }
        };
        Ok(Self::from_rules(rules, config.min_score))
    }

    /// A classifier over an already compiled rule set.
    pub fn from_rules(rules: RuleSet, min_score: f64) -> Self {
        Self { rules, min_score }
    }

    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// Scores `text` (headline + "\n\n" + body; the body starts at byte `body_start`).
    pub fn analyze(&self, text: &str, body_start: usize) -> [CategoryResult; N_CATEGORIES] {
        let keep = TOP_SENTENCES.max(self.rules.settings.max_evidence);
        let mut best: [Vec<SentenceScore>; N_CATEGORIES] = Default::default();
        // One automaton pass over the whole text, then the hits of each sentence.
        let mut all: Vec<Hit> = Vec::new();
        self.find_hits(text, &mut all);
        let mut hits: Vec<Hit> = Vec::new();
        let ranges = sentences(text);
        let mut next = 0usize;
        for (si, range) in ranges.iter().enumerate() {
            let Some(sentence) = text.get(range.clone()) else {
                continue;
            };
            hits.clear();
            while let Some(h) = all.get(next) {
                if h.start >= range.end {
                    break;
                }
                next += 1;
                if h.start >= range.start && h.end <= range.end {
                    hits.push(Hit {
                        start: h.start - range.start,
                        end: h.end - range.start,
                        pattern: h.pattern,
                    });
                }
            }
            if hits.is_empty() {
                continue;
            }
            // Categories with a rule term in this sentence (a sentence of modifiers or of
            // one category's terms only is not scored for the others).
            let cats = hits.iter().fold(0u8, |m, h| {
                m | self
                    .rules
                    .patterns
                    .get(h.pattern as usize)
                    .map_or(0, |p| p.category_mask)
            });
            if cats == 0 {
                continue;
            }
            let headline = range.start < body_start;
            let mods = self.sentence_modifiers(&hits);
            for (ci, top) in best.iter_mut().enumerate() {
                if cats & (1u8 << ci) == 0 {
                    continue;
                }
                let mut s = self.score_sentence_with(ci, sentence, &hits, mods);
                if s.score <= 0.0 {
                    continue;
                }
                if headline {
                    s.score *= self.rules.settings.headline_weight;
                }
                s.sentence = si;
                insert_top(top, s, keep);
            }
        }
        std::array::from_fn(|ci| self.decide(ci, &best[ci], &ranges))
    }

    /// Classifies an article into proto category assignments.
    pub fn classify(&self, article: &Article) -> Vec<CategoryAssignment> {
        let text = &article.text;
        let results = self.analyze(text, article.body_start);
        if !results.iter().any(|r| r.assigned) {
            return Vec::new();
        }
        // ASCII text (the common case): char offsets are byte offsets.
        let index = (!text.is_ascii()).then(|| CharIndex::new(text));
        results
            .into_iter()
            .enumerate()
            .filter(|(_, r)| r.assigned)
            .map(|(ci, r)| CategoryAssignment {
                category: category_enum(ci) as i32,
                score: r.score,
                evidence: r
                    .evidence
                    .into_iter()
                    .filter_map(|range| match &index {
                        Some(index) => text.get(range.clone()).map(|_| index.span(text, range)),
                        None => text
                            .get(range.clone())
                            .map(|t| crate::schema::span(range.start, range.end, t)),
                    })
                    .collect(),
                cameo_codes: r.cameo,
                plover_codes: r.plover,
            })
            .collect()
    }

    /// A human-readable account of how one sentence scores: every matched term with its rule or
    /// modifier, and the sentence score per category. For analysts editing the rules.
    pub fn explain(&self, sentence: &str) -> String {
        let mut hits = Vec::new();
        self.find_hits(sentence, &mut hits);
        let mut out = String::new();
        for hit in &hits {
            let term = sentence.get(hit.start..hit.end).unwrap_or("");
            for meaning in &self.rules.patterns[hit.pattern as usize].meanings {
                let what = match *meaning {
                    Meaning::Rule { category, rule } => {
                        let cat = &self.rules.categories[category as usize];
                        let r = &cat.rules[rule as usize];
                        format!("{} {:?} {:?} {}", cat.name, r.kind, r.name, r.weight)
                    }
                    Meaning::Modifier { modifier } => {
                        format!(
                            "modifier {:?}",
                            self.rules.modifiers[modifier as usize].name
                        )
                    }
                };
                out.push_str(&format!("  {term:?} @{}: {what}\n", hit.start));
            }
        }
        for (ci, name) in CATEGORY_NAMES.iter().enumerate() {
            let s = self.score_sentence(ci, sentence, &hits);
            out.push_str(&format!("  => {name}: {:.3}\n", s.score));
        }
        out
    }

    /// All word-bounded term matches in `sentence`, sorted by start.
    fn find_hits(&self, sentence: &str, hits: &mut Vec<Hit>) {
        hits.clear();
        let bytes = sentence.as_bytes();
        // The automaton holds ASCII-lowercase patterns; scanning a lowercased copy with a
        // case-sensitive DFA is faster (half the table) than a case-insensitive DFA. ASCII
        // lowercasing keeps every byte offset.
        let lower = sentence.to_ascii_lowercase();
        for m in self.rules.automaton.find_overlapping_iter(lower.as_str()) {
            let (start, end) = (m.start(), m.end());
            let Some(pattern) = self.rules.patterns.get(m.pattern().as_usize()) else {
                continue;
            };
            if !boundary_before(sentence, start) {
                continue;
            }
            if !pattern.prefix && !boundary_after(sentence, end, bytes) {
                continue;
            }
            hits.push(Hit {
                start,
                end,
                pattern: m.pattern().as_u32(),
            });
        }
        if !hits.is_sorted_by_key(|h| (h.start, h.end)) {
            hits.sort_unstable_by_key(|h| (h.start, h.end));
        }
    }

    /// Which modifiers a sentence's hits contain: (sentence-scope modifiers as a bit mask,
    /// whether any "before"-scope modifier occurs).
    fn sentence_modifiers(&self, hits: &[Hit]) -> (u64, bool) {
        let rules = &self.rules;
        let mut mask = 0u64;
        let mut before = false;
        for hit in hits {
            for meaning in &rules.patterns[hit.pattern as usize].meanings {
                if let Meaning::Modifier { modifier } = *meaning {
                    match rules.modifiers[modifier as usize].scope {
                        Scope::Sentence => mask |= 1u64 << (modifier % 64),
                        Scope::Before { .. } => before = true,
                    }
                }
            }
        }
        (mask, before)
    }

    fn score_sentence(&self, ci: usize, sentence: &str, hits: &[Hit]) -> SentenceScore {
        let mods = self.sentence_modifiers(hits);
        self.score_sentence_with(ci, sentence, hits, mods)
    }

    fn score_sentence_with(
        &self,
        ci: usize,
        sentence: &str,
        hits: &[Hit],
        (mask, has_before): (u64, bool),
    ) -> SentenceScore {
        let rules = &self.rules;
        let cat = &rules.categories[ci];
        // Sentence-scope modifiers, each counted once.
        let mut sentence_factor = 1.0f32;
        let mut m = mask;
        while m != 0 {
            let i = m.trailing_zeros() as usize;
            m &= m - 1;
            if let Some(modifier) = rules.modifiers.get(i) {
                sentence_factor *= modifier.factor[ci];
            }
        }
        if sentence_factor <= 0.0 {
            return SentenceScore::default();
        }
        // Block spans of this category; a veto clears the sentence unless a block of a rule
        // with `lifts_vetoes` overlaps it ("its own forces no longer need" lifts the
        // own-forces veto). Other blocks only hide terms.
        let mut blocks: [(usize, usize); 16] = [(0, 0); 16];
        let mut lifts: [bool; 16] = [false; 16];
        let mut n_blocks = 0usize;
        let mut vetoes: [(usize, usize); 4] = [(0, 0); 4];
        let mut n_vetoes = 0usize;
        let mut any_rule = false;
        let bit = 1u8 << ci;
        for hit in hits {
            let pattern = &rules.patterns[hit.pattern as usize];
            if pattern.category_mask & bit == 0 {
                continue;
            }
            for meaning in &pattern.meanings {
                if let Meaning::Rule { category, rule } = *meaning {
                    if category as usize == ci {
                        match cat.rules[rule as usize].kind {
                            RuleKind::Block => {
                                if let (Some(b), Some(l)) =
                                    (blocks.get_mut(n_blocks), lifts.get_mut(n_blocks))
                                {
                                    *b = (hit.start, hit.end);
                                    *l = cat.rules[rule as usize].lifts_vetoes;
                                    n_blocks += 1;
                                }
                            }
                            RuleKind::Veto => match vetoes.get_mut(n_vetoes) {
                                Some(v) => {
                                    *v = (hit.start, hit.end);
                                    n_vetoes += 1;
                                }
                                // More vetoes than slots: clear the sentence.
                                None => return SentenceScore::default(),
                            },
                            // Only a strong term or a context can make a score (a trigger
                            // needs a context): sentences with triggers alone stop here.
                            RuleKind::Strong | RuleKind::Context => any_rule = true,
                            RuleKind::Trigger => {}
                        }
                    }
                }
            }
        }
        if !any_rule {
            return SentenceScore::default();
        }
        let blocks = &blocks[..n_blocks];
        let hidden = |&(s, e): &(usize, usize)| {
            blocks
                .iter()
                .zip(lifts)
                .any(|(&(bs, be), lift)| lift && bs < e && s < be)
        };
        if !vetoes[..n_vetoes].iter().all(hidden) {
            return SentenceScore::default();
        }
        // Best weight per rule of this category, and the rules touched.
        let mut best = [0.0f32; rules::MAX_RULES];
        let mut touched = [0u16; rules::MAX_RULES];
        let mut n_touched = 0usize;
        // Two different parties (distinct terms of the category's bonus rules, e.g. two
        // states) suggest an interaction between them.
        let mut parties: [(&str, usize, u16); 8] = [("", 0, 0); 8];
        let mut n_parties = 0usize;
        let mut two_parties = false;
        for (hi, hit) in hits.iter().enumerate() {
            let pattern = &rules.patterns[hit.pattern as usize];
            if pattern.category_mask & bit == 0 {
                continue;
            }
            for meaning in &pattern.meanings {
                let Meaning::Rule { category, rule } = *meaning else {
                    continue;
                };
                if category as usize != ci {
                    continue;
                }
                let r = &cat.rules[rule as usize];
                if matches!(r.kind, RuleKind::Block | RuleKind::Veto)
                    || blocks.iter().any(|&(s, e)| s < hit.end && hit.start < e)
                {
                    continue;
                }
                let w = if has_before {
                    r.weight * self.before_factor(ci, sentence, hits, hi)
                } else {
                    r.weight
                };
                if let Some(slot) = best.get_mut(rule as usize) {
                    if *slot <= 0.0 && w > 0.0 {
                        if let Some(t) = touched.get_mut(n_touched) {
                            *t = rule;
                            n_touched += 1;
                        }
                    }
                    *slot = slot.max(w);
                }
                if w > 0.0 && !two_parties && cat.bonus_rules.contains(&rule) {
                    let text = sentence.get(hit.start..hit.end).unwrap_or("");
                    // A different party: another term of the same rule ("Russian and
                    // Iraqi"), or of another rule more than two words away (not the name
                    // after a title: "Ukrainian President Volodymyr Zelensky"); a state's
                    // name and its demonym ("Serbia ... the Serbian government") are one.
                    two_parties = parties[..n_parties].iter().any(|&(t, end, r)| {
                        !same_party(t, text)
                            && hit.start >= end
                            && (r == rule
                                || sentence.get(end..hit.start).is_some_and(|gap| {
                                    gap.len() > 60 || gap.split_whitespace().take(3).count() > 2
                                }))
                    });
                    if let Some(slot) = parties.get_mut(n_parties) {
                        *slot = (text, hit.end, rule);
                        n_parties += 1;
                    }
                }
            }
        }
        let bonus = if two_parties {
            cat.multi_context_bonus
        } else {
            0.0
        };
        let touched = &touched[..n_touched];
        let mut result = SentenceScore::default();
        for &ri in touched {
            let ri = ri as usize;
            let (Some(r), Some(&w)) = (cat.rules.get(ri), best.get(ri)) else {
                continue;
            };
            match r.kind {
                RuleKind::Strong
                    if w * sentence_factor > result.score
                        || (w * sentence_factor == result.score
                            && result.rules[0].is_some_and(|p| (ri as u16) < p)
                            && result.rules[1].is_none()) =>
                {
                    result.score = w * sentence_factor;
                    result.rules = [Some(ri as u16), None];
                }
                RuleKind::Trigger => {
                    let mut ctx = (0.0f32, None);
                    for &ci2 in touched {
                        let cw = best.get(ci2 as usize).copied().unwrap_or(0.0);
                        let is_context = cat
                            .rules
                            .get(ci2 as usize)
                            .is_some_and(|c| c.kind == RuleKind::Context);
                        if is_context
                            && (cw > ctx.0 || (cw == ctx.0 && ctx.1.is_some_and(|p| ci2 < p)))
                            && (r.contexts.is_empty() || r.contexts.contains(&ci2))
                        {
                            ctx = (cw, Some(ci2));
                        }
                    }
                    let pair = w * (ctx.0 + bonus).min(1.0) * sentence_factor;
                    if ctx.1.is_some()
                        && (pair > result.score
                            || (pair == result.score
                                && pair > 0.0
                                && result.rules[1].is_some()
                                && result.rules[0].is_some_and(|p| (ri as u16) < p)))
                    {
                        result.score = pair;
                        result.rules = [Some(ri as u16), ctx.1];
                    }
                }
                _ => {}
            }
        }
        result
    }

    /// Product of the factors of "before" modifiers within their window before `hits[hi]`
    /// in the same clause, each modifier counted once.
    fn before_factor(&self, ci: usize, sentence: &str, hits: &[Hit], hi: usize) -> f32 {
        let rules = &self.rules;
        let Some(target) = hits.get(hi) else {
            return 1.0;
        };
        let limit = rules.max_window * BYTES_PER_WORD;
        let mut factor = 1.0f32;
        let mut seen: u64 = 0;
        for hit in hits[..hi].iter().rev() {
            if hit.start + limit < target.start {
                break;
            }
            if hit.end > target.start {
                continue;
            }
            for meaning in &rules.patterns[hit.pattern as usize].meanings {
                let Meaning::Modifier { modifier } = *meaning else {
                    continue;
                };
                let m = &rules.modifiers[modifier as usize];
                let Scope::Before { window } = m.scope else {
                    continue;
                };
                let bit = 1u64 << (modifier % 64);
                if seen & bit != 0 || m.factor[ci] >= 1.0 {
                    continue;
                }
                let gap = sentence.get(hit.end..target.start).unwrap_or("");
                if gap.contains([',', ';', ':']) || gap.split_whitespace().count() > window {
                    continue;
                }
                seen |= bit;
                factor *= m.factor[ci];
            }
        }
        factor
    }

    fn decide(&self, ci: usize, top: &[SentenceScore], ranges: &[Range<usize>]) -> CategoryResult {
        let cat = &self.rules.categories[ci];
        let k = self.rules.settings.support_weight;
        let raw = 1.0
            - top
                .iter()
                .take(TOP_SENTENCES)
                .enumerate()
                .fold(1.0f64, |acc, (i, s)| {
                    let w = if i == 0 { 1.0 } else { k };
                    acc * (1.0 - w * f64::from(s.score))
                });
        let [a, b] = cat.calibration;
        let score = 1.0 / (1.0 + (-(a * raw + b)).exp());
        let assigned = score >= self.min_score && raw > 0.0;
        if !assigned {
            return CategoryResult {
                raw,
                score,
                ..Default::default()
            };
        }
        let threshold = self.rules.settings.evidence_threshold;
        let mut chosen: Vec<&SentenceScore> = top
            .iter()
            .filter(|s| s.score >= threshold)
            .take(self.rules.settings.max_evidence)
            .collect();
        if chosen.is_empty() {
            chosen.extend(top.first());
        }
        chosen.sort_by_key(|s| s.sentence);
        let mut cameo = BTreeSet::new();
        let mut plover = BTreeSet::new();
        for s in &chosen {
            for rule in s.rules.iter().flatten() {
                let r = &cat.rules[*rule as usize];
                cameo.extend(r.cameo.iter().cloned());
                plover.extend(r.plover.iter().cloned());
            }
        }
        if cameo.is_empty() {
            cameo.extend(cat.cameo.iter().cloned());
        }
        if plover.is_empty() {
            plover.extend(cat.plover.iter().cloned());
        }
        CategoryResult {
            raw,
            score,
            assigned,
            evidence: chosen
                .iter()
                .filter_map(|s| ranges.get(s.sentence).cloned())
                .collect(),
            cameo: cameo.into_iter().collect(),
            plover: plover.into_iter().collect(),
        }
    }
}

/// Keeps `top` sorted by descending score (ties: earlier sentence first), at most `keep` long.
fn insert_top(top: &mut Vec<SentenceScore>, s: SentenceScore, keep: usize) {
    let pos = top
        .iter()
        .position(|t| s.score > t.score)
        .unwrap_or(top.len());
    if pos < keep {
        top.insert(pos, s);
        top.truncate(keep);
    }
}

/// Whether two party terms name the same party: equal, one a prefix of the other ("Iran",
/// "Iranian"), or sharing the first six letters of one word ("Serbia", "Serbian";
/// "Ukraine", "Ukrainian"; not "South Africa", "South Korea"). ASCII case-insensitive.
fn same_party(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let shared = a
        .iter()
        .zip(b)
        .take_while(|(x, y)| x.eq_ignore_ascii_case(y))
        .count();
    let first_word_only = a
        .get(..shared)
        .is_some_and(|p| !p.iter().any(u8::is_ascii_whitespace));
    shared == a.len().min(b.len()) || (shared >= 6 && first_word_only)
}

fn boundary_before(s: &str, start: usize) -> bool {
    s.get(..start)
        .and_then(|p| p.chars().next_back())
        .is_none_or(|c| !c.is_alphanumeric())
}

fn boundary_after(s: &str, end: usize, bytes: &[u8]) -> bool {
    match bytes.get(end) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => s
            .get(end..)
            .and_then(|r| r.chars().next())
            .is_none_or(|c| !c.is_alphanumeric()),
    }
}

/// The proto enum value of category index `ci`.
pub fn category_enum(ci: usize) -> Category {
    match ci {
        0 => Category::MilitaryAid,
        1 => Category::Diplomacy,
        _ => Category::Casualties,
    }
}

impl Stage for Classifier {
    fn name(&self) -> &'static str {
        "classify"
    }

    fn process(
        &mut self,
        article: &Article,
        event: &mut ArticleEvent,
    ) -> Result<Verdict, StageError> {
        event.categories = self.classify(article);
        Ok(Verdict::Publish)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classifier() -> Classifier {
        Classifier::new(&ClassifyConfig::default()).unwrap()
    }

    #[test]
    fn pathological_inputs_finish_and_do_not_panic() {
        let c = classifier();
        let long_word = "killed ".repeat(150_000);
        let long_number = "1".repeat(1_000_000);
        let negations = "no no not killed by drone strike ".repeat(30_000);
        let dots = "x.'".repeat(1000);
        for text in [
            long_word.as_str(),
            &long_number,
            &negations,
            &dots,
            "",
            "\n\n",
            "é",
        ] {
            let a = Article::new("p", "", text);
            let got = c.classify(&a);
            assert!(got.iter().all(|g| (0.0..=1.0).contains(&g.score)));
        }
    }

    #[test]
    fn a_state_and_its_demonym_are_one_party() {
        for (a, b) in [
            ("Serbia", "Serbian"),
            ("Ukraine", "ukrainian"),
            ("Iran", "Iranian"),
            ("south sudan", "South Sudanese"),
            ("Putin", "Putin"),
        ] {
            assert!(same_party(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("Slovakia", "Slovenia"),
            ("Austria", "Australia"),
            ("South Africa", "South Korea"),
            ("United States", "United Kingdom"),
            ("Iran", "Iraq"),
            ("Poland", "Lithuania"),
        ] {
            assert!(!same_party(a, b), "{a} {b}");
        }
    }

    #[test]
    fn word_boundaries_are_respected() {
        let c = classifier();
        // "arms" inside "farms", "talks" inside "stalks", "killed" inside "skilled".
        let a = Article::new("b", "", "Skilled workers sent farms new stalks.");
        assert!(c.classify(&a).is_empty());
    }

    #[test]
    fn evidence_offsets_are_char_offsets() {
        let c = classifier();
        let a = Article::new(
            "u",
            "Ökonomie – “Überblick”",
            "Café owners said prices rose. A drone strike on Kharkiv killed three people, the governor said.",
        );
        let got = c.classify(&a);
        assert_eq!(got.len(), 1);
        let e = &got[0].evidence[0];
        let chars: Vec<char> = a.text.chars().collect();
        let span: String = chars[e.start as usize..e.end as usize].iter().collect();
        assert_eq!(span, e.text);
        assert!(e.text.starts_with("A drone strike"));
    }

    #[test]
    fn min_score_is_validated_and_applied() {
        assert!(Classifier::new(&ClassifyConfig {
            min_score: 1.5,
            ..Default::default()
        })
        .is_err());
        let strict = Classifier::new(&ClassifyConfig {
            min_score: 1.0,
            ..Default::default()
        })
        .unwrap();
        let a = Article::new("s", "", "A drone strike on Kharkiv killed three people.");
        assert!(!classifier().classify(&a).is_empty());
        assert!(strict.classify(&a).is_empty());
    }

    #[test]
    fn negation_window_stops_at_clause_boundary() {
        let c = classifier();
        let neg = Article::new("n", "", "Germany did not send tanks to Ukraine.");
        assert!(c.classify(&neg).is_empty());
        let pos = Article::new(
            "n2",
            "",
            "Despite no prior commitment, Germany sent tanks to Ukraine.",
        );
        assert_eq!(c.classify(&pos).len(), 1);
    }
}
