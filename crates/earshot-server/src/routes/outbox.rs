//! The outbox as agents see it: a case's queued, sent and failed replies,
//! and retrying a failed one (optionally with edited text).

use super::parse_id;
use crate::auth::Caller;
use crate::error::{parse_json, ApiError, ErrorBody};
use crate::AppState;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::Json;
use earshot_store::OutboxItem;
use serde::Deserialize;
use utoipa::ToSchema;

/// The replies and private messages of a case, oldest first, with where
/// each stands: `queued` (waiting; `error` says why when it waits for a
/// reason), `sending`, `sent` (with the network's `external_id`) or
/// `failed` (with the reason in `error`).
#[utoipa::path(get, path = "/api/v1/cases/{id}/outbox", tag = "outbox",
    params(("id" = i64, Path, description = "case id")),
    responses((status = 200, body = Vec<OutboxItem>), (status = 400, body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn case_outbox(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<Vec<OutboxItem>>, ApiError> {
    let id = parse_id(&id, "id")?;
    let items = state.store.list_outbox(id).await?;
    if items.is_empty() && state.store.get_case(id).await?.is_none() {
        return Err(ApiError::not_found(format!("case {id} not found")));
    }
    Ok(Json(items))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct RetryBody {
    /// New text for the reply; the text stays as it was when absent.
    #[serde(default)]
    body: Option<String>,
}

/// Send a failed reply again, optionally with edited text. Only `failed`
/// items can be retried (409 otherwise: a queued item is already on its
/// way, a sent one cannot be unsent). The body may be empty.
#[utoipa::path(post, path = "/api/v1/outbox/{id}/retry", tag = "outbox",
    params(("id" = i64, Path, description = "outbox item id")),
    request_body(content = Option<RetryBody>, description = "optional: `{\"body\": \"edited text\"}`"),
    responses((status = 200, body = OutboxItem), (status = 400, body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
              (status = 409, body = ErrorBody)))]
pub async fn retry(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Json<OutboxItem>, ApiError> {
    let id = parse_id(&id, "id")?;
    let body: RetryBody = if body.iter().all(u8::is_ascii_whitespace) {
        RetryBody::default()
    } else {
        parse_json(&body)?
    };
    if body.body.as_deref().is_some_and(|b| b.trim().is_empty()) {
        return Err(ApiError::bad_field(
            "body",
            "an edited reply needs some text",
        ));
    }
    let item = state.store.retry_outbox(id, body.body.as_deref()).await?;
    tracing::info!(
        outbox_id = id,
        user_id = caller.id(),
        edited = body.body.is_some(),
        "reply retried"
    );
    state.events.case_changed(item.case_id, Some(caller.id()));
    Ok(Json(item))
}
