//! The repaired reading of a document, rendered on demand with a map back to the original.
//!
//! Duplicate paragraphs and sentences are left out, and a space is put back wherever a
//! run-together word was split. The original text is never changed: [`CleanText::original`] maps
//! any offset of the clean text back to the document.

use crate::document::{BlockRole, Document};

/// One line of the clean text: a paragraph with its role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanLine {
    /// Index of the block in [`Document::blocks`].
    pub block: usize,
    /// The block's role.
    pub role: BlockRole,
    /// The repaired text of the paragraph.
    pub text: String,
}

/// The clean text of a document and how its offsets map to the original.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CleanText {
    /// Paragraphs, one per line.
    pub text: String,
    /// Pieces copied from the original: (offset in clean text, offset in original, length).
    /// Sorted by clean offset; bytes between pieces were inserted (spaces, line breaks).
    pieces: Vec<(usize, usize, usize)>,
}

impl CleanText {
    /// The original byte offset of clean-text byte offset `clean`, or `None` for an inserted byte.
    #[must_use]
    pub fn original(&self, clean: usize) -> Option<usize> {
        let i = self.pieces.partition_point(|&(c, _, _)| c <= clean);
        let &(c, o, len) = self.pieces.get(i.checked_sub(1)?)?;
        (clean < c + len).then(|| o + (clean - c))
    }
}

/// The paragraphs of the repaired reading, duplicates left out.
#[must_use]
pub fn clean_lines(doc: &Document) -> Vec<CleanLine> {
    let rendered = render(doc);
    rendered.1
}

/// The repaired reading as one text, one paragraph a line, with its map back.
#[must_use]
pub fn clean_text(doc: &Document) -> CleanText {
    render(doc).0
}

fn render(doc: &Document) -> (CleanText, Vec<CleanLine>) {
    let mut clean = CleanText::default();
    let mut lines = Vec::new();
    let mut splits: Vec<usize> = doc.repairs.iter().map(|r| r.split_at).collect();
    splits.sort_unstable();
    for (b, block) in doc.blocks.iter().enumerate() {
        if block.duplicate_of.is_some() {
            continue;
        }
        // The kept parts of the block: its sentences that are not duplicates, or the whole
        // block when sentences were not split.
        let mut parts: Vec<(usize, usize)> = doc
            .sentences
            .iter()
            .filter(|s| s.block == b && s.duplicate_of.is_none())
            .map(|s| (s.span.start, s.span.end))
            .collect();
        let has_sentences = doc.sentences.iter().any(|s| s.block == b);
        if !has_sentences {
            parts.push((block.span.start, block.span.end));
        }
        if parts.is_empty() {
            continue;
        }
        if !clean.text.is_empty() {
            clean.text.push('\n');
        }
        let line_start = clean.text.len();
        for (k, &(start, end)) in parts.iter().enumerate() {
            if k > 0 {
                clean.text.push(' ');
            }
            let mut from = start;
            let first_split = splits.partition_point(|&s| s <= start);
            for &at in splits[first_split..].iter().take_while(|&&s| s < end) {
                copy(doc, &mut clean, from, at);
                clean.text.push(' ');
                from = at;
            }
            copy(doc, &mut clean, from, end);
        }
        lines.push(CleanLine {
            block: b,
            role: block.role,
            text: clean.text[line_start..].to_owned(),
        });
    }
    (clean, lines)
}

fn copy(doc: &Document, clean: &mut CleanText, from: usize, to: usize) {
    if let Some(piece) = doc.text.get(from..to) {
        clean.pieces.push((clean.text.len(), from, piece.len()));
        clean.text.push_str(piece);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Block, Repair};
    use crate::span::Span;

    #[test]
    fn repairs_and_duplicates() {
        let text = "وحقوقالإنسان مهمة\nتكرار\nتكرار";
        let mut doc = Document::new(text.to_owned(), Default::default());
        let lines: Vec<Span> = crate::structure::paragraph_spans(text);
        for (i, s) in lines.iter().enumerate() {
            doc.blocks.push(Block {
                span: *s,
                role: BlockRole::Body,
                duplicate_of: (i == 2).then_some(1),
            });
        }
        let at = text.find("الإنسان").unwrap();
        doc.repairs.push(Repair {
            span: Span::new(0, at + "الإنسان".len()),
            split_at: at,
            confidence: 0.9,
        });
        let clean = clean_text(&doc);
        assert_eq!(clean.text, "وحقوق الإنسان مهمة\nتكرار");
        let space = clean.text.find(' ').unwrap();
        assert_eq!(clean.original(space), None);
        assert_eq!(clean.original(space + 1), Some(at));
        assert_eq!(clean_lines(&doc).len(), 2);
    }
}
