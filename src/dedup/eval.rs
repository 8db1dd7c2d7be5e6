//! `wirefeed eval dedup`: measures this stage on the project's own articles.
//!
//! The corpus is built here, deterministically, from `data/dedup/originals.jsonl` (wire-style
//! articles written for the project, grouped by `topic`; `follows` marks a follow-up story that
//! shares one paragraph verbatim with an earlier article):
//!
//! - **Positives**: for every original and every [`Kind`] of change, a variant (seeded by the
//!   article id and the kind) is checked against an index holding all originals. It counts as
//!   found when it is flagged as a duplicate *of that original's story*.
//! - **Hard negatives**: every pair of different articles on the same topic (follow-ups and the
//!   article they quote included) is checked on a fresh index holding only the earlier one; and
//!   every original is checked, in publication order, against all the ones before it. Any
//!   duplicate flag is a false duplicate.
//!
//! Targets (at the default config): recall ≥ 0.97 overall and ≥ 0.9 per kind, false-duplicate
//! rate ≤ 0.5% for both negative sets.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use chrono::{DateTime, Duration, Utc};

use super::normalize::{hash_str, mix64, similarity};
use super::{story_id, DedupConfig, DedupError, Deduplicator};
use crate::article::Article;
use crate::schema::v1::DedupStatus;
use crate::schema::{timestamp, ArticleEvent};

/// The bundled originals.
pub const DEFAULT_ORIGINALS: &str = include_str!("../../data/dedup/originals.jsonl");

const MIN_RECALL: f64 = 0.97;
const MIN_KIND_RECALL: f64 = 0.9;
const MAX_FALSE_RATE: f64 = 0.005;

/// A kind of change applied to an original.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    ExactResend,
    DatelineFooter,
    SentenceDropped,
    Truncated,
    SentencesSwapped,
    WordsEdited,
    HeadlineChanged,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::ExactResend,
        Kind::DatelineFooter,
        Kind::SentenceDropped,
        Kind::Truncated,
        Kind::SentencesSwapped,
        Kind::WordsEdited,
        Kind::HeadlineChanged,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::ExactResend => "exact re-send",
            Kind::DatelineFooter => "dateline + footer",
            Kind::SentenceDropped => "one sentence dropped",
            Kind::Truncated => "last 20% truncated",
            Kind::SentencesSwapped => "two sentences swapped",
            Kind::WordsEdited => "a few words edited",
            Kind::HeadlineChanged => "headline changed",
        }
    }
}

/// One original of the corpus.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Original {
    pub id: String,
    pub topic: String,
    pub headline: String,
    pub body: String,
    #[serde(default)]
    pub source: String,
    pub published_at: DateTime<Utc>,
    /// The earlier article this follow-up shares a paragraph with.
    #[serde(default)]
    pub follows: Option<String>,
}

/// Parses the originals file (JSON lines; blank lines ignored).
pub fn load_originals(text: &str) -> Result<Vec<Original>, DedupError> {
    let mut out: Vec<Original> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let o: Original = serde_json::from_str(line)
            .map_err(|e| DedupError::Eval(format!("originals line {}: {e}", n + 1)))?;
        if o.id.is_empty() || o.body.trim().is_empty() {
            return Err(DedupError::Eval(format!(
                "originals line {}: empty id or body",
                n + 1
            )));
        }
        if out.iter().any(|x| x.id == o.id) {
            return Err(DedupError::Eval(format!(
                "originals line {}: duplicate id {}",
                n + 1,
                o.id
            )));
        }
        out.push(o);
    }
    out.sort_by_key(|o| o.published_at);
    Ok(out)
}

/// SplitMix64: small, seeded, deterministic.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed)
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix64(self.0)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items
            .get(self.below(items.len()))
            .copied()
            .unwrap_or_default()
    }
}

const DATELINES: &[&str] = &[
    "KYIV (Reuters) - ",
    "WASHINGTON, March 3 (AP) — ",
    "LONDON, April 2 (Wirefeed) - ",
    "BRUSSELS (AFP) -- ",
    "Kyiv, 1 April (dpa) - ",
];
const FOOTERS: &[&str] = &[
    "Reporting by Olena Petrenko; Editing by Mark Heinrich",
    "(Additional reporting by Tom Balmforth in London)",
    "© 2025 Wirefeed. All rights reserved.",
    "Read More @ https://news.example.com/world/2025/04/story-48213",
    "Copyright 2025 The Associated Press. All rights reserved.",
];
const EDIT_WORDS: &[&str] = &[
    "reportedly",
    "also",
    "new",
    "local",
    "senior",
    "several",
    "earlier",
    "officials",
    "still",
];

/// The variant of `o` for `kind`: (headline, body).
pub fn variant(o: &Original, kind: Kind) -> (String, String) {
    let mut rng = Rng::new(hash_str(&o.id) ^ (kind as u64).wrapping_mul(0x51_7cc1_b727_220a));
    let body = o.body.as_str();
    let sentences = crate::text::sentences(body);
    match kind {
        Kind::ExactResend => (o.headline.clone(), o.body.clone()),
        Kind::DatelineFooter => {
            let mut b = format!("{}{}", rng.pick(DATELINES), body);
            for _ in 0..1 + rng.below(2) {
                b.push('\n');
                b.push_str(rng.pick(FOOTERS));
            }
            (o.headline.clone(), b)
        }
        Kind::SentenceDropped => {
            let Some(r) = sentences.get(rng.below(sentences.len())) else {
                return (o.headline.clone(), o.body.clone());
            };
            let b = format!(
                "{}{}",
                &body[..r.start],
                body[r.end..].trim_start_matches(' ')
            );
            (o.headline.clone(), b)
        }
        Kind::Truncated => {
            let mut cut = body.len() * 4 / 5;
            while !body.is_char_boundary(cut) {
                cut -= 1;
            }
            let cut = body[..cut].rfind(char::is_whitespace).unwrap_or(cut);
            (o.headline.clone(), body[..cut].to_string())
        }
        Kind::SentencesSwapped => {
            if sentences.len() < 2 {
                return (o.headline.clone(), o.body.clone());
            }
            let i = rng.below(sentences.len());
            let mut j = rng.below(sentences.len() - 1);
            if j >= i {
                j += 1;
            }
            let (a, b) = (sentences[i.min(j)].clone(), sentences[i.max(j)].clone());
            let out = format!(
                "{}{}{}{}{}",
                &body[..a.start],
                &body[b.clone()],
                &body[a.end..b.start],
                &body[a.clone()],
                &body[b.end..]
            );
            (o.headline.clone(), out)
        }
        Kind::WordsEdited => {
            let mut words: Vec<String> = body.split(' ').map(str::to_string).collect();
            for _ in 0..3 {
                let i = rng.below(words.len());
                let w = rng.pick(EDIT_WORDS).to_string();
                match rng.below(3) {
                    0 => {
                        if let Some(x) = words.get_mut(i) {
                            *x = w;
                        }
                    }
                    1 if words.len() > 1 => {
                        words.remove(i);
                    }
                    _ => words.insert(i, w),
                }
            }
            (o.headline.clone(), words.join(" "))
        }
        Kind::HeadlineChanged => {
            let last = sentences.last().map_or(body, |r| &body[r.clone()]);
            let words: Vec<&str> = last.split_whitespace().take(7).collect();
            (format!("WRAPUP 1-{}", words.join(" ")), o.body.clone())
        }
    }
}

fn to_article(id: &str, headline: &str, body: &str, source: &str, at: DateTime<Utc>) -> Article {
    let mut a = Article::new(id, headline, body);
    a.source = source.to_string();
    a.published_at = Some(at);
    a
}

fn check(d: &mut Deduplicator, a: &Article) -> crate::schema::v1::DedupResult {
    let event = ArticleEvent {
        processed_at: a.published_at.map(timestamp),
        ..Default::default()
    };
    d.check(a, &event)
}

fn is_dup(status: i32) -> bool {
    status != DedupStatus::Original as i32
}

/// Measured figures.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Per kind: (found, total, min estimated similarity to the original).
    pub kinds: BTreeMap<Kind, (usize, usize, f64)>,
    pub pair_false: usize,
    pub pairs: usize,
    pub followup_pair_false: usize,
    pub followup_pairs: usize,
    /// Highest estimated similarity among hard-negative pairs.
    pub max_negative_similarity: f64,
    pub sequential_false: usize,
    pub sequential: usize,
    /// For comparison, SimHash-64 Hamming distances over the same shingles: the largest among
    /// each kind's positives, and the smallest among hard-negative pairs.
    pub simhash_max_positive: BTreeMap<Kind, u32>,
    pub simhash_min_negative: u32,
}

impl Report {
    pub fn recall(&self) -> f64 {
        let (f, t) = self
            .kinds
            .values()
            .fold((0, 0), |(f, t), (a, b, _)| (f + a, t + b));
        ratio(f, t)
    }
    pub fn pair_false_rate(&self) -> f64 {
        ratio(self.pair_false, self.pairs)
    }
    pub fn sequential_false_rate(&self) -> f64 {
        ratio(self.sequential_false, self.sequential)
    }
    pub fn passed(&self) -> bool {
        self.recall() >= MIN_RECALL
            && self
                .kinds
                .values()
                .all(|(f, t, _)| ratio(*f, *t) >= MIN_KIND_RECALL)
            && self.pair_false_rate() <= MAX_FALSE_RATE
            && self.sequential_false_rate() <= MAX_FALSE_RATE
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Measures `config` on `originals`.
pub fn measure(config: &DedupConfig, originals: &[Original]) -> Result<Report, DedupError> {
    let mut report = Report {
        max_negative_similarity: 0.0,
        simhash_min_negative: 64,
        ..Default::default()
    };
    // All originals in publication order: none may be flagged.
    // Compiling the boilerplate rules dominates construction: build once, clone.
    let empty = Deduplicator::new(config.clone())?;
    let mut base = empty.clone();
    for o in originals {
        let r = check(
            &mut base,
            &to_article(&o.id, &o.headline, &o.body, &o.source, o.published_at),
        );
        report.sequential += 1;
        if is_dup(r.status) {
            report.sequential_false += 1;
        }
    }
    // Same-topic pairs on a fresh index each.
    let mut scratch = empty.clone();
    for (j, b) in originals.iter().enumerate() {
        for a in originals.iter().take(j) {
            if a.topic != b.topic {
                continue;
            }
            let mut d = empty.clone();
            check(
                &mut d,
                &to_article(&a.id, &a.headline, &a.body, &a.source, a.published_at),
            );
            let r = check(
                &mut d,
                &to_article(&b.id, &b.headline, &b.body, &b.source, b.published_at),
            );
            let followup = b.follows.as_deref() == Some(a.id.as_str());
            report.pairs += 1;
            report.followup_pairs += usize::from(followup);
            if is_dup(r.status) {
                report.pair_false += 1;
                report.followup_pair_false += usize::from(followup);
            }
            let (fa, fb) = (
                scratch.fingerprint(&a.headline, &a.body),
                scratch.fingerprint(&b.headline, &b.body),
            );
            let hd = (scratch.simhash(&a.body) ^ scratch.simhash(&b.body)).count_ones();
            report.simhash_min_negative = report.simhash_min_negative.min(hd);
            if let (Some(x), Some(y)) = (fa.sig, fb.sig) {
                report.max_negative_similarity =
                    report.max_negative_similarity.max(similarity(&x, &y));
            }
        }
    }
    // Variants against the index of all originals.
    for o in originals {
        let want = story_id(hash_str(&o.id));
        let orig_fp = scratch.fingerprint(&o.headline, &o.body);
        let orig_sh = scratch.simhash(&o.body);
        for kind in Kind::ALL {
            let (headline, body) = variant(o, kind);
            let mut d = base.clone();
            let a = to_article(
                &format!("{}~{:?}", o.id, kind),
                &headline,
                &body,
                "Other Wire",
                o.published_at + Duration::hours(2),
            );
            let r = check(&mut d, &a);
            let entry = report.kinds.entry(kind).or_insert((0, 0, 1.0));
            entry.1 += 1;
            if is_dup(r.status) && r.story_id == want {
                entry.0 += 1;
            }
            let fp = scratch.fingerprint(&headline, &body);
            let sim = match (orig_fp.sig, fp.sig) {
                _ if orig_fp.exact == fp.exact => 1.0,
                (Some(x), Some(y)) => similarity(&x, &y),
                _ => 0.0,
            };
            entry.2 = entry.2.min(sim);
            let hd = (orig_sh ^ scratch.simhash(&body)).count_ones();
            let m = report.simhash_max_positive.entry(kind).or_insert(0);
            *m = (*m).max(hd);
        }
    }
    Ok(report)
}

/// The default config, with a window that spans the corpus (the window is not what is measured
/// here; the corpus covers a few weeks).
pub fn eval_config(originals: &[Original]) -> DedupConfig {
    let mut config = DedupConfig::default();
    if let (Some(first), Some(last)) = (originals.first(), originals.last()) {
        let span = (last.published_at - first.published_at).num_hours() + 48;
        config.window_hours = config.window_hours.max(span.clamp(1, 1_000_000) as u32);
    }
    config
}

/// Runs the evaluation, writes the report to `out`, and returns whether the acceptance
/// targets are met. `data` overrides the bundled originals file.
pub fn run(data: Option<&Path>, out: &mut dyn Write) -> Result<bool, DedupError> {
    let text = match data {
        Some(path) => std::fs::read_to_string(path).map_err(|source| DedupError::Io {
            path: path.to_path_buf(),
            source,
        })?,
        None => DEFAULT_ORIGINALS.to_string(),
    };
    let originals = load_originals(&text)?;
    let config = eval_config(&originals);
    let report = measure(&config, &originals)?;
    let io = |e: std::io::Error| DedupError::Eval(format!("writing the report: {e}"));
    let topics: std::collections::BTreeSet<&str> =
        originals.iter().map(|o| o.topic.as_str()).collect();
    writeln!(
        out,
        "dedup eval: {} originals ({} follow-ups) on {} topics, threshold {}, window {} h",
        originals.len(),
        originals.iter().filter(|o| o.follows.is_some()).count(),
        topics.len(),
        config.threshold,
        config.window_hours
    )
    .map_err(io)?;
    writeln!(
        out,
        "{:<24} {:>7} {:>7} {:>8}  min est. similarity",
        "kind", "found", "total", "recall"
    )
    .map_err(io)?;
    for (kind, (f, t, min_sim)) in &report.kinds {
        writeln!(
            out,
            "{:<24} {:>7} {:>7} {:>8.3}  {:.3}",
            kind.name(),
            f,
            t,
            ratio(*f, *t),
            min_sim
        )
        .map_err(io)?;
    }
    writeln!(
        out,
        "overall recall: {:.3} (target >= {MIN_RECALL}, >= {MIN_KIND_RECALL} per kind)",
        report.recall()
    )
    .map_err(io)?;
    writeln!(
        out,
        "false duplicates, same-topic pairs: {} of {} ({:.2}%; follow-ups sharing a paragraph: {} of {}); max est. similarity {:.3}",
        report.pair_false,
        report.pairs,
        100.0 * report.pair_false_rate(),
        report.followup_pair_false,
        report.followup_pairs,
        report.max_negative_similarity
    )
    .map_err(io)?;
    writeln!(
        out,
        "false duplicates, all originals in order: {} of {} ({:.2}%) (target <= {:.1}%)",
        report.sequential_false,
        report.sequential,
        100.0 * report.sequential_false_rate(),
        100.0 * MAX_FALSE_RATE
    )
    .map_err(io)?;
    writeln!(
        out,
        "for comparison, SimHash-64 over the same shingles: largest Hamming distance of positives {:?}; smallest of hard negatives {}",
        report
            .simhash_max_positive
            .iter()
            .map(|(k, d)| format!("{}={d}", k.name()))
            .collect::<Vec<_>>(),
        report.simhash_min_negative
    )
    .map_err(io)?;
    writeln!(
        out,
        "threshold sweep (recall overall / worst kind / false-pair rate):"
    )
    .map_err(io)?;
    for t in [0.3, 0.4, 0.5, 0.6, 0.7, 0.8] {
        let r = measure(
            &DedupConfig {
                threshold: t,
                ..config.clone()
            },
            &originals,
        )?;
        let worst = r
            .kinds
            .values()
            .map(|(f, t, _)| ratio(*f, *t))
            .fold(1.0, f64::min);
        writeln!(
            out,
            "  {t:.1}: {:.3} / {:.3} / {:.2}%",
            r.recall(),
            worst,
            100.0 * r.pair_false_rate()
        )
        .map_err(io)?;
    }
    let passed = report.passed();
    writeln!(out, "{}", if passed { "PASS" } else { "FAIL" }).map_err(io)?;
    Ok(passed)
}
