//! Who is calling: a bearer API token, looked up by its hash. Roles decide
//! what a caller may do (admin > lead > agent).

use crate::error::ApiError;
use crate::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use earshot_store::{auth::hash_token, Role, User};

/// The authenticated caller of an API request.
#[derive(Debug, Clone)]
pub struct Caller(pub User);

impl Caller {
    /// Refuse (403) unless the caller has at least `role`.
    pub fn require(&self, role: Role) -> Result<(), ApiError> {
        if rank(self.0.role) >= rank(role) {
            Ok(())
        } else {
            Err(ApiError::forbidden(format!(
                "this needs the {role} role; you are {}",
                self.0.role
            )))
        }
    }

    pub fn id(&self) -> i64 {
        self.0.id
    }
}

fn rank(role: Role) -> u8 {
    match role {
        Role::Agent => 1,
        Role::Lead => 2,
        Role::Admin => 3,
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let header = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .ok_or_else(|| {
                ApiError::unauthorized("missing 'Authorization: Bearer TOKEN' header")
            })?;
        let value = header
            .to_str()
            .map_err(|_| ApiError::unauthorized("the Authorization header is not readable text"))?;
        let token = value
            .strip_prefix("Bearer ")
            .or_else(|| value.strip_prefix("bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| {
                ApiError::unauthorized("the Authorization header must be 'Bearer TOKEN'")
            })?;
        let user = state
            .store
            .user_for_token(&hash_token(token))
            .await?
            .ok_or_else(|| ApiError::unauthorized("unknown or revoked API token"))?;
        Ok(Caller(user))
    }
}
