//! The numbers an event comes with: killed, injured, arrested, abducted, munitions, attacks,
//! protesters; and the zero of `من دون تسجيل إصابات`.
//!
//! A number counts what its noun names (`14 صاروخا`, `11 قتيلا`), what the word before it
//! names (`مقتل نحو 10`, `وأصيب 13`), or what the verb after it says happened (`28 شخصا على
//! الأقل قتلوا`). Any other number (`3500 جندي`) is not a count of the event.

use std::ops::Range;

use rasd_text::annotations::{CountKind, EventCount, EventType, QuantityKind, QuantityModifier};
use rasd_text::{Document, Span};

use super::lexicon;
use super::phrases::{is_function_word, is_preposition_word};
use super::words::Words;
use crate::ner::norm::same;

/// Words that deny what follows them (`دون`, `لم`).
const DENIERS: &[&str] = &["دون", "بدون", "لم", "لا", "عدم"];

/// The counts of an event of type `kind` in the sentence `range`.
pub(crate) fn find(
    doc: &Document,
    words: &Words,
    range: Range<usize>,
    kind: EventType,
) -> Vec<EventCount> {
    let mut out = Vec::new();
    let (Some(first), Some(last)) = (
        doc.tokens.get(range.start),
        range.end.checked_sub(1).and_then(|e| doc.tokens.get(e)),
    ) else {
        return out;
    };
    let bounds = Span::new(first.span.start, last.span.end);
    for q in &doc.quantities {
        if !bounds.contains(q.span) || !matches!(q.kind, QuantityKind::Cardinal) {
            continue;
        }
        let toks = doc.token_range(q.span);
        let counted = q
            .counted
            .map(|c| doc.token_range(c).start)
            // `اثنين وإصابة`: a noun joined by `و` starts the next clause, it is not counted.
            .filter(|&i| !words.get(i).conj)
            .and_then(|i| lexicon::count_noun(words.get(i)));
        // The word before, or the one before that when the counted noun comes first
        // (`مقتل شرطيين اثنين`).
        let before = (toks.start.saturating_sub(2).max(range.start)..toks.start)
            .rev()
            .map(|i| words.get(i))
            .find_map(|w| lexicon::count_noun(w).or_else(|| lexicon::count_verb(w)))
            // `قصفت الطائرات ثلاثة مواقع`: defined aircraft before a number are the subject,
            // not what it counts (`عدد القتلى 30` still counts the dead).
            .filter(|&what| {
                what != CountKind::Munitions
                    || !(toks.start.saturating_sub(2).max(range.start)..toks.start).any(|i| {
                        let w = words.get(i);
                        w.det && lexicon::is_aircraft(w)
                    })
            });
        // A verb after the number: a word with a verb ending, or the bare passive (`قتل`).
        let after = (toks.end..(toks.end + 4).min(range.end))
            .map(|i| words.get(i))
            .take_while(|w| !w.is_punct)
            .filter(|w| !w.det && w.prep.is_none())
            .find_map(lexicon::count_verb);
        // `وقتل جندي أمريكي وثمانية مقاتلين`: a number joined to the verb's first victim
        // counts the others; the first adds one (two for a dual), and the count covers both.
        let joined = counted
            .is_none()
            .then(|| joined_victims(words, range.clone(), toks.start))
            .flatten();
        let (what, extra, span) = if let Some((what, head, extra)) = joined {
            (what, extra, doc.tokens[head].span.cover(q.span))
        } else {
            let Some(what) = counted
                .or(before)
                .or(after)
                .or_else(|| verb_across_phrases(words, range.start, toks.start))
            else {
                continue;
            };
            (what, 0.0, q.span)
        };
        if !fits(kind, what) {
            continue;
        }
        out.push(EventCount {
            kind: what,
            value: q.value + extra,
            upper: q.upper.map(|u| u + extra),
            approximate: q.modifier.is_some_and(|m| m != QuantityModifier::Range),
            span,
        });
    }
    out.extend(duals(doc, words, range.clone(), kind, &out));
    if kind == EventType::Assault {
        out.extend(zeros(doc, words, range));
    }
    out
}

/// How far back a casualty verb may stand from its number across prepositional phrases.
const VERB_REACH: usize = 10;

/// Longest subject, in words, between a casualty verb with its ending and the number of its
/// object.
const SUBJECT_WORDS: usize = 4;

/// A casualty or arrest verb that opens the number's clause with only prepositional phrases
/// and times between (`وقتل خلال المواجهات في منطقة التواهي 28 شخصا`): the number is the
/// verb's subject or object. Walking back from the number, every run of nouns must be closed
/// by a preposition (a word or a clitic) or be a time; anything else (a relative, another
/// verb, a number, a comma, a `و` that opens a new clause) ends the walk, so the attackers of
/// `في الهجوم الذي نفذه 3 مسلحين` are not its dead.
fn verb_across_phrases(words: &Words, start: usize, number: usize) -> Option<CountKind> {
    let from = number.saturating_sub(VERB_REACH).max(start);
    // Nouns since the last preposition, in the walk back.
    let mut open = 0;
    for j in (from..number).rev() {
        let w = words.get(j);
        if let Some(kind) = lexicon::count_verb(w) {
            // The verb opens its clause or carries a verb ending (`الشرطة اعتقلت`); a bare
            // form after a noun is a noun in construct (`عمليات قتل في قرية تقع على مسافة 45
            // كيلومترا`).
            let opens = w.conj
                || !w.vsuff.is_empty()
                || j == start
                || j.checked_sub(1)
                    .map(|b| words.get(b))
                    .is_some_and(|b| b.is_punct || b.in_time || is_function_word(b));
            // A verb with its ending may have its subject between (`قتلت قوات الأمن ستة
            // متشددين`, `اعتقلت الشرطة الاتحادية 25 شخصا`): the number counts its object.
            let subject_between = open <= SUBJECT_WORDS && !w.vsuff.is_empty();
            return ((open == 0 || subject_between) && !w.det && opens).then_some(kind);
        }
        if w.in_time {
            // `صباح الأحد`: a time is an adverb, whatever its words are elsewhere.
            open = 0;
            continue;
        }
        if w.is_punct
            || w.conj
            || w.in_quantity
            || !w.is_word
            || !w.vsuff.is_empty()
            || w.accusative
            || is_function_word(w)
        {
            return None;
        }
        if is_preposition_word(w) || w.prep.is_some() {
            open = 0;
        } else {
            open += 1;
        }
    }
    None
}

/// Words a first victim may take before the number joined to it (`جندي أمريكي`).
const FIRST_VICTIM_WORDS: usize = 3;

/// For a number joined by `و` at token `number` (`وثمانية`), the casualty verb right before
/// the first victim it is joined to, that victim's token and how many it counts: an
/// indefinite person noun after the bare verb, one, or two for a dual (`وقتل جنديان وثلاثة
/// مدنيين`).
fn joined_victims(
    words: &Words,
    range: Range<usize>,
    number: usize,
) -> Option<(CountKind, usize, f64)> {
    if !words.get(number).conj {
        return None;
    }
    let from = number
        .saturating_sub(FIRST_VICTIM_WORDS + 1)
        .max(range.start);
    let verb = (from..number)
        .rev()
        .find(|&j| lexicon::count_verb(words.get(j)).is_some())?;
    let head = verb + 1;
    let phrase_ok = (head..number).all(|j| {
        let w = words.get(j);
        w.is_word && !w.is_punct && !w.det && w.prep.is_none() && !w.conj && !w.in_quantity
    });
    let v = words.get(verb);
    let h = words.get(head);
    if head >= number || !phrase_ok || !v.vsuff.is_empty() || v.det || v.prep.is_some() {
        return None;
    }
    let one = if h.dual && h.dual_nominative {
        2.0
    } else if super::detect::is_person_noun(h) {
        1.0
    } else {
        return None;
    };
    Some((lexicon::count_verb(v)?, head, one))
}

/// `قتل جنديان`, `ولقي شخصان مصرعهما`, `مقتل شخصين`: a dual noun next to a word of casualty or
/// arrest counts two, when no number already counts that kind (see [`super::words::Word::dual`]
/// for the `ين` that is also the sound plural's, `مدنيين`).
fn duals(
    doc: &Document,
    words: &Words,
    range: Range<usize>,
    kind: EventType,
    found: &[EventCount],
) -> Vec<EventCount> {
    let mut out: Vec<EventCount> = Vec::new();
    for i in range.clone() {
        let w = words.get(i);
        let Some(what) = lexicon::count_noun(w).or_else(|| lexicon::count_verb(w)) else {
            continue;
        };
        let people = matches!(
            what,
            CountKind::Killed | CountKind::Injured | CountKind::Abducted | CountKind::Arrested
        );
        if !people || !fits(kind, what) || found.iter().chain(&out).any(|c| c.kind == what) {
            continue;
        }
        // The dual before the word is its subject (`شخصان مصرعهما`), unless `و` opens the word:
        // `مقتل طفلين وإصابة` ends the clause of the dual.
        let before = if w.conj { None } else { i.checked_sub(1) };
        // A dual right after a plain verb is its subject, in the nominative (`أصيب شرطيان`;
        // `أصيب برصاصتين` counts bullets); after a noun it is in construct (`مقتل طفلين`).
        let verb = !w.vsuff.is_empty() || lexicon::candidates(w).iter().any(|k| same(k, "اصيب"));
        let dual = std::iter::once(i + 1).chain(before).find(|&j| {
            let d = words.get(j);
            range.contains(&j)
                && d.dual
                && (d.dual_nominative || !verb)
                && !d.det
                && d.prep.is_none()
                && d.mention.is_none()
                && !d.in_quantity
                && !d.in_time
        });
        if let Some(span) = dual.and_then(|j| doc.tokens.get(j)).map(|t| t.span) {
            out.push(EventCount {
                kind: what,
                value: 2.0,
                upper: None,
                approximate: false,
                span,
            });
        }
    }
    out
}

/// Whether a count of `what` belongs to an event of type `kind`.
fn fits(kind: EventType, what: CountKind) -> bool {
    match kind {
        EventType::Assault => !matches!(what, CountKind::Participants | CountKind::Arrested),
        EventType::Arrest => what == CountKind::Arrested,
        EventType::Protest => matches!(
            what,
            CountKind::Participants | CountKind::Killed | CountKind::Injured | CountKind::Arrested
        ),
        _ => false,
    }
}

/// `من دون تسجيل إصابات`, `لم يسفر عن ضحايا`: the casualties the text says there were none of.
fn zeros(doc: &Document, words: &Words, range: Range<usize>) -> Vec<EventCount> {
    let mut out = Vec::new();
    for i in range.clone() {
        let Some(kinds) = lexicon::no_casualties(words.get(i)) else {
            continue;
        };
        let denier = (i.saturating_sub(4).max(range.start)..i)
            .rev()
            .find(|&j| DENIERS.iter().any(|d| same(&words.get(j).norm, d)));
        let Some(j) = denier else { continue };
        let span = doc.tokens[j].span.cover(doc.tokens[i].span);
        for &kind in kinds {
            out.push(EventCount {
                kind,
                value: 0.0,
                upper: None,
                approximate: false,
                span,
            });
        }
    }
    out
}
