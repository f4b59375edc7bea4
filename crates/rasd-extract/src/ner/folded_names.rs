//! A given name that the tagger's normalization makes one with a preposition: `علي` (Ali).
//!
//! The name `علي` and the preposition `على` ("on") differ only in their last letter, which the
//! tagger's normalization folds (`ى` → `ي`), and ANERcorp, which it learns from, itself writes
//! the preposition `علي` in 233 of its 276 sightings of that spelling. So the tagger leaves the
//! name out of a person's name it begins: `علي عبدالله صالح` becomes `عبدالله صالح`.
//!
//! An article that writes the preposition with its `ى` somewhere does not write it with `ي`
//! elsewhere: there a raw `علي` right before a person's name is the first name, and it is taken
//! into the name; so is a raw `علي` before a family name of the nisba shape the tagger left out
//! (`الناطق باسم المقاومة علي الأحمدي`), which is then the whole name. An article that never
//! writes `على` gives no such evidence and is left as the tagger read it.

use rasd_text::annotations::EntityType;

use super::labels::Label;
use super::norm::is_arabic_letter;

/// Given names spelled like a preposition once normalized, each with that preposition as
/// written: (name, preposition).
const FOLDED: [(&str, &str); 1] = [("علي", "على")];

/// Joins a folded given name to the person's name after it, in every sentence of one article
/// (`words` are the raw words, `labels` the decoded labels); returns (sentence, word) of each
/// word labelled.
pub fn apply<W: AsRef<[S]>, S: AsRef<str>>(
    words: &[W],
    labels: &mut [Vec<Label>],
) -> Vec<(usize, usize)> {
    // Letters only: a mark (`عليّ`) or a tatweel changes no spelling. Compared in place: this
    // runs over every word of every article.
    let spelt = |w: &str, target: &str| {
        w.chars()
            .filter(|&c| is_arabic_letter(c))
            .eq(target.chars())
    };
    // Whether the article writes each preposition apart, looked up once and only when a
    // candidate needs it.
    let mut apart: [Option<bool>; FOLDED.len()] = [None; FOLDED.len()];
    let begins_person = Label::new(EntityType::Per, false);
    let mut changed = Vec::new();
    for s in 0..words.len().min(labels.len()) {
        let sentence = words[s].as_ref();
        let sentence_labels = &mut labels[s];
        for i in 0..sentence.len().min(sentence_labels.len()).saturating_sub(1) {
            let before_person = sentence_labels[i + 1] == begins_person;
            let before_nisba =
                sentence_labels[i + 1] == Label::O && is_family_nisba(sentence[i + 1].as_ref());
            if sentence_labels[i] != Label::O || !(before_person || before_nisba) {
                continue;
            }
            // The raw word, not its normalized form: `على` itself normalizes to `علي`.
            let word = sentence[i].as_ref();
            let folded = FOLDED.iter().enumerate().any(|(k, (name, prep))| {
                spelt(word, name)
                    && *apart[k].get_or_insert_with(|| {
                        words
                            .iter()
                            .flat_map(|s| s.as_ref().iter())
                            .any(|w| spelt(w.as_ref(), prep))
                    })
            });
            if folded {
                sentence_labels[i] = begins_person;
                sentence_labels[i + 1] = Label::new(EntityType::Per, true);
                changed.push((s, i));
            }
        }
    }
    changed
}

/// Whether a word has the shape of a family name made from a place or a tribe: the article, at
/// least three letters, and the nisba `ي` (`الأحمدي`, `العتيبي`). It is read so only after a
/// `علي` that the article's spelling shows to be the name.
fn is_family_nisba(word: &str) -> bool {
    word.strip_prefix("ال")
        .is_some_and(|rest| rest.ends_with('ي') && rest.chars().count() >= 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn per(inside: bool) -> Label {
        Label::new(EntityType::Per, inside)
    }

    #[test]
    fn the_name_joins_the_person_after_it_where_the_preposition_is_written_apart() {
        let words = vec![
            vec!["وقف", "على", "الحياد"],
            vec!["وصل", "علي", "حسن", "إلى", "المدينة"],
        ];
        let mut labels = vec![
            vec![Label::O; 3],
            vec![Label::O, Label::O, per(false), Label::O, Label::O],
        ];
        assert_eq!(apply(&words, &mut labels), [(1, 1)]);
        assert_eq!(labels[1][1..3], [per(false), per(true)]);
    }

    #[test]
    fn the_name_before_a_family_nisba_is_a_person_where_the_preposition_is_written_apart() {
        let words = vec![
            vec!["سيطرت", "القوات", "على", "المدينة"],
            vec!["قال", "المتحدث", "علي", "الأحمدي"],
        ];
        let mut labels = vec![vec![Label::O; 4], vec![Label::O; 4]];
        assert_eq!(apply(&words, &mut labels), [(1, 2)]);
        assert_eq!(labels[1][2..4], [per(false), per(true)]);
        // Without the evidence, `علي الأحمدي` may be `على الأحمدي`.
        let words = vec![vec!["قال", "المتحدث", "علي", "الأحمدي"]];
        let mut labels = vec![vec![Label::O; 4]];
        assert!(apply(&words, &mut labels).is_empty());
    }

    #[test]
    fn nothing_changes_without_evidence_or_a_name_after_it() {
        // The article never writes `على`: its `علي` may be the preposition.
        let words = vec![vec!["رد", "علي", "حسن"]];
        let mut labels = vec![vec![Label::O, Label::O, per(false)]];
        assert!(apply(&words, &mut labels).is_empty());
        // The preposition itself, and a `علي` before no person, stay as they are.
        let words = vec![vec!["رد", "على", "حسن", "علي", "الفور"]];
        let mut labels = vec![vec![Label::O, Label::O, per(false), Label::O, Label::O]];
        assert!(apply(&words, &mut labels).is_empty());
    }
}
