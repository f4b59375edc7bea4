//! The cleaning stage as one call: structure, tokens, run-together repairs, sentences and
//! duplicate paragraphs, in the order each needs the one before.

use crate::document::{Block, Document};
use crate::lexicon::Lexicon;
use crate::normalize::Normalizer;
use crate::{dedup, runon, sentences, structure, tokenize};

/// Fills the blocks, dateline, tokens, repairs and sentences of `doc` from its text, and marks
/// duplicate paragraphs and sentences. Metadata the caller gave is kept; the dateline's source
/// and place fill only what is missing.
pub fn clean(doc: &mut Document, normalizer: &Normalizer, lexicon: &Lexicon) {
    let text = doc.text.as_str();
    let paragraphs = structure::paragraph_spans(text);
    let layout = structure::analyze(text, &paragraphs);
    doc.blocks = paragraphs
        .iter()
        .zip(layout.roles)
        .map(|(&span, role)| Block {
            span,
            role,
            duplicate_of: None,
        })
        .collect();
    if let Some(dateline) = layout.dateline {
        doc.dateline = Some(dateline.span);
        doc.meta.source = doc.meta.source.take().or(dateline.source);
        doc.meta.place = doc.meta.place.take().or(dateline.place);
    }
    let mut tokens = tokenize::tokenize(text, normalizer);
    // Run-together words: record the repairs, then let tokens follow them.
    let repairs = runon::find_repairs(text, &tokens, lexicon);
    if !repairs.is_empty() {
        let mut points: Vec<usize> = repairs.iter().map(|r| r.split_at).collect();
        points.sort_unstable();
        points.dedup();
        tokenize::split_tokens_at(text, &mut tokens, &points, normalizer);
    }
    doc.sentences = sentences::split(text, &tokens, &paragraphs);
    doc.tokens = tokens;
    doc.repairs = repairs;
    dedup::mark_duplicates(doc);
}
