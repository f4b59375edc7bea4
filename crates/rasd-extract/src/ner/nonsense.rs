//! Mentions that are not names, whatever the tagger's context said.
//!
//! ANERcorp, which the tagger learns from, annotates currencies (`دولار`) and a few very common
//! words (`الله`) as MISC, and a tagger that has learnt that finds them in every economic or
//! quoted sentence. To a reader of the article's entities they are noise. A mention is dropped
//! when, by evidence any article provides:
//!
//! * it lies inside a quantity or a time expression the earlier stages found (`دولارا` in
//!   `أربعة وثمانين دولارا`, a month name in a date), or begins inside a time expression
//!   (`الفطر السعيد` after `بعيد الفطر`): a unit or a date is not a name;
//! * its first word is a currency or measurement unit the quantity stage knows, and the rest
//!   are relational adjectives (`الدولار`, `الجنيه الاسترليني`), even with no number by it;
//! * it is a one-word MISC mention of one of the [`COMMON_MISC_RANK`] commonest words of
//!   general text: MISC is the class of events, laws, products and works, and a word that
//!   common is a concept (a currency, a deity, a number word), not a particular one. Common
//!   words that are names are places and people (`مصر`, `علي`), which keep their types;
//! * it has fewer than two letters, or it is a lone person of two letters that is one of the
//!   commonest words of general text (`لي`, "to me");
//! * it is one word written with tanween (`سودانياً`): an indefinite common word, as names never
//!   carry it;
//! * it is one word of the shape of a country (`أفغانيا`, `تركيا`) right after an indefinite
//!   accusative noun (`14 جنديا أفغانيا`): there it is the adjective agreeing with that noun (an
//!   Afghan soldier), the nisba `أفغاني` with the same ending. The noun must be a word general
//!   text knows without its alef (`جندي`); a name in alef (`أوباما`) is the subject, and the
//!   place after it the object;
//! * it is one word of the shape of a feminine nisba with the article (`السعودية`) right after
//!   a defined feminine or plural word (`الهيئة الوطنية السعودية`): the adjective of that noun;
//! * it is a one-word person mention shaped like the plural of a nisba with the article
//!   (`التشيكيين`, `الأفغانيون`): a people or a group, never one person's name;
//! * it is a person mention made of a title without the article and the common defined words
//!   of its office (`وزير الدفاع`, `ولي العهد`, `وزير الخارجية الأمريكي`): a role, which the
//!   article's entities give to the person who holds it, not a name. A title that annotated
//!   data shows beginning names (`أمين`) keeps its mention, and so does a defined word the
//!   data knows mostly inside names (`أمين الجميل`);
//! * it is a verb in the future (`سيلتقيان`, "the two will meet"; the tagger's mentions drop
//!   such a verb before a name, `سيحظى ميلان`): `س` and a person prefix before a stem, general
//!   text using the word without the `س` far more often than with it. A name that begins so is
//!   commoner than its remainder (`سيدني` / `يدني`, `ستالين` / `تالين`);
//! * it is a person's title with the article and only relational adjectives after it
//!   (`المدرب الهولندي`, `الرئيس الأمريكي`), whatever its type: a role.
//! * it is a kind-of-organisation or kind-of-place noun and relational adjectives, none with
//!   the article (`منظمة دولية`, `شركة أمريكية`): an indefinite phrase, never a name;
//! * it is a phrase of devotion on a preposition (`بإذن الله`, `بفضل الله`): a noun never seen
//!   inside a name in annotated data, then `الله`.
//!
//! The CoNLL evaluation scores the tagger's labels and is untouched: this is about what the
//! document reports.

use rasd_text::Document;
use rasd_text::annotations::{EntityType, Mention};

use super::features::Resources;
use super::gazetteer::Trigger;
use super::lexicon::{FreqLexicon, UNKNOWN_RANK, without_article};
use super::norm::{is_arabic_letter, normalize};
use super::trigger_names::KINSHIP;
use crate::quantity::key::fold;
use crate::quantity::units::unit;

/// One-word persons of two letters ranked below this in wordfreq are function words (`لي`).
const COMMON_SHORT_RANK: u32 = 300;

/// One-word MISC mentions of words ranked below this in wordfreq are concepts, not names.
pub const COMMON_MISC_RANK: u32 = 300;

/// Whether `m` (found in `doc`) is not a name; `res` gives the frequencies that guide clitic
/// stripping and ranks, the titles and the gazetteer.
#[must_use]
pub fn is_nonsense(m: &Mention, doc: &Document, res: &Resources) -> bool {
    let freq = &res.freq;
    let inside_quantity = doc.quantities.iter().any(|q| q.span.contains(m.span));
    // A mention that begins inside a time expression and runs past it (`الفطر السعيد` after
    // the time `بعيد الفطر`) is a piece of that expression.
    let inside_time = doc.times.iter().any(|t| {
        t.span.contains(m.span) || (t.span.start < m.span.start && m.span.start < t.span.end)
    });
    if inside_quantity || inside_time {
        return true;
    }
    let words: Vec<&str> = m.name.split(' ').filter(|w| !w.is_empty()).collect();
    let Some(first) = words.first() else {
        return true;
    };
    let letters = m
        .name
        .chars()
        .filter(|&c| is_arabic_letter(c) || c.is_alphabetic())
        .count();
    if letters < 2 {
        return true;
    }
    // A lone person of two letters that general text uses as a function word (`لي`, "to me")
    // is that word: the tagger read a quoted speaker's `لي` after a verb as a name.
    if words.len() == 1
        && m.kind == EntityType::Per
        && letters == 2
        && freq.rank(first) < COMMON_SHORT_RANK
    {
        return true;
    }
    // Tanween marks an indefinite common word (`سودانياً`, a Sudanese): names never carry it.
    let written = doc.text.get(m.span.start..m.span.end).unwrap_or("");
    if words.len() == 1 && written.chars().any(is_tanween) {
        return true;
    }
    if m.kind != EntityType::Per
        && is_unit(first, freq)
        && words.iter().skip(1).all(|w| is_relational(w))
    {
        return true;
    }
    // `لله` is ل + `الله` with the article's alef dropped in writing: ranked as `الله`.
    let with_article = first
        .strip_prefix('ل')
        .map_or(u32::MAX, |_| freq.rank(&format!("ا{first}")));
    if m.kind == EntityType::Misc
        && words.len() == 1
        && freq.rank(first).min(with_article) < COMMON_MISC_RANK
    {
        return true;
    }
    if words.len() == 1 && m.kind != EntityType::Per && is_adjective_after_noun(m, doc) {
        return true;
    }
    if words.len() == 1 && m.kind == EntityType::Per && is_nisba_plural(first) {
        return true;
    }
    if m.kind == EntityType::Per && is_office(&words, res) {
        return true;
    }
    if is_future_verb(first, res) || is_described_title(&words, res) {
        return true;
    }
    if is_devotion(m, &words, doc, res) || is_indefinite_kind(&words, res) {
        return true;
    }
    words.len() == 1 && m.kind != EntityType::Per && is_agreeing_adjective(m, doc, freq)
}

/// Whether `words` are a kind-of-organisation or kind-of-place noun without the article and
/// relational adjectives without it (`منظمة دولية`, "an international organisation"; `منظمة
/// إرهابية`, `شركة أمريكية`): an indefinite phrase, which Arabic never makes a name. Names of
/// that kind are defined (`منظمة العفو الدولية`) or hold a name (`شركة أرامكو`).
fn is_indefinite_kind(words: &[&str], res: &Resources) -> bool {
    let [noun, adjectives @ ..] = words else {
        return false;
    };
    !adjectives.is_empty()
        && matches!(
            res.triggers.get(noun),
            Some(Trigger::Organisation | Trigger::Place)
        )
        && !noun.starts_with("ال")
        && adjectives.iter().all(|w| {
            // A noun in `ية` of a kind itself (`ولاية`) is the start of a name: `جامعة ولاية
            // تنسي`.
            !w.starts_with("ال")
                && is_relational(w)
                && res.freq.rank(w) < COMMON_ADJECTIVE_RANK
                && res.triggers.get(w).is_none()
        })
}

/// Relational adjectives of indefinite phrases are common words; a rarer word in `ي` is more
/// often a name (`جامعة تينيسي`).
const COMMON_ADJECTIVE_RANK: u32 = 20_000;

/// Whether `m` is a phrase of devotion written on a preposition (`بإذن الله`, "God willing";
/// `بفضل الله`, "thanks to God"): a noun that annotated data has never seen inside a name, then
/// `الله`. A name of that shape (`نصر الله`, `عبد الله`, `حزب الله`) has its first word in
/// names, and one read after a preposition is rarely written so.
fn is_devotion(m: &Mention, words: &[&str], doc: &Document, res: &Resources) -> bool {
    let [noun, god] = words else {
        return false;
    };
    if *god != "الله" {
        return false;
    }
    // The preposition is left out of the mention, or kept in it when the segmenter kept the
    // word whole.
    let on_preposition = doc
        .text
        .get(..m.span.start)
        .and_then(|before| before.chars().next_back())
        .is_some_and(|c| matches!(c, 'ب' | 'ل'));
    let noun = if on_preposition {
        Some(*noun)
    } else {
        noun.strip_prefix(['ب', 'ل'])
    };
    noun.is_some_and(|noun| {
        res.freq.rank(noun) != UNKNOWN_RANK
            && res
                .gazetteer
                .get(noun)
                .is_none_or(|e| e.by_type.iter().all(|&n| n == 0))
    })
}

/// Whether the one-word mention `m` is a feminine nisba adjective (`السعودية`) right after a
/// defined feminine or plural word outside any name (`الهيئة الوطنية السعودية`, `الشركات
/// السعودية`): there it agrees with that noun as its adjective; a country named so
/// stands after a preposition, a verb or an indefinite noun (`في السعودية`, `زار السعودية`,
/// `عاصمة السعودية`).
fn is_adjective_after_noun(m: &Mention, doc: &Document) -> bool {
    let name = normalize(&m.name);
    if !(name.starts_with("ال") && name.ends_with("يه") && name.chars().count() >= 6) {
        return false;
    }
    let at = doc.tokens.partition_point(|t| t.span.start < m.span.start);
    // The name must be the whole word: a proclitic (`والسعودية`) starts a new phrase.
    if doc
        .tokens
        .get(at)
        .is_none_or(|t| t.span.start != m.span.start)
    {
        return false;
    }
    let Some(before) = at.checked_sub(1).and_then(|p| doc.tokens.get(p)) else {
        return false;
    };
    let gap = doc.text.get(before.span.end..m.span.start).unwrap_or("x");
    let prev = normalize(before.text(&doc.text));
    gap.chars().all(char::is_whitespace)
        && prev.starts_with("ال")
        && (prev.ends_with('ه') || prev.ends_with("ات"))
        && prev.chars().count() >= 5
        && prev.chars().all(is_arabic_letter)
        && !doc.mentions.iter().any(|o| o.span.overlaps(before.span))
}

/// Rank in general text below which a defined word is a common word, not a family name.
const OFFICE_WORD_RANK: u32 = 20_000;

/// Share of a title's annotated sightings beginning a person's name above which it is a given
/// name too (percent).
const GIVEN_NAME_PERCENT: u32 = 30;

/// Whether the (normalized) words of a person mention are a title without the article followed
/// only by common defined words (`وزير الدفاع`, `ولي العهد`): an office, not a name. Kinship
/// titles begin names (`ابن الهيثم`).
fn is_office(words: &[&str], res: &Resources) -> bool {
    let Some((&title, rest)) = words.split_first() else {
        return false;
    };
    let given_name = begins_given_names(title, res);
    let office_word = |w: &&str| {
        let in_names = res
            .gazetteer
            .get(w)
            .is_some_and(|e| e.by_type[0] * 2 >= e.total.max(1));
        w.starts_with("ال") && res.freq.rank(w) < OFFICE_WORD_RANK && !in_names
    };
    !rest.is_empty()
        && !title.starts_with("ال")
        && res.triggers.is_title(title)
        && !KINSHIP.contains(&title)
        && !given_name
        && rest.iter().all(office_word)
}

/// Whether annotated data shows a (normalized) title beginning a person's name in at least
/// [`GIVEN_NAME_PERCENT`] of its sightings: a given name too (`أمين`).
fn begins_given_names(title: &str, res: &Resources) -> bool {
    res.gazetteer
        .get(title)
        .is_some_and(|e| e.begins[0] * 100 >= e.total * GIVEN_NAME_PERCENT)
}

/// How many times commoner than the word its form without the future `س` must be for the word
/// to read as a verb.
const FUTURE_RATIO: u64 = 3;

/// Whether a word reads as an imperfect verb in the future: `س`, a person prefix (`ي`, `ت`,
/// `ن`) and a stem of three letters or more, the word without the `س` at least
/// [`FUTURE_RATIO`] times commoner than with it, and annotated data not showing it inside names
/// half the time or more (`سيرجي`, whose remainder is the common `يرجى` once normalized).
pub(crate) fn is_future_verb(word: &str, res: &Resources) -> bool {
    let (freq, word) = (&res.freq, normalize(word));
    let named = res
        .gazetteer
        .get(&word)
        .is_some_and(|e| e.by_type.iter().sum::<u32>() * 2 >= e.total.max(1));
    if named {
        return false;
    }
    let Some(rest) = word.strip_prefix('س') else {
        return false;
    };
    let mut letters = rest.chars();
    let person = letters.next().is_some_and(|c| matches!(c, 'ي' | 'ت' | 'ن'));
    let without = u64::from(freq.rank(rest));
    person
        && letters.as_str().chars().count() >= 3
        && without.saturating_mul(FUTURE_RATIO) < u64::from(freq.rank(&word))
}

/// Whether `word` is a verb in the future ([`is_future_verb`]) of a common verb, the word
/// without its `س` among the [`COMMON_VERB_RANK`] commonest: a name's last word may look like
/// a verb in the future of a rare one (`ليم كيت سيانج`, `يانج`).
pub(crate) fn is_common_future_verb(word: &str, res: &Resources) -> bool {
    is_future_verb(word, res)
        && normalize(word)
            .strip_prefix('س')
            .is_some_and(|rest| res.freq.rank(rest) < COMMON_VERB_RANK)
}

/// How common the verb of a name's last word in the future must be for the word to end it.
const COMMON_VERB_RANK: u32 = 15_000;

/// Whether the words of a mention are a person's title with the article followed only by
/// relational adjectives (`المدرب الهولندي`): a role described, not a name. A title that
/// annotated data shows beginning names keeps its mention.
fn is_described_title(words: &[&str], res: &Resources) -> bool {
    let Some((title, rest)) = words.split_first() else {
        return false;
    };
    let title = normalize(title);
    !rest.is_empty()
        && title.starts_with("ال")
        && res.triggers.is_title(&title)
        && !begins_given_names(&title, res)
        && rest
            .iter()
            .all(|w| normalize(w).starts_with("ال") && is_relational(w))
}

/// Whether `c` is one of the three tanween marks.
fn is_tanween(c: char) -> bool {
    ('\u{064B}'..='\u{064D}').contains(&c)
}

/// Whether a normalized word is `ال…يين` or `ال…يون`: the plural of a nisba adjective.
fn is_nisba_plural(word: &str) -> bool {
    word.starts_with("ال")
        && (word.ends_with("يين") || word.ends_with("يون"))
        && word.chars().count() >= 7
}

/// Sentence adverbs with the accusative ending: a country after them is a country (`زار أيضا
/// تركيا`).
const ADVERBS: &[&str] = &[
    "ايضا",
    "مجددا",
    "مؤخرا",
    "اخيرا",
    "دائما",
    "جدا",
    "سابقا",
    "لاحقا",
    "غدا",
    "صباحا",
    "مساء",
    "ظهرا",
    "فورا",
    "حاليا",
    "رسميا",
    "يوميا",
    "شخصيا",
    "جوا",
    "برا",
    "بحرا",
    "معا",
];

/// Whether the one-word mention `m` reads as a nisba adjective in the accusative agreeing
/// with the indefinite accusative noun before it: `X-يا` after `Y-ا`, where `X-ي` and `Y`
/// are words.
fn is_agreeing_adjective(m: &Mention, doc: &Document, freq: &FreqLexicon) -> bool {
    let name = normalize(&m.name);
    let Some(base) = name.strip_suffix('ا').filter(|b| b.ends_with('ي')) else {
        return false;
    };
    if freq.rank(base) == super::lexicon::UNKNOWN_RANK {
        return false;
    }
    let Some(before) = doc
        .tokens
        .iter()
        .take_while(|t| t.span.end <= m.span.start)
        .last()
        .filter(|t| t.span.end + 1 >= m.span.start)
    else {
        return false;
    };
    let prev = normalize(before.text(&doc.text));
    // The alef of the indefinite accusative is added to a word general text knows without it,
    // and more often so (`موقفا` of `موقف`); a name ending in alef (`أوباما`) has no such base,
    // and the place after it is the verb's object, not its adjective (`اتهم أوباما روسيا`).
    let tanween = || {
        prev.strip_suffix('ا').is_some_and(|bare| {
            freq.rank(bare) != super::lexicon::UNKNOWN_RANK && freq.rank(bare) <= freq.rank(&prev)
        })
    };
    prev.chars().count() >= 3
        && prev.chars().all(is_arabic_letter)
        && !ADVERBS.contains(&prev.as_str())
        && !doc.mentions.iter().any(|o| o.span.contains(before.span))
        && tanween()
}

/// Whether a normalized, clitic-free word is a unit or currency, with or without the article.
fn is_unit(word: &str, freq: &FreqLexicon) -> bool {
    let word = freq.strip(&normalize(word)).word;
    [word.as_str(), without_article(&word)]
        .iter()
        .any(|w| unit(&fold(w)).is_some())
}

/// A relational adjective's shape (`الأمريكي`, `استرليني`, `السعودية`).
fn is_relational(word: &str) -> bool {
    let n = normalize(word);
    n.chars().count() >= 4 && (n.ends_with('ي') || n.ends_with("يه"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasd_text::annotations::MentionForm;
    use rasd_text::{Metadata, Span};

    fn mention(name: &str, kind: EntityType) -> Mention {
        Mention {
            span: Span::new(0, name.len()),
            kind,
            name: normalize(name),
            confidence: 1.0,
            form: MentionForm::Name,
            entity: None,
        }
    }

    #[test]
    fn a_people_is_no_person() {
        let tagger = crate::ner::Tagger::shipped().unwrap();
        let res = tagger.resources();
        let doc = Document::new("نص".to_owned(), Metadata::default());
        for name in ["التشيكيين", "الأفغانيون", "اليمنيين"] {
            assert!(
                is_nonsense(&mention(name, EntityType::Per), &doc, res),
                "{name}"
            );
        }
        // The same shape as an organisation, or a family name, is left alone.
        assert!(!is_nonsense(
            &mention("الحوثيين", EntityType::Org),
            &doc,
            res
        ));
        assert!(!is_nonsense(&mention("حسين", EntityType::Per), &doc, res));
    }

    #[test]
    fn units_and_common_misc_words_are_not_names() {
        let tagger = crate::ner::Tagger::shipped().unwrap();
        let res = tagger.resources();
        let doc = Document::new("نص".to_owned(), Metadata::default());
        let (per, loc, org, misc) = (
            EntityType::Per,
            EntityType::Loc,
            EntityType::Org,
            EntityType::Misc,
        );
        for (name, kind) in [
            ("الدولار", misc),
            ("دولارا", org),
            ("الجنيه الاسترليني", misc),
            ("الله", misc),
            ("د", per),
            ("لي", per),
        ] {
            assert!(is_nonsense(&mention(name, kind), &doc, res), "{name}");
        }
        for (name, kind) in [
            ("ريال مدريد", org),
            ("مصر", loc),
            ("علي", per),
            ("كورونا", misc),
            ("جائزة نوبل", misc),
        ] {
            assert!(!is_nonsense(&mention(name, kind), &doc, res), "{name}");
        }
    }

    #[test]
    fn an_office_is_no_person() {
        let tagger = crate::ner::Tagger::shipped().unwrap();
        let res = tagger.resources();
        let doc = Document::new("نص".to_owned(), Metadata::default());
        for name in ["وزير الدفاع", "ولي العهد", "وزير الخارجية الأمريكي"]
        {
            assert!(
                is_nonsense(&mention(name, EntityType::Per), &doc, res),
                "{name}"
            );
        }
        // A name after a title, a kinship word and a title alone are names.
        for name in ["وزير الدفاع أشتون كارتر", "ابن الهيثم", "ولي"]
        {
            assert!(
                !is_nonsense(&mention(name, EntityType::Per), &doc, res),
                "{name}"
            );
        }
    }

    #[test]
    fn a_future_verb_or_a_described_title_is_no_name() {
        let tagger = crate::ner::Tagger::shipped().unwrap();
        let res = tagger.resources();
        let doc = Document::new("نص".to_owned(), Metadata::default());
        for (name, kind) in [
            ("سيلتقيان", EntityType::Org),
            ("ستحظى بطولة", EntityType::Misc),
            ("المدرب الهولندي", EntityType::Org),
            ("المدرب الالماني", EntityType::Org),
            ("الرئيس الأمريكي", EntityType::Per),
        ] {
            assert!(is_nonsense(&mention(name, kind), &doc, res), "{name}");
        }
        // Names that begin like a future verb, and a title before a name, are names.
        for (name, kind) in [
            ("سيدني", EntityType::Loc),
            ("ستالين", EntityType::Per),
            ("ستوكهولم", EntityType::Loc),
            ("سيلفيو برلسكوني", EntityType::Per),
            ("الرئيس الأمريكي باراك أوباما", EntityType::Per),
        ] {
            assert!(!is_nonsense(&mention(name, kind), &doc, res), "{name}");
        }
    }

    /// `name` as a mention at its place in `text`, with `text` tokenized.
    fn in_text(text: &str, name: &str) -> (Document, Mention) {
        let mut doc = Document::new(text.to_owned(), Metadata::default());
        doc.tokens =
            rasd_text::tokenize::tokenize(text, &rasd_text::normalize::Normalizer::standard());
        let start = text.find(name).unwrap();
        let m = Mention {
            span: Span::new(start, start + name.len()),
            ..mention(name, EntityType::Loc)
        };
        (doc, m)
    }

    #[test]
    fn an_indefinite_kind_of_organisation_is_no_name() {
        let tagger = crate::ner::Tagger::shipped().unwrap();
        let res = tagger.resources();
        let nonsense = |name: &str| {
            let words: Vec<String> = name.split(' ').map(normalize).collect();
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            is_indefinite_kind(&words, res)
        };
        assert!(nonsense("منظمة إرهابية"));
        assert!(nonsense("شركة أمريكية"));
        assert!(!nonsense("منظمة العفو الدولية"));
        assert!(!nonsense("شركة أرامكو السعودية"));
        assert!(!nonsense("منظمة"));
        assert!(!nonsense("جامعة تينيسي"));
        assert!(!nonsense("جامعة ولاية تنسي"));
    }

    #[test]
    fn a_phrase_of_devotion_is_no_name() {
        let tagger = crate::ner::Tagger::shipped().unwrap();
        let res = tagger.resources();
        let nonsense = |text: &str, name: &str| {
            let (doc, mut m) = in_text(text, name);
            m.name = normalize(name);
            is_nonsense(&m, &doc, res)
        };
        assert!(nonsense(
            "وسيكتمل المشروع بإذن الله قبل نهاية العام.",
            "إذن الله"
        ));
        assert!(nonsense(
            "وسيكتمل المشروع بإذن الله قبل نهاية العام.",
            "بإذن الله"
        ));
        // Names of that shape, and a name without a preposition before it, stay.
        assert!(!nonsense("وقال لنصر الله إن الحزب مستعد.", "نصر الله"));
        assert!(!nonsense("وقال فضل الله إن الموقف واضح.", "فضل الله"));
    }

    #[test]
    fn a_nisba_agreeing_with_the_noun_before_is_no_country() {
        let tagger = crate::ner::Tagger::shipped().unwrap();
        let res = tagger.resources();
        let (doc, m) = in_text("قتل 14 جنديا أفغانيا في الهجوم", "أفغانيا");
        assert!(is_nonsense(&m, &doc, res));
        for (text, name) in [
            ("زار الوزير أيضا تركيا الأسبوع الماضي", "تركيا"),
            ("وصل الوفد إلى تركيا أمس", "تركيا"),
            ("غادر الرئيس روسيا متوجها إلى الصين", "روسيا"),
            // A name in alef is no accusative noun: the place after it is the object.
            ("اتهم أوباما روسيا بالتدخل في الانتخابات", "روسيا"),
            ("ووصف زوما كينيا بأنها شريك", "كينيا"),
        ] {
            let (doc, m) = in_text(text, name);
            assert!(!is_nonsense(&m, &doc, res), "{text}");
        }
    }
}
