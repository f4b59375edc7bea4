//! rasd turns raw Arabic news into clean, structured, searchable facts.
//!
//! Build an [`Engine`] once (it loads its lexicons and models), share it across threads, and call
//! [`Engine::analyze`] on each article. The result is a [`Document`]: the text as received and
//! every annotation as spans into it. [`wire::to_json`] renders the documented JSON format.
//!
//! ```
//! use rasd::{Engine, Metadata};
//!
//! let engine = Engine::builder().build()?;
//! let doc = engine.analyze("ايلاف من لندن: اعلنت بغداد وواشنطن اتفاقهما.", Metadata::default());
//! assert!(doc.tokens.iter().any(|t| t.norm == "بغداد"));
//! # Ok::<(), rasd::Error>(())
//! ```

mod engine;
mod error;
mod stages;
pub mod wire;

/// Arabic morphology: clitic segmentation, stems, lemma keys and their evaluation.
pub use rasd_extract as extract;
pub use rasd_morph as morph;
pub use rasd_text::annotations;
pub use rasd_text::clean::{CleanLine, CleanText, clean_lines, clean_text};
pub use rasd_text::eval;
pub use rasd_text::lexicon::Lexicon;
pub use rasd_text::runon;

pub use engine::{Engine, EngineBuilder, Stage};
pub use error::Error;
pub use rasd_text::normalize::Normalizer;
pub use rasd_text::tokenize::tokenize;
pub use rasd_text::{
    Block, BlockRole, Document, Metadata, ReferenceDate, ReferenceOrigin, Repair, Sentence, Span,
    Token, TokenKind,
};
pub use stages::segment_text;
