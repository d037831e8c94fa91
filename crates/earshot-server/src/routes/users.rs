//! Users, API tokens and teams. Managing users and tokens is for admins.

use super::parse_id;
use crate::auth::Caller;
use crate::error::{parse_json, ApiError, ErrorBody};
use crate::AppState;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use earshot_store::auth::{hash_password, new_api_token};
use earshot_store::{ApiToken, Role, Team, User};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct UserList {
    items: Vec<User>,
}

/// All users (admin).
#[utoipa::path(get, path = "/api/v1/users", tag = "admin",
    responses((status = 200, body = UserList), (status = 403, body = ErrorBody)))]
pub async fn list_users(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<UserList>, ApiError> {
    caller.require(Role::Admin)?;
    Ok(Json(UserList {
        items: state.store.list_users().await?,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    username: String,
    password: String,
    /// admin, lead or agent
    role: String,
    /// team id from the plan
    #[serde(default)]
    team: Option<String>,
}

/// Create a user (admin). The password is stored as an argon2 hash.
#[utoipa::path(post, path = "/api/v1/users", tag = "admin", request_body = NewUser,
    responses((status = 201, body = User), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn create_user(
    State(state): State<AppState>,
    caller: Caller,
    body: Bytes,
) -> Result<(StatusCode, Json<User>), ApiError> {
    caller.require(Role::Admin)?;
    let body: NewUser = parse_json(&body)?;
    let username = body.username.trim();
    if username.is_empty()
        || username.len() > 64
        || username
            .chars()
            .any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(ApiError::bad_field(
            "username",
            "a username is 1 to 64 characters without spaces",
        ));
    }
    if body.password.chars().count() < 8 {
        return Err(ApiError::bad_field(
            "password",
            "a password needs at least 8 characters",
        ));
    }
    let role: Role = body
        .role
        .parse()
        .map_err(|e: String| ApiError::bad_field("role", e))?;
    let hash = hash_password(&body.password)
        .map_err(|e| ApiError::bad_field("password", e.to_string()))?;
    let user = state
        .store
        .create_user(username, &hash, role, body.team.as_deref())
        .await?;
    Ok((StatusCode::CREATED, Json(user)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UserChange {
    /// topic ids of the plan this user handles best (skill-based assignment)
    #[serde(default)]
    skills: Option<Vec<String>>,
    /// whether automatic assignment gives this user new cases now
    #[serde(default)]
    available: Option<bool>,
}

/// Change a user's skills (admin) or availability (admin, or the user
/// themselves).
#[utoipa::path(patch, path = "/api/v1/users/{id}", tag = "admin", request_body = UserChange,
    params(("id" = i64, Path, description = "user id")),
    responses((status = 200, body = User), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn update_user(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Json<User>, ApiError> {
    let id = parse_id(&id, "id")?;
    let body: UserChange = parse_json(&body)?;
    if id != caller.0.id || body.skills.is_some() {
        caller.require(Role::Admin)?;
    }
    if let Some(skills) = &body.skills {
        let engine = state.engine();
        if let Some(bad) = skills.iter().find(|s| !engine.plan().has_topic(s)) {
            return Err(ApiError::bad_field(
                "skills",
                format!("'{bad}' is not a topic id of the plan"),
            ));
        }
    }
    state
        .store
        .set_user_assignment(id, body.skills.as_deref(), body.available)
        .await?;
    let user = state
        .store
        .get_user(id)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("user {id}")))?;
    Ok(Json(user))
}

#[derive(Serialize, ToSchema)]
pub struct TokenList {
    items: Vec<ApiToken>,
}

/// All API tokens, without their secrets (admin).
#[utoipa::path(get, path = "/api/v1/tokens", tag = "admin",
    responses((status = 200, body = TokenList), (status = 403, body = ErrorBody)))]
pub async fn list_tokens(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<TokenList>, ApiError> {
    caller.require(Role::Admin)?;
    Ok(Json(TokenList {
        items: state.store.list_tokens(None).await?,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewToken {
    /// the user the token acts as (username)
    user: String,
    /// what the token is for
    #[serde(default)]
    label: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CreatedToken {
    /// the token; shown only this once, only its hash is kept
    token: String,
    #[serde(flatten)]
    info: ApiToken,
}

/// Create an API token for a user (admin). The secret is in this answer only.
#[utoipa::path(post, path = "/api/v1/tokens", tag = "admin", request_body = NewToken,
    responses((status = 201, body = CreatedToken), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn create_token(
    State(state): State<AppState>,
    caller: Caller,
    body: Bytes,
) -> Result<(StatusCode, Json<CreatedToken>), ApiError> {
    caller.require(Role::Admin)?;
    let body: NewToken = parse_json(&body)?;
    let user = state
        .store
        .user_by_username(&body.user)
        .await?
        .ok_or_else(|| ApiError::bad_field("user", format!("no user named '{}'", body.user)))?;
    let (token, hash) = new_api_token();
    let info = state
        .store
        .create_api_token(user.id, &hash, body.label.as_deref().unwrap_or("api"))
        .await?;
    Ok((StatusCode::CREATED, Json(CreatedToken { token, info })))
}

/// Revoke a token (admin).
#[utoipa::path(delete, path = "/api/v1/tokens/{id}", tag = "admin",
    params(("id" = i64, Path, description = "token id")),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn revoke_token(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    caller.require(Role::Admin)?;
    let id = parse_id(&id, "id")?;
    state.store.revoke_token(id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct TeamList {
    items: Vec<Team>,
}

/// The teams of the plan.
#[utoipa::path(get, path = "/api/v1/teams", tag = "admin",
    responses((status = 200, body = TeamList)))]
pub async fn list_teams(
    State(state): State<AppState>,
    _caller: Caller,
) -> Result<Json<TeamList>, ApiError> {
    Ok(Json(TeamList {
        items: state.store.list_teams().await?,
    }))
}

/// The caller.
#[utoipa::path(get, path = "/api/v1/me", tag = "admin",
    responses((status = 200, body = User), (status = 401, body = ErrorBody)))]
pub async fn me(caller: Caller) -> Json<User> {
    Json(caller.0)
}
