//! The one error type: only building an [`Extractor`](crate::Extractor) and
//! loading dictionaries can fail; extraction itself cannot.

use std::fmt;

/// A `Result` whose error is this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

/// Why building an extractor or loading a dictionary failed.
///
/// The message names the dictionary and the 1-based line where there is one.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

/// The broad class of an [`Error`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A dictionary could not be read (I/O failure or invalid UTF-8).
    Read,
    /// A dictionary line does not follow the format its header gives.
    Syntax,
    /// Two entries contradict each other (a duplicate term, an alias claimed
    /// by two organizations, a parent that is not listed).
    Conflict,
}

impl Error {
    /// The broad class of this error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
        }
    }

    /// An error at line `line` (1-based) of dictionary `source`.
    pub(crate) fn at(kind: ErrorKind, source: &str, line: usize, what: impl fmt::Display) -> Error {
        Error::new(kind, format!("{source}:{line}: {what}"))
    }
}
