//! The Arabic analyzer for tantivy: rasd's tokenizer, search normalization and stems.
//!
//! [`ArabicTokenizer`] yields the words, numbers and Latin words found by
//! [`rasd_text::tokenize::scan`] with their byte offsets into the original text, so that
//! highlights point at what was written. [`ArabicFilter`] replaces each token's text with its
//! search key: for Arabic words [`stem::search_stem`] (clitics removed by the morphology model,
//! then the search normalization and light suffix stripping), and in the fold variant
//! [`stem::fold`] on top; other tokens are normalized and lower-cased.

use rasd_text::TokenKind;
use rasd_text::normalize::Normalizer;
use rasd_text::tokenize::scan;
use tantivy::tokenizer::{TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer};

use crate::stem;

/// The name the stem analyzer is registered under.
pub const STEM: &str = "rasd_ar";
/// The name the fold analyzer is registered under.
pub const FOLD: &str = "rasd_ar_fold";

/// The analyzer for the stem fields.
#[must_use]
pub fn stem_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(ArabicTokenizer)
        .filter(ArabicFilter { fold: false })
        .build()
}

/// The analyzer for the fold fields.
#[must_use]
pub fn fold_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(ArabicTokenizer)
        .filter(ArabicFilter { fold: true })
        .build()
}

/// Splits text with rasd's scanner, keeping words, numbers and Latin words.
#[derive(Debug, Clone, Copy, Default)]
pub struct ArabicTokenizer;

/// The token stream of [`ArabicTokenizer`].
#[derive(Debug)]
pub struct ArabicTokenStream<'a> {
    text: &'a str,
    scanner: rasd_text::tokenize::Scanner<'a>,
    token: Token,
}

impl Tokenizer for ArabicTokenizer {
    type TokenStream<'a> = ArabicTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        ArabicTokenStream {
            text,
            scanner: scan(text),
            token: Token::default(),
        }
    }
}

/// Whether a token of this kind is searchable.
fn indexed(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Word | TokenKind::Number | TokenKind::Latin | TokenKind::Hashtag
    )
}

impl TokenStream for ArabicTokenStream<'_> {
    fn advance(&mut self) -> bool {
        for (span, kind) in self.scanner.by_ref() {
            if !indexed(kind) {
                continue;
            }
            self.token.position = self.token.position.wrapping_add(1);
            self.token.offset_from = span.start;
            self.token.offset_to = span.end;
            self.token.text.clear();
            self.token.text.push_str(span.slice(self.text));
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// Turns each token's text into its search key; with `fold`, the spelling-variant fold.
#[derive(Debug, Clone, Copy)]
pub struct ArabicFilter {
    /// Apply [`stem::fold`] after the stem.
    pub fold: bool,
}

impl TokenFilter for ArabicFilter {
    type Tokenizer<T: Tokenizer> = ArabicFilterTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> Self::Tokenizer<T> {
        ArabicFilterTokenizer {
            inner: tokenizer,
            fold: self.fold,
        }
    }
}

/// [`ArabicFilter`] wrapped around a tokenizer.
#[derive(Debug, Clone)]
pub struct ArabicFilterTokenizer<T> {
    inner: T,
    fold: bool,
}

impl<T: Tokenizer> Tokenizer for ArabicFilterTokenizer<T> {
    type TokenStream<'a> = ArabicFilterStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        ArabicFilterStream {
            tail: self.inner.token_stream(text),
            fold: self.fold,
        }
    }
}

/// The token stream of [`ArabicFilterTokenizer`].
#[derive(Debug)]
pub struct ArabicFilterStream<S> {
    tail: S,
    fold: bool,
}

/// The search key of one written token.
#[must_use]
pub fn search_key(written: &str, fold: bool) -> String {
    if !written.chars().any(rasd_text::chars::is_arabic_letter) {
        return Normalizer::search().normalize(written).to_lowercase();
    }
    let stemmed = stem::search_stem(written);
    if fold { stem::fold(&stemmed) } else { stemmed }
}

impl<S: TokenStream> TokenStream for ArabicFilterStream<S> {
    fn advance(&mut self) -> bool {
        // A token whose key is empty (a lone tatweel or diacritic) is not searchable: skip it.
        while self.tail.advance() {
            let key = search_key(&self.tail.token().text, self.fold);
            if !key.is_empty() {
                self.tail.token_mut().text = key;
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str, fold: bool) -> Vec<(String, usize, usize)> {
        let mut a = if fold {
            fold_analyzer()
        } else {
            stem_analyzer()
        };
        let mut s = a.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = s.next() {
            out.push((t.text.clone(), t.offset_from, t.offset_to));
        }
        out
    }

    #[test]
    fn offsets_point_into_the_original() {
        let text = "جرت «الانتخابات» في 2021.";
        for (_, from, to) in keys(text, false) {
            assert!(!text[from..to].is_empty());
        }
        let k = keys(text, false);
        assert_eq!(&text[k[1].1..k[1].2], "الانتخابات");
        assert_eq!(k[1].0, search_key("انتخابات", false));
        assert_eq!(k[3].0, "2021");
    }
}
