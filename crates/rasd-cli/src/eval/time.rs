//! `rasd eval time` and `rasd eval number`: times and quantities against JSONL gold.

use anyhow::{Context, Result};

use super::Common;

/// Arguments of `rasd eval time`.
#[derive(Debug, clap::Args)]
pub struct TimeArgs {
    #[command(flatten)]
    pub common: Common,
    /// Resolve bare weekdays and month-days forward, as Duckling's corpus expects (default:
    /// news usage, the most recent weekday and the nearest year).
    #[arg(long)]
    pub future: bool,
}

fn read(common: &Common) -> Result<String> {
    std::fs::read_to_string(&common.gold)
        .with_context(|| format!("cannot read gold file {}", common.gold.display()))
}

/// Reads the gold file, scores time extraction, prints the report.
pub fn run_time(args: &TimeArgs) -> Result<()> {
    let gold = read(&args.common)?;
    let builder = rasd::Engine::builder().future(args.future);
    let report = builder.evaluate_time(&gold, &args.common.gold.display().to_string());
    super::print(&report, args.common.json)
}

/// Reads the gold file, scores number and quantity extraction, prints the report.
pub fn run_number(args: &Common) -> Result<()> {
    let gold = read(args)?;
    let report = rasd::Engine::builder().evaluate_numbers(&gold, &args.gold.display().to_string());
    super::print(&report, args.json)
}
