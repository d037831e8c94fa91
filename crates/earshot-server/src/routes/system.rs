//! Health and metrics.

use crate::error::ApiError;
use crate::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::Json;
use serde_json::json;

/// Ready when the database answers.
#[utoipa::path(get, path = "/healthz", tag = "system", security(()),
    responses((status = 200, description = "the desk is ready"), (status = 503, description = "the database does not answer")))]
pub async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    match state.store.ping().await {
        Ok(()) => (axum::http::StatusCode::OK, Json(json!({"status": "ok"}))),
        Err(e) => {
            tracing::warn!(error = %e, "health check failed");
            (
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({"status": "unavailable", "reason": "the database does not answer"})),
            )
        }
    }
}

/// Prometheus text exposition.
#[utoipa::path(get, path = "/metrics", tag = "system", security(()),
    responses((status = 200, description = "Prometheus text format", content_type = "text/plain")))]
pub async fn metrics(State(state): State<AppState>) -> Result<impl IntoResponse, ApiError> {
    let mentions: Vec<(String, String, i64)> = state
        .store
        .count_mentions_by_network_action()
        .await?
        .into_iter()
        .map(|c| (c.network.to_string(), c.action.to_string(), c.count))
        .collect();
    let open = state.store.count_open_cases().await?;
    let mut body = state.metrics.render(&mentions, open);
    crate::metrics::render_connectors(&mut body, &state.connectors.snapshot());
    Ok((
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        body,
    ))
}
