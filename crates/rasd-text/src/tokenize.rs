//! Tokenization: words, numbers, punctuation, Latin words, URLs, e-mails, hashtags, mentions.
//!
//! The scanner walks the text once and yields exact byte spans; nothing is copied until a token's
//! normalized form is made. Arabic letters glued to digits are separate tokens (`رقم2576` →
//! `رقم` + `2576`), and so are words glued by punctuation (`الإقليمي،والصحة`).
//!
//! ```
//! use rasd_text::tokenize::{scan, TokenKind};
//!
//! let text = "قرار رقم2576 (لعام 2021)";
//! let kinds: Vec<_> = scan(text).map(|(s, k)| (s.slice(text), k)).collect();
//! assert_eq!(kinds[1], ("رقم", TokenKind::Word));
//! assert_eq!(kinds[2], ("2576", TokenKind::Number));
//! ```

use unicode_normalization::char::is_combining_mark;

use crate::chars::{is_arabic_word_char, is_digit, is_invisible_control, is_latin_letter};
use crate::document::Token;
pub use crate::document::TokenKind;
use crate::normalize::Normalizer;
use crate::span::Span;

/// Tokenizes `text`, giving each token its normalized form under `normalizer`.
#[must_use]
pub fn tokenize(text: &str, normalizer: &Normalizer) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 6);
    for (span, kind) in scan(text) {
        tokens.push(make_token(text, span, kind, normalizer));
    }
    tokens
}

/// Builds the token for `span` of `text`.
#[must_use]
pub fn make_token(text: &str, span: Span, kind: TokenKind, normalizer: &Normalizer) -> Token {
    let written = span.slice(text);
    let norm = match kind {
        TokenKind::Url | TokenKind::Email => written.to_owned(),
        TokenKind::Latin | TokenKind::Hashtag | TokenKind::Mention => {
            normalizer.normalize(written).to_lowercase()
        }
        _ => normalizer.normalize(written).into_owned(),
    };
    Token::new(span, kind, norm)
}

/// Splits word tokens at the given byte offsets (sorted ascending), as run-together word repairs
/// ask. An offset that does not fall strictly inside a word token is ignored.
pub fn split_tokens_at(
    text: &str,
    tokens: &mut Vec<Token>,
    points: &[usize],
    normalizer: &Normalizer,
) {
    if points.is_empty() {
        return;
    }
    let mut out = Vec::with_capacity(tokens.len() + points.len());
    let mut p = 0;
    for token in tokens.drain(..) {
        while p < points.len() && points[p] <= token.span.start {
            p += 1;
        }
        let mut start = token.span.start;
        let mut split = false;
        while p < points.len() && points[p] < token.span.end {
            let at = points[p];
            p += 1;
            if token.kind == TokenKind::Word && at > start && text.is_char_boundary(at) {
                out.push(make_token(
                    text,
                    Span::new(start, at),
                    TokenKind::Word,
                    normalizer,
                ));
                start = at;
                split = true;
            }
        }
        if split {
            out.push(make_token(
                text,
                Span::new(start, token.span.end),
                TokenKind::Word,
                normalizer,
            ));
        } else {
            out.push(token);
        }
    }
    *tokens = out;
}

/// Scans `text` into token spans and kinds, skipping whitespace and invisible controls.
pub fn scan(text: &str) -> Scanner<'_> {
    Scanner { text, pos: 0 }
}

/// The iterator returned by [`scan`].
#[derive(Debug, Clone)]
pub struct Scanner<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for Scanner<'_> {
    type Item = (Span, TokenKind);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let rest = self.text.get(self.pos..)?;
            let c = rest.chars().next()?;
            let start = self.pos;
            if c.is_whitespace() || is_invisible_control(c) {
                self.pos += c.len_utf8();
                continue;
            }
            let (len, kind) = classify(rest, c);
            // Every branch consumes at least the first character, so the scanner always advances.
            let len = len.max(c.len_utf8());
            self.pos += len;
            return Some((Span::new(start, start + len), kind));
        }
    }
}

/// Length in bytes and kind of the token at the start of `rest`, whose first character is `c`.
fn classify(rest: &str, c: char) -> (usize, TokenKind) {
    if let Some(len) = url_len(rest) {
        return (len, TokenKind::Url);
    }
    if is_arabic_word_char(c) {
        return (arabic_word_len(rest), TokenKind::Word);
    }
    if is_digit(c) {
        return (number_len(rest), TokenKind::Number);
    }
    if c == '#' || c == '@' {
        let body = &rest[1..];
        let len = take_while(body, |c| {
            is_arabic_word_char(c) || c.is_alphanumeric() || c == '_'
        });
        let ok = if c == '@' {
            len > 0
                && body[..len]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_')
        } else {
            len > 0 && !body[..len].chars().all(|c| c.is_ascii_digit())
        };
        if ok {
            let kind = if c == '#' {
                TokenKind::Hashtag
            } else {
                TokenKind::Mention
            };
            return (1 + len, kind);
        }
        return (1, TokenKind::Symbol);
    }
    if is_latin_letter(c) || (c.is_alphabetic() && !is_arabic_word_char(c)) {
        let len = latin_len(rest);
        if let Some(email) = email_len(rest, len) {
            return (email, TokenKind::Email);
        }
        return (len, TokenKind::Latin);
    }
    if is_punctuation(c) {
        // A run of the same mark (`...`, `!!`, `--`) is one token.
        let len = take_while(rest, |d| d == c);
        return (len, TokenKind::Punct);
    }
    // Symbols, emoji and anything else: one character at a time, with any combining marks.
    let len = c.len_utf8() + take_while(&rest[c.len_utf8()..], is_combining_mark);
    (len, TokenKind::Symbol)
}

fn take_while(s: &str, mut pred: impl FnMut(char) -> bool) -> usize {
    s.char_indices()
        .find(|&(_, c)| !pred(c))
        .map_or(s.len(), |(i, _)| i)
}

fn arabic_word_len(rest: &str) -> usize {
    let mut end = 0;
    let mut iter = rest.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_arabic_word_char(c) {
            end = i + c.len_utf8();
        } else if is_invisible_control(c) && c != '\u{FEFF}' {
            // A joiner or bidi mark inside a word belongs to it only when the word goes on.
            match iter.peek() {
                Some(&(_, d)) if is_arabic_word_char(d) => {}
                _ => break,
            }
        } else {
            break;
        }
    }
    end
}

fn number_len(rest: &str) -> usize {
    let bytes_digits = |s: &str| take_while(s, is_digit);
    let mut end = bytes_digits(rest);
    loop {
        let tail = &rest[end..];
        let Some(sep) = tail.chars().next() else {
            break;
        };
        if !matches!(sep, ',' | '.' | '\u{066B}' | '\u{066C}' | '/' | ':') {
            break;
        }
        let after = &tail[sep.len_utf8()..];
        let digits = bytes_digits(after);
        // `10:30` is a clock time; a colon before a long number is a list or a ratio label.
        if digits == 0 || (sep == ':' && after[..digits].chars().count() != 2) {
            break;
        }
        end += sep.len_utf8() + digits;
    }
    end
}

fn latin_len(rest: &str) -> usize {
    take_while(rest, |c| {
        (c.is_alphanumeric() && !is_arabic_word_char(c) && (c.is_ascii() || !is_digit(c)))
            || is_combining_mark(c)
    })
}

fn email_len(rest: &str, local_len: usize) -> Option<usize> {
    // local part: letters, digits and . _ - + ; then @domain.tld
    let local = take_while(rest, |c| {
        c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+')
    });
    if local < local_len || !rest[local..].starts_with('@') {
        return None;
    }
    let domain_start = local + 1;
    let domain = take_while(&rest[domain_start..], |c| {
        c.is_ascii_alphanumeric() || c == '.' || c == '-'
    });
    let domain_text = rest[domain_start..domain_start + domain].trim_end_matches('.');
    let dot = domain_text.rfind('.')?;
    if dot == 0 || domain_text.len() - dot < 3 {
        return None;
    }
    Some(domain_start + domain_text.len())
}

fn url_len(rest: &str) -> Option<usize> {
    let lower_prefix = |p: &str| {
        rest.get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p))
    };
    let prefix = ["https://", "http://", "www."]
        .into_iter()
        .find(|p| lower_prefix(p))?;
    let len = take_while(rest, |c| {
        !c.is_whitespace() && !matches!(c, '<' | '>' | '"' | '«' | '»' | '،' | '؛')
    });
    // Trailing sentence punctuation is not part of the address.
    let trimmed =
        rest[..len].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '}', '\'', '؟']);
    (trimmed.len() > prefix.len()).then_some(trimmed.len())
}

/// Whether `c` is a punctuation mark (as opposed to a symbol).
#[must_use]
pub fn is_punctuation(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '"'
            | '\''
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '-'
            | '_'
            | '/'
            | '\\'
            | '`'
            | '،'
            | '؛'
            | '؟'
            | '«'
            | '»'
            | '…'
            | '–'
            | '—'
            | '―'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '„'
            | '‹'
            | '›'
            | '۔'
            | '٭'
            | '¡'
            | '¿'
            | '•'
            | '·'
            | '⁏'
            | '﴾'
            | '﴿'
            | '、'
            | '。'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<(&str, TokenKind)> {
        scan(text).map(|(s, k)| (s.slice(text), k)).collect()
    }

    #[test]
    fn numbers() {
        use TokenKind::*;
        assert_eq!(
            pieces("3500 و2,500 و3.5 و٢٫٥ و1/5 و50% 10:30"),
            vec![
                ("3500", Number),
                ("و", Word),
                ("2,500", Number),
                ("و", Word),
                ("3.5", Number),
                ("و", Word),
                ("٢٫٥", Number),
                ("و", Word),
                ("1/5", Number),
                ("و", Word),
                ("50", Number),
                ("%", Symbol),
                ("10:30", Number),
            ]
        );
        assert_eq!(
            pieces("عام 2021."),
            vec![("عام", Word), ("2021", Number), (".", Punct)]
        );
    }

    #[test]
    fn glued_words_and_digits() {
        use TokenKind::*;
        assert_eq!(pieces("رقم2576"), vec![("رقم", Word), ("2576", Number)]);
        assert_eq!(
            pieces("الإقليمي،والصحة"),
            vec![("الإقليمي", Word), ("،", Punct), ("والصحة", Word)]
        );
        assert_eq!(
            pieces("العراق(يونامي)"),
            vec![
                ("العراق", Word),
                ("(", Punct),
                ("يونامي", Word),
                (")", Punct)
            ]
        );
    }

    #[test]
    fn web_things() {
        use TokenKind::*;
        assert_eq!(
            pieces("راجع https://elaph.com/a/1.html. أو info@elaph.com #العراق @rasd_news"),
            vec![
                ("راجع", Word),
                ("https://elaph.com/a/1.html", Url),
                (".", Punct),
                ("أو", Word),
                ("info@elaph.com", Email),
                ("#العراق", Hashtag),
                ("@rasd_news", Mention),
            ]
        );
    }

    #[test]
    fn latin_and_runs_of_punctuation() {
        use TokenKind::*;
        assert_eq!(
            pieces("طائرات F16 .. جديدة..."),
            vec![
                ("طائرات", Word),
                ("F16", Latin),
                ("..", Punct),
                ("جديدة", Word),
                ("...", Punct)
            ]
        );
    }

    #[test]
    fn diacritics_and_tatweel_stay_in_the_word() {
        let text = "العراقيّة جـــديد";
        let toks = tokenize(text, &Normalizer::standard());
        assert_eq!(toks.len(), 2);
        assert_eq!(toks[0].norm, "العراقية");
        assert_eq!(toks[1].norm, "جديد");
    }

    #[test]
    fn splitting_tokens() {
        let text = "وحقوقالإنسان و";
        let n = Normalizer::standard();
        let mut toks = tokenize(text, &n);
        let at = text.find("الإنسان").unwrap();
        split_tokens_at(text, &mut toks, &[at], &n);
        let got: Vec<_> = toks.iter().map(|t| t.text(text)).collect();
        assert_eq!(got, vec!["وحقوق", "الإنسان", "و"]);
        assert_eq!(toks[1].norm, "الانسان");
    }
}
