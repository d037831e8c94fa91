//! Contacts: one person across networks, and merging two records of them.

use crate::sql::*;
use crate::types::*;
use crate::{Store, StoreError};

impl Store {
    /// A contact with its identities and cases (newest first).
    pub async fn get_contact(&self, id: i64) -> Result<Option<ContactDetail>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {CONTACT_COLUMNS} FROM contacts WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let contact = contact_from_row(&row)?;
        let identities = sqlx::query(&format!(
            "SELECT {IDENTITY_COLUMNS} FROM identities WHERE contact_id = $1 ORDER BY id"
        ))
        .bind(id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(identity_from_row)
        .collect::<Result<_, _>>()?;
        let cases = sqlx::query(&format!(
            "SELECT {CASE_COLUMNS} FROM cases c WHERE c.contact_id = $1 \
             ORDER BY c.last_activity_at DESC, c.id DESC"
        ))
        .bind(id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(case_from_row)
        .collect::<Result<_, _>>()?;
        Ok(Some(ContactDetail {
            contact,
            identities,
            cases,
        }))
    }

    /// Contacts (not merged away) whose name or handle contains `q`, newest first.
    pub async fn list_contacts(
        &self,
        q: Option<&str>,
        limit: u32,
    ) -> Result<Vec<ContactSummary>, StoreError> {
        let limit = i64::from(limit.clamp(1, 500));
        let rows = match q.map(str::trim).filter(|q| !q.is_empty()) {
            None => {
                sqlx::query(&format!(
                    "SELECT {CONTACT_COLUMNS} FROM contacts WHERE merged_into IS NULL \
                     ORDER BY id DESC LIMIT $1"
                ))
                .bind(limit)
                .fetch_all(self.pool())
                .await?
            }
            Some(q) => {
                let pattern = format!(
                    "%{}%",
                    q.to_lowercase()
                        .replace('\\', "\\\\")
                        .replace('%', "\\%")
                        .replace('_', "\\_")
                );
                sqlx::query(&format!(
                    "SELECT {CONTACT_COLUMNS} FROM contacts WHERE merged_into IS NULL AND \
                     (LOWER(display_name) LIKE $1 ESCAPE '\\' OR id IN \
                      (SELECT contact_id FROM identities WHERE LOWER(handle) LIKE $1 ESCAPE '\\')) \
                     ORDER BY id DESC LIMIT $2"
                ))
                .bind(pattern)
                .bind(limit)
                .fetch_all(self.pool())
                .await?
            }
        };
        rows.iter().map(contact_from_row).collect()
    }

    /// Merge contact `merge` into `keep`: identities, mentions and cases move
    /// to `keep`; `merge` records `merged_into = keep`.
    pub async fn merge_contacts(&self, keep: i64, merge: i64) -> Result<ContactDetail, StoreError> {
        if keep == merge {
            return Err(StoreError::Invalid(format!(
                "merge: contact {keep} cannot be merged into itself"
            )));
        }
        let mut w = self.write_tx().await?;
        for id in [keep, merge] {
            let row = sqlx::query("SELECT merged_into FROM contacts WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *w.tx)
                .await?
                .ok_or_else(|| StoreError::NotFound(format!("contact {id}")))?;
            if let Some(into) = get::<Option<i64>>(&row, "merged_into")? {
                return Err(StoreError::Invalid(format!(
                    "merge: contact {id} was already merged into {into}"
                )));
            }
        }
        for table in ["identities", "mentions", "cases"] {
            sqlx::query(&format!(
                "UPDATE {table} SET contact_id = $1 WHERE contact_id = $2"
            ))
            .bind(keep)
            .bind(merge)
            .execute(&mut *w.tx)
            .await?;
        }
        sqlx::query("UPDATE contacts SET merged_into = $1 WHERE id = $2 OR merged_into = $2")
            .bind(keep)
            .bind(merge)
            .execute(&mut *w.tx)
            .await?;
        w.commit().await?;
        tracing::info!(keep, merge, "contacts merged");
        self.get_contact(keep)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("contact {keep}")))
    }
}
