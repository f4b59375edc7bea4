//! `rasd eval merge`: how well run-together words are split again.

use anyhow::{Context, Result};

use super::Common;

/// Reads the gold file, scores the splitter with the engine's lexicon, prints the report.
pub fn run(args: &Common) -> Result<()> {
    let gold = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("cannot read gold file {}", args.gold.display()))?;
    let engine = rasd::Engine::builder().build()?;
    let path = args.gold.display().to_string();
    let report = rasd::runon::evaluate(&gold, &path, engine.lexicon());
    super::print(&report, args.json)
}
