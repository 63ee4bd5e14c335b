//! HTML pages → article text and page metadata.
//!
//! Not yet implemented: HTML input answers with [`Error::Unsupported`].

use crate::clean::Meta;
use crate::error::{Error, Result};

/// The article text of a page (blocks separated by blank lines) and its metadata.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// Main-content text: headline first, then paragraphs, one list item a line.
    pub text: String,
    /// Title, publisher, publication date, byline, canonical URL.
    pub meta: Meta,
    /// What was dropped, summarized.
    pub removed: Vec<crate::record::Removed>,
}

/// Extract the main content of the page `html` (named `name` in errors).
pub fn extract_page(name: &str, _html: &str) -> Result<Page> {
    Err(Error::Unsupported {
        name: name.to_string(),
        what: "HTML (main-content extraction)".to_string(),
    })
}
