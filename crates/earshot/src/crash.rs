//! `earshot bench crash`: kill `earshot serve` with SIGKILL at random
//! moments while mentions arrive from X and replies go out, restart it, and
//! check at the end that every mention was stored exactly once and every
//! reply posted exactly once.
//!
//! The X network is the stand-in from `earshot_x::standin`, run in this
//! process; the desk is this binary (`current_exe`) run as a child with
//! `serve`, its X connector in mentions mode (`since_id` kept as the cursor)
//! and its outbox sending through the X sender. The harness:
//! - adds mentions to the brand's mentions timeline on the stand-in, each
//!   with a unique reference in its text;
//! - queues replies through the API, each with its own `Idempotency-Key`
//!   and a unique reference in its text; a request whose answer was lost in
//!   a crash is sent again, with the same key, after the restart;
//! - kills the child at a random moment in each cycle.
//!
//! At the end it lets one last child finish the work and counts what the
//! stand-in received and what the database holds.

use anyhow::{bail, Context as _};
use earshot_store::auth::{hash_password, new_api_token};
use earshot_store::{OutboxStatus, Role, Store};
use earshot_x::standin::{tweet_message, Options, StandIn};
use rand::Rng;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const PLAN: &str = include_str!("../../../demo/plan.toml");
const BRAND_ID: &str = "1093372650";
const BRAND: &str = "OttermereHelp";

/// How a crash run goes.
#[derive(Debug, Clone)]
pub struct CrashOptions {
    pub cycles: u32,
    /// `postgres://...` of a server to create a fresh database on (dropped
    /// afterwards); SQLite in a scratch directory when absent.
    pub database_url: Option<String>,
    /// Mentions added to the stand-in per cycle.
    pub mentions_per_cycle: u32,
    /// Replies queued through the API per cycle.
    pub replies_per_cycle: u32,
    /// Longest a child runs before it is killed (it is killed at a random
    /// moment between readiness and this).
    pub max_uptime: Duration,
    pub seed: Option<u64>,
}

/// What a crash run found.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CrashReport {
    pub cycles: u32,
    pub kills: u32,
    pub backend: String,
    pub mentions_pushed: u64,
    pub mentions_stored: u64,
    pub mentions_lost: u64,
    pub mentions_duplicated: u64,
    pub replies_queued: u64,
    /// Reply requests sent again after their answer was lost in a crash.
    pub replies_requests_repeated: u64,
    pub replies_posted: u64,
    pub replies_lost: u64,
    pub replies_duplicated: u64,
    /// Outbox items recorded twice for one idempotency key (must be 0).
    pub outbox_rows_duplicated: u64,
    pub seconds: f64,
}

impl CrashReport {
    pub fn clean(&self) -> bool {
        self.mentions_lost == 0
            && self.mentions_duplicated == 0
            && self.replies_lost == 0
            && self.replies_duplicated == 0
            && self.outbox_rows_duplicated == 0
    }
}

struct Harness {
    standin: StandIn,
    dir: PathBuf,
    database_url: String,
    token: String,
    client: reqwest::Client,
    rng: rand::rngs::StdRng,
    next_mention: u64,
    /// ref → tweet id, for every mention added.
    mentions: BTreeMap<String, String>,
    /// Idempotency key → (case id, body); `true` once the API answered 202.
    replies: BTreeMap<String, (i64, String, bool)>,
    repeated: u64,
    kills: u32,
}

/// Run the crash test; prints progress on stderr.
pub async fn run(options: CrashOptions) -> anyhow::Result<CrashReport> {
    let started = Instant::now();
    let dir = std::env::temp_dir().join(format!(
        "earshot-crash-{}-{}",
        std::process::id(),
        rand::random::<u32>()
    ));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let (database_url, pg) = match &options.database_url {
        Some(url) if url.starts_with("postgres") => {
            let (url, name) = earshot_store::testing::create_database(url).await?;
            (url, Some(name))
        }
        Some(url) => (url.clone(), None),
        None => (format!("sqlite://{}", dir.join("crash.db").display()), None),
    };
    let result = run_in(&options, &dir, &database_url, started).await;
    if let (Some(admin), Some(name)) = (&options.database_url, pg) {
        earshot_store::testing::drop_database(admin, &name).await;
    }
    if result.as_ref().is_ok_and(CrashReport::clean) {
        let _ = std::fs::remove_dir_all(&dir);
    } else {
        eprintln!("crash run files kept in {}", dir.display());
    }
    result
}

async fn run_in(
    options: &CrashOptions,
    dir: &Path,
    database_url: &str,
    started: Instant,
) -> anyhow::Result<CrashReport> {
    let standin = StandIn::start_with(Options {
        brand_user_id: BRAND_ID.into(),
        brand_username: BRAND.into(),
        rate_limit: u64::MAX / 4,
        ..Options::default()
    })
    .await;
    std::fs::write(dir.join("plan.toml"), PLAN)?;
    let store = Store::connect(database_url).await?;
    let backend = format!("{:?}", store.backend()).to_lowercase();
    let plan =
        earshot_triage::Plan::parse(PLAN, "demo/plan.toml").map_err(|e| anyhow::anyhow!("{e}"))?;
    store.sync_teams(&plan.team_names()).await?;
    let agent = store
        .create_user(
            "crash-agent",
            &hash_password(&new_api_token().0)?,
            Role::Agent,
            None,
        )
        .await?;
    let (token, hash) = new_api_token();
    store.create_api_token(agent.id, &hash, "crash").await?;
    store.close().await;

    let seed = options.seed.unwrap_or_else(rand::random);
    eprintln!(
        "crash test: {} cycles, seed {seed}, {backend}",
        options.cycles
    );
    let mut h = Harness {
        standin,
        dir: dir.to_path_buf(),
        database_url: database_url.to_string(),
        token,
        client: reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .build()?,
        rng: rand::SeedableRng::seed_from_u64(seed),
        next_mention: 0,
        mentions: BTreeMap::new(),
        replies: BTreeMap::new(),
        repeated: 0,
        kills: 0,
    };
    for cycle in 1..=options.cycles {
        h.cycle(cycle, options).await?;
        if cycle % 10 == 0 || cycle == options.cycles {
            eprintln!(
                "cycle {cycle}/{}: {} mentions pushed, {} replies queued",
                options.cycles,
                h.mentions.len(),
                h.replies.len()
            );
        }
    }
    h.finish(options, backend, started).await
}

impl Harness {
    fn config(&self, port: u16) -> anyhow::Result<PathBuf> {
        let path = self.dir.join("earshot.toml");
        // The connector polls often and the outbox's lease is short, so
        // the work left by a killed child is taken up within seconds.
        let text = format!(
            "database_url = {db:?}\nlisten = \"127.0.0.1:{port}\"\nplan = {plan:?}\n\n\
             [x]\napi_base = {base:?}\nmode = \"mentions\"\nbrand_user_id = \"{BRAND_ID}\"\n\
             poll_interval_ms = 100\nbackoff_scale = 50\nrequest_timeout_ms = 3000\n\n\
             [outbox]\npoll_ms = 50\nlease_secs = 3\nrecover_every_ms = 250\n\
             retry_initial_ms = 100\nretry_max_secs = 1\nmax_attempts = 1000\n",
            db = self.database_url,
            plan = self.dir.join("plan.toml").display().to_string(),
            base = self.standin.base_url(),
        );
        std::fs::write(&path, text)?;
        Ok(path)
    }

    /// Start a child `earshot serve`; returns it and its base URL once
    /// `/healthz` answers.
    async fn start_child(&self) -> anyhow::Result<(Child, String)> {
        let port = free_port()?;
        let config = self.config(port)?;
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.join("serve.log"))?;
        let child = Command::new(std::env::current_exe()?)
            .arg("serve")
            .arg("--config")
            .arg(&config)
            .env("EARSHOT_X_USER_TOKEN", &self.standin.options().user_token)
            .env_remove("EARSHOT_X_BEARER_TOKEN")
            .env_remove("EARSHOT_X_MODE")
            .env_remove("EARSHOT_X_API_BASE")
            .env_remove("EARSHOT_DATABASE_URL")
            .env_remove("EARSHOT_LISTEN")
            .env_remove("EARSHOT_PLAN")
            .env(
                "EARSHOT_LOG",
                std::env::var("EARSHOT_LOG").unwrap_or_else(|_| "warn".into()),
            )
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .context("cannot start earshot serve")?;
        let base = format!("http://127.0.0.1:{port}");
        let mut child = child;
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(r) = self.client.get(format!("{base}/healthz")).send().await {
                if r.status().is_success() {
                    return Ok((child, base));
                }
            }
            if let Some(status) = child.try_wait()? {
                bail!(
                    "earshot serve exited with {status} before it was ready (see {})",
                    self.dir.join("serve.log").display()
                );
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                bail!("earshot serve was not ready within 30 s");
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    fn push_mention(&mut self) {
        self.next_mention += 1;
        let n = self.next_mention;
        let reference = format!("m{n}");
        let id = self.standin.next_tweet_id();
        let author = (
            format!("{}", 5_000_000 + n % 400),
            format!("customer{}", n % 400),
        );
        let text = format!(
            "@{BRAND} my broadband has been down since this morning in Millbrook, \
             the hub light is flashing red. Please help (ref {reference})"
        );
        self.standin
            .add_mention(&tweet_message(&id, (&author.0, &author.1), &text));
        self.mentions.insert(reference, id);
    }

    async fn cases(&self, base: &str) -> Vec<i64> {
        let Ok(r) = self
            .client
            .get(format!("{base}/api/v1/cases?limit=200&sort=newest"))
            .bearer_auth(&self.token)
            .send()
            .await
        else {
            return Vec::new();
        };
        let Ok(page) = r.json::<serde_json::Value>().await else {
            return Vec::new();
        };
        page["items"]
            .as_array()
            .map(|items| items.iter().filter_map(|c| c["id"].as_i64()).collect())
            .unwrap_or_default()
    }

    /// Queue (or queue again) one reply; `true` when the API answered 202.
    async fn send_reply(&self, base: &str, key: &str, case: i64, body: &str) -> bool {
        let sent = self
            .client
            .post(format!("{base}/api/v1/cases/{case}/replies"))
            .bearer_auth(&self.token)
            .header("Idempotency-Key", key)
            .json(&serde_json::json!({"body": body, "channel": "public"}))
            .send()
            .await;
        matches!(sent, Ok(r) if r.status().as_u16() == 202)
    }

    /// Replies whose answer was lost in an earlier crash, sent again.
    async fn repeat_unconfirmed(&mut self, base: &str) {
        let pending: Vec<(String, i64, String)> = self
            .replies
            .iter()
            .filter(|(_, (_, _, ok))| !ok)
            .map(|(k, (c, b, _))| (k.clone(), *c, b.clone()))
            .collect();
        for (key, case, body) in pending {
            self.repeated += 1;
            if self.send_reply(base, &key, case, &body).await {
                if let Some(r) = self.replies.get_mut(&key) {
                    r.2 = true;
                }
            }
        }
    }

    async fn cycle(&mut self, cycle: u32, options: &CrashOptions) -> anyhow::Result<()> {
        let (mut child, base) = self.start_child().await?;
        let uptime = Duration::from_millis(
            self.rng
                .random_range(50..=options.max_uptime.as_millis().max(51) as u64),
        );
        let kill_at = Instant::now() + uptime;
        self.repeat_unconfirmed(&base).await;
        let mut cases = self.cases(&base).await;
        let mut mentions_left = options.mentions_per_cycle;
        let mut replies_left = options.replies_per_cycle;
        let mut n = self.replies.len();
        while Instant::now() < kill_at {
            if mentions_left > 0 {
                self.push_mention();
                mentions_left -= 1;
            }
            if replies_left > 0 {
                if cases.is_empty() {
                    cases = self.cases(&base).await;
                }
                if !cases.is_empty() {
                    let case = cases[self.rng.random_range(0..cases.len())];
                    n += 1;
                    let key = format!("crash-{cycle}-{n}");
                    let body = format!("Sorry about that, we're checking the line now (ref r{n})");
                    self.replies
                        .insert(key.clone(), (case, body.clone(), false));
                    replies_left -= 1;
                    // The kill may land while this request is in flight.
                    let ok = tokio::select! {
                        ok = self.send_reply(&base, &key, case, &body) => ok,
                        _ = tokio::time::sleep_until(kill_at.into()) => false,
                    };
                    if let Some(r) = self.replies.get_mut(&key) {
                        r.2 = ok;
                    }
                }
            }
            let pause = Duration::from_millis(self.rng.random_range(1..20));
            tokio::time::sleep(pause.min(kill_at.saturating_duration_since(Instant::now()))).await;
        }
        // SIGKILL: no shutdown handler runs.
        child.kill().context("cannot kill earshot serve")?;
        child.wait()?;
        self.kills += 1;
        Ok(())
    }

    /// A last child finishes the work; then count.
    async fn finish(
        mut self,
        options: &CrashOptions,
        backend: String,
        started: Instant,
    ) -> anyhow::Result<CrashReport> {
        let (mut child, base) = self.start_child().await?;
        self.repeat_unconfirmed(&base).await;
        let confirmed: u64 = self.replies.values().filter(|r| r.2).count() as u64;
        let store = Store::connect(&self.database_url).await?;
        let deadline = Instant::now() + Duration::from_secs(90);
        let (mut stored, mut sent) = (0, 0);
        while Instant::now() < deadline {
            stored = x_mentions(&store).await?;
            sent = outbox_in(&store, OutboxStatus::Sent).await?;
            if stored >= self.mentions.len() as u64 && sent >= confirmed {
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        // Give a duplicate send a moment to show itself.
        tokio::time::sleep(Duration::from_millis(500)).await;
        let _ = child.kill();
        let _ = child.wait();
        let stored = x_mentions(&store).await?.max(stored);
        let _ = sent;
        let outbox_rows = outbox_total(&store).await?;
        store.close().await;

        // Each reply's reference, as posted on the stand-in.
        let mut posted: HashMap<String, u64> = HashMap::new();
        for post in self.standin.posts() {
            if let Some(r) = reference(&post.text) {
                *posted.entry(r).or_default() += 1;
            }
        }
        let mut lost = 0;
        let mut duplicated = 0;
        for (_, body, ok) in self.replies.values() {
            let Some(r) = reference(body) else { continue };
            match posted.get(&r).copied().unwrap_or(0) {
                0 if *ok => lost += 1,
                0 => {}
                1 => {}
                k => duplicated += k - 1,
            }
        }
        let pushed = self.mentions.len() as u64;
        let confirmed_now: u64 = self.replies.values().filter(|r| r.2).count() as u64;
        Ok(CrashReport {
            cycles: options.cycles,
            kills: self.kills,
            backend,
            mentions_pushed: pushed,
            mentions_stored: stored,
            mentions_lost: pushed.saturating_sub(stored),
            mentions_duplicated: stored.saturating_sub(pushed),
            replies_queued: confirmed_now,
            replies_requests_repeated: self.repeated,
            replies_posted: posted.values().sum(),
            replies_lost: lost,
            replies_duplicated: duplicated,
            outbox_rows_duplicated: outbox_rows.saturating_sub(self.replies.len() as u64),
            seconds: started.elapsed().as_secs_f64(),
        })
    }
}

/// `(ref r12)` → `r12`.
fn reference(text: &str) -> Option<String> {
    let start = text.rfind("(ref ")? + 5;
    let end = start + text[start..].find(')')?;
    Some(text[start..end].to_string())
}

async fn x_mentions(store: &Store) -> anyhow::Result<u64> {
    Ok(store
        .count_mentions_by_network_action()
        .await?
        .iter()
        .filter(|c| c.network == earshot_core::Network::X)
        .map(|c| c.count.max(0) as u64)
        .sum())
}

async fn outbox_in(store: &Store, status: OutboxStatus) -> anyhow::Result<u64> {
    Ok(store
        .count_outbox()
        .await?
        .iter()
        .filter(|c| c.status == status)
        .map(|c| c.count.max(0) as u64)
        .sum())
}

async fn outbox_total(store: &Store) -> anyhow::Result<u64> {
    Ok(store
        .count_outbox()
        .await?
        .iter()
        .map(|c| c.count.max(0) as u64)
        .sum())
}

/// A port free right now (the child binds it a moment later).
fn free_port() -> anyhow::Result<u16> {
    let l = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(l.local_addr()?.port())
}
