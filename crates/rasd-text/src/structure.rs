//! Article structure: paragraphs and their roles (headline, dateline, subheading, caption, body).

use crate::span::Span;

/// The non-empty lines of `text`, trimmed of surrounding whitespace, in order.
///
/// Scraped news puts one paragraph on each line; a heading is a line of its own.
#[must_use]
pub fn paragraph_spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        let trimmed_start = line.len() - line.trim_start().len();
        let content = line.trim();
        if !content.is_empty() {
            let start = line_start + trimmed_start;
            spans.push(Span::new(start, start + content.len()));
        }
        line_start = line_end;
    }
    spans
}
