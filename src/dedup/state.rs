//! Dedup state replication: records for a compacted topic, and applying them.
//!
//! Every local insert queues an [`StateRecord::Upsert`], every window eviction a
//! [`StateRecord::Evict`] (a tombstone: same key, no value). The runtime drains them with
//! [`Deduplicator::take_state_updates`], produces them to a compacted topic, and feeds every
//! record of that topic (its own included) to [`Deduplicator::apply_remote`] on every instance;
//! a restarting instance replays the topic from the beginning before processing.
//!
//! Wire format (little-endian, stable; bump [`VERSION`] on any change):
//! - key (18 bytes): `VERSION`, `b'A'`, exact hash (u64), article id hash (u64).
//! - value of an upsert: `VERSION`, flags (bit 0: has signature; bit 1: first article with
//!   its exact text), story (u64),
//!   event time (u32 minutes since the epoch), source hash (u32), id length (u8), id bytes
//!   (at most 37), then 32 × u16 signature bins if flagged. At most 120 bytes.
//! - value of an eviction: none (a Kafka tombstone).

use super::normalize::{Fingerprint, Signature};
use super::{compact_id, Deduplicator, Lookup, NewSlot, ID_CAP};
use crate::dedup::normalize::SIG_LEN;

/// Record format version (first byte of key and value).
pub const VERSION: u8 = 1;
const KEY_KIND: u8 = b'A';
const KEY_LEN: usize = 18;

/// A remembered article, as replicated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RememberedArticle {
    /// Hash of the normalised text.
    pub exact: u64,
    /// Hash of the full article id.
    pub article: u64,
    /// Story id (hash of the story's first article id).
    pub story: u64,
    /// MinHash signature (absent for very short bodies).
    pub sig: Option<Signature>,
    /// The first remembered article with its exact text (not an exact duplicate itself).
    pub exact_first: bool,
    /// Event time, minutes since the Unix epoch.
    pub time_minutes: u32,
    /// Hash of the source name (0 = none).
    pub source: u32,
    /// The article id, bounded to 37 bytes (see [`compact_id`]).
    pub id: String,
}

/// One state change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateRecord {
    /// An article was remembered.
    Upsert(RememberedArticle),
    /// An article left the time window (a tombstone).
    Evict { exact: u64, article: u64 },
}

/// A record that cannot be decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StateError {
    #[error("state record key: {0}")]
    Key(String),
    #[error("state record value: {0}")]
    Value(String),
    #[error("unsupported state record version {0} (this build reads {VERSION})")]
    Version(u8),
}

impl StateRecord {
    fn ids(&self) -> (u64, u64) {
        match self {
            Self::Upsert(a) => (a.exact, a.article),
            Self::Evict { exact, article } => (*exact, *article),
        }
    }

    /// The record key: the same for an article's upsert and its tombstone.
    pub fn key(&self) -> Vec<u8> {
        let (exact, article) = self.ids();
        let mut k = Vec::with_capacity(KEY_LEN);
        k.push(VERSION);
        k.push(KEY_KIND);
        k.extend_from_slice(&exact.to_le_bytes());
        k.extend_from_slice(&article.to_le_bytes());
        k
    }

    /// The record value; `None` is a tombstone.
    pub fn value(&self) -> Option<Vec<u8>> {
        let Self::Upsert(a) = self else {
            return None;
        };
        let id = &a.id.as_bytes()[..a.id.len().min(ID_CAP)];
        let mut v = Vec::with_capacity(24 + id.len() + SIG_LEN * 2);
        v.push(VERSION);
        v.push(u8::from(a.sig.is_some()) | (u8::from(a.exact_first) << 1));
        v.extend_from_slice(&a.story.to_le_bytes());
        v.extend_from_slice(&a.time_minutes.to_le_bytes());
        v.extend_from_slice(&a.source.to_le_bytes());
        v.push(id.len() as u8);
        v.extend_from_slice(id);
        if let Some(sig) = &a.sig {
            for x in sig {
                v.extend_from_slice(&x.to_le_bytes());
            }
        }
        Some(v)
    }

    /// Key and value, ready to produce.
    pub fn encode(&self) -> (Vec<u8>, Option<Vec<u8>>) {
        (self.key(), self.value())
    }

    /// Decodes a consumed record (`value` is `None` for a tombstone).
    pub fn decode(key: &[u8], value: Option<&[u8]>) -> Result<Self, StateError> {
        let (&kv, rest) = key
            .split_first()
            .ok_or_else(|| StateError::Key("empty".into()))?;
        if kv != VERSION {
            return Err(StateError::Version(kv));
        }
        if key.len() != KEY_LEN || rest.first() != Some(&KEY_KIND) {
            return Err(StateError::Key(format!(
                "expected {KEY_LEN} bytes of kind 'A', got {} bytes",
                key.len()
            )));
        }
        let mut kr = Reader(&key[2..]);
        let exact = kr.u64()?;
        let article = kr.u64()?;
        let Some(value) = value else {
            return Ok(Self::Evict { exact, article });
        };
        let mut r = Reader(value);
        let vv = r.u8()?;
        if vv != VERSION {
            return Err(StateError::Version(vv));
        }
        let flags = r.u8()?;
        let story = r.u64()?;
        let time_minutes = r.u32()?;
        let source = r.u32()?;
        let id_len = usize::from(r.u8()?);
        if id_len == 0 || id_len > ID_CAP {
            return Err(StateError::Value(format!("id length {id_len}")));
        }
        let id = std::str::from_utf8(r.take(id_len)?)
            .map_err(|e| StateError::Value(format!("id is not UTF-8: {e}")))?
            .to_string();
        let sig = if flags & 1 != 0 {
            let mut sig = [0u16; SIG_LEN];
            for x in &mut sig {
                *x = r.u16()?;
            }
            Some(sig)
        } else {
            None
        };
        if !r.0.is_empty() {
            return Err(StateError::Value(format!("{} trailing bytes", r.0.len())));
        }
        Ok(Self::Upsert(RememberedArticle {
            exact,
            article,
            story,
            sig,
            exact_first: flags & 2 != 0,
            time_minutes,
            source,
            id,
        }))
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], StateError> {
        if self.0.len() < n {
            return Err(StateError::Value("truncated".into()));
        }
        let (head, tail) = self.0.split_at(n);
        self.0 = tail;
        Ok(head)
    }
    fn u8(&mut self) -> Result<u8, StateError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, StateError> {
        let mut b = [0; 2];
        b.copy_from_slice(self.take(2)?);
        Ok(u16::from_le_bytes(b))
    }
    fn u32(&mut self) -> Result<u32, StateError> {
        let mut b = [0; 4];
        b.copy_from_slice(self.take(4)?);
        Ok(u32::from_le_bytes(b))
    }
    fn u64(&mut self) -> Result<u64, StateError> {
        let mut b = [0; 8];
        b.copy_from_slice(self.take(8)?);
        Ok(u64::from_le_bytes(b))
    }
}

impl Deduplicator {
    /// Records of local inserts and window evictions since the last call (empty unless
    /// [`super::DedupConfig::emit_state_updates`] is on), in the order they happened.
    pub fn take_state_updates(&mut self) -> Vec<StateRecord> {
        std::mem::take(&mut self.pending)
    }

    /// Applies a record from the state topic. Idempotent: an article already remembered (by
    /// exact hash and article id) is left as it is, so replaying one's own records, or the whole
    /// topic, is harmless; a tombstone for an unknown article is ignored. Never produces
    /// records. Returns whether anything changed.
    pub fn apply_remote(&mut self, record: &StateRecord) -> bool {
        match record {
            StateRecord::Evict { exact, article } => {
                let Some(s) = self.find(*exact, *article) else {
                    self.stats.remote_ignored += 1;
                    return false;
                };
                self.remove_slot(s, false);
                self.stats.remote_applied += 1;
                true
            }
            StateRecord::Upsert(a) => {
                if a.id.is_empty() || self.find(a.exact, a.article).is_some() {
                    self.stats.remote_ignored += 1;
                    return false;
                }
                self.advance(a.time_minutes);
                if a.time_minutes < self.cutoff() {
                    self.stats.remote_ignored += 1;
                    return false;
                }
                let fp = Fingerprint {
                    exact: a.exact,
                    sig: a.sig,
                };
                // Only which keys to index depends on the lookup; the verdict was made remotely.
                let found: Lookup = self.lookup(&fp, a.article, f64::INFINITY);
                let mut flags = self.key_flags(&fp, &found);
                if a.exact_first {
                    flags |= super::FLAG_EXACT_FIRST;
                }
                self.insert(
                    NewSlot {
                        fp,
                        article: a.article,
                        story: a.story,
                        time: a.time_minutes,
                        source: a.source,
                        id: compact_id(&a.id),
                        flags,
                    },
                    false,
                );
                self.stats.remote_applied += 1;
                true
            }
        }
    }

    /// The slot remembering (exact, article), if any.
    fn find(&self, exact: u64, article: u64) -> Option<u32> {
        let mut found = None;
        self.table.for_each(super::id_key(article), |s| {
            let sl = self.slot(s);
            if sl.occupied() && sl.article == article && sl.exact == exact {
                found = Some(s);
                return false;
            }
            true
        });
        found
    }

    /// Every remembered article as an upsert record (e.g. to seed a new state topic).
    pub fn snapshot(&self) -> Vec<StateRecord> {
        (0..self.slots.len() as u32)
            .filter(|&s| self.slot(s).occupied())
            .map(|s| StateRecord::Upsert(self.remembered(s)))
            .collect()
    }
}
