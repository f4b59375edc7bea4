//! `rasd bench`: throughput of each stage on a real corpus.

use anyhow::Result;

/// Arguments of `rasd bench`.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: &Args) -> Result<()> {
    anyhow::bail!("not yet")
}
