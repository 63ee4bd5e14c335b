//! The library's one error type.

use std::path::PathBuf;

/// Everything that can go wrong turning an input into a record.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying failure.
        #[source]
        source: std::io::Error,
    },
    /// The input is binary (it holds NUL bytes outside a UTF-16 text).
    #[error("{name}: looks like a binary file (NUL byte at offset {offset}), not an article")]
    Binary {
        /// The input's name (a path, or `<stdin>`).
        name: String,
        /// Offset of the first NUL byte.
        offset: usize,
    },
    /// The input is in a format this build cannot read.
    #[error("{name}: {what} input is not supported")]
    Unsupported {
        /// The input's name.
        name: String,
        /// What was asked for.
        what: String,
    },
    /// A JSON Lines input row or a gold file is malformed.
    #[error("{name}: {message}")]
    Malformed {
        /// The input's name, with a line number where there is one.
        name: String,
        /// What is wrong.
        message: String,
    },
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
