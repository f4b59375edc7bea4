//! Byte ranges into a document's text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into [`Document::text`](crate::Document::text).
///
/// Every location rasd reports is a `Span` into the text as received: cleaning and normalization
/// never rewrite the text, so a span found by any stage slices out exactly what was written.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` (inclusive) to `end` (exclusive).
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// Length in bytes.
    #[must_use]
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The text this span covers, or `""` when it does not fall on character boundaries of `text`.
    #[must_use]
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether `other` lies entirely inside this span.
    #[must_use]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    #[must_use]
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// Something that holds spans, which can all be rewritten at once.
///
/// Used to turn byte offsets into code-point offsets for JSON output: every annotation type
/// implements it, so a new annotation cannot be forgotten by the conversion.
pub trait MapSpans {
    /// Replaces every span `s` held (directly or in children) by `f(s)`.
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span);
}

impl<T: MapSpans> MapSpans for Vec<T> {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        for item in self {
            item.map_spans(f);
        }
    }
}

/// Converts byte offsets of one text into Unicode scalar (code point) offsets.
///
/// JSON output speaks in code points so that Python's `text[start:end]` returns the mention.
/// Built once per document in O(n); each lookup is a binary search over the multi-byte positions.
#[derive(Debug, Clone)]
pub struct CharOffsets {
    /// Byte offset of every character boundary that follows a multi-byte character, paired with
    /// the number of extra bytes seen so far; sorted by byte offset.
    extra: Vec<(usize, usize)>,
    len: usize,
}

impl CharOffsets {
    /// Indexes `text`.
    #[must_use]
    pub fn new(text: &str) -> Self {
        let mut extra = Vec::new();
        let mut surplus = 0usize;
        for (i, c) in text.char_indices() {
            let w = c.len_utf8();
            if w > 1 {
                surplus += w - 1;
                extra.push((i + w, surplus));
            }
        }
        Self {
            extra,
            len: text.len(),
        }
    }

    /// The code-point offset of byte offset `byte` (clamped to the text's length).
    #[must_use]
    pub fn to_char(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        let idx = self.extra.partition_point(|&(b, _)| b <= byte);
        let surplus = if idx == 0 { 0 } else { self.extra[idx - 1].1 };
        byte - surplus
    }

    /// A span with both ends converted to code-point offsets.
    #[must_use]
    pub fn span(&self, span: Span) -> Span {
        Span::new(self.to_char(span.start), self.to_char(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_python_indexing() {
        let text = "ايلاف من لندن: abc";
        let offsets = CharOffsets::new(text);
        let start = text.find("لندن").unwrap();
        let span = offsets.span(Span::new(start, start + "لندن".len()));
        let chars: Vec<char> = text.chars().collect();
        let got: String = chars[span.start..span.end].iter().collect();
        assert_eq!(got, "لندن");
        assert_eq!(offsets.to_char(text.len()), chars.len());
    }

    #[test]
    fn slice_outside_boundaries_is_empty() {
        let text = "بغداد";
        assert_eq!(Span::new(1, 3).slice(text), "");
        assert_eq!(Span::new(0, 2).slice(text), "ب");
        assert_eq!(Span::new(0, 99).slice(text), "");
    }
}
