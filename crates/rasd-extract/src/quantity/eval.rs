//! Evaluation of numbers and quantities against gold data.
//!
//! Duckling's corpus rows (`numeral`, `ordinal`, `duration`, `temperature`, `volume`,
//! `quantity`, `amount_of_money`, `phone_number`, and negatives) pass when one quantity covers
//! the whole text with the expected value and unit; the report gives the pass rate per
//! dimension. The rows are short phrases, so they are read with
//! [`QuantityOptions::lone_units`] on (a lone `اسبوع` is one week). Sentence-level rows (items
//! with `start`/`end` in code points and a `resolution.value`) give span precision/recall and
//! value accuracy.

use std::collections::BTreeMap;

use jiff::civil::DateTime;
use rasd_text::Span;
use rasd_text::annotations::{Quantity, QuantityKind, QuantityModifier};
use rasd_text::eval::{Counts, EvalReport};
use rasd_text::normalize::Normalizer;
use rasd_text::tokenize::tokenize;
use serde_json::Value;

use super::{QuantityOptions, extract};

const MAX_FAILURES: usize = 60;

/// Evaluates number and quantity extraction on `gold` (the content of a JSONL file named `path`).
#[must_use]
pub fn evaluate(gold: &str, path: &str) -> EvalReport {
    let mut report = EvalReport::new("number", path);
    let norm = Normalizer::standard();
    let opts = QuantityOptions { lone_units: true };
    let mut per_dim: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut sentences = SentenceScore::default();
    for (lineno, line) in gold.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let Ok(row) = serde_json::from_str::<Value>(line) else {
            report.skip("invalid JSON");
            continue;
        };
        let dim = row["dim"].as_str().unwrap_or("").to_owned();
        if dim == "time" {
            report.skip("a time row (see `rasd eval time`)");
            continue;
        }
        let text = row["text"].as_str().unwrap_or("");
        let tokens = tokenize(text, &norm);
        // Sentence rows are running text: lone unit nouns are not read there.
        let row_opts = if row["expected"].is_array() {
            QuantityOptions::default()
        } else {
            opts
        };
        let found = extract(text, &tokens, &row_opts);
        report.gold.examples += 1;
        let expected = &row["expected"];
        if expected.is_array() {
            score_sentence(
                &mut report,
                &mut sentences,
                SentenceRow {
                    lineno,
                    text,
                    expected,
                },
                &found,
                |q, gs, ge| {
                    q.number_span.start == gs && q.number_span.end == ge
                        || q.span.start == gs && q.span.end == ge
                },
                |q, res| {
                    let v = res["value"]
                        .as_str()
                        .and_then(|s| s.parse::<f64>().ok())
                        .or_else(|| res["value"].as_f64())?;
                    Some(close(q.value, v) || close(q.value / 100.0, v))
                },
            );
            continue;
        }
        let negative = row["negative"].as_bool() == Some(true) || expected.is_null();
        let key = if negative {
            format!("negative_{dim}")
        } else {
            dim.clone()
        };
        let entry = per_dim.entry(key).or_default();
        entry.1 += 1;
        if negative {
            if dim == "phone_number" {
                let toks = super::key::toks(&tokens, &super::known);
                if super::phone::find(&toks, true).is_empty() {
                    entry.0 += 1;
                } else {
                    report.add_failure(MAX_FAILURES, || {
                        format!("[{dim}] {text}  → expected no phone number")
                    });
                }
                continue;
            }
            let same_dim = |q: &&Quantity| match dim.as_str() {
                "phone_number" => false,
                "numeral" => matches!(q.kind, QuantityKind::Cardinal | QuantityKind::Fraction),
                _ => true,
            };
            let found: Vec<Quantity> = found.iter().filter(same_dim).cloned().collect();
            if found.is_empty() {
                entry.0 += 1;
            } else {
                report.add_failure(MAX_FAILURES, || {
                    format!(
                        "[{dim}] {text}  → expected nothing, got {}",
                        describe(text, &found)
                    )
                });
            }
            continue;
        }
        if dim == "phone_number" {
            let toks = super::key::toks(&tokens, &super::known);
            let phones = super::phone::find(&toks, true);
            let pass = phones.len() == 1
                && covers_whole(text, phones[0].span) == Some(true)
                && expected["value"].as_str() == Some(phones[0].value.as_str());
            if pass {
                entry.0 += 1;
            } else {
                let got: Vec<&str> = phones.iter().map(|p| p.value.as_str()).collect();
                report.add_failure(MAX_FAILURES, || {
                    format!("[{dim}] {text}  → expected {expected}, got {got:?}")
                });
            }
            continue;
        }
        let pass = found.len() == 1
            && covers_whole(text, found[0].span) == Some(true)
            && matches_expected(text, &dim, &found[0], expected);
        if pass {
            entry.0 += 1;
            if refines_degree(expected, &found[0]) {
                *report
                    .counts
                    .entry("passed_with_scale_refining_degree".into())
                    .or_default() += 1;
            }
        } else {
            report.add_failure(MAX_FAILURES, || {
                format!(
                    "[{dim}] {text}  → expected {expected}, got {}",
                    describe(text, &found)
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
    report
        .notes
        .push("phrases read with lone units on (a lone `اسبوع` is one week)".into());
    if report
        .counts
        .contains_key("passed_with_scale_refining_degree")
    {
        report.notes.push(
            "a named scale (celsius) is accepted where the gold has the generic `degree`".into(),
        );
    }
    report
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

fn describe(text: &str, found: &[Quantity]) -> String {
    if found.is_empty() {
        return "nothing".into();
    }
    found
        .iter()
        .map(|q| {
            format!(
                "[{:?} {:?} {} {}{}{}]",
                q.span.slice(text),
                q.kind,
                q.value,
                q.unit.as_deref().unwrap_or(""),
                q.upper.map(|u| format!("..{u}")).unwrap_or_default(),
                q.modifier.map(|m| format!(" {m:?}")).unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Duckling's unit names for money.
fn money_unit(code: &str) -> &str {
    match code {
        "USD" => "$",
        "pound" => "£",
        other => other,
    }
}

/// Mass in grams, as Duckling normalizes it.
fn grams(value: f64, unit: &str) -> Option<(f64, &'static str)> {
    Some(match unit {
        "gram" => (value, "gram"),
        "kilogram" => (value * 1000.0, "gram"),
        "milligram" => (value / 1000.0, "gram"),
        "ounce" => (value, "ounce"),
        "cup" => (value, "cup"),
        "tonne" => (value * 1e6, "gram"),
        _ => return None,
    })
}

fn seconds(unit: &str) -> Option<f64> {
    Some(match unit {
        "second" => 1.0,
        "minute" => 60.0,
        "hour" => 3600.0,
        "day" => 86_400.0,
        "week" => 604_800.0,
        "month" => 2_592_000.0,
        "year" => 31_536_000.0,
        _ => return None,
    })
}

/// Whether `q` names a temperature scale where the gold gives Duckling's generic `degree`.
///
/// Duckling reads `درجة مئوية` (degree centigrade) as an unspecified degree; rasd says Celsius,
/// which is the same value with more information. The report counts such passes apart.
fn refines_degree(e: &Value, q: &Quantity) -> bool {
    q.kind == QuantityKind::Temperature
        && e["unit"].as_str() == Some("degree")
        && matches!(q.unit.as_deref(), Some("celsius" | "fahrenheit"))
}

fn matches_expected(text: &str, dim: &str, q: &Quantity, e: &Value) -> bool {
    let unit = q.unit.as_deref().unwrap_or("");
    let num = |v: &Value| v.as_f64();
    match dim {
        "numeral" => {
            matches!(q.kind, QuantityKind::Cardinal | QuantityKind::Fraction)
                && q.modifier.is_none()
                && num(e).is_some_and(|v| close(q.value, v))
        }
        "ordinal" => q.kind == QuantityKind::Ordinal && num(e).is_some_and(|v| close(q.value, v)),
        "duration" => {
            q.kind == QuantityKind::Duration
                && e["unit"].as_str() == Some(unit)
                && num(&e["value"]).is_some_and(|v| close(q.value, v))
                && seconds(unit).is_some_and(|s| {
                    num(&e["normalized_seconds"]).is_some_and(|n| close(q.value * s, n))
                })
        }
        "temperature" | "volume" => {
            let kind = if dim == "volume" {
                QuantityKind::Volume
            } else {
                QuantityKind::Temperature
            };
            q.kind == kind
                && (e["unit"].as_str() == Some(unit) || refines_degree(e, q))
                && num(&e["value"]).is_some_and(|v| close(q.value, v))
        }
        "quantity" => {
            let Some((v, u)) = grams(q.value, unit) else {
                return false;
            };
            let product = q.counted.map(|s| s.slice(text).to_owned());
            q.kind == QuantityKind::Mass
                && e["unit"].as_str() == Some(u)
                && num(&e["value"]).is_some_and(|x| close(v, x))
                && e["product"].as_str().map(str::to_owned) == product
        }
        "amount_of_money" => {
            if q.kind != QuantityKind::Money {
                return false;
            }
            let u = money_unit(unit);
            match e["type"].as_str() {
                Some("interval") => {
                    let from = e["from"]
                        .as_object()
                        .map(|o| (o["value"].as_f64(), o["unit"].as_str()));
                    let to = e["to"]
                        .as_object()
                        .map(|o| (o["value"].as_f64(), o["unit"].as_str()));
                    let (lo, hi) = match q.modifier {
                        Some(QuantityModifier::Range) => (Some(q.value), q.upper),
                        Some(QuantityModifier::LessThan | QuantityModifier::AtMost) => {
                            (None, Some(q.value))
                        }
                        Some(QuantityModifier::MoreThan | QuantityModifier::AtLeast) => {
                            (Some(q.value), None)
                        }
                        _ => return false,
                    };
                    let ok = |side: Option<(Option<f64>, Option<&str>)>, mine: Option<f64>| match (
                        side, mine,
                    ) {
                        (None, None) => true,
                        (Some((Some(v), Some(un))), Some(m)) => close(m, v) && un == u,
                        _ => false,
                    };
                    ok(from, lo) && ok(to, hi)
                }
                _ => {
                    q.upper.is_none()
                        && e["unit"].as_str() == Some(u)
                        && num(&e["value"]).is_some_and(|v| close(q.value, v))
                }
            }
        }
        _ => false,
    }
}

/// Whether `span` covers `text` but for surrounding whitespace (`Some(true)`), or but for one
/// leading preposition `في`/`عند` (`Some(false)`), or not (`None`).
#[must_use]
pub fn covers_whole(text: &str, span: Span) -> Option<bool> {
    let before = text.get(..span.start)?.trim();
    let after = text.get(span.end..)?.trim();
    if !after.is_empty() {
        return None;
    }
    if before.is_empty() {
        return Some(true);
    }
    matches!(before, "في" | "عند").then_some(false)
}

/// The reference instant of a row (`2013-02-12T04:30:00.000-02:00`) as civil time and offset.
#[must_use]
pub fn parse_reference(s: Option<&str>) -> (Option<DateTime>, Option<i32>) {
    let Some(s) = s else { return (None, None) };
    let civil_part = s.get(..19).unwrap_or(s);
    let dt = civil_part.parse::<DateTime>().ok().or_else(|| {
        s.get(..10)
            .and_then(|d| d.parse::<jiff::civil::Date>().ok())
            .map(|d| d.to_datetime(jiff::civil::Time::midnight()))
    });
    let offset = s.get(s.len().saturating_sub(6)..).and_then(|o| {
        let sign = match o.as_bytes().first()? {
            b'+' => 1,
            b'-' => -1,
            _ => return None,
        };
        let h: i32 = o.get(1..3)?.parse().ok()?;
        let m: i32 = o.get(4..6)?.parse().ok()?;
        Some(sign * (h * 3600 + m * 60))
    });
    (dt, offset)
}

/// Gold items as byte spans, from code-point `start`/`end`, with their resolutions.
#[must_use]
pub fn span_items(text: &str, expected: &Value) -> Vec<(usize, usize, Option<Value>)> {
    let offsets: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    expected
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|it| {
                    let s = usize::try_from(it["start"].as_u64()?).ok()?;
                    let e = usize::try_from(it["end"].as_u64()?).ok()?;
                    Some((
                        *offsets.get(s)?,
                        *offsets.get(e)?,
                        it.get("resolution").cloned(),
                    ))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Span and value counts over sentence-level gold rows.
#[derive(Debug, Default)]
pub(crate) struct SentenceScore {
    pub spans: Counts,
    pub values_right: usize,
    pub values_checked: usize,
}

/// A sentence-level gold row: its line, text and `expected` array.
pub(crate) struct SentenceRow<'a> {
    pub lineno: usize,
    pub text: &'a str,
    pub expected: &'a Value,
}

/// Scores what was `found` in one sentence-level row: a gold span is found when `at(found,
/// start, end)` holds for one item; its value, when the gold resolves it, is right when
/// `value_right(found, resolution)` says so (`None`: nothing to check). Misses go to the
/// report's failures; everything else found is a false positive.
pub(crate) fn score_sentence<T>(
    report: &mut EvalReport,
    score: &mut SentenceScore,
    row: SentenceRow<'_>,
    found: &[T],
    at: impl Fn(&T, usize, usize) -> bool,
    value_right: impl Fn(&T, &Value) -> Option<bool>,
) {
    let mut c = Counts::default();
    for (gs, ge, res) in span_items(row.text, row.expected) {
        match found.iter().find(|f| at(f, gs, ge)) {
            Some(f) => {
                c.tp += 1;
                if let Some(right) = res.as_ref().and_then(|r| value_right(f, r)) {
                    score.values_checked += 1;
                    score.values_right += usize::from(right);
                }
            }
            None => {
                c.fn_ += 1;
                report.add_failure(MAX_FAILURES, || {
                    format!("line {}: missed {:?}", row.lineno + 1, &row.text[gs..ge])
                });
            }
        }
    }
    c.fp = found.len().saturating_sub(c.tp);
    score.spans.add(c);
}
