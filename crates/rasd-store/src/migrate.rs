//! Bringing a store of an older schema version up to date when it is opened.
//!
//! Version 2 added the `events` and `quotes` tables. Every stored document keeps its whole
//! analysis as JSON, so a version-1 store is migrated without analysing anything again: the
//! tables are filled from the events and quotes already in each document's analysis. A document
//! analysed before events were extracted has none in its analysis; it is counted (in
//! `store_meta` under `documents_without_events`, shown by `rasd stats`) because only re-ingesting
//! it into a new store extracts them. The migration runs in one transaction: it happens entirely
//! or not at all.

use rasd_text::annotations::{Entity, Event, Quote};
use rasd_text::{Sentence, Span};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::Deserialize;

use crate::error::Result;
use crate::events::{self, Source};
use crate::store::FactWriter;

/// What opening an older store did to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migration {
    /// The schema version found.
    pub from: String,
    /// The schema version written.
    pub to: &'static str,
    /// Documents whose events and quotes were filled from their stored analysis.
    pub filled: usize,
    /// Documents whose analysis has no events (analysed before events were extracted, or by a
    /// version whose events this build cannot read): re-ingest them into a new store.
    pub without_events: usize,
}

/// The parts of a stored analysis the new tables are built from (offsets in code points).
#[derive(Deserialize)]
struct StoredParts {
    events: Option<Vec<Event>>,
    #[serde(default)]
    quotes: Vec<Quote>,
    #[serde(default)]
    entities: Vec<Entity>,
    #[serde(default)]
    sentences: Vec<Sentence>,
}

/// Migrates a version-1 store to version 2; `None` when another process did it first.
pub(crate) fn v1_to_v2(conn: &mut Connection) -> Result<Option<Migration>> {
    // Taking the write lock first and reading the version again under it: two commands opening
    // the same old store at once migrate it once.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let version: Option<String> = tx
        .query_row(
            "SELECT value FROM store_meta WHERE key = 'schema_version'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if version.as_deref() != Some("1") {
        return Ok(None);
    }
    let mut filled = 0;
    let mut without_events = 0;
    {
        let mut docs = tx.prepare("SELECT id, text, analysis FROM documents ORDER BY id")?;
        let mut rows = docs.query([])?;
        let mut writer = FactWriter::new(&tx)?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let text: String = row.get(1)?;
            let analysis: String = row.get(2)?;
            let parts = match serde_json::from_str::<StoredParts>(&analysis) {
                Ok(StoredParts {
                    events: Some(events),
                    quotes,
                    entities,
                    sentences,
                }) => (events, quotes, entities, sentences),
                _ => {
                    without_events += 1;
                    continue;
                }
            };
            let (events, quotes, entities, sentences) = parts;
            // Stored spans count code points: the byte offset of every character, and the end.
            let bytes: Vec<usize> = text
                .char_indices()
                .map(|(b, _)| b)
                .chain(std::iter::once(text.len()))
                .collect();
            let slice = |s: Span| -> String {
                match (bytes.get(s.start), bytes.get(s.end)) {
                    (Some(&a), Some(&b)) => text.get(a..b).unwrap_or("").to_owned(),
                    _ => String::new(),
                }
            };
            let same = |s: Span| s;
            let src = Source {
                events: &events,
                quotes: &quotes,
                entities: &entities,
                sentences: &sentences,
                slice: &slice,
                to_chars: &same,
            };
            writer.write(id, &events::event_rows(&src), &events::quote_rows(&src))?;
            filled += 1;
        }
    }
    tx.execute(
        "UPDATE store_meta SET value = ?1 WHERE key = 'schema_version'",
        [crate::store::SCHEMA_VERSION],
    )?;
    tx.execute(
        "INSERT OR REPLACE INTO store_meta(key, value) VALUES ('documents_without_events', ?1)",
        params![without_events.to_string()],
    )?;
    tx.commit()?;
    Ok(Some(Migration {
        from: "1".to_owned(),
        to: crate::store::SCHEMA_VERSION,
        filled,
        without_events,
    }))
}
