//! The HTML route (and format sniffing): bytes → decode → page → clean → … → record.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut html = blotter::Article::from_bytes("fuzz.html", data.to_vec());
    html.format = Some(blotter::Format::Html);
    if let (Ok(a), Ok(b)) = (html.extract(), html.extract()) {
        common::check_record(&a, &b);
    }
    // Sniffed: a page-looking prefix makes the same bytes take the HTML route.
    let mut page = b"<!DOCTYPE html><html><body>".to_vec();
    page.extend_from_slice(data);
    let sniffed = blotter::Article::from_bytes("fuzz", page);
    if let (Ok(a), Ok(b)) = (sniffed.extract(), sniffed.extract()) {
        common::check_record(&a, &b);
    }
    if let Ok(s) = std::str::from_utf8(data) {
        let _ = blotter::Format::sniff(s);
        let _ = blotter::ingest::html::extract_page("fuzz.html", s);
    }
});
