//! # earshot-connect
//!
//! What the network connectors (`earshot-x`, `earshot-fedi`, `earshot-email`)
//! share, so each of them is only its network's wire format:
//!
//! - [`Inbound`]: the context an inbound connector runs with. It stores
//!   mentions through the ingest pipeline, saves the connector's cursor
//!   (only after what came before it is stored), tells the desk which cases
//!   changed, and keeps the connector's [`health`] up to date.
//! - [`health`]: connected, last event, reconnects, errors and rate-limit
//!   remaining per connector, read by `/metrics` and the admin page.
//! - [`backoff`]: the reconnect schedules the networks document.
//! - [`ratelimit`]: reading `x-rate-limit-*` style headers.
//! - [`testing`]: a desk on a temporary SQLite store for connector tests.
//! - [`outbox`]: the [`outbox::Sender`] each network implements, and the
//!   worker that sends queued replies exactly once.
//!
//! ## Invariants
//! - A connector stores a mention before it acknowledges it or advances its
//!   cursor: a crash re-reads, never skips; the store's idempotency by
//!   `(network, external_id)` makes the re-read harmless.
//! - Connectors never panic on what a network sends; a bad message is
//!   logged with the connector's name, counted, and skipped.
//! - Secrets (tokens, passwords) are never logged or put in error texts.

pub mod backoff;
pub mod health;
mod inbound;
pub mod outbox;
pub mod ratelimit;
pub mod testing;

pub use health::{ConnectorHealth, HealthRegistry};
pub use inbound::{Inbound, StoredHook};
