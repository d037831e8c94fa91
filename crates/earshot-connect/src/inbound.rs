//! The context an inbound connector runs with.

use crate::health::ConnectorHealth;
use earshot_core::Mention;
use earshot_ingest::{IngestError, Pipeline};
use earshot_store::{BatchOutcome, Store, StoreError};
use std::fmt::Display;
use std::sync::Arc;

/// Called after every stored batch with its outcome, so the desk can show
/// new and changed cases live.
pub type StoredHook = Arc<dyn Fn(&BatchOutcome) + Send + Sync>;

/// What an inbound connector needs: where mentions go, where its cursor is
/// kept, and its health record. Cheap to clone.
#[derive(Clone)]
pub struct Inbound {
    pipeline: Pipeline,
    health: Arc<ConnectorHealth>,
    on_stored: Option<StoredHook>,
}

impl Inbound {
    /// `health.name()` names the connector in logs, metrics and its cursor.
    pub fn new(
        pipeline: Pipeline,
        health: Arc<ConnectorHealth>,
        on_stored: Option<StoredHook>,
    ) -> Inbound {
        Inbound {
            pipeline,
            health,
            on_stored,
        }
    }

    pub fn name(&self) -> &str {
        self.health.name()
    }

    pub fn health(&self) -> &ConnectorHealth {
        &self.health
    }

    pub fn store(&self) -> &Store {
        self.pipeline.store()
    }

    pub fn pipeline(&self) -> &Pipeline {
        &self.pipeline
    }

    /// The engine the desk triages with now; its plan has the handles,
    /// aliases and hashtags to listen for. A reloaded plan replaces it.
    pub fn engine(&self) -> Arc<earshot_triage::Engine> {
        self.pipeline.engine()
    }

    /// Changes when the plan is reloaded.
    pub fn plan_changes(&self) -> tokio::sync::watch::Receiver<u64> {
        self.pipeline.plan_changes()
    }

    /// Triage and store mentions (one transaction), count them as events,
    /// and tell the desk. Only after this returns `Ok` may the connector
    /// acknowledge them or advance its cursor past them.
    pub async fn store_mentions(
        &self,
        mentions: Vec<Mention>,
    ) -> Result<BatchOutcome, IngestError> {
        if mentions.is_empty() {
            return Ok(BatchOutcome::default());
        }
        let n = mentions.len() as u64;
        let outcome = self.pipeline.ingest(mentions).await.inspect_err(|e| {
            self.health.error();
            tracing::error!(connector = self.name(), error = %e, "cannot store mentions");
        })?;
        self.health.events_received(n);
        if let Some(hook) = &self.on_stored {
            hook(&outcome);
        }
        Ok(outcome)
    }

    /// The connector's saved cursor.
    pub async fn cursor(&self) -> Result<Option<String>, StoreError> {
        self.store().connector_cursor(self.name()).await
    }

    /// Save the connector's cursor (after storing what precedes it).
    pub async fn save_cursor(&self, cursor: &str) -> Result<(), StoreError> {
        self.store().set_connector_cursor(self.name(), cursor).await
    }

    /// Log and count a message the connector could not use; it carries on.
    pub fn bad_message(&self, problem: &dyn Display) {
        self.health.error();
        tracing::warn!(connector = self.name(), "skipped a message: {problem}");
    }
}
