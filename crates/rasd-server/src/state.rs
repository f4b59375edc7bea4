//! What every request shares: the engine, the search index and connections to the store.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use rasd::Engine;
use rasd_store::{Migration, SearchIndex, Store};

use crate::error::Error;

/// How much a request may ask of the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// The largest request body, in bytes (larger ones get 413).
    pub max_body_bytes: usize,
    /// The longest a request may take, reading its body included (longer ones get 503).
    pub timeout: Duration,
    /// The most hits one search may return.
    pub max_hits: usize,
}

impl Default for Limits {
    /// 1 MiB bodies (a long article is 50 KB), 30 seconds, 100 hits.
    fn default() -> Self {
        Self {
            max_body_bytes: 1 << 20,
            timeout: Duration::from_secs(30),
            max_hits: 100,
        }
    }
}

/// What opening the store found and did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    /// The migration from an older schema, if the store needed one.
    pub migration: Option<Migration>,
    /// Documents added to the search index because an ingest stopped before indexing them.
    pub indexed: usize,
    /// Documents searchable now.
    pub searchable: u64,
}

/// The shared state of the server.
///
/// A SQLite connection cannot be used by two threads at once, so the state keeps a small pool of
/// them: a request takes one (or opens one when all are busy) and gives it back. The store is in
/// WAL mode, so these readers never block an ingest writing to the same store.
#[derive(Debug)]
pub struct AppState {
    engine: Engine,
    index: SearchIndex,
    dir: PathBuf,
    stores: Mutex<Vec<Store>>,
    limits: Limits,
}

/// Connections kept open between requests; more are opened when needed and closed after.
const POOL: usize = 4;

impl AppState {
    /// Opens the store in `dir` (which must exist: a server does not create an empty store where
    /// data was expected), brings its search index up to date, and keeps `engine` for analyses.
    ///
    /// # Errors
    /// [`Error::NoStore`] when `dir` holds no store; [`Error::Store`] when it cannot be opened or
    /// indexed.
    pub fn open(dir: &Path, engine: Engine, limits: Limits) -> Result<(Self, Opened), Error> {
        if !dir.join("store.sqlite").exists() {
            return Err(Error::NoStore {
                dir: dir.to_owned(),
            });
        }
        let store = Store::open(dir)?;
        let migration = store.migration().cloned();
        let index = SearchIndex::open(store.dir())?;
        let indexed = if index.indexed_upto() < store.max_id()? {
            index.sync(&store, 2, &mut |_| {})?
        } else {
            0
        };
        let opened = Opened {
            migration,
            indexed,
            searchable: index.num_docs(),
        };
        let state = Self {
            engine,
            index,
            dir: store.dir().to_owned(),
            stores: Mutex::new(vec![store]),
            limits,
        };
        Ok((state, opened))
    }

    /// The engine that analyses posted texts.
    #[must_use]
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The search index.
    #[must_use]
    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    /// The limits requests are held to.
    #[must_use]
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Runs `f` with a connection to the store. Blocks: call it from a blocking thread.
    ///
    /// # Errors
    /// When no connection can be opened, or `f` fails.
    pub fn with_store<T>(
        &self,
        f: impl FnOnce(&Store) -> rasd_store::Result<T>,
    ) -> rasd_store::Result<T> {
        // A panic while the lock was held cannot leave the list of idle connections half-made.
        let idle = self
            .stores
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        let store = match idle {
            Some(store) => store,
            None => Store::open(&self.dir)?,
        };
        let result = f(&store);
        let mut stores = self.stores.lock().unwrap_or_else(PoisonError::into_inner);
        if stores.len() < POOL {
            stores.push(store);
        }
        result
    }
}
