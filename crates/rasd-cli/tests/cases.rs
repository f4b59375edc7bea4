//! The shared corpus of named analysis cases, run through the `rasd analyze` command.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

const CASES: &str = include_str!("../../../testdata/analyze_cases.jsonl");

#[test]
fn named_cases_through_the_cli() {
    let mut failures = Vec::new();
    for line in CASES.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap();
        let name = case["name"].as_str().unwrap();
        let text = case["text"].as_str().unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_rasd"))
            .args(["analyze", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{name}");
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        let chars: Vec<char> = text.chars().collect();
        let slice = |v: &Value| -> String {
            let s = v["start"].as_u64().unwrap() as usize;
            let e = v["end"].as_u64().unwrap() as usize;
            chars[s..e].iter().collect()
        };
        // Each expectation lists the written text of the tokens or sentences, in order.
        for key in ["tokens", "sentences"] {
            let Some(want) = case[key].as_array() else {
                continue;
            };
            let got: Vec<String> = doc[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|item| slice(&item["span"]))
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
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
