//! Deduplication stage: exact and near-duplicate detection, grouping articles into stories.
//!
//! Each article is normalised and fingerprinted ([`normalize`]): a 64-bit hash of its
//! normalised words (exact duplicates) and a 32-bin one-permutation MinHash signature over word
//! 5-shingles of the body (near duplicates, found through 12 LSH bands of 2 bins). Remembered
//! articles live in a fixed-size [`Slot`] arena (136 bytes each) indexed by one compact
//! open-addressing multimap ([`index::KeyTable`], 4 bytes per key); they are forgotten when they
//! leave the time window (event time, default 7 days) or when the capacity bound is reached.
//! Every insert and window eviction can be replicated to other instances ([`state`]).
//!
//! See `docs/dedup.md` for the design, its measurements and the replication races.

pub mod eval;
pub mod index;
pub mod normalize;
pub mod state;

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::path::PathBuf;

use crate::article::Article;
use crate::pipeline::{Stage, StageError, StateUpdate, Verdict};
use crate::schema::v1::{DedupResult, DedupStatus};
use crate::schema::ArticleEvent;

use index::{KeyTable, MAX_SLOTS};
use normalize::{
    fingerprint, hash_str, mix64, similarity, Boilerplate, Fingerprint, Scratch, Signature, SIG_LEN,
};
pub use state::{RememberedArticle, StateError, StateRecord};

/// LSH bands (of [`ROWS`] signature bins each) that are indexed.
pub const BANDS: usize = 12;
/// Signature bins per band.
pub const ROWS: usize = 2;
/// Index keys per article: the bands, the exact hash, the article id.
const KEYS: usize = BANDS + 2;
/// Bytes of an article id kept verbatim; longer ids are stored as a prefix + `~` + a hash.
pub const ID_CAP: usize = 37;
/// Entries kept per key: more articles sharing one band value or exact hash add nothing to
/// recall and would make probing slow (a "hot" band, e.g. a boilerplate paragraph, or a story
/// re-sent a thousand times). The newest articles are kept, story roots preferred.
const KEY_CAP: usize = 8;
/// Candidates verified per lookup (bounds work on hot keys).
const MAX_CANDIDATES: usize = 64;
/// Table load at the capacity bound, and load (with tombstones) that forces a rebuild.
const LOAD_NUM: usize = 4;
const LOAD_DEN: usize = 3;
const REBUILD_LOAD: f64 = 0.9;
/// `published_at` more than this far ahead of processing time is not trusted.
const MAX_FUTURE_SKEW_MINUTES: i64 = 24 * 60;

const FLAG_EXACT_KEY: u16 = 1 << 12;
const FLAG_ID_KEY: u16 = 1 << 13;
const FLAG_HAS_SIG: u16 = 1 << 14;
/// The first remembered article with its exact text (not itself an exact duplicate): what
/// later exact duplicates name in `duplicate_of`.
const FLAG_EXACT_FIRST: u16 = 1 << 15;
const BAND_FLAGS: u16 = (1 << BANDS) - 1;

const SALT_BAND: u64 = 0x2545_f491_4f6c_dd1d;
const SALT_EXACT: u64 = 0x9e37_79b9_7f4a_7c15;
const SALT_ID: u64 = 0xd6e8_feb8_6659_fd93;

/// Dedup settings (`[pipeline.dedup]`).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct DedupConfig {
    /// Publish duplicates flagged (true) or drop them (false). Counted either way.
    pub publish_duplicates: bool,
    /// Estimated Jaccard similarity of the bodies' word 5-shingles at or above which an article
    /// is a near duplicate of a remembered one, in (0, 1]. Measured by `wirefeed eval dedup`.
    pub threshold: f64,
    /// Time window, in hours of event time (`published_at`; for articles without it, the latest
    /// event time seen, or processing time if none was seen). Older articles are forgotten.
    pub window_hours: u32,
    /// Maximum number of remembered articles (about 210 bytes each); beyond it the oldest are
    /// forgotten first. At most 16,777,214.
    pub capacity: usize,
    /// A boilerplate rules file (datelines, footers) replacing the bundled
    /// `data/dedup/boilerplate.txt`.
    pub boilerplate_path: Option<PathBuf>,
    /// Queue a [`StateRecord`] for every insert and window eviction, to be drained with
    /// [`Deduplicator::take_state_updates`] and replicated. Leave off when nothing drains them.
    pub emit_state_updates: bool,
}

impl Default for DedupConfig {
    fn default() -> Self {
        Self {
            publish_duplicates: true,
            threshold: 0.5,
            window_hours: 7 * 24,
            capacity: 1_000_000,
            boilerplate_path: None,
            emit_state_updates: false,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DedupError {
    #[error("evaluation failed: {0}")]
    Eval(String),
    #[error("invalid dedup config: {0}")]
    Config(String),
    #[error("boilerplate rules {origin}, line {line}: {reason}")]
    Boilerplate {
        origin: String,
        line: usize,
        reason: String,
    },
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    State(#[from] StateError),
}

/// Counters of what the stage did (for metrics and reports).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DedupStats {
    pub originals: u64,
    pub exact_duplicates: u64,
    pub near_duplicates: u64,
    /// The same article id with the same content again (an at-least-once redelivery).
    pub redeliveries: u64,
    pub dropped: u64,
    pub evicted_window: u64,
    pub evicted_capacity: u64,
    pub remote_applied: u64,
    pub remote_ignored: u64,
}

/// One remembered article. 136 bytes.
#[derive(Debug, Clone, Copy)]
struct Slot {
    exact: u64,
    /// Hash of the full article id.
    article: u64,
    /// Story id: the article hash of the story's first article.
    story: u64,
    sig: Signature,
    /// Event time, minutes since the Unix epoch.
    time: u32,
    /// Hash of the source name (0 = none).
    source: u32,
    /// Which index keys were inserted, and whether `sig` is valid.
    flags: u16,
    /// 0 = free slot.
    id_len: u8,
    id: [u8; ID_CAP],
}

const FREE_SLOT: Slot = Slot {
    exact: 0,
    article: 0,
    story: 0,
    sig: [0; SIG_LEN],
    time: 0,
    source: 0,
    flags: 0,
    id_len: 0,
    id: [0; ID_CAP],
};

impl Slot {
    fn id(&self) -> &str {
        let bytes = self.id.get(..usize::from(self.id_len)).unwrap_or_default();
        std::str::from_utf8(bytes).unwrap_or_default()
    }
    fn occupied(&self) -> bool {
        self.id_len != 0
    }
    fn is_root(&self) -> bool {
        self.story == self.article
    }
    fn is_exact_first(&self) -> bool {
        self.flags & FLAG_EXACT_FIRST != 0
    }
    /// Preference among equally good matches: story roots first, then the first article with
    /// that exact text, then the oldest.
    fn rank(&self) -> (bool, bool, u32, u64) {
        (
            !self.is_root(),
            !self.is_exact_first(),
            self.time,
            self.article,
        )
    }
}

/// Story counters, kept only for stories with more than one remembered article.
#[derive(Debug, Clone, Default)]
struct StoryStats {
    /// Remembered members; the entry is dropped at 0.
    live: u32,
    /// Articles seen in the story (running count).
    articles: u32,
    /// Distinct source hashes.
    sources: Vec<u32>,
}

/// What a lookup found.
#[derive(Debug, Default)]
struct Lookup {
    redelivery: Option<u32>,
    exact: Option<u32>,
    near: Option<(u32, f64)>,
    /// Per key (bands, then the exact key): the slot whose entry gives way to the new article
    /// because the key already holds [`KEY_CAP`] entries.
    displace: [Option<u32>; BANDS + 1],
}

/// The dedup stage.
#[derive(Clone)]
pub struct Deduplicator {
    config: DedupConfig,
    rules: Boilerplate,
    scratch: Scratch,
    candidates: Vec<u32>,
    slots: Vec<Slot>,
    free: Vec<u32>,
    live: usize,
    table: KeyTable,
    /// Articles the current table is sized for.
    table_articles: usize,
    heap: BinaryHeap<Reverse<(u32, u32)>>,
    stories: HashMap<u64, StoryStats>,
    /// Latest event time seen (minutes; 0 = none yet).
    watermark: u32,
    window: u32,
    pending: Vec<StateRecord>,
    stats: DedupStats,
}

/// How a slot is being inserted.
struct NewSlot {
    fp: Fingerprint,
    article: u64,
    story: u64,
    time: u32,
    source: u32,
    id: ([u8; ID_CAP], u8),
    flags: u16,
}

impl Deduplicator {
    pub fn new(config: DedupConfig) -> Result<Self, DedupError> {
        if !(config.threshold > 0.0 && config.threshold <= 1.0) {
            return Err(DedupError::Config(format!(
                "threshold must be in (0, 1], got {}",
                config.threshold
            )));
        }
        if config.capacity == 0 || config.capacity > MAX_SLOTS {
            return Err(DedupError::Config(format!(
                "capacity must be in 1..={MAX_SLOTS}, got {}",
                config.capacity
            )));
        }
        if config.window_hours == 0 {
            return Err(DedupError::Config("window_hours must be positive".into()));
        }
        let rules = match &config.boilerplate_path {
            None => Boilerplate::parse(normalize::DEFAULT_BOILERPLATE, "(bundled)")?,
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|source| DedupError::Io {
                    path: path.clone(),
                    source,
                })?;
                Boilerplate::parse(&text, &path.display().to_string())?
            }
        };
        let table_articles = config.capacity.min(1024);
        Ok(Self {
            window: config.window_hours.saturating_mul(60),
            table: KeyTable::with_len(table_len(table_articles)),
            table_articles,
            config,
            rules,
            scratch: Scratch::default(),
            candidates: Vec::with_capacity(MAX_CANDIDATES),
            slots: Vec::new(),
            free: Vec::new(),
            live: 0,
            heap: BinaryHeap::new(),
            stories: HashMap::new(),
            watermark: 0,
            pending: Vec::new(),
            stats: DedupStats::default(),
        })
    }

    pub fn config(&self) -> &DedupConfig {
        &self.config
    }

    pub fn stats(&self) -> DedupStats {
        self.stats
    }

    /// Remembered articles.
    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Heap bytes held by the remembered state, from the data structures' capacities (slots,
    /// index, eviction heap, free list, story counters). Excludes the fixed rule set.
    pub fn memory_bytes(&self) -> usize {
        let story_entry = std::mem::size_of::<(u64, StoryStats)>() + 1;
        let stories = self.stories.capacity() * story_entry
            + self
                .stories
                .values()
                .map(|s| s.sources.capacity() * 4)
                .sum::<usize>();
        self.slots.capacity() * std::mem::size_of::<Slot>()
            + self.table.heap_bytes()
            + self.heap.capacity() * std::mem::size_of::<Reverse<(u32, u32)>>()
            + self.free.capacity() * 4
            + stories
    }

    /// Fingerprints `headline` + `body` as the stage does.
    pub fn fingerprint(&mut self, headline: &str, body: &str) -> Fingerprint {
        fingerprint(&self.rules, headline, body, &mut self.scratch)
    }

    /// SimHash-64 of the normalised body's shingles: only for the evaluation's comparison.
    #[doc(hidden)]
    pub fn simhash(&self, body: &str) -> u64 {
        let mut words = Vec::new();
        normalize::word_hashes(self.rules.strip(body), &mut words);
        normalize::simhash(&words)
    }

    /// Event time of an article in minutes since the epoch (see [`DedupConfig::window_hours`]).
    fn event_time(&self, article: &Article, event: &ArticleEvent) -> u32 {
        let now = event
            .processed_at
            .as_ref()
            .map(|t| t.seconds.div_euclid(60));
        let minutes = match (article.published_at, now) {
            (Some(p), Some(now)) => {
                (p.timestamp().div_euclid(60)).min(now + MAX_FUTURE_SKEW_MINUTES)
            }
            (Some(p), None) => p.timestamp().div_euclid(60),
            (None, _) if self.watermark > 0 => i64::from(self.watermark),
            (None, Some(now)) => now,
            (None, None) => 1,
        };
        minutes.clamp(1, i64::from(u32::MAX)) as u32
    }

    /// Moves the watermark to `time` (if later) and forgets articles that left the window.
    fn advance(&mut self, time: u32) {
        if time > self.watermark {
            self.watermark = time;
        }
        let cutoff = self.cutoff();
        while let Some(&Reverse((t, s))) = self.heap.peek() {
            if t >= cutoff {
                break;
            }
            self.heap.pop();
            if self.slot_matches(s, t) {
                self.remove_slot(s, true);
                self.stats.evicted_window += 1;
            }
        }
    }

    fn cutoff(&self) -> u32 {
        self.watermark.saturating_sub(self.window)
    }

    fn slot_matches(&self, s: u32, t: u32) -> bool {
        self.slots
            .get(s as usize)
            .is_some_and(|sl| sl.occupied() && sl.time == t)
    }

    fn slot(&self, s: u32) -> &Slot {
        self.slots.get(s as usize).unwrap_or(&FREE_SLOT)
    }

    /// Finds what `fp` duplicates.
    fn lookup(&mut self, fp: &Fingerprint, article: u64, threshold: f64) -> Lookup {
        let mut out = Lookup::default();
        let slots = &self.slots;
        let get = |s: u32| slots.get(s as usize).unwrap_or(&FREE_SLOT);
        self.table.for_each(id_key(article), |s| {
            let sl = get(s);
            if sl.article == article && sl.exact == fp.exact {
                out.redelivery = Some(s);
                return false;
            }
            true
        });
        let mut best: Option<u32> = None;
        let mut count = 0;
        let mut oldest: Option<u32> = None;
        self.table.for_each(exact_key(fp.exact), |s| {
            let sl = get(s);
            if sl.occupied() && sl.exact == fp.exact {
                count += 1;
                if best.is_none_or(|b| sl.rank() < get(b).rank()) {
                    best = Some(s);
                }
                if oldest.is_none_or(|o| displace_rank(sl) < displace_rank(get(o))) {
                    oldest = Some(s);
                }
            }
            true
        });
        out.exact = best;
        if count >= KEY_CAP {
            out.displace[BANDS] = oldest;
        }
        let Some(sig) = fp.sig else {
            return out;
        };
        let cands = &mut self.candidates;
        cands.clear();
        for b in 0..BANDS {
            let (r0, r1) = (sig[b * ROWS], sig[b * ROWS + 1]);
            let mut count = 0;
            let mut oldest: Option<u32> = None;
            self.table.for_each(band_key(b, &sig), |s| {
                let sl = get(s);
                if sl.flags & FLAG_HAS_SIG != 0
                    && sl.sig[b * ROWS] == r0
                    && sl.sig[b * ROWS + 1] == r1
                {
                    count += 1;
                    if cands.len() < MAX_CANDIDATES && !cands.contains(&s) {
                        cands.push(s);
                    }
                    if oldest.is_none_or(|o| displace_rank(sl) < displace_rank(get(o))) {
                        oldest = Some(s);
                    }
                }
                count < KEY_CAP
            });
            if count >= KEY_CAP {
                out.displace[b] = oldest;
            }
        }
        let mut near: Option<(u32, f64)> = None;
        for &s in cands.iter() {
            let sl = get(s);
            let sim = similarity(&sig, &sl.sig);
            if sim < threshold {
                continue;
            }
            let better = match near {
                None => true,
                Some((b, bs)) => sim > bs || (sim == bs && sl.rank() < get(b).rank()),
            };
            if better {
                near = Some((s, sim));
            }
        }
        out.near = near;
        out
    }

    /// Keys a new slot gets; makes room on keys that are full.
    fn key_flags(&mut self, fp: &Fingerprint, found: &Lookup) -> u16 {
        let mut flags = FLAG_ID_KEY | FLAG_EXACT_KEY;
        if fp.sig.is_some() {
            flags |= FLAG_HAS_SIG | BAND_FLAGS;
        }
        for (k, d) in found.displace.iter().enumerate() {
            let Some(s) = *d else { continue };
            let bit = if k == BANDS { FLAG_EXACT_KEY } else { 1 << k };
            let sl = *self.slot(s);
            if sl.flags & bit == 0 {
                continue;
            }
            let key = if k == BANDS {
                exact_key(sl.exact)
            } else {
                band_key(k, &sl.sig)
            };
            if self.table.remove(key, s) {
                if let Some(x) = self.slots.get_mut(s as usize) {
                    x.flags &= !bit;
                }
            }
        }
        flags
    }

    /// Remembers a new article; returns its slot.
    fn insert(&mut self, new: NewSlot, local: bool) -> u32 {
        if self.live >= self.config.capacity {
            self.evict_oldest();
        }
        if self.live + 1 > self.table_articles {
            let grown = (self.table_articles * 2).min(self.config.capacity);
            self.rebuild(grown);
        } else if (self.table.used() + KEYS) as f64 > REBUILD_LOAD * self.table.len() as f64 {
            self.rebuild(self.table_articles);
        }
        let slot = Slot {
            exact: new.fp.exact,
            article: new.article,
            story: new.story,
            sig: new.fp.sig.unwrap_or([0; SIG_LEN]),
            time: new.time,
            source: new.source,
            flags: new.flags,
            id_len: new.id.1,
            id: new.id.0,
        };
        let s = match self.free.pop() {
            Some(s) => {
                if let Some(x) = self.slots.get_mut(s as usize) {
                    *x = slot;
                }
                s
            }
            None => {
                if self.slots.len() == self.slots.capacity() {
                    let want = (self.slots.len() * 2).max(64).min(self.config.capacity);
                    self.slots.reserve_exact(want - self.slots.len());
                    let heap_want = want.saturating_sub(self.heap.len());
                    self.heap.reserve_exact(heap_want);
                }
                self.slots.push(slot);
                (self.slots.len() - 1) as u32
            }
        };
        self.live += 1;
        self.insert_keys(s);
        self.heap.push(Reverse((slot.time, s)));
        self.join_story(s);
        if local && self.config.emit_state_updates {
            self.pending.push(StateRecord::Upsert(self.remembered(s)));
        }
        s
    }

    fn insert_keys(&mut self, s: u32) {
        let sl = *self.slot(s);
        if sl.flags & FLAG_ID_KEY != 0 {
            self.table.insert(id_key(sl.article), s);
        }
        if sl.flags & FLAG_EXACT_KEY != 0 {
            self.table.insert(exact_key(sl.exact), s);
        }
        for b in 0..BANDS {
            if sl.flags & (1 << b) != 0 {
                self.table.insert(band_key(b, &sl.sig), s);
            }
        }
    }

    /// Re-creates the index for `articles` remembered articles (growth, or tombstone cleanup).
    fn rebuild(&mut self, articles: usize) {
        self.table_articles = articles;
        self.table = KeyTable::with_len(table_len(articles));
        for s in 0..self.slots.len() as u32 {
            if self.slot(s).occupied() {
                self.insert_keys(s);
            }
        }
    }

    fn evict_oldest(&mut self) {
        while let Some(Reverse((t, s))) = self.heap.pop() {
            if self.slot_matches(s, t) {
                self.remove_slot(s, false);
                self.stats.evicted_capacity += 1;
                return;
            }
        }
    }

    /// Forgets a slot. `tombstone`: queue an eviction record (window evictions only: capacity
    /// evictions are local memory pressure and must not delete other instances' state).
    fn remove_slot(&mut self, s: u32, tombstone: bool) {
        let sl = *self.slot(s);
        if !sl.occupied() {
            return;
        }
        if sl.flags & FLAG_ID_KEY != 0 {
            self.table.remove(id_key(sl.article), s);
        }
        if sl.flags & FLAG_EXACT_KEY != 0 {
            self.table.remove(exact_key(sl.exact), s);
        }
        for b in 0..BANDS {
            if sl.flags & (1 << b) != 0 {
                self.table.remove(band_key(b, &sl.sig), s);
            }
        }
        if let Some(st) = self.stories.get_mut(&sl.story) {
            st.live = st.live.saturating_sub(1);
            if st.live == 0 {
                self.stories.remove(&sl.story);
            }
        }
        if let Some(x) = self.slots.get_mut(s as usize) {
            *x = FREE_SLOT;
        }
        self.free.push(s);
        self.live -= 1;
        if tombstone && self.config.emit_state_updates {
            self.pending.push(StateRecord::Evict {
                exact: sl.exact,
                article: sl.article,
            });
        }
    }

    /// Updates story counters for the newly inserted slot `s`.
    fn join_story(&mut self, s: u32) {
        let sl = *self.slot(s);
        if let Some(st) = self.stories.get_mut(&sl.story) {
            st.live += 1;
            st.articles = st.articles.saturating_add(1);
            if sl.source != 0 && !st.sources.contains(&sl.source) {
                st.sources.push(sl.source);
            }
            return;
        }
        // First other member: the story's root, if remembered.
        let mut root = None;
        let slots = &self.slots;
        self.table.for_each(id_key(sl.story), |r| {
            if r != s
                && slots
                    .get(r as usize)
                    .is_some_and(|x| x.occupied() && x.article == sl.story)
            {
                root = Some(r);
                return false;
            }
            true
        });
        if root.is_none() && sl.is_root() {
            return; // a new singleton story: counts are implicit
        }
        let mut st = StoryStats {
            live: 1,
            articles: 1,
            sources: Vec::new(),
        };
        if let Some(r) = root {
            st.live += 1;
            st.articles += 1;
            let src = self.slot(r).source;
            if src != 0 {
                st.sources.push(src);
            }
        }
        if sl.source != 0 && !st.sources.contains(&sl.source) {
            st.sources.push(sl.source);
        }
        self.stories.insert(sl.story, st);
    }

    /// (articles, distinct sources) of a story, `own_source` being the source of a singleton.
    fn story_counts(&self, story: u64, own_source: u32) -> (u32, u32) {
        match self.stories.get(&story) {
            Some(st) => (st.articles, st.sources.len() as u32),
            None => (1, u32::from(own_source != 0)),
        }
    }

    fn remembered(&self, s: u32) -> RememberedArticle {
        let sl = self.slot(s);
        RememberedArticle {
            exact: sl.exact,
            article: sl.article,
            story: sl.story,
            sig: (sl.flags & FLAG_HAS_SIG != 0).then_some(sl.sig),
            exact_first: sl.is_exact_first(),
            time_minutes: sl.time,
            source: sl.source,
            id: sl.id().to_string(),
        }
    }

    /// Classifies `article` and remembers it. The core of [`Stage::process`].
    pub fn check(&mut self, article: &Article, event: &ArticleEvent) -> DedupResult {
        let fp = fingerprint(
            &self.rules,
            &article.headline,
            &article.body,
            &mut self.scratch,
        );
        let hash = hash_str(&article.id);
        let time = self.event_time(article, event);
        self.advance(time);
        let source = source_hash(&article.source);
        let found = self.lookup(&fp, hash, self.config.threshold);
        let too_old = time < self.cutoff();

        if let Some(s) = found.redelivery {
            self.stats.redeliveries += 1;
            self.stats.exact_duplicates += 1;
            let sl = *self.slot(s);
            let (articles, sources) = self.story_counts(sl.story, sl.source);
            return DedupResult {
                status: DedupStatus::ExactDuplicate as i32,
                story_id: story_id(sl.story),
                duplicate_of: article.id.clone(),
                similarity: 1.0,
                story_article_count: articles,
                story_source_count: sources,
            };
        }
        let (status, story, duplicate_of, sim) = if let Some(s) = found.exact {
            self.stats.exact_duplicates += 1;
            let sl = self.slot(s);
            (
                DedupStatus::ExactDuplicate,
                sl.story,
                sl.id().to_string(),
                1.0,
            )
        } else if let Some((s, sim)) = found.near {
            self.stats.near_duplicates += 1;
            let sl = self.slot(s);
            (
                DedupStatus::NearDuplicate,
                sl.story,
                sl.id().to_string(),
                sim,
            )
        } else {
            self.stats.originals += 1;
            (DedupStatus::Original, hash, String::new(), 0.0)
        };
        let (articles, sources) = if too_old {
            let (a, s) = self.story_counts(story, source);
            if status == DedupStatus::Original {
                (a, s)
            } else {
                (a.saturating_add(1), s)
            }
        } else {
            let mut flags = self.key_flags(&fp, &found);
            if found.exact.is_none() {
                flags |= FLAG_EXACT_FIRST;
            }
            self.insert(
                NewSlot {
                    fp,
                    article: hash,
                    story,
                    time,
                    source,
                    id: compact_id(&article.id),
                    flags,
                },
                true,
            );
            self.story_counts(story, source)
        };
        DedupResult {
            status: status as i32,
            story_id: story_id(story),
            duplicate_of,
            similarity: sim,
            story_article_count: articles,
            story_source_count: sources,
        }
    }
}

/// Which entry of a full key gives way: non-roots before roots, then the oldest.
fn displace_rank(sl: &Slot) -> (bool, bool, u32, u64) {
    (sl.is_root(), sl.is_exact_first(), sl.time, sl.article)
}

fn table_len(articles: usize) -> usize {
    articles * KEYS * LOAD_NUM / LOAD_DEN + 64
}

#[inline]
fn band_key(b: usize, sig: &Signature) -> u64 {
    let r0 = sig.get(b * ROWS).copied().unwrap_or(0);
    let r1 = sig.get(b * ROWS + 1).copied().unwrap_or(0);
    mix64(SALT_BAND ^ ((b as u64) << 40) ^ (u64::from(r0) << 16) ^ u64::from(r1))
}

#[inline]
fn exact_key(exact: u64) -> u64 {
    mix64(exact ^ SALT_EXACT)
}

#[inline]
fn id_key(article: u64) -> u64 {
    mix64(article ^ SALT_ID)
}

fn source_hash(source: &str) -> u32 {
    let source = source.trim();
    if source.is_empty() {
        return 0;
    }
    ((hash_str(&source.to_lowercase()) >> 32) as u32).max(1)
}

/// The story id string: 16 hex digits of the story's 64-bit id.
pub fn story_id(story: u64) -> String {
    format!("{story:016x}")
}

/// An article id bounded to [`ID_CAP`] bytes: verbatim when it fits, else its first 20 bytes,
/// `~`, and 16 hex digits of the full id's hash (still unique in practice, and recognisable).
pub fn compact_id(id: &str) -> ([u8; ID_CAP], u8) {
    let mut buf = [0u8; ID_CAP];
    let text = if id.is_empty() {
        "-".to_string()
    } else if id.len() <= ID_CAP {
        id.to_string()
    } else {
        let mut cut = 20;
        while !id.is_char_boundary(cut) {
            cut -= 1;
        }
        format!("{}~{:016x}", &id[..cut], hash_str(id))
    };
    let n = text.len().min(ID_CAP);
    buf[..n].copy_from_slice(&text.as_bytes()[..n]);
    (buf, n as u8)
}

impl Stage for Deduplicator {
    fn name(&self) -> &'static str {
        "dedup"
    }

    fn process(
        &mut self,
        article: &Article,
        event: &mut ArticleEvent,
    ) -> Result<Verdict, StageError> {
        let result = self.check(article, event);
        let duplicate = result.status != DedupStatus::Original as i32;
        event.dedup = Some(result);
        let verdict = if duplicate && !self.config.publish_duplicates {
            self.stats.dropped += 1;
            Verdict::Drop
        } else {
            Verdict::Publish
        };
        Ok(verdict)
    }

    fn take_state_updates(&mut self) -> Vec<StateUpdate> {
        Deduplicator::take_state_updates(self)
            .into_iter()
            .map(|record| {
                let (key, value) = record.encode();
                StateUpdate { key, value }
            })
            .collect()
    }

    fn apply_state(&mut self, update: &StateUpdate) -> Result<(), StageError> {
        let record =
            StateRecord::decode(&update.key, update.value.as_deref()).map_err(|e| StageError {
                stage: "dedup",
                message: e.to_string(),
            })?;
        self.apply_remote(&record);
        Ok(())
    }
}

#[cfg(test)]
mod tests;
