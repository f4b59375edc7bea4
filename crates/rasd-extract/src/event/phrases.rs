//! Finding the parties of an event or the speaker of a quote: short noun phrases next to a
//! verb or a noun, preferring the article's named entities.
//!
//! Arabic news puts the subject after the verb (`اعلنت بغداد`), or before it when the verb shows
//! a plural or dual subject (`مجهولين خطفوا`); the object follows the subject; a noun's agent or
//! patient follows it in construct (`اغتيال عماد مغنية`); a preposition introduces the others
//! (`على مواقع`, `مع الرئيس`). Without a parser, a phrase here is a run of at most
//! [`MAX_PHRASE`] words that stops at punctuation, prepositions and function words, and a named
//! entity inside it gives it its identity.

use std::ops::Range;
use std::sync::LazyLock;

use rasd_text::annotations::Argument;
use rasd_text::segment::SegmentKind;
use rasd_text::{Document, Span};
use rustc_hash::FxHashSet;

use super::word_list::WordList;
use super::words::Words;
use crate::ner::norm::{normalize, same};

/// The longest phrase taken as one party, in words.
pub(crate) const MAX_PHRASE: usize = 5;

/// Prepositions written as separate words: a phrase never runs across one.
const PREPOSITIONS: &[&str] = &[
    "في",
    "على",
    "الى",
    "إلى",
    "من",
    "عن",
    "مع",
    "ضد",
    "لدى",
    "خلال",
    "بعد",
    "قبل",
    "منذ",
    "حتى",
    "عند",
    "بين",
    "ضمن",
    "عبر",
    "اثر",
    "إثر",
    "جراء",
    "بسبب",
    "أمام",
    "امام",
    "قرب",
    "داخل",
    "خارج",
    "حول",
    "بحق",
    "تجاه",
    "نحو",
    "لصالح",
    "بحلول",
    "حيال",
    "إزاء",
    "ازاء",
    "دون",
    "أثناء",
    "اثناء",
    "عقب",
    // A preposition and a noun that work as one (`بمناسبة العيد`, `بهدف`, `بقيادة`): what
    // follows is the occasion, the aim or the leader, never the party of a `ب` verb.
    "بمناسبة",
    "بهدف",
    "بشأن",
    "بخصوص",
    "بحجة",
    "بدعوى",
    "بغية",
    "بالتعاون",
    "بقيادة",
    "برئاسة",
    "بحضور",
    "بمشاركة",
];

/// Whether `w` is a preposition written as a word (`في`, `خلال`, `جراء`).
pub(crate) fn is_preposition_word(w: &super::words::Word) -> bool {
    PREPS.contains(&w.norm)
}

/// Whether `w` is a function word that ends a phrase (a relative, a particle, a pronoun),
/// alone or after `و`/`ف` (`فقد`).
pub(crate) fn is_function_word(w: &super::words::Word) -> bool {
    FUNCTIONS.contains(&w.norm) || (w.conj && FUNCTIONS.contains(&w.stem))
}

/// `أن`/`إن` ("that"), alone or with a singular pronoun, normalized: they open a clause.
pub(crate) const THAT: &[&str] = &["ان", "انه", "انها"];

/// Function words besides [`THAT`] that end a phrase (conjunctions, particles, pronouns,
/// relatives).
const FUNCTION_WORDS: &[&str] = &[
    // `أما الطرف الآخر فلم يعلم`: "as for" opens a new topic.
    "اما",
    // `ما زالت المراصد تشير`: `زال`, "to cease", opens a clause before its subject.
    "زال",
    "زالت",
    "يزال",
    "تزال",
    "مازال",
    "مازالت",
    // `كونه قتل ضابطا`: "his being", whose pronoun is the subject of what follows.
    "كونه",
    "كونها",
    "كونهم",
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "حيث",
    "ما",
    "مما",
    "كما",
    "لكن",
    "لكن",
    "بل",
    "او",
    "أو",
    "ثم",
    "قد",
    "لقد",
    "لم",
    "لن",
    "لا",
    "ليس",
    "هو",
    "هي",
    "هم",
    "هما",
    "ذلك",
    "هذا",
    "هذه",
    "تلك",
    "هناك",
    "كان",
    "كانت",
    "كانوا",
    "اي",
    "أي",
    "عندما",
    "حين",
    "بعدما",
    "حينما",
    "كلما",
    "طالما",
    "مثلما",
    "ريثما",
    "بينما",
    "فيما",
    "اذ",
    "إذ",
    "اذا",
    "إذا",
    "و",
    "يوم",
    "ايضا",
    "أيضا",
    "بأن",
    "بان",
    "لأن",
    "لان",
    "كي",
    "لكي",
    "سوف",
    "مساء",
    "صباح",
];

/// Adverbs and fillers skipped between a verb and its subject (`اعلنت بغداد رسميا`).
const SKIPPED: &[&str] = &[
    "رسميا",
    "امس",
    "أمس",
    "اليوم",
    "مجددا",
    "كذلك",
    "بدوره",
    "بدورها",
    "بدورهم",
    "ايضا",
    "أيضا",
    "اخيرا",
    "أخيرا",
    "فعلا",
    "حاليا",
    "مؤخرا",
    "سابقا",
    "مرة",
    "اخرى",
    "أخرى",
    "قد",
    "لقد",
    "مباشرة",
    "فورا",
    "آنذاك",
    "انذاك",
    "هكذا",
    "حينها",
    "حينذاك",
    "وقتها",
    // (Not `بعده`, which normalizes as `بعدة` does: `بعدة طعنات`.)
    "بعدها",
    "عندها",
    // `استنكرت باكستان بشدة الهجوم`: how strongly.
    "بشدة",
    "بقوة",
    // `استهدفت خصوصا مقر اللواء`, `يشن التمرد يوميا هجمات`: which in particular, how often.
    "خصوصا",
    "تحديدا",
    "يوميا",
    "عندئذ",
    "حينئذ",
];

/// Adverbs of time written as two words (`فيما بعد`, `بعد ذلك`), normalized.
const TWO_WORD_ADVERBS: &[(&str, &str)] = &[("فيما", "بعد"), ("بعد", "ذلك"), ("قبل", "ذلك")];

/// Words after `من` that make an aside (`من جهتها`, `من ناحيته`).
const ASIDES: &[&str] = &[
    "جهته",
    "جهتها",
    "جهتهم",
    "ناحيته",
    "ناحيتها",
    "جانبه",
    "جانبها",
    "جانبهم",
];

/// Nouns that, after a preposition, make a discourse aside that opens a clause (`من جهة
/// أخرى`, `في سياق متصل`, `على صعيد آخر`, `في غضون ذلك`), normalized stems.
const ASIDE_HEADS: &[&str] = &[
    "جهة",
    "ناحية",
    "جانب",
    "سياق",
    "صعيد",
    "اطار",
    "غضون",
    "اثناء",
    "مقابل",
];

/// Words that complete such an aside (`أخرى`, `ثانية`, `متصل`, `ذلك`), normalized.
const ASIDE_TAILS: &[&str] = &[
    "اخرى",
    "ثانية",
    "اخر",
    "ثان",
    "متصل",
    "منفصل",
    "مواز",
    "ذلك",
    "ذاته",
    "نفسه",
];

/// Words that, after a preposition and a noun, turn to another matter (`من جهة أخرى`, `على
/// صعيد آخر`, `وفي حادث منفصل`).
const OTHER_MATTER: &[&str] = &["اخرى", "اخر", "ثانية", "ثان", "منفصل", "منفصلة"];

/// Prepositions that open an aside, normalized.
const ASIDE_PREPS: &[&str] = &["من", "في", "على"];

/// Nouns of an area people live in, normalized: a name after them is a place (`مدينة`). An
/// attack happens in or near an area but is not made on it (`قرب المدينة`).
pub(crate) const AREA_NOUNS: &[&str] = &[
    "مدينة",
    "محافظة",
    "بلدة",
    "قرية",
    "منطقة",
    "عاصمة",
    "حي",
    "ولاية",
    "اقليم",
    "ضواحي",
    "اطراف",
];

/// Whether a punctuation token is a quotation mark.
pub(crate) fn is_quote_mark(t: &str) -> bool {
    matches!(t, "«" | "»" | "\"" | "“" | "”" | "„" | "'")
}

/// A normalized word set.
fn set(words: &[&str]) -> FxHashSet<String> {
    words.iter().map(|w| normalize(w)).collect()
}

/// `كان` after a noun (normalized): it opens a clause of its own whose prepositions are not
/// the main verb's (`سيارة كان على متنها`). A relative pronoun does not end the search, as its
/// clause may close before the main verb's preposition (`تنسب الهجمات التي لم تتبنها أي جهة
/// إلى`).
const CLAUSE_OPENERS: &[&str] = &["كان", "كانت", "كانوا"];

/// Heads that name a person's kin, followers or fighters (`أنصار القذافي`, `نجل الرئيس`),
/// normalized stems: the phrase is a group of its own, not the person named after it.
const PEOPLE_OF: &[&str] = &[
    "انصار",
    "مؤيدي",
    "مؤيدو",
    "اتباع",
    "عائلة",
    "اسرة",
    "اقارب",
    "ابناء",
    "نجل",
    "ابن",
    "ابنة",
    "شقيق",
    "شقيقة",
    "زوجة",
    "ارملة",
    "والد",
    "والدة",
    "صهر",
    "حفيد",
    "ميليشيات",
    "مليشيات",
    "ميليشيا",
    "مليشيا",
    "مسلحي",
    "مسلحو",
    "مقاتلي",
    "مقاتلو",
];

/// Nouns that make a compound preposition with the one before them (`على خلفية`, `على هامش`,
/// `على مدى`, `على صعيد`), normalized stems.
const LOCUTION_NOUNS: &[&str] = &[
    "خلفية",
    "هامش",
    "مدار",
    "مدى",
    "طول",
    "صعيد",
    "مستوى",
    "غرار",
    "أساس",
    "رأس",
    "وقع",
    // `لليوم الثالث على التوالي`, `على الأقل`: consecutively, at least.
    "توالي",
    "أقل",
];

/// Heads that take a noun in construct: superlatives, quantifiers, series.
static CONSTRUCT_HEADS: WordList = WordList::new(&[
    "أحدث",
    "آخر",
    "اخر",
    "أول",
    "اول",
    "أكبر",
    "أعنف",
    "أخطر",
    "أبرز",
    "أكثر",
    "جميع",
    "كل",
    "بعض",
    "معظم",
    "عدد",
    "سلسلة",
    "موجة",
    "ثاني",
    "ثالث",
]);

/// Particles that only a verb follows (normalized stems: `لقد` is `ل` and `قد`).
const VERB_PARTICLES: [&str; 4] = ["قد", "لم", "لن", "سوف"];

/// Person titles, by their stem (`الرئيس` → `رئيس`).
static TITLES: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    crate::ner::gazetteer::PERSON_TRIGGERS
        .iter()
        .chain(crate::ner::gazetteer::MORE_PERSON_TITLES)
        .map(|w| {
            let n = normalize(w);
            n.strip_prefix("ال").map_or(n.clone(), str::to_owned)
        })
        .collect()
});
static PREPS: WordList = WordList::new(PREPOSITIONS);
static FUNCTIONS: LazyLock<FxHashSet<String>> =
    LazyLock::new(|| set(&[THAT, FUNCTION_WORDS].concat()));
/// Words that follow a definite noun without the article (`نفسه`, `ذاتها`, `كافة`).
static REFLEXIVES: WordList = WordList::new(&[
    "نفسه",
    "نفسها",
    "نفسهم",
    "انفسهم",
    "ذاته",
    "ذاتها",
    "كافة",
    "جميعا",
    "جميعهم",
    "كلها",
    "كله",
    "كلهم",
]);
/// Words of number and crowds that head a phrase with `من` (`العشرات من العناصر`, `حشد من
/// المتظاهرين`), normalized.
static COUNTING_HEADS: WordList = WordList::new(&[
    "العشرات",
    "عشرات",
    "المئات",
    "مئات",
    "الآلاف",
    "آلاف",
    "الاف",
    "ملايين",
    "العديد",
    "عدد",
    "عددا",
    "مجموعة",
    "مجموعات",
    "حشد",
    "حشود",
    "بعض",
]);
static SKIPS: WordList = WordList::new(SKIPPED);
static ASIDE_WORDS: WordList = WordList::new(ASIDES);
static ASIDE_HEAD_WORDS: WordList = WordList::new(ASIDE_HEADS);
static ASIDE_TAIL_WORDS: WordList = WordList::new(ASIDE_TAILS);
static OTHER_MATTER_WORDS: WordList = WordList::new(OTHER_MATTER);

/// Reads phrases in one sentence of a document.
pub(crate) struct Phrases<'a> {
    pub doc: &'a Document,
    pub words: &'a Words,
    /// The token range of the sentence.
    pub sentence: Range<usize>,
}

impl Phrases<'_> {
    /// Token `i` as written, diacritics and all (empty past the end).
    fn written(&self, i: usize) -> &str {
        self.doc
            .tokens
            .get(i)
            .map_or("", |t| t.text(&self.doc.text))
    }

    /// Whether token `i` names a person: a person's name, or a title (`الوزير`, `سفير`).
    pub fn names_person(&self, i: usize) -> bool {
        let w = self.words.get(i);
        let person = w
            .mention
            .and_then(|m| self.doc.mentions.get(m))
            .is_some_and(|m| m.kind == rasd_text::annotations::EntityType::Per);
        person || TITLES.contains(&w.stem)
    }

    /// Where a second defined party begins at the end of the phrase `r`, when its last word
    /// cannot belong to the phrase before it: a name after a defined word that is no title
    /// (`الحكومة حماس`), or a defined feminine noun after a defined word of masculine form,
    /// which it does not agree with as an adjective would (`القصر الصحيفة`; a relational
    /// adjective in `ية` may still describe a plural: `المراكز الرئيسية`).
    pub fn second_party_at(&self, r: &Range<usize>) -> Option<usize> {
        if r.end < r.start + 2 {
            return None;
        }
        let (at, prev) = (r.end - 1, self.words.get(r.end - 2));
        let last = self.words.get(at);
        if last.prep.is_some() || last.conj || !(prev.det || prev.mention.is_some()) {
            return None;
        }
        if let Some(m) = last.mention {
            let start = self.doc.token_range(self.doc.mentions[m].span).start;
            let before = start.checked_sub(1).map(|b| self.words.get(b));
            return (start > r.start
                && prev.mention != Some(m)
                && before.is_some_and(|b| b.det && !TITLES.contains(&b.stem)))
            .then_some(start);
        }
        let nisba = last.norm.ends_with("يه");
        (last.det
            && !nisba
            && prev.mention.is_none()
            && self.written(at).ends_with('ة')
            && masculine_form(self.written(at - 1)))
        .then_some(at)
    }

    /// Whether token `i` is a man's title (`مدرب`, `الوزير`): a title, with no feminine or
    /// plural ending.
    pub fn is_masculine_title(&self, i: usize) -> bool {
        let w = self.words.get(i);
        TITLES.contains(&w.stem) && !w.nsuff && !w.stem.ends_with('ة')
    }

    /// Whether token `i` is a word of number or a crowd that heads those `من` names after it
    /// (`العشرات`, `مجموعة`, `الآلاف`).
    pub fn counts_people(&self, i: usize) -> bool {
        let w = self.words.get(i);
        COUNTING_HEADS.contains(&w.norm) || COUNTING_HEADS.contains(&w.stem)
    }

    /// Whether token `i` is an adverb of time or manner (`ليلا`, `رسميا`, `مجددا`), not an
    /// object.
    pub fn is_adverb(&self, i: usize) -> bool {
        let w = self.words.get(i);
        is_part_of_day_adverb(w) || SKIPS.contains(&w.norm)
    }

    /// Whether token `i` is a preposition written as a word.
    pub fn is_preposition(&self, i: usize) -> bool {
        PREPS.contains(&self.words.get(i).norm)
    }

    /// Whether token `i` ends a phrase: punctuation, a preposition, a function word, a number
    /// outside a quantity's counted noun.
    pub fn is_boundary(&self, i: usize) -> bool {
        let w = self.words.get(i);
        !w.is_word
            || w.is_punct
            || PREPS.contains(&w.norm)
            || FUNCTIONS.contains(&w.norm)
            // `وفي`, `ومن`: a conjunction does not make a preposition part of a phrase.
            || (w.conj && (FUNCTIONS.contains(&w.stem) || PREPS.contains(&w.stem)))
    }

    /// Whether token `i` is surely a verb, which no party begins or ends with: after a particle
    /// only verbs follow (`وقد حاول`, `لم يعلن`, `لن يقبل`), with the future particle
    /// (`سيزور`), or an imperfect with the plural ending `وا` (`أن تتجنبوا`, `لكي يقتلوا`).
    pub fn is_verb(&self, i: usize) -> bool {
        let w = self.words.get(i);
        if !w.is_word || w.det || w.prep.is_some() || w.mention.is_some() || w.in_quantity {
            return false;
        }
        // `بعد أن تفرغت`: after `أن` that follows a word of time only a verb stands.
        let after_time_that = i >= self.sentence.start + 2
            && same(&self.words.get(i - 1).norm, "ان")
            && ["بعد", "قبل", "منذ"]
                .iter()
                .any(|k| same(&self.words.get(i - 2).stem, k));
        let after_particle =
            i > self.sentence.start && (self.is_verb_particle(i - 1) || after_time_that);
        // A stem of an imperfect's shape: a prefix of the second or third person (`أوتاوا` is
        // no verb) and at least three letters more.
        let imperfect =
            |n: usize| w.stem.starts_with(['ي', 'ت', 'ن']) && w.stem.chars().count() >= n;
        // The plural `وا` of the past too (`أحرزوا`), not the ending of a name (`أوتاوا`).
        let imperfect_plural = w.stem.ends_with("وا")
            && !w.stem.ends_with("اوا")
            && (imperfect(5) || w.stem.chars().count() >= 5);
        // The future particle as the segmenter found it, on a stem of that shape (`سنيا`,
        // Sunnis, may lose its `س` to it).
        (w.future && imperfect(4)) || after_particle || imperfect_plural
    }

    /// Whether token `i` is a particle only a verb follows (`قد`, `لقد`, `لم`, `لن`, `سوف`).
    pub fn is_verb_particle(&self, i: usize) -> bool {
        let w = self.words.get(i);
        VERB_PARTICLES.iter().any(|k| same(&w.stem, k))
    }

    /// The first token at or after `i` that is not an adverb, an aside or part of a time
    /// expression.
    pub fn skip_fillers(&self, mut i: usize) -> usize {
        while i < self.sentence.end {
            let w = self.words.get(i);
            let next = &self.words.get(i + 1).norm;
            if w.in_time || SKIPS.contains(&w.norm) {
                i += 1;
            } else if TWO_WORD_ADVERBS
                .iter()
                .any(|(a, b)| w.norm == *a && next == b)
            {
                // `وقالوا فيما بعد إنهم`: an adverb of two words, never the subject.
                i += 2;
            } else if w.norm == "من" && ASIDE_WORDS.contains(&self.words.get(i + 1).norm) {
                i += 2;
            } else if self.manner_phrase(i) {
                // `بشكل عام`, `بصورة مباشرة`: how, in two words.
                i += 2;
            } else if let Some(end) = self.aside_at(i) {
                i = end;
            } else {
                break;
            }
        }
        i
    }

    /// Whether token `i` opens an adverb of manner in two words: `ب` with a noun of manner and
    /// its indefinite adjective (`بشكل عام`, `بصورة مباشرة`, `بطريقة سلمية`).
    fn manner_phrase(&self, i: usize) -> bool {
        let w = self.words.get(i);
        let next = self.words.get(i + 1);
        i + 1 < self.sentence.end
            && w.prep == Some('ب')
            && !w.det
            && ["شكل", "صورة", "طريقة"].iter().any(|k| same(&w.stem, k))
            && next.is_word
            && !next.is_punct
            && !next.det
            && next.prep.is_none()
            && next.mention.is_none()
    }

    /// Token `i`, or the word after the abbreviated title that starts there (`زار د. عزام
    /// الدخيل`: `د.` doctor, `م.` engineer, `أ.` professor): the person is the party.
    pub fn past_abbreviated_title(&self, i: usize) -> usize {
        let abbreviated = i + 2 < self.sentence.end
            && matches!(self.words.get(i).norm.as_str(), "د" | "م" | "ا")
            && self.words.get(i + 1).norm == "."
            && self.words.get(i + 2).is_word;
        if abbreviated { i + 2 } else { i }
    }

    /// The end of the discourse aside that starts at token `i` (`من جهة أخرى`, `وفي سياق
    /// متصل`, `في غضون ذلك`), if one does. It tells where the sentence stands in the article,
    /// and is never a party: in `من ناحية أخرى اعتقلت الشرطة` the police are the actor.
    pub fn aside_at(&self, i: usize) -> Option<usize> {
        if i + 1 >= self.sentence.end {
            return None;
        }
        let w = self.words.get(i);
        let prep = ASIDE_PREPS
            .iter()
            .any(|k| same(&w.norm, k) || same(&w.stem, k));
        let head = self.words.get(i + 1);
        let heads = |t: &str| ASIDE_HEAD_WORDS.contains(t);
        if !prep || head.prep.is_some() || !(heads(&head.stem) || heads(&head.norm)) {
            return None;
        }
        if i + 2 < self.sentence.end && ASIDE_TAIL_WORDS.contains(&self.words.get(i + 2).norm) {
            return Some(i + 3);
        }
        // `من جهته`, `من جانبها`: the one the pronoun names takes the floor.
        let own_turn = head.pron && !head.det && (same(&w.norm, "من") || same(&w.stem, "من"));
        // `في المقابل،`, `في الأثناء،`: a defined aside word standing alone before a comma.
        let alone = head.det
            && ["مقابل", "اثناء"].iter().any(|k| same(&head.stem, k))
            && self.is_boundary(i + 2);
        (own_turn || alone).then_some(i + 2)
    }

    /// Whether the sentence opens by turning to another matter (`من جهة أخرى`, `وعلى صعيد
    /// آخر`, `وفي حادث منفصل`): what it reports is not what came before. So does a reprisal
    /// (`وردا على مقتل الشرطيين، يشن الجيش`): another event than the one it answers.
    pub fn opens_other_matter(&self) -> bool {
        let start = self.sentence.start;
        let reprisal = start + 1 < self.sentence.end
            && same(&self.words.get(start).stem, "ردا")
            && same(&self.words.get(start + 1).norm, "على");
        reprisal
            || (start..(start + 2).min(self.sentence.end)).any(|k| {
                let w = self.words.get(k);
                let noun = self.words.get(k + 1);
                k + 2 < self.sentence.end
                    && ASIDE_PREPS
                        .iter()
                        .any(|p| same(&w.norm, p) || same(&w.stem, p))
                    && noun.is_word
                    && noun.prep.is_none()
                    && OTHER_MATTER_WORDS.contains(&self.words.get(k + 2).norm)
            })
    }

    /// Whether token `k` lies inside a discourse aside ([`Self::aside_at`]).
    pub fn in_aside(&self, k: usize) -> bool {
        (k.saturating_sub(2).max(self.sentence.start)..=k)
            .any(|s| self.aside_at(s).is_some_and(|e| e > k))
    }

    /// The phrase that starts at token `i` (after fillers), if one does.
    pub fn phrase_at(&self, i: usize) -> Option<Range<usize>> {
        self.phrase_from(i, false)
    }

    /// [`Self::phrase_at`], for a phrase that completes a construct when `complement` (the
    /// phrase after `بدور` in `بدور المملكة البارز`): an adjective after its first word may
    /// then describe the construct's head.
    fn phrase_from(&self, i: usize, complement: bool) -> Option<Range<usize>> {
        let start = self.past_abbreviated_title(self.skip_fillers(i));
        if start >= self.sentence.end || self.is_boundary(start) || self.is_verb(start) {
            return None;
        }
        // A named entity that starts here is the phrase.
        if let Some(m) = self.words.get(start).mention {
            let r = self.doc.token_range(self.doc.mentions[m].span);
            if r.start == start {
                return Some(r.start..r.end.min(self.sentence.end));
            }
        }
        // A title the article gave a person, then the person (`الأمين العام للأمم المتحدة
        // أنطونيو غوتيريش`): the phrase is the person.
        if let Some(r) = self.role_then_name(start) {
            return Some(r);
        }
        if let Some(r) = self.more_than_a_number(start) {
            return Some(r);
        }
        let mut end = start + 1;
        while end < self.sentence.end && end - start < MAX_PHRASE {
            let w = self.words.get(end);
            // The event's own word ends a party (`اللجنة اجتماعا`), unless the phrase is a
            // head that takes it in construct (`أحدث هجوم`, `سلسلة تفجيرات`).
            // Nor is the trade of telecommunications an event (`شركة الاتصالات السعودية`).
            let event_word = super::lexicon::trigger(w).is_some()
                && !(end - start == 1 && CONSTRUCT_HEADS.contains(&self.words.get(start).norm))
                && !super::detect::telecommunications(self.words, end, &self.sentence);
            // A number starts the next party (`قوات الأمن ستة متشددين`), and so does a word of
            // number before `من` (`الشرطة العشرات من`).
            let counting = self.counts_people(end)
                && self.words.get(end + 1).norm == "من"
                && !CONSTRUCT_HEADS.contains(&self.words.get(end - 1).norm);
            // `بينهم`, `منهم`: a preposition with its pronoun opens an aside on the phrase
            // before it (`خمسة أشخاص بينهم طفلان`).
            let aside = w.pron && PREPS.contains(&w.stem);
            // `تنظيم «داعش»`, `جماعة "أنصار بيت المقدس"`: a name in quotation marks completes
            // the indefinite noun before it, and a relational adjective after the closing mark
            // describes that noun (`تنظيم «داعش» الإرهابي`).
            if let Some(close) = self.quoted_complement(end) {
                end = close + 1;
                while end < self.sentence.end && end - start < MAX_PHRASE {
                    let a = self.words.get(end);
                    let nisba = a.norm.ends_with('ي') || a.norm.ends_with("يه");
                    if !(a.det && nisba && a.prep.is_none() && !a.conj && a.mention.is_none()) {
                        break;
                    }
                    end += 1;
                }
                break;
            }
            // `لقاء الجبير وشتاينماير سيركز على`: a word with the future particle is a verb.
            let verb = self.is_verb(end);
            if self.is_boundary(end)
                || aside
                || verb
                || is_amid(w)
                || w.conj
                || w.in_time
                || w.in_quantity
                || event_word
                || counting
            {
                break;
            }
            // `مصرع ثلاثة أشخاص دهسا`: an accusative after a word that is not is an adverb
            // of manner or state, outside the phrase.
            if w.accusative && !self.words.get(end - 1).accusative && w.mention.is_none() {
                break;
            }
            // `فجر انتحاري نفسه`: after an indefinite noun a reflexive is the verb's object.
            if w.stem.starts_with("نفس") && !self.words.get(end - 1).det {
                break;
            }
            // A definite noun is never followed by an indefinite word in its phrase (its
            // adjectives take the article too): that word starts the next constituent
            // (`شملت العمليات حادث ...`), and an indefinite word with a preposition tells a
            // purpose or a place (`موافقة البرلمان لمد`, `قصف طيران النظام لحي`). A title may
            // precede a name the tagger missed.
            let prev = self.words.get(end - 1);
            if prev.det
                && !w.det
                && w.mention.is_none()
                && !(w.prep.is_none() && TITLES.contains(&prev.stem))
                && !REFLEXIVES.contains(&w.norm)
            {
                break;
            }
            // A feminine plural with the article is no adjective of the defined word before it
            // (adjectives of things in the plural are singular: `السلطات المحلية`): it begins
            // the next party (`ودعا الوزير المنظمات الدولية`).
            if prev.det
                && !prev.norm.ends_with("ات")
                && w.det
                && w.nsuff
                && w.norm.ends_with("ات")
                && w.mention.is_none()
            {
                break;
            }
            // A feminine noun with the article (`الشرطة`, written with `ة`) takes feminine
            // adjectives (`الشرطة المحلية`, `اللجنة العليا`, `الراية الحمراء`): a defined word
            // of masculine form after it begins the next party (`اعتقلت الشرطة المتهم`). Not
            // when the noun completes a construct, whose head the adjective may describe
            // (`دور المملكة البارز`), nor for a title in apposition (`الجمعية المهندس`) or a
            // participle whose agent is a pronoun after a preposition (`الحكومة المعترف
            // بها`).
            let heads_phrase = (end - 1 == start && !complement)
                || (end - 1 > start && self.words.get(end - 2).det);
            let next = self.words.get(end + 1);
            let participle_of_pronoun = next.pron && next.stem.chars().count() <= 3;
            if heads_phrase
                && prev.det
                && w.det
                && w.prep.is_none()
                && !w.conj
                && w.mention.is_none()
                && !TITLES.contains(&w.stem)
                && !participle_of_pronoun
                && self.written(end - 1).ends_with('ة')
                && masculine_form(self.written(end))
            {
                break;
            }
            // A noun of an area (`المدينة`, `القرية`) is no adjective: after a defined word it
            // begins the next constituent (`قصفت الطائرات المدينة`, the aircraft shelled the
            // town).
            if prev.det
                && w.det
                && w.prep.is_none()
                && !w.conj
                && w.mention.is_none()
                && AREA_NOUNS.iter().any(|k| same(&w.stem, k))
            {
                break;
            }
            // A singular relational adjective (`التركية`, `الأمريكي`) is followed in its phrase
            // only by adjectives that agree with it; a defined dual or plural in `ين`/`ون`
            // does not, and begins the next party (`اتهمت السلطات التركية التنظيمين`; the
            // segmenter may keep the ending in the stem, so the spelling decides).
            if end - start >= 2
                && prev.det
                && prev.norm.chars().count() >= 5
                && (prev.norm.ends_with('ي') || prev.norm.ends_with("يه"))
                && w.det
                && w.norm.chars().count() >= 6
                && (w.norm.ends_with("ين") || w.norm.ends_with("ون"))
                && w.mention.is_none()
            {
                break;
            }
            // An indefinite feminine adjective of origin or kind (`تركية`, `حربية`) after its
            // noun is followed in the phrase only by adjectives that agree, feminine too
            // (`مصادر أمنية مطلعة`): a word not in `ة` begins the next party (`قصفت طائرات
            // تركية مواقع للتنظيم`).
            if end - start >= 2
                && !prev.det
                && prev.prep.is_none()
                && self.written(end - 1).ends_with("ية")
                && prev.norm.chars().count() >= 5
                && !w.det
                && w.prep.is_none()
                && !w.pron
                && w.is_word
                && !self.written(end).ends_with('ة')
            {
                break;
            }
            // A definite noun shows its owner by construct, not by `ل`: a defined word with
            // `ل` after it tells a purpose or a recipient (`لقاءات مع المواطنين للتعريف`).
            if prev.det && w.prep == Some('ل') && w.det && w.mention.is_none() {
                break;
            }
            // A sound plural in `ون` is never a construct head (that would drop its `ن`): an
            // indefinite word after it is its adjective only when it agrees (`مسلحون
            // مجهولون`); otherwise it begins the object (`انتقد مغردون تجاهل القناة`).
            // Nor is one with the article (`هاجم الحوثيون الحدود`): a defined adjective agrees
            // too (`المسلحون الملثمون`).
            if prev.nsuff
                && prev.norm.ends_with("ون")
                && !prev.pron
                && w.mention.is_none()
                && !w.norm.ends_with("ون")
            {
                break;
            }
            if let Some(m) = w.mention {
                let r = self.doc.token_range(self.doc.mentions[m].span);
                // A name closes the phrase it completes: after a preposition clitic
                // (`موالية لإيران`, `مواقع للحشد`) or a single indefinite head (`قاعدة عين
                // الأسد`). After anything else it is the next party (`البرلمان نبيه بري`).
                let head_only = end - start == 1 && !self.words.get(start).det;
                // So does a name after an indefinite area noun, whatever heads it (`شرطة
                // محافظة القطيف`, `سكان قرية …`).
                let area = !prev.det
                    && prev.prep.is_none()
                    && AREA_NOUNS.iter().any(|k| same(&prev.stem, k));
                // A person after the title that ends an honorific is who the phrase names
                // (`صاحب السمو الملكي الأمير فيصل بن بندر`).
                let person = self.doc.mentions[m].kind == rasd_text::annotations::EntityType::Per;
                let titled = w.prep.is_none() && TITLES.contains(&prev.stem) && person;
                // So does a person after the nationality that opens the phrase (`البرتغالي
                // جوزيه مورينيو`).
                let national = end - start == 1
                    && w.prep.is_none()
                    && prev.det
                    && prev.prep.is_none()
                    && prev.norm.ends_with('ي')
                    && prev.norm.chars().count() >= 5
                    && person;
                if w.prep.is_some() || head_only || area || titled || national {
                    end = r.end.min(self.sentence.end).max(end + 1);
                }
                break;
            }
            // `أدان الوزير بشدة الهجوم`: an adverb ends the phrase, even a title's.
            if SKIPS.contains(&w.norm) {
                break;
            }
            // A common word with `ب` tells a manner, a means or a place (`جنود افغان بطريق
            // الخطأ`, `أصيب مدنيان بجروح`), not part of the party; in a role it says where
            // the office is (`مدير الدفاع المدني بالمنطقة اللواء …`).
            if w.prep == Some('ب') && !TITLES.contains(&self.words.get(start).stem) {
                break;
            }
            end += 1;
            // A word with a preposition clitic closes the phrase it modifies: with `ل` and
            // without the article (whose it is), with what completes it as a construct head
            // (`مواقع لحركة حماس`, `مقرات لقوات النظام`; a plural in `ون`/`ين` or an
            // accusative heads none); with the article, with its own definite adjectives
            // (`دورية للجيش الأميركي`).
            if w.prep.is_some() {
                let next = self.words.get(end);
                let construct_head = w.prep == Some('ل')
                    && !w.det
                    && w.is_word
                    && !w.accusative
                    && !w.norm.ends_with("ين")
                    && !w.norm.ends_with("ون")
                    && !next.in_time
                    && !next.in_quantity;
                if construct_head
                    && let Some(r) = self
                        .phrase_from(end, true)
                        .filter(|r| r.start == end && end < self.sentence.end)
                {
                    end = r.end.min(start + MAX_PHRASE).max(end);
                }
                while w.det
                    && end < self.sentence.end
                    && end - start < MAX_PHRASE
                    && self.is_adjective_of_defined(end)
                {
                    end += 1;
                }
                break;
            }
        }
        // `عشرات من أعضاء الحزب`: a number is not the party, those it counts are. A number
        // that names what it counts is the party, and `من` says where they come from (`1000
        // لاجئ من التبت`).
        // A number of several words counts as one (`عشرات الآلاف من الطلاب`).
        let number_end = (end..self.sentence.end)
            .find(|&j| !self.words.get(j).in_quantity)
            .unwrap_or(self.sentence.end);
        if (start..end).all(|j| self.words.get(j).in_quantity)
            && self.counted_at(number_end - 1) != Some(number_end - 1)
            && self.words.get(number_end).norm == "من"
            && let Some(r) = self.phrase_at(number_end + 1)
        {
            return Some(r);
        }
        // `العشرات من العناصر`, `عددا من البؤر`: a word of number heads those it counts.
        if end == start + 1
            && self.counts_people(start)
            && self.words.get(end).norm == "من"
            && let Some(r) = self.phrase_at(end + 1).filter(|r| r.start == end + 1)
        {
            return Some(start..r.end);
        }
        // A title, then the person's name (`الأمين العام للأمم المتحدة أنطونيو غوتيريش`).
        if TITLES.contains(&self.words.get(start).stem)
            && let Some(m) = self.words.get(end).mention
            && self.doc.mentions[m].kind == rasd_text::annotations::EntityType::Per
            && !self.words.get(end).conj
        {
            let r = self.doc.token_range(self.doc.mentions[m].span);
            if r.start == end {
                return Some(start..r.end.min(self.sentence.end));
            }
        }
        // `رئيس الوزراء الصومالي علي محمد جيدي`: a name the word limit cut is kept whole.
        if let Some(m) = self.words.get(end - 1).mention {
            let r = self.doc.token_range(self.doc.mentions[m].span);
            end = end.max(r.end.min(self.sentence.end));
        }
        Some(start..end)
    }

    /// Where the noun counted by the quantity at token `j` begins (`لاجئ`, for `1000` or
    /// `لاجئ` itself in `1000 لاجئ`).
    pub fn counted_at(&self, j: usize) -> Option<usize> {
        let t = self.doc.tokens.get(j)?;
        let q = self
            .doc
            .quantities
            .iter()
            .find(|q| q.span.overlaps(t.span))?;
        Some(self.doc.token_range(q.counted?).start)
    }

    /// A role the article gave an entity, starting at token `start`, followed by a mention of
    /// that entity: the token range from the role to the end of the name.
    fn role_then_name(&self, start: usize) -> Option<Range<usize>> {
        let at = self.doc.tokens.get(start)?.span.start;
        for (e, entity) in self.doc.entities.iter().enumerate() {
            for role in &entity.roles {
                let Some(rs) = role.spans.iter().find(|s| s.start == at) else {
                    continue;
                };
                let after = self.doc.token_range(*rs).end;
                for j in after..(after + 2).min(self.sentence.end) {
                    if let Some(m) = self.words.get(j).mention
                        && self.doc.mentions[m].entity == Some(e)
                    {
                        let r = self.doc.token_range(self.doc.mentions[m].span);
                        return Some(start..r.end.min(self.sentence.end));
                    }
                }
            }
        }
        None
    }

    /// Whether token `j` can be a defined adjective of the defined noun before it: a word with
    /// the article and no clitic, no name, time or event word.
    fn is_adjective_of_defined(&self, j: usize) -> bool {
        let a = self.words.get(j);
        a.det
            && a.prep.is_none()
            && !a.conj
            && a.mention.is_none()
            && !a.in_time
            && super::lexicon::trigger(a).is_none()
            && !self.is_boundary(j)
    }

    /// `أكثر من 800 ألف شخص`, `أقل من عشرة جنود`: a comparison with a number stands for what
    /// the number counts, so the phrase that starts at `start` runs to the counted noun.
    fn more_than_a_number(&self, start: usize) -> Option<Range<usize>> {
        let w = self.words.get(start);
        let compared = w.prep.is_none()
            && ["اكثر", "اقل"].iter().any(|k| same(&w.norm, k))
            && same(&self.words.get(start + 1).norm, "من")
            && self.words.get(start + 2).in_quantity;
        if !compared {
            return None;
        }
        let mut k = start + 2;
        while k < self.sentence.end && self.words.get(k).in_quantity {
            k += 1;
        }
        let end = self
            .phrase_from(k, false)
            .filter(|r| r.start == k)
            .map_or(k, |r| r.end);
        Some(start..end.min(self.sentence.end))
    }

    /// Whether token `j` is a relational adjective with the article (`الإرهابي`,
    /// `الانتحارية`): the shape of an adjective of a defined noun, not of a people's noun
    /// (`الأهالي`).
    pub fn is_relational_of_defined(&self, j: usize) -> bool {
        let a = self.words.get(j);
        self.is_adjective_of_defined(j)
            && (a.norm.ends_with('ي') || a.norm.ends_with("يه") || a.norm.ends_with("ية"))
            && !same(&a.norm, "الاهالي")
    }

    /// At a quotation mark after an indefinite noun (`تنظيم «داعش»`), the closing mark of
    /// the words it quotes, when up to four words stand between the marks.
    fn quoted_complement(&self, open: usize) -> Option<usize> {
        let prev = self.words.get(open.checked_sub(1)?);
        let opening = ["«", "“", "\""].contains(&self.words.get(open).norm.as_str());
        let closing = |j: usize| ["»", "”", "\""].contains(&self.words.get(j).norm.as_str());
        if !opening
            || !prev.is_word
            || prev.is_punct
            || prev.det
            || prev.pron
            || prev.prep.is_some()
            || prev.accusative
            || !self.words.get(open + 1).is_word
        {
            return None;
        }
        (open + 2..(open + 6).min(self.sentence.end))
            .take_while(|&j| {
                let w = self.words.get(j);
                closing(j) || (w.is_word && !w.is_punct)
            })
            .find(|&j| closing(j))
    }

    /// The next phrase at or after token `i` that can be a party: numbers, times, words of the
    /// event itself (`50 هجوما صاروخيا أو بطائرات مسيرة`) and prepositional asides before it
    /// are passed over, within `window` tokens.
    pub fn next_party(
        &self,
        i: usize,
        window: usize,
        is_event_word: impl Fn(usize) -> bool,
    ) -> Option<Range<usize>> {
        let end = (i + window).min(self.sentence.end);
        let mut j = i;
        while j < end {
            let w = self.words.get(j);
            // `قصفت الطائرات أيضا مواقع`: an adverb stands between subject and object.
            let past_fillers = self.skip_fillers(j);
            if past_fillers > j {
                j = past_fillers;
                continue;
            }
            if (w.is_punct && !is_quote_mark(&w.norm))
                || FUNCTIONS.contains(&w.norm) && !matches!(w.norm.as_str(), "او" | "و")
            {
                return None;
            }
            // `ثلاثة من المتظاهرين`: a number before `من` stands for those it counts.
            if w.in_quantity && !w.in_time {
                let mut k = j;
                while k < self.sentence.end && self.words.get(k).in_quantity {
                    k += 1;
                }
                if self.words.get(k).norm == "من" {
                    return self.phrase_at(j).filter(|r| r.end > k + 1);
                }
            }
            if let Some(end) = self.place_locator_end(j) {
                j = end;
                continue;
            }
            let event = is_event_word(j);
            let skip = w.in_quantity
                || w.in_time
                || !w.is_word
                || is_part_of_day_adverb(w)
                || event
                || w.prep.is_some()
                || matches!(w.norm.as_str(), "او" | "و")
                || (PREPS.contains(&w.norm) && self.words.get(j + 1).in_time);
            if skip {
                j += 1;
                // The defined adjectives of a defined noun behind a preposition go with it
                // (`قصف الطيران بالبراميل المتفجرة مناطق`): no party begins there.
                if w.prep.is_some() && w.det {
                    while j < end && self.is_adjective_of_defined(j) {
                        j += 1;
                    }
                }
                // `أدان الهجوم الإرهابي`: the relational adjectives of the event's own word
                // describe it; no party begins there.
                if event && w.det {
                    while j < end && self.is_relational_of_defined(j) {
                        j += 1;
                    }
                }
                continue;
            }
            if PREPS.contains(&w.norm) {
                return None;
            }
            return self.phrase_at(j).filter(|r| r.start == j);
        }
        None
    }

    /// The end of a compass word and the place it names right after a place (`بلدية محافظة
    /// العارضة شرق جازان`, `مدينة الرمادي غرب بغداد`): they tell where that place lies, and no
    /// party begins there. After anything else the compass word may begin a party, an area
    /// shelled or taken (`قصفت الطائرات شرق حلب`).
    fn place_locator_end(&self, j: usize) -> Option<usize> {
        let w = self.words.get(j);
        let compass = crate::ner::trigger_names::DIRECTIONS
            .iter()
            .any(|d| same(&w.norm, d));
        if !compass || j <= self.sentence.start {
            return None;
        }
        let is_place = |k: usize| {
            self.words
                .get(k)
                .mention
                .and_then(|m| self.doc.mentions.get(m))
                .is_some_and(|m| m.kind == rasd_text::annotations::EntityType::Loc)
        };
        // A place's name, or the word after an area noun (`محافظة العارضة`), however tagged.
        let after_place = is_place(j - 1)
            || (j >= self.sentence.start + 2
                && AREA_NOUNS
                    .iter()
                    .any(|k| same(&self.words.get(j - 2).stem, k))
                && !self.words.get(j - 2).det);
        if !after_place {
            return None;
        }
        let next = self.words.get(j + 1);
        match next.mention.and_then(|m| self.doc.mentions.get(m)) {
            Some(m) if m.kind == rasd_text::annotations::EntityType::Loc => {
                Some(self.doc.token_range(m.span).end.max(j + 2))
            }
            _ if next.det && next.prep.is_none() && !next.conj => Some(j + 2),
            _ => None,
        }
    }

    /// Named entities in the clause before token `i`, nearest first with the ones joined to it
    /// (`اعلنت بغداد وواشنطن ... اتفاقهما`): who a pronoun suffix refers to.
    pub fn mentions_before(&self, i: usize) -> Vec<Range<usize>> {
        let mut j = i;
        while j > self.sentence.start {
            j -= 1;
            let w = self.words.get(j);
            if w.is_punct && !is_quote_mark(&w.norm) {
                return Vec::new();
            }
            if let Some(m) = w.mention {
                let r = self.doc.token_range(self.doc.mentions[m].span);
                // Walk back over a chain `X وY وZ` to its first member.
                let mut first = r.clone();
                while first.start > self.sentence.start && self.words.get(first.start).conj {
                    let Some(pm) = self.words.get(first.start - 1).mention else {
                        break;
                    };
                    first = self.doc.token_range(self.doc.mentions[pm].span);
                }
                let mut out = vec![first.clone()];
                out.extend(self.coordinated(first.end));
                return out;
            }
        }
        Vec::new()
    }

    /// The phrase that ends just before token `i`, reading backwards (the subject of a verb
    /// with a plural or dual ending: `مجهولين خطفوا`), of up to five words (`مسؤول حكومي رفيع
    /// المستوى قال`).
    pub fn phrase_before(&self, i: usize) -> Option<Range<usize>> {
        let mut end = i;
        while end > self.sentence.start {
            let w = self.words.get(end - 1);
            if w.in_time || SKIPS.contains(&w.norm) {
                end -= 1;
            } else {
                break;
            }
        }
        if end <= self.sentence.start || self.is_boundary(end - 1) || self.is_verb(end - 1) {
            return None;
        }
        if let Some(m) = self.words.get(end - 1).mention {
            let r = self.doc.token_range(self.doc.mentions[m].span);
            return Some(r.start.max(self.sentence.start)..end);
        }
        let mut start = end - 1;
        while start > self.sentence.start && end - start < 5 {
            let w = self.words.get(start - 1);
            // A time before the phrase is an adverb of the clause (`أمس الاثنين قرارا`), and
            // so is an adverb of manner (`أدان الوزير بشدة الهجوم`).
            if self.is_boundary(start - 1)
                || w.prep.is_some()
                || w.in_time
                || SKIPS.contains(&w.norm)
                || self.words.get(start).conj
                || is_amid(w)
            {
                break;
            }
            // `بعد أن تفرغت تماما للتمثيل قالت`: words after a verb are its clause, no phrase.
            if self.is_verb(start - 1) {
                return None;
            }
            start -= 1;
        }
        // `على شبكات التواصل الاجتماعي يدعو`, `بالدعاية الإيرانية التي`: a defined nisba is no
        // phrase without the defined noun it describes, even behind its preposition (which
        // then keeps the phrase from being a subject).
        let first = self.words.get(start);
        let nisba = first.norm.ends_with('ي') || first.norm.ends_with("يه");
        if nisba
            && first.det
            && !first.conj
            && first.mention.is_none()
            && start > self.sentence.start
            && self.words.get(start - 1).det
            && !self.words.get(start - 1).is_punct
        {
            start -= 1;
        }
        // `من جهة أخرى تظاهروا`: an aside is no phrase a verb can take for its subject.
        (!self.in_aside(start)).then_some(start..end)
    }

    /// The phrase after the next preposition `prep` (a separate word, or a clitic `ب`/`ل`)
    /// within `window` tokens of `i`.
    pub fn after_preposition(
        &self,
        i: usize,
        preps: &[&str],
        window: usize,
    ) -> Option<Range<usize>> {
        let end = (i + window).min(self.sentence.end);
        for j in i..end {
            let w = self.words.get(j);
            // Quotation marks do not end a clause (`وأشاد بايدن "بدور الكاظمي`).
            if w.is_punct && !is_quote_mark(&w.norm) {
                return None;
            }
            // `هاجمت سيارة كان على متنها`: another verb's clause has begun; its prepositions
            // are not the trigger's.
            if j > i && CLAUSE_OPENERS.contains(&w.norm.as_str()) {
                return None;
            }
            if preps.iter().any(|p| same(&w.norm, p)) {
                // `ضد «داعش»`: the phrase begins inside the quotation marks.
                let mut start = j + 1;
                while start < self.sentence.end && is_quote_mark(&self.words.get(start).norm) {
                    start += 1;
                }
                // `على إثرها`, `على خلفية`, `على هامش`: with its noun the preposition makes
                // another one, of time, cause or place, and names no party.
                let next = self.words.get(start);
                if PREPS.contains(&next.stem) || LOCUTION_NOUNS.iter().any(|k| same(&next.stem, k))
                {
                    continue;
                }
                return self.phrase_at(start);
            }
            // `بمناسبة`, `بقيادة`: a preposition of its own, not the clitic asked for.
            if PREPS.contains(&w.norm) {
                continue;
            }
            // A clitic preposition: the word itself opens the phrase, unless it says how
            // (`بشكل عام`).
            if let Some(c) = w.prep
                && preps
                    .iter()
                    .any(|p| p.chars().count() == 1 && p.starts_with(c))
                && !self.manner_phrase(j)
            {
                // `طالبت ... بأن يلعب`, `أشاد بما حققه`: a clause, not a party.
                if THAT.contains(&w.stem.as_str()) || same(&w.stem, "ما") {
                    return None;
                }
                return self.phrase_at_clitic(j);
            }
        }
        None
    }

    /// The phrase starting with a word that carries a preposition clitic (the clitic is part of
    /// the first word, so [`Phrases::phrase_at`] would stop at once).
    pub fn phrase_at_clitic(&self, j: usize) -> Option<Range<usize>> {
        if let Some(m) = self.words.get(j).mention {
            let r = self.doc.token_range(self.doc.mentions[m].span);
            return Some(j..r.end.min(self.sentence.end));
        }
        // An indefinite host is a construct head: what follows completes it.
        let host = self.words.get(j);
        let rest = self
            .phrase_from(j + 1, !host.det && host.is_word)
            .filter(|r| r.start == j + 1);
        Some(j..rest.map_or(j + 1, |r| r.end.min(j + MAX_PHRASE)))
    }

    /// Turns a token range into an argument: the named entity inside it gives the link (and,
    /// when the range is the entity with a title before it, the span).
    pub fn argument(&self, range: Range<usize>) -> Option<Argument> {
        let first = self.doc.tokens.get(range.start)?;
        let last = self.doc.tokens.get(range.end.checked_sub(1)?)?;
        let mut span = Span::new(first.span.start, last.span.end);
        // The phrase *is* a named entity when the name heads it: it starts the phrase, follows a
        // single head word (`قاعدة عين الأسد`), or is a person after a title (`الأمين العام
        // للأمم المتحدة أنطونيو غوتيريش`). A name behind a preposition only qualifies the
        // head (`مليشيات موالية لإيران` are not Iran), and a person's kin, followers or
        // fighters are not the person (`أنصار القذافي`, `عائلة السنوسي`, `ميليشيات الحوثي`).
        let heads = |m: usize| {
            let r = self.doc.token_range(self.doc.mentions[m].span);
            let w = self.words.get(r.start);
            let person = self.doc.mentions[m].kind == rasd_text::annotations::EntityType::Per;
            let head = self.words.get(range.start);
            let kin = person && PEOPLE_OF.iter().any(|k| same(&head.stem, k));
            // The title may end an honorific (`صاحب السمو الملكي الأمير فيصل`).
            let after_title = TITLES.contains(&head.stem)
                || (r.start > range.start && TITLES.contains(&self.words.get(r.start - 1).stem));
            r.start == range.start
                || (r.start == range.start + 1 && w.prep.is_none() && !kin)
                || (person && w.prep.is_none() && after_title)
        };
        let mentions: Vec<usize> = range
            .clone()
            .filter_map(|i| self.words.get(i).mention)
            .collect();
        let mention = mentions
            .iter()
            .copied()
            .find(|&m| {
                self.doc.mentions[m].kind == rasd_text::annotations::EntityType::Per && heads(m)
            })
            .or_else(|| mentions.iter().copied().find(|&m| heads(m)));
        if let Some(m) = mention {
            let ms = self.doc.mentions[m].span;
            if range.start == self.doc.token_range(ms).start {
                span = Span::new(ms.start, span.end.max(ms.end));
            }
        }
        // `لسكان المناطق`: the party begins after the first word's conjunction and preposition.
        if span.start == first.span.start
            && let Some(host) = first
                .segments
                .iter()
                .find(|s| !matches!(s.kind, SegmentKind::Conj | SegmentKind::Prep))
            && host.span.start > first.span.start
            && let (Some(clitics), Some(rest)) = (
                self.doc.text.get(first.span.start..host.span.start),
                self.doc.text.get(host.span.start..first.span.end),
            )
            // A rest of one or two letters is more likely a misread word (`ولي العهد`); and
            // after `ل` an article loses its alef (`للاجئين`), so what follows is kept whole.
            && rest.chars().count() >= 3
            && !(clitics.ends_with('ل') && rest.starts_with('ل'))
        {
            span = Span::new(host.span.start, span.end);
        }
        let entity = mention.and_then(|m| self.doc.mentions[m].entity);
        Some(Argument {
            span,
            text: span.slice(&self.doc.text).to_owned(),
            entity,
        })
    }

    /// Named entities joined to the phrase ending at `end` by `و` (`بغداد وواشنطن`).
    pub fn coordinated(&self, mut end: usize) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        while end < self.sentence.end {
            let w = self.words.get(end);
            // `و«طالبان»`: the conjunction may stand apart, before a quotation mark.
            let mut at = end;
            if w.norm == "و" {
                at += 1;
                while at < self.sentence.end && is_quote_mark(&self.words.get(at).norm) {
                    at += 1;
                }
            } else if !w.conj {
                break;
            }
            let Some(m) = self.words.get(at).mention else {
                break;
            };
            let r = self.doc.token_range(self.doc.mentions[m].span);
            if r.start != at {
                break;
            }
            end = r.end.min(self.sentence.end);
            out.push(r.start..end);
        }
        out
    }
}

/// Whether `w` is `وسط`, "amid", which says where, after a party and outside it (`ردودا واسعة
/// وسط اللبنانيين`).
fn is_amid(w: &super::words::Word) -> bool {
    w.norm == "وسط" && w.mention.is_none()
}

/// Whether `w` is a part of the day as an adverb, without the article (`ليلا`, `فجرا`,
/// `مساء`): when the event happened, never a party, though no time is anchored on it.
fn is_part_of_day_adverb(w: &super::words::Word) -> bool {
    use crate::time::lexicon::{TimeWord, time_word};
    !w.det
        && w.prep.is_none()
        && matches!(
            time_word(&crate::quantity::key::fold(&w.norm)),
            Some(TimeWord::Pod(_))
        )
}

/// Whether a defined word as written has a masculine form: no `ة`, no plural or dual ending,
/// and none of the endings of feminine adjectives without `ة` (`العليا`, `الكبرى`, `الحمراء`),
/// whose `ى` writers often put as `ي` (`الكبري`, spelt like a nisba).
fn masculine_form(written: &str) -> bool {
    let word: String = written
        .chars()
        .filter(|c| !('\u{064B}'..='\u{0652}').contains(c) && *c != 'ـ')
        .collect();
    word.chars().count() >= 5
        && !["ة", "ى", "ا", "اء", "ي", "ات", "ان", "ين", "ون"]
            .iter()
            .any(|e| word.ends_with(e))
}
