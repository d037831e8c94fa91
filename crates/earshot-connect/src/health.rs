//! Connector health: what `/metrics` and the admin page show about each
//! connector. Updated lock-free by the connector's task, read by anyone.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// The health of one connector (`x.stream`, `mastodon`, `outbox`, ...).
#[derive(Debug)]
pub struct ConnectorHealth {
    name: String,
    connected: AtomicBool,
    /// Unix ms of the last event received (0: none yet).
    last_event_ms: AtomicI64,
    events: AtomicU64,
    reconnects: AtomicU64,
    errors: AtomicU64,
    /// Requests left in the current rate-limit window (-1: unknown).
    rate_limit_remaining: AtomicI64,
}

/// A point-in-time copy of a connector's health.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct HealthSnapshot {
    pub name: String,
    pub connected: bool,
    pub last_event_ms: Option<i64>,
    pub events: u64,
    pub reconnects: u64,
    pub errors: u64,
    pub rate_limit_remaining: Option<i64>,
}

impl ConnectorHealth {
    fn new(name: &str) -> ConnectorHealth {
        ConnectorHealth {
            name: name.to_string(),
            connected: AtomicBool::new(false),
            last_event_ms: AtomicI64::new(0),
            events: AtomicU64::new(0),
            reconnects: AtomicU64::new(0),
            errors: AtomicU64::new(0),
            rate_limit_remaining: AtomicI64::new(-1),
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn set_connected(&self, connected: bool) {
        self.connected.store(connected, Ordering::Relaxed);
    }

    /// Count `n` events received now.
    pub fn events_received(&self, n: u64) {
        self.events.fetch_add(n, Ordering::Relaxed);
        self.last_event_ms
            .store(chrono::Utc::now().timestamp_millis(), Ordering::Relaxed);
    }

    pub fn reconnected(&self) {
        self.reconnects.fetch_add(1, Ordering::Relaxed);
    }

    /// Count one error (a bad message, a failed request, a dropped
    /// connection). The caller logs it with the connector's name.
    pub fn error(&self) {
        self.errors.fetch_add(1, Ordering::Relaxed);
    }

    pub fn set_rate_limit_remaining(&self, remaining: Option<u64>) {
        let v = remaining.map_or(-1, |r| r.min(i64::MAX as u64) as i64);
        self.rate_limit_remaining.store(v, Ordering::Relaxed);
    }

    pub fn snapshot(&self) -> HealthSnapshot {
        let last = self.last_event_ms.load(Ordering::Relaxed);
        let remaining = self.rate_limit_remaining.load(Ordering::Relaxed);
        HealthSnapshot {
            name: self.name.clone(),
            connected: self.connected.load(Ordering::Relaxed),
            last_event_ms: (last > 0).then_some(last),
            events: self.events.load(Ordering::Relaxed),
            reconnects: self.reconnects.load(Ordering::Relaxed),
            errors: self.errors.load(Ordering::Relaxed),
            rate_limit_remaining: (remaining >= 0).then_some(remaining),
        }
    }
}

/// Every connector's health, by name. Cheap to clone.
#[derive(Debug, Clone, Default)]
pub struct HealthRegistry {
    inner: Arc<Mutex<BTreeMap<String, Arc<ConnectorHealth>>>>,
}

impl HealthRegistry {
    pub fn new() -> HealthRegistry {
        HealthRegistry::default()
    }

    /// The health record of `name`, created on first use.
    pub fn connector(&self, name: &str) -> Arc<ConnectorHealth> {
        let mut map = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(name.to_string())
            .or_insert_with(|| Arc::new(ConnectorHealth::new(name)))
            .clone()
    }

    /// Snapshots of every connector, by name.
    pub fn snapshot(&self) -> Vec<HealthSnapshot> {
        let map = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        map.values().map(|h| h.snapshot()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_connector_is_registered_once_and_counts_what_happens() {
        let registry = HealthRegistry::new();
        let h = registry.connector("x.stream");
        assert!(Arc::ptr_eq(&h, &registry.connector("x.stream")));
        h.set_connected(true);
        h.events_received(3);
        h.reconnected();
        h.error();
        h.set_rate_limit_remaining(Some(42));
        registry.connector("mastodon");
        let snap = registry.snapshot();
        assert_eq!(snap.len(), 2);
        assert_eq!(snap[0].name, "mastodon");
        assert_eq!(snap[0].rate_limit_remaining, None);
        assert_eq!(snap[0].last_event_ms, None);
        let x = &snap[1];
        assert!(x.connected);
        assert_eq!((x.events, x.reconnects, x.errors), (3, 1, 1));
        assert_eq!(x.rate_limit_remaining, Some(42));
        assert!(x.last_event_ms.is_some());
    }
}
