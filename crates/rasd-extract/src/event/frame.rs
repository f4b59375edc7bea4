//! The frame around a trigger: whether the sentence reports an event or only speaks of one.
//!
//! News names far more attacks and protests than it reports. A word of violence is often the
//! object of a plan, a threat or a warning (`يخططون لشن هجمات`), the content of an accusation
//! (`اتهمت ... باختطاف`), a crime under investigation (`التحقيق في اغتيال`), a piece of history
//! (`اغتالته إسرائيل عام 1989`), a habit (`يخطف ويقتل`), a category (`سياسة الاغتيالات`) or a
//! metaphor (`تفجر الخلاف`). Each reading below is a general fact of Arabic news language; none
//! knows a particular event, name or place. An attempt (`محاولة اغتيال`) is no such frame: the
//! attempt happened. They return what the event's confidence loses, or
//! the modality the frame gives it.

use std::ops::Range;

use rasd_text::annotations::{EventTime, EventType, Modality, TimeModifier};
use rasd_text::{BlockRole, Document};

use super::lexicon::{self, Class};
use super::word_list::WordList;
use super::words::{Word, Words};
use crate::ner::norm::same;

/// Words that put what follows them in a plan, a threat, a warning, a fear, a call or a wish:
/// the event named after them has not happened (`هددت بشن هجمات`, `حذر من تظاهرات`,
/// `خططوا لتفجير`, `دعا الى مظاهرة`, `لمنع الاعتداءات`). Listed by the keys verbs and nouns
/// are found under (any inflection counts).
static IRREALIS: WordList = WordList::new(&[
    // plans and intentions
    "خطط",
    "تخطيط",
    "خطة",
    "مخطط",
    "اعتزم",
    "نوى",
    "نية",
    "استعد",
    "استعداد",
    "تحضير",
    "حضر",
    "سعى",
    // threats and warnings
    "هدد",
    "تهديد",
    "تهديدات",
    "توعد",
    "حذر",
    "تحذير",
    "تحذيرات",
    "لوح",
    // fears, possibility, expectation
    "خشي",
    "خشية",
    "خوف",
    "خوفا",
    "تحسب",
    "تحسبا",
    "مخاوف",
    "تخوف",
    "تكهن",
    "تكهنات",
    "امكانية",
    "احتمال",
    "رجح",
    "توقع",
    "توقعات",
    "خيار",
    // hopes, wishes, needs (`يأمل التوصل لاتفاق`, `ضرورة موافقة`, `من المتوقع أن يدخل في`)
    "امل",
    "امال",
    "تمنى",
    "تفاؤل",
    "ضرورة",
    "يجب",
    "ينبغي",
    "وجوب",
    "متوقع",
    "امكان",
    "رغبة",
    "مرجح",
    // prevention and calls
    "منع",
    "تجنب",
    "تفادي",
    "احباط",
    "اجهض",
    "احبط",
    "دعا",
    "دعوة",
    "دعوات",
    "طالب",
]);

/// Decisions and consents: the event named after them is to come (`قررت فتح مفاوضات`,
/// `وافق على الانسحاب`).
static DECISIONS: WordList =
    WordList::new(&["قرر", "قرار", "تقرر", "وافق", "موافقة", "اتفق", "عزم"]);

/// Words that make an act of violence a crime being investigated, charged or judged, or a
/// responsibility being assigned (`تهم قتل`, `التحقيق في اغتيال`, `منفذ جريمة`, `وراء خطف`):
/// the sentence speaks of the crime, it does not report it.
static LEGAL: WordList = WordList::new(&[
    "تهمة",
    "تهم",
    "متهم",
    "متهمين",
    "محاكمة",
    "المحكمة",
    "محكمة",
    "القاضي",
    "قاضي",
    "الضلوع",
    "ضلوع",
    "ضالعين",
    "ضالع",
    "تورط",
    "متورط",
    "متورطين",
    "مشتبه",
    "ادين",
    "ادانة",
    "اتهم",
    "تحقيق",
    "تحقيقات",
    "التحقيق",
    "التحقيقات",
    "المحققون",
    "المحققين",
    "محققون",
    "محققين",
    "حكم",
    "جريمة",
    "جرائم",
    "الجريمة",
    "الجرائم",
    "منفذ",
    "منفذي",
    "وراء",
]);

/// What a legal frame takes from an event's confidence.
const LEGAL_PENALTY: f32 = 0.3;

/// Beginnings of the legal words in all their forms (`جريمتي`, `المحاكمات`, `تحقيقاتها`).
const LEGAL_STEMS: &[&str] = &["جريم", "جرائم", "محاكم", "تحقيق", "محقق", "متورط", "تورط"];

/// Particles of a condition: what follows them is supposed, not reported (`لو تظاهر مليون`,
/// `إذا هاجمت`).
/// (`إن` is left out: without its vowel it is the complementizer of every report.)
static CONDITIONS: WordList = WordList::new(&["لو", "لولا", "اذا", "كلما"]);

/// Nouns that name a kind or a policy of events rather than an event (`سياسة الاغتيالات`,
/// `مسلسل التفجيرات`, `ظاهرة الخطف`, `أعمال العنف`).
static KIND_NOUNS: WordList = WordList::new(&[
    "عمليات",
    "محاولات",
    "سياسة",
    "مسلسل",
    "ظاهرة",
    "اعمال",
    "ثقافة",
    "موجة",
    "حرب",
    "اسلوب",
    "اساليب",
    "نوع",
]);

/// Words that make an earlier event a memory (`ذكرى اغتيال`, `مرور عامين على خطف`).
static MEMORY: WordList = WordList::new(&["ذكرى", "الذكرى", "مرور", "ذكراه", "تاريخ", "التاريخ"]);

/// Weapons, explosives and casualty words: what makes an explosion an attack rather than a
/// burst of anger or violence (`تفجر الخلاف`, `انفجار العنف`).
static EXPLOSIVES: WordList = WordList::new(&[
    "عبوة",
    "عبوات",
    "ناسفة",
    "ناسف",
    "مفخخة",
    "مفخخ",
    "مفخختين",
    "ملغومة",
    "قنبلة",
    "قنابل",
    "لغم",
    "الغام",
    "حزام",
    "انتحاري",
    "انتحارية",
    "متفجرات",
    "صاروخ",
    "صواريخ",
    "قذيفة",
    "قذائف",
    "سيارة",
    "شاحنة",
    "دوي",
]);

/// Beginnings of explosive words in all their forms (`ناسفتين`, `مفخختين`, `قذائف`).
const EXPLOSIVE_STEMS: &[&str] = &[
    "ناسف",
    "مفخخ",
    "ملغوم",
    "عبو",
    "قنبل",
    "صاروخ",
    "قذيف",
    "قذائف",
    "متفجر",
    "انتحاري",
];

/// Participant nouns of a protest: named alone, they are the people of a protest already
/// reported (`ورفع المتظاهرون لافتات`), as `الاجتماع` is a meeting already reported.
const PARTICIPANTS: &[&str] = &["متظاهر", "محتج", "معتصم", "مضرب"];

/// Light verbs that make a protest of a march or a crowd (`خرجوا في مسيرات`, `نظموا مسيرة`).
pub(crate) static PROTEST_LIGHT: WordList = WordList::new(&["خرج", "نظم", "شارك", "سير", "انطلق"]);

/// What the frame does to an event.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Reading {
    /// How much the confidence loses (0 when the frame is a plain report).
    pub penalty: f32,
    /// The modality the frame imposes (an irrealis governor), if any.
    pub modality: Option<Modality>,
}

/// The trigger words of one event, as [`read`] needs them.
pub(crate) struct Triggers<'a> {
    /// The anchor token and how it signals the event.
    pub anchor: (usize, Class),
    /// Every trigger token of the event.
    pub tokens: &'a [usize],
    /// The event type.
    pub kind: EventType,
    /// Whether the sentence gives counts of dead, wounded or arrested for it.
    pub counted: bool,
}

/// Reads the frame of the event whose triggers are `t` in `sentence`.
pub(crate) fn read(
    doc: &Document,
    words: &Words,
    sentence: Range<usize>,
    t: &Triggers<'_>,
    time: Option<&EventTime>,
) -> Reading {
    let (i, class) = t.anchor;
    let anchor = words.get(i);
    let mut r = Reading::default();
    let is_in = |w: &Word, list: &WordList| list.has(w);
    let keyed = |w: &Word, list: &WordList| lexicon::candidates(w).iter().any(|c| list.contains(c));
    // The clause before the anchor, up to punctuation.
    let clause = |n: usize| {
        (i.saturating_sub(n).max(sentence.start)..i)
            .rev()
            .take_while(|&j| !words.get(j).is_punct)
    };
    // A plan, a threat, a warning, a call: a noun or an imperfect verb after such a word has
    // not happened. A perfect verb reports what happened even after them (`هدد ثم هاجم`).
    let perfect = class == Class::Verb && !imperfect(anchor) || verbal_casualty_past(anchor, class);
    if !perfect
        && clause(6).any(|j| {
            let w = words.get(j);
            keyed(w, &IRREALIS) && lexicon::trigger(w).is_none_or(|tr| tr.kind != t.kind)
        })
    {
        r.modality = Some(Modality::Possible);
    }
    // A decision or a consent to do something (`قررت فتح مفاوضات`, `يوافق على الانسحاب`):
    // the noun after it is still to come.
    if !perfect
        && class != Class::Verb
        && clause(6).any(|j| {
            let w = words.get(j);
            !w.det && keyed(w, &DECISIONS) && lexicon::trigger(w).is_none_or(|tr| tr.kind != t.kind)
        })
    {
        r.modality = Some(Modality::Future);
    }
    // A condition: `لو تظاهر`, `إذا هاجمت`, `إذا لم يوافق الحوثيون في نهاية المطاف على
    // الانسحاب`: the whole clause after the particle is supposed.
    if clause(10).any(|j| is_in(words.get(j), &CONDITIONS)) {
        r.modality = Some(Modality::Possible);
    }
    // `وتتفق دراسات عديدة على ضعف`: agreeing in the present is sharing a view, not making an
    // agreement.
    if t.kind == EventType::Agree && class == Class::Verb && imperfect(anchor) && !anchor.future {
        r.penalty += 0.3;
    }
    // `اتهمت فتح حماس باختطاف`: what an accusation names is alleged. A comma may stand
    // before what it names (`اتهامات وجهها التيار للشرطة، بقتل`).
    let mut past_commas = (i.saturating_sub(8).max(sentence.start)..i)
        .rev()
        .take_while(|&j| {
            let w = words.get(j);
            !w.is_punct || matches!(w.norm.as_str(), "،" | ",")
        });
    if !perfect
        && anchor.prep == Some('ب')
        && past_commas.any(|j| keyed_lexeme(words.get(j), &["اتهم", "اتهام", "اتهامات"]))
    {
        r.modality = Some(Modality::Possible);
    }
    // The time is long before the story: history, a biography, an anniversary.
    if time.is_some_and(|tm| historic(doc, tm)) || clause(4).any(|j| is_in(words.get(j), &MEMORY)) {
        r.penalty += 0.3;
    }
    // A crime being investigated, charged, judged or assigned. Not an arrest: suspects and
    // charges are what an arrest is reported with (`اعتقلت الشرطة المشتبه بهم بتهمة`).
    if t.kind != EventType::Arrest
        && sentence.clone().any(|j| {
            let w = words.get(j);
            is_in(w, &LEGAL) || LEGAL_STEMS.iter().any(|k| w.stem.starts_with(k))
        })
    {
        r.penalty += LEGAL_PENALTY;
    }
    // A habit or a general truth: news reports what happened with a perfect verb; an imperfect
    // one without numbers is what happens, is aimed at, or would happen. Headlines are the
    // exception: they tell what happened in the present (`مسلحون يقتلون عقيدا`).
    let headline = doc.tokens.get(i).is_some_and(|tok| {
        doc.blocks
            .iter()
            .any(|b| b.role == BlockRole::Headline && b.span.contains(tok.span))
    });
    // After `قبل أن`, `بعد أن` the imperfect tells a past deed (`قبل أن يشنوا هجوما`).
    let dated = |j: usize| {
        j >= sentence.start + 2
            && same(&words.get(j - 1).norm, "ان")
            && ["قبل", "بعد", "منذ"]
                .iter()
                .any(|k| same(&words.get(j - 2).stem, k))
    };
    if matches!(class, Class::Verb | Class::Casualty)
        && imperfect(anchor)
        && !dated(i)
        && !t.counted
        && !headline
    {
        r.penalty += 0.15;
    }
    // A noun carried by an imperfect light verb takes its tense (`يشنون هجمات`, `يتعرضون
    // لعمليات اختطاف`): what they do, not what they did.
    if class != Class::Verb
        && !t.counted
        && clause(3).any(|j| {
            let w = words.get(j);
            lexicon::is_light_verb(w) && imperfect(w) && !dated(j)
        })
    {
        r.penalty += 0.15;
    }
    // `سياسة الاغتيالات`, `أعمال الخطف`: a kind of event, not one.
    if class != Class::Verb && i > sentence.start && is_in(words.get(i - 1), &KIND_NOUNS) {
        r.penalty += 0.15;
    }
    // A verb after a preposition is its verbal noun (`من خطفه`, `وراء خطف`, `في قتل`):
    // prepositions govern nouns, and a noun names the act without reporting it.
    let verb_form = class == Class::Verb || (class == Class::Weak && keyed(anchor, &GATHER));
    if verb_form
        && i > sentence.start
        && (is_in(words.get(i - 1), &PREPOSITIONS) || is_in(words.get(i - 1), &ADVERBS))
    {
        r.penalty += 0.25;
    }
    // `ضربات جوية وقصف`, `من قتل وذبح`: a bare verb form joined by `و` to an event noun
    // just before it is another verbal noun of the list (a verb would show its subject).
    if class == Class::Verb
        && anchor.conj
        && anchor.vsuff.is_empty()
        && clause(3).any(|j| {
            lexicon::trigger(words.get(j)).is_some_and(|tr| tr.class != Class::Verb)
                || (j > sentence.start
                    && lexicon::trigger(words.get(j)).is_some()
                    && is_in(words.get(j - 1), &PREPOSITIONS))
        })
    {
        r.penalty += 0.25;
    }
    let explosive =
        |w: &Word| is_in(w, &EXPLOSIVES) || EXPLOSIVE_STEMS.iter().any(|k| w.stem.starts_with(k));
    let weapon = || sentence.clone().any(|j| explosive(words.get(j)));
    // `مطلع فجر`, `فجر أمس`: dawn, not a detonation.
    if same(&anchor.stem, "فجر")
        && !anchor.conj
        && ((i > sentence.start && is_in(words.get(i - 1), &DAWN_BEFORE))
            || words.get(i + 1).in_time)
    {
        r.penalty += 0.5;
    }
    // `فجرت` read as `ف` + `جرت` ('then took place'): only a weapon makes it a detonation.
    if anchor.conj
        && anchor.norm.starts_with('ف')
        && !lexicon::candidates(anchor)
            .iter()
            .any(|k| !k.starts_with('ف') && lexicon::trigger_key(k))
        && !weapon()
    {
        r.penalty += 0.3;
    }
    // An explosion with no weapon and no victim is a figure of speech (`تفجر الخلاف`).
    if t.kind == EventType::Assault
        && intransitive_explosion(anchor)
        && !sentence.clone().any(|j| {
            let w = words.get(j);
            explosive(w) || lexicon::trigger(w).is_some_and(|tr| tr.class == Class::Casualty)
        })
    {
        r.penalty += 0.4;
    }
    // `الرنتيسي الذي اغتالته إسرائيل`, `الانفجار الذي استهدف الجيش`: Arabic gives a relative
    // pronoun only to a definite antecedent, a person or an event already known; the clause
    // says what once happened to the one or recalls the other. A new event takes a bare clause
    // (`هجوم انتحاري استهدف`).
    if class != Class::Noun && clause(2).any(|j| is_in(words.get(j), &RELATIVES)) {
        r.penalty += 0.2;
    }
    // A killing named by its noun (`إلى قتل العمال`, `محاولات قتله`, `من قتل وذبح`) with no
    // count is talk about it; the reports give the number of the dead.
    if class == Class::Casualty && !t.counted && !verbal_casualty_past(anchor, class)
        || class == Class::Casualty
            && !t.counted
            && i > sentence.start
            && is_in(words.get(i - 1), &PREPOSITIONS)
    {
        r.penalty += 0.1;
    }
    // `أدان الهجوم`, `ردا على الاغتيال`: a reaction names the event it reacts to; the report
    // of that event is elsewhere.
    if class != Class::Verb && !t.counted && clause(3).any(|j| keyed(words.get(j), &REACTIONS)) {
        r.penalty += 0.2;
    }
    // `أعلن مسؤوليته عن هجوم`, `تبنت المسؤولية عن قصف`: a claim, said about an attack.
    if class == Class::Noun && clause(4).any(|j| lexicon::is_responsibility(words.get(j))) {
        r.penalty += 0.15;
    }
    // `فيلم «اغتيال جيسي جيمس»`, `مسرحية المذبحة`: the title of a work.
    let mut k = i;
    while k > sentence.start && super::phrases::is_quote_mark(&words.get(k - 1).norm) {
        k -= 1;
    }
    if k > sentence.start && is_in(words.get(k - 1), &WORKS) {
        r.penalty += 0.5;
    }
    // The writer's own voice, outside quotation marks (`نحن`, `في رأيي`), or a question
    // (`هل`): commentary, which speaks of events rather than reporting them. Inside quotation
    // marks the first person is a witness or an official (`«فقدنا أمس خمسة من جنودنا»`).
    if !t.counted && commentary(words, &sentence) {
        r.penalty += 0.15;
    }
    if t.kind == EventType::Protest {
        r.penalty += protest(words, &sentence, t, &keyed, &is_in);
    }
    if question(words, &sentence, i) {
        r.penalty += 0.3;
    }
    if !t.counted {
        r.penalty += talk(words, &sentence, i, class, &keyed, &is_in);
        r.penalty += other_sense(doc, words, &sentence, t, &weapon, &is_in);
    }
    r
}

/// Words that make what follows them an assessment or a definition of a kind of act rather
/// than a report of one (`هو اعتداء على`, `يعد اعتداء`, `يتمثل في الاعتداء`).
static ASSESSMENT: WordList = WordList::new(&[
    "هو",
    "هي",
    "يعد",
    "تعد",
    "يعتبر",
    "تعتبر",
    "يمثل",
    "تمثل",
    "يتمثل",
    "تتمثل",
    "بمثابة",
]);

/// Verbs of becoming and counting as, after the act they judge (`أصبح دين`, `بات ظاهرة`).
static BECOME: WordList = WordList::new(&[
    "اصبح",
    "اصبحت",
    "بات",
    "باتت",
    "صار",
    "صارت",
    "يعد",
    "تعد",
    "يعتبر",
    "تعتبر",
    "يمثل",
    "تمثل",
]);

/// Whether `w` is one of a few words written in place, as its light stem or as written (the
/// longer lists are [`WordList`]s).
fn is_any(w: &Word, list: &[&str]) -> bool {
    list.iter().any(|k| same(&w.stem, k) || same(&w.norm, k))
}

/// Whether one of the keys `w` may be listed under is in `list`.
fn keyed_lexeme(w: &Word, list: &[&str]) -> bool {
    lexicon::candidates(w)
        .iter()
        .any(|c| list.iter().any(|k| same(c, k)))
}

/// Whether a trigger shows no verb suffix or pronoun of its own: a verbal noun or a bare form,
/// which can head a subject (`وقتل المصلين أصبح`), unlike `قتلوا`.
fn anchor_unmarked(w: &Word) -> bool {
    w.vsuff.is_empty() && !imperfect(w)
}

/// Words of habit: what follows them is what someone does, not what they did (`اعتادت`,
/// `عادة`, `دائما`).
static HABIT: WordList = WordList::new(&["اعتاد", "اعتادت", "عادة", "دائما", "غالبا", "ديدن"]);

/// What the sentence's manner of speaking takes from an event that has no count: an
/// assessment, a habit.
fn talk(
    words: &Words,
    sentence: &Range<usize>,
    i: usize,
    class: Class,
    keyed: &dyn Fn(&Word, &WordList) -> bool,
    is_in: &dyn Fn(&Word, &WordList) -> bool,
) -> f32 {
    let clause = |n: usize| {
        (i.saturating_sub(n).max(sentence.start)..i)
            .rev()
            .take_while(|&j| !words.get(j).is_punct)
    };
    let mut penalty = 0.0;
    // `هو اعتداء على الأفراد`, `يعد اعتداء`: a judgement about a kind of act.
    if class != Class::Verb && clause(3).any(|j| is_in(words.get(j), &ASSESSMENT)) {
        penalty += 0.3;
    }
    // `استهداف بيوت الله وقتل المصلين أصبح دين الجماعات`: the act is the subject of a
    // judgement, a kind of act rather than one.
    if anchor_unmarked(words.get(i))
        && (i + 1..(i + 8).min(sentence.end))
            .take_while(|&j| !words.get(j).is_punct)
            .any(|j| is_in(words.get(j), &BECOME))
    {
        penalty += 0.3;
    }
    // `تقوم بما اعتادت عليه من ... الاعتداء`: a habit.
    if clause(10).any(|j| keyed(words.get(j), &HABIT) || is_in(words.get(j), &HABIT)) {
        penalty += 0.2;
    }
    penalty
}

/// Whether a question mark ends the clause of token `i` (`هل السعودي قتيل؟`): a question asks,
/// it does not report, whatever numbers it names.
fn question(words: &Words, sentence: &Range<usize>, i: usize) -> bool {
    // `هل السعودي قتيل`: a question particle opening the clause, in a headline without a mark.
    let opened = (sentence.start..i)
        .rev()
        .take_while(|&j| !words.get(j).is_punct)
        .last()
        .is_some_and(|j| same(&words.get(j).stem, "هل") || same(&words.get(j).norm, "هل"));
    opened
        || (i..sentence.end)
            .map(|j| words.get(j).norm.as_str())
            .find(|n| matches!(*n, "؟" | "?" | "." | "!" | "«" | "»"))
            .is_some_and(|n| matches!(n, "؟" | "?"))
}

/// Ideas and states that words of violence aim at only as figures of speech (`الهجوم على
/// الحريات`, `يستهدف المصالحة`), listed without the feminine ending.
const ABSTRACT: &[&str] = &[
    "حري",
    "حريات",
    "حقوق",
    "ديمقراطي",
    "مصالحات",
    "مسار",
    "سيطر",
    "قيم",
    "مبادئ",
    "ثوابت",
    "دستور",
    "كرام",
    "سمع",
    "استقرار",
    "اقتصاد",
    "فكر",
    "عقول",
    "ثقاف",
    "هوي",
    // `قتل عصفورين بحجر واحد`, `قتل الوقت`: idioms.
    "عصفور",
    "عصفورين",
    "وقت",
];

/// Purposes and audiences that a plan or a programme aims at (`يستهدف مساعدة`, `تستهدف
/// فئة`): verbal nouns of doing good and names of groups of people served.
static AIMS: WordList = WordList::new(&[
    "مساعدة",
    "تحقيق",
    "تطوير",
    "زيادة",
    "رفع",
    "خفض",
    "تعزيز",
    "توفير",
    "تقديم",
    "تنمية",
    "تحسين",
    "جذب",
    "استقطاب",
    "تشجيع",
    "نشر",
    "توعية",
    "تدريب",
    "تمكين",
    "تأهيل",
    "فئة",
    "فئات",
    "شريحة",
    "شرائح",
]);

/// What a figure of speech threatens (`تهدد الأمن المجتمعي`, `يهدد صحة`).
static THREATENED: WordList = WordList::new(&["امن", "سلامة", "صحة", "مستقبل", "بقاء", "مصير"]);

/// Words after `دعا` that make it a prayer (`دعا الله`, `دعا ربه`).
static GOD: WordList = WordList::new(&["الله", "ربه", "ربها", "ربهم", "المولى", "اللهم"]);

/// Fields and places of study: `طالب` before them is a student (`طالب العلم`, `طالب الطب`).
const STUDIES: &[&str] = &[
    "العلم",
    "علم",
    "الطب",
    "الهندسة",
    "القانون",
    "الحقوق",
    "الدكتوراه",
    "الماجستير",
    "الجامعة",
    "جامعة",
    "الثانوية",
    "المدرسة",
    "الكلية",
    "كلية",
    "مدرسة",
];

/// Things that are taken back rather than forces withdrawn (`سحب الجواز`, `سحب القرعة`,
/// `سحب الأموال`, `سحب المنتج`).
const THINGS_TAKEN: &[&str] = &[
    "جواز",
    "جوازات",
    "رخصة",
    "رخص",
    "ترخيص",
    "تراخيص",
    "جنسية",
    "جنسيته",
    "جنسيتها",
    "قرعة",
    "عينات",
    "عينة",
    "اموال",
    "مبالغ",
    "مبلغ",
    "ودائع",
    "سيولة",
    "منتج",
    "منتجات",
    "دم",
    "بطاقة",
    "بطاقات",
    "عضوية",
    "ثقة",
    "مشروع",
    // `ستسحب الشركة 19943 سيارة`: a recall; `سحب الاعتراف`: recognition withdrawn.
    "سيارة",
    "سيارات",
    "مركبة",
    "مركبات",
    "اعتراف",
];

/// Words of training, normalized: what follows them with `على` is a skill.
const TRAINING: &[&str] = &[
    "مدرب",
    "مدربة",
    "مدربين",
    "مدربون",
    "تدريب",
    "تدريبات",
    "تدرب",
    "تدربوا",
    "التدرب",
    "يتدرب",
    "يتدربون",
];

/// What is snatched in a figure of speech, not abducted: attention, breath, a win, a goal, a
/// ball, a title (`خطف الأضواء`, `خطف هدف التعادل`).
static SNATCHED: WordList = WordList::new(&[
    "اضواء",
    "انظار",
    "انفاس",
    "ابصار",
    "قلوب",
    "فوز",
    "هدف",
    "كرة",
    "تعادل",
    "لقب",
    "صدارة",
    "نقاط",
    "نقطة",
    "بطاقة",
    "اعجاب",
    // `سيخطف ألبابهم`, minds.
    "الباب",
    "باب",
    "عقول",
]);

/// Words of sport: a match, a team, a player, a coach, a pitch, a goal, a muscle. Where they
/// are, `هجوم` is a line of forwards, `أصيب` an injury and `يهدد` a threat to a lead.
static SPORT: WordList = WordList::new(&[
    "مباراة",
    "مباريات",
    "مباراه",
    "دوري",
    "الدوري",
    "منتخب",
    "مدرب",
    "ملعب",
    "مرمى",
    "شوط",
    "ركلة",
    "ركلات",
    "هداف",
    "كاس",
    "نادي",
    "اولمبي",
    "تصفيات",
    "عضلة",
    "عضلات",
    "فخذ",
    "ركبة",
    "كاحل",
]);

/// Beginnings of sport words in all their forms (`لاعبي`, `اللاعبين`, `مدربه`, `بالملعب`).
const SPORT_STEMS: &[&str] = &["لاعب", "مدرب", "ملاعب", "مباري", "منتخب", "عضل", "تعادل"];

/// The legs of a tie (`لقاء الذهاب`, `لقاء الإياب`): a match, whatever else the sentence says.
static LEGS: WordList = WordList::new(&["الذهاب", "الاياب"]);

/// What receives what is not a guest (`ستستقبل فعاليات`, `يستقبل الطلبات`): hosting or
/// accepting, no meeting.
static NOT_GUESTS: WordList = WordList::new(&[
    "فعاليات",
    "فعالية",
    "طلبات",
    "طلب",
    "زوار",
    "زائرين",
    "حجاج",
    "معتمرين",
    "مرضى",
    "مراجعين",
    "بلاغات",
    "اتصالات",
    "مشاركات",
    "متقدمين",
    "متقدمات",
    "طلاب",
    "طالبات",
    "سياح",
    "مسافرين",
    "ركاب",
    "شحنات",
    "مهرجان",
]);

/// Documents a ministry or a notary attests (`صادقت الوزارة على 41389 وثيقة`): that is no
/// agreement.
/// Listed without the feminine ending, which the stem may or may not keep.
const DOCUMENTS: &[&str] = &[
    "وثيق",
    "وثائق",
    "عقد",
    "عقود",
    "صك",
    "صكوك",
    "شهاد",
    "شهادات",
    "محضر",
    "محاضر",
    // `صادق على صحة الأخبار`: confirmed them.
    "صح",
];

/// Words that open a list of tags under an article (`سمات تفجير طوارئ عسير داعش`).
static TAG_HEADERS: WordList = WordList::new(&["سمات", "وسوم", "الوسوم", "هاشتاقات", "هاشتاق"]);

/// Media the one interviewed speaks to (`أوضح لـ«واس»`, `قال للصحيفة`).
static MEDIA: WordList = WordList::new(&[
    "وكالة",
    "صحيفة",
    "جريدة",
    "قناة",
    "واس",
    "صحفيين",
    "مراسل",
    "مجلة",
    "تلفزيون",
    "اذاعة",
]);

/// Where words are published: an attack there is made of words (`هجوم على تويتر`). Not the
/// press or the media at large, which report attacks of every kind.
static PUBLISHED_IN: WordList = WordList::new(&[
    "انترنت",
    "التواصل",
    "تويتر",
    "فيسبوك",
    "تغريدة",
    "تغريدات",
    "مقال",
    "مقالة",
    "مقالات",
]);

/// Words after `لقاء` that make it an interview (`لقاء صحفي`, `لقاء تلفزيوني`).
static INTERVIEW: WordList = WordList::new(&[
    "صحفي",
    "صحافي",
    "تلفزيوني",
    "تلفازي",
    "اذاعي",
    "متلفز",
    "اعلامي",
]);

/// What another sense of the trigger takes from its confidence: a name, a tag, sport, hosting,
/// an interview, notarising.
fn other_sense(
    doc: &Document,
    words: &Words,
    sentence: &Range<usize>,
    t: &Triggers<'_>,
    weapon: &dyn Fn() -> bool,
    is_in: &dyn Fn(&Word, &WordList) -> bool,
) -> f32 {
    let (i, class) = t.anchor;
    let anchor = words.get(i);
    let after =
        |n: usize| (i + 1..(i + 1 + n).min(sentence.end)).take_while(|&j| !words.get(j).is_punct);
    let mut penalty = 0.0;
    // `محمد صادق إسماعيل`, `سعيد قاتل`: a word of a person's name is no trigger.
    if anchor
        .mention
        .and_then(|m| doc.mentions.get(m))
        .is_some_and(|m| m.kind == rasd_text::annotations::EntityType::Per)
    {
        penalty += 0.6;
    }
    // Nor is a word inside the name of a group, a place or an event (`مليشيا «فجر ليبيا»`,
    // `قوات الدعم السريع`): the name was given once, it reports nothing now.
    if anchor
        .mention
        .and_then(|m| doc.mentions.get(m))
        .is_some_and(|m| m.kind != rasd_text::annotations::EntityType::Per && m.name.contains(' '))
    {
        penalty += 0.6;
    }
    // A list of tags names topics; it reports nothing.
    let first = (sentence.start..sentence.end).find(|&j| words.get(j).is_word);
    if first.is_some_and(|j| is_in(words.get(j), &TAG_HEADERS))
        || (i > sentence.start && words.get(i - 1).norm == "#")
    {
        penalty += 0.6;
    }
    // `الهجوم على الحريات`, `يستهدف المصالحة`, `تستهدف السيطرة على`: what is attacked or aimed
    // at is an idea, not a body or a place.
    if matches!(t.kind, EventType::Assault | EventType::Threaten) && !weapon() {
        let mut k = i + 1;
        while k < sentence.end && k < i + 3 && is_any(words.get(k), &["على", "ضد"]) {
            k += 1;
        }
        let w = words.get(k);
        let bare = w.stem.trim_end_matches(['ة', 'ه']);
        let threat = t.kind == EventType::Threaten && is_in(w, &THREATENED);
        if k < sentence.end
            && (ABSTRACT.iter().any(|a| same(bare, a) || same(&w.stem, a)) || threat)
        {
            penalty += 0.5;
        }
    }
    // `تعرض لهجوم على مواقع التواصل`, `هاجمه في مقال`: an attack in words, where it was
    // published.
    if t.kind == EventType::Assault
        && !weapon()
        && !t.counted
        && (i + 1..(i + 9).min(sentence.end))
            .take_while(|&j| !words.get(j).is_punct)
            .any(|j| is_in(words.get(j), &PUBLISHED_IN))
    {
        penalty += 0.5;
    }
    // `ويستهدف الصندوق مساعدة الدول`, `يستهدف البرنامج فئة الشباب`: to aim at a purpose or an
    // audience, not to attack.
    if t.kind == EventType::Assault
        && !weapon()
        && (i + 1..(i + 4).min(sentence.end))
            .take_while(|&j| !words.get(j).is_punct)
            .any(|j| is_in(words.get(j), &AIMS))
    {
        penalty += 0.5;
    }
    // `حملة التوقيفات التي استهدفت عناصر`, `أوقفت 251 شخصا في إطار حملة استهدفت أفرادا`: a
    // campaign of arrests aims at its suspects; a military or air campaign attacks.
    if t.kind == EventType::Assault && class == Class::Verb && keyed_lexeme(anchor, &["استهدف"])
    {
        let before: Vec<usize> = (i.saturating_sub(4).max(sentence.start)..i)
            .rev()
            .take_while(|&j| !words.get(j).is_punct)
            .collect();
        let arrest = |j: usize| {
            let w = words.get(j);
            w.trigger.is_some_and(|t| t.kind == EventType::Arrest) || is_any(w, &["امنية"])
        };
        let campaign = before
            .iter()
            .any(|&j| is_any(words.get(j), &["حملة", "حملات"]));
        let military = before
            .iter()
            .any(|&j| is_any(words.get(j), &["عسكرية", "جوية"]));
        if campaign && !military && (sentence.start..sentence.end).any(arrest) {
            penalty += 0.5;
        }
    }
    // `قبل يومين من اغتياله`, `بعد ساعات من الهجوم`: the event is the point a time is counted
    // from; it was reported before, as its article or pronoun says (`بعد شهر من هجوم مماثل
    // شنته` introduces one).
    if class != Class::Verb
        && (anchor.det || anchor.pron)
        && i > sentence.start
        && is_any(words.get(i - 1), &["من"])
        && (i.saturating_sub(5).max(sentence.start)..i - 1)
            .any(|j| is_any(words.get(j), &["قبل", "بعد", "عقب"]))
    {
        penalty += 0.2;
    }
    // Sport is not violence: `خط الهجوم`, `أصيب في عضلات الفخذ`, `ميسي يهدد`.
    let sport = |w: &Word| is_in(w, &SPORT) || SPORT_STEMS.iter().any(|k| w.stem.starts_with(k));
    if matches!(t.kind, EventType::Assault | EventType::Threaten)
        && (sentence.start..sentence.end).any(|j| sport(words.get(j)))
        && !weapon()
    {
        penalty += 0.45;
    }
    // `اللقاء الذي جمعهما على ملعب`: a match is a meeting only in name.
    if t.kind == EventType::Meet
        && class != Class::Verb
        && keyed_lexeme(anchor, &["لقاء", "لقاءات", "قمة"])
        && ((sentence.start..sentence.end).any(|j| sport(words.get(j)))
            || (i + 1 < sentence.end && is_in(words.get(i + 1), &LEGS)))
    {
        penalty += 0.5;
    }
    // `الفريق سيلتقي اليوم أحد منافسيه` among players: teams meet on a pitch. (`الفريق` is
    // also a general's rank, hence the words of sport.)
    if t.kind == EventType::Meet
        && class == Class::Verb
        && keyed_lexeme(anchor, &["التقى", "التقي", "يلتقي"])
        && (i.saturating_sub(3).max(sentence.start)..(i + 4).min(sentence.end)).any(|j| {
            let w = words.get(j);
            ["فريق", "منتخب", "منافس"]
                .iter()
                .any(|k| w.stem.starts_with(k))
        })
        && (sentence.start..sentence.end).any(|j| sport(words.get(j)))
    {
        penalty += 0.5;
    }
    if t.kind == EventType::Meet {
        // `ستستقبل فعاليات`, `تستقبل الطلبات`: hosting or accepting.
        if class == Class::Verb && after(3).any(|j| is_in(words.get(j), &NOT_GUESTS)) {
            penalty += 0.5;
        }
        // `في لقاء صحفي`, `في لقاء مع X ... أوضح لـ«واس»`: an interview.
        let noun = class != Class::Verb;
        let to_media = (i + 1..sentence.end).any(|j| {
            let w = words.get(j);
            let bare = matches!(w.norm.as_str(), "ل" | "لـ");
            (w.prep == Some('ل') && is_in(w, &MEDIA))
                || (bare
                    && j + 1 < sentence.end
                    && super::phrases::is_quote_mark(&words.get(j + 1).norm))
        });
        if noun && (after(2).any(|j| is_in(words.get(j), &INTERVIEW)) || to_media) {
            penalty += 0.4;
        }
    }
    let next = |n: usize, list: &[&str]| after(n).any(|j| is_any(words.get(j), list));
    // `ودعا الله أن ينتقم`, `ودعا سمو الأمير ... المولى أن يحمي`: a prayer, not a demand;
    // `مما دعا المدرب لتغييره`: what led someone to act; `طالب العلم`: a student of a field.
    let led_to = i > sentence.start && matches!(words.get(i - 1).norm.as_str(), "ما" | "مما");
    // God is named after the one who prays, before any `إلى` of a call, and not inside a
    // name (`حزب الله`).
    let prays = after(10)
        .take_while(|&j| !is_any(words.get(j), &["الى"]))
        .any(|j| is_in(words.get(j), &GOD) && !is_any(words.get(j - 1), &["حزب", "عبد"]));
    if t.kind == EventType::Demand
        && ((keyed_lexeme(anchor, &["دعا"]) && (prays || led_to))
            || (anchor.vsuff.is_empty() && keyed_lexeme(anchor, &["طالب"]) && next(1, STUDIES)))
    {
        penalty += 0.6;
    }
    // `سحبت منه جواز سفره`, `سحب القرعة`, `سحب الأموال`: taking back a thing, not forces.
    if t.kind == EventType::Withdraw && keyed_lexeme(anchor, &["سحب"]) && next(4, THINGS_TAKEN) {
        penalty += 0.6;
    }
    // `قوات مدربة على حرب العصابات واقتحام الحصون`, `تدريبات على إطلاق النار`: a skill
    // trained for, not a deed.
    let trained = (i.saturating_sub(6).max(sentence.start)..i)
        .rev()
        .take_while(|&j| !words.get(j).is_punct)
        .any(|j| {
            let w = words.get(j);
            let lexeme = w.lemma.as_deref().unwrap_or(&w.stem);
            TRAINING.iter().any(|k| same(lexeme, k) || same(&w.stem, k))
                && j + 1 < i
                && is_any(words.get(j + 1), &["على"])
        });
    if matches!(t.kind, EventType::Assault | EventType::Arrest) && trained {
        penalty += 0.5;
    }
    // `خطف الأضواء`, `يخطف الأنفاس`, `خطف فوزاً متأخراً`, `ليخطف الكرة`: attention, a win or
    // a ball is snatched, nobody is abducted.
    // The accusative `فوزا` keeps its alef on the stem.
    let snatched = after(4).any(|j| {
        let w = words.get(j);
        // `ألبابهم`: the possessive may stay on the stem.
        let owned = ["هم", "ها", "هن", "ه"]
            .iter()
            .find_map(|x| w.stem.strip_suffix(x))
            .filter(|rest| rest.chars().count() >= 3);
        is_in(w, &SNATCHED)
            || owned.is_some_and(|rest| SNATCHED.iter().any(|k| same(rest, k)))
            || (w.accusative
                && SNATCHED
                    .iter()
                    .any(|k| same(w.stem.trim_end_matches('ا'), k)))
    });
    if t.kind == EventType::Assault && keyed_lexeme(anchor, &["خطف"]) && snatched {
        penalty += 0.6;
    }
    // `صادقت وزارة العدل على 41389 وثيقة`: notarising documents.
    if t.kind == EventType::Agree
        && lexicon::candidates(anchor)
            .iter()
            .any(|k| same(k, "صادق") || same(k, "مصادقة"))
        && (i + 1..(i + 8).min(sentence.end)).any(|j| {
            let w = words.get(j);
            let bare = w.stem.trim_end_matches(['ة', 'ه']);
            DOCUMENTS.iter().any(|d| same(bare, d))
        })
    {
        penalty += 0.6;
    }
    penalty
}

/// Words before `فجر` that make it the dawn (`مطلع فجر`, `عند فجر`).
static DAWN_BEFORE: WordList = WordList::new(&[
    "مطلع", "عند", "في", "منذ", "قبل", "بعد", "حتى", "مع", "فجر", "صلاة",
]);

/// Verbs and nouns of reacting to an event: condemning, deploring, answering, commenting.
static REACTIONS: WordList = WordList::new(&[
    "ادان",
    "ادانة",
    "ندد",
    "تنديد",
    "استنكر",
    "استنكار",
    "شجب",
    "رد",
    "ردا",
    "علق",
    "تعليق",
]);

/// Verbs of gathering: a protest when protesters gather.
static GATHER: WordList = WordList::new(&["تجمع", "احتشد", "تجمهر"]);

/// Nouns of works whose title follows them.
static WORKS: WordList = WordList::new(&[
    "فيلم",
    "كتاب",
    "رواية",
    "مسرحية",
    "مسلسل",
    "برنامج",
    "اغنية",
    "قصيدة",
    "بعنوان",
    "عنوان",
    "لعبة",
]);

/// Words of the writer's own voice and of questions.
static COMMENTARY: WordList = WordList::new(&[
    "نحن",
    "انا",
    "أنا",
    "اننا",
    "إننا",
    "رأيي",
    "أظن",
    "اظن",
    "أعتقد",
    "اعتقد",
    "نعتقد",
    "هل",
]);

/// Whether a commentary word stands outside quotation marks in the sentence.
fn commentary(words: &Words, sentence: &Range<usize>) -> bool {
    let mut quoted = false;
    for j in sentence.clone() {
        let w = words.get(j);
        match w.norm.as_str() {
            "«" => quoted = true,
            "»" => quoted = false,
            "\"" => quoted = !quoted,
            _ if !quoted && COMMENTARY.contains(&w.norm) => return true,
            _ => {}
        }
    }
    false
}

/// Relative pronouns.
static RELATIVES: WordList =
    WordList::new(&["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"]);

/// Adverbs and prepositional nouns that govern a noun (`وراء خطف`, `بسبب خطف`, `بعد اغتيال`).
static ADVERBS: WordList = WordList::new(&[
    "وراء",
    "بعد",
    "قبل",
    "بسبب",
    "جراء",
    "اثر",
    "عقب",
    "منذ",
    "خلال",
    "اثناء",
    "ضد",
]);

/// Prepositions that make the word after them a noun.
static PREPOSITIONS: WordList =
    WordList::new(&["الى", "إلى", "في", "عن", "من", "على", "حول", "بشأن"]);

/// What a protest's frame takes from its confidence (negative: what it adds).
fn protest(
    words: &Words,
    sentence: &Range<usize>,
    t: &Triggers<'_>,
    keyed: &dyn Fn(&Word, &WordList) -> bool,
    is_in: &dyn Fn(&Word, &WordList) -> bool,
) -> f32 {
    let (i, _) = t.anchor;
    let anchor = words.get(i);
    let mut penalty = 0.0;
    // `احتجت مصر رسميا لدى إيران`, `مذكرة احتجاج`: a government's protest is a diplomatic
    // objection, not people in the street.
    let diplomatic = keyed_lexeme(anchor, &["احتج", "احتجاج"])
        && ((i + 1..(i + 4).min(sentence.end))
            .any(|k| is_any(words.get(k), &["لدى", "رسميا", "رسمي", "رسمية"]))
            || i > sentence.start && is_any(words.get(i - 1), &["مذكرة", "رسالة"]));
    if diplomatic {
        penalty += 0.4;
    }
    // `أعلنت حدادا احتجاجا على`: `احتجاجا` says why something else was done.
    // The indefinite accusative shows in its alif even when no case ending was segmented.
    let why = |j: usize| {
        let w = words.get(j);
        (w.accusative || (!w.det && w.prep.is_none() && w.norm.ends_with('ا')))
            && keyed_lexeme(w, &["احتجاج"])
    };
    if why(i)
        && t.tokens
            .iter()
            .all(|&j| j == i || why(j) || participant(words.get(j)))
    {
        penalty += 0.2;
    }
    // Protesters alone, doing something else (`ورفع المتظاهرون لافتات`): details of a protest
    // reported before, as `الاجتماع` is a meeting reported before; unless they went out
    // (`خرجوا متظاهرين`) or gathered (`تجمع المتظاهرون`).
    let went_out = sentence
        .clone()
        .any(|j| keyed(words.get(j), &PROTEST_LIGHT) && !words.get(j).det);
    if !went_out
        && t.tokens.iter().all(|&j| {
            let w = words.get(j);
            participant(w) || keyed_lexeme(w, &["هتف"])
        })
    {
        penalty += 0.2;
    }
    // Going out or organizing: `خرجوا في مسيرات`, `نظموا مظاهرة`, `خرجوا متظاهرين`; or
    // protesters gathering (`وتجمع المتظاهرون`, `احتشدوا ... مع المتظاهرين`).
    // Before the anchor, or a past verb of going out before another word of the event:
    // `خرج الآلاف في مسيرة ... للاحتجاج` went out in the march (not `يخرج`, `تنظيم`: a
    // habit or a call).
    let went_past = |j: usize| {
        let w = words.get(j);
        !imperfect(w) && PROTEST_LIGHT.contains(without_person_suffix(w))
    };
    let went = t.tokens.iter().any(|&k| {
        (k.saturating_sub(5).max(sentence.start)..k)
            .rev()
            .take_while(|&j| !words.get(j).is_punct)
            .any(|j| {
                !words.get(j).det && keyed(words.get(j), &PROTEST_LIGHT) && (k == i || went_past(j))
            })
    });
    let gathered = keyed(anchor, &GATHER)
        && !anchor.det
        && (t.tokens.iter().any(|&j| participant(words.get(j)))
            || sentence
                .clone()
                .any(|j| lexicon::is_protest_cue(words.get(j))));
    if went || gathered {
        penalty -= 0.15;
    }
    // `تظاهرت بأنني نائمة`, `يتظاهر بالمرض`: to pretend, not to demonstrate.
    let next = words.get(i + 1);
    let pretends = keyed_lexeme(anchor, &["تظاهر"])
        && !anchor.det
        && i + 1 < sentence.end
        && (next.norm.starts_with("بان") || (next.prep == Some('ب') && is_in(next, &FEIGNED)));
    // `تظاهرة اجتماعية واحتفالية`, `تظاهرة ثقافية`: a festival or a show.
    let festive = keyed_lexeme(anchor, &["تظاهرة"])
        && (i + 1..(i + 4).min(sentence.end))
            .take_while(|&j| !words.get(j).is_punct)
            .any(|j| is_in(words.get(j), &FESTIVE));
    if pretends || festive {
        penalty += 0.6;
    }
    penalty
}

/// States one pretends to be in after `تظاهر ب` (`يتظاهر بالمرض`), normalized stems.
static FEIGNED: WordList = WordList::new(&[
    "مرض",
    "نوم",
    "اصابة",
    "جنون",
    "موت",
    "عمى",
    "صمم",
    "جهل",
    "سعادة",
    "حزن",
    "غباء",
    "ضعف",
    "قوة",
    "عجز",
    "اغماء",
]);

/// Adjectives of a `تظاهرة` that is a festival or a show, not a protest, normalized.
static FESTIVE: WordList = WordList::new(&[
    "احتفالية",
    "ثقافية",
    "فنية",
    "رياضية",
    "اجتماعية",
    "سياحية",
    "علمية",
    "تراثية",
    "ترفيهية",
    "اقتصادية",
    "تجارية",
    "ادبية",
    "سينمائية",
    "موسيقية",
]);

/// Whether a word names a protest's participants (`المتظاهرون`, `محتجين`).
pub(crate) fn participant(w: &Word) -> bool {
    PARTICIPANTS.iter().any(|p| w.stem.starts_with(p))
}

/// Whether a word is an imperfect verb (`يستهدف`, `تفجر`, `نقتل`): its stem begins with a
/// prefix of the imperfect that the listed key lacks.
pub(crate) fn imperfect(w: &Word) -> bool {
    if w.det || w.prep.is_some() {
        return false;
    }
    let mut chars = w.stem.chars();
    let Some(first @ ('ي' | 'ت' | 'ن')) = chars.next() else {
        return false;
    };
    // `تظاهر`, `تجمع`, `تبرع` begin with `ت` in the past too, and so does the light verb
    // `تعرض`: only a key that drops the prefix makes it imperfect. The past keeps its person
    // suffix on the stem (`تعرضت`, `تظاهروا`): the verb without it is looked up too.
    let rest: String = chars.collect();
    let listed = |k: &str| lexicon::trigger_key(k) || lexicon::light_key(k);
    let own = listed(&w.stem)
        || (!w.vsuff.is_empty() && listed(without_person_suffix(w)))
        || (first == 'ت' && listed(&w.norm));
    !own && lexicon::candidates(w)
        .iter()
        .any(|k| k.ends_with(rest.as_str()) && k.chars().count() <= rest.chars().count() + 1)
}

/// The stem of a verb without its person suffix (`تظاهر` for `تظاهروا`).
fn without_person_suffix(w: &Word) -> &str {
    w.stem.strip_suffix(w.vsuff.as_str()).unwrap_or(&w.stem)
}

/// Whether a casualty word is a perfect verb (`قتل`, `أصيب`): not a noun by form.
fn verbal_casualty_past(w: &Word, class: Class) -> bool {
    class == Class::Casualty
        && !w.det
        && w.prep.is_none()
        && !w.stem.starts_with('م')
        && !imperfect(w)
}

/// Whether a word is an intransitive explosion (`انفجر`, `تفجر`, `انفجار`, `انفجارات`), which
/// may be of anger or violence; `فجّر`/`تفجير` (someone detonated something) are not.
fn intransitive_explosion(w: &Word) -> bool {
    ["انفجر", "انفجار", "تفجر", "يتفجر", "ينفجر"]
        .iter()
        .any(|k| w.stem.starts_with(k))
        && !w.stem.starts_with("تفجير")
}

/// Whether an event's time lies more than a year before the story's reference date.
fn historic(doc: &Document, time: &EventTime) -> bool {
    let (Some(value), Some(reference)) = (time.value.as_deref(), doc.meta.reference_date.as_ref())
    else {
        return false;
    };
    // `منذ بداية العام الماضي`: a period that runs up to the story is not history.
    if let Some(expr) = doc.times.get(time.time) {
        let since = matches!(
            expr.modifier,
            Some(TimeModifier::Since | TimeModifier::After)
        );
        let open = expr.to.as_deref().and_then(|to| months(to, 12)) >= months(&reference.date, 1);
        if since || open {
            return false;
        }
    }
    let (Some(then), Some(now)) = (months(value, 12), months(&reference.date, 1)) else {
        return false;
    };
    now > then + 12
}

/// `YYYY-MM…` as a count of months; a bare year counts as the month `default` of that year.
fn months(value: &str, default: u32) -> Option<u32> {
    let year: u32 = value.get(..4)?.parse().ok()?;
    let month = value
        .get(5..7)
        .and_then(|m| m.parse::<u32>().ok())
        .filter(|m| (1..=12).contains(m))
        .unwrap_or(default);
    Some(year * 12 + month)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(form: &str) -> Word {
        let mut w = super::super::words::Form {
            norm: crate::ner::norm::normalize(form),
            stem: crate::ner::norm::normalize(form),
            is_word: true,
            ..Default::default()
        };
        lexicon::annotate(&mut w);
        Word::of(w)
    }

    #[test]
    fn imperfect_verbs_are_told_from_perfect_ones() {
        for form in ["يستهدف", "تستهدف", "يقتل", "يخطف"] {
            assert!(imperfect(&word(form)), "{form}");
        }
        // `تظاهر` and `تجمع` begin with `ت` in the past too.
        for form in ["استهدف", "قتل", "تظاهر", "تجمع", "هاجم", "تعرض"] {
            assert!(!imperfect(&word(form)), "{form}");
        }
        // The past with its person suffix is no imperfect either; the imperfect of the same
        // verbs is.
        for (form, suffix) in [
            ("تعرضت", "ت"),
            ("تعرضوا", "وا"),
            ("تظاهروا", "وا"),
            ("تجمعوا", "وا"),
        ] {
            let mut w = word(form);
            std::sync::Arc::make_mut(&mut w.form).vsuff = suffix.to_owned();
            assert!(!imperfect(&w), "{form}");
        }
        for form in ["تتعرض", "يتعرضون", "يتظاهرون"] {
            assert!(imperfect(&word(form)), "{form}");
        }
    }

    #[test]
    fn explosions_of_anger_are_intransitive_explosions() {
        assert!(intransitive_explosion(&word("انفجار")));
        assert!(intransitive_explosion(&word("تفجر")));
        assert!(!intransitive_explosion(&word("تفجير")));
    }

    #[test]
    fn months_of_dates_and_years() {
        assert_eq!(months("2004", 12), Some(2004 * 12 + 12));
        assert_eq!(months("2004-04-17", 12), Some(2004 * 12 + 4));
        assert_eq!(months("x", 12), None);
    }
}
