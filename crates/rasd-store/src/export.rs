//! Exports: documents and annotations as JSONL, CSV or Parquet (the hand-off to pandas, DuckDB
//! and Spark). Offsets are code points, as everywhere in rasd's output.

use std::io::Write;

use rusqlite::types::Value as Sql;
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::store::Store;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
    /// Apache Parquet (needs the `parquet` feature).
    Parquet,
}

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    /// One row per document, with its duplicate cluster.
    Documents,
    /// One row per entity per document.
    Entities,
    /// One row per entity mention.
    Mentions,
    /// One row per temporal expression.
    Times,
    /// One row per number or quantity.
    Quantities,
    /// One row per event, like a GDELT or ACLED event table.
    Events,
    /// One row per quote, with its speaker.
    Quotes,
}

/// Which rows to export.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Only events at least this sure (0 to 1); only for [`What::Events`].
    pub min_confidence: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Real,
    Text,
    /// JSON text, nested as an object in JSONL.
    Json,
}

/// The columns of times and quantities: a span of text with a value.
fn valued_annotation_columns() -> Vec<(&'static str, Kind)> {
    use Kind::{Int, Json, Text};
    vec![
        ("doc_id", Int),
        ("idx", Int),
        ("start", Int),
        ("end", Int),
        ("text", Text),
        ("value", Text),
        ("data", Json),
    ]
}

fn columns(what: What) -> (&'static str, Vec<(&'static str, Kind)>) {
    use Kind::{Int, Json, Real, Text};
    match what {
        What::Documents => (
            "SELECT d.id, d.ext_id, d.title, d.url, d.source, d.date, d.day, d.text, d.n_tokens, \
             d.n_sentences, c.representative, c.similarity, c.exact, d.analysis \
             FROM documents d LEFT JOIN clusters c ON c.doc_id = d.id ORDER BY d.id",
            vec![
                ("doc_id", Int),
                ("ext_id", Text),
                ("title", Text),
                ("url", Text),
                ("source", Text),
                ("date", Text),
                ("day", Text),
                ("text", Text),
                ("n_tokens", Int),
                ("n_sentences", Int),
                ("cluster", Int),
                ("similarity", Real),
                ("exact_duplicate", Int),
                ("analysis", Json),
            ],
        ),
        What::Entities => (
            "SELECT doc_id, idx, name, type, mentions, data FROM entities ORDER BY doc_id, idx",
            vec![
                ("doc_id", Int),
                ("idx", Int),
                ("name", Text),
                ("type", Text),
                ("mentions", Int),
                ("data", Json),
            ],
        ),
        What::Mentions => (
            "SELECT doc_id, idx, start, \"end\", text, type, entity, data FROM mentions \
             ORDER BY doc_id, idx",
            vec![
                ("doc_id", Int),
                ("idx", Int),
                ("start", Int),
                ("end", Int),
                ("text", Text),
                ("type", Text),
                ("entity", Int),
                ("data", Json),
            ],
        ),
        What::Times => (
            "SELECT doc_id, idx, start, \"end\", text, value, data FROM times ORDER BY doc_id, idx",
            valued_annotation_columns(),
        ),
        What::Quantities => (
            "SELECT doc_id, idx, start, \"end\", text, value, data FROM quantities \
             ORDER BY doc_id, idx",
            valued_annotation_columns(),
        ),
        What::Events => (
            // `date` is the event's own time when the text gives one (its day when it names one:
            // `2021-07-07` for `2021-07-07T06:00`), else the article's day.
            "SELECT e.id, e.doc_id, \
             CASE WHEN e.time GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' \
             THEN substr(e.time, 1, 10) ELSE coalesce(e.time, d.day) END, \
             e.time, d.day, d.source, e.type, \
             e.mode, e.actors, e.targets, e.places, e.killed, e.injured, e.arrested, e.abducted, \
             e.munitions, e.attacks, e.participants, e.polarity, e.modality, e.attributed, \
             e.unclaimed, e.confidence, e.trigger, e.sentence, d.title, d.url, d.ext_id, e.data \
             FROM events e JOIN documents d ON d.id = e.doc_id \
             WHERE e.confidence >= ?1 ORDER BY e.doc_id, e.idx",
            vec![
                ("event_id", Int),
                ("doc_id", Int),
                ("date", Text),
                ("event_time", Text),
                ("article_date", Text),
                ("source", Text),
                ("type", Text),
                ("mode", Text),
                ("actor1", Text),
                ("actor2", Text),
                ("place", Text),
                ("killed", Int),
                ("injured", Int),
                ("arrested", Int),
                ("abducted", Int),
                ("munitions", Int),
                ("attacks", Int),
                ("participants", Int),
                ("polarity", Text),
                ("modality", Text),
                ("attributed", Int),
                ("unclaimed", Int),
                ("confidence", Real),
                ("trigger", Text),
                ("sentence", Text),
                ("title", Text),
                ("url", Text),
                ("ext_id", Text),
                ("data", Json),
            ],
        ),
        What::Quotes => (
            "SELECT q.id, q.doc_id, d.day, d.source, q.kind, q.speaker, q.speaker_entity, \
             q.speaker_type, q.trigger, q.text, q.denial, q.start, q.\"end\", d.title, d.url, \
             d.ext_id, q.data FROM quotes q JOIN documents d ON d.id = q.doc_id \
             ORDER BY q.doc_id, q.idx",
            vec![
                ("quote_id", Int),
                ("doc_id", Int),
                ("date", Text),
                ("source", Text),
                ("kind", Text),
                ("speaker", Text),
                ("speaker_entity", Text),
                ("speaker_type", Text),
                ("trigger", Text),
                ("text", Text),
                ("denial", Int),
                ("start", Int),
                ("end", Int),
                ("title", Text),
                ("url", Text),
                ("ext_id", Text),
                ("data", Json),
            ],
        ),
    }
}

/// Writes `what` from `store` to `out` in `format`. Returns the number of rows written.
///
/// # Errors
/// When the store fails, writing fails, or Parquet was asked for in a build without it.
pub fn export(
    store: &Store,
    what: What,
    format: Format,
    out: Box<dyn Write + Send>,
) -> Result<usize> {
    export_filtered(store, what, format, out, &Filter::default())
}

/// Like [`export`], keeping only the rows `filter` lets through.
///
/// # Errors
/// As [`export`]; [`Error::InvalidArgument`] for a confidence outside 0–1 or asked of rows that
/// have none.
pub fn export_filtered(
    store: &Store,
    what: What,
    format: Format,
    out: Box<dyn Write + Send>,
    filter: &Filter,
) -> Result<usize> {
    let (sql, cols) = columns(what);
    let min = match filter.min_confidence {
        Some(c) if what != What::Events => {
            return Err(Error::InvalidArgument {
                what: "minimum confidence",
                value: c.to_string(),
                reason: "only events have a confidence",
            });
        }
        Some(c) if !(0.0..=1.0).contains(&c) => {
            return Err(Error::InvalidArgument {
                what: "minimum confidence",
                value: c.to_string(),
                reason: "expected a number from 0 to 1",
            });
        }
        Some(c) => c,
        // Below any confidence the extractor gives.
        None => -1.0,
    };
    let mut stmt = store.connection().prepare(sql)?;
    let mut rows = if stmt.parameter_count() == 1 {
        stmt.query([min])?
    } else {
        stmt.query([])?
    };
    let mut next = move || -> Result<Option<Vec<Sql>>> {
        match rows.next()? {
            Some(row) => Ok(Some(
                (0..cols_len(what))
                    .map(|i| row.get::<_, Sql>(i))
                    .collect::<rusqlite::Result<_>>()?,
            )),
            None => Ok(None),
        }
    };
    match format {
        Format::Jsonl => write_jsonl(&cols, &mut next, out),
        Format::Csv => write_csv(&cols, &mut next, out),
        Format::Parquet => write_parquet(&cols, &mut next, out),
    }
}

fn cols_len(what: What) -> usize {
    columns(what).1.len()
}

type NextRow<'a> = dyn FnMut() -> Result<Option<Vec<Sql>>> + 'a;

fn write_err(e: impl std::fmt::Display) -> Error {
    Error::Export(e.to_string())
}

fn write_jsonl(
    cols: &[(&str, Kind)],
    next: &mut NextRow<'_>,
    out: Box<dyn Write + Send>,
) -> Result<usize> {
    let mut out = std::io::BufWriter::new(out);
    let mut n = 0;
    while let Some(row) = next()? {
        let mut map = Map::new();
        for ((name, kind), v) in cols.iter().zip(row) {
            let value = match (kind, v) {
                (_, Sql::Null) => Value::Null,
                (Kind::Int, Sql::Integer(i)) => Value::from(i),
                (Kind::Real, Sql::Real(f)) => Value::from(f),
                (Kind::Json, Sql::Text(t)) => serde_json::from_str(&t).unwrap_or(Value::String(t)),
                (_, Sql::Text(t)) => Value::String(t),
                (_, Sql::Integer(i)) => Value::from(i),
                (_, Sql::Real(f)) => Value::from(f),
                (_, Sql::Blob(_)) => Value::Null,
            };
            map.insert((*name).to_owned(), value);
        }
        serde_json::to_writer(&mut out, &map).map_err(write_err)?;
        out.write_all(b"\n").map_err(write_err)?;
        n += 1;
    }
    out.flush().map_err(write_err)?;
    Ok(n)
}

fn sql_text(v: &Sql) -> String {
    match v {
        Sql::Null | Sql::Blob(_) => String::new(),
        Sql::Integer(i) => i.to_string(),
        Sql::Real(f) => f.to_string(),
        Sql::Text(t) => t.clone(),
    }
}

fn write_csv(
    cols: &[(&str, Kind)],
    next: &mut NextRow<'_>,
    out: Box<dyn Write + Send>,
) -> Result<usize> {
    let mut w = csv::Writer::from_writer(out);
    // The whole analysis does not fit a spreadsheet cell; CSV keeps the flat columns.
    let keep: Vec<bool> = cols.iter().map(|(name, _)| *name != "analysis").collect();
    w.write_record(
        cols.iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|(c, _)| c.0),
    )
    .map_err(write_err)?;
    let mut n = 0;
    while let Some(row) = next()? {
        w.write_record(
            row.iter()
                .zip(&keep)
                .filter(|(_, k)| **k)
                .map(|(v, _)| sql_text(v)),
        )
        .map_err(write_err)?;
        n += 1;
    }
    w.flush().map_err(write_err)?;
    Ok(n)
}

#[cfg(not(feature = "parquet"))]
fn write_parquet(
    _cols: &[(&str, Kind)],
    _next: &mut NextRow<'_>,
    _out: Box<dyn Write + Send>,
) -> Result<usize> {
    Err(Error::Export(
        "this build has no Parquet support (build with the `parquet` feature)".to_owned(),
    ))
}

#[cfg(feature = "parquet")]
fn write_parquet(
    cols: &[(&str, Kind)],
    next: &mut NextRow<'_>,
    out: Box<dyn Write + Send>,
) -> Result<usize> {
    use std::sync::Arc;

    use arrow_array::builder::{Float64Builder, Int64Builder, StringBuilder};
    use arrow_array::{ArrayRef, RecordBatch};
    use arrow_schema::{DataType, Field, Schema};
    use parquet::arrow::ArrowWriter;

    /// Rows per record batch (and row group): bounded memory on any corpus size.
    const ROWS: usize = 8192;

    let schema = Arc::new(Schema::new(
        cols.iter()
            .map(|(name, kind)| {
                let t = match kind {
                    Kind::Int => DataType::Int64,
                    Kind::Real => DataType::Float64,
                    Kind::Text | Kind::Json => DataType::Utf8,
                };
                Field::new(*name, t, true)
            })
            .collect::<Vec<_>>(),
    ));
    let props = parquet::file::properties::WriterProperties::builder()
        .set_compression(parquet::basic::Compression::SNAPPY)
        .build();
    let mut writer = ArrowWriter::try_new(out, schema.clone(), Some(props)).map_err(write_err)?;
    let mut n = 0;
    let mut buffer: Vec<Vec<Sql>> = Vec::with_capacity(ROWS);
    let flush = |buffer: &mut Vec<Vec<Sql>>,
                 writer: &mut ArrowWriter<Box<dyn Write + Send>>|
     -> Result<()> {
        if buffer.is_empty() {
            return Ok(());
        }
        let arrays: Vec<ArrayRef> = cols
            .iter()
            .enumerate()
            .map(|(i, (_, kind))| -> ArrayRef {
                match kind {
                    Kind::Int => {
                        let mut b = Int64Builder::with_capacity(buffer.len());
                        for row in buffer.iter() {
                            match &row[i] {
                                Sql::Integer(v) => b.append_value(*v),
                                _ => b.append_null(),
                            }
                        }
                        Arc::new(b.finish())
                    }
                    Kind::Real => {
                        let mut b = Float64Builder::with_capacity(buffer.len());
                        for row in buffer.iter() {
                            match &row[i] {
                                Sql::Real(v) => b.append_value(*v),
                                Sql::Integer(v) => b.append_value(*v as f64),
                                _ => b.append_null(),
                            }
                        }
                        Arc::new(b.finish())
                    }
                    Kind::Text | Kind::Json => {
                        let mut b = StringBuilder::new();
                        for row in buffer.iter() {
                            match &row[i] {
                                Sql::Null | Sql::Blob(_) => b.append_null(),
                                v => b.append_value(sql_text(v)),
                            }
                        }
                        Arc::new(b.finish())
                    }
                }
            })
            .collect();
        let batch = RecordBatch::try_new(schema.clone(), arrays).map_err(write_err)?;
        writer.write(&batch).map_err(write_err)?;
        buffer.clear();
        Ok(())
    };
    while let Some(row) = next()? {
        buffer.push(row);
        n += 1;
        if buffer.len() >= ROWS {
            flush(&mut buffer, &mut writer)?;
        }
    }
    flush(&mut buffer, &mut writer)?;
    writer.close().map_err(write_err)?;
    Ok(n)
}
