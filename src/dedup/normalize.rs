//! Normalisation and fingerprinting: text → (exact hash, MinHash signature).
//!
//! Normalisation: datelines and boilerplate footers are stripped (rules in
//! `data/dedup/boilerplate.txt`), then Unicode NFKC, lower case, and words are the runs of
//! alphanumeric characters (so whitespace and punctuation differences vanish).
//!
//! Fingerprints:
//! - `exact`: a 64-bit hash of the normalised headline and body words.
//! - `sig`: a one-permutation MinHash ([`SIG_LEN`] bins, 16 bits kept per bin) over the body's
//!   word [`SHINGLE`]-grams; `None` when the body has fewer than [`MIN_BODY_TOKENS`] words.

use regex::{Regex, RegexSet};
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

use super::DedupError;

/// Words per shingle.
pub const SHINGLE: usize = 5;
/// MinHash bins (= 16-bit values in a signature).
pub const SIG_LEN: usize = 32;
/// Bodies shorter than this (in words) get no signature: exact matching only.
pub const MIN_BODY_TOKENS: usize = 16;
/// Bytes of the body start that dateline rules look at, and the longest dateline removed.
const DATELINE_WINDOW: usize = 200;
const DATELINE_MAX: usize = 120;
/// Footer lines examined from the end, and their maximum length.
const FOOTER_LINES: usize = 6;
const FOOTER_LINE_MAX: usize = 400;

/// The bundled boilerplate rules.
pub const DEFAULT_BOILERPLATE: &str = include_str!("../../data/dedup/boilerplate.txt");

/// A MinHash signature: the low 16 bits of the minimum shingle hash of each bin.
pub type Signature = [u16; SIG_LEN];

/// What dedup remembers about an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    pub exact: u64,
    pub sig: Option<Signature>,
}

/// Dateline and footer rules.
#[derive(Debug, Clone)]
pub struct Boilerplate {
    datelines: Vec<Regex>,
    footers: RegexSet,
}

impl Boilerplate {
    /// Parses the rule file format (see `data/dedup/boilerplate.txt`).
    pub fn parse(text: &str, origin: &str) -> Result<Self, DedupError> {
        let mut datelines = Vec::new();
        let mut footers = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |reason: String| DedupError::Boilerplate {
                origin: origin.to_string(),
                line: n + 1,
                reason,
            };
            let (kind, pattern) = line
                .split_once(char::is_whitespace)
                .ok_or_else(|| err("expected `dateline <regex>` or `footer <regex>`".into()))?;
            let pattern = pattern.trim();
            let regex = Regex::new(pattern).map_err(|e| err(e.to_string()))?;
            match kind {
                "dateline" => datelines.push(regex),
                "footer" => footers.push(pattern.to_string()),
                other => return Err(err(format!("unknown rule kind `{other}`"))),
            }
        }
        let footers = RegexSet::new(&footers).map_err(|e| DedupError::Boilerplate {
            origin: origin.to_string(),
            line: 0,
            reason: e.to_string(),
        })?;
        Ok(Self { datelines, footers })
    }

    /// The body without its dateline prefix and boilerplate footer lines.
    pub fn strip<'a>(&self, body: &'a str) -> &'a str {
        let mut start = 0;
        let window = &body[..floor_boundary(body, DATELINE_WINDOW)];
        for re in &self.datelines {
            if let Some(m) = re.find(window) {
                // Never strip the whole body, nor a whole sentence that happens to match.
                if m.end() < body.len() && m.end() <= DATELINE_MAX {
                    start = m.end();
                    break;
                }
            }
        }
        let mut end = body.len();
        for _ in 0..FOOTER_LINES {
            let head = body[start..end].trim_end();
            let line_start = head.rfind('\n').map_or(0, |i| i + 1);
            let line = head[line_start..].trim();
            if line.is_empty() || line.len() > FOOTER_LINE_MAX || !self.footers.is_match(line) {
                break;
            }
            if line_start == 0 {
                break; // a single-line body is content, not a footer
            }
            end = start + line_start;
        }
        &body[start..end]
    }
}

fn floor_boundary(s: &str, max: usize) -> usize {
    if max >= s.len() {
        return s.len();
    }
    let mut i = max;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// SplitMix64 finaliser: a fast, well-mixed 64-bit permutation.
#[inline]
pub fn mix64(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// A stable 64-bit hash of a string (FNV-1a then mixed). Persisted in state records: never
/// change it without bumping the record version.
pub fn hash_str(s: &str) -> u64 {
    let mut h = FNV_OFFSET;
    for b in s.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
    }
    mix64(h)
}

/// For each ASCII byte: its lower case if alphanumeric, else 0 (a word separator).
const ASCII_WORD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// Word hashing state: FNV-1a over the lower-cased chars of the current word.
struct WordHasher<'o> {
    h: u64,
    in_word: bool,
    out: &'o mut Vec<u64>,
}

impl WordHasher<'_> {
    #[inline(always)]
    fn ascii(&mut self, b: u8) {
        let l = ASCII_WORD[usize::from(b & 0x7f)];
        if l != 0 {
            self.h = (self.h ^ u64::from(l)).wrapping_mul(FNV_PRIME);
            self.in_word = true;
        } else {
            self.end_word();
        }
    }

    #[inline(always)]
    fn char(&mut self, c: char) {
        if c.is_ascii() {
            self.ascii(c as u8);
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                self.h = (self.h ^ u64::from(l as u32)).wrapping_mul(FNV_PRIME);
            }
            self.in_word = true;
        } else {
            self.end_word();
        }
    }

    #[inline(always)]
    fn end_word(&mut self) {
        if self.in_word {
            self.out.push(mix64(self.h));
            self.h = FNV_OFFSET;
            self.in_word = false;
        }
    }
}

/// `is_nfkc_quick(text.chars()) == IsNormalized::Yes`, checking only the runs of non-ASCII
/// chars: an ASCII char is always allowed and resets the quick check's state (combining
/// class 0), so the text is NFKC-quick-yes exactly when every such run is.
fn is_nfkc_fast(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(start) = bytes
        .get(i..)
        .and_then(|r| r.iter().position(|b| !b.is_ascii()))
    {
        let start = i + start;
        let len = bytes
            .get(start..)
            .and_then(|r| r.iter().position(u8::is_ascii))
            .unwrap_or(bytes.len() - start);
        let Some(run) = text.get(start..start + len) else {
            return is_nfkc_quick(text.chars()) == IsNormalized::Yes;
        };
        if is_nfkc_quick(run.chars()) != IsNormalized::Yes {
            return false;
        }
        i = start + len;
    }
    true
}

/// Appends the hashes of the normalised words of `text` to `out`.
pub fn word_hashes(text: &str, out: &mut Vec<u64>) {
    let mut w = WordHasher {
        h: FNV_OFFSET,
        in_word: false,
        out,
    };
    if is_nfkc_fast(text) {
        // Byte loop: ASCII bytes (nearly all of the text) without decoding chars.
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii() {
                w.ascii(b);
                i += 1;
            } else {
                let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
                    break;
                };
                w.char(c);
                i += c.len_utf8();
            }
        }
    } else {
        for c in text.nfkc() {
            w.char(c);
        }
    }
    w.end_word();
}

/// Reusable buffers for fingerprinting (avoids an allocation per article).
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    headline: Vec<u64>,
    body: Vec<u64>,
}

/// Fingerprints an article's headline and body.
pub fn fingerprint(
    rules: &Boilerplate,
    headline: &str,
    body: &str,
    scratch: &mut Scratch,
) -> Fingerprint {
    scratch.headline.clear();
    scratch.body.clear();
    word_hashes(headline, &mut scratch.headline);
    word_hashes(rules.strip(body), &mut scratch.body);
    let mut exact = 0x5bd1_e995_u64;
    for &t in &scratch.headline {
        exact = mix64(exact ^ t);
    }
    exact = mix64(exact ^ 0x9e37_79b9_7f4a_7c15); // headline/body separator
    for &t in &scratch.body {
        exact = mix64(exact ^ t);
    }
    let sig = (scratch.body.len() >= MIN_BODY_TOKENS).then(|| minhash(&scratch.body));
    Fingerprint { exact, sig }
}

#[inline]
fn shingle_hash(w: &[u64]) -> u64 {
    let mut h = 0u64;
    for (i, &t) in w.iter().enumerate() {
        h ^= t.rotate_left(13 * i as u32);
    }
    mix64(h)
}

/// 64-bit SimHash over the same shingles (for the evaluation's comparison only).
pub fn simhash(words: &[u64]) -> u64 {
    let mut acc = [0i32; 64];
    for w in words.windows(SHINGLE) {
        let h = shingle_hash(w);
        for (bit, a) in acc.iter_mut().enumerate() {
            *a += if h >> bit & 1 == 1 { 1 } else { -1 };
        }
    }
    acc.iter()
        .enumerate()
        .fold(0u64, |s, (bit, &a)| if a > 0 { s | 1 << bit } else { s })
}

/// One-permutation MinHash over word shingles, with densification of empty bins.
pub fn minhash(words: &[u64]) -> Signature {
    const MASK: u64 = (1 << 59) - 1;
    let mut mins = [u64::MAX; SIG_LEN];
    for w in words.windows(SHINGLE) {
        let h = shingle_hash(w);
        let bin = (h >> 59) as usize % SIG_LEN;
        let v = h & MASK;
        if let Some(m) = mins.get_mut(bin) {
            if v < *m {
                *m = v;
            }
        }
    }
    let mut sig = [0u16; SIG_LEN];
    for i in 0..SIG_LEN {
        let mut filled = None;
        for d in 0..SIG_LEN {
            let m = mins[(i + d) % SIG_LEN];
            if m != u64::MAX {
                filled = Some(if d == 0 { m } else { mix64(m ^ (d as u64)) });
                break;
            }
        }
        sig[i] = filled.map_or(0, |m| (m & 0xFFFF) as u16);
    }
    sig
}

/// Estimated Jaccard similarity of two signatures.
#[inline]
pub fn similarity(a: &Signature, b: &Signature) -> f64 {
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    same as f64 / SIG_LEN as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfkc_fast_check_agrees_with_the_full_quick_check() {
        let cases = [
            "",
            "plain ascii",
            "Kyiv \u{2014} \u{201c}quoted\u{201d} caf\u{e9}",
            "e\u{301} decomposed",
            "a\u{301}\u{300} ordered",
            "a\u{300}\u{301}\u{316} misordered",
            "\u{316} x \u{301}\u{316}",
            "\u{301}x\u{316}",
            "\u{fb01}ligature \u{ff21}fullwidth",
            "\u{2460} circled, \u{a0}nbsp, \u{200b}zero width",
            "\u{1100}\u{1161} hangul jamo",
        ];
        for c in cases {
            assert_eq!(
                is_nfkc_fast(c),
                is_nfkc_quick(c.chars()) == IsNormalized::Yes,
                "{c:?}"
            );
        }
    }

    #[test]
    fn word_hashes_fold_case_and_normalise() {
        let hashes = |t: &str| {
            let mut v = Vec::new();
            word_hashes(t, &mut v);
            v
        };
        assert_eq!(hashes("Caf\u{e9} OPENS"), hashes("caf\u{e9}, opens!"));
        assert_eq!(hashes("\u{fb01}ve"), hashes("five"));
        assert_eq!(hashes("Zo\u{eb}"), hashes("zoe\u{308}"));
        assert_eq!(hashes("a b\u{2014}c").len(), 3);
        assert_ne!(hashes("alpha"), hashes("alphb"));
    }

    fn rules() -> Boilerplate {
        Boilerplate::parse(DEFAULT_BOILERPLATE, "bundled").unwrap()
    }

    #[test]
    fn strips_datelines() {
        let r = rules();
        for (body, rest) in [
            (
                "KYIV (Reuters) - Russia launched drones.",
                "Russia launched drones.",
            ),
            (
                "WASHINGTON, March 3 (AP) — The Senate voted.",
                "The Senate voted.",
            ),
            ("LONDON -- Prices rose.", "Prices rose."),
            ("Kyiv, 1 April (AFP) - Sirens sounded.", "Sirens sounded."),
            (
                "The minister said on Monday.",
                "The minister said on Monday.",
            ),
        ] {
            assert_eq!(r.strip(body), rest, "{body}");
        }
    }

    #[test]
    fn strips_footers_but_not_content() {
        let r = rules();
        let body = "First para.\nSecond para.\nReporting by Jane Doe; Editing by John Roe\n© 2025 Reuters\nRead More @ https://example.com/x\n";
        assert_eq!(r.strip(body), "First para.\nSecond para.\n");
        assert_eq!(
            r.strip("Reporting by a single line"),
            "Reporting by a single line"
        );
        assert_eq!(
            r.strip("Para.\nThe copyright case."),
            "Para.\nThe copyright case."
        );
    }

    #[test]
    fn normalisation_ignores_case_space_punctuation_and_compat_forms() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        word_hashes("Ｋｙｉｖ said: “ceasefire”,  now!", &mut a);
        word_hashes("kyiv SAID ceasefire now", &mut b);
        assert_eq!(a, b);
        assert_eq!(a.len(), 4);
    }

    #[test]
    fn exact_hash_and_signature() {
        let r = rules();
        let mut s = Scratch::default();
        let body = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen";
        let a = fingerprint(&r, "Head", body, &mut s);
        let b = fingerprint(
            &r,
            "HEAD",
            &format!("PARIS (AFP) - {body}\nReporting by X"),
            &mut s,
        );
        assert_eq!(a, b);
        let c = fingerprint(&r, "Other head", body, &mut s);
        assert_ne!(a.exact, c.exact);
        assert_eq!(a.sig, c.sig);
        assert!(fingerprint(&r, "H", "too short", &mut s).sig.is_none());
    }

    #[test]
    fn similarity_tracks_overlap() {
        let words: Vec<u64> = (0..400u64).map(mix64).collect();
        let a = minhash(&words);
        let b = minhash(&words[..320]);
        let far: Vec<u64> = (1000..1400u64).map(mix64).collect();
        let c = minhash(&far);
        assert!(similarity(&a, &b) > 0.6, "{}", similarity(&a, &b));
        assert!(similarity(&a, &c) < 0.2);
    }

    #[test]
    fn rejects_bad_rules() {
        assert!(Boilerplate::parse("footer (unclosed", "x").is_err());
        assert!(Boilerplate::parse("header x", "x").is_err());
        assert!(Boilerplate::parse("footer", "x").is_err());
    }

    #[test]
    fn linear_on_pathological_input() {
        let r = rules();
        let mut s = Scratch::default();
        let big = "word ".repeat(200_000);
        let fp = fingerprint(&r, "", &big, &mut s);
        assert!(fp.sig.is_some());
        let digits = "9".repeat(1_000_000);
        let fp = fingerprint(&r, "", &digits, &mut s);
        assert!(fp.sig.is_none());
    }
}
