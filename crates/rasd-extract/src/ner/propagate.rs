//! A one-word name found once in an article is the same name wherever the article writes it.
//!
//! The tagger reads each sentence with its own context: `تنظيم داعش` announces the name, `مقاتلي
//! داعش` two sentences later does not, and the second sighting is missed. After decoding, a word
//! labelled as a one-word name somewhere in the article is given the same label where it stands
//! outside any name, with or without proclitics (the comparison is on clitic-stripped forms),
//! when annotated data vouches that the word is a name: it begins a name in at least half of its
//! sightings in the gazetteer (at least three), and it is not a kind-of-name noun, which begins
//! longer names (`منظمة`). Words that are names only some of the time (`حسين`, `البنك`) keep the
//! labels the tagger gave each sighting. A word given two types in the article is left alone.
//! The family name of a person named in full is carried too when general text never inflects
//! it, as names newer than the annotated data are (`باراك اوباما`, then `اوباما`).
//!
//! Before that, a first name the tagger left standing alone gets the word after it as its family
//! name (`جون كيري`) when that word is rare as written (`family_names`).

use rustc_hash::FxHashMap;

use rasd_text::annotations::EntityType;

use super::features::{Resources, WordInfo};
use super::labels::Label;
use super::trigger_names::is_bare_name_word;

/// Share of sightings that begin a name, for a word to be carried (percent).
const BEGINS_PERCENT: u32 = 50;
/// Annotated sightings below this count say nothing either way.
const MIN_SIGHTINGS: u32 = 3;

/// Confidence given to a word labelled by propagation.
pub const CONFIDENCE: f32 = 0.5;

/// Labels the other sightings of the article's one-word names; returns `(sentence, word)` of
/// every label it set.
pub fn apply(
    infos: &[Vec<WordInfo>],
    labels: &mut [Vec<Label>],
    res: &Resources,
) -> Vec<(usize, usize)> {
    let family = family_names(infos, labels, res);
    // One-word names and their labels; `None` once a word was seen with two.
    let mut names: FxHashMap<&str, Option<Label>> = FxHashMap::default();
    for (s, ls) in infos.iter().zip(labels.iter()) {
        for (i, (w, &l)) in s.iter().zip(ls).enumerate() {
            let single =
                !l.is_inside() && l != Label::O && ls.get(i + 1).is_none_or(|n| !n.is_inside());
            // The family name of a person named in full, when general text never inflects
            // it, is that person wherever the article writes it (`باراك اوباما`, then
            // `اوباما`); the name before it must be a first name too (annotated data's, or
            // another such word), so that one slip of the tagger (`شمس عكاظ`) spreads nowhere.
            let after_first_name = || {
                i.checked_sub(1)
                    .and_then(|p| s.get(p))
                    .is_some_and(|p| first_name(p, res) || is_bare_name_word(p, res))
            };
            let l = if single && vouched(w, res) {
                l
            } else if l.kind() == Some(EntityType::Per)
                && l.is_inside()
                && is_bare_name_word(w, res)
                && after_first_name()
            {
                Label::new(EntityType::Per, false)
            } else {
                continue;
            };
            names
                .entry(w.stripped.word.as_str())
                .and_modify(|e| {
                    if *e != Some(l) {
                        *e = None;
                    }
                })
                .or_insert(Some(l));
        }
    }
    let mut changed = family;
    if names.is_empty() {
        return changed;
    }
    for (k, (s, ls)) in infos.iter().zip(labels.iter_mut()).enumerate() {
        for (i, w) in s.iter().enumerate() {
            if ls.get(i) != Some(&Label::O) {
                continue;
            }
            if let Some(&Some(l)) = names.get(w.stripped.word.as_str()) {
                // Right after a person's name the word continues it (`باراك` tagged alone,
                // then `اوباما`).
                let after_person = w.stripped.clitic_letters == 0
                    && i.checked_sub(1)
                        .and_then(|p| ls.get(p))
                        .is_some_and(|p| p.kind() == Some(EntityType::Per));
                let l = if after_person && l.kind() == Some(EntityType::Per) {
                    Label::new(EntityType::Per, true)
                } else {
                    l
                };
                if let Some(slot) = ls.get_mut(i) {
                    *slot = l;
                    changed.push((k, i));
                }
            }
        }
    }
    changed
}

/// Share of a first name's sightings inside person names where it is the first word (percent).
const FIRST_PERCENT: u32 = 80;

/// Words more frequent than this rank are not taken for a family name after a first name.
const FAMILY_RANK: u32 = 5000;

/// Gives a first name standing alone its family name, the next word, when that word reads as
/// one: `جون كيري`, whose second word the clitic stripper reads as ك + `يري` (a verb), so that
/// its features say "common word" where the word as written is a rare one.
///
/// The first name is a one-word person name that annotated data shows beginning person names
/// at least as often as not ([`BEGINS_PERCENT`], [`MIN_SIGHTINGS`]). The next word, left
/// outside any name, must be an Arabic word without the article (also after a preposition:
/// `للتنمية`), without a conjunction, a pronoun or the accusative ending, rare as written
/// ([`FAMILY_RANK`]), neither a trigger word as written or stripped nor a word annotated data
/// has seen as written at least [`MIN_SIGHTINGS`] times and never inside a name (`نظيره`,
/// his counterpart).
fn family_names(
    infos: &[Vec<WordInfo>],
    labels: &mut [Vec<Label>],
    res: &Resources,
) -> Vec<(usize, usize)> {
    let per = Label::new(EntityType::Per, false);
    let per_inside = Label::new(EntityType::Per, true);
    let mut changed = Vec::new();
    for (k, (s, ls)) in infos.iter().zip(labels.iter_mut()).enumerate() {
        for i in 1..s.len().min(ls.len()) {
            if ls[i - 1] != per || ls[i] != Label::O || !first_name(&s[i - 1], res) {
                continue;
            }
            if family_name(&s[i], res) {
                ls[i] = per_inside;
                changed.push((k, i));
            }
        }
    }
    changed
}

/// Whether annotated data says the word mostly begins a person's name.
fn first_name(w: &WordInfo, res: &Resources) -> bool {
    // A family name seen alone begins names too, but is inside one more often than first.
    res.gazetteer.get(&w.stripped.word).is_some_and(|e| {
        e.total >= MIN_SIGHTINGS
            && e.begins[0] * 100 >= e.total * BEGINS_PERCENT
            && e.begins[0] * 100 >= e.by_type[0] * FIRST_PERCENT
    })
}

/// Whether the word as written may be a family name after a first name.
fn family_name(w: &WordInfo, res: &Resources) -> bool {
    let seen_outside = |word: &str| {
        res.gazetteer
            .get(word)
            .is_some_and(|e| e.total >= MIN_SIGHTINGS && e.by_type.iter().all(|&n| n == 0))
    };
    // A conjunction is real before a second name (`جون وكيري` is two people); a preposition
    // is the misreading this mends.
    let conjunction = w.norm.starts_with('و') || w.norm.starts_with('ف');
    // A known word with the accusative ending (`واقفا`) or a pronoun (`نظيره`) describes the
    // person; it does not name them.
    let suffixed = ['ا', 'ه'].iter().any(|&c| {
        w.norm
            .strip_suffix(c)
            .is_some_and(|stem| res.freq.rank(stem) != super::lexicon::UNKNOWN_RANK)
    });
    w.shape == 'A'
        && !conjunction
        && !suffixed
        && w.trigger.is_none()
        && res.triggers.get(&w.norm).is_none()
        && !w.norm.starts_with("ال")
        // `للتنمية` is ل + the article + a word: a preposition's phrase, not a name.
        && !w.stripped.word.starts_with("ال")
        && w.norm.chars().count() >= 3
        && res.freq.rank(&w.norm) > FAMILY_RANK
        && !seen_outside(&w.norm)
}

/// Whether annotated data says the word mostly begins a name.
fn vouched(w: &WordInfo, res: &Resources) -> bool {
    (w.shape == 'A' || w.shape == 'L')
        && w.trigger.is_none()
        && res.gazetteer.get(&w.stripped.word).is_some_and(|e| {
            e.total >= MIN_SIGHTINGS
                && e.begins.iter().copied().max().unwrap_or(0) * 100 >= e.total * BEGINS_PERCENT
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::Tagger;
    use crate::ner::features::analyse_words;

    #[test]
    fn carries_vouched_names_only() {
        let tagger = Tagger::shipped().unwrap();
        let res = tagger.resources();
        let sentences = [
            vec!["وصل", "الوفد", "إلى", "واشنطن", "ورفض", "البنك", "الطلب"],
            vec!["وقالت", "مصادر", "في", "وواشنطن", "إن", "البنك", "وافق"],
        ];
        let infos: Vec<_> = sentences.iter().map(|s| analyse_words(s, res)).collect();
        let (loc, org) = (
            Label::new(EntityType::Loc, false),
            Label::new(EntityType::Org, false),
        );
        let mut labels = vec![
            vec![Label::O, Label::O, Label::O, loc, Label::O, org, Label::O],
            vec![Label::O; 7],
        ];
        let changed = apply(&infos, &mut labels, res);
        // `واشنطن` (a name at nearly all its sightings) is carried, clitics and all; `البنك`
        // (a name at under half) is not.
        assert_eq!(changed, [(1, 3)]);
        assert_eq!(labels[1][3], loc);
        assert_eq!(labels[1][5], Label::O);
    }

    #[test]
    fn carries_a_full_names_uninflected_family_name() {
        let tagger = Tagger::shipped().unwrap();
        let res = tagger.resources();
        let (per, inside) = (
            Label::new(EntityType::Per, false),
            Label::new(EntityType::Per, true),
        );
        let sentences = [
            vec!["واستقبل", "الرئيس", "باراك", "أوباما", "ضيفه"],
            vec!["وقال", "أوباما", "إن", "المحادثات", "مثمرة"],
            vec!["وأضاف", "وفد", "هولاند", "أن", "الزيارة", "مهمة"],
            vec!["وشكر", "هولاند", "مضيفيه"],
        ];
        let infos: Vec<_> = sentences.iter().map(|s| analyse_words(s, res)).collect();
        let mut labels: Vec<Vec<Label>> =
            sentences.iter().map(|s| vec![Label::O; s.len()]).collect();
        (labels[0][2], labels[0][3]) = (per, inside);
        // A slip of the tagger: `وفد` is no first name.
        (labels[2][1], labels[2][2]) = (per, inside);
        let changed = apply(&infos, &mut labels, res);
        assert_eq!(changed, [(1, 1)]);
        assert_eq!(labels[1][1], per);
        assert_eq!(labels[3][1], Label::O);
    }
}
