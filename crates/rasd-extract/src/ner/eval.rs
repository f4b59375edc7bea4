//! `rasd eval ner`: exact-span precision, recall and F1 per type and micro-averaged, with the
//! confusion between types. The gold tokens are the tokens: nothing is re-tokenized.

use std::collections::BTreeMap;

use rasd_text::eval::{Counts, EvalReport};

use super::Tagger;
use super::conll;
use super::labels::{TYPES, spans, type_name};

/// CoNLL files have no article boundaries: this many consecutive sentences are read together
/// as one article (training reads its data the same way).
pub const DOC_SENTENCES: usize = 20;

/// How many wrong sentences the report quotes.
const MAX_FAILURES: usize = 20;

/// Tags every sentence of the CoNLL text `gold` and scores the entity spans against it.
#[must_use]
pub fn evaluate(gold: &str, tagger: &Tagger) -> EvalReport {
    let corpus = conll::parse(gold);
    let mut report = EvalReport::new("ner", "");
    let mut per_type: BTreeMap<&str, Counts> = BTreeMap::new();
    let mut total = Counts::default();
    let mut confusion: BTreeMap<String, usize> = BTreeMap::new();
    let (mut tokens, mut token_correct, mut boundary) = (0usize, 0usize, 0usize);
    let mut tagged = Vec::with_capacity(corpus.sentences.len());
    for chunk in corpus.sentences.chunks(DOC_SENTENCES) {
        let words: Vec<&[String]> = chunk.iter().map(|s| s.words.as_slice()).collect();
        tagged.extend(
            tagger
                .tag_document(&words)
                .into_iter()
                .map(|(labels, _)| labels),
        );
    }
    for (s, predicted) in corpus.sentences.iter().zip(tagged) {
        tokens += s.words.len();
        token_correct += predicted
            .iter()
            .zip(&s.labels)
            .filter(|(a, b)| a == b)
            .count();
        let gold_spans = spans(&s.labels);
        let pred_spans = spans(&predicted);
        for &(gs, ge, gt) in &gold_spans {
            let c = per_type.entry(type_name(gt)).or_default();
            if pred_spans.contains(&(gs, ge, gt)) {
                c.tp += 1;
            } else {
                c.fn_ += 1;
                match pred_spans.iter().find(|&&(ps, pe, _)| ps == gs && pe == ge) {
                    Some(&(_, _, pt)) => {
                        *confusion
                            .entry(format!("confusion {}→{}", type_name(gt), type_name(pt)))
                            .or_default() += 1;
                    }
                    None if pred_spans.iter().any(|&(ps, pe, _)| ps < ge && gs < pe) => {
                        boundary += 1;
                    }
                    None => {}
                }
            }
        }
        for &(ps, pe, pt) in &pred_spans {
            if !gold_spans.contains(&(ps, pe, pt)) {
                per_type.entry(type_name(pt)).or_default().fp += 1;
            }
        }
        if gold_spans != pred_spans {
            report.add_failure(MAX_FAILURES, || {
                failure_line(&s.words, &gold_spans, &pred_spans)
            });
        }
    }
    for ty in TYPES {
        let c = per_type.get(type_name(ty)).copied().unwrap_or_default();
        total.add(c);
        let mut m = c.metrics();
        #[allow(clippy::cast_precision_loss)]
        m.insert("support".to_owned(), (c.tp + c.fn_) as f64);
        report.per_type.insert(type_name(ty).to_owned(), m);
    }
    report.metrics = total.metrics();
    report.metrics.insert(
        "token_accuracy".to_owned(),
        rasd_text::eval::ratio(token_correct, tokens),
    );
    report.gold.examples = corpus.sentences.len();
    report.counts.insert("gold tokens".to_owned(), tokens);
    report
        .counts
        .insert("gold entities".to_owned(), total.tp + total.fn_);
    report
        .counts
        .insert("predicted entities".to_owned(), total.tp + total.fp);
    report.counts.insert("boundary errors".to_owned(), boundary);
    report.counts.extend(confusion);
    for _ in 0..corpus.bad_lines {
        report.skip("line without an IOB2 tag");
    }
    if corpus.other_types > 0 {
        report.notes.push(format!(
            "{} tags of types outside PERS/LOC/ORG/MISC (dates, numbers, occupations …) read as O",
            corpus.other_types
        ));
    }
    report.notes.push(
        "exact-span match: an entity counts only with the same first word, last word and type"
            .to_owned(),
    );
    report
}

/// One sentence's errors as `gold: [..] predicted: [..]`.
fn failure_line(
    words: &[String],
    gold: &[(usize, usize, rasd_text::annotations::EntityType)],
    pred: &[(usize, usize, rasd_text::annotations::EntityType)],
) -> String {
    let show = |spans: &[(usize, usize, rasd_text::annotations::EntityType)],
                other: &[(usize, usize, rasd_text::annotations::EntityType)]| {
        spans
            .iter()
            .filter(|s| !other.contains(s))
            .map(|&(s, e, t)| {
                format!(
                    "{}:{}",
                    type_name(t),
                    words.get(s..e).unwrap_or(&[]).join(" ")
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!("missed [{}] wrong [{}]", show(gold, pred), show(pred, gold))
}
