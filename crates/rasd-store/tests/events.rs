//! Events and quotes in the store: stored as rows, exported like an event table, searchable by
//! type and party, counted by `stats`, and filled in when a version-1 store is migrated.
#![allow(clippy::unwrap_used)] // tests may unwrap: a failure is the test failing
mod common;

use common::ids;

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use rasd_store::export::{Filter, Format, What, export, export_filtered};
use rasd_store::ingest::{self, IngestOptions};
use rasd_store::read::Inputs;
use rasd_store::{Error, SearchIndex, SearchRequest, Store};
use rasd_text::annotations::{
    Argument, CountKind, Entity, EntityType, Event, EventCount, EventMode, EventTime, EventType,
    Modality, Polarity, Quote, QuoteKind,
};
use rasd_text::normalize::Normalizer;
use rasd_text::tokenize::tokenize;
use rasd_text::{Document, Metadata, Sentence, Span};

/// Articles written for this test: an attack with counts and a quote; a protest and a meeting;
/// one with no event at all.
const ATTACK: &str = "قصفت القوات الحكومية بلدة الزاوية اليوم بعشرين قذيفة، ما أسفر عن مقتل سبعة \
                      مدنيين من دون تسجيل إصابات. وقال المتحدث باسم الجيش سامي يوسف إن العملية انتهت.";
const PROTEST: &str = "تظاهر مئات الطلاب اليوم أمام وزارة التربية للمطالبة بتحسين المنح، \
                       والتقى وزير التربية ممثلين عنهم.";
const NONE: &str = "ارتفعت أسعار الذهب في الأسواق اليوم.";

/// The span of the first `needle` in `text`.
fn at(text: &str, needle: &str) -> Span {
    let start = text.find(needle).unwrap();
    Span::new(start, start + needle.len())
}

fn arg(text: &str, words: &str, entity: Option<usize>) -> Argument {
    Argument {
        span: at(text, words),
        text: words.to_owned(),
        entity,
    }
}

fn entity(name: &str, kind: EntityType) -> Entity {
    Entity {
        name: name.to_owned(),
        kind,
        aliases: Vec::new(),
        roles: Vec::new(),
        mentions: 1,
    }
}

fn event(text: &str, kind: EventType, trigger: &str, confidence: f32) -> Event {
    Event {
        kind,
        mode: None,
        trigger: at(text, trigger),
        sentence: 0,
        actors: Vec::new(),
        targets: Vec::new(),
        attributed: false,
        unclaimed: false,
        time: None,
        places: Vec::new(),
        counts: Vec::new(),
        polarity: Polarity::Positive,
        modality: Modality::Asserted,
        confidence,
        same_as: None,
    }
}

/// The analysis for these tests: tokens, one sentence per full stop, and the events, entities
/// and quotes a reader finds in each article.
fn analyze(text: &str, meta: Metadata) -> Document {
    let mut doc = Document::new(text.to_owned(), meta);
    doc.tokens = tokenize(text, &Normalizer::standard());
    let mut start = 0;
    for (i, _) in text.match_indices('.') {
        doc.sentences.push(Sentence {
            span: Span::new(start, i + 1),
            block: 0,
            first_token: 0,
            end_token: 0,
            duplicate_of: None,
        });
        start = i + 2;
    }
    if text == ATTACK {
        doc.entities = vec![
            entity("الزاوية", EntityType::Loc),
            entity("سامي يوسف", EntityType::Per),
        ];
        let mut e = event(text, EventType::Assault, "قصفت", 0.9);
        e.mode = Some(EventMode::Rockets);
        e.actors = vec![arg(text, "القوات الحكومية", None)];
        e.targets = vec![arg(text, "بلدة الزاوية", Some(0))];
        e.places = vec![arg(text, "الزاوية", Some(0))];
        e.time = Some(EventTime {
            time: 0,
            value: Some("2022-03-06T06:00".into()),
        });
        e.counts = vec![
            EventCount {
                kind: CountKind::Killed,
                value: 7.0,
                upper: None,
                approximate: false,
                span: at(text, "سبعة"),
            },
            EventCount {
                kind: CountKind::Injured,
                value: 0.0,
                upper: None,
                approximate: false,
                span: at(text, "من دون تسجيل إصابات"),
            },
            EventCount {
                kind: CountKind::Munitions,
                value: 20.0,
                upper: None,
                approximate: false,
                span: at(text, "بعشرين"),
            },
        ];
        doc.events = vec![e];
        doc.quotes = vec![Quote {
            span: at(text, "العملية انتهت"),
            kind: QuoteKind::Reported,
            trigger: at(text, "وقال"),
            speaker: Some(arg(text, "المتحدث باسم الجيش سامي يوسف", Some(1))),
            sentence: 1,
            denial: false,
        }];
    } else if text == PROTEST {
        doc.entities = vec![entity("وزارة التربية", EntityType::Org)];
        let mut protest = event(text, EventType::Protest, "تظاهر", 0.4);
        protest.actors = vec![arg(text, "الطلاب", None)];
        protest.places = vec![arg(text, "وزارة التربية", Some(0))];
        let mut meet = event(text, EventType::Meet, "والتقى", 0.7);
        meet.actors = vec![arg(text, "وزير التربية", None)];
        meet.targets = vec![arg(text, "ممثلين عنهم", None)];
        meet.modality = Modality::Future;
        meet.polarity = Polarity::Negative;
        doc.events = vec![protest, meet];
    }
    doc
}

fn line(id: &str, text: &str, date: &str, source: &str) -> String {
    serde_json::json!({"id": id, "text": text, "date": date, "source": source}).to_string()
}

fn store_dir(dir: &Path) -> PathBuf {
    dir.join("store")
}

/// Ingests the three articles into a new store.
fn ingested(dir: &Path) -> (Store, SearchIndex) {
    let input = dir.join("in.jsonl");
    let lines = [
        line("attack", ATTACK, "2022-03-07", "alpha"),
        line("protest", PROTEST, "2022-03-08", "beta"),
        line("none", NONE, "2022-03-09", "alpha"),
    ];
    std::fs::write(&input, lines.join("\n")).unwrap();
    let mut store = Store::open(&store_dir(dir)).unwrap();
    let index = SearchIndex::open(store.dir()).unwrap();
    let summary = ingest::ingest(
        &mut store,
        &index,
        Inputs::find(&[input]).unwrap(),
        &analyze,
        &IngestOptions {
            threads: 2,
            batch_size: 2,
            ..IngestOptions::default()
        },
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    assert_eq!(summary.added, 3);
    (store, index)
}

/// One event row as (type, actors, targets, places, killed, injured, munitions, time,
/// modality, polarity, confidence, sentence).
type EventSummary = (
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<String>,
    String,
    String,
    f64,
    Option<String>,
);

fn event_rows(store: &Store) -> Vec<EventSummary> {
    let mut stmt = store
        .connection()
        .prepare(
            "SELECT type, actors, targets, places, killed, injured, munitions, time, modality, \
             polarity, confidence, sentence FROM events ORDER BY doc_id, idx",
        )
        .unwrap();
    stmt.query_map([], |r| {
        Ok((
            r.get(0)?,
            r.get(1)?,
            r.get(2)?,
            r.get(3)?,
            r.get(4)?,
            r.get(5)?,
            r.get(6)?,
            r.get(7)?,
            r.get(8)?,
            r.get(9)?,
            r.get(10)?,
            r.get(11)?,
        ))
    })
    .unwrap()
    .collect::<rusqlite::Result<_>>()
    .unwrap()
}

#[test]
fn events_and_quotes_are_stored_as_rows() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = ingested(dir.path());
    let rows = event_rows(&store);
    assert_eq!(rows.len(), 3);
    let (kind, actors, targets, places, killed, injured, munitions, time, _, _, conf, sentence) =
        rows[0].clone();
    assert_eq!(kind, "ASSAULT");
    // Parties: the text when not linked, the entity's canonical name when linked.
    assert_eq!(actors.as_deref(), Some("القوات الحكومية"));
    assert_eq!(targets.as_deref(), Some("الزاوية"));
    assert_eq!(places.as_deref(), Some("الزاوية"));
    // 0 injured is a count, not a missing value.
    assert_eq!((killed, injured, munitions), (Some(7), Some(0), Some(20)));
    assert_eq!(time.as_deref(), Some("2022-03-06T06:00"));
    assert!((conf - 0.9).abs() < 1e-9, "{conf}");
    assert!(sentence.unwrap().starts_with("قصفت القوات"));
    let meet = &rows[2];
    assert_eq!(meet.0, "MEET");
    assert_eq!((meet.4, meet.5, meet.6), (None, None, None));
    assert_eq!((meet.8.as_str(), meet.9.as_str()), ("future", "negative"));

    let (trigger, start, end, mode): (String, i64, i64, String) = store
        .connection()
        .query_row(
            "SELECT trigger, start, \"end\", mode FROM events WHERE type = 'ASSAULT'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!((trigger.as_str(), mode.as_str()), ("قصفت", "rockets"));
    // Offsets are code points, as in rasd's JSON.
    assert_eq!((start, end), (0, 4));

    let quote: (String, String, String, Option<String>, i64, i64) = store
        .connection()
        .query_row(
            "SELECT kind, text, speaker, speaker_entity, start, \"end\" FROM quotes",
            [],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            },
        )
        .unwrap();
    assert_eq!(quote.0, "reported");
    assert_eq!(quote.1, "العملية انتهت");
    assert_eq!(quote.2, "المتحدث باسم الجيش سامي يوسف");
    assert_eq!(quote.3.as_deref(), Some("سامي يوسف"));
    let chars: Vec<char> = ATTACK.chars().collect();
    let said: String = chars[quote.4 as usize..quote.5 as usize].iter().collect();
    assert_eq!(said, "العملية انتهت");

    let stats = store.stats().unwrap();
    assert_eq!((stats.events, stats.quotes), (3, 1));
    assert_eq!(stats.events_by_type.len(), 3);
    assert!(stats.events_by_type.contains(&("ASSAULT".to_owned(), 1)));
    assert_eq!(stats.documents_without_events, 0);
}

/// Rows of a JSONL export.
fn jsonl(store: &Store, what: What, filter: &Filter) -> Vec<serde_json::Value> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.jsonl");
    let n = export_filtered(
        store,
        what,
        Format::Jsonl,
        Box::new(std::fs::File::create(&path).unwrap()),
        filter,
    )
    .unwrap();
    let rows: Vec<serde_json::Value> = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), n);
    rows
}

#[test]
fn events_and_quotes_export_like_an_event_table() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = ingested(dir.path());
    let events = jsonl(&store, What::Events, &Filter::default());
    assert_eq!(events.len(), 3);
    let attack = &events[0];
    assert_eq!(attack["type"], "ASSAULT");
    assert_eq!(attack["actor1"], "القوات الحكومية");
    assert_eq!(attack["actor2"], "الزاوية");
    assert_eq!(attack["killed"], 7);
    assert_eq!(attack["injured"], 0);
    assert!(attack["arrested"].is_null());
    // The event's own date, and the article's beside it.
    assert_eq!(attack["date"], "2022-03-06");
    assert_eq!(attack["event_time"], "2022-03-06T06:00");
    assert_eq!(attack["article_date"], "2022-03-07");
    assert_eq!(attack["source"], "alpha");
    assert_eq!(attack["ext_id"], "attack");
    assert_eq!(attack["data"]["type"], "ASSAULT");
    // No time of its own: the article's date.
    assert_eq!(events[1]["date"], "2022-03-08");
    assert!(events[1]["event_time"].is_null());
    let ids: std::collections::HashSet<i64> = events
        .iter()
        .map(|e| e["event_id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids.len(), 3, "event ids are unique");

    let sure = jsonl(
        &store,
        What::Events,
        &Filter {
            min_confidence: Some(0.6),
        },
    );
    let types: Vec<&str> = sure.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["ASSAULT", "MEET"]);
    for bad in [
        (What::Events, 1.5),
        (What::Quotes, 0.5),
        (What::Documents, 0.5),
    ] {
        let r = export_filtered(
            &store,
            bad.0,
            Format::Jsonl,
            Box::new(std::io::sink()),
            &Filter {
                min_confidence: Some(bad.1),
            },
        );
        assert!(matches!(r, Err(Error::InvalidArgument { .. })), "{bad:?}");
    }

    let quotes = jsonl(&store, What::Quotes, &Filter::default());
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0]["speaker_entity"], "سامي يوسف");
    assert_eq!(quotes[0]["speaker_type"], "PER");
    assert_eq!(quotes[0]["text"], "العملية انتهت");
    assert_eq!(quotes[0]["date"], "2022-03-07");

    let csv = dir.path().join("events.csv");
    assert_eq!(
        export(
            &store,
            What::Events,
            Format::Csv,
            Box::new(std::fs::File::create(&csv).unwrap())
        )
        .unwrap(),
        3
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(
        text.starts_with("event_id,doc_id,date,event_time,article_date,source,type,mode,actor1,"),
        "{text}"
    );
    // An unknown count is an empty cell; 0 is written.
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let first = reader.records().next().unwrap().unwrap();
    assert_eq!(&first[col("injured")], "0");
    assert_eq!(&first[col("arrested")], "");
    #[cfg(feature = "parquet")]
    for what in [What::Events, What::Quotes] {
        let pq = dir.path().join("out.parquet");
        let n = export(
            &store,
            what,
            Format::Parquet,
            Box::new(std::fs::File::create(&pq).unwrap()),
        )
        .unwrap();
        let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(
            std::fs::File::open(&pq).unwrap(),
        )
        .unwrap()
        .build()
        .unwrap();
        let rows: usize = reader.map(|b| b.unwrap().num_rows()).sum();
        assert_eq!(rows, n);
        assert!(n > 0);
    }
}

#[test]
fn search_filters_and_facets_by_event() {
    let dir = tempfile::tempdir().unwrap();
    let (store, index) = ingested(dir.path());
    let q = |types: &[&str], actors: &[&str], targets: &[&str], places: &[&str]| {
        let req = SearchRequest {
            event_types: types.iter().map(|s| (*s).to_owned()).collect(),
            actors: actors.iter().map(|s| (*s).to_owned()).collect(),
            targets: targets.iter().map(|s| (*s).to_owned()).collect(),
            places: places.iter().map(|s| (*s).to_owned()).collect(),
            ..SearchRequest::new("اليوم")
        };
        ids(&store, &index, &req)
    };
    assert_eq!(q(&[], &[], &[], &[]), ["attack", "none", "protest"]);
    assert_eq!(q(&["ASSAULT"], &[], &[], &[]), ["attack"]);
    assert_eq!(
        q(&["assault", "Protest"], &[], &[], &[]),
        ["attack", "protest"]
    );
    assert_eq!(q(&["ARREST"], &[], &[], &[]), Vec::<String>::new());
    // Parties match by stem, across clitics, like the entity filter.
    assert_eq!(q(&[], &["القوات"], &[], &[]), ["attack"]);
    assert_eq!(q(&[], &["طلاب"], &[], &[]), ["protest"]);
    assert_eq!(q(&[], &[], &["الزاوية"], &[]), ["attack"]);
    assert_eq!(q(&[], &[], &[], &["وزارة التربية"]), ["protest"]);
    // A type and a party must belong to the same event: the students protested, they did not
    // meet, though the same article reports a meeting.
    assert_eq!(q(&["PROTEST"], &["الطلاب"], &[], &[]), ["protest"]);
    assert_eq!(q(&["MEET"], &["الطلاب"], &[], &[]), Vec::<String>::new());
    assert_eq!(q(&["MEET"], &["وزير التربية"], &[], &[]), ["protest"]);
    // Words of a name keep their order.
    assert_eq!(q(&[], &["التربية وزير"], &[], &[]), Vec::<String>::new());

    // The event's own time, not the article's date (the attack was reported on 2022-03-07).
    let dated = |types: &[&str], from: Option<&str>, to: Option<&str>| {
        let req = SearchRequest {
            event_types: types.iter().map(|s| (*s).to_owned()).collect(),
            event_from: from.map(str::to_owned),
            event_to: to.map(str::to_owned),
            ..SearchRequest::new("اليوم")
        };
        ids(&store, &index, &req)
    };
    assert_eq!(
        dated(&[], Some("2022-03-06"), Some("2022-03-06")),
        ["attack"]
    );
    assert_eq!(dated(&[], Some("2022-03"), None), ["attack"]);
    assert_eq!(dated(&["ASSAULT"], None, Some("2022")), ["attack"]);
    assert_eq!(dated(&[], Some("2022-03-07"), None), Vec::<String>::new());
    assert_eq!(dated(&["MEET"], Some("2022"), None), Vec::<String>::new());
    let bad = SearchRequest {
        event_from: Some("March".into()),
        ..SearchRequest::new("اليوم")
    };
    assert!(matches!(
        index.search(&store, &bad),
        Err(Error::InvalidArgument { .. })
    ));

    let results = index.search(&store, &SearchRequest::new("اليوم")).unwrap();
    let facet: Vec<(String, u64)> = results
        .facets
        .event
        .iter()
        .map(|f| (f.value.clone(), f.count))
        .collect();
    assert_eq!(facet.len(), 3);
    assert!(facet.contains(&("ASSAULT".to_owned(), 1)));
    assert!(facet.contains(&("MEET".to_owned(), 1)));

    let bad = SearchRequest {
        event_types: vec!["RIOT".into()],
        ..SearchRequest::new("اليوم")
    };
    assert!(matches!(
        index.search(&store, &bad),
        Err(Error::InvalidArgument { .. })
    ));
}

#[test]
fn a_version_1_store_is_migrated_from_the_stored_analysis() {
    let dir = tempfile::tempdir().unwrap();
    let before = {
        let (store, _) = ingested(dir.path());
        let rows = event_rows(&store);
        // Back to version 1: no events or quotes tables; one document analysed before events
        // were extracted (its analysis has no `events`).
        store
            .connection()
            .execute_batch(
                "DROP TABLE events; DROP TABLE quotes; \
                 UPDATE store_meta SET value = '1' WHERE key = 'schema_version'; \
                 UPDATE documents SET analysis = json_remove(analysis, '$.events') \
                 WHERE ext_id = 'none';",
            )
            .unwrap();
        rows
    };
    let store = Store::open(&store_dir(dir.path())).unwrap();
    let m = store.migration().unwrap();
    assert_eq!((m.from.as_str(), m.to), ("1", "2"));
    assert_eq!((m.filled, m.without_events), (2, 1));
    assert_eq!(event_rows(&store), before);
    let stats = store.stats().unwrap();
    assert_eq!((stats.events, stats.quotes), (3, 1));
    assert_eq!(stats.documents_without_events, 1);
    drop(store);
    // Opened again, there is nothing left to do.
    let store = Store::open(&store_dir(dir.path())).unwrap();
    assert!(store.migration().is_none());
    assert_eq!(store.stats().unwrap().events, 3);
    // Search filters by event type over the migrated store.
    let index = SearchIndex::open(store.dir()).unwrap();
    index.sync(&store, 1, &mut |_| {}).unwrap();
    let req = SearchRequest {
        event_types: vec!["ASSAULT".into()],
        ..SearchRequest::new("اليوم")
    };
    assert_eq!(ids(&store, &index, &req), ["attack"]);
}

#[test]
fn a_store_of_an_unknown_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open(&store_dir(dir.path())).unwrap();
        store
            .connection()
            .execute(
                "UPDATE store_meta SET value = '99' WHERE key = 'schema_version'",
                [],
            )
            .unwrap();
    }
    let err = Store::open(&store_dir(dir.path())).unwrap_err();
    assert!(matches!(err, Error::SchemaVersion { .. }), "{err}");
    assert!(err.to_string().contains("re-ingest"), "{err}");
}
