//! `rasd eval <task>`: measure a task against gold data.

use std::path::PathBuf;

use anyhow::Result;
use rasd::eval::EvalReport;

/// Arguments of `rasd eval`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    task: Task,
}

/// Options every task takes.
#[derive(Debug, clap::Args)]
pub struct Common {
    /// The gold file.
    #[arg(long)]
    pub gold: PathBuf,
    /// Print one JSON object (metric names as keys) instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Subcommand)]
enum Task {}

pub fn run(args: &Args) -> Result<()> {
    match args.task {}
}

/// Prints a report as a table or as JSON.
#[allow(dead_code)]
pub fn print(report: &EvalReport, json: bool) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(report)?);
    } else {
        print!("{report}");
    }
    Ok(())
}
