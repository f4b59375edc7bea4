//! `rasd eval segment`: word accuracy and boundary F1 against gold segmentations.
//!
//! Two gold formats are read:
//!
//! * **Fine scheme**, the Farasa/QCRI WikiNews format: one word per line, `seg+ments<TAB>POS`
//!   (`و+ال+تلفزيون<TAB>CONJ+DET+NOUN`), optionally with a leading line-number column; a header
//!   line (`refTok…`) and blank lines are skipped. Farasa writes the article after `ل` in full
//!   (`ل+ال+تواصل` for `للتواصل`); the word as written is rebuilt from that.
//! * **Clitic scheme**, CoNLL-U (UD Arabic): a multiword token (`4-5` range line) is one word whose
//!   syntactic words are its segments; without range lines, consecutive Arabic tokens joined by
//!   `SpaceAfter=No` form one word.
//!
//! Only words with Arabic letters are scored. Boundaries are counted between letters (marks
//! ignored). When the gold segments spell the word differently (UD writes `على+ه` for `عليه`,
//! `من+ما` for `مما`), boundaries are placed by the segments' lengths, pulled back by the letters
//! the written word lost.

use rasd_text::eval::{Counts, EvalReport, ratio};

use crate::letters::key;
use crate::segmenter::{Scheme, Segmenter};

/// A gold word: the word as written and its boundaries (letter offsets strictly inside it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldSegmentation {
    /// The word.
    pub word: String,
    /// Boundary positions, in letters from the start, ascending.
    pub boundaries: Vec<usize>,
}

fn has_arabic(s: &str) -> bool {
    s.chars().any(rasd_text::chars::is_arabic_letter)
}

fn letters(s: &str) -> usize {
    key(s).chars().count()
}

/// Boundaries of `parts` inside a written word of `surface_len` letters.
fn boundaries_of(parts: &[String], surface_len: usize) -> Vec<usize> {
    let total: usize = parts.iter().map(|p| letters(p)).sum();
    let lost = total.saturating_sub(surface_len);
    let mut out = Vec::new();
    let mut at = 0;
    for (i, p) in parts.iter().enumerate() {
        if i + 1 == parts.len() {
            break;
        }
        at += letters(p);
        let b = if i == 0 { at } else { at.saturating_sub(lost) };
        if b > 0 && b < surface_len && out.last().is_none_or(|&l| l < b) {
            out.push(b);
        }
    }
    out
}

/// Reads the WikiNews (Farasa) format.
#[must_use]
pub fn read_wikinews(gold: &str) -> Vec<GoldSegmentation> {
    let mut out = Vec::new();
    for line in gold.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let seg = match cols.as_slice() {
            [n, seg, ..] if cols.len() >= 3 && n.chars().all(|c| c.is_ascii_digit()) => *seg,
            [seg, ..] => *seg,
            [] => continue,
        };
        let seg = seg.trim();
        if seg.is_empty() || seg.starts_with("refTok") || !has_arabic(seg) {
            continue;
        }
        let mut parts: Vec<String> = seg
            .split('+')
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect();
        // `ل+ال+X` is written `للX`.
        for i in 1..parts.len() {
            if parts[i] == "ال" && key(&parts[i - 1]).ends_with('ل') {
                parts[i] = "ل".to_owned();
            }
        }
        let word: String = parts.concat();
        let boundaries = boundaries_of(&parts, letters(&word));
        out.push(GoldSegmentation { word, boundaries });
    }
    out
}

/// Reads CoNLL-U, grouping syntactic words into written words.
#[must_use]
pub fn read_conllu(gold: &str) -> Vec<GoldSegmentation> {
    let mut out = Vec::new();
    for sentence in gold.split("\n\n") {
        let mut range: Option<(usize, usize, String)> = None;
        let mut parts: Vec<String> = Vec::new();
        let mut glue = false;
        let mut flush = |parts: &mut Vec<String>, surface: Option<String>| {
            if parts.is_empty() {
                return;
            }
            let word = surface.unwrap_or_else(|| parts.concat());
            if has_arabic(&word) {
                let boundaries = boundaries_of(parts, letters(&word));
                out.push(GoldSegmentation { word, boundaries });
            }
            parts.clear();
        };
        for line in sentence.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 10 {
                continue;
            }
            let (id, form, misc) = (cols[0], cols[1], cols[9]);
            if let Some((a, b)) = id.split_once('-') {
                flush(&mut parts, None);
                let (Ok(a), Ok(b)) = (a.parse::<usize>(), b.parse::<usize>()) else {
                    continue;
                };
                range = Some((a, b, form.to_owned()));
                continue;
            }
            if id.contains('.') {
                continue; // empty nodes
            }
            let Ok(n) = id.parse::<usize>() else {
                continue;
            };
            if let Some((a, b, surface)) = range.clone() {
                if (a..=b).contains(&n) {
                    parts.push(form.to_owned());
                    if n == b {
                        flush(&mut parts, Some(surface));
                        range = None;
                    }
                    continue;
                }
                range = None;
            }
            let arabic = has_arabic(form);
            if !(glue && arabic) {
                flush(&mut parts, None);
            }
            if arabic {
                parts.push(form.to_owned());
                glue = misc.split('|').any(|f| f == "SpaceAfter=No");
            } else {
                glue = false;
            }
        }
        flush(&mut parts, None);
    }
    out
}

/// Predicted boundaries of `word` in `scheme`.
#[must_use]
pub fn predict(segmenter: &Segmenter, word: &str, scheme: Scheme) -> Vec<usize> {
    let segs = segmenter.segment_scheme(word, scheme);
    let n = letters(word);
    let mut out: Vec<usize> = segs
        .iter()
        .skip(1)
        .map(|s| letters(word.get(..s.span.start).unwrap_or("")))
        .filter(|&b| b > 0 && b < n)
        .collect();
    out.dedup();
    out
}

/// Scores `segmenter` on gold words; `path` names the gold in the report.
#[must_use]
pub fn evaluate_words(
    segmenter: &Segmenter,
    gold: &[GoldSegmentation],
    scheme: Scheme,
    path: &str,
) -> EvalReport {
    let mut report = EvalReport::new("segment", path);
    let mut counts = Counts::default();
    let mut correct = 0;
    for g in gold {
        let pred = predict(segmenter, &g.word, scheme);
        let tp = pred.iter().filter(|b| g.boundaries.contains(b)).count();
        counts.add(Counts {
            tp,
            fp: pred.len() - tp,
            fn_: g.boundaries.len() - tp,
        });
        if pred == g.boundaries {
            correct += 1;
        } else {
            report.add_failure(40, || {
                format!(
                    "{}  gold {}  got {}",
                    g.word,
                    show(&g.word, &g.boundaries),
                    show(&g.word, &pred)
                )
            });
        }
    }
    report.gold.examples = gold.len();
    report
        .metrics
        .insert("accuracy".to_owned(), ratio(correct, gold.len()));
    for (k, v) in counts.metrics() {
        report.metrics.insert(format!("boundary_{k}"), v);
    }
    report.counts.insert("words".to_owned(), gold.len());
    report.counts.insert("words_correct".to_owned(), correct);
    report
        .counts
        .insert("gold_boundaries".to_owned(), counts.tp + counts.fn_);
    report.notes.push(format!(
        "scheme: {}; accuracy = words with every boundary right; boundaries counted between letters",
        match scheme {
            Scheme::Fine => "fine (Farasa WikiNews format)",
            Scheme::Clitics => "clitics (CoNLL-U)",
        }
    ));
    report
}

/// Reads gold in the format of `scheme` (WikiNews for fine, CoNLL-U for clitics) and scores.
#[must_use]
pub fn evaluate(segmenter: &Segmenter, gold: &str, scheme: Scheme, path: &str) -> EvalReport {
    let words = match scheme {
        Scheme::Fine => read_wikinews(gold),
        Scheme::Clitics => read_conllu(gold),
    };
    evaluate_words(segmenter, &words, scheme, path)
}

/// `word` with `+` at `boundaries` (letter offsets, marks kept with their letters).
#[must_use]
pub fn show(word: &str, boundaries: &[usize]) -> String {
    let mut out = String::new();
    let mut n = 0;
    for c in word.chars() {
        let is_letter = !rasd_text::chars::is_arabic_mark(c) && c != rasd_text::chars::TATWEEL;
        if is_letter {
            if boundaries.contains(&n) && n > 0 {
                out.push('+');
            }
            n += 1;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_wikinews_lines() {
        let g = read_wikinews(
            "refTok(Farasa)\trefPOS(Farasa)\n#\tPUNC\nو+ال+تلفزيون\tCONJ+DET+NOUN\nل+ال+تواصل\tPREP+DET+NOUN\n",
        );
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].word, "والتلفزيون");
        assert_eq!(g[0].boundaries, vec![1, 3]);
        assert_eq!(g[1].word, "للتواصل");
        assert_eq!(g[1].boundaries, vec![1, 2]);
    }

    #[test]
    fn reads_conllu_words() {
        let conllu = "# text = x\n1\tنشرت\tنشر\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n2\tها\tهو\tPRON\t_\t_\t1\tobj\t_\t_\n4-5\tعليه\t_\t_\t_\t_\t_\t_\t_\t_\n4\tعلى\tعلى\tADP\t_\t_\t1\tcase\t_\t_\n5\tه\tهو\tPRON\t_\t_\t4\tobj\t_\t_\n";
        let g = read_conllu(conllu);
        assert_eq!(g[0].word, "نشرتها");
        assert_eq!(g[0].boundaries, vec![4]);
        let last = g.last().unwrap();
        assert_eq!(last.word, "عليه");
        assert_eq!(last.boundaries, vec![3]);
    }
}
