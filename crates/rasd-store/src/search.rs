//! Search requests and results.

use serde::Serialize;

/// What to search for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRequest {
    /// The query: words (matched by stem and spelling variant), `"phrases"`, `AND`, `OR`, `NOT`,
    /// `+must`, `-must_not`, parentheses, and `title:` / `body:` field prefixes.
    pub query: String,
    /// Only documents dated on or after this day (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub from: Option<String>,
    /// Only documents dated on or before this day (same forms; `YYYY-MM` means its last day).
    pub to: Option<String>,
    /// Only documents from one of these sources (case-insensitive).
    pub sources: Vec<String>,
    /// Only documents with an entity whose name contains each of these.
    pub entities: Vec<String>,
    /// Only documents reporting an event of one of these types (`ASSAULT`, any case).
    pub event_types: Vec<String>,
    /// Only documents with an event whose actor's name contains each of these (and, when
    /// `event_types` are given, an event of one of those types).
    pub actors: Vec<String>,
    /// Only documents with an event whose target's name contains each of these (same rule).
    pub targets: Vec<String>,
    /// Only documents with an event whose place's name contains each of these (same rule).
    pub places: Vec<String>,
    /// Only documents with an event (of `event_types`, when given) whose time is on or after
    /// this day (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub event_from: Option<String>,
    /// Only documents with an event (same rule) whose time is on or before this day.
    pub event_to: Option<String>,
    /// How many hits to return.
    pub limit: usize,
    /// How many hits to skip first.
    pub offset: usize,
    /// The longest snippet, in characters.
    pub snippet_chars: usize,
    /// Whether to count facets (source, month, entity, event type) over all matching documents.
    pub facets: bool,
}

impl SearchRequest {
    /// A request for `query` with no filters, 10 hits and 240-character snippets.
    #[must_use]
    pub fn new(query: impl Into<String>) -> Self {
        Self {
            query: query.into(),
            from: None,
            to: None,
            sources: Vec::new(),
            entities: Vec::new(),
            event_types: Vec::new(),
            actors: Vec::new(),
            targets: Vec::new(),
            places: Vec::new(),
            event_from: None,
            event_to: None,
            limit: 10,
            offset: 0,
            snippet_chars: 240,
            facets: true,
        }
    }
}

/// The answer to a search.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchResults {
    /// The query as given.
    pub query: String,
    /// How many documents match in all.
    pub total: usize,
    /// The best hits, best first.
    pub hits: Vec<Hit>,
    /// Counts over all matching documents.
    pub facets: Facets,
}

/// One matching document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// The store's document number (for `rasd show`).
    pub doc: i64,
    /// The relevance score (BM25).
    pub score: f32,
    /// The input's own id.
    pub ext_id: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publisher.
    pub source: Option<String>,
    /// Date as given.
    pub date: Option<String>,
    /// Address.
    pub url: Option<String>,
    /// The best passage, with the matching words marked.
    pub snippet: Snippet,
    /// The other documents of its near-duplicate cluster (republications of the same story).
    pub duplicates: Vec<i64>,
}

/// A passage of a document with highlighted words. Offsets are code points into the document's
/// text (as everywhere in rasd's JSON), so `text[start:end]` in Python is the passage.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Snippet {
    /// The passage.
    pub text: String,
    /// Where it starts in the document text.
    pub start: usize,
    /// Where it ends in the document text.
    pub end: usize,
    /// The matched words, as `[start, end)` into the document text.
    pub highlights: Vec<[usize; 2]>,
}

/// Counts of matching documents by source, month, entity and event type.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Facets {
    /// By source, most first.
    pub source: Vec<FacetCount>,
    /// By month (`YYYY-MM`), in order.
    pub month: Vec<FacetCount>,
    /// The most frequent entities.
    pub entity: Vec<FacetCount>,
    /// Documents reporting each event type, most first.
    pub event: Vec<FacetCount>,
}

/// One facet value and its count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount {
    /// The value.
    pub value: String,
    /// Matching documents having it.
    pub count: u64,
}

impl FacetCount {
    pub(crate) fn new(value: String, count: u64) -> Self {
        Self { value, count }
    }
}
