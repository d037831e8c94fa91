//! # earshot-bluesky
//!
//! The Bluesky connector: the brand's mentions in from Jetstream, its
//! replies out through the AT Protocol's XRPC API on the brand's PDS.
//!
//! - [`event`]: Jetstream events → [`earshot_core::Mention`] (post URI as
//!   the id, DID as the author id, mention facets with their UTF-8 byte
//!   offsets turned into character offsets, reply root and parent,
//!   reposts and quotes as references, the raw event kept).
//! - [`run`]: the inbound task (WebSocket to `/subscribe`, the brand's
//!   posts picked out of the whole network's by [`BrandFilter`], stored in
//!   batches, the `time_us` cursor saved after storing, reconnects with
//!   backoff on a drop or a stall). See `jetstream.rs`.
//! - [`sender`]: the outbox's [`Sender`] for Bluesky (`createRecord` with
//!   reply refs, a mention facet and a deterministic TID record key, so a
//!   resend after a crash is found instead of posted twice; chat for
//!   private messages).
//! - [`standin`]: stand-in Jetstream and PDS servers with fault injection,
//!   for tests here and in the binary.
//!
//! ## Invariants
//! - Nothing Jetstream or a PDS sends makes the task panic or stop: a bad
//!   frame is logged with the connector's name, counted, and skipped; a
//!   failed connection backs off and reconnects.
//! - The cursor never passes a post that is not stored.
//! - The app password and session tokens go only to the configured PDS
//!   and never into a log line or error text.

pub mod config;
pub mod event;
mod jetstream;
pub mod sender;
pub mod standin;
pub mod xrpc;

pub use config::BlueskyConfig;
pub use jetstream::{subscribe_url, BrandFilter};
pub use sender::BlueskySender;

use earshot_connect::outbox::Sender;
use earshot_connect::Inbound;
use std::sync::Arc;
use tokio_util::sync::CancellationToken;

/// The connector's name: its health record, log field and cursor key.
pub const CONNECTOR: &str = "bluesky";

/// The outbox sender for the configured account, when PDS, handle and app
/// password are set.
pub fn sender(config: &BlueskyConfig) -> Option<Arc<dyn Sender>> {
    BlueskySender::new(config).map(|s| Arc::new(s) as Arc<dyn Sender>)
}

/// Run the inbound connector until `cancel`; returns at once when no
/// Jetstream URL is configured.
pub async fn run(config: BlueskyConfig, inbound: Inbound, cancel: CancellationToken) {
    if !config.inbound_enabled() {
        tracing::warn!(
            connector = inbound.name(),
            "bluesky needs a Jetstream URL; not started"
        );
        return;
    }
    jetstream::Consumer::new(config, inbound).run(cancel).await;
}
