//! Where does the time go? Runs each pipeline stage and each extractor over the
//! given files (each file one article) and prints the total milliseconds per stage —
//! a quick look before reaching for a profiler (the divan benches in `benches/` are
//! the measured figures). Regexes are compiled before timing starts.
//!
//! `cargo run --release --example stage_times -- FILE...`

use blotter::extract::{Context, EXTRACTORS};
use std::time::{Duration, Instant};

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    assert!(!paths.is_empty(), "usage: stage_times FILE...");
    // Warm up: compile every rule once.
    blotter::extract_text("warm-up", "Title\n\nPolice in Malaysia arrested 4 men, 25, on 3 May 2024 and seized 2kg of drugs, \"he said\".");
    let mut names: Vec<String> = vec![
        "ingest".into(),
        "clean".into(),
        "segment".into(),
        "anchor index".into(),
    ];
    names.extend(EXTRACTORS.iter().map(|(k, _)| format!("extract {k}")));
    names.push("resolve".into());
    let mut spent = vec![Duration::ZERO; names.len()];
    let mut bytes_total = 0usize;
    for path in &paths {
        let bytes = std::fs::read(path).expect("readable file");
        bytes_total += bytes.len();
        let t = Instant::now();
        let Ok(decoded) = blotter::ingest::decode(path, &bytes) else {
            continue;
        };
        spent[0] += t.elapsed();
        let t = Instant::now();
        let cleaned = blotter::clean::clean(&decoded.text);
        spent[1] += t.elapsed();
        let t = Instant::now();
        let segments = blotter::segment::segment(&cleaned.body, cleaned.title);
        spent[2] += t.elapsed();
        let t = Instant::now();
        let ctx = Context::new(&cleaned.body, &segments, &cleaned.meta);
        spent[3] += t.elapsed();
        let mut all = Vec::new();
        for (i, (_, f)) in EXTRACTORS.iter().enumerate() {
            let t = Instant::now();
            f(&ctx, &mut all);
            spent[4 + i] += t.elapsed();
        }
        let t = Instant::now();
        blotter::resolve::resolve(&cleaned.body, &segments, all);
        spent[4 + EXTRACTORS.len()] += t.elapsed();
    }
    let total: Duration = spent.iter().sum();
    for (name, d) in names.iter().zip(&spent) {
        println!(
            "{:>9.1} ms {:>5.1}%  {name}",
            d.as_secs_f64() * 1e3,
            100.0 * d.as_secs_f64() / total.as_secs_f64()
        );
    }
    let mb = bytes_total as f64 / 1e6;
    println!(
        "{:>9.1} ms         total: {mb:.2} MB, {:.2} MB/s on one core",
        total.as_secs_f64() * 1e3,
        mb / total.as_secs_f64()
    );
}
