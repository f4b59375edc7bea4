//! The document model: what rasd knows about one article.
//!
//! A [`Document`] holds the text exactly as received and, beside it, every annotation as a
//! [`Span`] into that text: paragraphs with their roles, sentences, tokens with their normalized
//! forms and segments, repairs of run-together words, and the facts extracted later (quantities,
//! times, entity mentions). Nothing rewrites the text; [`Document::clean_text`] renders the
//! repaired reading on demand.

use serde::{Deserialize, Serialize};

use crate::annotations::{Entity, Event, Mention, Quantity, Quote, TimeExpr};
use crate::segment::Segment;
use crate::span::{MapSpans, Span};

/// One article and everything rasd found in it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The article as received (for HTML, the extracted main text). Every span points into it.
    pub text: String,
    /// What is known about the article besides its text.
    pub meta: Metadata,
    /// Paragraph-level blocks (one per non-empty line) with their roles, in text order.
    pub blocks: Vec<Block>,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order, after run-together words were split.
    pub tokens: Vec<Token>,
    /// Repairs made to the reading of the text (run-together words split again).
    #[serde(default)]
    pub repairs: Vec<Repair>,
    /// The dateline that opens the article (`ايلاف من لندن:`), when it has one; its source and
    /// place are in [`Metadata`] unless the caller gave them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Span>,
    /// Numbers and quantities.
    #[serde(default)]
    pub quantities: Vec<Quantity>,
    /// Temporal expressions, resolved against the reference date.
    #[serde(default)]
    pub times: Vec<TimeExpr>,
    /// Named-entity mentions.
    #[serde(default)]
    pub mentions: Vec<Mention>,
    /// Entities resolved within the article; mentions point to them.
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// Events the sentences report.
    #[serde(default)]
    pub events: Vec<Event>,
    /// What was said, and by whom.
    #[serde(default)]
    pub quotes: Vec<Quote>,
}

/// Metadata: given by the caller or found in the text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    /// A stable identifier, when the caller has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Where the article was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The publisher or agency (`Elaph`, or the name in a dateline such as `ايلاف`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Publication date or date-time as given (ISO-8601).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The place named in the dateline (`لندن` in `ايلاف من لندن:`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The date that relative times are resolved against, and where it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_date: Option<ReferenceDate>,
}

/// The date an article speaks from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceDate {
    /// The day, as `YYYY-MM-DD`.
    pub date: String,
    /// Where it was found.
    pub origin: ReferenceOrigin,
}

/// Where a reference date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceOrigin {
    /// Given by the caller (`--date`, a JSONL field, an HTML meta tag).
    Metadata,
    /// Read from the article text (a dateline or caption date, a weekday next to a date).
    Text,
}

/// A paragraph-level block of the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// The block's text, without its line break.
    pub span: Span,
    /// What the block is in the article.
    pub role: BlockRole,
    /// When this block repeats an earlier one (verbatim or nearly), the index of that block.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<usize>,
}

/// The role of a block in a news article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockRole {
    /// The headline.
    Headline,
    /// A paragraph opening with the dateline (`ايلاف من لندن:`); its remainder is body text.
    Dateline,
    /// A short heading between body paragraphs.
    Subheading,
    /// A photo caption.
    Caption,
    /// Running text.
    Body,
}

/// A sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// The sentence's text, from its first to its last token.
    pub span: Span,
    /// Index of the block it belongs to.
    pub block: usize,
    /// Index of its first token in [`Document::tokens`].
    pub first_token: usize,
    /// One past the index of its last token.
    pub end_token: usize,
    /// When this sentence repeats an earlier one, the index of that sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<usize>,
}

/// A token: a word, number, punctuation mark or other unit, with its normalized form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// What was written.
    pub span: Span,
    /// What kind of token it is.
    pub kind: TokenKind,
    /// The normalized form used for matching, lexicons and search.
    pub norm: String,
    /// Morphological segments (clitics, stem, affixes) with spans inside the token.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<Segment>,
    /// A light stem for matching and search.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stem: Option<String>,
    /// A lemma-like key grouping inflected forms, where the word is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lemma: Option<String>,
}

impl Token {
    /// A token with no morphology yet.
    #[must_use]
    pub fn new(span: Span, kind: TokenKind, norm: String) -> Self {
        Self {
            span,
            kind,
            norm,
            segments: Vec::new(),
            stem: None,
            lemma: None,
        }
    }

    /// The text of the token as written in `text`.
    #[must_use]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.slice(text)
    }
}

/// The kinds of token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// An Arabic word (letters, with any diacritics and tatweel).
    Word,
    /// A word in Latin (or another non-Arabic) script, possibly with digits (`G20`).
    Latin,
    /// A number in digits: `3500`, `2,500`, `3.5`, `٢٫٥`, `1/5`.
    Number,
    /// A punctuation mark or a run of the same mark (`...`).
    Punct,
    /// A symbol: `%`, `$`, emoji, and other signs.
    Symbol,
    /// A web address.
    Url,
    /// An e-mail address.
    Email,
    /// A hashtag (`#العراق`).
    Hashtag,
    /// A user mention (`@rasd`).
    Mention,
}

/// A repair to the reading of the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Repair {
    /// The glued word as written.
    pub span: Span,
    /// Byte offset inside `span` where a space was missing.
    pub split_at: usize,
    /// How sure the splitter is, from 0 to 1.
    #[serde(serialize_with = "crate::annotations::write_confidence")]
    pub confidence: f32,
}

impl Document {
    /// The indices of the tokens that overlap `span` (empty when none does).
    #[must_use]
    pub fn token_range(&self, span: Span) -> std::ops::Range<usize> {
        let start = self.tokens.partition_point(|t| t.span.end <= span.start);
        let end = self.tokens.partition_point(|t| t.span.start < span.end);
        start..end.max(start)
    }

    /// A document with `text` and `meta` and no annotations yet.
    #[must_use]
    pub fn new(text: String, meta: Metadata) -> Self {
        Self {
            text,
            meta,
            ..Self::default()
        }
    }

    /// The tokens of sentence `index`, or nothing when it does not exist.
    #[must_use]
    pub fn sentence_tokens(&self, index: usize) -> &[Token] {
        self.sentences
            .get(index)
            .and_then(|s| self.tokens.get(s.first_token..s.end_token))
            .unwrap_or(&[])
    }
}

impl MapSpans for Document {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.blocks.map_spans(f);
        self.sentences.map_spans(f);
        self.tokens.map_spans(f);
        self.repairs.map_spans(f);
        if let Some(dateline) = &mut self.dateline {
            *dateline = f(*dateline);
        }
        self.quantities.map_spans(f);
        self.times.map_spans(f);
        self.mentions.map_spans(f);
        self.entities.map_spans(f);
        self.events.map_spans(f);
        self.quotes.map_spans(f);
    }
}

impl MapSpans for Block {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
    }
}

impl MapSpans for Sentence {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
    }
}

impl MapSpans for Token {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
        self.segments.map_spans(f);
    }
}

impl MapSpans for Repair {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
        self.split_at = f(Span::new(self.split_at, self.split_at)).start;
    }
}
