//! The vocabulary of rasd and everything that needs no trained model.
//!
//! * [`Span`]: a byte range into the article text; [`Document`]: the text as received plus every
//!   annotation as spans into it. Nothing here ever rewrites the text.
//! * [`normalize`]: Arabic normalization as a view (`norm` on each token), in a lossless display
//!   profile and a lossy search profile.
//! * [`tokenize`]: words, numbers, punctuation, Latin words, URLs, e-mails, hashtags, mentions.
//! * [`sentences`]: sentence boundaries.
//! * [`structure`]: paragraph roles (headline, dateline, subheading, caption, body) and the
//!   dateline's source and place.
//! * [`runon`]: split points for run-together words, scored against the word-frequency
//!   [`lexicon`] that ships with the crate (feature `embedded-lexicon`, on by default).
//! * [`dedup`]: paragraphs and sentences that repeat earlier ones.
//!
//! The crate is pure: no I/O, no printing, no environment. Every function accepts any `&str`
//! without panicking.
//!
//! ```
//! use rasd_text::{normalize::Normalizer, tokenize::tokenize};
//!
//! let text = "أعلنت بغداد وواشنطن ٣٥٠٠ جندي";
//! let norm = Normalizer::search();
//! let tokens = tokenize(text, &norm);
//! assert_eq!(tokens[0].norm, "اعلنت");
//! assert_eq!(tokens[3].norm, "3500");
//! assert_eq!(tokens[3].span.slice(text), "٣٥٠٠");
//! ```

pub mod annotations;
pub mod chars;
pub mod clean;
pub mod dedup;
mod document;
pub mod eval;
pub mod hashindex;
pub mod lexicon;
pub mod normalize;
pub mod runon;
pub mod segment;
pub mod sentences;
mod span;
pub mod stage;
pub mod structure;
pub mod tokenize;

pub use document::{
    Block, BlockRole, Document, Metadata, ReferenceDate, ReferenceOrigin, Repair, Sentence, Token,
    TokenKind,
};
pub use span::{CharOffsets, MapSpans, Span};
