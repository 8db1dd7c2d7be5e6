//! People, organisations and countries.
//!
//! Works over word tokens (see [`Doc`]) in three passes, each linear in the number of tokens
//! (every lexicon lookup tries at most [`PhraseMap::max_len`] token windows):
//! 1. organisation patterns ("Danish Defence Ministry", "Ministry of Defence");
//! 2. lexicon phrases, longest first: organisations, well-known people, country names,
//!    demonyms and capitals (case-sensitive, whole words);
//! 3. person candidates: runs of capitalised tokens, stripped of stopwords and titles, kept
//!    when a cue backs them (a title or role before or after, a verb of saying, "according
//!    to", an honorific, the well-known lexicon). Weak runs (no cue, or in title-case
//!    headlines) count only when they repeat a confirmed person's full name or surname.
//!
//! Surname-only mentions ("Putin") and spelling variants ("Zelenskyy") resolve to one
//! canonical person; the earliest stated role and country win, the lexicon fills gaps.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::Path;

use crate::schema::v1::{Entity, EntityKind};
use crate::text::CharIndex;

use super::countries::Countries;

/// Errors of loading the enrichment lexicons.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("{file}:{line}: {reason}")]
    Invalid {
        file: String,
        line: usize,
        reason: String,
    },
    #[error("cannot read lexicon override {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl LexiconError {
    pub(crate) fn invalid(file: &str, line: usize, reason: impl Into<String>) -> Self {
        Self::Invalid {
            file: file.to_string(),
            line,
            reason: reason.into(),
        }
    }
}

/// Settings of the entity, quote, attribution, casualty and triple extractors
/// (`[pipeline.enrich.ner]`).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct NerConfig {
    /// Directory whose lexicon files (same names as under `data/enrich-ner/`, plus
    /// `countries.tsv` and `countries_aliases.tsv`) replace the bundled ones; files absent
    /// from it keep the bundled version.
    pub data_dir: Option<std::path::PathBuf>,
    /// Minimum words of quoted text for it to count as a quote (shorter ones are scare quotes).
    pub min_quote_words: usize,
}

impl Default for NerConfig {
    fn default() -> Self {
        Self {
            data_dir: None,
            min_quote_words: 3,
        }
    }
}

// ---------------------------------------------------------------------------------------
// Tokens

/// A word token of the article text.
#[derive(Debug, Clone)]
pub struct Token {
    /// Byte range in the text (a possessive "’s" excluded).
    pub start: usize,
    pub end: usize,
    /// Byte range of the lower-cased text in [`Doc`]'s lower-case buffer.
    lower: Range<usize>,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Followed by a possessive "’s" / "'s".
    pub poss: bool,
    /// Index of the sentence holding it.
    pub sentence: usize,
    /// On a title-case line (headline, subhead): capitals are no evidence of a name.
    pub headline: bool,
    /// [`Doc::joined`] to the next token, computed once per article.
    joined: bool,
}

/// Abbreviated titles whose dot does not separate them from the name that follows.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen",
    "rep", "rev",
];

/// An article prepared for the extractors: tokens, sentences and the char index.
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    lower_buf: String,
    pub sentences: Vec<Range<usize>>,
    pub index: CharIndex,
}

impl<'a> Doc<'a> {
    /// `headline_end`: byte offset where the body starts (the headline counts as title case).
    pub fn new(text: &'a str, headline_end: usize) -> Self {
        let sentences = crate::text::sentences(text);
        let spans = scan_tokens(text);
        let headline_lines = title_case_lines(text, &spans, headline_end);
        let mut tokens = Vec::with_capacity(spans.len());
        let mut sentence = 0;
        let mut line = 0;
        // All lower-cased words in one buffer: one allocation per article.
        let mut lower_buf = String::with_capacity(text.len());
        for (start, end, poss) in spans {
            while sentences.get(sentence).is_some_and(|s| s.end <= start) {
                sentence += 1;
            }
            while headline_lines.get(line).is_some_and(|l| l.end <= start) {
                line += 1;
            }
            let word = &text[start..end];
            tokens.push(Token {
                start,
                end,
                lower: {
                    let from = lower_buf.len();
                    if word.is_ascii() {
                        lower_buf.push_str(word);
                        if let Some(w) = lower_buf.get_mut(from..) {
                            w.make_ascii_lowercase();
                        }
                    } else {
                        lower_buf.push_str(&word.to_lowercase());
                    }
                    from..lower_buf.len()
                },
                cap: word.chars().next().is_some_and(char::is_uppercase)
                    || (matches!(word.as_bytes().get(2..4), Some([b'-', _] | [_, b'-']))
                        && ["al-", "el-", "ad-", "as-", "ash-", "bin-"]
                            .iter()
                            .any(|p| {
                                word.strip_prefix(p)
                                    .and_then(|r| r.chars().next())
                                    .is_some_and(char::is_uppercase)
                            })),
                poss,
                sentence,
                headline: headline_lines.get(line).is_some_and(|l| l.contains(&start)),
                joined: false,
            });
        }
        let mut doc = Self {
            text,
            tokens,
            lower_buf,
            sentences,
            index: CharIndex::new(text),
        };
        for i in 0..doc.tokens.len() {
            let joined = doc.compute_joined(i);
            if let Some(t) = doc.tokens.get_mut(i) {
                t.joined = joined;
            }
        }
        doc
    }

    /// The token's text.
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// Lower-cased text of token `i` ("" past the end).
    pub fn lower(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .and_then(|t| self.lower_buf.get(t.lower.clone()))
            .unwrap_or("")
    }

    /// The text between tokens `i` and `i + 1` (possessive included).
    pub fn gap(&self, i: usize) -> &'a str {
        match (self.tokens.get(i), self.tokens.get(i + 1)) {
            (Some(a), Some(b)) => self.text.get(a.end..b.start).unwrap_or(""),
            _ => "",
        }
    }

    /// Tokens `i` and `i + 1` are separated only by spaces (no punctuation, no possessive),
    /// or by the dot of a title abbreviation ("Gen. Smith", "Mr. Olsen").
    pub fn joined(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.joined)
    }

    /// [`Self::joined`] from the text (the token flag's source).
    fn compute_joined(&self, i: usize) -> bool {
        match (self.tokens.get(i), self.tokens.get(i + 1)) {
            (Some(a), Some(_)) => {
                let g = self.gap(i);
                let g = match g.strip_prefix('.') {
                    Some(rest) if TITLE_ABBREVIATIONS.contains(&self.lower(i)) => rest,
                    _ => g,
                };
                !a.poss
                    && !g.is_empty()
                    && g.len() <= 4
                    && g.chars().all(|c| c == ' ' || c == '\u{a0}')
            }
            _ => false,
        }
    }

    /// Tokens `i..j` are joined pairwise.
    pub fn all_joined(&self, i: usize, j: usize) -> bool {
        j > i && j <= self.tokens.len() && (i..j - 1).all(|k| self.joined(k))
    }

    /// Byte range covering tokens `i..j`.
    pub fn range(&self, i: usize, j: usize) -> Range<usize> {
        let s = self.tokens.get(i).map_or(0, |t| t.start);
        let e = j
            .checked_sub(1)
            .and_then(|k| self.tokens.get(k))
            .map_or(s, |t| t.end);
        s..e.max(s)
    }

    /// Text of tokens `i..j`.
    pub fn slice(&self, i: usize, j: usize) -> &'a str {
        self.text.get(self.range(i, j)).unwrap_or("")
    }

    /// Index of the first token starting at or after `byte`.
    pub fn token_at(&self, byte: usize) -> usize {
        self.tokens.partition_point(|t| t.start < byte)
    }

    /// Token index range of sentence `s`.
    pub fn sentence_tokens(&self, s: usize) -> Range<usize> {
        match self.sentences.get(s) {
            Some(r) => self.token_at(r.start)..self.token_at(r.end),
            None => 0..0,
        }
    }

    /// A char-offset span of a byte range.
    pub fn span(&self, range: Range<usize>) -> crate::schema::v1::TextSpan {
        let r = range.start.min(self.text.len())..range.end.min(self.text.len());
        if self.text.is_char_boundary(r.start) && self.text.is_char_boundary(r.end) {
            self.index.span(self.text, r)
        } else {
            crate::schema::span(0, 0, "")
        }
    }
}

/// Word tokens as (start, end, possessive): runs of letters and digits, joined by a single
/// inner `'`, `’`, `-`, `.` or a thousands comma; "U.S." keeps its final dot; a final
/// "’s" is cut off and flagged. One pass, linear.
pub(crate) fn scan_tokens(text: &str) -> Vec<(usize, usize, bool)> {
    let bytes = text.as_bytes();
    // The char at byte `i` (a char boundary) and its length; ASCII without decoding.
    let char_at = |i: usize| -> Option<(char, usize)> {
        let b = *bytes.get(i)?;
        if b.is_ascii() {
            Some((char::from(b), 1))
        } else {
            text.get(i..)?.chars().next().map(|c| (c, c.len_utf8()))
        }
    };
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while let Some((c, len)) = char_at(i) {
        if !c.is_alphanumeric() {
            i += len;
            continue;
        }
        let start = i;
        let mut end = start + len;
        loop {
            match char_at(end) {
                Some((ch, l)) if ch.is_alphanumeric() => end += l,
                Some((ch, l)) if matches!(ch, '\'' | '’' | '-' | '.' | ',') => {
                    let after = end + l;
                    let ok = match ch {
                        ',' => {
                            bytes.get(end - 1).is_some_and(u8::is_ascii_digit)
                                && bytes.get(after..).is_some_and(|b| {
                                    b.len() >= 3
                                        && b[..3].iter().all(u8::is_ascii_digit)
                                        && !b.get(3).is_some_and(u8::is_ascii_digit)
                                })
                        }
                        _ => char_at(after).is_some_and(|(n, _)| n.is_alphanumeric()),
                    };
                    if !ok {
                        break;
                    }
                    end = after;
                }
                _ => break,
            }
        }
        // "U.S" + "." → "U.S."
        let word = &text[start..end];
        if word.contains('.')
            && word.split('.').all(|p| p.chars().count() == 1)
            && bytes.get(end) == Some(&b'.')
        {
            end += 1;
        }
        i = end;
        let word = &text[start..end];
        let poss = ["'s", "’s"]
            .iter()
            .find(|s| word.len() > s.len() + 1 && word.ends_with(*s));
        match poss {
            Some(s) => out.push((start, end - s.len(), true)),
            None => out.push((start, end, false)),
        }
    }
    out
}

/// Token texts of a lexicon form (a possessive "’s" is dropped, as in article tokens).
pub(crate) fn form_tokens(form: &str) -> Vec<String> {
    scan_tokens(form)
        .into_iter()
        .map(|(s, e, _)| form[s..e].to_string())
        .collect()
}

/// Byte ranges of lines that read as headlines: the article headline, `**bold**` lines, and
/// lines of at least three words where most words of four letters or more are capitalised.
fn title_case_lines(
    text: &str,
    tokens: &[(usize, usize, bool)],
    headline_end: usize,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut t = 0;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let range = line_start..line_start + line.len();
        line_start = range.end;
        let (mut words, mut long, mut caps) = (0usize, 0usize, 0usize);
        while let Some(&(s, e, _)) = tokens.get(t) {
            if s >= range.end {
                break;
            }
            t += 1;
            words += 1;
            let w = &text[s..e];
            // At least four chars (without counting them all: one byte per char in ASCII).
            if w.len() >= 4 && (w.is_ascii() || w.chars().nth(3).is_some()) {
                long += 1;
                caps += usize::from(w.chars().next().is_some_and(char::is_uppercase));
            }
        }
        let trimmed = line.trim();
        let title_case = words >= 3 && long > 0 && caps * 10 >= long * 7;
        if range.start < headline_end
            || (trimmed.starts_with("**") && trimmed.ends_with("**"))
            || title_case
        {
            out.push(range);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Lexicons

/// FxHash (rustc's hasher): a fast, non-cryptographic hasher for the lexicon maps, whose
/// keys come from bundled data and short article words (no untrusted-key DoS concern that
/// would need SipHash: lookups never insert article text).
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map with [`FxHasher`].
pub type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;
/// A hash set with [`FxHasher`].
pub type FastSet<K> = HashSet<K, std::hash::BuildHasherDefault<FxHasher>>;

/// Phrases keyed by their token sequence, looked up at a token position, longest first.
/// Indexed by first token: a position costs one hash lookup, and only phrases starting with
/// that word are compared token by token (no allocation).
#[derive(Debug, Clone)]
pub struct PhraseMap<T> {
    first: FastMap<String, Vec<(Vec<String>, T)>>,
    max_len: usize,
}

impl<T> Default for PhraseMap<T> {
    fn default() -> Self {
        Self {
            first: FastMap::default(),
            max_len: 0,
        }
    }
}

impl<T> PhraseMap<T> {
    /// Adds a form (the first value for a form wins). Returns false for an empty form.
    pub fn insert_form(&mut self, form: &str, value: T) -> bool {
        let mut toks = form_tokens(form);
        if toks.is_empty() {
            return false;
        }
        self.max_len = self.max_len.max(toks.len());
        let rest = toks.split_off(1);
        let head = toks.pop().unwrap_or_default();
        let bucket = self.first.entry(head).or_default();
        if !bucket.iter().any(|(r, _)| *r == rest) {
            bucket.push((rest, value));
        }
        true
    }

    pub fn get_form(&self, form: &str) -> Option<&T> {
        let toks = form_tokens(form);
        let (head, rest) = toks.split_first()?;
        self.first
            .get(head.as_str())?
            .iter()
            .find(|(r, _)| r.as_slice() == rest)
            .map(|(_, v)| v)
    }

    /// Longest phrase made of joined tokens starting at `i`, as (token count, value).
    /// `lower`: match lower-cased tokens (for maps built from lower-case forms). A phrase
    /// ends at a possessive ("NATO’s command" matches "NATO").
    pub fn longest(&self, doc: &Doc, i: usize, lower: bool) -> Option<(usize, &T)> {
        let word = |k: usize| if lower { doc.lower(k) } else { doc.word(k) };
        let bucket = self.first.get(word(i))?;
        let mut best: Option<(usize, &T)> = None;
        for (rest, v) in bucket {
            let n = rest.len() + 1;
            if best.is_some_and(|(m, _)| m >= n) || i + n > doc.tokens.len() {
                continue;
            }
            let ok = rest
                .iter()
                .enumerate()
                .all(|(j, t)| doc.joined(i + j) && word(i + j + 1) == t);
            if ok {
                best = Some((n, v));
            }
        }
        best
    }

    /// A phrase made of joined tokens ending just before `end` (longest first).
    pub fn ending_at(&self, doc: &Doc, end: usize, lower: bool) -> Option<(usize, &T)> {
        for n in (1..=self.max_len.min(end)).rev() {
            if let Some((m, v)) = self.longest(doc, end - n, lower) {
                if m == n {
                    return Some((n, v));
                }
            }
        }
        None
    }
}

/// Kind of a known organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgKind {
    Outlet,
    Intergovernmental,
    Government,
    Military,
    ArmedGroup,
    Company,
    Ngo,
    Other,
}

impl OrgKind {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "outlet" => Self::Outlet,
            "intergovernmental" => Self::Intergovernmental,
            "government" => Self::Government,
            "military" => Self::Military,
            "armed_group" => Self::ArmedGroup,
            "company" => Self::Company,
            "ngo" => Self::Ngo,
            "other" => Self::Other,
            _ => return None,
        })
    }

    /// The label written into `Entity.role` of organisations.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Outlet => "outlet",
            Self::Intergovernmental => "intergovernmental",
            Self::Government => "government",
            Self::Military => "military",
            Self::ArmedGroup => "armed_group",
            Self::Company => "company",
            Self::Ngo => "ngo",
            Self::Other => "other",
        }
    }
}

#[derive(Debug, Clone)]
struct KnownOrg {
    name: String,
    kind: OrgKind,
    country: String,
}

#[derive(Debug, Clone)]
struct KnownPerson {
    name: String,
    role: String,
    country: String,
}

/// The bundled lexicon files: (file name, contents).
pub const BUNDLED: &[(&str, &str)] = &[
    (
        "titles.txt",
        include_str!("../../data/enrich-ner/titles.txt"),
    ),
    (
        "speech_verbs.txt",
        include_str!("../../data/enrich-ner/speech_verbs.txt"),
    ),
    (
        "stopwords.txt",
        include_str!("../../data/enrich-ner/stopwords.txt"),
    ),
    (
        "name_variants.tsv",
        include_str!("../../data/enrich-ner/name_variants.tsv"),
    ),
    (
        "people.tsv",
        include_str!("../../data/enrich-ner/people.tsv"),
    ),
    (
        "organisations.tsv",
        include_str!("../../data/enrich-ner/organisations.tsv"),
    ),
    (
        "casualty_cues.tsv",
        include_str!("../../data/enrich-ner/casualty_cues.tsv"),
    ),
    (
        "number_words.tsv",
        include_str!("../../data/enrich-ner/number_words.tsv"),
    ),
    ("countries.tsv", super::countries::COUNTRIES_TSV),
    (
        "countries_aliases.tsv",
        super::countries::COUNTRY_ALIASES_TSV,
    ),
];

/// Reads lexicon `name`: the override directory's file if present, else the bundled one.
fn lexicon_text(dir: Option<&Path>, name: &str) -> Result<(String, String), LexiconError> {
    if let Some(dir) = dir {
        let path = dir.join(name);
        if path.exists() {
            let text = std::fs::read_to_string(&path).map_err(|source| LexiconError::Read {
                path: path.display().to_string(),
                source,
            })?;
            return Ok((path.display().to_string(), text));
        }
    }
    let bundled = BUNDLED
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| t.to_string())
        .unwrap_or_default();
    let label = if name.starts_with("countries") {
        format!("data/reference/{name}")
    } else {
        format!("data/enrich-ner/{name}")
    };
    Ok((label, bundled))
}

/// Every lexicon the NER extractors use, loaded once into the enricher.
#[derive(Debug, Clone)]
pub struct NerData {
    pub countries: Countries,
    pub titles: PhraseMap<()>,
    pub speech_verbs: FastSet<String>,
    pub stopwords: FastSet<String>,
    variants: FastMap<String, String>,
    people: PhraseMap<usize>,
    known_people: Vec<KnownPerson>,
    known_surnames: FastMap<String, Option<usize>>,
    orgs: PhraseMap<usize>,
    known_orgs: Vec<KnownOrg>,
    pub casualty: super::casualties::CasualtyLexicon,
    pub triple_cues: super::triples::TripleCues,
    pub min_quote_words: usize,
}

fn word_set(label: &str, text: &str) -> Result<FastSet<String>, LexiconError> {
    let mut set = FastSet::default();
    for (line, l) in super::countries::data_lines(text) {
        let w = l.trim().to_lowercase();
        if w.contains('\t') {
            return Err(LexiconError::invalid(
                label,
                line,
                "expected one entry per line",
            ));
        }
        set.insert(w);
    }
    Ok(set)
}

fn check_country(label: &str, line: usize, code: &str, c: &Countries) -> Result<(), LexiconError> {
    if code.is_empty() || c.name(code).is_some() {
        Ok(())
    } else {
        Err(LexiconError::invalid(
            label,
            line,
            format!("unknown country code {code:?}"),
        ))
    }
}

impl NerData {
    /// Loads the bundled lexicons, or the config's overrides.
    pub fn load(config: &NerConfig) -> Result<Self, LexiconError> {
        let dir = config.data_dir.as_deref();
        let read = |name: &str| lexicon_text(dir, name);
        let (cl, ct) = read("countries.tsv")?;
        let (al, at) = read("countries_aliases.tsv")?;
        let countries = Countries::load(&ct, &cl, &at, &al)?;

        let (label, text) = read("titles.txt")?;
        let mut titles = PhraseMap::default();
        for (line, l) in super::countries::data_lines(&text) {
            if !titles.insert_form(&l.trim().to_lowercase(), ()) {
                return Err(LexiconError::invalid(&label, line, "empty title"));
            }
        }
        let (label, text) = read("speech_verbs.txt")?;
        let speech_verbs = word_set(&label, &text)?;
        let (label, text) = read("stopwords.txt")?;
        let stopwords = word_set(&label, &text)?;

        let (label, text) = read("name_variants.tsv")?;
        let mut variants = FastMap::default();
        for (line, l) in super::countries::data_lines(&text) {
            let Some((canon, vars)) = l.split_once('\t') else {
                return Err(LexiconError::invalid(
                    &label,
                    line,
                    "expected canonical<TAB>variants",
                ));
            };
            for v in vars.split('|').map(str::trim).filter(|v| !v.is_empty()) {
                if v.contains(' ') {
                    return Err(LexiconError::invalid(
                        &label,
                        line,
                        "variants are single words",
                    ));
                }
                variants.insert(v.to_string(), canon.trim().to_string());
            }
        }

        let (label, text) = read("people.tsv")?;
        let mut people = PhraseMap::default();
        let mut known_people = Vec::new();
        let mut known_surnames: FastMap<String, Option<usize>> = FastMap::default();
        for (line, l) in super::countries::data_lines(&text) {
            let cols: Vec<&str> = l.split('\t').map(str::trim).collect();
            let name = cols.first().copied().unwrap_or("");
            if name.is_empty() || cols.len() < 2 {
                return Err(LexiconError::invalid(
                    &label,
                    line,
                    "expected name<TAB>role[<TAB>country<TAB>aliases]",
                ));
            }
            let country = cols.get(2).copied().unwrap_or("");
            check_country(&label, line, country, &countries)?;
            let idx = known_people.len();
            known_people.push(KnownPerson {
                name: name.to_string(),
                role: cols.get(1).copied().unwrap_or("").to_string(),
                country: country.to_string(),
            });
            people.insert_form(name, idx);
            let mut singles = Vec::new();
            for alias in cols.get(3).copied().unwrap_or("").split('|').map(str::trim) {
                if alias.is_empty() {
                    continue;
                }
                if form_tokens(alias).len() == 1 {
                    singles.push(alias.to_string());
                } else {
                    people.insert_form(alias, idx);
                }
            }
            if let Some(last) = form_tokens(name).last() {
                singles.push(last.clone());
            }
            for s in singles {
                let e = known_surnames.entry(s).or_insert(Some(idx));
                if *e != Some(idx) {
                    *e = None; // shared surname: ambiguous
                }
            }
        }

        let (label, text) = read("organisations.tsv")?;
        let mut orgs = PhraseMap::default();
        let mut known_orgs = Vec::new();
        for (line, l) in super::countries::data_lines(&text) {
            let cols: Vec<&str> = l.split('\t').map(str::trim).collect();
            let (name, kind) = match cols.as_slice() {
                [name, kind, ..] if !name.is_empty() => (*name, *kind),
                _ => {
                    return Err(LexiconError::invalid(
                        &label,
                        line,
                        "expected name<TAB>kind<TAB>country<TAB>aliases",
                    ))
                }
            };
            let Some(kind) = OrgKind::parse(kind) else {
                return Err(LexiconError::invalid(
                    &label,
                    line,
                    format!("unknown organisation kind {kind:?}"),
                ));
            };
            let country = cols.get(2).copied().unwrap_or("");
            check_country(&label, line, country, &countries)?;
            let idx = known_orgs.len();
            known_orgs.push(KnownOrg {
                name: name.to_string(),
                kind,
                country: country.to_string(),
            });
            let aliases = cols.get(3).copied().unwrap_or("");
            for form in std::iter::once(name).chain(aliases.split('|').map(str::trim)) {
                if form.is_empty() {
                    continue;
                }
                orgs.insert_form(form, idx);
                // "The New York Times" is also written "New York Times"; "the" is not a name.
                let toks = form_tokens(form);
                if toks.len() > 1 && toks.first().is_some_and(|t| t == "The" || t == "the") {
                    orgs.insert_form(&toks[1..].join(" "), idx);
                }
            }
        }

        let (cl, ct) = read("casualty_cues.tsv")?;
        let (nl, nt) = read("number_words.tsv")?;
        let casualty = super::casualties::CasualtyLexicon::load(&ct, &cl, &nt, &nl)?;
        Ok(Self {
            countries,
            titles,
            speech_verbs,
            stopwords,
            variants,
            people,
            known_people,
            known_surnames,
            orgs,
            known_orgs,
            casualty,
            triple_cues: super::triples::TripleCues::new(),
            min_quote_words: config.min_quote_words.max(1),
        })
    }

    fn canonical_token<'s>(&'s self, t: &'s str) -> &'s str {
        self.variants.get(t).map_or(t, String::as_str)
    }

    fn is_stop(&self, lower: &str) -> bool {
        self.stopwords.contains(lower)
    }
}

// ---------------------------------------------------------------------------------------
// Extraction

/// One mention of an extracted entity: byte range and index into [`Entities::list`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub range: Range<usize>,
    pub entity: usize,
}

/// The extracted entities with their mentions (sorted by position), for the other
/// extractors to resolve speakers, sources and actors.
#[derive(Debug, Clone, Default)]
pub struct Entities {
    pub list: Vec<Entity>,
    pub mentions: Vec<Mention>,
    /// Organisation kind per entity (None for people and countries).
    pub org_kinds: Vec<Option<OrgKind>>,
    /// (end byte, entity) of person mentions, in text order.
    people: Vec<(usize, usize)>,
}

impl Entities {
    pub fn kind(&self, i: usize) -> EntityKind {
        self.list
            .get(i)
            .and_then(|e| EntityKind::try_from(e.kind).ok())
            .unwrap_or(EntityKind::Unspecified)
    }

    /// Mentions inside a byte range.
    pub fn within(&self, range: Range<usize>) -> impl Iterator<Item = &Mention> {
        let first = self
            .mentions
            .partition_point(|m| m.range.start < range.start);
        self.mentions[first..]
            .iter()
            .take_while(move |m| m.range.start < range.end)
            .filter(move |m| m.range.end <= range.end)
    }

    /// The mention starting exactly at `byte`, if any.
    pub fn starting_at(&self, byte: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.range.start < byte);
        self.mentions.get(i).filter(|m| m.range.start == byte)
    }

    /// A mention ending exactly at `byte` (mentions span at most a few tokens, so only the
    /// last few mentions starting before `byte` are looked at).
    pub fn ending_at(&self, byte: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.range.start < byte);
        self.mentions[..i]
            .iter()
            .rev()
            .take(8)
            .find(|m| m.range.end == byte)
    }

    /// The last person mention ending at or before `byte` (binary search: mentions never
    /// overlap, so they are sorted by end as well).
    pub fn person_before(&self, byte: usize) -> Option<usize> {
        let i = self.people.partition_point(|&(end, _)| end <= byte);
        i.checked_sub(1)
            .and_then(|i| self.people.get(i))
            .map(|&(_, e)| e)
    }

    pub fn name(&self, i: usize) -> &str {
        self.list.get(i).map_or("", |e| e.name.as_str())
    }

    /// Country code of entity `i` (its own for countries, its affiliation otherwise).
    pub fn country(&self, i: usize) -> &str {
        self.list.get(i).map_or("", |e| e.country_code.as_str())
    }
}

/// ISO codes of the countries an article names, most mentioned first, then the countries
/// of its people and organisations: disambiguation hints for the place extractor.
pub fn country_codes(entities: &[Entity]) -> Vec<String> {
    let mut countries: Vec<&Entity> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Country as i32 && !e.country_code.is_empty())
        .collect();
    countries.sort_by_key(|e| std::cmp::Reverse(e.mentions.len()));
    let mut out: Vec<String> = Vec::new();
    let others = entities
        .iter()
        .filter(|e| e.kind != EntityKind::Country as i32 && !e.country_code.is_empty());
    for e in countries.into_iter().chain(others) {
        if !out.contains(&e.country_code) {
            out.push(e.country_code.clone());
        }
    }
    out
}

#[derive(Debug, Clone)]
enum Cand {
    Country(String),
    Org {
        name: String,
        kind: Option<OrgKind>,
        country: String,
    },
    Person(PersonCand),
}

#[derive(Debug, Clone, Default)]
struct PersonCand {
    /// Canonical name tokens.
    name: Vec<String>,
    role: String,
    country: String,
    /// Candidate index of a possessive owner ("Trump’s special envoy ..., Keith Kellogg").
    owner: Option<usize>,
    known: Option<usize>,
    strong: bool,
}

struct Found {
    tokens: Range<usize>,
    cand: Cand,
}

const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "dr", "prof"];
/// Abbreviated titles and the role they stand for.
const EXPANSIONS: &[(&str, &str)] = &[
    ("gen", "General"),
    ("lt", "Lieutenant"),
    ("col", "Colonel"),
    ("maj", "Major"),
    ("capt", "Captain"),
    ("sgt", "Sergeant"),
    ("adm", "Admiral"),
    ("gov", "Governor"),
    ("sen", "Senator"),
    ("rep", "Representative"),
];
const AUX: &[&str] = &[
    "has",
    "had",
    "have",
    "also",
    "later",
    "then",
    "previously",
    "earlier",
];
/// Words that end a run of role modifiers ("Europe, according to a senator" has no role).
const FUNCTION_WORDS: &[&str] = &[
    "according",
    "to",
    "a",
    "an",
    "the",
    "of",
    "in",
    "on",
    "at",
    "by",
    "with",
    "for",
    "from",
    "and",
    "or",
    "but",
    "as",
    "that",
    "which",
    "who",
    "said",
    "says",
    "told",
    "was",
    "is",
];
const ROLE_PREPS: &[&str] = &["for", "of", "to", "on", "at", "in"];
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el", "dos",
];
const MAX_RUN: usize = 8;

/// Extracts people, organisations and countries.
pub fn extract(doc: &Doc, data: &NerData) -> Entities {
    let n = doc.tokens.len();
    let mut claimed: Vec<Option<usize>> = vec![None; n];
    let mut found: Vec<Found> = Vec::new();
    let claim = |found: &mut Vec<Found>, claimed: &mut [Option<usize>], r: Range<usize>, cand| {
        let id = found.len();
        for c in claimed.get_mut(r.clone()).into_iter().flatten() {
            *c = Some(id);
        }
        found.push(Found { tokens: r, cand });
    };

    // Pass 1: ministries and departments.
    for j in 0..n {
        let w = doc.word(j);
        if w != "Ministry" && w != "Department" {
            continue;
        }
        let mut start = j;
        while start > 0 && j - start < 3 && doc.joined(start - 1) {
            let t = &doc.tokens[start - 1];
            if !t.cap
                || (data.is_stop(doc.lower(start - 1))
                    && data.countries.lookup(doc.word(start - 1)).is_none())
            {
                break;
            }
            start -= 1;
        }
        let mut end = j + 1;
        if doc.lower(end) == "of"
            && doc.joined(j)
            && doc.joined(end)
            && doc.tokens.get(end + 1).is_some_and(|t| t.cap)
        {
            let mut k = end + 1;
            let mut last_cap = k;
            while k < n && k < end + 6 {
                let t = &doc.tokens[k];
                if t.cap {
                    last_cap = k;
                } else if !matches!(doc.lower(k), "and" | "of" | "the") {
                    break;
                }
                if !doc.joined(k) {
                    break;
                }
                k += 1;
            }
            end = last_cap + 1;
        }
        if start == j && end == j + 1 {
            continue;
        }
        if claimed[start..end].iter().any(Option::is_some) {
            continue;
        }
        let mut country = String::new();
        for k in start..end {
            if let Some((_, f)) = data.countries.forms().longest(doc, k, false) {
                country = f.code.clone();
                break;
            }
        }
        if country.is_empty() && start > 0 && doc.tokens[start - 1].poss {
            if let Some(f) = data.countries.lookup(doc.word(start - 1)) {
                country = f.code.clone();
            }
        }
        let name = doc
            .slice(start, end)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        claim(
            &mut found,
            &mut claimed,
            start..end,
            Cand::Org {
                name,
                kind: Some(OrgKind::Government),
                country,
            },
        );
    }

    // Pass 2: lexicon phrases.
    let mut i = 0;
    while i < n {
        if claimed[i].is_some()
            || !doc.tokens[i].cap && !doc.word(i).starts_with(|c: char| c.is_ascii_digit())
        {
            i += 1;
            continue;
        }
        let org = data.orgs.longest(doc, i, false);
        let person = data.people.longest(doc, i, false);
        let country = data.countries.forms().longest(doc, i, false);
        let best_len = [org.map(|x| x.0), person.map(|x| x.0), country.map(|x| x.0)]
            .into_iter()
            .flatten()
            .max()
            .unwrap_or(0);
        if best_len == 0 || claimed[i..i + best_len].iter().any(Option::is_some) {
            i += 1;
            continue;
        }
        let cand = if let Some((_, &k)) = org.filter(|x| x.0 == best_len) {
            let o = &data.known_orgs[k];
            Cand::Org {
                name: o.name.clone(),
                kind: Some(o.kind),
                country: o.country.clone(),
            }
        } else if let Some((_, &k)) = person.filter(|x| x.0 == best_len) {
            let p = &data.known_people[k];
            Cand::Person(PersonCand {
                name: form_tokens(&p.name),
                known: Some(k),
                strong: true,
                ..PersonCand::default()
            })
        } else if let Some((_, f)) = country {
            Cand::Country(f.code.clone())
        } else {
            i += 1;
            continue;
        };
        claim(&mut found, &mut claimed, i..i + best_len, cand);
        i += best_len;
    }

    // Pass 3: capitalised runs.
    let mut i = 0;
    while i < n {
        if claimed[i].is_some() || !doc.tokens[i].cap {
            i += 1;
            continue;
        }
        let a = i;
        let mut b = i + 1;
        while b < n && b - a < MAX_RUN && doc.joined(b - 1) && claimed[b].is_none() {
            let t = &doc.tokens[b];
            let particle = PARTICLES.contains(&doc.lower(b))
                && doc.joined(b)
                && doc.tokens.get(b + 1).is_some_and(|x| x.cap);
            if !(t.cap || particle) {
                break;
            }
            b += 1;
        }
        if b < n && doc.tokens[b - 1].poss {
            // the possessive token closes the run (already included)
        }
        i = b;
        // Strip leading stopwords and titles.
        let mut c0 = a;
        let mut honorific = false;
        loop {
            if c0 >= b {
                break;
            }
            if let Some((m, _)) = data
                .titles
                .longest(doc, c0, true)
                .filter(|(m, _)| c0 + m <= b)
            {
                honorific |= HONORIFICS.contains(&doc.lower(c0));
                c0 += m;
            } else if data.is_stop(doc.lower(c0)) {
                c0 += 1;
            } else {
                break;
            }
        }
        let mut c1 = b;
        while c1 > c0 && data.is_stop(doc.lower(c1 - 1)) {
            c1 -= 1;
        }
        if c1 <= c0 {
            // A title run right before a lexicon person: "President Donald Trump".
            if c0 == b && b > a && claimed.get(b).copied().flatten().is_some() && doc.joined(b - 1)
            {
                if let Some(id) = claimed[b] {
                    let (role, country, owner, hon) =
                        context_before(doc, data, b, &claimed, &found);
                    if let Some(Found {
                        cand: Cand::Person(p),
                        ..
                    }) = found.get_mut(id)
                    {
                        if p.role.is_empty() && !hon {
                            p.role = role;
                        }
                        if p.country.is_empty() {
                            p.country = country;
                        }
                        p.owner = p.owner.or(owner);
                    }
                }
            }
            continue;
        }
        let core = c0..c1;
        if core.len() > 4
            || core.clone().any(|k| {
                !doc.word(k)
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
            })
        {
            continue;
        }
        let headline = core.clone().any(|k| doc.tokens[k].headline);
        let (mut role, mut country, mut owner, hon) =
            context_before(doc, data, c0, &claimed, &found);
        honorific |= hon;
        // Appositive before: "Trump’s special envoy for Ukraine, Keith Kellogg".
        if role.is_empty() && c0 == a && a > 0 && doc.gap(a - 1).trim() == "," {
            if let Some((r, c, o)) = appositive_before(doc, data, a, &claimed, &found) {
                role = r;
                country = c;
                owner = o;
            }
        }
        // Appositive after: "Tomasz Wrenk, the defence minister, said".
        let abbreviated = EXPANSIONS.iter().any(|(_, full)| *full == role);
        if (role.is_empty() || abbreviated)
            && doc.gap(c1 - 1).trim() == ","
            && !doc.tokens[c1 - 1].poss
        {
            if let Some((r, c)) = appositive_after(doc, data, c1) {
                role = r;
                if country.is_empty() {
                    country = c;
                }
            }
        }
        let mut after = c1;
        while AUX.contains(&doc.lower(after)) && doc.joined(after.saturating_sub(1)) {
            after += 1;
        }
        let says_after = data.speech_verbs.contains(doc.lower(after))
            && (after == c1 && doc.joined(c1 - 1) || after > c1);
        let says_before = c0 > 0
            && c0 == a
            && data.speech_verbs.contains(doc.lower(c0 - 1))
            && doc.joined(c0 - 1);
        let according = c0 >= 2 && doc.lower(c0 - 1) == "to" && doc.lower(c0 - 2) == "according";
        // A lone word needs a title ("President Zelensky", "Mr. Olsen"): "Witnesses said"
        // is no person. Longer names may also rest on a verb of saying or "according to".
        let titled = !role.is_empty() || honorific;
        let strong =
            !headline && (titled || (core.len() > 1 && (says_after || says_before || according)));
        let name: Vec<String> = core
            .clone()
            .map(|k| data.canonical_token(doc.word(k)).to_string())
            .collect();
        claim(
            &mut found,
            &mut claimed,
            core,
            Cand::Person(PersonCand {
                name,
                role,
                country,
                owner,
                known: None,
                strong,
            }),
        );
    }

    resolve(doc, data, &found)
}

/// Title and country right before token `end`: "Czech Foreign Minister |Jan", "the
/// defence minister |Tomasz". Returns (role, country, owner candidate, honorific).
fn context_before(
    doc: &Doc,
    data: &NerData,
    end: usize,
    claimed: &[Option<usize>],
    found: &[Found],
) -> (String, String, Option<usize>, bool) {
    let mut role = String::new();
    let mut p = end;
    let mut honorific = false;
    if end > 0 && doc.joined(end - 1) {
        if let Some((m, _)) = data.titles.ending_at(doc, end, true) {
            let s = end - m;
            if m == 1 && HONORIFICS.contains(&doc.lower(s)) {
                honorific = true;
            } else if let Some((_, full)) = EXPANSIONS
                .iter()
                .find(|(a, _)| m == 1 && *a == doc.lower(s) && doc.gap(s).starts_with('.'))
            {
                // "Gen. Abdel Fattah al-Burhan" → "General"; an appositive may refine it.
                honorific = true;
                role = (*full).to_string();
            } else {
                role = doc.slice(s, end).to_string();
            }
            p = s;
        }
    }
    let mut country = String::new();
    let mut owner = None;
    if p > 0
        && (doc.joined(p - 1) || doc.tokens[p - 1].poss)
        && (p < end || !role.is_empty() || p == end)
    {
        if let Some(id) = claimed.get(p - 1).copied().flatten() {
            match found.get(id).map(|f| &f.cand) {
                Some(Cand::Country(code)) if p < end => country = code.clone(),
                Some(Cand::Person(_)) if doc.tokens[p - 1].poss && p < end => owner = Some(id),
                _ => {}
            }
        }
    }
    (role, country, owner, honorific)
}

/// "<owner>’s special envoy for Ukraine, |Keith Kellogg": the role phrase before a comma.
fn appositive_before(
    doc: &Doc,
    data: &NerData,
    a: usize,
    claimed: &[Option<usize>],
    found: &[Found],
) -> Option<(String, String, Option<usize>)> {
    let last = a - 1;
    let mut best: Option<usize> = None;
    let mut t = last;
    loop {
        if let Some((m, _)) = data.titles.longest(doc, t, true) {
            let after = t + m;
            if after == a || ROLE_PREPS.contains(&doc.lower(after)) && after <= last {
                best = Some(t);
            }
        }
        if t == 0 || last - t >= 6 || !doc.joined(t - 1) {
            break;
        }
        t -= 1;
    }
    let t = best?;
    let role = doc.slice(t, a).to_string();
    let mut country = String::new();
    let mut owner = None;
    if t > 0 {
        if let Some(id) = claimed.get(t - 1).copied().flatten() {
            match found.get(id).map(|f| &f.cand) {
                Some(Cand::Country(code)) => country = code.clone(),
                Some(Cand::Person(_)) if doc.tokens[t - 1].poss => owner = Some(id),
                _ => {}
            }
        }
    }
    Some((role, country, owner))
}

/// "Tomasz Wrenk|, the defence minister, said": a role phrase after the name.
fn appositive_after(doc: &Doc, data: &NerData, c1: usize) -> Option<(String, String)> {
    let mut t = c1;
    if matches!(
        doc.lower(t),
        "the" | "a" | "an" | "its" | "his" | "her" | "their"
    ) && doc.joined(t)
    {
        t += 1;
    }
    let start = t;
    // Up to three modifiers before the title: "the UN humanitarian coordinator", "a
    // Norwegian diplomat", "Poland’s defence minister".
    let mut found = None;
    for skip in 0..=3 {
        let k = t + skip;
        if skip > 0 {
            // Modifiers are words like "UN", "Norwegian", "humanitarian" — not "according to".
            let joined = doc.joined(k - 1) || doc.tokens.get(k - 1).is_some_and(|x| x.poss);
            if !joined || FUNCTION_WORDS.contains(&doc.lower(k - 1)) {
                break;
            }
        }
        if let Some((m, _)) = data.titles.longest(doc, k, true) {
            found = Some((k, m));
            break;
        }
    }
    let (t, m) = found?;
    let country = (start..t)
        .find_map(|k| data.countries.lookup(doc.word(k)))
        .map(|f| f.code.clone())
        .unwrap_or_default();
    let mut end = t + m;
    if ROLE_PREPS.contains(&doc.lower(end)) && doc.joined(end - 1) {
        // "coordinator for Sudan": up to four words after the preposition, while joined.
        let mut k = end + 1;
        while k < doc.tokens.len() && k < end + 5 && doc.joined(k - 1) {
            k += 1;
        }
        end = k;
    }
    // The role closes the apposition: a comma or stop follows, or a verb of saying
    // ("X, the defence minister, said"; not "Bosnia, Defense Secretary William Perry said").
    let closed = end >= doc.tokens.len()
        || doc.gap(end - 1).contains([',', '.', ';', ')', '\n'])
        || data.speech_verbs.contains(doc.lower(end));
    if !closed {
        return None;
    }
    Some((doc.slice(start, end).to_string(), country))
}

/// Pass 4: merges candidates into entities.
fn resolve(doc: &Doc, data: &NerData, found: &[Found]) -> Entities {
    #[derive(Default)]
    struct Acc {
        kind: i32,
        name: String,
        role: String,
        country: String,
        org_kind: Option<OrgKind>,
        mentions: Vec<Range<usize>>,
        first: usize,
        owners: Vec<usize>,
        known: Option<usize>,
        role_pos: usize,
        country_pos: usize,
    }
    let mut accs: Vec<Acc> = Vec::new();
    let mut by_key: FastMap<(i32, String), usize> = FastMap::default();
    let mut cand_entity: Vec<Option<usize>> = vec![None; found.len()];
    let mut get = |accs: &mut Vec<Acc>, kind: i32, name: &str, first: usize| -> usize {
        *by_key.entry((kind, name.to_string())).or_insert_with(|| {
            accs.push(Acc {
                kind,
                name: name.to_string(),
                first,
                role_pos: usize::MAX,
                country_pos: usize::MAX,
                ..Acc::default()
            });
            accs.len() - 1
        })
    };
    let person = EntityKind::Person as i32;
    // Confirmed people first (strong candidates, full names before single names).
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&k| match &found[k].cand {
        Cand::Person(p) if p.strong && p.name.len() > 1 => 0,
        Cand::Person(p) if p.strong => 1,
        Cand::Person(_) => 2,
        _ => 0,
    });
    let mut surnames: FastMap<String, Option<usize>> = FastMap::default();
    let mut full_names: FastMap<String, usize> = FastMap::default();
    for k in order {
        let f = &found[k];
        let range = doc.range(f.tokens.start, f.tokens.end);
        let e = match &f.cand {
            Cand::Country(code) => {
                let name = data.countries.name(code).unwrap_or(code);
                let e = get(&mut accs, EntityKind::Country as i32, name, range.start);
                accs[e].country = code.clone();
                Some(e)
            }
            Cand::Org {
                name,
                kind,
                country,
            } => {
                let e = get(
                    &mut accs,
                    EntityKind::Organization as i32,
                    name,
                    range.start,
                );
                accs[e].org_kind = *kind;
                if accs[e].country.is_empty() {
                    accs[e].country = country.clone();
                }
                Some(e)
            }
            Cand::Person(p) => {
                let joined = p.name.join(" ");
                let target = if p.name.len() > 1 && p.strong {
                    Some(get(&mut accs, person, &joined, range.start))
                } else if p.name.len() > 1 {
                    full_names.get(&joined).copied()
                } else {
                    let surname = &joined;
                    match surnames.get(surname) {
                        Some(Some(e)) => Some(*e),
                        Some(None) => None,
                        None => match data.known_surnames.get(surname) {
                            Some(Some(kp)) => {
                                let kp_name = data.known_people[*kp].name.clone();
                                let e = get(&mut accs, person, &kp_name, range.start);
                                accs[e].known = Some(*kp);
                                Some(e)
                            }
                            _ if p.strong => Some(get(&mut accs, person, &joined, range.start)),
                            _ => None,
                        },
                    }
                };
                if let Some(e) = target {
                    if p.name.len() > 1 {
                        full_names.insert(joined.clone(), e);
                        if let Some(last) = p.name.last() {
                            let entry = surnames.entry(last.clone()).or_insert(Some(e));
                            if *entry != Some(e) {
                                *entry = None;
                            }
                        }
                    }
                    if p.known.is_some() {
                        accs[e].known = p.known;
                    }
                    if let Some(o) = p.owner {
                        accs[e].owners.push(o);
                    }
                }
                target
            }
        };
        if let Some(e) = e {
            cand_entity[k] = Some(e);
            let acc = &mut accs[e];
            acc.first = acc.first.min(range.start);
            acc.mentions.push(range.clone());
            if let Cand::Person(p) = &f.cand {
                // Earliest stated role and country win.
                if !p.role.is_empty() && range.start < acc.role_pos {
                    acc.role = p.role.clone();
                    acc.role_pos = range.start;
                }
                if !p.country.is_empty() && range.start < acc.country_pos {
                    acc.country = p.country.clone();
                    acc.country_pos = range.start;
                }
            }
        }
    }
    // Roles and countries from owners and the lexicon.
    for e in 0..accs.len() {
        if accs[e].kind != person {
            continue;
        }
        if accs[e].country.is_empty() {
            let owner_country = accs[e]
                .owners
                .iter()
                .filter_map(|&o| cand_entity.get(o).copied().flatten())
                .map(|oe| accs[oe].country.clone())
                .find(|c| !c.is_empty());
            if let Some(c) = owner_country {
                accs[e].country = c;
            }
        }
        let known = accs[e]
            .known
            .or_else(|| data.people.get_form(&accs[e].name).copied());
        if let Some(kp) = known.and_then(|k| data.known_people.get(k)) {
            if accs[e].role.is_empty() {
                accs[e].role = kp.role.clone();
            }
            if accs[e].country.is_empty() {
                accs[e].country = kp.country.clone();
            }
        }
    }
    let mut ids: Vec<usize> = (0..accs.len()).collect();
    ids.sort_by_key(|&e| accs[e].first);
    let mut remap = vec![0; accs.len()];
    for (new, &old) in ids.iter().enumerate() {
        remap[old] = new;
    }
    let mut out = Entities::default();
    for &old in &ids {
        let acc = &mut accs[old];
        acc.mentions.sort_by_key(|r| r.start);
        acc.mentions.dedup();
        out.list.push(Entity {
            kind: acc.kind,
            name: acc.name.clone(),
            role: match acc.org_kind {
                Some(k) if acc.kind == EntityKind::Organization as i32 => k.as_str().to_string(),
                _ => acc.role.clone(),
            },
            country_code: acc.country.clone(),
            mentions: acc.mentions.iter().map(|r| doc.span(r.clone())).collect(),
        });
        out.org_kinds.push(acc.org_kind);
        for r in &acc.mentions {
            out.mentions.push(Mention {
                range: r.clone(),
                entity: remap[old],
            });
        }
    }
    out.mentions.sort_by_key(|m| (m.range.start, m.range.end));
    out.people = out
        .mentions
        .iter()
        .filter(|m| out.list.get(m.entity).is_some_and(|e| e.kind == person))
        .map(|m| (m.range.end, m.entity))
        .collect();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, bool)> {
        scan_tokens(text)
            .into_iter()
            .map(|(s, e, poss)| (&text[s..e], poss))
            .collect()
    }

    #[test]
    fn tokens_keep_abbreviations_numbers_and_cut_possessives() {
        assert_eq!(
            words("U.S.-proposed 1,200 6.7 Trump’s NATO's O'Brien al-Burhan kyivindependent.com."),
            vec![
                ("U.S.", false),
                ("proposed", false),
                ("1,200", false),
                ("6.7", false),
                ("Trump", true),
                ("NATO", true),
                ("O'Brien", false),
                ("al-Burhan", false),
                ("kyivindependent.com", false),
            ]
        );
        // A comma not followed by exactly three digits separates; a final dot is no part.
        assert_eq!(
            words("12, 13 and 1,20 Gen. X"),
            vec![
                ("12", false),
                ("13", false),
                ("and", false),
                ("1", false),
                ("20", false),
                ("Gen", false),
                ("X", false)
            ]
        );
    }

    #[test]
    fn phrase_maps_match_longest_joined_phrase_and_stop_at_possessives() {
        let doc = Doc::new("the UN Security Council’s vote and UN staff", 0);
        let mut map = PhraseMap::default();
        map.insert_form("UN", 1);
        map.insert_form("UN Security Council", 2);
        let at = |i: usize| map.longest(&doc, i, false).map(|(n, v)| (n, *v));
        assert_eq!(at(1), Some((3, 2)));
        assert_eq!(at(6), Some((1, 1)));
        assert_eq!(
            map.ending_at(&doc, 4, false).map(|(n, v)| (n, *v)),
            Some((3, 2))
        );
        // "Council’s vote": the possessive ends the phrase, so no 4-token match exists.
        let mut map = map.clone();
        map.insert_form("UN Security Council vote", 3);
        assert_eq!(
            map.longest(&doc, 1, false).map(|(n, v)| (n, *v)),
            Some((3, 2))
        );
    }

    #[test]
    fn title_abbreviations_join_their_names() {
        let doc = Doc::new("Gen. Smith left. Smith. Jones", 0);
        assert!(doc.joined(0), "Gen. Smith");
        assert!(!doc.joined(2), "a sentence end separates");
    }
}
