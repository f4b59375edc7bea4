//! Phone numbers: digit groups that are an identifier, not an amount.
//!
//! A phone number is found so that its digits are not read as quantities (and for callers that
//! want it). It is a run of digit groups joined by spaces, `-` or `.`, of 7 to 15 digits, with
//! an optional country code (`+33`, `(+1)`) and extension (`ext 897`, `فرعي 897`). A run with no
//! country code must look like a number to dial: three or more groups, a leading zero, or a phone
//! word before it (`هاتف`, `رقم`); a single bare run of 9–15 digits counts only in phrase mode.

use rasd_text::{Span, TokenKind};

use super::key::Tok;

/// A phone number found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// What was written.
    pub span: Span,
    /// The digits, with the country code as `(+cc) ` and an extension as ` ext N`
    /// (`(+1) 6507018887 ext 897`).
    pub value: String,
}

fn digits_of(t: &Tok<'_>) -> Option<String> {
    if t.kind != TokenKind::Number {
        return None;
    }
    let s: &str = &t.key;
    if !s.bytes().all(|b| b.is_ascii_digit() || b == b'.') || s.starts_with('.') || s.ends_with('.')
    {
        return None;
    }
    Some(s.replace('.', ""))
}

/// The phone number starting at token `i`, and the index after it.
#[must_use]
pub fn at(toks: &[Tok<'_>], i: usize, phrase: bool) -> Option<(Phone, usize)> {
    let start = i;
    let mut j = i;
    // Country code: `+cc` or `(+cc)`.
    let mut cc: Option<String> = None;
    let paren = toks.get(j).is_some_and(|t| t.key == "(");
    let k = if paren { j + 1 } else { j };
    if toks.get(k).is_some_and(|t| t.key == "+") {
        let c = toks
            .get(k + 1)
            .and_then(digits_of)
            .filter(|c| (1..=3).contains(&c.len()))?;
        j = k + 2;
        if paren {
            if toks.get(j).is_some_and(|t| t.key == ")") {
                j += 1;
            } else {
                return None;
            }
        }
        cc = Some(c);
        if toks.get(j).is_some_and(|t| t.key == "-") {
            j += 1;
        }
    } else if paren {
        return None;
    }
    // Digit groups.
    let mut digits = String::new();
    let mut groups = 0;
    let mut dotted = false;
    let mut end = j;
    while let Some(t) = toks.get(j) {
        if let Some(d) = digits_of(t) {
            if groups > 0 && end < j && toks.get(end).is_none_or(|s| s.key != "-") {
                break;
            }
            dotted |= t.key.contains('.');
            digits.push_str(&d);
            groups += 1;
            j += 1;
            end = j;
            // a dash between groups
            if toks.get(j).is_some_and(|s| s.key == "-")
                && toks.get(j + 1).and_then(digits_of).is_some()
            {
                j += 1;
            }
        } else {
            break;
        }
    }
    if groups == 0 || !(7..=15).contains(&digits.len()) {
        return None;
    }
    let first = toks.get(if cc.is_some() { start } else { i })?;
    let cue = start > 0
        && toks.get(start - 1).is_some_and(|p| {
            matches!(
                &*p.base,
                "هاتف"
                    | "الهاتف"
                    | "رقم"
                    | "جوال"
                    | "الجوال"
                    | "تلفون"
                    | "فاكس"
                    | "واتساب"
            )
        });
    let looks_dialled = cc.is_some()
        || groups >= 3
        || (dotted
            && toks
                .get(end - 1)
                .is_some_and(|t| t.key.matches('.').count() >= 4))
        || (digits.starts_with('0') && groups >= 2)
        || cue
        || (phrase && groups == 1 && digits.len() >= 9 && !first.key.contains('.'));
    if !looks_dialled {
        return None;
    }
    let mut value = match &cc {
        Some(c) => format!("(+{c}) {digits}"),
        None => digits,
    };
    // Extension.
    let mut k = end;
    let ext_word = toks
        .get(k)
        .is_some_and(|t| matches!(&*t.key, "ext" | "x" | "فرعي" | "تحويله"));
    if ext_word {
        k += 1;
        if toks.get(k).is_some_and(|t| t.key == ".") {
            k += 1;
        }
        if let Some(e) = toks.get(k).and_then(digits_of).filter(|e| e.len() <= 6) {
            value.push_str(" ext ");
            value.push_str(&e);
            end = k + 1;
        }
    }
    let span = toks[start].span.cover(toks[end - 1].span);
    Some((Phone { span, value }, end))
}

/// Every phone number in the tokens.
#[must_use]
pub fn find(toks: &[Tok<'_>], phrase: bool) -> Vec<Phone> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if matches!(t.kind, TokenKind::Number) || matches!(&*t.key, "+" | "(") {
            if let Some((p, end)) = at(toks, i, phrase) {
                out.push(p);
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out
}
