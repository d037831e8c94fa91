//! The outbox's side of sending: each network implements [`Sender`]; the
//! worker claims queued items and hands each to its network's sender.
//!
//! Exactly once: an item is claimed (status `sending`, attempt counted)
//! before it is sent, and recorded `sent` with the network's id after. If
//! the process dies in between, the item is found still `sending` on
//! restart; the worker then asks the sender whether the post already exists
//! ([`Sender::find_sent`]) before it sends again. Networks that take an
//! idempotency key (Mastodon's `Idempotency-Key`, a deterministic record
//! key on Bluesky, a fixed `Message-ID` for email) get one derived from the
//! outbox item, so a repeat is refused by the network itself.

mod worker;

pub use worker::{default_instance, ChangeHook, OutboxSettings, Pass, Worker, WorkerConfig};

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use earshot_core::Network;
use earshot_store::{OutboxItem, ReplyContext};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

/// Everything a sender needs to address one outbox item.
#[derive(Debug, Clone)]
pub struct ReplyTarget {
    pub item: OutboxItem,
    /// The stored wire payload of the post replied to (`item.in_reply_to`),
    /// when there is one: Bluesky needs its `cid` and reply root, email its
    /// `Message-ID` and `References`.
    pub in_reply_to_raw: Option<String>,
    /// The customer's account on the item's network: network user id
    /// (X user id, Mastodon account id, DID, email address) and handle.
    pub customer_id: Option<String>,
    pub customer_handle: Option<String>,
    /// The first post of the conversation and its payload, where stored.
    pub conversation_id: Option<String>,
    pub conversation_raw: Option<String>,
}

impl From<ReplyContext> for ReplyTarget {
    fn from(c: ReplyContext) -> ReplyTarget {
        ReplyTarget {
            item: c.item,
            in_reply_to_raw: c.in_reply_to_raw,
            customer_id: c.customer_id,
            customer_handle: c.customer_handle,
            conversation_id: c.conversation_id,
            conversation_raw: c.conversation_raw,
        }
    }
}

impl ReplyTarget {
    /// A stable key for this item, for networks that accept one.
    pub fn idempotency_key(&self) -> String {
        match &self.item.idempotency_key {
            Some(k) => format!("earshot-{}-{k}", self.item.id),
            None => format!("earshot-{}", self.item.id),
        }
    }
}

/// A post the network accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    /// The network's id of the new post or message.
    pub external_id: String,
}

/// Why a send did not go through.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SendError {
    /// Worth retrying: a network error, a timeout, a 5xx.
    #[error("{reason}")]
    Transient {
        reason: String,
        retry_after: Option<Duration>,
    },
    /// 429: wait until `until` (when the network said) before any request.
    #[error("rate limited: {reason}")]
    RateLimited {
        reason: String,
        until: Option<DateTime<Utc>>,
    },
    /// Will not work as it is (403, the post was deleted, the account is
    /// suspended, the text was refused): marked failed with this reason,
    /// shown on the case, for an agent to edit or retry.
    #[error("{reason}")]
    Permanent { reason: String },
}

/// One network's way of sending replies and private messages.
#[async_trait]
pub trait Sender: Send + Sync {
    fn network(&self) -> Network;

    /// Send one item: a public reply, or a private message when
    /// `target.item.channel` is private.
    async fn send(&self, target: &ReplyTarget) -> Result<Sent, SendError>;

    /// After a crash between sending and recording: the post this item
    /// already made, if the network lets us look. `Ok(None)` means "not
    /// there" (or cannot be checked, for networks whose idempotency key
    /// makes a repeated send harmless).
    async fn find_sent(&self, target: &ReplyTarget) -> Result<Option<Sent>, SendError> {
        let _ = target;
        Ok(None)
    }
}

/// The configured senders, by network.
pub type Senders = HashMap<Network, Arc<dyn Sender>>;
