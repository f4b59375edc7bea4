//! The tantivy full-text index, derived from the SQLite store.
//!
//! The store is the source of truth; the index is a cache of it. Documents get increasing ids in
//! the store, and every index commit records, in tantivy's commit payload, the highest id it
//! holds. Both commits are atomic, so after any interruption the index holds exactly the
//! documents up to its recorded id, and [`SearchIndex::sync`] adds the rest from the store. An
//! index written by another schema version, or lost, is rebuilt the same way.

use std::ops::Bound;
use std::path::{Path, PathBuf};

use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::{AggContextParams, AggregationCollector, AggregationLimitsGuard};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, PhraseQuery, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
    TextOptions, Value,
};
use tantivy::tokenizer::{PreTokenizedString, Token};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::analyzer::{self, FOLD, STEM};
use crate::error::{Error, Result};
use crate::query;
use crate::search::{FacetCount, Facets, Hit, SearchRequest, SearchResults};
use crate::snippet;
use crate::store::{IndexEvent, IndexRow, Store};

/// Bumped whenever the index schema or the analyzers change: an index of another version is
/// rebuilt from the store.
const INDEX_VERSION: &str = "4";

/// Documents read from the store per step of [`SearchIndex::sync`]; also the commit interval.
const SYNC_BATCH: usize = 2000;

#[derive(Debug, Clone, Copy)]
struct Fields {
    doc_id: Field,
    title: Field,
    body: Field,
    title_fold: Field,
    body_fold: Field,
    source: Field,
    day: Field,
    entity: Field,
    source_facet: Field,
    month: Field,
    entity_facet: Field,
    event_type: Field,
    actor: Field,
    target: Field,
    place: Field,
    event_day: Field,
}

/// The party fields of an event, by role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Role {
    Actor,
    Target,
    Place,
}

impl Role {
    fn of(self, e: &IndexEvent) -> &[String] {
        match self {
            Self::Actor => &e.actors,
            Self::Target => &e.targets,
            Self::Place => &e.places,
        }
    }
}

/// The tag of party terms that stand for an event of any type.
const ANY_TYPE: &str = "*";

/// A party term: the event's type (or [`ANY_TYPE`]) and a stem of the party's name. Tagging
/// terms with the type makes `--event ASSAULT --actor X` mean one ASSAULT event whose actor is
/// X, not an ASSAULT event somewhere and X acting in another.
fn party_term(tag: &str, stem: &str) -> String {
    format!("{tag}:{stem}")
}

/// The lower-case tag of an event type.
fn type_tag(kind: &str) -> String {
    kind.trim().to_ascii_lowercase()
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |name: &str, positions: bool| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(name)
                .set_index_option(if positions {
                    IndexRecordOption::WithFreqsAndPositions
                } else {
                    IndexRecordOption::WithFreqs
                }),
        )
    };
    let fields = Fields {
        doc_id: b.add_i64_field("doc_id", INDEXED | STORED | FAST),
        title: b.add_text_field("title", text(STEM, true)),
        body: b.add_text_field("body", text(STEM, true)),
        title_fold: b.add_text_field("title_fold", text(FOLD, true)),
        body_fold: b.add_text_field("body_fold", text(FOLD, true)),
        source: b.add_text_field("source", STRING),
        day: b.add_u64_field("day", INDEXED | FAST),
        entity: b.add_text_field("entity", text(STEM, true)),
        // Facets are terms aggregations over these fast fields: only the top values are ever
        // turned back into strings, which keeps broad queries fast.
        source_facet: b.add_text_field("source_facet", STRING | FAST),
        month: b.add_text_field("month", STRING | FAST),
        entity_facet: b.add_text_field("entity_facet", STRING | FAST),
        // The type of each event (filter and facet), and the parties' names as pre-analysed,
        // type-tagged stems (see `party_term`), with positions for names of several words.
        event_type: b.add_text_field("event_type", STRING | FAST),
        actor: b.add_text_field("actor", text("raw", true)),
        target: b.add_text_field("target", text("raw", true)),
        place: b.add_text_field("place", text("raw", true)),
        // The first and last day of each event's time, as type-tagged `YYYYMMDD` terms: a range
        // of terms is a range of days.
        event_day: b.add_text_field("event_day", STRING),
    };
    (b.build(), fields)
}

/// The search index of a store.
pub struct SearchIndex {
    path: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// The payload recorded with each commit.
#[derive(serde::Serialize, serde::Deserialize)]
struct Payload {
    version: String,
    upto: i64,
}

impl SearchIndex {
    /// Opens the index of the store in `store_dir` (in its `index/` folder), creating it, or
    /// re-creating it when it was written by another version.
    ///
    /// # Errors
    /// When the folder or the index cannot be opened.
    pub fn open(store_dir: &Path) -> Result<Self> {
        let path = store_dir.join("index");
        let (schema, fields) = schema();
        let index = match Self::open_at(&path, &schema) {
            Ok(index) if payload(&index).is_some_and(|p| p.version == INDEX_VERSION) => index,
            Ok(index)
                if payload(&index).is_none() && index.searchable_segment_ids()?.is_empty() =>
            {
                index
            }
            _ => {
                // Another version, or unreadable: the store can rebuild it.
                std::fs::remove_dir_all(&path).map_err(|e| Error::io(&path, e))?;
                Self::open_at(&path, &schema)?
            }
        };
        index.tokenizers().register(STEM, analyzer::stem_analyzer());
        index.tokenizers().register(FOLD, analyzer::fold_analyzer());
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Self {
            path,
            index,
            reader,
            fields,
        })
    }

    fn open_at(path: &Path, schema: &Schema) -> Result<Index> {
        std::fs::create_dir_all(path).map_err(|e| Error::io(path, e))?;
        let dir = tantivy::directory::MmapDirectory::open(path)
            .map_err(|e| Error::Index(tantivy::TantivyError::from(e)))?;
        Ok(Index::open_or_create(dir, schema.clone())?)
    }

    /// The highest store id the index holds (0 when empty).
    #[must_use]
    pub fn indexed_upto(&self) -> i64 {
        payload(&self.index).map_or(0, |p| p.upto)
    }

    /// The number of documents in the index.
    #[must_use]
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Adds every store document the index does not hold yet. `progress` is told how many
    /// documents were added so far. Returns the number added.
    ///
    /// # Errors
    /// When the store or the index fails; what was committed before stays.
    pub fn sync(
        &self,
        store: &Store,
        threads: usize,
        progress: &mut dyn FnMut(usize),
    ) -> Result<usize> {
        let mut upto = self.indexed_upto();
        let max_id = store.max_id()?;
        if upto == max_id {
            return Ok(0);
        }
        let threads = threads.clamp(1, 8);
        let mut writer: IndexWriter = self
            .index
            .writer_with_num_threads(threads, 60_000_000 * threads)?;
        if upto > max_id {
            // The index holds documents the store does not (the store was replaced or restored
            // from an older copy): it cannot be trusted, so it is rebuilt from the store.
            writer.delete_all_documents()?;
            upto = 0;
        }
        let mut added = 0;
        loop {
            let rows = store.index_rows(upto, SYNC_BATCH)?;
            let Some(last) = rows.last() else { break };
            let last_id = last.id;
            for row in &rows {
                writer.add_document(self.to_document(row))?;
            }
            added += rows.len();
            upto = last_id;
            let mut commit = writer.prepare_commit()?;
            let payload = serde_json::to_string(&Payload {
                version: INDEX_VERSION.to_owned(),
                upto,
            })
            .unwrap_or_default();
            commit.set_payload(&payload);
            commit.commit()?;
            progress(added);
        }
        writer.wait_merging_threads()?;
        self.reader.reload()?;
        Ok(added)
    }

    fn to_document(&self, row: &IndexRow) -> TantivyDocument {
        let f = &self.fields;
        let mut d = TantivyDocument::default();
        d.add_i64(f.doc_id, row.id);
        d.add_text(f.title, &row.title);
        d.add_text(f.title_fold, &row.title);
        d.add_text(f.body, &row.text);
        d.add_text(f.body_fold, &row.text);
        if let Some(source) = &row.source {
            d.add_text(f.source, source.to_lowercase());
            d.add_text(f.source_facet, source);
        }
        if let Some(day) = row.day.as_deref().and_then(query::day_number) {
            d.add_u64(f.day, day);
        }
        if let Some(month) = row.day.as_deref().and_then(|d| d.get(..7)) {
            d.add_text(f.month, month);
        }
        let mut seen = std::collections::HashSet::new();
        for name in &row.entities {
            d.add_text(f.entity, name);
            if seen.insert(name.as_str()) {
                d.add_text(f.entity_facet, name);
            }
        }
        self.add_events(&mut d, &row.events);
        d
    }

    /// Adds the event types and the type-tagged party names of a document's events.
    fn add_events(&self, d: &mut TantivyDocument, events: &[IndexEvent]) {
        let f = &self.fields;
        let mut types = std::collections::HashSet::new();
        let mut parties = std::collections::HashSet::new();
        let mut days = std::collections::HashSet::new();
        let mut analyzer = analyzer::stem_analyzer();
        for e in events {
            if types.insert(e.kind.as_str()) {
                d.add_text(f.event_type, &e.kind);
            }
            let tag = type_tag(&e.kind);
            if let Some((first, last)) = e.time.as_deref().and_then(query::day_range) {
                for day in [first, last] {
                    for t in [tag.as_str(), ANY_TYPE] {
                        let term = party_term(t, &format!("{day:08}"));
                        if days.insert(term.clone()) {
                            d.add_text(f.event_day, term);
                        }
                    }
                }
            }
            for (role, field) in [
                (Role::Actor, f.actor),
                (Role::Target, f.target),
                (Role::Place, f.place),
            ] {
                for name in role.of(e) {
                    let mut stems: Option<Vec<String>> = None;
                    // The name under its event's type, and again under "any type"; each once
                    // per document.
                    for tag in [tag.as_str(), ANY_TYPE] {
                        if !parties.insert((role, tag.to_owned(), name.as_str())) {
                            continue;
                        }
                        let stems = stems.get_or_insert_with(|| stems_of(&mut analyzer, name));
                        if stems.is_empty() {
                            break;
                        }
                        let tokens = stems
                            .iter()
                            .enumerate()
                            .map(|(i, stem)| Token {
                                offset_from: 0,
                                offset_to: 0,
                                position: i,
                                text: party_term(tag, stem),
                                position_length: 1,
                            })
                            .collect();
                        d.add_pre_tokenized_text(
                            field,
                            PreTokenizedString {
                                text: String::new(),
                                tokens,
                            },
                        );
                    }
                }
            }
        }
    }

    /// Sees what other processes committed to the index since it was opened (an ingest run
    /// while a server searches).
    ///
    /// # Errors
    /// When the index cannot be read.
    pub fn refresh(&self) -> Result<()> {
        Ok(self.reader.reload()?)
    }

    /// Runs a search: the query, filters and facets, with snippets read from the store.
    ///
    /// # Errors
    /// [`Error::Query`] for a malformed query (with its position), [`Error::InvalidArgument`]
    /// for a bad date, or a failure of the index or store.
    pub fn search(&self, store: &Store, request: &SearchRequest) -> Result<SearchResults> {
        let f = &self.fields;
        let text = query::prepare(&request.query)?;
        let mut parser = QueryParser::for_index(
            &self.index,
            vec![f.title, f.body, f.title_fold, f.body_fold],
        );
        parser.set_conjunction_by_default();
        parser.set_field_boost(f.title, 2.0);
        parser.set_field_boost(f.title_fold, 0.6);
        parser.set_field_boost(f.body_fold, 0.3);
        let parsed = parser
            .parse_query(&text)
            .map_err(|e| query::explain(&request.query, &e))?;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, parsed.box_clone())];
        if request.from.is_some() || request.to.is_some() {
            let lo = match &request.from {
                Some(d) => {
                    Bound::Included(Term::from_field_u64(f.day, query::parse_day(d, false)?))
                }
                None => Bound::Unbounded,
            };
            let hi = match &request.to {
                Some(d) => Bound::Included(Term::from_field_u64(f.day, query::parse_day(d, true)?)),
                None => Bound::Unbounded,
            };
            clauses.push((Occur::Must, Box::new(RangeQuery::new(lo, hi))));
        }
        if !request.sources.is_empty() {
            let any: Vec<(Occur, Box<dyn Query>)> = request
                .sources
                .iter()
                .map(|s| {
                    let term = Term::from_field_text(f.source, &s.to_lowercase());
                    (
                        Occur::Should,
                        Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>,
                    )
                })
                .collect();
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        for name in &request.entities {
            clauses.push((Occur::Must, self.entity_query(name)?));
        }
        let mut tags = Vec::with_capacity(request.event_types.len());
        for t in &request.event_types {
            let Some(kind) = rasd_text::annotations::EventType::from_name(t) else {
                return Err(Error::InvalidArgument {
                    what: "event type",
                    value: t.clone(),
                    reason: EVENT_TYPES,
                });
            };
            tags.push(kind.name());
        }
        if !tags.is_empty() {
            let any: Vec<(Occur, Box<dyn Query>)> = tags
                .iter()
                .map(|t| {
                    let term = Term::from_field_text(f.event_type, t);
                    (
                        Occur::Should,
                        Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>,
                    )
                })
                .collect();
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        for (field, names) in [
            (f.actor, &request.actors),
            (f.target, &request.targets),
            (f.place, &request.places),
        ] {
            for name in names {
                clauses.push((Occur::Must, party_query(field, name, &tags)?));
            }
        }
        if request.event_from.is_some() || request.event_to.is_some() {
            let from = match &request.event_from {
                Some(d) => query::parse_day(d, false)?,
                None => 0,
            };
            let to = match &request.event_to {
                Some(d) => query::parse_day(d, true)?,
                None => 99_999_999,
            };
            clauses.push((Occur::Must, event_day_query(f.event_day, from, to, &tags)));
        }
        let full = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let limit = request.limit.max(1);
        let top_docs = TopDocs::with_limit(limit)
            .and_offset(request.offset)
            .order_by_score();
        let (top, total, facet_counts) = if request.facets {
            let facets = AggregationCollector::from_aggs(
                facet_request(),
                AggContextParams::new(
                    AggregationLimitsGuard::default(),
                    self.index.tokenizers().clone(),
                ),
            );
            let (top, total, counts) = searcher.search(&full, &(top_docs, Count, facets))?;
            (top, total, Some(counts))
        } else {
            let (top, total) = searcher.search(&full, &(top_docs, Count))?;
            (top, total, None)
        };
        let terms =
            query::highlight_terms(parsed.as_ref(), f.body, f.title, f.body_fold, f.title_fold);
        let mut hits = Vec::with_capacity(top.len());
        for (score, addr) in top {
            let stored: TantivyDocument = searcher.doc(addr)?;
            let Some(id) = stored.get_first(f.doc_id).and_then(|v| v.as_i64()) else {
                continue;
            };
            let Some(doc) = store.document(id)? else {
                continue;
            };
            let snippet = snippet::make(&doc.text, &terms, request.snippet_chars);
            let duplicates = store
                .cluster_of(id)?
                .map(|(_, members)| members.into_iter().filter(|&m| m != id).collect())
                .unwrap_or_default();
            hits.push(Hit {
                doc: id,
                score,
                ext_id: doc.info.ext_id,
                title: doc.info.title,
                source: doc.info.source,
                date: doc.info.date,
                url: doc.info.url,
                snippet,
                duplicates,
            });
        }
        let mut out = Facets::default();
        let Some(facet_counts) = facet_counts else {
            return Ok(SearchResults {
                query: request.query.clone(),
                total,
                hits,
                facets: out,
            });
        };
        let counts = serde_json::to_value(&facet_counts).unwrap_or_default();
        out.source = buckets(&counts, "source");
        out.month = buckets(&counts, "month");
        out.entity = buckets(&counts, "entity");
        out.event = buckets(&counts, "event");
        Ok(SearchResults {
            query: request.query.clone(),
            total,
            hits,
            facets: out,
        })
    }

    /// Documents having an entity whose name contains `name` (as words, in order).
    fn entity_query(&self, name: &str) -> Result<Box<dyn Query>> {
        let mut analyzer = analyzer::stem_analyzer();
        let mut stream = analyzer.token_stream(name);
        let mut terms = Vec::new();
        while let Some(t) = stream.next() {
            terms.push((
                t.position,
                Term::from_field_text(self.fields.entity, &t.text),
            ));
        }
        Ok(match terms.len() {
            0 => {
                return Err(Error::InvalidArgument {
                    what: "entity",
                    value: name.to_owned(),
                    reason: "no words in the name",
                });
            }
            1 => Box::new(TermQuery::new(terms.remove(0).1, IndexRecordOption::Basic)),
            _ => Box::new(PhraseQuery::new_with_offset(
                terms
                    .into_iter()
                    .enumerate()
                    .map(|(i, (_, t))| (i, t))
                    .collect(),
            )),
        })
    }
}

/// Terms aggregations for the facets: top sources, every month in order, top entities, every
/// event type.
fn facet_request() -> Aggregations {
    serde_json::from_value(serde_json::json!({
        "source": { "terms": { "field": "source_facet", "size": 50 } },
        "month": { "terms": { "field": "month", "size": 240, "order": { "_key": "asc" } } },
        "entity": { "terms": { "field": "entity_facet", "size": 20 } },
        "event": { "terms": { "field": "event_type", "size": 20 } },
    }))
    .unwrap_or_default()
}

/// The search keys of the words of `name`, in order.
fn stems_of(analyzer: &mut tantivy::tokenizer::TextAnalyzer, name: &str) -> Vec<String> {
    let mut stems = Vec::new();
    let mut stream = analyzer.token_stream(name);
    while let Some(t) = stream.next() {
        stems.push(t.text.clone());
    }
    stems
}

/// Why an event type was refused; lists every type (a test keeps it complete).
const EVENT_TYPES: &str = "expected one of MEET, AGREE, WITHDRAW, ASSAULT, PROTEST, ARREST, \
                           ELECT, AID, PRAISE, ACCUSE, THREATEN, DEMAND, STATEMENT";

/// The tags a party or a day is indexed under for `types` (upper-case names), or the tag of
/// any type when `types` is empty.
fn tags_for(types: &[&str]) -> Vec<String> {
    if types.is_empty() {
        vec![ANY_TYPE.to_owned()]
    } else {
        types.iter().map(|t| type_tag(t)).collect()
    }
}

/// Documents with an event (of one of `types`, or of any type) whose time has a first or last
/// day between `from` and `to` (day numbers, inclusive).
fn event_day_query(field: Field, from: u64, to: u64, types: &[&str]) -> Box<dyn Query> {
    let tags = tags_for(types);
    // Day numbers have eight digits from year 1000 on; terms then sort as the days do.
    let any: Vec<(Occur, Box<dyn Query>)> = tags
        .iter()
        .map(|tag| {
            let bound = |day: u64| {
                Bound::Included(Term::from_field_text(
                    field,
                    &party_term(tag, &format!("{day:08}")),
                ))
            };
            (
                Occur::Should,
                Box::new(RangeQuery::new(bound(from), bound(to))) as Box<dyn Query>,
            )
        })
        .collect();
    Box::new(BooleanQuery::new(any))
}

/// Documents with an event party (in `field`) whose name contains `name` as words in order,
/// in an event of one of `types` (upper-case names), or of any type when `types` is empty.
fn party_query(field: Field, name: &str, types: &[&str]) -> Result<Box<dyn Query>> {
    let stems = stems_of(&mut analyzer::stem_analyzer(), name);
    if stems.is_empty() {
        return Err(Error::InvalidArgument {
            what: "event party",
            value: name.to_owned(),
            reason: "no words in the name",
        });
    }
    let tags = tags_for(types);
    let any: Vec<(Occur, Box<dyn Query>)> = tags
        .iter()
        .map(|tag| {
            let mut terms: Vec<(usize, Term)> = stems
                .iter()
                .enumerate()
                .map(|(i, s)| (i, Term::from_field_text(field, &party_term(tag, s))))
                .collect();
            let q: Box<dyn Query> = if terms.len() == 1 {
                Box::new(TermQuery::new(terms.remove(0).1, IndexRecordOption::Basic))
            } else {
                Box::new(PhraseQuery::new_with_offset(terms))
            };
            (Occur::Should, q)
        })
        .collect();
    Ok(Box::new(BooleanQuery::new(any)))
}

/// The buckets of one terms aggregation in the JSON form of the results.
fn buckets(results: &serde_json::Value, name: &str) -> Vec<FacetCount> {
    results
        .get(name)
        .and_then(|a| a.get("buckets"))
        .and_then(serde_json::Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(|b| {
                    let key = match b.get("key")? {
                        serde_json::Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    Some(FacetCount::new(key, b.get("doc_count")?.as_u64()?))
                })
                .collect()
        })
        .unwrap_or_default()
}

fn payload(index: &Index) -> Option<Payload> {
    let metas = index.load_metas().ok()?;
    serde_json::from_str(metas.payload.as_deref()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_refusal_lists_every_event_type() {
        for t in rasd_text::annotations::EventType::ALL {
            assert!(EVENT_TYPES.contains(t.name()), "{}", t.name());
        }
    }
}
