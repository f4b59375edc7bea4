//! Extraction: quantities, times, named entities, quotes and events.

pub mod entities;
pub mod ner;
pub mod quantity;
pub mod time;
