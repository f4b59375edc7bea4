//! Corpus commands: ingest, search, show, duplicates, export, stats.

use anyhow::Result;

/// Commands over a store of many articles.
#[derive(Debug, clap::Subcommand)]
pub enum Command {}

pub fn run(cmd: Command) -> Result<()> {
    match cmd {}
}
