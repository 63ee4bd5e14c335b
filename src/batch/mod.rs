//! Many articles → records: in parallel, in input order, streaming.
//!
//! A [`Batch`] takes inputs — files, directories, `-` for standard input, and JSON Lines
//! dumps of articles — and yields one outcome per article **in input order**, whatever
//! the number of worker threads, so `jobs(1)` and `jobs(8)` give the same sequence.
//!
//! It streams: inputs are cut into ordered groups of 64 articles, and a [rayon] pool
//! extracts a group per thread, one extractor over the whole group after another (the
//! caches keep one extractor's rules warm over a group). A thread that finishes a group
//! takes the next at once; groups finished out of turn wait until those before them
//! have gone to the caller. Memory is bounded by the articles in flight — the window,
//! 256 by default, or two groups per thread if that is more — never by the corpus.
//!
//! ```
//! use blotter::batch::{Batch, Input};
//!
//! let dir = std::env::temp_dir().join(format!("blotter-doc-{}", std::process::id()));
//! std::fs::create_dir_all(&dir).unwrap();
//! std::fs::write(dir.join("b.txt"), "Second\n\nTwo men were arrested.").unwrap();
//! std::fs::write(dir.join("a.txt"), "First\n\nPolice raided a flat.").unwrap();
//!
//! let ids: Vec<String> = Batch::new([Input::from(dir.as_path())])
//!     .jobs(2)
//!     .records()
//!     .map(|r| r.unwrap().id)
//!     .collect();
//! assert_eq!(ids, ["a", "b"]); // a directory's files, sorted by name
//! # std::fs::remove_dir_all(&dir).unwrap();
//! ```
//!
//! Inputs:
//! - a file: read whole; `.gz` (or any input starting with the gzip magic) is
//!   decompressed; its id is the file name without extensions;
//! - a directory: its `.txt`/`.html`/`.md` files (or those matching [`Batch::glob`]),
//!   sorted by path; with [`Batch::recursive`], its subdirectories' too;
//! - `-`: standard input, id `stdin`;
//! - [`Input::Jsonl`]: one JSON object a line with `id` and `text` or `html`; other
//!   fields go to the record's `source.extra`. A malformed row is an
//!   [`Error::Malformed`] naming the file and line, and the batch goes on.
//!
//! Failures are per article: a file that cannot be read yields an `Err` in its place
//! and the others still come. A panic inside the pipeline on one article is caught and
//! becomes that article's error (the panic message still goes to the panic hook).

use crate::error::{Error, Result};
use crate::ingest::Format;
use crate::record::Record;
use crate::{id_from_path, Article};
use globset::{Glob, GlobSet, GlobSetBuilder};
use std::collections::{BTreeMap, HashSet, VecDeque};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, sync_channel, Receiver, SyncSender};
use std::sync::Arc;
use std::thread::JoinHandle;

/// Articles in flight (read but not yet handed to the caller) when none is set: enough
/// to keep two cores busy while a slow group holds up the ones after it, few enough to
/// keep memory small. More threads get two groups each.
pub const DEFAULT_WINDOW: usize = 256;

/// Raw bytes of JSON Lines rows per group at most (a group also closes at this size).
const GROUP_BYTES: usize = 8 << 20;

/// One input of a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file, a directory, or `-` for standard input.
    Path(PathBuf),
    /// A JSON Lines file of articles (`-` for standard input), optionally gzipped.
    Jsonl(PathBuf),
}

impl From<PathBuf> for Input {
    fn from(p: PathBuf) -> Self {
        Input::Path(p)
    }
}

impl From<&Path> for Input {
    fn from(p: &Path) -> Self {
        Input::Path(p.to_path_buf())
    }
}

impl From<&str> for Input {
    fn from(p: &str) -> Self {
        Input::Path(PathBuf::from(p))
    }
}

/// What became of one article.
#[derive(Debug)]
pub enum Outcome {
    /// Extracted.
    Record(Box<Record>),
    /// Could not be read, decoded or parsed.
    Failed(Error),
    /// Its id was in the skip set ([`Batch::skip_ids`]); not read further.
    Skipped {
        /// The id.
        id: String,
    },
}

impl Outcome {
    /// The record or the error; `None` when skipped.
    pub fn into_result(self) -> Option<Result<Record>> {
        match self {
            Outcome::Record(r) => Some(Ok(*r)),
            Outcome::Failed(e) => Some(Err(e)),
            Outcome::Skipped { .. } => None,
        }
    }
}

/// One article's outcome with what is known of its input.
#[derive(Debug)]
pub struct Done {
    /// Position in the batch, from 0.
    pub index: usize,
    /// The input's name: its path, `-`, or `file:line` for a JSON Lines row.
    pub name: String,
    /// Bytes of input read (after decompression).
    pub bytes: u64,
    /// The result.
    pub outcome: Outcome,
}

/// A batch of inputs, configured with the builder methods, run with
/// [`records`](Batch::records) or [`map`](Batch::map).
#[derive(Debug, Clone)]
pub struct Batch {
    inputs: Vec<Input>,
    jobs: usize,
    window: usize,
    recursive: bool,
    glob: Option<GlobSet>,
    skip: Arc<HashSet<String>>,
}

impl Batch {
    /// A batch over `inputs`, with all cores, not recursive.
    pub fn new<I: Into<Input>>(inputs: impl IntoIterator<Item = I>) -> Self {
        Batch {
            inputs: inputs.into_iter().map(Into::into).collect(),
            jobs: 0,
            window: DEFAULT_WINDOW,
            recursive: false,
            glob: None,
            skip: Arc::new(HashSet::new()),
        }
    }

    /// Worker threads; 0 (the default) means one per core.
    pub fn jobs(mut self, n: usize) -> Self {
        self.jobs = n;
        self
    }

    /// Articles in flight at most (at least 1, and at least two groups of up to 64 per
    /// thread). Memory grows with it.
    pub fn window(mut self, n: usize) -> Self {
        self.window = n.max(1);
        self
    }

    /// Descend into subdirectories of directory inputs.
    pub fn recursive(mut self, yes: bool) -> Self {
        self.recursive = yes;
        self
    }

    /// Take from directories only the files whose path below the directory matches
    /// one of the patterns given (`*.txt`, `**/2024-*.html`; `*` crosses `/`). Files
    /// named directly are always taken.
    pub fn glob(mut self, patterns: &[String]) -> Result<Self> {
        if patterns.is_empty() {
            self.glob = None;
            return Ok(self);
        }
        let mut b = GlobSetBuilder::new();
        for p in patterns {
            let g = Glob::new(p).map_err(|e| Error::Malformed {
                name: format!("glob {p:?}"),
                message: e.to_string(),
            })?;
            b.add(g);
        }
        self.glob = Some(b.build().map_err(|e| Error::Malformed {
            name: "glob".into(),
            message: e.to_string(),
        })?);
        Ok(self)
    }

    /// Skip the articles with these ids (to resume an interrupted run): they yield
    /// [`Outcome::Skipped`], files without being read.
    pub fn skip_ids(mut self, ids: impl IntoIterator<Item = String>) -> Self {
        self.skip = Arc::new(ids.into_iter().collect());
        self
    }

    /// The number of articles, when it is known before reading (no JSON Lines input).
    /// Lists directories, reads no file.
    pub fn count_hint(&self) -> Option<usize> {
        let mut n = 0;
        for unit in self.expand() {
            match unit {
                Unit::Jsonl(_) => return None,
                _ => n += 1,
            }
        }
        Some(n)
    }

    /// The records in input order, with an error in place of each article that failed;
    /// skipped articles are left out.
    pub fn records(self) -> impl Iterator<Item = Result<Record>> {
        self.map(|d| d.outcome).filter_map(Outcome::into_result)
    }

    /// Run the batch, applying `f` to each article's outcome on the worker threads
    /// (put serialization there to parallelize it too); yields the results in input
    /// order.
    pub fn map<T, F>(self, f: F) -> Mapped<T>
    where
        T: Send + 'static,
        F: Fn(Done) -> T + Send + Sync + 'static,
    {
        let (tx, rx) = sync_channel::<Vec<T>>(1);
        let units = self.expand();
        let skip = Arc::clone(&self.skip);
        let (jobs, window) = (self.jobs, self.window);
        let f = Arc::new(f);
        let handle = std::thread::Builder::new()
            .name("blotter-batch".into())
            .spawn(move || {
                let mut tasks = Tasks {
                    units: units.into(),
                    rows: None,
                    index: 0,
                };
                let group = window.min(GROUP);
                match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
                    Ok(pool) => {
                        let in_flight = window.div_ceil(group).max(2 * pool.current_num_threads());
                        dispatch(&pool, &mut tasks, group, in_flight, &skip, &f, &tx)
                    }
                    // Without a pool (threads cannot be made), the groups run on this thread.
                    Err(_) => loop {
                        let tasks = tasks.next_group(group);
                        if tasks.is_empty() {
                            return;
                        }
                        let out = run_group(tasks, &skip).into_iter().map(&*f).collect();
                        if tx.send(out).is_err() {
                            return; // the consumer went away
                        }
                    },
                }
            })
            .ok();
        Mapped {
            rx,
            buf: VecDeque::new(),
            handle,
        }
    }

    fn expand(&self) -> Vec<Unit> {
        let mut out = Vec::new();
        for input in &self.inputs {
            match input {
                Input::Jsonl(p) => out.push(Unit::Jsonl(p.clone())),
                Input::Path(p) if p.as_os_str() == "-" => out.push(Unit::Stdin),
                Input::Path(p) if p.is_dir() => {
                    let mut files = Vec::new();
                    match walk(p, p, self.recursive, self.glob.as_ref(), &mut files) {
                        Ok(()) => {
                            files.sort();
                            out.extend(files.into_iter().map(Unit::File));
                        }
                        Err(source) => out.push(Unit::Failed(Error::Io {
                            path: p.clone(),
                            source,
                        })),
                    }
                }
                Input::Path(p) => out.push(Unit::File(p.clone())),
            }
        }
        out
    }
}

/// The outcomes of [`Batch::map`], in input order.
#[derive(Debug)]
pub struct Mapped<T> {
    rx: Receiver<Vec<T>>,
    buf: VecDeque<T>,
    handle: Option<JoinHandle<()>>,
}

impl<T> Iterator for Mapped<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        loop {
            if let Some(t) = self.buf.pop_front() {
                return Some(t);
            }
            match self.rx.recv() {
                Ok(chunk) => self.buf = chunk.into(),
                Err(_) => {
                    if let Some(h) = self.handle.take() {
                        if let Err(p) = h.join() {
                            // A panic outside the per-article guard: a bug, not an input problem.
                            std::panic::resume_unwind(p);
                        }
                    }
                    return None;
                }
            }
        }
    }
}

/// Run `tasks` on `pool` a group at a time, at most `in_flight` groups read but not yet
/// handed to the consumer, and send each group's outcomes to `tx` in input order.
///
/// No barrier: a thread that finishes a group takes the next one at once, while a
/// slower group ahead of it is still running; the groups finished out of turn wait
/// here in `ready` until those before them have gone out.
fn dispatch<T, F>(
    pool: &rayon::ThreadPool,
    tasks: &mut Tasks,
    group: usize,
    in_flight: usize,
    skip: &Arc<HashSet<String>>,
    f: &Arc<F>,
    tx: &SyncSender<Vec<T>>,
) where
    T: Send + 'static,
    F: Fn(Done) -> T + Send + Sync + 'static,
{
    use std::panic::{catch_unwind, AssertUnwindSafe};
    let (done_tx, done_rx) = channel::<(usize, std::thread::Result<Vec<T>>)>();
    let mut ready = BTreeMap::new();
    let (mut spawned, mut sent, mut exhausted) = (0, 0, false);
    loop {
        while !exhausted && spawned - sent < in_flight.max(1) {
            let tasks = tasks.next_group(group);
            if tasks.is_empty() {
                exhausted = true;
                break;
            }
            let (skip, f, done_tx, seq) =
                (Arc::clone(skip), Arc::clone(f), done_tx.clone(), spawned);
            pool.spawn(move || {
                // Articles' panics are caught inside `run_group`; this catches `f`'s.
                let out = catch_unwind(AssertUnwindSafe(|| {
                    run_group(tasks, &skip).into_iter().map(&*f).collect()
                }));
                let _ = done_tx.send((seq, out)); // fails only when the batch was dropped
            });
            spawned += 1;
        }
        if sent == spawned {
            return; // every group read and handed on
        }
        let Ok((seq, out)) = done_rx.recv() else {
            return; // unreachable: `done_tx` lives here
        };
        match out {
            Ok(out) => ready.insert(seq, out),
            Err(p) => std::panic::resume_unwind(p),
        };
        while let Some(out) = ready.remove(&sent) {
            if tx.send(out).is_err() {
                return; // the consumer went away
            }
            sent += 1;
        }
    }
}

/// An input after directory expansion.
#[derive(Debug)]
enum Unit {
    File(PathBuf),
    Stdin,
    Jsonl(PathBuf),
    Failed(Error),
}

/// One article's worth of work, cheap to hold until a worker takes it.
#[derive(Debug)]
enum Task {
    File {
        index: usize,
        path: PathBuf,
    },
    Stdin {
        index: usize,
    },
    Row {
        index: usize,
        name: String,
        line: String,
    },
    Failed {
        index: usize,
        name: String,
        error: Error,
    },
}

fn walk(
    root: &Path,
    dir: &Path,
    recursive: bool,
    glob: Option<&GlobSet>,
    out: &mut Vec<PathBuf>,
) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let ty = entry.file_type()?;
        if ty.is_dir() {
            if recursive {
                walk(root, &path, recursive, glob, out)?;
            }
            continue;
        }
        if !path.is_file() {
            continue;
        }
        let take = match glob {
            Some(g) => g.is_match(path.strip_prefix(root).unwrap_or(&path)),
            None => Format::from_name(&path.to_string_lossy()).is_some(),
        };
        if take {
            out.push(path);
        }
    }
    Ok(())
}

/// Rows of the JSON Lines input being read.
struct Rows {
    name: String,
    reader: Box<dyn BufRead + Send>,
    line: usize,
}

struct Tasks {
    units: VecDeque<Unit>,
    rows: Option<Rows>,
    index: usize,
}

impl Tasks {
    /// The next group of at most `size` tasks (fewer when its JSON Lines rows reach
    /// [`GROUP_BYTES`]); empty at the end.
    fn next_group(&mut self, size: usize) -> Vec<Task> {
        let mut out = Vec::with_capacity(size);
        let mut bytes = 0;
        while out.len() < size && bytes < GROUP_BYTES {
            match self.next_task() {
                Some(t) => {
                    if let Task::Row { line, .. } = &t {
                        bytes += line.len();
                    }
                    out.push(t);
                }
                None => break,
            }
        }
        out
    }

    fn next_task(&mut self) -> Option<Task> {
        loop {
            if let Some(rows) = &mut self.rows {
                let mut line = String::new();
                match rows.reader.read_line(&mut line) {
                    Ok(0) => self.rows = None,
                    Ok(_) => {
                        rows.line += 1;
                        if line.trim().is_empty() {
                            continue;
                        }
                        let name = format!("{}:{}", rows.name, rows.line);
                        return Some(self.task(|index| Task::Row { index, name, line }));
                    }
                    Err(e) => {
                        rows.line += 1;
                        let name = format!("{}:{}", rows.name, rows.line);
                        let error = Error::Malformed {
                            name: name.clone(),
                            message: format!("cannot read: {e}"),
                        };
                        // Invalid UTF-8 spoils one line; other errors end the file.
                        if e.kind() != io::ErrorKind::InvalidData {
                            self.rows = None;
                        }
                        return Some(self.task(|index| Task::Failed { index, name, error }));
                    }
                }
                continue;
            }
            match self.units.pop_front()? {
                Unit::File(path) => return Some(self.task(|index| Task::File { index, path })),
                Unit::Stdin => return Some(self.task(|index| Task::Stdin { index })),
                Unit::Failed(error) => {
                    let name = match &error {
                        Error::Io { path, .. } => path.display().to_string(),
                        _ => String::new(),
                    };
                    return Some(self.task(|index| Task::Failed { index, name, error }));
                }
                Unit::Jsonl(path) => match open_rows(&path) {
                    Ok(rows) => self.rows = Some(rows),
                    Err(source) => {
                        let name = path.display().to_string();
                        let error = Error::Io { path, source };
                        return Some(self.task(|index| Task::Failed { index, name, error }));
                    }
                },
            }
        }
    }

    fn task(&mut self, make: impl FnOnce(usize) -> Task) -> Task {
        let t = make(self.index);
        self.index += 1;
        t
    }
}

fn open_rows(path: &Path) -> io::Result<Rows> {
    let (name, raw): (String, Box<dyn Read + Send>) = if path.as_os_str() == "-" {
        ("<stdin>".into(), Box::new(io::stdin()))
    } else {
        (
            path.display().to_string(),
            Box::new(std::fs::File::open(path)?),
        )
    };
    let mut buffered = BufReader::with_capacity(1 << 16, raw);
    let reader: Box<dyn BufRead + Send> = if buffered.fill_buf()?.starts_with(GZIP_MAGIC) {
        Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::bufread::MultiGzDecoder::new(buffered),
        ))
    } else {
        Box::new(buffered)
    };
    Ok(Rows {
        name,
        reader,
        line: 0,
    })
}

const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b];

/// Largest decompressed article: a guard against gzip bombs.
const MAX_GUNZIPPED: u64 = 1 << 30;

/// Decompress `bytes` when they are gzip data.
fn gunzip(name: &Path, bytes: Vec<u8>) -> Result<Vec<u8>> {
    if !bytes.starts_with(GZIP_MAGIC) {
        return Ok(bytes);
    }
    let io_error = |source| Error::Io {
        path: name.to_path_buf(),
        source,
    };
    let mut out = Vec::with_capacity(bytes.len().saturating_mul(4));
    flate2::read::MultiGzDecoder::new(bytes.as_slice())
        .take(MAX_GUNZIPPED + 1)
        .read_to_end(&mut out)
        .map_err(io_error)?;
    if out.len() as u64 > MAX_GUNZIPPED {
        return Err(io_error(io::Error::other(format!(
            "decompresses to more than {} MiB: not an article",
            MAX_GUNZIPPED >> 20
        ))));
    }
    Ok(out)
}

fn read_file(path: &Path) -> Result<Article> {
    let mut article = Article::read(path)?;
    article.bytes = gunzip(path, std::mem::take(&mut article.bytes))?;
    Ok(article)
}

fn read_stdin() -> Result<Article> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|source| Error::Io {
            path: PathBuf::from("<stdin>"),
            source,
        })?;
    let bytes = gunzip(Path::new("<stdin>"), bytes)?;
    let mut a = Article::from_bytes("stdin", bytes);
    a.path = Some("-".into());
    Ok(a)
}

/// Parse one JSON Lines row into an article.
fn parse_row(name: &str, line: &str) -> Result<Article> {
    let malformed = |message: String| Error::Malformed {
        name: name.to_string(),
        message,
    };
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| malformed(format!("not JSON: {e}")))?;
    let serde_json::Value::Object(mut map) = value else {
        return Err(malformed("a row must be a JSON object".into()));
    };
    let id = match map.remove("id") {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(_) => return Err(malformed("`id` must be a non-empty string".into())),
        None => return Err(malformed("no `id`".into())),
    };
    let (format, body) = match (map.remove("text"), map.remove("html")) {
        (Some(serde_json::Value::String(t)), None) => (Format::Text, t),
        (None, Some(serde_json::Value::String(h))) => (Format::Html, h),
        (Some(_), Some(_)) => return Err(malformed("both `text` and `html`; give one".into())),
        (None, None) => return Err(malformed("no `text` or `html`".into())),
        _ => return Err(malformed("`text`/`html` must be a string".into())),
    };
    Ok(Article {
        id,
        path: Some(name.to_string()),
        format: Some(format),
        bytes: body.into_bytes(),
        extra: (!map.is_empty()).then_some(map),
    })
}

/// Articles whose extraction runs as one group (see [`crate::build_group`]): each
/// extractor reads the whole group before the next one starts, so that its rules'
/// lazy DFAs and its code stay in the processor's caches. On the bulk press
/// releases (one thread, minimum of three alternating runs) a whole run took 0.83x
/// the time of article-by-article extraction with groups of 4, 0.75x with 16 and
/// 0.69x with 64 (48 to 128 alike). The window (256 articles by default) holds four
/// groups of 64 in flight for the threads to share.
const GROUP: usize = 64;

/// A task read: its article, or what it comes to without one.
enum Reading {
    Article {
        index: usize,
        name: String,
        bytes: u64,
        article: Article,
    },
    Done(Done),
}

/// Read and parse one task, on a worker thread.
fn read(task: Task, skip: &HashSet<String>) -> Reading {
    let (index, name, article) = match task {
        Task::Failed { index, name, error } => {
            return Reading::Done(Done {
                index,
                name,
                bytes: 0,
                outcome: Outcome::Failed(error),
            });
        }
        Task::File { index, path } => {
            let name = path.to_string_lossy().into_owned();
            let id = id_from_path(&path);
            if skip.contains(&id) {
                return Reading::Done(Done {
                    index,
                    name,
                    bytes: 0,
                    outcome: Outcome::Skipped { id },
                });
            }
            (index, name, read_file(&path))
        }
        Task::Stdin { index } => (index, "-".to_string(), read_stdin()),
        Task::Row { index, name, line } => {
            let a = parse_row(&name, &line);
            (index, name, a)
        }
    };
    let article = match article {
        Ok(a) => a,
        Err(e) => {
            return Reading::Done(Done {
                index,
                name,
                bytes: 0,
                outcome: Outcome::Failed(e),
            })
        }
    };
    let bytes = article.bytes.len() as u64;
    if skip.contains(&article.id) {
        return Reading::Done(Done {
            index,
            name,
            bytes: 0,
            outcome: Outcome::Skipped { id: article.id },
        });
    }
    Reading::Article {
        index,
        name,
        bytes,
        article,
    }
}

/// Read, parse and extract a group of tasks, on a worker thread; the results in
/// the tasks' order.
fn run_group(tasks: Vec<Task>, skip: &HashSet<String>) -> Vec<Done> {
    use std::panic::{catch_unwind, AssertUnwindSafe};
    let mut done: Vec<Option<Done>> = Vec::with_capacity(tasks.len());
    // (slot in `done`, index, name, bytes) of each article prepared for extraction
    let mut pending = Vec::new();
    let mut prepared = Vec::new();
    for task in tasks {
        let (index, name, bytes, article) = match read(task, skip) {
            Reading::Done(d) => {
                done.push(Some(d));
                continue;
            }
            Reading::Article {
                index,
                name,
                bytes,
                article,
            } => (index, name, bytes, article),
        };
        let outcome = match catch_unwind(AssertUnwindSafe(|| article.prepare())) {
            Ok(Ok(p)) => {
                pending.push((done.len(), index, name, bytes));
                prepared.push(p);
                done.push(None);
                continue;
            }
            Ok(Err(e)) => Outcome::Failed(e),
            Err(p) => panicked(&name, p),
        };
        done.push(Some(Done {
            index,
            name,
            bytes,
            outcome,
        }));
    }
    let records = crate::build_group(prepared);
    for ((slot, index, name, bytes), record) in pending.into_iter().zip(records) {
        let outcome = match record {
            Ok(r) => Outcome::Record(Box::new(r)),
            Err(p) => panicked(&name, p),
        };
        done[slot] = Some(Done {
            index,
            name,
            bytes,
            outcome,
        });
    }
    done.into_iter().flatten().collect()
}

/// The failure of an article whose extraction panicked with `payload`.
fn panicked(name: &str, payload: Box<dyn std::any::Any + Send>) -> Outcome {
    let what = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    Outcome::Failed(Error::Malformed {
        name: name.to_string(),
        message: format!("internal error (panic): {what}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_parse_and_carry_extra_fields() {
        let a = parse_row(
            "d.jsonl:3",
            r#"{"id":"x1","text":"Hello.","url":"http://e.com","n":2}"#,
        )
        .unwrap();
        assert_eq!(a.id, "x1");
        assert_eq!(a.format, Some(Format::Text));
        let extra = a.extra.unwrap();
        assert_eq!(extra["url"], "http://e.com");
        assert_eq!(extra.len(), 2);
        let e = parse_row("d.jsonl:4", r#"{"id":"x2"}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains("d.jsonl:4") && e.contains("text"), "{e}");
        let e = parse_row("d.jsonl:5", "{oops").unwrap_err().to_string();
        assert!(e.contains("d.jsonl:5"), "{e}");
    }

    #[test]
    fn gzip_is_transparent() {
        use flate2::write::GzEncoder;
        use std::io::Write;
        let mut enc = GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(b"Title\n\nText.").unwrap();
        let gz = enc.finish().unwrap();
        assert_eq!(gunzip(Path::new("a.gz"), gz).unwrap(), b"Title\n\nText.");
        assert_eq!(gunzip(Path::new("a"), b"plain".to_vec()).unwrap(), b"plain");
    }

    fn rows_file(n: usize, tag: &str) -> (PathBuf, PathBuf) {
        let rows: String = (0..n)
            .map(|i| format!("{{\"id\":\"r{i}\",\"text\":\"Item {i}.\"}}\n"))
            .collect();
        let dir = std::env::temp_dir().join(format!("blotter-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("rows.jsonl");
        std::fs::write(&f, rows).unwrap();
        (dir, f)
    }

    #[test]
    fn groups_finished_out_of_turn_wait_for_those_before() {
        let (dir, f) = rows_file(40, "late");
        // The first group (two articles) is the slowest by far: the threads finish
        // the groups after it first, and those must still come after it.
        let got: Vec<usize> = Batch::new([Input::Jsonl(f)])
            .jobs(3)
            .window(2)
            .map(|d| {
                if d.index < 2 {
                    std::thread::sleep(std::time::Duration::from_millis(200));
                }
                d.index
            })
            .collect();
        assert_eq!(got, (0..40).collect::<Vec<_>>());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_panic_in_the_mapping_reaches_the_caller() {
        let (dir, f) = rows_file(20, "panic");
        let run = std::panic::catch_unwind(|| {
            Batch::new([Input::Jsonl(f)])
                .jobs(2)
                .window(4)
                .map(|d| {
                    assert!(d.index != 9, "bad row");
                    d.index
                })
                .count()
        });
        assert!(
            run.is_err(),
            "the panic must end the iteration, not hang or vanish"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn windows_keep_order_across_threads() {
        let (dir, f) = rows_file(50, "order");
        let ids: Vec<String> = Batch::new([Input::Jsonl(f)])
            .jobs(3)
            .window(7)
            .records()
            .map(|r| r.unwrap().id)
            .collect();
        let want: Vec<String> = (0..50).map(|i| format!("r{i}")).collect();
        assert_eq!(ids, want);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
