//! The outbox's [`Sender`] for Bluesky.
//!
//! A public reply is `com.atproto.repo.createRecord` of an
//! `app.bsky.feed.post` in the brand's repo, threaded with `reply.root` and
//! `reply.parent` strong refs read from the stored Jetstream event of the
//! post replied to (the only place its `cid` is kept), and a mention facet
//! (UTF-8 byte offsets) where the text names the customer.
//!
//! Exactly once: the record key is a TID derived from the outbox item (its
//! creation time and id), not a fresh one. A second `createRecord` of the
//! same item after a crash names a record that exists, which the PDS
//! refuses (today with a 500, see bluesky-social/atproto#3718); any refused
//! or unanswered create is therefore followed by `com.atproto.repo.getRecord`
//! of that key, and a record found there is the item already sent.
//!
//! Bluesky has no private replies on posts; a private item is a chat
//! message (`chat.bsky.convo.getConvoForMembers` + `sendMessage` through
//! the PDS, proxied to `did:web:api.bsky.chat#bsky_chat`). Chat takes no
//! idempotency key; after a crash `find_sent` looks for the message among
//! the conversation's latest (`getMessages`).

use crate::config::BlueskyConfig;
use crate::event::{self, Event, StrongRef, POST_COLLECTION};
use crate::xrpc::{Account, Xrpc, XrpcError};
use async_trait::async_trait;
use chrono::{DateTime, Duration as ChronoDuration, SecondsFormat, Utc};
use earshot_connect::outbox::{ReplyTarget, SendError, Sender, Sent};
use earshot_core::Network;
use earshot_store::Channel;
use serde_json::{json, Value};

const CHAT_PROXY: &str = "did:web:api.bsky.chat#bsky_chat";
const MENTION_FEATURE: &str = "app.bsky.richtext.facet#mention";

const TID_ALPHABET: &[u8; 32] = b"234567abcdefghijklmnopqrstuvwxyz";

/// A TID (timestamp identifier, the AT Protocol's record key for posts):
/// 53 bits of microseconds since the epoch and a 10-bit clock id, written
/// as 13 characters of base32-sortable.
pub fn tid(micros: i64, clock_id: u64) -> String {
    let micros = (micros.max(0) as u64) & ((1u64 << 53) - 1);
    let value = (micros << 10) | (clock_id & 0x3ff);
    (0..13)
        .map(|i| {
            let shift = 60 - 5 * i;
            TID_ALPHABET[((value >> shift) & 0x1f) as usize] as char
        })
        .collect()
}

/// Whether `s` is a syntactically valid TID.
pub fn is_tid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 13
        && b"234567abcdefghij".contains(&b[0])
        && b.iter().all(|c| TID_ALPHABET.contains(c))
}

/// The record key of an outbox item's post: the item's creation time and
/// its id (low 10 bits) as a TID. Two items collide only when created in
/// the same microsecond with ids 1024 apart.
pub fn rkey_for(target: &ReplyTarget) -> String {
    let micros = target.item.created_at.timestamp_micros();
    tid(micros, target.item.id.rem_euclid(1024) as u64)
}

/// The `reply` refs of a reply to the post whose stored Jetstream event is
/// `raw`: the parent is that post, the root its thread's root (or the post
/// itself when it started the thread).
pub fn reply_refs(raw: &str) -> Result<(StrongRef, StrongRef), String> {
    let created = match event::parse_event(raw) {
        Ok(Event::Create(c)) if !c.is_repost() => c,
        Ok(_) => return Err("the stored post is not a Bluesky post".to_string()),
        Err(e) => return Err(format!("the stored post cannot be read: {e}")),
    };
    let Some(cid) = created.cid.clone() else {
        return Err("the stored post has no cid".to_string());
    };
    let parent = StrongRef {
        uri: created.uri(),
        cid,
    };
    let root = created
        .reply()
        .map(|r| r.root.clone())
        .unwrap_or_else(|| parent.clone());
    Ok((root, parent))
}

/// Where `@handle` is written in `text` (ASCII case-insensitively, not
/// inside a longer handle): its byte range.
pub fn find_handle(text: &str, handle: &str) -> Option<(usize, usize)> {
    let needle = format!("@{}", handle.trim_start_matches('@'));
    if needle.len() < 2 {
        return None;
    }
    let hay = text.as_bytes();
    let n = needle.as_bytes();
    let continues = |c: u8| c.is_ascii_alphanumeric() || c == b'.' || c == b'-' || c == b'_';
    (0..=hay.len().checked_sub(n.len())?).find_map(|i| {
        let end = i + n.len();
        let matches = hay[i..end].eq_ignore_ascii_case(n);
        let before_ok = i == 0 || !continues(hay[i - 1]);
        // A sentence may end right after the handle with a dot.
        let after_ok = end == hay.len()
            || !continues(hay[end])
            || (hay[end] == b'.' && hay.get(end + 1).is_none_or(|c| !continues(*c)));
        (matches && before_ok && after_ok).then_some((i, end))
    })
}

/// The post record of a public reply, `created_at` as its `createdAt`.
pub fn reply_record(target: &ReplyTarget, created_at: DateTime<Utc>) -> Result<Value, String> {
    let text = target.item.body.clone();
    let mut record = json!({
        "$type": POST_COLLECTION,
        "text": text,
        "createdAt": created_at.to_rfc3339_opts(SecondsFormat::Millis, true),
    });
    if target.item.in_reply_to.is_some() || target.in_reply_to_raw.is_some() {
        let raw = target
            .in_reply_to_raw
            .as_deref()
            .ok_or("the post replied to was not stored with its Jetstream event (cid unknown)")?;
        let (root, parent) = reply_refs(raw)?;
        record["reply"] = json!({"root": root, "parent": parent});
    }
    if let (Some(handle), Some(did)) = (&target.customer_handle, &target.customer_id) {
        if did.starts_with("did:") {
            if let Some((start, end)) = find_handle(&text, handle) {
                record["facets"] = json!([{
                    "index": {"byteStart": start, "byteEnd": end},
                    "features": [{"$type": MENTION_FEATURE, "did": did}],
                }]);
            }
        }
    }
    Ok(record)
}

/// What a failed call means for the outbox item.
pub fn send_error(e: &XrpcError) -> SendError {
    match e {
        XrpcError::Network { .. } | XrpcError::Decode { .. } => SendError::Transient {
            reason: e.to_string(),
            retry_after: None,
        },
        XrpcError::Status {
            status,
            rate_limit,
            retry_after,
            ..
        } => match *status {
            429 => SendError::RateLimited {
                reason: e.to_string(),
                until: rate_limit.reset.or_else(|| {
                    retry_after
                        .and_then(|d| ChronoDuration::from_std(d).ok())
                        .map(|d| Utc::now() + d)
                }),
            },
            s if s >= 500 => SendError::Transient {
                reason: e.to_string(),
                retry_after: *retry_after,
            },
            _ => SendError::Permanent {
                reason: e.to_string(),
            },
        },
    }
}

/// Sends the brand account's replies and chat messages.
pub struct BlueskySender {
    account: Account,
}

impl BlueskySender {
    /// `None` without PDS, handle and app password.
    pub fn new(config: &BlueskyConfig) -> Option<BlueskySender> {
        if !config.sender_enabled() {
            return None;
        }
        let pds = Xrpc::new(&config.pds_base(), config.request_timeout());
        let handle = config.own_handle()?;
        let password = config.app_password.as_deref()?;
        Some(BlueskySender {
            account: Account::new(pds, &handle, password),
        })
    }

    /// The post this item already made, looked up by its record key.
    async fn existing(&self, did: &str, rkey: &str) -> Result<Option<Sent>, XrpcError> {
        let params = [
            ("repo", did),
            ("collection", POST_COLLECTION),
            ("rkey", rkey),
        ];
        match self
            .account
            .pds()
            .query("com.atproto.repo.getRecord", &params, None, &[])
            .await
        {
            Ok(v) => Ok(v.get("uri").and_then(Value::as_str).map(|u| Sent {
                external_id: u.to_string(),
            })),
            Err(e) if e.error_name() == Some("RecordNotFound") => Ok(None),
            Err(e) => Err(e),
        }
    }

    async fn reply(&self, target: &ReplyTarget) -> Result<Sent, SendError> {
        let record =
            reply_record(target, Utc::now()).map_err(|reason| SendError::Permanent { reason })?;
        let session = self.account.session().await.map_err(|e| login_error(&e))?;
        let rkey = rkey_for(target);
        let body = json!({
            "repo": session.did,
            "collection": POST_COLLECTION,
            "rkey": rkey,
            "record": record,
        });
        match self
            .account
            .procedure("com.atproto.repo.createRecord", &body, &[])
            .await
        {
            Ok(v) => match v.get("uri").and_then(Value::as_str) {
                Some(uri) => Ok(Sent {
                    external_id: uri.to_string(),
                }),
                None => Ok(Sent {
                    external_id: format!("at://{}/{POST_COLLECTION}/{rkey}", session.did),
                }),
            },
            Err(e) if e.status() == Some(429) => Err(send_error(&e)),
            Err(e) => {
                // Refused or unanswered: the record may exist already (a
                // resend after a crash, or a lost response). Its key is
                // ours, so finding it means this item is sent.
                match self.existing(&session.did, &rkey).await {
                    Ok(Some(sent)) => {
                        tracing::info!(
                            connector = "bluesky",
                            outbox_id = target.item.id,
                            uri = %sent.external_id,
                            "the reply was already posted; not posting again"
                        );
                        Ok(sent)
                    }
                    _ => Err(send_error(&e)),
                }
            }
        }
    }

    /// The conversation with the item's customer (the chat service opens
    /// one when there is none).
    async fn convo_id(&self, target: &ReplyTarget) -> Result<String, SendError> {
        let Some(did) = target
            .customer_id
            .as_deref()
            .filter(|d| d.starts_with("did:"))
        else {
            return Err(SendError::Permanent {
                reason: "a private Bluesky message needs the customer's DID".to_string(),
            });
        };
        let proxy = [("atproto-proxy", CHAT_PROXY)];
        let convo = self
            .account
            .query(
                "chat.bsky.convo.getConvoForMembers",
                &[("members", did)],
                &proxy,
            )
            .await
            .map_err(|e| send_error(&e))?;
        let Some(convo_id) = convo
            .get("convo")
            .and_then(|c| c.get("id"))
            .and_then(Value::as_str)
        else {
            return Err(SendError::Transient {
                reason: "chat.bsky.convo.getConvoForMembers: no convo id".to_string(),
                retry_after: None,
            });
        };
        Ok(convo_id.to_string())
    }

    async fn chat(&self, target: &ReplyTarget) -> Result<Sent, SendError> {
        let convo_id = self.convo_id(target).await?;
        let proxy = [("atproto-proxy", CHAT_PROXY)];
        let body = json!({"convoId": convo_id, "message": {"text": target.item.body}});
        let sent = self
            .account
            .procedure("chat.bsky.convo.sendMessage", &body, &proxy)
            .await
            .map_err(|e| send_error(&e))?;
        let id = sent.get("id").and_then(Value::as_str).unwrap_or_default();
        Ok(Sent {
            external_id: format!("chat:{convo_id}/{id}"),
        })
    }
}

impl BlueskySender {
    /// Chat messages take no client-chosen key, so a message this item
    /// already sent is recognised in the conversation's latest messages:
    /// from the brand, the same text, sent after the item was queued.
    async fn find_chat_message(&self, target: &ReplyTarget) -> Result<Option<Sent>, SendError> {
        let session = self.account.session().await.map_err(|e| login_error(&e))?;
        let convo_id = self.convo_id(target).await?;
        let proxy = [("atproto-proxy", CHAT_PROXY)];
        let listed = self
            .account
            .query(
                "chat.bsky.convo.getMessages",
                &[("convoId", &convo_id), ("limit", "100")],
                &proxy,
            )
            .await
            .map_err(|e| send_error(&e))?;
        let messages = listed.get("messages").and_then(Value::as_array);
        let found = messages.into_iter().flatten().find(|m| {
            let from_us = m.pointer("/sender/did").and_then(Value::as_str) == Some(&session.did);
            let same_text = m.get("text").and_then(Value::as_str) == Some(&target.item.body);
            let after = m
                .get("sentAt")
                .and_then(Value::as_str)
                .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
                .is_some_and(|t| t >= target.item.created_at);
            from_us && same_text && after
        });
        Ok(found
            .and_then(|m| m.get("id").and_then(Value::as_str))
            .map(|id| Sent {
                external_id: format!("chat:{convo_id}/{id}"),
            }))
    }
}

/// A failed login: wrong credentials are permanent, the rest as usual.
fn login_error(e: &XrpcError) -> SendError {
    match e.status() {
        Some(400) | Some(401) => SendError::Permanent {
            reason: format!(
                "the Bluesky login was refused ({e}); check the handle and app password"
            ),
        },
        _ => send_error(e),
    }
}

#[async_trait]
impl Sender for BlueskySender {
    fn network(&self) -> Network {
        Network::Bluesky
    }

    async fn send(&self, target: &ReplyTarget) -> Result<Sent, SendError> {
        match target.item.channel {
            Channel::Public => self.reply(target).await,
            Channel::Private => self.chat(target).await,
        }
    }

    async fn find_sent(&self, target: &ReplyTarget) -> Result<Option<Sent>, SendError> {
        if target.item.channel == Channel::Private {
            return self.find_chat_message(target).await;
        }
        let session = self.account.session().await.map_err(|e| login_error(&e))?;
        self.existing(&session.did, &rkey_for(target))
            .await
            .map_err(|e| send_error(&e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tids_are_thirteen_sortable_characters() {
        let a = tid(1_732_380_000_000_000, 0);
        let b = tid(1_732_380_000_000_001, 0);
        let c = tid(1_732_380_000_000_001, 1);
        assert!(is_tid(&a) && is_tid(&b) && is_tid(&c), "{a} {b} {c}");
        assert!(a < b && b < c, "sort by time, then clock id");
        assert_eq!(tid(0, 0), "2222222222222");
        assert!(!is_tid("3lbabc"));
        assert!(!is_tid("z222222222222"), "top bit must be zero");
    }

    #[test]
    fn handles_are_found_as_whole_words_with_byte_offsets() {
        let text = "Hi @Dana.bsky.social. 👋 @dana.bsky.social";
        assert_eq!(find_handle(text, "dana.bsky.social"), Some((3, 20)));
        let t2 = "🔥 @dana.bsky.social!";
        assert_eq!(find_handle(t2, "@dana.bsky.social"), Some((5, 22)));
        assert_eq!(
            find_handle("@dana.bsky.social.uk", "dana.bsky.social"),
            None
        );
        assert_eq!(find_handle("x@dana.bsky.social", "dana.bsky.social"), None);
        assert_eq!(find_handle("", "dana"), None);
    }
}
