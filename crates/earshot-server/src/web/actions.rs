//! Working a case from the desk: taking, releasing and reassigning it,
//! changing its status, replying or noting, reporting presence, and the
//! reply coach. Each is a `fetch` from `desk.js` with the session's CSRF
//! token; answers are JSON, errors `{"code", "message"}` (see
//! [`super::error`]).
//!
//! The rules the desk enforces here, not only in the browser:
//! - only a lead (or admin) takes a case from someone else, assigns it to
//!   another agent or releases someone else's case (403 otherwise);
//! - a change made on a stale page is refused (409, `stale_case`);
//! - a reply the coach finds errors in needs `override`; a reply while
//!   another agent is typing on the case, or within a minute of another
//!   agent's reply to the same customer, needs `confirm` (409 with the
//!   reason, which the page asks the agent about).

use super::error::WebError;
use super::pages::CaseId;
use super::presence::Report;
use super::session::CurrentUser;
use super::WebState;
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use chrono::Utc;
use earshot_coach::{CaseContext, CoachReport, CoachRequest, Visibility};
use earshot_core::Addressing;
use earshot_store::{CaseDetail, CasePatch, CaseStatus, Channel, TimelineKind};
use serde::Deserialize;
use serde_json::json;

/// Largest draft the coach reads (as `POST /api/v1/coach`).
const MAX_DRAFT_BYTES: usize = 64 * 1024;

fn body<T>(payload: Result<Json<T>, JsonRejection>) -> Result<T, WebError> {
    payload
        .map(|Json(t)| t)
        .map_err(|e| WebError::Invalid(format!("request body: {}", e.body_text())))
}

/// Who a case should be assigned to.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum AssignTo {
    /// `"me"` or `"none"`.
    Word(String),
    User(i64),
}

#[derive(Debug, Deserialize)]
pub struct AssignRequest {
    pub to: AssignTo,
    /// The case version the page shows.
    pub version: i64,
}

/// `POST /cases/{id}/assign` with `{"to": "me" | "none" | USER_ID, "version": N}`.
pub async fn assign(
    State(state): State<WebState>,
    user: CurrentUser,
    headers: HeaderMap,
    CaseId(id): CaseId,
    payload: Result<Json<AssignRequest>, JsonRejection>,
) -> Response {
    run(async {
        user.check_csrf(&headers, None)?;
        let req = body(payload)?;
        let me = user.user.id;
        let to = match req.to {
            AssignTo::Word(w) if w == "me" => Some(me),
            AssignTo::Word(w) if w == "none" => None,
            AssignTo::Word(w) => {
                return Err(WebError::Invalid(format!(
                    "to: '{w}' is neither 'me', 'none' nor a user id"
                )))
            }
            AssignTo::User(u) => Some(u),
        };
        let detail = load(&state, id).await?;
        let current = detail.case.assignee_user_id;
        let someone_elses = current.is_some_and(|c| c != me);
        if !user.is_lead() {
            if to.is_some_and(|u| u != me) {
                return Err(WebError::Forbidden(
                    "Only a team lead can assign a case to another agent.".into(),
                ));
            }
            if someone_elses && to != current {
                return Err(WebError::Forbidden(
                    "This case is assigned to another agent; only a team lead can take it \
                     from them or release it."
                        .into(),
                ));
            }
        }
        let patch = CasePatch {
            assignee: Some(to),
            expected_version: Some(req.version),
            ..CasePatch::default()
        };
        let case = state.store.update_case(id, &patch, Some(me)).await?;
        state.events.case_changed(id, Some(me));
        Ok(
            Json(json!({"version": case.version, "assignee": case.assignee_user_id}))
                .into_response(),
        )
    })
    .await
}

#[derive(Debug, Deserialize)]
pub struct StatusRequest {
    pub status: String,
    pub version: i64,
}

/// `POST /cases/{id}/status` with `{"status": "pending" | "resolved" | "closed" | "open", "version": N}`.
pub async fn set_status(
    State(state): State<WebState>,
    user: CurrentUser,
    headers: HeaderMap,
    CaseId(id): CaseId,
    payload: Result<Json<StatusRequest>, JsonRejection>,
) -> Response {
    run(async {
        user.check_csrf(&headers, None)?;
        let req = body(payload)?;
        let status: CaseStatus = req
            .status
            .parse()
            .map_err(|e| WebError::Invalid(format!("status: {e}")))?;
        if status == CaseStatus::Monitored && !user.is_lead() {
            return Err(WebError::Forbidden(
                "Only a team lead can turn a case back into a monitored one.".into(),
            ));
        }
        let patch = CasePatch {
            status: Some(status),
            expected_version: Some(req.version),
            ..CasePatch::default()
        };
        let case = state
            .store
            .update_case(id, &patch, Some(user.user.id))
            .await?;
        state.events.case_changed(id, Some(user.user.id));
        Ok(Json(json!({"version": case.version, "status": case.status})).into_response())
    })
    .await
}

#[derive(Debug, Deserialize)]
pub struct ReplyRequest {
    pub body: String,
    /// `public`, `private` or `note`.
    pub channel: String,
    /// Send although the coach found errors.
    #[serde(default)]
    pub r#override: bool,
    /// Send although another agent is typing or just replied.
    #[serde(default)]
    pub confirm: bool,
    /// One per draft: a retried send is recorded once.
    #[serde(default)]
    pub key: Option<String>,
}

/// `POST /cases/{id}/reply` with `{"body", "channel", "override", "confirm", "key"}`.
pub async fn reply(
    State(state): State<WebState>,
    user: CurrentUser,
    headers: HeaderMap,
    CaseId(id): CaseId,
    payload: Result<Json<ReplyRequest>, JsonRejection>,
) -> Response {
    run(async {
        user.check_csrf(&headers, None)?;
        let req = body(payload)?;
        if req.body.trim().is_empty() {
            return Err(WebError::Invalid("body: write something first".into()));
        }
        let me = user.user.id;
        let detail = load(&state, id).await?;
        if req.channel == "note" {
            state.store.add_note(id, me, &req.body).await?;
            state.events.case_changed(id, Some(me));
            return Ok((StatusCode::CREATED, Json(json!({"status": "noted"}))).into_response());
        }
        let channel: Channel = req
            .channel
            .parse()
            .map_err(|e| WebError::Invalid(format!("channel: {e}")))?;
        let key = draft_key(me, req.key.as_deref())?;

        let report = coach_report(&detail, channel_visibility(channel), &req.body);
        if !req.r#override {
            refuse_coach_errors(&report, "the draft")?;
        }
        if !req.confirm {
            let mut warnings = Vec::new();
            let typing = state.presence.others_typing(id, me);
            if !typing.is_empty() {
                warnings.push(format!(
                    "{} {} typing a reply on this case right now.",
                    typing.join(" and "),
                    if typing.len() == 1 { "is" } else { "are" }
                ));
            }
            if let Some(recent) = recent_reply_by_other(&state, &detail, me).await? {
                warnings.push(recent);
            }
            if !warnings.is_empty() {
                return Err(WebError::NeedsConfirmation {
                    code: "collision",
                    message: format!("{} Send yours anyway?", warnings.join(" ")),
                    details: json!({"typing": typing}),
                });
            }
        }
        let item = state
            .store
            .queue_reply(id, me, &req.body, channel, key.as_deref())
            .await?;
        state
            .presence
            .report(id, me, &user.user.username, Report::Idle);
        state.events.case_changed(id, Some(me));
        tracing::info!(
            case_id = id,
            outbox_id = item.id,
            "reply queued from the desk"
        );
        Ok((
            StatusCode::ACCEPTED,
            Json(json!({"id": item.id.to_string(), "status": item.status})),
        )
            .into_response())
    })
    .await
}

#[derive(Debug, Deserialize)]
pub struct RetryRequest {
    /// The edited text; the failed text again when absent.
    #[serde(default)]
    pub body: Option<String>,
    /// Send the edit although the coach found errors.
    #[serde(default)]
    pub r#override: bool,
}

/// `POST /outbox/{id}/retry` with `{"body"?, "override"?}`: a reply that
/// could not be sent goes out again, as it was or edited (the edit is
/// coached like a new reply). Only a failed reply can be retried (409).
pub async fn retry_reply(
    State(state): State<WebState>,
    user: CurrentUser,
    headers: HeaderMap,
    axum::extract::Path(raw): axum::extract::Path<String>,
    payload: Result<Json<RetryRequest>, JsonRejection>,
) -> Response {
    run(async {
        user.check_csrf(&headers, None)?;
        let req = body(payload)?;
        let item_id: i64 = raw
            .parse()
            .map_err(|_| WebError::NotFound(format!("reply '{raw}'")))?;
        let item = state
            .store
            .outbox_item(item_id)
            .await?
            .ok_or_else(|| WebError::NotFound(format!("reply {item_id}")))?;
        let edited = req.body.as_deref().filter(|b| *b != item.body);
        if let Some(text) = edited {
            if text.trim().is_empty() {
                return Err(WebError::Invalid("body: write something first".into()));
            }
            let detail = load(&state, item.case_id).await?;
            let report = coach_report(&detail, channel_visibility(item.channel), text);
            if !req.r#override {
                refuse_coach_errors(&report, "the edit")?;
            }
        }
        let item = state.store.retry_outbox(item_id, edited).await?;
        state.events.case_changed(item.case_id, Some(user.user.id));
        tracing::info!(
            case_id = item.case_id,
            outbox_id = item.id,
            edited = edited.is_some(),
            "failed reply retried from the desk"
        );
        Ok((
            StatusCode::ACCEPTED,
            Json(json!({"id": item.id.to_string(), "status": item.status})),
        )
            .into_response())
    })
    .await
}

#[derive(Debug, Deserialize)]
pub struct MoveToPrivateRequest {
    /// The short public reply saying where the conversation continues.
    pub public: String,
    /// The first private message (DM, or email for email cases).
    pub private: String,
    /// Send although the coach found errors (never for private data in
    /// the public half).
    #[serde(default)]
    pub r#override: bool,
    /// One per attempt: a retried move is recorded once.
    #[serde(default)]
    pub key: Option<String>,
}

/// `POST /cases/{id}/move-to-private` with `{"public", "private",
/// "override", "key"}`: the public pointer and the first private message,
/// queued together (as `POST /api/v1/cases/{id}/move-to-private`). Private
/// data in the public half is refused outright (422); other coach errors in
/// either half need `override` (409 `coach_errors`).
pub async fn move_to_private(
    State(state): State<WebState>,
    user: CurrentUser,
    headers: HeaderMap,
    CaseId(id): CaseId,
    payload: Result<Json<MoveToPrivateRequest>, JsonRejection>,
) -> Response {
    run(async {
        user.check_csrf(&headers, None)?;
        let req = body(payload)?;
        for (field, text) in [("public", &req.public), ("private", &req.private)] {
            if text.trim().is_empty() {
                return Err(WebError::Invalid(format!(
                    "{field}: the {field} message needs some text"
                )));
            }
        }
        let me = user.user.id;
        let key = draft_key(me, req.key.as_deref())?;
        let detail = load(&state, id).await?;
        let public = coach_report(&detail, Visibility::Public, &req.public);
        if let Some(f) = public.findings.iter().find(|f| {
            f.code == "private_data_public" && f.severity == earshot_coach::Severity::Error
        }) {
            return Err(WebError::Invalid(format!(
                "public: {} Keep it for the private message.",
                f.message
            )));
        }
        let private = coach_report(&detail, Visibility::Private, &req.private);
        if !req.r#override && (public.blocks_sending() || private.blocks_sending()) {
            let codes = |r: &CoachReport, half: &str| -> Vec<String> {
                r.findings
                    .iter()
                    .filter(|f| f.severity == earshot_coach::Severity::Error)
                    .map(|f| format!("{half}: {}", f.code))
                    .collect()
            };
            let mut all = codes(&public, "public");
            all.extend(codes(&private, "private"));
            return Err(WebError::NeedsConfirmation {
                code: "coach_errors",
                message: format!(
                    "The reply coach found errors ({}). Fix the messages, or tick \"send anyway\".",
                    all.join(", ")
                ),
                details: json!({"public": public.findings, "private": private.findings}),
            });
        }
        let mut ids = Vec::with_capacity(2);
        for (channel, text, half) in [
            (Channel::Public, &req.public, "public"),
            (Channel::Private, &req.private, "private"),
        ] {
            let item_key = key.as_ref().map(|k| format!("{k}:move-to-private:{half}"));
            let item = state
                .store
                .queue_reply(id, me, text, channel, item_key.as_deref())
                .await?;
            ids.push(json!({"id": item.id.to_string(), "status": item.status}));
        }
        state
            .presence
            .report(id, me, &user.user.username, Report::Idle);
        state.events.case_changed(id, Some(me));
        tracing::info!(case_id = id, "case moved to private from the desk");
        let private = ids.pop();
        let public = ids.pop();
        Ok((
            StatusCode::ACCEPTED,
            Json(json!({"public": public, "private": private})),
        )
            .into_response())
    })
    .await
}

/// A draft's idempotency key from the page, scoped to the agent.
fn draft_key(me: i64, key: Option<&str>) -> Result<Option<String>, WebError> {
    match key.map(str::trim).filter(|k| !k.is_empty()) {
        Some(k) if k.len() <= 100 && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') => {
            Ok(Some(format!("web-{me}-{k}")))
        }
        Some(_) => Err(WebError::Invalid(
            "key: letters, digits and '-' only, at most 100".into(),
        )),
        None => Ok(None),
    }
}

/// Another agent's reply to this customer (any of their cases) within the
/// collision window, said as a sentence.
async fn recent_reply_by_other(
    state: &WebState,
    detail: &CaseDetail,
    me: i64,
) -> Result<Option<String>, WebError> {
    let since = Utc::now() - state.config.collision_window;
    let mut case_ids = vec![detail.case.id];
    if let Some(contact) = state.store.get_contact(detail.contact.id).await? {
        case_ids.extend(
            contact
                .cases
                .iter()
                .filter(|c| c.id != detail.case.id && c.last_activity_at >= since)
                .map(|c| c.id),
        );
    }
    for case_id in case_ids {
        let timeline = if case_id == detail.case.id {
            detail.timeline.clone()
        } else {
            match state.store.get_case(case_id).await? {
                Some(d) => d.timeline,
                None => continue,
            }
        };
        let recent = timeline.iter().rev().find(|e| {
            e.kind == TimelineKind::Outbound
                && e.at >= since
                && e.actor_user_id.is_some_and(|a| a != me)
        });
        if let Some(e) = recent {
            let secs = (Utc::now() - e.at).num_seconds().max(0);
            return Ok(Some(format!(
                "{} replied to this customer {secs} second{} ago.",
                e.author.as_deref().unwrap_or("Another agent"),
                if secs == 1 { "" } else { "s" }
            )));
        }
    }
    Ok(None)
}

#[derive(Debug, Deserialize)]
pub struct PresenceForm {
    pub state: String,
    #[serde(default)]
    pub csrf: Option<String>,
}

/// `POST /cases/{id}/presence` (form: `state` = viewing | typing | idle |
/// left, and `csrf` when sent by `navigator.sendBeacon`, which cannot set
/// headers) → the case's viewers.
pub async fn presence(
    State(state): State<WebState>,
    user: CurrentUser,
    headers: HeaderMap,
    CaseId(id): CaseId,
    Form(form): Form<PresenceForm>,
) -> Response {
    run(async {
        user.check_csrf(&headers, form.csrf.as_deref())?;
        let report: Report = form
            .state
            .parse()
            .map_err(|e: String| WebError::Invalid(e))?;
        let viewers = state
            .presence
            .report(id, user.user.id, &user.user.username, report);
        Ok(Json(json!({"viewers": viewers})).into_response())
    })
    .await
}

#[derive(Debug, Deserialize)]
pub struct CoachDraft {
    pub case_id: i64,
    /// `public`, `private` (or `note`, which the coach does not check).
    pub channel: String,
    pub text: String,
}

/// `POST /coach` with `{"case_id", "channel", "text"}` → the coach's report
/// (`{"length", "limit", "findings"}`), as `POST /api/v1/coach` answers.
pub async fn coach(
    State(state): State<WebState>,
    user: CurrentUser,
    headers: HeaderMap,
    payload: Result<Json<CoachDraft>, JsonRejection>,
) -> Response {
    run(async {
        user.check_csrf(&headers, None)?;
        let req = body(payload)?;
        if req.text.len() > MAX_DRAFT_BYTES {
            return Err(WebError::Invalid(format!(
                "text: the draft is {} bytes; the coach reads at most {MAX_DRAFT_BYTES}",
                req.text.len()
            )));
        }
        let detail = load(&state, req.case_id).await?;
        let visibility = match req.channel.as_str() {
            "public" => Visibility::Public,
            "private" => Visibility::Private,
            "note" => {
                return Ok(Json(
                    json!({"length": req.text.chars().count(), "limit": null, "findings": []}),
                )
                .into_response())
            }
            other => {
                return Err(WebError::Invalid(format!(
                    "channel: '{other}' (expected public, private or note)"
                )))
            }
        };
        Ok(Json(coach_report(&detail, visibility, &req.text)).into_response())
    })
    .await
}

/// A 409 `coach_errors` naming the coach's errors in `what`, when it found
/// any (the agent fixes the text or ticks "send anyway").
fn refuse_coach_errors(report: &CoachReport, what: &str) -> Result<(), WebError> {
    if !report.blocks_sending() {
        return Ok(());
    }
    let codes: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.severity == earshot_coach::Severity::Error)
        .map(|f| f.code)
        .collect();
    Err(WebError::NeedsConfirmation {
        code: "coach_errors",
        message: format!(
            "The reply coach found errors in {what} ({}). Fix it, or tick \"send anyway\".",
            codes.join(", ")
        ),
        details: json!({"findings": report.findings}),
    })
}

fn channel_visibility(c: Channel) -> Visibility {
    match c {
        Channel::Public => Visibility::Public,
        Channel::Private => Visibility::Private,
    }
}

fn coach_report(detail: &CaseDetail, visibility: Visibility, text: &str) -> CoachReport {
    earshot_coach::coach(&CoachRequest {
        // A private reply is a DM on the case's network, counted by its rules.
        network: detail.case.network,
        visibility,
        text: text.to_string(),
        case: Some(coach_context(detail)),
    })
}

/// What triage said about a case, for the coach: the case's action, how
/// the opening post addressed the brand, the customer's latest words, and
/// whether triage took it for a joke or a namesake.
pub fn coach_context(detail: &CaseDetail) -> CaseContext {
    let inbound: Vec<_> = detail
        .timeline
        .iter()
        .filter(|e| e.kind == TimelineKind::Inbound)
        .collect();
    let opening = inbound.first().map(|e| &e.data);
    let addressed = opening
        .and_then(|d| d["addressed"].as_str())
        .and_then(|s| s.parse::<Addressing>().ok())
        .unwrap_or(Addressing::Direct);
    let namesake_or_joke = opening
        .and_then(|d| d["reasons"].as_array())
        .is_some_and(|reasons| {
            reasons.iter().filter_map(|r| r.as_str()).any(|r| {
                let r = r.to_lowercase();
                r.contains("joke") || r.contains("namesake") || r.contains("another entity")
            })
        });
    CaseContext {
        action: detail.case.action,
        addressed,
        customer_text: inbound.last().and_then(|e| e.body.clone()),
        namesake_or_joke,
        instance_limit: None,
    }
}

async fn load(state: &WebState, id: i64) -> Result<CaseDetail, WebError> {
    state
        .store
        .get_case(id)
        .await?
        .ok_or_else(|| WebError::NotFound(format!("case {id}")))
}

async fn run(f: impl std::future::Future<Output = Result<Response, WebError>>) -> Response {
    match f.await {
        Ok(r) => r,
        Err(e) => e.into_json(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use earshot_core::{Action, Network, Priority};
    use earshot_store::{Case, ContactSummary, TimelineEntry};

    fn detail(reasons: &[&str], addressed: &str) -> CaseDetail {
        let now = Utc::now();
        CaseDetail {
            case: Case {
                id: 1,
                contact_id: 1,
                network: Network::X,
                conversation_key: "1".into(),
                status: CaseStatus::Open,
                action: Action::RespondPublic,
                priority: Priority::Normal,
                topic: None,
                team: None,
                assignee_user_id: None,
                opened_at: now,
                first_response_due_at: None,
                first_responded_at: None,
                resolved_at: None,
                last_activity_at: now,
                reopen_count: 0,
                summary: "s".into(),
                version: 1,
            },
            contact: ContactSummary {
                id: 1,
                display_name: "Dana".into(),
                created_at: now,
                merged_into: None,
            },
            timeline: vec![TimelineEntry {
                id: 1,
                case_id: 1,
                kind: TimelineKind::Inbound,
                at: now,
                mention_id: None,
                network: Some(Network::X),
                external_id: Some("9".into()),
                author: Some("@dana".into()),
                body: Some("my internet is down".into()),
                actor_user_id: None,
                data: json!({"addressed": addressed, "reasons": reasons}),
            }],
        }
    }

    #[test]
    fn the_coach_hears_what_triage_said() {
        let ctx = coach_context(&detail(
            &["a joke about the name, not a customer's problem"],
            "third_party",
        ));
        assert!(ctx.namesake_or_joke);
        assert_eq!(ctx.addressed, Addressing::ThirdParty);
        assert_eq!(ctx.customer_text.as_deref(), Some("my internet is down"));
        let ctx = coach_context(&detail(&["complaint (0.9)"], "direct"));
        assert!(!ctx.namesake_or_joke);
    }

    #[test]
    fn a_deflection_only_draft_is_flagged() {
        let report = coach_report(
            &detail(&["complaint (0.9)"], "direct"),
            Visibility::Public,
            "Please call 0800 123 4567.",
        );
        assert!(report.has("deflection_only"), "{report:?}");
    }
}
