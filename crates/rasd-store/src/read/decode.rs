//! Bytes to text: UTF-8 when it is, otherwise the declared or detected legacy encoding.
//!
//! Older Arabic sites serve windows-1256 or ISO-8859-6. The order of trust is: a byte-order mark,
//! valid UTF-8, a `charset=` declared in the first bytes (HTML meta tags), then chardetng's guess.

use encoding_rs::{Encoding, UTF_8};

/// Why bytes could not be turned into text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes look like a binary file (NUL bytes or many control characters).
    Binary,
    /// No encoding decodes the bytes without substantial loss.
    Undecodable(&'static str),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Binary => f.write_str("binary file, not text"),
            Self::Undecodable(enc) => write!(f, "cannot be decoded as text (tried {enc})"),
        }
    }
}

/// Decodes `bytes`, returning the text and the name of the encoding used.
///
/// # Errors
/// [`DecodeError::Binary`] for binary content, [`DecodeError::Undecodable`] when decoding would
/// replace more than 1% of the characters.
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str), DecodeError> {
    if looks_binary(bytes) {
        return Err(DecodeError::Binary);
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok((text.into_owned(), enc.name()));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_owned(), UTF_8.name()));
    }
    let enc = declared_charset(bytes).unwrap_or_else(|| {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        detector.guess(None, chardetng::Utf8Detection::Deny)
    });
    let (text, _, _) = enc.decode(bytes);
    let replaced = text.chars().filter(|&c| c == '\u{FFFD}').count();
    if replaced * 100 > text.chars().count().max(1) {
        return Err(DecodeError::Undecodable(enc.name()));
    }
    Ok((text.into_owned(), enc.name()))
}

/// Whether the first bytes hold a NUL or mostly control characters.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    controls * 10 > head.len().max(1)
}

/// The encoding named by a `charset=` in the first 2 KB, if it is a known label.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let rest = &lower[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_')))
        .unwrap_or(rest.len());
    Encoding::for_label(&rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_windows_1256() {
        let text = "أعلنت الحكومة العراقية اليوم عن خطة جديدة للإعمار في المحافظات";
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(text);
        let (back, enc) = decode(&bytes).unwrap();
        assert_eq!(back, text);
        assert_eq!(enc, "windows-1256");
    }

    #[test]
    fn honours_declared_charset() {
        let body = "<html><head><meta charset=\"iso-8859-6\"></head><body>مرحبا</body></html>";
        let (bytes, _, _) = encoding_rs::ISO_8859_6.encode(body);
        let (back, enc) = decode(&bytes).unwrap();
        assert_eq!(back, body);
        assert_eq!(enc, "ISO-8859-6");
    }

    #[test]
    fn refuses_binary() {
        assert_eq!(
            decode(&[0x89, b'P', b'N', b'G', 0, 0, 1]),
            Err(DecodeError::Binary)
        );
    }
}
