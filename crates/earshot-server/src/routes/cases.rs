//! Cases: list with filters and keyset pagination, one case with its
//! timeline, changes (status, assignee, team, priority), notes and replies.

use super::parse_id;
use crate::auth::Caller;
use crate::error::{parse_json, ApiError, ErrorBody};
use crate::AppState;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use earshot_store::{
    Case, CaseDetail, CaseFilter, CasePage, CasePatch, CaseSort, Channel, Role, TimelineEntry,
};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use utoipa::{IntoParams, ToSchema};

/// Query parameters of `GET /api/v1/cases`.
#[derive(Deserialize, IntoParams)]
#[allow(dead_code)]
pub struct ListCasesParams {
    /// open, pending, resolved, closed or monitored
    status: Option<String>,
    /// team id from the plan
    team: Option<String>,
    /// topic id from the plan
    topic: Option<String>,
    /// respond_public, respond_private, monitor or ignore
    action: Option<String>,
    /// a user id, a username, `me`, or `none` for unassigned
    assignee: Option<String>,
    /// urgent, high, normal or low
    priority: Option<String>,
    /// cases of one contact
    contact: Option<i64>,
    /// words to look for in the case summary
    q: Option<String>,
    /// `deadline` (default: first-response deadline, soonest first) or `newest`
    sort: Option<String>,
    /// the `next` value of the previous page
    cursor: Option<String>,
    /// page size, 1..=200 (default 50)
    limit: Option<u32>,
}

const PARAMS: [&str; 11] = [
    "status", "team", "topic", "action", "assignee", "priority", "contact", "q", "sort", "cursor",
    "limit",
];

/// List cases, soonest first-response deadline first.
#[utoipa::path(get, path = "/api/v1/cases", tag = "cases", params(ListCasesParams),
    responses((status = 200, body = CasePage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody)))]
pub async fn list_cases(
    State(state): State<AppState>,
    caller: Caller,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Json<CasePage>, ApiError> {
    if let Some(unknown) = params.keys().find(|k| !PARAMS.contains(&k.as_str())) {
        return Err(ApiError::bad_field(
            unknown.clone(),
            format!(
                "unknown query parameter '{unknown}' (known: {})",
                PARAMS.join(", ")
            ),
        ));
    }
    let get = |k: &str| params.get(k).map(|s| s.trim()).filter(|s| !s.is_empty());
    let mut filter = CaseFilter::default();
    if let Some(v) = get("status") {
        filter.status = Some(
            v.parse()
                .map_err(|e: String| ApiError::bad_field("status", e))?,
        );
    }
    if let Some(v) = get("action") {
        filter.action = Some(
            v.parse()
                .map_err(|e: String| ApiError::bad_field("action", e))?,
        );
    }
    if let Some(v) = get("priority") {
        filter.priority = Some(
            v.parse()
                .map_err(|e: String| ApiError::bad_field("priority", e))?,
        );
    }
    filter.team = get("team").map(str::to_string);
    filter.topic = get("topic").map(str::to_string);
    filter.q = get("q").map(str::to_string);
    if let Some(v) = get("contact") {
        filter.contact_id = Some(parse_id(v, "contact")?);
    }
    if let Some(v) = get("assignee") {
        filter.assignee = Some(resolve_assignee_filter(&state, &caller, v).await?);
    }
    let sort = match get("sort") {
        None | Some("deadline") => CaseSort::Deadline,
        Some("newest") => CaseSort::Newest,
        Some(other) => {
            return Err(ApiError::bad_field(
                "sort",
                format!("sort '{other}' is not one of deadline, newest"),
            ))
        }
    };
    let limit = match get("limit") {
        None => 50,
        Some(v) => v
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=200).contains(n))
            .ok_or_else(|| {
                ApiError::bad_field(
                    "limit",
                    format!("limit '{v}' must be a whole number from 1 to 200"),
                )
            })?,
    };
    let page = state
        .store
        .list_cases(&filter, sort, get("cursor"), limit)
        .await?;
    Ok(Json(page))
}

async fn resolve_assignee_filter(
    state: &AppState,
    caller: &Caller,
    v: &str,
) -> Result<earshot_store::AssigneeFilter, ApiError> {
    use earshot_store::AssigneeFilter;
    Ok(match v {
        "none" | "unassigned" => AssigneeFilter::Unassigned,
        "me" => AssigneeFilter::User(caller.id()),
        other => AssigneeFilter::User(resolve_user(state, other, "assignee").await?),
    })
}

/// A user named by id or username.
async fn resolve_user(state: &AppState, v: &str, field: &str) -> Result<i64, ApiError> {
    if let Ok(id) = v.parse::<i64>() {
        return Ok(id);
    }
    state
        .store
        .user_by_username(v)
        .await?
        .map(|u| u.id)
        .ok_or_else(|| ApiError::bad_field(field, format!("no user named '{v}'")))
}

/// One case with the customer and the whole timeline, oldest first.
#[utoipa::path(get, path = "/api/v1/cases/{id}", tag = "cases",
    params(("id" = i64, Path, description = "case id")),
    responses((status = 200, body = CaseDetail), (status = 404, body = ErrorBody)))]
pub async fn get_case(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<CaseDetail>, ApiError> {
    let id = parse_id(&id, "id")?;
    state
        .store
        .get_case(id)
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("case {id} not found")))
}

/// Changes to a case. Absent fields are left alone; `assignee: null` unassigns.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PatchCaseBody {
    /// open, pending, resolved, closed or monitored
    #[serde(default)]
    status: Option<String>,
    /// user id or username; null to unassign
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>)]
    assignee: Option<Option<serde_json::Value>>,
    /// team id from the plan
    #[serde(default)]
    team: Option<String>,
    /// urgent, high, normal or low
    #[serde(default)]
    priority: Option<String>,
    /// the case's `version` as read; a stale version gets 409 instead of losing someone's change
    #[serde(default)]
    version: Option<i64>,
}

fn double_option<'de, D, T>(de: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(de).map(Some)
}

/// Change status, assignee, team or priority. Agents may take or release a
/// case and change its status and priority; moving it to another team or
/// assigning it to someone else needs a lead.
#[utoipa::path(patch, path = "/api/v1/cases/{id}", tag = "cases",
    params(("id" = i64, Path, description = "case id")),
    request_body = PatchCaseBody,
    responses((status = 200, body = Case), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn patch_case(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Json<Case>, ApiError> {
    let id = parse_id(&id, "id")?;
    let body: PatchCaseBody = parse_json(&body)?;
    let mut patch = CasePatch {
        expected_version: body.version,
        ..CasePatch::default()
    };
    if let Some(s) = &body.status {
        patch.status = Some(
            s.parse()
                .map_err(|e: String| ApiError::bad_field("status", e))?,
        );
    }
    if let Some(p) = &body.priority {
        patch.priority = Some(
            p.parse()
                .map_err(|e: String| ApiError::bad_field("priority", e))?,
        );
    }
    if let Some(team) = &body.team {
        caller.require(Role::Lead)?;
        patch.team = Some(team.clone());
    }
    if let Some(assignee) = &body.assignee {
        let user = match assignee {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::Number(n)) => Some(n.as_i64().ok_or_else(|| {
                ApiError::bad_field("assignee", "assignee must be a user id or username")
            })?),
            Some(serde_json::Value::String(s)) => Some(resolve_user(&state, s, "assignee").await?),
            Some(_) => {
                return Err(ApiError::bad_field(
                    "assignee",
                    "assignee must be a user id, a username or null",
                ))
            }
        };
        if let Some(u) = user {
            if u != caller.id() {
                caller.require(Role::Lead)?;
            }
        }
        patch.assignee = Some(user);
    }
    let case = state
        .store
        .update_case(id, &patch, Some(caller.id()))
        .await?;
    state.events.case_changed(id, Some(caller.id()));
    Ok(Json(case))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NoteBody {
    /// the note, visible to the team only
    body: String,
}

/// Add an internal note to the case timeline.
#[utoipa::path(post, path = "/api/v1/cases/{id}/notes", tag = "cases",
    params(("id" = i64, Path, description = "case id")),
    request_body = NoteBody,
    responses((status = 201, body = TimelineEntry), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn add_note(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<(StatusCode, Json<TimelineEntry>), ApiError> {
    let id = parse_id(&id, "id")?;
    let body: NoteBody = parse_json(&body)?;
    if body.body.trim().is_empty() {
        return Err(ApiError::bad_field("body", "a note needs some text"));
    }
    let entry = state.store.add_note(id, caller.id(), &body.body).await?;
    state.events.case_changed(id, Some(caller.id()));
    Ok((StatusCode::CREATED, Json(entry)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReplyBody {
    /// the reply text
    body: String,
    /// `public` (on the case's network) or `private` (DM or email)
    channel: String,
}

#[derive(Serialize, ToSchema)]
pub struct QueuedReply {
    /// outbox id of the reply
    id: String,
    /// `queued` until the outbox worker has sent it
    status: String,
}

/// Queue a reply. It is recorded (timeline + outbox) before this answers
/// and is sent exactly once; repeating the request with the same
/// `Idempotency-Key` returns the same reply and sends nothing new.
#[utoipa::path(post, path = "/api/v1/cases/{id}/replies", tag = "cases",
    params(("id" = i64, Path, description = "case id"),
           ("Idempotency-Key" = Option<String>, Header, description = "makes a repeated request a no-op")),
    request_body = ReplyBody,
    responses((status = 202, body = QueuedReply), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn queue_reply(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<QueuedReply>), ApiError> {
    let id = parse_id(&id, "id")?;
    let body: ReplyBody = parse_json(&body)?;
    if body.body.trim().is_empty() {
        return Err(ApiError::bad_field("body", "a reply needs some text"));
    }
    let channel: Channel = body
        .channel
        .parse()
        .map_err(|e: String| ApiError::bad_field("channel", e))?;
    let key = idempotency_key(&headers)?;
    let item = state
        .store
        .queue_reply(id, caller.id(), &body.body, channel, key.as_deref())
        .await?;
    state.events.case_changed(id, Some(caller.id()));
    Ok((
        StatusCode::ACCEPTED,
        Json(QueuedReply {
            id: item.id.to_string(),
            status: item.status.to_string(),
        }),
    ))
}

/// The request's `Idempotency-Key`, if it sent one.
fn idempotency_key(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    match headers.get("idempotency-key") {
        None => Ok(None),
        Some(v) => v
            .to_str()
            .ok()
            .filter(|k| !k.is_empty() && k.len() <= 200)
            .map(|k| Some(k.to_string()))
            .ok_or_else(|| {
                ApiError::bad_field(
                    "Idempotency-Key",
                    "Idempotency-Key must be 1 to 200 visible characters",
                )
            }),
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MoveToPrivateBody {
    /// the short public reply: acknowledges the problem and says where the conversation continues
    public: String,
    /// the first private message (DM or email), where details can be asked for
    private: String,
}

#[derive(Serialize, ToSchema)]
pub struct MovedToPrivate {
    public: QueuedReply,
    private: QueuedReply,
}

/// Move the conversation to a private channel (lesson 3): one action that
/// queues a short public reply saying where it continues and the first
/// private message, both on the same case. The public reply may not carry
/// or ask for private details. With an `Idempotency-Key`, repeating the
/// request (also after a partial failure) queues each message once.
#[utoipa::path(post, path = "/api/v1/cases/{id}/move-to-private", tag = "cases",
    params(("id" = i64, Path, description = "case id"),
           ("Idempotency-Key" = Option<String>, Header, description = "makes a repeated request a no-op")),
    request_body = MoveToPrivateBody,
    responses((status = 202, body = MovedToPrivate), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn move_to_private(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<MovedToPrivate>), ApiError> {
    let id = parse_id(&id, "id")?;
    let body: MoveToPrivateBody = parse_json(&body)?;
    for (field, text) in [("public", &body.public), ("private", &body.private)] {
        if text.trim().is_empty() {
            return Err(ApiError::bad_field(
                field,
                format!("the {field} message needs some text"),
            ));
        }
    }
    let key = idempotency_key(&headers)?;
    let detail = state
        .store
        .get_case(id)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("case {id} not found")))?;
    let report = earshot_coach::coach(&earshot_coach::CoachRequest {
        network: detail.case.network,
        visibility: earshot_coach::Visibility::Public,
        text: body.public.clone(),
        case: None,
    });
    if let Some(f) = report
        .findings
        .iter()
        .find(|f| f.code == "private_data_public" && f.severity == earshot_coach::Severity::Error)
    {
        return Err(ApiError::bad_field("public", f.message.clone()));
    }
    let mut queued = Vec::with_capacity(2);
    for (channel, text, suffix) in [
        (Channel::Public, &body.public, "public"),
        (Channel::Private, &body.private, "private"),
    ] {
        let item_key = key
            .as_ref()
            .map(|k| format!("{k}:move-to-private:{suffix}"));
        let item = state
            .store
            .queue_reply(id, caller.id(), text, channel, item_key.as_deref())
            .await?;
        queued.push(QueuedReply {
            id: item.id.to_string(),
            status: item.status.to_string(),
        });
    }
    state.events.case_changed(id, Some(caller.id()));
    let private = queued.pop().expect("two messages were queued");
    let public = queued.pop().expect("two messages were queued");
    Ok((
        StatusCode::ACCEPTED,
        Json(MovedToPrivate { public, private }),
    ))
}
