//! `rasd eval events`: event detection and argument extraction against sentence-level gold in
//! the JSONL shapes of the public Arabic event gold standard.
//!
//! * **Detection rows** (`"task": "event_detection"`): a sentence, an `event_type` and
//!   `expected.is_event` (true, false, or null for sentences the annotators left ambiguous,
//!   which are left out and counted). A sentence is detected when its analysis has an event of
//!   that type that the text does not deny. Precision, recall and F1 per type.
//! * **Span rows** (`"task": "event_arguments"`): a sentence with the words of its source and
//!   target (`expected.source_text`, `expected.target_text`, bags of words). The source matches
//!   when a word of the gold source is a word of an actor of a predicted event of that type
//!   (compared without clitics and the article): head-word overlap. Likewise the target. Rows
//!   whose detection label is not a unanimous yes are scored apart, as the gold's own notes
//!   advise.
//!
//! Rows are split into two parts by a hash of their story id, so that rules can be developed
//! on one part and measured on the other ([`Part`]); no story falls in both.

use std::collections::BTreeMap;

use rasd_text::Document;
use rasd_text::annotations::{Argument, EventType, Modality, Polarity};
use rasd_text::eval::{Counts, EvalReport, ratio};
use serde_json::Value;

use crate::ner::norm::normalize;

/// The confidence from which an event counts as reported, chosen on the development half.
pub const DEFAULT_MIN_CONFIDENCE: f32 = 0.6;

/// How many wrong rows the report quotes.
const MAX_FAILURES: usize = 30;

/// Which rows to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Part {
    /// Every row.
    #[default]
    All,
    /// The rows whose story hashes to the development half.
    Develop,
    /// The other half, held out from development.
    Heldout,
}

impl Part {
    /// Whether the row of story `source_id` belongs to this part.
    #[must_use]
    pub fn contains(self, source_id: &str) -> bool {
        // `AAW_ARB_20071026.0026-2` is sentence 2 of story `AAW_ARB_20071026.0026`.
        let story = source_id.rsplit_once('-').map_or(source_id, |(s, _)| s);
        let develop = xxhash_rust::xxh3::xxh3_64(story.as_bytes()).is_multiple_of(2);
        match self {
            Self::All => true,
            Self::Develop => develop,
            Self::Heldout => !develop,
        }
    }

    /// The part's name, for the report.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::All => "all rows",
            Self::Develop => "development half (story hash even)",
            Self::Heldout => "held-out half (story hash odd)",
        }
    }
}

/// Counts of argument matches.
#[derive(Debug, Default, Clone, Copy)]
struct Matches {
    rows: usize,
    detected: usize,
    source_gold: usize,
    source_hit: usize,
    target_gold: usize,
    target_hit: usize,
}

/// One row scored wrong (a detection row, or a span row whose source or target was missed),
/// for a reader looking for what the rules miss.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Mistake {
    /// The row's id.
    pub id: String,
    /// The event type asked about.
    pub event_type: String,
    /// The gold label (`yes`, `difficult no`, `easy no`), or for a span row what was missed.
    pub label: String,
    /// Whether the gold says the sentence reports an event of that type.
    pub expected: bool,
    /// The events of that type found in the sentence: for a detection row all of them,
    /// whatever their confidence, as `(trigger, confidence, polarity and modality)`; for a span
    /// row the ones counted as reported, with the third field empty.
    pub found: Vec<(String, f32, String)>,
    /// The sentence.
    pub text: String,
}

/// Scores `analyze` (text and optional story date → analysed document) on the JSONL `gold`.
pub fn evaluate(
    gold: &str,
    path: &str,
    part: Part,
    min_confidence: f32,
    analyze: &dyn Fn(&str, Option<&str>) -> Document,
) -> EvalReport {
    evaluate_with_mistakes(gold, path, part, min_confidence, analyze, &mut Vec::new())
}

/// [`evaluate`], also collecting every detection row scored wrong in `mistakes`.
pub fn evaluate_with_mistakes(
    gold: &str,
    path: &str,
    part: Part,
    min_confidence: f32,
    analyze: &dyn Fn(&str, Option<&str>) -> Document,
    mistakes: &mut Vec<Mistake>,
) -> EvalReport {
    let mut report = EvalReport::new("events", path);
    report.notes.push(format!("rows scored: {}", part.name()));
    report.notes.push(format!(
        "an event counts when the text says it happened (not denied, not planned or possible) and its confidence is at least {min_confidence}"
    ));
    let mut detection: BTreeMap<String, Counts> = BTreeMap::new();
    let mut clean = Matches::default();
    let mut other = Matches::default();
    for (n, line) in gold.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let Ok(row) = serde_json::from_str::<Value>(line) else {
            report.skip("unreadable JSON line");
            report.add_failure(MAX_FAILURES, || format!("line {}: not JSON", n + 1));
            continue;
        };
        let source_id = row["source_id"]
            .as_str()
            .or(row["id"].as_str())
            .unwrap_or("");
        if !part.contains(source_id) {
            continue;
        }
        let (Some(text), Some(kind)) = (
            row["text"].as_str(),
            row["event_type"].as_str().and_then(EventType::from_name),
        ) else {
            report.skip("no text or unknown event_type");
            continue;
        };
        report.gold.examples += 1;
        let date = row["story_date"]
            .as_str()
            .map(str::to_owned)
            .or_else(|| date_from_id(source_id));
        let doc = analyze(text, date.as_deref());
        let found = doc
            .events
            .iter()
            .filter(|e| {
                e.kind == kind
                    && e.polarity == Polarity::Positive
                    && e.modality == Modality::Asserted
                    && e.confidence >= min_confidence
            })
            .collect::<Vec<_>>();
        match row["task"].as_str() {
            Some("event_arguments") => {
                let is_clean = row["detection_label"].as_str() == Some("yes");
                let bucket = if is_clean { &mut clean } else { &mut other };
                bucket.rows += 1;
                bucket.detected += usize::from(!found.is_empty());
                let actors: Vec<&Argument> = found.iter().flat_map(|e| &e.actors).collect();
                let targets: Vec<&Argument> = found.iter().flat_map(|e| &e.targets).collect();
                for (field, args) in [("source_text", &actors), ("target_text", &targets)] {
                    let Some(g) = row["expected"][field]
                        .as_str()
                        .filter(|s| !s.trim().is_empty())
                    else {
                        continue;
                    };
                    let hit = head_overlap(g, args);
                    let (gold_c, hit_c) = if field == "source_text" {
                        (&mut bucket.source_gold, &mut bucket.source_hit)
                    } else {
                        (&mut bucket.target_gold, &mut bucket.target_hit)
                    };
                    *gold_c += 1;
                    *hit_c += usize::from(hit);
                    if !hit && is_clean {
                        let ours: Vec<&str> = args.iter().map(|a| a.text.as_str()).collect();
                        mistakes.push(Mistake {
                            id: source_id.to_owned(),
                            event_type: kind.name().to_owned(),
                            label: format!("{field} gold «{g}» ours {ours:?}"),
                            expected: true,
                            found: found
                                .iter()
                                .map(|e| {
                                    let trigger = text
                                        .get(e.trigger.start..e.trigger.end)
                                        .unwrap_or("")
                                        .to_owned();
                                    (trigger, e.confidence, String::new())
                                })
                                .collect(),
                            text: text.to_owned(),
                        });
                        report.add_failure(MAX_FAILURES, || {
                            let ours: Vec<&str> = args.iter().map(|a| a.text.as_str()).collect();
                            format!("{kind:?} {field} gold «{g}» ours {ours:?}: {}", short(text))
                        });
                    }
                }
            }
            _ => {
                let Some(expected) = row["expected"]["is_event"].as_bool() else {
                    report.skip("detection rows left ambiguous by the annotators");
                    continue;
                };
                let predicted = !found.is_empty();
                let c = detection.entry(kind.name().to_owned()).or_default();
                match (expected, predicted) {
                    (true, true) => c.tp += 1,
                    (false, true) => c.fp += 1,
                    (true, false) => c.fn_ += 1,
                    (false, false) => {}
                }
                if expected != predicted {
                    let label = row["label"].as_str().unwrap_or("");
                    mistakes.push(Mistake {
                        id: source_id.to_owned(),
                        event_type: kind.name().to_owned(),
                        label: label.to_owned(),
                        expected,
                        found: doc
                            .events
                            .iter()
                            .filter(|e| e.kind == kind)
                            .map(|e| {
                                let trigger = text
                                    .get(e.trigger.start..e.trigger.end)
                                    .unwrap_or("")
                                    .to_owned();
                                let how = format!("{:?} {:?}", e.polarity, e.modality);
                                (trigger, e.confidence, how)
                            })
                            .collect(),
                        text: text.to_owned(),
                    });
                    report.add_failure(MAX_FAILURES, || {
                        let what = if predicted { "false alarm" } else { "missed" };
                        format!("{} {what} ({label}): {}", kind.name(), short(text))
                    });
                }
            }
        }
    }
    let mut micro = Counts::default();
    for (kind, c) in &detection {
        micro.add(*c);
        let mut m = c.metrics();
        #[allow(clippy::cast_precision_loss)] // counts are far below 2^52
        m.insert("support".into(), (c.tp + c.fn_) as f64);
        report.per_type.insert(format!("{kind} detection"), m);
    }
    if micro.tp + micro.fp + micro.fn_ > 0 {
        report.metrics.insert("detection_f1".into(), micro.f1());
    }
    for (name, m) in [("", clean), (" (label not yes)", other)] {
        if m.rows == 0 {
            continue;
        }
        let mut metrics = BTreeMap::new();
        metrics.insert("detected".into(), ratio(m.detected, m.rows));
        metrics.insert("source_match".into(), ratio(m.source_hit, m.source_gold));
        metrics.insert("target_match".into(), ratio(m.target_hit, m.target_gold));
        #[allow(clippy::cast_precision_loss)] // counts are far below 2^52
        metrics.insert("support".into(), m.rows as f64);
        report.per_type.insert(format!("arguments{name}"), metrics);
        if name.is_empty() {
            report
                .metrics
                .insert("source_match".into(), ratio(m.source_hit, m.source_gold));
            report
                .metrics
                .insert("target_match".into(), ratio(m.target_hit, m.target_gold));
        }
    }
    report
}

/// The story date a newswire document id carries (`AAW_ARB_20071026.0026-2`: the LDC Gigaword
/// convention `SOURCE_LANG_YYYYMMDD.NNNN`), as `YYYY-MM-DD`: the detection rows give no other,
/// and without it `أمس` or `الشهر الماضي` cannot be placed.
fn date_from_id(id: &str) -> Option<String> {
    let digits = id.split('_').nth(2)?.get(..8)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, rest) = digits.split_at(4);
    let (m, d) = rest.split_at(2);
    let ok = ("01"..="12").contains(&m) && ("01"..="31").contains(&d);
    ok.then(|| format!("{y}-{m}-{d}"))
}

/// Whether a word of the gold phrase (a bag of words) is a word of one of the arguments, both
/// without clitics and the article.
fn head_overlap(gold: &str, args: &[&Argument]) -> bool {
    let ours: Vec<String> = args
        .iter()
        .flat_map(|a| a.text.split_whitespace())
        .map(bare)
        .collect();
    gold.split_whitespace()
        .map(bare)
        .filter(|w| w.chars().count() >= 2)
        .any(|w| ours.contains(&w))
}

/// A word normalized, with a leading conjunction, preposition and article removed.
fn bare(word: &str) -> String {
    let w: String = normalize(word)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    for prefix in ["وال", "بال", "لل", "فال", "كال", "ال", "و", "ب", "ل"] {
        if let Some(rest) = w.strip_prefix(prefix)
            && rest.chars().count() >= 3
        {
            return rest.to_owned();
        }
    }
    w
}

/// The first words of a sentence, for a failure line.
fn short(text: &str) -> String {
    text.chars().take(140).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_words_match_without_clitics() {
        let arg = Argument {
            span: rasd_text::Span::new(0, 0),
            text: "والمسلحين".to_owned(),
            entity: None,
        };
        assert!(head_overlap("مسلحين مجهولين", &[&arg]));
        assert!(!head_overlap("الشرطة", &[&arg]));
    }

    #[test]
    fn story_date_from_newswire_id() {
        assert_eq!(
            date_from_id("AAW_ARB_20071026.0026-2").as_deref(),
            Some("2007-10-26")
        );
        assert_eq!(date_from_id("e6874d82"), None);
        assert_eq!(date_from_id("AAW_ARB_2007.1"), None);
    }

    #[test]
    fn parts_split_by_story_not_sentence() {
        let a = Part::Develop.contains("AAW_ARB_20071026.0026-2");
        let b = Part::Develop.contains("AAW_ARB_20071026.0026-7");
        assert_eq!(a, b);
        assert_ne!(Part::Develop.contains("x-1"), Part::Heldout.contains("x-1"));
    }
}
