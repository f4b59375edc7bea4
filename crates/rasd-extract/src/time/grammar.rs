//! The time grammar: from a token position to a resolved value.
//!
//! Each rule reads tokens forward from a position and resolves what it read against the
//! reference date at once, returning the value and where it stopped; the caller keeps the
//! longest reading. Rules compose: a date may carry a weekday before it, a part of the day
//! around it, a clock time after it, a part-of-period word or a modifier (`بحلول`, `منذ`) before
//! it, and two dates or times make an interval.

use jiff::ToSpan;
use jiff::civil::{self, DateTime, Time};
use rasd_text::TokenKind;
use rasd_text::annotations::{Grain, PartOfDay, TimeModifier};

use super::calendar::{
    add_days, add_months, date, days_in_month, easter, gregorian_to_hijri, hijri_days_in_month,
    hijri_to_gregorian, midnight, season, week_start,
};
use super::lexicon::{PartWord, Period, PodWord, TimeWord, time_word};
use crate::quantity::key::Tok;
use crate::quantity::number::{self, NumKind};
use crate::quantity::units;
use crate::quantity::words::{NumWord, num_word};

/// What resolution needs: the reference instant and the preference for bare expressions.
#[derive(Debug, Clone, Copy)]
pub struct Ctx {
    /// The reference instant ("now").
    pub now: DateTime,
    /// Resolve bare weekdays and month-days forward (Duckling's rule) instead of news-style
    /// (most recent weekday, nearest year).
    pub future: bool,
    /// The reference's offset from UTC in seconds, when known (for `بتوقيت GMT`).
    pub utc_offset: Option<i32>,
}

/// A resolved time value.
#[derive(Debug, Clone, PartialEq)]
pub struct Tv {
    /// Start.
    pub start: DateTime,
    /// Exclusive end, for an explicit interval.
    pub end: Option<DateTime>,
    /// Precision.
    pub grain: Grain,
    /// Part of the day named with it.
    pub pod: Option<PartOfDay>,
    /// Modifier.
    pub modifier: Option<TimeModifier>,
    /// Whether it needed the reference date.
    pub relative: bool,
    /// Hijri value as `YYYY-MM[-DD]`.
    pub hijri: Option<String>,
    /// Holiday name.
    pub holiday: Option<String>,
    /// The season, for grain season (0 spring … 3 winter).
    pub season: Option<u8>,
}

impl Tv {
    fn new(start: DateTime, grain: Grain, relative: bool) -> Self {
        Self {
            start,
            end: None,
            grain,
            pod: None,
            modifier: None,
            relative,
            hijri: None,
            holiday: None,
            season: None,
        }
    }

    fn day(d: civil::Date, relative: bool) -> Self {
        Self::new(midnight(d), Grain::Day, relative)
    }

    fn interval(from: DateTime, to: DateTime, grain: Grain, relative: bool) -> Self {
        Self {
            end: Some(to),
            ..Self::new(from, grain, relative)
        }
    }

    /// The date of the start.
    #[must_use]
    pub fn date(&self) -> civil::Date {
        self.start.date()
    }

    /// The exclusive end of the period the value covers.
    #[must_use]
    pub fn period_end(&self) -> DateTime {
        if let Some(e) = self.end {
            return e;
        }
        let s = self.start;
        let r = match self.grain {
            Grain::Second => s.checked_add(1.second()),
            Grain::Minute => s.checked_add(1.minute()),
            Grain::Hour => s.checked_add(1.hour()),
            Grain::PartOfDay | Grain::Day => s.checked_add(1.day()),
            Grain::Week => s.checked_add(7.days()),
            Grain::Month => s.checked_add(1.month()),
            Grain::Quarter => s.checked_add(3.months()),
            Grain::Season => s.checked_add(3.months()),
            Grain::Year => s.checked_add(1.year()),
        };
        r.unwrap_or(s)
    }
}

/// The grammar over one token sequence.
pub struct Grammar<'t, 'a> {
    toks: &'t [Tok<'a>],
    ctx: Ctx,
}

/// What a month reference is.
#[derive(Debug, Clone, Copy)]
enum MonthRef {
    Greg(i32),
    Hijri(u8),
    /// This month + n.
    Rel(i32),
}

/// What a year reference is.
#[derive(Debug, Clone, Copy)]
enum YearRef {
    Abs(i32),
    Hijri(i32),
    Rel(i32),
}

impl<'t, 'a> Grammar<'t, 'a> {
    /// A grammar over `toks` resolving against `ctx`.
    #[must_use]
    pub fn new(toks: &'t [Tok<'a>], ctx: Ctx) -> Self {
        Self { toks, ctx }
    }

    fn today(&self) -> civil::Date {
        self.ctx.now.date()
    }

    // ---- token access -------------------------------------------------------------------

    /// The base (proclitics peeled) of a word token, or "".
    fn w(&self, k: usize) -> &str {
        match self.toks.get(k) {
            Some(t) if t.kind == TokenKind::Word => &t.base,
            _ => "",
        }
    }

    /// The raw key of any token, or "".
    fn k(&self, k: usize) -> &str {
        self.toks.get(k).map_or("", |t| &t.key)
    }

    fn tw(&self, k: usize) -> Option<TimeWord> {
        time_word(self.w(k))
    }

    /// A plain integer written in digits.
    fn int(&self, k: usize) -> Option<i32> {
        let t = self.toks.get(k)?;
        if t.kind != TokenKind::Number
            || !t.key.bytes().all(|b| b.is_ascii_digit())
            || t.key.len() > 6
        {
            return None;
        }
        t.key.parse().ok()
    }

    // ---- entry point ----------------------------------------------------------------------

    /// The longest time expression starting at token `i`.
    pub fn parse(&self, i: usize) -> Option<(Tv, usize)> {
        let t = self.toks.get(i)?;
        if !self.trigger(t) {
            return None;
        }
        self.modified(i)
    }

    /// Cheap test: can a time expression start at this token?
    fn trigger(&self, t: &Tok<'_>) -> bool {
        match t.kind {
            TokenKind::Number => true,
            TokenKind::Word => {
                let b: &str = &t.base;
                time_word(b).is_some()
                    || matches!(
                        b,
                        "حلول"
                            | "منذ"
                            | "حتي"
                            | "قبل"
                            | "بعد"
                            | "خلال"
                            | "الساعه"
                            | "عند"
                            | "يوم"
                            | "عيد"
                            | "راس"
                            | "من"
                            | "بين"
                            | "اخر"
                            | "اليوم"
                            | "حوالي"
                            | "قرابه"
                            | "حدود"
                            | "نحو"
                            | "لغايه"
                            | "غايه"
                            | "ثالث"
                            | "ثاني"
                            | "ثان"
                            | "الليله"
                            | "هذا"
                            | "هذه"
                            | "الربع"
                    )
                    || matches!(num_word(b), Some(NumWord::Ordinal(..)))
                    || b.starts_with("ال")
                        && b.strip_prefix("ال").is_some_and(|r| {
                            matches!(num_word(r), Some(NumWord::Unit(_) | NumWord::Ten(_)))
                        })
                    || b.starts_with("الاسابيع")
                    || matches!(
                        b,
                        "الايام" | "الاشهر" | "الشهور" | "السنوات" | "الاعوام" | "السنين"
                    )
                    || b == "احد"
                    || b == "الاحد"
            }
            _ => false,
        }
    }

    /// A modifier word (`بحلول`, `منذ`, `حتى`, `قبل`, `بعد`, `حوالي`) then an expression.
    fn modified(&self, i: usize) -> Option<(Tv, usize)> {
        let w = self.w(i);
        let m = match w {
            "حلول" => Some(TimeModifier::By),
            "منذ" => Some(TimeModifier::Since),
            "حتي" | "لغايه" => Some(TimeModifier::Until),
            "قبل" => Some(TimeModifier::Before),
            "بعد" => Some(TimeModifier::After),
            "حوالي" | "قرابه" | "حدود" | "نحو" => Some(TimeModifier::Approximate),
            _ => None,
        };
        // `قبل أمس`, `بعد غد` are days, not 'before yesterday'.
        if matches!(w, "قبل" | "بعد") {
            if let Some(r) = self.relative(i) {
                return Some(r);
            }
        }
        if let Some(m) = m {
            // `منذ ثلاثة أيام`, `قبل أسبوع`, `بعد يومين`: a shift from now; but `منذ عام 1962`
            // is since a year: the longer reading wins.
            let shifted = if matches!(
                m,
                TimeModifier::Since | TimeModifier::Before | TimeModifier::After
            ) {
                self.shift(i)
            } else {
                None
            };
            let pointed = self.interval_or_point(i + 1).map(|(mut tv, e)| {
                let clock = matches!(tv.grain, Grain::Hour | Grain::Minute)
                    || (tv.grain == Grain::Second && tv.start != self.ctx.now);
                if m == TimeModifier::Until && clock && tv.end.is_none() {
                    // `حتى الساعة 2:00`: from now until then.
                    let to = tv.start;
                    tv = Tv::interval(self.ctx.now, to, Grain::Second, true);
                } else if tv.modifier.is_none() || !matches!(m, TimeModifier::Approximate) {
                    // `منذ بداية العام`: the value already is the start; the relation is 'since'.
                    tv.modifier = Some(m);
                }
                (tv, e)
            });
            return match (shifted, pointed) {
                (Some(s), Some(p)) => Some(if p.1 > s.1 { p } else { s }),
                (s, p) => s.or(p),
            };
        }
        if w == "خلال" {
            // `خلال اسبوعين` is from now on; `خلال عام 2015`, `خلال شهر رمضان` name a period.
            let within = self.within(i);
            let pointed = self.interval_or_point(i + 1);
            return match (within, pointed) {
                (Some(a), Some(b)) => Some(if b.1 > a.1 { b } else { a }),
                (a, b) => a.or(b),
            };
        }
        self.interval_or_point(i)
    }

    fn interval_or_point(&self, i: usize) -> Option<(Tv, usize)> {
        let iv = self.interval(i);
        let p = self.point(i);
        match (iv, p) {
            (Some(a), Some(b)) => Some(if a.1 >= b.1 { a } else { b }),
            (a, b) => a.or(b),
        }
    }

    // ---- points -----------------------------------------------------------------------------

    /// A point or period: a date (with weekday, part of day, clock time) or a relative period.
    fn point(&self, i: usize) -> Option<(Tv, usize)> {
        // A part of the day before a date: `مساء الاثنين`, `صباح اليوم`, `ليلة الجمعة`.
        if let Some(TimeWord::Pod(p)) = self.tw(i) {
            if let Some((mut tv, e)) = self.date_expr(i + 1) {
                if tv.grain == Grain::Day {
                    set_pod(&mut tv, pod_of(p));
                    return Some((tv, e));
                }
            }
        }
        // `اليوم` alone must not shadow `اليوم الاخير من ...` etc., so every reading is tried.
        let mut best: Option<(Tv, usize)> = None;
        for cand in [
            self.date_expr(i),
            self.clock_expr(i),
            self.part_of_period(i),
            self.holiday(i),
            self.quarter(i),
        ]
        .into_iter()
        .flatten()
        {
            if best.as_ref().is_none_or(|b| cand.1 > b.1) {
                best = Some(cand);
            }
        }
        let (mut tv, mut e) = best?;
        // A date after a clock time: `الساعة العاشرة صباح اليوم`, `الساعة 8 مساء الاثنين`.
        if matches!(tv.grain, Grain::Hour | Grain::Minute | Grain::Second) && tv.end.is_none() {
            let j = if self.w(e) == "من" { e + 1 } else { e };
            if let Some((d, de)) = self.date_expr(j) {
                if d.grain == Grain::Day && d.end.is_none() {
                    let mut combined =
                        Tv::new(d.date().to_datetime(tv.start.time()), tv.grain, true);
                    combined.pod = tv.pod;
                    combined.modifier = tv.modifier;
                    return Some((combined, de));
                }
            }
        }
        // A clock time after a date: `الخميس الساعة 8`, `يوم السبت 21/09 الساعة 1:30`.
        if tv.grain == Grain::Day && tv.end.is_none() {
            let j = if self.k(e) == "," { e + 1 } else { e };
            if let Some((c, ce)) = self.clock_expr(j) {
                if c.end.is_none() {
                    let t = c.start.time();
                    let mut combined =
                        Tv::new(tv.date().to_datetime(t), c.grain, tv.relative || c.relative);
                    combined.pod = c.pod;
                    combined.hijri = tv.hijri.clone();
                    tv = combined;
                    e = ce;
                } else if let Some(ce_end) = c.end {
                    // an interval of clock times on that day
                    let from = tv.date().to_datetime(c.start.time());
                    let to = if ce_end.time() == Time::midnight() {
                        midnight(add_days(tv.date(), 1))
                    } else {
                        tv.date().to_datetime(ce_end.time())
                    };
                    tv = Tv::interval(from, to, c.grain, tv.relative);
                    e = ce;
                }
            } else if let Some(TimeWord::Pod(p)) = self.tw(e) {
                // `الاثنين مساء`, `امس صباحا`.
                set_pod(&mut tv, pod_of(p));
                e += 1;
            }
        }
        Some((tv, e))
    }

    /// A date, with an optional weekday before it, or a weekday alone, or a relative day/period.
    fn date_expr(&self, i: usize) -> Option<(Tv, usize)> {
        let mut j = i;
        // `يوم` before a weekday or a day number.
        if self.w(j) == "يوم" && !matches!(self.tw(j + 1), Some(TimeWord::Rel(_))) {
            if let Some(r) = self.date_expr_inner(j + 1) {
                return Some(r);
            }
            // `يوم غد`
            if let Some(TimeWord::DayOffset(n)) = self.tw(j + 1) {
                return Some((Tv::day(add_days(self.today(), i64::from(n)), true), j + 2));
            }
        }
        if self.w(j) == "يوم"
            && self.w(j + 1) == "بعد"
            && matches!(self.tw(j + 2), Some(TimeWord::DayOffset(1)))
        {
            return Some((Tv::day(add_days(self.today(), 2), true), j + 3));
        }
        if self.w(j) == "يوم"
            && self.w(j + 1) == "قبل"
            && matches!(self.tw(j + 2), Some(TimeWord::DayOffset(-1)))
        {
            return Some((Tv::day(add_days(self.today(), -2), true), j + 3));
        }
        j = i;
        self.date_expr_inner(j)
    }

    fn date_expr_inner(&self, i: usize) -> Option<(Tv, usize)> {
        let mut best: Option<(Tv, usize)> = None;
        let mut consider = |c: Option<(Tv, usize)>| {
            if let Some(c) = c {
                if best.as_ref().is_none_or(|b| c.1 > b.1) {
                    best = Some(c);
                }
            }
        };
        consider(self.weekday_expr(i));
        consider(self.calendar_date(i));
        consider(self.relative(i));
        consider(self.nth_in_month(i));
        consider(self.day_of_period(i));
        consider(self.season_expr(i));

        best
    }

    /// A weekday, alone, with a relative word, with a date after it, or with an ordinal day.
    fn weekday_expr(&self, i: usize) -> Option<(Tv, usize)> {
        // `هذا الاثنين`: the demonstrative belongs to the expression.
        if matches!(self.w(i), "هذا" | "هذه")
            && matches!(self.tw(i + 1), Some(TimeWord::Weekday(_, true)))
        {
            return self.weekday_expr(i + 1);
        }
        let (wd, art) = match self.tw(i) {
            Some(TimeWord::Weekday(d, art)) => (d, art),
            _ => return None,
        };
        let mut j = i + 1;
        // A date after it wins: `الاثنين 18 شباط`, `الاربعاء، 13 شباط`, `الخميس الموافق 14 شهر شباط`.
        let mut k = j;
        if self.k(k) == "," {
            k += 1;
        }
        if matches!(self.w(k), "الموافق" | "في") {
            k += 1;
        }
        if let Some((tv, e)) = self.calendar_date(k) {
            // `الثلاثاء الثالث من ايلول` is the third Tuesday unless the 3rd is a Tuesday.
            let consistent =
                tv.date().weekday().to_monday_one_offset() == i8::try_from(wd).unwrap_or(0);
            if tv.grain == Grain::Day && (consistent || self.nth_in_month(i).is_none()) {
                return Some((tv, e));
            }
        }
        // Weekday + ordinal day ≥ 6 (`السبت السادس عشر`, `الثلاثاء التاسع عشر من هذا الشهر`).
        if let Some(n) = number::parse(self.toks, j).filter(|n| n.kind == NumKind::Ordinal) {
            if n.value >= 6.0 && n.value <= 31.0 {
                let day = n.value as i32;
                let mut e = n.end;
                let mut rel_month = None;
                if self.w(e) == "من" {
                    if let Some((MonthRef::Rel(r), me)) = self.month_ref(e + 1) {
                        rel_month = Some(r);
                        e = me;
                    }
                }
                let base = self.today();
                let d = match rel_month {
                    Some(r) => {
                        let m = add_months(
                            date(i32::from(base.year()), i32::from(base.month()), 1)?,
                            i64::from(r),
                        );
                        date(i32::from(m.year()), i32::from(m.month()), day)?
                    }
                    None => self.resolve_day_month(day, i32::from(base.month()), None)?,
                };
                return Some((Tv::day(d, true), e));
            }
        }
        // `الاحد الماضي`, `الثلاثاء القادم`, `هذا الاثنين` (before), `الاحد من الاسبوع الماضي`,
        // `احد الاسبوع الماضي`.
        let mut rel: Option<i8> = None;
        let mut week_rel: Option<i8> = None;
        if let Some(TimeWord::Rel(r)) = self.tw(j) {
            if !matches!(self.w(j), "هذا" | "هذه") {
                rel = Some(r);
                j += 1;
            }
        } else {
            let mut k = j;
            if self.w(k) == "من" {
                k += 1;
            }
            if matches!(self.w(k), "هذا") && self.w(k + 1) == "الاسبوع" {
                week_rel = Some(0);
                j = k + 2;
            } else if self.w(k) == "الاسبوع" {
                if let Some(TimeWord::Rel(r)) = self.tw(k + 1) {
                    week_rel = Some(r);
                    j = k + 2;
                }
            }
        }
        if !art && rel.is_none() && week_rel.is_none() {
            // A weekday without the article only after `يوم` (handled by the caller) or in a
            // construct; `احد` alone is usually 'one of'.
            let prev_yawm = i > 0 && self.w(i - 1) == "يوم";
            if !prev_yawm {
                return None;
            }
        }
        let this = i > 0 && matches!(self.w(i - 1), "هذا" | "هذه");
        let today = self.today();
        let twd = i32::from(today.weekday().to_monday_one_offset());
        let wd = i32::from(wd);
        let d = if let Some(r) = week_rel {
            add_days(week_start(today), i64::from(r) * 7 + i64::from(wd - 1))
        } else {
            match rel {
                Some(1) => add_days(today, i64::from(((wd - twd + 6).rem_euclid(7)) + 1)),
                Some(-1) => add_days(today, -i64::from(((twd - wd + 6).rem_euclid(7)) + 1)),
                _ if self.ctx.future || this => {
                    add_days(today, i64::from(((wd - twd + 6).rem_euclid(7)) + 1))
                }
                _ => add_days(today, -i64::from((twd - wd).rem_euclid(7))),
            }
        };
        Some((Tv::day(d, true), j))
    }

    /// Day of month + month (+ year), month + day, month (+ year), a year, numeric dates.
    fn calendar_date(&self, i: usize) -> Option<(Tv, usize)> {
        let mut best: Option<(Tv, usize)> = None;
        let mut consider = |c: Option<(Tv, usize)>| {
            if let Some(c) = c {
                if best.as_ref().is_none_or(|b| c.1 > b.1) {
                    best = Some(c);
                }
            }
        };
        consider(self.day_month(i));
        consider(self.month_day(i));
        consider(self.month_year(i));
        consider(self.numeric_date(i));
        consider(self.bare_day(i));
        consider(self.year_expr(i));
        best
    }

    /// A day of the month alone after `في` or `يوم`, at the end of a clause (`سأعود في 15`):
    /// the nearest such day (news) or the next one (forward). Followed by a word it is a count
    /// (`في 15 دولة`), so it is not read.
    fn bare_day(&self, i: usize) -> Option<(Tv, usize)> {
        let d = self.int(i).filter(|d| (1..=31).contains(d))?;
        if i == 0 || !matches!(self.w(i - 1), "في" | "يوم") {
            return None;
        }
        if self
            .toks
            .get(i + 1)
            .is_some_and(|t| !matches!(t.kind, TokenKind::Punct))
        {
            return None;
        }
        let today = self.today();
        let this = date(i32::from(today.year()), i32::from(today.month()), d);
        let first = date(i32::from(today.year()), i32::from(today.month()), 1)?;
        let next = date(
            i32::from(add_months(first, 1).year()),
            i32::from(add_months(first, 1).month()),
            d,
        );
        let prev = date(
            i32::from(add_months(first, -1).year()),
            i32::from(add_months(first, -1).month()),
            d,
        );
        let cands: Vec<civil::Date> = [prev, this, next].into_iter().flatten().collect();
        let dt = if self.ctx.future {
            cands.iter().copied().find(|c| *c >= today)?
        } else {
            cands
                .iter()
                .copied()
                .min_by_key(|c| ((*c - today).get_days().abs(), *c > today))?
        };
        Some((Tv::day(dt, true), i + 1))
    }

    /// A day of the month: digits 1–31, an ordinal, or cardinal words.
    fn dom(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(v) = self.int(i) {
            return (1..=31).contains(&v).then_some((v, i + 1));
        }
        let w = self.w(i);
        if w == "اول" || w == "الاول" || w == "الاولي" {
            return Some((1, i + 1));
        }
        let n = number::parse(self.toks, i)?;
        if !matches!(n.kind, NumKind::Ordinal | NumKind::Cardinal)
            || n.digits
            || n.value < 1.0
            || n.value > 31.0
            || n.value.fract() != 0.0
        {
            return None;
        }
        Some((n.value as i32, n.end))
    }

    /// A month: name(s), `شهر` + number, `الشهر` + ordinal, `هذا الشهر`, `الشهر المقبل`.
    fn month_ref(&self, i: usize) -> Option<(MonthRef, usize)> {
        let mut j = i;
        let w = self.w(j);
        if w == "شهر" || w == "الشهر" {
            // `شهر 3`, `شهر ثلاثة`, `الشهر التاسع`, `الشهر المقبل`
            if let Some(TimeWord::Rel(r)) = self.tw(j + 1) {
                if w == "الشهر" {
                    return Some((MonthRef::Rel(i32::from(r)), j + 2));
                }
            }
            if w == "شهر" {
                if let Some(v) = self.int(j + 1) {
                    if (1..=12).contains(&v) {
                        return Some((MonthRef::Greg(v), j + 2));
                    }
                }
            }
            if let Some(n) = number::parse(self.toks, j + 1) {
                let ok = match n.kind {
                    NumKind::Cardinal => w == "شهر" && !n.digits,
                    NumKind::Ordinal => w == "الشهر",
                    _ => false,
                };
                if ok
                    && (1.0..=12.0).contains(&n.value)
                    && n.value.fract() == 0.0
                    && time_word(self.w(j + 1)).is_none()
                {
                    return Some((MonthRef::Greg(n.value as i32), n.end));
                }
            }
            j += 1;
        } else if matches!(w, "هذا") && self.w(j + 1) == "الشهر" {
            return Some((MonthRef::Rel(0), j + 2));
        }
        match self.tw(j)? {
            TimeWord::Month(m) => {
                let mut e = j + 1;
                e = self.doubled(e, i32::from(m));
                Some((MonthRef::Greg(i32::from(m)), e))
            }
            TimeWord::MonthHead(h) => {
                let second = self.w(j + 1);
                let m = match (h, second) {
                    (12, "الثاني") => 1,
                    (12, "الاول") => 12,
                    (10, "الاول") => 10,
                    (10, "الثاني") => 11,
                    _ => return None,
                };
                let e = self.doubled(j + 2, m);
                Some((MonthRef::Greg(m), e))
            }
            TimeWord::HijriMonth(m) => Some((MonthRef::Hijri(m), j + 1)),
            TimeWord::HijriHead(h) => {
                let second = self.w(j + 1);
                let m = match (h, second) {
                    (3, "الاول") => 3,
                    (3, "الثاني" | "الاخر") => 4,
                    (5, "الاولي" | "الاول") => 5,
                    (5, "الثانيه" | "الاخره" | "الاخر" | "الثاني") => 6,
                    (11, "القعده") => 11,
                    (11, "الحجه") => 12,
                    _ => return None,
                };
                Some((MonthRef::Hijri(m), j + 2))
            }
            _ => None,
        }
    }

    /// Skips a second name for the same month (`تشرين الأول اكتوبر`, `حزيران (يونيو)`).
    fn doubled(&self, e: usize, m: i32) -> usize {
        let mut k = e;
        let open = matches!(self.k(k), "(" | "/" | "-");
        if open {
            k += 1;
        }
        if let Some(TimeWord::Month(m2)) = self.tw(k) {
            if i32::from(m2) == m {
                k += 1;
                if open && self.k(k) == ")" {
                    k += 1;
                }
                return k;
            }
        }
        if let Some(TimeWord::MonthHead(h)) = self.tw(k) {
            let m2 = match (h, self.w(k + 1)) {
                (12, "الثاني") => 1,
                (12, "الاول") => 12,
                (10, "الاول") => 10,
                (10, "الثاني") => 11,
                _ => 0,
            };
            if m2 == m {
                k += 2;
                if open && self.k(k) == ")" {
                    k += 1;
                }
                return k;
            }
        }
        e
    }

    /// A year after a date or on its own: `2021`, `عام 2021`, `للعام الجاري 2021`, `سنة 2014`,
    /// `1442 هـ`, `السنة القادمة`, `العام الماضي`.
    fn year_ref(&self, i: usize, bare_ok: bool) -> Option<(YearRef, usize)> {
        let mut j = i;
        if matches!(self.w(j), "من" | "في")
            && matches!(self.w(j + 1), "عام" | "العام" | "سنه" | "السنه")
        {
            j += 1;
        }
        let w = self.w(j);
        let prefixed = matches!(w, "عام" | "العام" | "سنه" | "السنه");
        if prefixed {
            j += 1;
            if let Some(TimeWord::Rel(r)) = self.tw(j) {
                // `العام الجاري 2021`, `السنة القادمة`
                if w.starts_with("ال") || matches!(self.w(j), "هذا" | "هذه") {
                    if let Some(y) = self.int(j + 1).filter(|y| (1000..=2999).contains(y)) {
                        return Some((YearRef::Abs(y), j + 2));
                    }
                    return Some((YearRef::Rel(i32::from(r)), j + 1));
                }
            }
        } else if !bare_ok {
            return None;
        }
        // `عام (1933)`: the year may stand in parentheses.
        let paren = prefixed && self.k(j) == "(";
        if paren {
            j += 1;
        }
        let y = self.int(j)?;
        let len = self.toks.get(j).map_or(0, |t| t.key.len());
        if !(prefixed && len >= 3 || len == 4) {
            return None;
        }
        let mut e = j + 1;
        if paren {
            if self.k(e) != ")" {
                return None;
            }
            e += 1;
        }
        if matches!(self.w(e), "ه" | "هـ" | "هجري" | "هجريه") {
            return Some((YearRef::Hijri(y), e + 1));
        }
        if matches!(self.w(e), "م" | "ميلادي" | "ميلاديه") {
            e += 1;
        }
        if (1300..=1500).contains(&y) && !prefixed {
            return None;
        }
        Some((YearRef::Abs(y), e))
    }

    /// A year before a month (`السنة القادمة` after a date) resolved to a number.
    fn year_value(&self, y: YearRef) -> (i32, bool) {
        match y {
            YearRef::Abs(y) => (y, false),
            YearRef::Hijri(y) => (y, false),
            YearRef::Rel(r) => (i32::from(self.today().year()) + r, true),
        }
    }

    /// An optional year after a month: with `من`, `في`, `ل`, `ب` or bare.
    fn year_after(&self, e: usize) -> Option<(YearRef, usize)> {
        let mut k = e;
        if self.k(k) == "," {
            k += 1;
        }
        self.year_ref(k, true)
    }

    /// Resolves day `d` of month `m` with no year: Duckling's forward rule (this month or later)
    /// or the news rule (the nearest such date), unless `adj` says which.
    fn resolve_day_month(&self, d: i32, m: i32, adj: Option<i8>) -> Option<civil::Date> {
        let today = self.today();
        let y0 = i32::from(today.year());
        let m0 = i32::from(today.month());
        let y = match adj {
            Some(1) => {
                if (m, d) > (m0, i32::from(today.day())) {
                    y0
                } else {
                    y0 + 1
                }
            }
            Some(-1) => {
                if (m, d) < (m0, i32::from(today.day())) {
                    y0
                } else {
                    y0 - 1
                }
            }
            Some(_) => y0,
            None if self.ctx.future => {
                if m >= m0 {
                    y0
                } else {
                    y0 + 1
                }
            }
            None => {
                let mut best = y0;
                let mut best_gap = i64::MAX;
                for y in [y0 - 1, y0, y0 + 1] {
                    if let Some(dt) = date(y, m, d.min(days_in_month(y, m).max(1))) {
                        let gap = (dt - today).get_days().abs().into();
                        // ties go to the past: news reports what happened
                        if gap < best_gap || (gap == best_gap && y < best) {
                            best = y;
                            best_gap = gap;
                        }
                    }
                }
                best
            }
        };
        date(y, m, d)
    }

    fn resolve_month(&self, m: i32, adj: Option<i8>) -> i32 {
        let today = self.today();
        let y0 = i32::from(today.year());
        let m0 = i32::from(today.month());
        match adj {
            Some(1) => {
                if m > m0 {
                    y0
                } else {
                    y0 + 1
                }
            }
            Some(-1) => {
                if m < m0 {
                    y0
                } else {
                    y0 - 1
                }
            }
            Some(_) => y0,
            None if self.ctx.future => {
                if m >= m0 {
                    y0
                } else {
                    y0 + 1
                }
            }
            None => {
                // nearest month; ties to the past
                let diff = m - m0;
                if diff > 6 {
                    y0 - 1
                } else if diff < -6 {
                    y0 + 1
                } else {
                    y0
                }
            }
        }
    }

    /// `المقبل`/`الماضي`/`الجاري` after a month name.
    fn month_adj(&self, e: usize) -> (Option<i8>, usize) {
        match self.tw(e) {
            Some(TimeWord::Rel(r)) if !matches!(self.w(e), "هذا" | "هذه" | "ذاته" | "نفسه") => {
                (Some(r), e + 1)
            }
            _ => (None, e),
        }
    }

    /// `31 من كانون الأول للعام الجاري 2021`, `السابع من يوليو`, `26 يوليو 2021`,
    /// `العاشر من تشرين الأول اكتوبر المقبل`, `15 شعبان 1442 هـ`.
    fn day_month(&self, i: usize) -> Option<(Tv, usize)> {
        let (d, mut j) = self.dom(i)?;
        let digits = self.int(i).is_some();
        if matches!(self.w(j), "من" | "في") {
            j += 1;
        } else if !digits && self.w(j).is_empty() {
            return None;
        }
        let (mref, e) = self.month_ref(j)?;
        let (adj, e) = self.month_adj(e);
        let year = self.year_after(e);
        match mref {
            MonthRef::Greg(m) => {
                let (dt, rel, end) = match year {
                    Some((y, ye)) => {
                        let (yv, rel) = self.year_value(y);
                        (date(yv, m, d)?, rel, ye)
                    }
                    None => (self.resolve_day_month(d, m, adj)?, true, e),
                };
                Some((Tv::day(dt, rel), end))
            }
            MonthRef::Rel(r) => {
                let base = add_months(
                    date(
                        i32::from(self.today().year()),
                        i32::from(self.today().month()),
                        1,
                    )?,
                    i64::from(r),
                );
                let dt = date(i32::from(base.year()), i32::from(base.month()), d)?;
                Some((Tv::day(dt, true), e))
            }
            MonthRef::Hijri(m) => {
                let (hy, end, rel) = match year {
                    Some((YearRef::Hijri(y) | YearRef::Abs(y), ye)) if y < 1700 => (y, ye, false),
                    _ => (self.hijri_year_near(m, adj)?, e, true),
                };
                let dt = hijri_to_gregorian(hy, m, u8::try_from(d).ok()?)?;
                let mut tv = Tv::day(dt, rel);
                tv.hijri = Some(format!("{hy:04}-{m:02}-{d:02}"));
                Some((tv, end))
            }
        }
    }

    /// `يوليو 13`, `اغسطس 27` (a month then a day in digits).
    fn month_day(&self, i: usize) -> Option<(Tv, usize)> {
        let (MonthRef::Greg(m), e) = self.month_ref(i)? else {
            return None;
        };
        let d = self.int(e).filter(|d| (1..=31).contains(d))?;
        // not `يونيو 2021` (a year) nor `يوليو 13-15` (an interval, read elsewhere)
        if matches!(self.k(e + 1), "-" | "الي") {
            return None;
        }
        if let Some((y, ye)) = self.year_after(e + 1) {
            let (yv, rel) = self.year_value(y);
            return Some((Tv::day(date(yv, m, d)?, rel), ye));
        }
        Some((Tv::day(self.resolve_day_month(d, m, None)?, true), e + 1))
    }

    /// A month alone or with a year: `يونيو`, `تشرين الأول المقبل`, `شهر تشرين الأول 2021`.
    fn month_year(&self, i: usize) -> Option<(Tv, usize)> {
        let (mref, e) = self.month_ref(i)?;
        match mref {
            MonthRef::Greg(m) => {
                // A bare month name that is also a common word needs a year or `شهر`.
                let named_with_shahr = matches!(self.w(i), "شهر" | "الشهر");
                let (adj, e) = self.month_adj(e);
                if let Some((y, ye)) = self.year_after(e) {
                    let (yv, rel) = self.year_value(y);
                    let d = date(yv, m, 1)?;
                    return Some((Tv::new(midnight(d), Grain::Month, rel), ye));
                }
                if matches!(self.w(i), "ماي" | "اب" | "مارس") && !named_with_shahr && adj.is_none()
                {
                    // `ماي`, `آب` (father), `مارس` (he practised) alone are ambiguous
                    let prev = i.checked_sub(1).map_or("", |p| self.w(p));
                    if !matches!(
                        prev,
                        "في" | "منذ"
                            | "حتي"
                            | "خلال"
                            | "نهايه"
                            | "بدايه"
                            | "منتصف"
                            | "اواخر"
                            | "اوائل"
                            | "مطلع"
                            | "من"
                    ) {
                        return None;
                    }
                }
                let y = self.resolve_month(m, adj);
                Some((Tv::new(midnight(date(y, m, 1)?), Grain::Month, true), e))
            }
            MonthRef::Rel(r) => {
                let t = self.today();
                let d = add_months(
                    date(i32::from(t.year()), i32::from(t.month()), 1)?,
                    i64::from(r),
                );
                Some((Tv::new(midnight(d), Grain::Month, true), e))
            }
            MonthRef::Hijri(m) => {
                // `رمضان`, `رمضان 2019`, `رمضان 1442`: the whole Hijri month. A bare name needs
                // `شهر` or a word that takes a time before it: `رجب طيب إردوغان` is a person.
                let year = self.year_after(e);
                let prev = i.checked_sub(1).map_or("", |p| self.w(p));
                let framed = matches!(self.w(i), "شهر" | "الشهر")
                    || year.is_some()
                    || matches!(
                        prev,
                        "في" | "خلال"
                            | "منذ"
                            | "حتي"
                            | "قبل"
                            | "بعد"
                            | "طوال"
                            | "طيله"
                            | "مطلع"
                            | "بدايه"
                            | "نهايه"
                            | "منتصف"
                            | "اواخر"
                            | "اوائل"
                            | "غير"
                            | "اثناء"
                    );
                if !framed {
                    return None;
                }
                let (hy, end, rel) = match year {
                    Some((YearRef::Hijri(y), ye)) => (y, ye, false),
                    Some((YearRef::Abs(y), ye)) if y < 1700 => (y, ye, false),
                    Some((YearRef::Abs(y), ye)) => {
                        // the Hijri month that starts in Gregorian year y
                        let (hy, _, _) = gregorian_to_hijri(date(y, 1, 1)?)?;
                        let start = hijri_to_gregorian(hy, m, 1)?;
                        let hy = if i32::from(start.year()) < y {
                            hy + 1
                        } else {
                            hy
                        };
                        (hy, ye, false)
                    }
                    _ => {
                        let (adj, _) = self.month_adj(e);
                        (self.hijri_year_near(m, adj)?, self.month_adj(e).1, true)
                    }
                };
                let start = hijri_to_gregorian(hy, m, 1)?;
                let len = hijri_days_in_month(hy, m)?;
                let mut tv = Tv::interval(
                    midnight(start),
                    midnight(add_days(start, i64::from(len))),
                    Grain::Day,
                    rel,
                );
                tv.hijri = Some(format!("{hy:04}-{m:02}"));
                if m == 9 {
                    tv.holiday = Some("رمضان".into());
                }
                Some((tv, end))
            }
        }
    }

    /// The Hijri year of the occurrence of month `m` nearest to (or, forward, next after) today.
    fn hijri_year_near(&self, m: u8, adj: Option<i8>) -> Option<i32> {
        let (hy0, hm0, _) = gregorian_to_hijri(self.today())?;
        Some(match adj {
            Some(1) => {
                if m > hm0 {
                    hy0
                } else {
                    hy0 + 1
                }
            }
            Some(-1) => {
                if m < hm0 {
                    hy0
                } else {
                    hy0 - 1
                }
            }
            Some(_) => hy0,
            None => self.hijri_year_default(m, hy0, hm0),
        })
    }

    /// Without a relative word: the next occurrence (forward) or the nearest (news).
    fn hijri_year_default(&self, m: u8, hy0: i32, hm0: u8) -> i32 {
        if self.ctx.future {
            if m >= hm0 { hy0 } else { hy0 + 1 }
        } else {
            let diff = i32::from(m) - i32::from(hm0);
            if diff > 6 {
                hy0 - 1
            } else if diff < -6 {
                hy0 + 1
            } else {
                hy0
            }
        }
    }

    /// A year on its own: `عام 2017`, `لعام 2008`, `العام الماضي`, `هذه السنة`, `1442 هـ`.
    fn year_expr(&self, i: usize) -> Option<(Tv, usize)> {
        let w = self.w(i);
        if matches!(w, "هذا" | "هذه") && matches!(self.w(i + 1), "العام" | "السنه")
        {
            let y = i32::from(self.today().year());
            return Some((Tv::new(midnight(date(y, 1, 1)?), Grain::Year, true), i + 2));
        }
        let (y, e) = match self.year_ref(i, false) {
            Some(r) => r,
            None => self.bare_year(i)?,
        };
        match y {
            YearRef::Abs(y) => Some((Tv::new(midnight(date(y, 1, 1)?), Grain::Year, false), e)),
            YearRef::Rel(r) => {
                let y = i32::from(self.today().year()) + r;
                Some((Tv::new(midnight(date(y, 1, 1)?), Grain::Year, true), e))
            }
            YearRef::Hijri(hy) => {
                let start = hijri_to_gregorian(hy, 1, 1)?;
                let end = hijri_to_gregorian(hy + 1, 1, 1)?;
                let mut tv = Tv::interval(midnight(start), midnight(end), Grain::Day, false);
                tv.hijri = Some(format!("{hy:04}"));
                Some((tv, e))
            }
        }
    }

    /// A year in digits with no `عام` before it, after a word that takes a time
    /// (`في 2007`, `منذ 2011`, `عامي 2007 و2011`).
    fn bare_year(&self, i: usize) -> Option<(YearRef, usize)> {
        let y = self.int(i)?;
        if !(1900..=2100).contains(&y) || self.toks.get(i).map_or(0, |t| t.key.len()) != 4 {
            return None;
        }
        let prev = i.checked_sub(1).map_or("", |p| self.w(p));
        let after_year =
            |p: usize| p >= 1 && self.int(p - 1).is_some_and(|y| (1900..=2100).contains(&y));
        // A year closing a clause or followed by a function word (`حرب 1948، ...`); a count
        // takes a noun after it (`1948 شخصا`).
        let next_ok = match self.toks.get(i + 1) {
            None => true,
            Some(t) => {
                matches!(t.kind, TokenKind::Punct)
                    || matches!(
                        &*t.key,
                        "في" | "من"
                            | "الي"
                            | "حيث"
                            | "عندما"
                            | "حين"
                            | "وفي"
                            | "ثم"
                            | "و"
                            | "حتي"
                    )
            }
        };
        let counted_prev = matches!(
            prev,
            "نحو" | "حوالي" | "رقم" | "قرابه" | "زهاء" | "من" | "الي" | "و"
        );
        // `1980م`: an era letter makes it a year wherever it stands.
        let era = matches!(self.w(i + 1), "م" | "ميلادي" | "ميلاديه");
        if era {
            return Some((YearRef::Abs(y), i + 2));
        }
        let ok = (next_ok && !counted_prev && (1800..=2100).contains(&y))
            || matches!(
                prev,
                "في" | "منذ"
                    | "حتي"
                    | "خلال"
                    | "قبل"
                    | "بعد"
                    | "عامي"
                    | "سنتي"
                    | "مطلع"
                    | "اواخر"
                    | "اوائل"
                    | "منتصف"
                    | "نهايه"
                    | "بدايه"
            )
            || (prev == "و" && after_year(i - 1));
        ok.then_some((YearRef::Abs(y), i + 1))
    }

    /// `21/09`, `2/2013`, `26/7/2021`, `2021-07-26`.
    fn numeric_date(&self, i: usize) -> Option<(Tv, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        // `15 / 1 / 1959`: the same written with spaces around the slashes.
        if self.k(i + 1) == "/" && self.k(i + 3) == "/" {
            let (d, m) = (self.int(i)?, self.int(i + 2)?);
            let y = self.int(i + 4).filter(|_| self.k(i + 4).len() == 4)?;
            let dt = date(y, m, d).or_else(|| date(y, d, m))?;
            return Some((Tv::day(dt, false), i + 5));
        }
        let parts: Vec<&str> = t.key.split(['/', '.']).collect();
        let nums: Vec<i32> = parts
            .iter()
            .map(|p| p.parse::<i32>().ok())
            .collect::<Option<_>>()?;
        // `في 1/10` closing a clause is a date; `في 1/5 من الحالات` is a fraction.
        let clause_end = self
            .toks
            .get(i + 1)
            .is_none_or(|t| t.kind == TokenKind::Punct);
        let prev_day_word = i > 0
            && (matches!(self.tw(i - 1), Some(TimeWord::Weekday(..)))
                || matches!(self.w(i - 1), "بتاريخ" | "تاريخ" | "يوم")
                || (self.w(i - 1) == "في" && clause_end));
        let sep_slash = t.key.contains('/');
        match nums.as_slice() {
            [a, b, c] if sep_slash || t.key.contains('.') => {
                // `2015/10/1` or `26/7/2021`, `26.7.2021`, `26/7/21`; a dotted triple needs a
                // four-digit year (`1.2.3` is a version, not a date).
                let (y, m, d) = if parts[0].len() == 4 {
                    (*a, *b, *c)
                } else if parts[2].len() == 4 || (sep_slash && parts[2].len() == 2) {
                    (if *c < 100 { 2000 + c } else { *c }, *b, *a)
                } else {
                    return None;
                };
                let dt = date(y, m, d).or_else(|| date(y, d, m))?;
                Some((Tv::day(dt, false), i + 1))
            }
            [m, y] if sep_slash && parts[1].len() == 4 && (1..=12).contains(m) => Some((
                Tv::new(midnight(date(*y, *m, 1)?), Grain::Month, false),
                i + 1,
            )),
            [d, m]
                if sep_slash && prev_day_word && (1..=12).contains(m) && (1..=31).contains(d) =>
            {
                Some((Tv::day(self.resolve_day_month(*d, *m, None)?, true), i + 1))
            }
            [y] if parts[0].len() == 4 && self.k(i + 1) == "-" => {
                // 2021-07-26
                let m = self.int(i + 2)?;
                if self.k(i + 3) != "-" {
                    return None;
                }
                let d = self.int(i + 4)?;
                Some((Tv::day(date(*y, m, d)?, false), i + 5))
            }
            _ => None,
        }
    }

    /// Relative days and periods: `أمس`, `اليوم`, `غدا`, `الآن`, `الأسبوع الماضي`,
    /// `العام الجاري`, `هذه السنة`, `بعد غد`, `أول أمس`, `الاسابيع الثلاثة القادمة`.
    fn relative(&self, i: usize) -> Option<(Tv, usize)> {
        let today = self.today();
        let w = self.w(i);
        match (w, self.w(i + 1), self.w(i + 2)) {
            ("بعد", "غد" | "الغد" | "بكره", _) => {
                return Some((Tv::day(add_days(today, 2), true), i + 2));
            }
            ("اول" | "قبل", "امس" | "البارحه" | "امبارح", _) => {
                return Some((Tv::day(add_days(today, -2), true), i + 2));
            }
            ("اول", "من", "امس") => {
                return Some((Tv::day(add_days(today, -2), true), i + 3));
            }
            // `أمس الأول` (Gulf usage): the day before yesterday.
            ("امس", "الاول", _) => {
                return Some((Tv::day(add_days(today, -2), true), i + 2));
            }
            ("اليوم", "الذي" | "الي" | "اللي", "بعد")
                if matches!(self.tw(i + 3), Some(TimeWord::DayOffset(1))) =>
            {
                return Some((Tv::day(add_days(today, 2), true), i + 4));
            }
            ("اليوم", "الذي" | "الي" | "اللي", "قبل")
                if matches!(self.tw(i + 3), Some(TimeWord::DayOffset(-1))) =>
            {
                return Some((Tv::day(add_days(today, -2), true), i + 4));
            }
            ("اليوم", "القبل", _) if matches!(self.tw(i + 2), Some(TimeWord::DayOffset(-1))) =>
            {
                return Some((Tv::day(add_days(today, -2), true), i + 3));
            }
            ("هذه", "اللحظه", _) => {
                return Some((Tv::new(self.ctx.now, Grain::Second, true), i + 2));
            }
            ("هذا", "اليوم", _) => return Some((Tv::day(today, true), i + 2)),
            ("هذه" | "هذا", "الليله", _) => return Some((self.tonight(), i + 2)),
            ("هذا", "الصباح" | "المساء", _) => {
                let mut tv = Tv::day(today, true);
                let p = if self.w(i + 1) == "الصباح" {
                    PartOfDay::Morning
                } else {
                    PartOfDay::Evening
                };
                set_pod(&mut tv, p);
                return Some((tv, i + 2));
            }
            ("الليله", "الماضيه" | "السابقه", _) => {
                let mut tv = Tv::day(add_days(today, -1), true);
                set_pod(&mut tv, PartOfDay::Night);
                return Some((tv, i + 2));
            }
            ("الليله", _, _) => return Some((self.tonight(), i + 1)),
            _ => {}
        }
        if let Some(r) = self.next_n(i) {
            return Some(r);
        }
        match self.tw(i)? {
            TimeWord::Now => Some((Tv::new(self.ctx.now, Grain::Second, true), i + 1)),
            // `بأمس الحاجة` is 'in the direst need', not yesterday.
            TimeWord::DayOffset(_)
                if self.toks.get(i).is_some_and(|t| t.pre.prep == Some('ب'))
                    && self.w(i) == "امس" =>
            {
                None
            }
            TimeWord::DayOffset(n) => Some((Tv::day(add_days(today, i64::from(n)), true), i + 1)),
            TimeWord::Rel(0) if matches!(w, "هذا" | "هذه") => {
                let Some(TimeWord::Unit(p, true)) = self.tw(i + 1) else {
                    return None;
                };
                Some((self.period(p, 0)?, i + 2))
            }
            TimeWord::Unit(p, true) => {
                if let Some(TimeWord::Rel(r)) = self.tw(i + 1) {
                    if matches!(self.w(i + 1), "هذا" | "هذه") {
                        return None;
                    }
                    let mut e = i + 2;
                    // `العام الجاري 2021`: the year repeats the relative phrase.
                    if p == Period::Year && r == 0 && self.int(e) == Some(i32::from(today.year())) {
                        e += 1;
                    }
                    return Some((self.period(p, i32::from(r))?, e));
                }
                // `اليوم الوطني`, `اليوم العالمي`: a named day, not today.
                let named = self
                    .toks
                    .get(i + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word && t.key.starts_with("ال"))
                    && time_word(self.w(i + 1)).is_none();
                if p == Period::Day && w == "اليوم" && !named {
                    return Some((Tv::day(today, true), i + 1));
                }
                None
            }
            _ => None,
        }
    }

    fn tonight(&self) -> Tv {
        let d = self.today();
        let mut tv = Tv::interval(
            d.to_datetime(Time::constant(18, 0, 0, 0)),
            midnight(add_days(d, 1)),
            Grain::Hour,
            true,
        );
        tv.pod = Some(PartOfDay::Night);
        tv
    }

    /// This period shifted by `r`.
    fn period(&self, p: Period, r: i32) -> Option<Tv> {
        let t = self.today();
        let r64 = i64::from(r);
        Some(match p {
            Period::Day => Tv::day(add_days(t, r64), true),
            Period::Week => Tv::new(
                midnight(add_days(week_start(t), 7 * r64)),
                Grain::Week,
                true,
            ),
            Period::Month => {
                let d = add_months(date(i32::from(t.year()), i32::from(t.month()), 1)?, r64);
                Tv::new(midnight(d), Grain::Month, true)
            }
            Period::Year => Tv::new(
                midnight(date(i32::from(t.year()) + r, 1, 1)?),
                Grain::Year,
                true,
            ),
        })
    }

    /// `الاسابيع الثلاثة القادمة`, `الأيام الثلاثة الماضية`: the next or last n periods.
    fn next_n(&self, i: usize) -> Option<(Tv, usize)> {
        let p = match self.w(i) {
            "الايام" => Period::Day,
            "الاسابيع" => Period::Week,
            "الاشهر" | "الشهور" => Period::Month,
            "السنوات" | "الاعوام" | "السنين" => Period::Year,
            _ => return None,
        };
        let n_tok = self.w(i + 1).strip_prefix("ال")?;
        let n = match num_word(n_tok)? {
            NumWord::Unit(u) => i64::from(u),
            NumWord::TeenTail => 10,
            _ => return None,
        };
        let Some(TimeWord::Rel(r)) = self.tw(i + 2) else {
            return None;
        };
        if r == 0 {
            return None;
        }
        let t = self.today();
        let (start, grain) = match p {
            Period::Day => (t, Grain::Day),
            Period::Week => (week_start(t), Grain::Week),
            Period::Month => (
                date(i32::from(t.year()), i32::from(t.month()), 1)?,
                Grain::Month,
            ),
            Period::Year => (date(i32::from(t.year()), 1, 1)?, Grain::Year),
        };
        let step = |d: civil::Date, k: i64| match p {
            Period::Day => add_days(d, k),
            Period::Week => add_days(d, 7 * k),
            Period::Month => add_months(d, k),
            Period::Year => add_months(d, 12 * k),
        };
        let (from, to) = if r > 0 {
            (step(start, 1), step(start, 1 + n))
        } else {
            (step(start, -n), start)
        };
        Some((
            Tv::interval(midnight(from), midnight(to), grain, true),
            i + 3,
        ))
    }

    /// `الخريف القادم`, `صيف 2020`, `الشتاء الماضي`.
    fn season_expr(&self, i: usize) -> Option<(Tv, usize)> {
        let Some(TimeWord::Season(s)) = self.tw(i) else {
            return None;
        };
        let today = self.today();
        let y0 = i32::from(today.year());
        let mut e = i + 1;
        let (y, rel) = if let Some(TimeWord::Rel(r)) = self.tw(e) {
            e += 1;
            let contains = |y: i32| season(y, s).is_some_and(|(a, b)| a <= today && today < b);
            let y = match r {
                1 => (y0 - 1..=y0 + 1).find(|y| season(*y, s).is_some_and(|(a, _)| a > today))?,
                -1 => (y0 - 2..=y0)
                    .rev()
                    .find(|y| season(*y, s).is_some_and(|(_, b)| b <= today))?,
                _ => (y0 - 1..=y0).rev().find(|y| contains(*y)).unwrap_or(y0),
            };
            (y, true)
        } else if let Some((YearRef::Abs(y), ye)) = self.year_after(e) {
            e = ye;
            (y, false)
        } else {
            // A bare season needs the article and a word that takes a time before it
            // (`منذ الربيع`, `في الصيف`); `أسطورة الخريف` is a title.
            let prev = i.checked_sub(1).map_or("", |p| self.w(p));
            if !self.w(i).starts_with("ال")
                || !matches!(
                    prev,
                    "في" | "منذ"
                        | "حتي"
                        | "خلال"
                        | "قبل"
                        | "بعد"
                        | "مطلع"
                        | "بدايه"
                        | "نهايه"
                        | "منتصف"
                        | "اواخر"
                        | "اوائل"
                        | "طوال"
                        | "طيله"
                )
            {
                return None;
            }
            let y = if self.ctx.future {
                (y0 - 1..=y0 + 1).find(|y| season(*y, s).is_some_and(|(_, b)| b > today))?
            } else {
                (y0 - 2..=y0 + 1)
                    .rev()
                    .find(|y| season(*y, s).is_some_and(|(a, _)| a <= today))?
            };
            (y, true)
        };
        let (a, b) = season(y, s)?;
        let mut tv = Tv::interval(midnight(a), midnight(b), Grain::Season, rel);
        tv.season = Some(s);
        Some((tv, e))
    }

    /// The n-th or last weekday, or week, of a month: `اخر اثنين من شهر اذار`,
    /// `الثلاثاء الثالث من شهر ايلول من عام 2014`, `اول اسبوع بشهر اكتوبر 2014`.
    fn nth_in_month(&self, i: usize) -> Option<(Tv, usize)> {
        // Form 1: ordinal/`اخر` + [`يوم`] + weekday|`اسبوع`.
        // Form 2: weekday|`الاسبوع` + ordinal-with-article|`الاخير`.
        let ord_word = |k: usize| -> Option<(i32, usize)> {
            let w = self.w(k);
            if matches!(w, "اخر" | "الاخير" | "الاخيره") {
                return Some((-1, k + 1));
            }
            let n = number::parse(self.toks, k).filter(|n| n.kind == NumKind::Ordinal)?;
            (n.value >= 1.0 && n.value <= 5.0).then_some((n.value as i32, n.end))
        };
        let (n, target, e) = if let Some((n, mut k)) = ord_word(i) {
            if self.w(k) == "يوم" && matches!(self.tw(k + 1), Some(TimeWord::Weekday(..))) {
                k += 1;
            }
            match self.tw(k) {
                Some(TimeWord::Weekday(d, _)) => (n, Some(d), k + 1),
                Some(TimeWord::Unit(Period::Week, false)) => (n, None, k + 1),
                _ => return None,
            }
        } else {
            let target = match self.tw(i) {
                Some(TimeWord::Weekday(d, true)) => Some(d),
                Some(TimeWord::Unit(Period::Week, true)) => None,
                _ => return None,
            };
            let (n, k) = ord_word(i + 1)?;
            if !self.w(i + 1).starts_with("ال") {
                return None;
            }
            (n, target, k)
        };
        let mut k = e;
        if matches!(self.w(k), "من" | "في") {
            k += 1;
        }
        let (mref, me) = self.month_ref(k)?;
        let mut end = me;
        let (y, m, rel) = match mref {
            MonthRef::Greg(m) => {
                let (y, rel) = if let Some((y, ye)) = self.year_after_prep(me) {
                    end = ye;
                    self.year_value(y)
                } else {
                    (self.resolve_month(m, None), true)
                };
                (y, m, rel)
            }
            MonthRef::Rel(r) => {
                let t = self.today();
                let d = add_months(
                    date(i32::from(t.year()), i32::from(t.month()), 1)?,
                    i64::from(r),
                );
                (i32::from(d.year()), i32::from(d.month()), true)
            }
            MonthRef::Hijri(_) => return None,
        };
        let first = date(y, m, 1)?;
        let last = date(y, m, days_in_month(y, m))?;
        match target {
            Some(wd) => {
                let wd = i32::from(wd);
                let d = if n > 0 {
                    let fwd =
                        (wd - i32::from(first.weekday().to_monday_one_offset())).rem_euclid(7);
                    add_days(first, i64::from(fwd + 7 * (n - 1)))
                } else {
                    let back =
                        (i32::from(last.weekday().to_monday_one_offset()) - wd).rem_euclid(7);
                    add_days(last, -i64::from(back))
                };
                if d.month() != last.month() {
                    return None;
                }
                Some((Tv::day(d, rel), end))
            }
            None => {
                // Weeks (Monday to Sunday) wholly inside the month.
                let first_monday = add_days(
                    first,
                    i64::from((8 - i32::from(first.weekday().to_monday_one_offset())) % 7),
                );
                let d = if n > 0 {
                    add_days(first_monday, 7 * i64::from(n - 1))
                } else {
                    let last_sunday = add_days(
                        last,
                        -i64::from(i32::from(last.weekday().to_monday_one_offset()) % 7),
                    );
                    add_days(last_sunday, -6)
                };
                Some((Tv::new(midnight(d), Grain::Week, rel), end))
            }
        }
    }

    /// A year after a month with a preposition (`من عام 2014`, `في سنة 2014`, `لعام 2014`,
    /// `بعام 2014`) or bare, or `السنة القادمة`.
    fn year_after_prep(&self, e: usize) -> Option<(YearRef, usize)> {
        let mut k = e;
        if matches!(self.w(k), "من" | "في") {
            k += 1;
        }
        self.year_ref(k, true)
    }

    /// `اليوم الأخير من عام 2021`, `اخر يوم بشهر عشرة سنة 2015`, `اليوم الاول من شهر ثلاثة`,
    /// `اليوم الثالث من اكتوبر`, `ثالث يوم من شهر عشرة`.
    fn day_of_period(&self, i: usize) -> Option<(Tv, usize)> {
        let (n, k) = if self.w(i) == "اليوم" {
            match self.w(i + 1) {
                "الاخير" => (-1, i + 2),
                _ => {
                    let o =
                        number::parse(self.toks, i + 1).filter(|o| o.kind == NumKind::Ordinal)?;
                    (o.value as i32, o.end)
                }
            }
        } else if self.w(i) == "اخر" && self.w(i + 1) == "يوم" {
            (-1, i + 2)
        } else {
            let o = number::parse(self.toks, i).filter(|o| o.kind == NumKind::Ordinal)?;
            if self.w(o.end) != "يوم" {
                return None;
            }
            (o.value as i32, o.end + 1)
        };
        let mut k = k;
        if matches!(self.w(k), "من" | "في") {
            k += 1;
        }
        let (from, to, rel, e) = self.period_bounds(k)?;
        let d = if n > 0 {
            add_days(from, i64::from(n - 1))
        } else {
            add_days(to, -1)
        };
        if d >= to {
            return None;
        }
        let mut tv = Tv::day(d, rel);
        if n < 0 {
            tv.modifier = Some(TimeModifier::End);
        }
        Some((tv, e))
    }

    /// The bounds of a month or year expression at `k`: (first day, day after, relative, end).
    fn period_bounds(&self, k: usize) -> Option<(civil::Date, civil::Date, bool, usize)> {
        if let Some((mref, me)) = self.month_ref(k) {
            let (y, m, rel, end) = match mref {
                MonthRef::Greg(m) => {
                    let (adj, me) = self.month_adj(me);
                    match self.year_after_prep(me) {
                        Some((y, ye)) => {
                            let (y, rel) = self.year_value(y);
                            (y, m, rel, ye)
                        }
                        None => (self.resolve_month(m, adj), m, true, me),
                    }
                }
                MonthRef::Rel(r) => {
                    let t = self.today();
                    let d = add_months(
                        date(i32::from(t.year()), i32::from(t.month()), 1)?,
                        i64::from(r),
                    );
                    (i32::from(d.year()), i32::from(d.month()), true, me)
                }
                MonthRef::Hijri(_) => return None,
            };
            let first = date(y, m, 1)?;
            return Some((first, add_months(first, 1), rel, end));
        }
        // a year: `عام 2017`, `2017`, `العام الماضي`, `العام`, `هذا العام`
        if let Some((y, e)) = self.year_ref(k, true) {
            let (y, rel) = self.year_value(y);
            let first = date(y, 1, 1)?;
            return Some((first, add_months(first, 12), rel, e));
        }
        if matches!(self.w(k), "هذا" | "هذه") && matches!(self.w(k + 1), "العام" | "السنه")
        {
            let first = date(i32::from(self.today().year()), 1, 1)?;
            return Some((first, add_months(first, 12), true, k + 2));
        }
        if let Some(TimeWord::Unit(p, true)) = self.tw(k) {
            let (r, e) = match self.tw(k + 1) {
                Some(TimeWord::Rel(r)) if !matches!(self.w(k + 1), "هذا" | "هذه") => {
                    (i32::from(r), k + 2)
                }
                _ => (0, k + 1),
            };
            let mut e = e;
            if p == Period::Year && r == 0 && self.int(e) == Some(i32::from(self.today().year())) {
                e += 1;
            }
            let tv = self.period(p, r)?;
            let first = tv.date();
            let after = tv.period_end().date();
            return Some((first, after, true, e));
        }
        None
    }

    /// `الربع الأول من العام`, `الربع الأخير من عام 2020`: a quarter of a year.
    fn quarter(&self, i: usize) -> Option<(Tv, usize)> {
        if self.w(i) != "الربع" {
            return None;
        }
        let q = match self.w(i + 1) {
            "الاول" => 0,
            "الثاني" => 1,
            "الثالث" => 2,
            "الرابع" | "الاخير" => 3,
            _ => return None,
        };
        let mut k = i + 2;
        if matches!(self.w(k), "من" | "في") {
            k += 1;
        }
        let (from, to, rel, e) = self.period_bounds(k)?;
        if (to - from).get_days() < 300 {
            return None;
        }
        let start = add_months(from, 3 * q);
        let mut tv = Tv::new(midnight(start), Grain::Quarter, rel);
        tv.end = Some(midnight(add_months(start, 3)));
        Some((tv, e))
    }

    /// `نهاية يونيو`, `أواخر عام 2017`, `بداية العام الماضي`, `منتصف اذار`, `اوائل شهر مارس`.
    fn part_of_period(&self, i: usize) -> Option<(Tv, usize)> {
        let Some(TimeWord::Part(p)) = self.tw(i) else {
            return None;
        };
        let (from, to, rel, e) = self.period_bounds(i + 1)?;
        let days = (to - from).get_days();
        let is_year = days > 300;
        let is_week = days == 7;
        let month_grain = |d: civil::Date| midnight(d);
        let mut tv = match p {
            PartWord::Start => {
                let mut tv = Tv::day(from, rel);
                tv.modifier = Some(TimeModifier::Start);
                tv
            }
            PartWord::End => {
                let mut tv = Tv::day(add_days(to, -1), rel);
                tv.modifier = Some(TimeModifier::End);
                tv
            }
            PartWord::Mid if is_year => {
                let mut tv = Tv::interval(
                    month_grain(add_months(from, 4)),
                    month_grain(add_months(from, 8)),
                    Grain::Month,
                    rel,
                );
                tv.modifier = Some(TimeModifier::Mid);
                tv
            }
            PartWord::Mid if is_week => Tv::day(add_days(from, 3), rel),
            PartWord::Mid => {
                let mut tv = Tv::day(add_days(from, 14), rel);
                tv.modifier = Some(TimeModifier::Mid);
                tv
            }
            PartWord::Early | PartWord::Late if is_year => {
                let (a, b) = if p == PartWord::Early {
                    (0, 4)
                } else {
                    (8, 12)
                };
                Tv::interval(
                    month_grain(add_months(from, a)),
                    month_grain(add_months(from, b)),
                    Grain::Month,
                    rel,
                )
            }
            PartWord::Early => Tv::interval(
                midnight(from),
                midnight(add_days(from, 10)),
                Grain::Day,
                rel,
            ),
            PartWord::Late => {
                Tv::interval(midnight(add_days(from, 20)), midnight(to), Grain::Day, rel)
            }
        };
        if tv.modifier.is_none() {
            tv.modifier = Some(match p {
                PartWord::Start | PartWord::Early => TimeModifier::Start,
                PartWord::Mid => TimeModifier::Mid,
                PartWord::Late | PartWord::End => TimeModifier::End,
            });
        }
        Some((tv, e))
    }

    // ---- shifts from now --------------------------------------------------------------------

    /// A duration at `k`: `اسبوع`, `ثلاثة أيام`, `عامين`, `10 سنوات`. Returns (n, unit, end).
    fn duration(&self, k: usize) -> Option<(i64, Period, Option<&'static str>, usize)> {
        let unit_at = |j: usize| -> Option<(Period, Option<&'static str>, f64)> {
            let u = units::unit(self.w(j))?;
            let p = match u.name {
                "day" => Period::Day,
                "week" => Period::Week,
                "month" => Period::Month,
                "year" => Period::Year,
                "hour" | "minute" | "second" => return Some((Period::Day, Some(u.name), u.count)),
                _ => return None,
            };
            Some((p, None, u.count))
        };
        if let Some(n) = number::parse(self.toks, k).filter(|n| n.kind == NumKind::Cardinal) {
            let (p, sub, _) = unit_at(n.end)?;
            // `قبل 125 مليون عام` is geology, not a date; the bound also keeps the arithmetic
            // below from overflowing.
            if !(0.0..=10_000.0).contains(&n.value) {
                return None;
            }
            return Some((n.value as i64, p, sub, n.end + 1));
        }
        // A unit alone is one of it (`قبل أسبوع`) or two (`بعد يومين`); a plural alone
        // (`منذ أشهر`, `بعد أيام`) is no definite span.
        let u = units::unit(self.w(k))?;
        if !(u.singular || u.count == 2.0) {
            return None;
        }
        let (p, sub, count) = unit_at(k)?;
        Some((count as i64, p, sub, k + 1))
    }

    /// `قبل أسبوع`, `منذ ثلاثة أيام`, `بعد يومين`, `من اسبوع`.
    fn shift(&self, i: usize) -> Option<(Tv, usize)> {
        let sign: i64 = match self.w(i) {
            "قبل" | "منذ" | "من" => -1,
            "بعد" => 1,
            _ => return None,
        };
        let (n, p, sub, e) = self.duration(i + 1)?;
        let now = self.ctx.now;
        let tv = match sub {
            Some(unit) => {
                let span = match unit {
                    "hour" => jiff::Span::new().try_hours(sign * n).ok()?,
                    "minute" => jiff::Span::new().try_minutes(sign * n).ok()?,
                    _ => jiff::Span::new().try_seconds(sign * n).ok()?,
                };
                let t = now.checked_add(span).ok()?;
                Tv::new(
                    t,
                    if unit == "hour" {
                        Grain::Minute
                    } else {
                        Grain::Second
                    },
                    true,
                )
            }
            None => {
                let d = now.date();
                match p {
                    Period::Day => Tv::day(add_days(d, sign * n), true),
                    Period::Week => Tv::day(add_days(d, sign * 7 * n), true),
                    Period::Month => Tv::day(add_months(d, sign * n), true),
                    Period::Year => Tv::day(add_months(d, sign * 12 * n), true),
                }
            }
        };
        Some((tv, e))
    }

    /// `خلال اسبوعين`: from now to the end of that span (at day precision).
    fn within(&self, i: usize) -> Option<(Tv, usize)> {
        let (n, p, sub, e) = self.duration(i + 1)?;
        if sub.is_some() {
            return None;
        }
        let d = self.today();
        let end = match p {
            Period::Day => add_days(d, n),
            Period::Week => add_days(d, 7 * n),
            Period::Month => add_months(d, n),
            Period::Year => add_months(d, 12 * n),
        };
        Some((
            Tv::interval(self.ctx.now, midnight(end), Grain::Second, true),
            e,
        ))
    }

    // ---- clock times -------------------------------------------------------------------------

    /// A clock time: `الساعة 3 صباحا`, `3:18 صباحا`, `الثالثة وربع بعد الظهر`, `15:15`,
    /// `الساعة 12 الا ربع قبل الظهر`, `الخميس الساعة 8 بتوقيت GMT` (the time part).
    fn clock_expr(&self, i: usize) -> Option<(Tv, usize)> {
        let mut j = i;
        let mut approx = false;
        if matches!(self.w(j), "عند" | "حوالي" | "حدود" | "قرابه") {
            approx = self.w(j) != "عند";
            j += 1;
        }
        let said_hour = self.w(j) == "الساعه";
        if said_hour {
            j += 1;
        }
        // The hour: digits (maybe with minutes), ordinal (feminine, with the article), or a
        // cardinal after `الساعة`.
        let (h, mut min, sec, mut grain, mut e);
        if let Some(t) = self.toks.get(j).filter(|t| t.kind == TokenKind::Number) {
            let parts: Vec<&str> = t.key.split(':').collect();
            let nums: Vec<i32> = parts
                .iter()
                .map(|p| p.parse::<i32>().ok())
                .collect::<Option<_>>()?;
            match nums.as_slice() {
                [hh] if said_hour => {
                    (h, min, sec, grain) = (*hh, 0, 0, Grain::Hour);
                }
                [hh, mm] => {
                    (h, min, sec, grain) = (*hh, *mm, 0, Grain::Minute);
                }
                [hh, mm, ss] => {
                    (h, min, sec, grain) = (*hh, *mm, *ss, Grain::Second);
                }
                _ => return None,
            }
            e = j + 1;
        } else {
            let n = number::parse(self.toks, j)?;
            let ok = match n.kind {
                NumKind::Ordinal => self.w(j).starts_with("ال"),
                NumKind::Cardinal => said_hour && !n.digits,
                _ => false,
            };
            if !ok || n.value < 0.0 || n.value > 24.0 {
                return None;
            }
            (h, min, sec, grain) = (n.value as i32, 0, 0, Grain::Hour);
            // `ثلاثة وثلث`: the fraction is read as minutes below.
            e = if n.value.fract() == 0.0 { n.end } else { j + 1 };
        }
        if h > 24 || min > 59 || sec > 59 {
            return None;
        }
        // Minutes: `و 18 دقيقة`, `وثمانية عشر دقيقة`, `وربع`, `ونصف`, `وثلث`, `الا ربع`.
        if grain == Grain::Hour {
            if let Some((m, me)) = self.minutes(e) {
                min = m;
                grain = Grain::Minute;
                e = me;
            }
        }
        // Part of day.
        let (mut pod, pe) = self.clock_pod(e);
        e = pe;
        // A bare ordinal or number is a time only with a clue.
        if !said_hour && pod.is_none() && grain == Grain::Hour && !matches!(self.w(i), "عند") {
            return None;
        }
        let mut tz_shift = None;
        if self.w(e) == "بتوقيت" || self.w(e) == "توقيت" {
            let z = self.k(e + 1).to_ascii_uppercase();
            if matches!(z.as_str(), "GMT" | "UTC") || self.w(e + 1) == "غرينتش" {
                tz_shift = Some(0);
                e += 2;
            }
        }
        // 12-hour reading.
        let mut hour = h;
        match pod {
            // `12 صباحا` is midnight.
            Some(PodWord::Morning) if hour == 12 && min == 0 && grain == Grain::Hour => hour = 0,
            Some(PodWord::Noon) if (1..=6).contains(&hour) => hour += 12,
            Some(PodWord::Afternoon | PodWord::Evening | PodWord::Night) if hour < 12 => {
                hour += 12;
            }
            _ => {}
        }
        let today = self.today();
        let mut total_min = i64::from(hour) * 60 + i64::from(min);
        if let Some(m) = self.minus(&mut e) {
            total_min -= m;
            grain = Grain::Minute;
            // `الساعة 12 الا ربع قبل الظهر`: the part of day after the subtraction.
            let (p2, pe2) = self.clock_pod(e);
            if let Some(p2) = p2 {
                e = pe2;
                pod = Some(p2);
                if matches!(p2, PodWord::Afternoon | PodWord::Evening | PodWord::Night)
                    && total_min < 12 * 60
                {
                    total_min += 12 * 60;
                }
            }
        }
        let ambiguous = pod.is_none() && (1..=12).contains(&h);
        let base = today.to_datetime(Time::midnight());
        let mut t = base
            .checked_add((total_min * 60 + i64::from(sec)).seconds())
            .ok()?;
        if ambiguous {
            // The next (or, news-style, the last) occurrence of h or h+12.
            let cands = [
                t,
                t.checked_add(12.hours()).ok()?,
                t.checked_add(24.hours()).ok()?,
                t.checked_sub(12.hours()).ok()?,
            ];
            let now = self.ctx.now;
            // Forward: the next occurrence of h or h+12. News: the reference is a day, not an
            // instant, so the time is read on that day as written.
            if self.ctx.future {
                t = cands
                    .iter()
                    .copied()
                    .filter(|c| *c >= now)
                    .min()
                    .unwrap_or(t);
            }
        }
        if let (Some(z), Some(off)) = (tz_shift, self.ctx.utc_offset) {
            let shift = i64::from(off - z);
            t = t.checked_add(shift.seconds()).ok()?;
            grain = Grain::Minute;
        }
        let mut tv = Tv::new(t, grain, true);
        tv.pod = pod.map(pod_of);
        if approx {
            tv.modifier = Some(TimeModifier::Approximate);
        }
        Some((tv, e))
    }

    /// Minutes after the hour: `و18 دقيقة`, `وثمانية عشر دقيقة`, `وربع`, `ونصف`, `وثلث`.
    fn minutes(&self, e: usize) -> Option<(i32, usize)> {
        let (k, glued) = if self.k(e) == "و" {
            (e + 1, false)
        } else {
            (e, true)
        };
        let t = self.toks.get(k)?;
        let frac_word = if glued {
            t.key.strip_prefix('و')
        } else {
            Some(&*t.key)
        };
        if let Some(fw) = frac_word {
            let m = match fw {
                "ربع" => Some(15),
                "نصف" | "نص" => Some(30),
                "ثلث" => Some(20),
                _ => None,
            };
            if let Some(m) = m {
                return Some((m, k + 1));
            }
        }
        if glued && !t.pre.conj {
            return None;
        }
        let n = number::parse(self.toks, k).filter(|n| n.kind == NumKind::Cardinal)?;
        if n.value < 1.0 || n.value > 59.0 || n.value.fract() != 0.0 {
            return None;
        }
        let mut end = n.end;
        if matches!(self.w(end), "دقيقه" | "دقائق" | "دقايق") {
            end += 1;
        }
        Some((n.value as i32, end))
    }

    /// `الا ربع`, `إلا ربعا`, `الا ثلث`, `الا 10 دقائق`: minutes before the hour.
    fn minus(&self, e: &mut usize) -> Option<i64> {
        if self.w(*e) != "الا" {
            return None;
        }
        let m = match self.w(*e + 1) {
            "ربع" | "ربعا" => 15,
            "ثلث" | "ثلثا" => 20,
            "نصف" => 30,
            _ => {
                let n = number::parse(self.toks, *e + 1).filter(|n| n.kind == NumKind::Cardinal)?;
                let mut end = n.end;
                if matches!(self.w(end), "دقيقه" | "دقائق") {
                    end += 1;
                }
                *e = end;
                return Some(n.value as i64);
            }
        };
        *e += 2;
        Some(m)
    }

    /// A part of day after a clock time: `صباحا`, `بعد الظهر`, `قبل الظهر`, `هذه الليلة`,
    /// `بعد العصر`, `قبل المغرب`, `بعد المغرب`, `هذا الصباح`.
    fn clock_pod(&self, e: usize) -> (Option<PodWord>, usize) {
        match (self.w(e), self.w(e + 1)) {
            ("بعد", "الظهر" | "الظهيره") => {
                return (Some(PodWord::Afternoon), e + 2);
            }
            ("قبل", "الظهر" | "الظهيره") => return (Some(PodWord::Morning), e + 2),
            ("بعد", "العصر") => return (Some(PodWord::Afternoon), e + 2),
            ("قبل", "المغرب") => return (Some(PodWord::Afternoon), e + 2),
            ("بعد", "المغرب") => return (Some(PodWord::Evening), e + 2),
            ("هذا", "الصباح") => return (Some(PodWord::Morning), e + 2),
            ("هذه" | "هذا", "الليله" | "المساء") => {
                return (Some(PodWord::Night), e + 2);
            }
            _ => {}
        }
        match self.tw(e) {
            Some(TimeWord::Pod(p)) => (Some(p), e + 1),
            _ => (None, e),
        }
    }

    // ---- intervals ----------------------------------------------------------------------------

    /// Intervals: `من 13 الى 15 يوليو`, `13 الى 15 تموز`, `يوليو 13-15`, `من 13 تموز الى 15 تموز`,
    /// `من الساعة 3 الى الساعة 4 بعد العصر`, `الخميس من الساعة التاسعة وحتى الساعة الحادية عشرة`.
    fn interval(&self, i: usize) -> Option<(Tv, usize)> {
        // A day before a clock interval.
        if let Some((d, de)) = self.weekday_expr(i).filter(|(_, de)| self.w(*de) == "من") {
            if let Some((iv, e)) = self.clock_interval(de) {
                let from = d.date().to_datetime(iv.start.time());
                let to = d.date().to_datetime(iv.end?.time());
                return Some((Tv::interval(from, to, iv.grain, true), e));
            }
        }
        if let Some(r) = self.clock_interval(i) {
            return Some(r);
        }
        if let Some(r) = self.year_interval(i) {
            return Some(r);
        }
        self.day_interval(i)
    }

    /// `بين عامي 2010 و2015`, `من عام 2010 الى 2015`, `2010-2015`: a span of whole years.
    fn year_interval(&self, i: usize) -> Option<(Tv, usize)> {
        let mut j = i;
        let between = self.w(j) == "بين";
        if between || self.w(j) == "من" {
            j += 1;
        }
        if matches!(self.w(j), "عامي" | "سنتي" | "عام" | "العام" | "سنه") {
            j += 1;
        }
        let year = |k: usize| {
            self.int(k)
                .filter(|y| (1900..=2100).contains(y) && self.k(k).len() == 4)
        };
        let a = year(j)?;
        let k = if between {
            if self.k(j + 1) == "و" {
                j + 2
            } else if self
                .toks
                .get(j + 1)
                .is_some_and(|t| t.key == format!("و{}", self.k(j + 2)))
            {
                j + 1
            } else {
                (self.k(j + 1) == "و").then_some(j + 2)?
            }
        } else {
            self.connector(j + 1)?
        };
        let b = year(k)?;
        if b <= a {
            return None;
        }
        let from = midnight(date(a, 1, 1)?);
        let to = midnight(date(b + 1, 1, 1)?);
        Some((Tv::interval(from, to, Grain::Year, false), k + 1))
    }

    fn connector(&self, k: usize) -> Option<usize> {
        match self.k(k) {
            "-" | "–" | "الي" | "حتي" | "وحتي" | "لغايه" => Some(k + 1),
            _ => match self.w(k) {
                "الي" | "حتي" => Some(k + 1),
                _ => None,
            },
        }
    }

    fn clock_interval(&self, i: usize) -> Option<(Tv, usize)> {
        let mut j = i;
        if self.w(j) == "من" {
            j += 1;
        } else if self.w(j) != "بين" {
            return None;
        } else {
            j += 1;
        }
        let (a, ae) = self.clock_expr(j).or_else(|| self.bare_hour(j))?;
        let k = self
            .connector(ae)
            .or_else(|| (self.k(ae) == "و").then_some(ae + 1))?;
        let (b, be) = self.clock_expr(k)?;
        let mut start = a.start;
        // The part of day said once at the end applies to both ends.
        if a.pod.is_none() && b.pod.is_some() {
            let h = start.hour();
            let bh = b.start.hour();
            if bh >= 12 && h < 12 {
                start = start.checked_add(12.hours()).ok()?;
            }
        }
        if start > b.start {
            start = start.checked_sub(12.hours()).ok()?;
        }
        let g = if a.grain == Grain::Hour && b.grain == Grain::Hour {
            Grain::Hour
        } else {
            Grain::Minute
        };
        let end = b
            .start
            .checked_add(if g == Grain::Hour {
                1.hour()
            } else {
                1.minute()
            })
            .ok()?;
        Some((Tv::interval(start, end, g, true), be))
    }

    fn bare_hour(&self, j: usize) -> Option<(Tv, usize)> {
        let n = number::parse(self.toks, j)?;
        if !(n.kind == NumKind::Ordinal && self.w(j).starts_with("ال")) || n.value > 12.0 {
            return None;
        }
        Some((
            Tv::new(
                self.today()
                    .to_datetime(Time::constant(n.value as i8, 0, 0, 0)),
                Grain::Hour,
                true,
            ),
            n.end,
        ))
    }

    fn day_interval(&self, i: usize) -> Option<(Tv, usize)> {
        let mut j = i;
        let opened = matches!(self.w(j), "من" | "بين");
        if opened {
            j += 1;
        }
        // Month first: `يوليو 13-15`, `تموز 13 الى 15`.
        if let Some((MonthRef::Greg(m), me)) = self.month_ref(j) {
            let a = self.int(me).filter(|d| (1..=31).contains(d))?;
            let k = self.connector(me + 1)?;
            let b = self.int(k).filter(|d| (1..=31).contains(d) && *d > a)?;
            let mut end = k + 1;
            let y = if let Some((y, ye)) = self.year_after(end) {
                end = ye;
                self.year_value(y).0
            } else {
                self.resolve_day_month(a, m, None)?.year().into()
            };
            return Some((
                Tv::interval(
                    midnight(date(y, m, a)?),
                    midnight(add_days(date(y, m, b)?, 1)),
                    Grain::Day,
                    true,
                ),
                end,
            ));
        }
        // Day first.
        let (a, ae) = self.dom(j)?;
        // `من 13 تموز الى 15 تموز`: two full dates.
        if let Some((da, de)) = self.day_month(j) {
            if let Some(k) = self.connector(de) {
                if let Some((db, be)) = self.day_month(k) {
                    if db.start > da.start {
                        return Some((
                            Tv::interval(
                                da.start,
                                db.start.checked_add(1.day()).ok()?,
                                Grain::Day,
                                da.relative,
                            ),
                            be,
                        ));
                    }
                }
            }
        }
        let k = self
            .connector(ae)
            .or_else(|| (opened && self.k(ae) == "و").then_some(ae + 1))?;
        if !opened && self.k(ae) != "-" && self.int(j).is_none() {
            return None;
        }
        let (b, be) = self.dom(k)?;
        if b <= a {
            return None;
        }
        let mut e = be;
        if matches!(self.w(e), "من" | "في") {
            e += 1;
        }
        let (mref, me) = self.month_ref(e)?;
        let (y, m, rel, end) = match mref {
            MonthRef::Greg(m) => match self.year_after(me) {
                Some((y, ye)) => {
                    let (y, rel) = self.year_value(y);
                    (y, m, rel, ye)
                }
                None => (
                    i32::from(self.resolve_day_month(a, m, None)?.year()),
                    m,
                    true,
                    me,
                ),
            },
            MonthRef::Rel(r) => {
                let t = self.today();
                let d = add_months(
                    date(i32::from(t.year()), i32::from(t.month()), 1)?,
                    i64::from(r),
                );
                (i32::from(d.year()), i32::from(d.month()), true, me)
            }
            MonthRef::Hijri(_) => return None,
        };
        Some((
            Tv::interval(
                midnight(date(y, m, a)?),
                midnight(add_days(date(y, m, b)?, 1)),
                Grain::Day,
                rel,
            ),
            end,
        ))
    }

    // ---- holidays ---------------------------------------------------------------------------

    /// `عيد الفطر`, `عيد الأضحى 2013`, `عيد الميلاد 2020`, `عيد الفصح`, `رأس السنة الهجرية`.
    fn holiday(&self, i: usize) -> Option<(Tv, usize)> {
        #[derive(Clone, Copy)]
        enum H {
            Hijri(u8, u8),
            Fixed(i32, i32),
            Easter,
        }
        let (h, name, e) = match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("عيد", "الفطر", _) => (H::Hijri(10, 1), "عيد الفطر", i + 2),
            ("عيد", "الاضحي", _) => (H::Hijri(12, 10), "عيد الأضحى", i + 2),
            ("عيد", "الميلاد", _) => (H::Fixed(12, 25), "عيد الميلاد", i + 2),
            ("عيد", "الفصح", _) => (H::Easter, "عيد الفصح", i + 2),
            ("راس", "السنه", "الهجريه") => {
                (H::Hijri(1, 1), "رأس السنة الهجرية", i + 3)
            }
            ("راس", "السنه", "الميلاديه") => {
                (H::Fixed(1, 1), "رأس السنة الميلادية", i + 3)
            }
            ("المولد", "النبوي", _) => (H::Hijri(3, 12), "المولد النبوي", i + 2),
            ("كريسماس" | "الكريسماس", _, _) => {
                (H::Fixed(12, 25), "عيد الميلاد", i + 1)
            }
            _ => return None,
        };
        let in_year = |y: i32| -> Option<civil::Date> {
            match h {
                H::Fixed(m, d) => date(y, m, d),
                H::Easter => easter(y),
                H::Hijri(m, d) => {
                    let (hy, _, _) = gregorian_to_hijri(date(y, 1, 1)?)?;
                    [hy, hy + 1]
                        .into_iter()
                        .filter_map(|hy| hijri_to_gregorian(hy, m, d))
                        .find(|g| i32::from(g.year()) == y)
                }
            }
        };
        let (d, rel, end) = if let Some((YearRef::Abs(y), ye)) = self.year_after(e) {
            (in_year(y)?, false, ye)
        } else {
            let today = self.today();
            let y0 = i32::from(today.year());
            let cands: Vec<civil::Date> = (y0 - 1..=y0 + 1).filter_map(in_year).collect();
            let d = if self.ctx.future {
                cands.iter().copied().find(|d| *d >= today)?
            } else {
                cands
                    .iter()
                    .copied()
                    .min_by_key(|d| ((*d - today).get_days().abs(), *d > today))?
            };
            (d, true, e)
        };
        let mut tv = Tv::day(d, rel);
        tv.holiday = Some(name.into());
        if let H::Hijri(..) = h {
            if let Some((hy, hm, hd)) = gregorian_to_hijri(d) {
                tv.hijri = Some(format!("{hy:04}-{hm:02}-{hd:02}"));
            }
        }
        Some((tv, end))
    }
}

fn pod_of(p: PodWord) -> PartOfDay {
    match p {
        PodWord::Morning => PartOfDay::Morning,
        PodWord::Noon => PartOfDay::Noon,
        PodWord::Afternoon => PartOfDay::Afternoon,
        PodWord::Evening => PartOfDay::Evening,
        PodWord::Night => PartOfDay::Night,
    }
}

/// Marks a day value with a part of the day and its hours.
fn set_pod(tv: &mut Tv, p: PartOfDay) {
    let (a, b) = match p {
        PartOfDay::Morning => (4, 12),
        PartOfDay::Noon => (12, 14),
        PartOfDay::Afternoon => (12, 18),
        PartOfDay::Evening => (18, 24),
        PartOfDay::Night => (18, 24),
    };
    let d = tv.date();
    tv.pod = Some(p);
    tv.grain = Grain::PartOfDay;
    tv.start = d.to_datetime(Time::constant(a, 0, 0, 0));
    tv.end = Some(if b == 24 {
        midnight(add_days(d, 1))
    } else {
        d.to_datetime(Time::constant(b, 0, 0, 0))
    });
}
