//! Each extractor on its own (before the resolver could hide a bad span), and the
//! lexicons they share, on arbitrary text.
#![no_main]

mod common;

use blotter::extract::fact::{Decimal, PartialDate};
use blotter::extract::lexicon::{countries, dates, months, numbers};
use blotter::extract::{Context, EXTRACTORS};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let text = blotter::ingest::normalize(s);
    let cleaned = blotter::clean::clean(&text);
    let body = &cleaned.body;
    let seg = blotter::segment::segment(body, cleaned.title);
    for b in &seg.blocks {
        common::check_span(body, b.span, "block");
    }
    for x in &seg.sentences {
        common::check_span(body, x.span, "sentence");
    }
    let ctx = Context { body, segments: &seg, meta: &cleaned.meta };
    let mut all = Vec::new();
    for (kind, extract) in EXTRACTORS {
        let mut out = Vec::new();
        extract(&ctx, &mut out);
        for f in &out {
            common::check_fact(body, f, &format!("{kind:?}"));
            assert_eq!(f.kind(), *kind, "an extractor emitted another kind");
        }
        all.extend(out);
    }
    for f in blotter::resolve::resolve(body, &seg, all) {
        common::check_fact(body, &f, "resolved");
    }
    // The lexicons, on the whole input and on each of its words.
    for piece in std::iter::once(s).chain(s.split_whitespace()) {
        let _ = numbers::parse_int(piece);
        let _ = numbers::parse_words(piece);
        let _ = numbers::scale_word(piece);
        let _ = dates::parse_date(piece);
        let _ = months::month_number(piece);
        let _ = months::weekday_number(piece);
        let _ = countries::canonical(piece);
        let _ = PartialDate::parse(piece);
        if let Some(d) = Decimal::parse(piece) {
            let _ = d.times(1_000_000);
            let _ = d.times(10_000_000);
        }
    }
    for found in countries::find(s) {
        common::check_span(s, found.span, "country");
    }
});
