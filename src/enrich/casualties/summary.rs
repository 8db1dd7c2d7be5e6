//! Casualty totals per kind without double counting restatements: reports grouped into
//! incidents, restatements, running tolls, breakdowns and background (see the parent module's
//! docs and `docs/enrich-ner.md`).

use crate::schema::v1::{CasualtyKind, CasualtyReport, CasualtySummary};

use super::{is_armed, iso_day, Scope};

/// Reports older than this before publication are background ("a similar attack in 2023
/// killed 40"): listed, but not in the article's totals.
const BACKGROUND_DAYS: i64 = 30;

/// A running statistic starting longer ago than this ("1,800 killed since September 2024") is
/// background; a recent one ("58 since May 20") is the news.
const BACKGROUND_SINCE_DAYS: i64 = 90;

/// How a report takes part in the totals.
#[derive(Debug, Clone, Default)]
pub struct ReportKey {
    /// The (lowercase) place of the report's incident; a unique suffix for additional ones.
    pub incident: String,
    /// The victims' role key ([`super::ROLES`]), or "" for generic victims.
    pub role: String,
    /// The sentence the report is in: two reports of one kind in one sentence are different
    /// victims ("seriously wounding the driver and lightly injuring two passers-by").
    pub sentence: usize,
    /// Another source's figure for victims already counted in the sentence ("19 people were
    /// killed, rescue officials said, but the hospital said it had received 22 bodies").
    pub competing: bool,
    /// Over how many incidents the count goes.
    pub scope: Scope,
    /// The middle day of the report's period ("in June"), for the background test; else none
    /// (the report's date is used).
    pub period_mid: Option<chrono::NaiveDate>,
    /// A running statistic since a date ("has killed 58 people since May 20"): it runs to
    /// the present, so only an old start ([`BACKGROUND_SINCE_DAYS`]) makes it background.
    pub since: bool,
    /// The places named in the report's sentence (lowercase): a count over several incidents
    /// ("attacked a post outside Djibo and a convoy near Kaya, killing 35") takes in the
    /// incidents at those places after it.
    pub scope_places: Vec<String>,
    /// "four more people were killed": victims on top of the incident's count so far.
    pub more: bool,
}

impl ReportKey {
    /// The sentence whose other reports are other victims; none for a competing figure.
    fn own_sentence(&self) -> Option<usize> {
        (!self.competing).then_some(self.sentence)
    }
}

/// Article totals without double counting (see the module docs for the rule).
/// `keys[i]` says how report `i` counts; `body_start` the char offset of the body: reports
/// before it are in the headline, which summarises the body, so a kind's total is the larger
/// of the two, not their sum. Background reports (dated more than [`BACKGROUND_DAYS`] before
/// `published`) and vague ones are left out.
pub fn summarize(
    reports: &[CasualtyReport],
    keys: &[ReportKey],
    body_start: u32,
    published: Option<chrono::NaiveDate>,
) -> CasualtySummary {
    let background = |r: &CasualtyReport, key: &ReportKey| {
        let date = key.period_mid.or_else(|| iso_day(&r.date));
        let days = if key.since {
            BACKGROUND_SINCE_DAYS
        } else {
            BACKGROUND_DAYS
        };
        matches!((date, published), (Some(d), Some(p)) if (p - d).num_days() > days)
    };
    let mut headline = Vec::new();
    let mut body = Vec::new();
    for (r, key) in reports.iter().zip(keys) {
        if r.vague || background(r, key) {
            continue;
        }
        if r.span.as_ref().is_some_and(|s| s.start < body_start) {
            headline.push((r, key));
        } else {
            body.push((r, key));
        }
    }
    // A toll the body corrects downwards overrides the headline's earlier figure.
    let corrected = |kind: CasualtyKind| {
        body.iter()
            .any(|(r, _)| r.kind == kind as i32 && r.cumulative && revised_down(&r.text))
    };
    let both = |kind: CasualtyKind| {
        let b = total(&body, kind);
        if corrected(kind) {
            b
        } else {
            b.max(total(&headline, kind))
        }
    };
    CasualtySummary {
        killed: both(CasualtyKind::Killed),
        injured: both(CasualtyKind::Injured),
        missing: both(CasualtyKind::Missing),
    }
}

/// One incident while totalling: its place and date (lowercase, possibly empty) and counts.
struct Incident {
    place: String,
    date: String,
    /// The largest count of generic victims ("people").
    generic: u32,
    /// The largest count per victim role key ("soldier", "guard+police").
    roles: Vec<(String, u32)>,
    /// Attackers killed after a count of their victims ("19 attackers were killed"): no
    /// generic count restates them.
    extra: u32,
    /// The sentence of the last report and the sum of that sentence's reports: reports of one
    /// sentence are different victims ("seriously wounding the driver and lightly injuring two
    /// passers-by"), together a list that an earlier count may restate.
    last_sentence: Option<usize>,
    sentence_sum: u32,
    /// The count of the last report (or sentence) added: "N more" counts on from it.
    last: u32,
    /// A running toll: it matches later reports of its place whatever their date.
    cumulative: bool,
    /// An overall count ("11 people in total"): the incidents after it that fit in it are
    /// its breakdown.
    overall: bool,
    /// A count over several incidents: the places it names; the incidents after it at those
    /// places (or without one) that fit in it are its breakdown.
    scope_places: Option<Vec<String>>,
    /// How many reports it has (a breakdown needs two or more).
    reports: usize,
}

impl Incident {
    fn new(place: String, date: String, cumulative: bool) -> Self {
        Self {
            place,
            date,
            generic: 0,
            roles: Vec::new(),
            extra: 0,
            last_sentence: None,
            sentence_sum: 0,
            last: 0,
            cumulative,
            overall: false,
            scope_places: None,
            reports: 0,
        }
    }

    /// Different roles add up; a generic count may restate all of them.
    fn count(&self) -> u32 {
        let roles = self
            .roles
            .iter()
            .fold(0u32, |a, (_, n)| a.saturating_add(*n));
        self.generic.max(roles).saturating_add(self.extra)
    }

    /// A running toll of one role ("a third gunman"): the role's count is at least `count`.
    fn raise(&mut self, role: &str, count: u32) {
        self.reports += 1;
        let has_role = self.roles.iter().any(|(r, _)| r == role);
        if is_armed(role)
            && !has_role
            && (self.extra > 0 || self.generic > 0 || !self.roles.is_empty())
        {
            self.extra = self.extra.max(count);
            return;
        }
        match self.roles.iter_mut().find(|(r, _)| *r == role) {
            Some(r) => r.1 = r.1.max(count),
            None => self.roles.push((role.to_string(), count)),
        }
    }

    /// A restated or risen figure supersedes the earlier one of its role; a second report of
    /// the kind in a sentence already counted is other victims, unless it is another
    /// source's figure (`sentence` is `None`).
    fn add(&mut self, role: &str, count: u32, sentence: Option<usize>, more: bool) {
        let again = sentence.is_some() && self.last_sentence == sentence;
        if sentence.is_some() {
            self.last_sentence = sentence;
        }
        self.reports += 1;
        if again {
            self.sentence_sum = self.sentence_sum.saturating_add(count);
            self.last = self.sentence_sum;
            self.generic = self.generic.max(self.sentence_sum);
            // "Two soldiers were killed and one civilian died": a role's victims add to the
            // other roles too.
            if !role.is_empty() {
                match self.roles.iter_mut().find(|(r, _)| *r == role) {
                    // (not when the sentence's sum restates the role's earlier count:
                    // "killed nine workers ... The bodies of seven were found and two workers
                    // died")
                    Some(r) if r.1 < self.sentence_sum => r.1 = r.1.saturating_add(count),
                    Some(_) => {}
                    None => self.roles.push((role.to_string(), count)),
                }
            }
            return;
        }
        self.sentence_sum = count;
        // Attackers killed after a count of their victims: never a restatement of it.
        let attackers = is_armed(role)
            && (self.generic > 0 || !self.roles.is_empty())
            && !self.roles.iter().any(|(r, _)| r == role);
        // "Four other people were wounded. ... a soldier was lightly injured": one victim of
        // a role of its own after a generic count, in a sentence of its own, is one more.
        let one_more = count == 1 && !role.is_empty() && self.generic > 1 && self.roles.is_empty();
        // "killing eight ... killing six more": the earlier report and the new victims
        // together, which an earlier total may already cover.
        if more && self.last > 0 {
            self.last = self.last.saturating_add(count);
            self.generic = self.generic.max(self.last);
            return;
        }
        self.last = count;
        if attackers || one_more {
            self.extra = self.extra.saturating_add(count);
        } else if role.is_empty() {
            self.generic = self.generic.max(count);
        } else if let Some(r) = self.roles.iter_mut().find(|(r, _)| *r == role) {
            r.1 = r.1.max(count);
        } else {
            self.roles.push((role.to_string(), count));
        }
    }
}

/// "revised the toll down to 11", "lowered the toll to 15", "the number of missing fell to
/// 14": a correction replaces the figure even when it is lower.
fn revised_down(text: &str) -> bool {
    let t = text.to_lowercase();
    t.contains(" down to")
        || t.contains("lowered")
        || t.contains("revised down")
        || t.contains(" fell to")
        || t.contains(" dropped to")
}

fn total(reports: &[(&CasualtyReport, &ReportKey)], kind: CasualtyKind) -> u32 {
    let mut incidents: Vec<Incident> = Vec::new();
    let mut current: Option<usize> = None;
    for (r, key) in reports.iter().filter(|(r, _)| r.kind == kind as i32) {
        let place = key.incident.clone();
        // "eight passengers were still missing": the current figure replaces the earlier
        // missing counts of its place.
        // "the number of missing fell to 14": so does a running figure of the missing.
        if kind == CasualtyKind::Missing
            && (r.text.contains(" still ") || r.text.contains("remain") || r.cumulative)
        {
            incidents.retain(|i| !(i.place == place || i.place.is_empty() || place.is_empty()));
            current = None;
        }
        // "the body of a third gunman": a running toll of one role raises that role's count.
        if r.cumulative && !key.role.is_empty() && !incidents.is_empty() && !revised_down(&r.text) {
            let k = incidents.iter().position(|i| i.place == place).or(current);
            if let Some(i) = k.and_then(|k| incidents.get_mut(k)) {
                i.raise(&key.role, r.count);
                continue;
            }
        }
        // An equal count over several places restates an earlier one.
        let restates_several = key.scope == Scope::Several
            && incidents
                .iter()
                .any(|i| i.scope_places.is_some() && i.count() == r.count);
        if restates_several {
            continue;
        }
        if key.scope != Scope::Incident && !r.cumulative {
            let mut i = Incident::new(format!("{place}#scope"), r.date.clone(), false);
            i.overall = key.scope == Scope::Overall;
            if key.scope == Scope::Several {
                i.scope_places = Some(key.scope_places.clone());
            }
            i.add("", r.count, key.own_sentence(), false);
            incidents.push(i);
            current = Some(incidents.len() - 1);
            continue;
        }
        // "killed five civilians across the region ... The fifth victim was killed in
        // Beryslav": a running toll equal to an overall count restates it.
        if r.cumulative && incidents.iter().any(|i| i.overall && i.count() == r.count) {
            continue;
        }
        if r.cumulative {
            // A running toll restates what came before: it replaces the incidents so far
            // when it covers them all (or corrects them downwards), else it updates its
            // incident.
            let so_far = incidents
                .iter()
                .fold(0u32, |a, i| a.saturating_add(i.count()));
            if r.count >= so_far || revised_down(&r.text) {
                // The toll keeps the date of the incident it updates: a report of another
                // day is another incident.
                let first_date = incidents
                    .first()
                    .map(|i| i.date.clone())
                    .unwrap_or_default();
                incidents.clear();
                let mut i = Incident::new(place, first_date, true);
                i.add("", r.count, key.own_sentence(), false);
                incidents.push(i);
                current = Some(0);
            } else if let Some(i) = incidents
                .iter()
                .position(|i| i.place == place)
                .or(current)
                .and_then(|k| incidents.get_mut(k))
            {
                i.generic = i.generic.max(r.count);
                i.reports += 1;
            }
            continue;
        }
        // Same place and a compatible date (equal, or either unknown; any date for a running
        // toll): the same incident.
        // "killing 32 people" over two villages near Bokkos, then "Thirty-two bodies had been
        // recovered": an equal count restates a count over several incidents.
        // "killed 42 civilians in raids on two villages ... 27 bodies in Oicha and 15 more": a
        // count over several incidents is restated wherever the restatement places it.
        let restated = incidents.iter().position(|i| {
            (i.place.strip_suffix("#scope") == Some(place.as_str()) || i.scope_places.is_some())
                && !i.overall
                && i.count() == r.count
        });
        if let Some(k) = restated {
            incidents[k].reports += 1;
            current = Some(k);
            continue;
        }
        // "Rescuers had brought out six bodies by Monday evening": bodies recovered on a later
        // day belong to the incident of their place.
        let recovered = r.text.contains(" bodies");
        let same = incidents.iter().position(|i| {
            i.place == place
                && ((i.cumulative && i.date.is_empty())
                    || recovered
                    || i.date.is_empty()
                    || r.date.is_empty()
                    || i.date == r.date)
        });
        match same {
            Some(k) => {
                let i = &mut incidents[k];
                i.add(&key.role, r.count, key.own_sentence(), key.more);
                if i.date.is_empty() && !i.cumulative {
                    i.date.clone_from(&r.date);
                }
                current = Some(k);
            }
            None => {
                let mut i = Incident::new(place, r.date.clone(), false);
                i.add(&key.role, r.count, key.own_sentence(), key.more);
                incidents.push(i);
                current = Some(incidents.len() - 1);
            }
        }
    }
    // "killed at least 23 people in attacks on two villages ... 15 people in Kairu ... eight
    // worshippers near Tsafe": incidents right after one that add up to exactly its count
    // (with two reports or more) are its breakdown.
    let counts: Vec<(u32, usize)> = incidents.iter().map(|i| (i.count(), i.reports)).collect();
    let mut absorbed = vec![false; incidents.len()];
    let mut i = 0;
    while i < counts.len() {
        let (target, _) = counts[i];
        let (mut acc, mut reports) = (0u32, 0usize);
        let mut skip = 0;
        for (n, (c, k)) in counts.iter().enumerate().skip(i + 1) {
            // "A third attack, ... left 14 people dead": an incident marked as another one is
            // no part of an earlier count.
            if incidents[n].place.contains("#+") {
                break;
            }
            acc = acc.saturating_add(*c);
            reports += k;
            if acc >= target {
                if acc == target && reports >= 2 {
                    skip = n - i;
                }
                break;
            }
        }
        for a in absorbed.iter_mut().skip(i + 1).take(skip) {
            *a = true;
        }
        i += 1 + skip;
    }
    // An overall count absorbs the incidents after it that still fit in it ("At least 17
    // people were killed across the state ... seven in Culiacan ... four in Mazatlan"), a count
    // over several incidents those at its places; not those marked as additional
    // ("Separately", "also").
    for i in 0..incidents.len() {
        if !(incidents[i].overall || incidents[i].scope_places.is_some()) || absorbed[i] {
            continue;
        }
        let mut room = incidents[i].count();
        // "The Ombudsman counted 49 injured in total since the strike began": an overall count
        // also sums up the incidents before it.
        let first = if incidents[i].overall { 0 } else { i + 1 };
        for j in (first..incidents.len()).filter(|&j| j != i) {
            let c = incidents[j].count();
            let place = incidents[j].place.split('#').next().unwrap_or_default();
            // (or at the scope's own place, or anywhere when it names none: "strikes on two
            // villages in the Nabatieh district killed five ... outside Kfar Roummane, killing
            // three")
            let own = incidents[i].place.split('#').next() == Some(place);
            let within = incidents[i].scope_places.as_ref().is_none_or(|names| {
                place.is_empty() || own || names.is_empty() || names.iter().any(|n| n == place)
            });
            if !absorbed[j] && !incidents[j].place.contains("#+") && within && c <= room {
                absorbed[j] = true;
                room -= c;
            }
        }
    }
    incidents
        .iter()
        .zip(&absorbed)
        .filter(|(_, a)| !**a)
        .fold(0u32, |acc, (i, _)| acc.saturating_add(i.count()))
}
