//! The shared corpus of named analysis cases (`testdata/analyze_cases.jsonl`), run against the
//! library. The CLI runs the same file in `crates/rasd-cli/tests/cases.rs`.

use rasd::{Engine, Metadata};
use serde_json::Value;

const CASES: &str = include_str!("../../../testdata/analyze_cases.jsonl");

fn strings(v: &Value) -> Option<Vec<String>> {
    v.as_array().map(|a| {
        a.iter()
            .map(|s| s.as_str().unwrap_or_default().to_owned())
            .collect()
    })
}

#[test]
fn named_cases() {
    let engine = Engine::builder().build().unwrap();
    let mut failures = Vec::new();
    let mut count = 0;
    for line in CASES.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap();
        let name = case["name"].as_str().unwrap();
        let text = case["text"].as_str().unwrap();
        let doc = engine.analyze(text, Metadata::default());
        count += 1;
        if let Some(want) = strings(&case["tokens"]) {
            let got: Vec<String> = doc.tokens.iter().map(|t| t.text(text).to_owned()).collect();
            if got != want {
                failures.push(format!("{name}: tokens {got:?}, want {want:?}"));
            }
        }
        if let Some(want) = strings(&case["norms"]) {
            let got: Vec<String> = doc.tokens.iter().map(|t| t.norm.clone()).collect();
            if got != want {
                failures.push(format!("{name}: norms {got:?}, want {want:?}"));
            }
        }
        if let Some(want) = strings(&case["sentences"]) {
            let got: Vec<String> = doc
                .sentences
                .iter()
                .map(|s| s.span.slice(text).to_owned())
                .collect();
            if got != want {
                failures.push(format!("{name}: sentences {got:?}, want {want:?}"));
            }
        }
    }
    assert!(count >= 15);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
