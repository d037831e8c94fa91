//! # earshot-store
//!
//! Everything earshot keeps lives here, behind one API over two databases:
//! SQLite (the embedded default, one file) and PostgreSQL (several stateless
//! instances). **API boundary**: no other crate writes SQL; callers use
//! functions named for what they do ([`Store::ingest_batch`],
//! [`Store::list_cases`], [`Store::queue_reply`], ...).
//!
//! ## Map
//! - `lib.rs`: [`Store`], connecting, migrations, [`StoreError`].
//! - `types.rs`: the public types, all `Serialize`.
//! - `ingest.rs`: storing triaged mentions, contacts and identities, and the
//!   case rule (`open_or_reopen_case`); thread context for triage.
//! - `cases.rs`: listing (keyset pagination), case detail, patches, notes.
//! - `outbox.rs`: replies queued in the outbox, and the claims, leases and
//!   outcomes of the outbox worker; [`ReplyContext`] for the senders.
//! - `contacts.rs`, `users.rs`: contacts and merging; teams, users, API tokens.
//! - `sessions.rs`: web desk sessions, failed-login throttling, raw payloads.
//! - `connectors.rs`: the cursor each inbound connector has read up to.
//! - `clocks.rs`: escalating cases past their first-response deadline
//!   (once per case and deadline, across instances).
//! - `dashboard.rs`: the manager dashboard's aggregate figures.
//! - [`auth`]: password hashing (argon2id) and API token generation.
//! - `bench.rs`: bulk generation of realistic cases for the listing benchmark.
//! - `sql.rs`: row mapping and the bulk-statement helpers.
//! - [`testing`]: a fresh PostgreSQL database per test, for test suites.
//!
//! ## Architecture invariants
//! - One code path for both databases (`sqlx::Any`), SQL with bound
//!   parameters only; the two schemas (`migrations/sqlite`,
//!   `migrations/postgres`) are kept equivalent and migrate on connect.
//!   Where the databases differ in what is fast, the difference is confined
//!   to `sql.rs` helpers: multi-row statements bind `VALUES (?, ...)` on
//!   SQLite and one JSON document (`jsonb_to_recordset`) on PostgreSQL, and
//!   the listing's keyset predicate is a row value on PostgreSQL.
//! - Case listing is keyset-paginated on `(due_key, id)` (`due_key` is the
//!   first-response deadline, or the largest integer when there is none),
//!   with an index per common filter: a deep page costs what the first does.
//! - Times are stored as unix milliseconds (`BIGINT`), JSON as text.
//! - A batch of mentions is stored in one transaction: a mention is stored
//!   once per (network, external id), whatever is replayed.
//! - Every change to a case writes a timeline entry in the same transaction
//!   and bumps the case's `version` (optimistic concurrency).
//! - A reply is an outbox row and a timeline entry written together; one
//!   idempotency key, one row.
//! - Writers are serialised: in-process by a lock on SQLite (one writer at a
//!   time is SQLite's rule anyway), and ingest batches by an advisory lock on
//!   PostgreSQL, so the case rule never races with another instance.

mod assign;
pub mod auth;
mod bench;
mod cases;
mod clocks;
mod connectors;
mod contacts;
mod dashboard;
mod ingest;
mod outbox;
mod sessions;
mod sql;
pub mod testing;
mod types;
mod users;

pub use assign::{AutoAssigned, NotAssigned, Strategy as AssignStrategy};
pub use clocks::{Deadline, Escalated};
pub use dashboard::{Count, Dashboard, Rising};
pub use outbox::{OutboxClaim, OutboxCount, ReplyContext};
pub use sessions::WebSession;
pub use types::*;

use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::migrate::Migrator;
use sqlx::{Any, AnyPool, Executor, Transaction};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Mutex, OwnedMutexGuard};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");

/// Stored mentions after which PostgreSQL's statistics are first refreshed.
const FIRST_ANALYZE_AT: u64 = 5_000;

/// What went wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be reached or opened. `url` has its password
    /// redacted.
    #[error("cannot reach the database at {url}: {reason}")]
    Unreachable { url: String, reason: String },
    #[error("database URL '{0}' is not supported (expected sqlite://PATH, sqlite::memory: or postgres://...)")]
    UnsupportedUrl(String),
    #[error("migrating the database schema failed: {0}")]
    Migration(String),
    /// The thing asked for does not exist.
    #[error("{0} not found")]
    NotFound(String),
    /// The change collides with the current state (stale version, existing user, ...).
    #[error("conflict: {0}")]
    Conflict(String),
    /// An argument was wrong (unknown team, bad cursor, ...); the message names it.
    #[error("invalid {0}")]
    Invalid(String),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
}

/// Which database a [`Store`] runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The store: a connection pool and the rules of earshot's data.
/// Cheap to clone; share one per process.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    pool: AnyPool,
    backend: Backend,
    /// SQLite allows one writer; taking turns in-process avoids busy retries.
    write_lock: Arc<Mutex<()>>,
    url: String,
    /// Mentions this process has stored, and the count at which the
    /// planner's statistics are refreshed next (see `ingest.rs`).
    stored: std::sync::atomic::AtomicU64,
    next_analyze: std::sync::atomic::AtomicU64,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.inner.backend)
            .field("url", &self.inner.url)
            .finish()
    }
}

/// A write transaction, holding the writer's turn until it ends.
pub(crate) struct WriteTx {
    pub(crate) tx: Transaction<'static, Any>,
    pub(crate) backend: Backend,
    _turn: Option<OwnedMutexGuard<()>>,
}

impl WriteTx {
    pub(crate) async fn commit(self) -> Result<(), StoreError> {
        self.tx.commit().await?;
        Ok(())
    }
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
pub fn redact_url(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_string();
    };
    let rest = &url[scheme_end + 3..];
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    match authority.rfind('@') {
        Some(at) => {
            let userinfo = &authority[..at];
            match userinfo.find(':') {
                Some(colon) => format!(
                    "{}{}:***{}",
                    &url[..scheme_end + 3],
                    &userinfo[..colon],
                    &rest[at..]
                ),
                None => url.to_string(),
            }
        }
        None => url.to_string(),
    }
}

fn sqlite_url(url: &str) -> String {
    if url.contains(":memory:") || url.contains("mode=") {
        return url.to_string();
    }
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}mode=rwc")
}

impl Store {
    /// Open the database named by `url` (`sqlite://PATH`, `sqlite::memory:`
    /// or `postgres://...`), creating a SQLite file if missing, and bring its
    /// schema up to date.
    pub async fn connect(url: &str) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let redacted = redact_url(url);
        let unreachable = |e: &dyn std::fmt::Display| StoreError::Unreachable {
            url: redacted.clone(),
            reason: e.to_string(),
        };
        let (backend, pool) = if url.starts_with("sqlite:") {
            let memory = url.contains(":memory:");
            let pool = AnyPoolOptions::new()
                .max_connections(if memory { 1 } else { 4 })
                .min_connections(if memory { 1 } else { 0 })
                .idle_timeout(if memory {
                    None
                } else {
                    Some(Duration::from_secs(600))
                })
                .max_lifetime(if memory {
                    None
                } else {
                    Some(Duration::from_secs(3600))
                })
                .acquire_timeout(Duration::from_secs(30))
                .after_connect(|conn, _meta| {
                    Box::pin(async move {
                        for pragma in [
                            "PRAGMA journal_mode = WAL",
                            "PRAGMA synchronous = NORMAL",
                            "PRAGMA foreign_keys = ON",
                            "PRAGMA busy_timeout = 10000",
                            "PRAGMA temp_store = MEMORY",
                            "PRAGMA cache_size = -65536",
                            "PRAGMA wal_autocheckpoint = 16384",
                            "PRAGMA mmap_size = 268435456",
                        ] {
                            conn.execute(pragma).await?;
                        }
                        Ok(())
                    })
                })
                .connect(&sqlite_url(url))
                .await
                .map_err(|e| unreachable(&e))?;
            (Backend::Sqlite, pool)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            // One direct attempt first: the pool would retry a refused
            // connection until its timeout, and the operator wants to know now.
            use sqlx::Connection as _;
            let probe = sqlx::AnyConnection::connect(url)
                .await
                .map_err(|e| unreachable(&e))?;
            let _ = probe.close().await;
            let pool = AnyPoolOptions::new()
                .max_connections(10)
                .acquire_timeout(Duration::from_secs(10))
                .connect(url)
                .await
                .map_err(|e| unreachable(&e))?;
            (Backend::Postgres, pool)
        } else {
            return Err(StoreError::UnsupportedUrl(redacted));
        };
        let migrator = match backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator
            .run(&pool)
            .await
            .map_err(|e| StoreError::Migration(e.to_string()))?;
        if backend == Backend::Sqlite {
            // Refresh the planner's statistics where they are missing or
            // stale (cheap; what SQLite recommends on opening a database).
            sqlx::query("PRAGMA optimize = 0x10002")
                .execute(&pool)
                .await?;
        }
        tracing::debug!(url = %redacted, ?backend, "store connected and migrated");
        Ok(Store {
            inner: Arc::new(Inner {
                pool,
                backend,
                write_lock: Arc::new(Mutex::new(())),
                url: redacted,
                stored: std::sync::atomic::AtomicU64::new(0),
                next_analyze: std::sync::atomic::AtomicU64::new(FIRST_ANALYZE_AT),
            }),
        })
    }

    pub fn backend(&self) -> Backend {
        self.inner.backend
    }

    /// The database URL, password redacted.
    pub fn url(&self) -> &str {
        &self.inner.url
    }

    /// Whether the database answers (for readiness checks).
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(self.pool()).await?;
        Ok(())
    }

    /// Close the pool (waits for connections to be returned).
    pub async fn close(&self) {
        self.inner.pool.close().await;
    }

    /// Count stored mentions; on PostgreSQL, refresh the planner's
    /// statistics of the ingest tables at 5,000 stored mentions and at each
    /// doubling after. A bulk import fills tables faster than autovacuum
    /// (or with it off) re-analyses them, and plans made for empty tables
    /// scan where they should seek. Failures only log: this is upkeep.
    pub(crate) async fn note_stored(&self, n: u64) {
        use std::sync::atomic::Ordering;
        let total = self.inner.stored.fetch_add(n, Ordering::Relaxed) + n;
        let due = self.inner.next_analyze.load(Ordering::Relaxed);
        if self.inner.backend != Backend::Postgres || total < due {
            return;
        }
        if self
            .inner
            .next_analyze
            .compare_exchange(
                due,
                due.saturating_mul(2),
                Ordering::Relaxed,
                Ordering::Relaxed,
            )
            .is_err()
        {
            return;
        }
        if let Err(e) = sqlx::query("ANALYZE mentions, identities, contacts, cases, timeline")
            .execute(self.pool())
            .await
        {
            tracing::warn!(error = %e, "refreshing planner statistics failed");
        } else {
            tracing::debug!(stored = total, "planner statistics refreshed");
        }
    }

    pub(crate) fn pool(&self) -> &AnyPool {
        &self.inner.pool
    }

    /// Begin a write transaction, taking the writer's turn on SQLite.
    pub(crate) async fn write_tx(&self) -> Result<WriteTx, StoreError> {
        let (turn, tx) = match self.inner.backend {
            // IMMEDIATE takes SQLite's write lock up front, so a transaction
            // that reads before it writes cannot lose its snapshot to another
            // process (busy_timeout then waits instead of failing).
            Backend::Sqlite => {
                let turn = self.inner.write_lock.clone().lock_owned().await;
                let tx = self.inner.pool.begin_with("BEGIN IMMEDIATE").await?;
                (Some(turn), tx)
            }
            Backend::Postgres => (None, self.inner.pool.begin().await?),
        };
        Ok(WriteTx {
            tx,
            backend: self.inner.backend,
            _turn: turn,
        })
    }
}

pub(crate) type Row = AnyRow;
