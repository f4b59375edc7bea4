//! A defined noun of a place or an institution heads the name that its adjective completes:
//! `المسجد الحرام`, `المجلس الأعلى`, `البيت الأبيض`.
//!
//! The tagger sometimes labels the adjective alone (`الحرام` as a name, its noun outside), which
//! leaves the article's entities with a common adjective for a name. In the annotated news and
//! Wikipedia the gazetteer is built from (ANERcorp's and AQMAR's training parts), a defined
//! kind-of-place or kind-of-organisation noun right before a name that begins with a defined word
//! lies inside that name 243 times and outside it 11 times, all of them appositions to a name
//! that stands alone (`النادي الأهلي`, `العاصمة الرياض`). So after decoding, a name that begins
//! with a defined word without proclitics, right after such a noun outside any name, takes the
//! noun, unless annotated data knows that word mostly as a place (`الرياض`, `السعودية`). Nouns
//! that introduce such appositions (`النادي`, `الفريق`, `العاصمة`, `المنطقة`,
//! `المدينة`) are not in the list.

use super::features::WordInfo;
use super::labels::Label;
use super::lexicon::without_article;

/// Nouns of buildings, places and institutions whose adjective makes a name, normalized and
/// without the article. Sorted for readability only.
const HEADS: &[&str] = &[
    "اتحاد",
    "برلمان",
    "بحر",
    "بنك",
    "بيت",
    "تحالف",
    "جامع",
    "جامعه",
    "جزيره",
    "جمعيه",
    "جمهوريه",
    "جيش",
    "حرم",
    "خليج",
    "شرطه",
    "صحراء",
    "قصر",
    "لجنه",
    "متحف",
    "مجلس",
    "مجمع",
    "محكمه",
    "مركز",
    "مستشفي",
    "مسجد",
    "مصرف",
    "مطار",
    "معهد",
    "ملعب",
    "مملكه",
    "منتخب",
    "منظمه",
    "ميناء",
    "هيئه",
    "وكاله",
];

/// Gives each name that an adjective begins the defined noun before it; returns the indices of
/// the words it labelled.
pub fn apply(infos: &[WordInfo], labels: &mut [Label]) -> Vec<usize> {
    let n = infos.len().min(labels.len());
    let mut changed = Vec::new();
    for i in 1..n {
        let Some(kind) = labels[i].kind() else {
            continue;
        };
        let (head, first) = (&infos[i - 1], &infos[i]);
        // A place's name stands alone after the noun (`المركز الرياض`); and one that is also
        // an adjective (`الجمعية السعودية`) makes no place of the institution.
        let adjective = !labels[i].is_inside()
            && first.stripped.clitic_letters == 0
            && first.stripped.word.starts_with("ال")
            && first.gaz[1] < 2;
        let noun = labels[i - 1] == Label::O
            && head.stripped.word.starts_with("ال")
            && HEADS.contains(&without_article(&head.stripped.word));
        if adjective && noun {
            labels[i - 1] = Label::new(kind, false);
            labels[i] = Label::new(kind, true);
            changed.push(i - 1);
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::features::{Resources, analyse_words};
    use rasd_text::annotations::EntityType;

    fn run(words: &[&str], labels: &mut [Label]) -> Vec<usize> {
        let infos = analyse_words(words, &Resources::default());
        apply(&infos, labels)
    }

    #[test]
    fn a_defined_noun_heads_its_adjectives_name() {
        let org_b = Label::new(EntityType::Org, false);
        let mut labels = [Label::O, Label::O, org_b];
        assert_eq!(run(&["صلى", "بالمسجد", "الحرام"], &mut labels), [1]);
        assert_eq!(labels, [Label::O, org_b, Label::new(EntityType::Org, true)]);
    }

    #[test]
    fn an_apposition_and_a_name_with_a_clitic_are_left() {
        let loc_b = Label::new(EntityType::Loc, false);
        let mut labels = [Label::O, Label::O, loc_b];
        assert!(run(&["في", "العاصمة", "الرياض"], &mut labels).is_empty());
        let mut labels = [Label::O, loc_b];
        assert!(run(&["المجلس", "والرياض"], &mut labels).is_empty());
        // An indefinite noun stays outside the name it introduces (`مدينة إيلات`).
        let mut labels = [Label::O, loc_b];
        assert!(run(&["مسجد", "الحرام"], &mut labels).is_empty());
    }
}
