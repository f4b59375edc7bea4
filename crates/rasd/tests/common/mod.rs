//! Helpers the event test files share: one engine for all tests, and readable dumps of events.
// Each test binary uses some of these helpers, not all.
#![allow(dead_code)]

use std::sync::LazyLock;

use rasd::annotations::{Argument, Event, EventType};
use rasd::{Document, Engine, Metadata};

// Built once for every test here; a test binary may panic when the models do not load.
#[allow(clippy::unwrap_used)]
static ENGINE: LazyLock<Engine> = LazyLock::new(|| Engine::builder().build().unwrap());

/// Analyses `text` as an article published on `date`.
pub fn analyse(text: &str, date: &str) -> Document {
    let meta = Metadata {
        date: Some(date.to_owned()),
        ..Metadata::default()
    };
    ENGINE.analyze(text, meta)
}

/// The names an argument stands for: its text and its entity's canonical name.
pub fn names(doc: &Document, args: &[Argument]) -> String {
    args.iter()
        .map(|a| {
            let entity = a.entity.map_or("", |e| doc.entities[e].name.as_str());
            format!("{} / {entity}", a.text)
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Asserts that `doc` has `n` events of `kind`, showing all its events when not.
#[track_caller]
pub fn assert_count(doc: &Document, kind: EventType, n: usize) {
    assert_eq!(events_of(doc, kind).len(), n, "{}", describe(doc));
}

/// Asserts that no event of `kind` in `doc` has an actor naming `word`.
#[track_caller]
pub fn assert_actors_lack(doc: &Document, kind: EventType, word: &str) {
    for e in events_of(doc, kind) {
        assert!(!names(doc, &e.actors).contains(word), "{}", describe(doc));
    }
}

/// The highest confidence among the events of `doc` of type `kind`, or 0 when it has none.
pub fn top_confidence(doc: &Document, kind: EventType) -> f32 {
    doc.events
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.confidence)
        .fold(0.0_f32, f32::max)
}

/// The events of `doc` of type `kind`.
pub fn events_of(doc: &Document, kind: EventType) -> Vec<&Event> {
    doc.events.iter().filter(|e| e.kind == kind).collect()
}

/// Every event of `doc`, one a line, with its parties, time, counts and confidence.
pub fn describe(doc: &Document) -> String {
    doc.events
        .iter()
        .map(|e| {
            format!(
                "{:?} {:?} «{}» actors [{}] targets [{}] places [{}] time {:?} counts {:?} {:?} {:?} {:.2}",
                e.kind,
                e.mode,
                e.trigger.slice(&doc.text),
                names(doc, &e.actors),
                names(doc, &e.targets),
                names(doc, &e.places),
                e.time.as_ref().and_then(|t| t.value.clone()),
                e.counts.iter().map(|c| (c.kind, c.value)).collect::<Vec<_>>(),
                e.polarity,
                e.modality,
                e.confidence
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
