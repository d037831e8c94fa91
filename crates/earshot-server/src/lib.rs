//! earshot's HTTP server: the JSON API under `/api/v1`, `/healthz`,
//! `/metrics` and the OpenAPI document. This is the only crate that knows
//! HTTP; handlers call the store and the ingest pipeline, never SQL.

pub mod auth;
pub mod error;
pub mod metrics;
mod routes;
pub mod web;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use earshot_ingest::Pipeline;
use earshot_store::{Store, StoreError};
use earshot_triage::Engine;
use std::future::Future;
use std::sync::Arc;
use std::time::Instant;
use tokio::net::TcpListener;

pub use routes::ApiDoc;

/// Largest request body accepted (a batch of webhook mentions).
pub const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;

/// Shared by every handler; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    /// Triage and store; holds the engine in force ([`AppState::engine`]),
    /// which a plan reload replaces ([`AppState::reload_plan`]).
    pub pipeline: Pipeline,
    pub metrics: Arc<metrics::Metrics>,
    /// Desk events (cases opened or changed, presence) for the web desk's
    /// live pages; publish after anything that touches a case.
    pub events: web::DeskEvents,
    /// The connectors' health (for `/metrics` and the admin page); empty
    /// when no connector runs.
    pub connectors: earshot_connect::HealthRegistry,
}

impl AppState {
    pub fn new(store: Store, engine: Arc<Engine>) -> AppState {
        let pipeline = Pipeline::new(store.clone(), engine.clone());
        AppState {
            store,
            pipeline,
            metrics: Arc::new(metrics::Metrics::default()),
            events: web::DeskEvents::new(),
            connectors: earshot_connect::HealthRegistry::new(),
        }
    }
}

impl AppState {
    /// The engine (and plan) in force now.
    pub fn engine(&self) -> Arc<Engine> {
        self.pipeline.engine()
    }

    /// Put a new plan in force everywhere at once: the webhook, the
    /// connectors and the desk triage their next post with it, the plan's
    /// teams are created, and the X stream's rules are synced to it. The
    /// old plan stays if the teams cannot be stored.
    pub async fn reload_plan(&self, plan: earshot_triage::Plan) -> Result<(), StoreError> {
        self.store.sync_teams(&plan.team_names()).await?;
        self.pipeline.set_engine(Arc::new(Engine::new(plan)));
        Ok(())
    }
}

/// The whole application: API routes with their OpenAPI document, health,
/// metrics, request metrics and the body limit.
pub fn router(state: AppState) -> Router {
    let (api, openapi) = routes::api_router().split_for_parts();
    let openapi = Arc::new(openapi);
    let desk = web::WebState::new(
        state.store.clone(),
        state.events.clone(),
        web::WebConfig::default(),
    )
    .with_pipeline(state.pipeline.clone())
    .with_connectors(state.connectors.clone());
    Router::new()
        .merge(api)
        .merge(routes::system_router(openapi))
        .merge(web::router(desk))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            record_latency,
        ))
        .with_state(state)
}

/// The OpenAPI document as served at `/api/v1/openapi.json`.
pub fn openapi() -> utoipa::openapi::OpenApi {
    routes::api_router().split_for_parts().1
}

async fn record_latency(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().as_str().to_string();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".to_string());
    let response = next.run(req).await;
    state.metrics.observe_request(
        &method,
        &route,
        response.status().as_u16(),
        started.elapsed().as_secs_f64(),
    );
    response
}

/// Serve until `shutdown` completes, then stop accepting connections and
/// let in-flight requests finish. Webhook mentions are stored before they
/// are acknowledged, so nothing is left to flush afterwards.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = router(state);
    // Connect info: the web desk throttles failed logins per client address.
    let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutdown requested: finishing in-flight requests");
}
