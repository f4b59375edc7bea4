//! The engine: resources loaded once, then a pure function from text to [`Document`].

use std::sync::Arc;

use rasd_text::lexicon::Lexicon;
use rasd_text::normalize::Normalizer;
use rasd_text::{Document, Metadata};

use crate::Error;

/// Configures and builds an [`Engine`]. All validation happens in [`EngineBuilder::build`].
#[derive(Debug, Clone)]
pub struct EngineBuilder {
    normalizer: Normalizer,
    future: bool,
}

impl Default for EngineBuilder {
    fn default() -> Self {
        Self {
            normalizer: Normalizer::standard(),
            future: false,
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

    /// Resolves bare weekdays and month-days forward (the next Tuesday; this month or later), as
    /// for schedules and queries, instead of the news default (the most recent weekday, the
    /// nearest year).
    #[must_use]
    pub fn future(mut self, future: bool) -> Self {
        self.future = future;
        self
    }

    /// Scores time extraction against JSONL gold (Duckling's corpus rows or sentence-level
    /// items) with this builder's time preference. Needs no resources, so it runs without
    /// building the engine.
    #[must_use]
    pub fn evaluate_time(&self, gold: &str, path: &str) -> rasd_text::eval::EvalReport {
        let opts = rasd_extract::time::TimeOptions {
            future: self.future,
        };
        rasd_extract::time::eval::evaluate(gold, path, &opts)
    }

    /// Scores number and quantity extraction against JSONL gold (Duckling's corpus rows or
    /// sentence-level items). Needs no resources.
    #[must_use]
    pub fn evaluate_numbers(&self, gold: &str, path: &str) -> rasd_text::eval::EvalReport {
        rasd_extract::quantity::eval::evaluate(gold, path)
    }

    /// Loads the resources and builds the engine.
    ///
    /// # Errors
    /// [`Error::Resource`] when a shipped lexicon or model fails its check.
    pub fn build(self) -> Result<Engine, Error> {
        let lexicon = Lexicon::embedded().map_err(|e| Error::Resource {
            name: "wordfreq lexicon",
            reason: e.to_string(),
        })?;
        let segmenter = rasd_morph::Segmenter::embedded().map_err(|e| Error::Resource {
            name: "morphology model",
            reason: e.to_string(),
        })?;
        let ner = rasd_extract::ner::Tagger::shipped().map_err(|e| Error::Resource {
            name: "NER model",
            reason: e.to_string(),
        })?;
        Ok(Engine {
            normalizer: self.normalizer,
            ner: Arc::new(ner),
            resolver: rasd_extract::entities::Resolver::default(),
            lexicon: Arc::new(lexicon),
            segmenter,
            times: rasd_extract::time::TimeOptions {
                future: self.future,
            },
        })
    }
}

/// Analyses articles. Cheap to share: it is `Send + Sync`, and every method takes `&self`.
#[derive(Debug)]
pub struct Engine {
    normalizer: Normalizer,
    /// The named-entity tagger (model loaded once).
    ner: Arc<rasd_extract::ner::Tagger>,
    /// Resolves entity mentions within an article.
    resolver: rasd_extract::entities::Resolver,
    /// Word frequencies for splitting run-together words.
    lexicon: Arc<Lexicon>,
    /// Clitic segmentation, stems and lemma keys (model loaded once per process).
    segmenter: &'static rasd_morph::Segmenter,
    /// How times are resolved.
    times: rasd_extract::time::TimeOptions,
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

    /// The word-frequency lexicon used to split run-together words.
    #[must_use]
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The named-entity tagger.
    #[must_use]
    pub fn tagger(&self) -> &rasd_extract::ner::Tagger {
        &self.ner
    }

    /// Scores the named-entity tagger against CoNLL gold text (`token TAB tag`, IOB2): the gold
    /// tokens are tagged as they are, sentence by sentence.
    #[must_use]
    pub fn evaluate_ner(&self, gold: &str) -> rasd_text::eval::EvalReport {
        rasd_extract::ner::evaluate(gold, &self.ner)
    }

    /// Scores event detection and arguments against JSONL gold (the event gold standard's
    /// detection and span rows), on the rows of `part`.
    #[must_use]
    pub fn evaluate_events(
        &self,
        gold: &str,
        path: &str,
        part: rasd_extract::event::eval::Part,
        min_confidence: f32,
    ) -> rasd_text::eval::EvalReport {
        let analyze = |text: &str, date: Option<&str>| {
            let meta = Metadata {
                date: date.map(str::to_owned),
                ..Metadata::default()
            };
            self.analyze(text, meta)
        };
        rasd_extract::event::eval::evaluate(gold, path, part, min_confidence, &analyze)
    }

    /// Cleans, analyses and extracts facts from one article. Never fails and never panics.
    #[must_use]
    pub fn analyze(&self, text: &str, meta: Metadata) -> Document {
        self.analyze_through(text, meta, Stage::Events)
    }

    /// Runs the stages of [`Engine::analyze`] up to and including `last`, for callers that need
    /// only the first ones (and for measuring each stage's cost).
    #[must_use]
    pub fn analyze_through(&self, text: &str, meta: Metadata, last: Stage) -> Document {
        let mut doc = Document::new(text.to_owned(), meta);
        self.clean(&mut doc);
        if last >= Stage::Morphology {
            // Morphology on the final tokens (after repairs): segments, stems, lemma keys.
            self.segmenter.annotate(&doc.text, &mut doc.tokens);
        }
        if last >= Stage::QuantitiesTimes {
            // Times first (resolving the reference date), then quantities outside them.
            rasd_extract::time::annotate(&mut doc, &self.times);
            rasd_extract::quantity::annotate(
                &mut doc,
                &rasd_extract::quantity::QuantityOptions::default(),
            );
        }
        if last >= Stage::Entities {
            // Named entities: tag each sentence, then resolve the mentions within the article.
            doc.mentions = self.ner.mentions(&doc);
            // Where the tagger says a name starts, the segmenter's proclitic was a misreading.
            rasd_extract::name_segments::keep_names_whole(&mut doc);
            self.resolver.resolve(&mut doc, &self.ner.resources().freq);
        }
        if last >= Stage::Events {
            self.extract_events(&mut doc);
        }
        doc
    }

    /// The last stage alone: events and quotes, on a document analysed through
    /// [`Stage::Entities`] (they read the entities, times and quantities found before).
    pub fn extract_events(&self, doc: &mut Document) {
        rasd_extract::event::annotate(doc, &self.ner.resources().freq);
    }

    /// The cleaning stage: structure, tokens, run-together repairs, sentences, duplicates.
    fn clean(&self, doc: &mut Document) {
        rasd_text::stage::clean(doc, &self.normalizer, &self.lexicon);
    }
}

/// The stages of analysis, in the order they run. Each needs the ones before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Stage {
    /// Structure, tokens, run-together repairs, sentences and duplicate paragraphs.
    Clean,
    /// Clitic segments, stems and lemma keys on every word.
    Morphology,
    /// Quantities and times, resolved against the reference date.
    QuantitiesTimes,
    /// Named entities, resolved within the article.
    Entities,
    /// Events and quotes.
    Events,
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
