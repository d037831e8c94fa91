//! Test support: a real SQLite store behind the real pipeline, a stand-in
//! Mastodon instance, and the connector running against it.
#![allow(dead_code)]

use earshot_connect::{HealthRegistry, Inbound};
use earshot_ingest::Pipeline;
use earshot_mastodon::standin::{account_json, StandIn, BRAND_ACCOUNT_ID};
use earshot_mastodon::MastodonConfig;
use earshot_store::Store;
use earshot_triage::{Engine, Plan};
use serde_json::{json, Value};
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

pub const PLAN: &str = r#"version = 1
[brand]
name = "Northwind Fiber"
aliases = ["Northwind Fiber", "Northwind"]
handles = { mastodon = ["northwind@example.social"] }

[[team]]
id = "repair"
name = "Repair"

[[topic]]
id = "outage"
team = "repair"
keywords = ["internet", "outage", "down", "modem", "router"]
"#;

pub struct Db {
    pub store: Store,
    _dir: Option<tempfile::TempDir>,
    /// (admin URL, database name) of a PostgreSQL test database.
    pub pg: Option<(String, String)>,
}

pub async fn sqlite() -> Db {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    Db {
        store: Store::connect(&url).await.expect("sqlite store"),
        _dir: Some(dir),
        pg: None,
    }
}

/// A fresh PostgreSQL database on the server of
/// `EARSHOT_TEST_DATABASE_URL` (CI sets it); SQLite where it is not set.
pub async fn postgres_or_sqlite() -> Db {
    let Ok(admin) = std::env::var("EARSHOT_TEST_DATABASE_URL") else {
        return sqlite().await;
    };
    let (url, name) = earshot_store::testing::create_database(&admin)
        .await
        .expect("create a test database");
    Db {
        store: Store::connect(&url).await.expect("postgres store"),
        _dir: None,
        pg: Some((admin, name)),
    }
}

impl Db {
    /// Close the store and drop a PostgreSQL test database.
    pub async fn finish(self) {
        self.store.close().await;
        if let Some((admin, name)) = &self.pg {
            earshot_store::testing::drop_database(admin, name).await;
        }
    }
}

pub fn inbound(store: &Store, registry: &HealthRegistry) -> Inbound {
    let plan = Plan::parse(PLAN, "test-plan.toml").expect("valid plan");
    let pipeline = Pipeline::new(store.clone(), Arc::new(Engine::new(plan)));
    Inbound::new(
        pipeline,
        registry.connector(earshot_mastodon::CONNECTOR),
        None,
    )
}

/// Settings that run the real schedules fast.
pub fn config(standin: &StandIn) -> MastodonConfig {
    MastodonConfig {
        base: Some(standin.base_url()),
        token: Some(standin.token().to_string()),
        instance_domain: Some(standin.domain().to_string()),
        stall_timeout_secs: 0.6,
        request_timeout_secs: 3.0,
        backoff_divisor: 50,
        page_limit: 5,
        ..MastodonConfig::default()
    }
}

/// A connector task against `standin`, storing into `store`.
pub struct Running {
    pub cancel: CancellationToken,
    pub task: JoinHandle<()>,
    pub registry: HealthRegistry,
}

impl Running {
    pub fn start(standin: &StandIn, store: &Store) -> Running {
        Running::start_with(config(standin), store)
    }

    pub fn start_with(config: MastodonConfig, store: &Store) -> Running {
        let registry = HealthRegistry::new();
        let cancel = CancellationToken::new();
        let task = tokio::spawn(earshot_mastodon::run(
            config,
            inbound(store, &registry),
            cancel.clone(),
        ));
        Running {
            cancel,
            task,
            registry,
        }
    }

    pub fn health(&self) -> earshot_connect::health::HealthSnapshot {
        self.registry
            .connector(earshot_mastodon::CONNECTOR)
            .snapshot()
    }

    pub async fn stop(self) {
        self.cancel.cancel();
        tokio::time::timeout(Duration::from_secs(5), self.task)
            .await
            .expect("the connector stops when cancelled")
            .expect("the connector task does not panic");
    }
}

/// A customer's status that mentions the brand, as a remote instance
/// federates it (the brand is local: shown as `@northwind`).
pub fn customer_status(standin: &StandIn, account_id: &str, acct: &str, html: &str) -> Value {
    json!({
        "id": standin.next_id(),
        "created_at": "2026-11-23T19:00:00.000Z",
        "in_reply_to_id": null,
        "in_reply_to_account_id": null,
        "sensitive": false,
        "spoiler_text": "",
        "visibility": "public",
        "language": "en",
        "content": html,
        "account": account_json(account_id, acct, "A Customer", "example.social"),
        "mentions": [{"id": BRAND_ACCOUNT_ID, "username": "northwind", "acct": "northwind",
                      "url": "https://example.social/@northwind"}],
        "reblog": null,
    })
}

pub fn brand_mention_html(text: &str) -> String {
    format!(
        "<p><span class=\"h-card\" translate=\"no\"><a href=\"https://example.social/@northwind\" class=\"u-url mention\">@<span>northwind</span></a></span> {text}</p>"
    )
}

/// Poll `check` until it is true or `within` passes.
pub async fn eventually<F, Fut>(within: Duration, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let start = Instant::now();
    loop {
        if check().await {
            return;
        }
        if start.elapsed() > within {
            panic!("timed out after {within:?} waiting for: {what}");
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Mentions stored, over every network and action.
pub async fn stored_mentions(store: &Store) -> i64 {
    store
        .count_mentions_by_network_action()
        .await
        .expect("count mentions")
        .iter()
        .map(|c| c.count)
        .sum()
}
