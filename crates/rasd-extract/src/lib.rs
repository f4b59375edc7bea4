//! Extraction: quantities, times, named entities, quotes and events.

pub mod entities;
pub mod event;
pub mod ner;
pub mod quantity;
mod quote;
pub mod time;
