//! The Mastodon sender against the stand-in: what is posted, exactly once,
//! and how every answer maps to the outbox's outcomes.

mod common;

use chrono::Utc;
use common::*;
use earshot_connect::outbox::{ReplyTarget, SendError, Sender};
use earshot_core::Network;
use earshot_mastodon::standin::{Endpoint, Failure, Fault, StandIn};
use earshot_mastodon::{MastodonConfig, PublicVisibility};
use earshot_store::{Channel, OutboxItem, OutboxStatus};
use serde_json::json;
use std::time::Duration;

/// An outbox item as the worker claims it. Built from its JSON form so
/// fields the outbox adds later (all optional) need no change here.
fn item(id: i64, channel: Channel, in_reply_to: Option<&str>, body: &str) -> OutboxItem {
    serde_json::from_value(json!({
        "id": id,
        "case_id": 1,
        "timeline_id": 1,
        "channel": channel,
        "network": Network::Mastodon,
        "in_reply_to": in_reply_to,
        "body": body,
        "status": OutboxStatus::Sending,
        "attempts": 1,
        "created_by": 1,
        "created_at": Utc::now(),
    }))
    .expect("an outbox item")
}

fn target(item: OutboxItem, raw: Option<String>) -> ReplyTarget {
    ReplyTarget {
        item,
        in_reply_to_raw: raw,
        customer_id: Some("900".into()),
        customer_handle: Some("dana@mastodon.online".into()),
        conversation_id: None,
        conversation_raw: None,
    }
}

/// A customer's post on the stand-in, to reply to.
fn customer_post(standin: &StandIn, visibility: &str) -> (String, String) {
    let mut s = customer_status(
        standin,
        "900",
        "dana@mastodon.online",
        &brand_mention_html("internet down"),
    );
    s["visibility"] = json!(visibility);
    let raw = s.to_string();
    let id = s["id"].as_str().unwrap().to_string();
    standin.push_mention(s);
    (id, raw)
}

fn sender(standin: &StandIn) -> std::sync::Arc<dyn Sender> {
    earshot_mastodon::sender(&config(standin)).expect("configured")
}

#[tokio::test]
async fn a_public_reply_mentions_the_customer_and_replies_in_thread() {
    let standin = StandIn::start().await.unwrap();
    let (parent, raw) = customer_post(&standin, "public");
    let t = target(
        item(
            11,
            Channel::Public,
            Some(&parent),
            "Sorry about that! An engineer is on the way to Mill Lane; service back by 6pm.",
        ),
        Some(raw),
    );
    let sent = sender(&standin).send(&t).await.unwrap();
    let posted = standin.statuses();
    assert_eq!(posted.len(), 1);
    assert_eq!(posted[0].id, sent.external_id);
    assert_eq!(posted[0].visibility, "public");
    assert_eq!(posted[0].in_reply_to_id.as_deref(), Some(parent.as_str()));
    assert_eq!(
        posted[0].text,
        "@dana@mastodon.online Sorry about that! An engineer is on the way to Mill Lane; service back by 6pm."
    );
    assert_eq!(
        posted[0].idempotency_key.as_deref(),
        Some(t.idempotency_key().as_str())
    );

    // Configured as unlisted, and a body that already opens with the
    // handle is left as written.
    let mut cfg = config(&standin);
    cfg.public_visibility = PublicVisibility::Unlisted;
    let unlisted = earshot_mastodon::sender(&cfg).unwrap();
    let t = target(
        item(
            12,
            Channel::Public,
            Some(&parent),
            "@Dana@mastodon.online thanks, fixed now?",
        ),
        None,
    );
    unlisted.send(&t).await.unwrap();
    let last = standin.statuses().pop().unwrap();
    assert_eq!(last.visibility, "unlisted");
    assert_eq!(last.text, "@Dana@mastodon.online thanks, fixed now?");
}

#[tokio::test]
async fn a_private_message_is_direct_and_starts_with_the_customer() {
    let standin = StandIn::start().await.unwrap();
    let (parent, raw) = customer_post(&standin, "public");
    let s = sender(&standin);
    s.send(&target(
        item(
            21,
            Channel::Private,
            Some(&parent),
            "Could you send us your account number here?",
        ),
        Some(raw),
    ))
    .await
    .unwrap();
    let dm = standin.statuses().pop().unwrap();
    assert_eq!(dm.visibility, "direct");
    assert_eq!(
        dm.text,
        "@dana@mastodon.online Could you send us your account number here?"
    );

    // A reply to a post that was itself direct stays direct even on the
    // public channel.
    let (dm_parent, dm_raw) = customer_post(&standin, "direct");
    s.send(&target(
        item(22, Channel::Public, Some(&dm_parent), "Thanks, found it."),
        Some(dm_raw),
    ))
    .await
    .unwrap();
    assert_eq!(standin.statuses().pop().unwrap().visibility, "direct");

    // Without the customer's account a direct message cannot be addressed.
    let mut t = target(item(23, Channel::Private, Some(&parent), "hello"), None);
    t.customer_handle = None;
    assert!(matches!(s.send(&t).await, Err(SendError::Permanent { .. })));
    assert_eq!(standin.statuses().len(), 2);
}

#[tokio::test]
async fn a_resend_returns_the_same_status_and_find_sent_sees_it() {
    let standin = StandIn::start().await.unwrap();
    let (parent, raw) = customer_post(&standin, "public");
    let s = sender(&standin);
    let t = target(
        item(31, Channel::Public, Some(&parent), "We're on it."),
        Some(raw),
    );
    assert_eq!(s.find_sent(&t).await.unwrap(), None, "nothing sent yet");
    let first = s.send(&t).await.unwrap();
    // The process died before recording: the same item is sent again.
    let again = s.send(&t).await.unwrap();
    assert_eq!(first, again);
    assert_eq!(standin.statuses().len(), 1, "posted once");
    // After the key expired the sender can still find its post.
    assert_eq!(s.find_sent(&t).await.unwrap(), Some(first));
    let other = target(
        item(32, Channel::Public, Some(&parent), "A different text."),
        None,
    );
    assert_eq!(s.find_sent(&other).await.unwrap(), None);
}

#[tokio::test]
async fn answers_map_to_retry_wait_or_fail_and_never_show_the_token() {
    let standin = StandIn::start().await.unwrap();
    let (parent, _) = customer_post(&standin, "public");
    let s = sender(&standin);
    let t = |id: i64, body: &str| target(item(id, Channel::Public, Some(&parent), body), None);

    standin.set_fault(Fault::Http {
        on: Endpoint::PostStatus,
        times: 1,
        failure: Failure::TooManyRequests {
            reset_in: Duration::from_secs(60),
        },
    });
    match s.send(&t(41, "a")).await {
        Err(SendError::RateLimited {
            until: Some(until), ..
        }) => {
            let wait = (until - Utc::now()).num_seconds();
            assert!((50..=61).contains(&wait), "waits until the reset: {wait}s");
        }
        other => panic!("expected rate limited, got {other:?}"),
    }
    standin.set_fault(Fault::Http {
        on: Endpoint::PostStatus,
        times: 1,
        failure: Failure::Unavailable,
    });
    assert!(matches!(
        s.send(&t(42, "b")).await,
        Err(SendError::Transient { .. })
    ));
    standin.set_fault(Fault::Http {
        on: Endpoint::PostStatus,
        times: 1,
        failure: Failure::HtmlPage,
    });
    let html = s.send(&t(43, "c")).await.unwrap_err();
    assert!(
        matches!(html, SendError::Transient { .. }) && !html.to_string().contains("<html"),
        "{html}"
    );
    standin.set_fault(Fault::Http {
        on: Endpoint::PostStatus,
        times: 1,
        failure: Failure::Truncated,
    });
    assert!(matches!(
        s.send(&t(44, "d")).await,
        Err(SendError::Transient { .. })
    ));

    let too_long = s.send(&t(45, &"x".repeat(600))).await.unwrap_err();
    assert!(
        matches!(&too_long, SendError::Permanent { reason } if reason.contains("422") && reason.contains("character limit")),
        "{too_long}"
    );

    standin.delete_status(&parent);
    let gone = s.send(&t(46, "e")).await.unwrap_err();
    assert!(
        matches!(&gone, SendError::Permanent { reason } if reason.contains("404")),
        "{gone}"
    );

    let mut bad = config(&standin);
    bad.token = Some("revoked-secret-token-123".into());
    let refused = earshot_mastodon::sender(&bad)
        .unwrap()
        .send(&t(47, "f"))
        .await
        .unwrap_err();
    assert!(
        matches!(&refused, SendError::Permanent { reason } if reason.contains("The access token is invalid")),
        "{refused}"
    );
    assert!(!refused.to_string().contains("revoked-secret-token-123"));
    assert!(!format!("{bad:?}").contains("revoked-secret-token-123"));

    // Nothing listening: transient, and still no token in the text.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    };
    let offline = MastodonConfig {
        base: Some(format!("http://{closed}")),
        ..config(&standin)
    };
    let err = earshot_mastodon::sender(&offline)
        .unwrap()
        .send(&t(48, "g"))
        .await
        .unwrap_err();
    assert!(matches!(err, SendError::Transient { .. }), "{err}");
    assert!(!err.to_string().contains(standin.token()));
    assert!(
        standin.statuses().is_empty(),
        "no failed attempt posted anything"
    );
}
