//! The words that signal events, and the words around them that decide their mode, their counts
//! and whether they count at all.
//!
//! Triggers are listed by their light stem (the past-tense verb, the verbal noun, the plural
//! where it is irregular); [`candidates`] turns a word into the keys it may be listed under, so
//! `وشنت`, `يستهدفون` and `للهجمات` find `شن`, `استهدف` and `هجمات`. Every key is compared in the
//! tagger's lossy normalization (`ة` = `ه`, `ى` = `ي`, bare alef for every hamza seat).

use std::sync::LazyLock;

use rasd_text::annotations::{CountKind, EventMode, EventType};
use rustc_hash::FxHashMap;

use super::word_list::WordList;
use super::words::{Form, Word};
use crate::ner::norm::{normalize, same};

/// How a trigger word signals its event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// A verb that names the event (`هاجم`, `اعتقل`): its subject is the actor.
    Verb,
    /// A noun that names the event (`هجوم`, `اجتماع`).
    Noun,
    /// A word that names the event only with support: another cue of the same type in the
    /// sentence (`مسيرة` is a march only among protest words), or a light verb before it
    /// (`أعرب عن تقدير`, `أطلق النار`).
    Weak,
    /// A casualty word (`مقتل`, `قتلى`): violence, unless the sentence speaks of an accident or
    /// an illness.
    Casualty,
}

/// A trigger entry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Trigger {
    pub kind: EventType,
    pub mode: Option<EventMode>,
    pub class: Class,
}

use Class::{Casualty, Noun, Verb, Weak};
use EventMode as M;
use EventType as T;

/// The trigger list: (key as written, type, mode, class).
const TRIGGERS: &[(&str, EventType, Option<EventMode>, Class)] = &[
    // MEET / CONSULT
    ("اجتمع", T::Meet, None, Verb),
    ("اجتماع", T::Meet, None, Noun),
    ("اجتماعات", T::Meet, None, Noun),
    ("التقى", T::Meet, None, Verb),
    ("التقي", T::Meet, None, Verb),
    ("لقاء", T::Meet, None, Noun),
    ("لقاءات", T::Meet, None, Noun),
    ("استقبل", T::Meet, None, Verb),
    ("قمة", T::Meet, None, Noun),
    ("زار", T::Meet, Some(M::Visit), Verb),
    ("زيارة", T::Meet, Some(M::Visit), Noun),
    ("محادثات", T::Meet, None, Noun),
    ("مباحثات", T::Meet, None, Noun),
    ("تباحث", T::Meet, None, Verb),
    ("مشاورات", T::Meet, None, Noun),
    ("تشاور", T::Meet, None, Verb),
    ("مفاوضات", T::Meet, None, Noun),
    ("تفاوض", T::Meet, None, Verb),
    ("اتصال", T::Meet, Some(M::Call), Weak),
    // AGREE
    ("اتفق", T::Agree, None, Verb),
    ("اتفاق", T::Agree, None, Noun),
    ("توافق", T::Agree, None, Verb),
    ("وافق", T::Agree, None, Verb),
    ("موافقة", T::Agree, None, Noun),
    ("وقع", T::Agree, Some(M::Sign), Weak),
    ("توقيع", T::Agree, Some(M::Sign), Noun),
    ("ابرم", T::Agree, Some(M::Sign), Verb),
    ("صادق", T::Agree, None, Verb),
    ("مصادقة", T::Agree, None, Noun),
    // WITHDRAW
    ("انسحب", T::Withdraw, None, Verb),
    ("انسحاب", T::Withdraw, None, Noun),
    ("سحب", T::Withdraw, None, Verb),
    // ASSAULT
    ("هاجم", T::Assault, None, Verb),
    ("هجم", T::Assault, None, Verb),
    ("هجوم", T::Assault, None, Noun),
    ("هجمات", T::Assault, None, Noun),
    ("هجمة", T::Assault, None, Noun),
    ("استهدف", T::Assault, None, Verb),
    ("استهداف", T::Assault, None, Noun),
    ("اعتدى", T::Assault, None, Verb),
    ("تعدى", T::Assault, None, Verb),
    ("اقتحم", T::Assault, None, Verb),
    ("اقتحام", T::Assault, None, Noun),
    ("اعتداء", T::Assault, None, Noun),
    ("اعتداءات", T::Assault, None, Noun),
    ("قصف", T::Assault, Some(M::Rockets), Verb),
    ("غارة", T::Assault, Some(M::AirStrike), Noun),
    ("غارات", T::Assault, Some(M::AirStrike), Noun),
    ("ضربة", T::Assault, Some(M::Strike), Noun),
    ("ضربات", T::Assault, Some(M::Strike), Noun),
    ("فجر", T::Assault, Some(M::Bombing), Verb),
    ("تفجير", T::Assault, Some(M::Bombing), Noun),
    ("تفجيرات", T::Assault, Some(M::Bombing), Noun),
    ("انفجر", T::Assault, Some(M::Bombing), Verb),
    ("انفجار", T::Assault, Some(M::Bombing), Noun),
    ("انفجارات", T::Assault, Some(M::Bombing), Noun),
    ("اغتال", T::Assault, Some(M::Assassination), Verb),
    ("اغتيال", T::Assault, Some(M::Assassination), Noun),
    ("اغتيالات", T::Assault, Some(M::Assassination), Noun),
    ("خطف", T::Assault, Some(M::Abduction), Verb),
    ("اختطف", T::Assault, Some(M::Abduction), Verb),
    ("اختطاف", T::Assault, Some(M::Abduction), Noun),
    ("طعن", T::Assault, Some(M::Stabbing), Verb),
    ("ذبح", T::Assault, None, Verb),
    ("كمين", T::Assault, None, Noun),
    ("مجزرة", T::Assault, None, Noun),
    ("مذبحة", T::Assault, None, Noun),
    ("اشتبك", T::Assault, Some(M::Clash), Verb),
    ("اشتباك", T::Assault, Some(M::Clash), Noun),
    ("اشتباكات", T::Assault, Some(M::Clash), Noun),
    ("قنص", T::Assault, Some(M::Shooting), Verb),
    // `ضرب` beats only with support (`تعرض للضرب`, `اعتدوا عليهم بالضرب`); alone it strikes
    // an example (`ضرب مثالا`) or a date.
    ("ضرب", T::Assault, None, Weak),
    ("نار", T::Assault, Some(M::Shooting), Weak),
    // Munitions are fired (`أطلق مسلحون صواريخ على`): with a verb of firing, an attack.
    ("صاروخ", T::Assault, Some(M::Rockets), Weak),
    ("صواريخ", T::Assault, Some(M::Rockets), Weak),
    ("قذيفة", T::Assault, Some(M::Rockets), Weak),
    ("قذائف", T::Assault, Some(M::Rockets), Weak),
    ("نيران", T::Assault, Some(M::Shooting), Weak),
    ("قتل", T::Assault, None, Casualty),
    ("مقتل", T::Assault, None, Casualty),
    ("قتلى", T::Assault, None, Casualty),
    ("قتيل", T::Assault, None, Casualty),
    ("مصرع", T::Assault, None, Casualty),
    ("جرحى", T::Assault, None, Casualty),
    ("جرح", T::Assault, None, Casualty),
    ("اصيب", T::Assault, None, Casualty),
    // PROTEST
    ("تظاهر", T::Protest, Some(M::Demonstration), Verb),
    ("تظاهرة", T::Protest, Some(M::Demonstration), Noun),
    ("تظاهرات", T::Protest, Some(M::Demonstration), Noun),
    ("مظاهرة", T::Protest, Some(M::Demonstration), Noun),
    ("مظاهرات", T::Protest, Some(M::Demonstration), Noun),
    ("متظاهر", T::Protest, Some(M::Demonstration), Weak),
    ("متظاهرون", T::Protest, Some(M::Demonstration), Weak),
    ("متظاهرين", T::Protest, Some(M::Demonstration), Weak),
    ("احتج", T::Protest, None, Verb),
    ("احتجاج", T::Protest, None, Noun),
    ("احتجاجات", T::Protest, None, Noun),
    ("احتجاجية", T::Protest, None, Noun),
    ("محتج", T::Protest, None, Weak),
    ("محتجون", T::Protest, None, Weak),
    ("محتجين", T::Protest, None, Weak),
    ("اعتصم", T::Protest, Some(M::SitIn), Verb),
    ("اعتصام", T::Protest, Some(M::SitIn), Noun),
    ("اعتصامات", T::Protest, Some(M::SitIn), Noun),
    ("معتصمون", T::Protest, Some(M::SitIn), Weak),
    ("معتصمين", T::Protest, Some(M::SitIn), Weak),
    ("اضرب", T::Protest, Some(M::StrikeAction), Verb),
    ("اضراب", T::Protest, Some(M::StrikeAction), Noun),
    ("اضرابات", T::Protest, Some(M::StrikeAction), Noun),
    ("مسيرة", T::Protest, Some(M::Demonstration), Weak),
    ("مسيرات", T::Protest, Some(M::Demonstration), Weak),
    ("احتشد", T::Protest, Some(M::Demonstration), Weak),
    ("تجمع", T::Protest, Some(M::Demonstration), Weak),
    ("تجمهر", T::Protest, Some(M::Demonstration), Verb),
    ("هتف", T::Protest, None, Weak),
    ("عصيان", T::Protest, None, Noun),
    // ARREST
    ("اعتقل", T::Arrest, None, Verb),
    ("اعتقال", T::Arrest, None, Noun),
    ("اعتقالات", T::Arrest, None, Noun),
    ("احتجز", T::Arrest, None, Verb),
    ("احتجاز", T::Arrest, None, Noun),
    ("توقيف", T::Arrest, None, Noun),
    ("توقيفات", T::Arrest, None, Noun),
    // `أوقف` stops anything (`أوقفت الحكومة دعمها`); only people after it make an arrest.
    ("اوقف", T::Arrest, None, Weak),
    ("القبض", T::Arrest, None, Noun),
    ("داهم", T::Arrest, Some(M::Raid), Verb),
    ("مداهمة", T::Arrest, Some(M::Raid), Noun),
    ("مداهمات", T::Arrest, Some(M::Raid), Noun),
    // ELECT / VOTE
    ("انتخب", T::Elect, None, Verb),
    ("انتخاب", T::Elect, None, Noun),
    ("انتخابات", T::Elect, None, Noun),
    ("اقتراع", T::Elect, None, Noun),
    ("تصويت", T::Elect, None, Noun),
    ("استفتاء", T::Elect, None, Noun),
    // AID / SUPPORT
    ("دعم", T::Aid, None, Noun),
    ("مساعدات", T::Aid, None, Noun),
    ("معونة", T::Aid, None, Noun),
    ("معونات", T::Aid, None, Noun),
    ("منحة", T::Aid, None, Noun),
    ("تبرع", T::Aid, None, Verb),
    ("اغاثة", T::Aid, None, Noun),
    // PRAISE
    ("اشاد", T::Praise, None, Verb),
    ("اشادة", T::Praise, None, Noun),
    ("رحب", T::Praise, None, Verb),
    ("ترحيب", T::Praise, None, Noun),
    ("ثمن", T::Praise, None, Verb),
    ("اثنى", T::Praise, None, Verb),
    ("امتدح", T::Praise, None, Verb),
    ("تهنئة", T::Praise, None, Noun),
    ("تقدير", T::Praise, None, Weak),
    ("تقديرهما", T::Praise, None, Weak),
    ("شكر", T::Praise, None, Verb),
    // ACCUSE / CRITICIZE
    ("اتهم", T::Accuse, None, Verb),
    ("اتهام", T::Accuse, None, Noun),
    ("اتهامات", T::Accuse, None, Noun),
    ("ندد", T::Accuse, None, Verb),
    ("تنديد", T::Accuse, None, Noun),
    ("ادان", T::Accuse, None, Verb),
    ("ادانة", T::Accuse, None, Noun),
    ("انتقد", T::Accuse, None, Verb),
    ("انتقادات", T::Accuse, None, Noun),
    ("استنكر", T::Accuse, None, Verb),
    ("استنكار", T::Accuse, None, Noun),
    ("شجب", T::Accuse, None, Verb),
    // THREATEN
    ("هدد", T::Threaten, None, Verb),
    ("تهديد", T::Threaten, None, Noun),
    ("تهديدات", T::Threaten, None, Noun),
    ("توعد", T::Threaten, None, Verb),
    // DEMAND
    ("طالب", T::Demand, None, Verb),
    ("مطالبة", T::Demand, None, Noun),
    ("ناشد", T::Demand, None, Verb),
    ("حث", T::Demand, None, Verb),
    ("دعا", T::Demand, None, Verb),
    // STATEMENT
    ("اعلن", T::Statement, None, Verb),
    ("بيان", T::Statement, None, Noun),
];

/// Verbs that carry an event named by the noun after them (`شنت ... ضربات`, `أطلق النار`,
/// `أعرب عن تقديره`, `عقده`, `نصبوا كمينا`, `توصلوا إلى اتفاق`): their subject is the actor of
/// that event.
const LIGHT_VERBS: &[&str] = &[
    "شن",
    "نفذ",
    "اطلق",
    "فتح",
    "وقع",
    "قدم",
    "اعرب",
    "عبر",
    "اصدر",
    "القى",
    "اجرى",
    "عقد",
    "شارك",
    "خرج",
    "نظم",
    "ارتكب",
    "تعرض",
    "جدد",
    "واصل",
    "وجه",
    "قام",
    "نصب",
    // An agreement is reached (`توصلت الحكومة إلى اتفاق`).
    REACHING,
];

/// The light verb of reaching (`توصل إلى اتفاق`), normalized: it carries only what follows its
/// `إلى` or `ل`.
pub(crate) const REACHING: &str = "توصل";

/// Attack verbs whose verbal noun is written as they are and means nothing else in news: after
/// a preposition they are that noun. Not `ذبح`, `قنص` or `طعن`, whose nouns are as often the
/// slaughter of animals, hunting and a legal appeal.
pub(crate) const SAME_AS_VERBAL_NOUN: [&str; 2] = ["قصف", "خطف"];

/// Whether the word, as written, is also the verbal noun of its verb (`قصف`, `خطف`).
pub(crate) fn spelt_as_verbal_noun(word: &Word) -> bool {
    SAME_AS_VERBAL_NOUN.contains(&word.norm.as_str())
}

/// Light verbs of the form `تفعّل`, whose verbal noun is spelt as they are (`توصل`, reached, and
/// `التوصل`, the reaching).
const LIGHT_SPELT_AS_NOUN: [&str; 1] = [REACHING];

/// Verbs of managing, light verbs too: their subject did what the verbal noun right after their
/// preposition names (`نجح الجيش في قتل`, `تمكنت الشرطة من اعتقال`, `أقدم مسلحون على خطف`).
pub(crate) const MANAGING_VERBS: [&str; 3] = ["نجح", "تمكن", "اقدم"];

/// Words that are never triggers although a suffix rule would make them one (`بيانات` is data,
/// not statements; `مظاهر` are appearances; `اتفاقية` names a standing treaty more often than it
/// reports an agreement being made).
const NOT_TRIGGERS: &[&str] = &[
    "بيانات",
    "مظاهر",
    "اتفاقية",
    "اتفاقيات",
    "دعوة",
    "هنا",
    "شكرا",
    "طالبا",
    "طالبة",
    "طالبات",
    "طلاب",
    "قمم",
    // `نصيب الفرد`, a share, spelt like `نُصيب` (we hit).
    "نصيب",
];

/// Words that, anywhere in a sentence, give an assault its mode.
const MODE_CUES: &[(&str, EventMode)] = &[
    ("اغتيال", M::Assassination),
    ("خطف", M::Abduction),
    ("اختطاف", M::Abduction),
    ("مسيرة", M::Drone),
    ("مسيرات", M::Drone),
    ("درون", M::Drone),
    ("غارة", M::AirStrike),
    ("غارات", M::AirStrike),
    ("جوية", M::AirStrike),
    ("جوي", M::AirStrike),
    ("طيران", M::AirStrike),
    ("صاروخ", M::Rockets),
    ("صواريخ", M::Rockets),
    ("صاروخي", M::Rockets),
    ("صاروخية", M::Rockets),
    ("قذيفة", M::Rockets),
    ("قذائف", M::Rockets),
    ("هاون", M::Rockets),
    ("مدفعية", M::Rockets),
    ("مدفعي", M::Rockets),
    ("كاتيوشا", M::Rockets),
    ("مفخخة", M::Bombing),
    ("مفخخ", M::Bombing),
    ("ناسفة", M::Bombing),
    ("عبوة", M::Bombing),
    ("عبوات", M::Bombing),
    ("انتحاري", M::Bombing),
    ("انتحارية", M::Bombing),
    ("حزام", M::Bombing),
    ("رصاص", M::Shooting),
    ("الرصاص", M::Shooting),
    ("رصاصة", M::Shooting),
    ("نار", M::Shooting),
    ("نيران", M::Shooting),
    ("نارية", M::Shooting),
    ("قناص", M::Shooting),
    ("رشاش", M::Shooting),
    ("رشاشة", M::Shooting),
    ("سكين", M::Stabbing),
    ("طعن", M::Stabbing),
];

/// Words that make a casualty word something other than violence.
const NOT_VIOLENCE: &[&str] = &[
    // `حادث` alone is any incident (`وفي حادث منفصل`); the road is what makes it an accident.
    "سير",
    "مرور",
    "مروري",
    "زلزال",
    "فيضان",
    "فيضانات",
    "سيول",
    // `غمرت المياه المنجم`: a flood; a casualty word with water is no attack.
    "مياه",
    "غرق",
    "حريق",
    "حرائق",
    "تحطم",
    "انهيار",
    "مرض",
    "فيروس",
    "وباء",
    "كورونا",
    "كوفيد",
    "جائحة",
    "عاصفة",
    "انفلونزا",
    "تسمم",
    "اختناق",
    "انزلاق",
    "مباراة",
    // Vehicles that collide (`حادث تصادم بين مركبتين`, `إثر اصطدام مركب بصندل`) and crowds
    // that crush (`قتل 11 شخصا في تدافع`): no one struck anyone.
    "اصطدام",
    "تصادم",
    "تدافع",
    // `تفشيا فتاكا لداء ... قتل أربعة`: a disease kills.
    "داء",
    "تفشي",
    // `الألعاب النارية`: fireworks, whose `نارية` is no gunfire.
    "العاب",
    // `الإعصار "سوديلور" خلف ستة قتلى`: storms, volcanoes, lightning and rain.
    "اعصار",
    "اعاصير",
    "بركان",
    "صاعقة",
    "امطار",
    // `مقتل رجل عضته الأفعى`: animals bite and sting.
    "افعى",
    "ثعبان",
    "لدغة",
];

/// Words that make a weak protest trigger a protest.
const PROTEST_CUES: &[&str] = &[
    "هتف",
    "هتافات",
    "شعارات",
    "لافتات",
    "رافعين",
    "رافعين",
    "احتجاجا",
    "تنديدا",
    "للمطالبة",
    "تضامنا",
    "مناهضة",
    "منددين",
    "مرددين",
    "غاضبون",
    "غاضبين",
];

/// Words of people killed, injured, arrested or abducted, and of munitions and attacks, as the
/// noun a number counts or the word before it (`مقتل 30`, `14 صاروخا`).
const COUNT_WORDS: &[(&str, CountKind)] = &[
    ("قتيل", CountKind::Killed),
    ("قتيلا", CountKind::Killed),
    ("قتلى", CountKind::Killed),
    ("مقتل", CountKind::Killed),
    ("قتل", CountKind::Killed),
    ("مصرع", CountKind::Killed),
    ("وفاة", CountKind::Killed),
    ("جريح", CountKind::Injured),
    ("جريحا", CountKind::Injured),
    ("جرحى", CountKind::Injured),
    ("اصابة", CountKind::Injured),
    ("جرح", CountKind::Injured),
    ("مصاب", CountKind::Injured),
    ("مصابين", CountKind::Injured),
    ("اعتقال", CountKind::Arrested),
    ("توقيف", CountKind::Arrested),
    ("معتقل", CountKind::Arrested),
    ("معتقلين", CountKind::Arrested),
    ("اعتقل", CountKind::Arrested),
    ("اوقف", CountKind::Arrested),
    ("اختطاف", CountKind::Abducted),
    ("خطف", CountKind::Abducted),
    ("رهينة", CountKind::Abducted),
    ("رهائن", CountKind::Abducted),
    ("صاروخ", CountKind::Munitions),
    ("صاروخا", CountKind::Munitions),
    ("صواريخ", CountKind::Munitions),
    ("قذيفة", CountKind::Munitions),
    ("قذائف", CountKind::Munitions),
    ("قنبلة", CountKind::Munitions),
    ("قنابل", CountKind::Munitions),
    ("عبوة", CountKind::Munitions),
    ("عبوات", CountKind::Munitions),
    ("طائرة", CountKind::Munitions),
    ("طائرات", CountKind::Munitions),
    ("هجوم", CountKind::Attacks),
    ("هجوما", CountKind::Attacks),
    ("هجمات", CountKind::Attacks),
    ("غارة", CountKind::Attacks),
    ("غارات", CountKind::Attacks),
    ("ضربة", CountKind::Attacks),
    ("ضربات", CountKind::Attacks),
    ("متظاهر", CountKind::Participants),
    ("متظاهرا", CountKind::Participants),
    ("متظاهرين", CountKind::Participants),
    ("محتج", CountKind::Participants),
    ("محتجين", CountKind::Participants),
];

/// Verbs after a number that say what happened to those it counts (`28 شخصا قتلوا`).
const COUNT_VERBS: &[(&str, CountKind)] = &[
    ("قتل", CountKind::Killed),
    ("لقي", CountKind::Killed),
    ("اصيب", CountKind::Injured),
    ("جرح", CountKind::Injured),
    ("اعتقل", CountKind::Arrested),
    ("خطف", CountKind::Abducted),
    ("اختطف", CountKind::Abducted),
];

/// Casualty nouns that, after `دون`/`لم`, say no one was hurt (`من دون تسجيل إصابات`).
pub(crate) const NO_CASUALTIES: &[(&str, &[CountKind])] = &[
    ("اصابات", &[CountKind::Injured]),
    ("جرحى", &[CountKind::Injured]),
    ("قتلى", &[CountKind::Killed]),
    ("ضحايا", &[CountKind::Killed, CountKind::Injured]),
    ("خسائر", &[CountKind::Killed, CountKind::Injured]),
];

/// A table keyed by normalized word.
struct Table<V> {
    map: FxHashMap<String, V>,
}

impl<V: Copy> Table<V> {
    fn new(rows: impl IntoIterator<Item = (&'static str, V)>) -> Self {
        Self {
            map: rows.into_iter().map(|(k, v)| (normalize(k), v)).collect(),
        }
    }

    fn get(&self, key: &str) -> Option<V> {
        self.map.get(key).copied()
    }

    fn contains(&self, key: &str) -> bool {
        self.map.contains_key(key)
    }
}

static TRIGGER_TABLE: LazyLock<Table<Trigger>> = LazyLock::new(|| {
    Table::new(
        TRIGGERS
            .iter()
            .map(|&(k, kind, mode, class)| (k, Trigger { kind, mode, class })),
    )
});
static LIGHT: LazyLock<Table<()>> =
    LazyLock::new(|| Table::new(LIGHT_VERBS.iter().chain(&MANAGING_VERBS).map(|&k| (k, ()))));
static STOP: LazyLock<Table<()>> =
    LazyLock::new(|| Table::new(NOT_TRIGGERS.iter().map(|&k| (k, ()))));
static MODES: LazyLock<Table<EventMode>> = LazyLock::new(|| Table::new(MODE_CUES.iter().copied()));
static ACCIDENT: LazyLock<Table<()>> =
    LazyLock::new(|| Table::new(NOT_VIOLENCE.iter().map(|&k| (k, ()))));
static PROTEST: LazyLock<Table<()>> =
    LazyLock::new(|| Table::new(PROTEST_CUES.iter().map(|&k| (k, ()))));
static COUNT_NOUNS: LazyLock<Table<CountKind>> =
    LazyLock::new(|| Table::new(COUNT_WORDS.iter().copied()));
static COUNT_VERB_TABLE: LazyLock<Table<CountKind>> =
    LazyLock::new(|| Table::new(COUNT_VERBS.iter().copied()));

/// Verb suffixes and noun endings a key may carry beyond its listed form, longest first.
const SUFFIXES: &[&str] = &["وا", "ون", "ين", "تا", "ات", "ت", "ا", "ن", "ه"];

/// The keys `word` may be listed under: its stem, its lemma, and the stem without a verb
/// suffix or an imperfect prefix (`يستهدفون` → `استهدف`).
fn compute_keys(word: &Form) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(8);
    // Slices of the word's own strings until kept: most forms give few new keys.
    let push = |s: &str, out: &mut Vec<String>| {
        if s.chars().count() >= 2 && !out.iter().any(|o| o == s) {
            out.push(s.to_owned());
        }
    };
    push(&word.stem, &mut out);
    if let Some(lemma) = &word.lemma {
        push(lemma, &mut out);
    }
    let mut bases: Vec<&str> = Vec::with_capacity(4);
    bases.push(&word.stem);
    // A conjunction the segmenter cut may have been the verb's first letter (`فجرت`).
    if word.conj && word.prep.is_none() && !word.det {
        bases.push(&word.norm);
    }
    for i in 0..bases.len() {
        let stem = bases[i];
        for suffix in SUFFIXES {
            // Doubled-root verbs have two letters left (`شنت` → `شن`).
            let shortest = if matches!(*suffix, "ت" | "وا") {
                2
            } else {
                3
            };
            if let Some(base) = stem.strip_suffix(suffix)
                && base.chars().count() >= shortest
            {
                bases.push(base);
                break;
            }
        }
    }
    for base in bases {
        push(base, &mut out);
        let mut chars = base.chars();
        if let Some(prefix @ ('ي' | 'ت' | 'ن')) = chars.next() {
            let rest = chars.as_str();
            let letters = rest.chars().count();
            if letters >= 3 {
                push(rest, &mut out);
                let with_alef = format!("ا{rest}");
                if !out.contains(&with_alef) {
                    out.push(with_alef);
                }
            } else if letters == 2 && prefix != 'ن' && !word.det && word.prep.is_none() {
                // A doubled root keeps two letters after the prefix (`يشن`, `تشن`).
                push(rest, &mut out);
            }
        }
    }
    out
}

/// Computes, once per word, the keys it may be listed under and what they make it: a trigger,
/// a light verb.
pub(crate) fn annotate(word: &mut Form) {
    if !word.is_word {
        return;
    }
    word.keys = compute_keys(word);
    // A light verb spelt like its verbal noun is that noun with the article, a preposition or
    // a pronoun (`بالتوصل إلى اتفاق`, `أعلن توصله لاتفاق`): it names the reaching, it has no
    // subject of its own.
    let noun_form = word.det || word.prep.is_some() || word.pron;
    word.light = word
        .keys
        .iter()
        .any(|k| LIGHT.contains(k) && !(noun_form && LIGHT_SPELT_AS_NOUN.contains(&k.as_str())));
    word.trigger = if STOP.contains(&word.stem) || STOP.contains(&word.norm) {
        None
    } else {
        word.keys
            .iter()
            .filter_map(|k| {
                let t = TRIGGER_TABLE.get(k)?;
                // The verbal noun of some attack verbs is spelt like the verb: after a
                // preposition it is that noun (`قام الجيش بقصف`).
                let verbal_noun = t.class == Verb
                    && SAME_AS_VERBAL_NOUN.contains(&k.as_str())
                    && word.prep.is_some()
                    && !word.det
                    && !word.nsuff
                    && word.vsuff.is_empty();
                Some(if verbal_noun {
                    Trigger { class: Noun, ..t }
                } else {
                    t
                })
            })
            // A verb takes neither the article nor a preposition (`الطالب` is a student, not
            // `طالب` 'demanded').
            // nor a noun suffix (`طالبان`).
            .find(|t| !(t.class == Verb && (word.det || word.prep.is_some() || word.nsuff)))
    };
}

/// Whether `key` (normalized) is a listed trigger key as it stands.
pub(crate) fn trigger_key(key: &str) -> bool {
    TRIGGER_TABLE.get(key).is_some()
}

/// The keys `word` may be listed under (see [`annotate`]).
pub(crate) fn candidates(word: &Word) -> &[String] {
    &word.keys
}

/// The trigger `word` is, if any.
pub(crate) fn trigger(word: &Word) -> Option<Trigger> {
    word.trigger
}

/// Whether `key` (normalized) is a listed light verb as it stands (`تعرض`, not `عرض`).
pub(crate) fn light_key(key: &str) -> bool {
    LIGHT.contains(key)
}

/// Whether `word` is a light verb (`شن`, `أطلق`, `عقد`).
pub(crate) fn is_light_verb(word: &Word) -> bool {
    word.light
}

/// The assault mode a word suggests.
pub(crate) fn mode_cue(word: &Word) -> Option<EventMode> {
    MODES
        .get(&word.stem)
        .or_else(|| MODES.get(&word.norm))
        .or_else(|| word.lemma.as_deref().and_then(|l| MODES.get(l)))
}

/// Words of crashes and of road, river and fire accidents (normalized stems): an article that
/// tells of one tells of its dead in later sentences too. (Not `سير` or `مرور`, which are as
/// often the course of talks and the passing of a year, nor `انقلاب`, a coup.)
static CRASH_CUES: WordList =
    WordList::new(&["مروري", "اصطدام", "تصادم", "تحطم", "غرق", "حريق", "حرائق"]);

/// Whether a word tells of a crash or an accident of the road, rail, river or fire.
pub(crate) fn is_crash_cue(word: &Word) -> bool {
    CRASH_CUES.contains(&word.stem)
}

/// Whether a word is responsibility, as claimed for an attack (`مسؤوليته`, `المسؤولية`; stems
/// are normalized, so `ؤ` is written `و`), not `مسؤولين`, officials.
pub(crate) fn is_responsibility(word: &Word) -> bool {
    ["مسووليه", "مسووليت"]
        .iter()
        .any(|k| word.stem.starts_with(k))
}

/// Whether a word speaks of an accident, a disaster or an illness.
pub(crate) fn is_accident_cue(word: &Word) -> bool {
    ACCIDENT.contains(&word.stem) || word.lemma.as_deref().is_some_and(|l| ACCIDENT.contains(l))
}

/// Whether a word supports a weak protest trigger.
pub(crate) fn is_protest_cue(word: &Word) -> bool {
    PROTEST.contains(&word.stem) || PROTEST.contains(&word.norm)
}

/// What a noun counts, as the counted noun or the word before a number.
pub(crate) fn count_noun(word: &Word) -> Option<CountKind> {
    COUNT_NOUNS
        .get(&word.stem)
        .or_else(|| word.lemma.as_deref().and_then(|l| COUNT_NOUNS.get(l)))
}

/// Whether the word is an aircraft (`طائرة`, `الطائرات`; stems are normalized, so `ئ` is
/// written `ي`), a helicopter (`مروحية`, `المروحيات`), fighter jets (`مقاتلات التحالف`; the
/// singular `مقاتلة` is as often a woman who fights) or aviation as a force (`الطيران
/// الحربي`, `طيران التحالف`).
pub(crate) fn is_aircraft(word: &Word) -> bool {
    word.stem.starts_with("طاير")
        || word.stem.starts_with("مروحي")
        || word.stem == "طيران"
        || word.stem == "مقاتلات"
}

/// Road and rail vehicles (`مركبة`, `سيارتهم`, `حافلة`); by stem or lemma.
const VEHICLES: &[&str] = &["مركبة", "سيارة", "حافلة", "شاحنة", "قطار", "دراجة"];

/// Whether the word is a road or rail vehicle (`المركبة`, `سيارتهم`, `قطار`).
pub(crate) fn is_vehicle(word: &Word) -> bool {
    VEHICLES
        .iter()
        .any(|k| same(&word.stem, k) || word.lemma.as_deref().is_some_and(|l| same(l, k)))
}

/// Whether the word counts munitions (`صاروخ`, `قذيفة`): a weapon, never a target or a party.
pub(crate) fn is_munition(word: &Word) -> bool {
    count_noun(word) == Some(CountKind::Munitions)
}

/// What a verb after a number says happened to those counted.
pub(crate) fn count_verb(word: &Word) -> Option<CountKind> {
    candidates(word)
        .iter()
        .find_map(|k| COUNT_VERB_TABLE.get(k))
}

/// What a casualty noun denied by `دون`/`لم` sets to zero.
pub(crate) fn no_casualties(word: &Word) -> Option<&'static [CountKind]> {
    NO_CASUALTIES
        .iter()
        .find(|(k, _)| same(&word.stem, k))
        .map(|(_, kinds)| *kinds)
}

/// Verbal nouns that open what a verb of speech says (`أكد ضرورة`, `أعلن انتهاء`),
/// normalized: what was said, never who says or does it.
const SAID_NOUNS: &[&str] = &[
    "ضرورة",
    "اهمية",
    "حرص",
    "استمرار",
    "التزام",
    "رفض",
    "سيطرة",
    "عدم",
    "وجود",
    "استعداد",
    "عزم",
    "اعتزام",
    "تمسك",
    "حاجة",
    "انتهاء",
    "بدء",
    "نجاح",
    "فشل",
    "تضامن",
    "وقوف",
    "سعي",
    "قرب",
    "اكتمال",
];

/// Whether `w` is one of [`SAID_NOUNS`] heading a construct: bare, without the article, a
/// preposition, a pronoun or a name.
pub(crate) fn is_said_noun(w: &Word) -> bool {
    !w.det
        && w.prep.is_none()
        && !w.conj
        && !w.pron
        && w.mention.is_none()
        && SAID_NOUNS
            .iter()
            .any(|k| same(&w.stem, k) || same(&w.norm, k))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(stem: &str) -> Word {
        let mut w = Form {
            norm: normalize(stem),
            stem: normalize(stem),
            is_word: true,
            ..Form::default()
        };
        annotate(&mut w);
        Word::of(w)
    }

    #[test]
    fn verb_forms_find_their_listed_key() {
        for (form, kind) in [
            ("شنت", None),
            ("استهدفوا", Some(T::Assault)),
            ("يستهدف", Some(T::Assault)),
            ("ينسحب", Some(T::Withdraw)),
            ("تظاهروا", Some(T::Protest)),
            ("اعتقلت", Some(T::Arrest)),
            ("هجمات", Some(T::Assault)),
        ] {
            assert_eq!(trigger(&word(form)).map(|t| t.kind), kind, "{form}");
        }
        assert!(is_light_verb(&word("شنت")));
    }

    #[test]
    fn data_and_treaties_are_not_triggers() {
        assert!(trigger(&word("بيانات")).is_none());
        assert!(trigger(&word("اتفاقية")).is_none());
    }
}
