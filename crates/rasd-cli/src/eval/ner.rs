//! `rasd eval ner`: the named-entity tagger against CoNLL gold data.

use anyhow::{Context, Result};

use super::Common;

/// Reads the gold file, tags its sentences with the shipped model, prints the report.
pub fn run(args: &Common) -> Result<()> {
    let gold = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("cannot read gold file {}", args.gold.display()))?;
    let engine = rasd::Engine::builder().build()?;
    let start = std::time::Instant::now();
    let mut report = engine.evaluate_ner(&gold);
    let elapsed = start.elapsed().as_secs_f64();
    report.gold.path = args.gold.display().to_string();
    if let Some(&tokens) = report.counts.get("gold tokens") {
        report.notes.push(format!(
            "tagged {tokens} tokens in {elapsed:.2} s ({:.0} tokens/s, one thread)",
            tokens as f64 / elapsed.max(1e-9)
        ));
    }
    super::print(&report, args.json)
}
