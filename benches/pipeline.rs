//! Per-stage micro-benchmarks: where the time of one article goes.
//!
//! `cargo bench --bench pipeline` runs each stage (ingest, clean, segment, extract,
//! resolve, the whole pipeline, JSON serialization) on a synthetic press release
//! repeated to 4 KB, 64 KB and 1 MB: the time per byte should stay flat across the
//! sizes (no quadratic stage). Set `BLOTTER_BENCH_DIR` to a folder of `.txt` files
//! (e.g. the unpacked bulk corpus) to also time the whole pipeline over real articles.

#![allow(missing_docs)]

use blotter::{clean, extract, ingest, resolve, segment, Article};
use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use std::sync::LazyLock;

fn main() {
    divan::main();
}

/// One paragraph of invented press-release prose exercising most kinds of fact.
const PARAGRAPH: &str =
    "On 14 March 2025, officers of the Metropolitan Police Service (MPS) arrested \
seven men and two women aged between 19 and 54 during Operation Lantern, a three-week \
operation across London and Kent. Detectives searched 12 addresses and seized 4.2kg of \
cocaine, 31 mobile phones and £85,000 in cash. \"This was careful, patient work,\" said \
Detective Inspector Jane Holloway. Three of those arrested were charged under Section 5(3) \
of the Misuse of Drugs Act 1971 and remanded in custody; one faces up to 14 years in prison.";

fn article(bytes: usize) -> String {
    let mut s = String::from("Police dismantle drug network in dawn raids\n\n");
    while s.len() < bytes {
        s.push_str(PARAGRAPH);
        s.push_str("\n\n");
    }
    s
}

const SIZES: &[usize] = &[4 << 10, 64 << 10, 1 << 20];

#[divan::bench(args = SIZES)]
fn ingest(b: Bencher, size: usize) {
    let text = article(size);
    b.counter(BytesCount::new(text.len()))
        .bench(|| ingest::decode("bench", black_box(text.as_bytes())));
}

#[divan::bench(args = SIZES)]
fn clean(b: Bencher, size: usize) {
    let text = ingest::normalize(&article(size));
    b.counter(BytesCount::new(text.len()))
        .bench(|| clean::clean(black_box(&text)));
}

#[divan::bench(args = SIZES)]
fn segment(b: Bencher, size: usize) {
    let c = clean::clean(&ingest::normalize(&article(size)));
    b.counter(BytesCount::new(c.body.len()))
        .bench(|| segment::segment(black_box(&c.body), c.title));
}

#[divan::bench(args = SIZES)]
fn extract(b: Bencher, size: usize) {
    let c = clean::clean(&ingest::normalize(&article(size)));
    let segs = segment::segment(&c.body, c.title);
    b.counter(BytesCount::new(c.body.len())).bench(|| {
        let ctx = extract::Context::new(&c.body, &segs, &c.meta);
        extract::extract_all(black_box(&ctx))
    });
}

#[divan::bench(args = SIZES)]
fn resolve(b: Bencher, size: usize) {
    let c = clean::clean(&ingest::normalize(&article(size)));
    let segs = segment::segment(&c.body, c.title);
    let ctx = extract::Context::new(&c.body, &segs, &c.meta);
    let facts = extract::extract_all(&ctx);
    b.counter(BytesCount::new(c.body.len()))
        .with_inputs(|| facts.clone())
        .bench_values(|f| resolve::resolve(&c.body, &segs, f));
}

#[divan::bench(args = SIZES)]
fn whole_pipeline(b: Bencher, size: usize) {
    let a = Article::from_text("bench", article(size));
    b.counter(BytesCount::new(a.bytes.len()))
        .bench(|| black_box(&a).extract());
}

#[divan::bench(args = SIZES)]
fn serialize_json(b: Bencher, size: usize) {
    let rec = Article::from_text("bench", article(size))
        .extract()
        .expect("text always extracts");
    b.counter(BytesCount::new(size))
        .bench(|| serde_json::to_vec(black_box(&rec)));
}

/// Real articles from `BLOTTER_BENCH_DIR` (at most 500 `.txt` files, sorted).
static REAL: LazyLock<Vec<Article>> = LazyLock::new(|| {
    let Some(dir) = std::env::var_os("BLOTTER_BENCH_DIR") else {
        return Vec::new();
    };
    let mut files = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(dir)];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                files.push(p);
            }
        }
    }
    files.sort();
    files.truncate(500);
    files.iter().filter_map(|p| Article::read(p).ok()).collect()
});

#[divan::bench]
fn real_articles(b: Bencher) {
    let bytes: usize = REAL.iter().map(|a| a.bytes.len()).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        for a in REAL.iter() {
            let _ = black_box(a.extract());
        }
    });
}
