//! Calendar arithmetic: civil dates with `jiff`, Hijri (Umm al-Qura) with `icu_calendar`,
//! seasons and Easter.

use icu_calendar::cal::Hijri;
use icu_calendar::{Date, Iso};
use jiff::civil::{self, DateTime};

/// A civil date, or `None` when it does not exist.
#[must_use]
pub fn date(y: i32, m: i32, d: i32) -> Option<civil::Date> {
    let y = i16::try_from(y).ok()?;
    let m = i8::try_from(m).ok()?;
    let d = i8::try_from(d).ok()?;
    civil::Date::new(y, m, d).ok()
}

/// Midnight at the start of `d`.
#[must_use]
pub fn midnight(d: civil::Date) -> DateTime {
    d.to_datetime(civil::Time::midnight())
}

/// Days in month `m` of year `y` (0 when the month does not exist).
#[must_use]
pub fn days_in_month(y: i32, m: i32) -> i32 {
    date(y, m, 1).map_or(0, |d| i32::from(d.days_in_month()))
}

/// `d` shifted by `n` days, saturating to `d` on overflow.
#[must_use]
pub fn add_days(d: civil::Date, n: i64) -> civil::Date {
    // `try_days` rather than `n.days()`: a number read from text may be out of range.
    jiff::Span::new()
        .try_days(n)
        .ok()
        .and_then(|s| d.checked_add(s).ok())
        .unwrap_or(d)
}

/// `d` shifted by `n` months (day clamped), saturating to `d` on overflow.
#[must_use]
pub fn add_months(d: civil::Date, n: i64) -> civil::Date {
    jiff::Span::new()
        .try_months(n)
        .ok()
        .and_then(|s| d.checked_add(s).ok())
        .unwrap_or(d)
}

/// The Monday on or before `d`.
#[must_use]
pub fn week_start(d: civil::Date) -> civil::Date {
    let back = i64::from(d.weekday().to_monday_zero_offset());
    add_days(d, -back)
}

/// The Gregorian date of Hijri (Umm al-Qura) `y-m-d`.
#[must_use]
pub fn hijri_to_gregorian(y: i32, m: u8, d: u8) -> Option<civil::Date> {
    let h = Date::try_new_hijri_with_calendar(y, m, d, Hijri::new_umm_al_qura()).ok()?;
    let iso = h.to_calendar(Iso);
    date(
        iso.year().extended_year(),
        i32::from(iso.month().ordinal),
        i32::from(iso.day_of_month().0),
    )
}

/// The Hijri (Umm al-Qura) year, month and day of a Gregorian date.
#[must_use]
pub fn gregorian_to_hijri(d: civil::Date) -> Option<(i32, u8, u8)> {
    let iso = Date::<Iso>::try_new_iso(
        i32::from(d.year()),
        u8::try_from(d.month()).ok()?,
        u8::try_from(d.day()).ok()?,
    )
    .ok()?;
    let h = iso.to_calendar(Hijri::new_umm_al_qura());
    Some((
        h.year().extended_year(),
        h.month().ordinal,
        h.day_of_month().0,
    ))
}

/// Days in Hijri month `m` of year `y`.
#[must_use]
pub fn hijri_days_in_month(y: i32, m: u8) -> Option<u8> {
    Date::try_new_hijri_with_calendar(y, m, 1, Hijri::new_umm_al_qura())
        .ok()
        .map(|h| h.days_in_month())
}

/// Western Easter Sunday of year `y` (anonymous Gregorian computus).
#[must_use]
pub fn easter(y: i32) -> Option<civil::Date> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    date(y, month, day)
}

/// The bounds of a (northern, astronomical) season in year `y`: 0 spring (03-20..06-21),
/// 1 summer (06-21..09-23), 2 autumn (09-23..12-21), 3 winter (12-21..03-20 of the next year).
#[must_use]
pub fn season(y: i32, s: u8) -> Option<(civil::Date, civil::Date)> {
    Some(match s {
        0 => (date(y, 3, 20)?, date(y, 6, 21)?),
        1 => (date(y, 6, 21)?, date(y, 9, 23)?),
        2 => (date(y, 9, 23)?, date(y, 12, 21)?),
        _ => (date(y, 12, 21)?, date(y + 1, 3, 20)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hijri_and_easter() {
        assert_eq!(hijri_to_gregorian(1447, 9, 1), date(2026, 2, 18));
        assert_eq!(hijri_to_gregorian(1434, 10, 1), date(2013, 8, 8));
        assert_eq!(easter(2013), date(2013, 3, 31));
        assert_eq!(
            gregorian_to_hijri(date(2026, 2, 18).unwrap()),
            Some((1447, 9, 1))
        );
        assert_eq!(
            week_start(date(2013, 2, 12).unwrap()),
            date(2013, 2, 11).unwrap()
        );
    }
}
