//! The facts extracted from a document: quantities, times, entity mentions and entities.
//!
//! The types live here, in the vocabulary crate, so that every crate can read a [`Document`]
//! (crate::Document); the code that finds them lives in `rasd-extract`.

mod entity;
mod quantity;
mod time;

pub use entity::{Entity, EntityType, Mention, MentionForm, Role};
pub use quantity::{Quantity, QuantityKind, QuantityModifier};
pub use time::{Grain, PartOfDay, TimeExpr, TimeModifier};
