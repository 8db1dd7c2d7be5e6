//! The embedded gazetteer: GeoNames places (cities15000 worldwide, cities500 in the ~90
//! countries whose conflicts, violence and disasters wire copy reports down to the village)
//! from `data/reference/cities.tsv`, built by `scripts/refdata/cities.py`, with an
//! Aho–Corasick automaton over every name, ASCII-folded name and alternate spelling.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind, StartKind};

/// The bundled gazetteer file.
pub const CITIES_TSV: &str = include_str!("../../data/reference/cities.tsv");
/// The bundled qualifiers ("Paris, Texas"): country and US state names.
pub const QUALIFIERS_TSV: &str = include_str!("../../data/reference/cities_qualifiers.tsv");
/// The bundled list of place names that are also ordinary English words.
pub const COMMON_WORDS_TXT: &str = include_str!("../../data/reference/cities_common_words.txt");

/// Longest window, in bytes, matched against names written in capitals.
const MAX_NAME_BYTES: usize = 96;
/// Letters after a hyphen or an apostrophe tried in both cases in a capitalised name (2^n
/// automaton runs, so kept small).
const MAX_JOINS: usize = 3;

/// True when the word at `at` is written in capitals: its first two letters (an apostrophe
/// or hyphen between them allowed: "N'DJAMENA") are upper case.
fn starts_in_capitals(text: &str, at: usize) -> bool {
    let mut letters = text
        .get(at..)
        .unwrap_or("")
        .chars()
        .take(3)
        .filter(|c| !matches!(c, '-' | '\'' | '\u{2019}'));
    let first = letters.next();
    let second = letters.next();
    first.is_some_and(char::is_uppercase) && second.is_some_and(char::is_uppercase)
}

/// Lowercase particles inside place names, written in capitals in datelines.
const PARTICLES: &[&str] = &[
    "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "en", "es", "et", "de", "del",
    "la", "le", "les", "du", "des", "da", "do", "dos", "das", "di", "of",
];

/// True when a particle word (see [`PARTICLES`]) in capitals starts at byte `at` of `s`:
/// followed by a space or a hyphen.
fn particle_at(s: &str, at: usize) -> bool {
    let rest = s.get(at..).unwrap_or("");
    let end = rest.find([' ', '-']).unwrap_or(rest.len());
    let word = &rest[..end];
    end < rest.len()
        && word.len() <= 3
        && word.chars().all(|c| c.is_ascii_uppercase())
        && PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(word))
}

/// The lower case of `c` when it has the same UTF-8 length (keeps byte offsets), else `c`.
fn same_len_lower(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// Errors loading gazetteer data.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    #[error("gazetteer line {line}: {reason}")]
    Line { line: usize, reason: String },
    #[error("gazetteer automaton: {0}")]
    Automaton(String),
    #[error("gazetteer is empty")]
    Empty,
}

/// One place of the gazetteer.
#[derive(Debug, Clone)]
pub struct Place {
    pub geoname_id: u64,
    /// The GeoNames name (e.g. "Kyiv").
    pub name: Box<str>,
    /// ISO 3166-1 alpha-2.
    pub country: [u8; 2],
    /// GeoNames admin1 code.
    pub admin1: Box<str>,
    pub lat: f32,
    pub lon: f32,
    pub population: u32,
}

impl Place {
    pub fn country_code(&self) -> &str {
        std::str::from_utf8(&self.country).unwrap_or("")
    }
}

/// A place a name may refer to.
#[derive(Debug, Clone, Copy)]
pub struct Candidate {
    /// Index into [`Gazetteer::places`].
    pub place: u32,
    /// True when the name is the place's own (or ASCII) name, false for an alternate spelling.
    pub primary: bool,
}

/// The gazetteer: places, names and the name automaton.
pub struct Gazetteer {
    pub places: Vec<Place>,
    /// Per automaton pattern: the places of that name.
    candidates: Vec<Vec<Candidate>>,
    /// Per automaton pattern: the name as written in the gazetteer.
    names: Vec<Box<str>>,
    /// Per automaton pattern: the name is also an ordinary English word.
    common: Vec<bool>,
    automaton: AhoCorasick,
    /// Names that may follow a place after a comma: (country, admin1 or "").
    qualifiers: crate::enrich::entities::FastMap<Box<str>, ([u8; 2], Box<str>)>,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("places", &self.places.len())
            .field("names", &self.names.len())
            .finish()
    }
}

/// A name found in the text.
#[derive(Debug, Clone, Copy)]
pub struct NameMatch {
    pub pattern: usize,
    pub start: usize,
    pub end: usize,
}

impl Gazetteer {
    /// The bundled gazetteer.
    pub fn bundled() -> Result<Self, GazetteerError> {
        Self::parse(CITIES_TSV, COMMON_WORDS_TXT)?.with_qualifiers(QUALIFIERS_TSV)
    }

    /// Adds qualifiers (`name<TAB>country<TAB>admin1` lines): "Paris, Texas" picks the
    /// Texan Paris.
    pub fn with_qualifiers(mut self, tsv: &str) -> Result<Self, GazetteerError> {
        for (n, line) in tsv.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            let cc = f.get(1).map(|c| c.as_bytes()).unwrap_or_default();
            if f.len() != 3 || cc.len() != 2 || f[0].trim().is_empty() {
                return Err(GazetteerError::Line {
                    line: n + 1,
                    reason: format!("bad qualifier line `{line}`"),
                });
            }
            self.qualifiers
                .insert(f[0].trim().into(), ([cc[0], cc[1]], f[2].trim().into()));
        }
        Ok(self)
    }

    /// The qualifier at the start of `s` (", Texas" already stripped of ", "): up to four
    /// words. Returns (country, admin1, byte length of the qualifier).
    pub fn qualifier(&self, s: &str) -> Option<([u8; 2], &str, usize)> {
        let mut best = None;
        let mut end = 0;
        for (i, word) in s.split(' ').take(4).enumerate() {
            end += word.len() + usize::from(i > 0);
            let candidate = s
                .get(..end)?
                .trim_end_matches(|c: char| !c.is_alphanumeric());
            // "Tripoli, Lebanon's second city": the possessive still names the country.
            let candidate = candidate
                .strip_suffix("'s")
                .or_else(|| candidate.strip_suffix("\u{2019}s"))
                .unwrap_or(candidate);
            if let Some((cc, admin1)) = self.qualifiers.get(candidate) {
                best = Some((*cc, &**admin1, candidate.len()));
            }
            if word.ends_with([',', '.', ';', ')']) {
                break;
            }
        }
        best
    }

    /// Parses a gazetteer TSV (see `scripts/refdata/cities.py` for the columns) and a
    /// common-word list (one lowercase name per line).
    pub fn parse(tsv: &str, common_words: &str) -> Result<Self, GazetteerError> {
        let common_set: HashSet<String> = common_words
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim().to_lowercase())
            .filter(|l| !l.is_empty())
            .collect();
        let mut places = Vec::new();
        let mut by_name: HashMap<&str, usize> = HashMap::new();
        let mut names: Vec<Box<str>> = Vec::new();
        let mut candidates: Vec<Vec<Candidate>> = Vec::new();
        for (n, line) in tsv.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let err = |reason: String| GazetteerError::Line {
                line: n + 1,
                reason,
            };
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 9 {
                return Err(err(format!("expected 9 columns, found {}", f.len())));
            }
            let num = |i: usize, what: &str| -> Result<f64, GazetteerError> {
                f[i].parse::<f64>()
                    .map_err(|e| err(format!("bad {what} `{}`: {e}", f[i])))
            };
            let geoname_id = f[0]
                .parse::<u64>()
                .map_err(|e| err(format!("bad geoname id `{}`: {e}", f[0])))?;
            let cc = f[4].as_bytes();
            if cc.len() != 2 || !cc.iter().all(u8::is_ascii_uppercase) {
                return Err(err(format!("bad country code `{}`", f[4])));
            }
            let (lat, lon) = (num(6, "latitude")?, num(7, "longitude")?);
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                return Err(err(format!("coordinates out of range: {lat}, {lon}")));
            }
            let population = f[8]
                .parse::<u64>()
                .map_err(|e| err(format!("bad population `{}`: {e}", f[8])))?;
            if f[1].trim().is_empty() {
                return Err(err("empty name".into()));
            }
            let idx = u32::try_from(places.len()).map_err(|e| err(e.to_string()))?;
            places.push(Place {
                geoname_id,
                name: f[1].into(),
                country: [cc[0], cc[1]],
                admin1: f[5].into(),
                lat: lat as f32,
                lon: lon as f32,
                population: u32::try_from(population).unwrap_or(u32::MAX),
            });
            let spellings = [(f[1], true), (f[2], true)]
                .into_iter()
                .chain(f[3].split('|').map(|a| (a, false)));
            for (name, primary) in spellings {
                let name = name.trim();
                // One- and two-letter names are abbreviations, never safe to match.
                if name.chars().count() < 3 {
                    continue;
                }
                let pattern = *by_name.entry(name).or_insert_with(|| {
                    names.push(name.into());
                    candidates.push(Vec::new());
                    names.len() - 1
                });
                if let Some(list) = candidates.get_mut(pattern) {
                    if !list.iter().any(|c| c.place == idx) {
                        list.push(Candidate {
                            place: idx,
                            primary,
                        });
                    }
                }
            }
        }
        if places.is_empty() {
            return Err(GazetteerError::Empty);
        }
        places.shrink_to_fit();
        names.shrink_to_fit();
        candidates.shrink_to_fit();
        for c in &mut candidates {
            c.shrink_to_fit();
        }
        let common = names
            .iter()
            .map(|n| common_set.contains(&n.to_lowercase()))
            .collect();
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(names.iter().map(|n| n.as_bytes()))
            .map_err(|e| GazetteerError::Automaton(e.to_string()))?;
        Ok(Self {
            places,
            candidates,
            names,
            common,
            automaton,
            qualifiers: Default::default(),
        })
    }

    /// The longest gazetteer name starting exactly at byte `at` of `text`. A word in capitals
    /// ("KHARKIV, Ukraine" datelines) is matched in title case; callers check capitalisation.
    /// Inside a capitalised name, letters after a hyphen or an apostrophe may be written
    /// either way ("PORT-AU-PRINCE" is "Port-au-Prince", "N'DJAMENA" is "N'Djamena",
    /// "MAZAR-I-SHARIF" is "Mazar-i-Sharif"): both spellings of the first few such letters
    /// are tried and the longest match wins.
    pub fn match_at(&self, text: &str, at: usize) -> Option<NameMatch> {
        if !starts_in_capitals(text, at) {
            let input = aho_corasick::Input::new(text)
                .range(at..)
                .anchored(aho_corasick::Anchored::Yes);
            return self.automaton.find(input).map(|m| NameMatch {
                pattern: m.pattern().as_usize(),
                start: m.start(),
                end: m.end(),
            });
        }
        // Title-case a bounded window: only letters whose lower case has the same UTF-8
        // length change, so byte offsets stay equal.
        let mut end = (at + MAX_NAME_BYTES).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let window = text.get(at..end)?;
        // Letters after `-` or `'` (at most MAX_JOINS of them): each variant bit says
        // whether that letter is lower-cased.
        let joins = window
            .char_indices()
            .zip(window.chars().skip(1))
            .filter(|((_, c), n)| matches!(c, '-' | '\'' | '\u{2019}') && n.is_alphabetic())
            .count()
            .min(MAX_JOINS);
        // Particles inside the name ("DEIR EL-BALAH" is "Deir el-Balah", "CIUDAD DEL ESTE"):
        // one more bit lower-cases them.
        let particles = window
            .char_indices()
            .any(|(i, c)| c == ' ' && particle_at(window, i + 1));
        let bits = joins + usize::from(particles);
        let mut best: Option<NameMatch> = None;
        let mut buf = String::with_capacity(window.len());
        for variant in 0u32..(1 << bits) {
            buf.clear();
            let lower_particles = particles && variant & (1 << joins) != 0;
            let mut prev_alpha = false;
            let mut after_join = false;
            let mut join = 0;
            let mut prev = '\0';
            for (i, c) in window.char_indices() {
                let lower = if after_join {
                    let bit = variant & (1 << join) != 0;
                    join += 1;
                    bit
                } else if lower_particles && prev == ' ' && particle_at(window, i) {
                    true
                } else {
                    prev_alpha
                };
                prev = c;
                buf.push(if lower { same_len_lower(c) } else { c });
                after_join = matches!(c, '-' | '\'' | '\u{2019}') && prev_alpha && join < joins;
                prev_alpha = c.is_alphabetic();
            }
            let input = aho_corasick::Input::new(&buf).anchored(aho_corasick::Anchored::Yes);
            if let Some(m) = self.automaton.find(input) {
                if best.is_none_or(|b| at + m.end() > b.end) {
                    best = Some(NameMatch {
                        pattern: m.pattern().as_usize(),
                        start: at + m.start(),
                        end: at + m.end(),
                    });
                }
            }
        }
        best
    }

    pub fn candidates(&self, pattern: usize) -> &[Candidate] {
        self.candidates.get(pattern).map_or(&[], Vec::as_slice)
    }

    /// True when `pattern` is the place's own (or ASCII) name, not an alternate spelling.
    pub fn is_primary(&self, pattern: usize, place: u32) -> bool {
        self.candidates(pattern)
            .iter()
            .any(|c| c.place == place && c.primary)
    }

    pub fn name(&self, pattern: usize) -> &str {
        self.names.get(pattern).map_or("", |n| n)
    }

    /// True when the name is also an ordinary English word (needs strong context).
    pub fn is_common_word(&self, pattern: usize) -> bool {
        self.common.get(pattern).copied().unwrap_or(true)
    }

    pub fn place(&self, idx: u32) -> Option<&Place> {
        self.places.get(idx as usize)
    }

    pub fn name_count(&self) -> usize {
        self.names.len()
    }

    /// Approximate heap memory held by the gazetteer, in bytes: places, names, candidate
    /// lists and the automaton.
    pub fn memory_bytes(&self) -> usize {
        let places = self.places.capacity() * std::mem::size_of::<Place>()
            + self
                .places
                .iter()
                .map(|p| p.name.len() + p.admin1.len())
                .sum::<usize>();
        let names = self.names.capacity() * std::mem::size_of::<Box<str>>()
            + self.names.iter().map(|n| n.len()).sum::<usize>();
        let candidates = self.candidates.capacity() * std::mem::size_of::<Vec<Candidate>>()
            + self
                .candidates
                .iter()
                .map(|c| c.capacity() * std::mem::size_of::<Candidate>())
                .sum::<usize>();
        places + names + candidates + self.common.capacity() + self.automaton.memory_usage()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_gazetteer_has_kharkiv_and_exonyms() {
        let g = Gazetteer::bundled().unwrap();
        assert!(g.places.len() > 40_000, "{}", g.places.len());
        let text = "in Kharkov today";
        let m = g.match_at(text, 3).unwrap();
        assert_eq!(&text[m.start..m.end], "Kharkov");
        let dateline = "KHARKIV, Ukraine (AP) — THE HAGUE";
        let d = g.match_at(dateline, 0).unwrap();
        assert_eq!((d.start, d.end, g.name(d.pattern)), (0, 7, "Kharkiv"));
        let at = dateline.find("THE").unwrap();
        let d = g.match_at(dateline, at).unwrap();
        assert_eq!(g.name(d.pattern), "The Hague");
        assert!(g.match_at("kharkiv", 0).is_none());
        let kharkiv = g
            .candidates(m.pattern)
            .iter()
            .filter_map(|c| g.place(c.place))
            .find(|p| p.country_code() == "UA")
            .unwrap();
        assert_eq!(&*kharkiv.name, "Kharkiv");
        assert!((kharkiv.lat - 49.98).abs() < 0.05 && (kharkiv.lon - 36.25).abs() < 0.05);
    }

    #[test]
    fn capitalised_names_with_hyphens_and_apostrophes() {
        let g = Gazetteer::bundled().unwrap();
        for (text, name) in [
            ("PORT-AU-PRINCE, Haiti", "Port-au-Prince"),
            ("N'DJAMENA (AFP)", "N'Djamena"),
            ("MAZAR-I-SHARIF, Afghanistan", "Mazar-i-Sharif"),
            // Particles in lower case.
            ("DEIR EL-BALAH, Gaza Strip", "Deir el-Balah"),
        ] {
            let m = g.match_at(text, 0).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(&text[m.start..m.end].len(), &name.len(), "{text}");
            assert_eq!(g.name(m.pattern), name);
        }
        // Mixed case is matched as written.
        let m = g.match_at("N'Djamena said", 0).unwrap();
        assert_eq!(g.name(m.pattern), "N'Djamena");
    }

    #[test]
    fn rejects_malformed_lines() {
        let bad = "1\tX\t\t\tUA\t07\t91.0\t0\t5\n";
        assert!(matches!(
            Gazetteer::parse(bad, ""),
            Err(GazetteerError::Line { line: 1, .. })
        ));
        assert!(matches!(
            Gazetteer::parse("1\tX\n", ""),
            Err(GazetteerError::Line { .. })
        ));
        assert!(matches!(
            Gazetteer::parse("# only a comment\n", ""),
            Err(GazetteerError::Empty)
        ));
    }
}
