//! Does the order of work matter? Runs the same extractor work over the given files
//! two ways — article by article (every extractor on one article, then the next
//! article) and extractor by extractor (one extractor over every article, then the
//! next extractor) — and prints both times. The articles are decoded, cleaned,
//! segmented and indexed first, and every extractor runs once over all of them
//! before timing starts (rules compiled, lazy DFAs warm, each article's shared
//! cells built), so the two orders do the same work and differ only in what the
//! processor's caches hold. Its result is why batches extract articles in groups
//! (`batch`'s `GROUP`).
//!
//! `cargo run --release --example extractor_order -- FILE...`

use blotter::extract::{Context, EXTRACTORS};
use std::time::Instant;

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    assert!(!paths.is_empty(), "usage: extractor_order FILE...");
    let mut docs = Vec::new();
    for path in &paths {
        let bytes = std::fs::read(path).expect("readable file");
        let Ok(decoded) = blotter::ingest::decode(path, &bytes) else {
            continue;
        };
        let cleaned = blotter::clean::clean(&decoded.text);
        let segments = blotter::segment::segment(&cleaned.body, cleaned.title);
        docs.push((cleaned, segments));
    }
    let contexts: Vec<Context> = docs
        .iter()
        .map(|(c, s)| Context::new(&c.body, s, &c.meta))
        .collect();
    let by_article = || {
        let mut facts = 0;
        for ctx in &contexts {
            ctx.make_current();
            let mut out = Vec::new();
            for (_, extract) in EXTRACTORS {
                extract(ctx, &mut out);
            }
            facts += out.len();
        }
        facts
    };
    let by_extractor = || {
        let mut facts = 0;
        for (_, extract) in EXTRACTORS {
            for ctx in &contexts {
                ctx.make_current();
                let mut out = Vec::new();
                extract(ctx, &mut out);
                facts += out.len();
            }
        }
        facts
    };
    let warm = by_article();
    for round in 1..=3 {
        let t = Instant::now();
        let a = by_article();
        let article = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let e = by_extractor();
        let extractor = t.elapsed().as_secs_f64();
        assert!(a == warm && e == warm, "the two orders find the same facts");
        println!(
            "round {round}: article by article {:.0} ms, extractor by extractor {:.0} ms: {:.2}x ({} articles, {warm} facts)",
            article * 1e3,
            extractor * 1e3,
            extractor / article,
            contexts.len()
        );
    }
}
