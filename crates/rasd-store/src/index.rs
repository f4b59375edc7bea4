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
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::analyzer::{self, FOLD, STEM};
use crate::error::{Error, Result};
use crate::query;
use crate::search::{FacetCount, Facets, Hit, SearchRequest, SearchResults};
use crate::snippet;
use crate::store::{IndexRow, Store};

/// Bumped whenever the index schema or the analyzers change: an index of another version is
/// rebuilt from the store.
const INDEX_VERSION: &str = "3";

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
        d
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
                ext_id: doc.ext_id,
                title: doc.title,
                source: doc.source,
                date: doc.date,
                url: doc.url,
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

/// Terms aggregations for the facets: top sources, every month in order, top entities.
fn facet_request() -> Aggregations {
    serde_json::from_value(serde_json::json!({
        "source": { "terms": { "field": "source_facet", "size": 50 } },
        "month": { "terms": { "field": "month", "size": 240, "order": { "_key": "asc" } } },
        "entity": { "terms": { "field": "entity_facet", "size": 20 } },
    }))
    .unwrap_or_default()
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
