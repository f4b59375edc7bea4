//! Named-entity mentions and the entities they are resolved to.

use serde::{Deserialize, Serialize};

use crate::span::{MapSpans, Span};

/// The coarse entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// A person.
    Per,
    /// A geo-political entity or a place.
    Loc,
    /// An organisation.
    Org,
    /// Another named thing: an event, a law, a product.
    Misc,
}

/// One mention of a named entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The name as written, without clitics.
    pub span: Span,
    /// The type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Index of the entity in [`Document::entities`](crate::Document::entities).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<usize>,
}

impl MapSpans for Mention {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
    }
}

/// An entity resolved within one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// The canonical name (the longest full name seen).
    pub name: String,
    /// The type.
    #[serde(rename = "type")]
    pub kind: EntityType,
}

impl MapSpans for Entity {
    fn map_spans(&mut self, _f: &mut dyn FnMut(Span) -> Span) {}
}
