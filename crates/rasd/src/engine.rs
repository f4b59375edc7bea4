//! The engine: resources loaded once, then a pure function from text to [`Document`].

use rasd_text::normalize::Normalizer;
use rasd_text::{Block, BlockRole, Document, Metadata, sentences, structure, tokenize};

use crate::Error;

/// Configures and builds an [`Engine`]. All validation happens in [`EngineBuilder::build`].
#[derive(Debug, Clone)]
pub struct EngineBuilder {
    normalizer: Normalizer,
}

impl Default for EngineBuilder {
    fn default() -> Self {
        Self {
            normalizer: Normalizer::standard(),
        }
    }
}

impl EngineBuilder {
    /// Sets the normalizer that gives tokens their `norm` form (default: [`Normalizer::standard`]).
    #[must_use]
    pub fn normalizer(mut self, normalizer: Normalizer) -> Self {
        self.normalizer = normalizer;
        self
    }

    /// Loads the resources and builds the engine.
    ///
    /// # Errors
    /// [`Error::Resource`] when a shipped lexicon or model fails its check.
    pub fn build(self) -> Result<Engine, Error> {
        Ok(Engine {
            normalizer: self.normalizer,
        })
    }
}

/// Analyses articles. Cheap to share: it is `Send + Sync`, and every method takes `&self`.
#[derive(Debug)]
pub struct Engine {
    normalizer: Normalizer,
}

impl Engine {
    /// A builder with the default settings.
    #[must_use]
    pub fn builder() -> EngineBuilder {
        EngineBuilder::default()
    }

    /// The normalizer tokens are given their `norm` with.
    #[must_use]
    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    /// Cleans, analyses and extracts facts from one article. Never fails and never panics.
    #[must_use]
    pub fn analyze(&self, text: &str, meta: Metadata) -> Document {
        let mut doc = Document::new(text.to_owned(), meta);
        let paragraphs = structure::paragraph_spans(text);
        doc.blocks = paragraphs
            .iter()
            .map(|&span| Block {
                span,
                role: BlockRole::Body,
                duplicate_of: None,
            })
            .collect();
        doc.tokens = tokenize::tokenize(text, &self.normalizer);
        doc.sentences = sentences::split(text, &doc.tokens, &paragraphs);
        doc
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engine_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Engine>();
    }
}
