//! Run the HTML route over a folder of pages (`*.html` or `*.html.gz`) and print one
//! JSON line per page: `{"id", "title", "body"}` where `body` is what blotter records
//! (page text after the text-route cleaning). Pages per second (extraction only, one
//! thread) go to stderr.
//!
//! ```text
//! cargo run --release --example html_bench -- ../shared/corpus/html-bench/html > out.jsonl
//! cargo run --release --example html_bench -- DIR --no-title   # body without the headline
//! cargo run --release --example html_bench -- DIR --repeat 5   # timing over 5 rounds
//! ```

use std::io::{Read, Write};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: html_bench DIR [--no-title] [--repeat N]");
        std::process::exit(2);
    };
    let no_title = args.iter().any(|a| a == "--no-title");
    let repeat: usize = args
        .iter()
        .position(|a| a == "--repeat")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("readable folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().contains(".htm"))
        .collect();
    entries.sort();
    let pages: Vec<(String, String)> = entries
        .iter()
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let id = name.split('.').next().unwrap_or(&name).to_string();
            let raw = std::fs::read(p).expect("readable page");
            let bytes = if name.ends_with(".gz") {
                let mut out = Vec::new();
                flate2::read::GzDecoder::new(&raw[..])
                    .read_to_end(&mut out)
                    .expect("gzip");
                out
            } else {
                raw
            };
            let text = blotter::ingest::decode(&name, &bytes)
                .map(|d| d.text)
                .unwrap_or_default();
            (id, text)
        })
        .collect();
    let start = Instant::now();
    let cpu_start = cpu_seconds();
    let mut results = Vec::new();
    for round in 0..repeat {
        for (id, html) in &pages {
            let page = blotter::ingest::html::extract_page(id, html).unwrap_or_default();
            if round == 0 {
                results.push((id, page));
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let n = pages.len() * repeat;
    let cpu = match (cpu_start, cpu_seconds()) {
        (Some(a), Some(b)) => b - a,
        _ => secs,
    };
    eprintln!(
        "blotter: {n} pages in {secs:.3}s wall, {cpu:.3}s cpu = cpu {:.1} pages/s",
        n as f64 / cpu.max(1e-9)
    );
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (id, page) in results {
        let cleaned = blotter::clean::clean(&page.text);
        let body = match (no_title, cleaned.title) {
            (true, Some(t)) => cleaned
                .body
                .get(t.end..)
                .unwrap_or("")
                .trim_start()
                .to_string(),
            _ => cleaned.body,
        };
        let line = serde_json::json!({"id": id, "title": page.meta.title, "body": body});
        let _ = writeln!(out, "{line}");
    }
}

/// CPU time of this thread (user + system) from `/proc` (Linux), in seconds.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // After the command: state is field 3, utime 14, stime 15 (1-based in proc(5)).
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}
