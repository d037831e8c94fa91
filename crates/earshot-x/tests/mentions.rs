//! The mentions timeline against the stand-in: every page stored, the
//! cursor saved after, restarts without gaps or repeats, and polls paced by
//! the rate-limit headers.

mod support;

use earshot_x::mentions;
use earshot_x::standin::{tweet_message, Endpoint, Fault, Options, StandIn};
use std::time::Duration;
use support::{config, eventually, Desk};
use tokio_util::sync::CancellationToken;

fn add(x: &StandIn, n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            let id = x.next_tweet_id();
            x.add_mention(&tweet_message(
                &id,
                (&format!("{}", 3000 + i), &format!("customer{i}")),
                &format!("@NorthwindCares my modem is down ({i})"),
            ));
            id
        })
        .collect()
}

#[tokio::test]
async fn every_page_is_stored_and_a_restart_neither_misses_nor_repeats() {
    let x = StandIn::start().await;
    let desk = Desk::new().await;
    let mut cfg = config(&x);
    cfg.mode = Some(earshot_x::Mode::Mentions);
    let first = add(&x, 250);

    let outcome = mentions::poll(&cfg, &desk.inbound("x.mentions"))
        .await
        .unwrap();
    assert_eq!(outcome.pages, 3);
    assert_eq!(outcome.mentions, 250);
    assert_eq!(outcome.cursor.as_deref(), first.last().map(String::as_str));
    assert_eq!(desk.mentions().await, 250);
    let me = x.requests_to(Endpoint::Me);
    assert_eq!(me.len(), 1, "the brand id comes from /2/users/me");
    let pages = x.requests_to(Endpoint::Mentions);
    assert!(pages[0].query.contains("max_results=100"));
    assert!(!pages[0].query.contains("since_id"));
    assert!(pages[1].query.contains("pagination_token="));

    // A restart: a new connector on the same store, new mentions since.
    let later = add(&x, 3);
    let outcome = mentions::poll(&cfg, &desk.inbound("x.mentions"))
        .await
        .unwrap();
    assert_eq!((outcome.pages, outcome.mentions), (1, 3));
    assert_eq!(outcome.cursor.as_deref(), later.last().map(String::as_str));
    let last = x.requests_to(Endpoint::Mentions).pop().unwrap();
    assert!(
        last.query
            .contains(&format!("since_id={}", first.last().unwrap())),
        "{}",
        last.query
    );
    assert_eq!(desk.mentions().await, 253);

    // Nothing new: an empty page, the cursor stays.
    let outcome = mentions::poll(&cfg, &desk.inbound("x.mentions"))
        .await
        .unwrap();
    assert_eq!(outcome.mentions, 0);
    assert_eq!(outcome.cursor.as_deref(), later.last().map(String::as_str));
}

#[tokio::test]
async fn a_failed_page_leaves_the_cursor_so_the_next_poll_reads_it_again() {
    let x = StandIn::start().await;
    let desk = Desk::new().await;
    let mut cfg = config(&x);
    cfg.brand_user_id = Some(x.options().brand_user_id.clone());
    let inbound = desk.inbound("x.mentions");
    add(&x, 150);
    assert_eq!(mentions::poll(&cfg, &inbound).await.unwrap().mentions, 150);
    let cursor_before = inbound.cursor().await.unwrap();
    assert!(
        x.requests_to(Endpoint::Me).is_empty(),
        "the configured id is used"
    );

    // The next poll's first page works; its second gets an HTML error page.
    let more = add(&x, 120);
    x.set_fault(Fault::Slow {
        endpoint: Endpoint::Mentions,
        delay: Duration::from_millis(300),
    });
    let served = x.requests_to(Endpoint::Mentions).len();
    let (result, ()) = tokio::join!(mentions::poll(&cfg, &inbound), async {
        eventually("the first page served", || async {
            x.requests_to(Endpoint::Mentions).len() > served
        })
        .await;
        x.set_fault(Fault::Html {
            endpoint: Endpoint::Mentions,
            times: 1,
        });
    });
    let err = result.unwrap_err().to_string();
    assert!(err.contains("502") && err.contains("not JSON"), "{err}");
    assert_eq!(
        inbound.cursor().await.unwrap(),
        cursor_before,
        "cursor not moved"
    );
    assert_eq!(desk.mentions().await, 250, "the first page is stored");

    // The next poll reads from the old cursor again and gets the rest.
    x.clear_faults();
    let outcome = mentions::poll(&cfg, &inbound).await.unwrap();
    assert_eq!(outcome.mentions, 120);
    assert_eq!(outcome.cursor.as_deref(), more.last().map(String::as_str));
    assert_eq!(desk.mentions().await, 270);
}

#[tokio::test]
async fn polls_keep_within_the_rate_limit_and_wait_for_the_reset() {
    let x = StandIn::start_with(Options {
        rate_limit: 3,
        rate_window: Duration::from_secs(2),
        ..Options::default()
    })
    .await;
    let desk = Desk::new().await;
    let mut cfg = config(&x);
    cfg.mode = Some(earshot_x::Mode::Mentions);
    cfg.poll_interval_ms = 10;
    add(&x, 2);
    let cancel = CancellationToken::new();
    let task = tokio::spawn(mentions::run(
        cfg,
        desk.inbound("x.mentions"),
        cancel.clone(),
    ));
    eventually("first poll stored", || async { desk.mentions().await == 2 }).await;
    tokio::time::sleep(Duration::from_millis(3500)).await;
    add(&x, 1);
    eventually("a later poll stored the new one", || async {
        desk.mentions().await == 3
    })
    .await;
    cancel.cancel();
    task.await.unwrap();
    let polls = x.requests_to(Endpoint::Mentions);
    assert!(
        polls.iter().all(|r| r.status == 200),
        "never refused with 429"
    );
    // Three a window of 2 s: about 3 windows in the time above.
    assert!(
        polls.len() >= 4 && polls.len() <= 12,
        "{} polls",
        polls.len()
    );
    let h = desk.snapshot("x.mentions");
    assert!(h.rate_limit_remaining.is_some());
    assert_eq!(h.errors, 0);
}
