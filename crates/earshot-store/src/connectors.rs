//! Connector state: the position each inbound connector has read up to.

use crate::sql::*;
use crate::{Store, StoreError};

impl Store {
    /// The saved cursor of connector `name` (`x.mentions`, `bluesky.jetstream`,
    /// `email.imap`, ...), if it has saved one.
    pub async fn connector_cursor(&self, name: &str) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT cursor FROM connector_state WHERE name = $1")
            .bind(name)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(|r| get(r, "cursor")).transpose()
    }

    /// Save the cursor of connector `name`. Call it only after the mentions
    /// read before that position are stored, so a crash re-reads rather
    /// than skips.
    pub async fn set_connector_cursor(&self, name: &str, cursor: &str) -> Result<(), StoreError> {
        let mut w = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO connector_state (name, cursor, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (name) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at",
        )
        .bind(name)
        .bind(cursor)
        .bind(now_ms())
        .execute(&mut *w.tx)
        .await?;
        w.commit().await
    }
}
