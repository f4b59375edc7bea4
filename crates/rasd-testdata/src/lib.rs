//! Finds the shared data that rasd's tests, benchmarks and build tasks read.
//!
//! The data lives outside the repository, in `../shared/data` beside the checkout, unless the
//! `RASD_DATA` environment variable names another folder. A test that needs it calls [`path`] and
//! fails loudly when it is missing: a test that silently skips would hide a broken setup.
//!
//! ```no_run
//! let seed = rasd_testdata::seed_article();
//! assert!(seed.contains("بايدن"));
//! ```

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// The environment variable that overrides where the shared data is.
pub const ENV_VAR: &str = "RASD_DATA";

/// The folder holding the shared data sets.
///
/// # Panics
/// Panics with a message naming the folders it tried when the data cannot be found: tests
/// must never skip silently because data is missing.
pub fn root() -> PathBuf {
    if let Some(dir) = std::env::var_os(ENV_VAR) {
        let dir = PathBuf::from(dir);
        assert!(
            dir.is_dir(),
            "{ENV_VAR}={} is not a folder; point it at the shared data",
            dir.display()
        );
        return dir;
    }
    // The workspace root is two levels above this crate; the data sits beside the checkout.
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates = [
        manifest.join("../../../shared/data"),
        manifest.join("../../shared/data"),
    ];
    for dir in &candidates {
        if dir.is_dir() {
            return dir.clone();
        }
    }
    panic!(
        "rasd's shared data was not found (tried {}); set {ENV_VAR} to the folder that holds \
         seed/, saudinewsnet/, wordfreq-ar/ …",
        candidates
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
}

/// A path inside the shared data folder, which must exist.
///
/// # Panics
/// Panics when the file or folder is missing.
pub fn path(relative: &str) -> PathBuf {
    let p = root().join(relative);
    assert!(p.exists(), "shared data file {} is missing", p.display());
    p
}

/// Reads a shared data file as UTF-8 text.
///
/// # Panics
/// Panics when the file is missing or unreadable.
pub fn read_to_string(relative: &str) -> String {
    let p = path(relative);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

/// The seed article: one real Elaph news article dated Tuesday 2021-07-27.
pub fn seed_article() -> String {
    read_to_string("seed/elaph-2021-07-27-iraq-us-dialogue.txt")
}

/// Opens a shared data file for buffered reading, decompressing it when its name ends in `.gz`.
///
/// # Panics
/// Panics when the file is missing or unreadable.
pub fn open(relative: &str) -> Box<dyn BufRead> {
    let p = path(relative);
    let file =
        std::fs::File::open(&p).unwrap_or_else(|e| panic!("cannot open {}: {e}", p.display()));
    let reader: Box<dyn Read> = if relative.ends_with(".gz") {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    Box::new(BufReader::with_capacity(1 << 20, reader))
}

/// One article of the SaudiNewsNet corpus.
#[derive(Debug, Clone)]
pub struct NewsArticle {
    /// The corpus identifier.
    pub id: String,
    /// The headline, possibly empty.
    pub title: String,
    /// The article body.
    pub text: String,
    /// Publication time as the corpus gives it (`2015-07-21 02:51:32`).
    pub date: String,
    /// The newspaper's short name (`aawsat`, `okaz`, …).
    pub source: String,
}

/// Reads up to `limit` articles of SaudiNewsNet (all 31,030 with `usize::MAX`).
///
/// # Panics
/// Panics when the corpus is missing or a line is not valid JSON.
pub fn saudinewsnet(limit: usize) -> Vec<NewsArticle> {
    let mut out = Vec::new();
    for line in open("saudinewsnet/articles.jsonl.gz").lines() {
        if out.len() >= limit {
            break;
        }
        let line = line.expect("read saudinewsnet line");
        let v: serde_json::Value = serde_json::from_str(&line).expect("saudinewsnet JSON line");
        let field = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_owned();
        out.push(NewsArticle {
            id: field("id"),
            title: field("title"),
            text: field("text"),
            date: field("date"),
            source: field("source"),
        });
    }
    out
}
