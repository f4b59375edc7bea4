//! The rasd corpus: readers, the SQLite store, the Arabic search index, near-duplicates, exports.
//!
//! This is where rasd does I/O. A store is a directory (`./rasd-data` by default) holding
//!
//! * `store.sqlite`: the source of truth, in WAL mode: documents with their metadata, content
//!   hash and analysis, and their entities, mentions, times, quantities, events, quotes and
//!   duplicate clusters (schema in docs/store.md; open it with `sqlite3`);
//! * `index/`: a tantivy index derived from it, with an Arabic analyzer built from rasd's own
//!   tokenizer, morphology stems and search normalization ([`analyzer`]), and a
//!   spelling-variant fold in a second field so that `الأميركية` also finds `الأمريكية`.
//!
//! [`ingest::ingest`] streams records from [`read`] (text, HTML, JSONL and JSONL.gz, folders),
//! analyses them in parallel with the function it is given (this crate sits below the `rasd`
//! facade and does not know the engine), writes them in batched transactions keyed by a content
//! hash (so re-running adds nothing and an interrupted run resumes), brings the index up to date
//! from the store, and clusters near-duplicates ([`minhash`], [`dedup`]).
//!
//! ```
//! use rasd_store::{Store, SearchIndex, SearchRequest, ingest};
//! use rasd_text::{Document, Metadata, normalize::Normalizer, tokenize::tokenize};
//!
//! let dir = tempfile::tempdir()?;
//! std::fs::write(dir.path().join("a.txt"), "نتائج الانتخابات\n\nأعلنت اللجنة نتائج الانتخابات البلدية.")?;
//! let mut store = Store::open(&dir.path().join("store"))?;
//! let index = SearchIndex::open(store.dir())?;
//! let analyze = |text: &str, meta: Metadata| {
//!     let mut doc = Document::new(text.to_owned(), meta);
//!     doc.tokens = tokenize(text, &Normalizer::standard());
//!     doc
//! };
//! let inputs = rasd_store::read::Inputs::find(&[dir.path().join("a.txt")])?;
//! let cancel = std::sync::atomic::AtomicBool::new(false);
//! let summary = ingest::ingest(&mut store, &index, inputs, &analyze,
//!     &ingest::IngestOptions::default(), &mut |_| {}, &cancel)?;
//! assert_eq!(summary.added, 1);
//! let results = index.search(&store, &SearchRequest::new("انتخابات"))?;
//! assert_eq!(results.total, 1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod analyzer;
pub mod dedup;
mod error;
pub mod events;
pub mod export;
mod hash;
pub mod index;
pub mod ingest;
pub mod migrate;
pub mod minhash;
pub mod query;
pub mod read;
pub mod search;
mod snippet;
pub mod stem;
pub mod store;

pub use error::{Error, QueryError, Result};
pub use hash::{record_hash, text_hash};
pub use index::SearchIndex;
pub use migrate::Migration;
pub use search::{FacetCount, Facets, Hit, SearchRequest, SearchResults, Snippet};
pub use store::{Stats, Store};
