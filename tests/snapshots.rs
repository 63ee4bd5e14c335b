//! One insta snapshot per fixture (`fixtures/*.txt`, `fixtures/*.html`), written to the
//! top-level `snapshots/` folder. Each snapshot shows the record's metadata, what was
//! removed, the sections, every fact with its fields and the sentence it came from
//! with carets under its span, and the summary — so a rule change reads as a diff.
//!
//! Review changes with `cargo insta review`. The facts that matter are also asserted
//! in `tests/fixtures.rs` and `tests/seed.rs`.

use blotter::{Article, Record};
use std::fmt::Write;

fn render(rec: &Record) -> String {
    let mut s = String::new();
    let json = serde_json::to_value(rec).unwrap();
    writeln!(s, "id: {}", rec.id).unwrap();
    writeln!(s, "meta: {}", json["meta"]).unwrap();
    writeln!(s, "removed:").unwrap();
    for r in &rec.removed {
        writeln!(s, "  [{}] {}", r.reason, clip(&r.text, 90)).unwrap();
    }
    writeln!(s, "sections:").unwrap();
    for sec in &rec.sections {
        writeln!(s, "  {} -> {:?}", sec.heading, sec.jurisdictions).unwrap();
    }
    writeln!(s, "facts:").unwrap();
    for (f, fj) in rec.facts.iter().zip(json["facts"].as_array().unwrap()) {
        let mut fields: Vec<String> = fj
            .as_object()
            .unwrap()
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "kind" | "text" | "span" | "rule"))
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        fields.sort();
        writeln!(s, "  {} {}  ({})", f.kind(), fields.join(" "), f.rule).unwrap();
        let (line, col) = context(&rec.body, f.span.start, f.span.end);
        writeln!(s, "    | {line}").unwrap();
        let width = rec.body[f.span.start..f.span.end]
            .chars()
            .count()
            .min(line.chars().count().saturating_sub(col))
            .max(1);
        writeln!(s, "    | {}{}", " ".repeat(col), "^".repeat(width)).unwrap();
    }
    writeln!(
        s,
        "summary: {}",
        serde_json::to_string_pretty(&json["summary"]).unwrap()
    )
    .unwrap();
    writeln!(s, "warnings: {}", json["warnings"]).unwrap();
    s
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

/// The body line around `[start, end)`, clipped to about 110 characters, and the
/// span's column (in chars) within the clipped line.
fn context(body: &str, start: usize, end: usize) -> (String, usize) {
    let ls = body[..start].rfind('\n').map_or(0, |i| i + 1);
    let le = body[end..].find('\n').map_or(body.len(), |i| end + i);
    let before: Vec<char> = body[ls..start].chars().collect();
    let skip = before.len().saturating_sub(40);
    let mut line: String = before[skip..].iter().collect();
    let col = line.chars().count();
    let rest: String = body[start..le].chars().take(70 + (end - start)).collect();
    line.push_str(&rest);
    (
        if skip > 0 { format!("…{line}") } else { line },
        col + usize::from(skip > 0),
    )
}

#[test]
fn fixtures() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        insta::glob!("../fixtures", "*.{txt,html}", |path: &Path| {
            let rec = Article::read(path).and_then(|a| a.extract()).unwrap();
            insta::assert_snapshot!("record", render(&rec));
        });
    });
}
