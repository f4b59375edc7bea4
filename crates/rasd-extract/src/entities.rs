//! Resolution of entity mentions within one article.
//!
//! The tagger finds names; this step decides which of them are the same entity and what the
//! article says each one is:
//!
//! * **Same name.** Mentions with the same clitic-free, article-free form are one entity
//!   (`العراق`, `للعراق`, `بالعراق`), whatever type the tagger gave each (the majority wins).
//! * **Head word and first names.** A person mention that is the last (family) words of
//!   exactly one longer person name is that person (`بايدن` → `جوزيف بايدن`); so is one that
//!   is its first words, when no other person's name begins or ends so (`ماجد` → `ماجد العنزي`,
//!   `عبدالرحمن بن ناصر` → `عبدالرحمن بن ناصر بن فهد`).
//! * **Short names in parentheses.** `بعثة الأمم المتحدة لمساعدة العراق(يونامي)` makes
//!   `يونامي` another name of the mission, found by the tagger or not.
//! * **Titles and roles.** A title run just before a person's name (`الرئيس الأميركي جوزيف
//!   بايدن`), before a comma that sets the name off (`وزير الخارجية، فؤاد حسين، …`) or after
//!   the name and a comma (`فؤاد حسين، وزير الخارجية العراقي`) is a role of that person, a construct phrase running to the defined word that completes it (`رئيس قطاع
//!   الطاقة المتجددة`) and ending at a preposition or a second title; later, a role of two
//!   words or more standing alone refers to the one person who had it, when only one did.
//!
//! * **Names without their kind noun.** `القاعدة` after `تنظيم القاعدة` is that organisation;
//!   a kind noun alone (`حزب`, `المدينة`) or the adjective of a named place (`الليبي`) is none.
//!   An organisation named by a noun and relational adjectives is also named by the noun alone
//!   (`الحشد` after `قوات الحشد الشعبي`), when the noun is rare and no kind noun; and one
//!   word that begins exactly one longer organisation name, before a word without the article,
//!   is that organisation (`بايرن` of `بايرن ميونيخ`).
//! * **The kind noun types the name.** A name right after a kind-of-place or
//!   kind-of-organisation noun is of that kind (`مجموعة فولكسفاغن`, `ولاية تورينغن`); for a
//!   rare name the noun outweighs the tagger's other readings. A title or place noun governing
//!   a place in a construct phrase makes that place of a name read as a person's (`محافظ رأس
//!   تنورة سالم …`).
//! * **Names cut back.** What the tagger glued to a person's name (a role, the next words of
//!   the sentence, a title before it, a blessing such as `رضي الله عنه`) and words written
//!   with tanween are cut where the article shows the name ends; a place name in quotation
//!   marks is a publication (in a headline, only when something is said to it).
//!
//! The canonical name is the longest name seen. Nothing here knows any particular name.

use std::sync::LazyLock;

use rasd_text::annotations::{Entity, EntityType, Mention, MentionForm, Role};
use rasd_text::segment::SegmentKind;
use rasd_text::{BlockRole, Document, Span, TokenKind};
use rustc_hash::FxHashMap;

use crate::name_segments::PREPOSITIONS;
use crate::ner::gazetteer::{
    MORE_PERSON_TITLES, ORGANISATION_TRIGGERS, PERSON_TRIGGERS, PLACE_TRIGGERS, Trigger, Triggers,
};
use crate::ner::lexicon::{FreqLexicon, offset_after_letters, without_article};
use crate::ner::lineage::SON_OF;
use crate::ner::norm::{normalize, same};

/// Words of the person-trigger list that are kinship or courtesy words, not roles.
const NOT_ROLES: &[&str] = &[
    "نجل",
    "ابن",
    "ابنة",
    "شقيق",
    "زوجة",
    "زوج",
    "أرملة",
    "الزميل",
    "زميله",
    "السيد",
    "السيدة",
    "د",
    "الحاج",
];

/// Indefinite nouns that continue a title as the first part of a construct phrase (`رئيس
/// وزراء العراق`, `رئيس حكومة إقليم كردستان`), unordered.
const CONSTRUCT_WORDS: &[&str] = &[
    "وزراء",
    "خارجية",
    "دفاع",
    "داخلية",
    "مالية",
    "حكومة",
    "مجلس",
    "إقليم",
    "هيئة",
    "جمهورية",
    "دولة",
    "أركان",
    "بعثة",
    "لجنة",
    "حزب",
    "منظمة",
    "جامعة",
    "شركة",
    "وزارة",
    "مكتب",
];

/// Those a speaker addresses, after `ل` (with the article): not part of a role.
const AUDIENCES: &[&str] = &[
    "الصحفيين",
    "الصحافيين",
    "الصحافة",
    "الصحيفة",
    "المراسلين",
    "الحاضرين",
    "المشاركين",
    "الجميع",
    "الوكالة",
    "القناة",
];

/// Nouns, besides organisation and place nouns, that open the prepositional phrase of a role
/// in construct with a name (`المتحدث باسم الوزارة`, `نائب المدير لشؤون الرياضة`).
const ROLE_PHRASE_NOUNS: &[&str] = &[
    "اسم",
    "شؤون",
    "قسم",
    "إدارة",
    "فرع",
    "صحيفة",
    "مستشفى",
    "نادي",
    "قطاع",
    "مجموعة",
];

/// Organisation nouns that head a name made of the noun and a relational adjective (`التحالف
/// الدولي`, `المفوضية الأوروبية`), possibly with a defined noun between (`مجلس التعاون
/// الخليجي`, `وزارة الداخلية التركية`, `صندوق النقد الدولي`), unordered.
const ORGANISATION_HEADS: &[&str] = &[
    "مجلس",
    "المجلس",
    "تحالف",
    "التحالف",
    "منظمة",
    "المنظمة",
    "بعثة",
    "البعثة",
    "اتحاد",
    "الاتحاد",
    "جبهة",
    "الجبهة",
    "هيئة",
    "الهيئة",
    "وزارة",
    "لجنة",
    "مفوضية",
    "المفوضية",
    "محكمة",
    "المحكمة",
    "بنك",
    "البنك",
    "صندوق",
    "وكالة",
    "الوكالة",
    "حزب",
    "الحزب",
    "مرصد",
    "المرصد",
];

/// Words shaped like relational adjectives (`ال…ي`, `ال…ية`) that say when, which or how many,
/// not what kind: they end an organisation phrase instead of naming it, unordered.
const NOT_RELATIONAL: &[&str] = &[
    "الذي",
    "التي",
    "الحالي",
    "الحالية",
    "الماضي",
    "الماضية",
    "التالي",
    "التالية",
    "الثاني",
    "الثانية",
    "الأولى",
    "الكبرى",
    "الأخرى",
    "الجاري",
    "الجارية",
    "الرئيسي",
    "الرئيسية",
    "المقبلة",
    "الإضافية",
    "الحقيقي",
    "الحقيقية",
    "الأعلى",
    "الأدنى",
];

/// Nouns used as prepositions and adverbs of time (normalized): the first part of a construct
/// phrase in form, but they start a new phrase after a role (`سفير … لدى الأردن`), unordered.
const ADVERBIAL_NOUNS: &[&str] = &[
    "امس",
    "غدا",
    "لدي",
    "نحو",
    "بشان",
    "وفق",
    "حول",
    "عند",
    "بين",
    "ضد",
    "دون",
    "عبر",
    "خلال",
    "منذ",
    "ازاء",
    "حيال",
    "جراء",
    "تجاه",
    "عقب",
    "اثر",
    "قرب",
    "امام",
    "خلف",
    "بعد",
    "قبل",
    "مع",
    "حتي",
    "داخل",
    "خارج",
    "فوق",
    "تحت",
    "ضمن",
    "لصالح",
    "بسبب",
    "اثناء",
    "طوال",
    "حسب",
    "بحسب",
    // after `ب` or `ل`
    "جانب",
    "جوار",
    "رفقه",
    "صحبه",
    "مناسبه",
    "مده",
    "اجل",
    "شان",
    "خصوص",
    "حضور",
    "مشاركه",
    "فضل",
    "واسطه",
];

/// Relational adjectives rarer than this rank are not taken for part of an organisation name.
const ADJECTIVE_RANK: u32 = 30_000;

/// Words more frequent than this rank are not taken for short names in parentheses.
const RARE_RANK: u32 = 3000;

/// Longest role, in words.
const MAX_ROLE_WORDS: usize = 5;

/// What resolution reads: titles and the word list that guides clitic stripping.
#[derive(Debug, Clone)]
pub struct Resolver {
    titles: Vec<String>,
    triggers: Triggers,
    construct: Vec<String>,
    org_heads: Vec<String>,
    not_relational: Vec<String>,
    place_nouns: Vec<String>,
    org_nouns: Vec<String>,
}

impl Default for Resolver {
    fn default() -> Self {
        let not_roles: Vec<String> = NOT_ROLES.iter().map(|w| normalize(w)).collect();
        let mut titles: Vec<String> = PERSON_TRIGGERS
            .iter()
            .chain(MORE_PERSON_TITLES)
            .map(|w| normalize(w))
            .filter(|w| !not_roles.contains(w))
            .collect();
        titles.sort_unstable();
        titles.dedup();
        let mut construct: Vec<String> = CONSTRUCT_WORDS.iter().map(|w| normalize(w)).collect();
        construct.sort_unstable();
        let sorted = |list: &[&str]| {
            let mut v: Vec<String> = list.iter().map(|w| normalize(w)).collect();
            v.sort_unstable();
            v
        };
        Self {
            titles,
            triggers: Triggers::default(),
            construct,
            org_heads: sorted(ORGANISATION_HEADS),
            not_relational: sorted(NOT_RELATIONAL),
            place_nouns: sorted(PLACE_TRIGGERS),
            org_nouns: sorted(ORGANISATION_TRIGGERS),
        }
    }
}

/// One token as resolution sees it.
#[derive(Clone)]
struct Word {
    /// Normalized, proclitics removed.
    bare: String,
    /// Normalized as written, proclitics and all.
    whole: String,
    /// Proclitic letters removed.
    clitics: usize,
    /// Index of the mention covering the token.
    mention: Option<usize>,
    /// Whether it is a word (Arabic or Latin).
    is_word: bool,
    /// Whether it is a comma.
    is_comma: bool,
}

impl Resolver {
    fn is_title(&self, bare: &str) -> bool {
        self.titles
            .binary_search_by(|t| t.as_str().cmp(bare))
            .is_ok()
    }

    fn continues_role(&self, bare: &str) -> bool {
        bare.starts_with("ال") && bare.chars().count() > 3
            || self
                .construct
                .binary_search_by(|t| t.as_str().cmp(bare))
                .is_ok()
            || self.is_title(bare)
    }

    /// Fills `doc.entities` from `doc.mentions` and links every mention to its entity; adds
    /// mentions for short names in parentheses and for roles standing alone.
    pub fn resolve(&self, doc: &mut Document, lexicon: &FreqLexicon) {
        doc.mentions.sort_by_key(|m| (m.span.start, m.span.end));
        doc.mentions.dedup_by_key(|m| m.span);
        publisher_is_an_organisation(doc);
        let base = self.base_words(doc, lexicon);
        let mut words = base.clone();
        Self::cover(doc, &mut words, &base);
        self.add_acronyms(doc, &words, lexicon);
        Self::cover(doc, &mut words, &base);
        self.add_organisation_phrases(doc, &words, lexicon);
        Self::cover(doc, &mut words, &base);
        self.add_area_bodies(doc, &words);
        Self::cover(doc, &mut words, &base);
        propagate(doc, &words, lexicon, &|w: &str| {
            self.is_organisation_noun(w)
        });
        Self::cover(doc, &mut words, &base);
        self.drop_lone_kind_nouns(doc, &words);
        Self::cover(doc, &mut words, &base);
        self.trim_person_names(doc, &words);
        Self::cover(doc, &mut words, &base);
        self.places_in_construct(doc, &words);
        quoted_places_are_publications(doc, &words, &self.place_nouns);
        Self::cover(doc, &mut words, &base);
        let is_kind_noun = |w: &str| {
            matches!(
                self.triggers.get(w),
                Some(Trigger::Place | Trigger::Organisation | Trigger::Other)
            )
        };
        // The kind noun says what the name is (`جيش الإسلام` is an organisation), whatever the
        // tagger made of the name without it.
        for (i, j) in introduced_names(&doc.mentions, &is_kind_noun) {
            let kind = doc.mentions[j].kind;
            doc.mentions[i].kind = kind;
        }
        let decisive = self.kinds_by_noun(doc, &words, lexicon);
        let groups = group(&doc.mentions, is_kind_noun);
        let mut entities: Vec<Entity> = Vec::new();
        let mut entity_of_group: FxHashMap<usize, usize> = FxHashMap::default();
        for (m, g) in groups.iter().enumerate() {
            let next = entity_of_group.len();
            let e = *entity_of_group.entry(*g).or_insert(next);
            if e == entities.len() {
                entities.push(Entity {
                    name: String::new(),
                    kind: doc.mentions[m].kind,
                    aliases: Vec::new(),
                    roles: Vec::new(),
                    mentions: 0,
                });
            }
            doc.mentions[m].entity = Some(e);
        }
        finish_entities(doc, &mut entities, &decisive);
        self.add_roles(doc, &words, &mut entities);
        self.add_role_mentions(doc, &words, &mut entities);
        for e in &mut entities {
            e.mentions = 0;
        }
        for m in &doc.mentions {
            if let Some(e) = m.entity.and_then(|e| entities.get_mut(e)) {
                e.mentions += 1;
            }
        }
        doc.entities = entities;
    }

    /// Place names the tagger split or read as persons where a noun governs them in a construct
    /// phrase:
    ///
    /// * after an indefinite title, two person names side by side are the title's place and
    ///   its holder (`محافظ رأس تنورة سالم الحربي`: the governor of Ras Tanura, Salem
    ///   al-Harbi): one title has one holder, so the first is a place;
    /// * after an indefinite place noun, a place followed at once by a one-word person name is
    ///   one place (`محافظة رأس تنورة`), as a person's name does not follow a place's with
    ///   nothing between.
    fn places_in_construct(&self, doc: &mut Document, words: &[Word]) {
        let mut merges: Vec<usize> = Vec::new();
        for i in 0..doc.mentions.len().saturating_sub(1) {
            let (a, b) = (&doc.mentions[i], &doc.mentions[i + 1]);
            if a.form != MentionForm::Name || b.form != MentionForm::Name {
                continue;
            }
            let (ra, rb) = (doc.token_range(a.span), doc.token_range(b.span));
            let starts_word = doc
                .tokens
                .get(ra.start)
                .is_some_and(|t| t.span.start == a.span.start);
            if ra.is_empty() || ra.end != rb.start || !starts_word {
                continue;
            }
            let Some(noun) = ra
                .start
                .checked_sub(1)
                .and_then(|p| words.get(p))
                .filter(|w| w.is_word && w.mention.is_none() && !w.bare.starts_with("ال"))
            else {
                continue;
            };
            if a.kind == EntityType::Per && b.kind == EntityType::Per && self.is_title(&noun.bare) {
                doc.mentions[i].kind = EntityType::Loc;
            } else if a.kind == EntityType::Loc
                && b.kind == EntityType::Per
                && rb.len() == 1
                && self.place_nouns.binary_search(&noun.bare).is_ok()
            {
                merges.push(i);
            }
        }
        for &i in merges.iter().rev() {
            let next = doc.mentions.remove(i + 1);
            let m = &mut doc.mentions[i];
            m.span = Span::new(m.span.start, next.span.end);
            m.name = format!("{} {}", m.name, next.name);
        }
    }

    /// Types names right after a kind-of-place or kind-of-organisation noun by that noun
    /// (`مجموعة فولكسفاغن`: an organisation; `ولاية تورينغن`: a place), whatever the tagger
    /// read; returns, for each mention, whether that type should decide its entity's type.
    ///
    /// The noun decides for a rare name (every word rarer than [`RARE_RANK`]): an unfamiliar
    /// name is known to the reader only by the noun that introduces it. A common one (`جامعة
    /// القاهرة`, `منتخب مصر`) is a place the article may name in its own right elsewhere: the
    /// noun's type counts as one sighting. A person's name after a place noun is a place named
    /// after a person or a name misread (`محافظة رأس تنورة`); after an organisation noun it
    /// stays a person's name inside the organisation's (`مركز الملك سلمان`). Nouns of both
    /// kinds (`قناة`) say nothing.
    fn kinds_by_noun(
        &self,
        doc: &mut Document,
        words: &[Word],
        lexicon: &FreqLexicon,
    ) -> Vec<bool> {
        let mut decisive = vec![false; doc.mentions.len()];
        for (k, m) in doc.mentions.iter_mut().enumerate() {
            if m.form != MentionForm::Name {
                continue;
            }
            let at = doc.tokens.partition_point(|t| t.span.end <= m.span.start);
            if doc
                .tokens
                .get(at)
                .is_none_or(|t| t.span.start != m.span.start)
            {
                continue;
            }
            let Some(noun) = at
                .checked_sub(1)
                .and_then(|p| words.get(p))
                .filter(|w| w.is_word && w.mention.is_none())
            else {
                continue;
            };
            // A national team is named by its country (`منتخب تشيلي`): the name stays a place.
            if matches!(noun.bare.as_str(), "منتخب" | "المنتخب") {
                continue;
            }
            let find = |list: &[String]| list.binary_search(&noun.bare).is_ok();
            let kind = match (find(&self.place_nouns), find(&self.org_nouns)) {
                (true, false) => EntityType::Loc,
                (false, true) if m.kind != EntityType::Per => EntityType::Org,
                _ => continue,
            };
            let rare = m.name.split(' ').all(|w| lexicon.rank(w) > RARE_RANK);
            if let Some(d) = decisive.get_mut(k) {
                *d = rare && m.kind != EntityType::Per;
            }
            m.kind = kind;
        }
        decisive
    }

    /// Drops one-word mentions that are a kind-of noun (`حزب`, `المدينة`, `الاتفاق`,
    /// `ميليشيا`): the word that introduces a name (`حزب الله`, `مدينة حلب`) is no name on its
    /// own; and one-word places or organisations that are the relational adjective of a place
    /// the article names (`الليبي` where `ليبيا` is named): an adjective whose noun the tagger
    /// missed. A word that is a later word of one of the article's longer names (`القاعدة`
    /// after `تنظيم القاعدة`) stays.
    fn drop_lone_kind_nouns(&self, doc: &mut Document, words: &[Word]) {
        let mut name_parts: Vec<&str> = Vec::new();
        for m in &doc.mentions {
            let range = doc.token_range(m.span);
            name_parts.extend(
                words
                    .get(range)
                    .unwrap_or(&[])
                    .iter()
                    .filter(|w| w.is_word)
                    .skip(1)
                    .map(|w| without_article(&w.bare)),
            );
        }
        let places: Vec<String> = doc
            .mentions
            .iter()
            .filter(|m| m.kind == EntityType::Loc && !m.name.contains(' '))
            .map(|m| without_article(&m.name).to_owned())
            .collect();
        let keep: Vec<bool> = doc
            .mentions
            .iter()
            .map(|m| {
                let range = doc.token_range(m.span);
                let [w] = words.get(range).unwrap_or(&[]) else {
                    return true;
                };
                let bare = without_article(&w.bare);
                let kind = [w.bare.clone(), bare.to_owned(), format!("ال{bare}")]
                    .iter()
                    .any(|v| {
                        matches!(
                            self.triggers.get(v),
                            Some(Trigger::Place | Trigger::Organisation | Trigger::Other)
                        )
                    });
                let nisba = m.kind != EntityType::Per && is_nisba_of(&w.bare, &places);
                m.form != MentionForm::Name || !(kind || nisba) || name_parts.contains(&bare)
            })
            .collect();
        let mut keep = keep.into_iter();
        doc.mentions.retain(|_| keep.next().unwrap_or(true));
    }

    /// Cuts what the tagger glued to a person's name, on evidence from the article:
    ///
    /// * a title inside the name and followed by more words starts a role, not a name
    ///   (`محمد بن سلمان ولي العهد` → `محمد بن سلمان`), unless it follows `بن` or `عبد`,
    ///   where it is a given name (`عبدالله بن مساعد بن عبدالعزيز`);
    /// * a word after a word that ends another person's name in the article, where the next
    ///   word belongs to no person's name, is the sentence going on (`X عسيري ولد في` after
    ///   `بندر محمد عسيري`: born);
    /// * a title with the article starting a person's name is a role (`اللواء التركي`), and a verb
    ///   ending another name is the headline going on (`عدن سنستعيد`);
    /// * words before the whole of another person's name of two words or more, when the word
    ///   just before it ends yet another person's name, are that other name and what follows it
    ///   (`هادي يعين نايف البكري` after `نايف البكري` and `عبدربه منصور هادي`).
    fn trim_person_names(&self, doc: &mut Document, words: &[Word]) {
        let person_words = |m: &Mention| -> Vec<String> {
            doc.token_range(m.span)
                .filter_map(|i| words.get(i).filter(|w| w.is_word).map(|w| w.bare.clone()))
                .collect()
        };
        let persons: Vec<(usize, Vec<String>)> = doc
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.kind == EntityType::Per && m.form == MentionForm::Name)
            .map(|(k, m)| (k, person_words(m)))
            .collect();
        let mut cuts: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
        for (k, name) in &persons {
            let range = doc.token_range(doc.mentions[*k].span);
            // Only names whose tokens are all words map word for word onto their tokens.
            if name.len() < 3 || name.len() != range.len() {
                continue;
            }
            let others = persons.iter().filter(|(o, _)| o != k);
            let mut end = name.len();
            let is_nasab = |w: &str| matches!(w, "بن" | "ابن" | "بنت" | "ابو" | "ال");
            // After `بن` (or the Mauritanian `ولد`) a title word is a given name (`عبدالله بن
            // مساعد بن عبدالعزيز`, `ولد الشيخ أحمد`). (`ولد` is also "was born", which a name
            // another name ends before does not take: `خالد العتيبي ولد في`.)
            if let Some(t) = (2..name.len() - 1).find(|&t| {
                self.is_title(&name[t])
                    && !is_nasab(&name[t - 1])
                    && !matches!(name[t - 1].as_str(), "عبد" | "ولد")
            }) {
                end = t;
            }
            if let Some(t) = (2..end).find(|&t| {
                let ends_other = others
                    .clone()
                    .any(|(_, o)| o != name && o.last().is_some_and(|l| *l == name[t - 1]));
                ends_other
                    && !is_nasab(&name[t])
                    && !others.clone().any(|(_, o)| o.contains(&name[t]))
            }) {
                end = t;
            }
            let mut start = 0;
            if let Some(t) = (1..end.saturating_sub(1)).find(|&t| {
                others
                    .clone()
                    .any(|(_, o)| o.len() >= 2 && o.as_slice() == &name[t..end])
                    && others
                        .clone()
                        .any(|(_, o)| o.len() < name.len() && o.last() == Some(&name[t - 1]))
            }) {
                start = t;
            }
            if start > 0 || end < name.len() {
                cuts.push((*k, range.start + start..range.start + end));
            }
        }
        // Leading titles of a person (`اللواء التركي`), blessings after a person's name,
        // trailing verbs of other names (`عدن سنستعيد` in a headline) and trailing words with
        // tanween.
        for (k, m) in doc.mentions.iter().enumerate() {
            let range = doc.token_range(m.span);
            if m.name.split_whitespace().count() < 2
                || m.form != MentionForm::Name
                || cuts.iter().any(|c| c.0 == k)
            {
                continue;
            }
            let (mut start, mut end) = (range.start, range.end);
            // A word written with tanween is an indefinite common word (`انخفاضاً`), never
            // part of a name.
            let tanween = |t: &rasd_text::Token| has_tanween(t.text(&doc.text));
            while end - start > 1 && doc.tokens.get(end - 1).is_some_and(tanween) {
                end -= 1;
                while end - start > 1 && words.get(end - 1).is_some_and(|w| !w.is_word) {
                    end -= 1;
                }
            }
            if m.kind == EntityType::Per {
                while end - start > 1
                    && words
                        .get(start)
                        .is_some_and(|w| w.bare.starts_with("ال") && self.is_title(&w.bare))
                {
                    start += 1;
                }
                // A blessing after a name (`رضي الله عنه`, `صلى الله عليه`): its verb and
                // `الله` are not the name's, whatever names end in `الله` (`عبد الله`).
                let blessing = words.get(end).is_some_and(|w| {
                    matches!(
                        w.whole.as_str(),
                        "عنه"
                            | "عنها"
                            | "عنهما"
                            | "عنهم"
                            | "عليه"
                            | "عليها"
                            | "عليهما"
                            | "عليهم"
                    )
                });
                if blessing
                    && end - start > 2
                    && words.get(end - 1).is_some_and(|w| w.whole == "الله")
                {
                    end -= 2;
                }
            } else {
                while end - start > 1
                    && doc.tokens.get(end - 1).is_some_and(|t| {
                        t.segments
                            .iter()
                            .any(|s| matches!(s.kind, SegmentKind::Fut | SegmentKind::Vprefix))
                    })
                {
                    end -= 1;
                    // And whatever is not a word before it.
                    while end - start > 1 && words.get(end - 1).is_some_and(|w| !w.is_word) {
                        end -= 1;
                    }
                }
            }
            if (start, end) != (range.start, range.end) {
                cuts.push((k, start..end));
            }
        }
        for (k, tokens) in cuts {
            let (Some(first), Some(last)) = (
                doc.tokens.get(tokens.start),
                tokens.end.checked_sub(1).and_then(|i| doc.tokens.get(i)),
            ) else {
                continue;
            };
            let (first_start, last_end) = (first.span.start, last.span.end);
            let Some(m) = doc.mentions.get_mut(k) else {
                continue;
            };
            let offset = tokens.start - doc.tokens.partition_point(|t| t.span.end <= m.span.start);
            let start = if offset == 0 {
                m.span.start
            } else {
                first_start
            };
            // The first word keeps its clitic-free form; the others are read from the text.
            let mut name = if offset == 0 {
                m.name.split_whitespace().next().unwrap_or("").to_owned()
            } else {
                normalize(first.text(&doc.text))
            };
            for t in doc.tokens.get(tokens.start + 1..tokens.end).unwrap_or(&[]) {
                if matches!(t.kind, TokenKind::Word | TokenKind::Latin) {
                    name.push(' ');
                    name.push_str(&normalize(t.text(&doc.text)));
                }
            }
            m.name = name;
            m.span = Span::new(start, last_end);
        }
    }

    /// Each token as resolution reads it, before any mention is known: computed once per
    /// article, as the tokens do not change while the mentions do.
    fn base_words(&self, doc: &Document, lexicon: &FreqLexicon) -> Vec<Word> {
        doc.tokens
            .iter()
            .map(|t| {
                let norm = normalize(t.text(&doc.text));
                let s = self.strip(&norm, lexicon);
                Word {
                    bare: s.word,
                    whole: norm,
                    clitics: s.clitic_letters,
                    mention: None,
                    is_word: matches!(t.kind, TokenKind::Word | TokenKind::Latin),
                    is_comma: matches!(t.text(&doc.text), "،" | ","),
                }
            })
            .collect()
    }

    /// Makes `words` the tokens of `base` with the mentions that now cover them (in place: the
    /// steps of [`Self::resolve`] change the mentions, not the words).
    fn cover(doc: &Document, words: &mut [Word], base: &[Word]) {
        for (w, b) in words.iter_mut().zip(base) {
            w.mention = None;
            if w.clitics != b.clitics {
                w.bare.clone_from(&b.bare);
                w.clitics = b.clitics;
            }
        }
        for (m, mention) in doc.mentions.iter().enumerate() {
            let range = doc.token_range(mention.span);
            // A name that starts at a word's first letter has no proclitic, whatever the
            // stripper guessed (`فيصل`, not ف + `يصل`).
            if let Some((t, w)) = doc.tokens.get(range.start).zip(words.get_mut(range.start))
                && t.span.start == mention.span.start
                && w.clitics > 0
            {
                w.bare.clone_from(&w.whole);
                w.clitics = 0;
            }
            for i in range {
                if let Some(w) = words.get_mut(i) {
                    w.mention = Some(m);
                }
            }
        }
    }

    /// The clitic-free form of a normalized word; a word that is a trigger as written, or after
    /// a conjunction, is read so (`ولاية` is a place noun, not و + ل + `اية`).
    fn strip(&self, norm: &str, lexicon: &FreqLexicon) -> crate::ner::lexicon::Stripped {
        let conj = norm
            .strip_prefix('و')
            .or_else(|| norm.strip_prefix('ف'))
            .filter(|w| w.chars().count() >= 3);
        if self.triggers.get(norm).is_some() {
            return crate::ner::lexicon::Stripped {
                word: norm.to_owned(),
                clitic_letters: 0,
            };
        }
        if let Some(w) = conj.filter(|w| self.triggers.get(w).is_some()) {
            return crate::ner::lexicon::Stripped {
                word: w.to_owned(),
                clitic_letters: 1,
            };
        }
        lexicon.strip(norm)
    }

    /// `NAME (SHORT)` or `NAME(SHORT)`: SHORT, one or two rare words, becomes a mention of
    /// NAME's type, joined to NAME by [`group`]. NAME is the mention ending at the parenthesis
    /// or, when the tagger found only parts of it (`بعثة الأمم المتحدة لمساعدة العراق`), the
    /// phrase from the nearest organisation noun (`بعثة`) to the parenthesis.
    fn add_acronyms(&self, doc: &mut Document, words: &[Word], lexicon: &FreqLexicon) {
        let is = |i: usize, s: &str| doc.tokens.get(i).is_some_and(|t| t.text(&doc.text) == s);
        let mut added: Vec<Mention> = Vec::new();
        for open in 1..doc.tokens.len() {
            if !is(open, "(") {
                continue;
            }
            let Some(close) = (open + 2..=open + 3).find(|&i| is(i, ")")) else {
                continue;
            };
            let inner = open + 1..close;
            let rare = |w: &Word| w.is_word && lexicon.rank(&w.bare) > RARE_RANK;
            if !inner.clone().all(|i| words.get(i).is_some_and(rare)) {
                continue;
            }
            // The long name: a tagged one ending at the parenthesis, else a trigger-led phrase.
            let before = doc.tokens.get(open - 1).map_or(0, |t| t.span.end);
            let tagged = doc
                .mentions
                .iter()
                .filter(|m| {
                    m.form == MentionForm::Name && m.span.end == before && m.kind != EntityType::Per
                })
                .min_by_key(|m| m.span.start)
                .filter(|m| doc.token_range(m.span).len() >= 2)
                .map(|m| (m.kind, m.confidence));
            let (kind, confidence) = match tagged {
                Some(found) => found,
                None => {
                    let Some(start) = self.organisation_phrase(words, open) else {
                        continue;
                    };
                    let span = role_span(doc, words, start..open);
                    let mut name = words.get(start).map(|w| w.bare.clone()).unwrap_or_default();
                    for t in doc.tokens.get(start + 1..open).unwrap_or(&[]) {
                        name.push(' ');
                        name.push_str(&normalize(t.text(&doc.text)));
                    }
                    added.push(Mention {
                        span,
                        kind: EntityType::Org,
                        name,
                        confidence: 0.6,
                        form: MentionForm::Name,
                        entity: None,
                    });
                    (EntityType::Org, 0.6)
                }
            };
            let (Some(first), Some(last)) =
                (doc.tokens.get(inner.start), doc.tokens.get(close - 1))
            else {
                continue;
            };
            let span = Span::new(first.span.start, last.span.end);
            let name = inner
                .clone()
                .filter_map(|i| words.get(i).map(|w| w.bare.as_str()))
                .collect::<Vec<_>>()
                .join(" ");
            added.push(Mention {
                span,
                kind,
                name,
                confidence,
                form: MentionForm::Acronym,
                entity: None,
            });
        }
        for mention in added {
            // The tagger may have found the short name itself: mark it as the acronym.
            match doc.mentions.iter_mut().find(|x| x.span == mention.span) {
                Some(existing) => {
                    existing.form = mention.form;
                    existing.kind = mention.kind;
                }
                None => doc.mentions.push(mention),
            }
        }
        doc.mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }

    /// Whether a normalized word is a kind-of-organisation noun (`قوات`, `حزب`, `الاتحاد`).
    fn is_organisation_noun(&self, w: &str) -> bool {
        self.triggers.get(w) == Some(Trigger::Organisation)
            || self
                .org_heads
                .binary_search_by(|t| t.as_str().cmp(w))
                .is_ok()
    }

    /// Whether a normalized, clitic-free word is a defined relational adjective (`الدولي`,
    /// `الخليجيه`).
    fn is_relational(&self, bare: &str) -> bool {
        bare.starts_with("ال")
            && (bare.ends_with('ي') || bare.ends_with("يه"))
            && bare.chars().count() >= 5
            && self
                .not_relational
                .binary_search_by(|t| t.as_str().cmp(bare))
                .is_err()
    }

    /// Organisation names the tagger missed that have the shape of one: an organisation noun,
    /// for an undefined one a defined noun after it, then relational adjectives (`التحالف
    /// الدولي`, `مجلس التعاون الخليجي`). Only where no mention covers any of the words.
    fn add_organisation_phrases(&self, doc: &mut Document, words: &[Word], lexicon: &FreqLexicon) {
        let free = |i: usize| words.get(i).filter(|w| w.is_word && w.mention.is_none());
        let mut added = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let is_head = |w: &&Word| {
                self.org_heads
                    .binary_search_by(|t| t.as_str().cmp(&w.bare))
                    .is_ok()
            };
            // After another kind-of-organisation noun, a rare defined noun heads the name and
            // the kind noun stays outside it (`قوات الحشد الشعبي` → `الحشد الشعبي`), as with
            // `حركة طالبان`; a common one (`قوات الأمن العراقية`) names no one organisation.
            let after_kind = free(i)
                .filter(|w| {
                    w.clitics == 0 && self.triggers.get(&w.bare) == Some(Trigger::Organisation)
                })
                .and_then(|_| free(i + 1))
                .filter(|w| {
                    // A person's title names the body's member, not the body (`فريق المدرب
                    // الألماني`).
                    w.clitics == 0
                        && w.bare.starts_with("ال")
                        && !self.is_relational(&w.bare)
                        && !self.triggers.is_title(&w.bare)
                        && lexicon.rank(&w.bare) > RARE_RANK
                });
            let head = match free(i).filter(is_head) {
                Some(head) => head,
                None => match after_kind {
                    Some(head) => {
                        i += 1;
                        head
                    }
                    None => {
                        i += 1;
                        continue;
                    }
                },
            };
            let mut j = i + 1;
            if !head.bare.starts_with("ال") {
                // The construct noun: defined, not itself an adjective.
                match free(j) {
                    Some(w)
                        if w.clitics == 0
                            && w.bare.starts_with("ال")
                            && w.bare.chars().count() >= 4
                            && !self.is_relational(&w.bare) =>
                    {
                        j += 1;
                    }
                    _ => {
                        i += 1;
                        continue;
                    }
                }
            }
            let adjectives = j;
            // A defined head agrees with its adjective (`المفوضية الأوروبية`); one that does
            // not belongs to another noun (`موقع الوزارة الإلكتروني`).
            // Normalized, the feminine ending is written `ه`.
            let feminine = |w: &Word| w.bare.ends_with('ه');
            let construct = adjectives > i + 1;
            let agrees = |w: &Word| construct || feminine(w) == feminine(head);
            while j - adjectives < 2
                && free(j).is_some_and(|w| {
                    (j > adjectives || agrees(w)) &&
                    // Adjectives are common words: a rare one is a name or a misspelling.
                    w.clitics == 0
                        && self.is_relational(&w.bare)
                        && lexicon.rank(&w.bare) < ADJECTIVE_RANK
                })
            {
                j += 1;
            }
            if j == adjectives {
                i += 1;
                continue;
            }
            let span = role_span(doc, words, i..j);
            if !span.is_empty() {
                let name = words
                    .get(i..j)
                    .unwrap_or(&[])
                    .iter()
                    .map(|w| w.bare.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                added.push(added_organisation(span, name));
            }
            i = j;
        }
        doc.mentions.extend(added);
        doc.mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }

    /// Bodies of an area named by the area: an organisation noun, an indefinite noun of an
    /// area and a place's name (`مجلس محافظة نينوى`, `شرطة منطقة الرياض`, `بلدية محافظة
    /// العارضة` when the place is tagged) are one organisation, the place's mention kept inside
    /// it. Without the area noun the tagger reads such names itself (`شرطة دبي`); `مركز` is
    /// left out, as `مركز محافظة X` is the seat of the governorate, a town.
    fn add_area_bodies(&self, doc: &mut Document, words: &[Word]) {
        static AREAS: LazyLock<Vec<String>> = LazyLock::new(|| {
            ["محافظة", "منطقة", "مدينة", "ولاية", "إقليم", "مقاطعة"]
                .iter()
                .map(|w| normalize(w))
                .collect()
        });
        static MORE_HEADS: LazyLock<Vec<String>> = LazyLock::new(|| {
            ["بلدية", "أمانة", "إمارة", "محكمة"]
                .iter()
                .map(|w| normalize(w))
                .collect()
        });
        let free = |i: usize| words.get(i).filter(|w| w.is_word && w.mention.is_none());
        let mut added = Vec::new();
        for i in 0..words.len().saturating_sub(2) {
            // `مركز محافظة الأنبار` is the seat of the governorate, a town.
            let head = free(i).filter(|w| {
                !w.bare.starts_with("ال")
                    && w.bare != "مركز"
                    && (self.triggers.get(&w.bare) == Some(Trigger::Organisation)
                        || MORE_HEADS.contains(&w.bare))
            });
            let area = free(i + 1).filter(|w| w.clitics == 0 && AREAS.contains(&w.bare));
            let (Some(head), Some(area)) = (head, area) else {
                continue;
            };
            let Some(place) = words
                .get(i + 2)
                .and_then(|w| w.mention)
                .and_then(|m| doc.mentions.get(m))
                .filter(|m| m.kind == EntityType::Loc && doc.token_range(m.span).start == i + 2)
            else {
                continue;
            };
            let end = doc.token_range(place.span).end;
            let span = role_span(doc, words, i..end);
            if span.is_empty() {
                continue;
            }
            let name = format!("{} {} {}", head.bare, area.bare, place.name);
            added.push(added_organisation(span, name));
        }
        doc.mentions.extend(added);
        doc.mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }

    /// The start of an organisation phrase ending before token `end`: the nearest organisation
    /// noun (`بعثة`, `منظمة`, `لجنة` …) at most six words back, with only words between.
    fn organisation_phrase(&self, words: &[Word], end: usize) -> Option<usize> {
        let mut j = end;
        while j > 0 && end - j < 6 {
            j -= 1;
            let w = words.get(j)?;
            if !w.is_word {
                return None;
            }
            if self.triggers.get(&w.bare) == Some(Trigger::Organisation) && end - j >= 2 {
                return Some(j);
            }
        }
        None
    }

    /// Titles before a person's name or after it and a comma.
    fn add_roles(&self, doc: &Document, words: &[Word], entities: &mut [Entity]) {
        for (m, mention) in doc.mentions.iter().enumerate() {
            if mention.kind != EntityType::Per || mention.form != MentionForm::Name {
                continue;
            }
            let Some(e) = mention.entity else { continue };
            let range = doc.token_range(mention.span);
            let sentence = doc
                .sentences
                .iter()
                .find(|s| s.first_token <= range.start && range.start < s.end_token)
                .map_or(0..doc.tokens.len(), |s| s.first_token..s.end_token);
            let mut found = Vec::new();
            let before = self.role_before(words, &doc.mentions, range.clone(), sentence.start, m);
            // A name set off by commas after its title (`وزير حقوق الإنسان، X، مفوض …`) is
            // followed by the rest of the sentence, not by a second role.
            let set_off = before.as_ref().is_some_and(|(_, comma)| *comma);
            found.extend(before.map(|(r, _)| r));
            if let Some(r) = self
                .role_after(words, &doc.mentions, range.end, sentence.end)
                .filter(|r| !(set_off && r.start > range.end))
            {
                found.push(r);
            }
            for r in found {
                let span = role_span(doc, words, r.clone());
                if span.is_empty() {
                    continue;
                }
                let first_bare = words.get(r.start).map_or("", |w| w.bare.as_str());
                let text = restore_article(span.slice(&doc.text), first_bare);
                let key = role_text_key(&text);
                if let Some(entity) = entities.get_mut(e) {
                    match entity
                        .roles
                        .iter_mut()
                        .find(|x| role_text_key(&x.text) == key)
                    {
                        Some(role) => {
                            if !role.spans.contains(&span) {
                                role.spans.push(span);
                            }
                        }
                        None => entity.roles.push(Role {
                            text,
                            spans: vec![span],
                        }),
                    }
                }
            }
        }
    }

    /// The title run before the name at `name`: right before it, or before a comma when the
    /// name is set off by commas (`وزير حقوق الإنسان اليمني، عز الدين الأصبحي، …`); with
    /// whether it was the comma's.
    fn role_before(
        &self,
        words: &[Word],
        mentions: &[Mention],
        name: std::ops::Range<usize>,
        floor: usize,
        mention: usize,
    ) -> Option<(std::ops::Range<usize>, bool)> {
        if let Some(r) = self.title_run_before(words, mentions, name.start, floor, mention) {
            return Some((r, false));
        }
        let is_comma = |i: usize| words.get(i).is_some_and(|w| w.is_comma);
        // After a comma a `و` is as often the conjunction of a list the tagger kept in the
        // name (`نائب الرئيس، وأتسوتوشي نيشيدا`) as a name's first letter.
        let conjoined = words
            .get(name.start)
            .is_some_and(|w| w.whole.starts_with('و') || w.whole.starts_with('ف'));
        if conjoined || name.start < floor + 2 || !is_comma(name.start - 1) || !is_comma(name.end) {
            return None;
        }
        self.title_run_before(words, mentions, name.start - 1, floor, mention)
            .map(|r| (r, true))
    }

    /// Tokens `start..name` that form a title run ending right before token `name`.
    fn title_run_before(
        &self,
        words: &[Word],
        mentions: &[Mention],
        name: usize,
        floor: usize,
        mention: usize,
    ) -> Option<std::ops::Range<usize>> {
        // A name after a conjunction (`… وفيصل بن خالد`) starts a new phrase: the title before
        // belongs to the name before the conjunction.
        if words.get(name).is_some_and(|w| {
            w.clitics > 0 && (w.whole.starts_with('و') || w.whole.starts_with('ف'))
        }) {
            return None;
        }
        let mut begin = None;
        let mut j = name;
        while j > floor && name - j < MAX_ROLE_WORDS {
            j -= 1;
            let w = words.get(j)?;
            // Another name inside a role is let through (`رئيس وزراء العراق`), but not another
            // person's: the title is theirs.
            let person = w
                .mention
                .and_then(|m| mentions.get(m))
                .is_some_and(|m| m.kind == EntityType::Per);
            if !w.is_word || w.mention.is_some_and(|m| m == mention) || person {
                break;
            }
            if self.is_title(&w.bare) {
                begin = Some(j);
                // Titles stack (`نائب رئيس الوزراء`); nothing else precedes them in the role.
                while j > floor
                    && words
                        .get(j - 1)
                        .is_some_and(|p| p.is_word && p.clitics == 0 && self.is_title(&p.bare))
                {
                    j -= 1;
                    begin = Some(j);
                }
                break;
            }
            // The one word completing an indefinite title right before the name is the title's
            // complement, whatever word it is (`أمير تبوك فهد …`: the emir of Tabuk).
            // Only before a full name: a one-word "name" there is as often the place itself
            // misread (`قائد شرطة عرعر`).
            let full_name = mentions.get(mention).is_some_and(|m| m.name.contains(' '));
            let complement = j + 1 == name
                && j > floor
                && full_name
                && w.clitics == 0
                && !w.bare.starts_with("ال")
                && w.bare.chars().count() >= 3
                && !ADVERBIAL_NOUNS.contains(&w.bare.as_str())
                && words.get(j - 1).is_some_and(|t| {
                    t.is_word && !t.bare.starts_with("ال") && self.is_title(&t.bare)
                });
            if complement {
                continue;
            }
            // A word led by `ب` or `ل` that closes a phrase is the role's own prepositional
            // phrase (`مديرة مركز الأسرة بالمحافظة`, `المدير العام للتعليم بجازان`); any other
            // clitic-led word (`والوفد`) starts a new phrase, and so does an unknown-kind word.
            // The phrase may open with an indefinite noun in construct with the words already
            // read (`المتحدث باسم الوزارة`, `المبعوث الخاص لشؤون اليمن`).
            let prepositional = w.clitics > 0
                && (w.whole.starts_with('ب') || w.whole.starts_with('ل'))
                && (w.bare.starts_with("ال")
                    || w.mention.is_some()
                    || j + 1 < name && !ADVERBIAL_NOUNS.contains(&w.bare.as_str()));
            // An indefinite noun inside a construct chain that a title opens (`مديرة مركز
            // الأسرة`, `نائب رئيس مجلس محافظة الأنبار`) is part of the role.
            // A preposition written as a word is never part of the chain (`مدرب الفريق على
            // إشراك …`).
            let indefinite = |t: &Word| {
                t.is_word
                    && t.clitics == 0
                    && !t.bare.starts_with("ال")
                    && !ADVERBIAL_NOUNS.contains(&t.bare.as_str())
                    && !PREPOSITIONS.iter().any(|p| same(&t.bare, p))
            };
            let in_construct = indefinite(w)
                && (floor..j)
                    .rev()
                    .take(MAX_ROLE_WORDS)
                    .take_while(|&t| words.get(t).is_some_and(&indefinite))
                    .any(|t| words.get(t).is_some_and(|p| self.is_title(&p.bare)));
            if prepositional || in_construct {
                continue;
            }
            if w.clitics > 0 || !self.continues_role(&w.bare) && w.mention.is_none() {
                break;
            }
        }
        begin.map(|b| b..name)
    }

    /// `، TITLE …` right after the name, or `TITLE …` of two words or more with no comma
    /// (`X وزير النقل اليمني`, apposition) when it does not run into another person's name, whose
    /// title it would be (`X رئيس الوزراء Y`).
    fn role_after(
        &self,
        words: &[Word],
        mentions: &[Mention],
        after: usize,
        end: usize,
    ) -> Option<std::ops::Range<usize>> {
        let comma = words.get(after)?.is_comma;
        let first = if comma { after + 1 } else { after };
        let w = words.get(first)?;
        if first >= end
            || !w.is_word
            || w.clitics > 0
            || w.mention.is_some()
            || !self.is_title(&w.bare)
        {
            return None;
        }
        let is_person = |w: &Word| {
            w.mention
                .and_then(|m| mentions.get(m))
                .is_some_and(|m| m.kind == EntityType::Per)
        };
        let mut k = first + 1;
        while k < end && k - first < MAX_ROLE_WORDS {
            let Some(w) = words.get(k) else { break };
            // A title after a completed phrase begins a second role (`مدير عام الجمارك
            // رئيس اللجنة`, `ولي العهد النائب الأول`).
            let completed = words
                .get(k - 1)
                .is_some_and(|p| p.bare.starts_with("ال") || p.mention.is_some());
            // A defined title shaped like a nisba (`الصحافي`) may be an adjective instead.
            let adjective = w.bare.starts_with("ال") && is_relational_key(&w.bare);
            if completed && self.is_title(&w.bare) && !adjective {
                break;
            }
            if !is_person(w) && self.prepositional_phrase_of_role(words, mentions, k, end) {
                k += 1;
                continue;
            }
            // A person's name ends the role: the title before it is that person's.
            if !w.is_word
                || w.clitics > 0
                || is_person(w)
                || !(self.continues_role(&w.bare)
                    || w.mention.is_some()
                    || construct_continues(words, k, end))
            {
                break;
            }
            k += 1;
        }
        let before_person = words.get(k).is_some_and(is_person);
        if !comma && (k - first < 2 || before_person) {
            return None;
        }
        Some(first..k)
    }

    /// Whether the word at `k`, after the words of a role read so far, opens the role's own
    /// phrase with `ب` or `ل` (`المتحدث الرسمي باسم الشركة`, `المدير العام لمؤسسة رناد`,
    /// `المتحدث الرسمي للهيئة`, `الرئيس التنفيذي لمانشستر سيتي`): a name other than a person's,
    /// a defined noun other than an audience (`للصحفيين`), or a noun of an institution or an
    /// office in construct with what follows (`لشؤون الرياضة`, `لولاية فلوريدا`). Other
    /// nouns after `ب` or `ل` are as often the sentence going on (`بضرورة التحول`, `لحماية
    /// اليمن`).
    fn prepositional_phrase_of_role(
        &self,
        words: &[Word],
        mentions: &[Mention],
        k: usize,
        end: usize,
    ) -> bool {
        let Some(w) = words.get(k) else {
            return false;
        };
        if !(w.is_word && w.clitics == 1 && (w.whole.starts_with('ب') || w.whole.starts_with('ل')))
        {
            return false;
        }
        if let Some(m) = w.mention.and_then(|m| mentions.get(m)) {
            return m.kind != EntityType::Per;
        }
        // A role that a place closes is complete (`محافظ الأحساء`, `أمير المنطقة الشرقية`): a
        // noun after it is the sentence going on (`بالشفاء العاجل`, `للأشقاء العمانيين`).
        let after_place = k
            .checked_sub(1)
            .and_then(|p| words.get(p))
            .and_then(|p| p.mention)
            .and_then(|m| mentions.get(m))
            .is_some_and(|m| m.kind == EntityType::Loc);
        if after_place {
            return false;
        }
        if w.bare.starts_with("ال") {
            return w.bare.chars().count() >= 4 && !AUDIENCES.iter().any(|a| same(&w.bare, a));
        }
        let office = self.is_organisation_noun(&w.bare)
            || self.triggers.get(&w.bare) == Some(Trigger::Place)
            || self
                .construct
                .binary_search_by(|t| t.as_str().cmp(&w.bare))
                .is_ok()
            || ROLE_PHRASE_NOUNS.iter().any(|n| same(&w.bare, n));
        office && construct_continues(words, k, end)
    }

    /// A role of two words or more, seen with exactly one person, standing alone elsewhere.
    fn add_role_mentions(&self, doc: &mut Document, words: &[Word], entities: &mut [Entity]) {
        let mut by_role: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (e, entity) in entities.iter().enumerate() {
            if entity.kind != EntityType::Per {
                continue;
            }
            for role in &entity.roles {
                let key = role_text_key(&role.text);
                if key.split(' ').count() >= 2 {
                    let v = by_role.entry(key).or_default();
                    if !v.contains(&e) {
                        v.push(e);
                    }
                }
            }
        }
        let mut added = Vec::new();
        for (key, owners) in by_role {
            let [e] = owners[..] else { continue };
            let parts: Vec<&str> = key.split(' ').collect();
            let n = parts.len();
            for start in 0..words.len().saturating_sub(n - 1) {
                let matches = (0..n).all(|k| {
                    words.get(start + k).is_some_and(|w| {
                        w.mention.is_none()
                            && w.is_word
                            && (k == 0 || w.clitics == 0)
                            && w.bare == parts[k]
                    })
                });
                if !matches {
                    continue;
                }
                let span = role_span(doc, words, start..start + n);
                // A role right before a name, or already recorded, is not a stand-alone one.
                let next_is_name = words.get(start + n).is_some_and(|w| w.mention.is_some());
                let recorded = entities.iter().any(|x| {
                    x.roles
                        .iter()
                        .any(|r| r.spans.iter().any(|s| s.overlaps(span)))
                });
                if next_is_name || recorded || span.is_empty() {
                    continue;
                }
                added.push(Mention {
                    span,
                    kind: EntityType::Per,
                    name: key.clone(),
                    confidence: 0.5,
                    form: MentionForm::Role,
                    entity: Some(e),
                });
            }
        }
        doc.mentions.extend(added);
        doc.mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }
}

/// Whether the indefinite word `k` begins a construct phrase inside a role: indefinite words
/// without a proclitic up to a defined word or a name (`رئيس قطاع الطاقة`, `أمير منطقة
/// الجوف`, `رئيس مجلس إدارة الشركة`). The first part of a construct phrase has no
/// article; what ends it does.
fn construct_continues(words: &[Word], k: usize, end: usize) -> bool {
    let mut j = k;
    while j < end && j - k < MAX_ROLE_WORDS {
        let Some(w) = words.get(j) else { return false };
        if !w.is_word || w.clitics > 0 && j > k {
            return false;
        }
        // `إلى` normalizes to a word starting like the article; relative pronouns end phrases.
        let defined = w.bare.starts_with("ال")
            && w.bare.chars().count() >= 4
            && !matches!(w.bare.as_str(), "الذي" | "التي" | "الذين");
        if w.mention.is_some() || j > k && defined {
            return j > k;
        }
        if w.bare.starts_with("ال")
            || w.bare.chars().count() < 3
            || ADVERBIAL_NOUNS.contains(&w.bare.as_str())
        {
            return false;
        }
        j += 1;
    }
    false
}

/// The source a dateline names (`ايلاف` in `ايلاف من لندن:`) is the publisher or agency: an
/// organisation wherever the article names it, whatever the tagger guessed from its context.
fn publisher_is_an_organisation(doc: &mut Document) {
    let (Some(dateline), Some(source)) = (doc.dateline, doc.meta.source.as_deref()) else {
        return;
    };
    let key = normalize_key(&normalize(source));
    let in_dateline = doc
        .mentions
        .iter()
        .any(|m| dateline.contains(m.span) && normalize_key(&m.name) == key);
    if !in_dateline {
        return;
    }
    for m in &mut doc.mentions {
        if normalize_key(&m.name) == key {
            m.kind = EntityType::Org;
        }
    }
}

/// A place name written alone between quotation marks (`لـ«الشرق الأوسط»`, `أبلغت «الحياة»`) is
/// the title of a newspaper or channel named after a place: news language quotes the names of
/// publications, operations and programmes, never a place it simply names.
///
/// Headlines are the exception: they quote key words for emphasis (`تتصدر «اليابان» و«أسعار
/// الذهب»`), so there a quoted place is a publication only when something is said to it
/// (`مصدر لـ«الشرق الأوسط»`).
fn quoted_places_are_publications(doc: &mut Document, words: &[Word], place_nouns: &[String]) {
    let opens = |c: char| matches!(c, '«' | '"' | '“');
    let closes = |c: char| matches!(c, '»' | '"' | '”');
    let headlines: Vec<Span> = doc
        .blocks
        .iter()
        .filter(|b| matches!(b.role, BlockRole::Headline | BlockRole::Subheading))
        .map(|b| b.span)
        .collect();
    for k in 0..doc.mentions.len() {
        let m = &doc.mentions[k];
        if m.kind != EntityType::Loc || m.form != MentionForm::Name {
            continue;
        }
        let text = doc.text.as_str();
        let mut before = text.get(..m.span.start).unwrap_or("").chars().rev();
        let after = text.get(m.span.end..).and_then(|t| t.chars().next());
        if !(before.next().is_some_and(opens) && after.is_some_and(closes)) {
            continue;
        }
        let told = before.find(|&c| c != 'ـ').is_some_and(|c| c == 'ل');
        // `في منطقة "هيغانغ"`, `بمقاطعة «X»`: a place noun before the marks says it is a place.
        let place_noun_before = doc
            .token_range(m.span)
            .start
            .checked_sub(2)
            .and_then(|j| words.get(j))
            .is_some_and(|w| w.is_word && place_nouns.binary_search(&w.bare).is_ok());
        if !told && place_noun_before {
            continue;
        }
        if told || !headlines.iter().any(|h| h.contains(m.span)) {
            doc.mentions[k].kind = EntityType::Org;
        }
    }
}

/// An organisation name resolution found by its shape, which the tagger did not: it is given
/// the confidence of an even guess.
fn added_organisation(span: Span, name: String) -> Mention {
    Mention {
        span,
        kind: EntityType::Org,
        name,
        confidence: 0.5,
        form: MentionForm::Name,
        entity: None,
    }
}

/// Names the tagger found once are names wherever else the article writes them: a multi-word
/// name, a rare one-word name, the rare last word of a person's full name (`الكاظمي` after
/// `مصطفى الكاظمي`), an organisation's name without its kind noun or adjectives (`الحشد`
/// after `قوات الحشد الشعبي`). Common words are left alone: a name that is also an everyday word
/// (`حسين`, `الأمل`) is only trusted where the tagger saw it.
fn propagate(
    doc: &mut Document,
    words: &[Word],
    lexicon: &FreqLexicon,
    is_kind_noun: &impl Fn(&str) -> bool,
) {
    let mut patterns: Vec<(Vec<String>, EntityType, f32, MentionForm)> = Vec::new();
    for m in &doc.mentions {
        if m.form == MentionForm::Role {
            continue;
        }
        let parts: Vec<String> = m.name.split(' ').map(str::to_owned).collect();
        let rare = |w: &str| lexicon.rank(w) > RARE_RANK && w.chars().count() >= 3;
        if parts.len() >= 2 || parts.iter().all(|p| rare(p)) {
            patterns.push((parts.clone(), m.kind, m.confidence, m.form));
        }
        if m.kind == EntityType::Per
            && parts.len() >= 2
            && let Some(last) = parts.last().filter(|w| rare(w))
        {
            patterns.push((vec![last.clone()], m.kind, m.confidence, m.form));
        }
        // An organisation is also written without its kind noun (`الحشد الشعبي` after `قوات
        // الحشد الشعبي`) and by the noun its adjectives qualify (`الحشد`), when that noun is
        // no kind noun (`الاتحاد` stands for any union) and rare enough to be this one.
        if m.kind == EntityType::Org && m.form == MentionForm::Name {
            let core = match parts.split_first() {
                Some((noun, rest)) if rest.len() >= 2 && is_kind_noun(noun) => rest,
                _ => &parts[..],
            };
            if core.len() < parts.len() && core.first().is_some_and(|w| w.starts_with("ال")) {
                patterns.push((core.to_vec(), m.kind, m.confidence, m.form));
            }
            // And without its adjectives, as the kind noun and the noun it is in construct with
            // (`مجلس التعاون` after `مجلس التعاون الخليجي`, `هيئة السلامة` after `هيئة السلامة
            // الهولندية`).
            if let [noun, defined, adjectives @ ..] = &parts[..]
                && !adjectives.is_empty()
                && is_kind_noun(noun)
                && !noun.starts_with("ال")
                && defined.starts_with("ال")
                && adjectives
                    .iter()
                    .all(|a| a.starts_with("ال") && is_relational_key(without_article(a)))
            {
                patterns.push((
                    vec![noun.clone(), defined.clone()],
                    m.kind,
                    m.confidence,
                    m.form,
                ));
            }
            if let Some((noun, adjectives)) = core.split_first()
                && !adjectives.is_empty()
                && noun.starts_with("ال")
                && !is_kind_noun(noun)
                && !is_kind_noun(without_article(noun))
                && rare(noun)
                && adjectives
                    .iter()
                    .all(|a| is_relational_key(without_article(a)))
            {
                patterns.push((vec![noun.clone()], m.kind, m.confidence, m.form));
            }
        }
    }
    patterns.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    patterns.dedup_by(|a, b| a.0 == b.0);
    let mut taken: Vec<bool> = words.iter().map(|w| w.mention.is_some()).collect();
    // A word written with tanween is an indefinite common word (`سودانياً`, a Sudanese),
    // whatever name it is spelt like. Read once per token, not once per pattern and place.
    let tanween: Vec<bool> = doc
        .tokens
        .iter()
        .map(|t| has_tanween(t.text(&doc.text)))
        .collect();
    let mut added = Vec::new();
    for (parts, kind, confidence, form) in &patterns {
        let n = parts.len();
        for start in 0..words.len().saturating_sub(n - 1) {
            // The name as written, where the stripper cut a letter of it (`كيري` read as ك +
            // `يري`), or after real proclitics.
            let mut whole = false;
            let hit = (0..n).all(|k| {
                words.get(start + k).is_some_and(|w| {
                    let as_written = w.clitics > 0 && w.whole == parts[k];
                    whole |= k == 0 && as_written;
                    w.is_word
                        && (k == 0 || w.clitics == 0 || as_written)
                        && (w.bare == parts[k] || as_written)
                }) && !taken.get(start + k).copied().unwrap_or(true)
            });
            if !hit
                || tanween
                    .get(start..start + n)
                    .is_some_and(|t| t.iter().any(|&x| x))
            {
                continue;
            }
            let mut span = role_span(doc, words, start..start + n);
            if whole && let Some(first) = doc.tokens.get(start) {
                span = Span::new(first.span.start, span.end);
            }
            if span.is_empty() {
                continue;
            }
            for t in taken.iter_mut().skip(start).take(n) {
                *t = true;
            }
            added.push(Mention {
                span,
                kind: *kind,
                name: parts.join(" "),
                confidence: (confidence * 0.8 * 1000.0).round() / 1000.0,
                form: *form,
                entity: None,
            });
        }
    }
    doc.mentions.extend(added);
    doc.mentions.sort_by_key(|m| (m.span.start, m.span.end));
}

/// The span of role tokens `r`, leaving out a proclitic on the first one.
fn role_span(doc: &Document, words: &[Word], r: std::ops::Range<usize>) -> Span {
    let (Some(first), Some(last)) = (
        doc.tokens.get(r.start),
        r.end.checked_sub(1).and_then(|i| doc.tokens.get(i)),
    ) else {
        return Span::default();
    };
    let clitics = words.get(r.start).map_or(0, |w| w.clitics);
    let offset = offset_after_letters(first.text(&doc.text), clitics).unwrap_or(0);
    Span::new(first.span.start + offset, last.span.end)
}

/// The comparison key of a role's text: its words normalized.
fn role_text_key(text: &str) -> String {
    text.split_whitespace()
        .map(normalize)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The comparison key of a name: `عبد` joined to the word it leads, as news writes it either
/// way (`عبد الرحمن`, `عبدالرحمن`), then the article dropped from every word. (`أبو` stays
/// apart: the word after it alone also names the person, `قتادة` for `أبو قتادة`.)
fn normalize_key(name: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut joins_next = false;
    for w in name.split(' ') {
        match words.last_mut() {
            Some(last) if joins_next => last.push_str(w),
            _ => words.push(w.to_owned()),
        }
        joins_next = !joins_next && w == "عبد";
    }
    words
        .iter()
        .map(|w| without_article(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Pairs `(i, j)`: mention `i` is the name of mention `j` without the kind noun that introduced
/// it (`القاعدة` after `تنظيم القاعدة`, `حلب` after `مدينة حلب`), when only one name of the
/// article has it so.
fn introduced_names(
    mentions: &[Mention],
    is_kind_noun: &impl Fn(&str) -> bool,
) -> Vec<(usize, usize)> {
    let keys: Vec<String> = mentions.iter().map(|m| normalize_key(&m.name)).collect();
    let eligible = |m: &Mention| m.kind != EntityType::Per && m.form != MentionForm::Role;
    let mut pairs = Vec::new();
    for (i, k) in keys.iter().enumerate() {
        if !eligible(&mentions[i]) {
            continue;
        }
        let mut longer: Vec<&str> = Vec::new();
        let mut first = None;
        for (j, other) in keys.iter().enumerate() {
            if eligible(&mentions[j])
                && other
                    .split_once(' ')
                    .is_some_and(|(noun, rest)| rest == k && is_kind_noun(noun))
            {
                if !longer.contains(&other.as_str()) {
                    longer.push(other);
                }
                first.get_or_insert(j);
            }
        }
        if let (1, Some(j)) = (longer.len(), first) {
            pairs.push((i, j));
        }
    }
    pairs
}

/// Whether the normalized `word` is `ال…ي`, the relational adjective of one of `places`
/// (normalized, without the article): `الليبي` of `ليبيا`, `العراقي` of `عراق`, `المصري` of `مصر`.
fn is_nisba_of(word: &str, places: &[String]) -> bool {
    let Some(adjective) = word.strip_prefix("ال").filter(|w| w.chars().count() >= 4) else {
        return false;
    };
    let Some(stem) = adjective.strip_suffix('ي') else {
        return false;
    };
    places.iter().any(|p| {
        p == stem
            || p.strip_suffix('ا')
                .is_some_and(|s| s == stem || s == adjective)
    })
}

/// Whether a written word carries tanween, the mark of an indefinite common word: names never
/// do.
fn has_tanween(word: &str) -> bool {
    word.chars().any(|c| ('\u{064B}'..='\u{064D}').contains(&c))
}

/// Whether a normalized word without the article has the shape of a relational adjective
/// (`شعبي`, `اوروبيه`).
fn is_relational_key(word: &str) -> bool {
    word.chars().count() >= 3 && (word.ends_with('ي') || word.ends_with("يه"))
}

/// Whether the words of `short` all occur in `long` in the same order.
fn is_subsequence(short: &[&str], long: &[&str]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|l| l == w))
}

/// Assigns each mention a group id: same key, a person's head word, or an acronym next to its
/// long name.
fn group(mentions: &[Mention], is_kind_noun: impl Fn(&str) -> bool) -> Vec<usize> {
    let n = mentions.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let union = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(parent, a), find(parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    };
    let keys: Vec<String> = mentions.iter().map(|m| normalize_key(&m.name)).collect();
    // Same key.
    let mut first_with: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, k) in keys.iter().enumerate() {
        if mentions[i].form == MentionForm::Role {
            continue;
        }
        match first_with.get(k.as_str()) {
            Some(&j) => union(&mut parent, i, j),
            None => {
                first_with.insert(k, i);
            }
        }
    }
    // A multi-word name that begins a longer one of the same type, for places and
    // organisations (`الولايات المتحدة` in `الولايات المتحدة الأميركية`), when only one does.
    for (i, k) in keys.iter().enumerate() {
        if mentions[i].kind == EntityType::Per
            || !k.contains(' ')
            || mentions[i].form == MentionForm::Role
        {
            continue;
        }
        let longer: Vec<usize> = first_with
            .iter()
            .filter(|&(other, &j)| {
                mentions[j].kind == mentions[i].kind
                    && other.len() > k.len()
                    && other.starts_with(k.as_str())
                    && other.as_bytes().get(k.len()) == Some(&b' ')
            })
            .map(|(_, &j)| j)
            .collect();
        if let [j] = longer[..] {
            union(&mut parent, i, j);
        }
    }
    for (i, j) in introduced_names(mentions, &is_kind_noun) {
        union(&mut parent, i, j);
    }
    // The noun of an organisation named by a noun and relational adjectives, standing alone,
    // is that organisation (`الحشد` of `الحشد الشعبي` or `قوات الحشد الشعبي`), when only one
    // organisation of the article is named so.
    let nouns: Vec<Option<&str>> = keys
        .iter()
        .zip(mentions)
        .map(|(k, m)| {
            if m.kind != EntityType::Org || m.form == MentionForm::Role {
                return None;
            }
            let words: Vec<&str> = k.split(' ').collect();
            let core = match words.split_first() {
                Some((noun, rest)) if rest.len() >= 2 && is_kind_noun(noun) => rest,
                _ => &words[..],
            };
            let (noun, adjectives) = core.split_first()?;
            (!adjectives.is_empty() && adjectives.iter().all(|a| is_relational_key(a)))
                .then_some(*noun)
        })
        .collect();
    for (i, k) in keys.iter().enumerate() {
        if mentions[i].kind != EntityType::Org
            || mentions[i].form != MentionForm::Name
            || k.contains(' ')
        {
            continue;
        }
        let mut roots: Vec<usize> = Vec::new();
        for (j, noun) in nouns.iter().enumerate() {
            if *noun == Some(k.as_str()) {
                roots.push(find(&mut parent, j));
            }
        }
        roots.sort_unstable();
        roots.dedup();
        if let [j] = roots[..] {
            union(&mut parent, i, j);
        }
    }
    // A one-word organisation that begins exactly one longer organisation's name, whose next
    // word has no article, is that organisation (`بايرن` of `بايرن ميونيخ`, `ريال` of `ريال
    // مدريد`). A defined word after it is an adjective that may tell another one apart
    // (`السويس الجديدة`), and the last word is no short name (`ميلان` is another club than
    // `إنتر ميلان`); a kind noun (`الاتحاد`) or an adjective (`الدولي`) names none.
    for (i, k) in keys.iter().enumerate() {
        if mentions[i].kind != EntityType::Org
            || mentions[i].form != MentionForm::Name
            || k.contains(' ')
            || is_kind_noun(k)
            || is_relational_key(k)
        {
            continue;
        }
        // A word already joined to another name (`ويتشيتا` of `جامعة ويتشيتا`) is that one's.
        let own = find(&mut parent, i);
        if (0..n).any(|x| keys[x] != *k && find(&mut parent, x) == own) {
            continue;
        }
        let mut roots: Vec<usize> = Vec::new();
        for (j, other) in keys.iter().enumerate() {
            // Keys drop the article: the name shows it.
            let begins = other.split(' ').next() == Some(k.as_str())
                && mentions[j]
                    .name
                    .split(' ')
                    .nth(1)
                    .is_some_and(|next| !next.starts_with("ال"));
            if mentions[j].kind == EntityType::Org
                && mentions[j].form == MentionForm::Name
                && begins
            {
                roots.push(find(&mut parent, j));
            }
        }
        roots.sort_unstable();
        roots.dedup();
        if let [j] = roots[..] {
            union(&mut parent, i, j);
        }
    }
    // Head word of a person: a mention equal to the last word (or words) of exactly one longer
    // person name.
    let mut full_by_head: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    for (i, k) in keys.iter().enumerate() {
        if mentions[i].kind == EntityType::Per
            && k.contains(' ')
            && let Some(head) = k.rsplit(' ').next()
        {
            let v = full_by_head.entry(head).or_default();
            if !v.contains(&k.as_str()) {
                v.push(k);
            }
        }
    }
    // A person's full name with and without middle (father's) names is one person: same first
    // and last word, the shorter name's words all in the longer one in order (`بندر عسيري`,
    // `بندر محمد عسيري`).
    let persons: Vec<(&str, Vec<&str>)> = full_by_head
        .values()
        .flatten()
        .map(|k| (*k, k.split(' ').collect()))
        .collect();
    for (a, wa) in &persons {
        for (b, wb) in &persons {
            if wa.len() < wb.len()
                && wa.first() == wb.first()
                && wa.last() == wb.last()
                && is_subsequence(wa, wb)
                && let (Some(&i), Some(&j)) = (first_with.get(a), first_with.get(b))
            {
                union(&mut parent, i, j);
            }
        }
    }
    for (i, k) in keys.iter().enumerate() {
        if mentions[i].form == MentionForm::Role
            || k.contains(' ') && mentions[i].kind != EntityType::Per
        {
            continue;
        }
        // A person's last names (`داود أوغلو` of `أحمد داود أوغلو`) are read like a head word.
        let head = k.rsplit(' ').next().unwrap_or(k);
        let Some(fulls) = full_by_head.get(head) else {
            continue;
        };
        // The longer names may be one person already: count people, not spellings.
        let mut roots: Vec<usize> = fulls
            .iter()
            .filter(|f| {
                !k.contains(' ')
                    || f.len() > k.len()
                        && f.ends_with(k.as_str())
                        && f.as_bytes().get(f.len() - k.len() - 1) == Some(&b' ')
                        // After `بن` the rest of a name is the father's name, not this one's
                        // (`فيصل بن ثامر بن عبدالعزيز` in `ثامر بن فيصل بن ثامر بن عبدالعزيز`).
                        && !f
                            .get(..f.len() - k.len() - 1)
                            .and_then(|before| before.rsplit(' ').next())
                            .is_some_and(|w| SON_OF.contains(&w))
            })
            .filter_map(|f| first_with.get(f).copied())
            .filter(|&j| same_last_article(&mentions[i].name, &mentions[j].name))
            .map(|j| find(&mut parent, j))
            .collect();
        roots.sort_unstable();
        roots.dedup();
        if let [j] = roots[..] {
            union(&mut parent, i, j);
        }
    }
    // A person's first name or names (`ماجد` of `ماجد العنزي`, `عبدالرحمن بن ناصر` of `عبدالرحمن
    // بن ناصر بن فهد`) are that person when they begin exactly one person's longer name and end
    // no other's: news names a person in full first, then may shorten from either end.
    // Longer names first: `فيصل بن عبدالعزيز` must join `فيصل بن عبدالعزيز آل سعود` before
    // `فيصل` counts the people its name begins.
    let mut longest_first: Vec<usize> = (0..n).collect();
    longest_first.sort_by_key(|&i| std::cmp::Reverse(keys[i].len()));
    for i in longest_first {
        let k = &keys[i];
        if mentions[i].kind != EntityType::Per || mentions[i].form == MentionForm::Role {
            continue;
        }
        let begins = |f: &&str| {
            f.len() > k.len()
                && f.starts_with(k.as_str())
                && f.as_bytes().get(k.len()) == Some(&b' ')
        };
        let mut roots: Vec<usize> = persons
            .iter()
            .map(|(f, _)| *f)
            .filter(begins)
            .filter_map(|f| first_with.get(f).copied())
            .map(|j| find(&mut parent, j))
            .collect();
        if roots.is_empty() {
            continue;
        }
        if let Some(fulls) = full_by_head.get(k.as_str()) {
            roots.extend(
                fulls
                    .iter()
                    .filter(|f| f.len() > k.len())
                    .filter_map(|f| first_with.get(f).copied())
                    .filter(|&j| same_last_article(&mentions[i].name, &mentions[j].name))
                    .map(|j| find(&mut parent, j)),
            );
        }
        roots.sort_unstable();
        roots.dedup();
        if let [j] = roots[..] {
            union(&mut parent, i, j);
        }
    }
    // An acronym joins the long name just before it.
    for i in 0..n {
        if mentions[i].form != MentionForm::Acronym {
            continue;
        }
        let long = (0..i)
            .filter(|&j| {
                mentions[j].form == MentionForm::Name
                    && mentions[j].span.end <= mentions[i].span.start
                    && mentions[i].span.start - mentions[j].span.end <= 3
            })
            .min_by_key(|&j| mentions[j].span.start);
        if let Some(j) = long {
            union(&mut parent, i, j);
        }
    }
    (0..n).map(|i| find(&mut parent, i)).collect()
}

/// Whether the last words of two names both have the article or both lack it. Keys drop the
/// article, but a person's family name keeps it when it stands alone (`الفيصل` of `خالد
/// الفيصل`), while the same word without it is a first name (`فيصل` of `فيصل بن عبدالعزيز`).
fn same_last_article(a: &str, b: &str) -> bool {
    let defined = |name: &str| {
        let last = name.rsplit(' ').next().unwrap_or(name);
        without_article(last).len() != last.len()
    };
    defined(a) == defined(b)
}

/// `written` with the alef of the article put back when a preposition swallowed it
/// (`لرئيس السابق` from `للرئيس السابق` → `الرئيس السابق`); `bare_first` is the first word's
/// normalized form with the article restored.
fn restore_article(written: &str, bare_first: &str) -> String {
    let first = written.split(' ').next().unwrap_or("");
    if bare_first.strip_prefix('ا') == Some(normalize(first).as_str()) {
        format!("ا{written}")
    } else {
        written.to_owned()
    }
}

/// The name of a mention as it should be shown: as written, except that an article whose
/// alef was swallowed by a preposition (`للاتحاد`) gets it back (`الاتحاد`).
fn display_name(m: &Mention, text: &str) -> String {
    let written = m.span.slice(text);
    let norm = normalize(written);
    if norm != m.name && m.name.strip_prefix('ا') == Some(norm.as_str()) {
        format!("ا{written}")
    } else {
        written.to_owned()
    }
}

/// Votes of a mention whose kind noun decided its type: more than any tagger majority.
const DECISIVE_VOTES: usize = 100;

/// Canonical name (the longest name as written), type (majority; a `decisive` mention's type
/// outweighs the others), aliases.
fn finish_entities(doc: &Document, entities: &mut [Entity], decisive: &[bool]) {
    let mut votes: Vec<[usize; 4]> = vec![[0; 4]; entities.len()];
    let longer = |a: &str, b: &str| {
        let (wa, wb) = (a.split_whitespace().count(), b.split_whitespace().count());
        wa > wb || wa == wb && a.chars().count() > b.chars().count()
    };
    for (k, m) in doc.mentions.iter().enumerate() {
        let Some(e) = m.entity else { continue };
        if m.form == MentionForm::Role {
            continue;
        }
        let shown = display_name(m, &doc.text);
        let Some(entity) = entities.get_mut(e) else {
            continue;
        };
        if let Some(v) = votes.get_mut(e) {
            let n = if decisive.get(k).copied().unwrap_or(false) {
                DECISIVE_VOTES
            } else {
                1
            };
            v[usize::from(crate::ner::labels::type_index(m.kind))] += n;
        }
        if entity.name.is_empty() || m.form == MentionForm::Name && longer(&shown, &entity.name) {
            let old = std::mem::replace(&mut entity.name, shown);
            if !old.is_empty() {
                push_alias(entity, old);
            }
        } else {
            push_alias(entity, shown);
        }
    }
    for (entity, v) in entities.iter_mut().zip(votes) {
        let best = (0..4)
            .max_by_key(|&t| (v[t], std::cmp::Reverse(t)))
            .unwrap_or(0);
        entity.kind = crate::ner::labels::TYPES[best];
        let name_key = alias_key(&entity.name);
        entity.aliases.retain(|a| alias_key(a) != name_key);
    }
}

/// Names that differ only in the article or in letter variants are not aliases of each other.
fn alias_key(name: &str) -> String {
    normalize_key(&normalize(name))
}

fn push_alias(entity: &mut Entity, alias: String) {
    let key = alias_key(&alias);
    if alias_key(&entity.name) != key && !entity.aliases.iter().any(|a| alias_key(a) == key) {
        entity.aliases.push(alias);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasd_text::normalize::Normalizer;
    use rasd_text::{Metadata, sentences, structure, tokenize};

    /// A document whose mentions are given (the tagger is tested elsewhere): each `(text, type)`
    /// marks every occurrence of `text` as a name.
    fn doc_with(text: &str, names: &[(&str, EntityType)], lexicon: &FreqLexicon) -> Document {
        let mut doc = Document::new(text.to_owned(), Metadata::default());
        doc.tokens = tokenize::tokenize(text, &Normalizer::standard());
        doc.sentences = sentences::split(text, &doc.tokens, &structure::paragraph_spans(text));
        for &(name, kind) in names {
            for (at, _) in text.match_indices(name) {
                let words: Vec<String> = name.split(' ').map(normalize).collect();
                let stripped = lexicon.strip(&words[0]);
                let skip = offset_after_letters(name, stripped.clitic_letters).unwrap();
                let span = Span::new(at + skip, at + name.len());
                if doc.mentions.iter().any(|m| m.span.overlaps(span)) {
                    continue;
                }
                let mut key = stripped.word;
                for w in &words[1..] {
                    key.push(' ');
                    key.push_str(w);
                }
                doc.mentions.push(Mention {
                    span,
                    kind,
                    name: key,
                    confidence: 1.0,
                    form: MentionForm::Name,
                    entity: None,
                });
            }
        }
        doc
    }

    fn lexicon() -> FreqLexicon {
        FreqLexicon::from_ranked([
            "في",
            "من",
            "قال",
            "ان",
            "الرئيس",
            "العراق",
            "للعراق",
            "وزير",
        ])
    }

    #[test]
    fn organisation_phrases_by_shape() {
        let lex = FreqLexicon::from_ranked(["في", "الافريقي", "الاميركي", "الحالي"]);
        let text = "وأعلن الاتحاد الأفريقي أن مجلس الشيوخ الأميركي والمجلس الحالي ومجلس إدارة \
                    الشركة والمنظمة التي تأسست لم تجتمع.";
        let mut doc = doc_with(text, &[], &lex);
        Resolver::default().resolve(&mut doc, &lex);
        let found: Vec<(&str, EntityType)> = doc
            .mentions
            .iter()
            .map(|m| (m.span.slice(text), m.kind))
            .collect();
        assert_eq!(
            found,
            [
                ("الاتحاد الأفريقي", EntityType::Org),
                ("مجلس الشيوخ الأميركي", EntityType::Org),
            ]
        );
    }

    #[test]
    fn a_family_name_with_the_article_is_not_a_first_name_without_it() {
        let lex = lexicon();
        let text = "زار سعود الفيصل متحف الإمام فيصل بن تركي في الرياض. وقال الفيصل إن \
                    فيصل أسس الدولة الثانية.";
        let mut doc = doc_with(
            text,
            &[
                ("سعود الفيصل", EntityType::Per),
                ("فيصل بن تركي", EntityType::Per),
                ("الفيصل", EntityType::Per),
                ("فيصل", EntityType::Per),
                ("الرياض", EntityType::Loc),
            ],
            &lex,
        );
        Resolver::default().resolve(&mut doc, &lex);
        let entity_of = |name: &str| {
            let m = doc.mentions.iter().find(|m| m.span.slice(text) == name);
            m.and_then(|m| m.entity)
        };
        assert!(entity_of("سعود الفيصل").is_some());
        assert_eq!(entity_of("الفيصل"), entity_of("سعود الفيصل"));
        assert_eq!(entity_of("فيصل"), entity_of("فيصل بن تركي"));
    }

    #[test]
    fn a_first_name_is_read_after_the_shorter_forms_of_longer_names() {
        let lex = lexicon();
        // `فيصل بن عبدالعزيز` shortens the full name; `فيصل` then begins one person's names,
        // whichever comes first in the text.
        let text = "افتتح الأمير خالد الفيصل معرضا عن الملك فيصل بن عبدالعزيز آل سعود. وقال إن \
                    فيصل كان قائدا، وإن المعرض يروي سيرة فيصل بن عبدالعزيز.";
        let mut doc = doc_with(
            text,
            &[
                ("خالد الفيصل", EntityType::Per),
                ("فيصل بن عبدالعزيز آل سعود", EntityType::Per),
                ("فيصل بن عبدالعزيز", EntityType::Per),
                ("فيصل", EntityType::Per),
            ],
            &lex,
        );
        Resolver::default().resolve(&mut doc, &lex);
        let entities: Vec<(&str, Option<usize>)> = doc
            .mentions
            .iter()
            .map(|m| (m.name.as_str(), m.entity))
            .collect();
        let [(_, khalid), (_, faisal), rest @ ..] = &entities[..] else {
            panic!("mentions: {entities:?}");
        };
        assert_ne!(khalid, faisal);
        assert!(rest.iter().all(|(_, e)| e == faisal), "{entities:?}");
    }

    #[test]
    fn head_words_titles_and_roles_alone() {
        let lex = lexicon();
        let text = "التقى الرئيس الفرنسي إيمانويل ماكرون نظيره في باريس. وقال ماكرون إن الحوار \
                    مستمر. وأضاف الرئيس الفرنسي أن الاتفاق قريب.";
        let mut doc = doc_with(
            text,
            &[
                ("إيمانويل ماكرون", EntityType::Per),
                ("ماكرون", EntityType::Per),
                ("باريس", EntityType::Loc),
            ],
            &lex,
        );
        Resolver::default().resolve(&mut doc, &lex);
        let person = &doc.entities[doc.mentions[0].entity.unwrap()];
        assert_eq!(person.name, "إيمانويل ماكرون");
        assert_eq!(person.aliases, ["ماكرون"]);
        assert_eq!(person.roles.len(), 1);
        assert_eq!(person.roles[0].text, "الرئيس الفرنسي");
        // The role alone, later, is the same person.
        let alone = doc
            .mentions
            .iter()
            .find(|m| m.form == MentionForm::Role)
            .unwrap();
        assert_eq!(alone.span.slice(text), "الرئيس الفرنسي");
        assert_eq!(alone.entity, doc.mentions[0].entity);
        assert_eq!(person.mentions, 3);
    }

    #[test]
    fn names_led_by_abd_match_written_joined_or_apart() {
        let lex = lexicon();
        let text = "وحضر المهندس نواف بن عبدالرحمن الحارثي الحفل. وقال نواف بن عبد الرحمن \
                    الحارثي إن المشروع اكتمل.";
        let mut doc = doc_with(
            text,
            &[
                ("نواف بن عبدالرحمن الحارثي", EntityType::Per),
                ("نواف بن عبد الرحمن الحارثي", EntityType::Per),
            ],
            &lex,
        );
        Resolver::default().resolve(&mut doc, &lex);
        assert_eq!(doc.entities.len(), 1, "{:?}", doc.entities);
        assert_eq!(doc.entities[0].mentions, 2);
    }

    #[test]
    fn role_after_a_comma_and_clitic_forms() {
        let lex = lexicon();
        let text = "قال سامح شكري، وزير الخارجية المصري والوفد المرافق، إن الدعم للعراق مستمر وإن العراق شريك.";
        let mut doc = doc_with(
            text,
            &[
                ("سامح شكري", EntityType::Per),
                ("للعراق", EntityType::Loc),
                ("العراق", EntityType::Loc),
            ],
            &lex,
        );
        Resolver::default().resolve(&mut doc, &lex);
        let shukri = doc
            .entities
            .iter()
            .find(|e| e.kind == EntityType::Per)
            .unwrap();
        assert_eq!(shukri.roles[0].text, "وزير الخارجية المصري");
        let iraq: Vec<_> = doc
            .entities
            .iter()
            .filter(|e| e.kind == EntityType::Loc)
            .collect();
        assert_eq!(iraq.len(), 1, "{:?}", doc.entities);
        assert_eq!(iraq[0].name, "العراق");
        assert_eq!(iraq[0].mentions, 2);
    }

    #[test]
    fn short_names_in_parentheses() {
        let lex = lexicon();
        let text = "دعت منظمة الصحة العالمية (WHO) إلى الحذر. وقالت WHO إن الوضع مستقر.";
        let mut doc = doc_with(text, &[("منظمة الصحة العالمية", EntityType::Org)], &lex);
        Resolver::default().resolve(&mut doc, &lex);
        assert_eq!(doc.entities.len(), 1, "{:?}", doc.entities);
        let who = &doc.entities[0];
        assert_eq!(who.name, "منظمة الصحة العالمية");
        assert_eq!(who.aliases, ["WHO"]);
        assert_eq!(who.mentions, 3, "{:?}", doc.mentions);
        // Without an organisation noun or a tagged name before it, a parenthesis is no name.
        let text = "وصل الوفد (أمس) إلى المدينة.";
        let mut doc = doc_with(text, &[], &lex);
        Resolver::default().resolve(&mut doc, &lex);
        assert!(doc.entities.is_empty());
    }

    #[test]
    fn places_split_or_read_as_persons_in_construct() {
        let lex = lexicon();
        // Two person names side by side after an indefinite title: the first is its place.
        let text = "افتتح محافظ رأس تنورة سالم الحربي المعرض.";
        let mut doc = doc_with(
            text,
            &[
                ("رأس تنورة", EntityType::Per),
                ("سالم الحربي", EntityType::Per),
            ],
            &lex,
        );
        Resolver::default().resolve(&mut doc, &lex);
        let kinds: Vec<(&str, EntityType)> = doc
            .entities
            .iter()
            .map(|e| (e.name.as_str(), e.kind))
            .collect();
        assert!(kinds.contains(&("رأس تنورة", EntityType::Loc)), "{kinds:?}");
        assert!(
            kinds.contains(&("سالم الحربي", EntityType::Per)),
            "{kinds:?}"
        );
        // A place cut in two after a place noun is one place.
        let text = "وتقع محافظة رأس تنورة شرق المملكة.";
        let mut doc = doc_with(
            text,
            &[("رأس", EntityType::Loc), ("تنورة", EntityType::Per)],
            &lex,
        );
        Resolver::default().resolve(&mut doc, &lex);
        assert_eq!(doc.entities.len(), 1, "{:?}", doc.entities);
        assert_eq!(doc.entities[0].name, "رأس تنورة");
        assert_eq!(doc.entities[0].kind, EntityType::Loc);
    }

    #[test]
    fn words_with_tanween_are_cut_from_names() {
        let lex = lexicon();
        let text = "شهدت ناقلات أمريكا الجنوبية انخفاضاً في الطلب.";
        let mut doc = doc_with(text, &[("أمريكا الجنوبية انخفاضاً", EntityType::Loc)], &lex);
        Resolver::default().resolve(&mut doc, &lex);
        assert_eq!(doc.entities.len(), 1);
        assert_eq!(doc.entities[0].name, "أمريكا الجنوبية");
    }
}
