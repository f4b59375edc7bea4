//! Names that go on past a word which, in annotated data, never ends one.
//!
//! Some words are seen inside names many times and hardly ever at their end: the first part of
//! a compound place (`نيو`, `لوس`, `هونج`, `سان`), `الولايات` of `الولايات المتحدة`, `كوريا` of
//! `كوريا الشمالية`, given names like `كوفي` that the data only ever shows before a family name.
//! The tagger weighs each word by its context, and when the next word is a name of its own
//! (`أنجليس`, `العراق`) it may close the name and begin another: `[لوس] [أنجليس]`. The
//! gazetteer counts, for every word and type, how often the word was the last of a name
//! ([`GazEntry::ends`]), so after decoding, in each sentence:
//!
//! * a name whose last word hardly ever ends a name of its type takes the name that begins
//!   right after it, when that name is of the same type and its first word has no proclitic:
//!   `[لوس أنجليس]`;
//! * a place, organisation or other name takes the next word even when it is outside any name,
//!   when that word is a plain word (no proclitic, no trigger) seen in names of that type in a
//!   fair share of its sightings: `[المحيط الهادئ]`. Not a person's: a given name the data
//!   always saw before a family name (`فيصل`) is often the whole name after a title
//!   (`الأمير فيصل`);
//! * a name takes the word before it when that word is outside any name, no trigger (the
//!   tagger leaves `قرية`, `مدينة` out of the names they introduce) and no title, was seen in
//!   names of that type in most of its sightings, and hardly ever ended one: `[كوفي عنان]`.
//!
//! A trigger or a title never carries a name on.
//!
//! Nothing here is a list of words: which words carry a name on is what the annotated data
//! shows, and a word it never saw changes nothing.

use rasd_text::annotations::EntityType;

use super::features::{Resources, WordInfo};
use super::gazetteer::GazEntry;
use super::labels::{Label, type_index};

/// Fewest sightings of a word inside names of a type, not at their end, for it to carry a
/// name on: fewer say too little.
const MIN_INSIDE: u32 = 3;

/// A word carries a name on when the times it ended one, multiplied by this, are still no more
/// than the times it went on: at most one ending in ten.
const ENDS_RATIO: u32 = 10;

/// Share of its sightings (in percent) a word before a name must have spent inside names of
/// that type for the name to take it: `جنوب`, `شمال` go on place names too, but most of their
/// sightings are outside any name.
const NAME_WORD_PERCENT: u32 = 70;

/// Share of its sightings (in percent) a word outside any name must have spent inside names of
/// a type to be taken into one: `في` is inside `منظمة الأمن والتعاون في أوروبا`, but in a
/// tiny share of its sightings. Words the data never saw are not taken: a word wrongly tagged
/// as a name (`ريال`, the currency, read as the club) would take whatever follows it.
const NEXT_NAME_PERCENT: u32 = 10;

/// Longest name the rule builds, in words.
const MAX_WORDS: usize = 8;

/// Whether `e` shows a word that hardly ever ends a name of type index `t`.
fn carries_on(e: &GazEntry, t: usize) -> bool {
    let (Some(&inside), Some(&ends)) = (e.by_type.get(t), e.ends.get(t)) else {
        return false;
    };
    let not_last = inside.saturating_sub(ends);
    not_last >= MIN_INSIDE && ends.saturating_mul(ENDS_RATIO) <= not_last
}

/// Whether `e` shows a word seen inside names of type index `t` in most of its sightings.
fn mostly_in_names(e: &GazEntry, t: usize) -> bool {
    e.by_type
        .get(t)
        .is_some_and(|&n| n.saturating_mul(100) >= e.total.saturating_mul(NAME_WORD_PERCENT))
}

/// Whether the word is written in letters (Arabic or Latin): no number or punctuation goes on
/// a name.
fn is_lettered(w: &WordInfo) -> bool {
    matches!(w.shape, 'A' | 'L')
}

/// Whether a word outside any name may be taken as the next word of a name of type index `t`:
/// a lettered word without proclitics (`وإيران` begins a phrase of its own) and no trigger,
/// that the data saw inside names of that type in a fair share of its sightings (`الهادئ` of
/// `المحيط الهادئ`).
fn takes_next_word(w: &WordInfo, e: Option<&GazEntry>, t: usize) -> bool {
    let name_like = e.is_some_and(|e| {
        e.by_type.get(t).is_some_and(|&n| {
            n > 0 && n.saturating_mul(100) >= e.total.saturating_mul(NEXT_NAME_PERCENT)
        })
    });
    is_lettered(w) && w.stripped.clitic_letters == 0 && w.trigger.is_none() && name_like
}

/// Whether the word is a trigger or a title, also when written with a conjunction that the
/// clitic stripping kept (`وقرية`, `والشيخ`: frequent enough as written to be kept whole).
fn introduces_names(w: &WordInfo, res: &Resources) -> bool {
    let is = |word: &str| res.triggers.get(word).is_some() || res.triggers.is_title(word);
    w.trigger.is_some()
        || w.title
        || ["و", "ف"]
            .iter()
            .any(|c| w.stripped.word.strip_prefix(c).is_some_and(is))
}

/// Carries the names of one decoded sentence on past words that never end a name; returns the
/// indices of the words it labelled, each with the index of the word whose confidence it takes
/// (the neighbour already in the name).
pub fn apply(infos: &[WordInfo], labels: &mut [Label], res: &Resources) -> Vec<(usize, usize)> {
    let n = infos.len().min(labels.len());
    let entry = |k: usize| {
        infos
            .get(k)
            .and_then(|w| res.gazetteer.get(&w.stripped.word))
    };
    let mut changed = Vec::new();
    let mut i = 0;
    while i < n {
        let Some(kind) = labels[i].kind() else {
            i += 1;
            continue;
        };
        let t = usize::from(type_index(kind));
        let mut start = i;
        // The word before, outside any name, that the data sees begin names of this type.
        if let Some(before) = i.checked_sub(1)
            && labels[before] == Label::O
            && is_lettered(&infos[before])
            && !introduces_names(&infos[before], res)
            && entry(before).is_some_and(|e| carries_on(e, t) && mostly_in_names(e, t))
        {
            labels[before] = Label::new(kind, false);
            labels[i] = Label::new(kind, true);
            changed.push((before, i));
            start = before;
        }
        let mut end = i;
        while labels.get(end + 1).is_some_and(|l| l.is_inside()) {
            end += 1;
        }
        while end + 1 < n && end + 1 - start < MAX_WORDS {
            // A trigger or title carries no name on: the tagger leaves those words out of the
            // names they introduce (`وقرية` before `الباغوز`).
            if !entry(end).is_some_and(|e| carries_on(e, t)) || introduces_names(&infos[end], res) {
                break;
            }
            let next = end + 1;
            let w = &infos[next];
            // A word with a proclitic begins a phrase of its own (`وكريم بنزيمة` after
            // `جاريث بيل`: a list of two names).
            let takes = match labels[next].kind() {
                Some(k) => k == kind && w.stripped.clitic_letters == 0,
                None => kind != EntityType::Per && takes_next_word(w, entry(next), t),
            };
            if !takes {
                break;
            }
            labels[next] = Label::new(kind, true);
            changed.push((next, end));
            end = next;
            // The rest of a name the taken word began is part of this one now.
            while labels.get(end + 1).is_some_and(|l| l.is_inside()) {
                end += 1;
            }
        }
        i = end + 1;
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::gazetteer::Gazetteer;
    use crate::ner::lexicon::FreqLexicon;

    /// Resources whose gazetteer holds `words`, each seen `inside` times inside places and
    /// ending one `ends` times, out of `total` sightings.
    fn resources(words: &[(&str, u32, u32, u32)]) -> Resources {
        let mut gazetteer = Gazetteer::default();
        for &(w, inside, ends, total) in words {
            let t = usize::from(type_index(EntityType::Loc));
            let mut e = GazEntry {
                total,
                ..GazEntry::default()
            };
            e.by_type[t] = inside;
            e.begins[t] = inside;
            e.ends[t] = ends;
            gazetteer.insert(w.to_owned(), e);
        }
        // A word list that knows `زنبيل` past its hundred commonest words, so that `وزنبيل` is
        // read as `و` + `زنبيل`.
        let ranked = (0..200)
            .map(|k| format!("كلمه{k}"))
            .chain(["زنبيل".to_owned()]);
        Resources {
            gazetteer,
            freq: FreqLexicon::from_ranked(ranked),
            ..Resources::default()
        }
    }

    fn infos(words: &[&str], res: &Resources) -> Vec<WordInfo> {
        words.iter().map(|w| WordInfo::new(w, res)).collect()
    }

    fn loc(inside: bool) -> Label {
        Label::new(EntityType::Loc, inside)
    }

    #[test]
    fn a_word_that_never_ends_a_name_joins_the_next_one() {
        let res = resources(&[("قرطم", 12, 0, 12), ("بلوز", 5, 5, 6)]);
        let words = infos(&["زار", "قرطم", "بلوز", "امس"], &res);
        let mut labels = vec![Label::O, loc(false), loc(false), Label::O];
        let changed = apply(&words, &mut labels, &res);
        assert_eq!(labels, [Label::O, loc(false), loc(true), Label::O]);
        assert_eq!(changed, [(2, 1)]);
    }

    #[test]
    fn a_word_that_often_ends_a_name_leaves_the_next_one_apart() {
        // Seen ending a name in half its sightings: a list of two places, not one name.
        let res = resources(&[("قرطم", 12, 6, 12), ("بلوز", 5, 5, 6)]);
        let words = infos(&["زار", "قرطم", "بلوز", "امس"], &res);
        let mut labels = vec![Label::O, loc(false), loc(false), Label::O];
        assert!(apply(&words, &mut labels, &res).is_empty());
        assert_eq!(labels, [Label::O, loc(false), loc(false), Label::O]);
    }

    #[test]
    fn a_place_takes_a_next_word_seen_in_places_but_not_a_phrase_of_its_own() {
        // `زنبيل` was in places in 4 of its 10 sightings, `كرسي` in 1 of 50, `مقعد` never.
        let res = resources(&[("قرطم", 12, 0, 12), ("زنبيل", 4, 4, 10), ("كرسي", 1, 1, 50)]);
        let mut labels = vec![Label::O, loc(false), Label::O];
        apply(&infos(&["زار", "قرطم", "زنبيل"], &res), &mut labels, &res);
        assert_eq!(labels, [Label::O, loc(false), loc(true)]);
        // `وزنبيل` begins a phrase of its own, `.` is no word, and the others are no names.
        for next in ["وزنبيل", ".", "كرسي", "مقعد"] {
            let mut labels = vec![Label::O, loc(false), Label::O];
            apply(&infos(&["زار", "قرطم", next], &res), &mut labels, &res);
            assert_eq!(labels, [Label::O, loc(false), Label::O], "{next}");
        }
    }

    #[test]
    fn a_word_mostly_seen_in_names_is_taken_before_one() {
        let res = resources(&[("قرطم", 12, 0, 14), ("جنوم", 12, 0, 200)]);
        let mut labels = vec![Label::O, Label::O, loc(false)];
        apply(&infos(&["زار", "قرطم", "بلوز"], &res), &mut labels, &res);
        assert_eq!(labels, [Label::O, loc(false), loc(true)]);
        // Seen in names in 6% of its sightings: a word of its own before the name.
        let mut labels = vec![Label::O, Label::O, loc(false)];
        apply(&infos(&["زار", "جنوم", "بلوز"], &res), &mut labels, &res);
        assert_eq!(labels, [Label::O, Label::O, loc(false)]);
    }
}
