//! Article structure: paragraphs and their roles (headline, dateline, subheading, caption, body).
//!
//! Scraped news puts one paragraph on each line. The role of a line is read from general
//! features of news layout, never from particular words of an article:
//! * **length** in words and whether the line ends with sentence punctuation: headings and
//!   captions are short and unpunctuated, running text is long or punctuated;
//! * **position**: a headline is the first line and is followed by running text; a subheading
//!   stands between paragraphs and introduces running text;
//! * **dateline patterns** at the start of the first paragraph: `SOURCE من PLACE:`
//!   (`ايلاف من لندن:`), `PLACE - SOURCE:` (`الرياض - واس:`), or a line of its own giving place,
//!   date and agency (`بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس`);
//! * **caption cues**: a photo word (`صورة`, `تصوير`) or a scene word (`خلال`, `أثناء`, `لدى`)
//!   together with a number or date, on a short unpunctuated line.

use crate::chars::{is_arabic_letter, is_digit};
use crate::document::BlockRole;
use crate::normalize::Normalizer;
use crate::span::Span;

/// The most words a headline may have.
const HEADLINE_MAX_WORDS: usize = 15;
/// The most words a subheading may have.
const SUBHEADING_MAX_WORDS: usize = 12;
/// The most words a caption may have, and the fewest.
const CAPTION_MAX_WORDS: usize = 16;
const CAPTION_MIN_WORDS: usize = 3;
/// A line this long reads as running text even without final punctuation.
const BODY_MIN_WORDS: usize = 13;
/// The most words on each side of a dateline (`SOURCE من PLACE`, `PLACE - SOURCE`).
const DATELINE_PART_MAX_WORDS: usize = 3;
/// The most words on each side of `SOURCE من PLACE`: longer ones are phrases (`مشهد من …`).
const FROM_PART_MAX_WORDS: usize = 2;
/// The most words of a dateline that stands on a line of its own.
const DATELINE_LINE_MAX_WORDS: usize = 16;

/// News agencies and publishers often named in datelines, and the generic credits `وكالات`
/// (agencies) and `متابعات` (follow-ups), in standard-normalized form, so that `PLACE - SOURCE`
/// and `SOURCE - PLACE` can be told apart. Names that are also places (`الرياض`, `المدينة`) are
/// left out on purpose. Sorted by name; compare after normalizing.
const AGENCIES: &[&str] = &[
    "ا ش ا",
    "ا ف ب",
    "اسوشيتد برس",
    "الاناضول",
    "الاهرام",
    "الحياة",
    "الشرق الاوسط",
    "العربية نت",
    "العمانية",
    "القدس العربي",
    "المصري اليوم",
    "ايرنا",
    "ايلاف",
    "بترا",
    "بنا",
    "د ب ا",
    "رويترز",
    "سانا",
    "سبا",
    "سبق",
    "سكاي نيوز",
    "شينخوا",
    "عكاظ",
    "قنا",
    "كونا",
    "متابعات",
    "واس",
    "وام",
    "وفا",
    "وكالات",
    "يو بي اي",
];

/// Scene words of captions: `خلال`, `أثناء`, `لدى` (standard-normalized).
const CAPTION_SCENE_WORDS: &[&str] = &["اثناء", "خلال", "لدى"];
/// Photo words of captions (standard-normalized).
const CAPTION_PHOTO_WORDS: &[&str] = &["الصورة", "بعدسة", "تصوير", "صورة", "عدسة"];

/// The roles of an article's blocks and its dateline.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Structure {
    /// One role per block, in order.
    pub roles: Vec<BlockRole>,
    /// The dateline, when the article has one.
    pub dateline: Option<Dateline>,
}

/// A dateline: where and from whom the article was filed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// Index of the block it opens (or is).
    pub block: usize,
    /// The dateline itself: `ايلاف من لندن:` including its colon, or the whole line when it
    /// stands alone.
    pub span: Span,
    /// The agency or publisher named (`ايلاف`).
    pub source: Option<String>,
    /// The place named (`لندن`).
    pub place: Option<String>,
}

/// Gives each block of `text` (the spans from [`paragraph_spans`], in order) a role, and finds
/// the dateline.
#[must_use]
pub fn analyze(text: &str, blocks: &[Span]) -> Structure {
    let lines: Vec<Line<'_>> = blocks.iter().map(|s| Line::new(s.slice(text))).collect();
    let mut roles = vec![BlockRole::Body; blocks.len()];
    let mut dateline = None;

    // The dateline opens the first paragraph, or the second after a headline.
    for (i, block) in blocks.iter().enumerate().take(2) {
        if let Some(mut found) = find_dateline(text, *block, &lines[i]) {
            found.block = i;
            roles[i] = BlockRole::Dateline;
            dateline = Some(found);
            break;
        }
        if i == 0 && !is_headline(&lines, 0) {
            break;
        }
    }
    let first_body = dateline.as_ref().map_or(0, |d| d.block);
    if first_body == 1 || (dateline.is_none() && is_headline(&lines, 0)) {
        roles[0] = BlockRole::Headline;
    }

    for i in 0..lines.len() {
        if roles[i] != BlockRole::Body || i == 0 {
            continue;
        }
        let line = &lines[i];
        if line.is_caption() {
            roles[i] = BlockRole::Caption;
        } else if line.is_heading(SUBHEADING_MAX_WORDS)
            && lines.get(i + 1).is_some_and(Line::is_running_text)
        {
            roles[i] = BlockRole::Subheading;
        }
    }
    Structure { roles, dateline }
}

fn is_headline(lines: &[Line<'_>], i: usize) -> bool {
    lines.get(i).is_some_and(|l| {
        l.is_heading(HEADLINE_MAX_WORDS) && !l.is_caption() && !l.looks_like_byline()
    }) && lines.get(i + 1).is_some_and(Line::is_running_text)
}

/// What the role rules need to know about one line.
struct Line<'a> {
    text: &'a str,
    words: Vec<&'a str>,
    /// Ends with sentence punctuation (before any closing quotes or brackets).
    punctuated: bool,
    /// Starts with a letter, a digit or an opening quote: not a list dash or an ellipsis.
    starts_with_word: bool,
    /// Has a comma, semicolon, colon or single full stop inside: clauses, not a heading.
    inner_punctuation: bool,
}

impl<'a> Line<'a> {
    fn new(text: &'a str) -> Self {
        let stripped = text.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '»' | '”' | '’' | '\'' | ')' | ']')
        });
        let punctuated = stripped.chars().next_back().is_some_and(|c| {
            matches!(
                c,
                '.' | '!' | '?' | '؟' | '…' | ':' | '،' | ',' | ';' | '؛' | '-' | '–' | '—'
            )
        });
        let starts_with_word = text
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '«' | '"' | '“'));
        let inner_punctuation = text.contains(['،', ',', '؛', ';', ':'])
            || text.split("..").any(|part| part.contains('.'));
        Self {
            text,
            words: text.split_whitespace().collect(),
            punctuated,
            starts_with_word,
            inner_punctuation,
        }
    }

    /// Short, unpunctuated, starting with a word.
    fn is_heading(&self, max_words: usize) -> bool {
        !self.punctuated
            && !self.inner_punctuation
            && self.starts_with_word
            && !self.words.is_empty()
            && self.words.len() <= max_words
    }

    fn is_running_text(&self) -> bool {
        self.punctuated || self.words.len() >= BODY_MIN_WORDS
    }

    fn is_caption(&self) -> bool {
        if self.punctuated
            || !self.text.chars().next().is_some_and(char::is_alphabetic)
            || !(CAPTION_MIN_WORDS..=CAPTION_MAX_WORDS).contains(&self.words.len())
        {
            return false;
        }
        let norm = Normalizer::standard();
        let mut scene = false;
        let mut photo = false;
        let mut number = false;
        for (k, word) in self.words.iter().enumerate() {
            let w = norm.normalize(word.trim_matches(|c: char| !c.is_alphanumeric()));
            scene |= CAPTION_SCENE_WORDS.contains(&w.as_ref());
            number |= w.chars().any(is_digit);
            // A photo word opens the line or stands as a credit: `(صورة)`, `تصوير: …`.
            let credit = k == 0
                || word.starts_with('(')
                || word.ends_with([')', ':'])
                || self.words.get(k + 1).is_some_and(|n| n.starts_with(':'));
            photo |= credit && CAPTION_PHOTO_WORDS.contains(&w.as_ref());
        }
        // A photo credit (`تصوير: …`) may have a colon; other clauses make it running text.
        photo || (scene && number && !self.inner_punctuation)
    }

    /// `NAME – SOURCE` on a short line of its own.
    fn looks_like_byline(&self) -> bool {
        self.words.len() <= 2 * DATELINE_PART_MAX_WORDS + 1
            && !self.punctuated
            && split_dash(self.text).is_some()
    }
}

/// Finds a dateline at the start of `block` (whose text is `line`).
fn find_dateline(text: &str, block: Span, line: &Line<'_>) -> Option<Dateline> {
    let s = block.slice(text);
    // `ايلاف من لندن: …` and `الرياض - واس: …`: a short prefix before a colon.
    if let Some(colon) = s.find(':') {
        let prefix = &s[..colon];
        let words: Vec<&str> = prefix.split_whitespace().collect();
        let end = block.start + colon + ':'.len_utf8();
        if !words.is_empty()
            && words.len() <= 2 * DATELINE_PART_MAX_WORDS + 1
            && !prefix.chars().any(is_digit)
            && s[colon + 1..].split_whitespace().count() >= 3
        {
            if let Some(k) = words.iter().position(|w| *w == "من")
                && (1..=FROM_PART_MAX_WORDS).contains(&k)
                && (1..=FROM_PART_MAX_WORDS).contains(&(words.len() - k - 1))
                && words.iter().all(|w| is_name_word(w))
            {
                return Some(Dateline {
                    block: 0,
                    span: Span::new(block.start, end),
                    source: Some(clean_name(&words[..k].join(" "))),
                    place: Some(clean_name(&words[k + 1..].join(" "))),
                });
            }
            if let Some((a, b)) = split_dash(prefix) {
                let (place, source) = place_and_source(a, b);
                return Some(Dateline {
                    block: 0,
                    span: Span::new(block.start, end),
                    source,
                    place,
                });
            }
        }
    }
    // A line of its own: `بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس`.
    if !line.punctuated && line.words.len() <= DATELINE_LINE_MAX_WORDS {
        let first_number = line
            .words
            .iter()
            .position(|w| w.chars().next().is_some_and(is_digit))?;
        // A Gregorian or Hijri year, and at least a day number before it.
        let numbers: Vec<u32> = line.words.iter().filter_map(|w| number_value(w)).collect();
        let has_year = numbers.len() >= 2
            && numbers
                .iter()
                .any(|&n| (1300..=1500).contains(&n) || (1900..=2100).contains(&n));
        let place_words = &line.words[..first_number];
        if has_year
            && (1..=FROM_PART_MAX_WORDS).contains(&place_words.len())
            && place_words.iter().all(|w| is_name_word(w))
        {
            let last = line.words.last().copied().unwrap_or("");
            let source = (last.chars().filter(|&c| is_arabic_letter(c)).count() >= 2
                && is_name_word(last))
            .then(|| clean_name(last));
            return Some(Dateline {
                block: 0,
                span: block,
                source,
                place: Some(clean_name(&place_words.join(" "))),
            });
        }
    }
    // A byline of its own: `الرياض – واس`, `عين اليوم – متابعات`.
    if line.looks_like_byline() {
        let (a, b) = split_dash(s)?;
        let (place, source) = place_and_source(a, b);
        return Some(Dateline {
            block: 0,
            span: block,
            source,
            place,
        });
    }
    None
}

/// Splits `PART - PART` at a dash with space on at least one side; each part 1–3 name words.
fn split_dash(s: &str) -> Option<(&str, &str)> {
    let (i, dash) = s
        .char_indices()
        .find(|&(_, c)| matches!(c, '-' | '–' | '—'))?;
    let (a, b) = (s[..i].trim(), s[i + dash.len_utf8()..].trim());
    let ok = |part: &str| {
        let words: Vec<&str> = part.split_whitespace().collect();
        (1..=DATELINE_PART_MAX_WORDS).contains(&words.len())
            && words.iter().all(|w| is_name_word(w))
    };
    (ok(a) && ok(b)).then_some((a, b))
}

/// Which side of `A - B` is the place and which the source: an agency name or a quoted name is
/// the source. Both orders are common, so with neither sign nothing is claimed.
fn place_and_source(a: &str, b: &str) -> (Option<String>, Option<String>) {
    let is_source = |s: &str| {
        let quoted = s.starts_with(['«', '"', '“']);
        quoted || is_agency(s)
    };
    if is_source(a) && !is_source(b) {
        (Some(clean_name(b)), Some(clean_name(a)))
    } else if is_source(b) && !is_source(a) {
        (Some(clean_name(a)), Some(clean_name(b)))
    } else {
        (None, None)
    }
}

/// The value of the digits a word starts with (`1436هـ` → 1436).
fn number_value(w: &str) -> Option<u32> {
    let digits: String = w
        .chars()
        .map_while(|c| crate::chars::digit_value(c).map(|d| char::from(b'0' + d)))
        .take(9)
        .collect();
    digits.parse().ok()
}

fn is_agency(s: &str) -> bool {
    let letters: String = s
        .chars()
        .map(|c| if c == '.' { ' ' } else { c })
        .filter(|&c| is_arabic_letter(c) || c == ' ')
        .collect();
    let norm = Normalizer::standard().normalize(&letters).into_owned();
    let norm = norm.split_whitespace().collect::<Vec<_>>().join(" ");
    AGENCIES.binary_search(&norm.as_str()).is_ok()
}

/// A word that can be part of a name: letters, with quotes or dots around.
fn is_name_word(w: &str) -> bool {
    let core = w.trim_matches(|c: char| matches!(c, '«' | '»' | '"' | '“' | '”' | '(' | ')' | '.'));
    !core.is_empty() && core.chars().all(|c| c.is_alphabetic() || c == '.')
}

fn clean_name(s: &str) -> String {
    s.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '«' | '»' | '"' | '“' | '”' | '(' | ')')
    })
    .to_owned()
}

/// The non-empty lines of `text`, trimmed of surrounding whitespace, in order.
///
/// Scraped news puts one paragraph on each line; a heading is a line of its own.
#[must_use]
pub fn paragraph_spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        let trimmed_start = line.len() - line.trim_start().len();
        let content = line.trim();
        if !content.is_empty() {
            let start = line_start + trimmed_start;
            spans.push(Span::new(start, start + content.len()));
        }
        line_start = line_end;
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> (Vec<BlockRole>, Option<Dateline>) {
        let blocks = paragraph_spans(text);
        let s = analyze(text, &blocks);
        (s.roles, s.dateline)
    }

    #[test]
    fn agencies_are_sorted() {
        assert!(AGENCIES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn dateline_source_from_place() {
        let text =
            "وكالة الأنباء من باريس: قال الوزير إن المحادثات ستستمر أسبوعا.\nوأضاف أن الوفد وصل.";
        let (r, d) = roles(text);
        assert_eq!(r, vec![BlockRole::Dateline, BlockRole::Body]);
        let d = d.unwrap();
        assert_eq!(d.source.as_deref(), Some("وكالة الأنباء"));
        assert_eq!(d.place.as_deref(), Some("باريس"));
        assert_eq!(d.span.slice(text), "وكالة الأنباء من باريس:");
    }

    #[test]
    fn dateline_place_dash_agency() {
        let (_, d) = roles("جدة - رويترز: ارتفعت أسعار النفط اليوم في السوق.");
        let d = d.unwrap();
        assert_eq!(d.place.as_deref(), Some("جدة"));
        assert_eq!(d.source.as_deref(), Some("رويترز"));
        let (_, d) = roles("«الوطن» - أبها: افتتح المهرجان أمس بحضور كبير.");
        let d = d.unwrap();
        assert_eq!(d.place.as_deref(), Some("أبها"));
        assert_eq!(d.source.as_deref(), Some("الوطن"));
    }

    #[test]
    fn dateline_line_with_date() {
        let (r, d) = roles(
            "تبوك 3 رجب 1437 هـ الموافق 10 ابريل 2016 م واس\nافتتح أمير المنطقة المعرض السنوي للكتاب.",
        );
        assert_eq!(r[0], BlockRole::Dateline);
        let d = d.unwrap();
        assert_eq!(d.place.as_deref(), Some("تبوك"));
        assert_eq!(d.source.as_deref(), Some("واس"));
    }

    #[test]
    fn headline_subheading_caption_body() {
        let text = "الحكومة تقر الموازنة الجديدة\n\
            أقرت الحكومة أمس الموازنة العامة للعام المقبل بعد نقاش طويل.\n\
            زيادة الإنفاق\n\
            وقال الوزير إن الإنفاق سيرتفع في قطاعات التعليم والصحة والنقل.\n\
            الوزير أثناء المؤتمر الصحفي في 3 مارس\n\
            ...المزيد";
        let (r, d) = roles(text);
        assert!(d.is_none());
        assert_eq!(
            r,
            vec![
                BlockRole::Headline,
                BlockRole::Body,
                BlockRole::Subheading,
                BlockRole::Body,
                BlockRole::Caption,
                BlockRole::Body,
            ]
        );
    }

    #[test]
    fn body_first_line_is_body() {
        let (r, _) = roles(
            "أعلنت الوزارة، اليوم (الاثنين)، عن خطة جديدة لتطوير المدارس.\nوأضافت أن الخطة تبدأ قريبا.",
        );
        assert_eq!(r, vec![BlockRole::Body, BlockRole::Body]);
    }
}
