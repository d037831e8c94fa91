//! Desk events: what changed on the desk, broadcast to every open page over
//! Server-Sent Events (`GET /events`).
//!
//! Whoever touches a case publishes here: the webhook and the stream
//! connectors after an ingest batch ([`DeskEvents::cases_touched`] with
//! `BatchOutcome::case_ids`), the desk's own actions, the JSON API. Events
//! carry ids only, never text: a page that cares fetches the server-rendered
//! (escaped) fragment again. A page that falls behind (the channel lagged)
//! is told to `resync`, and refreshes everything it shows.
//!
//! In-process `tokio::sync::broadcast`: with several instances each one
//! only sees its own events (see ARCHITECTURE.md).

use super::session::CurrentUser;
use axum::response::sse::{Event, KeepAlive, Sse};
use serde::Serialize;
use std::convert::Infallible;
use std::time::Duration;
use tokio::sync::broadcast;
use tokio_stream::wrappers::errors::BroadcastStreamRecvError;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::{Stream, StreamExt};

/// How often an open event stream checks that its session still exists.
const SESSION_CHECK: Duration = Duration::from_secs(60);

/// Events kept for a slow subscriber before it is told to resync.
const CAPACITY: usize = 1024;

/// Someone on a case page, and whether they are typing a reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Viewer {
    pub user_id: i64,
    pub username: String,
    pub typing: bool,
}

/// One change on the desk.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum DeskEvent {
    /// Cases opened, re-opened or added to by incoming posts.
    Cases { ids: Vec<i64> },
    /// A case changed on the desk (assignment, status, reply, note), by
    /// `by` (a user id) when a person did it.
    Case { id: i64, by: Option<i64> },
    /// Who is on a case page now.
    Presence { case_id: i64, viewers: Vec<Viewer> },
    /// Something one user must know at once (a case escalated to them, or
    /// assigned to them automatically); only their own pages hear it.
    Notice {
        user_id: i64,
        case_id: i64,
        /// What happened, in a sentence.
        text: String,
    },
}

impl DeskEvent {
    fn name(&self) -> &'static str {
        match self {
            DeskEvent::Cases { .. } => "cases",
            DeskEvent::Case { .. } => "case",
            DeskEvent::Presence { .. } => "presence",
            DeskEvent::Notice { .. } => "notice",
        }
    }
}

/// The desk's event channel. Cheap to clone; publishing never blocks and
/// never fails (with nobody listening, the event is dropped).
#[derive(Clone)]
pub struct DeskEvents {
    tx: broadcast::Sender<DeskEvent>,
}

impl Default for DeskEvents {
    fn default() -> Self {
        DeskEvents::new()
    }
}

impl std::fmt::Debug for DeskEvents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeskEvents")
            .field("subscribers", &self.tx.receiver_count())
            .finish()
    }
}

impl DeskEvents {
    pub fn new() -> DeskEvents {
        let (tx, _) = broadcast::channel(CAPACITY);
        DeskEvents { tx }
    }

    pub fn publish(&self, event: DeskEvent) {
        let _ = self.tx.send(event);
    }

    /// After an ingest batch: the cases it opened or changed.
    pub fn cases_touched(&self, case_ids: &[i64]) {
        if !case_ids.is_empty() {
            self.publish(DeskEvent::Cases {
                ids: case_ids.to_vec(),
            });
        }
    }

    /// A case changed by a person on the desk (or the API).
    pub fn case_changed(&self, id: i64, by: Option<i64>) {
        self.publish(DeskEvent::Case { id, by });
    }

    /// Tell one user something about a case.
    pub fn notice(&self, user_id: i64, case_id: i64, text: impl Into<String>) {
        self.publish(DeskEvent::Notice {
            user_id,
            case_id,
            text: text.into(),
        });
    }

    pub fn subscribe(&self) -> broadcast::Receiver<DeskEvent> {
        self.tx.subscribe()
    }
}

/// `GET /events`: the desk's events as Server-Sent Events, for a signed-in
/// user. `event:` is the kind (`cases`, `case`, `presence`, `notice`,
/// `resync`), `data:` its JSON. A notice goes only to the user it is for.
pub async fn stream(
    user: CurrentUser,
    axum::extract::State(state): axum::extract::State<super::WebState>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    tracing::debug!(user = %user.user.username, "desk events subscribed");
    let hello = tokio_stream::once(Ok(Event::default().event("hello").data("{}")));
    let me = user.user.id;
    let events = BroadcastStream::new(state.events.subscribe())
        .filter(
            move |item| !matches!(item, Ok(DeskEvent::Notice { user_id, .. }) if *user_id != me),
        )
        .map(|item| {
            Ok(match item {
                Ok(event) => Event::default()
                    .event(event.name())
                    .json_data(&event)
                    .unwrap_or_else(|_| Event::default().event("resync").data("{}")),
                Err(BroadcastStreamRecvError::Lagged(_)) => {
                    Event::default().event("resync").data("{}")
                }
            })
        });
    // A stream outlives no session: checked every minute, it ends once the
    // agent signed out or the session expired (the page then says so).
    let (over_tx, over_rx) = tokio::sync::mpsc::channel::<()>(1);
    let store = state.store.clone();
    let id_hash = user.id_hash().to_string();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(SESSION_CHECK);
        tick.tick().await;
        loop {
            tokio::select! {
                _ = over_tx.closed() => return, // the page went away
                _ = tick.tick() => {
                    if let Ok(false) = store.web_session_alive(&id_hash).await {
                        let _ = over_tx.send(()).await;
                        return;
                    }
                }
            }
        }
    });
    let over = tokio_stream::wrappers::ReceiverStream::new(over_rx).map(|()| None);
    let stream = hello
        .chain(events)
        .map(Some)
        .merge(over)
        .take_while(Option::is_some)
        .filter_map(|e| e);
    Sse::new(stream).keep_alive(
        KeepAlive::new()
            .interval(Duration::from_secs(15))
            .text("keep-alive"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn subscribers_get_what_is_published_after_they_subscribe() {
        let events = DeskEvents::new();
        events.cases_touched(&[1]); // nobody listening: dropped, no error
        let mut rx = events.subscribe();
        events.cases_touched(&[]);
        events.cases_touched(&[2, 3]);
        events.case_changed(2, Some(7));
        assert_eq!(
            rx.recv().await.unwrap(),
            DeskEvent::Cases { ids: vec![2, 3] }
        );
        assert_eq!(
            rx.recv().await.unwrap(),
            DeskEvent::Case { id: 2, by: Some(7) }
        );
    }

    #[test]
    fn events_serialise_with_their_type() {
        let json = serde_json::to_value(DeskEvent::Presence {
            case_id: 4,
            viewers: vec![Viewer {
                user_id: 1,
                username: "dana".into(),
                typing: true,
            }],
        })
        .unwrap();
        assert_eq!(json["type"], "presence");
        assert_eq!(json["viewers"][0]["typing"], true);
    }
}
