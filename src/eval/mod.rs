//! The fact-level scorer: a faithful port of `shared/eval/score.py` (see `FACTS.md`,
//! "Scoring"), so `blotter eval` and the referee agree to the fact.
//!
//! Per article and kind, gold and predicted facts are deduplicated by strict key and
//! matched one to one (strict keys first, then a relaxed second chance); true
//! positives, predictions and gold facts are summed over the corpus (micro) per kind
//! and overall. Also reported: role accuracy on matched person counts, jurisdiction
//! attribution on matched facts whose gold names one, meta title/publisher/published
//! rates, boilerplate lines removed, content snippets kept, and F1 per article.
//!
//! ```
//! use blotter::eval::{score, Gold, Records};
//!
//! let gold = Gold::parse("raid", r#"{"id": "raid", "facts": [
//!     {"kind": "count", "value": 4, "unit": "person", "gender": "male", "role": "arrested"}]}"#).unwrap();
//! let record = blotter::extract_text("raid", "Police raid\n\nIn Malaysia, four local men were arrested.");
//! let records = Records::from_records([&record]);
//! let report = score(&[gold], &records, false);
//! assert_eq!(report.overall.gold, 1);
//! assert!(report.table().contains("overall"));
//! ```

mod fold;
mod json;
mod keys;
mod report;

pub use json::Json;
pub use keys::{match_facts, relaxed_match, strict_key, Matching, KINDS};
pub use report::{Detail, KindScore, Report};

use crate::error::{Error, Result};
use crate::record::Record;
use fold::{fold, place, splitlines};
use std::collections::HashMap;
use std::path::Path;

/// One gold file: what a careful reader extracts from one article.
#[derive(Debug, Clone)]
pub struct Gold {
    /// The article id (the file's `id`, else its name without `.gold.json`).
    pub id: String,
    /// False when the file's `id` is set but is not a string (it then matches no record).
    pub id_matches: bool,
    /// The parsed file.
    pub json: Json,
}

impl Gold {
    /// A gold file's text; `stem` is its name without `.gold.json`.
    pub fn parse(stem: &str, text: &str) -> Result<Gold> {
        let json = Json::parse(text).map_err(|e| Error::Malformed {
            name: format!("{stem}.gold.json"),
            message: e.to_string(),
        })?;
        if !matches!(json, Json::Obj(_)) {
            return Err(Error::Malformed {
                name: format!("{stem}.gold.json"),
                message: "not a JSON object".into(),
            });
        }
        let id = json.at("id");
        let (id, id_matches) = match id {
            Json::Str(s) if !s.is_empty() => (s.clone(), true),
            v if v.truthy() => (v.py_str().unwrap_or_default(), false),
            _ => (stem.to_string(), true),
        };
        Ok(Gold {
            id,
            id_matches,
            json,
        })
    }

    /// Every `<id>.gold.json` of `dir`, sorted by file name.
    pub fn load_dir(dir: &Path) -> Result<Vec<Gold>> {
        let io = |source| Error::Io {
            path: dir.to_path_buf(),
            source,
        };
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .map_err(io)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.ends_with(".gold.json"))
            })
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|p| {
                let text = std::fs::read_to_string(p).map_err(|source| Error::Io {
                    path: p.clone(),
                    source,
                })?;
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
                Gold::parse(&name[..name.len() - ".gold.json".len()], &text)
            })
            .collect()
    }
}

/// Predicted records by id (the last record of an id wins, as in `score.py`).
#[derive(Debug, Clone, Default)]
pub struct Records {
    by_id: HashMap<String, Json>,
}

impl Records {
    /// No records.
    pub fn new() -> Self {
        Records::default()
    }

    /// Add one record (any JSON object with an `id`; a missing id is `"None"`).
    pub fn insert(&mut self, rec: Json) {
        let id = rec.at("id").py_str().unwrap_or_else(|| "None".to_string());
        self.by_id.insert(id, rec);
    }

    /// Records from the library, as their JSON would read back.
    pub fn from_records<'a>(recs: impl IntoIterator<Item = &'a Record>) -> Self {
        let mut out = Records::new();
        for r in recs {
            // Through text, so key order is the record's own field order.
            let text = serde_json::to_string(r).unwrap_or_default();
            if let Ok(j) = Json::parse(&text) {
                out.insert(j);
            }
        }
        out
    }

    /// Records already turned into `serde_json::Value`s.
    pub fn from_values<'a>(values: impl IntoIterator<Item = &'a serde_json::Value>) -> Self {
        let mut out = Records::new();
        for v in values {
            out.insert(Json::from(v));
        }
        out
    }

    /// Records from JSON Lines text (`name` for errors).
    pub fn from_jsonl(name: &str, text: &str) -> Result<Self> {
        let mut out = Records::new();
        for (i, line) in splitlines(text).into_iter().enumerate() {
            let line = line.trim_matches(fold::py_space);
            if line.is_empty() {
                continue;
            }
            let j = Json::parse(line).map_err(|e| Error::Malformed {
                name: format!("{name}:{}", i + 1),
                message: e.to_string(),
            })?;
            if !matches!(j, Json::Obj(_)) {
                return Err(Error::Malformed {
                    name: format!("{name}:{}", i + 1),
                    message: "a record must be a JSON object".into(),
                });
            }
            out.insert(j);
        }
        Ok(out)
    }

    /// A JSON Lines file, or a directory of `<id>.json` records.
    pub fn load(path: &Path) -> Result<Self> {
        let io = |source| Error::Io {
            path: path.to_path_buf(),
            source,
        };
        if !path.is_dir() {
            let text = std::fs::read_to_string(path).map_err(io)?;
            return Records::from_jsonl(&path.to_string_lossy(), &text);
        }
        let mut files: Vec<_> = std::fs::read_dir(path)
            .map_err(io)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.ends_with(".json"))
            })
            .collect();
        files.sort();
        let mut out = Records::new();
        for f in files {
            let text = std::fs::read_to_string(&f).map_err(|source| Error::Io {
                path: f.clone(),
                source,
            })?;
            let j = Json::parse(&text).map_err(|e| Error::Malformed {
                name: f.to_string_lossy().into_owned(),
                message: e.to_string(),
            })?;
            out.insert(j);
        }
        Ok(out)
    }

    /// The record of `id`.
    pub fn get(&self, id: &str) -> Option<&Json> {
        self.by_id.get(id)
    }

    /// How many.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}

fn facts_of<'a>(doc: &'a Json, kind: &str) -> Vec<&'a Json> {
    let all: &[Json] = match doc.at("facts") {
        Json::Arr(a) => a,
        _ => &[],
    };
    keys::dedupe(all.iter().filter(|f| f.at("kind").as_str() == Some(kind)))
}

/// Score `records` against `golds`; `verbose` collects every miss, spurious fact,
/// boilerplate line kept and content snippet lost into [`Report::details`].
pub fn score(golds: &[Gold], records: &Records, verbose: bool) -> Report {
    let mut per_kind = vec![[0usize; 3]; KINDS.len()];
    let (mut role, mut attrib, mut boiler, mut content) =
        ([0usize; 2], [0usize; 2], [0usize; 2], [0usize; 2]);
    let mut meta: Vec<(&'static str, [usize; 2])> = Vec::new();
    let mut articles: Vec<(String, bool, f64)> = Vec::new();
    let mut details = Vec::new();
    let empty = Json::Obj(Vec::new());
    for gold in golds {
        let gid = &gold.id;
        let found = if gold.id_matches {
            records.get(gid)
        } else {
            None
        };
        let rec = found.unwrap_or(&empty);
        let (mut a_tp, mut a_pred, mut a_gold) = (0, 0, 0);
        for (ki, &kind) in KINDS.iter().enumerate() {
            let g = facts_of(&gold.json, kind);
            let p = facts_of(rec, kind);
            let m = match_facts(&g, &p);
            per_kind[ki][0] += m.pairs.len();
            per_kind[ki][1] += p.len();
            per_kind[ki][2] += g.len();
            a_tp += m.pairs.len();
            a_pred += p.len();
            a_gold += g.len();
            for &(gi, pi) in &m.pairs {
                if kind == "count"
                    && g[gi].at("role").truthy()
                    && fold(g[gi].at("unit")) == "person"
                {
                    role[1] += 1;
                    role[0] += usize::from(fold(g[gi].at("role")) == fold(p[pi].at("role")));
                }
                if g[gi].at("jurisdiction").truthy() {
                    attrib[1] += 1;
                    attrib[0] += usize::from(
                        place(g[gi].at("jurisdiction")) == place(p[pi].at("jurisdiction")),
                    );
                }
            }
            if verbose {
                for &gi in &m.missed {
                    details.push(Detail {
                        id: gid.clone(),
                        what: "missed",
                        kind: kind.to_string(),
                        item: g[gi].clone(),
                    });
                }
                for &pi in &m.spurious {
                    details.push(Detail {
                        id: gid.clone(),
                        what: "spurious",
                        kind: kind.to_string(),
                        item: p[pi].without("span"),
                    });
                }
            }
        }
        let gm = gold.json.at("meta");
        let rm = rec.at("meta");
        for field in ["title", "publisher", "published"] {
            if gm.at(field).truthy() {
                let at = match meta.iter().position(|(k, _)| *k == field) {
                    Some(i) => i,
                    None => {
                        meta.push((field, [0, 0]));
                        meta.len() - 1
                    }
                };
                meta[at].1[1] += 1;
                meta[at].1[0] += usize::from(fold(gm.at(field)) == fold(rm.at(field)));
            }
        }
        let body = match rec.at("body") {
            Json::Str(s) => s.as_str(),
            _ => "",
        };
        let lines: std::collections::HashSet<String> =
            splitlines(body).into_iter().map(fold::fold_str).collect();
        let fbody = fold(rec.at("body"));
        let list = |key: &str| match gold.json.at(key) {
            Json::Arr(a) => a.clone(),
            _ => Vec::new(),
        };
        for b in list("boilerplate") {
            let kept = lines.contains(&fold(&b));
            boiler[1] += 1;
            boiler[0] += usize::from(!kept);
            if verbose && kept {
                details.push(Detail {
                    id: gid.clone(),
                    what: "boilerplate kept",
                    kind: "body".into(),
                    item: b,
                });
            }
        }
        for c in list("content") {
            let kept = fbody.contains(&fold(&c));
            content[1] += 1;
            content[0] += usize::from(kept);
            if verbose && !kept {
                details.push(Detail {
                    id: gid.clone(),
                    what: "content lost",
                    kind: "body".into(),
                    item: c,
                });
            }
        }
        articles.push((
            gid.clone(),
            found.is_none(),
            report::f1(a_tp, a_pred, a_gold).2,
        ));
    }
    let ratio = |x: [usize; 2]| (x[1] > 0).then(|| x[0] as f64 / x[1] as f64);
    let kinds = KINDS
        .iter()
        .zip(&per_kind)
        .filter(|(_, v)| v[2] > 0 || v[1] > 0)
        .map(|(k, v)| (k.to_string(), KindScore::new(v[0], v[1], v[2])))
        .collect();
    let sum = |i: usize| per_kind.iter().map(|v| v[i]).sum::<usize>();
    let mut per_article_f1: Vec<(String, f64)> = Vec::new();
    for (id, _, f) in &articles {
        let f = fold::round(*f, 3);
        match per_article_f1.iter_mut().find(|(k, _)| k == id) {
            Some(slot) => slot.1 = f,
            None => per_article_f1.push((id.clone(), f)),
        }
    }
    Report {
        articles: golds.len(),
        missing_records: articles
            .iter()
            .filter(|a| a.1)
            .map(|a| a.0.clone())
            .collect(),
        kinds,
        overall: KindScore::new(sum(0), sum(1), sum(2)),
        role_accuracy: ratio(role),
        attribution_accuracy: ratio(attrib),
        meta: meta
            .iter()
            .filter_map(|(k, v)| ratio(*v).map(|r| (k.to_string(), r)))
            .collect(),
        boilerplate_removed: ratio(boiler),
        content_kept: ratio(content),
        per_article_f1,
        details,
    }
}
