//! A person's name that ends in a word annotated data knows only as a place is that place:
//! `ولي عهد أبو ظبي` is the crown prince of Abu Dhabi, and the tagger, reading a title and
//! `أبو`, labels `أبو ظبي` a person.
//!
//! In ANERcorp's training part no person's name of two words or more ends in a word seen at
//! least twice, mostly (four times in five) inside places and never inside a person's name,
//! while 183 places do (`هونج كونج`, `تل أبيب`, `الشرق الأوسط`). So after decoding, such a
//! name of a person right after a title (or one word after it: `ولي عهد`) becomes a place when
//! the gazetteer puts its last word mostly in places and never in people. Without the title
//! the rule would take a singer's family name for a place (`نيكول سابا`).

use rasd_text::annotations::EntityType;

use super::features::WordInfo;
use super::labels::{Label, spans, type_index};

/// The gazetteer class of "mostly" (see [`WordInfo::gaz`]).
const MOSTLY: u8 = 3;

/// Relabels as places the people's names that end in a word known only as a place; returns
/// the tokens changed.
pub fn apply(infos: &[WordInfo], labels: &mut [Label]) -> Vec<usize> {
    let (per, loc) = (
        usize::from(type_index(EntityType::Per)),
        usize::from(type_index(EntityType::Loc)),
    );
    let mut changed = Vec::new();
    for (start, end, ty) in spans(labels) {
        let Some(last) = end.checked_sub(1).and_then(|e| infos.get(e)) else {
            continue;
        };
        // The title of an office the place has comes right before, or one word before
        // (`ولي عهد`, `حاكم`): the reading a title invites.
        let titled =
            (start.saturating_sub(2)..start).any(|k| infos.get(k).is_some_and(|w| w.title));
        if ty != EntityType::Per
            || end - start < 2
            || !titled
            || last.gaz[per] != 0
            || last.gaz[loc] != MOSTLY
        {
            continue;
        }
        for (k, slot) in labels.iter_mut().enumerate().take(end).skip(start) {
            *slot = Label::new(EntityType::Loc, k > start);
            changed.push(k);
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::testing::labelled_by;

    #[test]
    fn a_name_that_ends_in_a_place_is_the_place() {
        let per = |inside| Label::new(EntityType::Per, inside);
        let changed = labelled_by(
            &["ولي", "عهد", "أبو", "ظبي", "الشيخ"],
            &[(2, per(false)), (3, per(true))],
            |infos, labels, _| apply(infos, labels),
        );
        assert_eq!(changed, vec!["أبو", "ظبي"]);
        // A person's name stays one.
        let changed = labelled_by(
            &["الرئيس", "محمد", "مرسي"],
            &[(1, per(false)), (2, per(true))],
            |infos, labels, _| apply(infos, labels),
        );
        assert!(changed.is_empty());
    }
}
