//! The facts that matter in the fixtures we wrote, asserted field by field (the
//! snapshots in `snapshots/` show everything else for review).

use blotter::{Article, Kind, Record};
use serde_json::Value;
use std::path::Path;

fn record(name: &str) -> Record {
    Article::read(&Path::new("fixtures").join(name))
        .unwrap()
        .extract()
        .unwrap()
}

/// Facts of `kind` whose JSON has every `(field, value)` given (values as JSON text).
fn find(rec: &Record, kind: Kind, fields: &[(&str, &str)]) -> usize {
    let facts = serde_json::to_value(&rec.facts).unwrap();
    facts
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == kind.as_str())
        .filter(|f| {
            fields.iter().all(|(k, v)| {
                // "1343" matches the number 1343 or the string "1343".
                let got = f.get(*k);
                got == Some(&Value::String(v.to_string()))
                    || serde_json::from_str::<Value>(v).is_ok_and(|w| got == Some(&w))
            })
        })
        .count()
}

#[track_caller]
fn has(rec: &Record, kind: Kind, fields: &[(&str, &str)]) {
    assert!(
        find(rec, kind, fields) >= 1,
        "{}: no {kind} fact with {fields:?}",
        rec.id
    );
}

#[test]
fn us_fraud_sentencing_release() {
    let r = record("101-us-fraud-sentencing.txt");
    // Page furniture: the title line names the office; menus, slug and teasers go.
    assert_eq!(
        r.meta.title.as_deref(),
        Some("Former Bank Manager Sentenced to 9 Years for $4.2 Million Embezzlement Scheme")
    );
    assert_eq!(
        r.meta.publisher.as_deref(),
        Some("U.S. Attorney's Office, District of Oregon")
    );
    assert_eq!(
        r.meta.published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-11")
    );
    assert!(!r.body.contains("Related Posts") && !r.body.contains("PRESS RELEASES"));
    has(
        &r,
        Kind::Statute,
        &[("law", "18 U.S.C."), ("section", "1343")],
    );
    has(
        &r,
        Kind::Statute,
        &[("law", "18 U.S.C."), ("section", "1028A(a)(1)")],
    );
    has(
        &r,
        Kind::Money,
        &[("amount", "4200000"), ("currency", "USD")],
    );
    has(
        &r,
        Kind::Money,
        &[
            ("amount", "310000"),
            ("currency", "USD"),
            ("role", "seized"),
        ],
    );
    has(
        &r,
        Kind::Duration,
        &[("iso", "P108M"), ("role", "sentence")],
    );
    has(
        &r,
        Kind::Duration,
        &[("iso", "P20Y"), ("qualifier", "up_to")],
    );
    has(&r, Kind::Age, &[("min", "78"), ("max", "94")]);
    has(
        &r,
        Kind::DateRange,
        &[("start", "2017-01"), ("end", "2022-12")],
    );
    has(&r, Kind::Seizure, &[("item", "vehicle"), ("count", "2")]);
    has(
        &r,
        Kind::Person,
        &[("name", "Lena Ortiz"), ("title", "U.S. Attorney")],
    );
    has(&r, Kind::Agency, &[("name", "FBI")]);
    has(&r, Kind::Jurisdiction, &[("name", "United States")]);
    assert_eq!(find(&r, Kind::Quote, &[("speaker", "Lena Ortiz")]), 2);
    // Teaser dates after the article are not facts.
    assert_eq!(find(&r, Kind::Date, &[("date", "2025-03-04")]), 0);
}

#[test]
fn markdown_scrape_of_a_drug_raid() {
    let r = record("102-markdown-drug-raid.txt");
    assert_eq!(
        r.meta.published.map(|d| d.to_string()).as_deref(),
        Some("2024-07-09")
    );
    assert!(!r.body.contains("Related Story"), "the widget line is cut");
    has(
        &r,
        Kind::Seizure,
        &[("item", "syabu"), ("quantity", "12"), ("unit", "kg")],
    );
    has(
        &r,
        Kind::Count,
        &[
            ("value", "5"),
            ("unit", "person"),
            ("gender", "male"),
            ("role", "arrested"),
        ],
    );
    has(&r, Kind::Age, &[("min", "22"), ("max", "47")]);
    has(
        &r,
        Kind::Money,
        &[("amount", "420000"), ("currency", "MYR")],
    );
    // "on Sunday (July 7)" resolves against the publication date.
    has(&r, Kind::Date, &[("date", "2024-07-07")]);
    has(
        &r,
        Kind::Statute,
        &[("law", "Dangerous Drugs Act 1952"), ("section", "39B")],
    );
    has(&r, Kind::Person, &[("name", "Hamzah Ahmad")]);
    assert!(r
        .facts
        .iter()
        .all(|f| f.jurisdiction.as_deref() == Some("Malaysia") || f.kind() == Kind::Jurisdiction));
}

#[test]
fn uk_court_report_with_a_wordpress_trailer() {
    let r = record("103-uk-scam-ring.txt");
    assert_eq!(r.meta.publisher.as_deref(), Some("Example Daily"));
    has(
        &r,
        Kind::Money,
        &[("amount", "1800000"), ("currency", "GBP")],
    );
    has(
        &r,
        Kind::Duration,
        &[("iso", "P8Y6M"), ("role", "sentence")],
    );
    has(&r, Kind::Duration, &[("iso", "P4Y6M")]);
    has(
        &r,
        Kind::Agency,
        &[("name", "National Crime Agency"), ("abbr", "NCA")],
    );
    has(&r, Kind::Operation, &[("name", "Operation Lantern")]);
    has(
        &r,
        Kind::DateRange,
        &[("start", "2022-09-02"), ("end", "2024-06-30")],
    );
    has(
        &r,
        Kind::Count,
        &[("value", "64"), ("unit", "person"), ("role", "victim")],
    );
    has(&r, Kind::Age, &[("min", "60"), ("max", "69")]);
    has(&r, Kind::Age, &[("min", "70"), ("max", "79")]);
    has(&r, Kind::Person, &[("name", "Gemma Rudd")]);
}

#[test]
fn regional_places_and_datelines_place_asian_reports() {
    // A Philippine police statement that names only a province ("Bulacan"): every
    // fact belongs to the Philippines, none to the United States.
    let r = record("207-ph-police-buybust-statement.txt");
    has(&r, Kind::Jurisdiction, &[("name", "Philippines")]);
    assert!(r
        .facts
        .iter()
        .all(|f| f.jurisdiction.as_deref() != Some("United States")));
    has(
        &r,
        Kind::Count,
        &[("value", "12"), ("jurisdiction", "Philippines")],
    );
    // "HYDERABAD: The … police" opens an Indian report.
    let r = record("212-in-ndps-ganja-haul-list.txt");
    has(
        &r,
        Kind::Jurisdiction,
        &[("name", "India"), ("rule", "dateline")],
    );
    // A round-up's "Singapore: 21 arrested …" heads a section; it is not a dateline.
    let r = record("000-seed.txt");
    assert_eq!(
        find(&r, Kind::Jurisdiction, &[("rule", "dateline")]),
        0,
        "{:?}",
        r.facts
            .iter()
            .filter(|f| f.kind() == Kind::Jurisdiction)
            .collect::<Vec<_>>()
    );
}
