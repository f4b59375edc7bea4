//! Times: every temporal expression, resolved against the article's reference date.
//!
//! The reference date comes from the document's metadata, else from the text (a date written
//! with its year in the dateline or a caption, preferring one named with its weekday), else it
//! is absent: relative expressions are then kept with `unresolved: true` and no value. Bare
//! weekdays and month-days follow news usage by default (the most recent weekday, the nearest
//! year); [`TimeOptions::future`] switches to the forward-looking rule of scheduling text.
//!
//! ```
//! use rasd_extract::time::{extract, TimeOptions};
//! use rasd_text::{normalize::Normalizer, tokenize::tokenize};
//!
//! let text = "اجتمعا مساء الاثنين";
//! let tokens = tokenize(text, &Normalizer::standard());
//! let reference = jiff::civil::date(2021, 7, 27);
//! let times = extract(&tokens, Some(reference), &TimeOptions::default());
//! assert_eq!(times[0].value.as_deref(), Some("2021-07-26"));
//! ```

// Grammar rules test one condition, then the next token: nested `if let`s mirror that reading
// order better than long let-chains.
#![allow(clippy::collapsible_if)]

pub mod calendar;
pub mod eval;
pub mod grammar;
pub mod lexicon;

use jiff::civil::{self, DateTime};
use rasd_text::annotations::{Grain, TimeExpr};
use rasd_text::{BlockRole, Document, ReferenceDate, ReferenceOrigin, Span, Token};

use crate::quantity::key::{self, Tok};
use grammar::{Ctx, Grammar, Tv};

/// Settings for time extraction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TimeOptions {
    /// Resolve bare weekdays and month-days forward (the next Tuesday, this month or later), as
    /// for schedules and queries. Off by default: news reports the past, so a bare weekday is
    /// the most recent one and a month-day takes the nearest year.
    pub future: bool,
}

/// A time expression found, with its resolved value (`None` when it needed a reference date
/// that was not available).
#[derive(Debug, Clone, PartialEq)]
pub struct TimeMatch {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What was written.
    pub span: Span,
    /// The value.
    pub tv: Option<Tv>,
    /// Whether it depends on the reference date.
    pub relative: bool,
}

/// Finds the time expressions in `tokens`, resolving against `reference` (a day).
#[must_use]
pub fn extract(
    tokens: &[Token],
    reference: Option<civil::Date>,
    opts: &TimeOptions,
) -> Vec<TimeExpr> {
    let toks = key::toks(tokens, &crate::quantity::known);
    let now = reference.map(|d| d.to_datetime(civil::Time::midnight()));
    find(&toks, now, None, opts).iter().map(render).collect()
}

/// The matches over keyed tokens, with `now` the reference instant (`None`: none known).
#[must_use]
pub fn find(
    toks: &[Tok<'_>],
    now: Option<DateTime>,
    utc_offset: Option<i32>,
    opts: &TimeOptions,
) -> Vec<TimeMatch> {
    // Without a reference, parse against a fixed day and drop the values that used it.
    let fallback = civil::date(2000, 1, 1).to_datetime(civil::Time::midnight());
    let ctx = Ctx {
        now: now.unwrap_or(fallback),
        future: opts.future,
        utc_offset,
    };
    let g = Grammar::new(toks, ctx);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match g.parse(i) {
            Some((tv, end)) if end > i => {
                let span = toks[i].span.cover(toks[end - 1].span);
                let relative = tv.relative;
                let tv = if relative && now.is_none() {
                    None
                } else {
                    Some(tv)
                };
                out.push(TimeMatch {
                    start: i,
                    end,
                    span,
                    tv,
                    relative,
                });
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// Renders a match as the document's [`TimeExpr`].
#[must_use]
pub fn render(m: &TimeMatch) -> TimeExpr {
    let Some(tv) = &m.tv else {
        return TimeExpr {
            span: m.span,
            value: None,
            grain: Grain::Day,
            from: None,
            to: None,
            part_of_day: None,
            modifier: None,
            relative: m.relative,
            unresolved: true,
            hijri: None,
            holiday: None,
        };
    };
    let (from, to) = match tv.end {
        Some(end) => (Some(iso_datetime(tv.start)), Some(iso_datetime(end))),
        None => (None, None),
    };
    TimeExpr {
        span: m.span,
        value: Some(iso_value(tv)),
        grain: tv.grain,
        from,
        to,
        part_of_day: tv.pod,
        modifier: tv.modifier,
        relative: tv.relative,
        unresolved: false,
        hijri: tv.hijri.clone(),
        holiday: tv.holiday.clone(),
    }
}

/// `YYYY-MM-DDTHH:MM:SS`.
#[must_use]
pub fn iso_datetime(t: DateTime) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%S").to_string()
}

/// The ISO-8601 value at the grain: `2021`, `2021-07`, `2021-07-26`, `2021-W30`,
/// `2021-07-26T15`, `2021-07-26T15:20`, a season as ISO 8601-2 `2021-23` (21 spring … 24 winter).
#[must_use]
pub fn iso_value(tv: &Tv) -> String {
    let t = tv.start;
    match tv.grain {
        Grain::Year => t.strftime("%Y").to_string(),
        Grain::Month => t.strftime("%Y-%m").to_string(),
        Grain::Quarter => format!("{}-Q{}", t.year(), (t.month() - 1) / 3 + 1),
        Grain::Season => format!("{}-{}", t.year(), 21 + tv.season.unwrap_or(0)),
        Grain::Week => {
            let w = t.date().iso_week_date();
            format!("{:04}-W{:02}", w.year(), w.week())
        }
        Grain::Day | Grain::PartOfDay => t.strftime("%Y-%m-%d").to_string(),
        Grain::Hour => t.strftime("%Y-%m-%dT%H").to_string(),
        Grain::Minute => t.strftime("%Y-%m-%dT%H:%M").to_string(),
        Grain::Second => t.strftime("%Y-%m-%dT%H:%M:%S").to_string(),
    }
}

/// Fills `doc.meta.reference_date` (when absent) and `doc.times`. Needs tokens.
pub fn annotate(doc: &mut Document, opts: &TimeOptions) {
    let toks = key::toks(&doc.tokens, &crate::quantity::known);
    let reference = reference_date(doc, &toks);
    if doc.meta.reference_date.is_none() {
        doc.meta.reference_date = reference.map(|(d, origin)| ReferenceDate {
            date: d.to_string(),
            origin,
        });
    }
    let now = reference.map(|(d, _)| d.to_datetime(civil::Time::midnight()));
    doc.times = find(&toks, now, None, opts).iter().map(render).collect();
    merge_glosses(&doc.text, &mut doc.times);
}

/// Folds a parenthesized gloss into the expression before it when both name the same time:
/// `اليوم (الاثنين)`, `أمس (السبت)`. News writes the weekday beside the day to help the reader;
/// it is one time, not two.
fn merge_glosses(text: &str, times: &mut Vec<TimeExpr>) {
    let mut i = 0;
    while i + 1 < times.len() {
        let (a, b) = (&times[i], &times[i + 1]);
        let between = text.get(a.span.end..b.span.start).unwrap_or("x");
        let after = text.get(b.span.end..).unwrap_or("");
        let closing = after.trim_start().starts_with(')');
        let same = a.value.is_some() && a.value == b.value && a.grain == b.grain;
        if same && between.trim() == "(" && closing {
            let close = b.span.end + after.find(')').unwrap_or(0) + ')'.len_utf8();
            times[i].span = Span::new(a.span.start, close);
            times.remove(i + 1);
        } else {
            i += 1;
        }
    }
}

/// The date a document speaks from: its metadata date, else a full date found in the text.
#[must_use]
pub fn reference_date(doc: &Document, toks: &[Tok<'_>]) -> Option<(civil::Date, ReferenceOrigin)> {
    if let Some(r) = &doc.meta.reference_date {
        if let Ok(d) = r.date.get(..10).unwrap_or("").parse::<civil::Date>() {
            return Some((d, r.origin));
        }
    }
    if let Some(date) = &doc.meta.date {
        if let Ok(d) = date.get(..10).unwrap_or("").parse::<civil::Date>() {
            return Some((d, ReferenceOrigin::Metadata));
        }
    }
    text_reference(doc, toks).map(|d| (d, ReferenceOrigin::Text))
}

/// A date with its year written in the text: preferably one in the dateline, a caption or the
/// first block, or one named with its weekday; the latest such date otherwise.
fn text_reference(doc: &Document, toks: &[Tok<'_>]) -> Option<civil::Date> {
    let found = find(toks, None, None, &TimeOptions::default());
    let mut preferred: Vec<civil::Date> = Vec::new();
    let mut others: Vec<civil::Date> = Vec::new();
    for m in &found {
        let Some(tv) = &m.tv else { continue };
        if !matches!(
            tv.grain,
            Grain::Day | Grain::PartOfDay | Grain::Hour | Grain::Minute
        ) || tv.modifier.is_some()
        {
            continue;
        }
        let d = tv.date();
        let block = doc.blocks.iter().position(|b| b.span.contains(m.span));
        let short_block = block.is_some_and(|b| {
            let blk = &doc.blocks[b];
            matches!(
                blk.role,
                BlockRole::Caption | BlockRole::Dateline | BlockRole::Headline
            ) || toks.iter().filter(|t| blk.span.contains(t.span)).count() <= 15
        });
        let weekday_named = m.start > 0
            && matches!(
                lexicon::time_word(&toks[m.start - 1].base),
                Some(lexicon::TimeWord::Weekday(..))
            );
        if short_block || block == Some(0) || weekday_named {
            preferred.push(d);
        } else {
            others.push(d);
        }
    }
    let d = preferred
        .into_iter()
        .max()
        .or_else(|| others.into_iter().max())?;
    Some(after_weekdays(d, toks))
}

/// A dated caption or dateline often gives the day of the event, and the article is written on
/// or after every bare weekday it names (`مساء الاثنين`, `الثلاثاء`): within the week after `d`,
/// the latest weekday named is the better reference.
fn after_weekdays(d: civil::Date, toks: &[Tok<'_>]) -> civil::Date {
    let dwd = i32::from(d.weekday().to_monday_one_offset());
    let mut ahead = 0;
    for (i, t) in toks.iter().enumerate() {
        let Some(lexicon::TimeWord::Weekday(wd, true)) = lexicon::time_word(&t.base) else {
            continue;
        };
        // bare: not followed by a relative word, a date or an ordinal
        let next = toks.get(i + 1).map_or("", |n| &*n.base);
        if matches!(
            lexicon::time_word(next),
            Some(lexicon::TimeWord::Rel(_) | lexicon::TimeWord::Unit(..))
        ) || toks
            .get(i + 1)
            .is_some_and(|n| n.kind == rasd_text::TokenKind::Number)
            || crate::quantity::words::num_word(next).is_some()
        {
            continue;
        }
        ahead = ahead.max((i32::from(wd) - dwd).rem_euclid(7));
    }
    calendar::add_days(d, i64::from(ahead))
}
