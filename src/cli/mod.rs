//! Arguments → configuration → run → exit code. Exit codes: 0 every input
//! succeeded, 1 some input failed (the others are still written), 2 usage or fatal
//! errors. A reader that goes away (broken pipe) is not an error.

mod eval;

use blotter::{Article, Record};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "blotter",
    version,
    about = "Structured, auditable records from news articles about law enforcement"
)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract records from articles (files, directories of .txt/.html, or - for stdin).
    Extract {
        /// Inputs: files, directories (their .txt and .html files, sorted by name), or `-`.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format; default: one input → json, several → jsonl.
        #[arg(long, value_enum)]
        format: Option<OutFormat>,
        /// Indent JSON (only with --format json).
        #[arg(long)]
        pretty: bool,
    },
    /// Score records (or extract and score) against gold files, like `score.py`.
    Eval(eval::EvalArgs),
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum OutFormat {
    /// One JSON object per input (a JSON array when several).
    Json,
    /// JSON Lines: one record per line.
    Jsonl,
}

/// Entry point.
pub fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match args.command {
        Command::Extract {
            paths,
            format,
            pretty,
        } => run_extract(&paths, format, pretty),
        Command::Eval(args) => eval::run(args),
    }
}

/// Expand directories (sorted .txt/.html files) and keep files and `-` as given.
fn expand(paths: &[PathBuf], failed: &mut bool) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" || !p.is_dir() {
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
                    .filter(|f| !f.to_string_lossy().ends_with(".md") || true)
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

fn load(path: &Path) -> blotter::Result<Article> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|source| blotter::Error::Io {
                path: PathBuf::from("<stdin>"),
                source,
            })?;
        let mut a = Article::from_bytes("stdin", bytes);
        a.path = Some("-".into());
        return Ok(a);
    }
    Article::read(path)
}

fn run_extract(paths: &[PathBuf], format: Option<OutFormat>, pretty: bool) -> ExitCode {
    let mut failed = false;
    let inputs = expand(paths, &mut failed);
    let single = inputs.len() == 1 && paths.len() == 1 && !paths[0].is_dir();
    let format = format.unwrap_or(if single {
        OutFormat::Json
    } else {
        OutFormat::Jsonl
    });
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut first = true;
    for path in &inputs {
        let rec: blotter::Result<Record> = load(path).and_then(|a| a.extract());
        match rec {
            Ok(rec) => {
                let res = write_record(&mut out, &rec, format, pretty, single, &mut first);
                if let Err(e) = res.and_then(|_| out.flush()) {
                    return write_failed(e);
                }
            }
            Err(e) => {
                eprintln!("blotter: {e}");
                failed = true;
            }
        }
    }
    if format == OutFormat::Json && !single && !first {
        if let Err(e) = writeln!(out, "]") {
            return write_failed(e);
        }
    }
    if let Err(e) = out.flush() {
        return write_failed(e);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn write_record(
    out: &mut impl Write,
    rec: &Record,
    format: OutFormat,
    pretty: bool,
    single: bool,
    first: &mut bool,
) -> io::Result<()> {
    match format {
        OutFormat::Jsonl => {
            serde_json::to_writer(&mut *out, rec)?;
            writeln!(out)?;
        }
        OutFormat::Json => {
            if !single {
                write!(out, "{}", if *first { "[\n" } else { ",\n" })?;
            }
            if pretty {
                serde_json::to_writer_pretty(&mut *out, rec)?;
            } else {
                serde_json::to_writer(&mut *out, rec)?;
            }
            if single {
                writeln!(out)?;
            }
        }
    }
    *first = false;
    Ok(())
}

fn write_failed(e: io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS;
    }
    eprintln!("blotter: cannot write output: {e}");
    ExitCode::from(2)
}
