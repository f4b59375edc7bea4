//! The store end to end: ingest, resume, bad records, idempotency, Arabic search, malformed
//! queries, near-duplicates, HTML and legacy encodings.
#![allow(clippy::unwrap_used)] // tests may unwrap: a failure is the test failing
mod common;

use common::ids;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use rasd_store::ingest::{self, Event, IngestOptions, IngestSummary};
use rasd_store::minhash::{Signature, jaccard};
use rasd_store::read::{Inputs, Record};
use rasd_store::{Error, SearchIndex, SearchRequest, Store, dedup};
use rasd_text::normalize::Normalizer;
use rasd_text::tokenize::tokenize;
use rasd_text::{Document, Metadata};

/// A light analysis for tests: tokens only (the store does not depend on the engine).
fn analyze(text: &str, meta: Metadata) -> Document {
    let mut doc = Document::new(text.to_owned(), meta);
    doc.tokens = tokenize(text, &Normalizer::standard());
    doc
}

fn options(batch: usize) -> IngestOptions {
    IngestOptions {
        threads: 2,
        batch_size: batch,
        ..IngestOptions::default()
    }
}

fn run(store: &mut Store, index: &SearchIndex, paths: &[PathBuf], batch: usize) -> IngestSummary {
    let cancel = AtomicBool::new(false);
    ingest::ingest(
        store,
        index,
        Inputs::find(paths).unwrap(),
        &analyze,
        &options(batch),
        &mut |_| {},
        &cancel,
    )
    .unwrap()
}

fn jsonl_line(id: &str, title: &str, text: &str, date: &str, source: &str) -> String {
    serde_json::json!({"id": id, "title": title, "text": text, "date": date, "source": source})
        .to_string()
}

/// Real articles from SaudiNewsNet written to a JSONL file.
fn real_jsonl(dir: &Path, n: usize) -> PathBuf {
    let path = dir.join("real.jsonl");
    let lines: Vec<String> = rasd_testdata::saudinewsnet(n * 2)
        .into_iter()
        .filter(|a| !a.text.trim().is_empty())
        .take(n)
        .map(|a| jsonl_line(&a.id, &a.title, &a.text, &a.date, &a.source))
        .collect();
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

fn open(dir: &Path) -> (Store, SearchIndex) {
    let store = Store::open(&dir.join("store")).unwrap();
    let index = SearchIndex::open(store.dir()).unwrap();
    (store, index)
}

#[test]
fn ingest_twice_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = real_jsonl(dir.path(), 60);
    let (mut store, index) = open(dir.path());
    let first = run(&mut store, &index, std::slice::from_ref(&input), 16);
    assert_eq!(first.added, 60);
    assert_eq!(first.indexed, 60);
    let second = run(&mut store, &index, &[input], 16);
    assert_eq!(second.added, 0);
    assert_eq!(second.already_present, 60);
    assert_eq!(store.count().unwrap(), 60);
    assert_eq!(index.num_docs(), 60);
}

#[test]
fn interrupted_ingest_resumes_without_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let input = real_jsonl(dir.path(), 50);
    {
        let (mut store, index) = open(dir.path());
        // Stop after the first committed batch, as Ctrl-C would.
        let cancel = AtomicBool::new(false);
        let summary = ingest::ingest(
            &mut store,
            &index,
            Inputs::find(std::slice::from_ref(&input)).unwrap(),
            &analyze,
            &options(10),
            &mut |e| {
                if matches!(e, Event::Committed { .. }) {
                    cancel.store(true, Ordering::SeqCst);
                }
            },
            &cancel,
        )
        .unwrap();
        assert!(summary.interrupted);
        let kept = store.count().unwrap();
        assert!((10..50).contains(&kept), "kept {kept}");
        // Interrupted before indexing: the index is behind the store.
        assert!(index.indexed_upto() < store.max_id().unwrap());
        // Dropped here without finishing, like a killed process.
    }
    {
        // A crash between the store commit and the index commit: a batch in the store only.
        let (mut store, _) = open(dir.path());
        let extra = ingest::prepare(
            "not-in-the-input".into(),
            Record {
                text: "خبر أضيف إلى المخزن قبل الانقطاع مباشرة ولم يفهرس بعد".into(),
                meta: Metadata::default(),
                origin: rasd_store::read::Origin {
                    file: "crash".into(),
                    line: None,
                },
            },
            &analyze,
        );
        assert_eq!(store.insert_batch(&[extra]).unwrap(), 1);
    }
    let (mut store, index) = open(dir.path());
    let summary = run(&mut store, &index, &[input], 10);
    assert!(!summary.interrupted);
    assert_eq!(store.count().unwrap(), 51);
    assert_eq!(summary.added + summary.already_present, 50);
    assert_eq!(index.num_docs(), 51, "the index caught up with the store");
    assert_eq!(index.indexed_upto(), store.max_id().unwrap());
    let hits = index
        .search(&store, &SearchRequest::new("الانقطاع"))
        .unwrap();
    assert_eq!(hits.total, 1);
}

#[test]
fn bad_records_are_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("in");
    std::fs::create_dir_all(&folder).unwrap();
    let good = jsonl_line("a", "عنوان", "نص الخبر الأول عن الاقتصاد", "2021-07-27", "x");
    let good2 = jsonl_line(
        "b",
        "عنوان",
        "نص الخبر الثاني عن الرياضة",
        "2021-07-27",
        "x",
    );
    let lines = [
        good.as_str(),
        "{\"id\": \"broken\", \"text\": ",
        "{\"id\": \"no-text\", \"title\": \"بلا نص\"}",
        "",
        "{\"id\": \"empty\", \"text\": \"   \"}",
        good2.as_str(),
    ];
    std::fs::write(folder.join("news.jsonl"), lines.join("\n")).unwrap();
    std::fs::write(
        folder.join("image.txt"),
        [0x89u8, b'P', b'N', b'G', 0, 0, 0, 13, 1, 2],
    )
    .unwrap();
    std::fs::write(
        folder.join("ok.txt"),
        "عنوان الخبر هنا\n\nنص خبر قصير في ملف نصي.",
    )
    .unwrap();
    let (mut store, index) = open(dir.path());
    let summary = run(&mut store, &index, std::slice::from_ref(&folder), 10);
    assert_eq!(summary.added, 3);
    let mut reported: Vec<String> = summary.skipped.iter().map(ToString::to_string).collect();
    reported.sort();
    assert_eq!(reported.len(), 4, "{reported:#?}");
    let file = folder.join("news.jsonl").display().to_string();
    assert!(
        reported
            .iter()
            .any(|r| r.starts_with(&format!("{file}:2: skipped: invalid JSON")))
    );
    assert!(
        reported
            .iter()
            .any(|r| r.starts_with(&format!("{file}:3: skipped: missing text field")))
    );
    assert!(
        reported
            .iter()
            .any(|r| r.starts_with(&format!("{file}:5: skipped: empty text")))
    );
    assert!(
        reported
            .iter()
            .any(|r| r.contains("image.txt: skipped: binary file"))
    );
    let ok = store
        .document(store.id_for_ext("a").unwrap().unwrap())
        .unwrap()
        .unwrap();
    assert!(ok.info.origin.ends_with("news.jsonl:1"));
}

/// A store of short articles written for this test.
fn arabic_store(dir: &Path) -> (Store, SearchIndex) {
    let docs = [
        (
            "1",
            "جرت الانتخابات البلدية يوم السبت وسط إقبال متوسط",
            "2021-07-10",
            "alpha",
        ),
        (
            "2",
            "وبالانتخابات المقبلة تكتمل المرحلة الانتقالية في البلاد",
            "2021-08-02",
            "beta",
        ),
        (
            "3",
            "دعت المعارضة إلى انتخابات مبكرة بعد استقالة الحكومة",
            "2021-09-15",
            "alpha",
        ),
        (
            "4",
            "قالت السفارة الاميركية إن الاتفاق التجاري سيوقع الشهر المقبل",
            "2021-07-20",
            "beta",
        ),
        (
            "5",
            "بدأ انسحاب القوات الأمريكية من القاعدة الجوية في الشمال",
            "2021-07-27",
            "alpha",
        ),
        (
            "6",
            "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار المنتجين",
            "2021-08-20",
            "gamma",
        ),
        (
            "7",
            "قال وزير النفط إن الأسعار مستقرة رغم تراجع الطلب العالمي",
            "2021-08-21",
            "gamma",
        ),
    ];
    let lines: Vec<String> = docs
        .iter()
        .map(|(id, text, date, source)| jsonl_line(id, "", text, date, source))
        .collect();
    let input = dir.join("ar.jsonl");
    std::fs::write(&input, lines.join("\n")).unwrap();
    let (mut store, index) = open(dir);
    assert_eq!(run(&mut store, &index, &[input], 3).added, docs.len());
    (store, index)
}

#[test]
fn arabic_queries_match_across_clitics_plurals_and_spellings() {
    let dir = tempfile::tempdir().unwrap();
    let (store, index) = arabic_store(dir.path());
    let q = |s: &str| ids(&store, &index, &SearchRequest::new(s));
    assert_eq!(q("انتخابات"), ["1", "2", "3"]);
    assert_eq!(q("الانتخابات"), ["1", "2", "3"]);
    assert_eq!(q("الأميركية"), ["4", "5"]);
    assert_eq!(q("الأمريكية"), ["4", "5"]);
    // A phrase keeps word order; boolean operators combine.
    assert_eq!(q("\"أسعار النفط\""), ["6"]);
    assert_eq!(q("«أسعار النفط»"), ["6"]);
    assert_eq!(q("النفط AND NOT وزير"), ["6"]);
    assert_eq!(q("النفط OR القوات"), ["5", "6", "7"]);
    assert_eq!(q("النفط -وزير"), ["6"]);
}

#[test]
fn filters_facets_and_snippets() {
    let dir = tempfile::tempdir().unwrap();
    let (store, index) = arabic_store(dir.path());
    let mut req = SearchRequest::new("انتخابات");
    req.from = Some("2021-08".into());
    assert_eq!(ids(&store, &index, &req), ["2", "3"]);
    req.to = Some("2021-08-31".into());
    assert_eq!(ids(&store, &index, &req), ["2"]);
    let mut req = SearchRequest::new("انتخابات");
    req.sources = vec!["ALPHA".into()];
    assert_eq!(ids(&store, &index, &req), ["1", "3"]);

    let results = index
        .search(&store, &SearchRequest::new("انتخابات"))
        .unwrap();
    assert_eq!(results.total, 3);
    let alpha = results
        .facets
        .source
        .iter()
        .find(|f| f.value == "alpha")
        .unwrap();
    assert_eq!(alpha.count, 2);
    assert_eq!(results.facets.month.len(), 3);
    for hit in &results.hits {
        let doc = store.document(hit.doc).unwrap().unwrap();
        let chars: Vec<char> = doc.text.chars().collect();
        assert!(!hit.snippet.highlights.is_empty());
        for [s, e] in &hit.snippet.highlights {
            let word: String = chars[*s..*e].iter().collect();
            assert!(word.contains("انتخابات"), "{word}");
        }
        let passage: String = chars[hit.snippet.start..hit.snippet.end].iter().collect();
        assert_eq!(passage, hit.snippet.text);
    }
    let mut bad = SearchRequest::new("انتخابات");
    bad.from = Some("July".into());
    assert!(matches!(
        index.search(&store, &bad),
        Err(Error::InvalidArgument { .. })
    ));
}

#[test]
fn malformed_queries_report_their_position() {
    let dir = tempfile::tempdir().unwrap();
    let (store, index) = arabic_store(dir.path());
    let position = |q: &str| match index.search(&store, &SearchRequest::new(q)) {
        Err(Error::Query(e)) => (e.position, e.to_string()),
        other => panic!("{q}: expected a query error, got {other:?}"),
    };
    assert_eq!(position("\"أسعار النفط").0, 0);
    assert_eq!(position("النفط (القوات OR").0, 6);
    assert_eq!(position("النفط AND").0, 6);
    assert_eq!(position("النفط)").0, 5);
    assert_eq!(position("-النفط").0, 0);
    let (pos, msg) = position("النفط AND");
    assert_eq!(pos, 6);
    assert!(msg.contains("character 6"), "{msg}");
}

/// Drops every `k`-th word: a light edit such as a republication makes.
fn edit(words: &[String], k: usize) -> Vec<String> {
    words
        .iter()
        .enumerate()
        .filter(|(i, _)| i % k != k / 2)
        .map(|(_, w)| w.clone())
        .collect()
}

#[test]
fn near_duplicates_are_found_at_the_threshold() {
    let norm = Normalizer::search();
    let articles: Vec<Vec<String>> = rasd_testdata::saudinewsnet(400)
        .into_iter()
        .map(|a| {
            tokenize(&a.text, &Normalizer::standard())
                .into_iter()
                .filter(|t| t.kind == rasd_text::TokenKind::Word)
                .map(|t| norm.normalize(&t.norm).into_owned())
                .collect::<Vec<String>>()
        })
        .filter(|w| w.len() >= 150)
        .take(120)
        .collect();
    assert!(articles.len() >= 100);
    let mut items = Vec::new();
    let mut pairs = Vec::new();
    for (i, words) in articles.iter().enumerate() {
        // Edits of growing strength: dropping every 12th…30th word keeps Jaccard in 0.5–0.8.
        let copy = edit(words, 12 + (i % 4) * 6);
        let j = jaccard(words, &copy);
        let a = (2 * i) as i64;
        let b = a + 1;
        for (doc, w) in [(a, words), (b, &copy)] {
            items.push(dedup::Item {
                doc,
                text_hash: format!("{doc}"),
                signature: Signature::of_words(w),
                date: None,
            });
        }
        pairs.push((a, b, j));
    }
    let clusters = dedup::cluster(&items, dedup::DEFAULT_THRESHOLD);
    let together = |a: i64, b: i64| {
        clusters
            .iter()
            .any(|c| c.members.iter().any(|m| m.doc == a) && c.members.iter().any(|m| m.doc == b))
    };
    let above: Vec<_> = pairs.iter().filter(|p| p.2 >= 0.55).collect();
    assert!(above.len() >= 60, "{} pairs above 0.55", above.len());
    let found = above.iter().filter(|p| together(p.0, p.1)).count();
    let recall = found as f64 / above.len() as f64;
    assert!(
        recall >= 0.95,
        "recall {recall:.3} over {} pairs",
        above.len()
    );
    // Unrelated articles are not joined: every cluster is one constructed pair (or an exact
    // republication already present in the corpus).
    let big = clusters.iter().filter(|c| c.members.len() > 2).count();
    assert!(big <= 2, "{big} clusters join unrelated articles");
}

#[test]
fn exact_duplicates_form_a_cluster() {
    let dir = tempfile::tempdir().unwrap();
    let text = "نص متطابق تماما نشرته صحيفتان في اليوم نفسه عن افتتاح الجسر الجديد فوق النهر";
    let lines = [
        jsonl_line("a", "", text, "2021-07-01", "one"),
        jsonl_line("b", "", &format!("  {text}\n"), "2021-07-02", "two"),
        jsonl_line(
            "c",
            "",
            "خبر مختلف تماما عن الطقس الحار في المدن الساحلية هذا الأسبوع",
            "2021-07-02",
            "two",
        ),
    ];
    let input = dir.path().join("dups.jsonl");
    std::fs::write(&input, lines.join("\n")).unwrap();
    let (mut store, index) = open(dir.path());
    let summary = run(&mut store, &index, &[input], 10);
    assert_eq!(summary.clusters, 1);
    let clusters = store.clusters().unwrap();
    assert_eq!(clusters[0].members.len(), 2);
    assert!(clusters[0].members.iter().all(|m| m.exact));
    assert_eq!(
        clusters[0].representative,
        store.id_for_ext("a").unwrap().unwrap()
    );
}

fn testdata(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata")
        .join(rel)
}

#[test]
fn html_page_yields_its_article() {
    let page = std::fs::read_to_string(testdata("html/news-page.html")).unwrap();
    let (text, meta) = rasd_store::read::extract_html(&page).unwrap();
    assert_eq!(
        meta.title.as_deref(),
        Some("الميناء الجديد يستقبل أولى السفن التجارية")
    );
    assert_eq!(meta.date.as_deref(), Some("2023-03-14T09:30:00+03:00"));
    assert_eq!(meta.source.as_deref(), Some("موقع الأخبار"));
    assert_eq!(
        meta.url.as_deref(),
        Some("https://news.example.invalid/economy/port-opens")
    );
    assert!(text.contains("200 مليون دولار"), "{text}");
    assert!(text.contains("الكليات التقنية"), "{text}");
    assert!(text.contains("لمدة خمسة وعشرين عاما"));
    for boilerplate in [
        "الرئيسية",
        "سياسة الخصوصية",
        "جميع الحقوق",
        "أسعار الذهب",
        "tracking",
        "لا يظهر",
    ] {
        assert!(
            !text.contains(boilerplate),
            "{boilerplate} leaked into {text}"
        );
    }
    // Paragraphs stay apart.
    assert!(text.matches("\n\n").count() >= 4, "{text}");
}

#[test]
fn windows_1256_files_are_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let text = "وزارة المالية تعلن ميزانية العام المقبل\n\nأعلنت وزارة المالية اليوم ميزانية العام المقبل بزيادة في الإنفاق على التعليم والصحة.";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(text);
    assert!(!unmappable);
    let path = dir.path().join("legacy.txt");
    std::fs::write(&path, &bytes).unwrap();
    let (mut store, index) = open(dir.path());
    assert_eq!(run(&mut store, &index, &[path], 10).added, 1);
    let doc = store.document(1).unwrap().unwrap();
    assert_eq!(doc.text, text);
    assert_eq!(
        doc.info.title.as_deref(),
        Some("وزارة المالية تعلن ميزانية العام المقبل")
    );
    assert_eq!(
        index
            .search(&store, &SearchRequest::new("الميزانية"))
            .unwrap()
            .total,
        1
    );
}

#[test]
fn exports_every_table() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = arabic_store(dir.path());
    use rasd_store::export::{Format, What, export};
    let out = dir.path().join("docs.jsonl");
    let n = export(
        &store,
        What::Documents,
        Format::Jsonl,
        Box::new(std::fs::File::create(&out).unwrap()),
    )
    .unwrap();
    assert_eq!(n, 7);
    let first: serde_json::Value = serde_json::from_str(
        std::fs::read_to_string(&out)
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(first["ext_id"], "1");
    assert_eq!(first["analysis"]["offsets"], "code_points");
    let csv = dir.path().join("docs.csv");
    assert_eq!(
        export(
            &store,
            What::Documents,
            Format::Csv,
            Box::new(std::fs::File::create(&csv).unwrap())
        )
        .unwrap(),
        7
    );
    assert!(
        std::fs::read_to_string(&csv)
            .unwrap()
            .starts_with("doc_id,ext_id,title")
    );
    #[cfg(feature = "parquet")]
    {
        let pq = dir.path().join("docs.parquet");
        assert_eq!(
            export(
                &store,
                What::Documents,
                Format::Parquet,
                Box::new(std::fs::File::create(&pq).unwrap())
            )
            .unwrap(),
            7
        );
        assert_eq!(&std::fs::read(&pq).unwrap()[..4], b"PAR1");
        let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(
            std::fs::File::open(&pq).unwrap(),
        )
        .unwrap()
        .build()
        .unwrap();
        let rows: usize = reader.map(|b| b.unwrap().num_rows()).sum();
        assert_eq!(rows, 7);
    }
    for what in [
        What::Entities,
        What::Mentions,
        What::Times,
        What::Quantities,
    ] {
        export(&store, what, Format::Csv, Box::new(std::io::sink())).unwrap();
    }
}

#[test]
fn an_index_ahead_of_its_store_is_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    {
        let _ = arabic_store(dir.path());
    }
    // The store is replaced by an empty one; the old index stays behind.
    let store_dir = dir.path().join("store");
    for f in ["store.sqlite", "store.sqlite-wal", "store.sqlite-shm"] {
        let _ = std::fs::remove_file(store_dir.join(f));
    }
    let input = dir.path().join("one.jsonl");
    std::fs::write(
        &input,
        jsonl_line("n", "", "خبر جديد عن المطر في المدينة", "2022-01-01", "z"),
    )
    .unwrap();
    let (mut store, index) = open(dir.path());
    assert_eq!(run(&mut store, &index, &[input], 5).added, 1);
    assert_eq!(index.num_docs(), 1);
    assert_eq!(
        index
            .search(&store, &SearchRequest::new("انتخابات"))
            .unwrap()
            .total,
        0
    );
    assert_eq!(
        index
            .search(&store, &SearchRequest::new("المطر"))
            .unwrap()
            .total,
        1
    );
}

#[test]
fn any_query_is_answered_or_refused_cleanly() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};
    let dir = tempfile::tempdir().unwrap();
    let (store, index) = arabic_store(dir.path());
    let mut runner = TestRunner::new(Config {
        cases: 300,
        ..Config::default()
    });
    runner
        .run(
            &"[ a-zA-Z0-9\\u0627-\\u064A\"«»()\\[\\]{}:^~*+\\-!&|/\\\\.,?]{0,30}",
            |q| {
                match index.search(&store, &SearchRequest::new(q.clone())) {
                    Ok(_) => {}
                    Err(Error::Query(e)) => prop_assert!(e.position <= q.chars().count()),
                    Err(other) => prop_assert!(false, "{q:?}: unexpected error {other}"),
                }
                Ok(())
            },
        )
        .unwrap();
}
