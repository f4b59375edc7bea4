//! Readers: turn files and folders into article records, one at a time.
//!
//! A path may be a `.txt` file (one article; a title line is recognized), an HTML page (main text
//! extracted, boilerplate dropped, title and date from meta tags), a `.jsonl` / `.jsonl.gz` file
//! (one article per line, field names configurable), or a folder, walked recursively in name
//! order. Records stream: memory does not grow with the size of the input.
//!
//! A record that cannot be read (invalid JSON, no text, a binary or undecodable file) becomes a
//! [`Skipped`] naming the file and line; reading goes on with the next record.

mod decode;
mod html;
mod jsonl;
mod txt;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

pub use decode::{DecodeError, decode};
pub use html::extract as extract_html;
pub use jsonl::JsonFields;
pub use txt::split_title;

use rasd_text::Metadata;

use crate::error::{Error, Result};

/// One article read from the input, before analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The article text (for HTML, the extracted main text).
    pub text: String,
    /// Metadata found beside the text.
    pub meta: Metadata,
    /// Where it was read from.
    pub origin: Origin,
}

/// Where a record came from: a file and, for JSONL, a line (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file.
    pub file: PathBuf,
    /// The line, for multi-record files.
    pub line: Option<u64>,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}", self.file.display()),
            None => write!(f, "{}", self.file.display()),
        }
    }
}

/// A record that was not read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// Where it was.
    pub origin: Origin,
    /// Why it was skipped.
    pub reason: String,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: skipped: {}", self.origin, self.reason)
    }
}

/// How inputs are read.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// JSONL field names.
    pub fields: JsonFields,
    /// A source name given to records that carry none.
    pub default_source: Option<String>,
}

/// The kinds of file a reader exists for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Html,
    Jsonl { gzip: bool },
}

/// The kind of `path` by its name, or `None` for a file no reader handles.
fn kind_of(path: &Path) -> Option<Kind> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    if name.ends_with(".jsonl.gz") || name.ends_with(".ndjson.gz") || name.ends_with(".json.gz") {
        Some(Kind::Jsonl { gzip: true })
    } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        Some(Kind::Jsonl { gzip: false })
    } else if name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".xhtml") {
        Some(Kind::Html)
    } else if name.ends_with(".txt") {
        Some(Kind::Text)
    } else {
        None
    }
}

/// The files to read, found by expanding folders; with their total size for progress.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    files: Vec<(PathBuf, Kind)>,
    ignored: Vec<PathBuf>,
    total_bytes: u64,
}

impl Inputs {
    /// Expands `paths` (files and folders, recursively, in name order). A file named on the
    /// command line with an unknown extension is read as plain text; one found inside a folder
    /// is listed in [`Inputs::ignored`].
    ///
    /// # Errors
    /// [`Error::Io`] when a path does not exist or a folder cannot be listed.
    pub fn find(paths: &[PathBuf]) -> Result<Self> {
        let mut inputs = Self::default();
        for path in paths {
            let meta = fs::metadata(path).map_err(|e| Error::io(path, e))?;
            if meta.is_dir() {
                inputs.walk(path)?;
            } else {
                let kind = kind_of(path).unwrap_or(Kind::Text);
                inputs.total_bytes += meta.len();
                inputs.files.push((path.clone(), kind));
            }
        }
        Ok(inputs)
    }

    fn walk(&mut self, dir: &Path) -> Result<()> {
        let mut entries: Vec<PathBuf> = fs::read_dir(dir)
            .map_err(|e| Error::io(dir, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for path in entries {
            let hidden = path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if hidden {
                continue;
            }
            let meta = fs::metadata(&path).map_err(|e| Error::io(&path, e))?;
            if meta.is_dir() {
                self.walk(&path)?;
            } else if let Some(kind) = kind_of(&path) {
                self.total_bytes += meta.len();
                self.files.push((path, kind));
            } else {
                self.ignored.push(path);
            }
        }
        Ok(())
    }

    /// The number of files to read.
    #[must_use]
    pub fn file_count(&self) -> usize {
        self.files.len()
    }

    /// Files inside folders that no reader handles (reported, not read).
    #[must_use]
    pub fn ignored(&self) -> &[PathBuf] {
        &self.ignored
    }

    /// The total size of the files in bytes (compressed size for `.gz`).
    #[must_use]
    pub fn total_bytes(&self) -> u64 {
        self.total_bytes
    }

    /// Streams the records. `bytes_read` counts input bytes consumed, for progress.
    #[must_use]
    pub fn records(self, options: ReadOptions, bytes_read: Arc<AtomicU64>) -> Records {
        Records {
            files: self.files.into_iter(),
            current: None,
            options,
            bytes_read,
        }
    }
}

/// The iterator returned by [`Inputs::records`].
pub struct Records {
    files: std::vec::IntoIter<(PathBuf, Kind)>,
    current: Option<jsonl::Lines>,
    options: ReadOptions,
    bytes_read: Arc<AtomicU64>,
}

impl std::fmt::Debug for Records {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Records").finish_non_exhaustive()
    }
}

impl Iterator for Records {
    type Item = std::result::Result<Record, Skipped>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(lines) = &mut self.current {
                match lines.next_record(&self.options) {
                    Some(item) => return Some(item.map(|r| self.with_default_source(r))),
                    None => self.current = None,
                }
            }
            let (path, kind) = self.files.next()?;
            let origin = Origin {
                file: path.clone(),
                line: None,
            };
            match kind {
                Kind::Jsonl { gzip } => {
                    match jsonl::Lines::open(&path, gzip, self.bytes_read.clone()) {
                        Ok(lines) => self.current = Some(lines),
                        Err(reason) => return Some(Err(Skipped { origin, reason })),
                    }
                }
                Kind::Text | Kind::Html => {
                    // A file's name is its id: the same article saved under two names is two
                    // records (an exact duplicate), the same file read twice is one.
                    let file_id = path.file_name().and_then(|n| n.to_str()).map(str::to_owned);
                    let item = read_whole(&path, &self.bytes_read).and_then(|bytes| {
                        let (text, _) = decode(&bytes).map_err(|e| e.to_string())?;
                        if kind == Kind::Html {
                            html::extract(&text)
                        } else {
                            txt::read(&text)
                        }
                    });
                    return Some(match item {
                        Ok((text, mut meta)) => {
                            if meta.id.is_none() {
                                meta.id = file_id;
                            }
                            Ok(self.with_default_source(Record { text, meta, origin }))
                        }
                        Err(reason) => Err(Skipped { origin, reason }),
                    });
                }
            }
        }
    }
}

impl Records {
    fn with_default_source(&self, mut record: Record) -> Record {
        if record.meta.source.is_none() {
            record.meta.source.clone_from(&self.options.default_source);
        }
        record
    }
}

fn read_whole(path: &Path, bytes_read: &AtomicU64) -> std::result::Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .map_err(|e| format!("cannot read: {e}"))?;
    bytes_read.fetch_add(bytes.len() as u64, Ordering::Relaxed);
    Ok(bytes)
}

/// Drops a value that is empty after trimming.
pub(crate) fn non_empty(s: Option<String>) -> Option<String> {
    s.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}
