//! JSONL and JSONL.gz: one article per line, with configurable field names.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use flate2::read::MultiGzDecoder;
use rasd_text::Metadata;
use serde_json::Value;

use super::{Origin, Record, Skipped, non_empty};

/// Which JSON field holds what. Only `text` is required in a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonFields {
    /// The article text (default `text`).
    pub text: String,
    /// The headline (default `title`).
    pub title: String,
    /// The address (default `url`).
    pub url: String,
    /// The publication date (default `date`).
    pub date: String,
    /// The publisher (default `source`).
    pub source: String,
    /// The caller's identifier (default `id`).
    pub id: String,
}

impl Default for JsonFields {
    fn default() -> Self {
        Self {
            text: "text".into(),
            title: "title".into(),
            url: "url".into(),
            date: "date".into(),
            source: "source".into(),
            id: "id".into(),
        }
    }
}

/// Counts the bytes that pass through, so progress can follow a compressed stream.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// An open JSONL file being read line by line.
pub(super) struct Lines {
    path: PathBuf,
    reader: Box<dyn BufRead + Send>,
    line: u64,
    buf: Vec<u8>,
    failed: bool,
}

impl Lines {
    pub(super) fn open(path: &Path, gzip: bool, count: Arc<AtomicU64>) -> Result<Self, String> {
        let file = File::open(path).map_err(|e| format!("cannot open: {e}"))?;
        let counted = Counting { inner: file, count };
        let reader: Box<dyn BufRead + Send> = if gzip {
            Box::new(BufReader::with_capacity(
                1 << 16,
                MultiGzDecoder::new(BufReader::new(counted)),
            ))
        } else {
            Box::new(BufReader::with_capacity(1 << 16, counted))
        };
        Ok(Self {
            path: path.to_owned(),
            reader,
            line: 0,
            buf: Vec::new(),
            failed: false,
        })
    }

    /// The next record or skipped line; `None` at the end of the file.
    pub(super) fn next_record(
        &mut self,
        options: &super::ReadOptions,
    ) -> Option<Result<Record, Skipped>> {
        loop {
            if self.failed {
                return None;
            }
            self.buf.clear();
            self.line += 1;
            let origin = Origin {
                file: self.path.clone(),
                line: Some(self.line),
            };
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    // A truncated or corrupt stream: report it once and stop reading this file.
                    self.failed = true;
                    return Some(Err(Skipped {
                        origin,
                        reason: format!("read error, rest of file skipped: {e}"),
                    }));
                }
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(parse_line(&self.buf, &options.fields).map_or_else(
                |reason| {
                    Err(Skipped {
                        origin: origin.clone(),
                        reason,
                    })
                },
                |(text, meta)| {
                    Ok(Record {
                        text,
                        meta,
                        origin: origin.clone(),
                    })
                },
            ));
        }
    }
}

/// Parses one JSONL line into text and metadata.
fn parse_line(bytes: &[u8], fields: &JsonFields) -> Result<(String, Metadata), String> {
    // A byte-order mark may open the file.
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        // A line in a legacy encoding (windows-1256 exports exist): decode it, then parse.
        Err(e) if std::str::from_utf8(bytes).is_err() => {
            let (text, _) = super::decode(bytes).map_err(|d| format!("invalid JSON: {e} ({d})"))?;
            serde_json::from_str(&text).map_err(|e| format!("invalid JSON: {e}"))?
        }
        Err(e) => return Err(format!("invalid JSON: {e}")),
    };
    let Value::Object(map) = value else {
        return Err("not a JSON object".to_owned());
    };
    let get = |name: &str| -> Option<String> {
        match map.get(name)? {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    let text = match map.get(&fields.text) {
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        Some(Value::String(_)) => return Err(format!("empty text in field `{}`", fields.text)),
        Some(_) => return Err(format!("field `{}` is not a string", fields.text)),
        None => return Err(format!("missing text field `{}`", fields.text)),
    };
    let meta = Metadata {
        id: non_empty(get(&fields.id)),
        title: non_empty(get(&fields.title)),
        url: non_empty(get(&fields.url)),
        source: non_empty(get(&fields.source)),
        date: non_empty(get(&fields.date)),
        ..Metadata::default()
    };
    Ok((text, meta))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_field_names() {
        let fields = JsonFields {
            text: "content".into(),
            ..JsonFields::default()
        };
        let (text, meta) = parse_line(
            r#"{"content":"نص الخبر","id":7,"title":" "}"#.as_bytes(),
            &fields,
        )
        .unwrap();
        assert_eq!(text, "نص الخبر");
        assert_eq!(meta.id.as_deref(), Some("7"));
        assert_eq!(meta.title, None);
        assert!(
            parse_line(br#"{"text":"x"}"#, &fields)
                .unwrap_err()
                .contains("content")
        );
        assert!(
            parse_line(b"{oops", &fields)
                .unwrap_err()
                .starts_with("invalid JSON")
        );
        let bom = "\u{feff}{\"content\":\"نص\"}";
        assert_eq!(parse_line(bom.as_bytes(), &fields).unwrap().0, "نص");
        let line =
            "{\"content\":\"أعلنت الحكومة اليوم عن خطة جديدة للإعمار في المحافظات الشمالية\"}";
        let (legacy, _, _) = encoding_rs::WINDOWS_1256.encode(line);
        let (text, _) = parse_line(&legacy, &fields).unwrap();
        assert!(text.starts_with("أعلنت الحكومة"));
    }
}
