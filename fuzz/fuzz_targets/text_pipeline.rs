//! The text route: bytes → decode → clean → segment → extract → resolve → record.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let article = blotter::Article::from_text("fuzz", String::from_utf8_lossy(data).into_owned());
    if let (Ok(a), Ok(b)) = (article.extract(), article.extract()) {
        common::check_record(&a, &b);
    }
    let mut raw = blotter::Article::from_bytes("fuzz", data.to_vec());
    raw.format = Some(blotter::Format::Text);
    match (raw.extract(), raw.extract()) {
        (Ok(a), Ok(b)) => common::check_record(&a, &b),
        (Err(e), Err(_)) => assert!(!e.to_string().is_empty()),
        _ => panic!("the same bytes succeeded once and failed once"),
    }
    if let Ok(s) = std::str::from_utf8(data) {
        let a = blotter::extract_text("fuzz", s);
        common::check_record(&a, &blotter::extract_text("fuzz", s));
        // Cleaning a clean body removes nothing more.
        let c = blotter::clean::clean(&blotter::ingest::normalize(s));
        assert_eq!(blotter::clean::clean(&c.body).body, c.body, "clean is not idempotent");
    }
});
