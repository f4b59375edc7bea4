//! Morphological segments of a word: clitics, stem and affixes.

use serde::{Deserialize, Serialize};

use crate::span::{MapSpans, Span};

/// One morphological segment of a word token, in the fine scheme.
///
/// The clitic scheme (Penn Arabic Treebank / UD) is the fine scheme with the determiner and the
/// noun and verb affixes kept with their stem: see [`SegmentKind::is_clitic`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// Where the segment is inside the word.
    pub span: Span,
    /// What the segment is.
    pub kind: SegmentKind,
}

impl MapSpans for Segment {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
    }
}

/// Kinds of segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum SegmentKind {
    /// Conjunction proclitic: و, ف.
    Conj,
    /// Preposition proclitic: ب, ل, ك.
    Prep,
    /// Future particle: س.
    Fut,
    /// The definite article ال.
    Det,
    /// The stem.
    Stem,
    /// Pronoun enclitic: ه, ها, هم, هما, كم, نا, ي …
    Pron,
    /// Nominal suffix: ة, ات, ون, ين, ان …
    Nsuff,
    /// Verbal prefix (imperfective person markers).
    Vprefix,
    /// Verbal suffix (person, number and gender endings).
    Vsuff,
    /// Case ending: the alef of the indefinite accusative (`عام+ا`, `رسمي+ا`).
    Case,
}

impl SegmentKind {
    /// Whether the segment is a clitic separated in the clitic (treebank) scheme.
    #[must_use]
    pub const fn is_clitic(self) -> bool {
        matches!(self, Self::Conj | Self::Prep | Self::Fut | Self::Pron)
    }
}
