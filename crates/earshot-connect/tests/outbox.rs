//! The outbox worker against a real store (SQLite, and PostgreSQL when
//! `EARSHOT_TEST_DATABASE_URL` is set) with an in-test network sender that
//! counts what reached "the network" and fails on cue.

use async_trait::async_trait;
use chrono::{TimeZone, Utc};
use earshot_connect::outbox::{
    ReplyTarget, SendError, Sender, Senders, Sent, Worker, WorkerConfig,
};
use earshot_core::{
    Action, Addressing, Author, Mention, Network, Priority, Scores, TriageDecision,
};
use earshot_store::{
    Channel, Direction, IngestPolicy, OutboxClaim, OutboxStatus, Role, Store, StoreError,
    TimelineKind, Triaged,
};
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const PG_ENV: &str = "EARSHOT_TEST_DATABASE_URL";

/// A network as the worker sees it: posts are kept by idempotency key, so a
/// test can tell how often each item reached it.
struct FakeNetwork {
    network: Network,
    /// Results to give before behaving (front first).
    script: Mutex<VecDeque<SendError>>,
    /// Every send that reached the network: (item id, text).
    posts: Mutex<Vec<(i64, String)>>,
    send_calls: Mutex<u32>,
    find_calls: Mutex<u32>,
    /// Whether `find_sent` can see earlier posts.
    can_look: bool,
    /// Posts made before a test's worker ran (a crashed process's), by item id.
    already: Mutex<HashMap<i64, String>>,
    /// Delay per send (to let two workers overlap).
    delay: Duration,
}

impl FakeNetwork {
    fn new(network: Network) -> FakeNetwork {
        FakeNetwork {
            network,
            script: Mutex::new(VecDeque::new()),
            posts: Mutex::new(Vec::new()),
            send_calls: Mutex::new(0),
            find_calls: Mutex::new(0),
            can_look: true,
            already: Mutex::new(HashMap::new()),
            delay: Duration::ZERO,
        }
    }
    fn fail_next(&self, e: SendError) {
        self.script.lock().unwrap().push_back(e);
    }
    fn posts(&self) -> Vec<(i64, String)> {
        self.posts.lock().unwrap().clone()
    }
    fn sends(&self) -> u32 {
        *self.send_calls.lock().unwrap()
    }
    fn finds(&self) -> u32 {
        *self.find_calls.lock().unwrap()
    }
}

#[async_trait]
impl Sender for FakeNetwork {
    fn network(&self) -> Network {
        self.network
    }

    async fn send(&self, target: &ReplyTarget) -> Result<Sent, SendError> {
        *self.send_calls.lock().unwrap() += 1;
        if !self.delay.is_zero() {
            tokio::time::sleep(self.delay).await;
        }
        if let Some(e) = self.script.lock().unwrap().pop_front() {
            return Err(e);
        }
        let mut posts = self.posts.lock().unwrap();
        posts.push((target.item.id, target.item.body.clone()));
        Ok(Sent {
            external_id: format!("post-{}", target.item.id),
        })
    }

    async fn find_sent(&self, target: &ReplyTarget) -> Result<Option<Sent>, SendError> {
        *self.find_calls.lock().unwrap() += 1;
        if !self.can_look {
            return Ok(None);
        }
        let known = self.already.lock().unwrap().get(&target.item.id).cloned();
        let posted = self
            .posts
            .lock()
            .unwrap()
            .iter()
            .any(|(id, _)| *id == target.item.id)
            .then(|| format!("post-{}", target.item.id));
        Ok(known.or(posted).map(|external_id| Sent { external_id }))
    }
}

struct Db {
    store: Store,
    url: String,
    _dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
}

impl Db {
    async fn sqlite() -> Db {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("earshot.db").display());
        Db {
            store: Store::connect(&url).await.unwrap(),
            url,
            _dir: Some(dir),
            pg: None,
        }
    }
    async fn postgres() -> Option<Db> {
        let admin = std::env::var(PG_ENV).ok()?;
        let (url, name) = earshot_store::testing::create_database(&admin)
            .await
            .unwrap();
        Some(Db {
            store: Store::connect(&url).await.unwrap(),
            url,
            _dir: None,
            pg: Some((admin, name)),
        })
    }
    async fn cleanup(self) {
        self.store.close().await;
        if let Some((admin, name)) = self.pg {
            earshot_store::testing::drop_database(&admin, &name).await;
        }
    }
}

macro_rules! both {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;
            #[tokio::test]
            async fn sqlite() {
                let db = Db::sqlite().await;
                ($body)(db.store.clone()).await;
                db.cleanup().await;
            }
            #[tokio::test]
            async fn postgres() {
                let Some(db) = Db::postgres().await else {
                    return;
                };
                ($body)(db.store.clone()).await;
                db.cleanup().await;
            }
        }
    };
}

fn config() -> WorkerConfig {
    WorkerConfig {
        instance: "test".into(),
        poll: Duration::from_millis(20),
        batch: 50,
        lease: Duration::from_secs(60),
        send_timeout: Duration::from_secs(5),
        max_attempts: 4,
        retry_initial: Duration::from_millis(100),
        retry_max: Duration::from_millis(400),
        rate_limit_default: Duration::from_millis(300),
        recover_every: Duration::ZERO,
    }
}

fn senders(nets: &[Arc<FakeNetwork>]) -> Senders {
    nets.iter()
        .map(|n| (n.network, n.clone() as Arc<dyn Sender>))
        .collect()
}

/// A customer post on `network` opening a case; returns (case id, agent id).
async fn case_on(store: &Store, network: Network, post_id: &str, author: &str) -> (i64, i64) {
    let mention = Mention {
        network,
        external_id: post_id.into(),
        author: Author {
            id: format!("uid-{author}"),
            handle: author.into(),
            name: None,
            followers: Some(5),
            bio: None,
        },
        text: format!("@brand my line is down ({post_id})"),
        created_at: Some(Utc.with_ymd_and_hms(2026, 11, 20, 8, 0, 0).unwrap()),
        lang: Some("en".into()),
        conversation_id: Some(post_id.into()),
        in_reply_to_id: None,
        in_reply_to_user_id: None,
        in_reply_to_handle: None,
        mentions: vec![],
        references: vec![],
        is_repost: false,
        raw: Some(format!("{{\"data\":{{\"id\":\"{post_id}\"}}}}")),
    };
    let decision = TriageDecision {
        action: Action::RespondPublic,
        priority: Priority::Normal,
        topic: Some("outage".into()),
        team: None,
        addressed: Addressing::Direct,
        scores: Scores::default(),
        reasons: vec!["test".into()],
        first_response_due_secs: 3600,
    };
    let out = store
        .ingest_batch(
            vec![Triaged {
                mention,
                decision,
                direction: Direction::Inbound,
            }],
            IngestPolicy {
                reopen_window_secs: 0,
            },
        )
        .await
        .unwrap();
    let agent = match store.user_by_username("agent").await.unwrap() {
        Some(u) => u.id,
        None => {
            store
                .create_user("agent", "x", Role::Agent, None)
                .await
                .unwrap()
                .id
        }
    };
    (out.case_ids[0], agent)
}

async fn reply(store: &Store, case: i64, agent: i64, body: &str) -> i64 {
    store
        .queue_reply(case, agent, body, Channel::Public, None)
        .await
        .unwrap()
        .id
}

async fn item(store: &Store, id: i64) -> earshot_store::OutboxItem {
    store.outbox_item(id).await.unwrap().unwrap()
}

both!(
    queued_replies_are_sent_once_and_shown_sent,
    |store: Store| async move {
        let x = Arc::new(FakeNetwork::new(Network::X));
        let (case, agent) = case_on(&store, Network::X, "100", "dana").await;
        let a = reply(&store, case, agent, "Sorry Dana, which area?").await;
        let b = reply(&store, case, agent, "We're on it").await;
        let changed = Arc::new(Mutex::new(Vec::new()));
        let seen = changed.clone();
        let worker = Worker::new(store.clone(), senders(std::slice::from_ref(&x)), config())
            .on_change(Arc::new(move |c| seen.lock().unwrap().push(c)));
        let pass = worker.run_once().await.unwrap();
        assert_eq!((pass.claimed, pass.sent), (2, 2), "{pass:?}");
        assert_eq!(
            x.posts(),
            vec![
                (a, "Sorry Dana, which area?".into()),
                (b, "We're on it".into())
            ]
        );
        assert_eq!(x.finds(), 0, "first attempts are not looked up");
        let sent = item(&store, a).await;
        assert_eq!(sent.status, OutboxStatus::Sent);
        assert_eq!(sent.external_id.as_deref(), Some(&*format!("post-{a}")));
        assert_eq!(sent.attempts, 1);
        let detail = store.get_case(case).await.unwrap().unwrap();
        let out: Vec<_> = detail
            .timeline
            .iter()
            .filter(|e| e.kind == TimelineKind::Outbound)
            .collect();
        assert_eq!(out[0].data["status"], "sent");
        assert_eq!(out[0].data["channel"], "public");
        assert_eq!(out[0].external_id.as_deref(), Some(&*format!("post-{a}")));
        assert!(changed.lock().unwrap().contains(&case));
        let again = worker.run_once().await.unwrap();
        assert_eq!(again.claimed, 0);
        assert_eq!(x.sends(), 2);
    }
);

both!(
    transient_failures_back_off_and_then_send,
    |store: Store| async move {
        let x = Arc::new(FakeNetwork::new(Network::X));
        x.fail_next(SendError::Transient {
            reason: "503 Service Unavailable".into(),
            retry_after: None,
        });
        x.fail_next(SendError::Transient {
            reason: "connection reset".into(),
            retry_after: None,
        });
        let (case, agent) = case_on(&store, Network::X, "200", "lee").await;
        let id = reply(&store, case, agent, "Looking into it").await;
        let worker = Worker::new(store.clone(), senders(std::slice::from_ref(&x)), config());
        let before = Utc::now();
        let pass = worker.run_once().await.unwrap();
        assert_eq!(pass.requeued, 1);
        let waiting = item(&store, id).await;
        assert_eq!(waiting.status, OutboxStatus::Queued);
        assert!(
            waiting.error.as_deref().unwrap().contains("503"),
            "{waiting:?}"
        );
        let next = waiting.next_attempt_at.expect("a backoff time");
        assert!(
            next >= before + chrono::Duration::milliseconds(70),
            "{next} vs {before}"
        );
        // Not due yet: nothing is claimed.
        assert_eq!(worker.run_once().await.unwrap().claimed, 0);
        let mut rounds = 0;
        while item(&store, id).await.status != OutboxStatus::Sent {
            rounds += 1;
            assert!(rounds < 100, "never sent");
            tokio::time::sleep(Duration::from_millis(30)).await;
            worker.run_once().await.unwrap();
        }
        let sent = item(&store, id).await;
        assert_eq!(sent.attempts, 3);
        assert_eq!(sent.error, None);
        assert_eq!(x.posts().len(), 1);
        assert_eq!(x.sends(), 3);
        assert_eq!(x.finds(), 2, "a retry looks for an earlier post first");
    }
);

both!(
    transient_failures_give_up_after_max_attempts,
    |store: Store| async move {
        let x = Arc::new(FakeNetwork::new(Network::X));
        for _ in 0..10 {
            x.fail_next(SendError::Transient {
                reason: "503".into(),
                retry_after: Some(Duration::from_millis(10)),
            });
        }
        let (case, agent) = case_on(&store, Network::X, "300", "kim").await;
        let id = reply(&store, case, agent, "Hello").await;
        let worker = Worker::new(store.clone(), senders(std::slice::from_ref(&x)), config());
        for _ in 0..40 {
            worker.run_once().await.unwrap();
            if item(&store, id).await.status == OutboxStatus::Failed {
                break;
            }
            tokio::time::sleep(Duration::from_millis(15)).await;
        }
        let failed = item(&store, id).await;
        assert_eq!(failed.status, OutboxStatus::Failed);
        assert_eq!(failed.attempts, 4);
        assert!(failed
            .error
            .as_deref()
            .unwrap()
            .starts_with("gave up after 4 attempts"));
        assert_eq!(x.sends(), 4);
    }
);

both!(
    a_429_pauses_the_network_until_the_reset,
    |store: Store| async move {
        let x = Arc::new(FakeNetwork::new(Network::X));
        let reset = Utc::now() + chrono::Duration::milliseconds(400);
        x.fail_next(SendError::RateLimited {
            reason: "429 Too Many Requests".into(),
            until: Some(reset),
        });
        let (case, agent) = case_on(&store, Network::X, "400", "ola").await;
        let a = reply(&store, case, agent, "one").await;
        let b = reply(&store, case, agent, "two").await;
        let worker = Worker::new(store.clone(), senders(std::slice::from_ref(&x)), config());
        let pass = worker.run_once().await.unwrap();
        assert_eq!(pass.requeued, 2, "{pass:?}");
        assert_eq!(x.sends(), 1, "the second item is not tried while paused");
        for id in [a, b] {
            let it = item(&store, id).await;
            assert_eq!(it.status, OutboxStatus::Queued);
            assert_eq!(it.attempts, 0, "a rate limit does not use up attempts");
            assert!(
                it.error.as_deref().unwrap().contains("rate limit"),
                "{it:?}"
            );
            assert_eq!(
                it.next_attempt_at.map(|t| t.timestamp_millis()),
                Some(reset.timestamp_millis())
            );
        }
        assert_eq!(worker.run_once().await.unwrap().claimed, 0);
        assert_eq!(x.sends(), 1);
        tokio::time::sleep(Duration::from_millis(450)).await;
        let pass = worker.run_once().await.unwrap();
        assert_eq!(pass.sent, 2, "{pass:?}");
        assert!(Utc::now() >= reset);
        assert_eq!(x.posts().len(), 2);
    }
);

both!(
    permanent_failures_show_and_can_be_retried_edited,
    |store: Store| async move {
        let x = Arc::new(FakeNetwork::new(Network::X));
        x.fail_next(SendError::Permanent {
            reason: "403 Forbidden: You are not allowed to reply to this post".into(),
        });
        let (case, agent) = case_on(&store, Network::X, "500", "ana").await;
        let id = reply(&store, case, agent, "first text").await;
        let worker = Worker::new(store.clone(), senders(std::slice::from_ref(&x)), config());
        assert_eq!(worker.run_once().await.unwrap().failed, 1);
        let failed = item(&store, id).await;
        assert_eq!(failed.status, OutboxStatus::Failed);
        let detail = store.get_case(case).await.unwrap().unwrap();
        let entry = detail
            .timeline
            .iter()
            .find(|e| e.kind == TimelineKind::Outbound)
            .unwrap();
        assert_eq!(entry.data["status"], "failed");
        assert!(entry.data["error"]
            .as_str()
            .unwrap()
            .contains("not allowed to reply"));
        // Failed items stay failed until an agent acts.
        assert_eq!(worker.run_once().await.unwrap().claimed, 0);
        let queued = store.retry_outbox(id, Some("second text")).await.unwrap();
        assert_eq!(queued.status, OutboxStatus::Queued);
        assert_eq!(queued.attempts, 0);
        assert_eq!(worker.run_once().await.unwrap().sent, 1);
        assert_eq!(x.posts(), vec![(id, "second text".into())]);
        let detail = store.get_case(case).await.unwrap().unwrap();
        let entry = detail
            .timeline
            .iter()
            .find(|e| e.kind == TimelineKind::Outbound)
            .unwrap();
        assert_eq!(entry.body.as_deref(), Some("second text"));
        assert_eq!(entry.data["status"], "sent");
        let again = store.retry_outbox(id, None).await.unwrap_err();
        assert!(matches!(again, StoreError::Conflict(_)), "{again:?}");
    }
);

both!(
    items_without_a_way_out_wait_or_fail_with_a_reason,
    |store: Store| async move {
        let x = Arc::new(FakeNetwork::new(Network::X));
        let (masto_case, agent) = case_on(&store, Network::Mastodon, "600", "mo").await;
        let waiting = reply(&store, masto_case, agent, "hi from the desk").await;
        let (hook_case, _) = case_on(&store, Network::Webhook, "601", "wh").await;
        let hook = reply(&store, hook_case, agent, "hi").await;
        // A case with no customer post to answer: its post was never stored.
        let (x_case, _) = case_on(&store, Network::X, "602", "xy").await;
        let private = store
            .queue_reply(x_case, agent, "DM text", Channel::Private, None)
            .await
            .unwrap();
        let worker = Worker::new(store.clone(), senders(std::slice::from_ref(&x)), config());
        worker.run_once().await.unwrap();
        let w = item(&store, waiting).await;
        assert_eq!(
            w.status,
            OutboxStatus::Queued,
            "no Mastodon sender yet: it waits"
        );
        assert!(
            w.error
                .as_deref()
                .unwrap()
                .contains("no mastodon account is configured"),
            "{w:?}"
        );
        let h = item(&store, hook).await;
        assert_eq!(h.status, OutboxStatus::Failed);
        assert!(h.error.as_deref().unwrap().contains("webhook"), "{h:?}");
        assert_eq!(item(&store, private.id).await.status, OutboxStatus::Sent);
        // A Mastodon sender configured later picks the waiting item up.
        let masto = Arc::new(FakeNetwork::new(Network::Mastodon));
        let later = Worker::new(
            store.clone(),
            senders(&[x.clone(), masto.clone()]),
            config(),
        );
        later.run_once().await.unwrap();
        assert_eq!(item(&store, waiting).await.status, OutboxStatus::Sent);
        assert_eq!(masto.posts().len(), 1);
    }
);

both!(
    the_reply_context_names_post_customer_and_conversation,
    |store: Store| async move {
        let (case, agent) = case_on(&store, Network::X, "700", "dana").await;
        let id = reply(&store, case, agent, "hello").await;
        let ctx = store.reply_context(id).await.unwrap().unwrap();
        assert_eq!(ctx.item.in_reply_to.as_deref(), Some("700"));
        assert_eq!(
            ctx.in_reply_to_raw.as_deref(),
            Some("{\"data\":{\"id\":\"700\"}}")
        );
        assert_eq!(ctx.customer_id.as_deref(), Some("uid-dana"));
        assert_eq!(ctx.customer_handle.as_deref(), Some("dana"));
        assert_eq!(ctx.conversation_id.as_deref(), Some("700"));
        assert!(ctx.conversation_raw.is_some());
        assert!(store.reply_context(id + 1000).await.unwrap().is_none());
    }
);

/// A worker that claimed items and died: the items stay `sending` until the
/// lease runs out.
async fn crashed_claim(store: &Store, lease: Duration) -> usize {
    store
        .claim_outbox(&OutboxClaim {
            instance: "crashed",
            networks: &[Network::X],
            limit: 10,
            lease,
        })
        .await
        .unwrap()
        .len()
}

both!(
    an_abandoned_item_already_posted_is_recorded_not_resent,
    |store: Store| async move {
        let x = Arc::new(FakeNetwork::new(Network::X));
        let (case, agent) = case_on(&store, Network::X, "800", "rui").await;
        let id = reply(&store, case, agent, "posted before the crash").await;
        assert_eq!(crashed_claim(&store, Duration::from_millis(200)).await, 1);
        x.already
            .lock()
            .unwrap()
            .insert(id, "1900000000000000800".into());
        let worker = Worker::new(store.clone(), senders(std::slice::from_ref(&x)), config());
        // The lease still holds: nobody touches the item.
        let pass = worker.run_once().await.unwrap();
        assert_eq!((pass.recovered, pass.claimed), (0, 0));
        assert_eq!(item(&store, id).await.status, OutboxStatus::Sending);
        tokio::time::sleep(Duration::from_millis(250)).await;
        let pass = worker.run_once().await.unwrap();
        assert_eq!((pass.recovered, pass.found), (1, 1), "{pass:?}");
        let it = item(&store, id).await;
        assert_eq!(it.status, OutboxStatus::Sent);
        assert_eq!(it.external_id.as_deref(), Some("1900000000000000800"));
        assert_eq!(x.sends(), 0, "never sent a second time");
    }
);

both!(
    an_abandoned_item_not_posted_is_sent_once,
    |store: Store| async move {
        let x = Arc::new(FakeNetwork::new(Network::X));
        let (case, agent) = case_on(&store, Network::X, "900", "eve").await;
        let id = reply(&store, case, agent, "died before sending").await;
        assert_eq!(crashed_claim(&store, Duration::from_millis(100)).await, 1);
        tokio::time::sleep(Duration::from_millis(150)).await;
        let worker = Worker::new(store.clone(), senders(std::slice::from_ref(&x)), config());
        let pass = worker.run_once().await.unwrap();
        assert_eq!((pass.recovered, pass.sent), (1, 1), "{pass:?}");
        assert_eq!(x.finds(), 1, "looked for it first");
        assert_eq!(x.posts(), vec![(id, "died before sending".into())]);
        let it = item(&store, id).await;
        assert_eq!((it.status, it.attempts), (OutboxStatus::Sent, 2));
    }
);

both!(
    a_send_with_no_answer_is_looked_up_before_the_retry,
    |store: Store| async move {
        // The post went through but the answer never came: the retry finds it.
        struct Slow(FakeNetwork);
        #[async_trait]
        impl Sender for Slow {
            fn network(&self) -> Network {
                Network::X
            }
            async fn send(&self, target: &ReplyTarget) -> Result<Sent, SendError> {
                let sent = self.0.send(target).await;
                tokio::time::sleep(Duration::from_secs(2)).await;
                sent
            }
            async fn find_sent(&self, target: &ReplyTarget) -> Result<Option<Sent>, SendError> {
                self.0.find_sent(target).await
            }
        }
        let slow = Arc::new(Slow(FakeNetwork::new(Network::X)));
        let (case, agent) = case_on(&store, Network::X, "950", "ivy").await;
        let id = reply(&store, case, agent, "slow network").await;
        let mut cfg = config();
        cfg.send_timeout = Duration::from_millis(150);
        cfg.retry_initial = Duration::from_millis(10);
        let mut s = Senders::new();
        s.insert(Network::X, slow.clone() as Arc<dyn Sender>);
        let worker = Worker::new(store.clone(), s, cfg);
        assert_eq!(worker.run_once().await.unwrap().requeued, 1);
        tokio::time::sleep(Duration::from_millis(30)).await;
        assert_eq!(worker.run_once().await.unwrap().found, 1);
        assert_eq!(item(&store, id).await.status, OutboxStatus::Sent);
        assert_eq!(slow.0.posts().len(), 1);
    }
);

/// Two workers (two connection pools, like two instances) on one database
/// share 200 replies: each reaches the network exactly once.
async fn two_workers_send_each_item_once(db_url: &str, store: Store) {
    let x = Arc::new(FakeNetwork {
        delay: Duration::from_millis(2),
        ..FakeNetwork::new(Network::X)
    });
    let mut ids = Vec::new();
    for c in 0..20 {
        let (case, agent) =
            case_on(&store, Network::X, &format!("1{c:03}"), &format!("c{c}")).await;
        for r in 0..10 {
            ids.push(reply(&store, case, agent, &format!("reply {c}/{r}")).await);
        }
    }
    let other = Store::connect(db_url).await.unwrap();
    let mut cfg = config();
    cfg.batch = 7;
    let a = Worker::new(
        store.clone(),
        senders(std::slice::from_ref(&x)),
        WorkerConfig {
            instance: "a".into(),
            ..cfg.clone()
        },
    );
    let b = Worker::new(
        other.clone(),
        senders(std::slice::from_ref(&x)),
        WorkerConfig {
            instance: "b".into(),
            ..cfg
        },
    );
    let cancel = tokio_util::sync::CancellationToken::new();
    let ta = tokio::spawn(a.run(cancel.clone()));
    let tb = tokio::spawn(b.run(cancel.clone()));
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let sent = store
            .count_outbox()
            .await
            .unwrap()
            .iter()
            .filter(|c| c.status == OutboxStatus::Sent)
            .map(|c| c.count)
            .sum::<i64>();
        if sent == 200 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "only {sent} of 200 sent"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    cancel.cancel();
    ta.await.unwrap();
    tb.await.unwrap();
    let mut per_item: HashMap<i64, u32> = HashMap::new();
    for (id, _) in x.posts() {
        *per_item.entry(id).or_default() += 1;
    }
    assert_eq!(per_item.len(), 200);
    assert!(
        per_item.values().all(|n| *n == 1),
        "duplicates: {per_item:?}"
    );
    assert_eq!(x.sends(), 200);
    let mut by = HashMap::new();
    for id in ids {
        let it = item(&store, id).await;
        assert_eq!(it.attempts, 1);
        *by.entry(it.status).or_insert(0) += 1;
    }
    assert_eq!(by.get(&OutboxStatus::Sent), Some(&200));
    other.close().await;
}

#[tokio::test]
async fn two_workers_on_postgres_send_200_items_exactly_once() {
    let Some(db) = Db::postgres().await else {
        return;
    };
    two_workers_send_each_item_once(&db.url, db.store.clone()).await;
    db.cleanup().await;
}

#[tokio::test]
async fn two_workers_on_sqlite_send_200_items_exactly_once() {
    let db = Db::sqlite().await;
    two_workers_send_each_item_once(&db.url, db.store.clone()).await;
    db.cleanup().await;
}
