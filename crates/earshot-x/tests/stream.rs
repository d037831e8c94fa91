//! The filtered stream against the stand-in X server, into a real SQLite
//! store through the real pipeline: rules, storing, reconnecting after
//! every documented kind of trouble, and bad lines skipped.

mod support;

use earshot_x::standin::{tweet_message, Endpoint, Fault};
use std::time::Duration;
use support::{config, eventually, standin, Desk};
use tokio_util::sync::CancellationToken;

fn customer_post(x: &earshot_x::standin::StandIn, text: &str) -> serde_json::Value {
    tweet_message(&x.next_tweet_id(), ("2001", "danareyes"), text)
}

struct Running {
    cancel: CancellationToken,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    async fn stop(self) {
        self.cancel.cancel();
        tokio::time::timeout(Duration::from_secs(5), self.task)
            .await
            .expect("the stream task stops when cancelled")
            .unwrap();
    }
}

fn start(desk: &Desk, cfg: earshot_x::XConfig) -> Running {
    let cancel = CancellationToken::new();
    let task = tokio::spawn(earshot_x::stream::run(
        cfg,
        desk.inbound("x.stream"),
        cancel.clone(),
    ));
    Running { cancel, task }
}

#[tokio::test]
async fn posts_on_the_stream_become_cases_with_rules_synced_first() {
    let x = standin().await;
    let desk = Desk::new().await;
    let run = start(&desk, config(&x));
    x.push_tweet(&customer_post(
        &x,
        "@NorthwindCares my internet is down again, modem blinking",
    ));
    x.push_tweet(&customer_post(
        &x,
        "is #NorthwindFiber down for anyone else?",
    ));
    eventually("two mentions stored", || async {
        desk.mentions().await == 2
    })
    .await;
    assert!(desk.store.count_cases().await.unwrap() >= 1);

    let rules: Vec<String> = x.rules().into_iter().map(|r| r.value).collect();
    assert_eq!(
        rules,
        vec!["@NorthwindCares OR \"Northwind Fiber\" OR \"Northwind\" OR #NorthwindFiber OR #Northwind"]
    );
    let connect = &x.requests_to(Endpoint::Stream)[0];
    for wanted in [
        "author_id",
        "referenced_tweets.id.author_id",
        "entities.mentions.username",
        "in_reply_to_user_id",
        "public_metrics",
        "conversation_id",
    ] {
        assert!(
            connect.query.contains(wanted),
            "{wanted} in {}",
            connect.query
        );
    }
    let h = desk.snapshot("x.stream");
    assert!(h.connected);
    assert_eq!((h.events, h.errors, h.reconnects), (2, 0, 0));
    assert!(h.rate_limit_remaining.is_some());
    run.stop().await;
    assert!(!desk.snapshot("x.stream").connected);
}

#[tokio::test]
async fn a_dropped_connection_is_reconnected_and_nothing_is_lost() {
    let x = standin().await;
    let desk = Desk::new().await;
    x.set_fault(Fault::DropStream { after_lines: 2 });
    for i in 0..5 {
        x.push_tweet(&customer_post(
            &x,
            &format!("@NorthwindCares outage number {i}"),
        ));
    }
    let run = start(&desk, config(&x));
    eventually("five mentions stored", || async {
        desk.mentions().await == 5
    })
    .await;
    assert_eq!(x.stream_connections(), 2);
    assert_eq!(desk.snapshot("x.stream").reconnects, 1);
    run.stop().await;
}

#[tokio::test]
async fn a_stream_without_keepalives_is_abandoned_after_the_stall_timeout() {
    let x = standin().await;
    let desk = Desk::new().await;
    let run = start(&desk, config(&x));
    eventually("connected", || async {
        desk.snapshot("x.stream").connected
    })
    .await;
    // Keep-alives every 100 ms hold a quiet connection open...
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(x.stream_connections(), 1, "keep-alives keep the connection");
    // ...silence for the stall timeout (600 ms) ends it.
    x.set_fault(Fault::StallStream);
    eventually("reconnected after the stall", || async {
        x.stream_connections() == 2
    })
    .await;
    x.push_tweet(&customer_post(&x, "@NorthwindCares hello after the stall"));
    eventually("stored after reconnecting", || async {
        desk.mentions().await == 1
    })
    .await;
    let h = desk.snapshot("x.stream");
    assert_eq!(h.reconnects, 1);
    assert!(h.errors >= 1, "a stall is counted");
    run.stop().await;
}

#[tokio::test]
async fn http_errors_back_off_exponentially_and_html_pages_are_errors() {
    let x = standin().await;
    let desk = Desk::new().await;
    x.set_fault(Fault::Status {
        endpoint: Endpoint::Stream,
        status: 503,
        times: 3,
        reset_in: None,
    });
    x.set_fault(Fault::Html {
        endpoint: Endpoint::Stream,
        times: 1,
    });
    let run = start(&desk, config(&x));
    x.push_tweet(&customer_post(&x, "@NorthwindCares still there?"));
    eventually("stored once the stream is back", || async {
        desk.mentions().await == 1
    })
    .await;
    let tries = x.requests_to(Endpoint::Stream);
    let statuses: Vec<u16> = tries.iter().map(|r| r.status).collect();
    assert_eq!(statuses, vec![502, 503, 503, 503, 200]);
    // 5 s, 10 s, 20 s, 40 s divided by 1000: each wait about double the last.
    let gaps: Vec<Duration> = tries.windows(2).map(|w| w[1].at - w[0].at).collect();
    assert!(gaps[3] >= Duration::from_millis(40), "{gaps:?}");
    assert!(gaps[2] >= Duration::from_millis(20), "{gaps:?}");
    let h = desk.snapshot("x.stream");
    assert_eq!(h.errors, 4);
    assert_eq!(h.reconnects, 4);
    run.stop().await;
}

#[tokio::test]
async fn a_429_waits_for_the_reset_time_x_gives() {
    let x = standin().await;
    let desk = Desk::new().await;
    x.set_fault(Fault::Status {
        endpoint: Endpoint::Stream,
        status: 429,
        times: 1,
        reset_in: Some(Duration::from_millis(1500)),
    });
    let run = start(&desk, config(&x));
    eventually("connected after the rate limit", || async {
        desk.snapshot("x.stream").connected
    })
    .await;
    let tries = x.requests_to(Endpoint::Stream);
    assert_eq!(tries[0].status, 429);
    // Scaled down, the 429 schedule would wait 60 ms; the reset is 1.5 s
    // (and up to a second more, as X's reset is whole seconds) away.
    let waited = tries[1].at - tries[0].at;
    assert!(waited >= Duration::from_millis(1400), "{waited:?}");
    assert!(waited < Duration::from_secs(4), "{waited:?}");
    run.stop().await;
}

#[tokio::test]
async fn malformed_html_and_truncated_lines_are_counted_and_skipped() {
    let x = standin().await;
    let desk = Desk::new().await;
    let run = start(&desk, config(&x));
    x.push_raw_line("{\"data\":{\"id\":\"1\",\"text\":\"trunc");
    x.push_raw_line("<html><body><h1>502 Bad Gateway</h1></body></html>");
    x.push_raw_line("{\"data\":{\"id\":\"77\"}}");
    x.push_raw_line("{\"unexpected\":true}");
    x.push_raw_line("{\"errors\":[{\"title\":\"ConnectionException\",\"detail\":\"something\"}]}");
    x.push_tweet(&customer_post(&x, "@NorthwindCares the good one"));
    eventually("the good post stored", || async {
        desk.mentions().await == 1
    })
    .await;
    let h = desk.snapshot("x.stream");
    assert_eq!(h.errors, 5);
    assert_eq!(
        x.stream_connections(),
        1,
        "bad lines do not end the connection"
    );
    run.stop().await;
}

#[tokio::test]
async fn an_operational_disconnect_reconnects() {
    let x = standin().await;
    let desk = Desk::new().await;
    let run = start(&desk, config(&x));
    eventually("connected", || async { x.stream_connections() == 1 }).await;
    x.set_fault(Fault::OperationalDisconnect);
    eventually("reconnected", || async { x.stream_connections() == 2 }).await;
    x.push_tweet(&customer_post(&x, "@NorthwindCares after the disconnect"));
    eventually("stored", || async { desk.mentions().await == 1 }).await;
    assert_eq!(desk.snapshot("x.stream").errors, 1);
    run.stop().await;
}

#[tokio::test]
async fn duplicate_deliveries_are_stored_once() {
    let x = standin().await;
    let desk = Desk::new().await;
    x.set_fault(Fault::DuplicateDeliveries);
    for i in 0..3 {
        x.push_tweet(&customer_post(&x, &format!("@NorthwindCares twice {i}")));
    }
    let run = start(&desk, config(&x));
    eventually("all delivered", || async { x.queued() == 0 }).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(desk.mentions().await, 3);
    run.stop().await;
}

#[tokio::test]
async fn a_refused_token_backs_off_and_never_shows_in_errors() {
    let x = standin().await;
    let desk = Desk::new().await;
    let mut cfg = config(&x);
    cfg.bearer_token = Some(earshot_x::Secret::new("expired-token-abc"));
    let err = earshot_x::rules::sync(&cfg, desk.pipeline.engine().plan())
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("401"), "{err}");
    assert!(!err.contains("expired-token-abc"), "{err}");
    let run = start(&desk, cfg);
    eventually("errors counted", || async {
        desk.snapshot("x.stream").errors >= 2
    })
    .await;
    assert!(!desk.snapshot("x.stream").connected);
    run.stop().await;
}

#[tokio::test]
async fn rules_changed_elsewhere_are_corrected_on_every_reconnect() {
    let x = standin().await;
    let desk = Desk::new().await;
    let run = start(&desk, config(&x));
    eventually("connected", || async {
        desk.snapshot("x.stream").connected
    })
    .await;
    let ours: Vec<String> = x.rules().into_iter().map(|r| r.value).collect();
    assert_eq!(ours.len(), 1);
    // Another tool replaces the rules while the stream runs.
    x.set_rules(&[("cats OR dogs", Some("someone else")), (&ours[0], None)]);
    x.set_fault(Fault::DropStream { after_lines: 0 });
    eventually("reconnected", || async { x.stream_connections() == 2 }).await;
    eventually("the stale rule deleted", || async { x.rules().len() == 1 }).await;
    let now: Vec<String> = x.rules().into_iter().map(|r| r.value).collect();
    assert_eq!(now, ours);
    let listed = x
        .requests_to(Endpoint::Rules)
        .iter()
        .filter(|r| r.query.is_empty())
        .count();
    assert!(listed >= 2, "the rules are listed again on reconnecting");
    run.stop().await;
}

#[tokio::test]
async fn a_reloaded_plan_syncs_the_rules_without_dropping_the_stream() {
    let x = standin().await;
    let desk = Desk::new().await;
    let run = start(&desk, config(&x));
    eventually("connected", || async {
        desk.snapshot("x.stream").connected
    })
    .await;
    let before: Vec<String> = x.rules().into_iter().map(|r| r.value).collect();
    assert!(
        !before.iter().any(|r| r.contains("NorthwindHelp")),
        "{before:?}"
    );
    // The plan gains a second handle; `serve` does this on SIGHUP.
    let plan = earshot_triage::Plan::parse(
        &support::PLAN.replace(
            "[\"NorthwindCares\"]",
            "[\"NorthwindCares\", \"NorthwindHelp\"]",
        ),
        "reloaded.toml",
    )
    .unwrap();
    desk.pipeline
        .set_engine(std::sync::Arc::new(earshot_triage::Engine::new(plan)));
    eventually("the rules follow the new plan", || async {
        x.rules().iter().any(|r| r.value.contains("@NorthwindHelp"))
    })
    .await;
    assert_eq!(x.stream_connections(), 1, "the stream was not dropped");
    // A post to the new handle is triaged with the new plan.
    x.push_tweet(&customer_post(
        &x,
        "@NorthwindHelp my internet is down since 6am",
    ));
    eventually("the post is a case", || async {
        desk.cases().await.len() == 1
    })
    .await;
    let case = desk.cases().await.remove(0);
    assert_eq!(case.case.action.as_str(), "respond_public", "{case:?}");
    run.stop().await;
}
