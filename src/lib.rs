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

    /// Read a file; the id is its name without extensions, the format its extension's.
    pub fn read(path: &Path) -> Result<Self> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let name = path.to_string_lossy().into_owned();
        Ok(Article {
            id: id_from_path(path),
            format: Format::from_name(&name),
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
        Ok(build(
            self.id.clone(),
            Source {
                path: self.path.clone(),
                format,
                extra: self.extra.clone(),
            },
            cleaned.body,
            cleaned.title,
            cleaned.meta,
            removed,
            decoded.warnings,
        ))
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
}

fn build(
    id: String,
    source: Source,
    body: String,
    title: Option<Span>,
    meta: clean::Meta,
    removed: Vec<record::Removed>,
    warnings: Vec<Warning>,
) -> Record {
    let segments = segment::segment(&body, title);
    let ctx = extract::Context::new(&body, &segments, &meta);
    let facts = extract::extract_all(&ctx);
    let facts = resolve::resolve(&body, &segments, facts);
    record::assemble(Parts {
        id,
        source,
        meta,
        body,
        removed,
        segments,
        facts,
        warnings,
    })
}

/// Extract a record from plain text (never fails: text needs no decoding).
pub fn extract_text(id: &str, text: &str) -> Record {
    let normalized = ingest::normalize(text);
    let cleaned = clean::clean(&normalized);
    build(
        id.to_string(),
        Source {
            path: None,
            format: Format::Text,
            extra: None,
        },
        cleaned.body,
        cleaned.title,
        cleaned.meta,
        cleaned.removed,
        Vec::new(),
    )
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
