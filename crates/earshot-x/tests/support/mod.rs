//! What the X connector's tests share: a desk on a real SQLite store with
//! the real pipeline, a stand-in X server, and a configuration pointing at
//! it with the documented schedules run fast.
#![allow(dead_code)]

use earshot_connect::{HealthRegistry, Inbound};
use earshot_ingest::Pipeline;
use earshot_store::Store;
use earshot_triage::{Engine, Plan};
use earshot_x::standin::{Options, StandIn};
use earshot_x::{Secret, XConfig};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub const PLAN: &str = "version = 1\n[brand]\nname = \"Northwind Fiber\"\naliases = [\"Northwind\"]\nhandles = { x = [\"NorthwindCares\"] }\n[[team]]\nid = \"repair\"\nname = \"Repair\"\n[[topic]]\nid = \"outage\"\nteam = \"repair\"\nkeywords = [\"internet\", \"outage\", \"down\", \"modem\"]\n";

pub struct Desk {
    pub store: Store,
    pub pipeline: Pipeline,
    pub health: HealthRegistry,
    _dir: tempfile::TempDir,
}

impl Desk {
    pub async fn new() -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("desk.db").display());
        let store = Store::connect(&url).await.unwrap();
        let engine = Arc::new(Engine::new(Plan::parse(PLAN, "plan.toml").unwrap()));
        Desk {
            pipeline: Pipeline::new(store.clone(), engine),
            store,
            health: HealthRegistry::new(),
            _dir: dir,
        }
    }

    pub fn inbound(&self, name: &str) -> Inbound {
        Inbound::new(self.pipeline.clone(), self.health.connector(name), None)
    }

    /// Mentions stored, on every network.
    pub async fn mentions(&self) -> i64 {
        self.store
            .count_mentions_by_network_action()
            .await
            .unwrap()
            .iter()
            .map(|c| c.count)
            .sum()
    }

    pub fn snapshot(&self, name: &str) -> earshot_connect::health::HealthSnapshot {
        self.health.connector(name).snapshot()
    }
}

/// A stand-in with keep-alives every 100 ms.
pub async fn standin() -> StandIn {
    StandIn::start_with(Options {
        keepalive: Duration::from_millis(100),
        ..Options::default()
    })
    .await
}

/// The connector's configuration for `x`: its tokens, a 600 ms stall
/// timeout, backoffs divided by 1000, fast polls and batches.
pub fn config(x: &StandIn) -> XConfig {
    XConfig {
        api_base: x.base_url(),
        bearer_token: Some(Secret::new(x.options().bearer_token.clone())),
        user_token: Some(Secret::new(x.options().user_token.clone())),
        stall_timeout_ms: 600,
        poll_interval_ms: 20,
        batch_wait_ms: 10,
        backoff_scale: 1000,
        request_timeout_ms: 2_000,
        ..XConfig::default()
    }
}

/// Wait (up to 10 s) until `check` holds.
pub async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("timed out waiting for: {what}");
}
