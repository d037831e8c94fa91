//! Replies and direct messages through the stand-in: what X's answers mean
//! for the outbox, finding a post already made after a crash, and tokens
//! kept out of error texts.

mod support;

use chrono::Utc;
use earshot_connect::outbox::{ReplyTarget, SendError, Sender};
use earshot_core::Network;
use earshot_store::{Channel, OutboxItem, OutboxStatus};
use earshot_x::standin::{Endpoint, Fault, StandIn};
use earshot_x::{Secret, XSender};
use std::time::Duration;
use support::config;

fn target(channel: Channel, in_reply_to: Option<&str>, body: &str) -> ReplyTarget {
    // Built from JSON so fields the outbox adds later default to none.
    let item: OutboxItem = serde_json::from_value(serde_json::json!({
        "id": 7,
        "case_id": 1,
        "timeline_id": 1,
        "channel": channel,
        "network": Network::X,
        "in_reply_to": in_reply_to,
        "body": body,
        "status": OutboxStatus::Sending,
        "attempts": 1,
        "created_at": Utc::now(),
    }))
    .expect("an outbox item");
    ReplyTarget {
        item,
        in_reply_to_raw: None,
        customer_id: Some("2001".into()),
        customer_handle: Some("danareyes".into()),
        conversation_id: None,
        conversation_raw: None,
    }
}

fn sender(x: &StandIn) -> XSender {
    XSender::new(&config(x)).expect("a user token is configured")
}

#[tokio::test]
async fn a_reply_and_a_direct_message_reach_x() {
    let x = StandIn::start().await;
    let s = sender(&x);
    assert_eq!(s.network(), Network::X);
    let reply = target(
        Channel::Public,
        Some("1859000000000000005"),
        "Sorry Dana, we're on it.",
    );
    let sent = s.send(&reply).await.unwrap();
    let posts = x.posts();
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].id, sent.external_id);
    assert_eq!(posts[0].text, "Sorry Dana, we're on it.");
    assert_eq!(
        posts[0].in_reply_to_tweet_id.as_deref(),
        Some("1859000000000000005")
    );

    let dm = target(
        Channel::Private,
        None,
        "Could you send us your account number here?",
    );
    let sent = s.send(&dm).await.unwrap();
    let dms = x.dms();
    assert_eq!(dms.len(), 1);
    assert_eq!(dms[0].event_id, sent.external_id);
    assert_eq!(dms[0].participant_id, "2001");

    let mut nobody = dm.clone();
    nobody.customer_id = None;
    assert!(matches!(
        s.send(&nobody).await,
        Err(SendError::Permanent { .. })
    ));
    assert!(earshot_x::sender(&earshot_x::XConfig::default()).is_none());
}

#[tokio::test]
async fn answers_map_to_retry_wait_or_fail() {
    let x = StandIn::start().await;
    let s = sender(&x);
    let reply = target(Channel::Public, Some("1"), "We're looking into it.");
    let fault = |status: u16, reset_in: Option<Duration>| Fault::Status {
        endpoint: Endpoint::PostTweet,
        status,
        times: 1,
        reset_in,
    };

    x.set_fault(fault(429, Some(Duration::from_secs(30))));
    match s.send(&reply).await {
        Err(SendError::RateLimited {
            until: Some(until), ..
        }) => {
            let wait = until - Utc::now();
            assert!(wait > chrono::Duration::seconds(25) && wait <= chrono::Duration::seconds(32));
        }
        other => panic!("expected a rate limit with its reset, got {other:?}"),
    }
    x.set_fault(fault(503, None));
    assert!(matches!(
        s.send(&reply).await,
        Err(SendError::Transient { .. })
    ));
    x.set_fault(Fault::Html {
        endpoint: Endpoint::PostTweet,
        times: 1,
    });
    match s.send(&reply).await {
        Err(SendError::Transient { reason, .. }) => {
            assert!(reason.contains("not JSON"), "{reason}")
        }
        other => panic!("an HTML 502 is transient, got {other:?}"),
    }
    for status in [400, 403, 404] {
        x.set_fault(fault(status, None));
        match s.send(&reply).await {
            Err(SendError::Permanent { reason }) => {
                assert!(reason.contains(&status.to_string()), "{reason}")
            }
            other => panic!("{status} is permanent, got {other:?}"),
        }
    }
    // X's own refusal text reaches the agent.
    let long = target(Channel::Public, Some("1"), &"a".repeat(300));
    match s.send(&long).await {
        Err(SendError::Permanent { reason }) => {
            assert!(
                reason.contains("not permitted to create a Tweet with this length"),
                "{reason}"
            )
        }
        other => panic!("expected X's detail, got {other:?}"),
    }
    assert!(x.posts().is_empty(), "none of these made a post");

    // A timeout is transient.
    let mut cfg = config(&x);
    cfg.request_timeout_ms = 100;
    x.set_fault(Fault::Slow {
        endpoint: Endpoint::PostTweet,
        delay: Duration::from_millis(400),
    });
    let slow = XSender::new(&cfg).unwrap();
    assert!(matches!(
        slow.send(&reply).await,
        Err(SendError::Transient { .. })
    ));
}

#[tokio::test]
async fn an_expired_token_is_permanent_and_never_in_the_reason() {
    let x = StandIn::start().await;
    let mut cfg = config(&x);
    cfg.user_token = Some(Secret::new("user-token-that-expired-42"));
    let s = XSender::new(&cfg).unwrap();
    let err = s
        .send(&target(Channel::Public, Some("1"), "hello"))
        .await
        .unwrap_err();
    let text = format!("{err} {err:?}");
    assert!(matches!(err, SendError::Permanent { .. }));
    assert!(
        text.contains("401") && text.contains("Unauthorized"),
        "{text}"
    );
    assert!(!text.contains("expired-42"), "{text}");
}

#[tokio::test]
async fn after_a_lost_answer_the_post_is_found_not_sent_again() {
    let x = StandIn::start().await;
    let s = sender(&x);
    // Other posts by the brand around it: another reply to the same post,
    // the same text to another post.
    s.send(&target(Channel::Public, Some("500"), "Other text"))
        .await
        .unwrap();
    s.send(&target(
        Channel::Public,
        Some("501"),
        "Sorry about the outage & thanks",
    ))
    .await
    .unwrap();
    let reply = target(
        Channel::Public,
        Some("500"),
        "Sorry about the outage & thanks",
    );
    assert_eq!(s.find_sent(&reply).await.unwrap(), None, "not made yet");

    x.set_fault(Fault::PostedButFailed { times: 1 });
    assert!(matches!(
        s.send(&reply).await,
        Err(SendError::Transient { .. })
    ));
    let found = s
        .find_sent(&reply)
        .await
        .unwrap()
        .expect("the post is found");
    let posts = x.posts();
    assert_eq!(posts.len(), 3);
    assert_eq!(found.external_id, posts[2].id);
    let lookup = x.requests_to(Endpoint::UserTweets).pop().unwrap();
    assert!(lookup.query.contains("start_time="), "{}", lookup.query);
    assert!(
        lookup.query.contains("referenced_tweets"),
        "{}",
        lookup.query
    );

    let dm = target(
        Channel::Private,
        None,
        "Here is a link to reset your router",
    );
    assert_eq!(s.find_sent(&dm).await.unwrap(), None);
    x.set_fault(Fault::PostedButFailed { times: 1 });
    assert!(s.send(&dm).await.is_err());
    let found = s
        .find_sent(&dm)
        .await
        .unwrap()
        .expect("the message is found");
    assert_eq!(found.external_id, x.dms()[0].event_id);
}
