//! The webhook: mentions in earshot's own JSON (or X v2 stream messages)
//! from any source. Stored before the answer, so a 202 means kept.

use crate::auth::Caller;
use crate::error::{ApiError, ErrorBody};
use crate::AppState;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use earshot_core::wire::parse_value;
use serde::Serialize;
use utoipa::ToSchema;

/// Most mentions accepted in one request.
const MAX_BATCH: usize = 1000;

#[derive(Serialize, ToSchema)]
pub struct MentionsAccepted {
    /// mentions read from the body
    received: usize,
    /// newly stored
    stored: u64,
    /// already known by (network, id); nothing changed
    duplicates: u64,
    /// cases opened or re-opened by this batch
    case_ids: Vec<i64>,
}

/// Accept one mention (a JSON object) or several (an array). The whole
/// request is refused, naming the field, if any mention is malformed.
#[utoipa::path(post, path = "/api/v1/mentions", tag = "mentions",
    request_body(content = Object, description = "one mention in earshot's JSON ({network, id, text, author: {id, handle, ...}, ...}) or an X v2 stream message, or an array of them"),
    responses((status = 202, body = MentionsAccepted), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody)))]
pub async fn post_mentions(
    State(state): State<AppState>,
    _caller: Caller,
    body: Bytes,
) -> Result<(StatusCode, Json<MentionsAccepted>), ApiError> {
    let text = std::str::from_utf8(&body).map_err(|e| {
        ApiError::bad_request(format!(
            "body is not valid UTF-8 (at byte {})",
            e.valid_up_to()
        ))
    })?;
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| ApiError::bad_request(format!("malformed JSON body: {e}")))?;
    let (docs, batch) = match value {
        serde_json::Value::Array(items) => (items, true),
        other => (vec![other], false),
    };
    if docs.is_empty() {
        return Err(ApiError::bad_request("the array holds no mentions"));
    }
    if docs.len() > MAX_BATCH {
        return Err(ApiError::bad_request(format!(
            "{} mentions in one request; send at most {MAX_BATCH}",
            docs.len()
        )));
    }
    let received = docs.len();
    let mut mentions = Vec::with_capacity(received);
    for (i, doc) in docs.into_iter().enumerate() {
        let raw = doc.to_string();
        let mut mention = parse_value(doc).map_err(|e| {
            let field = field_of(&e.message);
            let at = if batch {
                format!("[{i}]")
            } else {
                String::new()
            };
            let msg = if batch {
                format!("mention {i}: {}", e.message)
            } else {
                e.message.clone()
            };
            match field {
                Some(f) => ApiError::bad_field(format!("{at}{f}"), msg),
                None => ApiError::bad_request(msg),
            }
        })?;
        mention.raw = Some(raw);
        mentions.push(mention);
    }
    let outcome = state.pipeline.ingest(mentions).await?;
    state.events.cases_touched(&outcome.case_ids);
    Ok((
        StatusCode::ACCEPTED,
        Json(MentionsAccepted {
            received,
            stored: outcome.stored,
            duplicates: outcome.duplicates,
            case_ids: outcome.case_ids,
        }),
    ))
}

/// The wire parser names fields as `field 'x.y'`; lift that into the JSON error.
fn field_of(message: &str) -> Option<String> {
    let start = message.find("field '")? + 7;
    let end = message[start..].find('\'')? + start;
    Some(message[start..end].to_string())
}
