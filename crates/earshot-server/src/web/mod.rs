//! The agents' web desk: server-rendered pages from the same axum server,
//! with a little hand-written JavaScript (`assets/desk.js`, no framework,
//! no build step) so that a case is worked without a page reload.
//!
//! This module owns everything a browser talks to outside `/api/v1`:
//!
//! | route | what |
//! |---|---|
//! | `GET /login`, `POST /login`, `POST /logout` | sign in and out ([`session`]) |
//! | `GET /` | the inbox; `view`, `status`, `team`, `priority`, `topic`, `q`, `cursor` ([`pages`]) |
//! | `GET /inbox/rows` | the inbox's rows alone, for live refresh |
//! | `GET /cases/{id}` | the case view; `GET /cases/{id}/parts` its live parts |
//! | `POST /cases/{id}/assign`, `/status`, `/reply`, `/move-to-private`, `/presence` | working a case ([`actions`]) |
//! | `POST /outbox/{id}/retry` | send a failed reply again, as it was or edited |
//! | `POST /coach` | the reply coach for the reply box |
//! | `GET /dashboard` | the manager dashboard, leads and admins ([`dashboard`]) |
//! | `GET /admin` | connector health, users and teams, admins only ([`admin`]) |
//! | `POST /admin/users/{id}`, `POST /me/availability` | an agent's skills and availability for automatic assignment ([`admin`], [`assigner`]) |
//! | `GET /events` | Server-Sent Events: cases opened or changed, presence ([`events`]) |
//! | `GET /assets/...` | the desk's CSS and JS, embedded in the binary |
//!
//! **Invariants.** Every page but `/login` needs a session (a random
//! 32-byte id in an `HttpOnly`, `SameSite=Lax` cookie, stored hashed);
//! every state-changing request carries the session's CSRF token (form
//! field `csrf` or header `X-CSRF-Token`). Untrusted text (posts, names,
//! bios, URLs) reaches the page only through the templates' HTML
//! auto-escaping or, in JavaScript, `textContent`; a strict
//! Content-Security-Policy (no inline script) backs this up. A stale form or
//! a stale case version gets a clear message (403/409), never a 500.
//! Presence is held in memory: correct for one instance only. Escalation
//! ([`clocks`]) sweeps in every instance and happens once per case;
//! automatic assignment ([`assigner`]) likewise gives a case to one agent.

pub mod actions;
mod admin;
mod assets;
pub mod assigner;
pub mod clocks;
mod dashboard;
mod error;
pub mod events;
mod pages;
pub mod presence;
mod render;
pub mod session;

pub use events::{DeskEvent, DeskEvents};

use axum::http::{header, HeaderValue};
use axum::routing::{get, post};
use axum::Router;
use earshot_store::Store;
use std::sync::Arc;
use std::time::Duration;

/// How the desk behaves; [`WebConfig::default`] is what `serve` uses.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// A session unused for this long ends.
    pub session_ttl: chrono::Duration,
    /// Failed logins per username and client address within
    /// `login_window` before further tries are refused (429).
    pub login_max_failures: i64,
    pub login_window: chrono::Duration,
    /// A viewer who stops sending heartbeats disappears after this long.
    pub presence_ttl: Duration,
    /// "Typing" lasts this long after the last keystroke report.
    pub typing_ttl: Duration,
    /// Two replies to one customer by different agents within this long
    /// need the second agent's confirmation.
    pub collision_window: chrono::Duration,
    /// Mark cookies `Secure` (only sent over HTTPS). On when the desk is
    /// served over TLS (directly or behind a proxy); off for plain
    /// `http://127.0.0.1`, where browsers would drop them.
    pub secure_cookies: bool,
    /// How often the escalation sweeper looks for newly breached cases.
    pub escalation_every: Duration,
    /// How often the assigner looks for cases waiting for an agent (it
    /// also wakes when cases arrive).
    pub assign_every: Duration,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            session_ttl: chrono::Duration::hours(12),
            login_max_failures: 5,
            login_window: chrono::Duration::minutes(5),
            presence_ttl: Duration::from_secs(30),
            typing_ttl: Duration::from_secs(8),
            collision_window: chrono::Duration::seconds(60),
            secure_cookies: false,
            escalation_every: Duration::from_secs(30),
            assign_every: Duration::from_secs(5),
        }
    }
}

/// What the desk's handlers share. Cheap to clone.
#[derive(Clone)]
pub struct WebState {
    pub store: Store,
    pub events: DeskEvents,
    pub(crate) presence: presence::Presence,
    pub(crate) config: Arc<WebConfig>,
    /// Where the plan comes from: reply guidance, hours, SLA, teams and
    /// assignment for the pages and the sweepers.
    plan_source: PlanSource,
    /// Connector health, for the admin page.
    pub(crate) connectors: earshot_connect::HealthRegistry,
}

impl WebState {
    pub fn new(store: Store, events: DeskEvents, config: WebConfig) -> WebState {
        let presence =
            presence::Presence::new(events.clone(), config.presence_ttl, config.typing_ttl);
        WebState {
            store,
            events,
            presence,
            config: Arc::new(config),
            plan_source: PlanSource::Fixed(Arc::new(earshot_triage::Engine::new(
                earshot_triage::Plan::default(),
            ))),
            connectors: earshot_connect::HealthRegistry::new(),
        }
    }

    /// The plan the desk shows guidance, hours and targets from.
    pub fn with_plan(mut self, engine: Arc<earshot_triage::Engine>) -> WebState {
        self.plan_source = PlanSource::Fixed(engine);
        self
    }

    /// The plan of `pipeline`, whichever is in force: a reloaded plan
    /// reaches the pages and the sweepers at once.
    pub fn with_pipeline(mut self, pipeline: earshot_ingest::Pipeline) -> WebState {
        self.plan_source = PlanSource::Live(pipeline);
        self
    }

    /// The connectors whose health the admin page shows.
    pub fn with_connectors(mut self, connectors: earshot_connect::HealthRegistry) -> WebState {
        self.connectors = connectors;
        self
    }

    /// The plan in force (the built-in default when none was given).
    pub(crate) fn plan(&self) -> PlanRef {
        PlanRef(match &self.plan_source {
            PlanSource::Fixed(e) => e.clone(),
            PlanSource::Live(p) => p.engine(),
        })
    }
}

#[derive(Clone)]
enum PlanSource {
    Fixed(Arc<earshot_triage::Engine>),
    Live(earshot_ingest::Pipeline),
}

/// The plan in force when it was asked for (a reload does not change it
/// under a request that holds it).
pub(crate) struct PlanRef(Arc<earshot_triage::Engine>);

impl std::ops::Deref for PlanRef {
    type Target = earshot_triage::Plan;
    fn deref(&self) -> &earshot_triage::Plan {
        self.0.plan()
    }
}

/// The desk's routes, ready to be merged into the server's router (of any
/// state). Call inside a tokio runtime: it starts the presence sweeper.
pub fn router<S: Clone + Send + Sync + 'static>(state: WebState) -> Router<S> {
    state.presence.start_sweeper();
    session::start_purger(state.store.clone(), state.config.login_window);
    clocks::start_sweeper(state.clone(), state.config.escalation_every);
    assigner::start(state.clone(), state.config.assign_every);
    Router::new()
        .route("/login", get(session::login_page).post(session::login))
        .route("/logout", post(session::logout))
        .route("/", get(pages::inbox))
        .route("/inbox/rows", get(pages::inbox_rows))
        .route("/cases/{id}", get(pages::case_page))
        .route("/cases/{id}/parts", get(pages::case_parts))
        .route("/cases/{id}/assign", post(actions::assign))
        .route("/cases/{id}/status", post(actions::set_status))
        .route("/cases/{id}/reply", post(actions::reply))
        .route(
            "/cases/{id}/move-to-private",
            post(actions::move_to_private),
        )
        .route("/cases/{id}/presence", post(actions::presence))
        .route("/outbox/{id}/retry", post(actions::retry_reply))
        .route("/coach", post(actions::coach))
        .route("/dashboard", get(dashboard::dashboard))
        .route("/admin", get(admin::admin))
        .route("/admin/users/{id}", post(admin::user_settings))
        .route("/me/availability", post(admin::availability))
        .route("/events", get(events::stream))
        .route("/assets/{file}", get(assets::serve))
        .layer(axum::middleware::map_response(security_headers))
        .with_state(state)
}

/// Headers on every desk response: no inline script may run, the desk is
/// never framed, and nothing is sniffed or leaked in referrers.
async fn security_headers(mut res: axum::response::Response) -> axum::response::Response {
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // Pages carry a session's CSRF token and customers' posts: not for
    // the back button's cache after a logout, nor for shared caches.
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}
