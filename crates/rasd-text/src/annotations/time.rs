//! Temporal expressions, resolved against the article's reference date.
//!
//! A [`TimeExpr`] carries an ISO-8601 value at its [`Grain`] (`2021-07-26` for a day, `2021-07`
//! for a month, `2021` for a year, `2021-07-26T15:00` for an hour), or an interval with an
//! exclusive end; a [`TimeModifier`] (start/mid/end of a period, before/after/by); whether the
//! value needed the reference date; and, for Hijri dates, the Hijri value as written.

use serde::{Deserialize, Serialize};

use crate::span::{MapSpans, Span};

/// A temporal expression found in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeExpr {
    /// What was written.
    pub span: Span,
    /// The ISO-8601 value at `grain` precision, when it could be resolved. For an interval it is
    /// the start, and `from`/`to` give the bounds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The precision of the value.
    pub grain: Grain,
    /// The start of an interval (ISO-8601 date-time), when the expression is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The exclusive end of an interval (ISO-8601 date-time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// A part of the day named with the date (`مساء الاثنين` → evening).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of_day: Option<PartOfDay>,
    /// How the expression qualifies its value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<TimeModifier>,
    /// Whether the value depends on the reference date (`أمس`, `الاثنين`, `العام الماضي`,
    /// `السابع من يوليو` without a year).
    pub relative: bool,
    /// Whether the expression needed a reference date that the document lacks; the value is then
    /// absent.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unresolved: bool,
    /// The Hijri date or month as written, as `YYYY-MM-DD` or `YYYY-MM` in the Umm al-Qura
    /// calendar, for Hijri expressions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hijri: Option<String>,
    /// The holiday named (`عيد الفطر`), when the expression is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holiday: Option<String>,
}

/// The precision of a time value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grain {
    /// To the second.
    Second,
    /// To the minute.
    Minute,
    /// To the hour.
    Hour,
    /// A part of a day (morning, evening).
    PartOfDay,
    /// A day.
    Day,
    /// A week (Monday to Sunday).
    Week,
    /// A month.
    Month,
    /// A quarter of a year.
    Quarter,
    /// A season.
    Season,
    /// A year.
    Year,
}

/// A part of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartOfDay {
    /// Dawn to noon (`صباح`, `فجر`).
    Morning,
    /// Around noon (`ظهر`).
    Noon,
    /// Afternoon (`عصر`, `بعد الظهر`).
    Afternoon,
    /// Evening (`مساء`).
    Evening,
    /// Night (`ليلة`, `ليل`).
    Night,
}

/// How a temporal expression qualifies its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeModifier {
    /// The start of the period (`بداية`, `مطلع`, `أوائل`).
    Start,
    /// The middle of the period (`منتصف`).
    Mid,
    /// The end of the period (`نهاية`, `أواخر`, `اليوم الأخير من`).
    End,
    /// Before it (`قبل`).
    Before,
    /// After it (`بعد`).
    After,
    /// By it, at the latest: a deadline (`بحلول`).
    By,
    /// Since it (`منذ`).
    Since,
    /// Until it (`حتى`).
    Until,
    /// Approximately (`قرابة`, `حوالي`, `بحدود`).
    Approximate,
}

impl MapSpans for TimeExpr {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
    }
}
