//! Teams, desk users and API tokens.

use crate::sql::*;
use crate::types::*;
use crate::{Store, StoreError};

/// A token's `last_used_at` is refreshed at most this often (ms), so that
/// authenticating a request is a read, not a write, nearly every time.
const LAST_USED_GRANULARITY_MS: i64 = 60_000;

impl Store {
    /// Create or rename the plan's teams. Teams missing from the list are
    /// kept (users and cases may still refer to them).
    pub async fn sync_teams<S: AsRef<str>>(&self, teams: &[(S, S)]) -> Result<(), StoreError> {
        let mut w = self.write_tx().await?;
        for (id, name) in teams {
            sqlx::query(
                "INSERT INTO teams (id, name) VALUES ($1, $2) \
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name",
            )
            .bind(id.as_ref())
            .bind(name.as_ref())
            .execute(&mut *w.tx)
            .await?;
        }
        w.commit().await
    }

    pub async fn list_teams(&self) -> Result<Vec<Team>, StoreError> {
        let rows = sqlx::query("SELECT id, name FROM teams ORDER BY id")
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Team {
                    id: get(r, "id")?,
                    name: get(r, "name")?,
                })
            })
            .collect()
    }

    /// Create a desk user. `password_hash` comes from [`crate::auth::hash_password`].
    /// A taken username is a `Conflict`; an unknown team is `Invalid`.
    pub async fn create_user(
        &self,
        username: &str,
        password_hash: &str,
        role: Role,
        team: Option<&str>,
    ) -> Result<User, StoreError> {
        let username = username.trim();
        if username.is_empty() {
            return Err(StoreError::Invalid("username: it is empty".into()));
        }
        let mut w = self.write_tx().await?;
        if let Some(team) = team {
            let exists = sqlx::query("SELECT id FROM teams WHERE id = $1")
                .bind(team)
                .fetch_optional(&mut *w.tx)
                .await?;
            if exists.is_none() {
                return Err(StoreError::Invalid(format!("team '{team}': no such team")));
            }
        }
        let row = sqlx::query(&format!(
            "INSERT INTO users (username, password_hash, role, team_id, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING {USER_COLUMNS}"
        ))
        .bind(username)
        .bind(password_hash)
        .bind(role.as_str())
        .bind(team)
        .bind(now_ms())
        .fetch_one(&mut *w.tx)
        .await
        .map_err(|e| conflict_on_unique(e, || format!("user '{username}' already exists")))?;
        let user = user_from_row(&row)?;
        w.commit().await?;
        Ok(user)
    }

    pub async fn list_users(&self) -> Result<Vec<User>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {USER_COLUMNS} FROM users ORDER BY username"
        ))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(user_from_row).collect()
    }

    pub async fn get_user(&self, id: i64) -> Result<Option<User>, StoreError> {
        let row = sqlx::query(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(user_from_row).transpose()
    }

    pub async fn user_by_username(&self, username: &str) -> Result<Option<User>, StoreError> {
        Ok(self.credentials_for(username).await?.map(|(u, _)| u))
    }

    /// The user and their password hash, for checking a login.
    pub async fn credentials_for(
        &self,
        username: &str,
    ) -> Result<Option<(User, String)>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {USER_COLUMNS}, password_hash FROM users WHERE username = $1"
        ))
        .bind(username.trim())
        .fetch_optional(self.pool())
        .await?;
        match row {
            Some(r) => Ok(Some((user_from_row(&r)?, get(&r, "password_hash")?))),
            None => Ok(None),
        }
    }

    /// Replace a user's password hash.
    pub async fn set_password_hash(&self, user_id: i64, hash: &str) -> Result<(), StoreError> {
        let mut w = self.write_tx().await?;
        let done = sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(user_id)
            .execute(&mut *w.tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("user {user_id}")));
        }
        w.commit().await
    }

    /// Record a token by its hash ([`crate::auth::new_api_token`]).
    pub async fn create_api_token(
        &self,
        user_id: i64,
        token_hash: &str,
        label: &str,
    ) -> Result<ApiToken, StoreError> {
        let mut w = self.write_tx().await?;
        let user = sqlx::query("SELECT id FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_optional(&mut *w.tx)
            .await?;
        if user.is_none() {
            return Err(StoreError::Invalid(format!("user {user_id}: no such user")));
        }
        let row = sqlx::query(
            "INSERT INTO api_tokens (user_id, token_hash, label, created_at) VALUES ($1, $2, $3, $4) \
             RETURNING id, user_id, label, created_at, last_used_at, revoked_at",
        )
        .bind(user_id)
        .bind(token_hash)
        .bind(label)
        .bind(now_ms())
        .fetch_one(&mut *w.tx)
        .await
        .map_err(|e| conflict_on_unique(e, || "token already recorded".to_string()))?;
        let token = token_from_row(&row)?;
        w.commit().await?;
        Ok(token)
    }

    /// Tokens of one user, or of everyone; newest first.
    pub async fn list_tokens(&self, user_id: Option<i64>) -> Result<Vec<ApiToken>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, user_id, label, created_at, last_used_at, revoked_at FROM api_tokens \
             WHERE ($1 IS NULL OR user_id = $1) ORDER BY id DESC",
        )
        .bind(user_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(token_from_row).collect()
    }

    /// Revoke a token; it no longer authenticates.
    pub async fn revoke_token(&self, id: i64) -> Result<(), StoreError> {
        let mut w = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
        )
        .bind(now_ms())
        .bind(id)
        .execute(&mut *w.tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("active token {id}")));
        }
        w.commit().await
    }

    /// The user a (non-revoked) token belongs to, looked up by the token's hash.
    pub async fn user_for_token(&self, token_hash: &str) -> Result<Option<User>, StoreError> {
        let row = sqlx::query(
            "SELECT u.id, u.username, u.role, u.team_id, u.created_at, u.skills, u.available, \
             t.id AS token_id, \
             t.last_used_at FROM api_tokens t JOIN users u ON u.id = t.user_id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL",
        )
        .bind(token_hash)
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let user = user_from_row(&row)?;
        let last_used: Option<i64> = get(&row, "last_used_at")?;
        let now = now_ms();
        if last_used.is_none_or(|t| now - t >= LAST_USED_GRANULARITY_MS) {
            let token_id: i64 = get(&row, "token_id")?;
            let mut w = self.write_tx().await?;
            sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
                .bind(now)
                .bind(token_id)
                .execute(&mut *w.tx)
                .await?;
            w.commit().await?;
        }
        Ok(Some(user))
    }
}

fn token_from_row(row: &crate::Row) -> Result<ApiToken, StoreError> {
    Ok(ApiToken {
        id: get(row, "id")?,
        user_id: get(row, "user_id")?,
        label: get(row, "label")?,
        created_at: time(row, "created_at")?,
        last_used_at: opt_time(row, "last_used_at")?,
        revoked_at: opt_time(row, "revoked_at")?,
    })
}
