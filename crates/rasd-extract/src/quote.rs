//! Quotes: direct and reported speech with its speaker.
//!
//! A speech verb (`قال`, `أكد`, `أوضح`, `أشار`, `أعلن`, `صرح`, `شدد`, `أضاف`, `نفى`… in any
//! inflection and with any clitic) opens a quote, and so does its active participle after a
//! clause (`..., مشيرا إلى أن`, `قائلا: «...»`), which speaks for the same speaker. The speaker
//! is the phrase after the verb (or before it: a plural verb's subject, the subject after `كان`,
//! a named subject heading the sentence), up to `أن`/`إن`, a quotation mark, a colon or a comma;
//! what was said is the quoted words or the rest of the sentence after a colon (direct speech),
//! or the clause after `أن`/`إن` (reported speech). `كما قال المكتب ...` (or `حسبما`, `مثلما`)
//! reports what the sentence said before it. A verb of praise or criticism followed by
//! quotation marks (`وأشاد بايدن "بدور الكاظمي ..."`) quotes too.
//!
//! The speaker stops at the circumstances of the statement (`في بيان`, `خلال مؤتمر`), the one
//! spoken to, a clause about the speaker (`وهو مسؤول`, `طلب عدم الكشف عن هويته`), and after a
//! name at an indefinite object (`تنفي موسكو إرسال ...`). After a relative pronoun the speaker is
//! the name the clause hangs on (`X، الذي قال`); a verb with no subject of its own continues the
//! one who spoke last in its sentence, then the person the sentence began with, then the last
//! speaker a few sentences back. `أشار`/`لفت` report what follows `إلى`; reported content ends
//! where `، و`, `، كما`, `، من جانبه` or a participle brings another statement. Not speech: the
//! writer's `يذكر أن` and first-person imperfects (`نذكر`, `أشير`), a verbal noun after a
//! preposition or `عدم` (`عدم كشف هويته`), bare `بين` and the `وبين` of "between … and …" (the
//! preposition), nouns and adjectives that share a verb's letters (`إشارات`, `رقابة مشددة`,
//! `أوضح دليل`), a verb in a noun phrase (`بما يقول`), and `أن` made a conjunction by the
//! particle before it (`إلا أن`, `غير أن`, `رغم أن`). `يقول` right after a speech verb
//! (`وأضاف يقول:`) repeats it, as `قائلا` does.

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
    ("نوه", Speech::Say),
    ("استدرك", Speech::Say),
    // `وعن ذلك أجابت: «`: an answer in an interview.
    ("اجاب", Speech::Say),
    // Imperfects of hollow and hamzated verbs, whose prefix hides the past stem: `يضيف`,
    // `يشير`, `يفيد`, `يؤكد`.
    ("اضيف", Speech::Say),
    ("اشير", Speech::Say),
    ("افيد", Speech::Say),
    ("اوكد", Speech::Say),
    // `وجاء في البيان أن`, `ورد في التقرير أن`: the document is the speaker.
    ("جاء", Speech::Say),
    ("ورد", Speech::Say),
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
/// the statement (`قالت الوزارة في بيان ان`, `خلال مؤتمر صحفي`, `عبر حسابه`) and its source
/// (`كشفت الحركة حسب مصادر`).
const CIRCUMSTANCE: &[&str] = &[
    "في",
    "خلال",
    "عبر",
    "امام",
    "لدى",
    "عقب",
    "اثناء",
    "بعد",
    "حسب",
    "بحسب",
    "وفق",
    "وفقا",
];

/// Verbs that take what was said after a preposition, with its spellings (`أشار إلى أن`, `لفت
/// إلى تعرض ...`, `شدد على أهمية ...`).
const PREPOSITION_VERBS: &[(&str, &[&str])] = &[
    ("اشار", &["الى", "إلى"]),
    ("لفت", &["الى", "إلى"]),
    ("شدد", &["على"]),
    ("اكد", &["على"]),
    ("اعلن", &["عن"]),
    ("كشف", &["عن"]),
    ("نوه", &["الى", "إلى"]),
    ("حذر", &["من"]),
    ("اشير", &["الى", "إلى"]),
    ("اوكد", &["على"]),
];

/// Active participles of speech verbs, by their masculine singular form, with the verb they
/// come from. After the main clause (`..., مشيرا إلى أن`, `موضحة أن`, `قائلا: «...»`) they report
/// more of what its subject said, and end what was said before them.
const PARTICIPLES: &[(&str, &str)] = &[
    ("قائل", "قال"),
    ("مضيف", "اضاف"),
    ("موضح", "اوضح"),
    ("مشير", "اشار"),
    ("مؤكد", "اكد"),
    ("لافت", "لفت"),
    ("مبين", "بين"),
    ("مشدد", "شدد"),
    ("معتبر", "اعتبر"),
    ("منوه", "نوه"),
    ("مردف", "اردف"),
    ("كاشف", "كشف"),
    ("محذر", "حذر"),
    ("معلن", "اعلن"),
    ("مستدرك", "استدرك"),
    ("متابع", "تابع"),
    ("مفيد", "افاد"),
];

/// [`PARTICIPLES`] by the normalized participle, looked up for every word that ends like one.
static PARTICIPLE_VERBS: LazyLock<FxHashMap<String, &'static str>> = LazyLock::new(|| {
    let mut table = FxHashMap::default();
    for &(form, verb) in PARTICIPLES {
        table.entry(normalize(form)).or_insert(verb);
    }
    table
});

/// The endings of a participle: accusative, feminine, dual and plural (`مشيرا`, `مشيرة`,
/// `مشيرين`), normalized; the bare form comes last.
const PARTICIPLE_ENDINGS: &[&str] = &["ين", "ان", "ا", "ه", ""];

/// What a statement is made in (`في بيان`, `في تصريح`, `في مؤتمر صحفي`), by stem.
const STATEMENT_NOUNS: &[&str] = &[
    "بيان",
    "تصريح",
    "تصريحات",
    "مؤتمر",
    "حديث",
    "كلمة",
    "لقاء",
    "مقابلة",
    "رسالة",
    "تغريدة",
    "خطاب",
    "اتصال",
    "ندوة",
    "حوار",
    "جلسة",
    "اجتماع",
    "مداخلة",
    "منشور",
    "تقرير",
    "وقت",
];

/// `من جانبه`, `من جهتها`: the words that hand the floor to another speaker.
const ASIDE_TURNS: &[&str] = &[
    "جانبه",
    "جانبها",
    "جانبهم",
    "جهته",
    "جهتها",
    "جهتهم",
    "ناحيته",
    "ناحيتها",
];

/// Demonstratives right after a speech verb are its object, pointing back to something already
/// told (`تعلن ذلك`): the verb quotes nothing new.
const DEMONSTRATIVES: &[&str] = &["ذلك", "هذا", "هذه", "ذاك", "تلك"];

/// Pronouns that, with a conjunction, open a circumstantial clause after a name (`عوض القويري
/// وهو مسؤول بقطاع الصحة`): the speaker ends before them.
const CLAUSE_PRONOUNS: &[&str] = &["هو", "هي", "هم", "هما"];

/// Keys only an imperfect reaches (`يقول`, `يضيف`, `يشير`, `يفيد`, `يؤكد`).
const IMPERFECT_KEYS: &[&str] = &["قول", "اضيف", "اشير", "افيد", "اوكد"];

/// The longest name or gloss set off in marks or parentheses around a speaker (`(WHO)`,
/// `لـ«الشرق الأوسط»`), in tokens with its marks.
const MAX_GLOSS: usize = 8;

/// The preposition "between", alone or with a pronoun, whose second half is `وبين`.
const BETWEEN: &[&str] = &[
    "بين",
    "بينه",
    "بينها",
    "بينهم",
    "بينهما",
    "بيننا",
    "بينكم",
    "بيني",
];
/// How many words back the first half of "between … and …" is looked for.
const BETWEEN_SPAN: usize = 6;

/// Words after which `أوضح` is the elative in a predicate (`تعد أوضح دليل`).
const PREDICATE_BEFORE_ELATIVE: &[&str] = &[
    "تعد",
    "يعد",
    "تعتبر",
    "يعتبر",
    "هو",
    "هي",
    "كان",
    "كانت",
    "يكون",
    "تكون",
    "من",
    "ابرز",
];

/// Adverbs of frequency and manner that stand by a verb of speech (`تؤكد دائما`, `نفى علنا`),
/// normalized: no part of the speaker.
const SPEECH_ADVERBS: &[&str] = &[
    "دائما",
    "عادة",
    "غالبا",
    "احيانا",
    "علنا",
    "رسميا",
    "مجددا",
    "قطعيا",
    "صراحة",
];

/// `ما` as a relative before a verb (`بما يقول`, `ما قاله`): the verb is inside a noun phrase
/// (what he says) and introduces nothing.
const RELATIVE_MA: &[&str] = &["ما", "بما", "مما", "عما"];

/// How many sentences back a speaker still carries over to a verb without a named subject
/// (`وأضاف أن`, `وتابع:`): news keeps quoting the same person over a few sentences of
/// background.
const CARRY_SENTENCES: usize = 5;

/// A preposition with only a pronoun right after the verb points back to the statement or the
/// circumstance (`أفادت به`, `بيانا أكد فيه`): it is not the speaker.
/// The one spoken to, as a pronoun (`قالت لي`, `قال لهم`), is skipped the same way.
const RESUMPTIVE: &[&str] = &[
    "به", "بها", "بهم", "فيه", "فيها", "فيهم", "عنه", "عنها", "عنهم", "لي", "له", "لها", "لهم",
    "لنا", "لك",
];

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

/// How many more words the search for what was said passes over after an anonymous speaker
/// (`طلب عدم الكشف عن هويته`).
const ANONYMITY_WORDS: usize = 5;

/// Words between where a title's reading stopped and the person's name it belongs to
/// (`للسياحة الدكتور` in `رئيس المنظمة العربية للسياحة الدكتور بندر آل فهيد`).
const MAX_TITLE_TAIL: usize = 5;

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
            if !w.is_word
                || w.det
                || w.prep.is_some()
                || (w.pron && participle_verb(&p, i).is_none())
            {
                continue;
            }
            // Inside words already quoted (`«كما كنت ذكرت مرات كثيرة ...»`) a verb is the
            // speaker's, not the writer's.
            let at = doc.tokens[i].span;
            if out
                .iter()
                .any(|q: &Quote| q.kind == QuoteKind::Direct && q.span.overlaps(at))
            {
                continue;
            }
            let participle = opening_participle(&p, i);
            let found = participle
                .and_then(|v| VERBS.get(&normalize(v)).map(|&sp| (normalize(v), sp)))
                .or_else(|| {
                    candidates(w)
                        .iter()
                        .find_map(|k| VERBS.get(k).map(|&v| (k.clone(), v)))
                });
            let Some((key, speech)) = found else {
                continue;
            };
            // `أيمن حسن- سبق- متابعة:` heads a report with its writer's name: a participle adds
            // to a verb before it, after a comma at most, and at the start of a sentence or
            // after a dash there is none.
            let after_dash = i > range.start && {
                let prev = words.get(i - 1);
                prev.is_punct
                    && !matches!(prev.norm.as_str(), "،" | "," | "؛")
                    && !is_mark(&prev.norm)
            };
            if participle.is_some() && (i == range.start || after_dash) {
                continue;
            }
            // No finite verb ends in `ة` (`تابعة`, affiliated, is not `تابع`, went on), nor in
            // the `ات` of a feminine plural noun (`إشارات`, signs, is not `أشار`).
            if participle.is_none()
                && (IMPERSONAL.iter().any(|x| same(&w.norm, x))
                    || (w.nsuff && w.norm.ends_with(['ة', 'ه']))
                    || (w.stem.ends_with("ات") && !VERBS.contains_key(&w.stem)))
            {
                continue;
            }
            // `لا تقولوا`, `تقولون`: the second person plural addresses the reader; nobody is
            // reported. A verb whose own first letter is `ت` (`تابعوا`, `تحدثوا`: they went
            // on, they spoke) takes a second one in that person (`تتحدثون`).
            let bare = w.norm.strip_prefix(['و', 'ف']).unwrap_or(&w.norm);
            let prefix = if key.starts_with('ت') { "تت" } else { "ت" };
            if participle.is_none()
                && bare.starts_with(prefix)
                && (bare.ends_with("وا") || bare.ends_with("ون"))
            {
                continue;
            }
            // `لفت انتباهي أن`: caught the eye. Drawing attention to something goes on with
            // `إلى` (`لفت النظر إلى أن`).
            let next = &words.get(i + 1).norm;
            if key == "لفت"
                && ["انتباه", "نظر", "انظار", "الانتباه", "النظر", "الانظار"]
                    .iter()
                    .any(|x| next.starts_with(x))
                && !(i + 2..i + 4).any(|j| is_in_list(&words.get(j).norm, &["الى", "إلى"]))
            {
                continue;
            }
            // `نذكر`, `أذكر`: an imperfect in the first person is the writer's own voice.
            if participle.is_none()
                && ['ن', 'ا'].into_iter().any(|c| {
                    bare.strip_prefix(c).is_some_and(|rest| same(rest, &key)) && !key.starts_with(c)
                })
            {
                continue;
            }
            // `بلغ` (reached, amounted to) is not `أبلغ` (informed), and the imperfect `يبلغ`
            // almost always means the first in news (`يبلغ عددهم`).
            if key == "ابلغ" && !w.stem.starts_with('ا') {
                continue;
            }
            // `تعد أوضح دليل`, `هي أوضح صورة`: the elative (clearest) as a predicate, not the
            // verb (explained).
            if key == "اوضح"
                && !w.conj
                && i > range.start
                && is_in_list(&words.get(i - 1).norm, PREDICATE_BEFORE_ELATIVE)
            {
                continue;
            }
            // An imperfect in the first person (`أشير`, `نؤكد`, `نقول`) is the writer's own
            // voice; one in the third person has the prefix `ي` or `ت`.
            if IMPERFECT_KEYS.iter().any(|k| same(&key, k))
                && participle.is_none()
                && !w.stem.starts_with(['ي', 'ت'])
            {
                continue;
            }
            // `من دون أن يشير إلى`, `يجب أن يقول`: an imperfect after `أن` is what someone
            // does or should do, not a report.
            if participle.is_none()
                && w.stem.starts_with(['ي', 'ت'])
                && i > range.start
                && is_in_list(&words.get(i - 1).norm, &["ان", "لن", "لم"])
            {
                continue;
            }
            // `بما يقول`, `ما قاله`: what someone says, as a noun phrase.
            if i > range.start && is_in_list(&words.get(i - 1).norm, RELATIVE_MA) {
                continue;
            }
            // `القطاع، الذي يعتبر الأكثر غرابة`: after a relative pronoun the imperfect of
            // `اعتبر` is "is considered", said by no one.
            if same(&key, "اعتبر")
                && participle.is_none()
                && w.stem.starts_with(['ي', 'ت'])
                && i > range.start
                && is_in_list(&words.get(i - 1).norm, RELATIVES)
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
            // with a conjunction or an ending (`وبين`, `بينت`), but `وبين` after `بين` is
            // the second half of "between … and …" (`بينه وبين الموت`).
            if key == "بين"
                && participle.is_none()
                && (!w.conj && w.vsuff.is_empty()
                    || w.conj
                        && (i.saturating_sub(BETWEEN_SPAN)..i).any(|k| {
                            let n = &words.get(k).norm;
                            is_in_list(n.strip_prefix('و').unwrap_or(n), BETWEEN)
                        }))
            {
                continue;
            }
            let preposition = PREPOSITION_VERBS
                .iter()
                .find(|(v, _)| same(&key, v))
                .map_or(&[][..], |(_, preps)| *preps);
            let quote = quote_at(&p, s, i, speech, preposition, participle.is_some());
            if let Some(mut q) = quote
                && !out.iter().any(|o: &Quote| o.span.overlaps(q.span))
            {
                if q.speaker.is_none() {
                    // `..., مشيرا إلى أن`, `..., وأضاف أن`: the one who has just spoken in this
                    // sentence (a participle's subject is the clause's).
                    q.speaker = recent
                        .as_ref()
                        .filter(|(rs, _)| *rs == s)
                        .map(|(_, a)| a.clone());
                }
                if q.speaker.is_none() && participle.is_some() {
                    // `حددت وزارة العمل الضوابط، مشيرة إلى أن`: the subject of the verb that
                    // opens the clause.
                    q.speaker = clause_subject(&p, i);
                }
                if q.speaker.is_none() {
                    // `وشددا على أن` after `وأكد الوفدان`: the actor of the event before (not
                    // for a participle, whose subject is the clause's), the person the
                    // sentence began with, the last one who spoke a few sentences back, or the
                    // person the sentence before was about.
                    q.speaker = person_before(&p, i)
                        .or_else(|| {
                            implied_speaker(events, s, doc.tokens[i].span.start)
                                .filter(|_| participle.is_none())
                        })
                        .or_else(|| {
                            // A person the sentence before is about, named after the last
                            // speaker spoke, is whom the verb goes on with (`من جهته، أعرب
                            // الرئيس ...`, then `وقال إن`).
                            let last = recent.as_ref().filter(|(rs, _)| rs + CARRY_SENTENCES >= s);
                            match last {
                                Some((rs, a)) if rs + 1 >= s => Some(a.clone()),
                                _ => s
                                    .checked_sub(1)
                                    .and_then(|b| person_of_sentence(doc, words, b))
                                    .or_else(|| last.map(|(_, a)| a.clone())),
                            }
                        });
                }
                // `وأكد سموه`, `وقال معاليه`: an honorific with a pronoun stands for the
                // dignitary who spoke last (within a few sentences).
                if q.speaker.as_ref().is_some_and(|a| is_honorific(&a.text))
                    && let Some((_, a)) = recent
                        .as_ref()
                        .filter(|(rs, a)| rs + CARRY_SENTENCES >= s && !is_honorific(&a.text))
                {
                    q.speaker = Some(a.clone());
                }
                if let Some(a) = &q.speaker {
                    recent = Some((s, a.clone()));
                }
                out.push(q);
            } else if let Some(a) = p
                .phrase_at(i + 1)
                .filter(|_| participle.is_none())
                .filter(|r| {
                    // Not an adverb, nor a phrase behind a preposition (`وأشاد بجهود ...`
                    // names what was praised), nor the object `ذلك`.
                    // Nor what was announced (`أعلنت الأحد مقتل 9 جنود`, `أعلن إنشاء مشروع`):
                    // a subject that is carried over is a name or a definite noun.
                    let first = words.get(r.start);
                    !is_in_list(&first.norm, SPEAKER_ADVERBS)
                        && !is_in_list(&first.norm, DEMONSTRATIVES)
                        && first.prep.is_none()
                        && first.trigger.is_none()
                        && !first.in_quantity
                        && !first.pron
                        && (first.det || first.mention.is_some())
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

/// The quote opened by the speech verb at token `i`, if it opens one. A participle
/// (`مشيرا`) names no speaker of its own.
fn quote_at(
    p: &Phrases<'_>,
    s: usize,
    i: usize,
    speech: Speech,
    preposition: &[&str],
    participle: bool,
) -> Option<Quote> {
    let doc = p.doc;
    let words = p.words;
    let is_in = |j: usize, list: &[&str]| is_in_list(&words.get(j).norm, list);
    // `أن`/`إن` and `بأن`, with or without a pronoun, open what was said.
    let opens = |j: usize| opens(words, j);
    let text_of = |j: usize| token_text(p, j);
    // What was said begins at `j`: after `أن`, a colon or a quotation mark.
    let said_at = |j: usize| opens(j) || text_of(j) == ":" || OPENING.contains(&text_of(j));
    let plural = ["وا", "ا"].iter().any(|x| same(&words.get(i).vsuff, x));
    // The speaker: after the verb up to what opens the content, or before a plural verb.
    let mut start = p.past_abbreviated_title(p.skip_fillers(i + 1));
    // `ولفت النظر إلى أن`, `لفت الانتباه إلى`: the attention drawn is no speaker.
    if candidates(words.get(i)).iter().any(|k| k == "لفت") && is_in(start, &["النظر", "الانتباه"])
    {
        start = p.skip_fillers(start + 1);
    }
    // `قال لـ«عكاظ» رئيس المنظمة … إن`: the one spoken to, named in marks, may come before the
    // speaker.
    if let Some(after) = past_named_addressee(p, start) {
        start = p.skip_fillers(after);
    }
    // `حسبما أفادت به وسائل إعلام`: the pronoun after the verb points back to what was said.
    if is_in(start, RESUMPTIVE) {
        start = p.skip_fillers(start + 1);
    }
    // `تؤكد دائما أن`, `نفى علنا أن`: an adverb of frequency or manner is not the speaker.
    if is_in(start, SPEECH_ADVERBS) {
        start = p.skip_fillers(start + 1);
    }
    // `وأضاف قائلا:`, `وأضاف موضحا أن`: the participle repeats the verb; what follows it is
    // what was said.
    if opening_participle(p, start).is_some() {
        start = p.skip_fillers(start + 1);
    }
    // `وأضاف يقول:`, `ومضى يقول إن`: the imperfect of `قال` repeats the verb as the
    // participle does.
    let says = words.get(start);
    if !says.conj
        && says.prep.is_none()
        && says.norm.starts_with(['ي', 'ت'])
        && candidates(says).iter().any(|k| k == "قول")
        && said_at(start + 1)
    {
        start = p.skip_fillers(start + 1);
    }
    // `تعلن ذلك`: the verb's object points back to something already told.
    if is_in(start, DEMONSTRATIVES) {
        return None;
    }
    // `نقلت الوكالة عن مصدر مطلع قوله إن`: the medium carries the words; whose they are
    // follows `عن`.
    if candidates(words.get(i)).iter().any(|k| k == "نقل")
        && let Some(k) = (start..(start + MAX_SPEAKER).min(p.sentence.end))
            .take_while(|&j| !opens(j) && !words.get(j).is_punct)
            .find(|&j| is_in(j, &["عن"]))
    {
        start = p.skip_fillers(k + 1);
    }
    // `وجاء في البيان، أنه`: what a document says, with the document as its speaker; `جاء`
    // and `ورد` say nothing otherwise (`جاء ذلك خلال`, `ورد اسمه`).
    let source_verb = words
        .get(i)
        .keys
        .iter()
        .any(|k| same(k, "جاء") || same(k, "ورد"));
    let source = if source_verb {
        if !is_in(start, &["في"]) {
            return None;
        }
        let r = p.phrase_at(start + 1)?;
        let k = if matches!(text_of(r.end), "،" | ",") {
            r.end + 1
        } else {
            r.end
        };
        if !(opens(k) || text_of(k) == ":") {
            return None;
        }
        Some((r, k))
    } else {
        None
    };
    // `قال لوكالة الأنباء إن`: the one spoken to comes first, and no speaker is named here.
    // Nor with what was praised or welcomed (`ترحب بانضمام ...`): a subject carries no
    // preposition, unless the word is a name that only begins like one (`بوسنين`).
    // `أوضح للصحفيين أن`: `لل` is the preposition on a defined word, the one spoken to; the
    // article alone (`اللجنة`, `اللواء`) is no preposition.
    let lam = words.get(start).prep == Some('ل');
    let addressee = (lam && (!words.get(start).det || words.get(start).norm.starts_with("لل")))
        || (matches!(words.get(start).prep, Some('ب' | 'ك')) && words.get(start).mention.is_none());
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
            // `تعلن عن ذلك`: what the verb names points back to something already told.
            if is_in(start + 1, DEMONSTRATIVES) {
                return None;
            }
            to_at = Some(start + 1);
        }
    }
    // `وأكد حرص إدارة المركز على`, `أكد سيطرة المقاومة على`: a verbal noun right after the
    // verb is what was said; the speaker is the verb's own pronoun, named before.
    if to_at.is_none() && start < p.sentence.end && said_verbal_noun(words, start) {
        to_at = Some(start);
    }
    let mut end = start;
    let mut speaker_end: Option<usize> = if participle { Some(start) } else { None };
    // Whether the speaker is followed by a clause saying they asked not to be named
    // (`مزارع محلي طلب عدم كشف هويته`), which the search for what was said passes over.
    let mut anonymous = false;
    // Whether the circumstances of the statement ended the speaker (`في تصريح بثته أمس وكالة
    // الأنباء، بأن`): they run on to a comma, and the search passes over them.
    let mut circumstance = false;
    // Whether a title runs on over a preposition to the person's name, which the search passes
    // over as far.
    let mut long_title = false;
    // The words of a person's name after its first count as one with it: a long name
    // (`الدكتور بندر بن فهد آل فهيد`) does not use up the speaker's words.
    let name_tail = |j: usize| {
        words.get(j).mention.is_some_and(|m| {
            doc.mentions[m].kind == rasd_text::annotations::EntityType::Per
                && doc.token_range(doc.mentions[m].span).start < j
        })
    };
    let mut tail_words = 0;
    // Whether the scan has passed into those spoken to (`كل من يحاول ...`).
    let mut addressed = false;
    // `أشار مسؤول إلى تعرض ...`: where `إلى` opens what was said.
    while to_at.is_none()
        && end < p.sentence.end
        && end - start
            < MAX_SPEAKER
                + tail_words
                + if anonymous || circumstance || long_title {
                    ANONYMITY_WORDS
                } else {
                    0
                }
    {
        if name_tail(end) {
            tail_words += 1;
        }
        let t = text_of(end);
        // `قال لـ«الشرق الأوسط»`: the one spoken to, in quotation marks, is neither the
        // speaker nor what was said.
        if matches!(t, "لـ" | "ل") && opens_name(text_of(end + 1)) {
            speaker_end.get_or_insert(end);
            match past_named_addressee(p, end) {
                Some(after) => {
                    end = after;
                    continue;
                }
                None => break,
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
        // `هيئة الإذاعة اليابانية (إن.اتش.كيه) أن`, `منظمة الصحة العالمية (WHO) إن`: a
        // short gloss in parentheses inside the speaker is read with it.
        if end > start && t == "(" {
            let close =
                (end + 1..(end + MAX_GLOSS).min(p.sentence.end)).find(|&j| text_of(j) == ")");
            if let Some(c) = close {
                end = c + 1;
                continue;
            }
        }
        // `المشرف العام على إدارة الإعلام ... الدكتور X أنه`: a preposition followed by a
        // person's name right before what was said belongs to a title.
        let person_ahead = || {
            (end + 1..(end + MAX_SPEAKER + 3).min(p.sentence.end))
                .take_while(|&j| !opens(j) && !words.get(j).is_punct)
                .any(|j| {
                    words.get(j).mention.is_some_and(|m| {
                        let r = doc.token_range(doc.mentions[m].span);
                        let after = if matches!(text_of(r.end), "،" | ",") {
                            r.end + 1
                        } else {
                            r.end
                        };
                        doc.mentions[m].kind == rasd_text::annotations::EntityType::Per
                            && r.start == j
                            && opens(after)
                    })
                })
        };
        // `عبدالله بن علي الغامدي`: the name `علي` is spelt like `على` once normalized.
        let preposition_at = |j: usize| is_in(j, preposition) && !name_tail(j);
        // `وتحذر الوزارة كل من يحاول العبث بأمن الوطن بأنه`: `كل من` before a word that is
        // no noun of its own phrase opens those spoken to ("whoever"), a clause the search for
        // what was said passes over; its `من` and its prepositions open nothing.
        if end > start
            && !addressed
            && is_in(end, &["كل", "جميع"])
            && is_in(end + 1, &["من"])
            && !words.get(end + 2).det
            && words.get(end + 2).mention.is_none()
            && words.get(end + 2).is_word
        {
            speaker_end.get_or_insert(end);
            addressed = true;
            long_title = true;
            end += 2;
            continue;
        }
        if addressed && preposition_at(end) {
            end += 1;
            continue;
        }
        if end > start && preposition_at(end) && speaker_end.is_none() && person_ahead() {
            long_title = true;
            end += 1;
            continue;
        }
        if end > start && preposition_at(end) {
            speaker_end.get_or_insert(end);
            if !opens(end + 1) {
                to_at = Some(end + 1);
                break;
            }
            end += 1;
            continue;
        }
        // `وأضاف الموقع موضحا، أن`: the participle after the speaker repeats the verb (one
        // with its preposition, `مشيرا إلى شباك المرمى:`, may point at something instead).
        // So does one with its own preposition right before what was said (`وأكد X الحادثة
        // مشيرا إلى أن`).
        let repeats = || {
            opening_participle(p, end).is_some()
                && (opens(end + 1)
                    || (matches!(text_of(end + 1), "،" | ",") && opens(end + 2))
                    || (is_in(end + 1, &["الى", "على"]) && opens(end + 2)))
        };
        if opens(end)
            || OPENING.contains(&t)
            || t == ":"
            || t == "،"
            || t == ","
            || words.get(end).is_punct
            || (end > start && repeats())
        {
            break;
        }
        // `ونفى الممثل علنا أن`: an adverb after the speaker ends it.
        if end > start && is_in(end, SPEECH_ADVERBS) {
            speaker_end.get_or_insert(end);
            end += 1;
            continue;
        }
        // `مصدر طلب عدم الكشف عن هويته`, `رفض الكشف عن اسمه`: a verb before these words opens
        // a relative clause about the speaker's name; the speaker ends before it.
        if end > start
            && !anonymous
            && (is_in(end + 1, &["عدم"])
                || (is_in(end + 1, &["الكشف", "الافصاح"]) && is_in(end + 2, &["عن"])))
        {
            speaker_end.get_or_insert(end);
            anonymous = true;
        }
        // `بيتاني جيبس التي قادت الدراسة وهي باحثة ... "`: a relative clause about the
        // speaker, which the search for what was said passes over.
        if end > start && is_in(end, RELATIVES) {
            speaker_end.get_or_insert(end);
            long_title = true;
        }
        // `عوض القويري وهو مسؤول ...`: a clause about the speaker.
        if end > start && words.get(end).conj && is_in_list(&words.get(end).stem, CLAUSE_PRONOUNS) {
            speaker_end.get_or_insert(end);
        }
        // `عن مسؤول قوله إن`, `قولها:`: "his saying" repeats the verb before what was said.
        let said = words.get(end);
        if end > start
            && said.pron
            && candidates(said).iter().any(|k| k == "قول")
            && said_at(end + 1)
        {
            speaker_end.get_or_insert(end);
            end += 1;
            continue;
        }
        // A word with a pronoun suffix after the speaker's name starts a new clause
        // (`المكتب الاعلامي ... تابعته`), unless it is the name asked to be kept back.
        if end > start
            && words.get(end).pron
            && words.get(end).mention.is_none()
            && !anonymous
            && !circumstance
        {
            break;
        }
        // An indefinite accusative is an object or an adverb, never the subject (`أكد الجيش
        // بيانا جديدا`, `نقول كلاما`); nor is a phrase behind a preposition (`حذر من ...`).
        let w = words.get(end);
        if (w.accusative && !w.det && w.mention.is_none())
            || (end == start && p.is_preposition(end))
            || (end == start && manner_before_words(p, end))
        {
            speaker_end.get_or_insert(end);
        }
        // A demonstrative after a defined word or a name opens the object (`وأوضح العلماء
        // هذه المسألة بأن`); after an indefinite head it completes it (`رئيس هذه اللجنة`).
        if end > start
            && is_in(end, DEMONSTRATIVES)
            && (words.get(end - 1).det || words.get(end - 1).mention.is_some())
        {
            speaker_end.get_or_insert(end);
        }
        // A time after the name (`أعلنت المنظمة اليوم أن`) ends the speaker, not the search
        // for what opens the content.
        if words.get(end).in_time && end > start {
            speaker_end.get_or_insert(end);
        }
        // `تنفي روسيا إرسال جنود`: after a name, an indefinite word is the object, not part of
        // the speaker (a defined word may be a title: `قال بايدن الرئيس الأميركي`). Nor is
        // another name behind a preposition (`وقال بويتشنكو لرويترز`: who was spoken to).
        // (After an organisation's name it may be the rest of that name, which the tagger
        // split: `الوكالة السورية للأنباء`.)
        let here = words.get(end);
        let before = words.get(end.saturating_sub(1)).mention;
        let spoken_to = here.prep == Some('ل')
            && here.mention.is_some()
            && here.mention != before
            && before
                .and_then(|m| doc.mentions.get(m))
                .is_some_and(|m| m.kind != rasd_text::annotations::EntityType::Org);
        if end > start
            && !here.conj
            && before.is_some()
            && ((here.mention.is_none() && (!here.det || here.prep.is_some())) || spoken_to)
        {
            speaker_end.get_or_insert(end);
        }
        // `قالت الوزارة في بيان ان`: the circumstances are not the speaker.
        let to_media = words.get(end).prep == Some('ل')
            && MEDIA
                .iter()
                .any(|m| same(words.get(end).stem.trim_start_matches("ال"), m));
        // Right after the verb (`وقال في تصريح لوكالة ...، إن`, `أكد في وقت سابق على`) they
        // leave the speaker unnamed here.
        // `قالت مصادر في الشرطة`: after an indefinite head, `في` names where the source
        // works unless a statement follows it (`مسؤول في تصريح`).
        let member = end > start
            && is_in(end, &["في"])
            && !words.get(end - 1).det
            && words.get(end - 1).mention.is_none()
            && (words.get(end + 1).det
                || words.get(end + 1).mention.is_some()
                || words.get(end + 2).det)
            && !is_in_list(
                words.get(end + 1).stem.trim_start_matches("ال"),
                STATEMENT_NOUNS,
            );
        if is_in(end, CIRCUMSTANCE) && !member {
            speaker_end.get_or_insert(end);
            circumstance = true;
        }
        // The institution closes the speaker (`مسؤول عسكري في كابل`, then whatever follows).
        if member && let Some(r) = p.phrase_at(end + 1).filter(|r| r.start == end + 1) {
            speaker_end.get_or_insert(r.end);
        }
        if end > start && (is_in(end, SPEAKER_ADVERBS) || to_media) {
            speaker_end.get_or_insert(end);
        }
        end += 1;
    }
    // `إذا كانت تتابع مسلسلات رمضان أجابت: «`: another verb of speech right before what was
    // said is the one that opens it; this verb has an object of its own.
    // (Not a name's word: `خالد بن طالب:`, `ذبيح الله مجاهد المتحدث باسم طالبان إن`; nor a
    // verb inside what an earlier `أن` opened.)
    let later = words.get(end.saturating_sub(1));
    if end > start + 1
        && end < p.sentence.end
        && said_at(end)
        && is_speech_verb(p, end - 1)
        && !later.pron
        && later.mention.is_none()
        && !is_in(end - 2, &crate::ner::lineage::LINKS)
        && !(start..end - 1).any(said_at)
    {
        return None;
    }
    let mut opener = end;
    let mut speaker_stop = speaker_end.unwrap_or(end);
    // `أكد مدير مركز القاهرة للدراسات الاقتصادية، الدكتور عبدالمنعم السيد أن`: a title, a
    // comma, then the person's name (after an honorific at most) right before what was said:
    // the speaker is the person.
    if !circumstance
        && !addressee
        && p.names_person(start)
        && matches!(text_of(end), "،" | ",")
        && let Some(r) = (end + 1..(end + 3).min(p.sentence.end))
            .find_map(|j| person_name_at(p, j))
            .filter(|r| opens(r.end) && (r.start == end + 1 || p.names_person(end + 1)))
    {
        start = end + 1;
        speaker_stop = r.end;
        opener = r.end;
    }
    // `المدير الإقليمي للحملة ... في سوريا الدكتور بدر السمحان أن`: `في` was part of a title
    // when a person's name follows it before what was said.
    if circumstance
        && speaker_stop > start
        && let Some(name_end) =
            (speaker_stop..opener).find_map(|j| person_name_at(p, j).map(|r| r.end.min(opener)))
    {
        speaker_stop = name_end;
    }
    // `رئيس المنظمة العربية للسياحة الدكتور بندر آل فهيد إن`: the speaker, a title, stopped
    // at the phrase after a name (`للسياحة`); a person's name right before what was said, a few
    // words on with nothing between that starts a clause (punctuation, `و`, a relative
    // pronoun), ends the title.
    if !circumstance
        && speaker_stop > start
        && p.names_person(start)
        && let Some(name_end) = (speaker_stop..opener.min(speaker_stop + MAX_TITLE_TAIL))
            .take_while(|&j| !words.get(j).is_punct && !words.get(j).conj && !is_in(j, RELATIVES))
            .find_map(|j| {
                let r = person_name_at(p, j)?;
                // A whole name, or one a title announces: a lone word is as often a common
                // word the tagger misread.
                let named = r.end - r.start >= 2 || j > 0 && p.names_person(j - 1);
                (r.end == opener && named).then_some(r.end)
            })
    {
        speaker_stop = name_end;
    }
    // `يعلن مسؤوليته عن`, `أبدى استعداده ل`: a lone noun with a pronoun before the verb's
    // preposition is its object, and what follows the preposition was not said.
    if to_at.is_some()
        && speaker_stop == start + 1
        && words.get(start).pron
        && words.get(start).mention.is_none()
        && !is_honorific(text_of(start))
    {
        return None;
    }
    let mut speaker_range: Option<Range<usize>> =
        (speaker_stop > start && !addressee).then_some(start..speaker_stop);
    if let Some((r, k)) = source {
        speaker_range = Some(r);
        opener = k;
    }
    // A comma may separate the name from its title (`خالد منصور، ان`): skip the title.
    let mut content_at = opener;
    // `لـ«الشرق الأوسط»` at `j`: the token after its closing mark.
    let past_addressee = |j: usize| {
        (matches!(text_of(j), "لـ" | "ل") && is_mark(text_of(j + 1)))
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
            // `مدير مكتب الحملة ... في سوريا، في لبنان وليد الجلال: إن`: the circumstance was
            // part of a title that ends with the person's name.
            if circumstance
                && speaker_range.is_some()
                && let Some(name_end) =
                    (opener + 1..j).find_map(|k| person_name_at(p, k).map(|r| r.end.min(j)))
            {
                speaker_range = Some(start..name_end);
            }
        } else {
            // No content after the comma: the speaker was the whole phrase before it.
            content_at = p.sentence.end;
        }
    }
    // `... هرمز مسعودي، الذي قال`: the speaker is the name the relative clause hangs on.
    if speaker_range.is_none() && !participle && i > p.sentence.start && is_in(i - 1, RELATIVES) {
        speaker_range = antecedent(p, i - 1);
    }
    // A subject written before the verb (`صدر بيان مشترك اكد على ان`, `مجهولين قالوا`).
    // Not over a conjunction on the verb: `..., وأضاف أنه` begins a clause of its own.
    if speaker_range.is_none()
        && !participle
        && !words.get(i).conj
        && (plural || i > p.sentence.start + 1)
    {
        // Not a phrase governed by a preposition (`في حديث لوكالة الأنباء قال`).
        speaker_range = quoted_name_before(p, i)
            .or_else(|| p.phrase_before(i))
            .filter(|r| {
                // `لكنه حذر`: a particle with a pronoun is no subject.
                r.end == i
                    && words.get(r.start).prep.is_none()
                    && !(r.len() == 1 && words.get(r.start).pron)
                    // `فكتب يقول`: a word with `ف` goes on from what came before.
                    && !(r.len() == 1 && opens_with_fa(words.get(r.start)))
                    && !(r.start > p.sentence.start && {
                        // `وعن المسلسلات أجابت`: with its conjunction too.
                        let before = words.get(r.start - 1);
                        is_in(r.start - 1, NOT_BEFORE_VERB)
                            || (before.conj && is_in_list(&before.stem, NOT_BEFORE_VERB))
                    })
                    && !inside_opening_about(p, r.start)
            })
            .or_else(|| named_before_comma(p, i).filter(|r| !inside_opening_about(p, r.start)))
            .map(|r| subject_from_start(p, r));
    }
    // `أما الدكتور محمد العريفي فكتب يقول:`, `أما الكاتب، فيقول:`: the verb after `ف` is
    // said of whom `أما` sets up.
    if speaker_range.is_none() && !participle {
        speaker_range = topic_of_amma(p, i);
    }
    let colon = text_of(content_at) == ":";
    if colon {
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
    // Quoted words behind a preposition (`فيما وصفته بـ«المشروع الأميركي»`) are a term, not
    // speech.
    let direct = direct.filter(|r| {
        let before = r.start.saturating_sub(2);
        let term = r.len() <= 4
            && (matches!(text_of(before), "بـ" | "لـ" | "كـ") || p.is_preposition(before));
        r.len() >= 2
            && !term
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
    } else if colon && speech != Speech::Evaluate && content_at + 1 < p.sentence.end {
        // `وقال X لـ«سبق»: أثناء مروري ...`: after a colon, the words up to the end of the
        // sentence are what was said, even without quotation marks.
        (content_at..trim_end(p, p.sentence.end), QuoteKind::Direct)
    } else if as_said
        && speech != Speech::Evaluate
        && speaker_range.as_ref().is_none_or(|r| {
            // `نقل` also carries things: with a count after it (`كما نقلت 12 جثة`), bodies were
            // carried. Other verbs report a counted source (`كما أعلنت أكثر من مائة مجموعة`).
            let carried = candidates(words.get(i)).iter().any(|k| k == "نقل");
            !(carried && words.get(r.start).in_quantity)
        })
    {
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
        .and_then(|r| {
            let after_verb = r.start > i;
            p.argument(r.clone())
                .map(|a| whole_first_word(p, a, r.start, after_verb))
        });
    Some(Quote {
        span,
        kind,
        trigger: doc.tokens[i].span,
        speaker,
        sentence: s,
        denial: speech == Speech::Deny,
    })
}

/// Whether token `j` is a verbal noun that opens what was said
/// ([`crate::event::is_said_noun`]). Asking not to be named (`طالبا عدم ذكر اسمه`) says
/// nothing.
fn said_verbal_noun(words: &Words, j: usize) -> bool {
    let w = words.get(j);
    let unnamed = same(&w.norm, "عدم")
        && ["ذكر", "كشف", "الكشف", "نشر", "الافصاح"]
            .iter()
            .any(|k| same(&words.get(j + 1).norm, k));
    !unnamed && crate::event::is_said_noun(w)
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

/// Whether token `j` lies in the topic a sentence opens with `عن` or `عما` (`وعن المسلسلات
/// المشاركة في هذا السباق قالت`, `وعما إذا كانت تتابع مسلسلات أجابت`), no comma between: a
/// phrase there is what the words are about, not who said them.
fn inside_opening_about(p: &Phrases<'_>, j: usize) -> bool {
    let first = p.words.get(p.sentence.start);
    let about = ["عن", "عما"]
        .iter()
        .any(|k| same(&first.norm, k) || (first.conj && same(&first.stem, k)));
    about && (p.sentence.start..j).all(|k| !p.words.get(k).is_punct)
}

/// Whether token `j`, right after a verb of speech, is how the words were said (`وتابعت
/// متحمسة:`, `وأضاف مبتسما: «`): an indefinite participle alone before the colon, the
/// quotation mark or `إن`, not the speaker (`قالت مصادر:` is one; its word is no participle).
fn manner_before_words(p: &Phrases<'_>, j: usize) -> bool {
    let w = p.words.get(j);
    let next = token_text(p, j + 1);
    let alone = next == ":" || OPENING.contains(&next) || opens(p.words, j + 1);
    // A feminine one only after a verb that goes on (`وتابعت متحمسة:`): after a verb that
    // opens new words it is as often the speaker (`زعمت مواطنة بأنها`). The masculine
    // accusative is the manner after any verb (`قال مهدداً`, `ويقول مبتسما`).
    let going_on = j > p.sentence.start
        && candidates(p.words.get(j - 1))
            .iter()
            .any(|k| ["اضاف", "تابع", "استدرك", "اردف"].contains(&k.as_str()));
    // (`مصمموها إنها`: a possessive makes a noun, its designers, the speaker.)
    let participle = w.stem.starts_with('م')
        && !w.pron
        && (w.norm.ends_with('ا') || (w.norm.ends_with('ه') && going_on))
        && w.stem.chars().count() >= 5;
    alone && participle && !w.det && w.prep.is_none() && w.mention.is_none() && !p.names_person(j)
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
    let text_of = |j: usize| token_text(p, j);
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

/// Whether token `j` is a speech verb (a word without the article or a preposition). `جاء`
/// and `ورد` are one only before `في` (`وجاء في البيان`); `وجاء السوق ثانيا` goes on reporting.
fn is_speech_verb(p: &Phrases<'_>, j: usize) -> bool {
    let w = p.words.get(j);
    w.is_word
        && !w.det
        && w.prep.is_none()
        && candidates(w).iter().any(|k| VERBS.contains_key(k))
        && (!w.keys.iter().any(|k| same(k, "جاء") || same(k, "ورد"))
            || same(&p.words.get(j + 1).norm, "في"))
}

/// Where reported content starting at `from` ends: the sentence end, a comma before a
/// speech verb with a conjunction or after `كما` (`... في الانفجار، وأفاد بأن ...`, `، كما رحب
/// المجلس`), such a verb whose speaker a colon or a quotation mark follows, or a participle that opens more words (`...، مشيرا إلى أن`): those report
/// something else.
fn content_end(p: &Phrases<'_>, from: usize) -> usize {
    let text_of = |j: usize| token_text(p, j);
    let end = (from..p.sentence.end)
        .find(|&j| {
            let comma = matches!(p.words.get(j).norm.as_str(), "،" | ",");
            (comma && p.words.get(j + 1).conj && is_speech_verb(p, j + 1))
                // `... الشد والجذب وقال «...»`: without a comma, a speech verb that opens
                // words of its own.
                || (j > from
                    && p.words.get(j).conj
                    && is_speech_verb(p, j)
                    && (opens(p.words, j + 1) || is_mark(text_of(j + 1)) || text_of(j + 1) == ":"))
                // `... على المتحرشين وقال المحامي محمد الديني: إن ...`: a speaker named
                // before a colon or a quotation mark.
                || (j > from
                    && p.words.get(j).conj
                    && is_speech_verb(p, j)
                    && (j + 2..(j + 2 + MAX_SPEAKER).min(p.sentence.end))
                        .any(|k| text_of(k) == ":" || OPENING.contains(&text_of(k))))
                || (comma && same(&p.words.get(j + 1).norm, "كما") && is_speech_verb(p, j + 2))
                || (j > from && opening_participle(p, j).is_some())
                // `، من جانبه أوضح ...`: another speaker's turn.
                || (comma
                    && same(&p.words.get(j + 1).norm, "من")
                    && is_in_list(&p.words.get(j + 2).norm, ASIDE_TURNS))
        })
        .unwrap_or(p.sentence.end);
    close_marks(p, from, trim_end(p, end))
}

/// The text of token `j` (empty past the end).
fn token_text<'a>(p: &Phrases<'a>, j: usize) -> &'a str {
    p.doc.tokens.get(j).map_or("", |t| t.text(&p.doc.text))
}

/// `إن الرئيس أبلغه بأن "مصر لن تتراجع"`: a quotation mark opened inside reported words is
/// closed inside them too, so the mark that [`trim_end`] took off is given back.
fn close_marks(p: &Phrases<'_>, from: usize, mut end: usize) -> usize {
    let text_of = |j: usize| token_text(p, j);
    let (mut open, mut straight) = (0usize, 0usize);
    for j in from..end {
        match text_of(j) {
            "«" | "“" | "„" => open += 1,
            "»" | "”" => open = open.saturating_sub(1),
            "\"" => straight += 1,
            _ => {}
        }
    }
    while end < p.sentence.end {
        match text_of(end) {
            "»" | "”" if open > 0 => open -= 1,
            "\"" if straight % 2 == 1 => straight += 1,
            _ => break,
        }
        end += 1;
    }
    end
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

/// The tokens of the person's name that starts at token `j`, written without a preposition
/// before it (a name after `ل` or `ب` is someone spoken to or about, not the speaker).
fn person_name_at(p: &Phrases<'_>, j: usize) -> Option<Range<usize>> {
    let m = p.words.get(j).mention?;
    let r = p.doc.token_range(p.doc.mentions[m].span);
    (r.start == j
        && p.words.get(j).prep.is_none()
        && p.doc.mentions[m].kind == rasd_text::annotations::EntityType::Per)
        .then_some(r)
}

/// `end` moved back over the closing punctuation of a sentence.
fn trim_end(p: &Phrases<'_>, mut end: usize) -> usize {
    while end > p.sentence.start && p.words.get(end - 1).is_punct {
        end -= 1;
    }
    end
}

/// Whether token `j` opens what was said: `أن`/`إن`/`بأن`, with or without a pronoun, unless
/// a particle before it makes a conjunction of it (`إلا أن`, `غير أن`: however; `رغم أن`:
/// although), which links two statements and reports none.
fn opens(words: &Words, j: usize) -> bool {
    let n = &words.get(j).norm;
    let n = n.strip_prefix('ب').unwrap_or(n);
    let that = THAT
        .iter()
        .chain(&["انهم", "اننا", "انني", "انكم", "انهما", "انك"])
        .any(|t| same(n, t));
    that && !(j > 0 && is_in_list(&words.get(j - 1).norm, CONJUNCTION_PARTICLES))
}

/// Particles that make a conjunction of the `أن` after them.
const CONJUNCTION_PARTICLES: &[&str] = &[
    "الا", "والا", "غير", "بيد", "رغم", "برغم", "ورغم", "بما", "لو", "مع",
];

/// The verb whose active participle token `j` is (`مشيرا` → `اشار`), by its form alone.
fn participle_verb(p: &Phrases<'_>, j: usize) -> Option<&'static str> {
    let w = p.words.get(j);
    // No pronoun test: the ending of `منوها` reads like one.
    if !w.is_word || w.det || w.prep.is_some() {
        return None;
    }
    let n = w.norm.as_str();
    let n = if w.conj {
        n.strip_prefix(['و', 'ف']).unwrap_or(n)
    } else {
        n
    };
    PARTICIPLE_ENDINGS.iter().find_map(|e| {
        let base = n.strip_suffix(e)?;
        PARTICIPLE_VERBS.get(base).copied()
    })
}

/// The verb of a participle at token `j` that opens what was said right after it: `أن`, a
/// colon, its preposition (`مشيرا إلى`, `مؤكدا على أن`), or, for `قائلا`, a quotation mark.
/// Without one it is an adjective or describes a manner (`معلومات مؤكدة`, `لافتة كتب
/// عليها`).
fn opening_participle(p: &Phrases<'_>, j: usize) -> Option<&'static str> {
    let verb = participle_verb(p, j)?;
    let text_of = |k: usize| token_text(p, k);
    let mut k = p.skip_fillers(j + 1);
    // `موضحا، أن`: a comma may stand before what opens the content.
    if matches!(text_of(k), "،" | ",") && opens(p.words, k + 1) {
        k += 1;
    }
    // `قائلا لـ«الشرق الأوسط» إنه`: the one spoken to comes between.
    if matches!(text_of(k), "لـ" | "ل") && is_mark(text_of(k + 1)) {
        k = (k + 2..(k + 8).min(p.sentence.end))
            .find(|&c| CLOSING.contains(&text_of(c)))
            .map_or(k, |c| c + 1);
    } else if p.words.get(k).prep == Some('ل') && !p.words.get(k).det {
        k += 1;
    }
    let t = text_of(k);
    let preps = PREPOSITION_VERBS
        .iter()
        .find(|(v, _)| same(verb, v))
        .map_or(&[][..], |(_, preps)| *preps);
    let at_prep = |k: usize| preps.iter().any(|x| same(&p.words.get(k).norm, x));
    // A feminine form right after a noun agrees with it (`رقابة مشددة على ...`, `لافتة
    // كتب عليها`): an adjective, unless `أن` or a colon follows.
    let prev = j.checked_sub(1).map(|b| p.words.get(b));
    let adjective = p.words.get(j).norm.ends_with('ه')
        && prev.is_some_and(|w| w.is_word && !w.is_punct && w.mention.is_none());
    let opened = opens(p.words, k)
        || t == ":"
        || (at_prep(k) && !adjective)
        || (same(&p.words.get(k).norm, "على") && opens(p.words, k + 1))
        || (verb == "قال" && OPENING.contains(&t));
    opened.then_some(verb)
}

/// Whether `norm`, already normalized, is one of the words of `list`.
fn is_in_list(norm: &str, list: &[&str]) -> bool {
    list.iter().any(|x| same(norm, x))
}

/// The first person named in sentence `s` outside a prepositional phrase: whom a speech verb
/// without a subject in the next sentence continues (`وتفقد مدير الشرطة اللواء X ...`, then
/// `وأكد أن`).
fn person_of_sentence(doc: &Document, words: &Words, s: usize) -> Option<Argument> {
    let sentence = doc.sentences.get(s)?;
    let range = sentence.first_token..sentence.end_token.min(doc.tokens.len());
    let p = Phrases {
        doc,
        words,
        sentence: range.clone(),
    };
    person_before(&p, range.end)
}

/// The subject of the verb that opens the sentence, for the participle at `i` that continues
/// it (`حددت وزارة العمل ضوابط …، مشيرة إلى أن`): the definite phrase or name right after a
/// sentence-initial verb of the participle's gender. A verb is known by its person marker (the
/// `ت` of the feminine past or imperfect) or by being an event verb or a light verb of the
/// fourth form (`أعرب`); a masculine participle (`مؤكدا`) needs the latter, since a bare
/// masculine past looks like a noun.
fn clause_subject(p: &Phrases<'_>, i: usize) -> Option<Argument> {
    let words = p.words;
    let first = p.skip_fillers(p.sentence.start);
    if first + 1 >= i {
        return None;
    }
    let verb = words.get(first);
    let participle = words.get(i);
    // `ليعود المشاركون إلى بلادهم، مؤكدين أنهم`: a plural participle goes with the plural
    // in the nominative (`ون`, the subject's case) nearest before it.
    if participle.norm.ends_with("ين")
        && let Some(j) = (first..i).rev().find(|&j| {
            let w = words.get(j);
            w.det && w.prep.is_none() && !w.conj && w.nsuff && w.norm.ends_with("ون")
        })
    {
        return p
            .phrase_at(j)
            .filter(|r| r.start == j && r.end <= i)
            .and_then(|r| p.argument(r));
    }
    let feminine = participle.norm.ends_with('ه');
    let bare = verb.norm.strip_prefix(['و', 'ف']).unwrap_or(&verb.norm);
    let plain = verb.is_word
        && !verb.det
        && verb.prep.is_none()
        && verb.mention.is_none()
        && !verb.nsuff
        && !verb.accusative
        && !verb.pron;
    let marked_feminine = verb.vsuff == "ت" || (bare.starts_with('ت') && verb.vsuff.is_empty());
    // A light verb of the fourth form (`أعرب عن سعادته، مؤكدا`) is as plainly a verb.
    let event_verb =
        (verb.trigger.is_some() || (verb.light && bare.starts_with('ا'))) && verb.vsuff.is_empty();
    let agrees = if feminine {
        marked_feminine
    } else {
        event_verb && !bare.starts_with('ت')
    };
    if !plain || !agrees {
        return None;
    }
    let r = p
        .phrase_at(first + 1)
        .filter(|r| r.start == first + 1 && r.end <= i)?;
    let head = words.get(r.start);
    let definite =
        head.det || head.mention.is_some() || words.get(r.start + 1).det && r.end > r.start + 1;
    if !definite || head.prep.is_some() || head.in_quantity {
        return None;
    }
    p.argument(r)
}

/// `كانت X، أعلنت أن`: the subject between `كان` and a comma before the verb.
fn named_before_comma(p: &Phrases<'_>, i: usize) -> Option<Range<usize>> {
    let text_of = |j: usize| token_text(p, j);
    // `، قد اعتبر`: the particle stands between the comma and the verb.
    let v = if i > p.sentence.start && is_in_list(&p.words.get(i - 1).norm, &["قد", "لقد"]) {
        i - 1
    } else {
        i
    };
    if v < p.sentence.start + 2 || !matches!(text_of(v - 1), "،" | ",") {
        return None;
    }
    // The subject right after `كان` at the head of the clause, however long what describes it
    // (`وكان برلمان طرابلس غير المعترف به دوليا، قد اعتبر`).
    if let Some(r) = subject_after_kana(p, v - 1) {
        return Some(r);
    }
    // A named subject heading the sentence (`القاص السعودي حسن علي البطران، يقول:`).
    let r = subject_from_start(p, p.phrase_before(v - 1)?);
    (r.start == p.sentence.start && (r.start..r.end).any(|j| p.words.get(j).mention.is_some()))
        .then_some(r)
}

/// `argument` with its span widened back to the start of its first token when the speaker
/// follows the verb: a subject there carries no conjunction or preposition, so a name the
/// tagger cut after a letter that looks like one (`فيصل` read `ف+يصل`, `بوسنين` read
/// `ب+وسنين`) is whole again.
fn whole_first_word(p: &Phrases<'_>, mut a: Argument, first: usize, after_verb: bool) -> Argument {
    if let Some(t) = p.doc.tokens.get(first)
        && after_verb
        && a.span.start > t.span.start
        && a.span.start < t.span.end
    {
        a.span = rasd_text::Span::new(t.span.start, a.span.end);
        a.text = a.span.slice(&p.doc.text).to_owned();
    }
    a
}

/// Whether a word carries the conjunction `ف` (`فكتب`, `فيقول`).
fn opens_with_fa(w: &crate::event::Word) -> bool {
    w.conj && w.norm.starts_with('ف')
}

/// The topic `أما` sets up for the verb at `i` that goes on with `ف` (`فيقول`), or whose verb
/// with `ف` stands right before it (`فكتب يقول`): the phrase after `أما`, close before.
fn topic_of_amma(p: &Phrases<'_>, i: usize) -> Option<Range<usize>> {
    let v = if opens_with_fa(p.words.get(i)) {
        i
    } else if i > p.sentence.start && opens_with_fa(p.words.get(i - 1)) {
        i - 1
    } else {
        return None;
    };
    let lo = v.saturating_sub(MAX_SPEAKER + 4).max(p.sentence.start);
    let amma = (lo..v).rev().find(|&k| p.words.get(k).norm == "اما")?;
    let r = p.phrase_at(amma + 1)?;
    // A title alone (`أما القاص فيقول`) leaves the speaker to the sentences before, which
    // named them.
    let named = r.clone().any(|j| {
        p.words.get(j).mention.is_some_and(|m| {
            matches!(
                p.doc.mentions[m].kind,
                rasd_text::annotations::EntityType::Per | rasd_text::annotations::EntityType::Org
            )
        })
    });
    (named && r.start == amma + 1 && !(r.end..v).any(|j| opens(p.words, j))).then_some(r)
}

/// The phrase right after `كان` when it opens the clause that ends at `v`, within a speaker's
/// length and with nothing that opens words or punctuation between.
fn subject_after_kana(p: &Phrases<'_>, v: usize) -> Option<Range<usize>> {
    let lo = v.saturating_sub(MAX_SPEAKER + 4).max(p.sentence.start);
    let kan = (lo..v).rev().find(|&k| {
        ["كان", "كانت", "وكان", "وكانت"]
            .iter()
            .any(|x| same(&p.words.get(k).norm, x))
    })?;
    if (kan + 1..v).any(|j| opens(p.words, j) || p.words.get(j).is_punct) {
        return None;
    }
    p.phrase_at(kan + 1)
}

/// A subject before its verb at the head of the sentence is the whole noun phrase from the
/// start, when it names a person and runs without punctuation or a preposition (`منصور الرسيني
/// نائب رئيس نادي الرائد أكد أن`): [`Phrases::phrase_before`] keeps only its last words.
fn subject_from_start(p: &Phrases<'_>, r: Range<usize>) -> Range<usize> {
    // `وكان راشد الغنوشي رئيس حركة النهضة التونسية اعترف`: a person right after `كان` is
    // the subject, whatever title follows them.
    if let Some(k) = subject_after_kana(p, r.end).filter(|k| {
        k.start < r.start
            && p.words
                .get(k.start)
                .mention
                .is_some_and(|m| p.doc.mentions[m].kind == rasd_text::annotations::EntityType::Per)
    }) {
        return k;
    }
    let from = p.sentence.start;
    if r.start <= from || r.end - from > MAX_SPEAKER {
        return r;
    }
    let plain = (from..r.start).all(|j| {
        let w = p.words.get(j);
        w.is_word && !w.is_punct && !p.is_boundary(j) && w.prep.is_none() && !w.conj
    });
    let person = (from..r.end).any(|j| {
        p.words
            .get(j)
            .mention
            .is_some_and(|m| p.doc.mentions[m].kind == rasd_text::annotations::EntityType::Per)
    });
    if plain && person { from..r.end } else { r }
}

/// Whether `t` is a quotation mark of either side: the name of the one spoken to is sometimes
/// opened with a closing mark (`لـ»المدينة»`).
/// Honorifics that stand for a dignitary named before (`سموه`, `معاليه`), normalized.
const HONORIFICS: &[&str] = &[
    "سموه",
    "سموها",
    "معاليه",
    "معاليها",
    "فخامته",
    "سعادته",
    "سعادتها",
    "دولته",
    "جلالته",
    "سماحته",
    "سيادته",
    "فضيلته",
];

/// Whether a speaker's text is an honorific alone (`سموه`).
fn is_honorific(text: &str) -> bool {
    is_in_list(&normalize(text), HONORIFICS)
}

/// Whether `t` opens a name set off in quotation marks (either way round: `لـ«عكاظ»`,
/// `لـ»عكاظ»`) or parentheses (`لـ(عكاظ)`).
fn opens_name(t: &str) -> bool {
    is_mark(t) || t == "("
}

/// The token after `لـ«…»` or `لـ(…)` starting at `j` (the one spoken to: `قال لـ«الشرق
/// الأوسط»`), when the name closes within a few words.
fn past_named_addressee(p: &Phrases<'_>, j: usize) -> Option<usize> {
    let text_of = |k: usize| token_text(p, k);
    if !matches!(text_of(j), "لـ" | "ل") || !opens_name(text_of(j + 1)) {
        return None;
    }
    (j + 2..(j + MAX_GLOSS).min(p.sentence.end))
        .find(|&c| CLOSING.contains(&text_of(c)) || text_of(c) == ")")
        .map(|c| c + 1)
}

fn is_mark(t: &str) -> bool {
    OPENING.contains(&t) || CLOSING.contains(&t)
}
