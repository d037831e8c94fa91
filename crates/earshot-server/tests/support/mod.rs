//! Test support: the real server on port 0 over a fresh database.

#![allow(dead_code)]

use earshot_server::AppState;
use earshot_store::auth::{hash_password, new_api_token};
use earshot_store::{Role, Store};
use earshot_triage::{Engine, Plan};
use serde_json::Value;
use std::sync::Arc;
use tokio::sync::oneshot;

pub const PLAN: &str = include_str!("../fixtures/northwind.plan.toml");

#[derive(Clone, Debug)]
pub enum Backend {
    Sqlite,
    Postgres(String),
}

/// SQLite always; PostgreSQL too when `EARSHOT_TEST_DATABASE_URL` is set.
pub fn backends() -> Vec<Backend> {
    let mut all = vec![Backend::Sqlite];
    if let Ok(url) = std::env::var("EARSHOT_TEST_DATABASE_URL") {
        if !url.is_empty() {
            all.push(Backend::Postgres(url));
        }
    }
    all
}

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub admin_token: String,
    pub agent_token: String,
    pub store: Store,
    shutdown: Option<oneshot::Sender<()>>,
    server: tokio::task::JoinHandle<()>,
    _dir: tempfile::TempDir,
    pg_drop: Option<(String, String)>,
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let (url, pg_drop) = match &backend {
            Backend::Sqlite => (
                format!("sqlite://{}", dir.path().join("t.db").display()),
                None,
            ),
            Backend::Postgres(admin_url) => {
                let (url, name) = earshot_store::testing::create_database(admin_url)
                    .await
                    .unwrap();
                (url, Some((admin_url.clone(), name)))
            }
        };
        let store = Store::connect(&url).await.unwrap();
        let plan = Plan::parse(PLAN, "test-plan.toml").unwrap();
        store.sync_teams(&plan.team_names()).await.unwrap();
        let admin = store
            .create_user(
                "admin",
                &hash_password("admin-password").unwrap(),
                Role::Admin,
                None,
            )
            .await
            .unwrap();
        let agent = store
            .create_user(
                "agent",
                &hash_password("agent-password").unwrap(),
                Role::Agent,
                Some("repair"),
            )
            .await
            .unwrap();
        let (admin_token, h) = new_api_token();
        store.create_api_token(admin.id, &h, "test").await.unwrap();
        let (agent_token, h) = new_api_token();
        store.create_api_token(agent.id, &h, "test").await.unwrap();

        let state = AppState::new(store.clone(), Arc::new(Engine::new(plan)));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (tx, rx) = oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            earshot_server::serve(listener, state, async {
                let _ = rx.await;
            })
            .await
            .unwrap();
        });
        TestApp {
            base,
            client: reqwest::Client::new(),
            admin_token,
            agent_token,
            store,
            shutdown: Some(tx),
            server,
            _dir: dir,
            pg_drop,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn get_json(&self, path: &str, token: &str) -> Value {
        let r = self
            .client
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "GET {path}");
        r.json().await.unwrap()
    }

    pub async fn get_json_anon(&self, path: &str) -> Value {
        let r = self.client.get(self.url(path)).send().await.unwrap();
        assert_eq!(r.status(), 200, "GET {path}");
        r.json().await.unwrap()
    }

    pub async fn post_json(&self, path: &str, token: &str, body: Value) -> (u16, Value) {
        let r = self
            .client
            .post(self.url(path))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    pub async fn post_raw(&self, path: &str, token: &str, body: &str) -> (u16, Value) {
        let r = self
            .client
            .post(self.url(path))
            .bearer_auth(token)
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
            .await
            .unwrap();
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    pub async fn patch_json(&self, path: &str, token: &str, body: Value) -> (u16, Value) {
        let r = self
            .client
            .patch(self.url(path))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    /// Stop the server gracefully and drop a PostgreSQL test database.
    pub async fn finish(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = (&mut self.server).await;
        self.store.close().await;
        if let Some((admin_url, name)) = self.pg_drop.take() {
            earshot_store::testing::drop_database(&admin_url, &name).await;
        }
    }
}
