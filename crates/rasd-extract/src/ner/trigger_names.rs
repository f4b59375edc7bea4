//! Names announced by a kind-of-place or kind-of-organisation noun: `تنظيم X`, `قوات X`,
//! `قاعدة X`, `مدينة X`, `مطار X`.
//!
//! News writes an unfamiliar name after the noun that says what it is, and the tagger, which
//! has never seen the name, often leaves it out. After decoding, a run of words right after such
//! a noun becomes a name of the noun's kind when the run is name-like by evidence that knows no
//! particular name:
//!
//! * a run of two or three words whose last word is rare in general text (wordfreq) or lies
//!   inside a name in at least [`INSIDE_PERCENT`] of its sightings in annotated data (the
//!   gazetteer): `عين الأسد`;
//! * else the first word alone, when it is rare or begins a name in at least
//!   [`BEGINS_PERCENT`] of its sightings: `البيشمركة`, `داعش`; after a place noun, also a rare
//!   word without the article that general text hardly ever writes with it: `محافظة شبوة`.
//!
//! After a title (`الشاعر`, `الفريق`), or after a role that a title opens (`المتحدث الرسمي
//! للمركز`), a first name and a family name the model left out are a person's name, and so
//! are words general text never inflects, as names newer than the annotated data are
//! (`persons_after_titles`: `الرئيس الأمريكي اوباما`). A nationality that the model put at the
//! head of a person's name is taken out of it (`adjectives_before_names`).
//!
//! Between quotation marks right after such a noun, the quoted words are the name whatever
//! they are (`تنظيم «داعش»`, `شركة "بيانات"`): the marks close it (`quoted_names`). So are
//! they after a noun of an event, law or work (`مؤتمر`, `قانون`, `برنامج`, `فيلم`, `كتاب`) and
//! after `عنوان` ("titled", `بعنوان «حكايات»`), as a MISC name: the title of a work, a
//! programme, an operation.
//!
//! The run stops at a word with a proclitic, a word the tagger already put in a name, a very
//! common (function) word, another trigger noun, a defined relational adjective (`العسكرية`,
//! `الإرهابي`, which describe the name rather than belong to it) and anything not a word. The
//! noun itself stays outside the name, as ANERcorp annotates `مدينة إيلات` and `حركة طالبان`.

use rasd_text::annotations::EntityType;

use super::features::{Resources, WordInfo};
use super::gazetteer::{GazEntry, Trigger};
use super::labels::Label;
use super::lexicon::{UNKNOWN_RANK, without_article};
use super::lineage::{LINKS, SON_OF};

/// Words rarer than this rank in wordfreq are name-like on their own.
const RARE_RANK: u32 = 20_000;

/// Words more frequent than this rank are function words: they end a run.
const FUNCTION_RANK: u32 = 100;

/// Share of sightings that begin a name, for a first word to be name-like (percent).
pub const BEGINS_PERCENT: u32 = 30;

/// Share of sightings inside a name, for a last word to be name-like (percent).
pub const INSIDE_PERCENT: u32 = 50;

/// Annotated sightings below this count say nothing either way.
const MIN_SIGHTINGS: u32 = 3;

/// Longest name taken, in words.
const MAX_WORDS: usize = 3;

/// Confidence given to a word labelled by this rule.
pub const CONFIDENCE: f32 = 0.5;

/// Labels the names after trigger nouns in one decoded sentence; returns the indices of the
/// words it labelled.
pub fn apply(infos: &[WordInfo], labels: &mut [Label], res: &Resources) -> Vec<usize> {
    let n = infos.len().min(labels.len());
    let mut changed = quoted_names(infos, labels, res);
    let mut i = 0;
    while i + 1 < n {
        let Some(kind) = kind_of(&infos[i]).filter(|_| labels[i] == Label::O) else {
            i += 1;
            continue;
        };
        let mut end = i + 1;
        // A compass word may open the name when a defined word of it follows (`حلف شمال
        // الأطلسي`, `جامعة شمال تكساس`); the name then needs evidence for its last word.
        let compass_first = n > i + 2
            && is_direction(&infos[i + 1])
            && labels[i + 1] == Label::O
            && infos[i + 1].stripped.clitic_letters == 0
            && {
                // What the compass word points to may be shaped like an adjective
                // (`الأطلسي`): it is a place, and the name's evidence decides.
                let w = &infos[i + 2];
                defined(w)
                    && labels[i + 2] == Label::O
                    && w.stripped.clitic_letters == 0
                    && w.trigger.is_none()
                    && !w.title
            };
        if compass_first {
            end += 2;
        }
        while end < n
            && end - i <= MAX_WORDS
            && continues(&infos[end], labels[end], res)
            && !(end > i + 1 && defined(&infos[end - 1]) && !defined(&infos[end]))
        {
            // A defined word is followed in a name only by another (`الشرق الأوسط`), not by an
            // indefinite one, which starts a new phrase (`قوات الأرجوانيين حماس أهالي`).
            end += 1;
        }
        match name_end(infos.get(i + 1..end).unwrap_or(&[]), kind, res) {
            Some(len) => {
                // An alliance's noun is part of its name (`حلف شمال الأطلسي`), as annotated
                // data writes it; other nouns stay outside (`حركة طالبان`).
                let first = if is_alliance(&infos[i]) { i } else { i + 1 };
                let name = labels.iter_mut().enumerate().take(i + 1 + len).skip(first);
                for (k, label) in name {
                    *label = Label::new(kind, k != first);
                    changed.push(k);
                }
                i += len + 1;
            }
            None => i += 1,
        }
    }
    adjectives_before_names(infos, labels);
    changed.extend(persons_after_titles(infos, labels, res));
    changed.extend(names_reaching_titles(infos, labels, res));
    changed.extend(join_adjacent_persons(infos, labels, res));
    changed.extend(split_at_conjunctions(infos, labels, res));
    changed.sort_unstable();
    changed.dedup();
    changed
}

/// Whether `w` may be a family name: one annotated data vouches for, a rare word, or a defined
/// nisba that general text seldom uses (`المطيري`; `المصري` is as often the Egyptian). A known
/// word with a pronoun after it (`استعداداته`) is rare as written but no name.
fn is_family_name(w: &WordInfo, res: &Resources) -> bool {
    let pronoun = || {
        ["ه", "ها", "هم", "هما", "نا", "كم"].iter().any(|p| {
            w.norm
                .strip_suffix(p)
                .is_some_and(|stem| res.freq.rank(stem) != UNKNOWN_RANK)
        })
    };
    match res
        .gazetteer
        .get(&w.stripped.word)
        .filter(|e| e.total >= MIN_SIGHTINGS)
    {
        Some(e) => e.by_type[0] * 100 >= e.total * INSIDE_PERCENT,
        None => {
            let rank = res.freq.rank(&w.stripped.word);
            !pronoun()
                && (rank > RARE_RANK
                    || defined(w) && is_relational(&w.stripped.word) && rank > NISBA_RANK)
        }
    }
}

/// Words that complete a military or police rank (`ملازم أول`, `عميد ركن`, `لواء طيار`),
/// normalized.
const RANK_QUALIFIERS: &[&str] = &[
    "اول",
    "ثاني",
    "ثان",
    "ركن",
    "طيار",
    "بحري",
    "مهندس",
    "متقاعد",
    "دكتور",
    "حقوقي",
];

/// Rank in general text above which a word annotated data has seen only outside names is a
/// function or time word rather than an unusual first name (`عيد` ranks 531, `بين` 25).
const FUNCTION_WORD_RANK: u32 = 300;

/// Whether `w` is an Arabic word without proclitics that is neither a trigger nor a title: a
/// word that may begin or continue a person's name the model left out.
fn plain_word(w: &WordInfo) -> bool {
    w.shape == 'A' && w.stripped.clitic_letters == 0 && w.trigger.is_none() && !w.title
}

/// Most words a name that the model began late may have between its title and its start.
const MAX_NAME_HEAD: usize = 3;

/// Takes into a person's name the words between a title and the name when the model began the
/// name late (`العريف عيد [ماطر مبارك الشهراني]`, `الجندي مشعل علي غرم [عسيري]`): Gulf news
/// names people with four names, of which the model, trained on shorter ones, often keeps the
/// last. Up to [`MAX_NAME_HEAD`] words, each outside any name, without proclitics or the
/// article, and no verb; returns the indices labelled.
fn names_reaching_titles(infos: &[WordInfo], labels: &mut [Label], res: &Resources) -> Vec<usize> {
    let n = infos.len().min(labels.len());
    let mut changed = Vec::new();
    for i in 0..n {
        // Only a defined title stands in apposition to the name (`العريف عيد …`); an
        // indefinite one is in construct with the words after it (`مدرب أتليتيكو مدريد`).
        if !infos[i].title
            || labels[i] != Label::O
            || !defined(&infos[i])
            || KINSHIP.contains(&infos[i].stripped.word.as_str())
        {
            continue;
        }
        // Among the commonest words, those annotated data has seen only outside names are
        // function and time words (`بين`, `أمس`), while `محمد`, `علي` are as common.
        let common_outside_names = |w: &WordInfo| {
            res.freq.rank(&w.stripped.word) < FUNCTION_WORD_RANK
                && res
                    .gazetteer
                    .get(&w.stripped.word)
                    .is_some_and(|e| e.total >= MIN_SIGHTINGS && e.by_type[0] == 0)
        };
        // The rest of a rank (`الملازم أول`, `العميد ركن`) is no name.
        let bare = |k: usize| {
            let w = &infos[k];
            labels[k] == Label::O
                && plain_word(w)
                && !defined(w)
                && !looks_like_verb(w, res)
                && !RANK_QUALIFIERS.contains(&w.stripped.word.as_str())
                && !common_outside_names(w)
        };
        let run = (i + 1..n.min(i + 2 + MAX_NAME_HEAD))
            .take_while(|&k| bare(k))
            .count();
        let start = i + 1 + run;
        if run == 0 || run > MAX_NAME_HEAD || start >= n {
            continue;
        }
        // A name in apposition begins bare: `خلفا لساندرو` is a phrase, not a name.
        if labels[start] != Label::new(EntityType::Per, false)
            || infos[start].stripped.clitic_letters > 0
        {
            continue;
        }
        let name = labels.iter_mut().enumerate().take(start + 1).skip(i + 1);
        for (k, label) in name {
            *label = Label::new(EntityType::Per, k != i + 1);
            changed.push(k);
        }
    }
    changed
}

/// Joins a person's name that begins right where another ends, with no conjunction or other
/// clitic between (`[عبدالله عائض] [عبدالله آل سعد]`): two people are never named side by
/// side without one, so it is one long name the model cut in two. Returns the indices
/// relabelled.
fn join_adjacent_persons(infos: &[WordInfo], labels: &mut [Label], res: &Resources) -> Vec<usize> {
    let person = Label::new(EntityType::Per, false);
    // A word of a name as the tagger may have misread it: a title or a word joined by a
    // conjunction (`[حسن وألحان]`, `[شيخ شمل قبائل آل ختارش]`) says the first half is not a
    // name, so nothing is joined to it. The stripper keeps `و` on words it does not know, so
    // an unknown word in `و` or `ف` counts as joined (`وتيجريز`); `فهد`, `وليد` are known.
    let plain = |w: &WordInfo| {
        w.shape == 'A'
            && w.stripped.clitic_letters == 0
            && !w.title
            && !(w.norm.starts_with(['و', 'ف']) && res.freq.rank(&w.norm) == UNKNOWN_RANK)
    };
    let mut changed = Vec::new();
    for k in 1..infos.len().min(labels.len()) {
        if labels[k] != person || labels[k - 1].kind() != Some(EntityType::Per) {
            continue;
        }
        let first_start = (0..k).rev().find(|&j| !labels[j].is_inside()).unwrap_or(0);
        // Nor is a first half whose words annotated data knows as places or organisations
        // (`[أتليتيكو مدريد] [دييجو سيميوني]`), nor a second half that opens with a verb
        // (`[عادل الجبير] [سيزور]`).
        let elsewhere = |w: &WordInfo| w.gaz[1] >= 2 || w.gaz[2] >= 2;
        // After an indefinite title the first half completes the title (`محافظ [خميس مشيط]
        // [عبدالعزيز بن مشيط]`): the title's place, then its holder.
        let completes_title = first_start
            .checked_sub(1)
            .is_some_and(|t| infos[t].title && !defined(&infos[t]));
        if !completes_title
            && plain(&infos[k])
            && !looks_like_verb(&infos[k], res)
            && infos[first_start..k]
                .iter()
                .all(|w| plain(w) && !elsewhere(w))
        {
            labels[k] = Label::new(EntityType::Per, true);
            changed.push(k);
        }
    }
    changed
}

/// Splits a person's name where a word inside it carries the conjunction `و` and the rest is
/// a given name (`[زيد ناصر] و[زياد]`, `[محمد] و[بندر]`): a name never holds a conjunction, so
/// the tagger ran two names together. The given name must begin person names in at least
/// [`FIRST_NAME_PERCENT`] of its sightings in annotated data (however few); the stripper takes
/// `و` off only
/// when the rest is the commoner word, so `وليد`, `وائل` stay whole. Returns the indices
/// relabelled.
fn split_at_conjunctions(infos: &[WordInfo], labels: &mut [Label], res: &Resources) -> Vec<usize> {
    let inside = Label::new(EntityType::Per, true);
    let mut changed = Vec::new();
    for (k, w) in infos.iter().enumerate().take(labels.len()).skip(1) {
        // One sighting will do: the conjunction inside a name already says that two names
        // were run together, and Gulf given names are rare in the annotated data.
        let given_name = || {
            res.gazetteer
                .get(&w.stripped.word)
                .is_some_and(|e| e.begins[0] * 100 >= e.total * FIRST_NAME_PERCENT)
        };
        if labels[k] == inside
            && w.stripped.clitic_letters == 1
            && w.norm.starts_with('و')
            && given_name()
        {
            labels[k] = Label::new(EntityType::Per, false);
            changed.push(k);
        }
    }
    changed
}

/// Labels a person's name the model left out after a title (`الشاعر فهد المطيري`, `الفريق
/// ناصر الشهري`): a first name that annotated data shows beginning person names at least
/// [`FIRST_NAME_PERCENT`] of its sightings, then a family name (`بن` and a name, or one word
/// that annotated data shows inside person names or that is rare in general text), or one to
/// three words that general text writes without the article or any ending
/// ([`FreqLexicon::is_uninflected`](super::lexicon::FreqLexicon::is_uninflected): `الرئيس
/// الأمريكي اوباما`). The words must be outside any name and without proclitics; returns the
/// indices labelled.
fn persons_after_titles(infos: &[WordInfo], labels: &mut [Label], res: &Resources) -> Vec<usize> {
    let n = infos.len().min(labels.len());
    let gaz = |w: &WordInfo| {
        res.gazetteer
            .get(&w.stripped.word)
            .filter(|e| e.total >= MIN_SIGHTINGS)
    };
    // A first name annotated data vouches for, or one it has hardly seen that is short, as
    // unprefixed first names are, and no common word of general text (the data's names are
    // mostly Levantine and Egyptian: `فهد`); a long one is more often a verb with its affixes.
    let first_name = |w: &WordInfo| match gaz(w) {
        Some(e) => e.begins[0] * 100 >= e.total * FIRST_NAME_PERCENT,
        None => {
            !defined(w)
                && w.stripped.word.chars().count() <= FIRST_NAME_LETTERS
                && res.freq.rank(&w.stripped.word) > COMMON_RANK
        }
    };
    let family_name = |w: &WordInfo| is_family_name(w, res);
    let free = |labels: &[Label], k: usize| {
        infos
            .get(k)
            .filter(|w| plain_word(w))
            .filter(|_| labels.get(k) == Some(&Label::O))
    };
    // The words of a name starting at `at`: a first name, then `بن` and a name or a family name.
    let name_at = |labels: &[Label], at: usize| -> Option<usize> {
        let first = free(labels, at).filter(|w| first_name(w))?;
        let nasab = |w: &WordInfo| SON_OF.contains(&w.stripped.word.as_str());
        match free(labels, at + 1) {
            Some(w)
                if nasab(w)
                    && free(labels, at + 2).is_some_and(|w| first_name(w) || family_name(w)) =>
            {
                Some(3)
            }
            Some(w) if !nasab(w) && family_name(w) && w.stripped.word != first.stripped.word => {
                Some(2)
            }
            _ => None,
        }
    };
    // Or one to three words general text never inflects (`اوباما`, `باراك اوباما`: news
    // names people the annotated data, older than the news, never saw), each such a word or
    // one annotated data shows inside person names, and none a verb.
    let person_word =
        |w: &WordInfo| gaz(w).is_some_and(|e| e.by_type[0] * 100 >= e.total * INSIDE_PERCENT);
    let bare_name_at = |labels: &[Label], at: usize| -> Option<usize> {
        let (mut len, mut bare) = (0, false);
        while len < MAX_WORDS {
            let Some(w) = free(labels, at + len) else {
                break;
            };
            let uninflected = is_bare_name_word(w, res);
            if !(uninflected || person_word(w) && !looks_like_verb(w, res)) {
                break;
            }
            bare |= uninflected;
            len += 1;
        }
        // A run that stops at a person's name is its head, which `names_reaching_titles`
        // joins to it.
        let before_person = labels
            .get(at + len)
            .and_then(|l| l.kind())
            .is_some_and(|k| k == EntityType::Per);
        (bare && !before_person).then_some(len)
    };
    // An indefinite title stands in construct with what follows (`حاكم تكساس`, `مدرب
    // دورتموند`: the place or body led): only after a defined title or a role is a bare word
    // the person's name in apposition (`الرئيس اوباما`).
    let any_name_at = |labels: &[Label], at: usize, apposition: bool| {
        name_at(labels, at).or_else(|| bare_name_at(labels, at).filter(|_| apposition))
    };
    let mut changed = Vec::new();
    for i in 0..n.saturating_sub(2) {
        if !infos[i].title
            || labels[i] != Label::O
            || KINSHIP.contains(&infos[i].stripped.word.as_str())
        {
            continue;
        }
        let Some((start, len)) = any_name_at(labels, i + 1, defined(&infos[i]))
            .map(|len| (i + 1, len))
            .or_else(|| {
                let start = role_end(infos, labels, i)?;
                // After a role the sentence's verb is as likely as a name (`… للمشروع ستسهم`).
                if looks_like_verb(infos.get(start)?, res) {
                    return None;
                }
                // A role ending in an indefinite word with a preposition (`لسوق`) is in
                // construct with what follows, which is no bare name then.
                let closed = start
                    .checked_sub(1)
                    .is_some_and(|k| defined(&infos[k]) || labels[k] != Label::O);
                any_name_at(labels, start, closed).map(|len| (start, len))
            })
        else {
            continue;
        };
        for k in start..start + len {
            if let Some(label) = labels.get_mut(k) {
                *label = Label::new(EntityType::Per, k != start);
                changed.push(k);
            }
        }
    }
    changed
}

/// Where the name may start after a role that opens with the title at `title` and runs on in
/// construct and prepositional phrases (`المتحدث الرسمي للمركز`, `نائب رئيس مجلس محافظة
/// الأنبار`, `المدير العام للتعليم بجازان`): the word after the role, when the role's last word
/// closes a phrase (it is defined, carries a preposition, or is a name) and the next word is
/// indefinite. An indefinite word after a defined one begins a new noun phrase, which after a
/// person's role is the person's name in apposition. `None` when the role runs into another
/// title (read from there), a person's name (the title is theirs), a conjunction,
/// punctuation, or past [`MAX_ROLE_WORDS`].
fn role_end(infos: &[WordInfo], labels: &[Label], title: usize) -> Option<usize> {
    let closes = |k: usize| {
        infos.get(k).is_some_and(|w| {
            defined(w) || w.stripped.clitic_letters > 0 || labels.get(k) != Some(&Label::O)
        })
    };
    let mut k = title + 1;
    while k <= title + MAX_ROLE_WORDS {
        let w = infos.get(k)?;
        let person = labels.get(k).and_then(|l| l.kind()) == Some(EntityType::Per);
        // A conjunction starts a new phrase: only `ب` and `ل` lead phrases inside a role.
        let conjunction = w.stripped.clitic_letters > 0 && !w.norm.starts_with(['ب', 'ل']);
        if w.shape != 'A' || w.title || person || conjunction {
            return None;
        }
        let indefinite_free = !defined(w) && w.stripped.clitic_letters == 0;
        // An indefinite word after an indefinite title or word is in construct with it
        // (`مديرة إدارة`, `مجلس محافظة`); after a closed phrase (a defined title included:
        // `الوزير تضمن`) it is where the name may start, unless it is a trigger noun
        // continuing the role.
        if indefinite_free
            && labels.get(k) == Some(&Label::O)
            && w.trigger.is_none()
            && closes(k - 1)
        {
            return Some(k);
        }
        k += 1;
    }
    None
}

/// Whether a word reads as an imperfect verb: it begins with a person prefix (`ت`, `ي`, `ن`,
/// after an optional future `س`) and the same stem with another person prefix, or without the
/// future, is a known word (`تشغل` / `يشغل`), as a name's first letter seldom allows (`ياسر` /
/// `تاسر`).
fn looks_like_verb(w: &WordInfo, res: &Resources) -> bool {
    let word = w.stripped.word.as_str();
    let (future, rest) = match word.strip_prefix('س') {
        Some(rest) => ("س", rest),
        None => ("", word),
    };
    let mut chars = rest.chars();
    let Some(prefix) = chars.next().filter(|c| matches!(c, 'ت' | 'ي' | 'ن')) else {
        return false;
    };
    let stem = chars.as_str();
    if stem.chars().count() < 2 {
        return false;
    }
    // With the future `س`, the form without it counts too (`ستسهم` / `يسهم`).
    ['ت', 'ي', 'ن'].iter().any(|&p| {
        (p != prefix && res.freq.rank(&format!("{future}{p}{stem}")) < VERB_RANK)
            || (!future.is_empty() && res.freq.rank(&format!("{p}{stem}")) < VERB_RANK)
    })
}

/// How common another person's form of a word must be for the word to read as a verb.
const VERB_RANK: u32 = 50_000;

/// Longest role read between a title and the name after it, in words.
const MAX_ROLE_WORDS: usize = 6;

/// Words more frequent than this rank are common words, not first names, unless annotated data
/// vouches for them.
const COMMON_RANK: u32 = 1000;

/// Kinship words of the person-trigger list (normalized): what follows them is a relative
/// (`ابن عمه`, his cousin) as often as a name.
pub(crate) const KINSHIP: [&str; 8] = [
    "ابن",
    "ابنه",
    "نجل",
    "شقيق",
    "شقيقه",
    "زوج",
    "زوجه",
    "ارمله",
];

/// Longest first name, in letters, taken without annotated data's word for it.
const FIRST_NAME_LETTERS: usize = 5;

/// Defined nisbas rarer than this rank are family names after a first name.
const NISBA_RANK: u32 = 5000;

/// Share of sightings that begin a person's name, for a word after a title to be a first name
/// (percent).
const FIRST_NAME_PERCENT: u32 = 50;

/// Longest name taken between quotation marks after a kind noun, in words.
const MAX_QUOTED_WORDS: usize = 4;

/// Longest name taken between quotation marks after a noun of an event, a law or a work.
const MAX_QUOTED_EVENT_WORDS: usize = 3;

/// Labels the words between quotation marks right after a kind-of-place or kind-of-organisation
/// noun as a name of the noun's kind (`تنظيم «داعش»`, `حركة "حماس"`, `شركة “أرامكو”`): news
/// quotes a name after the noun that says what it is, and the quotes close the name, so no
/// other evidence is needed. One to [`MAX_QUOTED_WORDS`] words, none already in a name nor a
/// function word, then the closing mark; returns the indices labelled.
fn quoted_names(infos: &[WordInfo], labels: &mut [Label], res: &Resources) -> Vec<usize> {
    let n = infos.len().min(labels.len());
    let opens = |w: &WordInfo| matches!(w.norm.as_str(), "\"" | "«" | "“" | "„");
    let closes = |w: &WordInfo| matches!(w.norm.as_str(), "\"" | "»" | "”");
    let mut changed = Vec::new();
    for i in 0..n.saturating_sub(3) {
        // The opening mark first: most words have none after them. The tagger may have read
        // the kind noun alone as a name (`مليشيا «فجر ليبيا»`); the quotation is the name.
        let noun_alone = labels[i].kind().is_some() && !labels[i].is_inside();
        if !opens(&infos[i + 1]) || !(labels[i] == Label::O || noun_alone) {
            continue;
        }
        let Some(kind) = quoted_kind(&infos[i]) else {
            continue;
        };

        let titled = is_title_word(&infos[i]);
        // A straight mark after an odd number of them closes a quotation the noun of a work
        // was in (`منظمة "يوجد قانون" التعقيب`). (Names of places and organisations are
        // quoted inside quotations too: `"… لتنظيم "داعش"`.)
        if kind == EntityType::Misc
            && infos[i + 1].norm == "\""
            && infos[..=i].iter().filter(|w| w.norm == "\"").count() % 2 == 1
        {
            continue;
        }
        // Past a few words, what an event's noun quotes is more often a statement about it
        // (`عملية «الانتشار ستتم آخر الشهر»`); a title may be longer.
        let longest = if titled || kind != EntityType::Misc {
            MAX_QUOTED_WORDS
        } else {
            MAX_QUOTED_EVENT_WORDS
        };
        let first = i + 2;
        // `قناة "إم. بي. سي"`: the letters of an acronym, each with its dot, one name whatever
        // the tagger made of them.
        if let Some(len) = dotted_acronym(&infos[first..n])
            .filter(|&len| infos.get(first + len).is_some_and(closes))
        {
            for (k, label) in labels.iter_mut().enumerate().skip(first).take(len) {
                *label = Label::new(kind, k != first);
                changed.push(k);
            }
            continue;
        }
        let Some(len) = (1..=longest).find(|&len| infos.get(first + len).is_some_and(closes))
        else {
            continue;
        };
        let words = first..first + len;
        // The tagger may have read the quoted words as a name of another type (`منطقة
        // "هيغانغ"` as an organisation): the kind noun says what it is.
        let one_name = kind != EntityType::Misc
            && !labels[first].is_inside()
            && labels[first].kind().is_some()
            && labels[first + 1..first + len]
                .iter()
                .all(|l| l.is_inside() && l.kind() == labels[first].kind());
        // An organisation's quoted name may hold a place's (`مليشيا «فجر ليبيا»`, `جماعة
        // «أنصار بيت المقدس»`) after a first word of its own.
        let holds_place = |l: &Label| {
            kind == EntityType::Org
                && labels[first] == Label::O
                && l.kind() == Some(EntityType::Loc)
        };
        let name_like = infos[words.clone()]
            .iter()
            .zip(&labels[words.clone()])
            .all(|(w, l)| {
                matches!(w.shape, 'A' | 'L') && (*l == Label::O || one_name || holds_place(l))
            })
            // A title may begin with any word (`بعنوان «من أجل غد أفضل»`).
            && (titled || res.freq.rank(&infos[first].stripped.word) >= FUNCTION_RANK)
            // `منظمة «إرهابية»` quotes a description, not a name.
            && !(len == 1 && !defined(&infos[first]) && is_relational(&infos[first].stripped.word));
        if name_like {
            if noun_alone {
                labels[i] = Label::O;
                changed.push(i);
            }
            for k in words {
                labels[k] = Label::new(kind, k != first);
                changed.push(k);
            }
        }
    }
    changed
}

/// Letters of an acronym written out with a dot after each (`إم. بي. سي`, `سي.إن.إن`): the
/// number of tokens they take at the start of `words`, when at least two letters are joined by
/// dots. Each letter's name is a word of one to three letters.
fn dotted_acronym(words: &[WordInfo]) -> Option<usize> {
    let letter =
        |w: &WordInfo| matches!(w.shape, 'A' | 'L') && (1..=3).contains(&w.norm.chars().count());
    let mut len = 0;
    let mut letters = 0;
    while let Some(w) = words.get(len) {
        if !letter(w) {
            break;
        }
        letters += 1;
        len += 1;
        match words.get(len) {
            Some(dot) if dot.norm == "." => len += 1,
            _ => break,
        }
    }
    (letters >= 2 && len <= 8).then_some(len)
}

/// The type of name quoted right after the word: a place's or an organisation's after their
/// nouns ([`kind_of`]), and a MISC name after an indefinite noun of an event, a law or a work
/// (`مؤتمر`, `قانون`, `برنامج`) or after `عنوان`.
fn quoted_kind(w: &WordInfo) -> Option<EntityType> {
    kind_of(w).or_else(|| {
        let other = w.trigger == Some(Trigger::Other) && !defined(w);
        (other || is_title_word(w)).then_some(EntityType::Misc)
    })
}

/// Whether the word is `عنوان` ("title"), with or without a proclitic (`بعنوان`): what it
/// quotes is a title.
fn is_title_word(w: &WordInfo) -> bool {
    // The stripper keeps the frequent `بعنوان` whole, and may keep a conjunction before it.
    let word = w.stripped.word.as_str();
    let word = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .filter(|rest| rest.ends_with("عنوان"))
        .unwrap_or(word);
    matches!(word, "عنوان" | "بعنوان")
}

/// The type of name the word announces, for an indefinite place or organisation noun: only
/// the indefinite noun stands in construct with a name (`مدينة X`); after the defined one
/// (`النادي المستضيف`) comes an adjective.
fn kind_of(w: &WordInfo) -> Option<EntityType> {
    if defined(w) || is_direction(w) {
        return None;
    }
    if is_alliance(w) {
        return Some(EntityType::Org);
    }
    match w.trigger? {
        Trigger::Place => Some(EntityType::Loc),
        Trigger::Organisation => Some(EntityType::Org),
        Trigger::Person | Trigger::Other => None,
    }
}

/// Nouns of alliances, which announce an organisation's name (`حلف شمال الأطلسي`, `حلف
/// وارسو`) but are not among the model's trigger words: the model was trained without them,
/// and adding a trigger means retraining it (normalized).
const ALLIANCES: [&str; 1] = ["حلف"];

/// Compass words, which the trigger lists count as place nouns but which act as prepositions
/// (`وسط قيادات`, `شرق المدينة`): not for this rule. Normalized, unordered.
pub(crate) const DIRECTIONS: [&str; 9] = [
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "وسط",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
];

/// Whether the word is one of [`ALLIANCES`].
fn is_alliance(w: &WordInfo) -> bool {
    ALLIANCES.contains(&w.stripped.word.as_str())
}

/// Whether the word is a compass word ([`DIRECTIONS`]).
fn is_direction(w: &WordInfo) -> bool {
    DIRECTIONS.contains(&w.stripped.word.as_str())
}

/// Whether the word carries the article.
fn defined(w: &WordInfo) -> bool {
    w.stripped.word.starts_with("ال")
}

/// Whether the word may be part of the name being read.
fn continues(w: &WordInfo, label: Label, res: &Resources) -> bool {
    w.shape == 'A'
        && label == Label::O
        && w.stripped.clitic_letters == 0
        && w.trigger.is_none()
        && !w.title
        && !is_relational(&w.stripped.word)
        && res.freq.rank(&w.stripped.word) >= FUNCTION_RANK
}

/// A word shaped like a relational adjective, `…ي` or `…يه`, with or without the article
/// (`العسكرية`, `قاعدة عسكرية`, `مركز مالي`). Names with these endings after a trigger noun
/// are rarer than the adjectives.
pub(super) fn is_relational(word: &str) -> bool {
    word.chars().count() >= 4 && (word.ends_with("يه") || word.ends_with('ي'))
}

/// How many words of the candidate run form a name, if any: up to the last word after the
/// first that is itself name-like (`عين الأسد`), else the first word alone when it is.
fn name_end(run: &[WordInfo], kind: EntityType, res: &Resources) -> Option<usize> {
    let share = |w: &WordInfo, pick: fn(&GazEntry) -> u32, percent: u32| {
        res.gazetteer
            .get(&w.stripped.word)
            .is_some_and(|e| e.total >= MIN_SIGHTINGS && pick(e) * 100 >= e.total * percent)
    };
    let begins = |e: &GazEntry| e.begins.iter().copied().max().unwrap_or(0);
    let inside = |e: &GazEntry| e.by_type.iter().copied().max().unwrap_or(0);
    let first = run.first()?;
    // After a defined word, a rare defined one is more often its adjective (`الأسد المتمركزة`)
    // than the rest of a name: only annotated data vouches for it there.
    let ends_name = |k: usize| {
        let (Some(w), Some(prev)) = (run.get(k), k.checked_sub(1).and_then(|p| run.get(p))) else {
            return false;
        };
        share(w, inside, INSIDE_PERCENT)
            || !prev.stripped.word.starts_with("ال") && defined_rare(w, res)
    };
    if let Some(last) = (1..run.len()).rev().find(|&k| ends_name(k)) {
        return Some(last + 1);
    }
    // After a compass word, the place it points to is the evidence: a word inside names of any
    // type in most of its sightings (`الأطلسي`: in places and organisations).
    if is_direction(first) {
        let in_names = |e: &GazEntry| e.by_type.iter().sum();
        return run
            .get(1)
            .is_some_and(|w| share(w, in_names, INSIDE_PERCENT))
            .then_some(2);
    }
    // A rare bare word is a name only after a place noun (`محافظة لحج`), and only when no
    // defined word goes on from it: after an organisation noun it is as often the place the body
    // belongs to (`شرطة زهوة`) or the first word of a longer name (`قوات خفر السواحل`).
    let bare_place = kind == EntityType::Loc
        && run.get(1).is_none_or(|next| !defined(next))
        && bare_rare(first, res);
    (defined_rare(first, res) || bare_place || share(first, begins, BEGINS_PERCENT)).then_some(1)
}

/// A word with the article that general text rarely uses and that is written with the article
/// far more than without it (`البيشمركة`, `السويداء`), and that annotated data has not seen
/// only outside names. A common noun is used about as often without the article (`الإجلاء`,
/// `إجلاء`) or is the plural or dual of a word in use (`المقرضين`, `الإلكترونات`).
fn defined_rare(w: &WordInfo, res: &Resources) -> bool {
    let word = w.stripped.word.as_str();
    let rank = res.freq.rank(word);
    if !word.starts_with("ال") || rank <= RARE_RANK || seen_outside_names(word, res) {
        return false;
    }
    let bare = res.freq.rank(without_article(word));
    if bare != UNKNOWN_RANK && u64::from(bare) < u64::from(rank) * ARTICLE_BOUND {
        return false;
    }
    let known = |base: &str| {
        [base, without_article(base)]
            .iter()
            .any(|b| res.freq.rank(b) != UNKNOWN_RANK)
    };
    let inflected = PLURALS.iter().any(|&(suffix, restore)| {
        word.strip_suffix(suffix).is_some_and(|base| {
            base.chars().count() >= 4 && (known(base) || known(&format!("{base}{restore}")))
        })
    });
    !inflected
}

/// How many times rarer than the defined form the bare form must be (or unknown) for a word
/// to count as written with its article.
const ARTICLE_BOUND: u64 = 3;

/// A word without the article that general text rarely uses and almost never writes with the
/// article (`محافظة لحج`: `لحج` is rare, `اللحج` unheard of), and that annotated data has not
/// seen only outside names. An indefinite word after an indefinite noun is as often an
/// adjective (`منطقة منزوعة`, `منطقة عازلة`) as a name, and an adjective takes the article as
/// readily as its noun does (`المنزوعة`, `العازلة`); a name of a place or a body does not.
/// Rare words of other shapes are no names either: a verb (`تنشد`, `تحررت`), a known word with a
/// possessive pronoun (`عدونا`, `مؤسسته`), which the article cannot precede, and a
/// participle of the derived forms (`متكاتفة`, `مستقلة`).
fn bare_rare(w: &WordInfo, res: &Resources) -> bool {
    let word = w.stripped.word.as_str();
    let rank = res.freq.rank(word);
    if word.starts_with("ال")
        || word.chars().count() < 3
        || rank <= RARE_RANK
        || seen_outside_names(word, res)
        || looks_like_verb(w, res)
        || is_participle(word)
    {
        return false;
    }
    let known = |base: &str| base.chars().count() >= 3 && res.freq.rank(base) < POSSESSED_RANK;
    // Before `ه` the feminine ending is written `ت` (`مؤسسته`, from `مؤسسة`).
    let possessed = POSSESSIVES
        .iter()
        .any(|suffix| word.strip_suffix(suffix).is_some_and(known))
        || word.strip_suffix('ه').is_some_and(|base| {
            known(base)
                || base
                    .strip_suffix('ت')
                    .is_some_and(|b| known(&format!("{b}ه")))
        });
    // `مدينة تحررت`: a past verb with its feminine ending, in a clause describing the noun.
    let past_verb = word.strip_suffix('ت').is_some_and(known);
    if possessed || past_verb {
        return false;
    }
    let defined = res.freq.rank(&format!("ال{word}"));
    defined == UNKNOWN_RANK || u64::from(defined) > u64::from(rank) * BARE_ARTICLE_BOUND
}

/// How many times rarer than the bare form the defined form must be (or unknown) for a word
/// to count as written without the article. Stricter than [`ARTICLE_BOUND`]: adjectives are
/// more often rare than nouns, and `منزوعة` is already twice as common as `المنزوعة`.
const BARE_ARTICLE_BOUND: u64 = 5;

/// How common the word before a possessive pronoun must be for the pronoun to be read
/// (`حوائجه`: `حوائج` ranks about 60,000).
const POSSESSED_RANK: u32 = 100_000;

/// Possessive pronoun suffixes of more than one letter (normalized; `ه`, which normalization
/// shares with the feminine `ة`, is tested apart).
const POSSESSIVES: [&str; 7] = ["هما", "هم", "هن", "ها", "نا", "كما", "كم"];

/// Whether a word has the shape of a participle of the derived verb forms (`متكاتف`, `مستقل`):
/// names seldom begin so.
fn is_participle(word: &str) -> bool {
    let letters = word.chars().count();
    (word.starts_with("مت") && letters >= 5) || (word.starts_with("مست") && letters >= 6)
}

/// Whether annotated data has seen the word at least twice, and never inside a name.
fn seen_outside_names(word: &str, res: &Resources) -> bool {
    res.gazetteer
        .get(word)
        .is_some_and(|e| e.total >= 2 && e.by_type.iter().all(|&n| n == 0))
}

/// Leaves out of a person's name a defined nisba that begins it before a word without the
/// article (`المدرب [الأوروغوياني ألفارو] غوتيريز`, `الرئيس [البوليفي إيفو موراليس]`): a
/// family name written as a nisba comes after the given name, never before it, so there the
/// nisba is the nationality or origin that describes the person.
fn adjectives_before_names(infos: &[WordInfo], labels: &mut [Label]) {
    let per = Some(EntityType::Per);
    for i in 0..infos.len().min(labels.len()).saturating_sub(1) {
        let begins_person = labels[i].kind() == per && !labels[i].is_inside();
        let (w, next) = (&infos[i], &infos[i + 1]);
        if begins_person
            && labels[i + 1].kind() == per
            && labels[i + 1].is_inside()
            && w.stripped.clitic_letters == 0
            && defined(w)
            && is_relational(&w.stripped.word)
            && next.shape == 'A'
            && !defined(next)
            // `الشيحي وخالد`: a conjunction begins another name.
            && !(next.stripped.clitic_letters > 0 && next.norm.starts_with(['و', 'ف']))
        {
            labels[i] = Label::O;
            labels[i + 1] = Label::new(EntityType::Per, false);
        }
    }
}

/// Whether `w` may be a word of a person's name that annotated data, older than the news, never
/// saw: an Arabic word without the article that general text writes without any ending
/// ([`FreqLexicon::is_uninflected`](super::lexicon::FreqLexicon::is_uninflected): `اوباما`),
/// neither a trigger, a title, a word that links names (`بن`, `عبد`, `ابو`) nor a verb, and
/// not seen in annotated data only outside names.
pub(super) fn is_bare_name_word(w: &WordInfo, res: &Resources) -> bool {
    let word = w.stripped.word.as_str();
    w.shape == 'A'
        && w.trigger.is_none()
        && !w.title
        && !defined(w)
        && !LINKS.contains(&word)
        && res.freq.is_uninflected(word)
        && !seen_outside_names(word, res)
        && !looks_like_verb(w, res)
}

/// Plural and dual endings, with what the singular may end in instead (`ات` → `ه`).
const PLURALS: [(&str, &str); 5] = [
    ("ات", "ه"),
    ("ين", ""),
    ("ون", ""),
    ("ان", ""),
    ("يين", "ي"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::Tagger;
    use crate::ner::features::analyse_words;

    /// What the rule labels in a sentence the model left all `O`.
    fn added(words: &[&str]) -> Vec<(String, &'static str)> {
        let tagger = Tagger::shipped().unwrap();
        let res = tagger.resources();
        let infos = analyse_words(words, res);
        let mut labels = vec![Label::O; words.len()];
        apply(&infos, &mut labels, res)
            .into_iter()
            .map(|i| (words[i].to_owned(), labels[i].as_str()))
            .collect()
    }

    #[test]
    fn names_after_kind_nouns_and_not_adjectives() {
        // A name no data has seen, written with the article, after a place noun; the adjective
        // after it stays out.
        assert_eq!(
            added(&[
                "وصلت",
                "التعزيزات",
                "إلى",
                "مخيم",
                "الزنكلوت",
                "الشمالي",
                "أمس"
            ]),
            [("الزنكلوت".to_owned(), "B-LOC")]
        );
        // Common words after the same nouns are not names.
        for words in [
            &["انتشرت", "قوات", "الأمن", "في", "الشوارع"][..],
            &["أقيمت", "قاعدة", "عسكرية", "جديدة"],
            &["وصل", "الوفد", "وسط", "الاحتجاجات"],
            &["نقل", "المصابون", "إلى", "مركز", "الإجلاء"],
            &["وقالت", "قوات", "المراقبين", "إن", "الوضع", "هادئ"],
            &["وقال", "مصدر", "في", "مخيم"],
        ] {
            assert!(added(words).is_empty(), "{words:?}: {:?}", added(words));
        }
    }

    #[test]
    fn rare_bare_names_after_place_nouns_and_not_adjectives_or_verbs() {
        // A rare word general text never writes with the article, after a place noun.
        assert_eq!(
            added(&["وصلت", "التعزيزات", "إلى", "محافظة", "شبوة", "أمس"]),
            [("شبوة".to_owned(), "B-LOC")]
        );
        // Rare adjectives take the article as their nouns do; verbs and possessed nouns are no
        // names; after an organisation noun a bare word is the body's place or the start of a
        // longer name.
        for words in [
            &["أقيمت", "منطقة", "عازلة", "على", "الحدود"][..],
            &["أعلنت", "منطقة", "منزوعة", "السلاح"],
            &["تعيش", "المدينة", "أياما", "ومدينة", "تنشد", "السلام"],
            &["وكانت", "البلدة", "ثاني", "محافظة", "تحررت", "من", "الحصار"],
            &["بلاغ", "من", "شرطة", "شبوة", "عن", "الحادث"],
        ] {
            assert!(added(words).is_empty(), "{words:?}: {:?}", added(words));
        }
    }

    /// What the rule labels in a sentence whose labels the model gave as `given`.
    fn added_to(words: &[&str], given: &[(usize, Label)]) -> Vec<String> {
        crate::ner::testing::labelled_by(words, given, apply)
    }

    #[test]
    fn a_name_begun_late_reaches_its_title_and_two_halves_join() {
        let per = Label::new(EntityType::Per, false);
        let inside = Label::new(EntityType::Per, true);
        // The model kept the last two of four names after a rank.
        let words = ["ونعى", "الرقيب", "مسفر", "ظافر", "سعيد", "القرني", "زملاؤه"];
        let got = added_to(&words, &[(4, per), (5, inside)]);
        assert_eq!(got, ["مسفر", "ظافر", "سعيد"]);
        // A common word after the title is its rest, not a name (`الملازم أول`).
        let words = ["الملازم", "أول", "فهد", "العتيبي"];
        assert!(added_to(&words, &[(2, per), (3, inside)]).is_empty());
        // A name cut in two without a conjunction is one; with one, two people.
        let words = ["الطالب", "سعود", "ناصر", "بندر", "الحربي"];
        assert_eq!(
            added_to(&words, &[(1, per), (2, inside), (3, per), (4, inside)]),
            ["بندر"]
        );
        let words = ["قال", "سعود", "ناصر", "وبندر", "الحربي"];
        assert!(added_to(&words, &[(1, per), (2, inside), (3, per), (4, inside)]).is_empty());
    }

    #[test]
    fn a_given_name_after_a_conjunction_begins_another_name() {
        let per = Label::new(EntityType::Per, false);
        let inside = Label::new(EntityType::Per, true);
        // Two people the tagger ran together: the second begins at `وخالد`.
        let words = ["وكرم", "الأمير", "سعود", "ناصر", "وخالد", "المطيري"];
        let given = [(2, per), (3, inside), (4, inside), (5, inside)];
        assert_eq!(added_to(&words, &given), ["وخالد"]);
        // A name that begins with the letter is one name (`وليد`).
        let words = ["وكرم", "الأمير", "سعود", "وليد", "المطيري"];
        let given = [(2, per), (3, inside), (4, inside)];
        assert!(added_to(&words, &given).is_empty());
    }

    #[test]
    fn names_after_a_role_but_not_verbs_or_the_rest_of_a_known_name() {
        let per = Label::new(EntityType::Per, false);
        let loc = Label::new(EntityType::Loc, false);
        // The role runs through a construct chain and a place the model found.
        let words = [
            "وقالت",
            "مديرة",
            "إدارة",
            "التدريب",
            "بمنطقة",
            "حائل",
            "هيفاء",
            "الشمري",
            "إن",
        ];
        assert_eq!(added_to(&words, &[(5, loc)]), ["هيفاء", "الشمري"]);
        // The verb after a role is no first name.
        let words = [
            "وأكد",
            "المدير",
            "العام",
            "للمشروع",
            "ستسهم",
            "الخطة",
            "المقترحة",
        ];
        assert!(added_to(&words, &[]).is_empty());
        // After a defined title, the indefinite word is the sentence's verb, not a construct:
        // the role ends there.
        let words = [
            "وأعلن",
            "المدير",
            "يشمل",
            "برنامجا",
            "لعشرة",
            "مشاريع",
            "يديرها",
        ];
        assert!(added_to(&words, &[]).is_empty());
        // The model's person after the title owns it: no second name after theirs.
        let words = ["وغنت", "المطربة", "سلمى", "حداد", "أغنيات", "جديدة"];
        assert!(added_to(&words, &[(2, per)]).is_empty());
    }

    #[test]
    fn quoted_titles_after_works_and_events_are_misc() {
        let misc = |words: &[&str]| -> Vec<(String, &'static str)> {
            added(words)
                .into_iter()
                .filter(|(_, l)| l.ends_with("MISC"))
                .collect()
        };
        assert_eq!(
            misc(&["وتقدم", "برنامج", "«", "ليالي", "السمر", "»", "أسبوعيا"]),
            [
                ("ليالي".to_owned(), "B-MISC"),
                ("السمر".to_owned(), "I-MISC")
            ]
        );
        // After `بعنوان` a title may begin with a function word.
        assert_eq!(
            misc(&["وألقى", "محاضرة", "بعنوان", "«", "من", "الرمل", "»", "أمس"]),
            [("من".to_owned(), "B-MISC"), ("الرمل".to_owned(), "I-MISC")]
        );
        // A defined noun of a work is followed by its description, not its title; a statement
        // quoted after an event's noun is no name; a straight mark that closes a quotation
        // the noun is in opens none.
        for words in [
            &["وعرض", "البرنامج", "«", "الجديد", "»", "أمس"][..],
            &[
                "وأكد",
                "أن",
                "عملية",
                "«",
                "الانتشار",
                "ستتم",
                "آخر",
                "الشهر",
                "»",
            ],
            &[
                "وقالت",
                "منظمة",
                "\"",
                "يوجد",
                "قانون",
                "\"",
                "التعقيب",
                "ان",
                "\"",
            ],
        ] {
            assert!(misc(words).is_empty(), "{words:?}");
        }
    }

    #[test]
    fn quoted_names_after_kind_nouns() {
        assert_eq!(
            added(&["وأعلن", "تنظيم", "«", "جند", "الشام", "»", "مسؤوليته"]),
            [("جند".to_owned(), "B-ORG"), ("الشام".to_owned(), "I-ORG")]
        );
        assert_eq!(
            added(&["ووقعت", "شركة", "“", "نسيم", "”", "العقد"]),
            [("نسيم".to_owned(), "B-ORG")]
        );
        // A quoted description, a function word, or no closing mark: no name.
        for words in [
            &["وصنفتها", "منظمة", "«", "إرهابية", "»", "أمس"][..],
            &["وقالت", "شركة", "«", "في", "بيان", "»"],
            &[
                "وقالت",
                "شركة",
                "«",
                "نسيم",
                "إن",
                "الأرباح",
                "تضاعفت",
                "العام",
                "الماضي",
            ],
        ] {
            assert!(added(words).is_empty(), "{words:?}: {:?}", added(words));
        }
    }

    #[test]
    fn a_dotted_acronym_between_quotation_marks_is_one_name() {
        assert_eq!(
            added(&[
                "مثل",
                "قناة",
                "\"",
                "إم",
                ".",
                "بي",
                ".",
                "سي",
                "\"",
                "وغيرها"
            ]),
            [
                ("إم".to_owned(), "B-ORG"),
                (".".to_owned(), "I-ORG"),
                ("بي".to_owned(), "I-ORG"),
                (".".to_owned(), "I-ORG"),
                ("سي".to_owned(), "I-ORG")
            ]
        );
        // One letter is no acronym, and a long word breaks it.
        assert!(added(&["قناة", "\"", "إم", ".", "\"", "وغيرها"]).is_empty());
    }

    #[test]
    fn names_general_text_never_inflects_after_titles() {
        // Foreign names newer than the annotated data, frequent in general text, after a
        // defined title and its adjective: one word or two.
        assert_eq!(
            added(&["ورحب", "الرئيس", "الأمريكي", "أوباما", "بالاتفاق"]),
            [("أوباما".to_owned(), "B-PERS")]
        );
        assert_eq!(
            added(&["وهاجم", "المرشح", "الجمهوري", "دونالد", "ترامب", "منافسيه"]),
            [
                ("دونالد".to_owned(), "B-PERS"),
                ("ترامب".to_owned(), "I-PERS")
            ]
        );
        // After an indefinite title the word is what the person heads (`حاكم تكساس`); after a
        // role ending in an indefinite word with a preposition, that word's complement; adverbs
        // and common words are no names.
        for words in [
            &["وقال", "حاكم", "تكساس", "إن", "الولاية", "مستعدة"][..],
            &[
                "وقال",
                "رئيس",
                "اللجنة",
                "العليا",
                "لمهرجان",
                "جرش",
                "إن",
                "الدورة",
                "نجحت",
            ],
            &["وقال", "الرئيس", "الأمريكي", "آنذاك", "إن", "الحرب", "انتهت"],
            &["وقال", "الرئيس", "الأمريكي", "حاليا", "إن", "الحرب", "انتهت"],
            &["وأعلن", "الرئيس", "الأمريكي", "بمناسبة", "العيد", "العفو"],
        ] {
            assert!(added(words).is_empty(), "{words:?}: {:?}", added(words));
        }
    }

    #[test]
    fn a_nationality_before_a_given_name_is_left_out_of_the_name() {
        let tagger = Tagger::shipped().unwrap();
        let res = tagger.resources();
        let per = Label::new(EntityType::Per, false);
        let inside = Label::new(EntityType::Per, true);
        let words = [
            "وتعاقد",
            "النادي",
            "مع",
            "المهاجم",
            "الغاني",
            "كوفي",
            "منساه",
        ];
        let infos = analyse_words(&words, res);
        let mut labels = vec![Label::O, Label::O, Label::O, Label::O, per, inside, inside];
        adjectives_before_names(&infos, &mut labels);
        assert_eq!(labels[4..], [Label::O, per, inside]);
        // A nisba after the given name is the family name.
        let words = ["وصرح", "اللاعب", "سالم", "الدوسري", "بأن"];
        let infos = analyse_words(&words, res);
        let mut labels = vec![Label::O, Label::O, per, inside, Label::O];
        adjectives_before_names(&infos, &mut labels);
        assert_eq!(labels[2..4], [per, inside]);
    }
}
