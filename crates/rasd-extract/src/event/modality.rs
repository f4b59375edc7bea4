//! Whether the text says an event happened, will happen, may happen, or did not.

use rasd_text::Document;
use rasd_text::annotations::{EventTime, Modality, Polarity};

use super::phrases::Phrases;
use super::words::Words;
use crate::ner::norm::same;

/// Particles that deny the word after them.
const NEGATIONS: &[&str] = &[
    "لم", "لن", "لا", "ليس", "ليست", "عدم", "دون", "بدون", "غير", "لما",
];

/// Words before a verb or noun that put it in the future or in a plan.
const FUTURE: &[&str] = &[
    "سوف",
    "لن",
    "يعتزم",
    "تعتزم",
    "يعتزمون",
    "ينوي",
    "تنوي",
    "المقرر",
    "مقرر",
    "المزمع",
    "مزمع",
    "مرتقب",
    "المرتقب",
    "المرتقبة",
    "سيتم",
    "ستتم",
    "يتوقع",
    "يتوقع",
    "المتوقع",
    "يخطط",
    "تخطط",
];

/// Adjectives after a noun that put its event in the past (`القمة الأخيرة`, `الاجتماع السابق`).
const PAST_ADJECTIVES: &[&str] = &[
    "الاخير",
    "الاخيرة",
    "الماضي",
    "الماضية",
    "السابق",
    "السابقة",
    "الفائت",
    "الفائتة",
];

/// Words that make an event only possible.
const POSSIBLE: &[&str] = &["ربما", "محتمل", "المحتمل", "يحتمل", "احتمال", "لعل"];

/// The polarity and modality of the event whose trigger is token `i`.
pub(crate) fn of(
    doc: &Document,
    words: &Words,
    p: &Phrases<'_>,
    i: usize,
    time: Option<&EventTime>,
) -> (Polarity, Modality) {
    let start = i.saturating_sub(3).max(p.sentence.start);
    // Only words of the same clause: stop at punctuation.
    let before: Vec<usize> = (start..i)
        .rev()
        .take_while(|&j| !words.get(j).is_punct)
        .collect();
    let is = |j: usize, list: &[&str]| list.iter().any(|w| same(&words.get(j).norm, w));
    let negated = before.iter().any(|&j| {
        let w = words.get(j);
        // `ولم تعلن`: the negation may carry the conjunction.
        let negation = is(j, NEGATIONS) || (w.conj && NEGATIONS.iter().any(|n| same(&w.stem, n)));
        // `لا يزال` is 'still', not a denial.
        negation && !(w.stem == "لا" && words.get(j + 1).stem.contains("زال"))
    });
    // `لم تشهد المدينة أي تظاهرات`: `أي` carries a denial from earlier in the clause.
    let any_before =
        (i.saturating_sub(2).max(p.sentence.start)..i).any(|j| same(&words.get(j).norm, "أي"));
    let clause: Vec<usize> = (i.saturating_sub(8).max(p.sentence.start)..i)
        .rev()
        .take_while(|&j| !words.get(j).is_punct)
        .collect();
    let denied_any = any_before && clause.iter().any(|&j| is(j, NEGATIONS));
    // `لم يصدر مجلس الأمن بيانا`, `لم تشن القوات أي غارة`: a denied verb carrying the noun
    // (the nearest light or imperfect verb before it) denies it, however long its subject.
    let governing = clause.iter().copied().find(|&j| {
        let w = words.get(j);
        !w.det
            && w.prep.is_none()
            && (super::lexicon::is_light_verb(w) || super::frame::imperfect(w))
    });
    // `لا يزال`, `ما زال` say "still": no denial.
    let light_denied = governing.is_some_and(|j| {
        j > p.sentence.start && !words.get(j).stem.contains("زال") && {
            // `ولم`: the negation may carry the conjunction.
            let neg = words.get(j - 1);
            NEGATIONS
                .iter()
                .any(|n| same(&neg.norm, n) || (neg.conj && same(&neg.stem, n)))
        }
    });
    // `نفى أن تكون القوات قد أطلقت`: what a denial reports did not happen, by its speaker.
    let denied_report = p.sentence.clone().take_while(|&j| j < i).any(|j| {
        super::candidates(words.get(j))
            .iter()
            .any(|k| same(k, "نفى"))
            && !words.get(j).det
            && (j + 1..i).any(|k| is(k, &["ان", "أن", "إن", "بان", "بأن"]))
    });
    let polarity = if negated || denied_any || denied_report || light_denied {
        Polarity::Negative
    } else {
        Polarity::Positive
    };
    let trigger = words.get(i);
    // A perfect verb reports what happened (`صادق عليه البرلمان`), and `القمة الأخيرة` one that
    // is over, whatever later date the sentence also names.
    let past = (trigger
        .trigger
        .is_some_and(|t| t.class == super::lexicon::Class::Verb)
        && !trigger.det
        && trigger.prep.is_none()
        && !trigger.future
        && !super::frame::imperfect(trigger))
        || (i + 1..(i + 3).min(p.sentence.end))
            .take_while(|&j| !words.get(j).is_punct)
            .any(|j| is(j, PAST_ADJECTIVES));
    let future = trigger.future
        || before.iter().any(|&j| is(j, FUTURE) || words.get(j).future)
        || (!past && time.is_some_and(|t| after_reference(doc, t)));
    // `قد يعيدون تنظيم أنفسهم ويشنون هجمات`: `قد` before an imperfect verb makes what the
    // clause goes on to say only possible.
    let may = clause.iter().any(|&j| {
        words.get(j).norm == "قد" && j + 1 < i && super::frame::imperfect(words.get(j + 1))
    });
    // `أي هجوم` without a denial is any attack: one that may happen.
    let possible = may
        || (any_before && !denied_any)
        || before.iter().any(|&j| is(j, POSSIBLE))
        || before.first().is_some_and(|&j| {
            words.get(j).norm == "قد" && trigger.norm.starts_with(['ي', 'ت', 'ن'])
        });
    let modality = if future {
        Modality::Future
    } else if possible {
        Modality::Possible
    } else {
        Modality::Asserted
    };
    (polarity, modality)
}

/// Whether the event's time lies after the article's reference date.
fn after_reference(doc: &Document, time: &EventTime) -> bool {
    let (Some(value), Some(reference)) = (time.value.as_deref(), doc.meta.reference_date.as_ref())
    else {
        return false;
    };
    // ISO-8601 values compare as text; a month or year containing the reference day is not
    // after it, nor is an hour of that day (`الليلة`).
    let day = &reference.date;
    // A week (`2007-W28`) does not compare as text with a day: compare it with the week the
    // reference day falls in.
    if let Some((year, week)) = value.split_once("-W") {
        let week = week.get(..2).unwrap_or(week);
        let (Ok(year), Ok(week), Ok(date)) = (
            year.parse::<i16>(),
            week.parse::<i8>(),
            day.parse::<jiff::civil::Date>(),
        ) else {
            return false;
        };
        let now = date.iso_week_date();
        return (year, week) > (now.year(), now.week());
    }
    let value = value.get(..day.len().min(value.len())).unwrap_or(value);
    value > day.as_str() && !day.starts_with(value)
}
