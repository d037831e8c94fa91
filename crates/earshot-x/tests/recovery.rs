//! What the filtered stream misses while earshot is not connected comes
//! back: `backfill_minutes` after a short drop, recent search from the
//! cursor after a long gap, a refused backfill or a restart; every post is
//! stored exactly once. The stand-in runs in live mode: a post made while
//! no stream is connected is never written to a later connection.

mod support;

use earshot_x::standin::{tweet_message, Endpoint, Fault, Options, StandIn};
use std::time::Duration;
use support::{config, eventually, Desk};
use tokio_util::sync::CancellationToken;

const CONNECTOR: &str = "x.stream";

async fn live_standin(backfill: bool) -> StandIn {
    StandIn::start_with(Options {
        keepalive: Duration::from_millis(100),
        live: true,
        backfill,
        ..Options::default()
    })
    .await
}

fn post(x: &StandIn, text: &str) -> serde_json::Value {
    tweet_message(&x.next_tweet_id(), ("2001", "danareyes"), text)
}

fn id_of(message: &serde_json::Value) -> String {
    message["data"]["id"].as_str().unwrap().to_string()
}

struct Running {
    cancel: CancellationToken,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    fn start(desk: &Desk, cfg: earshot_x::XConfig) -> Running {
        let cancel = CancellationToken::new();
        let task = tokio::spawn(earshot_x::stream::run(
            cfg,
            desk.inbound(CONNECTOR),
            cancel.clone(),
        ));
        Running { cancel, task }
    }

    async fn stop(self) {
        self.cancel.cancel();
        tokio::time::timeout(Duration::from_secs(5), self.task)
            .await
            .expect("the stream task stops when cancelled")
            .unwrap();
    }
}

async fn cursor(desk: &Desk) -> Option<String> {
    desk.store.connector_cursor(CONNECTOR).await.unwrap()
}

/// Stay a little, then check nothing more was stored (no late duplicates).
async fn settles_at(desk: &Desk, n: i64) {
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(desk.mentions().await, n, "each post stored exactly once");
}

#[tokio::test]
async fn a_short_drop_is_backfilled_and_every_post_is_stored_once() {
    let x = live_standin(true).await;
    let desk = Desk::new().await;
    let run = Running::start(&desk, config(&x));
    eventually("connected", || async { x.open_streams() == 1 }).await;
    let first = post(&x, "@NorthwindCares internet down since this morning");
    x.push_tweet(&first);
    eventually("the first post stored", || async {
        desk.mentions().await == 1
    })
    .await;
    eventually("the cursor at the first post", || async {
        cursor(&desk).await == Some(id_of(&first))
    })
    .await;

    // Two posts X matches while the connection is gone; then it drops.
    let missed: Vec<_> = (0..2)
        .map(|i| post(&x, &format!("@NorthwindCares modem blinking red {i}")))
        .collect();
    for m in &missed {
        x.missed_post(m, chrono::Utc::now());
    }
    x.set_fault(Fault::DropStream { after_lines: 0 });
    eventually("reconnected", || async { x.stream_connections() == 2 }).await;
    eventually("the missed posts stored", || async {
        desk.mentions().await == 3
    })
    .await;
    settles_at(&desk, 3).await;

    let connects = x.requests_to(Endpoint::Stream);
    assert!(!connects[0].query.contains("backfill_minutes"));
    assert!(
        connects[1].query.contains("backfill_minutes=1"),
        "{}",
        connects[1].query
    );
    assert!(
        x.requests_to(Endpoint::Search).is_empty(),
        "a backfilled gap needs no search"
    );
    eventually("the cursor at the newest post", || async {
        cursor(&desk).await == Some(id_of(&missed[1]))
    })
    .await;
    assert_eq!(desk.snapshot(CONNECTOR).reconnects, 1);
    run.stop().await;
}

#[tokio::test]
async fn a_gap_without_backfill_is_caught_up_with_recent_search_page_by_page() {
    let x = live_standin(true).await;
    let desk = Desk::new().await;
    let mut cfg = config(&x);
    cfg.backfill = false;
    let run = Running::start(&desk, cfg);
    eventually("connected", || async { x.open_streams() == 1 }).await;
    let first = post(&x, "@NorthwindCares outage on Elm Street");
    x.push_tweet(&first);
    eventually("the cursor at the first post", || async {
        cursor(&desk).await == Some(id_of(&first))
    })
    .await;

    // 130 posts missed (two pages of 100), one that matches no rule, and a
    // proxy's HTML page instead of the first search answer.
    let missed: Vec<_> = (0..130)
        .map(|i| post(&x, &format!("is #NorthwindFiber down? try {i}")))
        .collect();
    for m in &missed {
        x.missed_post(m, chrono::Utc::now());
    }
    x.missed_post(
        &post(&x, "my cat is asleep on the router"),
        chrono::Utc::now(),
    );
    x.set_fault(Fault::Html {
        endpoint: Endpoint::Search,
        times: 1,
    });
    x.set_fault(Fault::DropStream { after_lines: 0 });
    eventually("every missed post stored", || async {
        desk.mentions().await == 131
    })
    .await;
    settles_at(&desk, 131).await;
    eventually("the cursor at the newest missed post", || async {
        cursor(&desk).await == Some(id_of(&missed[129]))
    })
    .await;

    let searches = x.requests_to(Endpoint::Search);
    let statuses: Vec<u16> = searches.iter().map(|r| r.status).collect();
    assert_eq!(statuses, vec![502, 200, 200], "{searches:?}");
    let q = &searches[1].query;
    for wanted in [
        "query=%40NorthwindCares+OR+%22Northwind+Fiber%22",
        "since_id=",
        "max_results=100",
        "referenced_tweets.id.author_id",
        "public_metrics",
    ] {
        assert!(q.contains(wanted), "{wanted} in {q}");
    }
    assert!(!q.contains("next_token"));
    assert!(searches[2].query.contains("next_token="));
    assert!(!x.requests_to(Endpoint::Stream)[1]
        .query
        .contains("backfill_minutes"));
    assert!(
        desk.snapshot(CONNECTOR).errors >= 1,
        "the HTML page counted"
    );
    run.stop().await;
}

#[tokio::test]
async fn a_restart_catches_up_from_the_saved_cursor() {
    let x = live_standin(true).await;
    let desk = Desk::new().await;
    let run = Running::start(&desk, config(&x));
    eventually("connected", || async { x.open_streams() == 1 }).await;
    let first = post(&x, "@NorthwindCares my bill doubled");
    x.push_tweet(&first);
    eventually("the cursor at the first post", || async {
        cursor(&desk).await == Some(id_of(&first))
    })
    .await;
    run.stop().await;
    eventually("disconnected", || async { x.open_streams() == 0 }).await;

    // Posted while earshot is down: on X these never reach the stream.
    let missed: Vec<_> = (0..3)
        .map(|i| post(&x, &format!("@NorthwindCares still no internet {i}")))
        .collect();
    for m in &missed {
        x.push_tweet(m);
    }
    assert_eq!(x.queued(), 0, "live: nothing waits for the next connection");

    let run = Running::start(&desk, config(&x));
    eventually("the missed posts stored", || async {
        desk.mentions().await == 4
    })
    .await;
    settles_at(&desk, 4).await;
    let connects = x.requests_to(Endpoint::Stream);
    assert!(
        !connects[1].query.contains("backfill_minutes"),
        "a restart cannot know its gap"
    );
    assert_eq!(x.requests_to(Endpoint::Search).len(), 1);
    eventually("the cursor at the newest post", || async {
        cursor(&desk).await == Some(id_of(&missed[2]))
    })
    .await;
    // Posts on the new connection move the cursor again.
    let later = post(&x, "@NorthwindCares back now, thanks");
    x.push_tweet(&later);
    eventually("the cursor at the later post", || async {
        cursor(&desk).await == Some(id_of(&later))
    })
    .await;
    run.stop().await;
}

#[tokio::test]
async fn a_refused_backfill_falls_back_to_recent_search() {
    let x = live_standin(false).await;
    let desk = Desk::new().await;
    let run = Running::start(&desk, config(&x));
    eventually("connected", || async { x.open_streams() == 1 }).await;
    let first = post(&x, "@NorthwindCares hello");
    x.push_tweet(&first);
    eventually("the first post stored", || async {
        cursor(&desk).await.is_some()
    })
    .await;
    let missed = post(&x, "@NorthwindCares nobody answers the phone");
    x.missed_post(&missed, chrono::Utc::now());
    x.set_fault(Fault::DropStream { after_lines: 0 });
    eventually("the missed post stored", || async {
        desk.mentions().await == 2
    })
    .await;
    let statuses: Vec<u16> = x
        .requests_to(Endpoint::Stream)
        .iter()
        .map(|r| r.status)
        .collect();
    assert_eq!(statuses, vec![200, 403, 200]);
    assert_eq!(x.requests_to(Endpoint::Search).len(), 1);

    // Backfill stays off: the next drop goes straight to search.
    x.missed_post(&post(&x, "@NorthwindCares again down"), chrono::Utc::now());
    x.set_fault(Fault::DropStream { after_lines: 0 });
    eventually("the second missed post stored", || async {
        desk.mentions().await == 3
    })
    .await;
    let connects = x.requests_to(Endpoint::Stream);
    assert_eq!(connects.len(), 4);
    assert!(!connects[3].query.contains("backfill_minutes"));
    run.stop().await;
}

#[tokio::test]
async fn a_rate_limited_search_waits_for_the_reset_while_the_stream_goes_on() {
    let x = live_standin(true).await;
    let desk = Desk::new().await;
    let mut cfg = config(&x);
    cfg.backfill = false;
    let run = Running::start(&desk, cfg);
    eventually("connected", || async { x.open_streams() == 1 }).await;
    x.push_tweet(&post(&x, "@NorthwindCares one"));
    eventually("the cursor saved", || async {
        cursor(&desk).await.is_some()
    })
    .await;
    let before = cursor(&desk).await;

    let missed = post(&x, "@NorthwindCares missed while away");
    x.missed_post(&missed, chrono::Utc::now());
    x.set_fault(Fault::Status {
        endpoint: Endpoint::Search,
        status: 429,
        times: 1,
        reset_in: Some(Duration::from_millis(1500)),
    });
    x.set_fault(Fault::DropStream { after_lines: 0 });
    eventually("reconnected", || async { x.stream_connections() == 2 }).await;
    eventually("the search refused", || async {
        !x.requests_to(Endpoint::Search).is_empty()
    })
    .await;
    // The stream is read while the catch-up waits; its posts are stored,
    // but the cursor stays until the catch-up is done.
    let live = post(&x, "@NorthwindCares streamed during the wait");
    x.push_tweet(&live);
    eventually("the streamed post stored", || async {
        desk.mentions().await == 2
    })
    .await;
    assert_eq!(cursor(&desk).await, before, "no cursor past a gap");

    eventually("the missed post stored after the reset", || async {
        desk.mentions().await == 3
    })
    .await;
    let searches = x.requests_to(Endpoint::Search);
    assert_eq!(searches[0].status, 429);
    let waited = searches[1].at - searches[0].at;
    assert!(waited >= Duration::from_millis(1400), "{waited:?}");
    eventually("the cursor at the newest post", || async {
        cursor(&desk).await == Some(id_of(&live))
    })
    .await;
    run.stop().await;
}
