//! Reading `token TAB tag` CoNLL files (IOB2, blank line between sentences).

use super::labels::Label;

/// One sentence of a CoNLL file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sentence {
    /// The tokens, as the file has them.
    pub words: Vec<String>,
    /// Their labels.
    pub labels: Vec<Label>,
}

/// A CoNLL file read into sentences, with what could not be read.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// The sentences, in file order.
    pub sentences: Vec<Sentence>,
    /// Lines with no tag, or a tag that is not IOB2.
    pub bad_lines: usize,
    /// Tags of types outside PERS/LOC/ORG/MISC that were read as `O` (dates, numbers …).
    pub other_types: usize,
}

/// Parses CoNLL text. The tag is the last whitespace-separated field of a line, the token the
/// first; extra columns in between are ignored. Never fails: unreadable lines are counted.
#[must_use]
pub fn parse(text: &str) -> Corpus {
    let mut corpus = Corpus::default();
    let mut current = Sentence::default();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !current.words.is_empty() {
                corpus.sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        let mut fields = line.split(['\t', ' ']).filter(|f| !f.is_empty());
        let (Some(word), Some(tag)) = (
            fields.next(),
            line.split(['\t', ' ']).rfind(|f| !f.is_empty()),
        ) else {
            corpus.bad_lines += 1;
            continue;
        };
        if fields.next().is_none() {
            corpus.bad_lines += 1;
            continue;
        }
        match Label::parse(tag) {
            Some(label) => {
                if label == Label::O && tag != "O" {
                    corpus.other_types += 1;
                }
                current.words.push(word.to_owned());
                current.labels.push(label);
            }
            None => corpus.bad_lines += 1,
        }
    }
    if !current.words.is_empty() {
        corpus.sentences.push(current);
    }
    corpus
}

/// Splits sentences into training and development parts: the last `dev_percent` percent of
/// sentences (in file order, so whole articles stay together) are the development part.
#[must_use]
pub fn split_dev(sentences: &[Sentence], dev_percent: usize) -> (&[Sentence], &[Sentence]) {
    let dev = sentences.len() * dev_percent.min(100) / 100;
    sentences.split_at(sentences.len() - dev)
}

/// Writes sentences back as CoNLL text.
#[must_use]
pub fn to_text(sentences: &[Sentence]) -> String {
    let mut out = String::new();
    for s in sentences {
        for (w, l) in s.words.iter().zip(&s.labels) {
            out.push_str(w);
            out.push('\t');
            out.push_str(l.as_str());
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_variants() {
        let c = parse("a\tB-PER\nb I-PER\n\n\nc\tB-DATE\nd\n$#$\tO\n");
        assert_eq!(c.sentences.len(), 2);
        assert_eq!(c.sentences[0].labels[1].as_str(), "I-PERS");
        assert_eq!(c.other_types, 1);
        assert_eq!(c.bad_lines, 1);
        let c2 = parse(&to_text(&c.sentences));
        assert_eq!(c2.sentences, c.sentences);
    }
}
