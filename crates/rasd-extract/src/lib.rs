//! Extraction: quantities, times, named entities, quotes and events.
