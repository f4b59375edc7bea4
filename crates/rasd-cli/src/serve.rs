//! `rasd serve`: the HTTP API and the web page over a store.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use rasd::Engine;
use rasd_server::{AppState, Limits};

/// Arguments of `rasd serve`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The store directory (made by `rasd ingest`).
    #[arg(long, default_value = "rasd-data")]
    pub store: PathBuf,
    /// The address to listen on (port 0 picks a free one).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// The largest request body, in bytes.
    #[arg(long, default_value_t = Limits::default().max_body_bytes)]
    pub max_body: usize,
    /// The longest a request may take, in seconds.
    #[arg(long, default_value_t = Limits::default().timeout.as_secs())]
    pub timeout: u64,
}

pub fn run(args: &Args) -> Result<()> {
    let engine = Engine::builder().build().context("loading the engine")?;
    let limits = Limits {
        max_body_bytes: args.max_body,
        timeout: Duration::from_secs(args.timeout.max(1)),
        ..Limits::default()
    };
    let (state, opened) = AppState::open(&args.store, engine, limits)
        .with_context(|| format!("opening store {}", args.store.display()))?;
    if let Some(m) = &opened.migration {
        eprintln!(
            "store {} migrated from schema {} to {}: events and quotes of {} documents filled from \
             their stored analysis",
            args.store.display(),
            m.from,
            m.to,
            m.filled
        );
    }
    if opened.indexed > 0 {
        eprintln!(
            "indexed {} documents that were not searchable yet",
            opened.indexed
        );
    }
    let searchable = opened.searchable;
    let store = args.store.display().to_string();
    rasd_server::serve(Arc::new(state), args.addr, |bound| {
        eprintln!(
            "rasd: serving {store} ({searchable} searchable documents) on http://{bound}/ \
             (Ctrl-C stops)"
        );
    })
    .context("serving")
}
