//! The JSON wire format (docs/schema.md): the document with code-point offsets.
//!
//! Inside rasd a [`Span`](crate::Span) is a byte range; on the wire every offset counts Unicode
//! scalar values, so that Python's `text[start:end]` returns the mention.

use rasd_text::{CharOffsets, Document, MapSpans};
use serde::Serialize;

/// The version of the JSON document format. Bumped on every incompatible change.
pub const SCHEMA_VERSION: &str = "1.2";

#[derive(Serialize)]
struct Wire<'a> {
    schema_version: &'static str,
    offsets: &'static str,
    #[serde(flatten)]
    document: &'a Document,
}

/// The document as a JSON value, with code-point offsets.
#[must_use]
pub fn to_json(doc: &Document) -> serde_json::Value {
    let mut converted = doc.clone();
    let offsets = CharOffsets::new(&doc.text);
    converted.map_spans(&mut |s| offsets.span(s));
    serde_json::to_value(Wire {
        schema_version: SCHEMA_VERSION,
        offsets: "code_points",
        document: &converted,
    })
    .unwrap_or(serde_json::Value::Null)
}
