//! Quotes: direct and reported speech with its speaker.
//!
//! A speech verb (`قال`, `أكد`, `أوضح`, `أشار`, `أعلن`, `صرح`, `شدد`, `أضاف`, `نفى`… in any
//! inflection and with any clitic) opens a quote. Its speaker is the phrase after it (or before
//! it, when the verb shows a plural subject), up to `أن`/`إن`, a quotation mark, a colon or a
//! comma; what was said is the quoted words (direct speech) or the clause after `أن`/`إن`
//! (reported speech). `كما قال المكتب ...` (or `حسبما`, `مثلما`) reports what the sentence said
//! before it. A verb of praise or criticism followed by quotation marks (`وأشاد بايدن "بدور
//! الكاظمي ..."`) quotes too.
//!
//! The speaker stops at the circumstances of the statement (`في بيان`, `خلال مؤتمر`), and after a
//! name at an indefinite object (`تنفي موسكو إرسال ...`). After a relative pronoun the speaker is
//! the name the clause hangs on (`X، الذي قال`); a verb with a conjunction and no subject of its
//! own continues the last speaker, or the person the sentence began with. `أشار`/`لفت` report
//! what follows `إلى`; reported content ends where `، و` brings another speech verb. Not speech:
//! the writer's `يذكر أن`, a verbal noun after a preposition or `عدم` (`عدم كشف هويته`), and bare
//! `بين` (the preposition, not the verb).

use std::ops::Range;
use std::sync::LazyLock;

use rasd_text::Document;
use rasd_text::annotations::{Argument, Event, Quote, QuoteKind};
use rustc_hash::FxHashMap;

use crate::event::{Phrases, THAT, Words, candidates};
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
    // The imperfective of the hollow verb: `يقول`, `وتقول`.
    ("قول", Speech::Say),
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

/// Opening and closing quotation marks.
const OPENING: &[&str] = &["«", "\"", "“", "„", "'"];
const CLOSING: &[&str] = &["»", "\"", "”", "'"];

/// Prepositions that end a speaker phrase without opening the content: the circumstances of
/// the statement (`قالت الوزارة في بيان ان`, `خلال مؤتمر صحفي`, `عبر حسابه`).
const CIRCUMSTANCE: &[&str] = &["في", "خلال", "عبر", "امام", "لدى", "عقب", "اثناء", "بعد"];

/// Verbs that take what was said after a preposition, with its spellings (`أشار إلى أن`, `لفت
/// إلى تعرض ...`, `شدد على أهمية ...`).
const PREPOSITION_VERBS: &[(&str, &[&str])] = &[
    ("اشار", &["الى", "إلى"]),
    ("لفت", &["الى", "إلى"]),
    ("شدد", &["على"]),
    ("اكد", &["على"]),
    ("اعلن", &["عن"]),
    ("كشف", &["عن"]),
];

/// A preposition with only a pronoun right after the verb points back to the statement or the
/// circumstance (`أفادت به`, `بيانا أكد فيه`): it is not the speaker.
const RESUMPTIVE: &[&str] = &["به", "بها", "بهم", "فيه", "فيها", "فيهم"];

/// Who news says a statement was made to (`قال الوزير لوكالة ...`, `للصحفيين`), by stem: after
/// `ل` they end the speaker; other `ل` phrases may belong to it (`الأمين العام للأمم المتحدة`).
const MEDIA: &[&str] = &[
    "وكالة",
    "صحيفة",
    "قناة",
    "موقع",
    "مراسل",
    "صحفيين",
    "صحافيين",
    "تلفزيون",
    "اذاعة",
    "إذاعة",
    "وسائل",
    "مجلة",
    "شبكة",
    "راديو",
];

/// Adverbs that end a speaker phrase (`وقال الوزير أيضا إن`).
const SPEAKER_ADVERBS: &[&str] = &[
    "ايضا",
    "أيضا",
    "كذلك",
    "مجددا",
    "بدوره",
    "بدورها",
    "بدورهم",
    "انذاك",
    "آنذاك",
    "حينها",
    "حينذاك",
    "وقتها",
];

/// Relative pronouns: a speech verb right after one has the noun before it as its subject.
const RELATIVES: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "اللذان",
    "اللتان",
    "اللواتي",
    "اللاتي",
];

/// The writer's own background formula (`يذكر أن`, `يشار إلى أن`: it is worth noting that),
/// which reports nobody's words.
const IMPERSONAL: &[&str] = &["يذكر", "ويذكر", "يشار", "ويشار", "يذكران", "يجدر"];

/// Words a finite verb never directly follows: prepositions and the negating noun `عدم`.
const NOT_BEFORE_VERB: &[&str] = &[
    "عدم", "دون", "بدون", "عن", "من", "في", "على", "الى", "حول", "اجل", "قبل", "بعد", "خلال",
];

/// Words that make the speech verb after them report the sentence before (`..., كما قال`).
const AS_SAID: &[&str] = &["كما", "حسبما", "مثلما", "وفقما"];

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
            let Some((key, speech)) = candidates(w)
                .iter()
                .find_map(|k| VERBS.get(k).map(|&v| (k.clone(), v)))
            else {
                continue;
            };
            // No finite verb ends in `ة` (`تابعة`, affiliated, is not `تابع`, went on).
            if IMPERSONAL.iter().any(|x| same(&w.norm, x))
                || (w.nsuff && w.norm.ends_with(['ة', 'ه']))
            {
                continue;
            }
            // After a preposition or `عدم` the word is a verbal noun (`عدم كشف هويته`), not a
            // verb: no finite verb follows them directly.
            if i > range.start
                && NOT_BEFORE_VERB
                    .iter()
                    .any(|x| same(&words.get(i - 1).norm, x))
            {
                continue;
            }
            // `نفي`, `رأي` with a ya, in a text that writes `نفى`, `رأى` with their maqsura,
            // are the nouns (denial, opinion), not the verbs.
            if key.ends_with('ي')
                && w.stem == key
                && doc.tokens[i].text(&doc.text).ends_with('ي')
                && doc.text.contains('ى')
            {
                continue;
            }
            // Bare `بين` is the preposition (between); the verb (explained) shows itself
            // with a conjunction or an ending (`وبين`, `بينت`).
            if key == "بين" && !w.conj && w.vsuff.is_empty() {
                continue;
            }
            let preposition = PREPOSITION_VERBS
                .iter()
                .find(|(v, _)| same(&key, v))
                .map_or(&[][..], |(_, preps)| *preps);
            let quote = quote_at(&p, s, i, speech, preposition);
            if let Some(mut q) = quote
                && !out.iter().any(|o: &Quote| o.span.overlaps(q.span))
            {
                if q.speaker.is_none() {
                    // `وشددا على أن` after `وأكد الوفدان`: the last one who spoke, in this
                    // sentence or the one before.
                    q.speaker = implied_speaker(events, s, doc.tokens[i].span.start)
                        .or_else(|| person_before(&p, i))
                        .or_else(|| {
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
                .filter(|r| {
                    !SPEAKER_ADVERBS
                        .iter()
                        .any(|x| same(&words.get(r.start).norm, x))
                })
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
fn quote_at(
    p: &Phrases<'_>,
    s: usize,
    i: usize,
    speech: Speech,
    preposition: &[&str],
) -> Option<Quote> {
    let doc = p.doc;
    let words = p.words;
    let is_in = |j: usize, list: &[&str]| list.iter().any(|x| same(&words.get(j).norm, x));
    // `أن`/`إن` and `بأن`, with or without a pronoun, open what was said.
    let opens = |j: usize| {
        let n = &words.get(j).norm;
        let n = n.strip_prefix('ب').unwrap_or(n);
        THAT.iter().chain(&["انهم"]).any(|t| same(n, t))
    };
    let text_of = |j: usize| doc.tokens.get(j).map_or("", |t| t.text(&doc.text));
    let plural = ["وا", "ا"].iter().any(|x| same(&words.get(i).vsuff, x));
    // The speaker: after the verb up to what opens the content, or before a plural verb.
    let mut start = p.skip_fillers(i + 1);
    // `حسبما أفادت به وسائل إعلام`: the pronoun after the verb points back to what was said.
    if is_in(start, RESUMPTIVE) {
        start = p.skip_fillers(start + 1);
    }
    // `قال لوكالة الأنباء إن`: the one spoken to comes first, and no speaker is named here.
    let addressee = words.get(start).prep == Some('ل') && !words.get(start).det;
    // `أكد على أن`: the preposition belongs to the verb.
    if same(&words.get(start).norm, "على") && opens(start + 1) {
        start += 1;
    }
    // `وأشار إلى أن`, `لفت إلى ضرورة`: no speaker after the verb, `إلى` belongs to it.
    let mut to_at: Option<usize> = None;
    if is_in(start, &["الى", "إلى"]) || is_in(start, preposition) {
        if opens(start + 1) {
            start += 1;
        } else if is_in(start, preposition) {
            to_at = Some(start + 1);
        }
    }
    let mut end = start;
    let mut speaker_end: Option<usize> = None;
    // `أشار مسؤول إلى تعرض ...`: where `إلى` opens what was said.
    while to_at.is_none() && end < p.sentence.end && end - start < MAX_SPEAKER {
        let t = text_of(end);
        // `قال لـ«الشرق الأوسط»`: the one spoken to, in quotation marks, is neither the
        // speaker nor what was said.
        if matches!(t, "لـ" | "ل") && OPENING.contains(&text_of(end + 1)) {
            speaker_end.get_or_insert(end);
            let close = (end + 2..p.sentence.end).find(|&j| CLOSING.contains(&text_of(j)));
            match close {
                Some(c) if c - end <= 6 => {
                    end = c + 1;
                    continue;
                }
                _ => break,
            }
        }
        // `وأعلنت «لجنة المتابعة» أن`: a short quoted name before what opens the content is
        // the speaker.
        if OPENING.contains(&t) {
            let close = (end + 1..p.sentence.end).find(|&j| CLOSING.contains(&text_of(j)));
            if let Some(c) = close.filter(|&c| c - end <= 6 && c > end + 1)
                && opens(c + 1)
            {
                end = c + 1;
                speaker_end.get_or_insert(end);
                continue;
            }
        }
        if end > start && is_in(end, preposition) {
            speaker_end.get_or_insert(end);
            if !opens(end + 1) {
                to_at = Some(end + 1);
                break;
            }
            end += 1;
            continue;
        }
        if opens(end)
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
        // `تنفي روسيا إرسال جنود`: after a name, an indefinite word is the object, not part of
        // the speaker (a defined word may be a title: `قال بايدن الرئيس الأميركي`).
        if end > start
            && words.get(end).mention.is_none()
            && !words.get(end).conj
            && words.get(end - 1).mention.is_some()
            && (!words.get(end).det || words.get(end).prep.is_some())
        {
            speaker_end.get_or_insert(end);
        }
        // `قالت الوزارة في بيان ان`: the circumstances are not the speaker.
        let to_media = words.get(end).prep == Some('ل')
            && MEDIA
                .iter()
                .any(|m| same(words.get(end).stem.trim_start_matches("ال"), m));
        if end > start && (is_in(end, CIRCUMSTANCE) || is_in(end, SPEAKER_ADVERBS) || to_media) {
            speaker_end.get_or_insert(end);
        }
        end += 1;
    }
    let opener = end;
    let speaker_stop = speaker_end.unwrap_or(end);
    let mut speaker_range: Option<Range<usize>> =
        (speaker_stop > start && !addressee).then_some(start..speaker_stop);
    // A comma may separate the name from its title (`خالد منصور، ان`): skip the title.
    let mut content_at = opener;
    // `لـ«الشرق الأوسط»` at `j`: the token after its closing mark.
    let past_addressee = |j: usize| {
        (matches!(text_of(j), "لـ" | "ل") && OPENING.contains(&text_of(j + 1)))
            .then(|| (j + 2..p.sentence.end).find(|&c| CLOSING.contains(&text_of(c))))
            .flatten()
            .filter(|&c| c - j <= 6)
            .map(|c| c + 1)
    };
    if matches!(text_of(opener), "،" | ",") {
        let mut j = opener + 1;
        // Another speech verb on the way starts a clause of its own (`..., وأفاد بأن`).
        while j < p.sentence.end
            && j - opener <= MAX_SPEAKER
            && !opens(j)
            && !OPENING.contains(&text_of(j))
            && !is_speech_verb(p, j)
        {
            j = past_addressee(j).unwrap_or(j + 1);
        }
        if j < p.sentence.end && (opens(j) || OPENING.contains(&text_of(j))) {
            content_at = j;
        } else {
            // No content after the comma: the speaker was the whole phrase before it.
            content_at = p.sentence.end;
        }
    }
    // `... هرمز مسعودي، الذي قال`: the speaker is the name the relative clause hangs on.
    if speaker_range.is_none() && i > p.sentence.start && is_in(i - 1, RELATIVES) {
        speaker_range = antecedent(p, i - 1);
    }
    // A subject written before the verb (`صدر بيان مشترك اكد على ان`, `مجهولين قالوا`).
    // Not over a conjunction on the verb: `..., وأضاف أنه` begins a clause of its own.
    if speaker_range.is_none() && !words.get(i).conj && (plural || i > p.sentence.start + 1) {
        // Not a phrase governed by a preposition (`في حديث لوكالة الأنباء قال`).
        speaker_range = quoted_name_before(p, i)
            .or_else(|| p.phrase_before(i))
            .filter(|r| {
                r.end == i
                    && words.get(r.start).prep.is_none()
                    && !(r.start > p.sentence.start && is_in(r.start - 1, NOT_BEFORE_VERB))
            });
    }
    if text_of(content_at) == ":" {
        content_at += 1;
    }
    let as_said = i > p.sentence.start + 2 && is_in(i - 1, AS_SAID);
    let direct = OPENING.contains(&text_of(content_at)).then(|| {
        let from = content_at + 1;
        let to = (from..p.sentence.end)
            .find(|&j| CLOSING.contains(&text_of(j)) && j > from)
            .unwrap_or(p.sentence.end);
        from..to
    });
    // A few quoted words with the sentence going on after them name something (`صحيفة «واشنطن
    // بوست»`, `قناة «سي إن إن»`); they are not what was said.
    let direct = direct.filter(|r| {
        r.len() >= 2
            && (r.len() > 4 || {
                let after = r.end + 1;
                after >= p.sentence.end || matches!(text_of(after), "." | "!" | "?" | "؟" | "…")
            })
    });
    let (content, kind) = if let Some(r) = direct {
        (r, QuoteKind::Direct)
    } else if let Some(from) = to_at.filter(|&f| f < p.sentence.end) {
        (from..content_end(p, from), QuoteKind::Reported)
    } else if content_at < p.sentence.end && opens(content_at) && speech != Speech::Evaluate {
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
        (from..content_end(p, from), QuoteKind::Reported)
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

/// The name a relative pronoun at `rel` refers to: the nearest mention before it (over an
/// apposition: `مسعود هونارماندي، رجل أعمال، الذي`), else the phrase right before it.
fn antecedent(p: &Phrases<'_>, rel: usize) -> Option<Range<usize>> {
    let lo = rel.saturating_sub(MAX_SPEAKER).max(p.sentence.start);
    let mention = (lo..rel)
        .rev()
        .take_while(|&j| !p.words.get(j).conj || p.words.get(j).mention.is_some())
        .find_map(|j| p.words.get(j).mention);
    if let Some(m) = mention {
        let r = p.doc.token_range(p.doc.mentions[m].span);
        return Some(r.start.max(p.sentence.start)..r.end.min(rel));
    }
    let mut end = rel;
    while end > p.sentence.start && p.words.get(end - 1).is_punct {
        end -= 1;
    }
    p.phrase_before(end)
}

/// A name in quotation marks right before the verb, with the noun that says what it is
/// (`وكانت صحيفة «واشنطن بوست» ذكرت`).
fn quoted_name_before(p: &Phrases<'_>, i: usize) -> Option<Range<usize>> {
    let text_of = |j: usize| p.doc.tokens.get(j).map_or("", |t| t.text(&p.doc.text));
    if i < p.sentence.start + 3 || !CLOSING.contains(&text_of(i - 1)) {
        return None;
    }
    let open = (i.saturating_sub(7).max(p.sentence.start)..i - 1)
        .rev()
        .find(|&j| OPENING.contains(&text_of(j)))?;
    let noun = open.checked_sub(1).filter(|&j| {
        let w = p.words.get(j);
        j >= p.sentence.start && w.is_word && w.prep.is_none()
    })?;
    // The noun opens its clause (after `كانت` or at the start), or it is the end of a
    // prepositional phrase (`على موقع التواصل الاجتماعي «تويتر» قال فيها`).
    let opens = noun == p.sentence.start
        || p.words.get(noun - 1).is_punct
        || ["كان", "كانت", "وكان", "وكانت"]
            .iter()
            .any(|k| same(&p.words.get(noun - 1).norm, k));
    opens.then_some(noun..i)
}

/// Whether token `j` is a speech verb (a word without the article or a preposition).
fn is_speech_verb(p: &Phrases<'_>, j: usize) -> bool {
    let w = p.words.get(j);
    w.is_word && !w.det && w.prep.is_none() && candidates(w).iter().any(|k| VERBS.contains_key(k))
}

/// Where reported content starting at `from` ends: the sentence end, or a comma before a
/// speech verb with a conjunction (`... في الانفجار، وأفاد بأن ...`): that verb reports
/// something else.
fn content_end(p: &Phrases<'_>, from: usize) -> usize {
    let end = (from..p.sentence.end)
        .find(|&j| {
            matches!(p.words.get(j).norm.as_str(), "،" | ",")
                && p.words.get(j + 1).conj
                && is_speech_verb(p, j + 1)
        })
        .unwrap_or(p.sentence.end);
    trim_end(p, end)
}

/// The first person named earlier in the sentence, outside a prepositional phrase: the subject
/// of the clause a subjectless speech verb continues (`وعبر X، مستشار الرئيس، عن ...، إذ قال`).
fn person_before(p: &Phrases<'_>, i: usize) -> Option<Argument> {
    let m = (p.sentence.start..i).find_map(|j| {
        let w = p.words.get(j);
        let m = w.mention?;
        let first = p.doc.token_range(p.doc.mentions[m].span).start;
        (first == j
            && w.prep.is_none()
            && p.doc.mentions[m].kind == rasd_text::annotations::EntityType::Per)
            .then_some(m)
    })?;
    let r = p.doc.token_range(p.doc.mentions[m].span);
    p.argument(r.start.max(p.sentence.start)..r.end.min(i))
}

/// `end` moved back over the closing punctuation of a sentence.
fn trim_end(p: &Phrases<'_>, mut end: usize) -> usize {
    while end > p.sentence.start && p.words.get(end - 1).is_punct {
        end -= 1;
    }
    end
}
