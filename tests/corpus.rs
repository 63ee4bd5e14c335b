//! The per-kind example corpora (`src/extract/<kind>/corpus.txt`), run by one generic
//! runner through the whole pipeline.
//!
//! Format, one entry per line:
//!
//! ```text
//! # a comment
//! + In Malaysia, four local men were arrested.     a positive: the text…
//! = value=4 unit=person gender=male role=arrested  …and each fact of this kind it must give
//! - Box 1                                          a negative: no fact of this kind
//! ```
//!
//! A positive must yield exactly as many facts of its kind as it has `=` lines, each
//! matching one of them: every `key=value` names a field of the fact's JSON (quote
//! values with spaces: `item="mobile phone"`; `null` for null; `!key` for "absent").
//! `\n` in a text is a line break. Set `CORPUS=<kind>` to run one corpus.

use blotter::extract::CORPORA;
use blotter::Kind;
use serde_json::Value;

/// One `key=value` of an expected fact (`None` value: the key must be absent).
type Field = (String, Option<String>);

struct Entry {
    line: usize,
    text: String,
    /// `None` for a negative; else one list of fields per expected fact.
    expect: Option<Vec<Vec<Field>>>,
}

fn parse_expect(s: &str) -> Vec<Field> {
    let mut out = Vec::new();
    let mut rest = s.trim();
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('!') {
            let end = r.find(' ').unwrap_or(r.len());
            out.push((r[..end].to_string(), None));
            rest = r[end..].trim_start();
            continue;
        }
        let eq = rest
            .find('=')
            .unwrap_or_else(|| panic!("expected key=value in {s:?}"));
        let key = rest[..eq].to_string();
        let r = &rest[eq + 1..];
        let (val, next) = if let Some(q) = r.strip_prefix('"') {
            let end = q
                .find('"')
                .unwrap_or_else(|| panic!("unclosed quote in {s:?}"));
            (q[..end].to_string(), &q[end + 1..])
        } else {
            let end = r.find(' ').unwrap_or(r.len());
            (r[..end].to_string(), &r[end..])
        };
        out.push((key, Some(val)));
        rest = next.trim_start();
    }
    out
}

fn parse(src: &str) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let t = line.trim_end();
        if let Some(text) = t.strip_prefix("+ ") {
            out.push(Entry {
                line: i + 1,
                text: text.replace("\\n", "\n"),
                expect: Some(Vec::new()),
            });
        } else if let Some(text) = t.strip_prefix("- ") {
            out.push(Entry {
                line: i + 1,
                text: text.replace("\\n", "\n"),
                expect: None,
            });
        } else if let Some(e) = t.strip_prefix("= ") {
            let last = out.last_mut().expect("'=' line before any '+' entry");
            last.expect
                .as_mut()
                .unwrap_or_else(|| panic!("line {}: '=' after a negative", i + 1))
                .push(parse_expect(e));
        }
    }
    out
}

fn field_matches(fact: &Value, key: &str, want: &Option<String>) -> bool {
    let got = fact.get(key);
    match (want, got) {
        (None, None) | (None, Some(Value::Null)) => true,
        (None, Some(_)) => false,
        (Some(w), Some(Value::String(s))) => s == w,
        (Some(w), Some(Value::Null)) => w == "null",
        (Some(w), Some(Value::Number(n))) => {
            n.to_string() == *w
                || w.parse::<f64>()
                    .ok()
                    .zip(n.as_f64())
                    .is_some_and(|(a, b)| (a - b).abs() < 1e-9)
        }
        (Some(w), Some(v)) => serde_json::from_str::<Value>(w).is_ok_and(|parsed| parsed == *v),
        (Some(_), None) => false,
    }
}

fn check(kind: Kind, e: &Entry) -> Result<(), String> {
    let rec = blotter::extract_text("corpus", &e.text);
    let json = serde_json::to_value(&rec).unwrap();
    let facts: Vec<Value> = json["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == kind.as_str())
        .cloned()
        .collect();
    let show = || {
        facts
            .iter()
            .map(|f| f.to_string())
            .collect::<Vec<_>>()
            .join("\n      ")
    };
    match &e.expect {
        None if facts.is_empty() => Ok(()),
        None => Err(format!("negative gave facts:\n      {}", show())),
        Some(exp) => {
            if exp.len() != facts.len() {
                return Err(format!(
                    "wanted {} fact(s), got {}:\n      {}",
                    exp.len(),
                    facts.len(),
                    show()
                ));
            }
            let mut free: Vec<bool> = vec![true; facts.len()];
            for want in exp {
                let hit = facts
                    .iter()
                    .enumerate()
                    .position(|(i, f)| free[i] && want.iter().all(|(k, v)| field_matches(f, k, v)));
                match hit {
                    Some(i) => free[i] = false,
                    None => {
                        return Err(format!("no fact matches {want:?}; got:\n      {}", show()))
                    }
                }
            }
            Ok(())
        }
    }
}

#[test]
fn every_corpus() {
    let only = std::env::var("CORPUS").ok();
    let mut failures = Vec::new();
    let mut ran = 0;
    for (kind, src) in CORPORA {
        if only.as_deref().is_some_and(|o| o != kind.as_str()) {
            continue;
        }
        for e in parse(src) {
            ran += 1;
            if let Err(msg) = check(*kind, &e) {
                failures.push(format!(
                    "{kind}/corpus.txt:{}: {:?}\n    {msg}",
                    e.line, e.text
                ));
            }
        }
    }
    assert!(ran > 0, "no corpus entries ran");
    assert!(
        failures.is_empty(),
        "{} of {ran} corpus entries failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_kind_has_positives_and_negatives() {
    for kind in Kind::ALL {
        let src = CORPORA
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, s)| *s)
            .unwrap_or_else(|| panic!("{kind}: no corpus"));
        let entries = parse(src);
        let pos = entries
            .iter()
            .filter(|e| e.expect.as_ref().is_some_and(|x| !x.is_empty()))
            .count();
        let neg = entries.iter().filter(|e| e.expect.is_none()).count();
        assert!(pos >= 20, "{kind}: {pos} positives, want at least 20");
        assert!(neg >= 8, "{kind}: {neg} negatives, want at least 8");
    }
}
