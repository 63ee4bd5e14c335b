//! # blotter
//!
//! Turns scraped news articles about law-enforcement operations into structured,
//! auditable records: counts of people and their roles, ages, dates, durations,
//! statutes and laws, money, seized items, agencies, operations, jurisdictions, named
//! people and quotes — each fact with its span in the cleaned text.
//!
//! ```
//! use blotter::{extract_text, Kind};
//!
//! let record = extract_text(
//!     "raid",
//!     "Police raid\n\nIn Malaysia, four local men were arrested and fined RM3,000.",
//! );
//! let count = record.facts.iter().find(|f| f.kind() == Kind::Count).unwrap();
//! assert_eq!(&record.body[count.span.start..count.span.end], count.text);
//! assert_eq!(count.text, "four local men");
//! let json = serde_json::to_value(&record).unwrap();
//! let money = json["facts"].as_array().unwrap().iter().find(|f| f["kind"] == "money").unwrap();
//! assert_eq!((money["amount"].as_i64(), money["currency"].as_str()), (Some(3000), Some("MYR")));
//! ```
//!
//! The pipeline runs one way: [`ingest`] (bytes → text) → [`clean`] (body and
//! removed furniture) → [`segment`] (title, sections, sentences) → [`extract`]
//! (typed facts) → [`resolve`] (overlaps, attribution, duplicates) → [`record`].

mod ascii;
pub mod batch;
pub mod clean;
pub mod error;
pub mod eval;
pub mod extract;
pub mod ingest;
pub mod record;
pub mod resolve;
pub mod segment;
pub mod span;

/// Helpers shared by the unit tests.
#[cfg(test)]
pub(crate) mod testing {
    /// `words` joined by `seps` in turn (a space once they run out): the texts the
    /// property tests build from a vocabulary.
    pub(crate) fn joined<W: AsRef<str>, S: AsRef<str>>(words: &[W], seps: &[S]) -> String {
        let mut text = String::new();
        for (k, w) in words.iter().enumerate() {
            text.push_str(w.as_ref());
            text.push_str(seps.get(k).map_or(" ", AsRef::as_ref));
        }
        text
    }
}

pub use error::{Error, Result};
pub use extract::fact::{Fact, Kind, Value};
pub use ingest::Format;
pub use record::Record;
pub use span::Span;

use record::{Parts, Source, Warning};
use std::path::Path;

/// One article to extract: its id, its bytes and what is known of its format.
#[derive(Debug, Clone)]
pub struct Article {
    /// The record id.
    pub id: String,
    /// The input's path as the user gave it (for `source.path` and error messages).
    pub path: Option<String>,
    /// Text or HTML; `None` to sniff.
    pub format: Option<Format>,
    /// The raw bytes.
    pub bytes: Vec<u8>,
    /// Extra fields carried into `source.extra`.
    pub extra: Option<serde_json::Map<String, serde_json::Value>>,
}

impl Article {
    /// An article from text already in memory.
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Self {
        Article {
            id: id.into(),
            path: None,
            format: Some(Format::Text),
            bytes: text.into().into_bytes(),
            extra: None,
        }
    }

    /// An article from raw bytes of unknown format.
    pub fn from_bytes(id: impl Into<String>, bytes: Vec<u8>) -> Self {
        Article {
            id: id.into(),
            path: None,
            format: None,
            bytes,
            extra: None,
        }
    }

    /// Read a file; the id is its name without extensions. An HTML extension makes
    /// it HTML; any other file is sniffed (scrapers save pages as `.txt` too).
    pub fn read(path: &Path) -> Result<Self> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let name = path.to_string_lossy().into_owned();
        Ok(Article {
            id: id_from_path(path),
            // (a page's markup saved under a text name, `.txt` or `.md`, is still a
            // page: only an HTML name is taken at its word, the rest is sniffed)
            format: Format::from_name(&name).filter(|f| *f == Format::Html),
            path: Some(name),
            bytes,
            extra: None,
        })
    }

    /// The name used in messages.
    pub fn name(&self) -> &str {
        self.path.as_deref().unwrap_or(&self.id)
    }

    /// Run the whole pipeline.
    pub fn extract(&self) -> Result<Record> {
        Ok(build(self.prepare()?))
    }

    /// Decode and clean: the article made ready for [`build`] or [`build_group`].
    pub(crate) fn prepare(&self) -> Result<Prepared> {
        let name = self.name();
        let decoded = ingest::decode(name, &self.bytes)?;
        let format = self.format.unwrap_or_else(|| Format::sniff(&decoded.text));
        let (cleaned, extra_removed) = match format {
            Format::Text => (clean::clean(&decoded.text), Vec::new()),
            Format::Html => {
                let page = ingest::html::extract_page(name, &decoded.text)?;
                let mut c = clean::clean(&page.text);
                merge_meta(&mut c.meta, page.meta);
                (c, page.removed)
            }
        };
        let mut removed = extra_removed;
        removed.extend(cleaned.removed);
        Ok(Prepared {
            id: self.id.clone(),
            source: Source {
                path: self.path.clone(),
                format,
                extra: self.extra.clone(),
            },
            body: cleaned.body,
            title: cleaned.title,
            meta: cleaned.meta,
            removed,
            warnings: decoded.warnings,
        })
    }
}

fn merge_meta(into: &mut clean::Meta, page: clean::Meta) {
    // The page's own metadata is better evidence than lines of its text.
    if page.title.is_some() {
        into.title = page.title;
    }
    into.publisher = page.publisher.or(into.publisher.take());
    into.published = page.published.or(into.published);
    into.byline = page.byline.or(into.byline.take());
    into.url = page.url.or(into.url.take());
    into.updated = page.updated.or(into.updated);
}

/// A cleaned article, ready for segmentation and extraction.
pub(crate) struct Prepared {
    id: String,
    source: Source,
    body: String,
    title: Option<Span>,
    meta: clean::Meta,
    removed: Vec<record::Removed>,
    warnings: Vec<Warning>,
}

/// The record of one prepared article.
fn build(doc: Prepared) -> Record {
    match build_group(vec![doc]).pop() {
        Some(Ok(record)) => record,
        Some(Err(panic)) => std::panic::resume_unwind(panic),
        None => unreachable!("one record for one article"),
    }
}

/// The records of several prepared articles, in order; an article whose extraction
/// panicked gets the panic's payload and the others go on.
///
/// The extractors run one at a time over every article of the group, not every
/// extractor over one article and then the next article. Each extractor's rules
/// keep their lazy DFAs, and its code, in the processor's caches while it reads the
/// whole group: on the bulk press releases the extractors take ~0.7x the time they
/// take article by article (see README, "Where the time goes"). The output is the
/// same: an extractor reads only its own article's context.
pub(crate) fn build_group(docs: Vec<Prepared>) -> Vec<std::thread::Result<Record>> {
    use std::panic::{catch_unwind, AssertUnwindSafe};
    let segments: Vec<std::thread::Result<segment::Segments>> = docs
        .iter()
        .map(|d| catch_unwind(AssertUnwindSafe(|| segment::segment(&d.body, d.title))))
        .collect();
    let mut failed: Vec<Option<Box<dyn std::any::Any + Send>>> =
        docs.iter().map(|_| None).collect();
    let mut facts: Vec<Vec<Fact>> = docs.iter().map(|_| Vec::new()).collect();
    {
        // Every article's context (and anchor index) lives through the group; the
        // one an extractor reads is made current on this thread first.
        let contexts: Vec<Option<extract::Context<'_>>> = docs
            .iter()
            .zip(&segments)
            .zip(&mut failed)
            .map(|((d, s), failed)| {
                let s = s.as_ref().ok()?;
                catch_unwind(AssertUnwindSafe(|| {
                    extract::Context::new(&d.body, s, &d.meta)
                }))
                .map_err(|p| *failed = Some(p))
                .ok()
            })
            .collect();
        for (_, extractor) in extract::EXTRACTORS {
            for (i, ctx) in contexts.iter().enumerate() {
                let Some(ctx) = ctx.as_ref().filter(|_| failed[i].is_none()) else {
                    continue;
                };
                ctx.make_current();
                let out = &mut facts[i];
                let run = || {
                    #[cfg(test)]
                    tests::panic_on_marker(ctx.body);
                    extractor(ctx, out)
                };
                if let Err(p) = catch_unwind(AssertUnwindSafe(run)) {
                    failed[i] = Some(p);
                }
            }
        }
        for (i, ctx) in contexts.iter().enumerate() {
            let (Some(ctx), Ok(s)) = (ctx.as_ref().filter(|_| failed[i].is_none()), &segments[i])
            else {
                continue;
            };
            ctx.make_current();
            let found = std::mem::take(&mut facts[i]);
            match catch_unwind(AssertUnwindSafe(|| {
                resolve::resolve(&docs[i].body, s, found)
            })) {
                Ok(resolved) => facts[i] = resolved,
                Err(p) => failed[i] = Some(p),
            }
        }
    }
    docs.into_iter()
        .zip(segments)
        .zip(failed)
        .zip(facts)
        .map(|(((d, segments), failed), facts)| {
            let segments = segments?;
            if let Some(p) = failed {
                return Err(p);
            }
            catch_unwind(AssertUnwindSafe(|| {
                record::assemble(Parts {
                    id: d.id,
                    source: d.source,
                    meta: d.meta,
                    body: d.body,
                    removed: d.removed,
                    segments,
                    facts,
                    warnings: d.warnings,
                })
            }))
        })
        .collect()
}

/// Extract a record from plain text (never fails: text needs no decoding).
pub fn extract_text(id: &str, text: &str) -> Record {
    let normalized = ingest::normalize(text);
    let cleaned = clean::clean(&normalized);
    build(Prepared {
        id: id.to_string(),
        source: Source {
            path: None,
            format: Format::Text,
            extra: None,
        },
        body: cleaned.body,
        title: cleaned.title,
        meta: cleaned.meta,
        removed: cleaned.removed,
        warnings: Vec::new(),
    })
}

/// The record id of a path: its file name without extension(s)
/// (`003-raid.html` → `003-raid`, `a.txt.gz` → `a`).
pub fn id_from_path(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut stem = name.as_str();
    for ext in [
        ".gz", ".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".json",
    ] {
        if stem.len() > ext.len() && stem.to_ascii_lowercase().ends_with(ext) {
            stem = &stem[..stem.len() - ext.len()];
        }
    }
    stem.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Extracted as one group (extractor by extractor), every article gets the record
    /// it gets on its own, in order.
    #[test]
    fn a_group_gives_each_article_the_record_it_gets_alone() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "html"))
            .collect();
        paths.sort();
        assert!(paths.len() >= 10, "fixtures: {}", paths.len());
        // each article twice, so that texts recur within the group
        let articles: Vec<Article> = paths
            .iter()
            .chain(&paths)
            .map(|p| Article::read(p).unwrap())
            .collect();
        let json = |r: &Record| serde_json::to_string(r).unwrap();
        let alone: Vec<String> = articles
            .iter()
            .map(|a| json(&a.extract().unwrap()))
            .collect();
        let prepared = articles.iter().map(|a| a.prepare().unwrap()).collect();
        let grouped: Vec<String> = build_group(prepared)
            .into_iter()
            .map(|r| json(&r.unwrap()))
            .collect();
        assert_eq!(grouped.len(), alone.len());
        for ((g, a), path) in grouped.iter().zip(&alone).zip(paths.iter().cycle()) {
            assert_eq!(g, a, "{}", path.display());
        }
    }

    /// Extractors panic on a body holding this (tests of panic isolation only).
    const PANIC_MARKER: &str = "<<extractor panics here>>";

    pub(super) fn panic_on_marker(body: &str) {
        assert!(!body.contains(PANIC_MARKER), "injected extractor panic");
    }

    /// An article whose extraction panics fails alone: the others of its group get
    /// their records, the ones they get on their own.
    #[test]
    fn a_panic_fails_its_article_and_the_group_goes_on() {
        let text = "Raid\n\nPolice arrested 4 men in Miami on 3 May 2024.";
        let prepare = |id: &str, text: &str| Article::from_text(id, text).prepare().unwrap();
        let bad = format!("{text} {PANIC_MARKER}");
        let out = build_group(vec![
            prepare("a", text),
            prepare("bad", &bad),
            prepare("b", text),
        ]);
        assert_eq!(out.len(), 3);
        let payload = out[1].as_ref().expect_err("the marked article fails");
        let message = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str));
        assert_eq!(message, Some("injected extractor panic"));
        for (r, id) in [(&out[0], "a"), (&out[2], "b")] {
            let r = r.as_ref().expect("a good article gets its record");
            assert_eq!(r.id, id);
            let alone = extract_text(id, text);
            assert!(!alone.facts.is_empty());
            assert_eq!(
                serde_json::to_string(r).unwrap(),
                serde_json::to_string(&alone).unwrap()
            );
        }
    }
}
