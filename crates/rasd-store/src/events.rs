//! Events and quotes flattened into table rows: one row per event or quote, with the parties
//! named (an entity's canonical name when the party is linked to one, else the words of the
//! text), the counts spread into one column per kind, and the sentence written out, so that the
//! tables read like a GDELT or ACLED event table without joining anything.

use rasd_text::annotations::{Argument, CountKind, Entity, Event, Quote};
use rasd_text::{Sentence, Span};
use serde::Serialize;

/// Separates several names in one column (`actors`, `targets`, `places`).
pub const NAME_SEPARATOR: &str = " | ";

/// One event as stored in the `events` table. Offsets are code points.
#[derive(Debug, Clone, PartialEq)]
pub struct EventRow {
    /// Position in the document's event list.
    pub idx: usize,
    /// The type (`ASSAULT`).
    pub kind: String,
    /// How it was carried out (`rockets`), where the type has modes.
    pub mode: Option<String>,
    /// The trigger's start, in code points.
    pub start: i64,
    /// The trigger's end, in code points.
    pub end: i64,
    /// The words of the trigger.
    pub trigger: String,
    /// Who did it: names joined with [`NAME_SEPARATOR`].
    pub actors: Option<String>,
    /// To whom or what: names joined with [`NAME_SEPARATOR`].
    pub targets: Option<String>,
    /// Where: names joined with [`NAME_SEPARATOR`].
    pub places: Option<String>,
    /// The resolved ISO-8601 value of its time.
    pub time: Option<String>,
    /// Counts by kind, in the order of [`COUNT_COLUMNS`]; `None` when the text gives none
    /// (0 is a count: `من دون تسجيل إصابات`).
    pub counts: [Option<i64>; COUNT_COLUMNS.len()],
    /// `positive` or `negative`.
    pub polarity: String,
    /// `asserted`, `future` or `possible`.
    pub modality: String,
    /// Whether the actor was named by attribution.
    pub attributed: bool,
    /// Whether the text says no one claimed it.
    pub unclaimed: bool,
    /// How sure the extractor is, from 0 to 1.
    pub confidence: f64,
    /// The sentence that reports it.
    pub sentence: Option<String>,
    /// The whole event as JSON (code-point offsets).
    pub data: String,
}

/// One quote as stored in the `quotes` table. Offsets are code points.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteRow {
    /// Position in the document's quote list.
    pub idx: usize,
    /// `direct` or `reported`.
    pub kind: String,
    /// Start of what was said, in code points.
    pub start: i64,
    /// End of what was said, in code points.
    pub end: i64,
    /// What was said.
    pub text: String,
    /// The speech verb.
    pub trigger: String,
    /// The speaker as the sentence names them.
    pub speaker: Option<String>,
    /// The canonical name of the speaker's entity, when linked to one.
    pub speaker_entity: Option<String>,
    /// The type of the speaker's entity (PER, ORG…).
    pub speaker_type: Option<String>,
    /// Whether the verb denies rather than states.
    pub denial: bool,
    /// The whole quote as JSON (code-point offsets).
    pub data: String,
}

/// The count columns of the `events` table, each with the kind it holds.
pub const COUNT_COLUMNS: [(&str, CountKind); 7] = [
    ("killed", CountKind::Killed),
    ("injured", CountKind::Injured),
    ("arrested", CountKind::Arrested),
    ("abducted", CountKind::Abducted),
    ("munitions", CountKind::Munitions),
    ("attacks", CountKind::Attacks),
    ("participants", CountKind::Participants),
];

/// What flattening needs of a document. Its spans may be bytes or code points: `slice` reads
/// the text of a span and `to_chars` turns a span into code points, whichever they are.
pub(crate) struct Source<'a> {
    pub events: &'a [Event],
    pub quotes: &'a [Quote],
    pub entities: &'a [Entity],
    pub sentences: &'a [Sentence],
    pub slice: &'a dyn Fn(Span) -> String,
    pub to_chars: &'a dyn Fn(Span) -> Span,
}

/// The serde name of a unit enum variant (`air_strike`, `ASSAULT`).
fn serde_name<T: Serialize>(value: &T) -> Option<String> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => Some(s),
        _ => None,
    }
}

/// The name a party goes by: its entity's canonical name when linked, else its words.
fn party_name(arg: &Argument, entities: &[Entity]) -> String {
    arg.entity
        .and_then(|i| entities.get(i))
        .map(|e| e.name.trim())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| arg.text.trim())
        .to_owned()
}

/// The names of `args`, each once, in order, joined; `None` when there are none.
fn names(args: &[Argument], entities: &[Entity]) -> Option<String> {
    let mut out: Vec<String> = Vec::with_capacity(args.len());
    for a in args {
        let name = party_name(a, entities);
        if !name.is_empty() && !out.contains(&name) {
            out.push(name);
        }
    }
    (!out.is_empty()).then(|| out.join(NAME_SEPARATOR))
}

/// A span in code points as SQLite integers.
fn ends(span: Span) -> (i64, i64) {
    let n = |x: usize| i64::try_from(x).unwrap_or(i64::MAX);
    (n(span.start), n(span.end))
}

/// The event rows of a document.
pub(crate) fn event_rows(src: &Source<'_>) -> Vec<EventRow> {
    // A record that retells an earlier one is folded into it: one row per event.
    src.events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.same_as.is_none())
        .map(|(idx, e)| {
            let mut counts = [None; COUNT_COLUMNS.len()];
            for c in &e.counts {
                let Some(col) = COUNT_COLUMNS.iter().position(|(_, k)| *k == c.kind) else {
                    continue;
                };
                if !c.value.is_finite() || c.value < 0.0 {
                    continue;
                }
                // Counts of people and munitions are whole numbers; when the text gives the same
                // kind twice for one event, the larger figure is the event's.
                let v = c.value.round().min(i64::MAX as f64) as i64;
                counts[col] = Some(counts[col].map_or(v, |old: i64| old.max(v)));
            }
            let mut converted = e.clone();
            rasd_text::MapSpans::map_spans(&mut converted, &mut |s| (src.to_chars)(s));
            let (start, end) = ends(converted.trigger);
            EventRow {
                idx,
                kind: e.kind.name().to_owned(),
                mode: e.mode.as_ref().and_then(serde_name),
                start,
                end,
                trigger: (src.slice)(e.trigger),
                actors: names(&e.actors, src.entities),
                targets: names(&e.targets, src.entities),
                places: names(&e.places, src.entities),
                time: e.time.as_ref().and_then(|t| t.value.clone()),
                counts,
                polarity: serde_name(&e.polarity).unwrap_or_default(),
                modality: serde_name(&e.modality).unwrap_or_default(),
                attributed: e.attributed,
                unclaimed: e.unclaimed,
                // Three decimals: the f32 of the analysis printed as f64 would read 0.6000000834.
                confidence: (f64::from(e.confidence) * 1000.0).round() / 1000.0,
                sentence: src
                    .sentences
                    .get(e.sentence)
                    .map(|s| (src.slice)(s.span).trim().to_owned()),
                data: serde_json::to_string(&converted).unwrap_or_default(),
            }
        })
        .collect()
}

/// The quote rows of a document.
pub(crate) fn quote_rows(src: &Source<'_>) -> Vec<QuoteRow> {
    src.quotes
        .iter()
        .enumerate()
        .map(|(idx, q)| {
            let mut converted = q.clone();
            rasd_text::MapSpans::map_spans(&mut converted, &mut |s| (src.to_chars)(s));
            let (start, end) = ends(converted.span);
            let entity = q
                .speaker
                .as_ref()
                .and_then(|s| s.entity)
                .and_then(|i| src.entities.get(i));
            QuoteRow {
                idx,
                kind: serde_name(&q.kind).unwrap_or_default(),
                start,
                end,
                text: (src.slice)(q.span),
                trigger: (src.slice)(q.trigger),
                speaker: q.speaker.as_ref().map(|s| s.text.trim().to_owned()),
                speaker_entity: entity.map(|e| e.name.clone()),
                speaker_type: entity.and_then(|e| serde_name(&e.kind)),
                denial: q.denial,
                data: serde_json::to_string(&converted).unwrap_or_default(),
            }
        })
        .collect()
}
