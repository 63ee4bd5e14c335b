//! Fact keys and matching, as `score.py` does them: a strict key per kind, a relaxed
//! second chance, greedy one-to-one matching in gold order, and dedupe by strict key.

use super::fold::{
    alnum, base_qty, fold, iso_duration, item_key, law_key, num, place, section, DurationKey,
};
use super::json::Json;

/// The kinds scored, in report order.
pub const KINDS: &[&str] = &[
    "count",
    "age",
    "date",
    "date_range",
    "duration",
    "statute",
    "law",
    "money",
    "seizure",
    "agency",
    "operation",
    "jurisdiction",
    "person",
    "quote",
];

/// One component of a strict key.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    /// Folded text.
    Text(String),
    /// A rounded number, or `None` when absent or not a number (NaN never equals).
    Num(Option<f64>),
    /// A duration.
    Duration(DurationKey),
}

/// `strict_key(fact)`; `None` for an unknown kind.
pub fn strict_key(f: &Json) -> Option<Vec<Part>> {
    use Part::{Num, Text};
    let k = f.at("kind").as_str()?;
    let t = |field: &str| Text(fold(f.at(field)));
    let n = |field: &str| Num(num(f.at(field)));
    Some(match k {
        "count" => vec![t("unit"), n("value"), t("gender")],
        "age" => vec![n("min"), n("max")],
        "date" => vec![t("date")],
        "date_range" => vec![t("start"), t("end")],
        "duration" => vec![Part::Duration(iso_duration(f.at("iso")))],
        "statute" => vec![Text(law_key(f.at("law"))), Text(section(f.at("section")))],
        "law" => vec![Text(law_key(f.at("name")))],
        "money" => vec![Text(fold(f.at("currency")).to_uppercase()), n("amount")],
        "seizure" => vec![Text(item_key(f.at("item"))), n("count"), Num(base_qty(f))],
        "agency" => {
            let a = alnum(f.at("name"));
            vec![Text(a.strip_prefix("the ").unwrap_or(&a).to_string())]
        }
        "operation" | "person" => vec![Text(alnum(f.at("name")))],
        "jurisdiction" => vec![Text(place(f.at("name")))],
        "quote" => vec![Text(alnum(f.at("text")))],
        _ => return None,
    })
}

fn contains(a: &str, b: &str) -> bool {
    !a.is_empty() && !b.is_empty() && (a.contains(b) || b.contains(a))
}

/// `relaxed_match(gold, pred)`: a second chance for facts whose strict keys differ
/// only in detail.
pub fn relaxed_match(g: &Json, p: &Json) -> bool {
    let len = |s: &str| s.chars().count();
    match g.at("kind").as_str().unwrap_or("") {
        "count" => {
            fold(g.at("unit")) == fold(p.at("unit")) && num(g.at("value")) == num(p.at("value"))
        }
        "seizure" => {
            let (gi, pi) = (item_key(g.at("item")), item_key(p.at("item")));
            let (gl, pl) = (
                gi.split(' ').rfind(|w| !w.is_empty()),
                pi.split(' ').rfind(|w| !w.is_empty()),
            );
            matches!((gl, pl), (Some(a), Some(b)) if a == b)
                && num(g.at("count")) == num(p.at("count"))
                && base_qty(g) == base_qty(p)
        }
        "statute" => {
            section(g.at("section")) == section(p.at("section"))
                && contains(&law_key(g.at("law")), &law_key(p.at("law")))
        }
        "law" => contains(&law_key(g.at("name")), &law_key(p.at("name"))),
        "agency" => {
            let (ga, pa) = (alnum(g.at("abbr")), alnum(p.at("abbr")));
            if !ga.is_empty() && !pa.is_empty() {
                return ga == pa;
            }
            let (gn, pn) = (alnum(g.at("name")), alnum(p.at("name")));
            contains(&gn, &pn) && len(&gn).min(len(&pn)) >= 6
        }
        "person" | "operation" => {
            let (gn, pn) = (alnum(g.at("name")), alnum(p.at("name")));
            contains(&gn, &pn) && len(&gn).min(len(&pn)) >= 4
        }
        "quote" => {
            let (gt, pt) = (alnum(g.at("text")), alnum(p.at("text")));
            contains(&gt, &pt) && len(&gt).min(len(&pt)) >= 12
        }
        _ => false,
    }
}

/// The outcome of matching one kind's facts of one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matching {
    /// `(gold index, predicted index)` pairs.
    pub pairs: Vec<(usize, usize)>,
    /// Gold facts left unmatched (misses).
    pub missed: Vec<usize>,
    /// Predicted facts left unmatched (spurious).
    pub spurious: Vec<usize>,
}

/// `match(gold, pred)`: one to one, strict keys first, then relaxed, each gold fact
/// taking the first free predicted fact that fits.
pub fn match_facts(gold: &[&Json], pred: &[&Json]) -> Matching {
    let pkeys: Vec<Option<Vec<Part>>> = pred.iter().map(|p| strict_key(p)).collect();
    let mut free: Vec<usize> = (0..pred.len()).collect();
    let mut m = Matching::default();
    let mut unmatched = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let gk = strict_key(g);
        match free.iter().position(|&pi| pkeys[pi] == gk) {
            Some(at) => m.pairs.push((gi, free.remove(at))),
            None => unmatched.push(gi),
        }
    }
    for gi in unmatched {
        match free
            .iter()
            .position(|&pi| relaxed_match(gold[gi], pred[pi]))
        {
            Some(at) => m.pairs.push((gi, free.remove(at))),
            None => m.missed.push(gi),
        }
    }
    m.spurious = free;
    m
}

/// `dedupe(facts)`: the first fact of each strict key.
pub fn dedupe<'a>(facts: impl IntoIterator<Item = &'a Json>) -> Vec<&'a Json> {
    let mut seen: Vec<(Option<&str>, Option<Vec<Part>>)> = Vec::new();
    let mut out = Vec::new();
    for f in facts {
        let k = (f.at("kind").as_str(), strict_key(f));
        if !seen.contains(&k) {
            seen.push(k);
            out.push(f);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn j(s: &str) -> Json {
        Json::parse(s).unwrap()
    }

    #[test]
    fn strict_then_relaxed() {
        let g = [
            j(r#"{"kind":"count","value":4,"unit":"person","gender":"male"}"#),
            j(r#"{"kind":"count","value":7,"unit":"person"}"#),
        ];
        let p = [
            j(r#"{"kind":"count","value":7,"unit":"person","gender":"female"}"#),
            j(r#"{"kind":"count","value":"4","unit":"Person","gender":"male"}"#),
        ];
        let m = match_facts(&g.iter().collect::<Vec<_>>(), &p.iter().collect::<Vec<_>>());
        assert_eq!(m.pairs, [(0, 1), (1, 0)]);
        assert!(m.missed.is_empty() && m.spurious.is_empty());
    }

    #[test]
    fn dedupes_by_key() {
        let f = [
            j(r#"{"kind":"law","name":"Penal Code 1871"}"#),
            j(r#"{"kind":"law","name":"the penal code"}"#),
        ];
        assert_eq!(dedupe(&f).len(), 1);
    }
}
