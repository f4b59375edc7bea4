//! The tag set: IOB2 over the four entity types.

use rasd_text::annotations::EntityType;

/// Number of labels: `O` plus `B-`/`I-` for each of the four types.
pub const N_LABELS: usize = 9;

/// The entity types in label order.
pub const TYPES: [EntityType; 4] = [
    EntityType::Per,
    EntityType::Loc,
    EntityType::Org,
    EntityType::Misc,
];

/// One IOB2 label, stored as its index (0 = `O`, then `B-PERS`, `I-PERS`, `B-LOC`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Label(pub u8);

impl Label {
    /// Outside any entity.
    pub const O: Label = Label(0);

    /// The label that begins (`inside = false`) or continues an entity of type `ty`.
    #[must_use]
    pub fn new(ty: EntityType, inside: bool) -> Self {
        Label(1 + 2 * type_index(ty) + u8::from(inside))
    }

    /// The label's index, `0..N_LABELS`.
    #[must_use]
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The entity type, or `None` for `O`.
    #[must_use]
    pub fn kind(self) -> Option<EntityType> {
        match self.0 {
            0 => None,
            n => TYPES.get(usize::from((n - 1) / 2)).copied(),
        }
    }

    /// Whether the label continues an entity (`I-`).
    #[must_use]
    pub fn is_inside(self) -> bool {
        self.0 != 0 && (self.0 - 1) % 2 == 1
    }

    /// Whether the label may follow `prev` in valid IOB2 (`I-X` only after `B-X` or `I-X`).
    #[must_use]
    pub fn may_follow(self, prev: Option<Label>) -> bool {
        if !self.is_inside() {
            return true;
        }
        prev.is_some_and(|p| p.kind() == self.kind())
    }

    /// Parses a CoNLL tag from ANERcorp, AQMAR or Wojood (`B-PERS`, `I-PER`, `B-MIS`, `B-GPE`, …).
    /// Types outside the four classes (dates, numbers, occupations, nationalities) read as `O`;
    /// `None` means the tag is not IOB at all.
    #[must_use]
    pub fn parse(tag: &str) -> Option<Label> {
        let tag = tag.trim();
        if tag == "O" {
            return Some(Label::O);
        }
        let (bio, ty) = tag.split_once('-')?;
        let inside = match bio {
            "B" => false,
            "I" => true,
            _ => return None,
        };
        let kind = match ty {
            "PERS" | "PER" | "PERSON" => EntityType::Per,
            "LOC" | "GPE" | "FAC" => EntityType::Loc,
            "ORG" => EntityType::Org,
            "MISC" | "MIS" | "EVENT" | "LAW" | "PRODUCT" | "WEBSITE" => EntityType::Misc,
            _ => return Some(Label::O),
        };
        Some(Label::new(kind, inside))
    }

    /// The ANERcorp spelling of the label (`B-PERS`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        const NAMES: [&str; N_LABELS] = [
            "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC",
        ];
        NAMES.get(self.index()).copied().unwrap_or("O")
    }
}

/// The position of `ty` in [`TYPES`].
#[must_use]
pub fn type_index(ty: EntityType) -> u8 {
    match ty {
        EntityType::Per => 0,
        EntityType::Loc => 1,
        EntityType::Org => 2,
        EntityType::Misc => 3,
    }
}

/// The ANERcorp name of a type (`PERS`, `LOC`, `ORG`, `MISC`).
#[must_use]
pub fn type_name(ty: EntityType) -> &'static str {
    match ty {
        EntityType::Per => "PERS",
        EntityType::Loc => "LOC",
        EntityType::Org => "ORG",
        EntityType::Misc => "MISC",
    }
}

/// Entity spans `(start, end, type)` (token indices, end exclusive) read from a label sequence.
/// A stray `I-X` opens a new span, as conlleval does.
#[must_use]
pub fn spans(labels: &[Label]) -> Vec<(usize, usize, EntityType)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityType)> = None;
    for (i, label) in labels.iter().enumerate() {
        let continues = label.is_inside() && open.is_some_and(|(_, t)| Some(t) == label.kind());
        if continues {
            continue;
        }
        if let Some((s, t)) = open.take() {
            out.push((s, i, t));
        }
        if let Some(t) = label.kind() {
            open = Some((i, t));
        }
    }
    if let Some((s, t)) = open {
        out.push((s, labels.len(), t));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_spans() {
        for i in 0..N_LABELS {
            let l = Label(u8::try_from(i).unwrap());
            assert_eq!(Label::parse(l.as_str()), Some(l));
        }
        assert_eq!(Label::parse("B-PER"), Label::parse("B-PERS"));
        assert_eq!(Label::parse("I-MIS").unwrap().as_str(), "I-MISC");
        assert_eq!(Label::parse("B-DATE"), Some(Label::O));
        assert_eq!(Label::parse("X"), None);
        let seq: Vec<Label> = ["B-PERS", "I-PERS", "O", "I-LOC", "B-ORG", "B-ORG"]
            .iter()
            .map(|t| Label::parse(t).unwrap())
            .collect();
        assert_eq!(
            spans(&seq),
            vec![
                (0, 2, EntityType::Per),
                (3, 4, EntityType::Loc),
                (4, 5, EntityType::Org),
                (5, 6, EntityType::Org)
            ]
        );
    }
}
