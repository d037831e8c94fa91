//! # earshot-x
//!
//! The X (API v2) connector. It owns everything earshot says to and hears
//! from X:
//!
//! - [`rules`]: the filtered stream's rules derived from the plan (brand
//!   handles as `@handle`, names as quoted phrases, their `#hashtag` forms)
//!   and kept in sync with `GET`/`POST /2/tweets/search/stream/rules`.
//! - [`stream`]: the filtered stream (`EARSHOT_X_MODE=stream`), `\r\n`
//!   framed, with keep-alive stall detection, the documented reconnect
//!   schedules, batched storing, the rules synced before every connection,
//!   and what was missed while disconnected recovered (`recovery`:
//!   `backfill_minutes` for gaps up to 5 minutes, else recent search from
//!   the connector's cursor).
//! - [`mentions`]: the mentions timeline (`EARSHOT_X_MODE=mentions`), polled
//!   with `since_id` and pagination within the rate limit, its newest id
//!   kept as the connector's cursor.
//! - [`sender`]: replies (`POST /2/tweets`) and direct messages for the
//!   outbox, and finding a post already made after a crash.
//! - [`standin`]: a stand-in X server speaking the same wire format, with
//!   fault injection, for tests here and elsewhere.
//! - [`bench`]: wire-to-case latency at a steady rate (`earshot bench
//!   x-stream`).
//!
//! ## Invariants
//! - A mention is stored before the cursor moves past it (the stream's
//!   cursor is the newest post id stored with nothing missing before it);
//!   a batch that cannot be stored is retried, not dropped.
//! - Nothing X sends makes the connector panic: a bad line is logged with
//!   the connector's name, counted, and skipped.
//! - Tokens never reach a log line or an error text ([`Secret`]).

mod api;
pub mod bench;
pub mod config;
pub mod mentions;
mod recovery;
pub mod rules;
pub mod sender;
pub mod standin;
pub mod stream;

pub use config::{Mode, Secret, XConfig};
pub use sender::XSender;

use earshot_connect::outbox::Sender;
use earshot_connect::Inbound;
use std::sync::Arc;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

/// The connector's name (health, logs, cursor) in each mode.
pub fn connector_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Stream => "x.stream",
        Mode::Mentions => "x.mentions",
    }
}

/// The outbox sender, when a user token is configured.
pub fn sender(config: &XConfig) -> Option<Arc<dyn Sender>> {
    XSender::new(config).map(|s| Arc::new(s) as Arc<dyn Sender>)
}

/// Start the inbound connector the configuration asks for (none without
/// the token its mode needs). `inbound` is made for the connector's name
/// by the caller (see [`connector_name`]).
pub fn spawn(
    config: &XConfig,
    inbound: impl FnOnce(&'static str) -> Inbound,
    cancel: CancellationToken,
) -> Option<(&'static str, JoinHandle<()>)> {
    let mode = config.effective_mode()?;
    let name = connector_name(mode);
    let inbound = inbound(name);
    let config = config.clone();
    let task = match mode {
        Mode::Stream => tokio::spawn(stream::run(config, inbound, cancel)),
        Mode::Mentions => tokio::spawn(mentions::run(config, inbound, cancel)),
    };
    Some((name, task))
}
