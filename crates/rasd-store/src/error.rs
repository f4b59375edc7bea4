//! The one error type of the store.

use std::path::PathBuf;

/// What can go wrong while reading, storing, indexing, searching or exporting.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("{}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The SQLite store failed.
    #[error("store")]
    Sqlite(#[from] rusqlite::Error),
    /// The search index failed.
    #[error("search index")]
    Index(#[from] tantivy::TantivyError),
    /// A query could not be parsed.
    #[error(transparent)]
    Query(#[from] QueryError),
    /// A filter value (date, limit) is not valid.
    #[error("invalid {what}: {value:?} ({reason})")]
    InvalidArgument {
        /// Which argument.
        what: &'static str,
        /// The value given.
        value: String,
        /// Why it was refused.
        reason: &'static str,
    },
    /// The store was written by an incompatible version of rasd.
    #[error(
        "store schema version {found} is not supported (expected {expected}); re-ingest into a new store"
    )]
    SchemaVersion {
        /// The version found in the store.
        found: String,
        /// The version this build reads.
        expected: &'static str,
    },
    /// Encoding a record as JSON, CSV or Parquet failed.
    #[error("export: {0}")]
    Export(String),
    /// A worker thread could not be started or failed.
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    /// An I/O error about `path`.
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }
}

/// A query that could not be parsed, with where the problem is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("malformed query at character {position}: {message}")]
pub struct QueryError {
    /// Code-point offset in the query where the problem was found.
    pub position: usize,
    /// What is wrong.
    pub message: String,
}

/// The store's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
