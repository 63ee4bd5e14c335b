//! The record: one per input article, in the shape `FACTS.md` specifies.
//!
//! Serialized as one JSON object; in JSON Lines, one record a line. Fields:
//! `schema_version`, `id`, `source`, `meta`, `body`, `removed`, `sections`, `facts`
//! (each with `kind`, its normalized fields, `jurisdiction`?, `text`, `span`, `rule`),
//! `summary`, `warnings`.

mod summary;

pub use summary::{JurisdictionRow, Summary, Totals};

use crate::clean::Meta;
use crate::extract::fact::Fact;
use crate::ingest::Format;
use crate::segment::Segments;
use crate::span::Span;
use serde::Serialize;

/// Version of the record's field layout; bumped on any change of fields.
pub const SCHEMA_VERSION: u32 = 1;

/// Where a record came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    /// The input path as given (or `-` for stdin).
    pub path: Option<String>,
    /// Text or HTML.
    pub format: Format,
    /// Fields of a JSON Lines input row other than `id`, `text`, `html`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extra: Option<serde_json::Map<String, serde_json::Value>>,
}

/// A line taken out of the article, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Removed {
    /// The line.
    pub text: String,
    /// Which rule removed it.
    pub reason: &'static str,
}

/// Something a reader of the record should know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// Stable machine-readable code (`invalid-utf8`, `totals-mismatch`).
    pub code: &'static str,
    /// For people.
    pub message: String,
}

impl Warning {
    /// A warning.
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        Warning {
            code,
            message: message.into(),
        }
    }
}

/// A section of the body as the record shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionOut {
    /// The heading's text.
    pub heading: String,
    /// The one place the heading names, when it names exactly one.
    pub jurisdiction: Option<String>,
    /// Every place the heading names.
    pub jurisdictions: Vec<String>,
    /// From the heading to the next.
    pub span: Span,
}

/// One article's record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record {
    /// Field layout version.
    pub schema_version: u32,
    /// File stem, or the `id` of a JSON Lines row.
    pub id: String,
    /// Where it came from.
    pub source: Source,
    /// Title, publisher, dates.
    pub meta: Meta,
    /// Cleaned text; every span indexes it.
    pub body: String,
    /// Lines taken out.
    pub removed: Vec<Removed>,
    /// Sections opened by headings.
    pub sections: Vec<SectionOut>,
    /// The facts, sorted by span then kind.
    pub facts: Vec<Fact>,
    /// Operation-level roll-up.
    pub summary: Summary,
    /// Problems and inconsistencies.
    pub warnings: Vec<Warning>,
}

/// Everything the record is built from.
pub struct Parts {
    /// Record id.
    pub id: String,
    /// Source.
    pub source: Source,
    /// Metadata.
    pub meta: Meta,
    /// Body.
    pub body: String,
    /// Removed lines.
    pub removed: Vec<Removed>,
    /// Segments of the body.
    pub segments: Segments,
    /// Resolved facts.
    pub facts: Vec<Fact>,
    /// Warnings so far (decoding).
    pub warnings: Vec<Warning>,
}

/// Assemble a record: sections for output, the summary and its consistency warnings.
pub fn assemble(p: Parts) -> Record {
    let sections = p
        .segments
        .sections
        .iter()
        .map(|s| SectionOut {
            heading: s.heading.slice(&p.body).to_string(),
            jurisdiction: match s.jurisdictions.as_slice() {
                [one] => Some(one.to_string()),
                _ => None,
            },
            jurisdictions: s.jurisdictions.iter().map(|j| j.to_string()).collect(),
            span: s.span,
        })
        .collect();
    let summary = Summary::of(&p.facts);
    let mut warnings = p.warnings;
    warnings.extend(summary.consistency_warnings());
    Record {
        schema_version: SCHEMA_VERSION,
        id: p.id,
        source: p.source,
        meta: p.meta,
        body: p.body,
        removed: p.removed,
        sections,
        facts: p.facts,
        summary,
        warnings,
    }
}
