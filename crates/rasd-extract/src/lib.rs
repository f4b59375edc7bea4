//! Extraction: quantities, times, named entities, quotes and events.

pub mod entities;
pub mod event;
pub mod name_segments;
pub mod ner;
pub mod quantity;
mod quote;
pub mod time;
