//! Named-entity recognition: a trained sequence labeller shipped inside the binary.
//!
//! [`Tagger`] labels each word of a sentence with IOB2 tags over four types (PERS, LOC, ORG,
//! MISC). It is an averaged structured perceptron over hashed features (the word and its
//! neighbours, clitic-stripped forms, affixes, shape, wordfreq frequency class, a gazetteer
//! derived from the training data, trigger words such as titles), decoded with a Viterbi that
//! only allows valid IOB2. The model is built by `cargo xtask ner` from ANERcorp and ships in
//! `models/ner.bin`: compressed, versioned and checksummed, checked when loaded.
//! A word's analysis and the scores of the features it gives its neighbours are worked out
//! once and kept across articles ([`word_cache`]): tagging a word seen before reads seven sums
//! instead of some fifty weights.
//!
//! Seven steps follow decoding, on evidence that knows no particular name: a name right after a
//! kind-of-place or kind-of-organisation noun (`قوات X`, `مدينة X`: [`trigger_names`]), names
//! read on across the words of lineage that join them (`عبدالله بن مساعد`: [`lineage`]) and
//! past words that annotated data never saw end a name (`لوس أنجليس`: [`continued_names`]), the
//! sides of a match report as teams (`تعادل ليون مع ضيفه بنفيكا`: [`teams`]), a
//! facility named after a person taken for the facility (`مطار الملك خالد`: [`namesakes`]), the
//! given name `علي` that normalization confuses with the preposition `على`, taken into the
//! name it begins where the article writes the two apart ([`folded_names`]), and a one-word
//! name carried to its other sightings in the article ([`propagate`]). Finding the
//! mentions of a document then leaves out what is not a name (units, dates, very common words
//! tagged MISC: [`nonsense`]).
//!
//! ```
//! use rasd_extract::ner::Tagger;
//!
//! let tagger = Tagger::shipped().unwrap();
//! let words = ["قال", "الرئيس", "الأميركي", "جوزيف", "بايدن", "في", "واشنطن"];
//! let labels: Vec<&str> = tagger.tag(&words).iter().map(|l| l.as_str()).collect();
//! assert_eq!(&labels[3..5], ["B-PERS", "I-PERS"]);
//! assert_eq!(labels[6], "B-LOC");
//! ```

pub mod conll;
pub mod continued_names;
pub mod decode;
pub mod defined_heads;
mod eval;
pub mod features;
pub mod folded_names;
pub mod formulae;
pub mod gazetteer;
pub mod labels;
pub mod lexicon;
pub mod lineage;
pub mod model;
pub mod namesakes;
pub mod nonsense;
pub mod norm;
pub mod propagate;
pub mod teams;
pub mod train;
pub mod trigger_names;
pub mod word_cache;

use std::sync::Arc;

use rasd_text::annotations::{Mention, MentionForm};
use rasd_text::{Document, Span, Token, TokenKind};

pub use eval::{DOC_SENTENCES, evaluate};
pub use labels::Label;
pub use model::{Model, Stage};

use self::features::{
    DocContext, LabelContext, Resources, WINDOW, WordInfo, context_features, stacked_features,
};
use self::labels::{N_LABELS, spans};
use self::lexicon::offset_after_letters;
use self::word_cache::{CachedWord, WordCache};

/// The shipped model, built by `cargo xtask ner`.
static SHIPPED: &[u8] = include_bytes!("../../../../models/ner.bin");

/// Words more frequent than this rank are common nouns (for [`Tagger::is_common_plural`]).
const COMMON_RANK: u32 = 20_000;

/// Errors of the NER component.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum NerError {
    /// The model bytes are damaged, truncated or of another version.
    #[error("NER model: {0}")]
    Model(String),
    /// Writing a model failed.
    #[error("NER model I/O: {0}")]
    Io(String),
}

/// Labels words with entity tags. Load once, share freely (`Send + Sync`).
#[derive(Debug, Clone)]
pub struct Tagger {
    model: Model,
    /// Whether names after trigger nouns are labelled after decoding ([`trigger_names`]).
    trigger_names: bool,
    /// Whether one-word names are carried to their other sightings ([`propagate`]).
    propagate: bool,
    /// The words tagged before, analysed and scored by this model (shared by clones).
    cache: Arc<WordCache>,
}

impl Tagger {
    /// The model shipped in the binary.
    ///
    /// # Errors
    /// [`NerError::Model`] when the embedded model fails its checks.
    pub fn shipped() -> Result<Self, NerError> {
        Self::from_bytes(SHIPPED)
    }

    /// A tagger from model bytes in the shipped format.
    ///
    /// # Errors
    /// [`NerError::Model`] when the bytes are not an intact model of this version.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, NerError> {
        Model::from_bytes(bytes).map(Self::from_model)
    }

    /// A tagger from a model in memory (during training).
    #[must_use]
    pub fn from_model(model: Model) -> Self {
        Self {
            cache: Arc::new(WordCache::new(&model.stages)),
            model,
            trigger_names: true,
            propagate: true,
        }
    }

    /// Whether names after kind-of-place and kind-of-organisation nouns (`قوات X`, `مدينة X`)
    /// are labelled after decoding (on by default). Off, the labels are the model's alone: for
    /// measuring what the rule adds.
    #[must_use]
    pub fn with_trigger_names(mut self, on: bool) -> Self {
        self.trigger_names = on;
        self
    }

    /// Whether a one-word name the article's labels show once is given to the word's other
    /// sightings in the article (on by default). Off, for measuring what it adds.
    #[must_use]
    pub fn with_propagation(mut self, on: bool) -> Self {
        self.propagate = on;
        self
    }

    /// The model.
    #[must_use]
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The resources features read (frequencies, gazetteer, triggers).
    #[must_use]
    pub fn resources(&self) -> &Resources {
        &self.model.resources
    }

    /// The words kept with their scores ([`word_cache`]).
    #[must_use]
    pub fn cached_words(&self) -> usize {
        self.cache.len()
    }

    /// Of the distinct words of the articles tagged so far, how many were found kept, and how
    /// many were looked up.
    #[must_use]
    pub fn cache_hits(&self) -> (u64, u64) {
        self.cache.hits()
    }

    /// Per-word label scores of stage `k` for one analysed sentence: the sums kept for each
    /// word of the window ([`word_cache`]), the features that read two words or the article
    /// (`feats`), and for later stages the previous stage's labels.
    fn emissions(
        &self,
        k: usize,
        words: &[Arc<CachedWord>],
        infos: &[WordInfo],
        (feats, offsets): &(Vec<u64>, Vec<usize>),
        stacked: Option<(&[Label], &LabelContext)>,
    ) -> Vec<f32> {
        let Some(stage) = self.model.stages.get(k) else {
            return vec![0f32; infos.len() * N_LABELS];
        };
        let mut extra = Vec::new();
        let mut emissions = vec![0f32; infos.len() * N_LABELS];
        for (i, row) in emissions.chunks_exact_mut(N_LABELS).enumerate() {
            for d in -WINDOW..=WINDOW {
                let part = match i.checked_add_signed(d).and_then(|j| words.get(j)) {
                    Some(w) => w.scores(k, d),
                    None => self.cache.edge(k, d),
                };
                for (s, x) in row.iter_mut().zip(part.into_iter().flatten()) {
                    *s += x;
                }
            }
            let range = offsets.get(i..i + 2).map_or(0..0, |o| o[0]..o[1]);
            stage.score_into(feats.get(range).unwrap_or(&[]), row);
            if let Some((labels, lctx)) = stacked {
                extra.clear();
                stacked_features(infos, labels, lctx, i, &mut extra);
                stage.score_into(&extra, row);
            }
        }
        emissions
    }

    /// The best label for each word of one sentence, read on its own.
    #[must_use]
    pub fn tag<S: AsRef<str>>(&self, words: &[S]) -> Vec<Label> {
        self.tag_document(std::slice::from_ref(&words))
            .pop()
            .map(|(labels, _)| labels)
            .unwrap_or_default()
    }

    /// Tags the sentences of one article together, so that what one sentence says about a word
    /// (a title before it, a first name after it) informs the others. For each sentence, the
    /// best labels and the probability of each.
    #[must_use]
    pub fn tag_document<W: AsRef<[S]>, S: AsRef<str>>(
        &self,
        sentences: &[W],
    ) -> Vec<(Vec<Label>, Vec<f32>)> {
        let words = self
            .cache
            .words(sentences, &self.model.stages, &self.model.resources);
        let infos: Vec<Vec<WordInfo>> = words
            .iter()
            .map(|s| s.iter().map(|w| w.info.clone()).collect())
            .collect();
        let ctx = DocContext::new(&infos);
        // The features that read two words or the article are the same for every stage:
        // computed once.
        let base: Vec<(Vec<u64>, Vec<usize>)> = infos
            .iter()
            .map(|infos| {
                let (mut feats, mut offsets) = (Vec::new(), Vec::new());
                context_features(infos, &ctx, &mut feats, &mut offsets);
                (feats, offsets)
            })
            .collect();
        let mut labels: Vec<Vec<Label>> = Vec::new();
        let mut emissions: Vec<Vec<f32>> = Vec::new();
        let mut last: Option<&Stage> = None;
        for (k, stage) in self.model.stages.iter().enumerate() {
            let lctx = (k > 0).then(|| LabelContext::new(&infos, &labels));
            emissions = infos
                .iter()
                .zip(&base)
                .zip(&words)
                .enumerate()
                .map(|(s, ((infos, base), words))| {
                    let stacked = lctx
                        .as_ref()
                        .and_then(|c| labels.get(s).map(|l| (l.as_slice(), c)));
                    self.emissions(k, words, infos, base, stacked)
                })
                .collect();
            labels = emissions
                .iter()
                .map(|e| decode::viterbi(e, &stage.transitions, &stage.start))
                .collect();
            last = Some(stage);
        }
        let Some(stage) = last else {
            return infos
                .iter()
                .map(|s| (vec![Label::O; s.len()], vec![0.0; s.len()]))
                .collect();
        };
        let mut tagged: Vec<(Vec<Label>, Vec<f32>)> = labels
            .into_iter()
            .zip(&emissions)
            .zip(&infos)
            .map(|((mut labels, e), infos)| {
                let probs = decode::marginals(e, &stage.transitions, &stage.start);
                let mut conf: Vec<f32> = labels
                    .iter()
                    .enumerate()
                    .map(|(i, l)| probs.get(i * N_LABELS + l.index()).copied().unwrap_or(0.0))
                    .collect();
                if self.trigger_names {
                    for i in trigger_names::apply(infos, &mut labels, &self.model.resources) {
                        if let Some(c) = conf.get_mut(i) {
                            *c = trigger_names::CONFIDENCE;
                        }
                    }
                }
                // A defined noun taken into the name of its adjective is as sure as the name.
                for i in defined_heads::apply(infos, &mut labels) {
                    if let Some(c) = conf.get(i + 1).copied()
                        && let Some(slot) = conf.get_mut(i)
                    {
                        *slot = c;
                    }
                }
                // A word joined to a name across `بن` or `عبد` is as sure as its neighbour in
                // the name: the word before it, or after it for a given name taken before `بن`.
                let tagged_before: Vec<bool> = labels.iter().map(|l| *l != Label::O).collect();
                let joined = lineage::apply(infos, &mut labels);
                for &i in &joined {
                    let in_name_before = i
                        .checked_sub(1)
                        .filter(|&b| tagged_before.get(b) == Some(&true) || joined.contains(&b));
                    let from = in_name_before.unwrap_or(i + 1);
                    if let Some(c) = conf.get(from).copied()
                        && let Some(slot) = conf.get_mut(i)
                    {
                        *slot = c;
                    }
                }
                // A word a name goes on into is as sure as its neighbour in the name.
                for (i, from) in continued_names::apply(infos, &mut labels, &self.model.resources) {
                    if let Some(c) = conf.get(from).copied()
                        && let Some(slot) = conf.get_mut(i)
                    {
                        *slot = c;
                    }
                }
                // The sides of a match report are as sure as the frame that names them.
                for i in teams::apply(infos, &mut labels, &self.model.resources) {
                    if let Some(c) = conf.get_mut(i) {
                        *c = trigger_names::CONFIDENCE;
                    }
                }
                // A facility named after a person is as sure as the name.
                for (i, from) in namesakes::apply(infos, &mut labels, &self.model.resources) {
                    if let Some(c) = conf.get(from).copied()
                        && let Some(slot) = conf.get_mut(i)
                    {
                        *slot = c;
                    }
                }
                (labels, conf)
            })
            .collect();
        let folded = relabel(&mut tagged, |labels| folded_names::apply(sentences, labels));
        // The given name is as sure as the name it begins.
        for (s, i) in folded {
            if let Some((_, conf)) = tagged.get_mut(s)
                && let Some(c) = conf.get(i + 1).copied()
                && let Some(slot) = conf.get_mut(i)
            {
                *slot = c;
            }
        }
        if self.propagate {
            let changed = relabel(&mut tagged, |labels| {
                propagate::apply(&infos, labels, &self.model.resources)
            });
            for (s, i) in changed {
                if let Some(c) = tagged.get_mut(s).and_then(|(_, c)| c.get_mut(i)) {
                    *c = propagate::CONFIDENCE;
                }
            }
        }
        tagged
    }

    /// Finds the entity mentions of a document, sentence by sentence, in text order. Mention
    /// spans leave out proclitics (`واشنطن` in `وواشنطن`). Mentions that are not names (units,
    /// dates, very common words tagged MISC: see [`nonsense`]) are left out; run the quantity and
    /// time stages first for those checks to see them.
    #[must_use]
    pub fn mentions(&self, doc: &Document) -> Vec<Mention> {
        let mut out = Vec::new();
        let sentences: Vec<&[Token]> = doc
            .sentences
            .iter()
            .map(|s| doc.tokens.get(s.first_token..s.end_token).unwrap_or(&[]))
            .collect();
        let words: Vec<Vec<&str>> = sentences
            .iter()
            .map(|tokens| tokens.iter().map(|t| t.text(&doc.text)).collect())
            .collect();
        let tagged = self.tag_document(&words);
        for (tokens, (labels, conf)) in sentences.into_iter().zip(tagged) {
            for (s, e, kind) in spans(&labels) {
                // `عبدالله رحمه الله`: a formula of blessing is no part of the name.
                let normalized: Vec<String> = tokens
                    .get(s..e)
                    .unwrap_or(&[])
                    .iter()
                    .map(|t| norm::normalize(t.text(&doc.text)))
                    .collect();
                let e = s + formulae::name_end(&normalized);
                let e = e.min(s + topic_name_len(tokens, &doc.text, s, &normalized[..e - s]));
                // `سيحظى ميلان`: a verb in the future before a name is no part of it.
                let (res, freq) = (&self.model.resources, &self.model.resources.freq);
                let lead = usize::from(
                    e - s >= 2 && nonsense::is_future_verb(&freq.strip(&normalized[0]).word, res),
                );
                // `لقاء الجبير وشتاينماير سيركز على`: nor one after it.
                let tail = usize::from(
                    e - s >= lead + 2
                        && normalized.get(e - s - 1).is_some_and(|last| {
                            nonsense::is_common_future_verb(&freq.strip(last).word, res)
                        }),
                );
                let (s, e) = (s + lead, e - tail);
                let normalized = normalized.get(lead..).unwrap_or(&[]);
                if e <= s {
                    continue;
                }
                let (Some(first), Some(last)) =
                    (tokens.get(s), e.checked_sub(1).and_then(|i| tokens.get(i)))
                else {
                    continue;
                };
                let inside = tokens.get(s..e).unwrap_or(&[]);
                if !inside
                    .iter()
                    .any(|t| matches!(t.kind, TokenKind::Word | TokenKind::Latin))
                {
                    continue;
                }
                let (start, first_name) = self.strip_first(first, &doc.text, kind);
                if e - s == 1
                    && kind == rasd_text::annotations::EntityType::Per
                    && self.is_common_plural(&first_name)
                {
                    continue;
                }
                let span = Span::new(start, last.span.end);
                if span.is_empty() {
                    continue;
                }
                let mut name = first_name;
                for word in normalized.iter().take(e - s).skip(1) {
                    name.push(' ');
                    name.push_str(word);
                }
                #[allow(clippy::cast_precision_loss)]
                let confidence = conf.get(s..e).unwrap_or(&[]).iter().sum::<f32>() / (e - s) as f32;
                out.push(Mention {
                    span,
                    kind,
                    name,
                    confidence: (confidence.clamp(0.0, 1.0) * 1000.0).round() / 1000.0,
                    form: MentionForm::Name,
                    entity: None,
                });
            }
        }
        out.retain(|m| !nonsense::is_nonsense(m, doc, &self.model.resources));
        out
    }

    /// Whether a defined word is the dual or plural of a common noun (`المسؤولان`, `المراقبين`):
    /// a person is not named so, however name-like its context.
    fn is_common_plural(&self, word: &str) -> bool {
        word.starts_with("ال")
            && ["ان", "ين", "ون"].iter().any(|suf| {
                word.strip_suffix(suf).is_some_and(|base| {
                    base.chars().count() >= 4 && self.model.resources.freq.rank(base) < COMMON_RANK
                })
            })
    }

    /// Where the name starts inside its first token (after proclitics), and the token's
    /// normalized form without them.
    ///
    /// The frequency-guided stripper decides, not the token's morphological segments: names are
    /// mostly words a segmenter has never seen, and it splits them like ordinary words (`بايدن`
    /// as ب + ايدن), while comparing the frequencies of `بايدن` and `ايدن` keeps the name whole.
    ///
    /// A preposition letter (`ب`, `ل`, `ك`) stays with a person's name when the word it would
    /// leave is not much commoner than the word with it (by rank, twice for `ب` and `ل`, four
    /// times for `ك`): names are written with those letters too, and `وكمال` is و + `كمال`,
    /// though `مال` is the commoner word, while `لمحمد` is ل + `محمد`.
    fn strip_first(
        &self,
        token: &Token,
        text: &str,
        kind: rasd_text::annotations::EntityType,
    ) -> (usize, String) {
        let written = token.text(text);
        let normalized = norm::normalize(written);
        let freq = &self.model.resources.freq;
        // `وآل سعود`: the family word `آل` is too short for the stripper, which keeps three
        // letters at least.
        let mut stripped = match normalized.as_str() {
            "وال" | "فال" => lexicon::Stripped {
                clitic_letters: 1,
                word: "ال".to_owned(),
            },
            _ => freq.strip(&normalized),
        };
        let letters: Vec<char> = normalized.chars().collect();
        if let Some(k) = stripped.clitic_letters.checked_sub(1)
            && kind == rasd_text::annotations::EntityType::Per
            && matches!(letters.get(k), Some('ب' | 'ل' | 'ك'))
            && letters
                .get(k + 1..)
                .is_some_and(|rest| rest.iter().copied().eq(stripped.word.chars()))
        {
            let with_letter: String = letters[k..].iter().collect();
            let (with, without) = (freq.rank(&with_letter), freq.rank(&stripped.word));
            // `ك` ("like") rarely stands before a person's name; `ب` and `ل` often do.
            let allowance = if letters[k] == 'ك' { 4 } else { 2 };
            if with != lexicon::UNKNOWN_RANK && with <= without.saturating_mul(allowance) {
                stripped = lexicon::Stripped {
                    clitic_letters: k,
                    word: with_letter,
                };
            }
        }
        let offset = offset_after_letters(written, stripped.clitic_letters).unwrap_or(0);
        (token.span.start + offset, stripped.word)
    }
}

/// Runs a step that reads and changes the labels of every sentence of an article at once, on
/// labels paired with their confidences; returns what the step returns.
fn relabel<T>(
    tagged: &mut [(Vec<Label>, Vec<f32>)],
    step: impl FnOnce(&mut [Vec<Label>]) -> T,
) -> T {
    let mut labels: Vec<Vec<Label>> = tagged.iter_mut().map(|(l, _)| std::mem::take(l)).collect();
    let out = step(&mut labels);
    for ((slot, _), l) in tagged.iter_mut().zip(labels) {
        *slot = l;
    }
    out
}

/// How many of a mention's words `words` (normalized, starting at token `s`) are its name
/// when the particle of the topic, `أما`, stands shortly before it: then a last word with `ف`
/// opens what is said of the topic (`أما المحامية بيان زهران فبينت`) and is no part of the
/// name.
fn topic_name_len(tokens: &[Token], text: &str, s: usize, words: &[String]) -> usize {
    let n = words.len();
    let topic = (s.saturating_sub(4)..s).any(|k| {
        tokens
            .get(k)
            .is_some_and(|t| matches!(norm::normalize(t.text(text)).as_str(), "اما" | "واما"))
    });
    let last_with_fa = words
        .last()
        .is_some_and(|w| w.starts_with('ف') && w.chars().count() >= 4);
    if topic && n > 1 && last_with_fa {
        n - 1
    } else {
        n
    }
}

/// What the tests of the steps after decoding share.
#[cfg(test)]
pub(crate) mod testing {
    #![allow(clippy::unwrap_used)]

    use super::Tagger;
    use super::features::{Resources, WordInfo, analyse_words};
    use super::labels::Label;

    /// The words that `step` labels in a sentence whose labels the model gave as `given`
    /// (index and label; every other word `O`), read with the shipped tagger's resources.
    pub(crate) fn labelled_by(
        words: &[&str],
        given: &[(usize, Label)],
        step: impl FnOnce(&[WordInfo], &mut [Label], &Resources) -> Vec<usize>,
    ) -> Vec<String> {
        let tagger = Tagger::shipped().unwrap();
        let res = tagger.resources();
        let infos = analyse_words(words, res);
        let mut labels = vec![Label::O; words.len()];
        for &(i, l) in given {
            labels[i] = l;
        }
        step(&infos, &mut labels, res)
            .into_iter()
            .map(|i| words[i].to_owned())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::features::features_in_context;
    use super::*;

    /// The sums kept per word and distance, with the features that read two words or the
    /// article, give every word of real sentences the scores its whole feature list gives,
    /// in every stage; and a word seen again is read from the cache.
    #[test]
    fn kept_word_scores_equal_the_whole_feature_list() {
        let tagger = Tagger::shipped().unwrap();
        let text = rasd_testdata::seed_article();
        let sentences: Vec<Vec<&str>> = text
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>())
            .filter(|s| !s.is_empty())
            .collect();
        let words = tagger
            .cache
            .words(&sentences, &tagger.model.stages, tagger.resources());
        assert!(tagger.cached_words() > 300, "{}", tagger.cached_words());
        let infos: Vec<Vec<WordInfo>> = words
            .iter()
            .map(|s| s.iter().map(|w| w.info.clone()).collect())
            .collect();
        let ctx = DocContext::new(&infos);
        let mut worst = 0f32;
        for (k, stage) in tagger.model.stages.iter().enumerate() {
            for (words, infos) in words.iter().zip(&infos) {
                let (mut feats, mut offsets) = (Vec::new(), Vec::new());
                context_features(infos, &ctx, &mut feats, &mut offsets);
                let kept = tagger.emissions(k, words, infos, &(feats, offsets), None);
                let (mut feats, mut offsets) = (Vec::new(), Vec::new());
                features_in_context(infos, &ctx, &mut feats, &mut offsets);
                for (i, row) in kept.chunks_exact(N_LABELS).enumerate() {
                    let mut whole = [0f32; N_LABELS];
                    stage.score_into(&feats[offsets[i]..offsets[i + 1]], &mut whole);
                    for (a, b) in row.iter().zip(whole) {
                        worst = worst.max((a - b).abs() / b.abs().max(1.0));
                    }
                }
            }
        }
        assert!(worst < 1e-4, "scores differ by {worst}");
    }
}
