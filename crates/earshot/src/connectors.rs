//! Starting the network connectors and the outbox worker for `serve`, from
//! the configuration. Each connector runs as its own task with its own
//! health record; all of them stop when `cancel` is cancelled.

use crate::config::Config;
use earshot_connect::outbox::{OutboxSettings, Senders, Worker};
use earshot_connect::{Inbound, StoredHook};
use earshot_server::AppState;
use std::sync::Arc;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

/// The running connector tasks.
pub struct Running {
    pub cancel: CancellationToken,
    tasks: Vec<(String, JoinHandle<()>)>,
}

impl Running {
    /// Names of the connectors started.
    pub fn names(&self) -> Vec<&str> {
        self.tasks.iter().map(|(n, _)| n.as_str()).collect()
    }

    /// Ask every connector to stop and wait for them.
    pub async fn stop(self) {
        self.cancel.cancel();
        for (name, task) in self.tasks {
            if let Err(e) = task.await {
                tracing::error!(connector = %name, error = %e, "connector task ended abnormally");
            }
        }
    }
}

/// The inbound context for connector `name`: mentions through the state's
/// pipeline, new and changed cases published to the live desk.
fn inbound(state: &AppState, name: &str) -> Inbound {
    let events = state.events.clone();
    let hook: StoredHook = Arc::new(move |outcome| events.cases_touched(&outcome.case_ids));
    Inbound::new(
        state.pipeline.clone(),
        state.connectors.connector(name),
        Some(hook),
    )
}

/// The outbox senders of every network the configuration can post to.
pub fn senders(config: &Config) -> Senders {
    let mut senders = Senders::new();
    if let Some(sender) = earshot_x::sender(&config.x) {
        senders.insert(earshot_core::Network::X, sender);
    }
    if let Some(sender) = earshot_bluesky::sender(&config.bluesky) {
        senders.insert(earshot_core::Network::Bluesky, sender);
    }
    if let Some(sender) = earshot_mastodon::sender(&config.mastodon) {
        senders.insert(earshot_core::Network::Mastodon, sender);
    }
    if config.email.outbound_enabled() {
        match earshot_email::sender(&config.email) {
            Ok(sender) => {
                senders.insert(earshot_core::Network::Email, Arc::new(sender));
            }
            Err(e) => tracing::error!(connector = "email", error = %e, "email replies disabled"),
        }
    }
    senders
}

/// The outbox worker for `state`'s store: each change of an item is
/// published to the live desk, its health is on `/metrics` as `outbox`.
pub fn outbox_worker(state: &AppState, senders: Senders, settings: &OutboxSettings) -> Worker {
    let events = state.events.clone();
    Worker::new(state.store.clone(), senders, settings.worker_config())
        .on_change(Arc::new(move |case_id| events.case_changed(case_id, None)))
        .with_health(state.connectors.connector("outbox"))
}

/// Start every connector the configuration enables.
pub fn start(config: &Config, state: &AppState) -> Running {
    let cancel = CancellationToken::new();
    let mut tasks: Vec<(String, JoinHandle<()>)> = Vec::new();
    // X: the filtered stream, or the mentions timeline (by `[x] mode`).
    if let Some((name, task)) =
        earshot_x::spawn(&config.x, |name| inbound(state, name), cancel.clone())
    {
        tasks.push((name.to_string(), task));
    }
    // Bluesky: Jetstream, when its URL is configured.
    if config.bluesky.inbound_enabled() {
        let name = earshot_bluesky::CONNECTOR;
        let run =
            earshot_bluesky::run(config.bluesky.clone(), inbound(state, name), cancel.clone());
        tasks.push((name.to_string(), tokio::spawn(run)));
    }
    // Mastodon: the streaming API, when base URL and token are configured.
    if config.mastodon.enabled() {
        let name = earshot_mastodon::CONNECTOR;
        let run = earshot_mastodon::run(
            config.mastodon.clone(),
            inbound(state, name),
            cancel.clone(),
        );
        tasks.push((name.to_string(), tokio::spawn(run)));
    }
    // Email: the IMAP mailbox, when its URL is configured.
    if config.email.inbound_enabled() {
        let name = earshot_email::CONNECTOR;
        let run = earshot_email::run(config.email.clone(), inbound(state, name), cancel.clone());
        tasks.push((name.to_string(), tokio::spawn(run)));
    }

    // The outbox worker, after the networks: it sends through every sender
    // configured; replies to networks without one wait in the outbox.
    let worker = outbox_worker(state, senders(config), &config.outbox);
    tasks.push(("outbox".into(), tokio::spawn(worker.run(cancel.clone()))));
    Running { cancel, tasks }
}
