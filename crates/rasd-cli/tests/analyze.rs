//! The `rasd analyze` command as a user meets it: inputs good and bad, every output format.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn rasd(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rasd"))
        .args(args)
        .output()
        .expect("run rasd")
}

fn rasd_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rasd"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn rasd");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write stdin");
    child.wait_with_output().expect("wait for rasd")
}

fn seed_path() -> String {
    rasd_testdata::path("seed/elaph-2021-07-27-iraq-us-dialogue.txt")
        .display()
        .to_string()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("rasd-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

#[test]
fn json_offsets_are_code_points() {
    let out = rasd(&[
        "analyze",
        &seed_path(),
        "--date",
        "2021-07-27",
        "--source",
        "Elaph",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["schema_version"], rasd::wire::SCHEMA_VERSION);
    assert_eq!(doc["meta"]["date"], "2021-07-27");
    assert_eq!(doc["meta"]["source"], "Elaph");
    let chars: Vec<char> = doc["text"].as_str().expect("text").chars().collect();
    let tokens = doc["tokens"].as_array().expect("tokens");
    assert!(tokens.len() > 1000);
    // Python's text[start:end] must give the token: offsets count code points, not bytes.
    let mut found = false;
    for t in tokens {
        let (s, e) = (
            t["span"]["start"].as_u64().expect("start") as usize,
            t["span"]["end"].as_u64().expect("end") as usize,
        );
        let written: String = chars[s..e].iter().collect();
        assert!(!written.is_empty());
        if written == "الكاظمي" {
            found = true;
        }
    }
    assert!(found);
}

#[test]
fn text_and_conll_formats() {
    let out = rasd(&["analyze", "--format", "text", &seed_path()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(text.lines().count() >= 30);
    assert!(text.lines().all(|l| l.starts_with('[')));

    let out = rasd(&["analyze", "--format", "conll", &seed_path()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let conll = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(conll.contains("# paragraph 0"));
    assert!(conll.lines().any(|l| l.starts_with("بايدن\t")));
}

#[test]
fn reads_standard_input() {
    let out = rasd_stdin(&["analyze", "-"], "وصل الوفد إلى بغداد.".as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["tokens"].as_array().map(Vec::len), Some(5));
}

#[test]
fn empty_file_is_an_empty_document() {
    let path = temp_file("empty.txt", b"");
    let out = rasd(&["analyze", path.to_str().expect("path")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["text"], "");
    assert_eq!(doc["tokens"].as_array().map(Vec::len), Some(0));
}

#[test]
fn missing_file_and_directory_fail_clearly() {
    let out = rasd(&["analyze", "/no/such/article.txt"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("/no/such/article.txt"));

    let dir = std::env::temp_dir();
    let out = rasd(&["analyze", dir.to_str().expect("path")]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("is a directory"));
}

#[test]
fn invalid_utf8_names_the_byte_unless_lossy() {
    let mut bytes = "سطر أول\nثم".as_bytes().to_vec();
    let bad_at = bytes.len();
    bytes.extend_from_slice(&[0xC7, 0xE1]); // windows-1256 bytes, not UTF-8
    let path = temp_file("cp1256.txt", &bytes);
    let out = rasd(&["analyze", path.to_str().expect("path")]);
    assert!(!out.status.success());
    let msg = stderr(&out);
    assert!(msg.contains(&format!("byte {bad_at}")), "{msg}");
    assert!(msg.contains("line 2"), "{msg}");

    let out = rasd(&["analyze", "--lossy", path.to_str().expect("path")]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn bad_date_is_refused() {
    let out = rasd(&["analyze", "--date", "27/07/2021", &seed_path()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("YYYY-MM-DD"));
}

#[test]
fn large_input_is_analysed_in_parts() {
    let paragraph = "وأكد الوفدان التزامهما بحماية حقوق الإنسان والحريات الأساسية في 2021.\n";
    let text = paragraph.repeat(3 * (1 << 20) / paragraph.len());
    let path = temp_file("large.txt", text.as_bytes());
    let out = rasd(&["analyze", path.to_str().expect("path")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<&[u8]> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    assert!(
        lines.len() >= 3,
        "expected several parts, got {}",
        lines.len()
    );
    let mut total = 0;
    for (i, line) in lines.iter().enumerate() {
        let doc: serde_json::Value = serde_json::from_slice(line).expect("JSON line");
        assert_eq!(doc["chunk"]["index"], i);
        assert_eq!(doc["chunk"]["offset"], total);
        total += doc["text"].as_str().expect("text").chars().count();
    }
    assert_eq!(total, text.chars().count());
}

#[test]
fn every_command_has_help() {
    for cmd in [
        &["--help"][..],
        &["analyze", "--help"],
        &["eval", "--help"],
        &["bench", "--help"],
    ] {
        let out = rasd(cmd);
        assert!(out.status.success(), "{cmd:?}: {}", stderr(&out));
        assert!(!out.stdout.is_empty());
    }
}
