//! `rasd eval segment`: the clitic segmenter against gold segmentations.

use anyhow::{Context, Result};
use rasd::morph::{Scheme, Segmenter};

use super::Common;

/// Which gold format and scheme to score.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum SchemeArg {
    /// Fine scheme, Farasa/QCRI WikiNews format (`seg+ments<TAB>POS` per line).
    Fine,
    /// Clitic scheme, CoNLL-U (multiword tokens split into syntactic words).
    Clitics,
}

/// Arguments of `rasd eval segment`.
#[derive(Debug, clap::Args)]
pub struct SegmentArgs {
    #[command(flatten)]
    common: Common,
    /// The segmentation scheme (and with it the gold format).
    #[arg(long, value_enum, default_value = "fine")]
    scheme: SchemeArg,
}

/// Reads the gold file, segments its words with the shipped model, prints the report.
pub fn run(args: &SegmentArgs) -> Result<()> {
    let path = &args.common.gold;
    let gold = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read gold file {}", path.display()))?;
    let segmenter = Segmenter::embedded().context("loading the morphology model")?;
    let scheme = match args.scheme {
        SchemeArg::Fine => Scheme::Fine,
        SchemeArg::Clitics => Scheme::Clitics,
    };
    let start = std::time::Instant::now();
    let mut report =
        rasd::morph::eval::evaluate(segmenter, &gold, scheme, &path.display().to_string());
    let elapsed = start.elapsed().as_secs_f64();
    #[allow(clippy::cast_precision_loss)]
    let words = report.gold.examples as f64;
    report.notes.push(format!(
        "read and segmented {} words in {elapsed:.2} s ({:.0} words/s, one thread, no cache)",
        report.gold.examples,
        words / elapsed.max(1e-9)
    ));
    super::print(&report, args.common.json)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// The format samples of the held-out gold files read and score (they are tests here, not
    /// training data).
    #[test]
    fn reads_both_gold_formats() {
        let seg = Segmenter::embedded().unwrap();
        let wikinews =
            rasd_testdata::read_to_string("heldout_format_samples/WikiNews.pos.ref.sample");
        let report = rasd::morph::eval::evaluate(seg, &wikinews, Scheme::Fine, "sample");
        assert_eq!(report.gold.examples, 10);
        assert!(report.metrics["accuracy"] >= 0.9, "{report}");
        let conllu =
            rasd_testdata::read_to_string("heldout_format_samples/ar_pud-ud-test.sample.conllu");
        let report = rasd::morph::eval::evaluate(seg, &conllu, Scheme::Clitics, "sample");
        assert!(report.gold.examples >= 25);
        assert!(report.metrics.contains_key("boundary_f1"));
    }
}
