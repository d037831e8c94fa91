//! # earshot-mastodon
//!
//! The Mastodon connector: the brand's mentions in, its replies and direct
//! messages out, against Mastodon's documented REST and streaming APIs.
//!
//! - [`status`]: `Notification`/`Status` JSON → [`earshot_core::Mention`]
//!   (plain text from the HTML `content` by [`html`], full `user@domain`
//!   handles, mention offsets, replies, boosts, direct messages).
//! - [`run`]: the inbound task (streaming API with `:thump` heartbeats,
//!   catch-up from `/api/v1/notifications` after every (re)connect, the
//!   cursor saved only after its mention is stored, backoff and rate
//!   limits). See `stream.rs`.
//! - [`sender`]: the outbox's [`Sender`] for Mastodon (`POST
//!   /api/v1/statuses` with `Idempotency-Key`).
//! - [`standin`]: a stand-in Mastodon instance with fault injection, for
//!   tests here and in the binary.
//!
//! ## Invariants
//! - Nothing Mastodon sends makes the task panic or stop: a bad event is
//!   logged with the connector's name, counted, and skipped; a failed
//!   connection backs off and reconnects.
//! - The access token goes only to the configured instance (never to a
//!   host named in a `Link` header) and never into a log or error text.

mod client;
pub mod config;
pub mod html;
mod sender;
mod sse;
pub mod standin;
pub mod status;
mod stream;

pub use client::{compare_ids, link_rel};
pub use config::{MastodonConfig, PublicVisibility};
pub use sender::{MastodonSender, Outgoing};
pub use sse::{SseItem, SseParser};

use earshot_connect::outbox::Sender;
use earshot_connect::Inbound;
use std::sync::Arc;
use tokio_util::sync::CancellationToken;

/// The connector's name: its health record, log field and cursor key.
pub const CONNECTOR: &str = "mastodon";

/// The outbox sender for the configured account, when base and token are
/// set.
pub fn sender(config: &MastodonConfig) -> Option<Arc<dyn Sender>> {
    let settings = config.settings()?;
    Some(Arc::new(MastodonSender::new(settings)))
}

/// The concrete sender (for tests that call `outgoing`).
pub fn mastodon_sender(config: &MastodonConfig) -> Option<MastodonSender> {
    config.settings().map(MastodonSender::new)
}

/// Run the inbound connector until `cancel`; returns at once when the
/// configuration lacks a base URL or token.
pub async fn run(config: MastodonConfig, inbound: Inbound, cancel: CancellationToken) {
    let Some(settings) = config.settings() else {
        tracing::warn!(
            connector = inbound.name(),
            "mastodon needs a base URL and a token; not started"
        );
        return;
    };
    stream::StreamTask::new(settings, inbound).run(cancel).await;
}
