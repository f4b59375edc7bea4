//! Named-entity mentions and the entities they are resolved to.
//!
//! A [`Mention`] is a name (or a stand-in for one) found in the text; an [`Entity`] is what the
//! mentions of one article resolve to: one canonical name, its type, the other names it went by
//! and the titles or roles the article gave it.

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

/// How a mention refers to its entity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionForm {
    /// A name found by the tagger.
    #[default]
    Name,
    /// A short name in parentheses after the full one (`(يونامي)`).
    Acronym,
    /// A title or role standing alone for a person named elsewhere in the article
    /// (`الرئيس الأميركي` for the president named earlier).
    Role,
}

/// One mention of a named entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The name as written, without clitics (`واشنطن` in `وواشنطن`).
    pub span: Span,
    /// The type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The name in normalized form, clitics removed and the article restored (`العراق` for
    /// `للعراق`): what resolution compares.
    #[serde(default)]
    pub name: String,
    /// How sure the tagger is, from 0 to 1.
    #[serde(default, serialize_with = "super::confidence::serialize")]
    pub confidence: f32,
    /// How the mention refers to its entity.
    #[serde(default)]
    pub form: MentionForm,
    /// Index of the entity in [`Document::entities`](crate::Document::entities).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<usize>,
}

impl MapSpans for Mention {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
    }
}

/// A title or role the article gave an entity (`رئيس الوزراء العراقي`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    /// The role as first written.
    pub text: String,
    /// Every place it was written next to the entity.
    pub spans: Vec<Span>,
}

impl MapSpans for Role {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        for s in &mut self.spans {
            *s = f(*s);
        }
    }
}

/// An entity resolved within one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// The canonical name: the longest full name seen, as written (without clitics).
    pub name: String,
    /// The type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The other names it went by, as written (`الكاظمي` for `مصطفى الكاظمي`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The titles and roles seen with it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// How many mentions refer to it.
    #[serde(default)]
    pub mentions: usize,
}

impl MapSpans for Entity {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.roles.map_spans(f);
    }
}
