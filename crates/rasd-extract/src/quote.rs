//! Quotes: direct and reported speech with its speaker.
//!
//! A speech verb (`قال`, `أكد`, `أوضح`, `أشار`, `أعلن`, `صرح`, `شدد`, `أضاف`, `نفى`… in any
//! inflection and with any clitic) opens a quote. Its speaker is the phrase after it (or before
//! it, when the verb shows a plural subject), up to `أن`/`إن`, a quotation mark, a colon or a
//! comma; what was said is the quoted words (direct speech) or the clause after `أن`/`إن`
//! (reported speech). `كما قال المكتب ...` reports what the sentence said before it. A verb of
//! praise or criticism followed by quotation marks (`وأشاد بايدن "بدور الكاظمي ..."`) quotes too.

use std::ops::Range;
use std::sync::LazyLock;

use rasd_text::Document;
use rasd_text::annotations::{Argument, Event, Quote, QuoteKind};
use rustc_hash::FxHashMap;

use crate::event::{Phrases, Words, candidates};
use crate::ner::norm::{normalize, same};

/// How a verb introduces speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Speech {
    /// A verb of saying: quotes with `أن`, `إن`, a colon or quotation marks.
    Say,
    /// A verb of saying that denies (`نفى`).
    Deny,
    /// A verb of praise, criticism or demand: quotes only with quotation marks.
    Evaluate,
}

/// Speech verbs by their past-tense stem.
const SPEECH_VERBS: &[(&str, Speech)] = &[
    ("قال", Speech::Say),
    ("اكد", Speech::Say),
    ("اوضح", Speech::Say),
    ("اشار", Speech::Say),
    ("اعلن", Speech::Say),
    ("صرح", Speech::Say),
    ("شدد", Speech::Say),
    ("اضاف", Speech::Say),
    ("ذكر", Speech::Say),
    ("افاد", Speech::Say),
    ("لفت", Speech::Say),
    ("اعتبر", Speech::Say),
    ("راى", Speech::Say),
    ("تابع", Speech::Say),
    ("اردف", Speech::Say),
    ("كشف", Speech::Say),
    ("ابلغ", Speech::Say),
    ("بين", Speech::Say),
    ("حذر", Speech::Say),
    ("زعم", Speech::Say),
    ("ادعى", Speech::Say),
    ("اعترف", Speech::Say),
    ("اكدت", Speech::Say),
    ("قالت", Speech::Say),
    ("نقل", Speech::Say),
    ("نفى", Speech::Deny),
    ("اشاد", Speech::Evaluate),
    ("رحب", Speech::Evaluate),
    ("انتقد", Speech::Evaluate),
    ("طالب", Speech::Evaluate),
    ("دعا", Speech::Evaluate),
    ("ندد", Speech::Evaluate),
];

/// Words that open reported content.
const COMPLEMENTIZERS: &[&str] = &[
    "ان", "أن", "إن", "انه", "أنه", "إنه", "انها", "أنها", "إنها", "انهم", "أنهم", "إنهم", "بان",
    "بأن",
];

/// Opening and closing quotation marks.
const OPENING: &[&str] = &["«", "\"", "“", "„", "'"];
const CLOSING: &[&str] = &["»", "\"", "”", "'"];

/// The longest speaker phrase, in words.
const MAX_SPEAKER: usize = 9;

static VERBS: LazyLock<FxHashMap<String, Speech>> = LazyLock::new(|| {
    SPEECH_VERBS
        .iter()
        .map(|&(k, v)| (normalize(k), v))
        .collect()
});

/// The quotes of `doc`.
pub(crate) fn find(doc: &Document, words: &Words, events: &[Event]) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut recent: Option<(usize, Argument)> = None;
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if sentence.duplicate_of.is_some() {
            continue;
        }
        let range = sentence.first_token..sentence.end_token.min(doc.tokens.len());
        let p = Phrases {
            doc,
            words,
            sentence: range.clone(),
        };
        for i in range.clone() {
            let w = words.get(i);
            // A verb takes neither the article nor a preposition; with an object suffix
            // (`تابعته`) it is not introducing speech.
            if !w.is_word || w.det || w.prep.is_some() || w.pron {
                continue;
            }
            let Some(speech) = candidates(w).iter().find_map(|k| VERBS.get(k).copied()) else {
                continue;
            };
            let quote = quote_at(&p, s, i, speech);
            if let Some(mut q) = quote
                && !out.iter().any(|o: &Quote| o.span.overlaps(q.span))
            {
                if q.speaker.is_none() {
                    // `وشددا على أن` after `وأكد الوفدان`: the last one who spoke, in this
                    // sentence or the one before.
                    q.speaker =
                        implied_speaker(events, s, doc.tokens[i].span.start).or_else(|| {
                            recent
                                .as_ref()
                                .filter(|(rs, _)| rs + 1 >= s)
                                .map(|(_, a)| a.clone())
                        });
                }
                if let Some(a) = &q.speaker {
                    recent = Some((s, a.clone()));
                }
                out.push(q);
            } else if let Some(a) = p
                .phrase_at(i + 1)
                .map(|r| {
                    // `الوفدان التزامهما`: a word with a pronoun suffix starts the object.
                    let end = (r.start + 1..r.end)
                        .find(|&j| words.get(j).pron)
                        .unwrap_or(r.end);
                    r.start..end
                })
                .and_then(|r| p.argument(r))
            {
                // A speech verb without a quote still says who is speaking.
                recent = Some((s, a));
            }
        }
    }
    out
}

/// The quote opened by the speech verb at token `i`, if it opens one.
fn quote_at(p: &Phrases<'_>, s: usize, i: usize, speech: Speech) -> Option<Quote> {
    let doc = p.doc;
    let words = p.words;
    let is_in = |j: usize, list: &[&str]| list.iter().any(|x| same(&words.get(j).norm, x));
    let text_of = |j: usize| doc.tokens.get(j).map_or("", |t| t.text(&doc.text));
    let plural = ["وا", "ا"].iter().any(|x| same(&words.get(i).vsuff, x));
    // The speaker: after the verb up to what opens the content, or before a plural verb.
    let mut start = p.skip_fillers(i + 1);
    // `أكد على أن`: the preposition belongs to the verb.
    if same(&words.get(start).norm, "على") && is_in(start + 1, COMPLEMENTIZERS) {
        start += 1;
    }
    let mut end = start;
    let mut speaker_end: Option<usize> = None;
    while end < p.sentence.end && end - start < MAX_SPEAKER {
        let t = text_of(end);
        if is_in(end, COMPLEMENTIZERS)
            || OPENING.contains(&t)
            || t == ":"
            || t == "،"
            || t == ","
            || words.get(end).is_punct
        {
            break;
        }
        // A word with a pronoun suffix after the speaker's name starts a new clause
        // (`المكتب الاعلامي ... تابعته`).
        if end > start && words.get(end).pron && words.get(end).mention.is_none() {
            break;
        }
        // A time after the name (`أعلنت المنظمة اليوم أن`) ends the speaker, not the search
        // for what opens the content.
        if words.get(end).in_time && end > start {
            speaker_end.get_or_insert(end);
        }
        end += 1;
    }
    let opener = end;
    let speaker_stop = speaker_end.unwrap_or(end);
    let mut speaker_range: Option<Range<usize>> =
        (speaker_stop > start).then_some(start..speaker_stop);
    // A comma may separate the name from its title (`خالد منصور، ان`): skip the title.
    let mut content_at = opener;
    if matches!(text_of(opener), "،" | ",") {
        let mut j = opener + 1;
        while j < p.sentence.end
            && j - opener <= MAX_SPEAKER
            && !is_in(j, COMPLEMENTIZERS)
            && !OPENING.contains(&text_of(j))
        {
            j += 1;
        }
        if j < p.sentence.end && (is_in(j, COMPLEMENTIZERS) || OPENING.contains(&text_of(j))) {
            content_at = j;
        } else {
            // No content after the comma: the speaker was the whole phrase before it.
            content_at = p.sentence.end;
        }
    }
    // A subject written before the verb (`صدر بيان مشترك اكد على ان`, `مجهولين قالوا`).
    if speaker_range.is_none() && (plural || i > p.sentence.start + 1) {
        speaker_range = p.phrase_before(i).filter(|r| r.end == i);
    }
    if text_of(content_at) == ":" {
        content_at += 1;
    }
    let as_said = i > p.sentence.start + 2 && same(&words.get(i - 1).norm, "كما");
    let direct = OPENING.contains(&text_of(content_at)).then(|| {
        let from = content_at + 1;
        let to = (from..p.sentence.end)
            .find(|&j| CLOSING.contains(&text_of(j)) && j > from)
            .unwrap_or(p.sentence.end);
        from..to
    });
    let (content, kind) = if let Some(r) = direct.filter(|r| r.len() >= 2) {
        (r, QuoteKind::Direct)
    } else if content_at < p.sentence.end
        && is_in(content_at, COMPLEMENTIZERS)
        && speech != Speech::Evaluate
    {
        let from = if ["ان", "أن", "إن", "بان", "بأن"]
            .iter()
            .any(|x| same(&words.get(content_at).norm, x))
        {
            content_at + 1
        } else {
            content_at
        };
        // A quotation right after `أن` is still reported speech, without its marks.
        let from = if OPENING.contains(&text_of(from)) {
            from + 1
        } else {
            from
        };
        (from..trim_end(p, p.sentence.end), QuoteKind::Reported)
    } else if as_said && speech != Speech::Evaluate {
        // `... كما قال المكتب الاعلامي`: the words before say what was said.
        (p.sentence.start..trim_end(p, i - 1), QuoteKind::Reported)
    } else {
        return None;
    };
    if content.is_empty() {
        return None;
    }
    let span = doc.tokens[content.start]
        .span
        .cover(doc.tokens[content.end - 1].span);
    let speaker = speaker_range
        .filter(|r| !r.is_empty() && r.end <= content.start.max(r.end))
        .and_then(|r| p.argument(r));
    Some(Quote {
        span,
        kind,
        trigger: doc.tokens[i].span,
        speaker,
        sentence: s,
        denial: speech == Speech::Deny,
    })
}

/// The speaker a verb without a named subject refers to (`واكدا ان`, after `اعلنت بغداد
/// وواشنطن`): the first named actor of the last event before it in the same sentence.
fn implied_speaker(events: &[Event], s: usize, before: usize) -> Option<Argument> {
    events
        .iter()
        .rev()
        .filter(|e| e.sentence == s && e.trigger.start < before)
        .find_map(|e| e.actors.iter().find(|a| a.entity.is_some()))
        .cloned()
}

/// `end` moved back over the closing punctuation of a sentence.
fn trim_end(p: &Phrases<'_>, mut end: usize) -> usize {
    while end > p.sentence.start && p.words.get(end - 1).is_punct {
        end -= 1;
    }
    end
}
