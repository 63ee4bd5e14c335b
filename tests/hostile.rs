//! Hostile and broken input: every case gives a sane record or a clear error, never a
//! panic or a hang.
//!
//! No timing assertions, but the inputs are sized so that a stage that is quadratic in
//! its input (a scan of the whole sentence or body per match, re-splitting per line,
//! nested-bracket backtracking) would make this file take minutes instead of seconds
//! even in a debug build: a 15 MB line, half a million numbers, 200 000 nested
//! brackets and quote marks, 100 000 nested HTML elements.
//!
//! The extractors are checked through invariants that hold for any implementation
//! (spans, calendar-valid dates, ages and counts within human bounds, overflowing
//! numbers never becoming facts, "Sections 1–999999999" never expanding), so the
//! tests stay meaningful as the real extractors land.

use blotter::{Article, Error, Format, Kind, Record};
use serde_json::Value;
use std::path::PathBuf;

/// Largest count of anything a news article can state (more than the world's people).
const MAX_COUNT: u64 = 10_000_000_000;
/// Oldest age a person can be stated to have.
const MAX_AGE: u64 = 150;

/// True when `s` holds a run of at least 20 digits (more than `u64` can hold).
fn has_overflowing_digits(s: &str) -> bool {
    let mut run = 0;
    for c in s.chars() {
        run = if c.is_ascii_digit() { run + 1 } else { 0 };
        if run >= 20 {
            return true;
        }
    }
    false
}

fn valid_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str| p.parse::<i16>().ok();
    match parts.as_slice() {
        [y] => y.len() == 4 && num(y).is_some(),
        [y, m] => y.len() == 4 && num(y).is_some() && num(m).is_some_and(|m| (1..=12).contains(&m)),
        [y, m, d] => match (num(y), num(m), num(d)) {
            (Some(y), Some(m), Some(d)) => i8::try_from(m)
                .ok()
                .zip(i8::try_from(d).ok())
                .is_some_and(|(m, d)| jiff::civil::Date::new(y, m, d).is_ok()),
            _ => false,
        },
        _ => false,
    }
}

/// The invariants every record must keep, whatever its input.
fn assert_sane(r: &Record, what: &str) {
    let body = &r.body;
    for f in &r.facts {
        assert!(
            f.span.start <= f.span.end && f.span.end <= body.len(),
            "{what}: span {:?} outside body",
            f.span
        );
        assert!(
            body.is_char_boundary(f.span.start) && body.is_char_boundary(f.span.end),
            "{what}: span not on char boundaries"
        );
        assert_eq!(
            &body[f.span.start..f.span.end],
            f.text,
            "{what}: text is not body[span]"
        );
    }
    let json: Value = serde_json::to_value(r).expect("record serializes");
    for f in json["facts"].as_array().expect("facts") {
        let kind = f["kind"].as_str().unwrap_or("");
        let text = f["text"].as_str().unwrap_or("");
        let numeric = matches!(
            kind,
            "count" | "age" | "money" | "seizure" | "duration" | "date" | "date_range" | "statute"
        );
        assert!(
            !(numeric && kind != "statute" && has_overflowing_digits(text)),
            "{what}: an overflowing number became a fact: {f}"
        );
        match kind {
            "count" => assert!(
                f["value"].as_u64().is_some_and(|v| v <= MAX_COUNT),
                "{what}: absurd count {f}"
            ),
            "age" => {
                let (min, max) = (f["min"].as_u64(), f["max"].as_u64());
                assert!(
                    min.zip(max).is_some_and(|(a, b)| a <= b && b <= MAX_AGE),
                    "{what}: absurd age {f}"
                );
            }
            "date" => assert!(
                f["date"].as_str().is_some_and(valid_date),
                "{what}: impossible date {f}"
            ),
            "date_range" => {
                assert!(
                    f["start"].as_str().is_some_and(valid_date)
                        && f["end"].as_str().is_some_and(valid_date),
                    "{what}: impossible range {f}"
                )
            }
            "seizure" => assert!(
                f["count"].is_null() || f["count"].as_u64().is_some_and(|c| c <= MAX_COUNT),
                "{what}: absurd seizure {f}"
            ),
            "money" => {
                let amount = f["amount"]
                    .as_f64()
                    .or_else(|| f["amount"].as_str().and_then(|s| s.parse().ok()));
                assert!(
                    amount.is_some_and(|a: f64| a.is_finite() && (0.0..1e15).contains(&a)),
                    "{what}: absurd amount {f}"
                );
            }
            _ => {}
        }
    }
}

fn text(s: &str) -> Record {
    let r = blotter::extract_text("hostile", s);
    assert_sane(&r, &s.chars().take(60).collect::<String>());
    r
}

fn facts_of(r: &Record, kind: Kind) -> Vec<&blotter::Fact> {
    r.facts.iter().filter(|f| f.kind() == kind).collect()
}

#[test]
fn a_15_mb_single_line() {
    // One line, one sentence (no sentence break), full of things extractors look at:
    // a per-match scan of the sentence would be 15 MB × 600 000 matches.
    let unit = "police arrested 12 men aged 30 and seized RM3,000 under Section 377 of the Penal Code in Malaysia, ";
    let line = unit.repeat(15_000_000 / unit.len() + 1);
    let r = text(&line);
    assert!(
        r.body.len() >= line.trim().len(),
        "the line must survive cleaning"
    );
    assert!(!r.body.contains('\n'));
}

#[test]
fn half_a_million_numbers() {
    let mut s = String::from("Numbers\n\n");
    for i in 0..500_000u32 {
        s.push_str(&i.to_string());
        s.push_str(if i % 10 == 9 { ". " } else { ", " });
    }
    let r = text(&s);
    assert!(r.body.len() > s.len() - 20);
    // The same numbers as counts of people, one sentence each.
    let mut s = String::from("Arrests\n\n");
    for i in 1..=100_000u32 {
        s.push_str(&format!("Police arrested {i} men and seized {i} kg. "));
    }
    text(&s);
}

#[test]
fn two_hundred_thousand_nested_brackets_and_quotes() {
    const N: usize = 200_000;
    for (open, close) in [
        ("(", ")"),
        ("[", "]"),
        ("{", "}"),
        ("\"", "\""),
        ("“", "”"),
        ("‘", "’"),
        ("'", "'"),
        ("«", "»"),
    ] {
        let s = format!(
            "Title\n\nHe said {}four men were arrested{} today.",
            open.repeat(N),
            close.repeat(N)
        );
        let r = text(&s);
        assert!(
            r.body.contains("four men were arrested"),
            "{open}: content lost"
        );
        // Unbalanced: only openers, only closers.
        text(&format!(
            "Title\n\n{} 12 men were arrested.",
            open.repeat(N)
        ));
        text(&format!(
            "Title\n\n12 men were arrested {}",
            close.repeat(N)
        ));
    }
    // Markdown links nested 200 000 deep, and a statute with 100 000 subsections.
    let s = format!(
        "Title\n\n{}seized 5 kg{} of drugs.",
        "[".repeat(N),
        "](http://x.test)".repeat(N)
    );
    text(&s);
    text(&format!(
        "Title\n\nHe was charged under Section 376A{} of the Penal Code.",
        "(2)".repeat(N / 2)
    ));
    text(&format!("Title\n\n{}", "![](".repeat(N)));
}

#[test]
fn number_words_of_absurd_length() {
    for phrase in [
        "one hundred and ",
        "twenty-one ",
        "million ",
        "thousand ",
        "ninety-nine-",
        "dozen ",
    ] {
        let s = format!(
            "Raid\n\nPolice arrested {}men in Malaysia.",
            phrase.repeat(100_000)
        );
        let r = text(&s);
        for f in facts_of(&r, Kind::Count) {
            assert!(
                f.text.len() < 1000,
                "a count over an absurd run of number words: {}",
                &f.text[..80]
            );
        }
    }
    // Long but valid: the largest a u64 can say in words must not overflow either.
    text("Raid\n\nPolice arrested nine hundred and ninety-nine billion nine hundred and ninety-nine million men.");
}

#[test]
fn section_ranges_expand_only_when_small() {
    let r = text("Charges\n\nThey were charged under Sections 1–999999999 of the Penal Code 1871.");
    let statutes = facts_of(&r, Kind::Statute);
    assert!(
        statutes.len() <= 1,
        "an absurd range expanded into {} facts",
        statutes.len()
    );
    let r = text(
        "Charges\n\nThey were charged under Sections 5-18446744073709551620 of the Penal Code.",
    );
    assert!(facts_of(&r, Kind::Statute).len() <= 1);
    let r =
        text("Charges\n\nThey were charged under Sections 377A–377ZZZZZZZZZZ of the Penal Code.");
    assert!(facts_of(&r, Kind::Statute).len() <= 30);
}

#[test]
fn overflowing_numbers_are_not_facts() {
    let r = text(
        "Raid\n\nPolice arrested 99999999999999999999999 men and 18446744073709551616 women, seized \
         18446744073709551616 kg of heroin and RM99999999999999999999999 in cash, fined them \
         $184467440737095516160 million and jailed them for 99999999999999999999 years. \
         The 340282366920938463463374607431768211456-year-old was among 1e400 suspects.",
    );
    // assert_sane has checked that no fact covers a 20-digit number.
    for f in &r.facts {
        assert!(
            !has_overflowing_digits(&f.text) || f.kind() == Kind::Quote || f.kind() == Kind::Person,
            "{f:?}"
        );
    }
}

#[test]
fn impossible_dates_and_ages_are_rejected() {
    let r = text(
        "Raid\n\nThe raid took place on 31 February 2025, not on 30/02/2024 nor on 2023-02-29. \
         A man aged 999 and a 999-year-old woman were arrested between 31 April and 32 May 2025, \
         on February 30, 2021, and on 0 March 2020. The suspects were aged between 23 and 999.",
    );
    for f in facts_of(&r, Kind::Date) {
        assert!(
            !f.text.contains("31 February")
                && !f.text.contains("30/02")
                && !f.text.contains("2023-02-29"),
            "impossible date accepted: {f:?}"
        );
    }
    for f in facts_of(&r, Kind::Age) {
        assert!(!f.text.contains("999"), "age 999 accepted: {f:?}");
    }
}

#[test]
fn nested_html_elements() {
    const N: usize = 100_000;
    let html = format!(
        "<!DOCTYPE html><html><head><title>Raid</title></head><body>{}<p>Police arrested four men.</p>{}</body></html>",
        "<div>".repeat(N),
        "</div>".repeat(N)
    );
    for format in [None, Some(Format::Html)] {
        let mut a = Article::from_bytes("nested", html.clone().into_bytes());
        a.format = format;
        match a.extract() {
            Ok(r) => assert_sane(&r, "nested html"),
            Err(e) => assert!(
                e.to_string().contains("nested"),
                "the error must name the input: {e}"
            ),
        }
    }
    // Unclosed, and inline elements nested as deep.
    for s in [
        "<b>".repeat(N),
        format!("<html><body>{}", "<span><a href=x>".repeat(N / 2)),
        "<table><tr><td>".repeat(N / 3),
    ] {
        let mut a = Article::from_bytes("nested", s.into_bytes());
        a.format = Some(Format::Html);
        if let Ok(r) = a.extract() {
            assert_sane(&r, "nested inline html");
        }
    }
}

#[test]
fn binary_input_is_a_clear_error() {
    for bytes in [
        &b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..],
        b"\x7fELF\x02\x01\x01\0\0\0",
        b"PK\x03\x04\x14\0\0\0",
        b"\0",
    ] {
        let e = Article::from_bytes("photo.jpg", bytes.to_vec())
            .extract()
            .unwrap_err();
        assert!(matches!(e, Error::Binary { .. }), "{e}");
        assert!(e.to_string().contains("photo.jpg"), "{e}");
    }
}

#[test]
fn utf16_with_and_without_bom() {
    let article = "Raid\n\nPolice arrested four men in Malaysia.";
    for (bom, le) in [(&[0xFF, 0xFE][..], true), (&[0xFE, 0xFF][..], false)] {
        let mut b = bom.to_vec();
        for u in article.encode_utf16() {
            b.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        let r = Article::from_bytes("u16", b.clone())
            .extract()
            .expect("UTF-16 with a BOM decodes");
        assert_sane(&r, "utf-16");
        assert!(r.body.contains("Police arrested four men"));
        // An odd trailing byte is dropped with a warning, not a panic.
        b.push(0x41);
        let r = Article::from_bytes("u16", b)
            .extract()
            .expect("odd UTF-16 decodes");
        assert!(r.warnings.iter().any(|w| w.code == "truncated-utf16"));
    }
    // Without a BOM, UTF-16 is full of NUL bytes: a clear error, not mojibake.
    let b: Vec<u8> = article.encode_utf16().flat_map(u16::to_le_bytes).collect();
    assert!(matches!(
        Article::from_bytes("u16", b).extract(),
        Err(Error::Binary { .. })
    ));
    // Unpaired surrogates.
    let r = Article::from_bytes("u16", vec![0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00])
        .extract()
        .expect("lossy");
    assert!(r.warnings.iter().any(|w| w.code == "invalid-utf16"));
}

#[test]
fn invalid_utf8_is_lossy_with_a_warning() {
    let mut b = b"Raid\n\nPolice arrested four men in Kuala Lumpur \xC3\x28 and seized RM3,000 \xFF\xFE\xFD.".to_vec();
    b.extend_from_slice(b"\xED\xA0\x80 \xF4\x90\x80\x80 \xC0\xAF \xE2\x82");
    let r = Article::from_bytes("bad", b)
        .extract()
        .expect("lossy decode");
    assert_sane(&r, "invalid utf-8");
    assert!(r.warnings.iter().any(|w| w.code == "invalid-utf8"));
    assert!(r.body.contains("Police arrested four men"));
}

#[test]
fn empty_and_whitespace_only_inputs_give_empty_records() {
    for s in [
        "",
        " ",
        "\n\n\n",
        "\t \r\n \u{a0}\u{3000}\u{2028}\u{200b}\u{feff}",
        "\u{feff}",
    ] {
        for r in [
            text(s),
            Article::from_bytes("empty", s.as_bytes().to_vec())
                .extract()
                .expect("empty is fine"),
        ] {
            assert_eq!(r.body, "", "{s:?}");
            assert!(r.facts.is_empty());
            assert!(r.sections.is_empty());
        }
    }
    let r = Article::from_bytes("bom", b"\xEF\xBB\xBF".to_vec())
        .extract()
        .expect("a lone BOM is empty");
    assert_eq!(r.body, "");
}

#[test]
fn control_characters_and_odd_line_endings() {
    let s = "Raid\r\rPolice\u{0b}arrested\u{0c}four\u{1b}[31m men\u{85} in\u{2029}Malaysia.\r\n\u{7f}\u{9f}";
    let r = text(s);
    assert!(
        !r.body.chars().any(|c| c.is_control() && c != '\n'),
        "{:?}",
        r.body
    );
}

fn temp_dir(tag: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!("blotter-hostile-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).unwrap();
    p
}

#[test]
fn unreadable_paths_are_errors() {
    let e = Article::read(std::path::Path::new("/nonexistent/blotter/article.txt")).unwrap_err();
    assert!(
        matches!(e, Error::Io { .. }) && e.to_string().contains("article.txt"),
        "{e}"
    );
    let dir = temp_dir("dir");
    let e = Article::read(&dir).unwrap_err();
    assert!(e.to_string().contains("blotter-hostile-dir"), "{e}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn one_bad_file_does_not_lose_the_others() {
    let dir = temp_dir("batch");
    std::fs::write(dir.join("a-good.txt"), "Raid\n\nPolice arrested four men.").unwrap();
    std::fs::write(dir.join("b-binary.txt"), b"\0\0\0\x01").unwrap();
    std::fs::write(dir.join("c-empty.txt"), "").unwrap();
    std::fs::write(
        dir.join("d-latin1.txt"),
        b"Caf\xE9 raid\n\nPolice arrested six men.",
    )
    .unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_blotter"))
        .arg("extract")
        .arg(&dir)
        .arg("--format")
        .arg("jsonl")
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(o.status.code(), Some(1), "a failed input exits 1");
    let out = String::from_utf8(o.stdout).unwrap();
    let ids: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["a-good", "c-empty", "d-latin1"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("b-binary.txt"));
}

#[test]
fn a_write_failure_is_not_success() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // not on this system
    };
    let dir = temp_dir("full");
    std::fs::write(dir.join("a.txt"), "Raid\n\nPolice arrested four men.").unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_blotter"))
        .arg("extract")
        .arg(&dir)
        .stdout(full)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_ne!(o.status.code(), Some(0), "writing to a full disk must fail");
    assert!(!o.stderr.is_empty(), "with a message");
}

#[test]
fn a_symlink_loop_under_recursion_ends() {
    let dir = temp_dir("loop");
    std::fs::create_dir_all(dir.join("a")).unwrap();
    std::fs::write(
        dir.join("a/raid.txt"),
        "Raid\n\nPolice arrested four men in Malaysia.",
    )
    .unwrap();
    std::os::unix::fs::symlink(&dir, dir.join("a/back")).unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_blotter"))
        .args(["extract", "-r", "--quiet", "--format", "jsonl"])
        .arg(&dir)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(out.lines().count(), 1, "each real file once: {out}");
    assert!(o.status.code().is_some_and(|c| c <= 1), "{:?}", o.status);
    let _ = std::fs::remove_dir_all(&dir);
}
