//! Contacts: a customer with identities on every network and all their cases.

use super::parse_id;
use crate::auth::Caller;
use crate::error::{parse_json, ApiError, ErrorBody};
use crate::AppState;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::Json;
use earshot_store::{ContactDetail, ContactSummary, Role};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Deserialize, IntoParams)]
pub struct ListContactsParams {
    /// part of a handle or name
    q: Option<String>,
    /// at most this many (1..=200, default 50)
    limit: Option<u32>,
}

#[derive(Serialize, ToSchema)]
pub struct ContactList {
    items: Vec<ContactSummary>,
}

/// Find contacts by handle or name.
#[utoipa::path(get, path = "/api/v1/contacts", tag = "contacts", params(ListContactsParams),
    responses((status = 200, body = ContactList), (status = 401, body = ErrorBody)))]
pub async fn list_contacts(
    State(state): State<AppState>,
    _caller: Caller,
    Query(params): Query<ListContactsParams>,
) -> Result<Json<ContactList>, ApiError> {
    let limit = params.limit.unwrap_or(50).clamp(1, 200);
    let items = state
        .store
        .list_contacts(params.q.as_deref(), limit)
        .await?;
    Ok(Json(ContactList { items }))
}

/// A contact with all their identities and cases.
#[utoipa::path(get, path = "/api/v1/contacts/{id}", tag = "contacts",
    params(("id" = i64, Path, description = "contact id")),
    responses((status = 200, body = ContactDetail), (status = 404, body = ErrorBody)))]
pub async fn get_contact(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<ContactDetail>, ApiError> {
    let id = parse_id(&id, "id")?;
    state
        .store
        .get_contact(id)
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("contact {id} not found")))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MergeBody {
    /// the contact to fold into this one; its identities and cases move here
    from: i64,
}

/// Merge another contact into this one (the same person on two networks).
#[utoipa::path(post, path = "/api/v1/contacts/{id}/merge", tag = "contacts",
    params(("id" = i64, Path, description = "the contact that stays")),
    request_body = MergeBody,
    responses((status = 200, body = ContactDetail), (status = 400, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn merge_contact(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Json<ContactDetail>, ApiError> {
    caller.require(Role::Lead)?;
    let id = parse_id(&id, "id")?;
    let body: MergeBody = parse_json(&body)?;
    if body.from == id {
        return Err(ApiError::bad_field(
            "from",
            "a contact cannot be merged into itself",
        ));
    }
    Ok(Json(state.store.merge_contacts(id, body.from).await?))
}
