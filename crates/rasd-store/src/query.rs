//! Query text: checked before parsing so that a mistake is reported with its position, and the
//! terms of a parsed query collected for highlighting.

use std::collections::HashSet;

use tantivy::query::{Query, QueryParserError};
use tantivy::schema::Field;

use crate::error::{Error, QueryError, Result};

/// Field names a query may name with `field:`; any other `word:` is read as text (headlines are
/// often pasted with a colon: `الرياض: ...`).
const FIELDS: &[&str] = &["title", "body", "entity", "source"];

fn err(position: usize, message: impl Into<String>) -> Error {
    Error::Query(QueryError {
        position,
        message: message.into(),
    })
}

/// Checks `query` and rewrites it for the parser: typographic quotes (« » “ ”) become `"`, and
/// a colon not after a known field name becomes a space.
///
/// # Errors
/// [`Error::Query`] with the code-point position of the first problem: an empty query, an
/// unclosed quote or parenthesis, a stray `)`, an operator without an operand.
pub fn prepare(query: &str) -> Result<String> {
    let chars: Vec<char> = query
        .chars()
        .map(|c| match c {
            '«' | '»' | '“' | '”' | '„' | '″' => '"',
            c => c,
        })
        .collect();
    if chars.iter().all(|c| c.is_whitespace()) {
        return Err(err(0, "the query is empty"));
    }
    let mut out = String::with_capacity(query.len());
    let mut quote_at: Option<usize> = None;
    let mut parens: Vec<usize> = Vec::new();
    // The previous significant item outside quotes: did it end an operand?
    let mut expect_operand_at: Option<(usize, &'static str)> = None;
    let mut had_operand = false;
    // Where the last `AND` was written in `out`, and where it ended in the query.
    let mut and_at: Option<usize> = None;
    let mut i_after_and = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(_start) = quote_at {
            out.push(c);
            if c == '"' {
                quote_at = None;
                had_operand = true;
                expect_operand_at = None;
            }
            i += 1;
            continue;
        }
        match c {
            '"' => {
                quote_at = Some(i);
                out.push(c);
                i += 1;
            }
            '(' => {
                parens.push(i);
                out.push(c);
                had_operand = false;
                i += 1;
            }
            ')' => {
                if parens.pop().is_none() {
                    return Err(err(i, "`)` without a matching `(`"));
                }
                if let Some((at, op)) = expect_operand_at {
                    return Err(err(at, format!("`{op}` needs a term after it")));
                }
                out.push(c);
                had_operand = true;
                i += 1;
            }
            c if c.is_whitespace() => {
                out.push(c);
                i += 1;
            }
            _ => {
                let start = i;
                while i < chars.len()
                    && !chars[i].is_whitespace()
                    && !matches!(chars[i], '(' | ')' | '"')
                {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                match word.as_str() {
                    "AND" | "OR" | "&&" | "||" => {
                        if !had_operand {
                            return Err(err(start, format!("`{word}` needs a term before it")));
                        }
                        let op = if word == "AND" || word == "&&" {
                            "AND"
                        } else {
                            "OR"
                        };
                        expect_operand_at = Some((start, op));
                        had_operand = false;
                        if op == "AND" {
                            and_at = Some(out.len());
                        }
                        out.push_str(&word);
                        i_after_and = i;
                    }
                    "NOT" => {
                        // `a AND NOT b` would make `NOT b` a clause of its own, which matches
                        // nothing on its own; `a NOT b` is what is meant.
                        if let Some(at) = and_at
                            && chars[i_after_and..start].iter().all(|c| c.is_whitespace())
                        {
                            out.truncate(at);
                            out.push(' ');
                        }
                        expect_operand_at = Some((start, "NOT"));
                        had_operand = false;
                        out.push_str(&word);
                    }
                    "+" | "-" => return Err(err(start, format!("`{word}` needs a term after it"))),
                    _ => {
                        out.push_str(&rewrite_colons(&word, start)?);
                        had_operand = true;
                        expect_operand_at = None;
                    }
                }
            }
        }
    }
    if let Some(start) = quote_at {
        return Err(err(start, "unclosed quote"));
    }
    if let Some(&open) = parens.last() {
        return Err(err(open, "unclosed `(`"));
    }
    if let Some((at, op)) = expect_operand_at {
        return Err(err(at, format!("`{op}` needs a term after it")));
    }
    Ok(out)
}

/// Keeps `field:` for known fields; other colons become spaces.
fn rewrite_colons(word: &str, start: usize) -> Result<String> {
    let Some((head, rest)) = word.split_once(':') else {
        return Ok(word.to_owned());
    };
    let field = head.trim_start_matches(['+', '-']);
    if FIELDS.contains(&field) {
        if rest.is_empty() {
            return Err(err(start, format!("`{field}:` needs a term after it")));
        }
        return Ok(word.to_owned());
    }
    Ok(word.replace(':', " "))
}

/// Turns a parser error into a [`QueryError`], locating it in the query where possible.
#[must_use]
pub fn explain(query: &str, e: &QueryParserError) -> Error {
    let locate = |needle: &str| query.find(needle).map_or(0, |b| query[..b].chars().count());
    match e {
        QueryParserError::FieldDoesNotExist(name) => {
            err(locate(name), format!("there is no field `{name}`"))
        }
        QueryParserError::AllButQueryForbidden => err(
            0,
            "a query cannot only exclude terms: add a term to search for",
        ),
        QueryParserError::SyntaxError(s) => err(0, format!("syntax error: {s}")),
        other => err(0, other.to_string()),
    }
}

/// The day number `YYYYMMDD` of a `YYYY-MM-DD` string (also `/` or `.` as separators).
#[must_use]
pub fn day_number(day: &str) -> Option<u64> {
    let b = day.as_bytes();
    if b.len() < 10 || !matches!(b[4], b'-' | b'/' | b'.') || b[7] != b[4] {
        return None;
    }
    let num = |r: std::ops::Range<usize>| day.get(r)?.parse::<u64>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(y * 10_000 + m * 100 + d)
}

/// The `YYYY-MM-DD` day of a date or date-time string, when it starts with one.
#[must_use]
pub fn day_of(date: &str) -> Option<String> {
    let n = day_number(date.trim())?;
    Some(format!(
        "{:04}-{:02}-{:02}",
        n / 10_000,
        n / 100 % 100,
        n % 100
    ))
}

/// Parses a filter date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. With `end`, a partial date means the
/// last day of its period.
///
/// # Errors
/// [`Error::InvalidArgument`] when the date has another form.
pub fn parse_day(s: &str, end: bool) -> Result<u64> {
    let bad = || Error::InvalidArgument {
        what: "date",
        value: s.to_owned(),
        reason: "expected YYYY, YYYY-MM or YYYY-MM-DD",
    };
    let parts: Vec<&str> = s.trim().split('-').collect();
    let num = |p: &str, len: usize| -> Result<u64> {
        if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        p.parse().map_err(|_| bad())
    };
    let (y, m, d) = match parts.as_slice() {
        [y] => (
            num(y, 4)?,
            if end { 12 } else { 1 },
            if end { 31 } else { 1 },
        ),
        [y, m] => (num(y, 4)?, num(m, 2)?, if end { 31 } else { 1 }),
        [y, m, d] => (num(y, 4)?, num(m, 2)?, num(d, 2)?),
        _ => return Err(bad()),
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(bad());
    }
    Ok(y * 10_000 + m * 100 + d)
}

/// The first and last day numbers (`YYYYMMDD`) an ISO-8601 time value covers: a day or a time
/// of day (`2021-07-07`, `2021-07-07T06:00`), a month (`2021-07`: days 1 to 31, as filters read
/// it), a year (`2021`), or an interval of those (`2021-06-01/2021-06-30`). `None` for other
/// forms (weeks, decades, durations): they are not filtered on.
#[must_use]
pub fn day_range(value: &str) -> Option<(u64, u64)> {
    let value = value.trim();
    if let Some((a, b)) = value.split_once('/') {
        let (lo, _) = day_range(a)?;
        let (_, hi) = day_range(b)?;
        return (lo <= hi).then_some((lo, hi));
    }
    let date = value.split('T').next().unwrap_or(value);
    let bytes = date.as_bytes();
    let ok = |len: usize| {
        bytes.len() == len
            && bytes.iter().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    *b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            })
    };
    if ok(10) {
        let d = parse_day(date, false).ok()?;
        return Some((d, d));
    }
    if ok(7) || ok(4) {
        return Some((parse_day(date, false).ok()?, parse_day(date, true).ok()?));
    }
    None
}

/// The search keys a query looks for, by analyzer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HighlightTerms {
    /// Keys in the stem fields.
    pub stem: HashSet<String>,
    /// Keys in the fold fields.
    pub fold: HashSet<String>,
}

/// Collects the positive terms of `query` on the text fields, for highlighting.
#[must_use]
pub fn highlight_terms(
    query: &dyn Query,
    body: Field,
    title: Field,
    body_fold: Field,
    title_fold: Field,
) -> HighlightTerms {
    let mut out = HighlightTerms::default();
    query.query_terms(&mut |term, _| {
        let field = term.field();
        let value = term.value();
        let Some(text) = value.as_str() else {
            return;
        };
        if field == body || field == title {
            out.stem.insert(text.to_owned());
        } else if field == body_fold || field == title_fold {
            out.fold.insert(text.to_owned());
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn position(q: &str) -> usize {
        match prepare(q) {
            Err(Error::Query(e)) => e.position,
            other => panic!("expected an error for {q:?}, got {other:?}"),
        }
    }

    #[test]
    fn malformed_queries_have_positions() {
        assert_eq!(position("انسحاب \"القوات"), 7);
        assert_eq!(position("(انسحاب OR القوات"), 0);
        assert_eq!(position("انسحاب)"), 6);
        assert_eq!(position("انسحاب AND"), 7);
        assert_eq!(position("OR انسحاب"), 0);
        assert_eq!(position("   "), 0);
        assert_eq!(position("title:"), 0);
    }

    #[test]
    fn rewrites_quotes_and_colons() {
        assert_eq!(prepare("«القوات الأميركية»").unwrap(), "\"القوات الأميركية\"");
        assert_eq!(prepare("الرياض: خبر").unwrap(), "الرياض  خبر");
        assert_eq!(prepare("title:خبر").unwrap(), "title:خبر");
    }

    proptest::proptest! {
        // Any query is either accepted or refused with a position inside it.
        #[test]
        fn any_query_is_accepted_or_located(q in "[ \\u0627-\\u064A()\"«»:+-]{0,40}|(AND|OR|NOT| |x|\\(|\\)|\")*") {
            match prepare(&q) {
                Ok(_) => {}
                Err(Error::Query(e)) => proptest::prop_assert!(e.position <= q.chars().count()),
                Err(other) => proptest::prop_assert!(false, "unexpected error {other:?}"),
            }
        }
    }

    #[test]
    fn dates() {
        assert_eq!(parse_day("2021", true).unwrap(), 20_211_231);
        assert_eq!(parse_day("2021-07", false).unwrap(), 20_210_701);
        assert!(parse_day("21-7", false).is_err());
        assert_eq!(day_of("2015-07-21 02:51:32").as_deref(), Some("2015-07-21"));
        assert_eq!(day_of("yesterday"), None);
        assert_eq!(day_range("2021-07-07"), Some((20_210_707, 20_210_707)));
        assert_eq!(
            day_range("2015-07-21T06:00"),
            Some((20_150_721, 20_150_721))
        );
        assert_eq!(day_range("2014-12"), Some((20_141_201, 20_141_231)));
        assert_eq!(day_range("2014"), Some((20_140_101, 20_141_231)));
        assert_eq!(
            day_range("2021-06-01/2021-06-30"),
            Some((20_210_601, 20_210_630))
        );
        assert_eq!(day_range("2015-W29"), None);
        assert_eq!(day_range("2021-23"), None);
        assert_eq!(day_range(""), None);
    }
}
