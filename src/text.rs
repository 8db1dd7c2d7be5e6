//! Text utilities shared by the stages: byte→char offset mapping and sentence splitting.

use std::ops::Range;

/// Maps byte offsets of a string to char (Unicode scalar) offsets, the unit of every
/// span in events. O(1) for ASCII text, O(log n) otherwise.
pub struct CharIndex {
    /// For every non-ASCII char: (byte offset just after it, char offset just after it).
    /// Between checkpoints the text is ASCII, one byte per char.
    checkpoints: Vec<(usize, usize)>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::new();
        let (mut i, mut chars) = (0, 0);
        while let Some(&b) = bytes.get(i) {
            // Eight ASCII bytes at a time.
            if let Some(chunk) = bytes
                .get(i..i + 8)
                .and_then(|c| <[u8; 8]>::try_from(c).ok())
            {
                if u64::from_le_bytes(chunk) & 0x8080_8080_8080_8080 == 0 {
                    i += 8;
                    chars += 8;
                    continue;
                }
            }
            chars += 1;
            if b.is_ascii() {
                i += 1;
                continue;
            }
            // A lead byte (`text` is valid UTF-8): its char's length.
            i += match b {
                0xf0.. => 4,
                0xe0.. => 3,
                _ => 2,
            };
            checkpoints.push((i, chars));
        }
        Self { checkpoints }
    }

    /// Char offset of a byte offset (which must lie on a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        let i = self.checkpoints.partition_point(|&(b, _)| b <= byte);
        match i.checked_sub(1).map(|i| self.checkpoints[i]) {
            Some((b, c)) => c + (byte - b),
            None => byte,
        }
    }

    /// A span over `text[range]` in char offsets.
    pub fn span(&self, text: &str, range: Range<usize>) -> crate::schema::v1::TextSpan {
        crate::schema::span(
            self.char_offset(range.start),
            self.char_offset(range.end),
            &text[range],
        )
    }
}

/// Month names, lower case (shared by the extractors that must not take them for names).
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// Weekday names, lower case.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Splits text into sentence byte ranges (trimmed). Handles common abbreviations
/// ("U.S.", "Mr.", "Gen."), initials, decimals, and paragraph breaks.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // The next newline at or after `i` (SIMD search, kept until passed).
    let mut newline = memchr::memchr(b'\n', bytes).unwrap_or(bytes.len());
    while i < bytes.len() {
        if newline < i {
            newline = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |p| i + p);
        }
        // Jump to the next newline or terminator.
        let terminator = memchr::memchr3(b'.', b'!', b'?', &bytes[i..newline.min(bytes.len())])
            .map_or(newline, |p| i + p);
        i = terminator;
        if i >= bytes.len() {
            break;
        }
        let b = bytes[i];
        let boundary_end = if b == b'\n' {
            Some(i)
        } else if is_sentence_end(text, i) {
            // Include closing quotes/brackets after the terminator.
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')' | b']') {
                j += 1;
            }
            while let Some(q) = text[j..]
                .strip_prefix('\u{201d}')
                .or_else(|| text[j..].strip_prefix('\u{2019}'))
            {
                j = text.len() - q.len();
            }
            Some(j)
        } else {
            None
        };
        if let Some(end) = boundary_end {
            push_trimmed(text, start, end, &mut out);
            start = end;
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(start + lead..end - trail);
    }
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen",
    "rep", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no", "jan", "feb", "mar", "apr",
    "aug", "sept", "sep", "oct", "nov", "dec", "approx", "est", "dept", "u.s", "u.k", "u.n", "e.g",
    "i.e", "a.m", "p.m",
];

fn is_sentence_end(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    if bytes[i] != b'.' {
        return next_starts_sentence(text, i + 1);
    }
    // Decimal point or domain name: "6.7", "kyivindependent.com".
    if i + 1 < bytes.len() && bytes[i + 1].is_ascii_alphanumeric() {
        return false;
    }
    // The word before the dot. Look back at most 64 bytes (no abbreviation is longer), so a
    // long run of dots stays linear; step over multi-byte separators such as U+00A0.
    let mut lo = i.saturating_sub(64);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let word_start = text[lo..i]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
        .map_or(lo, |(p, c)| lo + p + c.len_utf8());
    let word = text[word_start..i].trim_start_matches(|c: char| !c.is_alphanumeric());
    if ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)) {
        return false;
    }
    // A single capital letter is an initial ("J. Smith"), except at the end of "U.S." forms handled above.
    if word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    next_starts_sentence(text, i + 1)
}

/// A sentence ends only where the next non-space text starts like a sentence (or text ends).
fn next_starts_sentence(text: &str, from: usize) -> bool {
    let rest = text[from..].trim_start_matches(['"', '\'', ')', ']', '\u{201d}', '\u{2019}']);
    let after = rest.trim_start();
    if after.is_empty() {
        return true;
    }
    if after.len() == rest.len() {
        return false; // no whitespace after the terminator
    }
    let c = after.chars().next().unwrap_or(' ');
    c.is_uppercase()
        || c.is_numeric()
        || matches!(
            c,
            '"' | '\u{201c}' | '\'' | '\u{2018}' | '(' | '*' | '-' | '\u{2014}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_matches_char_indices() {
        let texts = [
            "",
            "ascii only, longer than eight bytes",
            "caf\u{e9} \u{2014} \u{201c}Kyiv\u{201d} \u{1f600} end",
            "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}abcdefgh\u{10348}",
        ];
        for t in texts {
            let index = CharIndex::new(t);
            for (n, (byte, _)) in t.char_indices().enumerate() {
                assert_eq!(index.char_offset(byte), n, "{t:?} at {byte}");
            }
            assert_eq!(index.char_offset(t.len()), t.chars().count());
        }
    }

    #[test]
    fn char_offsets_match_naive_count() {
        for text in [
            "plain ascii",
            "Trump’s “very angry” café — ok",
            "ü",
            "€1.5bn and ₴ and 😀 end",
            "ab😀cd€ef",
        ] {
            let index = CharIndex::new(text);
            for (byte, _) in text
                .char_indices()
                .chain(std::iter::once((text.len(), ' ')))
            {
                assert_eq!(
                    index.char_offset(byte),
                    text[..byte].chars().count(),
                    "{text:?} at {byte}"
                );
            }
        }
    }

    #[test]
    fn multibyte_spaces_and_dot_runs_do_not_panic() {
        let text = "Gen.\u{a0}Smith said so.\u{a0}Then\u{2009}he left. ... . .";
        let got: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got.first().copied(), Some("Gen.\u{a0}Smith said so."));
        let dots = ".".repeat(100_000);
        assert!(!sentences(&dots).is_empty());
    }

    #[test]
    fn splits_sentences_with_abbreviations() {
        let text = "U.S. President Donald Trump said it. Mr. Smith paid $6.7 billion. \"Is it?\" he asked.\nNew para without stop\n\nLast one";
        let got: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            got,
            vec![
                "U.S. President Donald Trump said it.",
                "Mr. Smith paid $6.7 billion.",
                "\"Is it?\" he asked.",
                "New para without stop",
                "Last one",
            ]
        );
    }
}
