//! Checks shared by the fuzz targets: what must hold for any record.
#![allow(dead_code)]

use blotter::{Fact, Record, Span};

/// A span lies inside `body`, on char boundaries.
pub fn check_span(body: &str, span: Span, what: &str) {
    assert!(span.start <= span.end && span.end <= body.len(), "{what}: span {span:?} outside body of {}", body.len());
    assert!(body.is_char_boundary(span.start) && body.is_char_boundary(span.end), "{what}: span {span:?} off char boundaries");
}

/// A fact's span is valid and its text is `body[span]`.
pub fn check_fact(body: &str, f: &Fact, what: &str) {
    check_span(body, f.span, what);
    assert_eq!(&body[f.span.start..f.span.end], f.text, "{what}: text is not body[span]");
}

/// Every span of a record, and its JSON round trip; the same record twice is the same JSON.
pub fn check_record(r: &Record, again: &Record) {
    for f in &r.facts {
        check_fact(&r.body, f, "fact");
    }
    for s in &r.sections {
        check_span(&r.body, s.span, "section");
    }
    let a = serde_json::to_string(r).expect("serializes");
    let b = serde_json::to_string(again).expect("serializes");
    assert_eq!(a, b, "same input, different output");
    let v: serde_json::Value = serde_json::from_str(&a).expect("valid JSON");
    assert_eq!(v["body"].as_str(), Some(r.body.as_str()));
}
