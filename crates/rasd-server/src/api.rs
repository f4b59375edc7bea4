//! The JSON endpoints, the deadline every request runs under, and the error fallbacks.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, RawQuery, Request, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rasd_store::{SearchResults, Store};
use serde_json::{Value, json};

use crate::error::ApiError;
use crate::params::{self, AnalyzeRequest};
use crate::state::AppState;

type Shared = State<Arc<AppState>>;

/// `GET /health`: the server is up.
pub(crate) async fn health() -> Json<Value> {
    Json(json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }))
}

/// `POST /api/analyze`: the body is the article (any content type but JSON), or
/// `{"text", "date", "source", "title", "id", "url"}` sent as `application/json`.
pub(crate) async fn analyze(
    State(state): Shared,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Value>, ApiError> {
    let body = body.map_err(|rejection| {
        let status = rejection.status();
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                status,
                format!(
                    "the body is larger than {} bytes",
                    state.limits().max_body_bytes
                ),
            )
        } else {
            ApiError::new(status, rejection.body_text())
        }
    })?;
    let request = if is_json(&headers) {
        serde_json::from_slice::<AnalyzeRequest>(&body).map_err(|e| {
            ApiError::bad_request(format!(
                "the body is not the JSON expected ({{\"text\": ..., \"date\": ..., \
                 \"source\": ...}}): {e}"
            ))
        })?
    } else {
        let text = String::from_utf8(body.to_vec())
            .map_err(|_| ApiError::bad_request("the body is not UTF-8 text"))?;
        AnalyzeRequest::raw(text)
    };
    let (text, meta) = request.into_parts()?;
    let document =
        blocking(move || Ok(rasd::wire::to_json(&state.engine().analyze(&text, meta)))).await?;
    Ok(Json(document))
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| {
            let v = v.trim().to_ascii_lowercase();
            v == "application/json" || v.ends_with("+json")
        })
}

/// `GET /api/search?q=…`: hits with snippets and facets (see [`params::search_request`]).
pub(crate) async fn search(
    State(state): Shared,
    RawQuery(query): RawQuery,
) -> Result<Json<SearchResults>, ApiError> {
    let request = params::search_request(query.as_deref().unwrap_or(""), state.limits().max_hits)?;
    let results = blocking(move || {
        state
            .with_store(|store| {
                // Documents an ingest added since the server started are searchable at once.
                state.index().refresh()?;
                state.index().search(store, &request)
            })
            .map_err(ApiError::from)
    })
    .await?;
    Ok(Json(results))
}

/// `GET /api/documents/{id}`: a stored document by the store's number or the input's own id.
pub(crate) async fn document(
    State(state): Shared,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let found = blocking(move || {
        state
            .with_store(|store| store.show(&id))
            .map_err(ApiError::from)?
            .ok_or_else(|| ApiError::not_found(format!("no document {id} in the store")))
    })
    .await?;
    Ok(Json(found))
}

/// `GET /api/stats`: the counts of `rasd stats --json`, plus how many documents are searchable.
pub(crate) async fn stats(State(state): Shared) -> Result<Json<Value>, ApiError> {
    let searchable = state.index().num_docs();
    let stats = blocking(move || state.with_store(Store::stats).map_err(ApiError::from)).await?;
    let mut value = serde_json::to_value(&stats)
        .map_err(|e| ApiError::internal(format!("encoding the counts: {e}")))?;
    if let Value::Object(map) = &mut value {
        map.insert("searchable".into(), searchable.into());
    }
    Ok(Json(value))
}

/// Any path no route takes.
pub(crate) async fn not_found(method: Method, uri: Uri) -> ApiError {
    ApiError::not_found(format!("no endpoint {method} {}", uri.path()))
}

/// A known path asked with another method.
pub(crate) async fn method_not_allowed(method: Method, uri: Uri) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("{} does not answer {method}", uri.path()),
    )
}

/// Every request, its body included, must finish within the configured time. The blocking work
/// of a request that runs out of time finishes in the background; its answer is dropped.
pub(crate) async fn deadline(State(state): Shared, request: Request, next: Next) -> Response {
    let limit = state.limits().timeout;
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("the request took longer than {} s", limit.as_secs_f64()),
        )
        .into_response(),
    }
}

/// Runs CPU or disk work on the blocking pool, away from the async workers.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| ApiError::internal(format!("the request failed: {e}")))?
}
