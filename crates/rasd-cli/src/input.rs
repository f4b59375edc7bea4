//! Reading one input article from a file or standard input, with clear errors.

use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result, bail};

/// Reads `path` (or standard input for `-`) as UTF-8.
///
/// Invalid UTF-8 is an error naming the byte offset, unless `lossy` asks to replace it.
pub fn read_text(path: &Path, lossy: bool) -> Result<String> {
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .context("cannot read standard input")?;
        buf
    } else {
        if path.is_dir() {
            bail!(
                "{} is a directory; give one article file (or use `rasd ingest` for a folder)",
                path.display()
            );
        }
        std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?
    };
    decode(bytes, lossy, &path.display().to_string())
}

/// Decodes bytes as UTF-8, naming `origin` and the first bad byte on failure.
pub fn decode(bytes: Vec<u8>, lossy: bool, origin: &str) -> Result<String> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            // A byte-order mark is an encoding artefact, not text.
            if text.starts_with('\u{FEFF}') {
                text.drain(..3);
            }
            Ok(text)
        }
        Err(err) if lossy => Ok(String::from_utf8_lossy(err.as_bytes()).into_owned()),
        Err(err) => {
            let at = err.utf8_error().valid_up_to();
            let line = err.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            bail!(
                "{origin}: invalid UTF-8 at byte {at} (line {line}); the file may be in a legacy \
                 encoding such as windows-1256 — pass --lossy to replace bad bytes"
            )
        }
    }
}
