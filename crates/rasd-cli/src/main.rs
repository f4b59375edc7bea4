//! The `rasd` command line: clean, analyse and search Arabic news.
#![allow(clippy::print_stdout, clippy::print_stderr)] // a binary's job is to print

mod analyze;
mod bench;
mod corpus;
mod eval;
mod input;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// rasd (رصد): Arabic news in, clean, structured, searchable facts out.
#[derive(Debug, Parser)]
#[command(name = "rasd", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Clean and analyse one article and print it as JSON, clean text or CoNLL.
    Analyze(analyze::Args),
    /// Measure a task against gold data and print its metrics.
    Eval(eval::Args),
    /// Measure throughput on a corpus.
    Bench(bench::Args),
    #[command(flatten)]
    Corpus(corpus::Command),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => analyze::run(&args),
        Command::Eval(args) => eval::run(&args),
        Command::Bench(args) => bench::run(&args),
        Command::Corpus(cmd) => corpus::run(cmd),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("rasd: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
