//! Finding the events of one sentence: trigger words, grouped by type, with their parties,
//! mode, time and place.

use std::ops::Range;

use rasd_text::annotations::{
    Argument, CountKind, EntityType, Event, EventMode, EventTime, EventType, Modality,
};
use rasd_text::{Document, Span};

use super::lexicon::{self, Class, Trigger};
use super::phrases::{AREA_NOUNS, Phrases};
use super::words::{Word, Words};
use super::{counts, frame, modality};
use crate::ner::norm::same;

/// Events less sure than this are not reported at all.
pub(crate) const MIN_CONFIDENCE: f32 = 0.4;

/// A trigger word found in the sentence.
#[derive(Debug, Clone, Copy)]
struct Hit {
    token: usize,
    trigger: Trigger,
}

/// Types whose parties act together (both are actors): a meeting, an agreement.
fn symmetric(kind: EventType) -> bool {
    matches!(kind, EventType::Meet | EventType::Agree)
}

/// Types that are only worth a record when nothing else happens in the sentence: announcing
/// is how news reports other events.
fn background(kind: EventType) -> bool {
    matches!(kind, EventType::Statement)
}

/// Nouns whose construct complement is the patient, not the agent (`اغتيال عماد مغنية`,
/// `اعتقال الصحفي`).
fn patient_noun(kind: EventType) -> bool {
    matches!(kind, EventType::Assault | EventType::Arrest)
}

/// The events sentence `s` reports.
pub(crate) fn sentence_events(
    doc: &Document,
    words: &Words,
    s: usize,
    range: Range<usize>,
    earlier: &[Event],
) -> Vec<Event> {
    let mut hits = find_hits(words, range.clone());
    // `الاجتماع`, `هذه الهجمات`: a definite noun after an event of its type, or after a
    // demonstrative, refers back to that event; it reports nothing new.
    hits.retain(|h| !anaphoric(words, &range, h, earlier));
    // A word inside the name of a place or a person is no event (`تشاد`, Chad, is spelt like
    // `تشاد`, is praised).
    hits.retain(|h| {
        !words.get(h.token).mention.is_some_and(|m| {
            matches!(
                doc.mentions[m].kind,
                rasd_text::annotations::EntityType::Loc | rasd_text::annotations::EntityType::Per
            )
        })
    });
    // A noun right after a verb of another event is that event's object (`استهدفت اجتماعا`).
    let verbs: Vec<(usize, EventType)> = hits
        .iter()
        .filter(|h| h.trigger.class == Class::Verb)
        .map(|h| (h.token, h.trigger.kind))
        .collect();
    hits.retain(|h| {
        h.trigger.class == Class::Verb
            || !verbs
                .iter()
                .any(|&(v, k)| k != h.trigger.kind && v + 1 == h.token)
    });
    // `هدد الوزير باغتيال قادة الحركة`, `تهديدا مبطنا باغتيال علماء`: the deed a threat
    // names after `ب`, the nearest event word after it, is threatened, not done; the threat
    // is the event.
    let threatened: Vec<usize> = hits
        .windows(2)
        .filter(|w| {
            w[0].trigger.kind == EventType::Threaten
                && w[1].trigger.kind != EventType::Threaten
                && words.get(w[1].token).prep == Some('ب')
                && w[1].token <= w[0].token + 12
                // Not in a clause of its own (`وتهديدهم، عندما قررت إحالة الصحفيين الذين
                // قامت باختطافهم`).
                && !(w[0].token + 1..w[1].token)
                    .any(|k| super::phrases::is_function_word(words.get(k)))
        })
        .map(|w| w[1].token)
        .collect();
    hits.retain(|h| !threatened.contains(&h.token));
    if hits.is_empty() {
        return Vec::new();
    }
    let phrases = Phrases {
        doc,
        words,
        sentence: range.clone(),
    };
    let mut kinds: Vec<EventType> = hits.iter().map(|h| h.trigger.kind).collect();
    kinds.sort_unstable();
    kinds.dedup();
    if kinds.iter().any(|&k| !background(k)) {
        kinds.retain(|&k| !background(k));
    }
    let mut events = Vec::new();
    for kind in kinds {
        let group: Vec<Hit> = hits
            .iter()
            .copied()
            .filter(|h| h.trigger.kind == kind)
            .collect();
        let parts = split_by_subject(&phrases, &group);
        for (k, part) in parts.iter().enumerate() {
            // Split records read counts and mode in their own stretch of the sentence.
            let stretch = if parts.len() == 1 {
                range.clone()
            } else {
                let from = if k == 0 { range.start } else { part[0].token };
                let to = parts.get(k + 1).map_or(range.end, |next| next[0].token);
                from..to
            };
            if let Some(event) = group_event(&phrases, s, kind, part, stretch)
                && grounded(&event)
                && event.confidence >= MIN_CONFIDENCE
            {
                events.push(event);
            }
        }
    }
    events
}

/// The record of one type's trigger words `group` in sentence `s`, whose counts and mode are
/// read within `stretch` (the sentence, or the part of it that tells this event).
fn group_event(
    phrases: &Phrases<'_>,
    s: usize,
    kind: EventType,
    group: &[Hit],
    stretch: Range<usize>,
) -> Option<Event> {
    let (doc, words) = (phrases.doc, phrases.words);
    let range = phrases.sentence.clone();
    // The anchor is the first verb, else the first verbal casualty word, else the first
    // noun, else the first supported word; each in turn may give the parties.
    let rank = |h: &Hit| match h.trigger.class {
        Class::Verb => 0,
        Class::Casualty if verbal_casualty(phrases, h.token, *h) => 1,
        Class::Noun => 2,
        _ => 3,
    };
    let mut ordered = group.to_vec();
    ordered.sort_by_key(|h| (rank(h), h.token));
    let &anchor = ordered.first()?;
    let (mut actors, mut targets) = (Vec::new(), Vec::new());
    for h in ordered.iter().take(4) {
        let (a, t) = parties(phrases, *h);
        if actors.is_empty() {
            actors = a;
        }
        if targets.is_empty() {
            targets = t;
        }
        if !actors.is_empty() && !targets.is_empty() {
            break;
        }
    }
    targets.retain(|t: &Argument| !actors.iter().any(|a: &Argument| a.span.overlaps(t.span)));
    // `وجهت ضربات جوية داخل الصومال، مستهدفة مقاتلي الشباب`: what the participle of
    // aiming names is the target, which a place the attack was in is not.
    if kind == EventType::Assault
        && let Some(aimed) = aimed_at(phrases, anchor.token)
        && targets
            .iter()
            .all(|t| names_place(phrases, doc.token_range(t.span).start))
    {
        targets = vec![aimed];
    }
    // Protesters named as such are who protested (`وتجمع المتظاهرون`).
    if kind == EventType::Protest && actors.is_empty() {
        actors = group
            .iter()
            .filter(|h| {
                let stem = &words.get(h.token).stem;
                ["متظاهر", "محتج", "معتصم", "مضرب"]
                    .iter()
                    .any(|k| stem.starts_with(k))
            })
            .find_map(|h| phrases.phrase_at(h.token).and_then(|r| phrases.argument(r)))
            .into_iter()
            .collect();
    }
    // `قتل 4 جنود في هجوم شنه مسلحون`: another word of the event may carry its actor.
    if actors.is_empty() {
        actors = group
            .iter()
            .filter(|h| h.token != anchor.token && h.trigger.class != Class::Verb)
            .find_map(|h| light_verb_subject(phrases, h.token))
            .map(|r| past_preposition_pronoun(phrases, r))
            .filter(|r| can_act(phrases, r))
            .and_then(|r| phrases.argument(r))
            .into_iter()
            .collect();
    }
    // `استقبل المستشفى 40 مصابا`, `القرية تستقبل زوارا`, `استقبل العزاء`: receiving
    // is a meeting only when a person is received (or receives, `استقبل الملك الوزير`).
    if kind == EventType::Meet && receiving(words, anchor.token) {
        // The one received follows the verb in its clause, after the host when the host
        // is named after the verb (`استقبل آل فلان العزاء` receives no one).
        let guest = received(phrases, anchor.token, range.end)?;
        // Who was received is a party to the meeting too.
        if let Some(guest) = guest.and_then(|r| phrases.argument(r))
            && !actors
                .iter()
                .chain(targets.iter())
                .any(|a| a.span.overlaps(guest.span))
        {
            actors.push(guest);
        }
    }
    // `رحب المدير بالحضور`: welcoming guests is hospitality, not praise.
    if kind == EventType::Praise
        && !targets.is_empty()
        && targets.iter().all(|t| guests(phrases, t))
    {
        return None;
    }
    // `احتجزت الأمطار السكان`, `اقتحمت فرق الدفاع المدني الغرفة`: weather does not
    // arrest, and rescuers do not attack.
    if matches!(kind, EventType::Assault | EventType::Arrest)
        && actors.iter().any(|a| not_an_assailant(phrases, a))
    {
        return None;
    }
    let mut event = Event {
        kind,
        mode: mode(phrases, group, stretch.clone()),
        trigger: doc.tokens[anchor.token].span,
        sentence: s,
        actors,
        targets,
        attributed: false,
        unclaimed: false,
        time: time(doc, phrases, anchor.token),
        places: places(phrases, anchor.token),
        counts: Vec::new(),
        polarity: Default::default(),
        modality: Default::default(),
        confidence: 0.0,
        same_as: None,
    };
    // Places and parties are different things: a place that is also a party is a party. But
    // the place an area noun names inside a target is where the event was (`تظاهرة أمام مبنى
    // محافظة بابل`), while an actor's (`رئيس إقليم كردستان`) is only their office's.
    let after_area_noun = |span: Span| {
        doc.token_range(span)
            .start
            .checked_sub(1)
            .map(|j| words.get(j))
            .is_some_and(|w| !w.det && AREA_NOUNS.iter().any(|k| same(&w.stem, k)))
    };
    let actor_spans: Vec<_> = event.actors.iter().map(|a| a.span).collect();
    let target_spans: Vec<_> = event.targets.iter().map(|a| a.span).collect();
    event.places.retain(|p| {
        !actor_spans.iter().any(|s| s.overlaps(p.span))
            && (after_area_noun(p.span) || !target_spans.iter().any(|s| s.overlaps(p.span)))
    });
    if matches!(
        kind,
        EventType::Assault | EventType::Arrest | EventType::Protest
    ) {
        event.counts = counts::find(doc, words, stretch, kind);
    }
    // The dead and wounded are who an attack was done to (`مقتل 4 جنود`, `مقتل جندي`).
    if kind == EventType::Assault && event.targets.is_empty() {
        event.targets.extend(victims(phrases, &event, group));
    }
    // The event's own word is none of its parties (`يوقع 15 قتيلا`: the count says it),
    // nor is an actor's other name its target (`محمود عباس (أبو مازن)`).
    let trigger = event.trigger;
    let actor_entities: Vec<usize> = event.actors.iter().filter_map(|a| a.entity).collect();
    event.targets.retain(|t| {
        !t.span.overlaps(trigger) && !t.entity.is_some_and(|e| actor_entities.contains(&e))
    });
    let (polarity, modality) = modality::of(doc, words, phrases, anchor.token, event.time.as_ref());
    event.polarity = polarity;
    event.modality = modality;
    let tokens: Vec<usize> = group.iter().map(|h| h.token).collect();
    let counted = event.counts.iter().any(|c| {
        c.value > 0.0
            && matches!(
                c.kind,
                CountKind::Killed | CountKind::Injured | CountKind::Arrested | CountKind::Abducted
            )
    });
    let reading = frame::read(
        doc,
        words,
        range.clone(),
        &frame::Triggers {
            anchor: (anchor.token, anchor.trigger.class),
            tokens: &tokens,
            kind,
            counted,
        },
        event.time.as_ref(),
    );
    if let Some(m) = reading.modality
        && event.modality == Modality::Asserted
    {
        event.modality = m;
    }
    event.confidence =
        (confidence(&event, phrases, group, anchor) - reading.penalty).clamp(0.05, 0.95);
    Some(event)
}

/// Where a type's trigger words tell more than one event: a later verb of the type that opens
/// a clause of its own (after `بينما`, `فيما`, `في حين`…) with a subject of its own, after it and
/// other than any earlier verb's, reports another event (`قصفت الطائرات مدينة إدلب بينما هاجم
/// مسلحون حاجزا`: two attacks, each with its own parties). The words before it belong to the
/// event before. Returns the parts in order; one part when nothing splits.
fn split_by_subject(p: &Phrases<'_>, group: &[Hit]) -> Vec<Vec<Hit>> {
    let mut verbs = group.iter().filter(|h| h.trigger.class == Class::Verb);
    let Some(first) = verbs.next() else {
        return vec![group.to_vec()];
    };
    let mut subjects: Vec<Range<usize>> = verb_subject(p, first.token).into_iter().collect();
    let mut starts = Vec::new();
    for v in verbs {
        // After `و` alone the verb mostly shares the subject before it, and the noun after it
        // is its object (`دعا الرئيس إلى ... وناشد المواطنين`); only a conjunction of time or
        // contrast surely opens a clause with a subject of its own.
        let opens_clause = v.token > p.sentence.start && {
            let prev = p.words.get(v.token - 1);
            CLAUSE_CONJUNCTIONS
                .iter()
                .chain(&["فيما", "حين"])
                .any(|c| same(&prev.norm, c) || same(&prev.stem, c))
        };
        let Some(subject) = verb_subject(p, v.token) else {
            continue;
        };
        let own = subject.start > v.token
            && can_act(p, &subject)
            && !p.words.get(subject.start).in_quantity
            && !subjects
                .iter()
                .any(|r| r.start < subject.end && subject.start < r.end);
        if opens_clause && own {
            starts.push(v.token);
            subjects.push(subject);
        }
    }
    let mut parts: Vec<Vec<Hit>> = vec![Vec::new(); starts.len() + 1];
    for h in group {
        let k = starts.iter().take_while(|&&t| t <= h.token).count();
        parts[k].push(*h);
    }
    parts.retain(|part| !part.is_empty());
    parts
}

/// Whether token `j` is the verb that opens its sentence: a short word with `و` or `ف` and
/// neither article nor noun suffix (`وأدى`, `وقال`); news sentences begin with their verb.
fn opening_verb(p: &Phrases<'_>, j: usize) -> bool {
    let w = p.words.get(j);
    // `وقد` opens with the particle, not a verb (`وقد اعتقلت القوات`).
    j == p.sentence.start
        && w.conj
        && !w.nsuff
        && !w.det
        && w.stem.chars().count() <= 3
        && !super::phrases::is_function_word(w)
}

/// Whether the phrase `r` is a person's name and nothing else.
fn names_person_only(p: &Phrases<'_>, r: &Range<usize>) -> bool {
    let w = p.words.get(r.start);
    w.mention
        .and_then(|m| p.doc.mentions.get(m))
        .is_some_and(|m| m.kind == EntityType::Per && p.doc.token_range(m.span) == *r && !w.det)
}

/// Whether the word at `i` is a verb or noun of receiving (`استقبل`, `يستقبل`, `استقبال`).
fn receiving(words: &Words, i: usize) -> bool {
    lexicon::candidates(words.get(i))
        .iter()
        .any(|k| same(k, "استقبل") || same(k, "استقبال"))
}

/// For a verb of receiving at `verb`: `None` when no person is received (`استقبل المستشفى 40
/// مصابا`), else the one received, if known apart from the host's own titles.
fn received(p: &Phrases<'_>, verb: usize, limit: usize) -> Option<Option<Range<usize>>> {
    let subject = verb_subject(p, verb).filter(|r| r.start > verb);
    let from = subject.as_ref().map_or(verb + 1, |r| r.end);
    let first = received_after(p, from, limit)?;
    // `استقبل الأمير فيصل أمير منطقة الرياض ... محافظ الهيئة`: a role the article gives the
    // host is the host's own; the one received comes after it. So is a phrase right after the
    // host's name that names no person of its own (`الشيخ محمد بن زايد ولي عهد أبو ظبي`), or
    // that names the host titled alone before it (`استقبل معالي وزير العدل رئيس المجلس الأعلى
    // للقضاء الشيخ وليد الصمعاني`); a person named there after a named host is received
    // (`استقبل الملك الرئيسَ الفرنسي فرانسوا أولاند`).
    let host_named = subject
        .as_ref()
        .is_some_and(|r| r.clone().any(|j| p.names_person(j)));
    let host_titled_only = host_named && subject.as_ref().is_some_and(|r| !names_a_person(p, r));
    // Right after the host: past a comma, and past the rest of the host's title behind a
    // clitic preposition (`وزير الدولة للشؤون الخارجية الدكتور نزار`).
    let mut next = p.skip_fillers(from);
    if matches!(p.words.get(next).norm.as_str(), "،" | ",") {
        next = p.skip_fillers(next + 1);
    }
    while next < first.start && p.words.get(next).prep.is_some() {
        next = p
            .phrase_at_clitic(next)
            .map_or(next + 1, |r| r.end.max(next + 1));
    }
    // A time between them parts the host from the one received (`استقبل الأمير أمس الشيخ
    // سالم`): an apposition follows its noun.
    let timed = (from..first.start).any(|j| p.words.get(j).in_time);
    let apposition = host_role_at(p, subject.as_ref(), first.start)
        || (host_named
            && first.start == next
            && !timed
            && (!names_a_person(p, &first) || host_titled_only));
    Some(if apposition {
        received_after(p, first.end, limit)
    } else {
        Some(first)
    })
}

/// Whether a person's name (a mention of a person) stands in `r`.
fn names_a_person(p: &Phrases<'_>, r: &Range<usize>) -> bool {
    r.clone().any(|j| {
        p.words
            .get(j)
            .mention
            .and_then(|m| p.doc.mentions.get(m))
            .is_some_and(|m| m.kind == rasd_text::annotations::EntityType::Per)
    })
}

/// Whether token `j` begins a role the article gives the person named in `subject` (`الأمير
/// فيصل بن بندر أمير منطقة الرياض`): the host's title, not someone received.
fn host_role_at(p: &Phrases<'_>, subject: Option<&Range<usize>>, j: usize) -> bool {
    let Some(subject) = subject else {
        return false;
    };
    let Some(token) = p.doc.tokens.get(j) else {
        return false;
    };
    subject
        .clone()
        .filter_map(|k| p.words.get(k).mention)
        .filter_map(|m| p.doc.mentions.get(m)?.entity)
        .filter_map(|e| p.doc.entities.get(e))
        .any(|e| {
            e.roles.iter().any(|role| {
                role.spans
                    .iter()
                    .any(|s| s.start <= token.span.start && token.span.end <= s.end)
            })
        })
}

/// The person received after token `from` of a verb of receiving, within ten words: the first
/// phrase past times, places and a comma (`في قصر السلام في جدة البارحة، سمير جعجع`), when it
/// names a person, a delegation or a counterpart (not a body: `استقبل الأهالي جثمان`).
fn received_after(p: &Phrases<'_>, from: usize, limit: usize) -> Option<Range<usize>> {
    // (A lone tatweel `ـ` normalizes to nothing.)
    let dash =
        |j: usize| j < limit && matches!(p.words.get(j).norm.as_str(), "" | "ـ" | "–" | "—" | "-");
    let mut end = (from + 10).min(limit);
    let mut k = p.skip_fillers(from);
    // A phrase behind a clitic preposition is a place or the rest of a title (`بمكتبه`,
    // `وزير الدولة للشؤون الخارجية`): the one received is a direct object. A prayer between
    // dashes is passed over too (`الملك سلمان ـ حفظه الله ـ في قصر السلام`).
    while k < end
        && (p.is_preposition(k)
            || p.words.get(k).prep.is_some()
            || dash(k)
            || matches!(p.words.get(k).norm.as_str(), "،" | ","))
    {
        if dash(k)
            && let Some(close) = (k + 1..(k + 6).min(limit)).find(|&j| dash(j))
        {
            end = (end + close + 1 - k).min(limit);
            k = p.skip_fillers(close + 1);
            continue;
        }
        k = if p.is_preposition(k) {
            p.phrase_at(k + 1).map_or(k + 1, |r| p.skip_fillers(r.end))
        } else if p.words.get(k).prep.is_some() {
            p.phrase_at_clitic(k)
                .map_or(k + 1, |r| p.skip_fillers(r.end.max(k + 1)))
        } else {
            p.skip_fillers(k + 1)
        };
    }
    let body = ["جثمان", "جثة", "جثث", "رفات", "نعش"]
        .iter()
        .any(|b| same(&p.words.get(k).stem, b));
    p.phrase_at(k).filter(|r| {
        r.start == k
            && k < end
            && !body
            && r.clone().any(|j| {
                p.names_person(j)
                    || ["وفد", "نظير"]
                        .iter()
                        .any(|n| p.words.get(j).stem.starts_with(n))
            })
    })
}

/// Those a host welcomes (normalized stems): `رحب بالحضور` is no praise.
const GUESTS: &[&str] = &[
    "حضور",
    "حاضرين",
    "ضيوف",
    "ضيف",
    "زوار",
    "موظفين",
    "منسوبي",
    "مشاركين",
    "مدعوين",
];

/// Whether a target names guests (after `جميع`, `كافة` too).
fn guests(p: &Phrases<'_>, target: &Argument) -> bool {
    let r = p.doc.token_range(target.span);
    r.take(2)
        .any(|j| GUESTS.iter().any(|k| same(&p.words.get(j).stem, k)))
}

/// Forces of nature, rescue services and words (normalized stems): what they do to people is no
/// attack or arrest.
const NON_ASSAILANTS: &[&str] = &[
    "امطار",
    "مطر",
    "سيول",
    "ثلوج",
    "رياح",
    "عاصفة",
    "عواصف",
    "فيضان",
    "فيضانات",
    "امواج",
    "اطفاء",
    "انقاذ",
    "اسعاف",
    "مسعفين",
    "مسعفون",
    // Words attack only in words (`خطابات هاجموا فيها الحكومة`, `هاجم البيان الوزير`).
    "خطاب",
    "خطابات",
    "تصريح",
    "تصريحات",
    "مقال",
    "مقالات",
    "تغريدة",
    "تغريدات",
    "بيان",
];

/// Whether an actor is a force of nature, a rescue service or words (`الأمطار`, `فرق
/// الإنقاذ`, `الدفاع المدني`, `البيان`).
fn not_an_assailant(p: &Phrases<'_>, actor: &Argument) -> bool {
    let r = p.doc.token_range(actor.span);
    r.clone().any(|j| {
        let stem = &p.words.get(j).stem;
        NON_ASSAILANTS.iter().any(|k| same(stem, k))
            || (same(stem, "دفاع") && same(&p.words.get(j + 1).stem, "مدني"))
    })
}

/// Whether a trigger noun refers back to an event already reported.
fn anaphoric(words: &Words, range: &Range<usize>, hit: &Hit, earlier: &[Event]) -> bool {
    let i = hit.token;
    // Only nouns refer back (`الى ذلك قتلت` is a new killing).
    let noun = matches!(hit.trigger.class, Class::Noun | Class::Weak)
        || (hit.trigger.class == Class::Casualty
            && (words.get(i).det || words.get(i).stem.starts_with('م')));
    if !noun {
        return false;
    }
    let demonstrative = i > range.start
        && ["هذه", "هذا", "ذلك", "تلك", "هذين", "هاتين"]
            .iter()
            .any(|d| same(&words.get(i - 1).norm, d));
    demonstrative || (words.get(i).det && earlier.iter().any(|e| e.kind == hit.trigger.kind))
}

/// The victims of an attack: what its killed or injured counts count (`4 جنود`, `اثنين من
/// عناصر الشرطة`), or the phrase right after a casualty noun (`مقتل جندي أفغاني`).
fn victims(p: &Phrases<'_>, event: &Event, group: &[Hit]) -> Option<Argument> {
    let doc = p.doc;
    // `مقتل جندي أفغاني`: the phrase right after a casualty noun.
    let after_noun = group
        .iter()
        .filter(|h| {
            h.trigger.class == Class::Casualty && p.words.get(h.token).stem.starts_with('م')
        })
        .find_map(|h| {
            // Not another event (`مصرع شخص وإصابة آخرين`) or the manner (`مصرعه دهسا`).
            let r = p.phrase_at(h.token + 1).filter(|r| {
                let first = p.words.get(r.start);
                // `مقتل أكثر من 12 جنديا`: a number's modifier is no victim; the count is read
                // below.
                r.start == h.token + 1
                    && !first.conj
                    && !first.accusative
                    && !before_its_number(doc, r.start)
                    && lexicon::trigger(first).is_none()
            })?;
            p.argument(r)
        });
    if after_noun.is_some() {
        return after_noun;
    }
    // Words a number may seem to count that are not who was hurt (`ثلاثة آخرين`, `عشرة
    // بينهم`).
    let not_victims = ["اخرين", "اخرون", "بينهم", "منهم", "اخري"];
    for c in &event.counts {
        if !matches!(
            c.kind,
            CountKind::Killed | CountKind::Injured | CountKind::Abducted
        ) || c.value == 0.0
        {
            continue;
        }
        let Some(q) = doc.quantities.iter().find(|q| q.span == c.span) else {
            continue;
        };
        let after = doc.token_range(q.span).end;
        let counted = q.counted.map(|c| doc.token_range(c).start).filter(|&j| {
            let w = p.words.get(j);
            // `مقتل 7 وإصابة 19`: a word joined by `و` or naming the event is not counted.
            // Nor a word of the toll itself (`ومئة جريح`).
            !w.pron
                && !w.conj
                && !is_trigger_word(p, j)
                && !not_victims.contains(&w.norm.as_str())
                && lexicon::count_noun(w).is_none()
        });
        let r = if let Some(j) = counted {
            p.phrase_at(j)
        } else if p.words.get(after).norm == "من" {
            p.phrase_at(after + 1)
        } else {
            among(p, q, after)
        };
        if let Some(r) = r {
            return p.argument(r);
        }
    }
    None
}

/// `إصابة عشرة بينهم ثلاثة من رجال الشرطة`, `مقتل خمسة بينهم طفلان`: a count of anonymous
/// victims names who they were in the count after `بينهم` (the group after its `من`, or the
/// noun it counts).
fn among(
    p: &Phrases<'_>,
    q: &rasd_text::annotations::Quantity,
    after: usize,
) -> Option<Range<usize>> {
    let doc = p.doc;
    let counted = q.counted.map(|c| doc.token_range(c).start);
    let k = counted.filter(|&j| j < after).unwrap_or(after);
    if !["بينهم", "بينهن", "منهم", "منهن"].contains(&p.words.get(k).norm.as_str())
    {
        return None;
    }
    let inner = doc
        .quantities
        .iter()
        .find(|q2| doc.token_range(q2.span).start == k + 1)?;
    let end = doc.token_range(inner.span).end;
    if p.words.get(end).norm == "من" {
        return p.phrase_at(end + 1);
    }
    let j = inner.counted.map(|c| doc.token_range(c).start)?;
    p.phrase_at(j)
}

/// Whether token `j` is a word of a quantity before its number (`أكثر` in `أكثر من 12`).
fn before_its_number(doc: &Document, j: usize) -> bool {
    let Some(t) = doc.tokens.get(j) else {
        return false;
    };
    doc.quantities
        .iter()
        .any(|q| q.span.start <= t.span.start && t.span.end <= q.number_span.start)
}

/// Whether an event is anchored in the text enough to report: violence, protests and arrests
/// always are; the other types (a meeting, aid, an election…) need a party that is a named
/// entity, or a party and a date, as `دعم` or `انتخابات` alone are talk about things, not
/// events; an election may have a date alone.
fn grounded(event: &Event) -> bool {
    if matches!(
        event.kind,
        EventType::Assault | EventType::Protest | EventType::Arrest
    ) {
        return true;
    }
    let named = event
        .actors
        .iter()
        .chain(&event.targets)
        .any(|a| a.entity.is_some());
    // Support is given by and to someone: a named party, not a decision propping up prices
    // (`قرار المنتجين يدعم الأسعار`).
    if event.kind == EventType::Aid {
        return named;
    }
    let dated_party =
        event.time.is_some() && !(event.actors.is_empty() && event.targets.is_empty());
    named || dated_party || (event.kind == EventType::Elect && event.time.is_some())
}

/// Name particles: a word after them is part of a name (`أبو طالب`, `بن قتيبة`).
const NAME_PARTICLES: &[&str] = &["ابو", "ابي", "ام", "بن", "ابن", "بنت", "ال"];

/// Prepositions a verb never follows, normalized.
const NOUN_PREPOSITIONS: &[&str] = &[
    "في", "على", "من", "عن", "الى", "مع", "ضد", "خلال", "عبر", "لدى", "اثر", "جراء",
];

/// Words after which a word spelt like a verb is a noun: quantifiers and a preposition with
/// a pronoun (`كل ثمن`, `له ثمن`), normalized.
const NOUN_MAKERS: &[&str] = &["كل", "بكل", "لكل", "اي", "باي", "لاي", "له", "لها", "لهم"];

/// Particles a noun must follow (`إنّ`, `أنّ`, `بأنّ`, `لأنّ`), normalized.
const NOUN_PARTICLES: &[&str] = &["ان", "بان", "لان"];

/// Words before `أنْ` that let a perfect verb follow it (`بعد أن طالب`).
const AN_WITH_PERFECT: &[&str] = &["بعد", "قبل", "منذ", "سبق", "بعدما"];

/// Whether the verb trigger at `i`, written bare (no conjunction, ending or prefix), reads
/// as the noun it is spelt like: counted (`38 ألف طالب`), after a name particle (`صاروخ أبو
/// طالب`), after a quantifier or a possessor (`كل ثمن`), or, for a verb of
/// demand, before an indefinite adjective of origin (`طالب سوداني`, a student), which a verb's
/// subject never is.
fn noun_homograph(words: &Words, i: usize, kind: EventType) -> bool {
    let w = words.get(i);
    if w.conj || !w.vsuff.is_empty() || w.future || w.norm != w.stem {
        return false;
    }
    let before = i.checked_sub(1).map(|j| words.get(j));
    // `38 ألف طالب`: a counted word is a noun.
    if w.in_quantity || before.is_some_and(|b| b.in_quantity && !b.in_time) {
        return true;
    }
    if before.is_some_and(|b| NAME_PARTICLES.contains(&b.norm.as_str())) {
        return true;
    }
    // `كل ثمن`, `له ثمن`, `أي هجوم`: a quantifier or a possessor before the word makes it a
    // noun.
    if before.is_some_and(|b| {
        NOUN_MAKERS.contains(&b.norm.as_str()) || (b.conj && NOUN_MAKERS.contains(&b.stem.as_str()))
    }) {
        return true;
    }
    // `إنّ`/`أنّ` take a noun: a bare perfect right after them is a noun spelt like the verb
    // (`إن طالب الهندسة`, a student). Only `بعد أنْ`, `قبل أنْ`, `منذ أنْ`, `سبق أنْ` put a
    // perfect verb there.
    if i >= 1 && NOUN_PARTICLES.contains(&words.get(i - 1).norm.as_str()) {
        let time_an = i >= 2 && AN_WITH_PERFECT.contains(&words.get(i - 2).stem.as_str());
        if !time_an {
            return true;
        }
    }
    kind == EventType::Demand && indefinite_relational(words.get(i + 1), 4)
}

/// What ministries are of (`وزارة العمل`, `وزارة الصحة`), normalized.
const MINISTRY_FIELDS: &[&str] = &[
    "العمل",
    "الصحة",
    "الخارجية",
    "الداخلية",
    "التعليم",
    "التربية",
    "الدفاع",
    "المالية",
    "الاعلام",
    "الثقافة",
    "الشؤون",
    "العدل",
    "النقل",
    "الزراعة",
    "الاقتصاد",
    "التجارة",
    "الاسكان",
    "الحج",
    "الطاقة",
    "البيئة",
    "السياحة",
    "الاتصالات",
    "المياه",
];

/// Whether the word at `i` is `وزارة` written with `ه` (`فرع وزاره العمل`), which reads as
/// `و` + `زاره` ("and visited him"): the field of a ministry follows it.
fn ministry_misspelt(words: &Words, i: usize, range: &Range<usize>) -> bool {
    let w = words.get(i);
    same(&w.norm, "وزاره")
        && range.contains(&(i + 1))
        && MINISTRY_FIELDS
            .iter()
            .any(|f| same(&words.get(i + 1).norm, f))
}

/// Whether the verb trigger at `i` is spelt like its verbal noun (`قصف`, `خطف`) and an
/// indefinite relational adjective follows it (`قصف جوي`, `قصف إسرائيلي`, `خطف جماعي`): the
/// noun described, as a verb's subject is no such adjective.
fn described_verbal_noun(words: &Words, i: usize) -> bool {
    let w = words.get(i);
    lexicon::spelt_as_verbal_noun(w)
        && w.vsuff.is_empty()
        && !w.future
        // Three letters do for the adjectives of shelling (`جوي`, `بري`).
        && indefinite_relational(words.get(i + 1), 3)
}

/// Whether `w` has the shape of an indefinite relational adjective of at least `letters`
/// letters (`سوداني`, `جوي`): no article, no preposition, ending in `ي`.
fn indefinite_relational(w: &Word, letters: usize) -> bool {
    w.is_word
        && !w.det
        && w.prep.is_none()
        && w.norm.chars().count() >= letters
        && w.norm.ends_with('ي')
}

/// The trigger words of a sentence that count: weak ones only with support, casualty words
/// only away from accidents and illness.
fn find_hits(words: &Words, range: Range<usize>) -> Vec<Hit> {
    let mut hits: Vec<Hit> = range
        .clone()
        .filter_map(|i| {
            let w = words.get(i);
            if !w.is_word || w.in_time {
                return None;
            }
            lexicon::trigger(w)
                .map(|t| {
                    // `قصف جوي`: the shelling itself, described.
                    if t.class == Class::Verb && described_verbal_noun(words, i) {
                        lexicon::Trigger {
                            class: Class::Noun,
                            ..t
                        }
                    } else {
                        t
                    }
                })
                .filter(|t| !(t.class == Class::Verb && noun_homograph(words, i, t.kind)))
                .filter(|_| !ministry_misspelt(words, i, &range))
                .filter(|t| {
                    !matches!(t.kind, EventType::Assault | EventType::Withdraw)
                        || !other_sense(words, i, &range)
                })
                .filter(|t| !known_agreement(words, i, t, &range))
                .map(|t| {
                    // `هاجم الأمير الكاتب بسبب تصريحاته`: an attack in words is criticism.
                    if t.kind == EventType::Assault && attacked_in_words(words, i, &range) {
                        lexicon::Trigger {
                            kind: EventType::Accuse,
                            mode: None,
                            ..t
                        }
                    } else {
                        t
                    }
                })
                .filter(|t| {
                    // A verb never follows a preposition: `عن توقع مناقشة` is an expectation,
                    // not a signing. (Only the weak `وقع` is checked: the strong verbs are
                    // spelt apart from their nouns.)
                    let verb = t.class == Class::Weak && t.kind == EventType::Agree;
                    !verb
                        || i == range.start
                        || !NOUN_PREPOSITIONS.contains(&words.get(i - 1).norm.as_str())
                })
                .map(|trigger| Hit { token: i, trigger })
        })
        .collect();
    // `سقوط طائرة`: an aircraft that falls crashed (one brought down is `إسقاط`); `سقوط
    // قتلى` alone is how attacks are told.
    let crash = |i: usize| {
        let w = words.get(i);
        same(&w.stem, "سقوط")
            && !w.det
            && range.contains(&(i + 1))
            && lexicon::is_aircraft(words.get(i + 1))
    };
    // `انقلاب المركبة`, `حادث انقلاب`: a vehicle that rolled over; `الانقلاب` alone is a coup,
    // and its militias kill.
    let rollover = |i: usize| {
        let w = words.get(i);
        same(&w.stem, "انقلاب")
            && ((range.contains(&(i + 1)) && lexicon::is_vehicle(words.get(i + 1)))
                || (i > range.start && same(&words.get(i - 1).stem, "حادث")))
    };
    // After a crash or an accident earlier in the article, casualty words with no weapon and
    // no word of attack tell of that accident (`ركاب الطائرة ... قتلا`); a plane brought down
    // (`إسقاط`) was attacked.
    let after_crash = words.first_crash.is_some_and(|c| c < range.start)
        && !range.clone().any(|i| {
            let w = words.get(i);
            lexicon::mode_cue(w).is_some()
                || same(&w.stem, "اسقاط")
                || lexicon::trigger(w).is_some_and(|t| {
                    t.kind == EventType::Assault && matches!(t.class, Class::Verb | Class::Noun)
                })
        });
    // `أصيب بضربة شمس`: the sun strikes (`عين شمس` is a place).
    let sunstroke = |i: usize| {
        STRIKE_NOUNS[..2]
            .iter()
            .any(|k| same(&words.get(i).stem, k))
            && range.contains(&(i + 1))
            && same(&words.get(i + 1).stem, "شمس")
    };
    let accident = range
        .clone()
        .any(|i| lexicon::is_accident_cue(words.get(i)) || crash(i) || rollover(i) || sunstroke(i));
    let protest_support = range.clone().any(|i| lexicon::is_protest_cue(words.get(i)))
        || hits
            .iter()
            .any(|h| h.trigger.kind == EventType::Protest && h.trigger.class != Class::Weak);
    let strong: Vec<EventType> = hits
        .iter()
        .filter(|h| matches!(h.trigger.class, Class::Verb | Class::Noun))
        .map(|h| h.trigger.kind)
        .collect();
    hits.retain(|h| match h.trigger.class {
        // `داهمت السيول المنازل`: floods sweep homes; only people raid them.
        // Nor does water hold miners (`أسفر عن احتجاز 15 عاملا`): they are trapped.
        Class::Verb | Class::Noun => {
            !(accident
                && (h.trigger.mode == Some(EventMode::Raid)
                    || lexicon::candidates(words.get(h.token))
                        .iter()
                        .any(|k| same(k, "احتجز") || same(k, "احتجاز"))))
        }
        Class::Casualty => !accident && !after_crash && !struck_by_feeling(words, h.token, &range),
        Class::Weak => weak_supported(words, &range, h, protest_support, &strong),
    });
    hits
}

/// Feelings one is "struck by" (`أصيب بحزن`, `بصدمة`, `بخيبة أمل`), normalized stems.
const FEELINGS: &[&str] = &[
    "حزن",
    "صدمة",
    "ذهول",
    "خيبة",
    "احباط",
    "دهشة",
    "هلع",
    "ذعر",
    "اكتئاب",
    "قلق",
    "ملل",
];

/// Whether the casualty word at `i` is followed by a feeling it was struck by (`أصيبت العائلة
/// بحزن شديد`): no wound.
fn struck_by_feeling(words: &Words, i: usize, range: &Range<usize>) -> bool {
    (i + 1..(i + 8).min(range.end))
        .take_while(|&j| !words.get(j).is_punct)
        .any(|j| {
            let w = words.get(j);
            w.prep == Some('ب') && FEELINGS.iter().any(|k| same(&w.stem, k))
        })
}

/// Whether an agreement noun names an agreement already known rather than one being reached:
/// with the article (`عرض الاتفاق النووي على مجلس الأمن`, `رحب بالاتفاق`), unless a
/// passive light verb reports it being made (`تم الاتفاق مع`).
fn known_agreement(words: &Words, i: usize, t: &lexicon::Trigger, range: &Range<usize>) -> bool {
    if t.kind != EventType::Agree || t.class != Class::Noun || !words.get(i).det {
        return false;
    }
    let made = i > range.start && {
        let before = words.get(i - 1);
        ["تم", "جرى", "يتم", "سيتم"]
            .iter()
            .any(|k| same(&before.stem, k) || same(&before.norm, k))
    };
    !made
}

/// Nouns of a plan or a programme: what they `يستهدف` is whom they are meant for.
const PLANS: &[&str] = &[
    "برنامج",
    "برامج",
    "مشروع",
    "مشاريع",
    "مشروعات",
    "خطة",
    "خطط",
    "مبادرة",
    "مبادرات",
    "استراتيجية",
    "سياسة",
    "محور",
    "قانون",
    "قرار",
    "دورة",
    "دورات",
    "مسابقة",
    "ورشة",
    "فعالية",
    "فعاليات",
    "دراسة",
    "ميزانية",
    "حملات",
    "توعوية",
    "مسار",
];

/// Whether an assault verb at `i` is used in another sense: `تعدى` without `على` (to exceed:
/// `لا تتعدى الساعتين`), or `استهدف` meaning to aim at, when a plan does the aiming (`برنامج
/// يستهدف الطلاب`) or the aim is a verbal noun (`يستهدف توسيع التعاون`, `تستهدف إثارة
/// الفتنة`).
fn other_sense(words: &Words, i: usize, range: &Range<usize>) -> bool {
    let keys = lexicon::candidates(words.get(i));
    let is = |k: &str| keys.iter().any(|c| same(c, k));
    let after = |n: usize| (i + 1..(i + 1 + n).min(range.end)).map(|j| words.get(j));
    if is("تعدى") {
        return !after(2).any(|w| same(&w.norm, "على"));
    }
    // `سحب` withdraws forces or envoys; otherwise it revokes or draws (`سحب الثقة`, `سحب
    // الدورة منها`, `سحب القرعة`). `انسحب` has no object and keeps its sense.
    if is("سحب") && !is("انسحب") {
        // A sound plural in construct or with a pronoun drops its `ن` (`مسلحيه`).
        return !after(4).any(|w| {
            let stem = w.stem.as_str();
            let full = format!("{stem}ن");
            WITHDRAWN.iter().any(|k| same(stem, k) || same(&full, k))
        });
    }
    // `فجر (الأحد)`, `فجر ليبيا`: dawn before a day, or the first word of a name; `فجرًا`
    // with its tanween is at dawn.
    if is("فجر") && words.get(i).tanween {
        return true;
    }
    if is("فجر") && words.get(i).vsuff.is_empty() && !words.get(i).pron {
        let next = (i + 1..range.end).find(|&j| words.get(j).norm != "(");
        return next.is_some_and(|j| words.get(j).in_time || words.get(j).mention.is_some());
    }
    // `ضربة جزاء`, `ضربات الترجيح`, `ضربة رأس`, `ضربات الشمس`: a kick or a header of a
    // match, or the sun's stroke.
    // `تطعن في السن`: advancing in years.
    if is("طعن") {
        return after(2).any(|w| same(&w.stem, "سن"));
    }
    if is("ضربة") || is("ضربات") || is("ضرب") {
        return after(1).any(|w| KICKS.iter().any(|k| same(&w.stem, k)));
    }
    if !is("استهدف") {
        return false;
    }
    // One sentence aims in one sense: a second `تستهدف` after `الملتقى يستهدف جميع شرائح
    // المجتمع` aims its games at children too.
    aims_without_harm(words, i, range)
        || range.clone().any(|j| {
            j != i
                && lexicon::candidates(words.get(j))
                    .iter()
                    .any(|c| same(c, "استهدف"))
                && aims_without_harm(words, j, range)
        })
}

/// Whether the word at `i` is `هاجم` or `هجوم`, to attack.
fn is_attack_word(w: &Word) -> bool {
    lexicon::candidates(w)
        .iter()
        .any(|k| same(k, "هاجم") || same(k, "هجوم"))
}

/// Whether `هاجم` or `هجوم` at `i` attacks in words: the sentence speaks of statements, an
/// interview, an article, a sermon or a tweet, or calls the attack scathing (`هاجم الأمير
/// الكاتب بسبب تصريحاته`, `شن هجوما لاذعا على منافسيه`, `هاجم الميليشيا واصفا إياها`), and
/// tells nothing of arms, blood or soldiers.
fn attacked_in_words(words: &Words, i: usize, range: &Range<usize>) -> bool {
    if !is_attack_word(words.get(i)) {
        return false;
    }
    let said = range.clone().any(|j| {
        let w = words.get(j);
        SPOKEN_ATTACK_CUES
            .iter()
            .any(|k| same(&w.stem, k) || same(&w.norm, k))
    });
    said && !range.clone().any(|j| {
        let w = words.get(j);
        lexicon::mode_cue(w).is_some()
            || lexicon::is_munition(w)
            || lexicon::trigger(w).is_some_and(|t| t.class == Class::Casualty)
            || ARMED_CUES.iter().any(|k| w.stem.starts_with(k))
    })
}

/// Words of what is said, written or posted, and of a scathing tone (normalized stems and
/// words): an attack among them is made in words.
const SPOKEN_ATTACK_CUES: &[&str] = &[
    "تصريح",
    "تصريحات",
    "قائلا",
    "واصفا",
    "معتبرا",
    "مقال",
    "مقاله",
    "مقابله",
    "خطاب",
    "خطبه",
    "خطب",
    "تغريده",
    "تغريدات",
    "لاذع",
    "لاذعا",
    "اللهجه",
];

/// Beginnings of words of arms and fighting (normalized): an attack told with them is one.
const ARMED_CUES: &[&str] = &["عسكر", "مسلح", "جيش", "قوات", "الكترون", "قراصن", "اشتباك"];

/// What a blow of a match or of the sun is called after `ضربة` (normalized stems).
const KICKS: [&str; 9] = [
    "جزاء",
    "ترجيح",
    "حرة",
    "ركنية",
    "بداية",
    "رأس",
    "مرمى",
    "شمس",
    "زاوية",
];

/// Whether `استهدف` at `i` means to aim a plan or an offer at someone, not to attack.
fn aims_without_harm(words: &Words, i: usize, range: &Range<usize>) -> bool {
    // The plan stands before the verb (`برنامجا توعويا يستهدف`) or right after it (`تستهدف
    // الخطة`); an accusative ending does not change the noun.
    let planned = (i.saturating_sub(3).max(range.start)..(i + 2).min(range.end)).any(|j| {
        let stem = words.get(j).stem.as_str();
        let stem = stem.strip_suffix('ا').unwrap_or(stem);
        PLANS.iter().any(|p| same(stem, p))
    });
    // The verbal nouns `تفعيل` (`توسيع`, `تعزيز`) and `إفعالة` (`إثارة`, `إعادة`), as the
    // object (after the subject, when it comes between).
    let masdar = (i + 1..(i + 3).min(range.end)).any(|j| {
        let object = words.get(j);
        let chars: Vec<char> = object.stem.chars().collect();
        !object.det
            && object.prep.is_none()
            && chars.len() == 5
            && ((chars[0] == 'ت' && chars[3] == 'ي')
                || (chars[0] == 'ا' && chars[2] == 'ا' && chars[4] == 'ة'))
    });
    // Aimed at an audience (`لاستهداف مختلف فئات المجتمع`, `تستهدف شريحة الشباب`).
    let audience = (i + 1..(i + 3).min(range.end)).any(|j| {
        let object = words.get(j);
        object.prep.is_none() && AUDIENCES.iter().any(|k| same(&object.stem, k))
    });
    planned || masdar || audience
}

/// Groups a campaign or a product is aimed at, normalized stems.
const AUDIENCES: &[&str] = &["فئات", "فئة", "شرائح", "شريحة", "جمهور"];

/// Whether the word at `j` names who may threaten: a person or an organisation, or an armed
/// group by its kind (`المتطرفين`, `المسلحين`).
fn names_threatener(p: &Phrases<'_>, j: usize) -> bool {
    let w = p.words.get(j);
    let named = w
        .mention
        .and_then(|m| p.doc.mentions.get(m))
        .is_some_and(|m| {
            matches!(
                m.kind,
                rasd_text::annotations::EntityType::Per | rasd_text::annotations::EntityType::Org
            )
        });
    named || ARMED.iter().any(|k| same(&w.stem, k))
}

/// Armed groups by their kind, normalized stems.
const ARMED: &[&str] = &[
    "متطرفين",
    "مسلحين",
    "ارهابيين",
    "متشددين",
    "ميليشيات",
    "مليشيات",
    "جماعات",
    "تنظيم",
    "تنظيمات",
    "عصابات",
    "متمردين",
];

/// What `سحب` withdraws when it is a withdrawal (normalized stems): forces, arms and envoys.
const WITHDRAWN: &[&str] = &[
    "قوات",
    "قوة",
    "جنود",
    "جيش",
    "عناصر",
    "وحدات",
    "مقاتلين",
    "مسلحين",
    "اسلحة",
    "اسلحتها",
    "دبابات",
    "اليات",
    "اساطيل",
    "سفير",
    "سفيرها",
    "سفراء",
    "بعثة",
    "دبلوماسيين",
    "موظفين",
    "رعايا",
    "مراقبين",
    "ميليشيات",
    "مليشيات",
    "ميليشيا",
    "مليشيا",
    "فريق",
    "خبراء",
    "مستشارين",
    "طائرات",
    "سفن",
    "بوارج",
];

/// Whether a weak trigger has the support it needs.
fn weak_supported(
    words: &Words,
    range: &Range<usize>,
    hit: &Hit,
    protest_support: bool,
    strong: &[EventType],
) -> bool {
    let i = hit.token;
    // Munitions may stand further from their verb (`وأطلقوا أمس على إسرائيل صواريخ`).
    let reach = if hit.trigger.mode == Some(EventMode::Rockets) {
        5
    } else {
        3
    };
    // `عبر شبكات الاتصالات`: "via", no light verb.
    let light_before = (i.saturating_sub(reach).max(range.start)..i)
        .any(|j| lexicon::is_light_verb(words.get(j)) && !via_at(words, range.end, j));
    let after = |n: usize| (i + 1..(i + 1 + n).min(range.end)).map(|j| words.get(j));
    let stem = words.get(i).stem.as_str();
    match hit.trigger.kind {
        // `مسيرة` after `طائرة` is a drone, not a march.
        EventType::Protest => {
            let drone = i > range.start && lexicon::is_aircraft(words.get(i - 1));
            // `المسيرة السلمية`, `مسيرة السلام`: the peace process.
            let next = words.get(i + 1);
            let peace = (words.get(i).det && next.det && same(&next.stem, "سلمية"))
                || (next.det && same(&next.stem, "سلام"));
            // Only protest words support a protest (`أطلقت النار على المحتجين` is no protest),
            // and the verbs of going out and organizing (`خرجوا في مسيرات`).
            let marched = (i.saturating_sub(5).max(range.start)..i).any(|j| {
                let w = words.get(j);
                !w.det
                    && lexicon::candidates(w)
                        .iter()
                        .any(|k| frame::PROTEST_LIGHT.contains(k))
            });
            // Protesters who gather, or a crowd of protesters (`تجمع المتظاهرون`, `احتشدوا
            // ... مع المتظاهرين`): the participant noun and the gathering support each other.
            let own = frame::participant(words.get(i));
            let paired = range.clone().any(|j| {
                j != i
                    && lexicon::trigger(words.get(j))
                        .is_some_and(|t| t.kind == EventType::Protest && t.class == Class::Weak)
                    && frame::participant(words.get(j)) != own
            });
            !drone && !peace && (protest_support || marched || paired)
        }
        // `وقع` signs only an agreement; otherwise it 'happened' or 'fell'.
        EventType::Agree => after(8).any(|w| {
            [
                "اتفاق",
                "اتفاقية",
                "اتفاقيات",
                "مذكرة",
                "معاهدة",
                "عقد",
                "بروتوكول",
            ]
            .iter()
            .any(|k| same(&w.stem, k))
        }),
        EventType::Meet if same(stem, "اتصال") => after(2).any(|w| w.stem.starts_with("هاتف")),
        EventType::Meet if telecommunications(words, i, range) => false,
        // `أوقفت الشرطة 12 شخصا`, `أوقف المشتبه به`: people stopped are arrested. Only the
        // past of `أوقف` (`توقف` is to stop oneself), its people within a few words, and not
        // stopped from something (`أوقفت الشركة 40 موظفا عن العمل` suspends them).
        EventType::Arrest => {
            let from = (i + 1..(i + 8).min(range.end))
                .take_while(|&j| !words.get(j).is_punct)
                .any(|j| same(&words.get(j).norm, "عن"));
            let stopped = in_past_forms(words.get(i), &["اوقف"]) && !from;
            stopped
                && (i + 1..(i + 5).min(range.end))
                    .take_while(|&j| !words.get(j).is_punct)
                    .any(|j| {
                        let w = words.get(j);
                        w.prep.is_none() && SUSPECTS.iter().any(|k| same(&w.stem, k))
                    })
        }
        // Munitions fired at nothing are a test or a salute; an attack is fired `على` someone.
        EventType::Assault if hit.trigger.mode == Some(EventMode::Rockets) => {
            strong.contains(&hit.trigger.kind)
                || (light_before
                    && (i.saturating_sub(reach).max(range.start)..range.end)
                        .any(|j| same(&words.get(j).norm, "على")))
        }
        _ => light_before || strong.contains(&hit.trigger.kind),
    }
}

/// Nouns whose `الاتصالات` is the trade of telecommunications, not calls (`خدمات الاتصالات`,
/// `شركة الاتصالات`, `هيئة الاتصالات`), normalized.
const TELECOM_HEADS: &[&str] = &[
    "خدمات",
    "خدمة",
    "شبكات",
    "شبكة",
    "هيئة",
    "شركة",
    "شركات",
    "قطاع",
    "تقنية",
    "وزارة",
    "وزير",
    "ابراج",
    "برج",
    "مشغلي",
    "مزودي",
    "فواتير",
    "سوق",
    "انظمة",
    "اجهزة",
    "معدات",
];

/// Kinds of telecommunications (`الاتصالات الثابتة`, `المتنقلة`), normalized.
const TELECOM_KINDS: &[&str] = &["الثابتة", "المتنقلة", "السلكية", "اللاسلكية"];

/// Whether the plural `اتصالات` at `i` is telecommunications: in construct after one of
/// [`TELECOM_HEADS`] (a preposition clitic allowed on the head), or of a kind of them.
pub(crate) fn telecommunications(words: &Words, i: usize, range: &Range<usize>) -> bool {
    let w = words.get(i);
    if !w.stem.ends_with("ات") {
        return false;
    }
    let head = i > range.start && {
        let h = words.get(i - 1);
        !h.det
            && TELECOM_HEADS
                .iter()
                .any(|k| same(&h.stem, k) || same(&h.norm, k))
    };
    let kind = range.contains(&(i + 1))
        && TELECOM_KINDS
            .iter()
            .any(|k| same(&words.get(i + 1).norm, k));
    head || kind
}

/// People a verb of stopping may arrest (`أوقفت 251 شخصا`, `أوقف المشتبه به`), normalized
/// stems.
const SUSPECTS: &[&str] = &[
    "شخص",
    "اشخاص",
    "شخصا",
    "مشتبه",
    "متهم",
    "متهمين",
    "مطلوب",
    "مطلوبين",
    "مدعو",
    "عناصر",
    "شاب",
    "شبان",
];

/// `إن` and `أن`, bare or after `ب`, as written: they open a clause whose subject follows.
const COMPLEMENTIZERS: [&str; 5] = ["ان", "أن", "إن", "بان", "بأن"];

/// Whether the word is one of [`COMPLEMENTIZERS`].
fn is_complementizer(w: &Word) -> bool {
    COMPLEMENTIZERS.iter().any(|k| same(&w.norm, k))
}

/// Whether `subject` is opened by `إن` or `أن` and runs up to the verb at `i`
/// (`إن مسلحين قتلوا`), or is the clause subject that the pronoun on `أن` right before the verb
/// stands for (`أنها قتلت`).
fn opened_by_complementizer(p: &Phrases<'_>, subject: &Range<usize>, i: usize) -> bool {
    let complementizer = |j: usize| {
        let w = p.words.get(j);
        same(&w.stem, "ان") || is_complementizer(w)
    };
    let pronoun_on_an = i > p.sentence.start && {
        let prev = p.words.get(i - 1);
        prev.pron && complementizer(i - 1)
    };
    pronoun_on_an
        || (subject.end == i
            && subject.start > p.sentence.start
            && complementizer(subject.start - 1))
}

/// The parties of an event, read around its anchor.
fn parties(p: &Phrases<'_>, anchor: Hit) -> (Vec<Argument>, Vec<Argument>) {
    let i = anchor.token;
    let kind = anchor.trigger.kind;
    let w = p.words.get(i);
    let mut actors: Vec<Range<usize>> = Vec::new();
    let mut targets: Vec<Range<usize>> = Vec::new();
    let mut object_from = i + 1;
    let mut suffered = false;
    // A passive verb has no object: nothing after it is a target.
    let mut passive = false;
    // A verb spelt like its verbal noun reads as the noun after a preposition or with the
    // article (`مع قصف متبادل`, `بالقصف`): no verb follows a preposition.
    // After the verb that opens the sentence it is that verb's subject (`وأدى قصف المواقع`).
    // So does one whose construct is followed by its object after `ل` (`أدان قصف قوات النظام
    // لمدينة حلب`): the verb takes its object without a preposition.
    let as_noun = w.det
        || w.prep.is_some()
        || (i > p.sentence.start && (p.is_preposition(i - 1) || opening_verb(p, i - 1)))
        // After a word of casualties it completes their construct (`ضحايا قصف النظام`).
        || (lexicon::spelt_as_verbal_noun(w)
            && !w.conj
            && ((i > p.sentence.start && {
                let before = p.words.get(i - 1);
                lexicon::no_casualties(before).is_some()
                    || lexicon::trigger(before).is_some_and(|t| t.class == Class::Casualty)
            }) || p
                .phrase_at(i + 1)
                .filter(|r| r.start == i + 1)
                .and_then(|r| agent_then_object(p, &r))
                .is_some()));
    // A weak word in a verb's form (`احتشدوا`, `تجمعوا`) has a subject like any verb.
    let weak_verb =
        anchor.trigger.class == Class::Weak && !w.vsuff.is_empty() && !w.nsuff && !w.accusative;
    // A word that is surely a verb is one, whatever its trigger's class (`ستدعم`, `وقد دعم`).
    let verbal = ((anchor.trigger.class == Class::Verb || weak_verb || p.is_verb(i)) && !as_noun)
        || verbal_casualty(p, i, anchor);
    if verbal {
        let after = p.skip_fillers(i + 1);
        // `قتل 4 جنود`: a number right after a casualty verb counts its victims (the verb is
        // passive); what it counts is the target.
        if anchor.trigger.class == Class::Casualty && p.words.get(after).in_quantity {
            if let Some(r) = p.next_party(after, 6, |j| {
                p.words.get(j).in_quantity || is_trigger_word(p, j)
            }) {
                object_from = r.end;
                // `وطوقت القوات المبنى وقتلت أربعة مسلحين`: a feminine verb counting men is
                // active, and shares the subject of the verb before it.
                if w.conj
                    && feminine_verb(w)
                    && masculine_plural_head(p, &r)
                    && let Some(s) = shared_subject(p, i)
                {
                    actors.extend(p.coordinated(s.end));
                    actors.insert(0, s);
                } else if !w.conj
                    && let Some(s) = verb_subject(p, i).filter(|s| {
                        let first = p.words.get(s.start);
                        opened_by_complementizer(p, s, i)
                            && !first.in_quantity
                            && !first.in_time
                            && !first.accusative
                            && !is_event_word(p, s.start)
                    })
                {
                    // `قالت الشرطة إن مسلحين قتلوا خمسة مدنيين`, `أعلنت الأجهزة أنها قتلت
                    // ثمانية`: the subject `إن` or `أن` opens right before a casualty verb that
                    // counts its victims after it dealt the blow. (After `و` the verb is
                    // passive as often, `قتل جنديان وأصيب 31 آخرون`.)
                    actors.extend(p.coordinated(s.end));
                    actors.insert(0, s);
                }
                targets.push(r);
            }
        } else if let Some(r) = counted_after_passive_arrest(p, anchor) {
            // `ففي الخليل اعتقل سبعة أشخاص`: the bare verb with a number right after it is
            // passive (`اُعتُقل`), and what the number counts were arrested.
            object_from = r.end;
            targets.push(r);
        } else if let Some((s, r)) = counted_object_of_joined_verb(p, anchor) {
            // `أحبطت السلطات ... واعتقلت ثلاثة أشخاص`: a number right after a verb joined by
            // `و` counts its object; the subject is the one it shares.
            object_from = r.end;
            actors.extend(p.coordinated(s.end));
            actors.insert(0, s);
            targets.push(r);
        } else if let Some(r) = verb_subject(p, i) {
            if r.start > i {
                object_from = r.end;
            }
            // `زار منفذ الحدود`, `زار السعودية`: right after a verb of visiting, a place is
            // what was visited; the visitor was named before (or not at all).
            let visited = anchor.trigger.mode == Some(EventMode::Visit)
                && r.start > i
                && names_place(p, r.start);
            // `استهدف هجوم ... القاعدة`: an attack is not an actor; what follows is the target.
            // A trigger that opens a subject before the verb is a verbal noun, since a verb is
            // never a subject (`أن قتل 37 شخصا ... في تفجيرين استهدفا`).
            let is_event_noun = r.clone().any(|j| {
                let w = p.words.get(j);
                (j == r.start && r.end <= i && is_trigger_word(p, j))
                    || EVENT_NAMES.iter().any(|n| same(&w.stem, n))
                    || lexicon::trigger(w).is_some_and(|t| t.class == Class::Noun)
                    || (w.det && lexicon::SAME_AS_VERBAL_NOUN.contains(&w.stem.as_str()))
                    || lexicon::count_noun(w).is_some_and(|k| {
                        matches!(
                            k,
                            rasd_text::annotations::CountKind::Munitions
                                | rasd_text::annotations::CountKind::Attacks
                        )
                    }) && !is_air_force(p, j)
            });
            // A casualty verb is passive in news (`قُتل`, `أُصيب`): its subject is the victim,
            // unless a number follows it, counting the victims of an active one (`قتلت قوات
            // الأمن ستة متشددين`).
            // A number with `ب` is the weapon's (`أصيب الجندي بثلاث طلقات`).
            // A subject shared with the verb before it acted (`وداهمت القوات المنزل وقتلت
            // مسلحين`).
            let next = p.words.get(r.end);
            let shared = r.end <= i && w.conj && shared_subject(p, i).as_ref() == Some(&r);
            let active = shared
                || (r.start > i
                    && next.prep.is_none()
                    && ((next.in_quantity && !next.conj && !is_one(next))
                        || accusative_after_nominative(p, &r)))
                || (r.end <= i && object_follows(p, i));
            // `واعتقل فلان بعد يوم`: a person's name after a verb of arrest with no object
            // after it is the one arrested (the passive, unmarked without vowels); people are
            // arrested by forces, not by a single named person.
            let arrested = kind == EventType::Arrest
                && r.start > i
                && names_person_only(p, &r)
                && p.next_party(r.end, 3, |j| is_event_word(p, j)).is_none();
            // A phrase behind a preposition after a passive casualty verb says how or where
            // (`أصيبت بالطلقة`); nobody suffered it.
            let circumstance =
                r.start > i && (p.words.get(r.start).prep.is_some() || p.is_preposition(r.start));
            if anchor.trigger.class == Class::Casualty && !active && circumstance {
                object_from = object_from.max(r.end);
                passive = true;
            } else if (anchor.trigger.class == Class::Casualty && !active) || visited || arrested {
                targets.push(r);
            } else {
                // `المستشفى الذي استهدفه القصف`: the antecedent the verb's pronoun resumes
                // is who or what was done to, for types whose object is a party (what was
                // agreed, given or said is no party: `الاتفاق الذي أبرمته`), whether the
                // subject after the verb is a party or the event itself.
                if let Some(antecedent) = resumed_antecedent(p, i)
                    .or_else(|| resumed_topic(p, i))
                    .filter(|a| r.start > i && !symmetric(kind) && !is_event_word(p, a.start))
                    .filter(|_| !matches!(kind, EventType::Statement | EventType::Aid))
                {
                    targets.push(antecedent);
                }
                if !is_event_noun {
                    actors.extend(p.coordinated(r.end));
                    // `وصل الوزير ... إلى الرياض والتقى نظيره`: a meeting verb joined by `و`
                    // has the subject of the verb before; who follows it is met, a party too.
                    // (A place visited before is no one who meets: `زار الجزائر والتقى`.)
                    let joined = (symmetric(kind) && w.conj && r.start > i)
                        .then(|| earlier_subject(p, i))
                        .flatten()
                        .filter(|s| kind != EventType::Meet || !names_place(p, s.start));
                    actors.insert(0, r);
                    if let Some(s) = joined {
                        actors.insert(0, s);
                    }
                } else if r.end <= i
                    && governed_by_light_verb(p, r.start)
                    && let Some(s) = clause_subject(p, r.start, false)
                {
                    // `شنت الجماعة عملية استهدفت دورية`: the attack described by the verb
                    // was carried out by the subject of the verb that governs it.
                    actors.extend(p.coordinated(s.end));
                    actors.insert(0, s);
                }
            }
        }
        // `استهدفت الغارات الأمريكية مواقع`: a defined event named right after the verb is
        // its subject (the attack itself, no party); the object follows the whole of its
        // phrase, adjectives included, not the adjective.
        let at = p.skip_fillers(i + 1);
        let event_subject = p.words.get(at);
        if object_from == i + 1
            && at < p.sentence.end
            && event_subject.det
            && event_subject.prep.is_none()
            && is_event_word(p, at)
            && let Some(r) = p.phrase_at(at).filter(|r| r.start == at)
        {
            object_from = r.end;
        }
    } else if let Some(r) = light_verb_subject(p, i) {
        object_from = object_from.max(r.end);
        if let Some(at) = undergone(p, i) {
            // `تعرض مواطن لإطلاق نار من مجهولين`: who undergoes the attack is its target;
            // who dealt it may follow `من`.
            targets.push(r.start..r.end.min(at).max(r.start + 1));
            suffered = true;
            actors.extend(assailant_after_min(p, i));
        } else {
            actors.extend(p.coordinated(r.end));
            actors.insert(0, r);
            // `أدانت الوزارة اقتحام المستوطنين للمسجد`: with its object after `ل`, the noun's
            // construct did it, not the subject of the verb that governs the noun.
            let agent_object = (patient_noun(kind) && !w.det && !w.pron)
                .then(|| p.phrase_at(i + 1).filter(|t| t.start == i + 1))
                .flatten()
                .and_then(|t| agent_then_object(p, &t));
            // `نجح الجيش في قتل العشرات من المسلحين`: the noun's definite complement in
            // construct is who it was done to (an indefinite word after it is its adjective:
            // `حملة اعتقالات واسعة`).
            // A munition's complement names its kind (`صواريخ الكاتيوشا`).
            if let Some((agent, object)) = agent_object {
                object_from = object_from.max(object.end);
                actors.clear();
                actors.push(agent);
                targets.push(object);
            } else if patient_noun(kind)
                && !w.det
                && !w.pron
                && !lexicon::is_munition(w)
                && let Some(t) = p.phrase_at(i + 1).filter(|t| {
                    let first = p.words.get(t.start);
                    // Definite by the article, as a name, or in construct with a definite
                    // word (`بمداهمة منزل المتهم`).
                    // The head of a construct is a noun: no pronoun, no verb, no adjective
                    // of the event's word (`غارة جوية نفذها التحالف`).
                    let nisba = first.norm.ends_with('ي') || first.norm.ends_with("يه");
                    let construct = t.end - t.start == 2
                        && !first.accusative
                        && !first.pron
                        && !nisba
                        && first.vsuff.is_empty()
                        && !lexicon::is_light_verb(first)
                        && p.words.get(t.end - 1).det
                        && p.words.get(t.end - 1).prep.is_none();
                    t.start == i + 1
                        && first.prep.is_none()
                        && (first.det || first.mention.is_some() || construct)
                })
            {
                object_from = object_from.max(t.end);
                if target_follows(p, t.end) {
                    // `تشارك فرنسا في ضربات التحالف ضد التنظيم`: with the attacked after
                    // `على` or `ضد`, the construct names who strikes alongside the subject.
                    actors.push(t);
                } else {
                    targets.push(t);
                }
            }
        }
    } else if w.pron && !p.mentions_before(i).is_empty() {
        // `اتفاقهما`: the suffix stands for the parties named before.
        actors.extend(p.mentions_before(i));
    } else if !w.det
        && !w.pron
        // A verb heads no construct (`الانتخابات ستدعم سيادة العراق`).
        && !p.is_verb(i)
        && let Some(r) = p.phrase_at(i + 1).filter(|r| {
            // The complement of a construct is definite: a name or a word with the article
            // (an indefinite word after the noun is its adjective: `انتخابات حرة`).
            // A construct complement carries no preposition (`هجوما بالقذائف` names the
            // weapon).
            let definite = |j: usize| {
                let w = p.words.get(j);
                (w.det || w.mention.is_some()) && w.prep.is_none()
            };
            let quantifier = ["جميع", "كل", "كافة", "بعض", "معظم", "مختلف", "عدد"]
                .iter()
                .any(|q| same(&p.words.get(r.start).norm, q));
            // `اغتيال ضابط`, `اعتقال صحفي`: an indefinite person is who it was done to.
            let person = patient_noun(kind) && is_person_noun(p.words.get(r.start));
            // `قصف قوات النظام`: a noun in construct with a definite one is definite too. A
            // meeting or an agreement in construct with such a noun is about it (`محادثات
            // برنامج الإنقاذ`) unless it names a person or a group (`زيارة رئيس الوزراء`).
            let first = p.words.get(r.start);
            let construct = r.end - r.start >= 2
                && (!symmetric(kind)
                    || r.clone().any(|k| p.names_person(k) || names_threatener(p, k)))
                // Not a verb (`مظاهرات تطالب السلطة`, `اعتداء يطال الصحافيين`) nor a
                // direction (`متظاهرين جنوب العاصمة`, where they were).
                && lexicon::trigger(first).is_none()
                && !(first.stem.starts_with('ي') && first.mention.is_none())
                && !crate::ner::trigger_names::DIRECTIONS
                    .iter()
                    .any(|d| same(&first.norm, d))
                && definite(r.start + 1)
                && first.prep.is_none()
                && !first.accusative
                && !first.pron
                && first.vsuff.is_empty()
                && !(first.norm.ends_with('ي') || first.norm.ends_with("يه"));
            r.start == i + 1
                && (definite(r.start)
                    || (quantifier && definite(r.start + 1))
                    || person
                    || construct)
        })
    {
        // A noun without the article heads a construct: what follows is its agent (`زيارة
        // الرئيس`, `ترحيب العراق`) or, for violence and arrests, its patient (`اغتيال عماد
        // مغنية`).
        object_from = r.end;
        // `دعم تونس`: support is given to whom the construct names, unless a recipient
        // follows (`دعم السعودية لليمن`).
        let recipient_after = (r.end..(r.end + 2).min(p.sentence.end)).any(|j| {
            let w = p.words.get(j);
            w.prep == Some('ل') || same(&w.norm, "الى")
        });
        // `هجوم القوات السورية على جبهة النصرة`: when the attacked follows after `على` or
        // `ضد`, the construct names the attacker.
        let target_after = target_follows(p, r.end);
        // `ضربات التحالف`, `قصف الطيران`: strikes and shelling are named after who deals
        // them; a force in construct is their agent.
        let force_agent = kind == EventType::Assault
            && STRIKE_NOUNS.iter().any(|k| same(&w.stem, k))
            && FORCES.iter().any(|k| same(&p.words.get(r.start).stem, k));
        // `تهديد الدول المجاورة`, `لتهديد الأمن`: a threat in the singular is made to what
        // its construct names, unless a person, an organisation or an armed group is named
        // there, a title allowed before (`تهديد المتطرفين`, `تهديد الإمام يحيى`); in the
        // plural it is theirs (`تهديدات المرشد`).
        let threatened = kind == EventType::Threaten
            && !w.norm.ends_with("ات")
            && !(r.start..r.start + 3).any(|j| names_threatener(p, j));
        // `انتخاب بلاتر مجددا`, `إعادة انتخاب الرئيس`: one election is of whom its construct
        // names; elections in the plural are of the body (`انتخابات مجلس النواب`).
        let elected =
            kind == EventType::Elect && same(&w.stem, "انتخاب") && !w.norm.ends_with("ات");
        // `اتهام الوزير بالفساد`: one accusation is of whom its construct names when the
        // charge follows (`جاء اتهام الجنرال خلال` is the general's), unless whom it accuses
        // follows after `ل` (`اتهام واشنطن لموسكو`).
        let accused = kind == EventType::Accuse
            && is_accusation(w)
            && !w.norm.ends_with("ات")
            && !recipient_after
            && p.words.get(p.skip_fillers(r.end)).prep == Some('ب');
        // `لتهنئة إيران بالاتفاق`: one goes to congratulate whom the construct names (`تلقى
        // تهنئة السفير` is the ambassador's).
        let congratulated = is_congratulation(w) && w.prep == Some('ل');
        // `قصف قوات النظام لمدينة حلب`, `استهداف التنظيم لحركة حزم`: with its object after
        // `ل`, the verbal noun's construct names who did it.
        let agent_object = (patient_noun(kind) && !target_after)
            .then(|| agent_then_object(p, &r))
            .flatten();
        let patient = (patient_noun(kind) && !target_after && !force_agent)
            || (kind == EventType::Aid && !recipient_after)
            || threatened
            || elected
            || accused
            || congratulated;
        // `قمة بروكسل`, `اجتماع الرياض`: a meeting named after a place is held there; the
        // place is no party.
        let held_at = symmetric(kind) && names_place(p, r.start);
        // `محادثات السلام`, `اتفاق وقف إطلاق النار`: what the parties talk or agree about.
        let topic = symmetric(kind) && TOPICS.iter().any(|t| same(&p.words.get(r.start).stem, t));
        // `قذائف الهاون`, `صواريخ الكاتيوشا`: a munition's complement names its kind.
        let munition_kind = lexicon::is_munition(w);
        if held_at || topic || munition_kind {
            // Nothing: `places` reads it, or it is the weapon's own name.
        } else if let Some((agent, object)) = agent_object {
            object_from = object.end;
            actors.push(agent);
            targets.push(object);
        } else if patient {
            targets.push(r);
        } else {
            actors.extend(p.coordinated(r.end));
            actors.insert(0, r);
        }
    }
    let mut lam_agent = None;
    // `هجوم لطالبان`, `غارات للتحالف`: a noun of attack or strikes names who dealt them after
    // `ل` when an organisation or a force follows (after other nouns, and before places, `ل`
    // marks what was struck: `قصف لمواقع`).
    if actors.is_empty()
        && !verbal
        && !w.pron
        && kind == EventType::Assault
        && ATTACK_NOUNS
            .iter()
            .chain(STRIKE_NOUNS)
            .any(|k| same(&w.stem, k))
        && let Some(r) = p.phrase_at(i + 1).filter(|r| {
            let first = p.words.get(r.start);
            r.start == i + 1
                && first.prep == Some('ل')
                && (first.mention.is_some_and(|m| {
                    p.doc.mentions.get(m).map(|m| m.kind)
                        == Some(rasd_text::annotations::EntityType::Org)
                }) || FORCES.iter().any(|k| same(&first.stem, k)))
        })
    {
        object_from = object_from.max(r.end);
        lam_agent = Some(r.start);
        actors.push(r);
    }
    // `أعلنت وزارة الدفاع انسحاب قواتها`: a noun without its own agent takes the subject of
    // the verb that governs it.
    let mut from_clause = false;
    if actors.is_empty()
        && !verbal
        && !suffered
        && (!patient_noun(kind) || !targets.is_empty())
        && w.prep.is_none()
        && let Some(r) = clause_subject(p, i, patient_noun(kind))
    {
        actors.extend(p.coordinated(r.end));
        actors.insert(0, r);
        from_clause = true;
    }
    // `أعلنت الجماعة مسؤوليتها عن اغتيال ضابط`: who claims an attack is its actor.
    if actors.is_empty()
        && !verbal
        && kind == EventType::Assault
        && let Some(r) = claimant(p, i)
    {
        actors.push(r);
    }
    // `نصبوا كمينا لدورية`: an ambush is set for whom `ل` names right after it; not for a
    // purpose (`كمينا لاستهداف دورية`, whose own event reads the patrol). A verbal noun of
    // purpose after `ل` carries no trigger of its own, so its keys are looked up.
    if targets.is_empty()
        && !verbal
        && kind == EventType::Assault
        && is_trap(w)
        && i + 1 < p.sentence.end
        && p.words.get(i + 1).prep == Some('ل')
        && !lexicon::candidates(p.words.get(i + 1))
            .iter()
            .any(|k| lexicon::trigger_key(k))
        && let Some(r) = p.phrase_at_clitic(i + 1)
    {
        object_from = object_from.max(r.end);
        targets.push(r);
    }
    // `مظاهرات تطالب الحكومة بالإصلاح`: a protest is addressed to whom the demand it makes
    // names (not to what it demands: `تطالب بالإفراج`).
    if targets.is_empty()
        && kind == EventType::Protest
        && let Some(j) = (i + 1..(i + 4).min(p.sentence.end))
            .take_while(|&j| !p.words.get(j).is_punct)
            .find(|&j| {
                lexicon::trigger(p.words.get(j))
                    .is_some_and(|t| t.kind == EventType::Demand && t.class == Class::Verb)
            })
        && let Some(r) = p.phrase_at(j + 1).filter(|r| {
            let first = p.words.get(r.start);
            r.start == j + 1 && first.prep.is_none() && !p.is_preposition(r.start)
        })
    {
        object_from = object_from.max(r.end);
        targets.push(r);
    }
    // `اشتباكات بين الجنود الأتراك ومتمردي الحزب`: the two sides of a clash follow `بين`.
    if anchor.trigger.mode == Some(EventMode::Clash)
        && actors.is_empty()
        && targets.is_empty()
        && let Some(first) = p.after_preposition(object_from, &["بين"], 3)
        && first.end < p.sentence.end
        && p.words.get(first.end).conj
        && let Some(second) = p.phrase_at(first.end).filter(|r| r.start == first.end)
    {
        object_from = second.end;
        actors.push(first);
        targets.push(second);
    }
    // Meetings and agreements: `مع X`, `بين X و Y` are parties too.
    if symmetric(kind) {
        if let Some(r) = p.after_preposition(object_from, &["مع", "بين"], 5) {
            // `دارت المشكلة في محادثات السلام بين الحكومة و«طالبان»`: those `بين` names are
            // the parties, whoever the sentence is about.
            if from_clause && r.start > 0 && same(&p.words.get(r.start - 1).norm, "بين") {
                actors.clear();
            }
            actors.extend(p.coordinated(r.end));
            actors.push(r);
        }
    } else if targets.is_empty()
        && verbal
        && matches!(
            kind,
            EventType::Accuse | EventType::Demand | EventType::Threaten | EventType::Elect
        )
        && let Some(r) = p.phrase_at(object_from).and_then(|r| {
            let first = p.words.get(r.start);
            // `اتهمت الحكومة أمس المعارضين`: a time may stand before the object.
            if r.start != p.skip_fillers(object_from) {
                return None;
            }
            // `وطالبت الإدارة مدرب الفريق بأن`: a named object, or a person by title after a
            // subject that is no person (after a person the title is theirs: `دعا مبارك العصيمي
            // المتحدث الرسمي`).
            let titled = first.prep.is_none()
                && p.is_masculine_title(r.start)
                && !actors.iter().any(|a| a.clone().any(|j| p.names_person(j)));
            if first.mention.is_some() || titled {
                return Some(r);
            }
            // An accusation names its charge after `ب`: the object before it is the accused,
            // named or not, and ends where the charge begins (`اتهمت السلطات التنظيمين
            // بالوقوف وراءها`).
            let charge = (r.start + 1..=p.skip_fillers(r.end))
                .find(|&j| p.words.get(j).prep == Some('ب'))?;
            (kind == EventType::Accuse && first.prep.is_none() && !p.is_preposition(r.start))
                .then_some(r.start..charge.min(r.end))
        })
    {
        // `اتهمت الخارجية واشنطن بـ...`: a named object is the target.
        targets.push(r);
    } else if targets.is_empty() && !passive {
        let preps: &[&str] = match kind {
            EventType::Assault | EventType::Threaten => &["على", "ضد", "بحق"],
            // `تظاهروا أمام السفارة`: a protest is addressed to whom it stands before.
            EventType::Protest => &["ضد", "على", "امام", "أمام"],
            // `اتهمه بالفساد`: an accusation's `ب` names the charge, its `ل` the accused;
            // congratulations name the occasion after `ب` (`تهنئته بعيد الفطر`).
            EventType::Accuse if is_accusation(w) => &["ل"],
            EventType::Praise if is_congratulation(w) => &["ل"],
            // `شن هجوما لاذعا على منافسيه`: an attack in words is made on someone.
            EventType::Accuse if is_attack_word(w) => &["على", "ضد"],
            EventType::Praise | EventType::Accuse | EventType::Demand => &["ب"],
            EventType::Aid => &["ل", "الى", "إلى"],
            _ => &[],
        };
        // `اشتبكت قوات الأمن مع مسلحي التنظيم`: a clash is fought with the other side, named
        // close after it (further on, `مع` may say amid what: `مع تنامي الفراغ الأمني`).
        let clashed_with = (anchor.trigger.mode == Some(EventMode::Clash))
            .then(|| p.after_preposition(object_from, &["مع"], 4))
            .flatten();
        // `ستدعم الاتحادات الفرنسي ميشيل بلاتيني`: a verb of support takes whom it supports
        // right after its subject, before any `ل` of purpose.
        let supported = (verbal && kind == EventType::Aid && !verb_with_object_pronoun(w))
            .then(|| p.phrase_at(object_from))
            .flatten()
            .filter(|r| {
                let first = p.words.get(r.start);
                r.start == p.skip_fillers(object_from)
                    && first.prep.is_none()
                    && !p.is_preposition(r.start)
                    && (first.det || first.mention.is_some())
            });
        if let Some(r) = clashed_with
            .or(supported)
            .or_else(|| p.after_preposition(object_from, preps, 8))
        {
            targets.push(r);
        } else if verbal
            && matches!(
                kind,
                EventType::Assault | EventType::Arrest | EventType::Accuse | EventType::Threaten
            )
            && !verb_with_object_pronoun(w)
            && let Some(r) = p.next_party(object_from, 10, |j| is_event_word(p, j))
        {
            // The object of a transitive verb follows its subject.
            targets.push(r);
        }
    }
    // `قُتل ... من قبل التنظيم`, `على يد مسلحين`: the agent of a passive verb or of a verbal
    // noun is named after `من قبل` or `على يد`; the noun before a passive verb is then what
    // was done to, not who did it.
    if !symmetric(kind)
        && let Some(r) = agent_phrase(p, i)
    {
        let (before, _): (Vec<_>, Vec<_>) = actors.drain(..).partition(|a| a.end <= i);
        if targets.is_empty() {
            targets.extend(before);
        }
        actors.extend(p.coordinated(r.end));
        actors.insert(0, r);
    }
    // `مهاجما انتحاريا من حركة طالبان`, `مجموعة من الطلاب`: an indefinite actor is known by
    // the group `من` names after it.
    let mut actors: Vec<Range<usize>> = actors
        .into_iter()
        .map(|r| {
            let indefinite = (r.start..r.end).all(|j| {
                let w = p.words.get(j);
                !w.det && w.mention.is_none()
            });
            // `الآلاف من النيباليين`: a crowd is known by whom it is made of.
            let crowd = p.counts_people(r.start);
            if (indefinite || crowd)
                && r.end - r.start <= 3
                && same(&p.words.get(r.end).norm, "من")
                && let Some(next) = p.phrase_at(r.end + 1).filter(|n| n.start <= r.end + 3)
            {
                r.start..next.end
            } else {
                r
            }
        })
        .collect();
    // `فجر نفسه`: the reflexive is the actor again, not a target; `فجر سيارة مفخخة` names the
    // weapon. What the attack was aimed at then stands after a word of place (`فجر نفسه قرب
    // موكب الشيخ`, `أمام مطعم`).
    let weapon = |r: &Range<usize>| {
        p.words.get(r.start).stem.starts_with("نفس")
            || (kind == EventType::Assault
                && r.clone()
                    .any(|j| lexicon::mode_cue(p.words.get(j)) == Some(EventMode::Bombing)))
    };
    let mut targets: Vec<Range<usize>> = targets.into_iter().filter(|r| !weapon(r)).collect();
    // `قتل برصاص مجهولين`, `أصيب بأربع طلقات`: a weapon is no target; whose it was, named
    // after it, is the actor.
    targets.retain(|r| {
        if kind != EventType::Assault {
            return true;
        }
        let munitions = r.clone().any(|j| lexicon::is_munition(p.words.get(j)));
        !munitions && instrument(p, r.start).is_none()
    });
    if actors.is_empty() && kind == EventType::Assault {
        actors.extend(
            (i + 1..(i + 3).min(p.sentence.end))
                .find_map(|j| instrument(p, j))
                .filter(|r| !r.is_empty() && can_act(p, r)),
        );
    }
    // (Not past a word of casualties: `عن مقتل ستة مسلحين قرب الحدود` says where they died;
    // nor an area, which is where it happened: `هجوم قرب المدينة`.)
    if targets.is_empty()
        && kind == EventType::Assault
        && let Some(r) = p.after_preposition(i + 1, NEAR, 8)
        && !weapon(&r)
        && !names_area(p, r.start)
        && anchor.trigger.class != Class::Casualty
        && !(i + 1..r.start)
            .any(|j| lexicon::trigger(p.words.get(j)).is_some_and(|t| t.class == Class::Casualty))
    {
        targets.push(r);
    }
    let to_args = |rs: Vec<Range<usize>>, actor: bool| -> Vec<Argument> {
        let mut out: Vec<Argument> = Vec::new();
        for mut r in rs {
            r = past_preposition_pronoun(p, r);
            // `هجوم يوقع 15 قتيلا`: the event's own word is none of its parties.
            // (The agent after `ل` of `غارات للتحالف` acts though a preposition opens it.)
            if (actor && !can_act(p, &r) && lam_agent != Some(r.start)) || r.contains(&i) {
                continue;
            }
            // `بينهم نساء`, `منهم`: a preposition with a pronoun is no party; nor is a word
            // that names an event the actor of that event (`حادث استهداف`, `عدة عمليات
            // استهدفت`).
            let names_event = (r.start..r.end.min(r.start + 2))
                .any(|j| EVENT_NAMES.iter().any(|n| same(&p.words.get(j).stem, n)));
            if (actor && names_event)
                || PREPOSITION_PRONOUNS
                    .iter()
                    .any(|w| same(&p.words.get(r.start).norm, w))
            {
                continue;
            }
            if let Some(a) = p.argument(r)
                && !out.iter().any(|o| o.span.overlaps(a.span))
            {
                out.push(a);
            }
        }
        out
    };
    let actors = to_args(actors, true);
    let mut targets = to_args(targets, false);
    targets.retain(|t| !actors.iter().any(|a| a.span.overlaps(t.span)));
    (actors, targets)
}

/// The agent and the object of a verbal noun whose construct `r` names a party that can act
/// and whose object follows after `ل`, inside the phrase or right after it (`قصف قوات النظام
/// لمدينة حلب`, `اقتحام المستوطنين للمسجد`, `استهداف جماعة الحوثي للقرى`). The object must
/// name a party or a place: `ل` with anything else tells a purpose or a time (`قتل المدنيين
/// للضغط`, `للمرة الثانية`).
fn agent_then_object(p: &Phrases<'_>, r: &Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
    let last = r.end.min(p.sentence.end.saturating_sub(1));
    let j = (r.start + 1..=last).find(|&j| p.words.get(j).prep == Some('ل'))?;
    let lam = p.words.get(j);
    if lam.pron || lam.in_time || lam.in_quantity || !lam.is_word {
        return None;
    }
    let head = p.words.get(r.start);
    // A sound plural's stem keeps its ending (`مستوطنين`).
    let singular = head
        .stem
        .strip_suffix("ين")
        .or_else(|| head.stem.strip_suffix("ون"))
        .unwrap_or(&head.stem);
    let acts = (r.start..j).any(|k| names_threatener(p, k))
        || FORCES.iter().any(|k| same(&head.stem, k))
        || (head.prep.is_none() && PERSON_NOUNS.iter().any(|k| same(singular, k)));
    let named = |k: usize| {
        k < p.sentence.end
            && p.words
                .get(k)
                .mention
                .and_then(|m| p.doc.mentions.get(m))
                .is_some()
    };
    let party = named(j)
        || (!lam.det && named(j + 1))
        || names_place(p, j)
        || ARMED.iter().chain(FORCES).any(|k| same(&lam.stem, k))
        || PERSON_NOUNS.iter().any(|k| same(&lam.stem, k));
    if !acts || !party {
        return None;
    }
    Some((r.start..j, p.phrase_at_clitic(j)?))
}

/// Whether `على` or `ضد` (not `على يد`, by the hand of) stands within two words of `end`: the
/// attacked is named there, so the noun before it names an attacker (`هجوم القوات السورية على
/// جبهة النصرة`).
fn target_follows(p: &Phrases<'_>, end: usize) -> bool {
    (end..(end + 2).min(p.sentence.end)).any(|j| {
        let w = p.words.get(j);
        ["على", "ضد"].iter().any(|q| same(&w.norm, q))
            && !["يد", "يدي", "ايدي"]
                .iter()
                .any(|y| same(&p.words.get(j + 1).norm, y))
    })
}

/// At a weapon with `ب` (`برصاص`, `بنيران`, `بعبوة`): whose fire it was, named right after
/// it (`برصاص مجهولين`, `بنيران الجيش`), or an empty range when no one is (a bomb's word is
/// followed by its adjective: `بحزام ناسف`).
fn instrument(p: &Phrases<'_>, j: usize) -> Option<Range<usize>> {
    let w = p.words.get(j);
    let mode = lexicon::mode_cue(w).filter(|_| w.prep == Some('ب'))?;
    Some(
        p.phrase_at(j + 1)
            .filter(|r| {
                // Not an adjective of origin (`بنيران هندية`).
                let owner = p.words.get(j + 1);
                let adjective = owner.mention.is_none()
                    && !owner.det
                    && ["ي", "ية", "يه"].iter().any(|e| owner.norm.ends_with(e));
                // A weapon is no one's (`برصاص الرشاشات`); a sniper is someone.
                let weapon = lexicon::mode_cue(owner).is_some() && !same(&owner.stem, "قناص");
                mode == EventMode::Shooting && r.start == j + 1 && !adjective && !weapon
            })
            .unwrap_or(j + 1..j + 1),
    )
}

/// Whether the trigger at `i` is what a form of `تعرض` says its subject underwent: the verb
/// stands before it in the clause and `ل` joins them (`تعرض لهجوم`, `تتعرض لإطلاق نار`).
/// The word with that `ل` is returned.
fn undergone(p: &Phrases<'_>, i: usize) -> Option<usize> {
    let joined = |j: usize| j >= p.sentence.start && p.words.get(j).prep == Some('ل');
    let at = if joined(i) {
        i
    } else if i > p.sentence.start && joined(i - 1) {
        i - 1
    } else {
        return None;
    };
    (at.saturating_sub(6).max(p.sentence.start)..at)
        .rev()
        .take_while(|&j| !p.words.get(j).is_punct)
        .find(|&j| lexicon::is_light_verb(p.words.get(j)))
        .filter(|&j| {
            lexicon::candidates(p.words.get(j))
                .iter()
                .any(|k| k == "تعرض")
        })
        .map(|_| at)
}

/// Whether the verbal noun at `i` is what a form of `قام` says its subject did: `ب` joins them
/// and no punctuation stands between (`قامت قوات الأمن بمداهمة`, `يقوم الجيش
/// بقصف`).
fn done_with(p: &Phrases<'_>, i: usize) -> bool {
    p.words.get(i).prep == Some('ب')
        && (i.saturating_sub(6).max(p.sentence.start)..i)
            .rev()
            .take_while(|&j| !p.words.get(j).is_punct)
            .any(|j| {
                let w = p.words.get(j);
                !w.det
                    && w.prep.is_none()
                    && lexicon::is_light_verb(w)
                    && lexicon::candidates(w).iter().any(|k| k == "قام")
            })
}

/// Who dealt what the trigger at `i` names, after a plain `من` close behind it (`لإطلاق نار
/// من أشخاص مجهولين`): a name, or people in the plural; not a place or a manner (`من مسافة
/// قريبة`, `من الخلف`).
fn assailant_after_min(p: &Phrases<'_>, i: usize) -> Option<Range<usize>> {
    let end = (i + 4).min(p.sentence.end);
    let k = (i + 1..end)
        .take_while(|&k| !p.words.get(k).is_punct)
        .find(|&k| same(&p.words.get(k).norm, "من"))?;
    let r = p.phrase_at(k + 1).filter(|r| r.start == k + 1)?;
    let first = p.words.get(r.start);
    let people = first.mention.is_some()
        || (!first.det && (first.norm.ends_with("ين") || first.norm.ends_with("ون")))
        || ["مجهول", "مسلح"]
            .iter()
            .any(|x| first.stem.starts_with(x) || p.words.get(r.start + 1).stem.starts_with(x));
    (people && !names_place(p, r.start)).then_some(r)
}

/// Prepositions with a pronoun suffix (`بينهم`, `منهم`), normalized: they point back to a
/// party named before and never head one; nor does `الأقل` of `على الأقل`.
const PREPOSITION_PRONOUNS: &[&str] = &[
    "الاقل",
    "ممن",
    "مما",
    "بينهم",
    "بينها",
    "بينهما",
    "منه",
    "منهم",
    "منها",
    "منهما",
    "فيه",
    "فيهم",
    "فيها",
    "عليه",
    "عليهم",
    "عليها",
    "له",
    "لها",
    "لهم",
    "اليه",
    "اليها",
    "اليهم",
    "معه",
    "معها",
    "معهم",
    "عنه",
    "عنها",
    "عنهم",
    "به",
    "بها",
    "بهم",
    "خلاله",
    "خلالها",
    "خلالهم",
    "لديه",
    "لديها",
    "لديهم",
];

/// Whether the phrase `r` can be the one who acts: not a document (`توقيع الاتفاق`), not a
/// phrase opened by a preposition (`لإطلاق نار`, `بالفعل`, `بجهود رجال الأمن`), which is a
/// circumstance or a complement, not a verb and not a lone accusative.
fn can_act(p: &Phrases<'_>, r: &Range<usize>) -> bool {
    let first = p.words.get(r.start);
    // `وهما يخططان لشن هجمات`: an imperfect verb of the dual or plural (`يفعلان`,
    // `يفعلون`) is no party; a noun in `ون` carries its plural suffix (`يمنيون`).
    let plural_verb = first.stem.starts_with('ي')
        && (first.stem.ends_with("ان") || first.stem.ends_with("ون"))
        && !first.nsuff
        && !first.det
        && first.mention.is_none();
    // `لكنه فجر نفسه`: a particle with a pronoun points back to a party; it names none.
    let particle = first.pron
        && ["لكن", "ان", "لان", "كان"]
            .iter()
            .any(|k| same(&first.stem, k));
    // `مقدماً شكره`, `أن له حقوقاً ويطالب بها`: a lone indefinite accusative is a state or
    // an object, never the subject, unless `إن` or `أن` governs it (`إن قناصا أطلق النار`).
    let governed = r.start > p.sentence.start && is_complementizer(p.words.get(r.start - 1));
    let lone_accusative = r.end - r.start == 1
        && first.accusative
        && !first.det
        && first.mention.is_none()
        && !governed;
    // `قدمت إليه تعازي بلادها في مقتل العشرات`: condolences and sympathy are felt for an
    // event; they do nothing.
    let sympathy = SYMPATHY.iter().any(|d| same(&first.stem, d));
    // `وأعلن اكتمال الاستعدادات`, `حث ... أهمية`: a verbal noun of what was said does nothing.
    let said = lexicon::is_said_noun(first);
    // `تم تفجير المقر`: the auxiliary of the passive names no one.
    let passive = ["تم", "يتم"].iter().any(|k| same(&first.norm, k));
    // `يقودها انتحاري أو أكثر`: "or more" with no number counts no one.
    let more_alone = r.end - r.start == 1 && ["اكثر", "اقل"].iter().any(|k| same(&first.norm, k));
    !(DOCUMENTS.iter().any(|d| same(&first.stem, d))
        || sympathy
        || said
        || more_alone
        || passive
        || (first.prep.is_some() && first.mention.is_none())
        || plural_verb
        || particle
        || lone_accusative)
}

/// `يوافق عليه الكونغرس`, `قدمت إليه تعازيها`: a phrase that opens with a preposition and its
/// pronoun begins after them.
fn past_preposition_pronoun(p: &Phrases<'_>, mut r: Range<usize>) -> Range<usize> {
    if r.end - r.start > 1
        && PREPOSITION_PRONOUNS
            .iter()
            .any(|w| same(&p.words.get(r.start).norm, w))
    {
        r.start += 1;
    }
    r
}

/// Condolences and sympathy (normalized stems): offered for an event, never its actor.
const SYMPATHY: &[&str] = &[
    "تعازي",
    "تعزية",
    "عزاء",
    "مواساة",
    "تضامن",
    "اسف",
    "حزن",
    "ادانة",
    "استنكار",
    "شجب",
];

/// Documents: what is signed, voted or criticised, never who does it (`توقيع الاتفاق`,
/// `انتقد بند الاتفاق`).
const DOCUMENTS: &[&str] = &[
    "اتفاق",
    "اتفاقية",
    "اتفاقيات",
    "بند",
    "بنود",
    "نص",
    "عقد",
    "عقود",
    "مذكرة",
    "مذكرات",
    "وثيقة",
    "وثائق",
    "معاهدة",
    "معاهدات",
];

/// Nouns that name an event or a series of them, not a party (`حادث`, `عمليات`, `حملة`).
const EVENT_NAMES: &[&str] = &[
    "حادث",
    "حادثة",
    "حوادث",
    "واقعة",
    "عملية",
    "عمليات",
    "حملة",
    "حملات",
];

/// The agent named after the trigger at `i` by `من قبل`, `على يد`/`على أيدي` or `من فعل` in the
/// same clause (`استهدافه من قبل التنظيم`, `قتلوا على يد مسلحين`).
fn agent_phrase(p: &Phrases<'_>, i: usize) -> Option<Range<usize>> {
    let end = (i + 10).min(p.sentence.end);
    for k in i + 1..end {
        let w = p.words.get(k);
        if (w.is_punct && !super::phrases::is_quote_mark(&w.norm))
            || lexicon::trigger(w).is_some_and(|t| t.class == Class::Verb)
        {
            return None;
        }
        let next = &p.words.get(k + 1).norm;
        // `من فعل`, `من تنفيذ`, `من صنع`: the deed of whoever follows (`هجمات يعتقد أنها من
        // فعل مقاتلي الحركة`).
        let marker = (same(&w.norm, "من")
            && ["قبل", "فعل", "تنفيذ", "صنع"].iter().any(|y| same(next, y)))
            || (same(&w.norm, "على") && ["يد", "يدي", "ايدي"].iter().any(|y| same(next, y)));
        if marker {
            return p
                .phrase_at(k + 2)
                .filter(|r| r.start == k + 2 && !p.words.get(r.start).in_time);
        }
    }
    None
}

/// `بغارات جوية استهدفت مواقع`, `شن ... غارات استهدفت مواقع`: an indefinite noun followed at
/// once by a verb, with no conjunction between, is described by that verb (a relative clause
/// needs no relative pronoun after an indefinite noun): it is its subject.
fn relative_antecedent(p: &Phrases<'_>, i: usize) -> Option<Range<usize>> {
    let v = p.words.get(i);
    // A verb with an object pronoun points back to the noun as its object (`اجتماع عقده
    // رئيس الوزراء`): its subject follows.
    if v.conj || v.det || v.prep.is_some() || v.future || v.pron {
        return None;
    }
    // `شملت 13 ولاية اعتقل فيها نحو 300`: a preposition with a pronoun after the verb points
    // back to the noun as where or with what; its subject follows.
    let next = p.words.get(i + 1);
    if i + 1 < p.sentence.end
        && next.pron
        && PREPOSITION_PRONOUNS.iter().any(|k| same(&next.norm, k))
    {
        return None;
    }
    let noun = |j: usize| {
        let w = p.words.get(j);
        !(p.is_boundary(j)
            || opening_verb(p, j)
            || w.stem.chars().count() < 3
            || w.det
            || w.mention.is_some()
            || w.in_time
            || w.in_quantity
            // `الغارات ليلا استهدفت`: an adverb of time is no antecedent.
            || p.is_adverb(j)
            // A possessive makes a noun definite (`حلفاؤهم`); a final `ي` is more often the
            // construct plural (`مستوطني براخة`).
            || (w.pron && !w.norm.ends_with('ي'))
            || !w.vsuff.is_empty()
            || super::frame::imperfect(w)
            || lexicon::trigger(w).is_some_and(|t| t.class == Class::Verb)
            || lexicon::is_light_verb(w))
    };
    let mut j = i;
    while j > p.sentence.start && i - j < 3 && noun(j - 1) {
        j -= 1;
        let w = p.words.get(j);
        // The head: it carries a preposition or the conjunction, or follows a word that is
        // not an indefinite noun (`شن طيران التحالف غارات جوية استهدفت مواقع`).
        if w.prep.is_some() || w.conj || j == p.sentence.start || !noun(j - 1) {
            // A bare masculine verb after a feminine or plural thing is a verbal noun in
            // construct (`مهمات قصف التنظيم`, `عملية قصف`): it would read `قصفت`.
            let feminine = w.stem.ends_with('ة') || w.stem.ends_with("ات");
            let bare = v.vsuff.is_empty() && !super::frame::imperfect(v);
            // `من جهة أخرى اعتقلت الشرطة`: an aside is no antecedent; the verb opens the
            // clause.
            let aside = p.in_aside(j);
            return (!(aside || feminine && bare)).then_some(j..i);
        }
    }
    None
}

/// `شن الطيران عشرات الغارات الجوية ليل الأربعاء استهدفت مقر اللواء`: a verb right after
/// the event's own word (its relational adjectives, times and adverbs between) describes that
/// event, which is its subject and no party. Not after a preposition (`وفي الانفجار أصيب
/// الجندي`: the verb has a subject of its own).
fn event_right_before(p: &Phrases<'_>, i: usize) -> Option<Range<usize>> {
    let v = p.words.get(i);
    // A casualty verb's subject is who suffered (`تبادل لإطلاق النار أصيب خلاله شخص`).
    let deed_verb = lexicon::trigger(v).is_some_and(|t| t.class == Class::Verb);
    if !deed_verb || v.conj || v.det || v.prep.is_some() || v.future {
        return None;
    }
    let mut end = i;
    while end > p.sentence.start && (p.words.get(end - 1).in_time || p.is_adverb(end - 1)) {
        end -= 1;
    }
    let mut head = end;
    while head > p.sentence.start && p.is_relational_of_defined(head - 1) {
        head -= 1;
    }
    let h = head.checked_sub(1).filter(|&h| h >= p.sentence.start)?;
    let w = p.words.get(h);
    let behind_preposition = w.prep.is_some() || (h > p.sentence.start && p.is_preposition(h - 1));
    // The same event: an election does not demand (`لمتابعة الانتخابات طالبت اللجنة`).
    (same_kind(w, v) && !behind_preposition && !w.pron).then_some(h..end)
}

/// Whether two words are triggers of one type of event (`الغارات` … `استهدفت`).
fn same_kind(a: &Word, b: &Word) -> bool {
    lexicon::trigger(a)
        .zip(lexicon::trigger(b))
        .is_some_and(|(x, y)| x.kind == y.kind)
}

/// Whether the phrase `r` ends in a sound plural in `ون` (nominative) and a plural in `ين`
/// follows it (`قتل مسلحون حارسين`): the case endings show a subject and its object, so a
/// casualty verb before them is active.
fn accusative_after_nominative(p: &Phrases<'_>, r: &Range<usize>) -> bool {
    let last = p.words.get(r.end - 1);
    let next = p.words.get(r.end);
    // `قتلت الشرطة مسلحين اثنين`: a plural in `ين` counted after a defined subject is its
    // object too.
    let counted = last.det && !last.dual && p.words.get(r.end + 1).in_quantity;
    r.end < p.sentence.end
        && ((last.nsuff && last.norm.ends_with("ون")) || counted)
        && next.is_word
        && next.nsuff
        && !next.det
        && !next.pron
        && !next.conj
        && next.mention.is_none()
        && !next.in_time
        && next.norm.ends_with("ين")
}

/// Whether an object comes right after the verb at `i`: a number or an indefinite accusative
/// (`إن جيش الاحتلال قتل شاباً`, `الشرطة اعتقلت 5`). With its subject before it, such a verb is
/// active and the subject dealt the blow; a passive has no object.
fn object_follows(p: &Phrases<'_>, i: usize) -> bool {
    let next = p.words.get(i + 1);
    // A pronoun on the verb is its object already, and an accusative nisba after it is an
    // adverb of manner (`محاولة قتلك اجتماعيا`), unless an adjective follows it as it follows
    // a noun (`قتلت قياديا بارزا`).
    let described = p.words.get(i + 2).accusative && i + 2 < p.sentence.end;
    let nisba_adverb = next.accusative && next.norm.ends_with("يا") && !described;
    i + 1 < p.sentence.end
        && !p.words.get(i).pron
        && !nisba_adverb
        && next.prep.is_none()
        && !next.conj
        && !next.in_time
        && next.mention.is_none()
        && (next.in_quantity || (next.accusative && !p.is_adverb(i + 1)))
}

/// Whether token `j` is a word of an event (`وإصابة`, `جرحى`) rather than of people it was
/// done to: hostages and detainees are people (`3 رهائن`), and so are protesters.
fn is_trigger_word(p: &Phrases<'_>, j: usize) -> bool {
    let w = p.words.get(j);
    lexicon::trigger(w).is_some()
        && lexicon::count_noun(w) != Some(rasd_text::annotations::CountKind::Participants)
}

/// Whether token `j` is aircraft as the force that strikes, a party: with the article
/// (`قصفت الطائرات الإسرائيلية`), or indefinite and uncounted with an adjective of origin or
/// of war (`قصفت طائرات تركية`, `طائرات حربية`). Counted or drones (`أطلقت خمس طائرات
/// مسيرة`) they are the weapon.
fn is_air_force(p: &Phrases<'_>, j: usize) -> bool {
    let w = p.words.get(j);
    if !lexicon::is_aircraft(w) {
        return false;
    }
    if w.det {
        return true;
    }
    let next = (j + 1 < p.sentence.end).then(|| p.words.get(j + 1));
    let counted = j > p.sentence.start && p.words.get(j - 1).in_quantity;
    let described = next.is_some_and(|n| {
        !n.det
            && n.prep.is_none()
            && (n.norm.ends_with("ية") || n.norm.ends_with("يه"))
            && lexicon::mode_cue(n) != Some(EventMode::Drone)
    });
    !counted && !w.in_quantity && described
}

/// Whether token `j` names the event or its weapon rather than a party (`هجوما`, `صاروخيا`).
fn is_event_word(p: &Phrases<'_>, j: usize) -> bool {
    let w = p.words.get(j);
    // `اعتقلت الشرطة ثلاثة متظاهرين`: protesters are people, who can be a party.
    if lexicon::count_noun(w) == Some(rasd_text::annotations::CountKind::Participants) {
        return false;
    }
    if is_air_force(p, j) {
        return false;
    }
    lexicon::trigger(w).is_some()
        || lexicon::mode_cue(w).is_some()
        || lexicon::count_noun(w).is_some()
}

/// The subject of the verb that opens the clause of token `i`: the nearest word before it
/// that looks like a verb (a trigger verb, a light verb, or a word with a verb suffix and
/// neither article nor preposition), when its subject ends before `i`.
fn clause_subject(p: &Phrases<'_>, i: usize, patient: bool) -> Option<Range<usize>> {
    let start = i.saturating_sub(8).max(p.sentence.start);
    let j = (start..i)
        .rev()
        .take_while(|&j| !p.words.get(j).is_punct)
        .find(|&j| {
            let w = p.words.get(j);
            !w.det
                && w.prep.is_none()
                && (lexicon::trigger(w).is_some_and(|t| t.class == Class::Verb)
                    || lexicon::is_light_verb(w)
                    || !w.vsuff.is_empty())
        })?;
    // `أعلنت الوزارة مقتل جندي`: who announces an attack or an arrest is not its actor (who
    // announces a withdrawal of its own forces is); nor is who condemns, mourns or documents
    // it (`أدانت الحكومة اغتيال صحفي`), nor the place or time that saw it (`شهدت المدينة
    // اغتيال قاض`).
    let reports = [
        "اعلن",
        "قال",
        "اكد",
        "افاد",
        "ذكر",
        "اوضح",
        "كشف",
        "اشار",
        "نفى",
        "صرح",
        "نقل",
        "ادان",
        "ندد",
        "استنكر",
        "شجب",
        "نعى",
        "وثق",
        "رصد",
        "شهد",
    ];
    let keys = lexicon::candidates(p.words.get(j));
    if patient && keys.iter().any(|k| reports.iter().any(|r| same(k, r))) {
        return None;
    }
    verb_subject(p, j).filter(|r| r.start > j && r.end <= i)
}

/// Who claims the attack named at `i`: the subject of the verb before `مسؤوليته عن` (`أعلنت
/// الجماعة مسؤوليتها عن`, `تبنى التنظيم المسؤولية عن`), when no denial precedes it.
fn claimant(p: &Phrases<'_>, i: usize) -> Option<Range<usize>> {
    if i < p.sentence.start + 3 || !same(&p.words.get(i - 1).norm, "عن") {
        return None;
    }
    let claim = i - 2;
    if !lexicon::is_responsibility(p.words.get(claim)) {
        return None;
    }
    let j = (claim.saturating_sub(6).max(p.sentence.start)..claim)
        .rev()
        .take_while(|&j| !p.words.get(j).is_punct)
        .find(|&j| {
            let w = p.words.get(j);
            let adopts = ["تبن", "يتبن", "تتبن"]
                .iter()
                .any(|k| w.stem.starts_with(k));
            !w.det
                && w.prep.is_none()
                && (lexicon::is_light_verb(w) || !w.vsuff.is_empty() || adopts)
        })?;
    // `لم تعلن أي جهة مسؤوليتها`: no one claimed it.
    let denied = (j.saturating_sub(2).max(p.sentence.start)..j).any(|k| {
        ["لم", "لا", "ولم"]
            .iter()
            .any(|d| same(&p.words.get(k).norm, d))
    });
    if denied {
        return None;
    }
    // The claim may be read into the subject's phrase (`التنظيم المسؤولية`): it ends there.
    verb_subject(p, j)
        .map(|r| r.start..r.end.min(claim))
        .filter(|r| r.start > j && !r.is_empty())
}

/// Nouns of strikes and shelling (normalized stems), named after who deals them.
const STRIKE_NOUNS: &[&str] = &["ضربات", "ضربة", "غارات", "غارة", "قصف"];

/// Nouns of attacks (normalized stems): with [`STRIKE_NOUNS`], those whose agent may follow `ل`
/// (`هجوم لطالبان`).
const ATTACK_NOUNS: &[&str] = &["هجوم", "هجمات"];

/// Nouns of ambushes and traps (normalized stems): what they are set for follows `ل`.
const TRAP_NOUNS: &[&str] = &["كمين", "كمائن", "فخ", "مكمن"];

/// Whether the word is a noun of [`TRAP_NOUNS`] (by stem, or by lemma: `كمينا`).
fn is_trap(w: &Word) -> bool {
    TRAP_NOUNS
        .iter()
        .any(|k| same(&w.stem, k) || w.lemma.as_deref().is_some_and(|l| same(l, k)))
}

/// Armed forces (normalized stems): in construct after a noun of strikes, the agent.
const FORCES: &[&str] = &[
    "تحالف",
    "طيران",
    "مقاتلات",
    "طائرات",
    "جيش",
    "قوات",
    "مدفعية",
    "بوارج",
    "سلاح",
    // `قصف النظام`, `غارات نظام الأسد`: a regime at war is named for its forces.
    "نظام",
];

/// `كان` and its sisters (normalized), which open a clause before its subject (`وكانت القوات
/// وجهت`, `لا يزال الجيش يقصف`).
const KANA: [&str; 15] = [
    "كان",
    "كانت",
    "كانوا",
    "يزال",
    "تزال",
    "زال",
    "زالت",
    "مازال",
    "مازالت",
    "ظل",
    "ظلت",
    "بات",
    "باتت",
    "اصبح",
    "اصبحت",
];

/// Where `كان` or a sister right before the verb at `i` begins, with the `لا` or `ما` that
/// negates it (`لا تزال تعتقل`, `كان يقصف`); none when it carries a pronoun.
fn auxiliary_right_before(p: &Phrases<'_>, i: usize) -> Option<usize> {
    let aux = i.checked_sub(1).filter(|&k| k >= p.sentence.start)?;
    let w = p.words.get(aux);
    if w.pron || !KANA.iter().any(|k| *k == w.stem || *k == w.norm) {
        return None;
    }
    let negated =
        aux > p.sentence.start && ["لا", "ما"].contains(&p.words.get(aux - 1).norm.as_str());
    Some(if negated { aux - 1 } else { aux })
}

/// Relative pronouns, normalized.
const RELATIVE_PRONOUNS: &[&str] = &["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"];

/// The antecedent of the relative pronoun right before the verb at `i`, when the verb's object
/// pronoun resumes it (see [`resumes`]).
fn resumed_antecedent(p: &Phrases<'_>, i: usize) -> Option<Range<usize>> {
    let prev = p.words.get(i.checked_sub(1)?);
    if i <= p.sentence.start || !RELATIVE_PRONOUNS.iter().any(|k| same(&prev.norm, k)) {
        return None;
    }
    resumes(&prev.norm, p.words.get(i))
        .then(|| p.phrase_before(i - 1))
        .flatten()
}

/// Whether the word is one of congratulating (`تهنئة`), whose `ب` names the occasion.
fn is_congratulation(w: &Word) -> bool {
    lexicon::candidates(w).iter().any(|k| same(k, "تهنئة"))
}

/// Whether the word is one of accusing (`اتهم`, `يتهم`, `اتهام`, `اتهامات`), whose `ب`
/// names a charge, not a party.
fn is_accusation(w: &Word) -> bool {
    lexicon::candidates(w)
        .iter()
        .any(|k| same(k, "اتهم") || same(k, "اتهام") || same(k, "اتهامات"))
}

/// Whether the word is a verb, by its shape, with an object pronoun (`استهدفتها`,
/// `يستهدفها`): `قتله` may be the noun with its agent's pronoun (his killing of).
fn verb_with_object_pronoun(w: &Word) -> bool {
    w.pron
        && !w.det
        && w.prep.is_none()
        && !w.nsuff
        && (w.vsuff == "ت" || w.stem.ends_with('ت') || super::frame::imperfect(w))
}

/// The topic right before a verb whose object pronoun resumes it (`معظم هذه المستشفيات
/// استهدفتها الميليشيات`): what the verb was done to.
fn resumed_topic(p: &Phrases<'_>, i: usize) -> Option<Range<usize>> {
    if !verb_with_object_pronoun(p.words.get(i)) {
        return None;
    }
    p.phrase_before(i).filter(|r| {
        r.end == i
            && p.words.get(r.start).prep.is_none()
            && !(r.start > p.sentence.start && p.is_preposition(r.start - 1))
    })
}

/// The antecedent `r` of a relative pronoun with the event's word before it when `r` is only
/// that word's relational adjectives (`للتفجير الإرهابي الذي استهدف`): the phrase stopped at
/// the word's preposition, but the antecedent is the event, which is no party.
fn with_event_head(p: &Phrases<'_>, r: Range<usize>) -> Range<usize> {
    let adjectives = r.clone().all(|j| p.is_relational_of_defined(j));
    if adjectives && r.start > p.sentence.start && is_trigger_word(p, r.start - 1) {
        r.start - 1..r.end
    } else {
        r
    }
}

/// Whether the verb `v` carries the object pronoun that agrees with the relative pronoun
/// `relative` (`الذي` … `ه`, `التي` … `ها`, `الذين` … `هم`): the pronoun resumes the antecedent.
/// (`الذي قتلهم`, "who killed them", has a pronoun of another number: the antecedent acted.)
fn resumes(relative: &str, v: &Word) -> bool {
    const AGREEING: [(&str, &str); 6] = [
        ("الذي", "ه"),
        ("التي", "ها"),
        ("الذين", "هم"),
        ("اللذين", "هما"),
        ("اللتين", "هما"),
        ("اللواتي", "هن"),
    ];
    v.pron
        && AGREEING
            .iter()
            .any(|(r, pronoun)| same(relative, r) && v.norm.ends_with(pronoun))
}

/// Whether a light verb stands in the clause before token `i` (`شنت الجماعة عملية`): the noun
/// at `i` is then what the light verb's subject carried out, unlike after a verb of reacting
/// (`دانت الوزارة التفجير`).
fn governed_by_light_verb(p: &Phrases<'_>, i: usize) -> bool {
    (i.saturating_sub(8).max(p.sentence.start)..i)
        .rev()
        .take_while(|&j| !p.words.get(j).is_punct)
        .any(|j| {
            let w = p.words.get(j);
            lexicon::is_light_verb(w)
                && !lexicon::candidates(w)
                    .iter()
                    .any(|k| NOT_DOING.iter().any(|n| same(k, n)))
        })
}

/// Light verbs that carry out no deed of the noun they govern: expressing or delivering
/// (`أعرب عن إدانته للتفجير الذي استهدف`, `أصدر بيانا`, `ألقى كلمة`) and undergoing (`تعرض
/// لهجوم استهدف`, whose subject is the target), normalized.
const NOT_DOING: &[&str] = &["اعرب", "عبر", "قدم", "اصدر", "القى", "تعرض"];

/// Light verbs of expressing (`أعرب عن`, `عبر عن`), normalized.
const EXPRESSING: &[&str] = &["اعرب", "عبر"];

/// Verbs of sending a message (`بعث الملك برقية تهنئة`, `أرسل رسالة شكر`), normalized: light
/// verbs for what the message says, never for a deed of violence, arrest or protest
/// (`أرسلنا طلقات النار في الهواء`, `أرسلت قوات لقمع`).
const SENDING: &[&str] = &["بعث", "ارسل"];

/// What talks and agreements are about, never who holds them (`محادثات السلام`).
const TOPICS: &[&str] = &[
    "سلام",
    "تسوية",
    "مصالحة",
    "هدنة",
    "تهدئة",
    "وقف",
    "تعاون",
    "شراكة",
    "تجارة",
    "حدود",
];

/// Words of place before what a bomb was set off at (`قرب موكب`, `أمام مطعم`).
const NEAR: &[&str] = &["قرب", "امام", "أمام", "داخل"];

/// Words that count or qualify the noun after them (`عدة ضربات`).
const QUANTIFIERS: &[&str] = &[
    "عدة",
    "عدد",
    "بضع",
    "بضعة",
    "سلسلة",
    "موجة",
    "مزيد",
    "المزيد",
];

/// The casualty words that are verbs (normalized keys); the others are nouns (`قتيل`,
/// `مقتل`, `جرحى`).
const CASUALTY_VERBS: [&str; 3] = ["قتل", "جرح", "اصيب"];

/// Conjunctions that open a clause of time or cause with a verb of its own.
const CLAUSE_CONJUNCTIONS: [&str; 6] = ["بعدما", "عندما", "حينما", "بينما", "لما", "كلما"];

/// Whether a casualty word is used as a verb (`قتل 4 جنود`, `قتلت قوات الأمن`): no article,
/// no preposition, not after a preposition (`عن مقتل`), and not a noun by form (`مقتل`).
fn verbal_casualty(p: &Phrases<'_>, i: usize, hit: Hit) -> bool {
    let w = p.words.get(i);
    // `وأوقع 32 قتيلا`: only the verbs among the casualty words (`قتل`, `جرح`, `أصيب`) can be
    // one (`قتلا` may be the verb of two, `قُتلا`).
    hit.trigger.class == Class::Casualty
        && casualty_verb_form(w)
        && !(i > p.sentence.start && p.is_preposition(i - 1))
}

/// Whether a word has the form of a verb of casualty (`قتل`, `جرح`, `أصيب`): neither article
/// nor preposition.
fn casualty_verb_form(w: &Word) -> bool {
    !w.det
        && w.prep.is_none()
        && lexicon::candidates(w)
            .iter()
            .any(|k| CASUALTY_VERBS.iter().any(|v| same(k, v)))
}

/// The subject of the verb at `i`: before it when the verb shows a plural or dual subject
/// (`مجهولين خطفوا`) or when a complementizer opens the clause before it (`إن مهاجما فجر`),
/// else after it (`اعلنت بغداد`).
fn verb_subject(p: &Phrases<'_>, i: usize) -> Option<Range<usize>> {
    if let Some(r) = first_of_joined_subjects(p, i) {
        return Some(r);
    }
    if let Some(r) = relative_antecedent(p, i) {
        return Some(r);
    }
    if let Some(r) = event_right_before(p, i) {
        return Some(r);
    }
    // `جماعة الحوثي لا تزال تعتقل`, `إن الجيش كان يقصف`: with `كان` or a sister right before
    // the verb, the subject stands before them.
    if let Some(aux) = auxiliary_right_before(p, i)
        && let Some(r) = p.phrase_before(aux).filter(|r| {
            r.end == aux
                && p.words.get(r.start).prep.is_none()
                && !(r.start > p.sentence.start && p.is_preposition(r.start - 1))
        })
    {
        return Some(r);
    }
    if i > p.sentence.start {
        let prev = p.words.get(i - 1);
        // `التفجير الذي استهدف المسجد`: after a relative pronoun the verb's subject is the
        // antecedent; what follows the verb is its object.
        if RELATIVE_PRONOUNS.iter().any(|k| same(&prev.norm, k)) {
            // `المسؤولين الذين يدعمهم الغرب`: a pronoun on the verb that agrees with the
            // relative pronoun stands for the antecedent, the verb's object; its subject
            // follows.
            if resumed_antecedent(p, i).is_some()
                && let Some(r) = p.phrase_at(i + 1).filter(|r| r.start == i + 1)
            {
                return Some(r);
            }
            return p.phrase_before(i - 1).map(|r| with_event_head(p, r));
        }
        // `ذكرت الشرطة أنها اعتقلت رجلين`: a feminine or plural pronoun on `أن` is the
        // subject, and stands for the subject of the verb that governs the clause. (A masculine
        // one is often the pronoun of the matter, `أنه قتل`, and is left alone.)
        let referring = ["ها", "هم", "هما"].iter().any(|k| prev.norm.ends_with(k));
        if prev.pron && referring && same(&prev.stem, "ان") {
            return clause_subject(p, i - 1, false);
        }
    }
    let w = p.words.get(i);
    // The plural `وا` shows even when the segmenter kept it in the stem (`شنوا`).
    let subject_first = shows_plural_subject(w)
        || (w.vsuff.is_empty() && !w.det && w.prep.is_none() && w.stem.ends_with("وا"));
    // A phrase governed by a preposition is no subject (`لاجئ من التبت على الأقل قد
    // احتشدوا`).
    let before = p.phrase_before(i).filter(|r| {
        r.end == i
            && p.words.get(r.start).prep.is_none()
            && !(r.start > p.sentence.start && p.is_preposition(r.start - 1))
    });
    // `معظم هذه المستشفيات استهدفتها الميليشيات`, `بينما يستهدفها المسلحون`: a verb whose
    // pronoun resumes the topic before it has its subject after it. (Only a verb shaped as
    // one: `قتله الرهينة` may be the noun, his killing of the hostage.) After `كان` the noun
    // before is the subject (`كانت الحركة تحتجزهم رهائن`).
    let after_kana = before.as_ref().is_some_and(|r| {
        r.start > p.sentence.start && {
            let k = p.words.get(r.start - 1);
            KANA.iter().any(|x| *x == k.stem || *x == k.norm)
        }
    });
    if verb_with_object_pronoun(w)
        && !after_kana
        && let Some(r) = p.phrase_at(i + 1).filter(|r| {
            let first = p.words.get(r.start);
            first.prep.is_none()
                && !p.is_preposition(r.start)
                && !first.accusative
                && !manner_adverb(first)
                && !first.in_quantity
                && lexicon::trigger(first).is_none()
        })
    {
        return Some(r);
    }
    // A complementizer or `كان` opens the clause before its subject (`إن مهاجما فجّر`,
    // `وكانت القوات الاميركية وجهت`).
    let opened = before.as_ref().is_some_and(|r| {
        // A quotation mark may stand between the particle and its noun (`إن «مجموعة`).
        let mut s = r.start;
        while s > p.sentence.start && super::phrases::is_quote_mark(&p.words.get(s - 1).norm) {
            s -= 1;
        }
        s > p.sentence.start && {
            let w = p.words.get(s - 1);
            is_complementizer(w) || KANA.iter().any(|k| *k == w.stem || *k == w.norm)
        }
    });
    // `الشرطة تعتقل ثلاثة مشتبهين`, `قذائف الحوثي تستهدف ظهران`: a sentence (a headline
    // most often) that opens with a definite noun phrase and then the verb has that phrase for
    // subject. After an indefinite word the verb opens a relative clause (`إحصاءات أعلنتها
    // الهيئة`, statistics the agency announced) or is a noun in construct (`إجراءات طالب
    // زائر`, a visiting student's procedures).
    let fronted = before.as_ref().is_some_and(|r| {
        let (first, last) = (p.words.get(r.start), p.words.get(r.end.saturating_sub(1)));
        r.start == p.sentence.start
            && (last.det || last.mention.is_some())
            && !first.in_time
            && !first.in_quantity
    });
    if subject_first || opened || fronted {
        return before
            .or_else(|| opened_subject(p, i))
            .or_else(|| p.phrase_before(i));
    }
    // `إذ يغتال مسلحون ضباط الجيش`: a sound plural in the nominative right after the verb is
    // its subject, whatever opened the clause before.
    let trigger_verb = lexicon::trigger(p.words.get(i)).is_some_and(|t| t.class == Class::Verb);
    if let Some(r) = p.phrase_at(i + 1).filter(|r| {
        let first = p.words.get(r.start);
        trigger_verb
            && r.start == i + 1
            && first.nsuff
            && first.norm.ends_with("ون")
            && !first.det
            && first.prep.is_none()
            && !first.conj
    }) {
        return Some(r);
    }
    // `إن مهاجما انتحاريا من حركة طالبان، فجر حافلة`, `وكانت مجموعة ... قد اقتحمت`: the noun
    // `إن` or `كان` opens the clause with is the subject of its first verb, however far.
    if let Some(r) = opened_subject(p, i) {
        return Some(r);
    }
    // After the verb, an accusative word (`اجتماعا`), a quantifier of the event (`عدة
    // ضربات`) or a reflexive (`فجر نفسه`) is its object, not its subject.
    // A verb of feminine form never has a masculine sound plural or a man's title for its
    // subject (`واعتقلت ثلاثة مطلوبين`, `وطالبت مدرب الفريق`): that is its object.
    let after = p.phrase_at(i + 1).filter(|r| {
        let first = p.words.get(r.start);
        let object = feminine_verb(w) && (masculine_plural_head(p, r) || untitled_man(p, r))
            || accused_of(p, i, r);
        // A phrase behind a preposition is no subject (`أصيبت بالطلقة`).
        !first.accusative
            && !manner_adverb(first)
            && !QUANTIFIERS.iter().any(|q| same(&first.norm, q))
            && lexicon::trigger(first).is_none()
            && !first.stem.starts_with("نفس")
            && !object
    });
    // `اتهم القصر الصحيفة بالتشهير`: the accuser is named before the accused, and the accused
    // right before the charge; a phrase that runs into a second defined party stops before it.
    let after = after.map(|r| match p.second_party_at(&r) {
        Some(at) if charged_after(p, i, r.end) => r.start..at,
        _ => r,
    });
    // `وداهمت قوات الأمن منزلا ... واعتقلت ثلاثة`: a verb joined by `و` with no subject of its
    // own shares the subject of the verb before it; what precedes it ends the earlier clause.
    if after.is_none() && w.conj {
        return shared_subject(p, i).or(before);
    }
    after.or(before)
}

/// Whether the verb at `i` is `اتهم` and a charge behind `ب` follows token `end`, after the
/// words of a time (`اتهم الحزب الحكومة أمس بالتزوير`).
fn charged_after(p: &Phrases<'_>, i: usize, end: usize) -> bool {
    let charge = (end..p.sentence.end).find(|&k| !p.words.get(k).in_time);
    accusing(p, i)
        && charge.is_some_and(|k| {
            let w = p.words.get(k);
            w.prep == Some('ب') && w.mention.is_none()
        })
}

/// Whether the word at `i` is the verb `اتهم`: other verbs of blame take what they condemn
/// after `ب` (`ندد بالحادث`).
fn accusing(p: &Phrases<'_>, i: usize) -> bool {
    lexicon::trigger(p.words.get(i)).is_some_and(|t| t.class == Class::Verb)
        && lexicon::candidates(p.words.get(i))
            .iter()
            .any(|k| k == "اتهم")
}

/// Whether the phrase `r` after the accusing verb at `i` is the accused: one word or one name
/// with the charge right after it behind `ب` (`لم يتهم بلاتر بارتكاب مخالفات`, `اتهم الرجل
/// بقتل زوجته`). Whether the verb is the passive (`يُتّهم`) or its subject went before, the
/// one charged is who it is said of; an accuser is named before the accused (`اتهمت الحكومة
/// المعارضة بالتحريض`).
fn accused_of(p: &Phrases<'_>, i: usize, r: &Range<usize>) -> bool {
    let accuses = accusing(p, i);
    let charge = p.words.get(r.end);
    let one = r.end - r.start == 1 || {
        let m = p.words.get(r.start).mention;
        m.is_some() && (r.start..r.end).all(|k| p.words.get(k).mention == m)
    };
    accuses
        && !p.words.get(i).pron
        && r.start == i + 1
        && r.end < p.sentence.end
        && one
        && charge.prep == Some('ب')
        && charge.mention.is_none()
}

/// Whether the word is an adverb of manner (`جنسيا`, `ميدانيا`): a relative adjective with
/// the accusative's alef that the tagger did not make a name (`روسيا`).
fn manner_adverb(w: &Word) -> bool {
    w.nisba_alef && w.mention.is_none()
}

/// Whether a verb's suffix shows a plural or dual subject (`قتلوا`, `قتلا`, `يقتلون`): a
/// subject that comes before it.
fn shows_plural_subject(w: &Word) -> bool {
    ["وا", "ا", "ن", "تا", "ون"]
        .iter()
        .any(|s| same(&w.vsuff, s))
}

/// `إن نحو 200 مسلح ونحو 50 جنديا قتلوا`: of the subjects joined by `و` before a verb that shows
/// a plural or dual subject, the first, the one the particle opened the clause with.
fn first_of_joined_subjects(p: &Phrases<'_>, i: usize) -> Option<Range<usize>> {
    let w = p.words.get(i);
    if !shows_plural_subject(w) || w.det || w.nsuff || w.accusative || w.prep.is_some() {
        return None;
    }
    let first = opened_subject(p, i)?;
    let rest = first.end..i;
    // The joined subject may hold a name and a word with a preposition clitic (`وقوات موالية
    // للرئيس المخلوع علي صالح`), but no verb, no separate preposition and no event word.
    let joined = p.words.get(first.end).conj
        && rest.len() <= 8
        && rest.clone().all(|j| {
            let x = p.words.get(j);
            x.in_quantity
                || (x.is_word
                    && (!p.is_boundary(j) || x.mention.is_some())
                    && lexicon::trigger(x).is_none()
                    && (x.vsuff.is_empty() || x.accusative || x.mention.is_some()))
        });
    joined.then_some(first)
}

/// What a participle of aiming after the event's word names (`... مستهدفة مقاتلي الشباب`).
fn aimed_at(p: &Phrases<'_>, i: usize) -> Option<Argument> {
    let j = (i + 1..p.sentence.end.min(i + 16)).find(|&j| {
        let w = p.words.get(j);
        AIMING.iter().any(|k| same(&w.norm, k))
    })?;
    let r = p.phrase_at(j + 1).filter(|r| r.start == j + 1)?;
    p.argument(r)
}

/// The participle of `استهدف` in its forms (normalized).
const AIMING: [&str; 6] = [
    "مستهدفا",
    "مستهدفه",
    "مستهدفين",
    "مستهدفتين",
    "مستهدفان",
    "مستهدفتان",
];

/// Whether the phrase `r` is a man's title with no name in it or right after it (`مصور
/// صحفي`): a woman may be named with a title of masculine form (`أعلنت المدير العام ...
/// مارجريت تشان`, where the tagger may take her name into the organisation's), but a title
/// alone takes the verb's gender.
fn untitled_man(p: &Phrases<'_>, r: &Range<usize>) -> bool {
    let named = (r.start..(r.end + 4).min(p.sentence.end))
        .take_while(|&j| !p.words.get(j).is_punct)
        .any(|j| p.words.get(j).mention.is_some());
    p.is_masculine_title(r.start) && !named
}

/// Whether the word is a past verb of the third person feminine singular (`اعتقلت`).
fn feminine_verb(w: &Word) -> bool {
    w.vsuff == "ت" && !w.det && !w.nsuff && w.prep.is_none()
}

/// Whether the noun phrase `r` is headed by a masculine sound plural or dual (`مطلوبين`,
/// `المسلحون`, `ثلاثة مطلوبين`): the number before the counted noun does not count.
fn masculine_plural_head(p: &Phrases<'_>, r: &Range<usize>) -> bool {
    let Some(j) = r.clone().find(|&j| {
        let w = p.words.get(j);
        !w.in_quantity && w.norm != "من"
    }) else {
        return false;
    };
    let w = p.words.get(j);
    w.is_word
        && w.nsuff
        && w.mention.is_none()
        && (w.norm.ends_with("ين") || w.norm.ends_with("ون"))
}

/// The subject of the nearest verb before token `i` in its sentence (a trigger verb, a light
/// verb, or a word with a verb suffix and neither article nor preposition), when that subject
/// follows its verb and ends before `i`.
fn shared_subject(p: &Phrases<'_>, i: usize) -> Option<Range<usize>> {
    let j = verb_before(p, i)?;
    verb_subject(p, j).filter(|r| r.start > j && r.end <= i)
}

/// The subject a verb joined by `و` at `i` shares: that of the verb before it, or of the verb
/// that opens the sentence (`ووصل الوزير خالد العمري إلى الرياض أمس والتقى`) when it names
/// someone.
fn earlier_subject(p: &Phrases<'_>, i: usize) -> Option<Range<usize>> {
    shared_subject(p, i).or_else(|| {
        let first = p.sentence.start;
        // `وكان قد غادر الوزير`: a particle and the verb it opens come before the subject.
        let mut from = first + 1;
        while from < i && (p.is_verb_particle(from) || p.is_verb(from)) {
            from += 1;
        }
        (opening_verb(p, first) && from < i)
            .then(|| p.phrase_at(from))
            .flatten()
            .filter(|r| {
                r.start == from && r.end <= i && r.clone().any(|j| p.words.get(j).mention.is_some())
            })
    })
}

/// The nearest verb before token `i` in its sentence, within 16 words: a trigger verb, a
/// light verb, or a word with a verb suffix and neither article nor preposition.
fn verb_before(p: &Phrases<'_>, i: usize) -> Option<usize> {
    let start = i.saturating_sub(16).max(p.sentence.start);
    (start..i).rev().find(|&j| {
        let w = p.words.get(j);
        w.is_word
            && !w.det
            && w.prep.is_none()
            && !w.nsuff
            && !is_via(p, j)
            && (lexicon::trigger(w).is_some_and(|t| t.class == Class::Verb)
                || lexicon::is_light_verb(w)
                || !w.vsuff.is_empty())
    })
}

/// For an arrest verb in its bare form (no ending, no pronoun) with a number right after it
/// (`اعتقل سبعة أشخاص`, `واعتقل ثلاثة فلسطينيين`): the people counted, who were arrested. A
/// verb with its subject before the number (`اعتقلت الشرطة 25 شخصا`), with an ending, in the
/// imperfect (`الجيش يعتقل آلاف`) or joined by `و` to a verb before it, whose subject it may
/// share, is active.
fn counted_after_passive_arrest(p: &Phrases<'_>, anchor: Hit) -> Option<Range<usize>> {
    let i = anchor.token;
    let w = p.words.get(i);
    if anchor.trigger.kind != EventType::Arrest
        || anchor.trigger.class != Class::Verb
        || !w.vsuff.is_empty()
        || w.pron
        || (w.conj && verb_before(p, i).is_some())
        || w.future
        || w.norm
            .strip_prefix('و')
            .filter(|_| w.conj)
            .unwrap_or(&w.norm)
            != w.stem
        || frame::imperfect(w)
    {
        return None;
    }
    numbered_party_after(p, i)
}

/// The party a number right after the verb at `i` counts, with the number (`سبعة أشخاص`).
fn numbered_party_after(p: &Phrases<'_>, i: usize) -> Option<Range<usize>> {
    let after = p.skip_fillers(i + 1);
    if after >= p.sentence.end || !p.words.get(after).in_quantity {
        return None;
    }
    let object = p.next_party(after, 6, |j| p.words.get(j).in_quantity)?;
    Some(after.min(object.start)..object.end)
}

/// For an arrest or attack verb joined by `و` whose object is counted right after it
/// (`واعتقلت ثلاثة أشخاص`, `واعتقلت شخصين`), the subject it shares with the verb before and
/// the object.
fn counted_object_of_joined_verb(
    p: &Phrases<'_>,
    anchor: Hit,
) -> Option<(Range<usize>, Range<usize>)> {
    let i = anchor.token;
    let w = p.words.get(i);
    if !w.conj
        || anchor.trigger.class != Class::Verb
        || !matches!(anchor.trigger.kind, EventType::Arrest | EventType::Assault)
    {
        return None;
    }
    let after = p.skip_fillers(i + 1);
    let object = numbered_party_after(p, i).or_else(|| {
        // A dual counts two (`واعتقلت شخصين`).
        p.words
            .get(after)
            .dual
            .then(|| p.phrase_at(after))
            .flatten()
            .filter(|r| r.start == after)
    })?;
    // `أن السلطات أحبطت ... واعتقلت`: the subject `أن` put before that verb is shared too.
    let subject = shared_subject(p, i).or_else(|| opened_subject(p, verb_before(p, i)?))?;
    Some((subject, object))
}

/// Nouns of people by what they are or do, normalized stems: after an attack or an arrest
/// noun, indefinite, they are who it was done to (`اغتيال ضابط`, `اعتقال صحفي`).
const PERSON_NOUNS: &[&str] = &[
    "شخص",
    "ضابط",
    "جندي",
    "شرطي",
    "عسكري",
    "قاض",
    "قاضي",
    "صحفي",
    "اعلامي",
    "ناشط",
    "معارض",
    "طبيب",
    "محام",
    "محامي",
    "مهندس",
    "مسؤول",
    "قيادي",
    "زعيم",
    "شيخ",
    "امام",
    "مواطن",
    "مدني",
    "طفل",
    "امراة",
    "رجل",
    "شاب",
    "فتاة",
    "طالب",
    "مدرس",
    "معلم",
    "سياسي",
    "نائب",
    "دبلوماسي",
    "موظف",
    "عامل",
    "لاجي",
    "مستوطن",
    "اسير",
    "مقيم",
    "حارس",
];

/// Whether a number word is `واحد` ("one"), which follows its noun as an adjective (`شخص
/// واحد`) rather than counting an object after a subject.
fn is_one(w: &Word) -> bool {
    ["واحد", "واحده"].iter().any(|k| same(&w.norm, k))
}

/// Whether a word is one of [`PERSON_NOUNS`], bare (no preposition, no pronoun).
pub(crate) fn is_person_noun(w: &Word) -> bool {
    w.prep.is_none() && !w.pron && PERSON_NOUNS.iter().any(|k| same(&w.stem, k))
}

/// Whether `عبر` at `j` is the preposition "via" (`إلى داخل البلاد عبر البحر`) rather than the
/// light verb "expressed", which names what it expresses after `عن`.
fn is_via(p: &Phrases<'_>, j: usize) -> bool {
    via_at(p.words, p.sentence.end, j)
}

/// [`is_via`] for token `j` of a sentence that ends at token `end`.
fn via_at(words: &Words, end: usize, j: usize) -> bool {
    same(&words.get(j).norm, "عبر")
        && !(j + 1..(j + 6).min(end)).any(|k| same(&words.get(k).norm, "عن"))
}

/// The subject of the verb at `i` when `إن`/`أن` or `كان` opens its clause with a noun phrase
/// that ends before it (a comma, a description or `قد` may come between): in Arabic the noun
/// after `إنّ` is the topic its verb agrees with. Nothing is returned when another verb-like
/// word (a trigger verb or a light verb) stands between, or the clause opened too far back.
fn opened_subject(p: &Phrases<'_>, i: usize) -> Option<Range<usize>> {
    let from = i.saturating_sub(12).max(p.sentence.start);
    let k = (from..i).rev().find(|&k| {
        let w = p.words.get(k);
        is_complementizer(w) || (KANA.iter().any(|c| *c == w.stem || *c == w.norm) && !w.pron)
    })?;
    // A quotation mark may open the clause (`إن «انتحاريا`), and a number the phrase counts
    // (`كان 1000 لاجئ من التبت`).
    // So may a particle and the verb it opens, before their subject (`وكان قد غادر الوزير`).
    let mut start = k + 1;
    while start < i
        && (super::phrases::is_quote_mark(&p.words.get(start).norm)
            || p.is_verb_particle(start)
            || p.is_verb(start))
    {
        start += 1;
    }
    // A number is no phrase of its own: the phrase is the noun it counts, with it (`نحو 200
    // مسلح`).
    let number_at = start;
    if let Some(c) = p.counted_at(start).filter(|&c| c > start && c < i) {
        start = c;
    } else {
        // `نحو 25 من ميليشيات الحوثي`: the number and its `من` stand before the phrase.
        let mut c = start;
        while c < i && (p.words.get(c).in_quantity || p.words.get(c).norm == "من") {
            c += 1;
        }
        start = c;
    }
    let r = p.phrase_at(start).filter(|r| {
        r.end <= i
            && (start..r.start).all(|j| {
                let w = p.words.get(j);
                w.in_quantity || w.norm == "من" || j == start && r.start == start + 1
            })
    })?;
    let first = p.words.get(r.start);
    let r = if r.start == start {
        number_at..r.end
    } else {
        r
    };
    // `أن يكون`, `أنه`: a verb or a pronoun after the particle is no noun subject.
    if first.pron
        || (!first.vsuff.is_empty() && !first.accusative)
        || super::frame::imperfect(first)
    {
        return None;
    }
    // Nor when a conjunction of time opens another clause between (`إن 13 شخصا أصيبوا بعدما
    // نفذت القوات`), or a verb of casualty or a verb showing its subject stands there.
    let between_verb = (r.end..i).any(|j| {
        let w = p.words.get(j);
        lexicon::trigger(w).is_some_and(|t| t.class == Class::Verb)
            || lexicon::is_light_verb(w)
            || CLAUSE_CONJUNCTIONS.iter().any(|c| same(&w.norm, c))
            || (lexicon::trigger(w).is_some_and(|t| t.class == Class::Casualty)
                && casualty_verb_form(w))
            || (shows_plural_subject(w) && !w.det && !w.nsuff && !w.accusative && w.prep.is_none())
    });
    (!between_verb).then_some(r)
}

/// How far back a verb of managing may stand from the noun its preposition joins to it.
const MANAGING_REACH: usize = 16;

/// A verb of managing further back than a light verb's reach, joined to the noun at `i` by the
/// preposition right before it, across a long subject (`أقدم أحد أنسباء الرئيس السوري بشار
/// الأسد على قتل عقيد`), or `قام` joined to it by its `ب`. The words between hold no other
/// verb of managing or light verb.
fn managing_verb_far_before(p: &Phrases<'_>, i: usize) -> Option<usize> {
    let linked = i > p.sentence.start
        && ["على", "من"]
            .iter()
            .any(|x| same(&p.words.get(i - 1).norm, x));
    // `قامت ثلاث مقاتلات من سلاح الجو التركي بقصف`: `قام` carries the noun its `ب` joins.
    let carried = p.words.get(i).prep == Some('ب');
    if !linked && !carried {
        return None;
    }
    let j = (i.saturating_sub(MANAGING_REACH).max(p.sentence.start)..i)
        .rev()
        .take_while(|&j| {
            // Quotation marks and the hyphen of a model (`إف-16`) do not end the subject.
            let w = p.words.get(j);
            !w.is_punct || super::phrases::is_quote_mark(&w.norm) || w.norm == "-"
        })
        .find(|&j| lexicon::is_light_verb(p.words.get(j)))?;
    let w = p.words.get(j);
    ((linked && is_managing_verb(w)) || (carried && in_past_forms(w, &["قام"]))).then_some(j)
}

/// Whether a word is a verb of managing in its own past forms (`نجحت`, `تمكنوا`, `أقدم`):
/// `تقدم` (stepped forward with) is not `أقدم`.
fn is_managing_verb(w: &Word) -> bool {
    in_past_forms(w, &lexicon::MANAGING_VERBS)
}

/// Whether a word is one of `verbs` in its own past forms, after an optional `و` or `ف`.
fn in_past_forms(w: &Word, verbs: &[&str]) -> bool {
    let bare = w.norm.strip_prefix(['و', 'ف']).unwrap_or(&w.norm);
    verbs.iter().any(|k| {
        bare.strip_prefix(k)
            .is_some_and(|rest| ["", "ت", "وا", "ا", "تا"].contains(&rest))
    })
}

/// The subject of a light verb carrying a trigger noun: before it within four words (`شنت
/// الولايات المتحدة ... ضربات`), or right after it (`اجتماع عقده رئيس الوزراء`).
fn light_verb_subject(p: &Phrases<'_>, i: usize) -> Option<Range<usize>> {
    // `أعرب أمير المنطقة ... عن شكره`: a verbal noun after `عن` is what an expressive verb
    // expresses, however long its subject; the verb is then sought back to the clause's start.
    let after_an = i > p.sentence.start && same(&p.words.get(i - 1).norm, "عن");
    // `بعث خادم الحرمين الشريفين ... برقية تهنئة`: so is the message a verb of sending sends.
    let message = i > p.sentence.start
        && ["برقية", "رسالة"]
            .iter()
            .any(|k| same(&p.words.get(i - 1).stem, k));
    let reach = if after_an || message { 24 } else { 6 };
    // `أعرب عن استنكاره الشديد للهجوم`: a verb of expressing carries a feeling, never a
    // deed; the deed's noun completes the feeling.
    let deed = lexicon::trigger(p.words.get(i)).is_some_and(|t| {
        matches!(
            t.kind,
            EventType::Assault | EventType::Arrest | EventType::Protest
        )
    });
    let is_among = |w: &Word, list: &[&str]| {
        lexicon::candidates(w)
            .iter()
            .any(|k| list.iter().any(|e| same(k, e)))
    };
    let sending = |w: &Word| !deed && !w.nsuff && !w.det && is_among(w, SENDING);
    // `توصل` carries what is reached, right after `إلى` or `ل` (`توصلت الحكومة إلى اتفاق`), not
    // a noun further on (`الاتفاق الذي توصل إليه بعد الانتقادات`).
    let reached = i > p.sentence.start
        && (same(&p.words.get(i - 1).norm, "الى") || p.words.get(i).prep == Some('ل'));
    let carries = |w: &Word| reached || !is_among(w, &[lexicon::REACHING]);
    let before = (i.saturating_sub(reach).max(p.sentence.start)..i)
        .rev()
        .take_while(|&j| j + 6 >= i || !p.words.get(j).is_punct)
        .find(|&j| {
            let w = p.words.get(j);
            (lexicon::is_light_verb(w) && !(deed && is_among(w, EXPRESSING)) && carries(w))
                || sending(w)
        })
        .or_else(|| managing_verb_far_before(p, i));
    if let Some(j) = before {
        // A verb of managing carries only the noun right after its preposition (`تمكنت الشرطة
        // من اعتقال`), not one further on (`تمكنت من كسب دعاوى بفضل انعكاسات مقتل`).
        let managing = is_managing_verb(p.words.get(j));
        if managing
            && !(i > p.sentence.start
                && ["في", "من", "على"]
                    .iter()
                    .any(|x| same(&p.words.get(i - 1).norm, x)))
        {
            return None;
        }
        // `عقد مؤتمر للإعلان عن خطة مراقبة الانتخابات`: a defined trigger after an undefined
        // noun is that noun's complement, not the light verb's object.
        let prev = p.words.get(i - 1);
        // A sound plural in `ون` heads no construct (`أطلق مسلحون النار`): it is the subject.
        let plural_subject = prev.norm.ends_with("ون") && !prev.pron;
        let complement = i > j + 1
            && p.words.get(i).det
            && !prev.det
            && !plural_subject
            && prev.prep.is_none()
            && prev.mention.is_none()
            && prev.is_word
            && !p.is_preposition(i - 1)
            && !prev.in_time;
        if complement {
            return None;
        }
        return verb_subject(p, j).filter(|r| r.start < i);
    }
    // A verb after its noun (`اجتماع عقده`); with a preposition or the article it is a verbal
    // noun (`اجتماعها الخاص بفتح المظاريف`).
    let after = (i + 1..(i + 3).min(p.sentence.end)).find(|&j| {
        let w = p.words.get(j);
        lexicon::is_light_verb(w) && w.prep.is_none() && !w.det
    })?;
    verb_subject(p, after).filter(|r| r.start > after)
}

/// The mode of an assault: the trigger's own, refined by the sentence's weapons.
fn mode(p: &Phrases<'_>, group: &[Hit], stretch: Range<usize>) -> Option<EventMode> {
    let own = group.iter().find_map(|h| h.trigger.mode);
    let Some(first) = group.first() else {
        return own;
    };
    if first.trigger.kind != EventType::Assault {
        return own;
    }
    // Shelling (`قصف`) is by artillery unless aircraft do it (`قصفت الطائرات`).
    if matches!(own, Some(m) if m != EventMode::Strike && m != EventMode::Rockets) {
        return own;
    }
    // The weapon nearest the trigger says how (`هجوما صاروخيا`, `ضربات جوية`); aircraft strike
    // from the air, or are drones (`طائرة مسيرة`).
    let cue = stretch
        .filter_map(|j| {
            let w = p.words.get(j);
            let m = if lexicon::is_aircraft(w) {
                let next = p.words.get(j + 1);
                if j + 1 < p.sentence.end && lexicon::mode_cue(next) == Some(EventMode::Drone) {
                    EventMode::Drone
                } else {
                    EventMode::AirStrike
                }
            } else if own == Some(EventMode::Rockets) {
                return None;
            } else {
                let m = lexicon::mode_cue(w)?;
                // `مسيرة` is a drone only after `طائرة` (which gave it already).
                if m == EventMode::Drone && w.stem != "درون" {
                    return None;
                }
                // `القوات الجوية`, `الدفاعات الجوية`, `المجال الجوي`: an air force, its
                // defences or the sky, not a strike from it.
                let head = j.checked_sub(1).map(|k| p.words.get(k));
                if m == EventMode::AirStrike
                    && head.is_some_and(|h| AIR_NOT_STRIKE.iter().any(|n| same(&h.stem, n)))
                {
                    return None;
                }
                m
            };
            Some((j.abs_diff(first.token), m))
        })
        .min_by_key(|&(d, _)| d)
        .map(|(_, m)| m);
    cue.or(own)
}

/// Nouns that `جوي`/`جوية` describe without any strike: forces, defences, bases, the airspace,
/// a bridge or a ban (`القوات الجوية`, `قاعدة جوية`, `جسر جوي`, `حظر جوي`), normalized stems.
const AIR_NOT_STRIKE: &[&str] = &[
    "قوات",
    "قوة",
    "سلاح",
    "دفاعات",
    "دفاع",
    "قاعدة",
    "قواعد",
    "مجال",
    "اجواء",
    "جسر",
    "حظر",
    "نقل",
    "خطوط",
    "شركة",
    "ملحق",
    "مناورات",
    "عرض",
];

/// The time of the event: the temporal expression of the sentence nearest the trigger.
fn time(doc: &Document, p: &Phrases<'_>, i: usize) -> Option<EventTime> {
    let (lo, hi) = (
        doc.tokens.get(p.sentence.start)?.span.start,
        doc.tokens.get(p.sentence.end.checked_sub(1)?)?.span.end,
    );
    let anchor = doc.tokens.get(i)?.span.start;
    doc.times
        .iter()
        .enumerate()
        .filter(|(_, t)| t.span.start >= lo && t.span.end <= hi)
        // A period of many years (`منذ بداية العام الماضي`) still dates the event; prefer what
        // follows the trigger, as news writes `ضربات نهاية يونيو`.
        .min_by_key(|(_, t)| {
            let d = t.span.start.abs_diff(anchor);
            if t.span.start >= anchor { d } else { d * 2 }
        })
        .map(|(k, t)| EventTime {
            time: k,
            value: t.value.clone(),
        })
}

/// The places of the event: places named after `في` or `من`, with a `ب` clitic, or after a
/// word for a place (`مدينة`, `قاعدة`), in the sentence, nearest the trigger first, with the
/// places joined to them (`في العراق وسوريا`). The dateline's place is the reporter's, not the
/// event's.
fn places(p: &Phrases<'_>, i: usize) -> Vec<rasd_text::annotations::Argument> {
    let doc = p.doc;
    let mut marked: Vec<(usize, Range<usize>)> = Vec::new();
    for mention in &doc.mentions {
        let r = doc.token_range(mention.span);
        if r.start < p.sentence.start
            || r.end > p.sentence.end
            || doc.dateline.is_some_and(|d| d.overlaps(mention.span))
        {
            continue;
        }
        let first = p.words.get(r.start);
        let word_before = r
            .start
            .checked_sub(1)
            .filter(|&j| j >= p.sentence.start)
            .map(|j| p.words.get(j));
        // `قرب بغداد`, `داخل سوريا` place an event as `في` does.
        let after_prep = word_before
            .is_some_and(|w| ["في", "من", "قرب", "داخل"].iter().any(|k| same(&w.norm, k)));
        let place_word_before = word_before.is_some_and(|w| {
            AREA_NOUNS
                .iter()
                .chain(FACILITY_NOUNS)
                // Compass words place a name too (`جنوب لبنان`).
                .chain(crate::ner::trigger_names::DIRECTIONS.iter())
                .any(|k| same(&w.stem, k))
        });
        let is_loc = mention.kind == EntityType::Loc;
        let marked_here = (after_prep || first.prep == Some('ب') || place_word_before)
            && (is_loc || (after_prep && mention.kind == EntityType::Org));
        if marked_here {
            marked.push((r.start.abs_diff(i), r.clone()));
            for c in p.coordinated(r.end) {
                marked.push((r.start.abs_diff(i), c));
            }
        }
    }
    marked.sort_by_key(|(d, r)| (*d, r.start));
    let mut out: Vec<rasd_text::annotations::Argument> = Vec::new();
    for (_, r) in marked {
        if out.len() == 3 {
            break;
        }
        if let Some(a) = p.argument(r)
            && !out
                .iter()
                .any(|o| o.span.overlaps(a.span) || (o.entity.is_some() && o.entity == a.entity))
        {
            out.push(a);
        }
    }
    out
}

/// Nouns of a place that is no area, normalized: a name after them is a place (`قاعدة`), and
/// the place may be what was attacked.
const FACILITY_NOUNS: &[&str] = &["قاعدة", "مطار", "ميناء"];

/// Whether token `j` begins the name of an area: a named place or an area noun.
fn names_area(p: &Phrases<'_>, j: usize) -> bool {
    let w = p.words.get(j);
    w.mention
        .and_then(|m| p.doc.mentions.get(m))
        .is_some_and(|m| m.kind == EntityType::Loc)
        || AREA_NOUNS.iter().any(|k| same(&w.stem, k))
}

/// Nouns of a place one visits or inspects (normalized), besides [`AREA_NOUNS`] and
/// [`FACILITY_NOUNS`]: what follows `زار` or `تفقد` when the visitor is not named again (`زار
/// منفذ الحدود`).
const VISITED_PLACES: &[&str] = &[
    "منفذ",
    "مقر",
    "موقع",
    "مواقع",
    "مستشفى",
    "مدرسة",
    "مخيم",
    "معسكر",
    "مركز",
    "مصنع",
    "معرض",
    "جامعة",
    "مسجد",
    "سوق",
    "مشروع",
    "مشاريع",
    "مبنى",
    "جناح",
    "بلاد",
    "دولة",
    "متحف",
    "متاحف",
    "معالم",
    "قرى",
];

/// Whether the phrase starting at `j` names a place: a name of a place, or a noun of one.
fn names_place(p: &Phrases<'_>, j: usize) -> bool {
    let w = p.words.get(j);
    let place_name = w
        .mention
        .and_then(|m| p.doc.mentions.get(m))
        .is_some_and(|m| m.kind == EntityType::Loc);
    place_name
        || AREA_NOUNS
            .iter()
            .chain(FACILITY_NOUNS)
            .chain(VISITED_PLACES)
            .any(|k| same(&w.stem, k))
}

/// How sure the extractor is that the sentence reports this event (happening, planned or
/// denied: that is said by its polarity and modality): news mentions attacks and protests far
/// more often than it reports one. A report gives details — numbers of dead or wounded,
/// weapons, a time, a place, the parties — and a verb; a passing mention is a generic definite
/// plural (`الاغتيالات`), a circumstance (`بعد الهجوم`, `بالتفجير`), a question, a trial.
fn confidence(event: &Event, p: &Phrases<'_>, group: &[Hit], anchor: Hit) -> f32 {
    let w = p.words.get(anchor.token);
    let concrete = matches!(
        event.kind,
        EventType::Assault | EventType::Protest | EventType::Arrest
    );
    let mut c: f32 = match anchor.trigger.class {
        Class::Verb => 0.45,
        Class::Noun => 0.35,
        Class::Casualty => 0.4,
        Class::Weak => 0.3,
    };
    // The other types were kept only with a named party: that is already evidence.
    if !concrete {
        c += 0.15;
    }
    // Several words of the same event make it the sentence's subject.
    if group.len() > 1 {
        c += 0.05;
    }
    if event
        .counts
        .iter()
        .any(|n| n.value > 0.0 || n.kind != rasd_text::annotations::CountKind::Attacks)
        && !event.counts.is_empty()
    {
        c += 0.2;
    }
    if concrete
        && event.mode.is_some_and(|m| m != EventMode::Strike)
        && event.kind == EventType::Assault
    {
        c += 0.1;
    }
    if event.time.is_some() {
        c += 0.1;
    }
    if !event.places.is_empty() {
        c += 0.1;
    }
    if !event.actors.is_empty() {
        c += 0.1;
        // A killing or a wounding with someone who dealt it is an attack, not a death.
        if anchor.trigger.class == Class::Casualty {
            c += 0.05;
        }
    }
    if !event.targets.is_empty() {
        c += 0.05;
    }
    // A definite plural with no number is talk about a kind of event (`الاغتيالات`).
    // A noun governed by a preposition clitic (`بالتفجير`) names an event as a circumstance.
    // What `تعرض` says its subject underwent happened as a verb tells it (`تعرض لهجوم`).
    let undergone = anchor.trigger.class != Class::Verb && undergone(p, anchor.token).is_some();
    if undergone || done_with(p, anchor.token) {
        c += 0.1;
    } else if anchor.trigger.class != Class::Verb && w.prep.is_some() {
        c -= 0.1;
    }
    let generic = anchor.trigger.class != Class::Verb
        && w.det
        && w.stem.ends_with("ات")
        && event.counts.is_empty();
    if generic {
        c -= 0.15;
    }
    let i = anchor.token;
    let before = |n: usize, list: &[&str]| {
        (i.saturating_sub(n).max(p.sentence.start)..i)
            .any(|j| list.iter().any(|k| same(&p.words.get(j).norm, k)))
    };
    // In a relative clause or after `بعد`, `إثر`, `ردا على`, the event is background to another,
    // unless the clause describes the event's own word (`التفجير الذي استهدف المسجد`).
    let describes_event = i > p.sentence.start + 1
        && RELATIVE_PRONOUNS
            .iter()
            .any(|k| same(&p.words.get(i - 1).norm, k))
        && p.phrase_before(i - 1)
            .map(|r| with_event_head(p, r))
            .is_some_and(|r| same_kind(p.words.get(r.start), w));
    if before(2, &["الذي", "التي", "الذين", "اللذين"]) && !describes_event
        || before(
            2,
            &[
                "بعد",
                "اثر",
                "إثر",
                "عقب",
                "منذ",
                "ردا",
                "خلفية",
                "بسبب",
                "جراء",
            ],
        ) && anchor.trigger.class != Class::Verb
    {
        c -= 0.15;
    }
    let question = p
        .sentence
        .clone()
        .any(|j| matches!(p.words.get(j).norm.as_str(), "؟" | "?"));
    if question {
        c -= 0.2;
    }
    // Unclamped: the frame's penalties are taken from the whole evidence, then it is clamped.
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verb(norm: &str, pron: bool) -> Word {
        Word::of(super::super::words::Form {
            norm: norm.to_owned(),
            pron,
            ..Default::default()
        })
    }

    #[test]
    fn a_pronoun_resumes_the_antecedent_only_when_it_agrees() {
        assert!(resumes("الذي", &verb("استهدفه", true)));
        assert!(resumes("التي", &verb("قصفتها", true)));
        assert!(resumes("الذين", &verb("يدعمهم", true)));
        // `الذي قتلهم`: who killed them; `الذي استهدف`: no pronoun at all.
        assert!(!resumes("الذي", &verb("قتلهم", true)));
        assert!(!resumes("الذي", &verb("استهدف", false)));
    }
}
