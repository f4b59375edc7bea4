//! Events: who did what to whom, when, where and how many.
//!
//! Each sentence is read for trigger words ([`lexicon`]): verbs and nouns of the ontology in
//! docs/events.md, compared by their light stems so every inflection and clitic form counts.
//! The triggers of one type in one sentence make one event. Its parties are the phrases around
//! the trigger ([`phrases`]), linked to the article's entities; its time is the sentence's
//! temporal expression nearest the trigger, its places the places named after `في`; its counts
//! come from the sentence's quantities ([`counts`]); negation and future or possible modality
//! from the words before the trigger and the resolved time ([`modality`]). A sentence that
//! attributes attacks (`تنسب هذه الهجمات إلى ...`) names the actor of the attacks reported next
//! to it, and says when no one claimed them. The frame around a trigger ([`frame`]) says
//! whether the sentence reports the event or only speaks of it: a plan, a threat, an
//! accusation, a trial, history, a habit, a figure of speech.

mod attribution;
mod coref;
mod counts;
mod detect;
pub mod eval;
mod frame;
mod lexicon;
mod modality;
mod phrases;
mod word_list;
mod words;

use rasd_text::Document;

use crate::ner::lexicon::FreqLexicon;

pub(crate) use lexicon::{candidates, is_said_noun};
pub(crate) use phrases::{Phrases, THAT};
pub(crate) use words::{Word, Words};

/// Finds the events and quotes of `doc` (after its entities are resolved) and stores them in
/// `doc.events` and `doc.quotes`. Sentences that repeat an earlier one add nothing. `freq`, the
/// general word frequencies, tells a dual from a plural (`مقتل شخصين` counts two).
pub fn annotate(doc: &mut Document, freq: &FreqLexicon) {
    let words = Words::new(doc, freq);
    let mut events = Vec::new();
    // Each sentence that turns to another matter starts a new stretch of the article; events
    // are linked only within one.
    let mut stretch = Vec::with_capacity(doc.sentences.len());
    let mut current = 0;
    for sentence in &doc.sentences {
        let range = sentence.first_token..sentence.end_token.min(doc.tokens.len());
        let p = Phrases {
            doc,
            words: &words,
            sentence: range,
        };
        current += usize::from(p.opens_other_matter());
        stretch.push(current);
    }
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if sentence.duplicate_of.is_some()
            || doc
                .blocks
                .get(sentence.block)
                .is_some_and(|b| b.duplicate_of.is_some())
        {
            continue;
        }
        let range = sentence.first_token..sentence.end_token.min(doc.tokens.len());
        let found = detect::sentence_events(doc, &words, s, range, &events);
        events.extend(found);
    }
    attribution::apply(doc, &words, &mut events);
    // After attribution, so that a retold attack's actor is known before records are merged.
    coref::link(&mut events, &stretch);
    let quotes = crate::quote::find(doc, &words, &events);
    doc.events = events;
    doc.quotes = quotes;
}
