//! Evaluation of time extraction against gold data.
//!
//! Two JSONL shapes are read:
//! * Duckling's corpus rows (`text`, `expected` value or interval with grain, `reference_time`,
//!   `match: "full"`): a row passes when one expression covers the whole text with the expected
//!   value and grain. Duckling's entities include a leading `في`/`عند`; rasd's spans start after
//!   such a preposition, so a row whose only uncovered text is that word still counts, and the
//!   report says how many did. Duckling runs its corpus forward-looking, so
//!   [`TimeOptions::future`] should be on for it.
//! * Sentence-level rows whose `expected` is a list of items with `start`/`end` (code points),
//!   `text` and, where checked, a `resolution`: span precision/recall and, on matched spans,
//!   value accuracy against the Past or Future resolution.

use std::collections::BTreeMap;

use jiff::civil::DateTime;
use rasd_text::annotations::Grain;
use rasd_text::eval::EvalReport;
use rasd_text::normalize::Normalizer;
use rasd_text::tokenize::tokenize;
use serde_json::Value;

use super::grammar::Tv;
use super::{TimeMatch, TimeOptions, find, iso_value};
use crate::quantity::eval::{
    SentenceRow, SentenceScore, covers_whole, parse_reference, score_sentence,
};
use crate::quantity::key;

const MAX_FAILURES: usize = 60;

/// Evaluates time extraction on `gold` (the content of a JSONL file named `path`).
#[must_use]
pub fn evaluate(gold: &str, path: &str, opts: &TimeOptions) -> EvalReport {
    let mut report = EvalReport::new("time", path);
    let norm = Normalizer::standard();
    let mut per_dim: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut sentences = SentenceScore::default();
    let mut lenient = 0usize;
    for (lineno, line) in gold.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let Ok(row) = serde_json::from_str::<Value>(line) else {
            report.skip("invalid JSON");
            continue;
        };
        let dim = row["dim"].as_str().unwrap_or("");
        if dim != "time" {
            report.skip("not a time row");
            continue;
        }
        let text = row["text"].as_str().unwrap_or("");
        let (now, offset) = parse_reference(row["reference_time"].as_str());
        let tokens = tokenize(text, &norm);
        let toks = key::toks(&tokens, &crate::quantity::known);
        let found = find(&toks, now, offset, opts);
        report.gold.examples += 1;
        let expected = &row["expected"];
        if expected.is_array() {
            // Sentence-level gold.
            score_sentence(
                &mut report,
                &mut sentences,
                SentenceRow {
                    lineno,
                    text,
                    expected,
                },
                &found,
                |m, gs, ge| m.span.start == gs && m.span.end == ge,
                |m, res| Some(resolution_matches(m, res)),
            );
            continue;
        }
        let entry = per_dim
            .entry(if row["negative"].as_bool() == Some(true) {
                "negative".into()
            } else {
                "time".into()
            })
            .or_default();
        entry.1 += 1;
        if row["negative"].as_bool() == Some(true) || expected.is_null() {
            if found.is_empty() {
                entry.0 += 1;
            } else {
                report.add_failure(MAX_FAILURES, || {
                    format!("{text}  → expected nothing, got {}", describe(&found))
                });
            }
            continue;
        }
        let pass = found.len() == 1
            && found[0]
                .tv
                .as_ref()
                .is_some_and(|tv| value_matches(tv, expected, offset))
            && match covers_whole(text, found[0].span) {
                Some(exact) => {
                    if !exact {
                        lenient += 1;
                    }
                    true
                }
                None => false,
            };
        if pass {
            entry.0 += 1;
        } else {
            report.add_failure(MAX_FAILURES, || {
                format!(
                    "{text}  → expected {}, got {}",
                    expected_str(expected),
                    describe(&found)
                )
            });
        }
    }
    report.add_pass_rates(&per_dim);
    report.add_span_metrics(
        sentences.spans,
        sentences.values_right,
        sentences.values_checked,
    );
    if lenient > 0 {
        report.counts.insert(
            "passed_with_leading_preposition_outside_span".into(),
            lenient,
        );
    }
    report.notes.push(format!(
        "preference: {}",
        if opts.future {
            "future (Duckling's rule)"
        } else {
            "news (past) "
        }
    ));
    report
}

fn describe(found: &[TimeMatch]) -> String {
    if found.is_empty() {
        return "nothing".into();
    }
    found
        .iter()
        .map(|m| match &m.tv {
            Some(tv) => match tv.end {
                Some(e) => format!(
                    "[{}..{} {:?}]",
                    super::iso_datetime(tv.start),
                    super::iso_datetime(e),
                    tv.grain
                ),
                None => format!("[{} {:?}]", iso_value(tv), tv.grain),
            },
            None => "[unresolved]".into(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn expected_str(e: &Value) -> String {
    match e["type"].as_str() {
        Some("interval") => format!(
            "{}..{} {}",
            e["from"].as_str().unwrap_or("?"),
            e["to"].as_str().unwrap_or("?"),
            e["grain"].as_str().unwrap_or("?")
        ),
        _ => format!(
            "{} {}",
            e["value"].as_str().unwrap_or("?"),
            e["grain"].as_str().unwrap_or("?")
        ),
    }
}

fn grain_name(g: Grain) -> &'static str {
    match g {
        Grain::Second => "second",
        Grain::Minute => "minute",
        Grain::Hour | Grain::PartOfDay => "hour",
        Grain::Day => "day",
        Grain::Week => "week",
        Grain::Month => "month",
        Grain::Quarter => "quarter",
        Grain::Season => "season",
        Grain::Year => "year",
    }
}

/// Duckling's value form: `2013-02-12T04:30:00.000-02:00`.
fn duckling_value(t: DateTime, offset: Option<i32>) -> String {
    let off = offset.unwrap_or(0);
    let sign = if off < 0 { '-' } else { '+' };
    let a = off.unsigned_abs();
    format!(
        "{}.000{}{:02}:{:02}",
        super::iso_datetime(t),
        sign,
        a / 3600,
        (a % 3600) / 60
    )
}

fn value_matches(tv: &Tv, e: &Value, offset: Option<i32>) -> bool {
    let grain = e["grain"].as_str().unwrap_or("");
    if grain_name(tv.grain) != grain {
        return false;
    }
    match e["type"].as_str() {
        Some("interval") => {
            let Some(end) = tv.end else { return false };
            e["from"].as_str() == Some(&duckling_value(tv.start, offset))
                && e["to"].as_str() == Some(&duckling_value(end, offset))
        }
        _ => tv.end.is_none() && e["value"].as_str() == Some(&duckling_value(tv.start, offset)),
    }
}

/// Whether a match agrees with a Recognizers-style resolution (Past or Future date, or Timex).
fn resolution_matches(m: &TimeMatch, res: &Value) -> bool {
    let Some(tv) = &m.tv else { return false };
    let mine = iso_value(tv);
    let day = super::iso_datetime(tv.start);
    let cands = ["PastResolution", "FutureResolution"]
        .iter()
        .filter_map(|k| res[*k].as_object())
        .flat_map(|o| o.values().filter_map(Value::as_str).map(str::to_owned))
        .chain(res["Timex"].as_str().map(str::to_owned))
        .collect::<Vec<_>>();
    cands
        .iter()
        .any(|c| *c == mine || day.starts_with(c.as_str()) || c.replace(' ', "T") == day)
}
