//! `rasd eval <task>`: measure a task against gold data.

mod events;
mod merge;
mod ner;
mod segment;
mod time;

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
enum Task {
    /// Run-together word repair: precision and recall of split points (JSONL gold).
    Merge(Common),
    /// Named entities: exact-span P/R/F1 per type and micro (CoNLL `token TAB tag`, IOB2).
    Ner(Common),
    /// Times: Duckling-corpus pass rate per dimension, or span P/R and value accuracy (JSONL).
    Time(time::TimeArgs),
    /// Numbers and quantities: pass rate per dimension, or span P/R and value accuracy (JSONL).
    Number(Common),
    /// Clitic segmentation: word accuracy and boundary F1 (WikiNews `seg+ments` or CoNLL-U).
    Segment(segment::SegmentArgs),
    /// Events: detection P/R/F1 per type and source/target head-word match (GSR JSONL rows).
    Events(events::EventsArgs),
}

pub fn run(args: &Args) -> Result<()> {
    match &args.task {
        Task::Merge(common) => merge::run(common),
        Task::Ner(common) => ner::run(common),
        Task::Time(a) => time::run_time(a),
        Task::Number(common) => time::run_number(common),
        Task::Segment(a) => segment::run(a),
        Task::Events(a) => events::run(a),
    }
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
