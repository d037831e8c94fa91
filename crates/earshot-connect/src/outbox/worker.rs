//! The outbox worker: claims due items from the store and sends each
//! through its network's [`Sender`], then records what happened.
//!
//! One pass ([`Worker::run_once`]):
//! 1. every `recover_every`: items left `sending` past their lease go back
//!    to `queued` (their worker died mid-send), and queued items of networks
//!    without a sender get a reason saying so (they stay queued: the
//!    configuration may come later);
//! 2. claim due items of the networks that have a sender and are not paused
//!    (the claim counts the attempt and takes a lease *before* sending);
//! 3. per network, concurrently, item by item: an item that was tried
//!    before (a crash, a timeout, a network error after the request left)
//!    is first looked up with [`Sender::find_sent`]; found means recorded
//!    `sent` without sending again. Then `send`, and the outcome:
//!    `Sent` → `sent`; `Transient` → `queued` with exponential backoff until
//!    `max_attempts`, then `failed`; `RateLimited` → `queued` until the
//!    reset (the attempt is given back) and the network paused until then;
//!    `Permanent` → `failed` with the reason.
//!
//! A send that takes longer than `send_timeout` is treated as a transient
//! failure whose outcome is unknown; the next attempt looks it up first.
//! The lease must be longer than the send timeout, or a slow send could be
//! taken for a dead one.

use super::{ReplyTarget, SendError, Sender, Senders};
use crate::health::ConnectorHealth;
use chrono::{DateTime, Utc};
use earshot_core::Network;
use earshot_store::{Channel, OutboxClaim, OutboxItem, Store, StoreError};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

/// How the worker paces itself. The defaults suit production; tests shrink
/// the times.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    /// Recorded as `claimed_by` (diagnosis only; leases decide ownership).
    pub instance: String,
    /// Sleep between passes that found nothing to do.
    pub poll: Duration,
    /// Items claimed per pass.
    pub batch: u32,
    /// How long a claim holds before the item counts as abandoned.
    pub lease: Duration,
    /// Longest wait for one send; must be well under `lease`.
    pub send_timeout: Duration,
    /// Transient failures before an item is marked failed.
    pub max_attempts: i64,
    /// Backoff after a transient failure: `retry_initial` doubling per
    /// attempt up to `retry_max` (± 20 % jitter so items spread out).
    pub retry_initial: Duration,
    pub retry_max: Duration,
    /// Wait after a 429 that did not say until when.
    pub rate_limit_default: Duration,
    /// How often expired leases are recovered and waiting items noted.
    pub recover_every: Duration,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        WorkerConfig {
            instance: default_instance(),
            poll: Duration::from_millis(500),
            batch: 20,
            lease: Duration::from_secs(120),
            send_timeout: Duration::from_secs(30),
            max_attempts: 8,
            retry_initial: Duration::from_secs(5),
            retry_max: Duration::from_secs(600),
            rate_limit_default: Duration::from_secs(60),
            recover_every: Duration::from_secs(10),
        }
    }
}

/// `[outbox]` in the configuration file: the worker's times in plain
/// numbers. Absent keys keep [`WorkerConfig`]'s defaults.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutboxSettings {
    /// Recorded as `claimed_by` (default: host, process id and a random tag).
    pub instance: Option<String>,
    pub poll_ms: Option<u64>,
    pub batch: Option<u32>,
    pub lease_secs: Option<u64>,
    pub send_timeout_secs: Option<u64>,
    pub max_attempts: Option<i64>,
    pub retry_initial_ms: Option<u64>,
    pub retry_max_secs: Option<u64>,
    pub recover_every_ms: Option<u64>,
}

impl OutboxSettings {
    /// The worker configuration these settings describe. The send timeout
    /// is kept under half the lease, whatever was asked, so a slow send is
    /// never taken for an abandoned one.
    pub fn worker_config(&self) -> WorkerConfig {
        let d = WorkerConfig::default();
        let lease = self.lease_secs.map(Duration::from_secs).unwrap_or(d.lease);
        let send_timeout = self
            .send_timeout_secs
            .map(Duration::from_secs)
            .unwrap_or(d.send_timeout)
            .min(lease / 2);
        WorkerConfig {
            instance: self.instance.clone().unwrap_or(d.instance),
            poll: self.poll_ms.map(Duration::from_millis).unwrap_or(d.poll),
            batch: self.batch.unwrap_or(d.batch).max(1),
            lease,
            send_timeout,
            max_attempts: self.max_attempts.unwrap_or(d.max_attempts).max(1),
            retry_initial: self
                .retry_initial_ms
                .map(Duration::from_millis)
                .unwrap_or(d.retry_initial),
            retry_max: self
                .retry_max_secs
                .map(Duration::from_secs)
                .unwrap_or(d.retry_max),
            rate_limit_default: d.rate_limit_default,
            recover_every: self
                .recover_every_ms
                .map(Duration::from_millis)
                .unwrap_or(d.recover_every),
        }
    }
}

/// `host-pid-random`: unique per process.
pub fn default_instance() -> String {
    let host = std::env::var("HOSTNAME")
        .ok()
        .filter(|h| !h.is_empty())
        .or_else(|| {
            std::fs::read_to_string("/etc/hostname")
                .ok()
                .map(|h| h.trim().to_string())
        })
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "earshot".to_string());
    format!(
        "{host}-{}-{:06x}",
        std::process::id(),
        rand::random::<u32>() & 0xff_ffff
    )
}

/// Called with a case id whenever one of the case's items changed (for
/// the live desk).
pub type ChangeHook = Arc<dyn Fn(i64) + Send + Sync>;

/// What one pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pass {
    pub recovered: usize,
    pub claimed: usize,
    pub sent: usize,
    /// Recorded sent because the network already had the post.
    pub found: usize,
    pub requeued: usize,
    pub failed: usize,
}

impl Pass {
    fn absorb(&mut self, o: Pass) {
        self.recovered += o.recovered;
        self.claimed += o.claimed;
        self.sent += o.sent;
        self.found += o.found;
        self.requeued += o.requeued;
        self.failed += o.failed;
    }
}

/// The worker. Cheap to clone; clones share their state (paused networks).
#[derive(Clone)]
pub struct Worker {
    inner: Arc<Inner>,
    on_change: Option<ChangeHook>,
    health: Option<Arc<ConnectorHealth>>,
}

struct Inner {
    store: Store,
    senders: Senders,
    config: WorkerConfig,
    /// Networks that answered 429, and until when they are left alone.
    paused: Mutex<HashMap<Network, DateTime<Utc>>>,
    last_recovery: Mutex<Option<Instant>>,
}

enum Outcome {
    Sent,
    Found,
    Requeued,
    Failed,
}

impl Worker {
    pub fn new(store: Store, senders: Senders, config: WorkerConfig) -> Worker {
        Worker {
            inner: Arc::new(Inner {
                store,
                senders,
                config,
                paused: Mutex::new(HashMap::new()),
                last_recovery: Mutex::new(None),
            }),
            on_change: None,
            health: None,
        }
    }

    /// Call `hook` with the case id of every item that changed.
    pub fn on_change(mut self, hook: ChangeHook) -> Worker {
        self.on_change = Some(hook);
        self
    }

    /// Report on this health record (errors: failed sends and store errors).
    pub fn with_health(mut self, health: Arc<ConnectorHealth>) -> Worker {
        self.health = Some(health);
        self
    }

    pub fn config(&self) -> &WorkerConfig {
        &self.inner.config
    }

    /// Pass after pass until `cancel`; sleeps `poll` when a pass found
    /// nothing. Store errors are logged and retried after a pause.
    pub async fn run(self, cancel: CancellationToken) {
        if let Some(h) = &self.health {
            h.set_connected(true);
        }
        tracing::info!(instance = %self.inner.config.instance,
            networks = ?self.inner.senders.keys().collect::<Vec<_>>(), "outbox worker started");
        loop {
            let idle = match self.run_once().await {
                Ok(pass) => pass.claimed == 0,
                Err(e) => {
                    tracing::error!(error = %e, "outbox worker pass failed");
                    if let Some(h) = &self.health {
                        h.error();
                    }
                    true
                }
            };
            if idle {
                tokio::select! {
                    _ = cancel.cancelled() => break,
                    _ = tokio::time::sleep(self.inner.config.poll) => {}
                }
            } else if cancel.is_cancelled() {
                break;
            }
        }
        if let Some(h) = &self.health {
            h.set_connected(false);
        }
        tracing::info!("outbox worker stopped");
    }

    /// One pass: recovery (when due), one claim, and the sends.
    pub async fn run_once(&self) -> Result<Pass, StoreError> {
        let mut pass = Pass::default();
        let mut changed: BTreeSet<i64> = BTreeSet::new();
        if self.recovery_due() {
            let recovered = self.inner.store.recover_outbox_leases().await?;
            pass.recovered = recovered.len();
            changed.extend(recovered.iter().map(|i| i.case_id));
            changed.extend(self.note_waiting().await?);
        }
        let networks = self.active_networks();
        let items = self
            .inner
            .store
            .claim_outbox(&OutboxClaim {
                instance: &self.inner.config.instance,
                networks: &networks,
                limit: self.inner.config.batch,
                lease: self.inner.config.lease,
            })
            .await?;
        pass.claimed = items.len();
        changed.extend(items.iter().map(|i| i.case_id));
        let mut by_network: BTreeMap<Network, Vec<OutboxItem>> = BTreeMap::new();
        for item in items {
            by_network.entry(item.network).or_default().push(item);
        }
        let mut tasks = tokio::task::JoinSet::new();
        for (network, items) in by_network {
            let me = self.clone();
            tasks.spawn(async move { me.send_all(network, items).await });
        }
        let mut first_error = None;
        while let Some(joined) = tasks.join_next().await {
            match joined {
                Ok(Ok(p)) => pass.absorb(p),
                Ok(Err(e)) => {
                    first_error.get_or_insert(e);
                }
                Err(e) => tracing::error!(error = %e, "outbox send task ended abnormally"),
            }
        }
        self.announce(changed);
        match first_error {
            Some(e) => Err(e),
            None => Ok(pass),
        }
    }

    fn recovery_due(&self) -> bool {
        let mut last = self
            .inner
            .last_recovery
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        let due = last.is_none_or(|t| t.elapsed() >= self.inner.config.recover_every);
        if due {
            *last = Some(Instant::now());
        }
        due
    }

    /// Networks to claim for: those with a sender and not paused, and the
    /// webhook (nothing can be posted there: its items fail with a reason).
    fn active_networks(&self) -> Vec<Network> {
        let now = Utc::now();
        let mut paused = self.inner.paused.lock().unwrap_or_else(|p| p.into_inner());
        paused.retain(|_, until| *until > now);
        Network::ALL
            .into_iter()
            .filter(|n| self.inner.senders.contains_key(n) || *n == Network::Webhook)
            .filter(|n| !paused.contains_key(n))
            .collect()
    }

    /// Queued items of networks with no sender say why they wait.
    async fn note_waiting(&self) -> Result<Vec<i64>, StoreError> {
        let mut cases = Vec::new();
        for network in Network::ALL {
            if network == Network::Webhook || self.inner.senders.contains_key(&network) {
                continue;
            }
            let reason = format!(
                "waiting: no {network} account is configured for sending; \
                 the reply is sent once it is"
            );
            let noted = self
                .inner
                .store
                .note_outbox_waiting(network, &reason)
                .await?;
            cases.extend(noted.iter().map(|i| i.case_id));
        }
        Ok(cases)
    }

    fn announce(&self, cases: BTreeSet<i64>) {
        if let Some(hook) = &self.on_change {
            for case in cases {
                hook(case);
            }
        }
    }

    async fn send_all(&self, network: Network, items: Vec<OutboxItem>) -> Result<Pass, StoreError> {
        let mut pass = Pass::default();
        let sender = self.inner.senders.get(&network).cloned();
        for item in items {
            let changed = item.case_id;
            let outcome = if let Some(until) = self.paused_until(network) {
                // An earlier item of this batch hit the rate limit.
                self.inner
                    .store
                    .requeue_outbox(item.id, &rate_limit_reason(network, until), until, false)
                    .await?;
                Outcome::Requeued
            } else {
                match &sender {
                    Some(sender) => self.send_one(sender.as_ref(), item).await?,
                    None => {
                        let reason = format!(
                            "cannot be sent: this case came in through the {network}, \
                             which earshot cannot post to; answer the customer where \
                             they wrote, then resolve the case"
                        );
                        self.inner.store.fail_outbox(item.id, &reason).await?;
                        Outcome::Failed
                    }
                }
            };
            match outcome {
                Outcome::Sent => pass.sent += 1,
                Outcome::Found => pass.found += 1,
                Outcome::Requeued => pass.requeued += 1,
                Outcome::Failed => {
                    pass.failed += 1;
                    if let Some(h) = &self.health {
                        h.error();
                    }
                }
            }
            self.announce(BTreeSet::from([changed]));
        }
        Ok(pass)
    }

    fn paused_until(&self, network: Network) -> Option<DateTime<Utc>> {
        let paused = self.inner.paused.lock().unwrap_or_else(|p| p.into_inner());
        paused.get(&network).copied().filter(|u| *u > Utc::now())
    }

    fn pause(&self, network: Network, until: DateTime<Utc>) {
        let mut paused = self.inner.paused.lock().unwrap_or_else(|p| p.into_inner());
        let entry = paused.entry(network).or_insert(until);
        if *entry < until {
            *entry = until;
        }
    }

    async fn send_one(&self, sender: &dyn Sender, item: OutboxItem) -> Result<Outcome, StoreError> {
        let store = &self.inner.store;
        if item.channel == Channel::Public && item.in_reply_to.is_none() {
            let reason = format!(
                "nothing to reply to: the case has no post from the customer on {}; \
                 send a private message instead",
                item.network
            );
            store.fail_outbox(item.id, &reason).await?;
            return Ok(Outcome::Failed);
        }
        let Some(ctx) = store.reply_context(item.id).await? else {
            return Err(StoreError::NotFound(format!("outbox item {}", item.id)));
        };
        let target = ReplyTarget::from(ctx);
        // Tried before: the earlier attempt may have reached the network.
        if item.attempts > 1 {
            match self.timed(sender.find_sent(&target)).await {
                Ok(Some(sent)) => {
                    tracing::info!(outbox_id = item.id, external_id = %sent.external_id,
                        "outbox item was already on the network; recorded without sending again");
                    store.mark_outbox_sent(item.id, &sent.external_id).await?;
                    return Ok(Outcome::Found);
                }
                Ok(None) => {}
                Err(SendError::Permanent { reason }) => {
                    let reason = format!(
                        "could not check whether an earlier attempt was posted ({reason}); \
                         retry to send it anyway"
                    );
                    store.fail_outbox(item.id, &reason).await?;
                    return Ok(Outcome::Failed);
                }
                Err(e) => return self.settle(&item, e).await,
            }
        }
        match self.timed(sender.send(&target)).await {
            Ok(sent) => {
                store.mark_outbox_sent(item.id, &sent.external_id).await?;
                tracing::debug!(outbox_id = item.id, external_id = %sent.external_id, "outbox item sent");
                Ok(Outcome::Sent)
            }
            Err(e) => self.settle(&item, e).await,
        }
    }

    /// Run a sender call within the send timeout.
    async fn timed<T>(
        &self,
        call: impl std::future::Future<Output = Result<T, SendError>>,
    ) -> Result<T, SendError> {
        let limit = self.inner.config.send_timeout;
        match tokio::time::timeout(limit, call).await {
            Ok(r) => r,
            Err(_) => Err(SendError::Transient {
                reason: format!("no answer within {} s", limit.as_secs_f64()),
                retry_after: None,
            }),
        }
    }

    /// Record a send error's outcome.
    async fn settle(&self, item: &OutboxItem, error: SendError) -> Result<Outcome, StoreError> {
        let store = &self.inner.store;
        let config = &self.inner.config;
        match error {
            SendError::Transient {
                reason,
                retry_after,
            } => {
                tracing::warn!(outbox_id = item.id, network = %item.network,
                    attempts = item.attempts, %reason, "outbox send failed; will retry");
                if item.attempts >= config.max_attempts {
                    let reason = format!("gave up after {} attempts: {reason}", item.attempts);
                    store.fail_outbox(item.id, &reason).await?;
                    return Ok(Outcome::Failed);
                }
                let wait = retry_after.unwrap_or_else(|| self.backoff(item.attempts));
                let at = Utc::now()
                    + chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::zero());
                let reason = format!("attempt {} failed: {reason}; retrying", item.attempts);
                store.requeue_outbox(item.id, &reason, at, true).await?;
                Ok(Outcome::Requeued)
            }
            SendError::RateLimited { reason, until } => {
                let until = until.filter(|u| *u > Utc::now()).unwrap_or_else(|| {
                    Utc::now()
                        + chrono::Duration::from_std(config.rate_limit_default)
                            .unwrap_or(chrono::Duration::zero())
                });
                tracing::warn!(network = %item.network, %until, %reason,
                    "network rate limit reached; pausing its outbox until the reset");
                self.pause(item.network, until);
                let reason = rate_limit_reason(item.network, until);
                store.requeue_outbox(item.id, &reason, until, false).await?;
                Ok(Outcome::Requeued)
            }
            SendError::Permanent { reason } => {
                tracing::warn!(outbox_id = item.id, network = %item.network, %reason,
                    "outbox item cannot be sent");
                store.fail_outbox(item.id, &reason).await?;
                Ok(Outcome::Failed)
            }
        }
    }

    /// `retry_initial` doubled per earlier attempt, capped, ± 20 %.
    fn backoff(&self, attempts: i64) -> Duration {
        let config = &self.inner.config;
        let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 30)).unwrap_or(30);
        let base = config
            .retry_initial
            .saturating_mul(2u32.saturating_pow(doublings))
            .min(config.retry_max);
        let jitter = 0.8 + rand::random::<f64>() * 0.4;
        base.mul_f64(jitter)
    }
}

fn rate_limit_reason(network: Network, until: DateTime<Utc>) -> String {
    format!(
        "waiting for {network}'s rate limit to reset at {}",
        until.format("%H:%M:%S UTC")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_fill_in_defaults_and_keep_the_send_timeout_under_the_lease() {
        let s: OutboxSettings =
            serde_json::from_str(r#"{"lease_secs": 4, "poll_ms": 50}"#).unwrap();
        let c = s.worker_config();
        assert_eq!(c.lease, Duration::from_secs(4));
        assert_eq!(c.send_timeout, Duration::from_secs(2));
        assert_eq!(c.poll, Duration::from_millis(50));
        assert_eq!(c.max_attempts, WorkerConfig::default().max_attempts);
        assert!(serde_json::from_str::<OutboxSettings>(r#"{"lease": 4}"#).is_err());
    }
}
