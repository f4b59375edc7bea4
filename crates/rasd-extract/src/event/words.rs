//! A per-article view of the words that event and quote rules read: each token's normalized
//! forms, its clitics and its verb suffix, computed once for each written form of an article.

use std::ops::Deref;
use std::sync::Arc;

use rasd_text::segment::SegmentKind;
use rasd_text::{Document, Span, Token, TokenKind};
use rustc_hash::FxHashMap;

use crate::ner::lexicon::{FreqLexicon, UNKNOWN_RANK};
use crate::ner::norm::normalize;

/// What a written word is, wherever it stands: its normalized forms, clitics, suffixes and
/// trigger keys. An article repeats its words, so each distinct form (with the same analysis)
/// is read once and shared by its tokens.
#[derive(Debug, Clone, Default)]
pub(crate) struct Form {
    /// The whole token, normalized (`وأشاد` → `واشاد`).
    pub norm: String,
    /// The light stem, normalized: clitics and the article removed (`للقوات` → `قوات`).
    pub stem: String,
    /// The lemma-like key, normalized, when the word is known.
    pub lemma: Option<String>,
    /// Whether the word carries the conjunction و or ف.
    pub conj: bool,
    /// The preposition clitic (ب, ل, ك), if any.
    pub prep: Option<char>,
    /// Whether the word carries the article ال.
    pub det: bool,
    /// Whether the word carries the future particle سـ.
    pub future: bool,
    /// The verb suffix, normalized (`وا`, `ت`, `ا`), if any.
    pub vsuff: String,
    /// Whether the word ends in the alef of the indefinite accusative (`اجتماعا`): an object or
    /// an adverb, never a subject.
    pub accusative: bool,
    /// Whether the word is a relative adjective with the alef of the indefinite accusative
    /// that the segmenter left whole (`جنسيا`, `ميدانيا`): an adverb of manner or an object,
    /// never a subject, unless it is a name (`سوريا`; the tagger tells, so rules check the
    /// token's mention too).
    pub nisba_alef: bool,
    /// Whether the word is written with tanween (`فجرًا`, at dawn): a noun, whatever verb it is
    /// otherwise spelt like (`فجرا`, the two detonated).
    pub tanween: bool,
    /// Whether the word carries a noun suffix (`ة`, `ات`, `ان`, `ين`): it is no verb.
    pub nsuff: bool,
    /// Whether the word is a dual noun: with the suffix of the nominative (`جنديان`,
    /// `امرأتان`), the feminine one of the other cases (`امرأتين`), or an `ين` that general text
    /// uses for the dual rather than the sound plural (`شخصين`, but not `مدنيين`).
    pub dual: bool,
    /// Whether that dual suffix is the nominative's (`ان`, `تان`): a verb's subject.
    pub dual_nominative: bool,
    /// Whether the word carries a pronoun suffix.
    pub pron: bool,
    /// Whether it is a word (Arabic or Latin) rather than a number, mark or symbol.
    pub is_word: bool,
    /// Whether it is punctuation.
    pub is_punct: bool,
    /// The keys it may be listed under in the trigger lists (stem, lemma, verb forms).
    pub keys: Vec<String>,
    /// The trigger it is, if any.
    pub trigger: Option<super::lexicon::Trigger>,
    /// Whether it is a light verb.
    pub light: bool,
}

/// What the rules need to know about one token: its form (read through `Deref`, so
/// `word.stem` is its form's stem) and where it stands.
#[derive(Debug, Clone, Default)]
pub(crate) struct Word {
    /// The written word, shared with every token of the same form.
    pub form: Arc<Form>,
    /// Whether it lies inside a temporal expression.
    pub in_time: bool,
    /// Whether it lies inside a quantity.
    pub in_quantity: bool,
    /// The mention that covers it, if any.
    pub mention: Option<usize>,
}

impl Word {
    /// A word of `form` outside every time, quantity and mention.
    #[cfg(test)]
    pub fn of(form: Form) -> Self {
        Self {
            form: Arc::new(form),
            ..Self::default()
        }
    }
}

impl Deref for Word {
    type Target = Form;

    fn deref(&self) -> &Form {
        &self.form
    }
}

/// The words of one document, aligned with `doc.tokens`.
#[derive(Debug, Default)]
pub(crate) struct Words {
    pub words: Vec<Word>,
    /// The first word that tells of a crash or a road, rail, river or fire accident
    /// ([`super::lexicon::is_crash_cue`]), if the document has one: later casualty words
    /// without a weapon tell of that accident (`ركاب الطائرة ... قتلا`).
    pub first_crash: Option<usize>,
}

impl Words {
    /// Reads every token of `doc`; `freq` tells a dual in `ين` from a sound plural.
    pub fn new(doc: &Document, freq: &FreqLexicon) -> Self {
        // The first token of each written form, and what was read from it.
        let mut seen: FxHashMap<&str, (&Token, Arc<Form>)> = FxHashMap::default();
        let mut words: Vec<Word> = Vec::with_capacity(doc.tokens.len());
        for t in &doc.tokens {
            let written = t.text(&doc.text);
            let form = match seen.get(written) {
                Some((first, form)) if same_analysis(first, t) => Arc::clone(form),
                Some(_) => Arc::new(read_form(doc, t, freq)),
                None => {
                    let form = Arc::new(read_form(doc, t, freq));
                    seen.insert(written, (t, Arc::clone(&form)));
                    form
                }
            };
            words.push(Word {
                form,
                ..Word::default()
            });
        }
        mark(&mut words, doc, doc.times.iter().map(|t| t.span), |w| {
            w.in_time = true;
        });
        // A quantity's span may hold the noun it counts (`ثلاثة فلسطينيين على الأقل`): that
        // noun names a party, and only the words around it are the number.
        let number_parts = doc.quantities.iter().flat_map(|q| match q.counted {
            Some(c) if q.span.start <= c.start && c.end <= q.span.end => [
                Span::new(q.span.start, c.start),
                Span::new(c.end, q.span.end),
            ],
            _ => [q.span, Span::new(q.span.end, q.span.end)],
        });
        mark(&mut words, doc, number_parts, |w| {
            w.in_quantity = true;
        });
        for (m, mention) in doc.mentions.iter().enumerate() {
            for i in doc.token_range(mention.span) {
                if let Some(w) = words.get_mut(i) {
                    w.mention = Some(m);
                    // A name that begins where its token begins kept its first letter
                    // (`فيصل`, `بوسنين`): that letter is no clitic.
                    if doc
                        .tokens
                        .get(i)
                        .is_some_and(|t| t.span.start == mention.span.start)
                    {
                        let form = Arc::make_mut(&mut w.form);
                        form.conj = false;
                        form.prep = None;
                    }
                }
            }
        }
        let first_crash = words.iter().position(super::lexicon::is_crash_cue);
        Self { words, first_crash }
    }

    /// The word at `i`, or an empty one past the end (so callers need not check bounds).
    pub fn get(&self, i: usize) -> &Word {
        static EMPTY: std::sync::LazyLock<Word> = std::sync::LazyLock::new(Word::default);
        self.words.get(i).unwrap_or(&EMPTY)
    }
}

/// Reads one token's form.
fn read_form(doc: &Document, t: &Token, freq: &FreqLexicon) -> Form {
    let mut nsuff_in = false;
    let written = t.text(&doc.text);
    let mut w = Form {
        norm: normalize(written),
        tanween: written.contains(['\u{64B}', '\u{64C}', '\u{64D}']),
        is_word: matches!(t.kind, TokenKind::Word | TokenKind::Latin),
        is_punct: t.kind == TokenKind::Punct,
        ..Form::default()
    };
    w.stem = t.stem.as_deref().map_or_else(|| w.norm.clone(), normalize);
    w.lemma = t.lemma.as_deref().map(normalize);
    for seg in &t.segments {
        let s = seg.span.slice(&doc.text);
        match seg.kind {
            SegmentKind::Conj => w.conj = true,
            SegmentKind::Prep => w.prep = s.chars().next(),
            SegmentKind::Fut => w.future = true,
            SegmentKind::Det => w.det = true,
            SegmentKind::Vsuff => w.vsuff = normalize(s),
            SegmentKind::Pron => w.pron = true,
            SegmentKind::Nsuff => {
                w.nsuff = true;
                w.dual = matches!(s, "ان" | "تان" | "تين");
                w.dual_nominative = matches!(s, "ان" | "تان");
                nsuff_in = s == "ين";
            }
            SegmentKind::Case => w.accusative = true,
            _ => {}
        }
    }
    if nsuff_in {
        w.dual = dual_not_plural(&w.stem, freq);
    }
    w.nisba_alef = !w.accusative && !w.det && w.prep.is_none() && nisba_alef(&w.stem, freq);
    super::lexicon::annotate(&mut w);
    w
}

/// Whether two tokens of one written form were analysed alike (kind, stem, lemma, segments),
/// so that what was read from the first holds for the second: the segmenter may read a word
/// apart from its repeats where the tagger kept a name whole.
fn same_analysis(a: &Token, b: &Token) -> bool {
    let relative = |t: &Token, s: Span| {
        (
            s.start.saturating_sub(t.span.start),
            s.end.saturating_sub(t.span.start),
        )
    };
    a.kind == b.kind
        && a.stem == b.stem
        && a.lemma == b.lemma
        && a.segments.len() == b.segments.len()
        && a.segments
            .iter()
            .zip(&b.segments)
            .all(|(x, y)| x.kind == y.kind && relative(a, x.span) == relative(b, y.span))
}

/// Whether a light stem is a relative adjective in `ي` with the accusative's alef: general
/// text knows the adjective without it (`جنسي`, but not `ميليشي`), and the word is no broken
/// plural in `ايا` (`خلايا`, `ضحايا`).
fn nisba_alef(stem: &str, freq: &FreqLexicon) -> bool {
    let Some(adjective) = stem.strip_suffix('ا') else {
        return false;
    };
    adjective.ends_with('ي')
        && !adjective.ends_with("اي")
        && adjective.chars().count() >= 4
        && freq.rank(adjective) != UNKNOWN_RANK
}

/// Whether a word in `ين` (its light stem, normalized) is a dual rather than a sound plural:
/// general text has no sound plural in `ون` of its base, or writes its dual in `ان` more often
/// (`شخصين`: `شخصون` unknown; `مدنيين`: `مدنيون` far commoner than `مدنيان`).
fn dual_not_plural(stem: &str, freq: &FreqLexicon) -> bool {
    let Some(base) = stem.strip_suffix("ين").filter(|b| b.chars().count() >= 2) else {
        return false;
    };
    let plural = freq.rank(&format!("{base}ون"));
    let dual = freq.rank(&format!("{base}ان"));
    dual != UNKNOWN_RANK && (plural == UNKNOWN_RANK || dual < plural)
}

/// Marks the words whose tokens overlap each span.
fn mark(
    words: &mut [Word],
    doc: &Document,
    spans: impl Iterator<Item = Span>,
    set: impl Fn(&mut Word),
) {
    for span in spans {
        for i in doc.token_range(span) {
            if let Some(w) = words.get_mut(i) {
                set(w);
            }
        }
    }
}
