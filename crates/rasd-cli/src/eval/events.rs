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
    /// Also write every detection row scored wrong (with the events found in it, whatever
    /// their confidence) to this file, one JSON object per line.
    #[arg(long)]
    pub errors: Option<std::path::PathBuf>,
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
    let Some(errors) = &args.errors else {
        let report = engine.evaluate_events(
            &gold,
            &path.display().to_string(),
            part,
            args.min_confidence,
        );
        return super::print(&report, args.common.json);
    };
    let analyze = |text: &str, date: Option<&str>| {
        let meta = rasd::Metadata {
            date: date.map(str::to_owned),
            ..rasd::Metadata::default()
        };
        engine.analyze(text, meta)
    };
    let mut mistakes = Vec::new();
    let report = rasd::extract::event::eval::evaluate_with_mistakes(
        &gold,
        &path.display().to_string(),
        part,
        args.min_confidence,
        &analyze,
        &mut mistakes,
    );
    let mut out = String::new();
    for m in &mistakes {
        out.push_str(&serde_json::to_string(m)?);
        out.push('\n');
    }
    std::fs::write(errors, out).with_context(|| format!("cannot write {}", errors.display()))?;
    super::print(&report, args.common.json)
}
