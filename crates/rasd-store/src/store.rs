//! The SQLite store: the source of truth for documents, annotations and duplicate clusters.
//!
//! Writes happen in batched transactions in WAL mode: a batch is either entirely in the store or
//! not at all, so an interrupted ingest (Ctrl-C, kill -9, power loss) keeps every committed
//! batch, and the next run skips them by their content hash. The search index is derived from
//! this store and is brought up to date from it (see [`crate::index`]).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, params};

use crate::dedup::{Cluster, Item};
use crate::error::{Error, Result};
use crate::events::{COUNT_COLUMNS, EventRow, NAME_SEPARATOR, QuoteRow};
use crate::migrate::{self, Migration};
use crate::minhash::Signature;

/// The schema version this build reads and writes. Version 1 had no `events` and `quotes`
/// tables; a version-1 store is migrated when opened (see [`crate::migrate`]).
pub const SCHEMA_VERSION: &str = "2";

const SCHEMA: &str = include_str!("schema.sql");

/// An annotation row (mention, time or quantity), offsets in code points.
#[derive(Debug, Clone, PartialEq)]
pub struct AnnotationRow {
    /// Position in the document's list.
    pub idx: usize,
    /// Start, in code points.
    pub start: Option<i64>,
    /// End, in code points.
    pub end: Option<i64>,
    /// The text the span covers.
    pub text: Option<String>,
    /// The entity type (mentions) or the value (times, quantities).
    pub label: Option<String>,
    /// For a mention, the index of its entity.
    pub entity: Option<i64>,
    /// The whole annotation as JSON.
    pub data: String,
}

/// An entity row.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityRow {
    /// Position in the document's entity list.
    pub idx: usize,
    /// The canonical name.
    pub name: String,
    /// The name in the search normalization.
    pub norm: String,
    /// The type.
    pub kind: Option<String>,
    /// How many mentions point to it.
    pub mentions: i64,
    /// The whole entity as JSON.
    pub data: String,
}

/// What the store knows of a document besides its text and analysis: where it came from and
/// what its input said of it. Written with a new document, read back with a stored one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentInfo {
    /// The input's id.
    pub ext_id: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Address.
    pub url: Option<String>,
    /// Publisher.
    pub source: Option<String>,
    /// Date as given.
    pub date: Option<String>,
    /// `YYYY-MM-DD` when the date gives one.
    pub day: Option<String>,
    /// Where it was read from.
    pub origin: String,
}

/// A document ready to be written: analysed, hashed, its annotations flattened.
#[derive(Debug, Clone, PartialEq)]
pub struct NewDocument {
    /// xxh3-128 over text and metadata.
    pub content_hash: String,
    /// xxh3-64 over the whitespace-collapsed text.
    pub text_hash: String,
    /// Where it came from and what its input said of it.
    pub info: DocumentInfo,
    /// The text.
    pub text: String,
    /// Token count.
    pub n_tokens: usize,
    /// Sentence count.
    pub n_sentences: usize,
    /// The analysed document as JSON, without its tokens and text.
    pub analysis: String,
    /// MinHash signature.
    pub minhash: Option<Signature>,
    /// Entities.
    pub entities: Vec<EntityRow>,
    /// Mentions.
    pub mentions: Vec<AnnotationRow>,
    /// Times.
    pub times: Vec<AnnotationRow>,
    /// Quantities.
    pub quantities: Vec<AnnotationRow>,
    /// Events.
    pub events: Vec<EventRow>,
    /// Quotes.
    pub quotes: Vec<QuoteRow>,
}

/// A stored document's fields (without annotations).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDocument {
    /// The store's document number.
    pub id: i64,
    /// Where it came from and what its input said of it.
    pub info: DocumentInfo,
    /// The text.
    pub text: String,
    /// The analysed document as JSON (code-point offsets, without its tokens and text).
    pub analysis: String,
}

/// What the index needs of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexRow {
    /// The store's document number.
    pub id: i64,
    /// Headline.
    pub title: String,
    /// Text.
    pub text: String,
    /// Publisher.
    pub source: Option<String>,
    /// `YYYY-MM-DD`.
    pub day: Option<String>,
    /// Canonical entity names.
    pub entities: Vec<String>,
    /// Its events: type and parties.
    pub events: Vec<IndexEvent>,
}

/// What the index needs of an event: its type and the names of its parties.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexEvent {
    /// The type (`ASSAULT`).
    pub kind: String,
    /// Who did it.
    pub actors: Vec<String>,
    /// To whom or what.
    pub targets: Vec<String>,
    /// Where.
    pub places: Vec<String>,
    /// Its resolved time (ISO-8601), when it has one.
    pub time: Option<String>,
}

/// Counts over the store.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Stats {
    /// Documents stored.
    pub documents: i64,
    /// Distinct texts.
    pub distinct_texts: i64,
    /// Duplicate clusters.
    pub clusters: i64,
    /// Documents in a cluster that are not its representative.
    pub duplicates: i64,
    /// Of those, exact copies.
    pub exact_duplicates: i64,
    /// Entities (per document).
    pub entities: i64,
    /// Mentions.
    pub mentions: i64,
    /// Times.
    pub times: i64,
    /// Quantities.
    pub quantities: i64,
    /// Events.
    pub events: i64,
    /// Quotes.
    pub quotes: i64,
    /// Events per type, most first.
    pub events_by_type: Vec<(String, i64)>,
    /// Documents stored before the store kept events (analysed without them): re-ingest them
    /// into a new store to extract their events and quotes.
    pub documents_without_events: i64,
    /// Documents per source, most first.
    pub by_source: Vec<(String, i64)>,
    /// Documents per month (`YYYY-MM`), in order.
    pub by_month: Vec<(String, i64)>,
    /// The most frequent entities: name, type, documents.
    pub top_entities: Vec<(String, String, i64)>,
}

/// The SQLite store in a directory.
#[derive(Debug)]
pub struct Store {
    dir: PathBuf,
    conn: Connection,
    migration: Option<Migration>,
}

impl Store {
    /// Opens the store in `dir`, creating the directory and schema when needed, and migrating a
    /// store of an older schema version this build knows how to bring up to date
    /// ([`Store::migration`] then says what was done).
    ///
    /// # Errors
    /// When the directory cannot be created, SQLite fails, or the store has a schema version
    /// this build cannot read or migrate.
    pub fn open(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let mut conn = Connection::open(dir.join("store.sqlite"))?;
        // WAL: readers never block the writer; NORMAL sync is durable at each commit in WAL mode
        // except on power loss, where only the last transactions can be lost, never corrupted.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        conn.execute_batch(SCHEMA)?;
        let version: Option<String> = conn
            .query_row(
                "SELECT value FROM store_meta WHERE key = 'schema_version'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        let mut migration = None;
        match version {
            None => {
                conn.execute(
                    "INSERT INTO store_meta(key, value) VALUES ('schema_version', ?1)",
                    [SCHEMA_VERSION],
                )?;
            }
            Some(v) if v == SCHEMA_VERSION => {}
            Some(v) if v == "1" => migration = migrate::v1_to_v2(&mut conn)?,
            Some(v) => {
                return Err(Error::SchemaVersion {
                    found: v,
                    expected: SCHEMA_VERSION,
                });
            }
        }
        Ok(Self {
            dir: dir.to_owned(),
            conn,
            migration,
        })
    }

    /// What opening this store did to bring an older schema up to date, if anything.
    #[must_use]
    pub fn migration(&self) -> Option<&Migration> {
        self.migration.as_ref()
    }

    /// The store's directory.
    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The underlying connection, for queries this type does not offer.
    #[must_use]
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Every content hash in the store (to skip records already ingested before analysing them).
    ///
    /// # Errors
    /// When SQLite fails.
    pub fn content_hashes(&self) -> Result<HashSet<String>> {
        let mut stmt = self.conn.prepare("SELECT content_hash FROM documents")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Writes a batch in one transaction; documents whose content hash is already stored are
    /// skipped. Returns how many were added.
    ///
    /// # Errors
    /// When SQLite fails; nothing of the batch is then written.
    pub fn insert_batch(&mut self, docs: &[NewDocument]) -> Result<usize> {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let tx = self.conn.transaction()?;
        let mut added = 0;
        {
            let mut doc_stmt = tx.prepare_cached(
                "INSERT OR IGNORE INTO documents (content_hash, text_hash, ext_id, title, url, \
                 source, date, day, origin, text, n_tokens, n_sentences, analysis, minhash, \
                 ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            )?;
            let mut ent_stmt = tx.prepare_cached(
                "INSERT INTO entities (doc_id, idx, name, norm, type, mentions, data) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            let mut men_stmt = tx.prepare_cached(
                "INSERT INTO mentions (doc_id, idx, start, \"end\", text, type, entity, data) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            let mut time_stmt = tx.prepare_cached(
                "INSERT INTO times (doc_id, idx, start, \"end\", text, value, data) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            let mut qty_stmt = tx.prepare_cached(
                "INSERT INTO quantities (doc_id, idx, start, \"end\", text, value, data) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            let mut facts = FactWriter::new(&tx)?;
            for d in docs {
                let n = doc_stmt.execute(params![
                    d.content_hash,
                    d.text_hash,
                    d.info.ext_id,
                    d.info.title,
                    d.info.url,
                    d.info.source,
                    d.info.date,
                    d.info.day,
                    d.info.origin,
                    d.text,
                    d.n_tokens as i64,
                    d.n_sentences as i64,
                    d.analysis,
                    d.minhash.as_ref().map(Signature::to_bytes),
                    now as i64,
                ])?;
                if n == 0 {
                    continue;
                }
                added += 1;
                let id = tx.last_insert_rowid();
                for e in &d.entities {
                    ent_stmt.execute(params![
                        id,
                        e.idx as i64,
                        e.name,
                        e.norm,
                        e.kind,
                        e.mentions,
                        e.data
                    ])?;
                }
                for m in &d.mentions {
                    men_stmt.execute(params![
                        id,
                        m.idx as i64,
                        m.start,
                        m.end,
                        m.text,
                        m.label,
                        m.entity,
                        m.data
                    ])?;
                }
                for (stmt, rows) in [(&mut time_stmt, &d.times), (&mut qty_stmt, &d.quantities)] {
                    for t in rows {
                        stmt.execute(params![
                            id,
                            t.idx as i64,
                            t.start,
                            t.end,
                            t.text,
                            t.label,
                            t.data
                        ])?;
                    }
                }
                facts.write(id, &d.events, &d.quotes)?;
            }
        }
        tx.commit()?;
        Ok(added)
    }

    /// The number of documents.
    ///
    /// # Errors
    /// When SQLite fails.
    pub fn count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))?)
    }

    /// The largest document id, 0 when empty.
    ///
    /// # Errors
    /// When SQLite fails.
    pub fn max_id(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT coalesce(max(id), 0) FROM documents", [], |r| {
                r.get(0)
            })?)
    }

    /// One document, or `None`.
    ///
    /// # Errors
    /// When SQLite fails.
    pub fn document(&self, id: i64) -> Result<Option<StoredDocument>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, ext_id, title, url, source, date, day, origin, text, analysis \
                 FROM documents WHERE id = ?1",
                [id],
                |r| {
                    Ok(StoredDocument {
                        id: r.get(0)?,
                        info: DocumentInfo {
                            ext_id: r.get(1)?,
                            title: r.get(2)?,
                            url: r.get(3)?,
                            source: r.get(4)?,
                            date: r.get(5)?,
                            day: r.get(6)?,
                            origin: r.get(7)?,
                        },
                        text: r.get(8)?,
                        analysis: r.get(9)?,
                    })
                },
            )
            .optional()?)
    }

    /// Finds a document by the input's own id.
    ///
    /// # Errors
    /// When SQLite fails.
    pub fn id_for_ext(&self, ext_id: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM documents WHERE ext_id = ?1 ORDER BY id LIMIT 1",
                [ext_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// The document `id` (a store number, or else the input's own id) as `rasd show` prints it
    /// and the API returns it: its store fields, its duplicate cluster, and its analysis with the
    /// text put back (the store keeps the text in a column of its own).
    ///
    /// # Errors
    /// When SQLite fails.
    pub fn show(&self, id: &str) -> Result<Option<serde_json::Value>> {
        let number = match id.parse::<i64>() {
            Ok(n) if self.document(n)?.is_some() => Some(n),
            _ => self.id_for_ext(id)?,
        };
        let Some(doc) = number.map(|n| self.document(n)).transpose()?.flatten() else {
            return Ok(None);
        };
        let mut analysis: serde_json::Value =
            serde_json::from_str(&doc.analysis).unwrap_or(serde_json::Value::Null);
        if let serde_json::Value::Object(map) = &mut analysis {
            map.insert("text".into(), serde_json::Value::String(doc.text.clone()));
        }
        let cluster = self
            .cluster_of(doc.id)?
            .map(|(rep, members)| serde_json::json!({ "representative": rep, "members": members }));
        Ok(Some(serde_json::json!({
            "doc_id": doc.id,
            "ext_id": doc.info.ext_id,
            "origin": doc.info.origin,
            "day": doc.info.day,
            "duplicates": cluster,
            "document": analysis,
        })))
    }

    /// Up to `limit` documents with id greater than `after`, in id order, as the index needs them.
    ///
    /// # Errors
    /// When SQLite fails.
    pub fn index_rows(&self, after: i64, limit: usize) -> Result<Vec<IndexRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, coalesce(title, ''), text, source, day FROM documents \
             WHERE id > ?1 ORDER BY id LIMIT ?2",
        )?;
        let mut rows: Vec<IndexRow> = stmt
            .query_map(params![after, limit as i64], |r| {
                Ok(IndexRow {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    text: r.get(2)?,
                    source: r.get(3)?,
                    day: r.get(4)?,
                    entities: Vec::new(),
                    events: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        if let (Some(first), Some(last)) = (rows.first(), rows.last()) {
            let (lo, hi) = (first.id, last.id);
            let mut ent = self.conn.prepare_cached(
                "SELECT doc_id, name FROM entities WHERE doc_id BETWEEN ?1 AND ?2 ORDER BY doc_id, idx",
            )?;
            let pairs = ent.query_map(params![lo, hi], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
            })?;
            let mut k = 0;
            for pair in pairs {
                let (doc, name) = pair?;
                while k < rows.len() && rows[k].id < doc {
                    k += 1;
                }
                if let Some(row) = rows.get_mut(k).filter(|r| r.id == doc) {
                    row.entities.push(name);
                }
            }
            let mut ev = self.conn.prepare_cached(
                "SELECT doc_id, type, actors, targets, places, time FROM events \
                 WHERE doc_id BETWEEN ?1 AND ?2 ORDER BY doc_id, idx",
            )?;
            let split = |names: Option<String>| -> Vec<String> {
                names
                    .map(|n| n.split(NAME_SEPARATOR).map(str::to_owned).collect())
                    .unwrap_or_default()
            };
            let events = ev.query_map(params![lo, hi], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    IndexEvent {
                        kind: r.get(1)?,
                        actors: split(r.get(2)?),
                        targets: split(r.get(3)?),
                        places: split(r.get(4)?),
                        time: r.get(5)?,
                    },
                ))
            })?;
            let mut k = 0;
            for event in events {
                let (doc, event) = event?;
                while k < rows.len() && rows[k].id < doc {
                    k += 1;
                }
                if let Some(row) = rows.get_mut(k).filter(|r| r.id == doc) {
                    row.events.push(event);
                }
            }
        }
        Ok(rows)
    }

    /// What duplicate clustering needs of every document.
    ///
    /// # Errors
    /// When SQLite fails.
    pub fn dedup_items(&self) -> Result<Vec<Item>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, text_hash, minhash, date FROM documents ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            let blob: Option<Vec<u8>> = r.get(2)?;
            Ok(Item {
                doc: r.get(0)?,
                text_hash: r.get(1)?,
                signature: blob.as_deref().and_then(Signature::from_bytes),
                date: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Replaces the stored clusters.
    ///
    /// # Errors
    /// When SQLite fails; the old clusters then stay.
    pub fn save_clusters(&mut self, clusters: &[Cluster]) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM clusters", [])?;
        {
            let mut stmt = tx.prepare(
                "INSERT INTO clusters (doc_id, representative, similarity, exact) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for c in clusters {
                for m in &c.members {
                    stmt.execute(params![m.doc, c.representative, m.similarity, m.exact])?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The stored clusters, largest first.
    ///
    /// # Errors
    /// When SQLite fails.
    pub fn clusters(&self) -> Result<Vec<Cluster>> {
        let mut stmt = self.conn.prepare(
            "SELECT c.representative, c.doc_id, c.similarity, c.exact FROM clusters c \
             JOIN (SELECT representative, count(*) AS n FROM clusters GROUP BY representative) s \
             ON s.representative = c.representative \
             ORDER BY s.n DESC, c.representative, c.doc_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                crate::dedup::Member {
                    doc: r.get(1)?,
                    similarity: r.get(2)?,
                    exact: r.get(3)?,
                },
            ))
        })?;
        let mut out: Vec<Cluster> = Vec::new();
        for row in rows {
            let (rep, member) = row?;
            match out.last_mut() {
                Some(c) if c.representative == rep => c.members.push(member),
                _ => out.push(Cluster {
                    representative: rep,
                    members: vec![member],
                }),
            }
        }
        Ok(out)
    }

    /// The cluster a document belongs to, as (representative, members).
    ///
    /// # Errors
    /// When SQLite fails.
    pub fn cluster_of(&self, doc: i64) -> Result<Option<(i64, Vec<i64>)>> {
        let rep: Option<i64> = self
            .conn
            .query_row(
                "SELECT representative FROM clusters WHERE doc_id = ?1",
                [doc],
                |r| r.get(0),
            )
            .optional()?;
        let Some(rep) = rep else { return Ok(None) };
        let mut stmt = self
            .conn
            .prepare("SELECT doc_id FROM clusters WHERE representative = ?1 ORDER BY doc_id")?;
        let members = stmt
            .query_map([rep], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some((rep, members)))
    }

    /// Counts over the whole store.
    ///
    /// # Errors
    /// When SQLite fails.
    pub fn stats(&self) -> Result<Stats> {
        let one = |sql: &str| -> Result<i64> { Ok(self.conn.query_row(sql, [], |r| r.get(0))?) };
        let pairs = |sql: &str| -> Result<Vec<(String, i64)>> {
            let mut stmt = self.conn.prepare(sql)?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        let mut top = self.conn.prepare(
            "SELECT name, coalesce(type, ''), count(DISTINCT doc_id) AS n FROM entities \
             GROUP BY norm, type ORDER BY n DESC, name LIMIT 20",
        )?;
        let top_entities = top
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Stats {
            documents: one("SELECT count(*) FROM documents")?,
            distinct_texts: one("SELECT count(DISTINCT text_hash) FROM documents")?,
            clusters: one("SELECT count(DISTINCT representative) FROM clusters")?,
            duplicates: one("SELECT count(*) FROM clusters WHERE doc_id != representative")?,
            exact_duplicates: one(
                "SELECT count(*) FROM clusters WHERE doc_id != representative AND exact",
            )?,
            entities: one("SELECT count(*) FROM entities")?,
            mentions: one("SELECT count(*) FROM mentions")?,
            times: one("SELECT count(*) FROM times")?,
            quantities: one("SELECT count(*) FROM quantities")?,
            events: one("SELECT count(*) FROM events")?,
            quotes: one("SELECT count(*) FROM quotes")?,
            events_by_type: pairs(
                "SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type",
            )?,
            documents_without_events: one(
                "SELECT coalesce((SELECT CAST(value AS INTEGER) FROM store_meta \
                 WHERE key = 'documents_without_events'), 0)",
            )?,
            by_source: pairs(
                "SELECT coalesce(source, '(none)'), count(*) AS n FROM documents \
                 GROUP BY 1 ORDER BY n DESC, 1",
            )?,
            by_month: pairs(
                "SELECT coalesce(substr(day, 1, 7), '(none)'), count(*) FROM documents \
                 GROUP BY 1 ORDER BY 1",
            )?,
            top_entities,
        })
    }
}

/// Writes event and quote rows inside a transaction; shared by ingest and migration.
pub(crate) struct FactWriter<'t> {
    events: rusqlite::CachedStatement<'t>,
    quotes: rusqlite::CachedStatement<'t>,
}

impl<'t> FactWriter<'t> {
    pub(crate) fn new(tx: &'t Connection) -> Result<Self> {
        let counts: Vec<&str> = COUNT_COLUMNS.iter().map(|(name, _)| *name).collect();
        // 18 fixed columns, then one per count kind.
        let marks: Vec<String> = (1..=18 + counts.len()).map(|i| format!("?{i}")).collect();
        let events = tx.prepare_cached(&format!(
            "INSERT INTO events (doc_id, idx, type, mode, start, \"end\", trigger, actors, \
             targets, places, time, polarity, modality, attributed, unclaimed, confidence, \
             sentence, data, {}) VALUES ({})",
            counts.join(", "),
            marks.join(", ")
        ))?;
        let quotes = tx.prepare_cached(
            "INSERT INTO quotes (doc_id, idx, kind, start, \"end\", text, trigger, speaker, \
             speaker_entity, speaker_type, denial, data) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?;
        Ok(Self { events, quotes })
    }

    pub(crate) fn write(
        &mut self,
        doc: i64,
        events: &[EventRow],
        quotes: &[QuoteRow],
    ) -> Result<()> {
        for e in events {
            let mut values: Vec<rusqlite::types::Value> =
                Vec::with_capacity(18 + COUNT_COLUMNS.len());
            {
                use rusqlite::types::Value as V;
                let text = |s: &Option<String>| s.clone().map_or(V::Null, V::Text);
                values.extend([
                    V::Integer(doc),
                    V::Integer(e.idx as i64),
                    V::Text(e.kind.clone()),
                    text(&e.mode),
                    V::Integer(e.start),
                    V::Integer(e.end),
                    V::Text(e.trigger.clone()),
                    text(&e.actors),
                    text(&e.targets),
                    text(&e.places),
                    text(&e.time),
                    V::Text(e.polarity.clone()),
                    V::Text(e.modality.clone()),
                    V::Integer(i64::from(e.attributed)),
                    V::Integer(i64::from(e.unclaimed)),
                    V::Real(e.confidence),
                    text(&e.sentence),
                    V::Text(e.data.clone()),
                ]);
                values.extend(e.counts.iter().map(|c| c.map_or(V::Null, V::Integer)));
            }
            self.events.execute(rusqlite::params_from_iter(values))?;
        }
        for q in quotes {
            self.quotes.execute(params![
                doc,
                q.idx as i64,
                q.kind,
                q.start,
                q.end,
                q.text,
                q.trigger,
                q.speaker,
                q.speaker_entity,
                q.speaker_type,
                q.denial,
                q.data
            ])?;
        }
        Ok(())
    }
}
