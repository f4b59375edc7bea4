//! Arabic morphology: clitic segmentation, light stems and lemma keys.
//!
//! # What it does
//!
//! For every Arabic word, [`Segmenter::analyze`] gives:
//!
//! * **Segments** in the *fine* scheme (Farasa style): conjunctions `و ف`, prepositions `ب ك ل`,
//!   the future `س`, the article `ال`, the stem, nominal suffixes (`ة ات ون ين ان`), perfective
//!   verb endings (`ت وا`) and pronoun enclitics — `والمبذولة` → `و+ال+مبذول+ة`. The *clitic*
//!   scheme (Penn Arabic Treebank / UD) merges everything that is not a clitic back into the stem
//!   ([`to_clitics`], [`Scheme::Clitics`]): `وبقواعدهم` → `و+ب+قواعد+هم`. Spans are byte ranges
//!   inside the word as written (diacritics and tatweel stay with their letters), so segments
//!   always concatenate back to the word; [`offset_segments`] moves them to document offsets.
//! * A **stem** for search: the word without clitics and article, inflection kept (`وبالانتخابات`
//!   → `انتخابات`), in key form (diacritics and tatweel dropped, `أ إ آ` → `ا`, `ى` → `ي`).
//!   Nothing is cut that the model did not segment, so proper nouns and short words keep their
//!   letters: `بغداد`, `واشنطن`, `لندن` are their own stems and `البيت` is `بيت`.
//! * A **lemma-like key**: the stem with its nominal or verbal suffix removed and, for feminine
//!   and plural `ات` forms, `ة` restored when that form is a known word — `القوات`, `قوات`,
//!   `بالقوة` all give `قوة`; `المسؤولين` gives `مسؤول`. It is a grouping key, not a dictionary
//!   lemma: broken plurals (`قواعد` / `قاعدة`), verb conjugations other than the two endings, and
//!   weak roots are not unified. It is `None` when neither the base nor the stem is in the
//!   lexicon.
//!
//! # How it decides
//!
//! Candidate clitic splits come from a closed grammar ([`grammar`] lists the
//! clitics). Each candidate is scored by a linear model over features of the affixes, the stem
//! and the word — above all how frequent the stem and the whole word are in a 620K-form
//! frequency list, and whether the stem was seen in segmented training text — with weights
//! learned by an averaged perceptron on NewsFANE's clitic-segmented news (`cargo xtask morph`).
//! That is what tells `والي` (governor) from `و+الي`, `بلد` from `ب+لد`, and keeps `فيلم` whole.
//! The finer cuts (article, suffixes) are then decided with lexicon evidence ([`fine`]).
//!
//! NewsFANE marks `و`, `ف` and the enclitics consistently but leaves most `ب ل ك س` attached;
//! the trainer relabels those with lexicon evidence first ([`train::repair_proclitics`]) and
//! jackknifes the "stem seen in training" feature so that training words look like unseen ones.
//!
//! The model ships as `models/morph.bin.gz` (versioned, checksummed, checked at load) and is
//! compiled in; [`Segmenter::embedded`] loads it once per process (about 0.2 s) and analyses the
//! 30,000 most frequent word forms up front into a read-only table, which most tokens of news
//! text hit (87% of SaudiNewsNet's). Loaded, the lexicon keeps its 530,000 keys only as 64-bit
//! hashes with their entries, and the table packs each word into one record: about 7 MB in
//! all, where hash maps of strings took 56 MB ([`Model::from_bytes_editable`] keeps the keys).
//!
//! # Figures
//!
//! `cargo xtask morph` holds out every tenth NewsFANE sentence (12,029 words) and prints word
//! accuracy on it: 0.990 against the relabelled gold, 0.923 against the gold as given (most of
//! the difference is `ب ل ك س` the data leaves attached). `cargo bench -p rasd-morph` measures
//! segmentation + stems over SaudiNewsNet words at about 1.8 M words/s on one core.
//!
//! ```
//! use rasd_morph::{Scheme, Segmenter};
//!
//! let seg = Segmenter::embedded().expect("the embedded model loads");
//! let word = "وبقواعدهم";
//! let parts: Vec<&str> = seg
//!     .segment_scheme(word, Scheme::Clitics)
//!     .iter()
//!     .map(|s| s.span.slice(word))
//!     .collect();
//! assert_eq!(parts, ["و", "ب", "قواعد", "هم"]);
//! assert_eq!(seg.strip_clitics("لواشنطن"), "واشنطن");
//! ```
//!
//! Analysis never panics and never fails; only loading a model can fail ([`MorphError`]).

mod error;
pub mod eval;
pub mod fine;
pub mod grammar;
mod hot;
mod letters;
pub mod model;
mod segmenter;
pub mod train;

pub use error::MorphError;
pub use letters::key;
pub use model::Model;
pub use segmenter::{Scheme, Segmenter, Spelling, WordAnalysis, offset_segments, to_clitics};
