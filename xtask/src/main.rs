//! Build tasks for rasd: `cargo xtask <task>`.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod lexicon;
mod merge_gold;
mod morph;
mod ner;

use clap::{Parser, Subcommand};

/// Builds rasd's shipped artifacts from ../shared/data and makes evaluation data.
#[derive(Debug, Parser)]
#[command(name = "xtask")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Debug, Subcommand)]
enum Task {
    /// Build the word-frequency lexicon models/wordfreq.fst.gz from wordfreq-ar.
    Lexicon(lexicon::Args),
    /// Write gold data for `rasd eval merge`: real sentences with spaces deleted at random.
    MergeGold(merge_gold::Args),
    /// Train the clitic segmenter and write models/morph.bin.gz (wordfreq-ar + newsfane).
    Morph(morph::Args),
    /// Train the NER model models/ner.bin on ANERcorp (last 10% of sentences held out).
    Ner(ner::Args),
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().task {
        Task::Lexicon(args) => lexicon::run(&args),
        Task::MergeGold(args) => merge_gold::run(&args),
        Task::Morph(args) => morph::run(&args),
        Task::Ner(args) => ner::run(&args),
    }
}
