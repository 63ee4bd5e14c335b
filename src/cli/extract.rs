//! `blotter extract`: inputs → records as JSON, JSON Lines and CSV tables.
//!
//! Raw flags ([`ExtractArgs`]) are checked into a [`Config`], the only thing [`run`]
//! sees. The work is a [`blotter::batch::Batch`]: records are extracted and serialized
//! on the worker threads and written here in input order, so the output does not
//! depend on `--jobs`.

use super::csv::{Rows, Tables};
use super::output::Sink;
use super::{usage, EXIT_FAILED, EXIT_FATAL};
use blotter::batch::{Batch, Done, Input, Outcome};
use blotter::Kind;
use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::HashSet;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Flags of `blotter extract`.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Exit status: 0 all inputs extracted, 1 some failed (the others are written), 2 usage or output error."
)]
pub struct ExtractArgs {
    /// Inputs: files (.gz read transparently), directories (their .txt/.html/.md files,
    /// sorted by path), or `-` for standard input.
    paths: Vec<PathBuf>,
    /// Read more input paths from LIST, one a line (`-`: standard input).
    #[arg(long, value_name = "LIST")]
    files_from: Option<PathBuf>,
    /// Read articles from a JSON Lines file (`-`: standard input): one object a line
    /// with `id` and `text` or `html`; other fields go to `source.extra`.
    #[arg(long, value_name = "FILE")]
    jsonl_in: Vec<PathBuf>,
    /// Descend into subdirectories of directory inputs.
    #[arg(short = 'r', long)]
    recursive: bool,
    /// Take from directories only files whose path below the directory matches GLOB
    /// (repeatable; replaces the default .txt/.html/.md filter).
    #[arg(long = "glob", value_name = "GLOB")]
    globs: Vec<String>,
    /// Output format; default: one input → json, several → jsonl.
    #[arg(long, value_enum)]
    format: Option<OutFormat>,
    /// Indent JSON (implies --format json: an array when several inputs).
    #[arg(long)]
    pretty: bool,
    /// Write the records to FILE (whole or not at all: a temporary file renamed at
    /// the end) instead of standard output; `-` is standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Also write articles.csv, facts.csv and jurisdictions.csv into DIR. With --csv
    /// and no --out, no JSON is written. With --resume, the tables hold only the
    /// records of this run.
    #[arg(long, value_name = "DIR")]
    csv: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(short = 'j', long, value_name = "N")]
    jobs: Option<usize>,
    /// Keep the records already in --out, and those a killed run left in its
    /// temporary file beside it, and skip the inputs with their ids.
    #[arg(long)]
    resume: bool,
    /// No progress bar and no summary.
    #[arg(short = 'q', long)]
    quiet: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum OutFormat {
    /// One JSON object per input (a JSON array when several).
    Json,
    /// JSON Lines: one record per line.
    Jsonl,
}

/// Where the records go.
#[derive(Debug, Clone, PartialEq, Eq)]
enum JsonTarget {
    Stdout,
    File(PathBuf),
    Nowhere,
}

/// A checked `extract` invocation.
#[derive(Debug)]
struct Config {
    inputs: Vec<Input>,
    /// One input named, not a directory: a single JSON object, no summary.
    single: bool,
    format: OutFormat,
    pretty: bool,
    recursive: bool,
    globs: Vec<String>,
    json: JsonTarget,
    csv: Option<PathBuf>,
    jobs: usize,
    resume: bool,
    quiet: bool,
}

fn is_stdin(p: &Path) -> bool {
    p.as_os_str() == "-"
}

impl Config {
    fn from_args(a: ExtractArgs) -> Result<Config, String> {
        let mut paths = a.paths;
        let mut stdin_users = paths.iter().filter(|p| is_stdin(p)).count();
        stdin_users += a.jsonl_in.iter().filter(|p| is_stdin(p)).count();
        if let Some(list) = &a.files_from {
            let text = if is_stdin(list) {
                stdin_users += 1;
                let mut s = String::new();
                io::stdin().read_to_string(&mut s).map(|_| s)
            } else {
                std::fs::read_to_string(list)
            }
            .map_err(|e| format!("{}: cannot read the list of files: {e}", list.display()))?;
            paths.extend(
                text.lines()
                    .map(|l| l.trim_end_matches('\r'))
                    .filter(|l| !l.trim().is_empty())
                    .map(PathBuf::from),
            );
        }
        if stdin_users > 1 {
            return Err("standard input (`-`) can be read only once".into());
        }
        if paths.is_empty() && a.jsonl_in.is_empty() {
            return Err(if a.files_from.is_some() {
                "the list of files is empty".into()
            } else {
                "no input: give paths, --files-from LIST or --jsonl-in FILE (try --help)".into()
            });
        }
        let single = paths.len() == 1
            && a.jsonl_in.is_empty()
            && a.files_from.is_none()
            && !paths[0].is_dir();
        let format = a.format.unwrap_or(if single || a.pretty {
            OutFormat::Json
        } else {
            OutFormat::Jsonl
        });
        if a.pretty && format != OutFormat::Json {
            return Err("--pretty makes JSON, not JSON Lines: drop --format jsonl".into());
        }
        let json = match &a.out {
            Some(p) if is_stdin(p) => JsonTarget::Stdout,
            Some(p) => JsonTarget::File(p.clone()),
            None if a.csv.is_some() => JsonTarget::Nowhere,
            None => JsonTarget::Stdout,
        };
        if a.resume {
            if !matches!(json, JsonTarget::File(_)) {
                return Err("--resume needs --out FILE".into());
            }
            if format != OutFormat::Jsonl {
                return Err("--resume needs JSON Lines output (--format jsonl)".into());
            }
        }
        if a.jobs == Some(0) {
            return Err("--jobs must be at least 1".into());
        }
        let mut inputs: Vec<Input> = paths.into_iter().map(Input::Path).collect();
        inputs.extend(a.jsonl_in.into_iter().map(Input::Jsonl));
        Ok(Config {
            inputs,
            single,
            format,
            pretty: a.pretty,
            recursive: a.recursive,
            globs: a.globs,
            json,
            csv: a.csv,
            jobs: a.jobs.unwrap_or(0),
            resume: a.resume,
            quiet: a.quiet,
        })
    }
}

/// One article rendered on a worker thread.
enum Rendered {
    Ok {
        json: Vec<u8>,
        csv: Option<Rows>,
        kinds: [u32; Kind::ALL.len()],
    },
    Failed(String),
    Skipped,
}

struct Item {
    bytes: u64,
    rendered: Rendered,
}

fn render(d: Done, format: OutFormat, pretty: bool, json: bool, csv: bool) -> Item {
    let rendered = match d.outcome {
        Outcome::Skipped { .. } => Rendered::Skipped,
        Outcome::Failed(e) => Rendered::Failed(e.to_string()),
        Outcome::Record(rec) => {
            let mut kinds = [0u32; Kind::ALL.len()];
            for f in &rec.facts {
                if let Some(i) = Kind::ALL.iter().position(|k| *k == f.kind()) {
                    kinds[i] += 1;
                }
            }
            // A record's JSON is two to three times its body: room for it up front.
            let mut buf = Vec::with_capacity(if json { 3 * rec.body.len() + 1024 } else { 0 });
            let res = if !json {
                Ok(())
            } else if pretty {
                serde_json::to_writer_pretty(&mut buf, &rec)
            } else {
                serde_json::to_writer(&mut buf, &rec)
            };
            if format == OutFormat::Jsonl && json {
                buf.push(b'\n');
            }
            let rows = if csv { Some(Rows::of(&rec)) } else { None };
            match (res, rows.transpose()) {
                (Ok(()), Ok(csv)) => Rendered::Ok {
                    json: buf,
                    csv,
                    kinds,
                },
                (Err(e), _) => Rendered::Failed(format!("{}: cannot serialize: {e}", d.name)),
                (_, Err(e)) => Rendered::Failed(format!("{}: cannot write CSV rows: {e}", d.name)),
            }
        }
    };
    Item {
        bytes: d.bytes,
        rendered,
    }
}

/// Run `blotter extract`.
pub fn run(args: ExtractArgs) -> ExitCode {
    let config = match Config::from_args(args) {
        Ok(c) => c,
        Err(e) => return usage(e),
    };
    match execute(&config) {
        Ok(code) => code,
        Err(Fatal::BrokenPipe(code)) => code,
        Err(Fatal::Message(m)) => {
            eprintln!("blotter: {m}");
            ExitCode::from(EXIT_FATAL)
        }
    }
}

enum Fatal {
    /// The reader went away: stop quietly with this status.
    BrokenPipe(ExitCode),
    Message(String),
}

fn write_error(what: &str, e: io::Error, failed: bool) -> Fatal {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Fatal::BrokenPipe(if failed {
            ExitCode::from(EXIT_FAILED)
        } else {
            ExitCode::SUCCESS
        })
    } else {
        Fatal::Message(format!("cannot write {what}: {e}"))
    }
}

/// What `--resume` found: the ids already done, and the temporary files of killed
/// runs whose records were taken over (removed once the new output is in place).
struct Resumed {
    ids: HashSet<String>,
    salvaged: Vec<PathBuf>,
}

/// The temporary files a killed run left beside `target` (see [`Sink::create`]).
fn leftovers(target: &Path) -> Vec<PathBuf> {
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let prefix = format!(
        ".{}.",
        target
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default()
    );
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| {
            let n = e.file_name();
            let n = n.to_string_lossy();
            n.starts_with(&prefix) && n.ends_with(".partial")
        })
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

/// Copy the complete records of the JSON Lines file `path` to `sink`, adding their
/// ids to `ids` (a record whose id is already there is dropped). A line without its
/// newline or that does not parse — the last one of a killed run — is dropped, and
/// its article done again. Returns false when `path` does not exist.
fn take_over(path: &Path, sink: &mut Sink, ids: &mut HashSet<String>) -> Result<bool, Fatal> {
    #[derive(serde::Deserialize)]
    struct Id {
        id: String,
    }
    let cannot =
        |e: io::Error| Fatal::Message(format!("{}: cannot read for --resume: {e}", path.display()));
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(cannot(e)),
    };
    let mut reader = BufReader::with_capacity(1 << 16, file);
    let mut line = Vec::new();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line).map_err(cannot)? == 0 || line.last() != Some(&b'\n')
        {
            return Ok(true);
        }
        if let Ok(r) = serde_json::from_slice::<Id>(&line) {
            if ids.insert(r.id) {
                sink.write_all(&line)
                    .map_err(|e| write_error("output", e, false))?;
            }
        }
    }
}

/// Start a resumed output: the records of the existing `target`, then those of the
/// temporary files that killed runs left beside it.
fn resume(target: &Path, found: Vec<PathBuf>, sink: &mut Sink) -> Result<Resumed, Fatal> {
    let mut ids = HashSet::new();
    take_over(target, sink, &mut ids)?;
    let mut salvaged = Vec::new();
    for p in found {
        if take_over(&p, sink, &mut ids)? {
            salvaged.push(p);
        }
    }
    Ok(Resumed { ids, salvaged })
}

struct Stats {
    ok: u64,
    failed: u64,
    skipped: u64,
    bytes: u64,
    kinds: [u64; Kind::ALL.len()],
    start: Instant,
}

impl Stats {
    fn mb_per_s(&self) -> f64 {
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        self.bytes as f64 / 1e6 / secs
    }

    fn summary(&self) -> String {
        let secs = self.start.elapsed().as_secs_f64();
        let kinds: Vec<String> = Kind::ALL
            .iter()
            .zip(self.kinds)
            .filter(|(_, n)| *n > 0)
            .map(|(k, n)| format!("{k} {n}"))
            .collect();
        format!(
            "blotter: {} ok, {} failed, {} skipped; {:.1} MB in {:.1} s ({:.1} MB/s); facts: {}",
            self.ok,
            self.failed,
            self.skipped,
            self.bytes as f64 / 1e6,
            secs,
            self.mb_per_s(),
            if kinds.is_empty() {
                "none".to_string()
            } else {
                kinds.join(", ")
            }
        )
    }
}

fn progress_bar(total: Option<usize>) -> ProgressBar {
    let pb = match total {
        Some(n) => ProgressBar::with_draw_target(Some(n as u64), ProgressDrawTarget::stderr()),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
    };
    let template = if total.is_some() {
        "{elapsed_precise} [{bar:30}] {human_pos}/{human_len} files {msg} ETA {eta}"
    } else {
        "{spinner} {elapsed_precise} {human_pos} articles {msg}"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        pb.set_style(style.progress_chars("=> "));
    }
    pb.enable_steady_tick(Duration::from_millis(200));
    pb
}

fn execute(c: &Config) -> Result<ExitCode, Fatal> {
    // Listed before our own temporary file exists.
    let found = match (&c.json, c.resume) {
        (JsonTarget::File(p), true) => leftovers(p),
        _ => Vec::new(),
    };
    let mut json_sink =
        match &c.json {
            JsonTarget::Stdout => Some(Sink::stdout()),
            JsonTarget::File(p) => Some(Sink::create(p).map_err(|e| {
                Fatal::Message(format!("{}: cannot create output: {e}", p.display()))
            })?),
            JsonTarget::Nowhere => None,
        };
    let mut resumed = Resumed {
        ids: HashSet::new(),
        salvaged: Vec::new(),
    };
    if let (true, JsonTarget::File(p), Some(sink)) = (c.resume, &c.json, json_sink.as_mut()) {
        resumed = resume(p, found, sink)?;
    }
    let skip = std::mem::take(&mut resumed.ids);
    if c.csv.is_some() && !skip.is_empty() && !c.quiet {
        eprintln!(
            "blotter: warning: the CSV tables hold only this run's records, not the {} kept from --out",
            skip.len()
        );
    }
    let mut tables = match &c.csv {
        Some(dir) => Some(Tables::create(dir).map_err(|e| {
            Fatal::Message(format!("{}: cannot create CSV files: {e}", dir.display()))
        })?),
        None => None,
    };

    let batch = Batch::new(c.inputs.clone())
        .jobs(c.jobs)
        .recursive(c.recursive)
        .glob(&c.globs)
        .map_err(|e| Fatal::Message(e.to_string()))?
        .skip_ids(skip);
    let show_progress = !c.quiet && io::stderr().is_terminal();
    let pb = show_progress.then(|| progress_bar(batch.count_hint()));
    let (format, pretty, want_json, want_csv) =
        (c.format, c.pretty, json_sink.is_some(), tables.is_some());
    let items = batch.map(move |d| render(d, format, pretty, want_json, want_csv));

    let json_name = match &c.json {
        JsonTarget::File(p) => p.display().to_string(),
        _ => "output".to_string(),
    };
    let array = c.format == OutFormat::Json && !c.single;
    let mut stats = Stats {
        ok: 0,
        failed: 0,
        skipped: 0,
        bytes: 0,
        kinds: [0; Kind::ALL.len()],
        start: Instant::now(),
    };
    for item in items {
        stats.bytes += item.bytes;
        match item.rendered {
            Rendered::Ok { json, csv, kinds } => {
                if let Some(sink) = json_sink.as_mut() {
                    let res = if array {
                        sink.write_all(if stats.ok == 0 { b"[\n" } else { b",\n" })
                            .and_then(|_| sink.write_all(&json))
                    } else if c.format == OutFormat::Json {
                        sink.write_all(&json).and_then(|_| sink.write_all(b"\n"))
                    } else {
                        sink.write_all(&json)
                    };
                    res.map_err(|e| write_error(&json_name, e, stats.failed > 0))?;
                }
                if let (Some(t), Some(rows)) = (tables.as_mut(), csv) {
                    t.write(&rows)
                        .map_err(|e| write_error("CSV files", e, stats.failed > 0))?;
                }
                stats.ok += 1;
                for (total, n) in stats.kinds.iter_mut().zip(kinds) {
                    *total += u64::from(n);
                }
            }
            Rendered::Failed(msg) => {
                stats.failed += 1;
                match &pb {
                    Some(pb) => pb.suspend(|| eprintln!("blotter: {msg}")),
                    None => eprintln!("blotter: {msg}"),
                }
            }
            Rendered::Skipped => stats.skipped += 1,
        }
        if let Some(pb) = &pb {
            pb.inc(1);
            pb.set_message(format!("{:.1} MB/s", stats.mb_per_s()));
        }
    }
    if let Some(pb) = &pb {
        pb.finish_and_clear();
    }
    if let Some(mut sink) = json_sink {
        if array && stats.ok > 0 {
            sink.write_all(b"\n]\n")
                .map_err(|e| write_error(&json_name, e, stats.failed > 0))?;
        }
        sink.finish()
            .map_err(|e| write_error(&json_name, e, stats.failed > 0))?;
        // Their records are in the output now.
        for p in &resumed.salvaged {
            let _ = std::fs::remove_file(p);
        }
    }
    if let Some(t) = tables {
        t.finish()
            .map_err(|e| write_error("CSV files", e, stats.failed > 0))?;
    }
    if !c.quiet && !c.single {
        eprintln!("{}", stats.summary());
    }
    Ok(if stats.failed > 0 {
        ExitCode::from(EXIT_FAILED)
    } else {
        ExitCode::SUCCESS
    })
}
