//! Teams in match reports: the side that won, drew or lost, and the side it played.
//!
//! Clubs are named after cities (`ليون`, `ليل`), founders and common words (`الهلال`, `النصر`,
//! `الاتحاد`), so the tagger reads them as places or people, or not at all. A match report says
//! who played whom in a handful of fixed frames, and in those frames the side is a team: an
//! organisation. After decoding, in a sentence that speaks of a match (a word of its own, see
//! [`MATCH_WORDS`]):
//!
//! * the word right after a verb of result (`فاز`, `تعادل`, `خسر`, `تغلب`…), its subject;
//! * the word right after a word for the other side (`ضيفه`, `مضيفه`, `منافسه`), or after `على`,
//!   `أمام` or `مع` that follows a verb of result within a few words, the other side;
//!
//! is labelled ORG: the whole name the tagger read there as a place or other name (`[ليون]`),
//! not a person's (a coach or a player wins too), or one plain word it left out. A plain word
//! has no proclitic (`بهدف`, `بالمباراة` say how, not who), is no trigger, title or word of
//! the match itself, not among the 5,000 commonest words, and no common word with an ending
//! (`الفريقان`, `نظيره`).

use rasd_text::annotations::EntityType;

use super::features::{Resources, WordInfo};
use super::labels::Label;
use super::lexicon::UNKNOWN_RANK;

/// Words that make a sentence a match report (normalized, clitic-stripped).
const MATCH_WORDS: [&str; 12] = [
    "مباراه",
    "المباراه",
    "مباراته",
    "هدف",
    "هدفين",
    "اهداف",
    "الاهداف",
    "الشوط",
    "الدوري",
    "ضيفه",
    "مضيفه",
    "التعادل",
];

/// Verbs of a result: their subject is a side (normalized, clitic-stripped).
const RESULT_VERBS: [&str; 9] = [
    "فاز",
    "تعادل",
    "خسر",
    "تغلب",
    "هزم",
    "سحق",
    "اكتسح",
    "تجاوز",
    "عبر",
];

/// Words for the other side: the next word names it.
const OPPONENT_WORDS: [&str; 4] = ["ضيفه", "مضيفه", "منافسه", "خصمه"];

/// Prepositions that introduce the other side after a verb of result.
const AGAINST: [&str; 3] = ["علي", "امام", "مع"];

/// Most words between a verb of result and the preposition of the other side.
const MAX_GAP: usize = 4;

/// Rank below which a word is too common to be a team's name that the tagger left out: the
/// frames also hold common nouns (`ركلة`, `نتيجة`, `التاريخ`).
const COMMON_RANK: u32 = 5000;

/// Labels the sides of the match reported in one decoded sentence as organisations; returns
/// the indices of the words it labelled.
pub fn apply(infos: &[WordInfo], labels: &mut [Label], res: &Resources) -> Vec<usize> {
    let n = infos.len().min(labels.len());
    let word = |k: usize| infos.get(k).map_or("", |w| w.stripped.word.as_str());
    if !(0..n).any(|k| MATCH_WORDS.contains(&word(k))) {
        return Vec::new();
    }
    let mut sides = Vec::new();
    for k in 0..n {
        if RESULT_VERBS.contains(&word(k)) {
            sides.push(k + 1);
            if let Some(p) = (k + 2..(k + 2 + MAX_GAP).min(n)).find(|&p| AGAINST.contains(&word(p)))
            {
                sides.push(p + 1);
            }
        } else if OPPONENT_WORDS.contains(&word(k)) {
            sides.push(k + 1);
        }
    }
    let mut changed = Vec::new();
    for at in sides {
        if at >= n {
            continue;
        }
        if labels[at].kind().is_some() {
            // The name read there, whatever its type, from its first word on.
            if labels[at].is_inside() {
                continue;
            }
            let mut end = at + 1;
            while end < n && labels[end].is_inside() {
                end += 1;
            }
            // A person wins too (`فاز مورينيو`): only a place or other name is read again.
            if matches!(labels[at].kind(), Some(EntityType::Loc | EntityType::Misc)) {
                for (k, label) in labels.iter_mut().enumerate().take(end).skip(at) {
                    *label = Label::new(EntityType::Org, k != at);
                    changed.push(k);
                }
            }
        } else if plain_name(&infos[at], res) {
            labels[at] = Label::new(EntityType::Org, false);
            changed.push(at);
        }
    }
    changed
}

/// Whether a word outside any name may be a team's name on its own: with the article, only a
/// word annotated data saw in organisations' names (`اللدود`, `المعسكر` are common words);
/// without it, a word general text writes as names are written, never with the article or an
/// ending (`سموحة`, but not `ركلة`, `مثلث`), or does not know at all.
fn plain_name(w: &WordInfo, res: &Resources) -> bool {
    let word = w.stripped.word.as_str();
    let plain = matches!(w.shape, 'A' | 'L')
        && w.stripped.clitic_letters == 0
        && w.trigger.is_none()
        && !w.title
        && !MATCH_WORDS.contains(&word)
        && res.freq.rank(word) >= COMMON_RANK
        && !is_inflected_common_noun(w);
    let org = usize::from(super::labels::type_index(EntityType::Org));
    let in_org_names = res
        .gazetteer
        .get(word)
        .is_some_and(|e| e.by_type.get(org).is_some_and(|&n| n > 0));
    let name_like = if word.starts_with("ال") {
        in_org_names
    } else {
        in_org_names || res.freq.rank(word) == UNKNOWN_RANK || res.freq.is_uninflected(word)
    };
    plain && name_like
}

/// Whether the word is a word general text knows well with an ending: a dual or plural
/// (`الفريقان`, `اللاعبين`) or a pronoun (`نظيره`, `ملعبه`). A team is not named so.
fn is_inflected_common_noun(w: &WordInfo) -> bool {
    // `features::SUFFIXES` lists the endings; a base of class 9 or less is among the 50,000
    // commonest words.
    w.inflection.is_some_and(|(_, base)| base <= 9)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn orgs(words: &[&str]) -> Vec<String> {
        crate::ner::testing::labelled_by(words, &[], apply)
    }

    #[test]
    fn the_sides_of_a_result_are_teams() {
        let words = [
            "وتعادل",
            "ليون",
            "مع",
            "ضيفه",
            "بنفيكا",
            "بهدف",
            "لمثله",
            "في",
            "المباراة",
        ];
        assert_eq!(orgs(&words), ["ليون", "بنفيكا"]);
        let words = ["وفاز", "قرطاجنة", "على", "ليفادا", "بثلاثة", "أهداف"];
        assert_eq!(orgs(&words), ["قرطاجنة", "ليفادا"]);
        // A common word with the article that no annotated organisation holds stays out.
        let words = ["وفاز", "القرطاجني", "على", "المعسكر", "بثلاثة", "أهداف"];
        assert!(!orgs(&words).contains(&"المعسكر".to_owned()));
    }

    #[test]
    fn without_a_match_or_a_plain_word_there_is_no_team() {
        // No word of a match: a party won the elections.
        assert!(orgs(&["وفاز", "الائتلاف", "على", "منافسيه", "في", "الانتخابات"]).is_empty());
        // `بالمباراة` says how, `الفريقان` is a common noun.
        assert!(orgs(&["وفاز", "بالمباراة", "بهدف"]).is_empty());
        assert!(orgs(&["وتعادل", "الفريقان", "في", "المباراة"]).is_empty());
    }
}
