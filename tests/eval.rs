//! `blotter eval` agrees with the referee, `shared/eval/score.py`, to the byte.
//!
//! Handmade gold/record pairs live in `tests/data/eval/<case>/` (`gold/`, `records.jsonl`
//! or `records/`, and `expected.json`: what `score.py --json` printed for them). When
//! `python3` and `../shared` are present, the referee is also run live on those cases,
//! on the dev set's extraction, and on perturbed predictions made from the dev gold
//! files (kept in a temporary folder, never in the project).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn blotter(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_blotter"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run blotter")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

fn score_py() -> Option<PathBuf> {
    let script = root().join("../shared/eval/score.py");
    let python = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    (python && script.exists()).then_some(script)
}

fn run_score_py(script: &Path, gold: &Path, pred: &Path, extra: &[&str]) -> String {
    let o = Command::new("python3")
        .arg(script)
        .arg("--gold")
        .arg(gold)
        .arg("--pred")
        .arg(pred)
        .args(extra)
        .output()
        .expect("run score.py");
    assert!(
        o.status.success(),
        "score.py failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    stdout(&o)
}

fn cases() -> Vec<(String, PathBuf, PathBuf)> {
    let dir = root().join("tests/data/eval");
    let mut out: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data/eval")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| {
            let jsonl = p.join("records.jsonl");
            let pred = if jsonl.exists() {
                jsonl
            } else {
                p.join("records")
            };
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                p.join("gold"),
                pred,
            )
        })
        .collect();
    out.sort();
    assert!(out.len() >= 2, "no eval cases found");
    out
}

/// Per kind and overall `(tp, pred, gold)` of a `--json` result.
fn counts(json: &str) -> Vec<(String, [u64; 3])> {
    let v: serde_json::Value = serde_json::from_str(json).expect("json");
    let three = |o: &serde_json::Value| ["tp", "pred", "gold"].map(|k| o[k].as_u64().expect(k));
    let mut out = vec![("overall".to_string(), three(&v["overall"]))];
    for (k, o) in v["kinds"].as_object().expect("kinds") {
        out.push((k.clone(), three(o)));
    }
    out
}

#[test]
fn handmade_cases_match_the_recorded_referee_output() {
    for (name, gold, pred) in cases() {
        let o = blotter(&[
            "eval",
            "--gold",
            gold.to_str().unwrap(),
            pred.to_str().unwrap(),
            "--json",
        ]);
        assert!(
            o.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let want = std::fs::read_to_string(gold.parent().unwrap().join("expected.json"))
            .expect("expected.json");
        let got = stdout(&o);
        assert_eq!(counts(&got), counts(&want), "{name}: counts differ");
        assert_eq!(got, want, "{name}: --json output differs from score.py's");
    }
}

#[test]
fn handmade_cases_match_score_py_live() {
    let Some(script) = score_py() else {
        eprintln!("skipped: python3 or ../shared/eval/score.py not available");
        return;
    };
    for (name, gold, pred) in cases() {
        for flags in [&["--json"][..], &["-v"][..], &[][..]] {
            let want = run_score_py(&script, &gold, &pred, flags);
            let mut args = vec![
                "eval",
                "--gold",
                gold.to_str().unwrap(),
                pred.to_str().unwrap(),
            ];
            args.extend_from_slice(flags);
            let got = stdout(&blotter(&args));
            assert_eq!(
                got, want,
                "{name} {flags:?}: blotter eval and score.py differ"
            );
        }
    }
}

#[test]
fn min_f1_sets_the_exit_code() {
    let (_, gold, pred) = cases().into_iter().next().unwrap();
    let (g, p) = (gold.to_str().unwrap(), pred.to_str().unwrap());
    assert_eq!(
        blotter(&["eval", "--gold", g, p, "--min-f1", "0.1"])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        blotter(&["eval", "--gold", g, p, "--min-f1", "0.99"])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        blotter(&["eval", "--gold", "/nonexistent/gold", p])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        blotter(&["eval", "--gold", g]).status.code(),
        Some(2),
        "records or --extract is required"
    );
}

#[test]
fn library_scores_in_memory_records() {
    let gold = blotter::eval::Gold::parse(
        "raid",
        r#"{"facts": [{"kind": "jurisdiction", "name": "Malaysia"}], "content": ["four local men"]}"#,
    )
    .unwrap();
    let rec = blotter::extract_text(
        "raid",
        "Police raid\n\nIn Malaysia, four local men were arrested.",
    );
    let value = serde_json::to_value(&rec).unwrap();
    let a = blotter::eval::score(
        std::slice::from_ref(&gold),
        &blotter::eval::Records::from_records([&rec]),
        true,
    );
    let b = blotter::eval::score(
        &[gold],
        &blotter::eval::Records::from_values([&value]),
        true,
    );
    assert_eq!(a.overall, b.overall);
    assert_eq!(a.content_kept, Some(1.0));
    assert!(a.missing_records.is_empty());
}

struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> Self {
        let p =
            std::env::temp_dir().join(format!("blotter-eval-test-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn dev_dir() -> Option<(PathBuf, PathBuf)> {
    let script = score_py()?;
    let dev = root().join("../shared/corpus/dev");
    dev.is_dir().then_some((script, dev))
}

#[test]
fn dev_set_extraction_matches_score_py() {
    let Some((script, dev)) = dev_dir() else {
        eprintln!("skipped: python3 or ../shared/corpus/dev not available");
        return;
    };
    let tmp = TempDir::new("dev");
    let jsonl = tmp.0.join("dev.jsonl");
    let o = blotter(&["extract", dev.to_str().unwrap(), "--format", "jsonl"]);
    std::fs::write(&jsonl, &o.stdout).unwrap();
    for flags in [&["--json"][..], &["-v"][..]] {
        let want = run_score_py(&script, &dev, &jsonl, flags);
        let mut args = vec![
            "eval",
            "--gold",
            dev.to_str().unwrap(),
            jsonl.to_str().unwrap(),
        ];
        args.extend_from_slice(flags);
        assert_eq!(
            stdout(&blotter(&args)),
            want,
            "dev {flags:?}: blotter eval and score.py differ"
        );
        // --extract runs the same pipeline in-process: the same scores.
        let mut args = vec![
            "eval",
            "--gold",
            dev.to_str().unwrap(),
            "--extract",
            dev.to_str().unwrap(),
        ];
        args.extend_from_slice(flags);
        assert_eq!(
            stdout(&blotter(&args)),
            want,
            "dev {flags:?}: --extract differs from score.py"
        );
    }
}

/// Predictions made from the dev gold files by changing them the way extractors go
/// wrong: facts dropped, numbers shifted, case and dashes changed, roles and
/// jurisdictions altered, items pluralized, names shortened, duplicates added.
fn perturb(gold: &serde_json::Value, seed: usize) -> serde_json::Value {
    use serde_json::{json, Value};
    let mut facts = Vec::new();
    for (i, f) in gold["facts"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .enumerate()
    {
        let mut f = f;
        let n = i + seed;
        if n % 7 == 3 {
            continue;
        }
        if let Value::Object(o) = &mut f {
            for (k, v) in o.iter_mut() {
                match (n % 5, k.as_str(), v.clone()) {
                    (0, "value" | "min" | "count" | "amount", Value::Number(x)) => {
                        *v = json!(x.as_f64().unwrap_or(0.0) + 1.0)
                    }
                    (1, "name" | "item" | "text" | "law", Value::String(s)) => {
                        *v = json!(s.to_uppercase().replace('-', "\u{2013}"))
                    }
                    (2, "name" | "text", Value::String(s)) => {
                        *v = json!(s.split_whitespace().skip(1).collect::<Vec<_>>().join(" "))
                    }
                    (2, "item", Value::String(s)) => *v = json!(format!("{s}s")),
                    (3, "role" | "jurisdiction", _) => *v = json!("involved"),
                    (4, "unit", Value::String(s)) => *v = json!(format!(" {s} ")),
                    _ => {}
                }
            }
        }
        if n % 11 == 0 {
            facts.push(f.clone());
        }
        facts.push(f);
    }
    facts.push(json!({"kind": "count", "value": seed, "unit": "raid"}));
    json!({"id": gold["id"], "meta": gold["meta"], "body": gold["content"].as_array().map(|c| c.iter().filter_map(|s| s.as_str()).collect::<Vec<_>>().join("\n\n")), "facts": facts})
}

#[test]
fn dev_gold_perturbed_matches_score_py() {
    let Some((script, dev)) = dev_dir() else {
        eprintln!("skipped: python3 or ../shared/corpus/dev not available");
        return;
    };
    let tmp = TempDir::new("perturbed");
    let mut golds: Vec<_> = std::fs::read_dir(&dev)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    golds.retain(|p| p.to_string_lossy().ends_with(".gold.json"));
    golds.sort();
    for seed in 0..3 {
        let mut lines = String::new();
        for (i, g) in golds.iter().enumerate() {
            if (i + seed) % 9 == 4 {
                continue; // a missing record
            }
            let v: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(g).unwrap()).unwrap();
            lines.push_str(&serde_json::to_string(&perturb(&v, seed)).unwrap());
            lines.push('\n');
        }
        let jsonl = tmp.0.join(format!("pred-{seed}.jsonl"));
        std::fs::write(&jsonl, lines).unwrap();
        for flags in [&["--json"][..], &["-v"][..]] {
            let want = run_score_py(&script, &dev, &jsonl, flags);
            let mut args = vec![
                "eval",
                "--gold",
                dev.to_str().unwrap(),
                jsonl.to_str().unwrap(),
            ];
            args.extend_from_slice(flags);
            let got = stdout(&blotter(&args));
            if flags == ["--json"] {
                assert_eq!(counts(&got), counts(&want), "seed {seed}: counts differ");
                assert!(
                    counts(&got)[0].1[0] > 50,
                    "the perturbed predictions should still match a lot"
                );
            }
            assert_eq!(
                got, want,
                "seed {seed} {flags:?}: blotter eval and score.py differ"
            );
        }
    }
}
