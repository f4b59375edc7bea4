//! The `rasd` command line: clean, analyse and search Arabic news.
#![allow(clippy::print_stdout, clippy::print_stderr)] // a binary's job is to print

mod analyze;
mod bench;
mod corpus;
mod demo;
mod eval;
mod input;
mod serve;

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
    /// Ingest a built-in sample corpus, search it, and show its duplicates and counts.
    Demo(demo::Args),
    /// Serve the HTTP API and the web page over a store.
    Serve(serve::Args),
    #[command(flatten)]
    Corpus(corpus::Command),
}

fn main() -> ExitCode {
    quiet_on_broken_pipe();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => analyze::run(&args),
        Command::Eval(args) => eval::run(&args),
        Command::Bench(args) => bench::run(&args),
        Command::Demo(args) => demo::run(&args),
        Command::Serve(args) => serve::run(&args),
        Command::Corpus(cmd) => corpus::run(cmd),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("rasd: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// Whether an error comes from writing to a reader that went away (`rasd … | head`).
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Ends the process quietly when standard output is closed under it.
///
/// `println!` panics when the reader of a pipe exits early (`rasd search … | head`). That is
/// not an error for a command-line tool: like other Unix tools, rasd stops without a message.
fn quiet_on_broken_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if message.contains("Broken pipe") {
            std::process::exit(0);
        }
        default(info);
    }));
}
