//! A desk for connector tests: a fresh SQLite store in a temporary
//! directory, the real triage pipeline with the test's plan, and a health
//! registry, so each network crate's tests feed real mentions through
//! what `serve` runs.

use crate::health::{HealthRegistry, HealthSnapshot};
use crate::Inbound;
use earshot_ingest::Pipeline;
use earshot_store::{CaseFilter, CaseSort, CaseSummary, Store};
use earshot_triage::{Engine, Plan};
use std::sync::Arc;

pub struct TestDesk {
    pub store: Store,
    pub pipeline: Pipeline,
    pub health: HealthRegistry,
    _dir: tempfile::TempDir,
}

impl TestDesk {
    /// A desk triaging with `plan` (plan file text). Panics on a broken
    /// plan or store: this is test set-up.
    pub async fn new(plan: &str) -> TestDesk {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("desk.db").display());
        let store = Store::connect(&url).await.expect("store");
        let plan = Plan::parse(plan, "plan.toml").expect("plan");
        TestDesk {
            pipeline: Pipeline::new(store.clone(), Arc::new(Engine::new(plan))),
            store,
            health: HealthRegistry::new(),
            _dir: dir,
        }
    }

    /// The inbound context of connector `name`.
    pub fn inbound(&self, name: &str) -> Inbound {
        Inbound::new(self.pipeline.clone(), self.health.connector(name), None)
    }

    /// Mentions stored, on every network.
    pub async fn mentions(&self) -> i64 {
        self.store
            .count_mentions_by_network_action()
            .await
            .expect("count mentions")
            .iter()
            .map(|c| c.count)
            .sum()
    }

    /// The first 100 cases, by deadline.
    pub async fn cases(&self) -> Vec<CaseSummary> {
        self.store
            .list_cases(&CaseFilter::default(), CaseSort::default(), None, 100)
            .await
            .expect("list cases")
            .items
    }

    pub fn snapshot(&self, name: &str) -> HealthSnapshot {
        self.health.connector(name).snapshot()
    }
}
