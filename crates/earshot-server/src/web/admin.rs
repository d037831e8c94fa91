//! The admin page (`GET /admin`, admins only): is every connector
//! connected and hearing posts, who works the desk (with each agent's
//! skills and availability for automatic assignment, editable here), which
//! teams exist and how each assigns its cases. Users and tokens are created
//! with `earshot user` / `earshot token` or the API.
//!
//! Also here: `POST /me/availability`, an agent's own "away / back" switch
//! from the user menu.

use super::error::{PageResult, WebError};
use super::render::templates;
use super::session::{page_user, CurrentUser};
use super::WebState;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use chrono::{DateTime, Utc};
use earshot_store::Role;
use serde::{Deserialize, Serialize};

/// One connector's row: its health in words an admin can act on.
#[derive(Debug, Serialize)]
struct ConnectorRow {
    name: String,
    connected: bool,
    last_event: String,
    events: u64,
    reconnects: u64,
    errors: u64,
    rate_limit_remaining: Option<i64>,
}

fn ago(ms: Option<i64>, now: DateTime<Utc>) -> String {
    let Some(at) = ms.and_then(DateTime::from_timestamp_millis) else {
        return "never".into();
    };
    match (now - at).num_seconds().max(0) {
        s if s < 60 => format!("{s} s ago"),
        s if s < 3600 => format!("{} min ago", s / 60),
        s if s < 86_400 => format!("{} h ago", s / 3600),
        s => format!("{} d ago", s / 86_400),
    }
}

/// `GET /admin`.
pub async fn admin(State(state): State<WebState>, user: CurrentUser) -> PageResult {
    PageResult(
        async {
            if user.user.role != Role::Admin {
                return Err(WebError::Forbidden("The admin page is for admins.".into()));
            }
            let now = Utc::now();
            let connectors: Vec<ConnectorRow> = state
                .connectors
                .snapshot()
                .into_iter()
                .map(|h| ConnectorRow {
                    last_event: ago(h.last_event_ms, now),
                    name: h.name,
                    connected: h.connected,
                    events: h.events,
                    reconnects: h.reconnects,
                    errors: h.errors,
                    rate_limit_remaining: h.rate_limit_remaining,
                })
                .collect();
            let users = state.store.list_users().await?;
            let plan = state.plan();
            let teams: Vec<TeamRow> = state
                .store
                .list_teams()
                .await?
                .into_iter()
                .map(|t| TeamRow {
                    assignment: plan.assignment_for(&t.id).to_string(),
                    id: t.id,
                    name: t.name,
                })
                .collect();
            let topics: Vec<String> = plan.topics.iter().map(|t| t.id.clone()).collect();
            Ok(templates().render(
                "admin.html",
                minijinja::context! {
                    title => "Admin",
                    nav => "admin",
                    page => page_user(&user),
                    connectors => connectors,
                    users => users,
                    teams => teams,
                    topics => topics,
                    max_open => plan.assignment.max_open,
                },
            ))
        }
        .await,
    )
}

#[derive(Debug, Serialize)]
struct TeamRow {
    id: String,
    name: String,
    assignment: String,
}

#[derive(Debug, Deserialize)]
pub struct UserSettingsForm {
    #[serde(default)]
    csrf: String,
    /// Topic ids, separated by commas or spaces.
    #[serde(default)]
    skills: String,
    /// Present (any value) when the box is ticked.
    #[serde(default)]
    available: Option<String>,
}

/// `POST /admin/users/{id}`: an agent's skills and availability (admins).
/// Skills must be topic ids of the plan, so a typo does not silently keep
/// an agent from the cases they are meant for.
pub async fn user_settings(
    State(state): State<WebState>,
    user: CurrentUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(form): Form<UserSettingsForm>,
) -> Result<Response, WebError> {
    user.check_csrf(&headers, Some(&form.csrf))?;
    if user.user.role != Role::Admin {
        return Err(WebError::Forbidden(
            "Only an admin changes another user's skills.".into(),
        ));
    }
    let id: i64 = id
        .parse()
        .map_err(|_| WebError::NotFound(format!("user '{id}'")))?;
    let skills: Vec<String> = form
        .skills
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    {
        let plan = state.plan();
        if let Some(bad) = skills.iter().find(|s| !plan.has_topic(s)) {
            let known: Vec<&str> = plan.topics.iter().map(|t| t.id.as_str()).collect();
            return Err(WebError::Invalid(format!(
                "skills: '{bad}' is not a topic of the plan (topics: {})",
                if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                }
            )));
        }
    }
    state
        .store
        .set_user_assignment(id, Some(&skills), Some(form.available.is_some()))
        .await?;
    tracing::info!(admin = %user.user.username, user_id = id, "user's assignment settings changed");
    Ok(Redirect::to("/admin#users-title").into_response())
}

#[derive(Debug, Deserialize)]
pub struct AvailabilityForm {
    #[serde(default)]
    csrf: String,
    /// `yes` or `no`.
    available: String,
}

/// `POST /me/availability`: the signed-in user goes away (no new cases
/// assigned automatically) or comes back; then back to where they were.
pub async fn availability(
    State(state): State<WebState>,
    user: CurrentUser,
    headers: HeaderMap,
    Form(form): Form<AvailabilityForm>,
) -> Result<Response, WebError> {
    user.check_csrf(&headers, Some(&form.csrf))?;
    let available = match form.available.as_str() {
        "yes" => true,
        "no" => false,
        other => {
            return Err(WebError::Invalid(format!(
                "available: expected yes or no, found '{other}'"
            )))
        }
    };
    state
        .store
        .set_user_assignment(user.user.id, None, Some(available))
        .await?;
    // Back to the page the menu was opened on, if it is one of ours.
    let back = headers
        .get(axum::http::header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| r.find("://").map(|i| &r[i + 3..]))
        .and_then(|r| r.find('/').map(|i| &r[i..]))
        .filter(|p| p.starts_with('/') && !p.starts_with("//"))
        .unwrap_or("/")
        .to_string();
    Ok(Redirect::to(&back).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_events_read_as_time_ago() {
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let ms = |secs_ago: i64| Some((1_800_000_000 - secs_ago) * 1000);
        assert_eq!(ago(None, now), "never");
        assert_eq!(ago(ms(5), now), "5 s ago");
        assert_eq!(ago(ms(150), now), "2 min ago");
        assert_eq!(ago(ms(7200), now), "2 h ago");
        assert_eq!(ago(ms(3 * 86_400), now), "3 d ago");
    }
}
