//! Support for the web desk's black-box tests: the real server on port 0
//! over a fresh SQLite file, a plan, three desk users and a few cases,
//! including one whose post and author are HTML (to check escaping).

#![allow(dead_code)]

use chrono::Utc;
use earshot_core::{
    Action, Addressing, Author, Mention, Network, Priority, Scores, TriageDecision,
};
use earshot_server::AppState;
use earshot_store::auth::{hash_password, new_api_token};
use earshot_store::{Direction, IngestPolicy, Role, Store, Triaged};
use earshot_triage::{Engine, Plan};
use std::sync::Arc;
use tokio::sync::oneshot;

pub const PLAN: &str = include_str!("../fixtures/northwind.plan.toml");

/// The desk users: (username, password, role).
pub const LEAD: (&str, &str) = ("lena", "lena-password-1");
pub const AGENT: (&str, &str) = ("dana", "dana-password-1");
pub const AGENT2: (&str, &str) = ("sam", "sam-password-1");

/// The text of the seeded post that must render as text.
pub const XSS_TEXT: &str = "<img src=x onerror=alert(1)>";
pub const XSS_NAME: &str = "<b onmouseover=alert(2)>Mallory</b>";

pub struct Desk {
    pub base: String,
    pub store: Store,
    /// An admin's API token, for the webhook.
    pub token: String,
    /// The case opened by [`XSS_TEXT`].
    pub xss_case: i64,
    /// A plain complaint, open and unassigned.
    pub plain_case: i64,
    pub user_ids: std::collections::HashMap<String, i64>,
    /// The server's connector health registry (the admin page shows it).
    pub connectors: earshot_connect::HealthRegistry,
    /// The server's desk events (what `GET /events` streams).
    pub events: earshot_server::web::DeskEvents,
    shutdown: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<()>>,
    _dir: tempfile::TempDir,
}

pub fn decision(action: Action, priority: Priority, due_secs: u64) -> TriageDecision {
    TriageDecision {
        action,
        priority,
        topic: Some("outage".into()),
        team: Some("repair".into()),
        addressed: Addressing::Direct,
        scores: Scores {
            complaint: 0.9,
            irony: 0.05,
            sentiment: -0.6,
            ..Scores::default()
        },
        reasons: vec![
            "addressed to @NorthwindCares".into(),
            "complaint (0.90)".into(),
        ],
        first_response_due_secs: due_secs,
    }
}

pub fn post(id: &str, handle: &str, name: &str, bio: Option<&str>, text: &str) -> Mention {
    Mention {
        network: Network::X,
        external_id: id.into(),
        author: Author {
            id: format!("u{id}"),
            handle: handle.into(),
            name: Some(name.into()),
            followers: Some(12),
            bio: bio.map(str::to_string),
        },
        text: text.into(),
        created_at: Some(Utc::now()),
        lang: Some("en".into()),
        conversation_id: Some(id.into()),
        in_reply_to_id: None,
        in_reply_to_user_id: None,
        in_reply_to_handle: None,
        mentions: vec![],
        references: vec![],
        is_repost: false,
        raw: None,
    }
}

impl Desk {
    pub async fn spawn() -> Desk {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("desk.db").display());
        let store = Store::connect(&url).await.expect("store");
        let plan = Plan::parse(PLAN, "desk-test-plan.toml").expect("plan");
        store.sync_teams(&plan.team_names()).await.expect("teams");
        let mut user_ids = std::collections::HashMap::new();
        for ((name, password), role) in [
            (LEAD, Role::Lead),
            (AGENT, Role::Agent),
            (AGENT2, Role::Agent),
        ] {
            let u = store
                .create_user(
                    name,
                    &hash_password(password).unwrap(),
                    role,
                    Some("repair"),
                )
                .await
                .expect("user");
            user_ids.insert(name.to_string(), u.id);
        }
        let admin = store
            .create_user(
                "admin",
                &hash_password("admin-pw").unwrap(),
                Role::Admin,
                None,
            )
            .await
            .expect("admin");
        let (token, hash) = new_api_token();
        store
            .create_api_token(admin.id, &hash, "desk tests")
            .await
            .expect("token");

        let seeded = store
            .ingest_batch(
                vec![
                    Triaged {
                        mention: post(
                            "1900000000000000001",
                            "mallory",
                            XSS_NAME,
                            Some("<script>alert(3)</script> bio"),
                            XSS_TEXT,
                        ),
                        decision: decision(Action::RespondPublic, Priority::High, 900),
                        direction: Direction::Inbound,
                    },
                    Triaged {
                        mention: post(
                            "1900000000000000002",
                            "holly",
                            "Holly Bramwell",
                            Some("Nurse. Nights."),
                            "@NorthwindCares broadband dropped out at 5 and hasn't come back",
                        ),
                        decision: decision(Action::RespondPublic, Priority::Normal, 3600),
                        direction: Direction::Inbound,
                    },
                ],
                IngestPolicy::default(),
            )
            .await
            .expect("seed");
        let (xss_case, plain_case) = (seeded.case_ids[0], seeded.case_ids[1]);

        let state = AppState::new(store.clone(), Arc::new(Engine::new(plan)));
        let connectors = state.connectors.clone();
        let events = state.events.clone();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let (tx, rx) = oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            earshot_server::serve(listener, state, async {
                let _ = rx.await;
            })
            .await
            .expect("serve");
        });
        Desk {
            base,
            store,
            token,
            xss_case,
            plain_case,
            user_ids,
            connectors,
            events,
            shutdown: Some(tx),
            server: Some(server),
            _dir: dir,
        }
    }

    /// A desk state over this store, to drive the sweepers and the
    /// assigner directly as `serve` would: with `plan` (TOML), else the
    /// built-in plan.
    pub fn web_state(&self, plan: Option<&str>) -> earshot_server::web::WebState {
        let web = earshot_server::web::WebState::new(
            self.store.clone(),
            earshot_server::web::DeskEvents::new(),
            earshot_server::web::WebConfig::default(),
        );
        match plan {
            Some(p) => web.with_plan(Arc::new(Engine::new(
                Plan::parse(p, "plan.toml").expect("plan"),
            ))),
            None => web,
        }
    }

    /// A public reply by `agent` on `case` that the network then refused
    /// for good with `reason`.
    pub async fn failed_reply(
        &self,
        case: i64,
        agent: &str,
        body: &str,
        reason: &str,
    ) -> earshot_store::OutboxItem {
        let item = self
            .store
            .queue_reply(
                case,
                self.user_ids[agent],
                body,
                earshot_store::Channel::Public,
                None,
            )
            .await
            .expect("reply");
        self.refuse(item.id, reason).await;
        item
    }

    /// The outbox worker claims queued item `id` (the only one waiting)
    /// and the network refuses it for good with `reason`.
    pub async fn refuse(&self, id: i64, reason: &str) {
        let claimed = self.store.claim_outbox_batch(10).await.expect("claim");
        assert_eq!(
            claimed.iter().map(|i| i.id).collect::<Vec<_>>(),
            vec![id],
            "only item {id} was waiting"
        );
        self.store.fail_outbox(id, reason).await.expect("fail");
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(server) = self.server.take() {
            // SSE streams stay open; don't wait for them forever.
            let _ = tokio::time::timeout(std::time::Duration::from_secs(5), server).await;
        }
        self.store.close().await;
    }
}

/// A browser-like HTTP client for one desk user: keeps cookies, never
/// follows redirects.
pub struct Agent {
    pub base: String,
    pub client: reqwest::Client,
    pub cookies: std::collections::BTreeMap<String, String>,
    pub csrf: Option<String>,
}

pub struct Answer {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or(serde_json::Value::Null)
    }

    pub fn location(&self) -> &str {
        self.headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

/// The `content` of `<meta name="csrf-token" content="...">`, or of the
/// first hidden `csrf` input.
pub fn csrf_in(html: &str) -> Option<String> {
    for marker in ["name=\"csrf-token\" content=\"", "name=\"csrf\" value=\""] {
        if let Some(i) = html.find(marker) {
            let rest = &html[i + marker.len()..];
            return rest.find('"').map(|j| rest[..j].to_string());
        }
    }
    None
}

impl Agent {
    pub fn new(desk: &Desk) -> Agent {
        Agent {
            base: desk.base.clone(),
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("client"),
            cookies: Default::default(),
            csrf: None,
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn finish(&mut self, res: reqwest::Response) -> Answer {
        for v in res.headers().get_all("set-cookie") {
            let v = v.to_str().unwrap_or("");
            let pair = v.split(';').next().unwrap_or("");
            if let Some((k, val)) = pair.split_once('=') {
                if val.is_empty() || v.contains("Max-Age=0") {
                    self.cookies.remove(k);
                } else {
                    self.cookies.insert(k.to_string(), val.to_string());
                }
            }
        }
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let body = res.text().await.unwrap_or_default();
        if let Some(t) = csrf_in(&body).filter(|_| body.contains("csrf-token")) {
            self.csrf = Some(t);
        }
        Answer {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&mut self, path: &str) -> Answer {
        let res = self
            .client
            .get(format!("{}{path}", self.base))
            .header("cookie", self.cookie_header())
            .send()
            .await
            .expect("GET");
        self.finish(res).await
    }

    pub async fn post_form(&mut self, path: &str, form: &[(&str, &str)]) -> Answer {
        let res = self
            .client
            .post(format!("{}{path}", self.base))
            .header("cookie", self.cookie_header())
            .form(form)
            .send()
            .await
            .expect("POST form");
        self.finish(res).await
    }

    /// A JSON POST as the desk's JS makes it, with the CSRF header unless
    /// `csrf` is `Some("")`.
    pub async fn post_json(
        &mut self,
        path: &str,
        body: serde_json::Value,
        csrf: Option<&str>,
    ) -> Answer {
        let token = csrf
            .map(str::to_string)
            .or_else(|| self.csrf.clone())
            .unwrap_or_default();
        let mut req = self
            .client
            .post(format!("{}{path}", self.base))
            .header("cookie", self.cookie_header())
            .header("accept", "application/json")
            .json(&body);
        if !token.is_empty() {
            req = req.header("x-csrf-token", token);
        }
        let res = req.send().await.expect("POST json");
        self.finish(res).await
    }

    /// Sign in through the login form; panics unless it works.
    pub async fn login(&mut self, (user, password): (&str, &str)) {
        let page = self.get("/login").await;
        assert_eq!(page.status, 200);
        let token = csrf_in(&page.body).expect("login form has a csrf field");
        let res = self
            .post_form(
                "/login",
                &[("username", user), ("password", password), ("csrf", &token)],
            )
            .await;
        assert_eq!(res.status, 303, "login as {user}: {}", res.body);
        let inbox = self.get("/").await;
        assert_eq!(inbox.status, 200, "inbox after login");
    }
}

/// Seed one case whose post came `ago` ago with a first-response target of
/// `due_secs`; returns its id.
pub async fn seed_aged_case(
    desk: &Desk,
    id: &str,
    handle: &str,
    ago: chrono::Duration,
    due_secs: u64,
) -> i64 {
    let mut m = post(
        id,
        handle,
        handle,
        None,
        "@NorthwindCares the broadband is down again",
    );
    m.created_at = Some(chrono::Utc::now() - ago);
    desk.store
        .ingest_batch(
            vec![earshot_store::Triaged {
                mention: m,
                decision: decision(
                    earshot_core::Action::RespondPublic,
                    earshot_core::Priority::High,
                    due_secs,
                ),
                direction: earshot_store::Direction::Inbound,
            }],
            earshot_store::IngestPolicy::default(),
        )
        .await
        .unwrap()
        .case_ids[0]
}
