//! Names held together by the words of lineage: `بن`, `بنت`, `ابن`, `ولد`, `آل`, `عبد`, `أبو`.
//!
//! An Arabic name chains given names with `بن` and `بنت` ("son of", "daughter of"), names a
//! family with `آل`, and builds names from `عبد` ("servant of") and `أبو` ("father of"). None of
//! these words ends a name, and `بن` or `بنت` does not begin one after a given name: the name
//! goes on, or began, across it. The tagger weighs each word by its context, and it often stops
//! at such a word when the next name is also a common word (`الأمير عبدالله بن مساعد`,
//! `المهندس عبداللطيف بن عبدالملك`, `عبد الملك`), leaving `عبدالله بن` in the article's
//! entities. After decoding, in each sentence:
//!
//! * a name whose last word is a word of lineage takes the next word, and with it the rest of
//!   a name that word begins;
//! * a person's name followed by `بن`, `بنت` or `آل` and a word takes both (the chain
//!   `فيصل بن فهد بن مساعد` is read to its end);
//! * a name that begins with `بن` or `بنت` takes the word before it, the given name, when that
//!   word is a plain word outside any name (`مساعد بن غالي العنزي`): not a defined word (a
//!   title, `الأمير بن سلمان`) or a word with a proclitic.
//!
//! ANERcorp, the tagger's training data, writes these words inside the names they join (`بن` is
//! followed by a word of the same name in every one of its 108 sightings), so the rule agrees
//! with the data the tagger is measured on.

use rasd_text::annotations::EntityType;

use super::features::WordInfo;
use super::labels::Label;

/// Words that never end a name: what follows them belongs to it. `ولد` is "son of" in
/// Mauritanian names (`محمد ولد عبد العزيز`); elsewhere it is "born" or "boy", which the tagger
/// does not put at the end of a name. (`أبي`, the genitive of `أبو`, is left out: normalized it
/// is also the surname `آبي`, Abe.)
pub(crate) const LINKS: [&str; 7] = ["بن", "بنت", "ابن", WALAD, "ال", "عبد", "ابو"];

/// The Mauritanian "son of", which is also "was born" and "boy".
const WALAD: &str = "ولد";

/// Words that continue a person's name after it, with the name they introduce. `ابن` after a
/// whole name is more often "a son of" a place or a family in apposition (`ابن الأحساء`).
const CHAIN: [&str; 3] = ["بن", "بنت", "ال"];

/// Words whose name goes back to the given name before them.
const NASAB: [&str; 2] = ["بن", "بنت"];

/// "Son of", "daughter of" (normalized): what follows them in a name is a father's name.
pub const SON_OF: [&str; 3] = ["بن", "ابن", "بنت"];

/// Longest name the rule builds, in words: the longest chains of royal names
/// (`فيصل بن فهد بن مساعد بن سعود بن عبد العزيز`) fit.
const MAX_WORDS: usize = 12;

/// Joins the names across words of lineage in one decoded sentence; returns the indices of the
/// words it labelled.
pub fn apply(infos: &[WordInfo], labels: &mut [Label]) -> Vec<usize> {
    let n = infos.len().min(labels.len());
    let mut changed = Vec::new();
    let mut i = 0;
    while i < n {
        let Some(kind) = labels[i].kind() else {
            i += 1;
            continue;
        };
        let mut start = i;
        let before = i
            .checked_sub(1)
            .filter(|_| !labels[i].is_inside() && is_word(infos, i))
            .filter(|_| is_one_of(&infos[i], &NASAB))
            .filter(|&k| given_name_before(infos, labels, k));
        if let Some(before) = before {
            labels[before] = Label::new(kind, false);
            labels[i] = Label::new(kind, true);
            changed.extend([before, i]);
            start = before;
        }
        let mut end = i;
        while labels.get(end + 1).is_some_and(|l| l.is_inside()) {
            end += 1;
        }
        loop {
            let last = &infos[end];
            // `ولد` is also "was born" (`ابني ولد في`): it takes only a word that is no
            // function word.
            let walad_ok =
                !is_one_of(last, &[WALAD]) || infos[end + 1..].first().is_some_and(|w| w.freq > 1);
            let takes = if is_one_of(last, &LINKS) && is_word(infos, end + 1) && walad_ok {
                1
            } else if kind == EntityType::Per
                && is_word(infos, end + 1)
                && is_one_of(&infos[end + 1], &CHAIN)
                && is_word(infos, end + 2)
            {
                2
            } else {
                0
            };
            if takes == 0 || end + takes - start >= MAX_WORDS {
                break;
            }
            // A father's name may begin with a defined title of its own (`ولد الشيخ أحمد`,
            // `بن الشيخ محمد`): the title does not end it when a plain word that annotated
            // data knows as a person's follows. (An indefinite title is a given name there:
            // `بن مساعد`.)
            let takes = if takes == 1
                && (is_one_of(&infos[end], &SON_OF) || is_one_of(&infos[end], &[WALAD]))
                && infos[end + 1].title
                && infos[end + 1].stripped.clitic_letters == 0
                && infos[end + 1].stripped.word.starts_with("ال")
                && is_word(infos, end + 2)
                && infos[end + 2].stripped.clitic_letters == 0
                && !infos[end + 2].stripped.word.starts_with("ال")
                && infos[end + 2].gaz[0] >= 2
            {
                2
            } else {
                takes
            };
            for (k, label) in labels.iter_mut().enumerate().skip(end + 1).take(takes) {
                *label = Label::new(kind, true);
                changed.push(k);
            }
            end += takes;
            // A name the taken word began is part of this one now.
            while labels.get(end + 1).is_some_and(|l| l.is_inside()) {
                end += 1;
                labels[end] = Label::new(kind, true);
                changed.push(end);
            }
        }
        i = end + 1;
    }
    changed.sort_unstable();
    changed.dedup();
    changed
}

/// Whether the word at `k` may go on a name: an Arabic word (not punctuation, a number or
/// Latin), and not a known place behind a preposition (`محمد بن ببغداد`, where the text broke
/// the name off).
fn is_word(infos: &[WordInfo], k: usize) -> bool {
    infos.get(k).is_some_and(|w| {
        let place_behind_clitic = w.stripped.clitic_letters > 0 && w.gaz[1] >= 2 && w.gaz[0] < 2;
        w.shape == 'A' && !place_behind_clitic
    })
}

/// Whether the word, as written, is one of `words`: with a conjunction before it (`وابن`), it
/// begins another name.
fn is_one_of(w: &WordInfo, words: &[&str]) -> bool {
    words.contains(&w.norm.as_str())
}

/// Whether the word at `k`, right before `بن`, is a given name the tagger left out: a plain
/// word outside any name. A title without the article is a given name there (`مساعد بن غالي`,
/// `أمير بن`); with it, it is the title of the name (`الأمير بن سلمان`).
fn given_name_before(infos: &[WordInfo], labels: &[Label], k: usize) -> bool {
    infos.get(k).is_some_and(|w| {
        w.shape == 'A'
            && labels.get(k) == Some(&Label::O)
            && w.stripped.clitic_letters == 0
            && !w.stripped.word.starts_with("ال")
            && !is_one_of(w, &LINKS)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::Tagger;
    use crate::ner::features::analyse_words;

    /// The labels after the rule, given the tagger's labels for some words (the rest `O`).
    fn joined(words: &[&str], given: &[(usize, &str)]) -> Vec<String> {
        let tagger = Tagger::shipped().expect("shipped model");
        let infos = analyse_words(words, tagger.resources());
        let mut labels = vec![Label::O; words.len()];
        for &(k, tag) in given {
            labels[k] = Label::parse(tag).expect("tag");
        }
        apply(&infos, &mut labels);
        labels.iter().map(|l| l.as_str().to_owned()).collect()
    }

    #[test]
    fn a_name_does_not_end_on_a_word_of_lineage() {
        // `عبدالله بن` → `عبدالله بن مساعد`, and the chain read on to its end.
        let words = [
            "الأمير",
            "عبدالله",
            "بن",
            "مساعد",
            "بن",
            "عبدالعزيز",
            "رئيس",
            "النادي",
        ];
        let labels = joined(&words, &[(1, "B-PERS"), (2, "I-PERS")]);
        assert_eq!(
            labels,
            [
                "O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "I-PERS", "O", "O"
            ]
        );
        // `عبد` takes the next word, and the family after `آل`.
        let words = ["المهندس", "عبد", "الملك", "آل", "الشيخ", "قال"];
        let labels = joined(&words, &[(1, "B-PERS")]);
        assert_eq!(labels, ["O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "O"]);
        // A name the next word began is merged, whatever its type.
        let words = ["الأمير", "سعود", "بن", "نايف", "بن", "عبدالعزيز"];
        let labels = joined(
            &words,
            &[(1, "B-PERS"), (2, "I-PERS"), (3, "B-LOC"), (4, "I-LOC")],
        );
        assert_eq!(
            labels[1..],
            ["B-PERS", "I-PERS", "I-PERS", "I-PERS", "I-PERS"]
        );
    }

    #[test]
    fn a_fathers_name_after_walad_or_bin_goes_on_past_its_title() {
        // `ولد` is "son of" in Mauritanian names; the father's name may open with a title.
        let words = ["المبعوث", "محمد", "ولد", "الشيخ", "سيدي", "إن"];
        let labels = joined(&words, &[(1, "B-PERS"), (2, "I-PERS")]);
        assert_eq!(labels, ["O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "O"]);
        let words = ["وقال", "عمر", "بن", "الشيخ", "صالح", "إن"];
        let labels = joined(&words, &[(1, "B-PERS"), (2, "I-PERS")]);
        assert_eq!(labels, ["O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "O"]);
        // An indefinite title after `بن` is a given name, and what follows it is not taken.
        let words = ["عبدالله", "بن", "مساعد", "الرئيس", "السابق"];
        let labels = joined(&words, &[(0, "B-PERS"), (1, "I-PERS")]);
        assert_eq!(labels, ["B-PERS", "I-PERS", "I-PERS", "O", "O"]);
        // `ولد` is also "was born": a function word after it is no name.
        let words = ["ابني", "ولد", "في", "الرياض"];
        let labels = joined(&words, &[(0, "B-PERS"), (1, "I-PERS")]);
        assert_eq!(labels, ["B-PERS", "I-PERS", "O", "O"]);
    }

    #[test]
    fn a_given_name_before_bin_joins_but_a_title_does_not() {
        let words = ["وأفاد", "مساعد", "بن", "غالي", "العنزي", "المتحدث"];
        let labels = joined(&words, &[(2, "B-PERS"), (3, "I-PERS"), (4, "I-PERS")]);
        assert_eq!(labels[1..5], ["B-PERS", "I-PERS", "I-PERS", "I-PERS"]);
        let words = ["الأمير", "بن", "سلمان"];
        let labels = joined(&words, &[(1, "B-PERS"), (2, "I-PERS")]);
        assert_eq!(labels, ["O", "B-PERS", "I-PERS"]);
    }

    #[test]
    fn punctuation_and_other_types_stop_the_chain() {
        // A name cut by punctuation stays cut; a place is not read on past `بن`.
        let words = ["عبدالله", "بن", "،", "وقال"];
        assert_eq!(
            joined(&words, &[(0, "B-PERS"), (1, "I-PERS")]),
            ["B-PERS", "I-PERS", "O", "O"]
        );
        let words = ["الرياض", "بن", "سلمان"];
        assert_eq!(joined(&words, &[(0, "B-LOC")]), ["B-LOC", "O", "O"]);
        // A known place behind a preposition is not the rest of the name.
        let words = ["محمد", "بن", "ببغداد"];
        assert_eq!(
            joined(&words, &[(0, "B-PERS"), (1, "I-PERS")]),
            ["B-PERS", "I-PERS", "O"]
        );
    }

    #[test]
    fn names_that_only_look_joined_stay_apart() {
        // `آبي` (Abe) normalizes to the genitive `أبي`, which is no link at a name's end.
        let words = ["شينزو", "آبي", "بشكل", "واضح"];
        assert_eq!(
            joined(&words, &[(0, "B-PERS"), (1, "I-PERS")]),
            ["B-PERS", "I-PERS", "O", "O"]
        );
        // `ابن` after a whole name is "a son of" a place; `وابن` begins another name.
        let words = ["محمد", "المهيني", "ابن", "الأحساء"];
        assert_eq!(
            joined(&words, &[(0, "B-PERS"), (1, "I-PERS"), (3, "B-LOC")]),
            ["B-PERS", "I-PERS", "O", "B-LOC"]
        );
        let words = ["محمد", "السديري", "وابن", "شريم"];
        assert_eq!(
            joined(
                &words,
                &[(0, "B-PERS"), (1, "I-PERS"), (2, "B-PERS"), (3, "I-PERS")]
            ),
            ["B-PERS", "I-PERS", "B-PERS", "I-PERS"]
        );
    }
}
