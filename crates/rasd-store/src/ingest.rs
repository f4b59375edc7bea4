//! Ingest: read → analyse (in parallel) → write (batched transactions) → index → cluster.
//!
//! The analysis is passed in as a function: this crate sits below the `rasd` facade that owns
//! the `Engine` (the dependency direction is `store ← rasd ← cli`), so the caller hands over
//! `|text, meta| engine.analyze(text, meta)`. That keeps the store usable with any analysis and
//! keeps the facade free of I/O.
//!
//! Memory is bounded: records stream from the readers, one batch is analysed while at most two
//! analysed batches wait for the writer, and nothing else is held. Records whose content hash
//! is already stored are skipped before analysis, so a re-run after an interruption only
//! analyses what is missing.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::sync_channel;

use rasd_text::normalize::Normalizer;
use rasd_text::{CharOffsets, Document, MapSpans, Metadata, TokenKind};
use rayon::prelude::*;
use serde_json::Value;

use crate::dedup;
use crate::error::{Error, Result};
use crate::events::{self, Source};
use crate::hash;
use crate::index::SearchIndex;
use crate::minhash::Signature;
use crate::query::day_of;
use crate::read::{Inputs, ReadOptions, Record, Skipped};
use crate::store::{AnnotationRow, DocumentInfo, EntityRow, NewDocument, Store};

/// The analysis: text and metadata in, analysed document out. Must not panic (a panic is caught
/// and the record reported as skipped).
pub type Analyze<'a> = dyn Fn(&str, Metadata) -> Document + Sync + 'a;

/// How to ingest.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Analysis threads (at least 1).
    pub threads: usize,
    /// Documents per transaction.
    pub batch_size: usize,
    /// How to read the inputs.
    pub read: ReadOptions,
    /// Jaccard threshold for near-duplicates.
    pub threshold: f64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        Self {
            threads: std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
            batch_size: 200,
            read: ReadOptions::default(),
            threshold: dedup::DEFAULT_THRESHOLD,
        }
    }
}

/// What ingest reports while it runs.
#[derive(Debug)]
pub enum Event<'a> {
    /// A record was skipped.
    Skipped(&'a Skipped),
    /// A batch was committed.
    Committed {
        /// Input bytes consumed so far.
        bytes_read: u64,
        /// Records read so far (stored, already present, or skipped).
        records: usize,
        /// Documents added so far.
        added: usize,
    },
    /// Indexing: documents added to the search index so far.
    Indexed(usize),
    /// Clustering near-duplicates started.
    Clustering,
}

/// The outcome of an ingest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IngestSummary {
    /// Records read.
    pub records: usize,
    /// Documents added.
    pub added: usize,
    /// Records already in the store (or repeated in the input), not added again.
    pub already_present: usize,
    /// Records skipped, with file, line and reason.
    pub skipped: Vec<Skipped>,
    /// Documents added to the search index.
    pub indexed: usize,
    /// Duplicate clusters in the store after this ingest.
    pub clusters: usize,
    /// Whether it stopped early on request (what was committed stays).
    pub interrupted: bool,
}

/// Ingests `inputs` into `store` and `index`.
///
/// # Errors
/// When the store or index fails. Bad records are not errors: they are skipped and listed in the
/// summary.
pub fn ingest(
    store: &mut Store,
    index: &SearchIndex,
    inputs: Inputs,
    analyze: &Analyze<'_>,
    options: &IngestOptions,
    observer: &mut dyn FnMut(Event<'_>),
    cancel: &AtomicBool,
) -> Result<IngestSummary> {
    let mut summary = IngestSummary::default();
    let mut known = store.content_hashes()?;
    let bytes_read = Arc::new(AtomicU64::new(0));
    let records = inputs.records(options.read.clone(), bytes_read.clone());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads.max(1))
        .build()
        .map_err(|e| Error::Internal(format!("thread pool: {e}")))?;
    let batch_size = options.batch_size.max(1);

    let writer_store: &mut Store = store;
    std::thread::scope(|scope| -> Result<()> {
        // At most two analysed batches wait for the writer: memory stays bounded when writing
        // is slower than analysis.
        let (tx, rx) = sync_channel::<Vec<NewDocument>>(2);
        let writer = scope.spawn(move || -> Result<usize> {
            let mut added = 0;
            for batch in rx {
                added += writer_store.insert_batch(&batch)?;
            }
            Ok(added)
        });
        let mut pending: Vec<(String, Record)> = Vec::with_capacity(batch_size);
        let mut added_estimate = 0usize;
        let mut records = records;
        loop {
            let next = if cancel.load(Ordering::Relaxed) {
                summary.interrupted = true;
                None
            } else {
                records.next()
            };
            let done = next.is_none();
            match next {
                Some(Ok(record)) => {
                    summary.records += 1;
                    let key = content_hash(&record);
                    if known.contains(&key) {
                        summary.already_present += 1;
                    } else {
                        known.insert(key.clone());
                        pending.push((key, record));
                    }
                }
                Some(Err(skipped)) => {
                    summary.records += 1;
                    observer(Event::Skipped(&skipped));
                    summary.skipped.push(skipped);
                }
                None => {}
            }
            if pending.len() >= batch_size || (done && !pending.is_empty()) {
                let batch = std::mem::take(&mut pending);
                let results: Vec<std::result::Result<NewDocument, Skipped>> = pool.install(|| {
                    batch
                        .into_par_iter()
                        .map(|(key, record)| prepare_guarded(key, record, analyze))
                        .collect()
                });
                let mut docs = Vec::with_capacity(results.len());
                for r in results {
                    match r {
                        Ok(doc) => docs.push(doc),
                        Err(skipped) => {
                            observer(Event::Skipped(&skipped));
                            summary.skipped.push(skipped);
                        }
                    }
                }
                added_estimate += docs.len();
                if tx.send(docs).is_err() {
                    // The writer stopped on an error; it is reported when joined below.
                    break;
                }
                observer(Event::Committed {
                    bytes_read: bytes_read.load(Ordering::Relaxed),
                    records: summary.records,
                    added: added_estimate,
                });
            }
            if done {
                break;
            }
        }
        drop(tx);
        summary.added = writer
            .join()
            .map_err(|_| Error::Internal("the store writer panicked".to_owned()))??;
        Ok(())
    })?;

    if summary.interrupted {
        return Ok(summary);
    }
    summary.indexed = index.sync(store, options.threads, &mut |n| observer(Event::Indexed(n)))?;
    observer(Event::Clustering);
    summary.clusters = refresh_clusters(store, options.threshold)?;
    Ok(summary)
}

/// Recomputes the duplicate clusters of the whole store. Returns how many there are.
///
/// # Errors
/// When SQLite fails.
pub fn refresh_clusters(store: &mut Store, threshold: f64) -> Result<usize> {
    let items = store.dedup_items()?;
    let clusters = dedup::cluster(&items, threshold);
    store.save_clusters(&clusters)?;
    Ok(clusters.len())
}

/// The idempotency key of a record.
fn content_hash(record: &Record) -> String {
    let m = &record.meta;
    hash::record_hash(
        &record.text,
        &[
            m.id.as_deref(),
            m.title.as_deref(),
            m.url.as_deref(),
            m.source.as_deref(),
            m.date.as_deref(),
        ],
    )
}

fn prepare_guarded(
    key: String,
    record: Record,
    analyze: &Analyze<'_>,
) -> std::result::Result<NewDocument, Skipped> {
    let origin = record.origin.clone();
    catch_unwind(AssertUnwindSafe(|| prepare(key, record, analyze))).map_err(|_| Skipped {
        origin,
        reason: "analysis failed (internal error); please report this record".to_owned(),
    })
}

/// Analyses one record and flattens what the store keeps.
#[must_use]
pub fn prepare(key: String, record: Record, analyze: &Analyze<'_>) -> NewDocument {
    let Record { text, meta, origin } = record;
    let doc = analyze(&text, meta);
    let search = Normalizer::search();
    let words: Vec<String> = doc
        .tokens
        .iter()
        .filter(|t| {
            matches!(
                t.kind,
                TokenKind::Word | TokenKind::Number | TokenKind::Latin
            )
        })
        .map(|t| search.normalize(&t.norm).into_owned())
        .collect();
    let minhash = Signature::of_words(&words);
    let day = doc.meta.date.as_deref().and_then(day_of).or_else(|| {
        doc.meta
            .reference_date
            .as_ref()
            .and_then(|r| day_of(&r.date))
    });

    let byte_rows = |items: Vec<Value>| -> Vec<(Option<i64>, Option<i64>)> {
        items.iter().map(span_of).collect()
    };
    let raw_mentions = to_values(&doc.mentions);
    let raw_times = to_values(&doc.times);
    let raw_quantities = to_values(&doc.quantities);
    let (mention_spans, time_spans, quantity_spans) = (
        byte_rows(raw_mentions),
        byte_rows(raw_times),
        byte_rows(raw_quantities),
    );

    // The stored analysis speaks code points, like rasd's JSON, and leaves out the tokens
    // (they are most of the size and are recomputed by `rasd analyze` when needed) and the text
    // (stored in its own column).
    let mut converted = doc.clone();
    converted.tokens = Vec::new();
    let offsets = CharOffsets::new(&doc.text);
    converted.map_spans(&mut |s| offsets.span(s));
    let mentions = to_values(&converted.mentions);
    let entities_v = to_values(&converted.entities);
    let slice = |span: (Option<i64>, Option<i64>)| -> Option<String> {
        let (s, e) = (
            usize::try_from(span.0?).ok()?,
            usize::try_from(span.1?).ok()?,
        );
        doc.text.get(s..e).map(str::to_owned)
    };
    let rows = |values: Vec<Value>, spans: &[(Option<i64>, Option<i64>)], label: &str| {
        values
            .into_iter()
            .enumerate()
            .map(|(idx, v)| {
                let (start, end) = span_of(&v);
                AnnotationRow {
                    idx,
                    start,
                    end,
                    text: spans.get(idx).copied().and_then(slice),
                    label: v.get(label).and_then(scalar),
                    entity: v.get("entity").and_then(Value::as_i64),
                    data: v.to_string(),
                }
            })
            .collect::<Vec<_>>()
    };
    let mention_rows = rows(mentions, &mention_spans, "type");
    let entities = entities_v
        .into_iter()
        .enumerate()
        .map(|(idx, v)| {
            let name = v.get("name").and_then(scalar).unwrap_or_default();
            EntityRow {
                idx,
                norm: search.normalize(&name).into_owned(),
                name,
                kind: v.get("type").and_then(scalar),
                mentions: mention_rows
                    .iter()
                    .filter(|m| m.entity == Some(idx as i64))
                    .count() as i64,
                data: v.to_string(),
            }
        })
        .collect();
    let times = rows(to_values(&converted.times), &time_spans, "value");
    let quantities = rows(to_values(&converted.quantities), &quantity_spans, "value");
    let analysis = analysis_json(&converted);
    let slice = |s: rasd_text::Span| s.slice(&doc.text).to_owned();
    let to_chars = |s| offsets.span(s);
    let src = Source {
        events: &doc.events,
        quotes: &doc.quotes,
        entities: &doc.entities,
        sentences: &doc.sentences,
        slice: &slice,
        to_chars: &to_chars,
    };
    let (event_rows, quote_rows) = (events::event_rows(&src), events::quote_rows(&src));
    let m = &doc.meta;
    // No headline given: take the one the analysis found in the text, if any.
    let title = m.title.clone().or_else(|| {
        doc.blocks
            .iter()
            .find(|b| b.role == rasd_text::BlockRole::Headline)
            .map(|b| b.span.slice(&doc.text).trim().to_owned())
            .filter(|t| !t.is_empty())
    });
    NewDocument {
        content_hash: key,
        text_hash: hash::text_hash(&doc.text),
        info: DocumentInfo {
            ext_id: m.id.clone(),
            title,
            url: m.url.clone(),
            source: m.source.clone(),
            date: m.date.clone(),
            day,
            origin: origin.to_string(),
        },
        n_tokens: doc.tokens.len(),
        n_sentences: doc.sentences.len(),
        analysis,
        minhash,
        entities,
        mentions: mention_rows,
        times,
        quantities,
        events: event_rows,
        quotes: quote_rows,
        text: doc.text,
    }
}

fn analysis_json(doc: &Document) -> String {
    let mut v = serde_json::to_value(doc).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut v {
        map.remove("tokens");
        // The text is the `text` column already.
        map.remove("text");
        map.insert("offsets".into(), Value::String("code_points".into()));
    }
    v.to_string()
}

fn to_values<T: serde::Serialize>(items: &[T]) -> Vec<Value> {
    items
        .iter()
        .map(|i| serde_json::to_value(i).unwrap_or(Value::Null))
        .collect()
}

fn span_of(v: &Value) -> (Option<i64>, Option<i64>) {
    let span = v.get("span");
    (
        span.and_then(|s| s.get("start")).and_then(Value::as_i64),
        span.and_then(|s| s.get("end")).and_then(Value::as_i64),
    )
}

/// A string or number as text.
fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}
