//! The facts extracted from a document: quantities, times, entity mentions and entities,
//! events and quotes.
//!
//! The types live here, in the vocabulary crate, so that every crate can read a [`Document`]
//! (crate::Document); the code that finds them lives in `rasd-extract`.

mod confidence;
mod entity;
mod event;
mod quantity;
mod time;

pub(crate) use confidence::serialize as write_confidence;
pub use entity::{Entity, EntityType, Mention, MentionForm, Role};
pub use event::{
    Argument, CountKind, Event, EventCount, EventMode, EventTime, EventType, Modality, Polarity,
    Quote, QuoteKind,
};
pub use quantity::{Quantity, QuantityKind, QuantityModifier};
pub use time::{Grain, PartOfDay, TimeExpr, TimeModifier};
