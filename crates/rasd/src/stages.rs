//! The model-free stages on their own, for benchmarks and for callers that need only them.

use rasd_text::normalize::Normalizer;
use rasd_text::{sentences, structure};

/// Tokenizes `text`, splits it into paragraphs and sentences; returns the token and sentence
/// counts. This is the text layer of [`Engine::analyze`](crate::Engine::analyze) without
/// run-together repair, morphology or extraction.
#[must_use]
pub fn segment_text(text: &str, normalizer: &Normalizer) -> (usize, usize) {
    let paragraphs = structure::paragraph_spans(text);
    let tokens = rasd_text::tokenize::tokenize(text, normalizer);
    let sentences = sentences::split(text, &tokens, &paragraphs);
    (tokens.len(), sentences.len())
}
