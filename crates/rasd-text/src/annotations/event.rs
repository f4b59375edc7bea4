//! Events: who did what to whom, when, where and how many.
//!
//! An [`Event`] is one happening a sentence reports, typed by a small ontology in the spirit of
//! PLOVER and CAMEO (docs/events.md): the word that signals it (the trigger), the parties
//! ([`Argument`]s, linked to the article's entities where they are named), its time and place,
//! the counts the text gives (killed, injured, arrested, munitions), whether the text asserts,
//! denies or only plans it, and how sure the extractor is.

use serde::{Deserialize, Serialize};

use crate::span::{MapSpans, Span};

/// The event types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EventType {
    /// A meeting, visit, talks or consultation (`اجتماع`, `التقى`, `مباحثات`, `زيارة`).
    Meet,
    /// An agreement, signature or approval (`اتفق`, `اتفاق`, `وقع اتفاقية`).
    Agree,
    /// A withdrawal or retreat of forces or personnel (`انسحاب`, `سحب`).
    Withdraw,
    /// Physical violence: attacks, strikes, bombings, shootings, killings, abductions.
    Assault,
    /// A demonstration, sit-in, strike or other collective protest (`تظاهر`, `اعتصام`).
    Protest,
    /// An arrest or detention (`اعتقال`, `اعتقلت`, `احتجاز`).
    Arrest,
    /// An election or a vote (`انتخابات`, `صوت`, `انتخب`).
    Elect,
    /// Aid or support given or promised (`دعم`, `مساعدات`, `قدم`).
    Aid,
    /// Praise or welcome (`أشاد`, `رحب`, `ثمن`).
    Praise,
    /// An accusation, condemnation or criticism (`اتهم`, `ندد`, `انتقد`).
    Accuse,
    /// A threat (`هدد`, `توعد`).
    Threaten,
    /// A demand or call (`طالب`, `دعا`).
    Demand,
    /// A formal statement or announcement (`أعلن`, `بيان`).
    Statement,
}

impl EventType {
    /// Every type, in the order of the ontology.
    pub const ALL: [Self; 13] = [
        Self::Meet,
        Self::Agree,
        Self::Withdraw,
        Self::Assault,
        Self::Protest,
        Self::Arrest,
        Self::Elect,
        Self::Aid,
        Self::Praise,
        Self::Accuse,
        Self::Threaten,
        Self::Demand,
        Self::Statement,
    ];

    /// The type's name as written in JSON (`ASSAULT`).
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Meet => "MEET",
            Self::Agree => "AGREE",
            Self::Withdraw => "WITHDRAW",
            Self::Assault => "ASSAULT",
            Self::Protest => "PROTEST",
            Self::Arrest => "ARREST",
            Self::Elect => "ELECT",
            Self::Aid => "AID",
            Self::Praise => "PRAISE",
            Self::Accuse => "ACCUSE",
            Self::Threaten => "THREATEN",
            Self::Demand => "DEMAND",
            Self::Statement => "STATEMENT",
        }
    }

    /// The type named `name` (as in JSON, any case).
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|t| t.name().eq_ignore_ascii_case(name.trim()))
    }
}

/// How an event was carried out, where the type has modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventMode {
    /// Rockets, missiles, mortars or artillery.
    Rockets,
    /// An air strike by aircraft.
    AirStrike,
    /// A strike by drone.
    Drone,
    /// A strike of unstated means (`ضربات`).
    Strike,
    /// A bombing: car bomb, roadside bomb, suicide attack, explosion.
    Bombing,
    /// Gunfire.
    Shooting,
    /// An assassination.
    Assassination,
    /// An abduction or kidnapping.
    Abduction,
    /// A stabbing or other attack with a blade.
    Stabbing,
    /// An armed clash.
    Clash,
    /// A demonstration or march.
    Demonstration,
    /// A sit-in.
    SitIn,
    /// A strike from work or a hunger strike.
    StrikeAction,
    /// A signature (of an agreement).
    Sign,
    /// A visit.
    Visit,
    /// A telephone call.
    Call,
    /// A raid on a place by security forces (an arrest's mode).
    Raid,
}

/// Whether the text says the event happens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// The text says it happens (or will).
    #[default]
    Positive,
    /// The text says it does not (`لم`, `لن`, `عدم`, `نفى`).
    Negative,
}

/// When the event stands relative to the article.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// It happened or is happening.
    #[default]
    Asserted,
    /// It is planned, agreed or expected to happen (`سـ`, `سوف`, `لن`, `من المقرر`, a future
    /// date).
    Future,
    /// It may happen or may have happened (`قد` with an imperfect verb, `ربما`, `محتمل`).
    Possible,
}

/// A party to an event: a named entity, or the words that name it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Argument {
    /// The words that name the party, without leading clitics where they were cut.
    pub span: Span,
    /// The text of `span`.
    pub text: String,
    /// Index of the entity in [`Document::entities`](crate::Document::entities), when the party
    /// is a named entity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<usize>,
}

impl MapSpans for Argument {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
    }
}

/// What a count in an event counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CountKind {
    /// People killed.
    Killed,
    /// People injured.
    Injured,
    /// People arrested or detained.
    Arrested,
    /// People abducted.
    Abducted,
    /// Munitions used: rockets, shells, missiles, bombs.
    Munitions,
    /// Attacks or strikes.
    Attacks,
    /// People taking part (protesters).
    Participants,
}

/// A number the text gives for an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventCount {
    /// What is counted.
    pub kind: CountKind,
    /// The number (the lower bound of a range); 0 for `من دون تسجيل إصابات`.
    pub value: f64,
    /// The upper bound, for a range or an order of magnitude.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<f64>,
    /// Whether the text says the number is approximate or a bound (`نحو`, `أكثر من`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
    /// The words that give it.
    pub span: Span,
}

impl MapSpans for EventCount {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
    }
}

/// The time of an event: a temporal expression of the document, resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventTime {
    /// Index of the expression in [`Document::times`](crate::Document::times).
    pub time: usize,
    /// Its resolved ISO-8601 value, when it has one (copied for convenience).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// One event reported by a sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The type.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// How it was carried out, where the type has modes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<EventMode>,
    /// The word that signals the event (`اجتماع`, `استهدف`).
    pub trigger: Span,
    /// Index of the sentence in [`Document::sentences`](crate::Document::sentences).
    pub sentence: usize,
    /// Who did it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<Argument>,
    /// Whom or what it was done to, or with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<Argument>,
    /// Whether the actor was named by attribution (`تنسب ... إلى`) rather than as the subject.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub attributed: bool,
    /// Whether the text says no one claimed it (`لم تتبنها أي جهة`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unclaimed: bool,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<EventTime>,
    /// Where.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<Argument>,
    /// The numbers the text gives: killed, injured, munitions…
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counts: Vec<EventCount>,
    /// Whether the text says it happens or not.
    #[serde(default)]
    pub polarity: Polarity,
    /// Happened, planned or possible.
    #[serde(default)]
    pub modality: Modality,
    /// How sure the extractor is, from 0 to 1.
    #[serde(serialize_with = "super::confidence::serialize")]
    pub confidence: f32,
    /// Index in [`Document::events`](crate::Document::events) of an earlier record that reports
    /// the same event (a headline and the lead telling one attack). That first record carries
    /// what the later ones add; a table of events keeps only records without `same_as`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub same_as: Option<usize>,
}

impl MapSpans for Event {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.trigger = f(self.trigger);
        self.actors.map_spans(f);
        self.targets.map_spans(f);
        self.places.map_spans(f);
        self.counts.map_spans(f);
    }
}

/// Direct or reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// The words as spoken, in quotation marks.
    Direct,
    /// The content reported (`قال إن ...`, `كما قال المكتب ...`).
    Reported,
}

/// Something someone said.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// What was said (without the quotation marks of direct speech).
    pub span: Span,
    /// Direct or reported.
    pub kind: QuoteKind,
    /// The speech verb (`قال`, `أكد`, `أشاد`).
    pub trigger: Span,
    /// Who said it, when the sentence names them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Argument>,
    /// Index of the sentence in [`Document::sentences`](crate::Document::sentences).
    pub sentence: usize,
    /// Whether the verb denies rather than states (`نفى`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub denial: bool,
}

impl MapSpans for Quote {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
        self.trigger = f(self.trigger);
        if let Some(s) = self.speaker.as_mut() {
            s.map_spans(f);
        }
    }
}
