//! The reply coach over the API: length by the network's own rules and the
//! findings an agent should see before sending.

use crate::auth::Caller;
use crate::error::{parse_json, ApiError, ErrorBody};
use crate::web::actions::coach_context;
use crate::AppState;
use axum::body::Bytes;
use axum::extract::State;
use axum::Json;
use earshot_coach::{CoachReport, CoachRequest, Visibility};
use earshot_core::Network;
use serde::Deserialize;
use utoipa::ToSchema;

/// Largest draft the coach reads; a reply is far shorter on every network.
const MAX_DRAFT_BYTES: usize = 64 * 1024;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CoachBody {
    /// x, mastodon, bluesky or email
    #[schema(value_type = String)]
    network: String,
    /// public or private
    #[schema(value_type = String)]
    visibility: String,
    /// the draft
    text: String,
    /// the case being answered: enables `not_a_customer` and checks against the customer's words
    #[serde(default)]
    case_id: Option<i64>,
}

/// Check a draft reply: `{"length", "limit", "findings": [{"code", "severity", "message"}]}`.
#[utoipa::path(post, path = "/api/v1/coach", tag = "cases", request_body = CoachBody,
    responses((status = 200, description = "the coach's report", body = Object),
              (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn coach(
    State(state): State<AppState>,
    _caller: Caller,
    body: Bytes,
) -> Result<Json<CoachReport>, ApiError> {
    let body: CoachBody = parse_json(&body)?;
    let network: Network = body
        .network
        .parse()
        .map_err(|e: earshot_core::ParseNetworkError| {
            ApiError::bad_field("network", e.to_string())
        })?;
    if network == Network::Webhook {
        return Err(ApiError::bad_field(
            "network",
            "the coach checks replies on x, mastodon, bluesky or email",
        ));
    }
    let visibility = match body.visibility.as_str() {
        "public" => Visibility::Public,
        "private" => Visibility::Private,
        other => {
            return Err(ApiError::bad_field(
                "visibility",
                format!("visibility '{other}' is not one of public, private"),
            ))
        }
    };
    if body.text.len() > MAX_DRAFT_BYTES {
        return Err(ApiError::bad_field(
            "text",
            format!(
                "the draft is {} bytes; the coach reads at most {MAX_DRAFT_BYTES}",
                body.text.len()
            ),
        ));
    }
    let case = match body.case_id {
        None => None,
        Some(id) => {
            let detail = state
                .store
                .get_case(id)
                .await?
                .ok_or_else(|| ApiError::not_found(format!("case {id} not found")))?;
            Some(coach_context(&detail))
        }
    };
    Ok(Json(earshot_coach::coach(&CoachRequest {
        network,
        visibility,
        text: body.text,
        case,
    })))
}
