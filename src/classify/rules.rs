//! The analyst-editable rule file (`data/classify/rules.toml`): its serde shape, validation
//! with clear errors, and compilation into one Aho–Corasick automaton.

use std::collections::{BTreeMap, HashMap};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use serde::Deserialize;

use super::ClassifyError;

/// The three categories, in proto enum order.
pub const CATEGORY_NAMES: [&str; 3] = ["military_aid", "diplomacy", "casualties"];
/// Number of categories.
pub const N_CATEGORIES: usize = CATEGORY_NAMES.len();

/// The bundled rule file.
pub const BUNDLED_RULES: &str = include_str!("../../data/classify/rules.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    version: u32,
    settings: RawSettings,
    category: Vec<RawCategory>,
    #[serde(default)]
    modifier: Vec<RawModifier>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSettings {
    evidence_threshold: f64,
    support_weight: f64,
    headline_weight: f64,
    max_evidence: usize,
    background_years: [u32; 2],
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCategory {
    name: String,
    calibration: [f64; 2],
    #[serde(default)]
    multi_context_bonus: f64,
    #[serde(default)]
    multi_context_rules: Vec<String>,
    #[serde(default)]
    cameo: Vec<String>,
    #[serde(default)]
    plover: Vec<String>,
    rule: Vec<RawRule>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    name: String,
    kind: String,
    #[serde(default)]
    weight: Option<f64>,
    terms: Vec<String>,
    /// For triggers: the context rules (by name) it pairs with; empty = all.
    #[serde(default)]
    contexts: Vec<String>,
    /// For blocks: an overlapping match also lifts the category's vetoes ("its own forces no
    /// longer need" lifts the own-forces veto). Other blocks only hide terms.
    #[serde(default)]
    lifts_vetoes: bool,
    #[serde(default)]
    cameo: Vec<String>,
    #[serde(default)]
    plover: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawModifier {
    name: String,
    scope: String,
    #[serde(default)]
    window: Option<usize>,
    terms: Vec<String>,
    factor: BTreeMap<String, f64>,
}

/// What a rule's terms do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleKind {
    Strong,
    Trigger,
    Context,
    Block,
    Veto,
}

/// A compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub name: String,
    pub kind: RuleKind,
    pub weight: f32,
    /// For triggers: indices of the context rules it pairs with (empty: all).
    pub contexts: Vec<u16>,
    /// For blocks: whether an overlapping match lifts a veto (else it only hides terms).
    pub lifts_vetoes: bool,
    pub cameo: Vec<String>,
    pub plover: Vec<String>,
}

/// Most rules per category.
pub const MAX_RULES: usize = 64;

/// A compiled category.
#[derive(Debug, Clone)]
pub struct CategoryRules {
    pub name: &'static str,
    /// Logistic calibration `p = 1 / (1 + exp(-(a·raw + b)))`.
    pub calibration: [f64; 2],
    /// Added to the context weight when a sentence has two or more distinct context terms.
    pub multi_context_bonus: f32,
    /// Context rules whose distinct terms count as parties for the bonus.
    pub bonus_rules: Vec<u16>,
    pub cameo: Vec<String>,
    pub plover: Vec<String>,
    pub rules: Vec<Rule>,
}

/// Where a modifier looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Anywhere in the sentence.
    Sentence,
    /// Within `window` words before a term, in the same clause.
    Before { window: usize },
}

/// A compiled modifier.
#[derive(Debug, Clone)]
pub struct Modifier {
    pub name: String,
    pub scope: Scope,
    /// Weight factor per category (1 = no effect).
    pub factor: [f32; N_CATEGORIES],
}

/// What one automaton pattern means: it may belong to several rules and modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    Rule { category: u8, rule: u16 },
    Modifier { modifier: u16 },
}

/// A pattern of the automaton.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// Matches a word prefix (`negotiat*`): no word boundary needed at the end.
    pub prefix: bool,
    pub meanings: Vec<Meaning>,
    /// Bit `c` set when a meaning is a rule of category `c` (fast skipping).
    pub category_mask: u8,
}

/// Settings of the rule file.
#[derive(Debug, Clone)]
pub struct Settings {
    pub evidence_threshold: f32,
    /// Weight of the second and third best sentences in the article score.
    pub support_weight: f64,
    pub headline_weight: f32,
    pub max_evidence: usize,
}

/// The validated, compiled rule set.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub settings: Settings,
    pub categories: Vec<CategoryRules>,
    pub modifiers: Vec<Modifier>,
    pub patterns: Vec<Pattern>,
    pub automaton: AhoCorasick,
    /// Longest "before" window among modifiers, in words.
    pub max_window: usize,
}

fn err(source: &str, msg: impl Into<String>) -> ClassifyError {
    ClassifyError::Rules {
        file: source.to_string(),
        message: msg.into(),
    }
}

fn check_codes(
    source: &str,
    place: &str,
    cameo: &[String],
    plover: &[String],
) -> Result<(), ClassifyError> {
    for c in cameo {
        if c.is_empty() || c.len() > 4 || !c.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err(
                source,
                format!("{place}: CAMEO code {c:?} must be 2 to 4 digits"),
            ));
        }
        if c.len() < 2 {
            return Err(err(
                source,
                format!("{place}: CAMEO code {c:?} must be 2 to 4 digits"),
            ));
        }
    }
    for p in plover {
        if !PLOVER_TYPES.contains(&p.as_str()) {
            return Err(err(
                source,
                format!(
                    "{place}: unknown PLOVER event type {p:?} (expected one of {})",
                    PLOVER_TYPES.join(", ")
                ),
            ));
        }
    }
    Ok(())
}

/// PLOVER event types (as used by the PLOVER gold-standard records).
pub const PLOVER_TYPES: &[&str] = &[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "DISAPPROVE",
    "REJECT",
    "DEMAND",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
    "FIGHT",
    "INVESTIGATE",
];

/// Normalises one term: trims, lowercases, expands `{year}`; returns (pattern, prefix) pairs.
fn expand_term(
    source: &str,
    place: &str,
    term: &str,
    years: [u32; 2],
) -> Result<Vec<(String, bool)>, ClassifyError> {
    let t = term.trim();
    if t.is_empty() {
        return Err(err(source, format!("{place}: empty term")));
    }
    if t != term {
        return Err(err(
            source,
            format!("{place}: term {term:?} has leading or trailing spaces"),
        ));
    }
    let (body, prefix) = match t.strip_suffix('*') {
        Some(b) => (b, true),
        None => (t, false),
    };
    if body.is_empty() || body.contains('*') {
        return Err(err(
            source,
            format!("{place}: term {term:?}: `*` is only allowed at the end of a word"),
        ));
    }
    let lower = body.to_ascii_lowercase();
    if lower.contains("{year}") {
        if lower.matches("{year}").count() > 1 {
            return Err(err(
                source,
                format!("{place}: term {term:?} uses {{year}} more than once"),
            ));
        }
        return Ok((years[0]..=years[1])
            .map(|y| (lower.replace("{year}", &y.to_string()), prefix))
            .collect());
    }
    if lower.contains('{') || lower.contains('}') {
        return Err(err(
            source,
            format!("{place}: term {term:?} has an unknown placeholder (only {{year}} exists)"),
        ));
    }
    Ok(vec![(lower, prefix)])
}

fn check_unit(source: &str, place: &str, what: &str, v: f64) -> Result<f32, ClassifyError> {
    if !(0.0..=1.0).contains(&v) || !v.is_finite() {
        return Err(err(
            source,
            format!("{place}: {what} {v} must be between 0 and 1"),
        ));
    }
    Ok(v as f32)
}

impl RuleSet {
    /// Parses and validates a rule file. `source` names it in errors.
    pub fn parse(text: &str, source: &str) -> Result<Self, ClassifyError> {
        let raw: RawFile =
            toml::from_str(text).map_err(|e| err(source, format!("not valid rules TOML: {e}")))?;
        if raw.version != 1 {
            return Err(err(
                source,
                format!("unsupported version {} (expected 1)", raw.version),
            ));
        }
        let s = &raw.settings;
        let settings = Settings {
            evidence_threshold: check_unit(
                source,
                "settings",
                "evidence_threshold",
                s.evidence_threshold,
            )?,
            headline_weight: check_unit(source, "settings", "headline_weight", s.headline_weight)?,
            support_weight: f64::from(check_unit(
                source,
                "settings",
                "support_weight",
                s.support_weight,
            )?),
            max_evidence: s.max_evidence,
        };
        if settings.max_evidence == 0 || settings.max_evidence > 50 {
            return Err(err(source, "settings: max_evidence must be 1 to 50"));
        }
        let years = s.background_years;
        if years[0] > years[1] || years[1] - years[0] > 300 || years[0] < 1000 || years[1] > 9999 {
            return Err(err(
                source,
                format!(
                    "settings: background_years {years:?} must be [first, last] with 4-digit years, at most 300 apart"
                ),
            ));
        }

        let mut pattern_ids: HashMap<(String, bool), usize> = HashMap::new();
        let mut strings: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut add = |pat: (String, bool), meaning: Meaning| {
            let id = *pattern_ids.entry(pat.clone()).or_insert_with(|| {
                strings.push(pat.0.clone());
                patterns.push(Pattern {
                    prefix: pat.1,
                    meanings: Vec::new(),
                    category_mask: 0,
                });
                patterns.len() - 1
            });
            if let Some(p) = patterns.get_mut(id) {
                if !p.meanings.contains(&meaning) {
                    p.meanings.push(meaning);
                }
                if let Meaning::Rule { category, .. } = meaning {
                    p.category_mask |= 1 << category;
                }
            }
        };

        let mut categories: Vec<Option<CategoryRules>> = vec![None; N_CATEGORIES];
        for cat in &raw.category {
            let Some(ci) = CATEGORY_NAMES.iter().position(|n| *n == cat.name) else {
                return Err(err(
                    source,
                    format!(
                        "unknown category {:?} (expected one of {})",
                        cat.name,
                        CATEGORY_NAMES.join(", ")
                    ),
                ));
            };
            if categories[ci].is_some() {
                return Err(err(
                    source,
                    format!("category {:?} is defined twice", cat.name),
                ));
            }
            let place = format!("category {:?}", cat.name);
            if !cat.calibration.iter().all(|v| v.is_finite()) || cat.calibration[0] <= 0.0 {
                return Err(err(
                    source,
                    format!("{place}: calibration [a, b] needs finite values with a > 0"),
                ));
            }
            check_codes(source, &place, &cat.cameo, &cat.plover)?;
            if cat.rule.len() > MAX_RULES {
                return Err(err(
                    source,
                    format!("{place}: at most {MAX_RULES} rules per category"),
                ));
            }
            let mut rules = Vec::new();
            let mut kinds = [false; 3];
            for (ri, rule) in cat.rule.iter().enumerate() {
                let place = format!("category {:?}, rule {:?}", cat.name, rule.name);
                if rule.name.trim().is_empty() {
                    return Err(err(
                        source,
                        format!("category {:?}: rule #{} has no name", cat.name, ri + 1),
                    ));
                }
                let kind = match rule.kind.as_str() {
                    "strong" => RuleKind::Strong,
                    "trigger" => RuleKind::Trigger,
                    "context" => RuleKind::Context,
                    "block" => RuleKind::Block,
                    "veto" => RuleKind::Veto,
                    other => {
                        return Err(err(
                            source,
                            format!(
                                "{place}: unknown kind {other:?} (expected strong, trigger, context, block or veto)"
                            ),
                        ))
                    }
                };
                let weight = match (kind, rule.weight) {
                    (RuleKind::Block | RuleKind::Veto, None) => 0.0,
                    (RuleKind::Block | RuleKind::Veto, Some(_)) => {
                        return Err(err(
                            source,
                            format!("{place}: block and veto rules have no weight"),
                        ))
                    }
                    (_, None) => {
                        return Err(err(source, format!("{place}: weight is missing")));
                    }
                    (_, Some(w)) => check_unit(source, &place, "weight", w)?,
                };
                match kind {
                    RuleKind::Strong => kinds[0] = true,
                    RuleKind::Trigger => kinds[1] = true,
                    RuleKind::Context => kinds[2] = true,
                    RuleKind::Block | RuleKind::Veto => {}
                }
                if rule.terms.is_empty() {
                    return Err(err(source, format!("{place}: no terms")));
                }
                check_codes(source, &place, &rule.cameo, &rule.plover)?;
                let rule_id = u16::try_from(rules.len())
                    .map_err(|_| err(source, format!("{place}: too many rules")))?;
                for term in &rule.terms {
                    for pat in expand_term(source, &place, term, years)? {
                        add(
                            pat,
                            Meaning::Rule {
                                category: ci as u8,
                                rule: rule_id,
                            },
                        );
                    }
                }
                if !rule.contexts.is_empty() && kind != RuleKind::Trigger {
                    return Err(err(source, format!("{place}: only triggers have contexts")));
                }
                if rule.lifts_vetoes && kind != RuleKind::Block {
                    return Err(err(
                        source,
                        format!("{place}: only block rules can lift vetoes"),
                    ));
                }
                let mut contexts = Vec::new();
                for name in &rule.contexts {
                    let found = cat
                        .rule
                        .iter()
                        .position(|r| &r.name == name && r.kind == "context");
                    let Some(i) = found else {
                        return Err(err(
                            source,
                            format!(
                                "{place}: context {name:?} is not a context rule of this category"
                            ),
                        ));
                    };
                    contexts.push(i as u16);
                }
                rules.push(Rule {
                    name: rule.name.clone(),
                    kind,
                    weight,
                    contexts,
                    lifts_vetoes: rule.lifts_vetoes,
                    cameo: rule.cameo.clone(),
                    plover: rule.plover.clone(),
                });
            }
            if kinds[1] != kinds[2] {
                return Err(err(
                    source,
                    format!("{place}: trigger rules need context rules and vice versa"),
                ));
            }
            if !kinds[0] && !kinds[1] {
                return Err(err(
                    source,
                    format!("{place}: needs a strong rule or trigger and context rules"),
                ));
            }
            let multi_context_bonus = check_unit(
                source,
                &format!("category {:?}", cat.name),
                "multi_context_bonus",
                cat.multi_context_bonus,
            )?;
            let mut bonus_rules = Vec::new();
            for name in &cat.multi_context_rules {
                let found = cat
                    .rule
                    .iter()
                    .position(|r| &r.name == name && r.kind == "context");
                let Some(i) = found else {
                    return Err(err(
                        source,
                        format!("{place}: multi_context_rules: {name:?} is not a context rule of this category"),
                    ));
                };
                bonus_rules.push(i as u16);
            }
            categories[ci] = Some(CategoryRules {
                bonus_rules,
                name: CATEGORY_NAMES[ci],
                calibration: cat.calibration,
                multi_context_bonus,
                cameo: cat.cameo.clone(),
                plover: cat.plover.clone(),
                rules,
            });
        }
        let categories: Vec<CategoryRules> = categories
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                c.ok_or_else(|| {
                    err(
                        source,
                        format!("category {:?} is missing", CATEGORY_NAMES[i]),
                    )
                })
            })
            .collect::<Result<_, _>>()?;

        if raw.modifier.len() > 64 {
            return Err(err(source, "at most 64 modifiers are supported"));
        }
        let mut modifiers = Vec::new();
        let mut max_window = 0;
        for (mi, m) in raw.modifier.iter().enumerate() {
            let place = format!("modifier {:?}", m.name);
            let scope = match (m.scope.as_str(), m.window) {
                ("sentence", None) => Scope::Sentence,
                ("sentence", Some(_)) => {
                    return Err(err(
                        source,
                        format!("{place}: window only applies to scope \"before\""),
                    ))
                }
                ("before", Some(w)) if (1..=20).contains(&w) => {
                    max_window = max_window.max(w);
                    Scope::Before { window: w }
                }
                ("before", _) => {
                    return Err(err(
                        source,
                        format!("{place}: scope \"before\" needs a window of 1 to 20 words"),
                    ))
                }
                (other, _) => {
                    return Err(err(
                        source,
                        format!("{place}: unknown scope {other:?} (expected sentence or before)"),
                    ))
                }
            };
            let mut factor = [1.0f32; N_CATEGORIES];
            for (name, v) in &m.factor {
                let Some(ci) = CATEGORY_NAMES.iter().position(|n| n == name) else {
                    return Err(err(
                        source,
                        format!("{place}: factor for unknown category {name:?}"),
                    ));
                };
                factor[ci] = check_unit(source, &place, "factor", *v)?;
            }
            if m.terms.is_empty() {
                return Err(err(source, format!("{place}: no terms")));
            }
            let id = u16::try_from(mi).map_err(|_| err(source, "too many modifiers"))?;
            for term in &m.terms {
                for pat in expand_term(source, &place, term, years)? {
                    add(pat, Meaning::Modifier { modifier: id });
                }
            }
            modifiers.push(Modifier {
                name: m.name.clone(),
                scope,
                factor,
            });
        }

        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            // A full DFA over ASCII-lowercase patterns (the text is lowercased before the
            // scan): faster than the NFA for overlapping search, about 1.7 MB for the bundled
            // rules.
            .kind(Some(AhoCorasickKind::DFA))
            .build(&strings)
            .map_err(|e| err(source, format!("cannot build the term automaton: {e}")))?;
        Ok(Self {
            settings,
            categories,
            modifiers,
            patterns,
            automaton,
            max_window,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled_with(from: &str, to: &str) -> String {
        assert!(BUNDLED_RULES.contains(from), "{from}");
        BUNDLED_RULES.replacen(from, to, 1)
    }

    fn message(text: &str) -> String {
        match RuleSet::parse(text, "test.toml") {
            Ok(_) => String::from("ok"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn bundled_rules_load() {
        let r = RuleSet::parse(BUNDLED_RULES, "bundled").unwrap();
        assert_eq!(r.categories.len(), 3);
        assert!(r.patterns.len() > 300);
    }

    #[test]
    fn errors_name_file_rule_and_problem() {
        let m = message(&bundled_with(
            "kind = \"trigger\"\nweight = 0.95",
            "kind = \"trigar\"\nweight = 0.95",
        ));
        assert!(m.contains("test.toml"), "{m}");
        assert!(m.contains("category \"military_aid\", rule \""), "{m}");
        assert!(m.contains("unknown kind \"trigar\""), "{m}");

        let m = message(&bundled_with("weight = 0.95", "weight = 1.5"));
        assert!(m.contains("weight 1.5 must be between 0 and 1"), "{m}");

        let m = message(&bundled_with("plover = [\"AID\"]", "plover = [\"HELP\"]"));
        assert!(m.contains("unknown PLOVER event type \"HELP\""), "{m}");

        let m = message(&bundled_with("cameo = [\"072\"]", "cameo = [\"07a\"]"));
        assert!(m.contains("CAMEO code \"07a\""), "{m}");

        let m = message(&bundled_with("\"send*\"", "\"se*nd\""));
        assert!(m.contains("`*` is only allowed at the end"), "{m}");

        let m = message(&bundled_with(
            "name = \"casualties\"",
            "name = \"casualty\"",
        ));
        assert!(m.contains("unknown category \"casualty\""), "{m}");

        let m = message("version = 1\n[settings]\n");
        assert!(m.contains("not valid rules TOML"), "{m}");

        // Only block rules can lift vetoes.
        let m = message(&bundled_with(
            "kind = \"trigger\"\nweight = 0.95",
            "kind = \"trigger\"\nlifts_vetoes = true\nweight = 0.95",
        ));
        assert!(m.contains("only block rules can lift vetoes"), "{m}");
    }

    #[test]
    fn year_placeholder_expands() {
        let r = RuleSet::parse(BUNDLED_RULES, "bundled").unwrap();
        let hits: Vec<_> = r
            .automaton
            .find_overlapping_iter("killed in 2014")
            .map(|m| m.pattern().as_usize())
            .collect();
        assert!(hits.iter().any(|&p| r.patterns[p]
            .meanings
            .iter()
            .any(|m| matches!(m, Meaning::Modifier { .. }))));
    }
}
