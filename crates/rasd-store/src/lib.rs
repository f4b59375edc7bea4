//! The corpus: readers, the SQLite store, the Arabic search index, near-duplicates, exports.
