//! The Bluesky connector end to end: the stand-in Jetstream and PDS on
//! random ports, a real SQLite store and the triage pipeline with a plan
//! whose Bluesky brand handle is `northwind.example`.

use chrono::Utc;
use earshot_bluesky::standin::{self, Jetstream, JetstreamFault, Pds, PdsFault, Post};
use earshot_bluesky::{BlueskyConfig, BlueskySender};
use earshot_connect::outbox::{ReplyTarget, SendError, Sender};
use earshot_connect::{ConnectorHealth, HealthRegistry, Inbound, StoredHook};
use earshot_core::Network;
use earshot_ingest::Pipeline;
use earshot_store::{BatchOutcome, Channel, OutboxItem, Store};
use earshot_triage::{Engine, Plan};
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio_util::sync::CancellationToken;

const BRAND: &str = "did:plc:northwind00000000000000";
const BRAND_HANDLE: &str = "northwind.example";
const DANA: &str = "did:plc:dana0000000000000000000";
const DANA_HANDLE: &str = "dana.bsky.social";
const OTHER: &str = "did:plc:other000000000000000000";
const PASSWORD: &str = "app-pass-wxyz-1234";

/// Microseconds of a fixed moment, plus `n` milliseconds.
fn t(n: i64) -> i64 {
    1_795_000_000_000_000 + n * 1000
}

fn plan() -> Plan {
    Plan::parse(
        r#"version = 1
[brand]
name = "Northwind Fiber"
aliases = ["Northwind Fiber", "Northwind"]
handles = { bluesky = ["northwind.example"] }

[[team]]
id = "repair"
name = "Repair"

[[topic]]
id = "outage"
team = "repair"
keywords = ["internet", "outage", "down", "modem", "router"]
"#,
        "plan.toml",
    )
    .expect("valid plan")
}

struct Desk {
    store: Store,
    inbound: Inbound,
    health: Arc<ConnectorHealth>,
    outcomes: Arc<Mutex<Vec<BatchOutcome>>>,
    _dir: tempfile::TempDir,
}

impl Desk {
    async fn new() -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("t.db").display());
        let store = Store::connect(&url).await.unwrap();
        let pipeline = Pipeline::new(store.clone(), Arc::new(Engine::new(plan())));
        let health = HealthRegistry::new().connector(earshot_bluesky::CONNECTOR);
        let outcomes = Arc::new(Mutex::new(Vec::new()));
        let sink = outcomes.clone();
        let hook: StoredHook =
            Arc::new(move |o: &BatchOutcome| sink.lock().unwrap().push(o.clone()));
        let inbound = Inbound::new(pipeline, health.clone(), Some(hook));
        Desk {
            store,
            inbound,
            health,
            outcomes,
            _dir: dir,
        }
    }

    async fn stored_mentions(&self) -> i64 {
        self.store
            .count_mentions_by_network_action()
            .await
            .unwrap()
            .iter()
            .filter(|c| c.network == Network::Bluesky)
            .map(|c| c.count)
            .sum()
    }

    fn stored_and_duplicates(&self) -> (u64, u64) {
        let o = self.outcomes.lock().unwrap();
        (
            o.iter().map(|b| b.stored).sum(),
            o.iter().map(|b| b.duplicates).sum(),
        )
    }

    fn case_ids(&self) -> Vec<i64> {
        let mut ids: Vec<i64> = self
            .outcomes
            .lock()
            .unwrap()
            .iter()
            .flat_map(|o| o.case_ids.clone())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// External ids of the posts in the desk's cases.
    async fn posts_in_cases(&self) -> Vec<String> {
        let mut out = Vec::new();
        for id in self.case_ids() {
            let case = self.store.get_case(id).await.unwrap().unwrap();
            for e in case.timeline {
                if let Some(x) = e.external_id {
                    out.push(x);
                }
            }
        }
        out
    }
}

async fn pds() -> Pds {
    let pds = Pds::start().await.unwrap();
    pds.add_account(BRAND_HANDLE, BRAND, PASSWORD);
    pds.add_profile(DANA, DANA_HANDLE, "Dana Reyes", 312);
    pds
}

fn config(js: Option<&Jetstream>, pds: &Pds) -> BlueskyConfig {
    BlueskyConfig {
        jetstream: js.map(Jetstream::url),
        pds: pds.url(),
        handle: Some(BRAND_HANDLE.into()),
        app_password: Some(PASSWORD.into()),
        stall_timeout_secs: 0.6,
        request_timeout_secs: 2.0,
        rewind_secs: 0.002,
        batch_wait_ms: 30,
        backoff_divisor: 50,
        ..BlueskyConfig::default()
    }
}

fn start(config: BlueskyConfig, desk: &Desk) -> (CancellationToken, tokio::task::JoinHandle<()>) {
    let cancel = CancellationToken::new();
    let task = tokio::spawn(earshot_bluesky::run(
        config,
        desk.inbound.clone(),
        cancel.clone(),
    ));
    (cancel, task)
}

/// Wait (up to 8 s) until `check` holds.
async fn until<F, Fut>(what: &str, check: F)
where
    F: Fn() -> Fut,
    Fut: Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + Duration::from_secs(8);
    while !check().await {
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn connected(js: &Jetstream, desk: &Desk, connections: usize) {
    until("a Jetstream connection", || async {
        js.connections() >= connections
            && js.open_connections() > 0
            && desk.health.snapshot().connected
    })
    .await;
}

fn brand_post(rkey: &str, at: i64) -> Post {
    Post::new(
        BRAND,
        rkey,
        at,
        "Planned maintenance tonight in the north district.",
    )
}

#[tokio::test]
async fn mentions_and_replies_into_the_brand_thread_become_cases_and_the_rest_is_dropped() {
    let desk = Desk::new().await;
    let pds = pds().await;
    let js = Jetstream::start().await.unwrap();
    let (cancel, task) = start(config(Some(&js), &pds), &desk);
    connected(&js, &desk, 1).await;

    let unrelated = Post::new(
        OTHER,
        "3lb2222222201",
        t(1),
        "Lovely sunset over the bay tonight",
    );
    let mention = Post::new(
        DANA,
        "3lb2222222202",
        t(2),
        "🔥🔥 Café wifi dead again @northwind.example my internet has been down since 8am, modem blinking red",
    )
    .mention(BRAND_HANDLE, BRAND);
    let root = brand_post("3lb2222222203", t(3));
    let reply = Post::new(
        DANA,
        "3lb2222222204",
        t(4),
        "still no internet here, the router keeps rebooting and I work from home",
    )
    .reply_to(&root, &root);
    js.push(standin::identity_frame(OTHER, "other.bsky.social", t(0)));
    js.push(unrelated.frame());
    js.push(mention.frame());
    js.push(standin::delete_frame(OTHER, "3lb2222222201", t(5)));
    js.push(root.frame());
    js.push(reply.frame());

    until("three posts stored", || async {
        desk.stored_mentions().await == 3
    })
    .await;
    let posts = desk.posts_in_cases().await;
    assert!(posts.contains(&mention.uri()), "{posts:?}");
    assert!(
        posts.contains(&reply.uri()),
        "the reply into the brand's thread is a case: {posts:?}"
    );
    assert!(!posts.contains(&unrelated.uri()));
    assert!(
        !posts.contains(&root.uri()),
        "the brand's own post opens no case"
    );

    // The author's handle came from getProfile; the mention carries the
    // facet as character offsets and the whole raw event.
    let case = desk
        .store
        .get_case(desk.case_ids()[0])
        .await
        .unwrap()
        .unwrap();
    let entry = case
        .timeline
        .iter()
        .find(|e| e.external_id.as_deref() == Some(&*mention.uri()))
        .unwrap();
    assert_eq!(entry.author.as_deref(), Some("@dana.bsky.social"));
    let payloads = desk
        .store
        .mention_payloads(&[entry.mention_id.unwrap()])
        .await
        .unwrap();
    assert_eq!(
        payloads[0].1,
        mention.frame(),
        "the raw Jetstream event is kept for the sender"
    );

    let h = desk.health.snapshot();
    assert!(h.connected);
    assert_eq!(h.events, 3);
    assert_eq!(h.errors, 0);
    assert!(js.queries()[0].contains("wantedCollections=app.bsky.feed.post"));
    assert!(
        pds.count("com.atproto.identity.resolveHandle") >= 1,
        "the brand DID came from its handle"
    );

    cancel.cancel();
    task.await.unwrap();
    assert!(!desk.health.snapshot().connected);
}

#[tokio::test]
async fn a_restart_resumes_from_the_cursor_without_gap_or_duplicate() {
    let desk = Desk::new().await;
    let pds = pds().await;
    let js = Jetstream::start().await.unwrap();

    let first = Post::new(
        DANA,
        "3lb2222222211",
        t(10),
        "@northwind.example is the outage in 94110 fixed yet?",
    )
    .mention(BRAND_HANDLE, BRAND);
    let (cancel, task) = start(config(Some(&js), &pds), &desk);
    connected(&js, &desk, 1).await;
    js.push(first.frame());
    js.push(Post::new(OTHER, "3lb2222222212", t(11), "nothing to see").frame());
    until("the first post stored and the cursor saved", || async {
        desk.stored_mentions().await == 1
            && desk.inbound.cursor().await.unwrap().as_deref() == Some(&*t(11).to_string())
    })
    .await;
    cancel.cancel();
    task.await.unwrap();

    // While earshot is down, the network goes on.
    let missed = Post::new(
        DANA,
        "3lb2222222213",
        t(20),
        "hello?? Northwind Fiber still down, modem dead",
    );
    js.push_past(Post::new(OTHER, "3lb2222222214", t(19), "unrelated").frame());
    js.push_past(missed.frame());

    let (cancel, task) = start(config(Some(&js), &pds), &desk);
    until("the missed post stored", || async {
        desk.stored_mentions().await == 2
    })
    .await;
    let q = js.queries();
    assert_eq!(q.len(), 2);
    // The saved cursor, rewound by 2 ms as configured.
    assert!(q[1].contains(&format!("cursor={}", t(11) - 2000)), "{q:?}");
    // The overlap re-read nothing stored twice: each post stored once.
    let (stored, _) = desk.stored_and_duplicates();
    assert_eq!(stored, 2);
    let posts = desk.posts_in_cases().await;
    assert_eq!(posts.iter().filter(|p| **p == first.uri()).count(), 1);
    assert!(
        posts.contains(&missed.uri()),
        "named without @, found by alias: {posts:?}"
    );
    cancel.cancel();
    task.await.unwrap();
}

#[tokio::test]
async fn faults_are_survived_counted_and_lose_nothing() {
    let desk = Desk::new().await;
    let pds = pds().await;
    let js = Jetstream::start().await.unwrap();
    let (cancel, task) = start(config(Some(&js), &pds), &desk);
    connected(&js, &desk, 1).await;

    let mut n = 0;
    let mut next = |text: &str| {
        n += 1;
        Post::new(
            DANA,
            &format!("3lb22222223{n:02}"),
            t(100 + n),
            &format!("@northwind.example {text}"),
        )
        .mention(BRAND_HANDLE, BRAND)
    };

    // Bad frames on a working connection: skipped and counted.
    js.inject(JetstreamFault::Malformed("<html>oops</html>".into()));
    js.inject(JetstreamFault::Malformed(r#"{"did":"did:plc:x","time_us":1,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"k"}}"#.into()));
    js.inject(JetstreamFault::Binary);
    let a = next("my internet is down");
    js.push(a.frame());
    js.inject(JetstreamFault::Duplicate);
    until("the post after bad frames", || async {
        desk.stored_mentions().await == 1
    })
    .await;
    until("three errors counted", || async {
        desk.health.snapshot().errors >= 3
    })
    .await;
    assert_eq!(js.connections(), 1, "bad frames do not cost the connection");

    // A dropped connection: reconnect from the cursor.
    js.inject(JetstreamFault::Drop);
    connected(&js, &desk, 2).await;
    let b = next("modem still blinking red");
    js.push(b.frame());
    until("the post after a drop", || async {
        desk.stored_mentions().await == 2
    })
    .await;

    // A stalled connection: noticed after the stall timeout; the post
    // pushed meanwhile is replayed from the cursor.
    js.inject(JetstreamFault::Stall);
    tokio::time::sleep(Duration::from_millis(50)).await;
    let c = next("outage again, router dead");
    js.push(c.frame());
    // A refused handshake (HTML 502) on the way back.
    js.inject(JetstreamFault::RefuseHandshake(502));
    until("the post sent into the stall", || async {
        desk.stored_mentions().await == 3
    })
    .await;

    let h = desk.health.snapshot();
    assert!(h.reconnects >= 3, "{h:?}");
    assert!(
        h.errors >= 6,
        "bad frames, drop, stall and refusal counted: {h:?}"
    );
    assert!(js.connections() >= 3);
    let posts = desk.posts_in_cases().await;
    for p in [&a, &b, &c] {
        assert_eq!(
            posts.iter().filter(|x| **x == p.uri()).count(),
            1,
            "{} once",
            p.uri()
        );
    }
    cancel.cancel();
    task.await.unwrap();
}

#[tokio::test]
async fn an_unreachable_jetstream_is_retried_and_nothing_panics() {
    let desk = Desk::new().await;
    let pds = pds().await;
    let mut c = config(None, &pds);
    // A port nobody listens on.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    c.jetstream = Some(format!("ws://127.0.0.1:{port}"));
    let (cancel, task) = start(c, &desk);
    until("two failed attempts", || async {
        desk.health.snapshot().reconnects >= 2
    })
    .await;
    assert!(!desk.health.snapshot().connected);
    assert!(desk.health.snapshot().errors >= 2);
    cancel.cancel();
    task.await.unwrap();
}

// ---- the sender ----

fn item(id: i64, body: &str, in_reply_to: Option<String>) -> OutboxItem {
    // From JSON, so fields the store adds later (all optional) need no
    // change here.
    serde_json::from_value(serde_json::json!({
        "id": id,
        "case_id": 1,
        "timeline_id": 1,
        "channel": "public",
        "network": "bluesky",
        "in_reply_to": in_reply_to,
        "body": body,
        "status": "sending",
        "attempts": 1,
        "created_at": Utc::now() - chrono::Duration::seconds(60),
    }))
    .expect("an outbox item")
}

/// A reply to Dana's post `parent`, which replied into the brand's thread
/// started by `root`.
fn reply_target(id: i64, body: &str) -> (ReplyTarget, Post, Post) {
    let root = brand_post("3lb2222222401", t(400));
    let parent = Post::new(
        DANA,
        "3lb2222222402",
        t(401),
        "@northwind.example any update?",
    )
    .mention(BRAND_HANDLE, BRAND)
    .reply_to(&root, &root);
    let target = ReplyTarget {
        item: item(id, body, Some(parent.uri())),
        in_reply_to_raw: Some(parent.frame()),
        customer_id: Some(DANA.into()),
        customer_handle: Some(DANA_HANDLE.into()),
        conversation_id: Some(root.uri()),
        conversation_raw: None,
    };
    (target, root, parent)
}

fn sender(pds: &Pds) -> BlueskySender {
    BlueskySender::new(&config(None, pds)).expect("configured")
}

#[tokio::test]
async fn a_reply_is_threaded_under_the_customer_post_with_a_mention_facet() {
    let pds = pds().await;
    let s = sender(&pds);
    let (target, root, parent) = reply_target(
        7,
        "👋 Hi @dana.bsky.social, a crew is on it; we will post here by 6pm.",
    );
    let sent = s.send(&target).await.unwrap();

    let records = pds.records(BRAND, "app.bsky.feed.post");
    assert_eq!(records.len(), 1);
    let (rkey, record) = &records[0];
    assert!(earshot_bluesky::sender::is_tid(rkey), "{rkey}");
    assert_eq!(
        *rkey,
        earshot_bluesky::sender::rkey_for(&target),
        "deterministic"
    );
    assert_eq!(
        sent.external_id,
        format!("at://{BRAND}/app.bsky.feed.post/{rkey}")
    );
    assert_eq!(record["reply"]["root"]["uri"], root.uri());
    assert_eq!(record["reply"]["root"]["cid"], root.cid);
    assert_eq!(record["reply"]["parent"]["uri"], parent.uri());
    assert_eq!(record["reply"]["parent"]["cid"], parent.cid);
    // "👋 Hi " is 4 + 4 bytes.
    let facet = &record["facets"][0];
    assert_eq!(facet["index"]["byteStart"], 8);
    assert_eq!(facet["index"]["byteEnd"], 8 + "@dana.bsky.social".len());
    assert_eq!(facet["features"][0]["did"], DANA);
    assert_eq!(
        facet["features"][0]["$type"],
        "app.bsky.richtext.facet#mention"
    );
    assert!(record["createdAt"].as_str().unwrap().ends_with('Z'));
}

#[tokio::test]
async fn a_resend_after_a_crash_is_not_posted_twice() {
    let pds = pds().await;
    let s = sender(&pds);
    let (target, _, _) = reply_target(8, "Sorry about that, an engineer is on the way.");
    assert_eq!(
        s.find_sent(&target).await.unwrap(),
        None,
        "nothing posted yet"
    );
    let first = s.send(&target).await.unwrap();
    // The process died before recording: the worker asks, then resends.
    assert_eq!(s.find_sent(&target).await.unwrap(), Some(first.clone()));
    let again = s.send(&target).await.unwrap();
    assert_eq!(again, first);
    assert_eq!(pds.records(BRAND, "app.bsky.feed.post").len(), 1);

    // A lost answer: the post was made, the response never arrived.
    let (lost, _, _) = reply_target(9, "We are checking the line now.");
    pds.fail_next("com.atproto.repo.createRecord", PdsFault::LoseResponse);
    let sent = s.send(&lost).await.unwrap();
    assert!(sent
        .external_id
        .ends_with(&earshot_bluesky::sender::rkey_for(&lost)));
    assert_eq!(pds.records(BRAND, "app.bsky.feed.post").len(), 2);
    assert!(pds.count("com.atproto.repo.getRecord") >= 2);
}

#[tokio::test]
async fn an_expired_session_is_refreshed_and_a_revoked_one_logs_in_again() {
    let pds = pds().await;
    let s = sender(&pds);
    s.send(&reply_target(10, "one").0).await.unwrap();
    assert_eq!(pds.count("com.atproto.server.createSession"), 1);

    pds.expire_access_tokens();
    s.send(&reply_target(11, "two").0).await.unwrap();
    assert_eq!(pds.count("com.atproto.server.refreshSession"), 1);
    assert_eq!(pds.count("com.atproto.server.createSession"), 1);

    pds.expire_access_tokens();
    pds.revoke_refresh_tokens();
    s.send(&reply_target(12, "three").0).await.unwrap();
    assert_eq!(pds.count("com.atproto.server.createSession"), 2);
    assert_eq!(pds.records(BRAND, "app.bsky.feed.post").len(), 3);
}

#[tokio::test]
async fn statuses_map_to_outbox_outcomes_and_errors_hold_no_secrets() {
    let pds = pds().await;
    let s = sender(&pds);
    let mut errors = Vec::new();

    pds.fail_next(
        "com.atproto.repo.createRecord",
        PdsFault::RateLimited { reset_in_secs: 30 },
    );
    match s.send(&reply_target(20, "a").0).await {
        Err(SendError::RateLimited {
            until: Some(until),
            reason,
        }) => {
            let wait = (until - Utc::now()).num_seconds();
            assert!((25..=31).contains(&wait), "{wait}");
            errors.push(reason);
        }
        other => panic!("expected rate limited, got {other:?}"),
    }

    pds.fail_next("com.atproto.repo.createRecord", PdsFault::Html(503));
    match s.send(&reply_target(21, "b").0).await {
        Err(SendError::Transient { reason, .. }) => {
            assert!(reason.contains("503"), "{reason}");
            errors.push(reason);
        }
        other => panic!("expected transient, got {other:?}"),
    }

    let long = "x".repeat(301);
    match s.send(&reply_target(22, &long).0).await {
        Err(SendError::Permanent { reason }) => {
            assert!(
                reason.contains("InvalidRequest") && reason.contains("300"),
                "{reason}"
            );
            errors.push(reason);
        }
        other => panic!("expected permanent, got {other:?}"),
    }

    let (mut no_raw, _, _) = reply_target(23, "c");
    no_raw.in_reply_to_raw = None;
    match s.send(&no_raw).await {
        Err(SendError::Permanent { reason }) => assert!(reason.contains("cid"), "{reason}"),
        other => panic!("expected permanent, got {other:?}"),
    }

    // Wrong app password: permanent, and the error does not repeat it.
    let mut bad = config(None, &pds);
    bad.app_password = Some("wrong-pass-9999".into());
    let bad = BlueskySender::new(&bad).unwrap();
    match bad.send(&reply_target(24, "d").0).await {
        Err(SendError::Permanent { reason }) => {
            assert!(reason.contains("AuthenticationRequired"), "{reason}");
            assert!(!reason.contains("wrong-pass"), "{reason}");
            errors.push(reason);
        }
        other => panic!("expected permanent, got {other:?}"),
    }
    for e in &errors {
        assert!(
            !e.contains(PASSWORD) && !e.contains("eyJ."),
            "secret in {e}"
        );
    }
    assert!(pds.records(BRAND, "app.bsky.feed.post").is_empty());
}

#[tokio::test]
async fn a_private_item_is_a_chat_message_to_the_customer() {
    let pds = pds().await;
    let s = sender(&pds);
    let (mut target, _, _) = reply_target(30, "Could you send us your account number here?");
    target.item.channel = Channel::Private;
    assert_eq!(s.find_sent(&target).await.unwrap(), None, "not sent yet");
    let sent = s.send(&target).await.unwrap();
    // After a crash the worker finds the message instead of sending again.
    assert_eq!(s.find_sent(&target).await.unwrap(), Some(sent.clone()));
    assert!(
        sent.external_id.starts_with("chat:"),
        "{}",
        sent.external_id
    );
    let msgs = pds.chat_messages();
    assert_eq!(msgs.len(), 1);
    assert_eq!(msgs[0].from, BRAND);
    assert!(msgs[0].members.contains(&DANA.to_string()));
    assert_eq!(msgs[0].text, "Could you send us your account number here?");
    assert!(
        pds.records(BRAND, "app.bsky.feed.post").is_empty(),
        "nothing public"
    );
}

/// Throughput of the inbound path on the whole network's firehose shape:
/// 20,000 posts of which 1 in 100 concerns the brand, through the stand-in
/// Jetstream, filtered, triaged and stored.
/// `cargo test --release -p earshot-bluesky --test bluesky -- --ignored --nocapture firehose`
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement; run by hand"]
async fn firehose_throughput() {
    let desk = Desk::new().await;
    let pds = pds().await;
    let js = Jetstream::start().await.unwrap();
    const N: i64 = 20_000;
    for i in 0..N {
        let rkey = earshot_bluesky::sender::tid(t(i), 0);
        let post = if i % 100 == 0 {
            Post::new(
                DANA,
                &rkey,
                t(i),
                &format!("@northwind.example outage #{i}, modem down"),
            )
            .mention(BRAND_HANDLE, BRAND)
        } else {
            Post::new(
                OTHER,
                &rkey,
                t(i),
                "just had the best coffee of my life ☕ in the old town",
            )
        };
        js.push_past(post.frame());
    }
    let mut c = config(Some(&js), &pds);
    c.batch_wait_ms = 200;
    // Resume from before the first event: the whole log is replayed.
    desk.inbound.save_cursor(&t(-1).to_string()).await.unwrap();
    let started = std::time::Instant::now();
    let (cancel, task) = start(c, &desk);
    until("every brand post stored", || async {
        desk.stored_mentions().await == N / 100
            && desk.inbound.cursor().await.unwrap() == Some(t(N - 1).to_string())
    })
    .await;
    let secs = started.elapsed().as_secs_f64();
    println!(
        "firehose: {N} events ({} kept) in {secs:.2} s = {:.0} events/s",
        N / 100,
        N as f64 / secs
    );
    cancel.cancel();
    task.await.unwrap();
}
