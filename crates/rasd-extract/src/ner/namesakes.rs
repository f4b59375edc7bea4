//! Places and institutions named after people: `مطار الملك خالد الدولي`, `جامعة الملك سعود`,
//! `مستشفى الملك فهد`, `ملعب الأمير فيصل بن فهد`, `مسجد الشيخ زايد`.
//!
//! The tagger knows the name as a person's and labels it so, which leaves the reader with a
//! king where the article spoke of an airport, and resolution then groups the airport with the
//! king. A noun of a facility or an institution in construct (without the article) followed by
//! a person's name, with or without titles between, names the facility: the noun, the titles,
//! the name and the relational adjectives after it (`الدولي`, `التخصصي`, `الطبية`) become one
//! name of the facility's kind. The noun is part of such a name (the airport is called
//! `مطار الملك خالد`), unlike the noun before a place's own name (`مدينة جدة`).

use rasd_text::annotations::EntityType;

use super::features::{Resources, WordInfo};
use super::labels::Label;
use super::lexicon::without_article;
use super::norm::same;
use super::trigger_names::is_relational;

/// Nouns of places and buildings named after people.
const PLACES: &[&str] = &[
    "مطار",
    "ميناء",
    "ملعب",
    "استاد",
    "ستاد",
    "مسجد",
    "جامع",
    "شارع",
    "طريق",
    "جسر",
    "برج",
    "قصر",
    "قاعدة",
    "قاعة",
    "ميدان",
    "حي",
    "سجن",
    "فندق",
    "مبنى",
    "نفق",
    "سد",
    "محطة",
    "حديقة",
    "مدينة",
    "منتجع",
];

/// Nouns of institutions named after people.
const ORGANISATIONS: &[&str] = &[
    "جامعة",
    "كلية",
    "معهد",
    "مدرسة",
    "مستشفى",
    "مركز",
    "مؤسسة",
    "مكتبة",
    "جمعية",
    "صندوق",
];

/// Nouns of prizes and contests named after people.
const OTHERS: &[&str] = &["جائزة", "كأس", "وسام"];

/// Titles allowed between the noun and the name.
const MAX_TITLES: usize = 2;

/// Relational adjectives taken after the name.
const MAX_ADJECTIVES: usize = 2;

/// Relabels the facilities named after people in one decoded sentence; returns the indices of
/// the words it labelled, with the index of the word whose confidence each takes (the name's
/// first word).
pub fn apply(infos: &[WordInfo], labels: &mut [Label], res: &Resources) -> Vec<(usize, usize)> {
    let n = infos.len().min(labels.len());
    let person = Label::new(EntityType::Per, false);
    let mut changed = Vec::new();
    let mut i = 0;
    while i + 1 < n {
        // Most words are followed by no person's name: looked at first, as it costs least.
        let person_near = (1..=MAX_TITLES + 1).any(|d| labels.get(i + d) == Some(&person));
        let kind = (labels[i] == Label::O && person_near)
            .then(|| kind_of(&infos[i]))
            .flatten();
        let Some(kind) = kind else {
            i += 1;
            continue;
        };
        // Titles the tagger left outside the name (`الملك`, `الأمير`, `الشيخ`).
        let mut start = i + 1;
        while start < n
            && start - i <= MAX_TITLES
            && labels[start] == Label::O
            && res.triggers.is_title(&infos[start].stripped.word)
            && infos[start].stripped.clitic_letters == 0
        {
            start += 1;
        }
        // (The name's own first letter may look like a clitic: `فيصل`, `وليد`.)
        if labels.get(start) != Some(&person) {
            i += 1;
            continue;
        }
        let mut end = start + 1;
        while end < n && labels[end] == Label::new(EntityType::Per, true) {
            end += 1;
        }
        let mut adjectives = 0;
        while end < n
            && adjectives < MAX_ADJECTIVES
            && labels[end] == Label::O
            && relational_adjective(&infos[end])
        {
            end += 1;
            adjectives += 1;
        }
        for (k, label) in labels.iter_mut().enumerate().take(end).skip(i) {
            *label = Label::new(kind, k != i);
            changed.push((k, start));
        }
        i = end;
    }
    changed
}

/// The kind of name a facility noun in construct announces.
fn kind_of(w: &WordInfo) -> Option<EntityType> {
    let word = w.stripped.word.as_str();
    let listed = |list: &[&str]| list.iter().any(|noun| same(word, noun));
    if listed(PLACES) {
        Some(EntityType::Loc)
    } else if listed(ORGANISATIONS) {
        Some(EntityType::Org)
    } else if listed(OTHERS) {
        Some(EntityType::Misc)
    } else {
        None
    }
}

/// A defined relational adjective without clitics (`الدولي`, `التخصصي`, `الطبية`).
fn relational_adjective(w: &WordInfo) -> bool {
    let word = w.stripped.word.as_str();
    let core = without_article(word);
    w.stripped.clitic_letters == 0 && core.len() < word.len() && is_relational(core)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::Tagger;
    use crate::ner::features::analyse_words;
    use crate::ner::labels::spans;

    /// The names after the rule, given the tags before it.
    fn relabelled(words: &[&str], tags: &[&str]) -> Vec<(String, EntityType)> {
        let tagger = Tagger::shipped().unwrap();
        let res = tagger.resources();
        let infos = analyse_words(words, res);
        let mut labels: Vec<Label> = tags.iter().map(|t| Label::parse(t).unwrap()).collect();
        apply(&infos, &mut labels, res);
        spans(&labels)
            .into_iter()
            .map(|(s, e, t)| (words[s..e].join(" "), t))
            .collect()
    }

    #[test]
    fn a_person_after_a_facility_noun_names_the_facility() {
        assert_eq!(
            relabelled(
                &[
                    "هبطت",
                    "الطائرة",
                    "في",
                    "مطار",
                    "الملك",
                    "عبدالعزيز",
                    "الدولي",
                    "أمس"
                ],
                &["O", "O", "O", "O", "O", "B-PERS", "I-PERS", "O"],
            ),
            [("مطار الملك عبدالعزيز الدولي".to_owned(), EntityType::Loc)]
        );
        assert_eq!(
            relabelled(
                &["يدرس", "بجامعة", "الأمير", "نايف", "بن", "عبدالعزيز"],
                &["O", "O", "O", "B-PERS", "I-PERS", "I-PERS"],
            ),
            [("بجامعة الأمير نايف بن عبدالعزيز".to_owned(), EntityType::Org)]
        );
    }

    #[test]
    fn a_person_after_other_nouns_stays_a_person() {
        // The house of a person is no facility named after him, and a defined noun is not in
        // construct with the name.
        for (words, tags) in [
            (
                &["زار", "منزل", "الرئيس", "حسن", "روحاني"][..],
                &["O", "O", "O", "B-PERS", "I-PERS"][..],
            ),
            (
                &["وقال", "المستشفى", "الوزير", "سعيد", "الخالدي"],
                &["O", "O", "O", "B-PERS", "I-PERS"],
            ),
            (
                &["وصل", "إلى", "المطار", "خالد", "العتيبي"],
                &["O", "O", "O", "B-PERS", "I-PERS"],
            ),
        ] {
            let out = relabelled(words, tags);
            assert!(
                out.iter().all(|(_, t)| *t == EntityType::Per),
                "{words:?}: {out:?}"
            );
        }
    }
}
