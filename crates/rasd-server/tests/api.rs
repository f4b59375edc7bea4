//! Every endpoint, in process, over a small store of articles written for these tests.
#![allow(clippy::unwrap_used)] // tests may unwrap: a failure is the test failing

use std::sync::Arc;

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode, header};
use rasd::{Engine, Metadata};
use rasd_server::{AppState, Limits, router};
use rasd_store::ingest::{self, IngestOptions};
use rasd_store::read::Inputs;
use rasd_store::{SearchIndex, Store};
use serde_json::{Value, json};
use tower::ServiceExt;

/// Three short reports: an attack, a meeting, a protest, from two sources over two months.
const ARTICLES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "a1",
        "الوكالة",
        "2024-03-05",
        "هجوم على حاجز عسكري شمال المدينة",
        "شن مسلحون مجهولون هجوما بقذائف الهاون على حاجز للجيش في مدينة الموصل مساء الاثنين، ما \
         أسفر عن مقتل خمسة جنود وإصابة ثمانية آخرين. وقال المتحدث باسم قيادة العمليات إن القوات \
         تلاحق المهاجمين.",
    ),
    (
        "a2",
        "الجريدة",
        "2024-04-10",
        "وزير الخارجية يلتقي نظيره الأردني",
        "التقى وزير الخارجية العراقي فؤاد حسين نظيره الأردني أيمن الصفدي في عمان يوم الأربعاء، \
         وبحث الجانبان العلاقات الثنائية والتعاون الاقتصادي بين البلدين.",
    ),
    (
        "a3",
        "الوكالة",
        "2024-04-22",
        "مظاهرات في البصرة احتجاجا على انقطاع الكهرباء",
        "تظاهر مئات المواطنين في مدينة البصرة يوم الأحد احتجاجا على انقطاع التيار الكهربائي \
         وارتفاع درجات الحرارة، وطالبوا الحكومة المحلية بإيجاد حلول عاجلة.",
    ),
];

/// The body limit of the test server: small, so that a 413 is cheap to provoke.
const BODY_LIMIT: usize = 16 * 1024;

struct Fixture {
    dir: tempfile::TempDir,
    state: Arc<AppState>,
}

/// A store with [`ARTICLES`] in a temporary directory, removed when the fixture is dropped. Each
/// test builds its own (nextest runs every test in a process of its own anyway).
/// Ingests a JSONL file into the store at `store_dir`, as `rasd ingest` does; returns how
/// many documents were added.
fn ingest_file(store_dir: &std::path::Path, engine: &Engine, jsonl: std::path::PathBuf) -> usize {
    let mut store = Store::open(store_dir).unwrap();
    let index = SearchIndex::open(store.dir()).unwrap();
    let analyze = |text: &str, meta: Metadata| engine.analyze(text, meta);
    let cancel = std::sync::atomic::AtomicBool::new(false);
    ingest::ingest(
        &mut store,
        &index,
        Inputs::find(&[jsonl]).unwrap(),
        &analyze,
        &IngestOptions {
            threads: 1,
            ..IngestOptions::default()
        },
        &mut |_| {},
        &cancel,
    )
    .unwrap()
    .added
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("articles.jsonl");
    let lines: Vec<String> = ARTICLES
        .iter()
        .map(|(id, source, date, title, text)| {
            json!({ "id": id, "source": source, "date": date, "title": title, "text": text })
                .to_string()
        })
        .collect();
    std::fs::write(&jsonl, lines.join("\n")).unwrap();
    let store_dir = dir.path().join("store");
    let engine = Engine::builder().build().unwrap();
    assert_eq!(ingest_file(&store_dir, &engine, jsonl), ARTICLES.len());
    let limits = Limits {
        max_body_bytes: BODY_LIMIT,
        ..Limits::default()
    };
    let (state, opened) = AppState::open(&store_dir, engine, limits).unwrap();
    assert_eq!(opened.searchable, ARTICLES.len() as u64);
    Fixture {
        dir,
        state: Arc::new(state),
    }
}

impl Fixture {
    fn app(&self) -> Router {
        router(self.state.clone())
    }
}

/// Sends a request; returns the status, the content type and the body.
async fn send(f: &Fixture, request: Request<Body>) -> (StatusCode, String, Vec<u8>) {
    let response = f.app().oneshot(request).await.unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let body = to_bytes(response.into_body(), usize::MAX).await.unwrap();
    (status, content_type, body.to_vec())
}

async fn get_json(f: &Fixture, uri: &str) -> (StatusCode, Value) {
    let (status, content_type, body) =
        send(f, Request::get(uri).body(Body::empty()).unwrap()).await;
    assert!(
        content_type.starts_with("application/json"),
        "{uri}: {content_type}"
    );
    (status, serde_json::from_slice(&body).unwrap())
}

async fn post(f: &Fixture, content_type: &str, body: impl Into<Body>) -> (StatusCode, Value) {
    let request = Request::post("/api/analyze")
        .header(header::CONTENT_TYPE, content_type)
        .body(body.into())
        .unwrap();
    let (status, _, body) = send(f, request).await;
    (status, serde_json::from_slice(&body).unwrap())
}

/// The query string value of `s`, percent-encoded.
fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn is_error(v: &Value) -> bool {
    v["error"].as_str().is_some_and(|m| !m.is_empty())
}

#[tokio::test]
async fn health() {
    let f = fixture();
    let (status, v) = get_json(&f, "/health").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["status"], "ok");
}

#[tokio::test]
async fn page_is_arabic_and_self_contained() {
    let f = fixture();
    let (status, content_type, body) =
        send(&f, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(content_type.starts_with("text/html"));
    let page = String::from_utf8(body).unwrap();
    assert!(page.contains(r#"lang="ar""#) && page.contains(r#"dir="rtl""#));
    assert!(page.contains("حلّل نصًا"));
    assert!(!page.contains("<script src") && !page.contains("<link"));
}

#[tokio::test]
async fn stats() {
    let f = fixture();
    let (status, v) = get_json(&f, "/api/stats").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["documents"], 3);
    assert_eq!(v["searchable"], 3);
    let sources: Vec<&str> = v["by_source"]
        .as_array()
        .unwrap()
        .iter()
        .map(|pair| pair[0].as_str().unwrap())
        .collect();
    assert!(sources.contains(&"الوكالة") && sources.contains(&"الجريدة"));
    assert!(v["events"].as_i64().unwrap() >= 1);
}

#[tokio::test]
async fn search_returns_hits_snippets_and_facets() {
    let f = fixture();
    let (status, v) = get_json(&f, &format!("/api/search?q={}", enc("هجوم"))).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert!(v["total"].as_u64().unwrap() >= 1);
    let hit = &v["hits"][0];
    assert_eq!(hit["ext_id"], "a1");
    assert!(hit["doc"].as_i64().is_some());
    assert!(!hit["snippet"]["text"].as_str().unwrap().is_empty());
    assert!(!hit["snippet"]["highlights"].as_array().unwrap().is_empty());
    for facet in ["source", "month", "entity", "event"] {
        assert!(v["facets"][facet].is_array(), "facet {facet}: {v}");
    }
    assert_eq!(v["facets"]["month"][0]["value"], "2024-03");
}

#[tokio::test]
async fn search_filters() {
    let f = fixture();
    // Two articles mention a city; the source and month filters each keep one.
    let q = enc("مدينة");
    let (_, all) = get_json(&f, &format!("/api/search?q={q}")).await;
    assert_eq!(all["total"], 2, "{all}");
    let (_, by_month) = get_json(&f, &format!("/api/search?q={q}&month=2024-04")).await;
    assert_eq!(by_month["total"], 1);
    assert_eq!(by_month["hits"][0]["ext_id"], "a3");
    let (_, by_source) = get_json(
        &f,
        &format!(
            "/api/search?q={}&source={}&source={}",
            enc("مدينة OR الخارجية"),
            enc("الجريدة"),
            enc("مصدر آخر")
        ),
    )
    .await;
    assert_eq!(by_source["total"], 1, "{by_source}");
    assert_eq!(by_source["hits"][0]["ext_id"], "a2");
    let (_, by_event) = get_json(&f, &format!("/api/search?q={q}&event=ASSAULT")).await;
    assert_eq!(by_event["total"], 1, "{by_event}");
    assert_eq!(by_event["hits"][0]["ext_id"], "a1");
}

#[tokio::test]
async fn search_refuses_bad_requests() {
    let f = fixture();
    for uri in [
        "/api/search".to_owned(),
        "/api/search?q=".to_owned(),
        format!("/api/search?q={}", enc("\"غير مغلق")),
        format!("/api/search?q={}&from=yesterday", enc("هجوم")),
        format!("/api/search?q={}&limit=many", enc("هجوم")),
    ] {
        let (status, v) = get_json(&f, &uri).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {v}");
        assert!(is_error(&v), "{uri}: {v}");
    }
}

#[tokio::test]
async fn document_by_number_and_by_own_id() {
    let f = fixture();
    let (_, found) = get_json(&f, &format!("/api/search?q={}", enc("البصرة"))).await;
    let number = found["hits"][0]["doc"].as_i64().unwrap();
    let (status, v) = get_json(&f, &format!("/api/documents/{number}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["doc_id"], number);
    assert_eq!(v["ext_id"], "a3");
    let document = &v["document"];
    assert!(document["text"].as_str().unwrap().contains("البصرة"));
    assert_eq!(document["meta"]["source"], "الوكالة");
    assert!(document["entities"].is_array() && document["events"].is_array());
    let (status, by_ext) = get_json(&f, "/api/documents/a3").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(by_ext["doc_id"], number);
}

#[tokio::test]
async fn missing_document_is_404() {
    let f = fixture();
    for uri in ["/api/documents/999999", "/api/documents/no-such-id"] {
        let (status, v) = get_json(&f, uri).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(is_error(&v));
    }
}

#[tokio::test]
async fn analyze_raw_text_is_the_cli_document() {
    let f = fixture();
    let text = "هاجم مسلحون مركزا للشرطة في مدينة كركوك فجر اليوم وقتلوا ثلاثة من عناصره.";
    let (status, v) = post(&f, "text/plain; charset=utf-8", text).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    // The same function `rasd analyze` prints with.
    let expected = rasd::wire::to_json(&f.state.engine().analyze(text, Metadata::default()));
    assert_eq!(v, expected);
    assert_eq!(v["offsets"], "code_points");
    let events = v["events"].as_array().unwrap();
    assert!(
        events.iter().any(|e| e["type"] == "ASSAULT"),
        "no attack in {events:?}"
    );
}

#[tokio::test]
async fn analyze_json_with_date_and_source() {
    let f = fixture();
    let body = json!({
        "text": "قصفت طائرات مسيرة موقعا عسكريا قرب الحدود أمس، وأعلنت وزارة الدفاع مقتل جنديين.",
        "date": "2024-05-14",
        "source": "الوكالة",
    });
    let (status, v) = post(&f, "application/json", body.to_string()).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["meta"]["date"], "2024-05-14");
    assert_eq!(v["meta"]["source"], "الوكالة");
    let attack = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["type"] == "ASSAULT")
        .unwrap_or_else(|| panic!("no attack in {v}"));
    // «أمس» resolves against the date given.
    assert_eq!(attack["time"]["value"], "2024-05-13", "{attack}");
    // Code-point offsets: the trigger's span slices the text by characters.
    let chars: Vec<char> = v["text"].as_str().unwrap().chars().collect();
    let (s, e) = (
        attack["trigger"]["start"].as_u64().unwrap() as usize,
        attack["trigger"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(chars[s..e].iter().collect::<String>(), "قصفت");
}

#[tokio::test]
async fn analyze_refuses_bad_bodies() {
    let f = fixture();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("application/json", b"{\"text\": ".to_vec()),
        ("application/json", br#"{"txt": "x"}"#.to_vec()),
        (
            "application/json",
            json!({"text": "x", "date": "14/05/2024"})
                .to_string()
                .into_bytes(),
        ),
        ("text/plain", vec![0xff, 0xfe, 0x41]),
    ];
    for (content_type, body) in cases {
        let (status, v) = post(&f, content_type, body.clone()).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body:?}: {v}");
        assert!(is_error(&v));
    }
}

#[tokio::test]
async fn oversized_body_is_413() {
    let f = fixture();
    let text = "خبر ".repeat(BODY_LIMIT);
    let (status, v) = post(&f, "text/plain", text).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(is_error(&v), "{v}");
}

#[tokio::test]
async fn unknown_path_and_wrong_method() {
    let f = fixture();
    let (status, v) = get_json(&f, "/api/nothing").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(is_error(&v));
    let (status, v) = get_json(&f, "/api/analyze").await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(is_error(&v));
}

#[test]
fn a_directory_without_a_store_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let engine = Engine::builder().build().unwrap();
    let err = AppState::open(dir.path(), engine, Limits::default()).unwrap_err();
    assert!(matches!(err, rasd_server::Error::NoStore { .. }), "{err}");
}

#[test]
fn serve_binds_a_port_and_answers() {
    use std::io::{Read, Write};
    let f = fixture();
    let state = f.state.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    // The server runs until the test process ends (it stops on Ctrl-C only).
    std::thread::spawn(move || {
        rasd_server::serve(state, "127.0.0.1:0".parse().unwrap(), move |bound| {
            tx.send(bound).unwrap();
        })
        .unwrap();
    });
    let addr = rx.recv_timeout(std::time::Duration::from_secs(30)).unwrap();
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream
        .write_all(b"GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains(r#""status":"ok""#), "{answer}");
}

#[tokio::test]
async fn slow_request_is_503() {
    let f = fixture();
    let limits = Limits {
        timeout: std::time::Duration::from_nanos(1),
        ..Limits::default()
    };
    let engine = Engine::builder().build().unwrap();
    let (state, _) = AppState::open(&f.dir.path().join("store"), engine, limits).unwrap();
    // Long enough that its analysis outlasts the timer's first tick (about a millisecond),
    // whatever else the machine is doing.
    let text = "هاجم مسلحون مركزا للشرطة في المدينة أمس وقتلوا ثلاثة من عناصرها.\n".repeat(2000);
    let request = Request::post("/api/analyze")
        .body(Body::from(text))
        .unwrap();
    let response = router(Arc::new(state)).oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    let body = to_bytes(response.into_body(), usize::MAX).await.unwrap();
    let v: Value = serde_json::from_slice(&body).unwrap();
    assert!(is_error(&v), "{v}");
}

#[tokio::test]
async fn documents_ingested_while_serving_are_found() {
    let f = fixture();
    let (_, before) = get_json(
        &f,
        "/api/search?q=%D8%A7%D9%84%D8%B2%D9%8A%D8%AA%D9%88%D9%86",
    )
    .await;
    assert_eq!(before["total"], 0, "{before}");
    // Another process's ingest, here a second handle on the same store.
    let jsonl = f.dir.path().join("more.jsonl");
    let article = json!({
        "id": "late",
        "source": "wakala",
        "date": "2021-09-01",
        "title": "موسم الزيتون",
        "text": "بدأ المزارعون قطف الزيتون في القرى الجبلية مع اعتدال الطقس.",
    });
    std::fs::write(&jsonl, article.to_string()).unwrap();
    let engine = Engine::builder().build().unwrap();
    assert_eq!(ingest_file(&f.dir.path().join("store"), &engine, jsonl), 1);
    let (status, after) = get_json(
        &f,
        "/api/search?q=%D8%A7%D9%84%D8%B2%D9%8A%D8%AA%D9%88%D9%86",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(after["total"], 1, "{after}");
}
