//! Numbers and quantities.
//!
//! A [`Quantity`] is one number found in the text, in any of its written forms (digits, words,
//! ordinals, fractions, percentages), with what it measures: a unit (`day`, `litre`, `celsius`,
//! a currency code), the noun it counts (`14 صاروخا`), and how the text qualifies it
//! (approximately, at least, at most). Identifiers (`رقم 2576`) and years inside dates are not
//! quantities.

use serde::{Deserialize, Serialize};

use crate::span::{MapSpans, Span};

/// A number or quantity found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// What was written, from the first modifier word to the unit (`نحو 3500`, `عشرة دولارات`).
    pub span: Span,
    /// The number itself inside `span` (`3500`, `عشرة`).
    pub number_span: Span,
    /// What kind of quantity it is.
    pub kind: QuantityKind,
    /// The value: the number, or the lower bound of a range. A fraction is its value
    /// (`خمس` → 0.2), a percentage its number (`50%` → 50). An ordinal `الأخير` ('last') is −1.
    /// Money, mass and volume keep the number as written in their `unit`.
    pub value: f64,
    /// The upper bound, for a range (`10-20 دولار`, `عشرات` = 10 to 99).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<f64>,
    /// The unit: an ISO-4217 code for money (`USD`, `IQD`; a generic name such as `pound` or
    /// `dinar` when the country is not said), or a unit name (`day`, `litre`, `gram`, `celsius`,
    /// `degree`, `percent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The noun counted or measured, as written (`صاروخا` in `14 صاروخا`, `الذهب` in
    /// `ثلاثة اونصات من الذهب`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<Span>,
    /// How the text qualifies the number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<QuantityModifier>,
}

/// What a quantity measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    /// A cardinal number, possibly counting a noun.
    Cardinal,
    /// An ordinal (`الرابع`, `الحادية عشرة`).
    Ordinal,
    /// A fraction (`خمس مساحة العراق`, `ثلثي`, `1/5`).
    Fraction,
    /// A percentage (`50%`, `عشرة في المئة`); the value is the number of hundredths.
    Percent,
    /// An amount of money; `unit` is the currency.
    Money,
    /// A duration (`ثلاثة أيام`, `عامين`); `unit` is second, minute, hour, day, week, month,
    /// year, decade or century.
    Duration,
    /// A temperature; `unit` is celsius, fahrenheit or degree (unit not stated).
    Temperature,
    /// A volume; `unit` is millilitre, litre, hectolitre, gallon, barrel or cubic metre.
    Volume,
    /// A mass or a kitchen measure; `unit` is gram, ounce, pound, tonne or cup.
    Mass,
    /// A length; `unit` is millimetre, centimetre, metre, kilometre or mile.
    Length,
    /// An area; `unit` is square metre, square kilometre, hectare, dunam or feddan.
    Area,
}

/// How the text qualifies a quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityModifier {
    /// Approximately (`نحو`, `حوالي`, `قرابة`, `زهاء`, `تقريبا`).
    Approximate,
    /// At least (`ما لا يقل عن`, `على الأقل`).
    AtLeast,
    /// More than (`أكثر من`, `ما يزيد على`).
    MoreThan,
    /// At most (`ما لا يزيد على`, `حتى`).
    AtMost,
    /// Less than (`أقل من`, `دون`).
    LessThan,
    /// An order of magnitude, not a count (`عشرات`, `مئات`, `آلاف`): `value`..=`upper`.
    Magnitude,
    /// A range given by two numbers (`من 10 الى 20`): `value`..=`upper`.
    Range,
}

impl MapSpans for Quantity {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
        self.number_span = f(self.number_span);
        if let Some(c) = self.counted.as_mut() {
            *c = f(*c);
        }
    }
}
