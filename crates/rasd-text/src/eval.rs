//! The evaluation report every `rasd eval <task>` prints, and the counting it rests on.
//!
//! A task's evaluator (in the crate that owns the task) reads gold data given as text, runs the
//! system, and fills an [`EvalReport`]. Its [`Display`](std::fmt::Display) is a readable table;
//! serialized, it is one JSON object whose keys are the metric names (`precision`, `recall`,
//! `f1`, `accuracy`, `pass_rate`), with per-type figures nested under their type and the data read
//! under `gold`.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

/// True positives, false positives and false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Predicted and in the gold.
    pub tp: usize,
    /// Predicted, not in the gold.
    pub fp: usize,
    /// In the gold, not predicted.
    pub fn_: usize,
}

impl Counts {
    /// tp / (tp + fp); 0 when nothing was predicted.
    #[must_use]
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// tp / (tp + fn); 0 when the gold is empty.
    #[must_use]
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// The harmonic mean of precision and recall.
    #[must_use]
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Adds another set of counts.
    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    /// Precision, recall and F1 as named metrics.
    #[must_use]
    pub fn metrics(&self) -> BTreeMap<String, f64> {
        BTreeMap::from([
            ("precision".to_owned(), self.precision()),
            ("recall".to_owned(), self.recall()),
            ("f1".to_owned(), self.f1()),
        ])
    }
}

/// `num / den`, or 0 when `den` is 0.
#[must_use]
#[allow(clippy::cast_precision_loss)] // counts are far below 2^52
pub fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

/// What gold data an evaluation read.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct GoldInfo {
    /// The file, as the user named it.
    pub path: String,
    /// Examples (sentences, words, rows) read and scored.
    pub examples: usize,
    /// Examples left out, counted by reason.
    pub skipped: BTreeMap<String, usize>,
}

/// The result of one evaluation.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct EvalReport {
    /// The task (`merge`, `segment`, `ner`, `time`, …).
    pub task: String,
    /// The data read.
    pub gold: GoldInfo,
    /// Headline metrics by name.
    #[serde(flatten)]
    pub metrics: BTreeMap<String, f64>,
    /// Per-type metrics: type → metric name → value.
    #[serde(flatten)]
    pub per_type: BTreeMap<String, BTreeMap<String, f64>>,
    /// Extra counts worth showing (support, confusion cells, cache hits).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub counts: BTreeMap<String, usize>,
    /// Examples the system got wrong, as short readable lines (at most a few dozen).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub failures: Vec<String>,
    /// Anything a reader of the figures must know (settings, what was left out and why).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl EvalReport {
    /// An empty report for `task` over the gold file `path`.
    #[must_use]
    pub fn new(task: &str, path: &str) -> Self {
        Self {
            task: task.to_owned(),
            gold: GoldInfo {
                path: path.to_owned(),
                ..GoldInfo::default()
            },
            ..Self::default()
        }
    }

    /// Records pass rates: overall under `pass_rate`, and per type with its support, from
    /// `(passed, total)` counts by type.
    pub fn add_pass_rates(&mut self, by_type: &BTreeMap<String, (usize, usize)>) {
        let (passed, total) = by_type.values().fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
        if total > 0 {
            self.metrics
                .insert("pass_rate".into(), ratio(passed, total));
        }
        for (ty, &(p, n)) in by_type {
            #[allow(clippy::cast_precision_loss)] // counts are far below 2^52
            let support = n as f64;
            self.per_type.insert(
                ty.clone(),
                BTreeMap::from([
                    ("pass_rate".into(), ratio(p, n)),
                    ("support".into(), support),
                ]),
            );
        }
    }

    /// Records span precision, recall and F1 and the accuracy of values on matched spans, when
    /// any span was scored.
    pub fn add_span_metrics(&mut self, spans: Counts, values_right: usize, values_checked: usize) {
        if spans.tp + spans.fp + spans.fn_ > 0 {
            self.metrics.extend(spans.metrics());
            self.metrics
                .insert("value_accuracy".into(), ratio(values_right, values_checked));
            self.counts.insert("values_checked".into(), values_checked);
        }
    }

    /// Adds a failure line while fewer than `limit` are kept; the line is only formatted then.
    pub fn add_failure(&mut self, limit: usize, line: impl FnOnce() -> String) {
        if self.failures.len() < limit {
            self.failures.push(line());
        }
    }

    /// Counts one skipped example under `reason`.
    pub fn skip(&mut self, reason: &str) {
        *self.gold.skipped.entry(reason.to_owned()).or_default() += 1;
    }
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "task: {}", self.task)?;
        writeln!(
            f,
            "gold: {} ({} examples)",
            self.gold.path, self.gold.examples
        )?;
        for (reason, n) in &self.gold.skipped {
            writeln!(f, "  skipped {n}: {reason}")?;
        }
        for note in &self.notes {
            writeln!(f, "note: {note}")?;
        }
        writeln!(f)?;
        for (name, value) in &self.metrics {
            writeln!(f, "{name:<12} {value:.4}")?;
        }
        if !self.per_type.is_empty() {
            let mut columns: Vec<&String> = Vec::new();
            for metrics in self.per_type.values() {
                for name in metrics.keys() {
                    if !columns.contains(&name) {
                        columns.push(name);
                    }
                }
            }
            writeln!(f)?;
            // Columns as wide as their names (at least 12), so long names stay apart.
            let first = self
                .per_type
                .keys()
                .map(|k| k.chars().count() + 1)
                .max()
                .unwrap_or(0)
                .max(14);
            let width = |c: &str| c.chars().count().max(11) + 1;
            write!(f, "{:<first$}", "type")?;
            for c in &columns {
                write!(f, "{c:>w$}", w = width(c))?;
            }
            writeln!(f)?;
            for (ty, metrics) in &self.per_type {
                write!(f, "{ty:<first$}")?;
                for c in &columns {
                    let w = width(c);
                    match metrics.get(*c) {
                        Some(v) if v.fract() == 0.0 && *v >= 1.0 => write!(f, "{v:>w$}")?,
                        Some(v) => write!(f, "{v:>w$.4}")?,
                        None => write!(f, "{:>w$}", "-")?,
                    }
                }
                writeln!(f)?;
            }
        }
        if !self.counts.is_empty() {
            writeln!(f)?;
            for (name, n) in &self.counts {
                writeln!(f, "{name:<24} {n}")?;
            }
        }
        if !self.failures.is_empty() {
            writeln!(f, "\nfailures (first {}):", self.failures.len())?;
            for line in &self.failures {
                writeln!(f, "  {line}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_json_shape() {
        let c = Counts {
            tp: 8,
            fp: 2,
            fn_: 8,
        };
        assert!((c.precision() - 0.8).abs() < 1e-9);
        assert!((c.recall() - 0.5).abs() < 1e-9);
        let mut report = EvalReport::new("merge", "gold.jsonl");
        report.metrics = c.metrics();
        report.per_type.insert("PERS".into(), c.metrics());
        report.skip("invalid JSON");
        let json = serde_json::to_value(&report).unwrap();
        assert!(json["precision"].as_f64().is_some());
        assert!(json["PERS"]["f1"].as_f64().is_some());
        assert_eq!(json["gold"]["skipped"]["invalid JSON"], 1);
        assert!(report.to_string().contains("precision"));
    }
}
