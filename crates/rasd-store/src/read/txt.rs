//! Plain-text articles: one article per file, the first line taken as its title when it looks
//! like one.

use rasd_text::Metadata;

/// The longest line, in characters, still taken for a headline.
const MAX_TITLE_CHARS: usize = 200;

/// Reads one article from the text of a `.txt` file. The text is kept whole (spans point into
/// it); a headline line only fills `meta.title`.
pub(super) fn read(text: &str) -> Result<(String, Metadata), String> {
    if text.trim().is_empty() {
        return Err("empty file".to_owned());
    }
    let meta = Metadata {
        title: split_title(text).map(str::to_owned),
        ..Metadata::default()
    };
    Ok((text.to_owned(), meta))
}

/// The first line of `text` when it reads as a headline: more lines follow, it is short, and it
/// does not end like a sentence of running text.
#[must_use]
pub fn split_title(text: &str) -> Option<&str> {
    let trimmed = text.trim_start();
    let (first, rest) = trimmed.split_once('\n')?;
    let first = first.trim();
    if first.is_empty() || rest.trim().is_empty() {
        return None;
    }
    let chars = first.chars().count();
    // Running text ends with a full stop; headlines do not (though they may end with ? or !).
    let ends_like_prose = first.ends_with('.') || first.ends_with('،') || first.ends_with(',');
    if chars > MAX_TITLE_CHARS || ends_like_prose {
        return None;
    }
    // A headline is a handful of words; a line of one word is more often a label ("عاجل").
    let words = first.split_whitespace().count();
    (words >= 2).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognizes_a_title_line() {
        let text = "الحكومة تعلن خطة جديدة للنقل\n\nأعلنت الحكومة اليوم خطة جديدة.\n";
        assert_eq!(split_title(text), Some("الحكومة تعلن خطة جديدة للنقل"));
        assert_eq!(
            split_title("أعلنت الحكومة اليوم خطة جديدة.\nثم قالت."),
            None
        );
        assert_eq!(split_title("سطر وحيد فقط"), None);
    }
}
