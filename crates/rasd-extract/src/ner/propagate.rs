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

use rustc_hash::FxHashMap;

use super::features::{Resources, WordInfo};
use super::labels::Label;

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
    // One-word names and their labels; `None` once a word was seen with two.
    let mut names: FxHashMap<&str, Option<Label>> = FxHashMap::default();
    for (s, ls) in infos.iter().zip(labels.iter()) {
        for (i, (w, &l)) in s.iter().zip(ls).enumerate() {
            let single =
                !l.is_inside() && l != Label::O && ls.get(i + 1).is_none_or(|n| !n.is_inside());
            if single && vouched(w, res) {
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
    }
    let mut changed = Vec::new();
    if names.is_empty() {
        return changed;
    }
    for (k, (s, ls)) in infos.iter().zip(labels.iter_mut()).enumerate() {
        for (i, w) in s.iter().enumerate() {
            if ls.get(i) != Some(&Label::O) {
                continue;
            }
            if let Some(Some(l)) = names.get(w.stripped.word.as_str())
                && let Some(slot) = ls.get_mut(i)
            {
                *slot = *l;
                changed.push((k, i));
            }
        }
    }
    changed
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
    use rasd_text::annotations::EntityType;

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
}
