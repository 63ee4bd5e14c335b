//! The scorer's result, its JSON (byte for byte what `score.py --json` prints) and its
//! table (the layout of `score.py` without `--json`).

use super::json::{dumps, Json};
use std::fmt::Write as _;

/// Precision, recall and F1 as `score.py` defines them for empty sets: no prediction
/// and no gold is perfect; no gold gives recall 1.
pub fn f1(tp: usize, npred: usize, ngold: usize) -> (f64, f64, f64) {
    let p = if npred > 0 {
        tp as f64 / npred as f64
    } else if ngold == 0 {
        1.0
    } else {
        0.0
    };
    let r = if ngold > 0 {
        tp as f64 / ngold as f64
    } else {
        1.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// Counts and rates of one kind (or overall).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KindScore {
    /// Matched pairs.
    pub tp: usize,
    /// Predicted facts (after dedupe).
    pub pred: usize,
    /// Gold facts (after dedupe).
    pub gold: usize,
    /// Precision.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// F1.
    pub f1: f64,
}

impl KindScore {
    /// From counts.
    pub fn new(tp: usize, pred: usize, gold: usize) -> Self {
        let (p, r, f1) = f1(tp, pred, gold);
        KindScore {
            tp,
            pred,
            gold,
            p,
            r,
            f1,
        }
    }
}

/// One line of the verbose listing.
#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    /// Article id.
    pub id: String,
    /// `missed`, `spurious`, `boilerplate kept`, `content lost`.
    pub what: &'static str,
    /// The fact kind, or `body`.
    pub kind: String,
    /// The fact (predicted facts without `span`) or the line.
    pub item: Json,
}

/// The scorer's result.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Gold files scored.
    pub articles: usize,
    /// Gold ids without a record.
    pub missing_records: Vec<String>,
    /// Per kind (kinds with gold or predicted facts, in [`super::KINDS`] order).
    pub kinds: Vec<(String, KindScore)>,
    /// All kinds together (micro).
    pub overall: KindScore,
    /// Matched person counts whose gold has a role: share with the same role.
    pub role_accuracy: Option<f64>,
    /// Matched facts whose gold names a jurisdiction: share with the same one.
    pub attribution_accuracy: Option<f64>,
    /// Exact-match rates of `title`, `publisher`, `published` (in first-seen order).
    pub meta: Vec<(String, f64)>,
    /// Share of gold boilerplate lines absent from the bodies.
    pub boilerplate_removed: Option<f64>,
    /// Share of gold content snippets present in the bodies.
    pub content_kept: Option<f64>,
    /// F1 per article, rounded to 3 places.
    pub per_article_f1: Vec<(String, f64)>,
    /// The verbose listing (empty unless asked for).
    pub details: Vec<Detail>,
}

fn opt(x: Option<f64>) -> Json {
    x.map_or(Json::Null, Json::Float)
}

fn int(n: usize) -> Json {
    Json::Int(n as i128)
}

fn pct(x: Option<f64>) -> String {
    x.map_or_else(|| "n/a".to_string(), |x| format!("{:.1}%", 100.0 * x))
}

impl Report {
    /// The result as `score.py` builds it, key for key.
    pub fn to_json_value(&self) -> Json {
        let kinds = self
            .kinds
            .iter()
            .map(|(k, v)| {
                let o = vec![
                    ("tp".into(), int(v.tp)),
                    ("pred".into(), int(v.pred)),
                    ("gold".into(), int(v.gold)),
                    ("p".into(), Json::Float(v.p)),
                    ("r".into(), Json::Float(v.r)),
                    ("f1".into(), Json::Float(v.f1)),
                ];
                (k.clone(), Json::Obj(o))
            })
            .collect();
        let o = &self.overall;
        let overall = vec![
            ("p".into(), Json::Float(o.p)),
            ("r".into(), Json::Float(o.r)),
            ("f1".into(), Json::Float(o.f1)),
            ("tp".into(), int(o.tp)),
            ("pred".into(), int(o.pred)),
            ("gold".into(), int(o.gold)),
        ];
        Json::Obj(vec![
            ("articles".into(), int(self.articles)),
            (
                "missing_records".into(),
                Json::Arr(
                    self.missing_records
                        .iter()
                        .map(|s| Json::Str(s.clone()))
                        .collect(),
                ),
            ),
            ("kinds".into(), Json::Obj(kinds)),
            ("overall".into(), Json::Obj(overall)),
            ("role_accuracy".into(), opt(self.role_accuracy)),
            (
                "attribution_accuracy".into(),
                opt(self.attribution_accuracy),
            ),
            (
                "meta".into(),
                Json::Obj(
                    self.meta
                        .iter()
                        .map(|(k, v)| (k.clone(), Json::Float(*v)))
                        .collect(),
                ),
            ),
            ("boilerplate_removed".into(), opt(self.boilerplate_removed)),
            ("content_kept".into(), opt(self.content_kept)),
            (
                "per_article_f1".into(),
                Json::Obj(
                    self.per_article_f1
                        .iter()
                        .map(|(k, v)| (k.clone(), Json::Float(*v)))
                        .collect(),
                ),
            ),
        ])
    }

    /// What `score.py --json` prints (without the final newline).
    pub fn to_json(&self) -> String {
        dumps(&self.to_json_value(), true, Some(2))
    }

    /// What `score.py` prints without `--json`: the table, the rates, the verbose
    /// listing, and the closing F1 line.
    pub fn table(&self) -> String {
        let mut s = String::new();
        let row = |s: &mut String, k: &str, v: &KindScore| {
            let _ = writeln!(
                s,
                "{k:<13}{:>6}{:>6}{:>6}{:>7.3}{:>7.3}{:>7.3}",
                v.gold, v.pred, v.tp, v.p, v.r, v.f1
            );
        };
        let _ = writeln!(
            s,
            "{:<13}{:>6}{:>6}{:>6}{:>7}{:>7}{:>7}",
            "kind", "gold", "pred", "tp", "P", "R", "F1"
        );
        for (k, v) in &self.kinds {
            row(&mut s, k, v);
        }
        row(&mut s, "overall", &self.overall);
        let _ = writeln!(
            s,
            "role accuracy {} · jurisdiction attribution {} · boilerplate removed {} · content kept {}",
            pct(self.role_accuracy),
            pct(self.attribution_accuracy),
            pct(self.boilerplate_removed),
            pct(self.content_kept)
        );
        let meta: Vec<String> = self
            .meta
            .iter()
            .map(|(k, v)| format!("{k} {}", pct(Some(*v))))
            .collect();
        let _ = writeln!(s, "meta: {}", meta.join(", "));
        if !self.missing_records.is_empty() {
            let _ = writeln!(s, "no record for: {}", self.missing_records.join(", "));
        }
        for d in &self.details {
            let _ = writeln!(
                s,
                "  {}: {} {}: {}",
                d.id,
                d.what,
                d.kind,
                dumps(&d.item, false, None)
            );
        }
        let _ = writeln!(s, "F1 {:.3}", self.overall.f1);
        s
    }
}
