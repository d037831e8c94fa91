//! The store test harness: every test runs against a fresh SQLite file and,
//! when `EARSHOT_TEST_DATABASE_URL` is set, against a fresh PostgreSQL
//! database created for it (and dropped afterwards, best effort).

#![allow(dead_code)]

use chrono::{DateTime, Duration, TimeZone, Utc};
use earshot_core::{
    Action, Addressing, Author, Mention, Network, Priority, Scores, TriageDecision,
};
use earshot_store::{Direction, Store, Triaged};
use sqlx::Connection;

pub const PG_ENV: &str = "EARSHOT_TEST_DATABASE_URL";

pub struct TestDb {
    pub store: Store,
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
}

impl TestDb {
    pub async fn cleanup(self) {
        self.store.close().await;
        if let Some((admin_url, name)) = self.pg {
            drop_pg_database(&admin_url, &name).await;
        }
    }
}

pub fn sqlite_url(dir: &tempfile::TempDir) -> String {
    format!("sqlite://{}", dir.path().join("earshot.db").display())
}

pub async fn sqlite_db() -> TestDb {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = sqlite_url(&dir);
    let store = Store::connect(&url).await.expect("connect sqlite");
    TestDb {
        store,
        url,
        _dir: Some(dir),
        pg: None,
    }
}

/// `postgres://u@h:5432/test?x=y` with the database name replaced.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let host_end = base[scheme_end..]
        .find('/')
        .map(|i| i + scheme_end)
        .unwrap_or(base.len());
    let mut out = format!("{}/{}", &base[..host_end], name);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

/// A fresh, empty PostgreSQL database; `None` when the env var is unset.
pub async fn fresh_pg_database() -> Option<(String, String, String)> {
    let admin_url = std::env::var(PG_ENV).ok()?;
    sqlx::any::install_default_drivers();
    let name = format!("earshot_t_{:016x}", rand::random::<u64>());
    let mut conn = sqlx::AnyConnection::connect(&admin_url)
        .await
        .expect("connect to EARSHOT_TEST_DATABASE_URL");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await
        .expect("create test database");
    conn.close().await.ok();
    let url = with_database(&admin_url, &name);
    Some((admin_url, name, url))
}

pub async fn pg_db() -> Option<TestDb> {
    let (admin_url, name, url) = fresh_pg_database().await?;
    let store = Store::connect(&url).await.expect("connect postgres");
    Some(TestDb {
        store,
        url,
        _dir: None,
        pg: Some((admin_url, name)),
    })
}

pub async fn drop_pg_database(admin_url: &str, name: &str) {
    if let Ok(mut conn) = sqlx::AnyConnection::connect(admin_url).await {
        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .execute(&mut conn)
            .await;
        let _ = conn.close().await;
    }
}

/// One test body, run on SQLite and (when configured) PostgreSQL.
#[macro_export]
macro_rules! store_test {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;

            #[tokio::test]
            async fn sqlite() {
                let db = $crate::common::sqlite_db().await;
                ($body)(db.store.clone()).await;
                db.cleanup().await;
            }

            #[tokio::test]
            async fn postgres() {
                let Some(db) = $crate::common::pg_db().await else {
                    return;
                };
                ($body)(db.store.clone()).await;
                db.cleanup().await;
            }
        }
    };
}

pub fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 8, 0, 0).unwrap()
}

pub fn at_min(minutes: i64) -> DateTime<Utc> {
    t0() + Duration::minutes(minutes)
}

pub fn decision(action: Action, priority: Priority, due_secs: u64) -> TriageDecision {
    TriageDecision {
        action,
        priority,
        topic: Some("outage".into()),
        team: Some("repair".into()),
        addressed: Addressing::Direct,
        scores: Scores::default(),
        reasons: vec!["test".into()],
        first_response_due_secs: due_secs,
    }
}

/// A customer post on X.
pub fn post(id: &str, author: &str, text: &str, conversation: &str, at: DateTime<Utc>) -> Mention {
    Mention {
        network: Network::X,
        external_id: id.into(),
        author: Author {
            id: format!("u-{author}"),
            handle: author.into(),
            name: Some(author.to_uppercase()),
            followers: Some(10),
            bio: None,
        },
        text: text.into(),
        created_at: Some(at),
        lang: Some("en".into()),
        conversation_id: Some(conversation.into()),
        in_reply_to_id: None,
        in_reply_to_user_id: None,
        in_reply_to_handle: None,
        mentions: vec![],
        references: vec![],
        is_repost: false,
        raw: Some(format!("{{\"id\":\"{id}\"}}")),
    }
}

pub fn reply_to(mut m: Mention, parent: &str) -> Mention {
    m.in_reply_to_id = Some(parent.into());
    m
}

pub fn inbound(m: Mention, action: Action) -> Triaged {
    Triaged {
        mention: m,
        decision: decision(action, Priority::Normal, 3600),
        direction: Direction::Inbound,
    }
}

pub fn outbound(m: Mention) -> Triaged {
    Triaged {
        mention: m,
        decision: decision(Action::Ignore, Priority::Normal, 0),
        direction: Direction::Outbound,
    }
}
