//! The shared corpus of named analysis cases, run through `POST /api/analyze`.
#![allow(clippy::unwrap_used)] // tests may unwrap: a failure is the test failing

use std::sync::Arc;

use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode, header};
use rasd_server::{AppState, Limits, router};
use serde_json::Value;
use tower::ServiceExt;

const CASES: &str = include_str!("../../../testdata/analyze_cases.jsonl");

#[tokio::test]
async fn named_cases_through_the_api() {
    let dir = tempfile::tempdir().unwrap();
    drop(rasd_store::Store::open(dir.path()).unwrap());
    let engine = rasd::Engine::builder().build().unwrap();
    let (state, _) = AppState::open(dir.path(), engine, Limits::default()).unwrap();
    let app = router(Arc::new(state));
    let mut failures = Vec::new();
    let mut cases = 0;
    for line in CASES.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap();
        let name = case["name"].as_str().unwrap();
        let text = case["text"].as_str().unwrap();
        let request = Request::post("/api/analyze")
            .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
            .body(Body::from(text.to_owned()))
            .unwrap();
        let response = app.clone().oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{name}");
        let body = to_bytes(response.into_body(), usize::MAX).await.unwrap();
        let doc: Value = serde_json::from_slice(&body).unwrap();
        cases += 1;
        let chars: Vec<char> = text.chars().collect();
        let slice = |v: &Value| -> String {
            let s = v["start"].as_u64().unwrap() as usize;
            let e = v["end"].as_u64().unwrap() as usize;
            chars[s..e].iter().collect()
        };
        // Each expectation lists the written text (or the norm) of the tokens or sentences.
        for (key, field) in [
            ("tokens", None),
            ("sentences", None),
            ("norms", Some("norm")),
        ] {
            let Some(want) = case[key].as_array() else {
                continue;
            };
            let list = if field.is_some() { "tokens" } else { key };
            let got: Vec<String> = doc[list]
                .as_array()
                .unwrap()
                .iter()
                .map(|item| match field {
                    Some(f) => item[f].as_str().unwrap_or_default().to_owned(),
                    None => slice(&item["span"]),
                })
                .collect();
            let want: Vec<String> = want
                .iter()
                .map(|w| w.as_str().unwrap().to_owned())
                .collect();
            if got != want {
                failures.push(format!("{name}: {key} {got:?}, want {want:?}"));
            }
        }
    }
    assert!(cases > 0, "no cases in testdata/analyze_cases.jsonl");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
