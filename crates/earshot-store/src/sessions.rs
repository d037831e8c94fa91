//! What the web desk keeps and reads beyond cases: browser sessions (by the
//! hash of the cookie's id, with each session's CSRF token), failed logins
//! for throttling, the raw wire payloads the case view reads the
//! conversation from, and each case's opening triage for the inbox.
//!
//! The session id itself never reaches the database: the server hashes it
//! (SHA-256) before every call here, as with API tokens.

use crate::sql::*;
use crate::types::User;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// A signed-in browser session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WebSession {
    pub user_id: i64,
    /// Sent back by every form and state-changing request of this session.
    pub csrf_token: String,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// A session is extended (and its last use written) at most this often,
/// so reading pages does not turn into a write per request.
const TOUCH_GRANULARITY_MS: i64 = 60_000;

impl Store {
    /// Record a new session for `user_id` under `id_hash`, valid until
    /// `expires_at`.
    pub async fn create_web_session(
        &self,
        user_id: i64,
        id_hash: &str,
        csrf_token: &str,
        expires_at: DateTime<Utc>,
        user_agent: Option<&str>,
    ) -> Result<WebSession, StoreError> {
        let now = now_ms();
        let mut w = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO web_sessions (id_hash, user_id, csrf_token, created_at, last_seen_at, \
             expires_at, user_agent) VALUES ($1, $2, $3, $4, $4, $5, $6)",
        )
        .bind(id_hash)
        .bind(user_id)
        .bind(csrf_token)
        .bind(now)
        .bind(to_ms(expires_at))
        .bind(user_agent.map(|ua| ua.chars().take(200).collect::<String>()))
        .execute(&mut *w.tx)
        .await
        .map_err(|e| conflict_on_unique(e, || "session id already in use".into()))?;
        w.commit().await?;
        Ok(WebSession {
            user_id,
            csrf_token: csrf_token.to_string(),
            created_at: from_ms(now),
            last_seen_at: from_ms(now),
            expires_at,
        })
    }

    /// The live session stored under `id_hash` and its user; `None` when
    /// there is none or it has expired. A session used again more than a
    /// minute after its last recorded use slides its expiry to `now + ttl`.
    pub async fn web_session(
        &self,
        id_hash: &str,
        ttl: chrono::Duration,
    ) -> Result<Option<(WebSession, User)>, StoreError> {
        let now = now_ms();
        let row = sqlx::query(&format!(
            "SELECT s.csrf_token, s.created_at AS s_created_at, s.last_seen_at, s.expires_at, \
             {} FROM web_sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.id_hash = $1 AND s.expires_at > $2",
            "u.id, u.username, u.role, u.team_id, u.created_at, u.skills, u.available"
        ))
        .bind(id_hash)
        .bind(now)
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let user = user_from_row(&row)?;
        let mut session = WebSession {
            user_id: user.id,
            csrf_token: get(&row, "csrf_token")?,
            created_at: time(&row, "s_created_at")?,
            last_seen_at: time(&row, "last_seen_at")?,
            expires_at: time(&row, "expires_at")?,
        };
        if now - to_ms(session.last_seen_at) >= TOUCH_GRANULARITY_MS {
            let expires = now + ttl.num_milliseconds();
            let mut w = self.write_tx().await?;
            sqlx::query(
                "UPDATE web_sessions SET last_seen_at = $1, expires_at = $2 WHERE id_hash = $3",
            )
            .bind(now)
            .bind(expires)
            .bind(id_hash)
            .execute(&mut *w.tx)
            .await?;
            w.commit().await?;
            session.last_seen_at = from_ms(now);
            session.expires_at = from_ms(expires);
        }
        Ok(Some((session, user)))
    }

    /// Whether the session under `id_hash` exists and has not expired,
    /// without counting this as a use (for long-lived streams).
    pub async fn web_session_alive(&self, id_hash: &str) -> Result<bool, StoreError> {
        let row =
            sqlx::query("SELECT 1 AS one FROM web_sessions WHERE id_hash = $1 AND expires_at > $2")
                .bind(id_hash)
                .bind(now_ms())
                .fetch_optional(self.pool())
                .await?;
        Ok(row.is_some())
    }

    /// End a session (logout). Ending one that does not exist is fine.
    pub async fn delete_web_session(&self, id_hash: &str) -> Result<(), StoreError> {
        let mut w = self.write_tx().await?;
        sqlx::query("DELETE FROM web_sessions WHERE id_hash = $1")
            .bind(id_hash)
            .execute(&mut *w.tx)
            .await?;
        w.commit().await
    }

    /// Forget expired sessions and failed logins older than `keep_failures`;
    /// returns how many sessions went.
    pub async fn purge_web_sessions(
        &self,
        keep_failures: chrono::Duration,
    ) -> Result<u64, StoreError> {
        let now = now_ms();
        let mut w = self.write_tx().await?;
        let done = sqlx::query("DELETE FROM web_sessions WHERE expires_at <= $1")
            .bind(now)
            .execute(&mut *w.tx)
            .await?;
        sqlx::query("DELETE FROM login_failures WHERE at < $1")
            .bind(now - keep_failures.num_milliseconds())
            .execute(&mut *w.tx)
            .await?;
        w.commit().await?;
        Ok(done.rows_affected())
    }

    /// Count a failed login under `throttle_key` (a hash of username and
    /// client address) and return how many there have been since `since`.
    pub async fn record_login_failure(
        &self,
        throttle_key: &str,
        since: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        let mut w = self.write_tx().await?;
        sqlx::query("INSERT INTO login_failures (throttle_key, at) VALUES ($1, $2)")
            .bind(throttle_key)
            .bind(now_ms())
            .execute(&mut *w.tx)
            .await?;
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM login_failures WHERE throttle_key = $1 AND at >= $2",
        )
        .bind(throttle_key)
        .bind(to_ms(since))
        .fetch_one(&mut *w.tx)
        .await?;
        let n: i64 = get(&row, "n")?;
        w.commit().await?;
        Ok(n)
    }

    /// Failed logins under `throttle_key` since `since`, and the oldest of
    /// them (from which the caller works out when the next try is allowed).
    pub async fn login_failures_since(
        &self,
        throttle_key: &str,
        since: DateTime<Utc>,
    ) -> Result<(i64, Option<DateTime<Utc>>), StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n, MIN(at) AS oldest FROM login_failures \
             WHERE throttle_key = $1 AND at >= $2",
        )
        .bind(throttle_key)
        .bind(to_ms(since))
        .fetch_one(self.pool())
        .await?;
        Ok((get(&row, "n")?, opt_time(&row, "oldest")?))
    }

    /// Forget the failed logins under `throttle_key` (after a good login).
    pub async fn clear_login_failures(&self, throttle_key: &str) -> Result<(), StoreError> {
        let mut w = self.write_tx().await?;
        sqlx::query("DELETE FROM login_failures WHERE throttle_key = $1")
            .bind(throttle_key)
            .execute(&mut *w.tx)
            .await?;
        w.commit().await
    }

    /// The wire payloads (`raw`) of the given mentions, as received, for
    /// showing the conversation a post belongs to. Mentions stored without
    /// a payload are left out.
    pub async fn mention_payloads(&self, ids: &[i64]) -> Result<Vec<(i64, String)>, StoreError> {
        let mut out = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            let sql = format!(
                "SELECT id, raw FROM mentions WHERE raw IS NOT NULL AND id IN ({})",
                placeholders(1, chunk.len())
            );
            let mut q = sqlx::query(&sql);
            for id in chunk {
                q = q.bind(*id);
            }
            for row in q.fetch_all(self.pool()).await? {
                out.push((get(&row, "id")?, get(&row, "raw")?));
            }
        }
        out.sort_by_key(|(id, _)| *id);
        Ok(out)
    }

    /// The triage data (`action`, `addressed`, `reasons`, ...) of the first
    /// inbound post of each given case, for the inbox's "why" column. Cases
    /// without an inbound post are left out.
    pub async fn opening_triage(
        &self,
        case_ids: &[i64],
    ) -> Result<Vec<(i64, serde_json::Value)>, StoreError> {
        let mut out = Vec::with_capacity(case_ids.len());
        for chunk in case_ids.chunks(500) {
            let sql = format!(
                "SELECT case_id, data FROM timeline WHERE id IN \
                 (SELECT MIN(id) FROM timeline WHERE kind = 'inbound' AND case_id IN ({}) \
                 GROUP BY case_id)",
                placeholders(1, chunk.len())
            );
            let mut q = sqlx::query(&sql);
            for id in chunk {
                q = q.bind(*id);
            }
            for row in q.fetch_all(self.pool()).await? {
                let data: String = get(&row, "data")?;
                out.push((
                    get(&row, "case_id")?,
                    serde_json::from_str(&data).unwrap_or(serde_json::Value::Null),
                ));
            }
        }
        out.sort_by_key(|(id, _)| *id);
        Ok(out)
    }
}
