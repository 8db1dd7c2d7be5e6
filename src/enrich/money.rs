//! Money amounts: a number with an optional scale word, and a currency given by a symbol, an
//! ISO 4217 code or a currency name (with its adjective: "Danish kroner"). A parenthetical or
//! ", or about" conversion right after an amount is linked to it, not counted twice:
//! "6.7 billion Danish kroner ($970 million)" is one DKK amount whose `usd_value` is the stated
//! $970 million (`rate_source = "stated"`). Otherwise `usd_value` comes from [`Rates`].

use chrono::NaiveDate;
use regex::Regex;

use super::currency::Rates;
use crate::schema::v1::MoneyAmount;
use crate::text::CharIndex;

/// Symbols and the currency they denote (longest first).
const SYMBOLS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("R$", "BRL"),
    ("E£", "EGP"),
    ("S$", "SGD"),
    ("HK$", "HKD"),
    ("NZ$", "NZD"),
    ("C$", "CAD"),
    ("A$", "AUD"),
    ("J$", "JMD"),
    ("TT$", "TTD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₴", "UAH"),
    ("₽", "RUB"),
    ("₹", "INR"),
    ("₪", "ILS"),
    ("₺", "TRY"),
    ("₩", "KRW"),
    ("₦", "NGN"),
    ("₡", "CRC"),
    ("₱", "PHP"),
    ("₲", "PYG"),
    ("₵", "GHS"),
];

/// Letter symbols, matched at a word start: "KSh 95 billion", "Rs 12,000 crore", "NIS 3.5
/// billion"; "R15bn" and "N50 million" (single letters) only glued to a number with a scale.
const LETTER_SYMBOLS: &[(&str, &str)] = &[
    ("KSh", "KES"),
    ("USh", "UGX"),
    ("TSh", "TZS"),
    ("JD", "JOD"),
    ("KD", "KWD"),
    ("BD", "BHD"),
    ("QR", "QAR"),
    ("Dhs", "AED"),
    ("Dh", "AED"),
    ("S/.", "PEN"),
    ("S/", "PEN"),
    ("Sh", "KES"),
    ("SR", "SAR"),
    ("Tk", "BDT"),
    ("KM", "BAM"),
    ("Bs.", "BOB"),
    ("Bs", "BOB"),
    ("Br", "ETB"),
    ("zł", "PLN"),
    ("GH¢", "GHS"),
    ("GH₵", "GHS"),
    ("Rp", "IDR"),
    ("CFA", "XOF"),
    ("FCFA", "XOF"),
    ("Rs.", "INR"),
    ("Rs", "INR"),
    ("NIS", "ILS"),
    ("R", "ZAR"),
    ("N", "NGN"),
    ("P", "PHP"),
    ("K", "PGK"),
    ("Q", "GTQ"),
    ("L", "HNL"),
    ("B/.", "PAB"),
];

const ISO_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "DKK", "NOK", "SEK", "CHF", "JPY", "CNY", "RUB", "UAH", "PLN", "CZK",
    "HUF", "CAD", "AUD", "NZD", "ILS", "TRY", "INR", "KRW", "BRL", "MXN", "ZAR", "HKD", "SGD",
    "SAR", "AED", "QAR", "RON", "BGN", "ISK", "JOD", "MDL", "YER", "MMK", "THB", "EGP", "SDG",
    "SSP", "LBP", "SYP", "IQD", "IRR", "PKR", "NGN", "KES", "ETB", "AZN", "AMD", "GEL", "KZT",
    "BYN", "RSD", "MYR", "IDR", "PHP", "ARS", "CLP", "COP", "VND", "XOF", "XAF", "LYD", "KWD",
    "BHD", "OMR", "AFN", "BDT", "LKR", "TWD", "GHS", "SOS", "UGX", "TZS", "MAD", "DZD", "TND",
    "BAM", "BOB", "VES", "KGS", "TJS", "HNL", "ALL", "NPR", "UZS", "TMT", "MKD", "MNT", "LAK",
    "KHR", "GTQ", "NIO", "CRC", "PEN", "UYU", "PYG", "DOP", "HTG", "MZN", "AOA", "ZMW", "MWK",
    "RWF", "BIF", "CDF", "SLE", "LRD", "GMD", "GNF", "MGA", "DJF", "ERN",
];

/// Currency names after the number: (phrase, code). Adjective forms first (longest match wins).
/// "" as code means: decided from the article's countries (kroner, crowns).
const NAMES: &[(&str, &str)] = &[
    ("Danish kroner", "DKK"),
    ("Danish krone", "DKK"),
    ("Danish crowns", "DKK"),
    ("Norwegian kroner", "NOK"),
    ("Norwegian krone", "NOK"),
    ("Norwegian crowns", "NOK"),
    ("Swedish kronor", "SEK"),
    ("Swedish krona", "SEK"),
    ("Swedish crowns", "SEK"),
    ("Czech crowns", "CZK"),
    ("Czech korunas", "CZK"),
    ("Czech koruna", "CZK"),
    ("Icelandic kronur", "ISK"),
    ("US dollars", "USD"),
    ("U.S. dollars", "USD"),
    ("American dollars", "USD"),
    ("Canadian dollars", "CAD"),
    ("Australian dollars", "AUD"),
    ("New Zealand dollars", "NZD"),
    ("Hong Kong dollars", "HKD"),
    ("Singapore dollars", "SGD"),
    ("Swiss francs", "CHF"),
    ("Turkish lira", "TRY"),
    ("Turkish liras", "TRY"),
    ("Israeli shekels", "ILS"),
    ("new shekels", "ILS"),
    ("Indian rupees", "INR"),
    ("South African rand", "ZAR"),
    ("Japanese yen", "JPY"),
    ("Chinese yuan", "CNY"),
    ("British pounds", "GBP"),
    ("pounds sterling", "GBP"),
    ("Polish zlotys", "PLN"),
    ("Polish zloty", "PLN"),
    ("Hungarian forints", "HUF"),
    ("Saudi riyals", "SAR"),
    ("Emirati dirhams", "AED"),
    ("UAE dirhams", "AED"),
    ("Russian rubles", "RUB"),
    ("Russian roubles", "RUB"),
    ("Ukrainian hryvnias", "UAH"),
    ("Ukrainian hryvnia", "UAH"),
    ("Brazilian reais", "BRL"),
    ("Mexican pesos", "MXN"),
    ("South Korean won", "KRW"),
    ("Egyptian pounds", "EGP"),
    ("Sudanese pounds", "SDG"),
    ("South Sudanese pounds", "SSP"),
    ("Lebanese pounds", "LBP"),
    ("Syrian pounds", "SYP"),
    ("Moldovan lei", "MDL"),
    ("Moldovan leu", "MDL"),
    ("Romanian lei", "RON"),
    ("Romanian leu", "RON"),
    ("Yemeni rials", "YER"),
    ("Yemeni riyals", "YER"),
    ("Iranian rials", "IRR"),
    ("Omani rials", "OMR"),
    ("Qatari riyals", "QAR"),
    ("Iraqi dinars", "IQD"),
    ("Jordanian dinars", "JOD"),
    ("Libyan dinars", "LYD"),
    ("Kuwaiti dinars", "KWD"),
    ("Serbian dinars", "RSD"),
    ("Algerian dinars", "DZD"),
    ("Tunisian dinars", "TND"),
    ("Pakistani rupees", "PKR"),
    ("Sri Lankan rupees", "LKR"),
    ("Kenyan shillings", "KES"),
    ("Ugandan shillings", "UGX"),
    ("Tanzanian shillings", "TZS"),
    ("Somali shillings", "SOS"),
    ("Kenyan shilling", "KES"),
    ("Ugandan shilling", "UGX"),
    ("Tanzanian shilling", "TZS"),
    ("Somali shilling", "SOS"),
    ("Uzbek soum", "UZS"),
    ("Uzbek sum", "UZS"),
    ("Nigerian naira", "NGN"),
    ("Ethiopian birr", "ETB"),
    ("Azerbaijani manats", "AZN"),
    ("Azerbaijani manat", "AZN"),
    ("Armenian drams", "AMD"),
    ("Georgian lari", "GEL"),
    ("Kazakh tenge", "KZT"),
    ("Belarusian rubles", "BYN"),
    ("Philippine pesos", "PHP"),
    ("Argentine pesos", "ARS"),
    ("Colombian pesos", "COP"),
    ("Cuban pesos", "CUP"),
    ("Dominican pesos", "DOP"),
    ("Chilean pesos", "CLP"),
    ("Malaysian ringgit", "MYR"),
    ("Indonesian rupiah", "IDR"),
    ("Bangladeshi taka", "BDT"),
    ("Afghan afghanis", "AFN"),
    ("Ghanaian cedis", "GHS"),
    ("Moroccan dirhams", "MAD"),
    ("CFA francs", "XOF"),
    ("CFA franc", "XOF"),
    ("Congolese francs", "CDF"),
    ("Congolese franc", "CDF"),
    ("Rwandan francs", "RWF"),
    ("Rwandan franc", "RWF"),
    ("Burundian francs", "BIF"),
    ("Guinean francs", "GNF"),
    ("Djiboutian francs", "DJF"),
    ("Venezuelan bolivars", "VES"),
    ("bolivars", "VES"),
    ("Kyrgyz soms", "KGS"),
    ("Kyrgyz som", "KGS"),
    ("som", "KGS"),
    ("Tajik somoni", "TJS"),
    ("Mongolian tugriks", "MNT"),
    ("tugriks", "MNT"),
    ("tugrik", "MNT"),
    ("kip", "LAK"),
    ("dong", "VND"),
    ("riels", "KHR"),
    ("riel", "KHR"),
    ("Nepali rupees", "NPR"),
    ("Nepalese rupees", "NPR"),
    ("ariary", "MGA"),
    ("leones", "SLE"),
    ("Liberian dollars", "LRD"),
    ("cordobas", "NIO"),
    ("córdobas", "NIO"),
    ("colones", "CRC"),
    ("Haitian gourdes", "HTG"),
    ("soums", "UZS"),
    ("soum", "UZS"),
    ("bolivianos", "BOB"),
    ("bolívares", "VES"),
    ("bolivares", "VES"),
    ("soms", "KGS"),
    ("somoni", "TJS"),
    ("lempiras", "HNL"),
    ("lek", "ALL"),
    ("leks", "ALL"),
    ("denars", "MKD"),
    ("quetzales", "GTQ"),
    ("soles", "PEN"),
    ("guaranies", "PYG"),
    ("guaraníes", "PYG"),
    ("gourdes", "HTG"),
    ("meticais", "MZN"),
    ("kwanzas", "AOA"),
    ("kwacha", "ZMW"),
    ("kyat", "MMK"),
    ("kyats", "MMK"),
    ("baht", "THB"),
    ("taka", "BDT"),
    ("naira", "NGN"),
    ("birr", "ETB"),
    ("afghanis", "AFN"),
    ("cedis", "GHS"),
    ("ringgit", "MYR"),
    ("rupiah", "IDR"),
    ("tenge", "KZT"),
    ("lari", "GEL"),
    ("drams", "AMD"),
    ("dram", "AMD"),
    ("manats", "AZN"),
    ("manat", "AZN"),
    ("lei", "RON"),
    ("rials", "IRR"),
    ("dinars", "IQD"),
    ("dinar", "IQD"),
    ("kina", "PGK"),
    ("shillings", "KES"),
    ("shilling", "KES"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("pounds", "GBP"),
    ("sterling", "GBP"),
    ("kroner", ""),
    ("krone", ""),
    ("kronor", "SEK"),
    ("krona", "SEK"),
    ("crowns", ""),
    ("korunas", "CZK"),
    ("koruna", "CZK"),
    ("francs", "CHF"),
    ("franc", "CHF"),
    ("convertible marks", "BAM"),
    ("marks", "BAM"),
    ("riyal", "SAR"),
    ("lira", "TRY"),
    ("liras", "TRY"),
    ("shekels", "ILS"),
    ("shekel", "ILS"),
    ("rupees", "INR"),
    ("rand", "ZAR"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rubles", "RUB"),
    ("roubles", "RUB"),
    ("ruble", "RUB"),
    ("rouble", "RUB"),
    ("hryvnias", "UAH"),
    ("hryvnia", "UAH"),
    ("hryvnas", "UAH"),
    ("hryvna", "UAH"),
    ("zlotys", "PLN"),
    ("zloty", "PLN"),
    ("forints", "HUF"),
    ("forint", "HUF"),
    ("riyals", "SAR"),
    ("dirhams", "AED"),
    ("reais", "BRL"),
    ("pesos", "MXN"),
    ("peso", "MXN"),
    ("won", "KRW"),
];

const SCALES: &[(&str, f64, bool)] = &[
    // (word, factor, abbreviation: only valid right after a symbol or code)
    ("trillion", 1e12, false),
    ("billion", 1e9, false),
    ("million", 1e6, false),
    ("thousand", 1e3, false),
    ("lakh crore", 1e12, false),
    ("crore", 1e7, false),
    ("lakh", 1e5, false),
    // Portuguese, after "R$"
    ("milhões", 1e6, false),
    ("milhão", 1e6, false),
    ("bilhões", 1e9, false),
    ("bilhão", 1e9, false),
    ("trn", 1e12, true),
    ("tn", 1e12, true),
    ("bn", 1e9, true),
    ("mn", 1e6, true),
    ("mln", 1e6, true),
    ("bln", 1e9, true),
    ("trln", 1e12, true),
    ("tr", 1e12, true),
    ("m", 1e6, true),
    ("b", 1e9, true),
    ("k", 1e3, true),
];

/// The pattern's capture groups in order, checked in [`MoneyMatcher::new`]: groups are read
/// by these constant indices, not by a name lookup per match.
const GROUPS: [&str; 7] = ["sym", "iso", "lsym", "one", "num", "wnum", "wscale"];
const SYM: usize = 1;
const ISO: usize = 2;
const LSYM: usize = 3;
const ONE: usize = 4;
const NUM: usize = 5;
const WNUM: usize = 6;
const WSCALE: usize = 7;

/// The groups of one match: all of them (`Full`), or a plain number (`Number`: a match that
/// starts with a digit has neither symbol nor code, and is its `num` group), read without
/// the capture search.
enum MoneyCaps<'h> {
    Full(regex::Captures<'h>),
    Number(regex::Match<'h>),
}

impl<'h> MoneyCaps<'h> {
    fn get(&self, i: usize) -> Option<regex::Match<'h>> {
        match self {
            Self::Full(c) => c.get(i),
            Self::Number(m) => (i == 0 || i == NUM).then_some(*m),
        }
    }
}

/// The compiled money matcher, held by the stage.
#[derive(Debug, Clone)]
pub struct MoneyMatcher {
    number: Regex,
    /// A bare lower bound right before an amount ("between 2.3 billion and 2.8 billion
    /// dinars", "2.3bn-2.8bn dinars"): the range's currency is the upper bound's.
    bare_lower: Regex,
}

#[derive(Debug, thiserror::Error)]
#[error("money pattern: {0}")]
pub struct MoneyError(String);

/// One parsed amount (byte range into the text).
#[derive(Debug, Clone)]
struct Parsed {
    start: usize,
    end: usize,
    value: f64,
    currency: String,
}

impl MoneyMatcher {
    pub fn new() -> Result<Self, MoneyError> {
        let symbols: Vec<String> = SYMBOLS.iter().map(|(s, _)| regex::escape(s)).collect();
        let pattern = format!(
            r"(?:(?P<sym>{})\s?|(?-u:\b)(?P<iso>{})\s?|(?-u:\b)(?P<lsym>KSh|USh|TSh|JD|KD|BD|QR|Dhs|Dh|S/\.?|B/\.|Sh|SR|Tk|KM|Bs\.?|Br|zł|GH¢|GH₵|Rp|F?CFA|Rs\.?|NIS)\s?|(?-u:\b)(?P<one>[RNPKQL]))?(?P<num>[0-9]{{1,15}}(?:,[0-9]{{3}})*(?:\.[0-9]{{1,6}})?)|(?-u:\b)(?P<wnum>[Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Hh]alf a) (?P<wscale>trillion|billion|million)(?-u:\b)",
            symbols.join("|"),
            ISO_CODES.join("|")
        );
        let number =
            Regex::new(&format!("(?-u){pattern}")).map_err(|e| MoneyError(e.to_string()))?;
        let names: Vec<&str> = number
            .capture_names()
            .skip(1)
            .map(|n| n.unwrap_or(""))
            .collect();
        if SYMBOLS
            .iter()
            .any(|(s, _)| s.starts_with(|c: char| c.is_ascii_digit()))
        {
            return Err(MoneyError("a currency symbol starts with a digit".into()));
        }
        if names != GROUPS {
            return Err(MoneyError(format!(
                "capture groups {names:?} differ from {GROUPS:?}"
            )));
        }
        let bare_lower = Regex::new(
            r"(?i)(?P<lead>\b(?:between|from)\s+)?(?P<num>[0-9]{1,15}(?:,[0-9]{3})*(?:\.[0-9]{1,6})?)\s?(?P<scale>trillion|billion|million|trn|tn|bn|mn|m)?\s*(?P<sep>-|\x{2013}|\bto\b|\band\b)\s*$",
        )
        .map_err(|e| MoneyError(e.to_string()))?;
        Ok(Self { number, bare_lower })
    }

    /// The bare lower bound before `amount` (see `bare_lower`): (value, start byte).
    fn bare_range_lower(&self, text: &str, amount: &Parsed) -> Option<(f64, usize)> {
        let from = text[..amount.start]
            .char_indices()
            .rev()
            .nth(40)
            .map_or(0, |(i, _)| i);
        let before = &text[from..amount.start];
        let caps = self.bare_lower.captures(before)?;
        let lead = caps
            .name("lead")
            .map(|m| m.as_str().trim().to_ascii_lowercase());
        let sep = caps.name("sep")?.as_str().to_ascii_lowercase();
        // "between X and Y" only; "from X to Y" is a change, not a range.
        let ok = match lead.as_deref() {
            Some("between") => sep == "and",
            Some(_) => false,
            None => sep != "and",
        };
        if !ok {
            return None;
        }
        let num = caps.name("num")?;
        let lower: f64 = num.as_str().replace(',', "").parse().ok()?;
        // The upper bound's own number gives the scale a bare lower bound shares
        // ("2.3-2.8 billion").
        let upper_digits: String = text[amount.start..]
            .chars()
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
            .filter(|c| *c != ',')
            .collect();
        let upper_number: f64 = upper_digits.trim_end_matches('.').parse().ok()?;
        let factor = match caps.name("scale").map(|m| m.as_str().to_ascii_lowercase()) {
            Some(w) => SCALES.iter().find(|(s, _, _)| *s == w)?.1,
            None if upper_number > 0.0 => amount.value / upper_number,
            None => return None,
        };
        let value = lower * factor;
        let start = from + caps.get(0)?.start() + caps.name("lead").map_or(0, |m| m.len());
        (value > 0.0 && value < amount.value).then_some((value, start))
    }

    /// "500 billion CFA francs on defence next year, up from 420 billion this year": a
    /// scaled number without a currency, compared with the amount just before it in the
    /// sentence (`last`: its currency and end byte), is in that currency.
    fn comparison_base(
        &self,
        text: &str,
        caps: &MoneyCaps<'_>,
        last: Option<(&str, usize)>,
    ) -> Option<Parsed> {
        let (currency, last_end) = last?;
        let num = caps.get(NUM)?;
        let (value, prefix, end) = self.parse_number(text, caps)?;
        let between = text.get(last_end..num.start())?;
        let scaled = end > num.end();
        let compared = [" from", " than", " compared with", " against", " versus"]
            .iter()
            .any(|w| ends_with_ignore_case(between.trim_end(), w.trim_start()))
            && between.len() < 120
            && !between.contains(". ");
        (prefix.is_none() && scaled && compared && value.is_finite() && value > 0.0).then(|| {
            Parsed {
                start: num.start(),
                end,
                value,
                currency: currency.to_string(),
            }
        })
    }

    /// Parses one amount starting at `at` (the start of a symbol, code or number).
    fn parse_at(&self, text: &str, at: usize, hints: &[String]) -> Option<Parsed> {
        let caps = self.number.captures_at(text, at)?;
        let whole = caps.get(0)?;
        if whole.start() != at {
            return None;
        }
        self.parse_caps(text, &MoneyCaps::Full(caps), hints)
    }

    /// If `amount` opens a range ("$2bn-$3bn", "between $1.2bn and $1.5bn", "$2bn to $3bn")
    /// whose upper bound is in the same currency, that bound and its end byte.
    fn range_upper(&self, text: &str, amount: &Parsed, hints: &[String]) -> Option<(f64, usize)> {
        let rest = text.get(amount.end..)?;
        let between = ends_with_ignore_case(text.get(..amount.start)?.trim_end(), "between");
        let skip = ["-", "\u{2013}", " - ", " \u{2013} ", " to "]
            .iter()
            .chain(if between { &[" and "][..] } else { &[][..] })
            .find(|c| rest.starts_with(**c))?
            .len();
        let upper = self.parse_at(text, amount.end + skip, hints)?;
        (upper.currency == amount.currency && upper.value >= amount.value)
            .then_some((upper.value, upper.end))
    }

    /// A digit amount with its optional symbol/code prefix and scale word:
    /// (value, currency of the prefix, end byte).
    fn parse_number(
        &self,
        text: &str,
        caps: &MoneyCaps<'_>,
    ) -> Option<(f64, Option<String>, usize)> {
        let num = caps.get(NUM)?;
        // A number glued to a preceding letter or digit is not an amount ("F-16", "A320").
        let letter = caps.get(LSYM).or_else(|| caps.get(ONE));
        if caps.get(SYM).is_none() && caps.get(ISO).is_none() && letter.is_none() {
            let prev = text[..num.start()].chars().next_back();
            // "2.3bn-2.8bn dinars": a hyphen after a range's lower bound is no glue.
            let range_hyphen = prev == Some('-') && {
                let from = num.start().saturating_sub(40);
                let from = (from..num.start())
                    .find(|&i| text.is_char_boundary(i))
                    .unwrap_or(num.start());
                self.bare_lower.is_match(&text[from..num.start()])
            };
            if !range_hyphen && prev.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '.') {
                return None;
            }
        }
        if text[num.end()..].starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let mut value: f64 = num.as_str().replace(',', "").parse().ok()?;
        let prefix = caps
            .get(SYM)
            .and_then(|s| SYMBOLS.iter().find(|(k, _)| *k == s.as_str()))
            .map(|(_, c)| (*c).to_string())
            .or_else(|| caps.get(ISO).map(|m| m.as_str().to_string()))
            .or_else(|| {
                letter
                    .and_then(|l| LETTER_SYMBOLS.iter().find(|(k, _)| *k == l.as_str()))
                    .map(|(_, c)| (*c).to_string())
            });
        let mut end = num.end();
        // Scale word.
        let rest = &text[end..];
        let spaced = rest
            .strip_prefix(' ')
            .or_else(|| rest.strip_prefix('\u{a0}'));
        for (word, factor, abbrev) in SCALES {
            // "R$ 98.3 bn": a spaced abbreviation of two letters or more, after a symbol.
            // "1.2 bn euro": also before a currency name or code (checked below).
            let spaced_ok = !*abbrev || word.len() >= 2;
            // "a Rs 850-crore package", "a $5-million grant": a hyphen before a scale word.
            let hyphened = (!*abbrev).then(|| rest.strip_prefix('-')).flatten();
            let candidates: [Option<&str>; 3] =
                [Some(rest), if spaced_ok { spaced } else { None }, hyphened];
            let matched = candidates
                .into_iter()
                .flatten()
                .find(|r| r.starts_with(word) && boundary_after(r, word.len()))
                .map(|r| text.len() - r.len() + word.len());
            if let Some(e) = matched {
                if *abbrev && prefix.is_none() && !suffix_currency_follows(&text[e..]) {
                    continue;
                }
                value *= factor;
                end = e;
                break;
            }
        }
        // "R15bn", "N50 million": a single letter is a symbol only with a scale.
        if caps.get(ONE).is_some() && end == num.end() {
            return None;
        }
        Some((value, prefix, end))
    }

    fn parse_caps(&self, text: &str, caps: &MoneyCaps<'_>, hints: &[String]) -> Option<Parsed> {
        let whole = caps.get(0)?;
        let (value, prefix, end) = if let Some(w) = caps.get(WNUM) {
            // "a billion dollars", "two million euros": a currency name must follow.
            let n = match w.as_str().to_ascii_lowercase().as_str() {
                "a" | "an" | "one" => 1.0,
                "two" => 2.0,
                "three" => 3.0,
                "four" => 4.0,
                "five" => 5.0,
                "six" => 6.0,
                "seven" => 7.0,
                "eight" => 8.0,
                "nine" => 9.0,
                "ten" => 10.0,
                _ => 0.5,
            };
            let scale = caps.get(WSCALE)?;
            let factor = SCALES.iter().find(|(w, _, _)| *w == scale.as_str())?.1;
            (n * factor, None, scale.end())
        } else {
            self.parse_number(text, caps)?
        };
        let mut end = end;
        // Currency after the number.
        let mut currency = prefix;
        let after = &text[end..];
        if let Some(r) = after.strip_prefix(' ') {
            if let Some((len, code)) = currency_name(r, hints) {
                let name_end = end + 1 + len;
                // "500 pounds of explosives" is weight, not money.
                let weight = code == "GBP"
                    && r[len..].starts_with(" of")
                    && currency.is_none()
                    && value < 1e6;
                let verb = code == "KRW" && value < 1e6;
                if !weight && !verb {
                    if currency.is_none() {
                        currency = Some(code);
                    }
                    end = name_end;
                }
            } else if let Some(iso) = iso_code_at(r) {
                if boundary_after(r, 3) {
                    if currency.is_none() {
                        currency = Some((*iso).to_string());
                    }
                    end += 4;
                }
            }
        }
        let mut currency = currency?;
        // "Sh" is Kenya's, Uganda's, Tanzania's or Somalia's shilling.
        if caps.get(LSYM).is_some_and(|l| l.as_str() == "Sh") {
            if let Some((_, code)) = currency_name("shillings", hints) {
                currency = code;
            }
        }
        // "CFA 60 billion": Central (XAF) or West (XOF) Africa's franc, by the article's countries.
        if caps.get(LSYM).is_some_and(|l| l.as_str().ends_with("CFA")) {
            if let Some((_, code)) = currency_name("CFA francs", hints) {
                currency = code;
            }
        }
        // "Bs 84 billion": Venezuela's bolivar or Bolivia's boliviano.
        if caps.get(LSYM).is_some_and(|l| l.as_str().starts_with("Bs")) {
            if let Some(code) = by_country(hints, &[("VE", "VES")]) {
                currency = code.to_string();
            }
        }
        // "K28.6 billion": the kina, kwacha, kyat or kip; "Q50 million" the quetzal; "L7.4
        // billion" the lempira or lek: by the article's countries, and no currency without
        // one of them.
        let letter_options: Option<&[(&str, &str)]> = match caps.get(ONE).map(|l| l.as_str()) {
            Some("K") => Some(&[
                ("PG", "PGK"),
                ("ZM", "ZMW"),
                ("MW", "MWK"),
                ("MM", "MMK"),
                ("LA", "LAK"),
            ]),
            Some("Q") => Some(&[("GT", "GTQ")]),
            Some("L") => Some(&[("HN", "HNL"), ("AL", "ALL")]),
            _ => None,
        };
        if let Some(options) = letter_options {
            currency = by_country(hints, options)?.to_string();
        }
        // "Rs" is also Pakistan's and Sri Lanka's rupee.
        if caps.get(LSYM).is_some_and(|l| l.as_str().starts_with("Rs")) {
            if let Some((_, code)) = currency_name("rupees", hints) {
                currency = code;
            }
        }
        if !value.is_finite() || value <= 0.0 {
            return None;
        }
        // "a rate of 89,500 pounds per dollar": an exchange rate, not an amount.
        let rest = text[end..].trim_start();
        if ["per ", "to the ", "against the ", "a "].iter().any(|p| {
            rest.strip_prefix(p).is_some_and(|r| {
                let r = r.strip_prefix("US ").unwrap_or(r);
                r.starts_with("dollar") || r.starts_with("euro") || r.starts_with("greenback")
            })
        }) {
            return None;
        }
        Some(Parsed {
            start: whole.start(),
            end,
            value,
            currency,
        })
    }

    /// Extracts the amounts of `text`. `date` selects the exchange rate (the article's
    /// publication date; the newest rate when unknown).
    pub fn extract(
        &self,
        rates: &Rates,
        text: &str,
        index: &CharIndex,
        date: Option<NaiveDate>,
        country_hints: &[String],
    ) -> Vec<MoneyAmount> {
        let date = date.unwrap_or_else(|| rates.latest());
        let mut out: Vec<MoneyAmount> = Vec::new();
        let mut seen: crate::enrich::entities::FastMap<(String, u64), usize> = Default::default();
        let mut consumed = 0;
        // The amount last mentioned (index into `out`, end byte), restated ones included.
        let mut last_mention: Option<(usize, usize)> = None;
        // The same for the amount last mentioned in a currency other than the dollar.
        let mut last_foreign: Option<(usize, usize)> = None;
        for whole in self.number.find_iter(text) {
            if whole.start() < consumed {
                continue;
            }
            // The capture search only for a match with a symbol, code or number word (the
            // same match: the leftmost-first match starting where this one starts).
            let caps = if whole.as_str().starts_with(|c: char| c.is_ascii_digit()) {
                MoneyCaps::Number(whole)
            } else {
                match self.number.captures_at(text, whole.start()) {
                    Some(c) => MoneyCaps::Full(c),
                    None => continue,
                }
            };
            let parsed = self.parse_caps(text, &caps, country_hints).or_else(|| {
                self.comparison_base(
                    text,
                    &caps,
                    last_mention.and_then(|(i, end)| {
                        out.get(i).map(|m: &MoneyAmount| (m.currency.as_str(), end))
                    }),
                )
            });
            let Some(mut amount) = parsed else {
                continue;
            };
            // A linked conversion: "X ($Y)" or "X, or about $Y".
            let mut stated: Option<Parsed> = None;
            if let Some((conv_at, close)) = conversion_start(text, amount.end) {
                if let Some(conv) = self.parse_at(text, conv_at, country_hints) {
                    let tail = &text[conv.end..];
                    // "(about $500,000 at the official rate)": a short wordy tail may follow.
                    let close_at = tail
                        .get(..tail.len().min(40))
                        .and_then(|t| t.find(')'))
                        .filter(|&i| !tail[..i].contains(|c: char| c.is_ascii_digit() || c == '('));
                    let closed = if close { close_at.is_some() } else { true };
                    if closed {
                        amount.end = if let (true, Some(i)) = (close, close_at) {
                            conv.end + i + 1
                        } else {
                            conv.end
                        };
                        stated = Some(conv);
                    }
                }
            }
            // "between $1.2bn and $1.5bn", "$2bn-$3bn", "$2bn to $3bn": a range is one amount,
            // its lower bound, with the upper bound as `value_max`; not two amounts.
            let mut value_max = 0.0;
            if stated.is_none() {
                if let Some((upper, end)) = self.range_upper(text, &amount, country_hints) {
                    value_max = upper;
                    amount.end = end;
                }
            }
            if value_max == 0.0 && amount.start >= consumed {
                if let Some((lower, start)) = self.bare_range_lower(text, &amount) {
                    value_max = amount.value;
                    amount.value = lower;
                    amount.start = start.max(consumed);
                }
            }
            consumed = amount.end;
            // "The money, equal to about $162 million, ...": a dollar figure introduced as an
            // equivalent restates the amount just before it (within 200 bytes).
            if amount.currency == "USD" && stated.is_none() {
                // Compared without case (no lower-cased copy of the text before).
                let raw = text[..amount.start].trim_end();
                let before = ["about", "around", "roughly", "some", "nearly"]
                    .iter()
                    .find_map(|w| strip_suffix_ignore_case(raw, w))
                    .map_or(raw, str::trim_end);
                let hedged = before.len() < raw.len();
                // "The money, roughly $300 million, ...", "The spending plan, worth about
                // $220 million": a hedged apposition to a short subject naming the sum.
                // (only the last 80 bytes: linear time on long text)
                let appositive = hedged && {
                    let mut from = before.len().saturating_sub(80);
                    while !before.is_char_boundary(from) {
                        from += 1;
                    }
                    let tail = &before[from..];
                    let subject = tail
                        .rfind(['.', '\n'])
                        .map_or(tail, |i| &tail[i + 1..])
                        .trim_start();
                    subject.starts_with("The ")
                        && subject.split_whitespace().count() <= 4
                        && (subject.ends_with(',') || ends_with_ignore_case(subject, ", worth"))
                };
                let equivalent = ["equal to", "equivalent to", "equivalent of"]
                    .iter()
                    .any(|p| ends_with_ignore_case(before, p))
                    // "The package, worth about $2.5 billion, ...": hedged and appositive.
                    || (hedged && ends_with_ignore_case(before, ", worth"))
                    || appositive;
                // ("The loan, equal to roughly $810m": the last amount in another currency,
                // past a dollar range about something else; a paragraph away for a subject
                // that names the sum)
                let reach = if appositive { 600 } else { 300 };
                let previous = last_foreign
                    .filter(|(_, end)| amount.start.saturating_sub(*end) < reach)
                    .and_then(|(i, _)| out.get_mut(i))
                    .filter(|p| p.currency != "USD" && p.rate_source != "stated");
                if let (true, Some(prev)) = (equivalent, previous) {
                    prev.usd_value = amount.value;
                    prev.rate_source = "stated".to_string();
                    continue;
                }
            }
            let (usd_value, rate_date, rate_source) = match &stated {
                Some(s) if s.currency == "USD" => (s.value, date, "stated"),
                _ => match rates.to_usd(amount.value, &amount.currency, date) {
                    Some(c) => (c.usd_value, c.rate_date, c.source),
                    None => (0.0, date, "none"),
                },
            };
            let text_span = index.span(text, amount.start..amount.end);
            let item = MoneyAmount {
                value: amount.value,
                currency: amount.currency,
                usd_value,
                text: text_span.text.clone(),
                span: Some(text_span),
                rate_date: crate::enrich::dates::iso_date(rate_date),
                rate_source: rate_source.to_string(),
                value_max,
            };
            // A restated amount (same value and currency, e.g. headline and body) is one
            // amount: keep the mention that states a conversion, else the first.
            let key = (item.currency.clone(), item.value.to_bits());
            let foreign = item.currency != "USD";
            match seen.get(&key).copied() {
                Some(i) => {
                    if let Some(prev) = out.get_mut(i) {
                        if rate_source == "stated" && prev.rate_source != "stated" {
                            *prev = item;
                        }
                    }
                    last_mention = Some((i, amount.end));
                    if foreign {
                        last_foreign = last_mention;
                    }
                }
                None => {
                    seen.insert(key, out.len());
                    last_mention = Some((out.len(), amount.end));
                    if foreign {
                        last_foreign = last_mention;
                    }
                    out.push(item);
                }
            }
        }
        out
    }
}

/// If a linked conversion follows at `end`, where its amount starts and whether it is in
/// parentheses.
fn conversion_start(text: &str, end: usize) -> Option<(usize, bool)> {
    const HEDGES: &[&str] = &[
        "about ",
        "around ",
        "roughly ",
        "approximately ",
        "some ",
        "nearly ",
        "almost ",
        "over ",
        "more than ",
        "just over ",
        "just under ",
        "~",
        "c. ",
        "or ",
        "or about ",
        "or around ",
        "or roughly ",
        "equivalent to ",
        "worth ",
    ];
    let rest = text.get(end..)?;
    let (inner, close) = if let Some(r) = rest.strip_prefix(" (").or_else(|| rest.strip_prefix("("))
    {
        (r, true)
    } else if let Some(r) = [
        ", or ",
        ", worth ",
        ", equivalent to ",
        " or about ",
        ", roughly ",
        ", about ",
        ", around ",
        ", some ",
        ", equal to ",
    ]
    .iter()
    .find_map(|p| rest.strip_prefix(p))
    {
        (r, false)
    } else {
        return None;
    };
    let mut inner = inner.trim_start();
    // Up to two hedge words ("or about").
    for _ in 0..2 {
        if let Some(h) = HEDGES.iter().find(|h| inner.starts_with(**h)) {
            inner = &inner[h.len()..];
        }
    }
    Some((text.len() - inner.len(), close))
}

/// `s` without the suffix `suffix` (lower-case ASCII), compared ignoring ASCII case.
fn strip_suffix_ignore_case<'s>(s: &'s str, suffix: &str) -> Option<&'s str> {
    let cut = s.len().checked_sub(suffix.len())?;
    let tail = s.as_bytes().get(cut..)?;
    if tail.eq_ignore_ascii_case(suffix.as_bytes()) {
        s.get(..cut)
    } else {
        None
    }
}

/// `s` ends with `suffix` (lower-case ASCII), ignoring ASCII case.
fn ends_with_ignore_case(s: &str, suffix: &str) -> bool {
    strip_suffix_ignore_case(s, suffix).is_some()
}

fn boundary_after(s: &str, len: usize) -> bool {
    s.get(len..)
        .and_then(|r| r.chars().next())
        .is_none_or(|c| !c.is_alphanumeric())
}

fn suffix_currency_follows(rest: &str) -> bool {
    rest.strip_prefix(' ').is_some_and(|r| {
        iso_code_at(r).is_some_and(|_| boundary_after(r, 3)) || currency_name(r, &[]).is_some()
    })
}

/// The first bytes of the ISO codes (none is empty: checked at compile time).
const ISO_FIRST_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < ISO_CODES.len() {
        match ISO_CODES[i].as_bytes().first() {
            Some(&b) => table[b as usize] = true,
            None => panic!("empty ISO code"),
        }
        i += 1;
    }
    table
};

/// The first ISO code (in table order) that `s` starts with.
fn iso_code_at(s: &str) -> Option<&'static str> {
    if !s
        .as_bytes()
        .first()
        .is_some_and(|&b| ISO_FIRST_BYTES[usize::from(b)])
    {
        return None;
    }
    ISO_CODES.iter().find(|c| s.starts_with(**c)).copied()
}

/// The first bytes of the currency names (none is empty: checked at compile time): most
/// words after a number start no name, and skip the scan of the table.
const NAME_FIRST_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < NAMES.len() {
        match NAMES[i].0.as_bytes().first() {
            Some(&b) => table[b as usize] = true,
            None => panic!("empty currency name"),
        }
        i += 1;
    }
    table
};

/// The currency of the first of the article's countries (`hints`, most mentioned first)
/// among `options` (country, currency).
fn by_country(hints: &[String], options: &[(&str, &'static str)]) -> Option<&'static str> {
    hints.iter().find_map(|h| {
        options
            .iter()
            .find(|(cc, _)| h.eq_ignore_ascii_case(cc))
            .map(|(_, code)| *code)
    })
}

/// The currency name at the start of `s`: (byte length, ISO code).
fn currency_name(s: &str, hints: &[String]) -> Option<(usize, String)> {
    if !s
        .as_bytes()
        .first()
        .is_some_and(|&b| NAME_FIRST_BYTES[usize::from(b)])
    {
        return None;
    }
    let hinted = |cc: &str| hints.iter().any(|h| h.eq_ignore_ascii_case(cc));
    NAMES
        .iter()
        .filter(|(name, _)| s.starts_with(name) && boundary_after(s, name.len()))
        .max_by_key(|(name, _)| name.len())
        .map(|(name, code)| {
            // Bare names shared by several countries' currencies: the most-mentioned
            // country of the article that uses one decides, else the listed default.
            let family = |options: &[(&'static str, &'static str)]| by_country(hints, options);
            let shared = match *name {
                "pounds" => family(&[
                    ("GB", "GBP"),
                    ("EG", "EGP"),
                    ("SD", "SDG"),
                    ("SS", "SSP"),
                    ("LB", "LBP"),
                    ("SY", "SYP"),
                ]),
                "lei" => family(&[("MD", "MDL"), ("RO", "RON")]),
                "rials" => family(&[("YE", "YER"), ("IR", "IRR"), ("OM", "OMR")]),
                "riyals" | "riyal" => family(&[("SA", "SAR"), ("QA", "QAR"), ("YE", "YER")]),
                "francs" | "franc" => family(&[
                    ("CH", "CHF"),
                    ("CM", "XAF"),
                    ("TD", "XAF"),
                    ("CF", "XAF"),
                    ("CG", "XAF"),
                    ("GA", "XAF"),
                    ("SN", "XOF"),
                    ("ML", "XOF"),
                    ("BF", "XOF"),
                    ("NE", "XOF"),
                    ("CI", "XOF"),
                    ("BJ", "XOF"),
                    ("TG", "XOF"),
                    ("CD", "CDF"),
                    ("RW", "RWF"),
                    ("BI", "BIF"),
                    ("GN", "GNF"),
                    ("DJ", "DJF"),
                ]),
                "dinars" | "dinar" => family(&[
                    ("IQ", "IQD"),
                    ("JO", "JOD"),
                    ("LY", "LYD"),
                    ("KW", "KWD"),
                    ("RS", "RSD"),
                    ("DZ", "DZD"),
                    ("TN", "TND"),
                    ("BH", "BHD"),
                ]),
                "rupees" => family(&[("IN", "INR"), ("PK", "PKR"), ("LK", "LKR"), ("NP", "NPR")]),
                // Central Africa's franc (XAF) and West Africa's (XOF).
                "CFA francs" | "CFA franc" => family(&[
                    ("CM", "XAF"),
                    ("TD", "XAF"),
                    ("CF", "XAF"),
                    ("CG", "XAF"),
                    ("GA", "XAF"),
                    ("GQ", "XAF"),
                    ("SN", "XOF"),
                    ("ML", "XOF"),
                    ("BF", "XOF"),
                    ("NE", "XOF"),
                    ("CI", "XOF"),
                    ("BJ", "XOF"),
                    ("TG", "XOF"),
                    ("GW", "XOF"),
                ]),
                "shillings" | "shilling" => {
                    family(&[("KE", "KES"), ("UG", "UGX"), ("TZ", "TZS"), ("SO", "SOS")])
                }
                "pesos" | "peso" => family(&[
                    ("MX", "MXN"),
                    ("PH", "PHP"),
                    ("AR", "ARS"),
                    ("CO", "COP"),
                    ("CL", "CLP"),
                    ("CU", "CUP"),
                    ("DO", "DOP"),
                    ("UY", "UYU"),
                ]),
                "dirhams" => family(&[("AE", "AED"), ("MA", "MAD")]),
                "manat" => family(&[("AZ", "AZN"), ("TM", "TMT")]),
                _ => None,
            };
            let code = match (shared.unwrap_or(*code), *name) {
                ("", "crowns") if hinted("CZ") => "CZK",
                ("", "crowns") if hinted("SE") => "SEK",
                ("", "crowns") if hinted("NO") && !hinted("DK") => "NOK",
                ("", "crowns") if hinted("DK") => "DKK",
                ("", "crowns") => "CZK",
                ("", _) if hinted("NO") && !hinted("DK") => "NOK",
                ("", _) => "DKK",
                (c, _) => c,
            };
            (name.len(), code.to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (value, currency) of each amount in `text`, with the article's country hints and
    /// publication date (y, m, d).
    fn amounts(text: &str, hints: &[&str], (y, m, d): (i32, u32, u32)) -> Vec<(f64, String)> {
        let matcher = MoneyMatcher::new().unwrap();
        let rates = Rates::bundled().unwrap();
        let hints: Vec<String> = hints.iter().map(|h| h.to_string()).collect();
        let date = NaiveDate::from_ymd_opt(y, m, d);
        matcher
            .extract(&rates, text, &CharIndex::new(text), date, &hints)
            .into_iter()
            .map(|a| (a.value, a.currency))
            .collect()
    }

    #[test]
    fn kina_bolivar_symbols_singular_dinar_and_exchange_rates() {
        let run = |text: &str, hints: &[&str]| amounts(text, hints, (2026, 11, 1));
        let one = |v: f64, c: &str| vec![(v, c.to_string())];
        // "K" with a scale is the kina in Papua New Guinea, the kwacha in Zambia ...
        assert_eq!(run("a K28.6 billion budget", &["PG"]), one(28.6e9, "PGK"));
        assert_eq!(run("a K450 million loan", &["ZM"]), one(450e6, "ZMW"));
        // ... and nothing without one of their countries.
        assert!(run("a K450 million loan", &["US"]).is_empty());
        assert_eq!(run("a budget of Bs 84 billion", &["VE"]), one(84e9, "VES"));
        assert_eq!(run("a budget of Bs 84 billion", &["BO"]), one(84e9, "BOB"));
        assert_eq!(
            run("a 4.5 billion dinar contract", &["RS"]),
            one(4.5e9, "RSD")
        );
        assert_eq!(run("5 million kina in aid", &[]), one(5e6, "PGK"));
        // "Q50 million" (quetzal), "L7.4 billion" (lempira) by country, none without one.
        assert_eq!(run("Q50 million in aid", &["GT"]), one(50e6, "GTQ"));
        assert_eq!(run("valued at L7.4 billion", &["HN"]), one(7.4e9, "HNL"));
        assert!(run("Q50 million and L7.4 billion", &["US"]).is_empty());
        assert_eq!(run("pledged TT$150 million", &[]), one(150e6, "TTD"));
        assert_eq!(
            run("revenue reached B/.5.7 billion", &[]),
            one(5.7e9, "PAB")
        );
        assert_eq!(run("1.2 billion Cuban pesos", &[]), one(1.2e9, "CUP"));
        assert_eq!(
            run("a budget of 107 billion manat", &["TM"]),
            one(107e9, "TMT")
        );
        // An exchange rate is no amount.
        assert!(run("the rate stays at 89,500 pounds per dollar", &["LB"]).is_empty());
        assert!(run("trading at 41.2 hryvnias to the US dollar", &["UA"]).is_empty());
    }

    #[test]
    fn less_common_currencies_and_shared_names_by_country() {
        let run = |text: &str, hints: &[&str]| amounts(text, hints, (2025, 4, 1));
        let m = MoneyMatcher::new().unwrap();
        let r = Rates::bundled().unwrap();
        let date = NaiveDate::from_ymd_opt(2025, 4, 1);
        assert_eq!(
            run(
                "Bread costs 1,500 Sudanese pounds, up from 400 pounds.",
                &["SD"]
            ),
            vec![(1500.0, "SDG".to_string()), (400.0, "SDG".to_string())]
        );
        // One amount each: (text, the article's countries, value, currency).
        for (text, hints, value, currency) in [
            ("a fine of 300 pounds", &["GB", "EG"][..], 300.0, "GBP"),
            ("a 1.5 billion lei budget", &["MD"][..], 1.5e9, "MDL"),
            ("trade of 28 billion baht", &[][..], 28e9, "THB"),
            ("a bag of rice for 9,000 kyat", &[][..], 9000.0, "MMK"),
            ("at 1,300 rials a litre", &["YE"][..], 1300.0, "YER"),
            ("EGP 2.5 billion in bonds", &[][..], 2.5e9, "EGP"),
            ("a Sh120 billion loan", &["KE"][..], 120e9, "KES"),
            ("lends SR3.75bn to", &["SA"][..], 3.75e9, "SAR"),
            (
                "received E£12.6 billion in grants",
                &["EG"][..],
                12.6e9,
                "EGP",
            ),
            ("had spent R$ 98.3 bn on", &["BR"][..], 98.3e9, "BRL"),
            ("a 2.1bn franc stockpile", &["NE"][..], 2.1e9, "XOF"),
            ("500 million convertible marks", &["BA"][..], 5e8, "BAM"),
            ("to raise KSh 95 billion", &["KE"][..], 95e9, "KES"),
            (
                "demand of more than 1.1 billion dinars",
                &["BH"][..],
                1.1e9,
                "BHD",
            ),
            (
                "earned about TSh 7.4 trillion from gold",
                &["TZ"][..],
                7.4e12,
                "TZS",
            ),
            ("a R15bn loan", &["ZA"][..], 15e9, "ZAR"),
            ("worth Rs 12,000 crore", &["IN"][..], 1.2e11, "INR"),
            ("compensation of Rs1 million", &["PK"][..], 1e6, "PKR"),
            ("a NIS 3.5 billion plan", &[][..], 3.5e9, "ILS"),
            ("another 1.2trn roubles", &[][..], 1.2e12, "RUB"),
            ("orders worth ₺40 billion", &[][..], 40e9, "TRY"),
            ("secured KM 250 million in loans", &["BA"][..], 250e6, "BAM"),
            ("a Br 1.93 trillion budget", &["ET"][..], 1.93e12, "ETB"),
            ("will spend zł 4.5bn on", &["PL"][..], 4.5e9, "PLN"),
            (
                "a budget of P1.1 billion this year",
                &["PH"][..],
                1.1e9,
                "PHP",
            ),
            ("damage put at ₱640m", &["PH"][..], 640e6, "PHP"),
            ("rewards of ₡25 million", &["CR"][..], 25e6, "CRC"),
            (
                "about 1,500 million guaraníes paid",
                &["PY"][..],
                1.5e9,
                "PYG",
            ),
            ("circular debt of Rs1.2tr", &["PK"][..], 1.2e12, "PKR"),
            ("sold GH¢2 billion in bills", &["GH"][..], 2e9, "GHS"),
            ("raised Rp 12 trillion at", &["ID"][..], 12e12, "IDR"),
            ("agree CFA 60 billion road", &["TD", "CM"][..], 60e9, "XAF"),
            ("a 60 billion CFA franc deal", &["CM"][..], 60e9, "XAF"),
            ("sold 15 trillion soum of bonds", &["UZ"][..], 15e12, "UZS"),
            (
                "a 2.3 trillion Tanzanian shilling line",
                &["TZ"][..],
                2.3e12,
                "TZS",
            ),
            ("lends R$3.2 bln for", &["BR"][..], 3.2e9, "BRL"),
            (
                "released 500 million CFA francs",
                &["TD", "SD"][..],
                5e8,
                "XAF",
            ),
            ("Rs 3 billion a year", &["NP", "IN"][..], 3e9, "NPR"),
            ("spent 2.3 billion lek", &["AL"][..], 2.3e9, "ALL"),
        ] {
            assert_eq!(
                run(text, hints),
                vec![(value, currency.to_string())],
                "{text}"
            );
        }
        // A dollar figure given as an equivalent restates the amount before it.
        let text =
            "Bern will return CHF 130m. The money, equal to about $162 million, goes to health.";
        let a = m.extract(&r, text, &CharIndex::new(text), date, &[]);
        assert_eq!(a.len(), 1);
        assert_eq!(
            (
                a[0].currency.as_str(),
                a[0].usd_value,
                a[0].rate_source.as_str()
            ),
            ("CHF", 162e6, "stated")
        );
        let t = "fined traders 1.05 billion kyat (about $500,000 at the official rate) for";
        let a = m.extract(&r, t, &CharIndex::new(t), date, &[]);
        assert_eq!((a.len(), a[0].usd_value), (1, 5e5));
        let t = "a €2.3bn package. The package, worth about $2.5 billion, covers 2025.";
        let a = m.extract(&r, t, &CharIndex::new(t), date, &[]);
        assert_eq!((a.len(), a[0].usd_value), (1, 2.5e9));
        // Letter symbols, Indian scale words, "trn".
        // ", roughly $100 million at the market rate" is the amount's stated value.
        let t = "The state will add LBP 9 trillion, roughly $100 million at the market rate.";
        let a = m.extract(&r, t, &CharIndex::new(t), date, &[]);
        assert_eq!((a.len(), a[0].usd_value), (1, 100e6));
        // A lone capital letter before a number is no symbol.
        assert!(run("Route N2 and R 15 were closed; N50 was seen", &[]).is_empty());
        // No ECB or fallback rate: the amount stays, without a USD value.
        let a = m.extract(&r, "9,000 kyat", &CharIndex::new("9,000 kyat"), date, &[]);
        assert_eq!((a[0].usd_value, a[0].rate_source.as_str()), (0.0, "none"));
    }

    fn run(text: &str) -> Vec<MoneyAmount> {
        let m = MoneyMatcher::new().unwrap();
        let r = Rates::bundled().unwrap();
        let date = NaiveDate::from_ymd_opt(2025, 4, 1);
        m.extract(&r, text, &CharIndex::new(text), date, &[])
    }

    #[test]
    fn parenthetical_conversion_is_one_amount() {
        let a = run("worth 6.7 billion Danish kroner ($970 million), which will");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a[0].currency, "DKK");
        assert!((a[0].value - 6.7e9).abs() < 1.0);
        assert!((a[0].usd_value - 970e6).abs() < 1.0);
        assert_eq!(a[0].rate_source, "stated");
        assert_eq!(a[0].text, "6.7 billion Danish kroner ($970 million)");
    }

    #[test]
    fn symbols_scales_codes_and_names() {
        let cases = [
            ("a $970 million deal", 970e6, "USD"),
            ("the €1.5bn fund", 1.5e9, "EUR"),
            ("a £300m contract", 300e6, "GBP"),
            ("some 2 trillion rubles in", 2e12, "RUB"),
            ("paid 500,000 hryvnias to", 5e5, "UAH"),
            ("USD 25 million", 25e6, "USD"),
            ("a 4.2 billion DKK package", 4.2e9, "DKK"),
            ("₴1.2 billion was", 1.2e9, "UAH"),
            ("US$12 million", 12e6, "USD"),
            ("nearly a billion dollars in", 1e9, "USD"),
            ("Two million euros were", 2e6, "EUR"),
            ("half a billion Danish kroner", 0.5e9, "DKK"),
        ];
        assert_one_amount_each(&cases, true);
    }

    /// Each text holds exactly one amount of `value` in `cur` (and a USD value when
    /// `with_rate`: some currencies have no reference rate).
    fn assert_one_amount_each(cases: &[(&str, f64, &str)], with_rate: bool) {
        for &(text, value, cur) in cases {
            let a = run(text);
            assert_eq!(a.len(), 1, "{text}: {a:?}");
            assert_eq!(a[0].currency, cur, "{text}");
            assert!(
                (a[0].value - value).abs() < 1e-3 * value,
                "{text}: {}",
                a[0].value
            );
            assert!(!with_rate || a[0].usd_value > 0.0, "{text}");
        }
    }

    /// Currencies of smaller economies by name, symbol and abbreviation (several have no
    /// reference rate, so only the amount and the code are checked).
    #[test]
    fn less_common_currency_names_and_symbols() {
        let cases: [(&str, f64, &str); 21] = [
            ("pledged 500 million Congolese francs to", 5e8, "CDF"),
            // Gulf letter symbols, "lakh crore", Portuguese scales
            ("at a cost of JD 1.8 billion, the agency", 1.8e9, "JOD"),
            ("signed a KD 25 million loan", 25e6, "KWD"),
            ("will give Dh1 billion to", 1e9, "AED"),
            ("will provide QR 1.1 billion to", 1.1e9, "QAR"),
            ("approved ₹1.8 lakh crore for roads", 1.8e12, "INR"),
            ("released R$ 45 milhões in funds", 45e6, "BRL"),
            ("offered a reward of J$1 million for", 1e6, "JMD"),
            ("a 30 billion peso emergency fund", 30e9, "MXN"),
            ("A separate Rs 850-crore package", 8.5e9, "INR"),
            ("a 1.2 bn euro tranche", 1.2e9, "EUR"),
            ("paid ₵3.2 billion of arrears", 3.2e9, "GHS"),
            ("will contribute USh 400bn from", 400e9, "UGX"),
            ("allocated S/ 30 million for", 30e6, "PEN"),
            ("a loan of 2.7 bln som with", 2.7e9, "KGS"),
            ("allocated 5 billion kip for", 5e9, "LAK"),
            ("raised aid to 45bn tugriks", 45e9, "MNT"),
            ("a bonus of 16,500 bolivars", 16500.0, "VES"),
            // singular names and "trln"
            ("a 3.5 billion shekel package", 3.5e9, "ILS"),
            ("Armenia will pay 35 billion dram", 35e9, "AMD"),
            ("spending of about 13 trln roubles", 13e12, "RUB"),
        ];
        assert_one_amount_each(&cases, false);
    }

    /// Each text holds one amount: a range `low`..`high` in `currency`.
    fn assert_ranges(texts: &[&str], currency: &str, low: f64, high: f64) -> Vec<MoneyAmount> {
        let mut found = Vec::new();
        for text in texts {
            let a = run(text);
            assert_eq!(a.len(), 1, "{text}: {a:?}");
            assert_eq!(a[0].currency, currency, "{text}");
            assert!((a[0].value - low).abs() < 1.0, "{text}: {a:?}");
            assert!((a[0].value_max - high).abs() < 1.0, "{text}: {a:?}");
            found.extend(a);
        }
        found
    }

    #[test]
    fn a_range_is_one_amount_its_lower_bound() {
        let ranges = [
            "to cost between $1.2bn and $1.5bn in total",
            "to issue $1.2bn-$1.5bn of sukuk",
            "worth $1.2bn to $1.5bn, analysts said",
        ];
        for a in assert_ranges(&ranges, "USD", 1.2e9, 1.5e9) {
            assert!(a.text.ends_with("1.5bn"), "{a:?}");
        }
        // Two amounts joined by "and" without "between" are two amounts.
        let two = run("pledged $1.2bn and $1.5bn more next year");
        assert_eq!(two.len(), 2);
        assert_eq!(two[0].value_max, 0.0);
        // A bare lower bound takes the upper bound's currency (and scale, when it has none).
        let bare = [
            "will cost between 2.3 billion and 2.8 billion dinars",
            "to cost 2.3bn-2.8bn dinars",
            "put the bill at 2.3-2.8 billion dinars",
        ];
        assert_ranges(&bare, "IQD", 2.3e9, 2.8e9);
        // "from X to Y" is a change: the amount is Y.
        let a = run("revenue rose from 2.3 billion to 2.8 billion dinars");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!((a[0].value, a[0].value_max), (2.8e9, 0.0));
    }

    #[test]
    fn comparison_base_takes_the_amount_s_currency() {
        let a =
            run("plans to spend 500 billion CFA francs next year, up from 420 billion this year");
        let got: Vec<(f64, &str)> = a.iter().map(|m| (m.value, m.currency.as_str())).collect();
        assert_eq!(got, vec![(500e9, "XOF"), (420e9, "XOF")]);
        // Not across a sentence, and not a number without a scale.
        assert_eq!(
            run("It spent 500 billion CFA francs. Sales rose from 420 billion.").len(),
            1
        );
        assert_eq!(
            run("It spent 500 billion CFA francs, up from 420 this year.").len(),
            1
        );
    }

    #[test]
    fn equivalent_dollars_restate_the_last_foreign_amount() {
        let a = run("The group raised a ₦1.2trn loan and is studying a $3bn-$4bn expansion. The loan, equal to roughly $810m, matures in 2033.");
        let got: Vec<(&str, &str)> = a
            .iter()
            .map(|m| (m.currency.as_str(), m.rate_source.as_str()))
            .collect();
        assert_eq!(got, vec![("NGN", "stated"), ("USD", "identity")], "{a:?}");
        assert_eq!(a[0].usd_value, 810e6);
        let a = run("Qatar will provide QR 1.1 billion for fuel. The money, roughly $300 million, will be spent over 12 months.");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!((a[0].currency.as_str(), a[0].usd_value), ("QAR", 300e6));
        // A hedged amount outside an apposition is a sum of its own.
        let a = run("Qatar will provide QR 1.1 billion for fuel. The rest came in loans worth about $300 million.");
        assert_eq!(a.len(), 2, "{a:?}");
    }

    #[test]
    fn comma_conversion_is_linked() {
        let a = run("a loan of $2.5bn, worth about €2.3bn, was discussed");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!((a[0].currency.as_str(), a[0].value), ("USD", 2.5e9));
        let a = run("1.5 billion euros, or about $1.6 billion, in aid");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(
            (a[0].rate_source.as_str(), a[0].usd_value),
            ("stated", 1.6e9)
        );
    }

    #[test]
    fn restated_amount_is_one() {
        let a = run("A 50 billion euro fund\n\nLeaders agreed a 50 billion euro ($54 billion) fund and €33 billion in loans.");
        assert_eq!(a.len(), 2, "{a:?}");
        assert_eq!(a[0].rate_source, "stated");
        assert_eq!(a[0].usd_value, 54e9);
        assert_eq!(a[1].value, 33e9);
    }

    #[test]
    fn plain_numbers_are_not_money() {
        for text in [
            "In 2025 some 300 people and 30 F-16 jets, 300m away, 500 pounds of explosives.",
            "The team won 3 games; 5 million people fled.",
            "A million people fled and a billion more watched.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn long_number_is_linear() {
        let text = "$".to_string() + &"9".repeat(1_000_000);
        let _ = run(&text);
        let text = "1,".repeat(300_000);
        assert!(run(&text).is_empty());
    }
}
