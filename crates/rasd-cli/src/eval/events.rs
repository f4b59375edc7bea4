//! `rasd eval events`: event detection and arguments against sentence-level JSONL gold.

use anyhow::{Context, Result};
use rasd::extract::event::eval::Part;

use super::Common;

/// Arguments of `rasd eval events`.
#[derive(Debug, clap::Args)]
pub struct EventsArgs {
    #[command(flatten)]
    pub common: Common,
    /// Which rows to score: all, or one half of the stories (split by a hash of the story id).
    #[arg(long, value_enum, default_value_t = PartArg::All)]
    pub part: PartArg,
    /// The confidence from which an event counts as reported.
    #[arg(long, default_value_t = rasd::extract::event::eval::DEFAULT_MIN_CONFIDENCE)]
    pub min_confidence: f32,
}

/// The rows to score.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum PartArg {
    /// Every row.
    All,
    /// The development half.
    Develop,
    /// The held-out half.
    Heldout,
}

/// Reads the gold file, analyses every sentence, prints the report.
pub fn run(args: &EventsArgs) -> Result<()> {
    let path = &args.common.gold;
    let gold = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read gold file {}", path.display()))?;
    let engine = rasd::Engine::builder().build()?;
    let part = match args.part {
        PartArg::All => Part::All,
        PartArg::Develop => Part::Develop,
        PartArg::Heldout => Part::Heldout,
    };
    let report = engine.evaluate_events(
        &gold,
        &path.display().to_string(),
        part,
        args.min_confidence,
    );
    super::print(&report, args.common.json)
}
