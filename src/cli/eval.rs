//! `blotter eval`: score records against gold files, as `shared/eval/score.py` does.
//!
//! ```text
//! blotter eval --gold DIR [RECORDS.jsonl | RECORDS_DIR | --extract PATH...] [-v] [--json] [--min-f1 X]
//! ```
//!
//! Exit codes: 0 scored (and F1 at least `--min-f1`), 1 F1 below `--min-f1` or some
//! input to `--extract` failed, 2 gold or records unreadable.

use blotter::eval::{score, Gold, Records};
use blotter::Article;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `blotter eval`.
#[derive(clap::Args, Debug)]
pub struct EvalArgs {
    /// Folder of `<id>.gold.json` files.
    #[arg(long)]
    gold: PathBuf,
    /// Records to score: JSON Lines, or a folder of `<id>.json` records.
    #[arg(conflicts_with = "extract", required_unless_present = "extract")]
    records: Option<PathBuf>,
    /// Extract these files or folders (their .txt/.html files) and score the result.
    #[arg(long, num_args = 1.., value_name = "PATH")]
    extract: Vec<PathBuf>,
    /// List every missed and spurious fact, boilerplate kept and content lost.
    #[arg(short, long)]
    verbose: bool,
    /// Print the result as JSON (the layout of `score.py --json`).
    #[arg(long)]
    json: bool,
    /// Exit 1 when overall F1 is below this.
    #[arg(long, value_name = "X")]
    min_f1: Option<f64>,
}

fn inputs(paths: &[PathBuf], failed: &mut bool) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if !p.is_dir() {
            out.push(p.clone());
            continue;
        }
        match std::fs::read_dir(p) {
            Ok(rd) => {
                let mut files: Vec<PathBuf> = rd
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|f| {
                        f.is_file() && blotter::Format::from_name(&f.to_string_lossy()).is_some()
                    })
                    .collect();
                files.sort();
                out.extend(files);
            }
            Err(e) => {
                eprintln!("blotter: {}: cannot list directory: {e}", p.display());
                *failed = true;
            }
        }
    }
    out
}

fn extract(paths: &[PathBuf], failed: &mut bool) -> Records {
    let mut records = Vec::new();
    for path in inputs(paths, failed) {
        match Article::read(Path::new(&path)).and_then(|a| a.extract()) {
            Ok(r) => records.push(r),
            Err(e) => {
                eprintln!("blotter: {e}");
                *failed = true;
            }
        }
    }
    Records::from_records(&records)
}

/// Run `blotter eval`.
pub fn run(args: EvalArgs) -> ExitCode {
    let golds = match Gold::load_dir(&args.gold) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("blotter: {e}");
            return ExitCode::from(2);
        }
    };
    let mut failed = false;
    let records = match &args.records {
        Some(path) => match Records::load(path) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("blotter: {e}");
                return ExitCode::from(2);
            }
        },
        None => extract(&args.extract, &mut failed),
    };
    let report = score(&golds, &records, args.verbose);
    let text = if args.json {
        report.to_json() + "\n"
    } else {
        report.table()
    };
    let mut out = io::stdout().lock();
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("blotter: cannot write output: {e}");
            return ExitCode::from(2);
        }
    }
    let below = args.min_f1.is_some_and(|min| report.overall.f1 < min);
    if below || failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
