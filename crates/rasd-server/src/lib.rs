//! The rasd HTTP API and web page.
//!
//! A thin layer over the engine and the store: [`AppState`] holds what every request shares (the
//! [`rasd::Engine`], built once; the search index; a few SQLite connections to the store), and
//! [`router`] maps the endpoints onto it:
//!
//! | endpoint | answer |
//! |---|---|
//! | `POST /api/analyze` | the document JSON of `rasd analyze` for a raw text or `{"text", "date", "source"}` |
//! | `GET /api/search?q=…` | hits with snippets and facets, as `rasd search --json` |
//! | `GET /api/documents/{id}` | a stored document, as `rasd show` |
//! | `GET /api/stats` | the counts of `rasd stats --json`, and how many documents are searchable |
//! | `GET /health` | `{"status": "ok"}` |
//! | `GET /` | the web page: search with facets, a document view, and a text analyser |
//!
//! Errors are JSON (`{"error": "..."}`) with their HTTP status. Analysis and search are CPU and
//! disk work: they run on tokio's blocking pool, never on the async workers, so a long analysis
//! does not stall other requests. Every request has a deadline and every body a size limit
//! ([`Limits`]).
//!
//! ```
//! use std::sync::Arc;
//! use rasd_server::{AppState, Limits, router};
//!
//! let dir = tempfile::tempdir()?;
//! // An empty store: `rasd ingest` fills it.
//! drop(rasd_store::Store::open(dir.path())?);
//! let engine = rasd::Engine::builder().build()?;
//! let (state, _opened) = AppState::open(dir.path(), engine, Limits::default())?;
//! let app: axum::Router = router(Arc::new(state));
//! # let _ = app;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod api;
mod error;
mod page;
mod params;
mod state;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

pub use error::Error;
pub use state::{AppState, Limits, Opened};

/// The application: every endpoint, with the body limit and the per-request deadline.
pub fn router(state: Arc<AppState>) -> Router {
    let limits = state.limits().clone();
    Router::new()
        .route("/", get(page::index))
        .route("/health", get(api::health))
        .route("/api/analyze", post(api::analyze))
        .route("/api/search", get(api::search))
        .route("/api/documents/{id}", get(api::document))
        .route("/api/stats", get(api::stats))
        .fallback(api::not_found)
        .method_not_allowed_fallback(api::method_not_allowed)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            api::deadline,
        ))
        .layer(DefaultBodyLimit::max(limits.max_body_bytes))
        .with_state(state)
}

/// Serves [`router`] on `addr` until Ctrl-C, on a runtime of its own. `on_ready` is told the
/// address actually bound (useful with port 0) once the server accepts connections.
///
/// # Errors
/// When the runtime cannot start, the address cannot be bound, or the server fails.
pub fn serve(
    state: Arc<AppState>,
    addr: SocketAddr,
    on_ready: impl FnOnce(SocketAddr),
) -> Result<(), Error> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        // Analyses and searches queue here; more threads than this would only fight for the
        // cores and the store's connections.
        .max_blocking_threads(16)
        .build()
        .map_err(Error::Runtime)?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|source| Error::Bind { addr, source })?;
        let bound = listener.local_addr().map_err(Error::Serve)?;
        on_ready(bound);
        axum::serve(listener, router(state))
            .with_graceful_shutdown(async {
                // If the signal cannot be listened for, the server runs until it is killed.
                if tokio::signal::ctrl_c().await.is_err() {
                    std::future::pending::<()>().await;
                }
            })
            .await
            .map_err(Error::Serve)
    })
}
