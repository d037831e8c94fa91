//! The admin page (`GET /admin`, admins only): is every connector
//! connected and hearing posts, who works the desk, which teams exist.
//! Read-only; users and tokens are managed with `earshot user` / `earshot
//! token` or the API.

use super::error::{PageResult, WebError};
use super::render::templates;
use super::session::{page_user, CurrentUser};
use super::WebState;
use axum::extract::State;
use chrono::{DateTime, Utc};
use earshot_store::Role;
use serde::Serialize;

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
            let teams = state.store.list_teams().await?;
            Ok(templates().render(
                "admin.html",
                minijinja::context! {
                    title => "Admin",
                    nav => "admin",
                    page => page_user(&user),
                    connectors => connectors,
                    users => users,
                    teams => teams,
                },
            ))
        }
        .await,
    )
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
