//! The outbox: replies and private messages recorded before they are sent,
//! and the states the outbox worker moves them through.
//!
//! ```text
//!  queue_reply ──► queued ──claim_outbox──► sending ──mark_outbox_sent──► sent
//!                    ▲  ▲                    │  │
//!                    │  └──requeue_outbox────┘  └──fail_outbox──► failed
//!                    │  (backoff, rate limit)                      │
//!                    └──recover_outbox_leases (lease expired)      │
//!                    └──retry_outbox (an agent, maybe edited) ─────┘
//! ```
//!
//! Invariants:
//! - An item and its `outbound` timeline entry are written in one
//!   transaction, and every change of the item rewrites the entry's `data`
//!   (`channel`, `status`, `attempts`, `error`, `next_attempt_at`) in the
//!   same transaction, so the case view shows what the outbox knows.
//! - A claim marks the item `sending`, counts the attempt and sets a lease
//!   (`claimed_until`, `claimed_by`) *before* anything is sent. On
//!   PostgreSQL the claim takes its rows `FOR UPDATE SKIP LOCKED`, so two
//!   instances never claim the same item; on SQLite the single writer
//!   serialises claims.
//! - An item left `sending` past its lease (its worker died) goes back to
//!   `queued` with its attempt count kept; the worker asks the network
//!   whether the post exists before sending an item a second time.

use crate::cases::{case_in_tx, insert_timeline, username_in_tx};
use crate::sql::*;
use crate::types::*;
use crate::{Store, StoreError, WriteTx};
use chrono::{DateTime, Utc};
use earshot_core::Network;
use serde_json::json;
use std::time::Duration;

/// What a worker asks for when it claims items.
#[derive(Debug, Clone)]
pub struct OutboxClaim<'a> {
    /// Who claims (recorded as `claimed_by`, for diagnosis).
    pub instance: &'a str,
    /// Only items of these networks (those the worker has a sender for).
    pub networks: &'a [Network],
    pub limit: u32,
    /// How long the claim holds; past it, the item is taken as abandoned.
    pub lease: Duration,
}

/// Everything a network's sender needs to address one outbox item,
/// gathered from the store by [`Store::reply_context`].
#[derive(Debug, Clone, PartialEq)]
pub struct ReplyContext {
    pub item: OutboxItem,
    /// The stored wire payload (`mentions.raw`) of the post replied to
    /// (`item.in_reply_to`), when that post and its payload are stored.
    pub in_reply_to_raw: Option<String>,
    /// The customer's account on the item's network: the author of the post
    /// replied to, else the case contact's identity on that network.
    /// `customer_id` is the network's user id (X user id, Mastodon account
    /// id, DID, email address), `customer_handle` the handle shown.
    pub customer_id: Option<String>,
    pub customer_handle: Option<String>,
    /// The conversation the case lives in (the case's conversation key: the
    /// first post's id on X and Bluesky, the thread's first Message-ID for
    /// email) and that post's payload, when stored.
    pub conversation_id: Option<String>,
    pub conversation_raw: Option<String>,
}

/// Items by status, for metrics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxCount {
    pub network: Network,
    pub status: OutboxStatus,
    pub count: i64,
}

fn to_ms_duration(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX / 2)
}

/// Rewrite the item's timeline entry to match the item.
async fn sync_timeline(w: &mut WriteTx, item: &OutboxItem) -> Result<(), StoreError> {
    let data = json!({
        "channel": item.channel,
        "status": item.status,
        "outbox_id": item.id,
        "attempts": item.attempts,
        "error": item.error,
        "next_attempt_at": item.next_attempt_at,
    });
    sqlx::query(
        "UPDATE timeline SET external_id = COALESCE($1, external_id), body = $2, data = $3 \
         WHERE id = $4",
    )
    .bind(item.external_id.as_deref())
    .bind(&item.body)
    .bind(data.to_string())
    .bind(item.timeline_id)
    .execute(&mut *w.tx)
    .await?;
    Ok(())
}

async fn item_in_tx(w: &mut WriteTx, id: i64) -> Result<Option<OutboxItem>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {OUTBOX_COLUMNS} FROM outbox WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&mut *w.tx)
    .await?;
    row.as_ref().map(outbox_from_row).transpose()
}

impl Store {
    /// Record a reply to a case: an outbox row (status `queued`) and an
    /// `outbound` timeline entry, in one transaction. The same
    /// `idempotency_key` returns the item recorded the first time.
    pub async fn queue_reply(
        &self,
        case_id: i64,
        user_id: i64,
        body: &str,
        channel: Channel,
        idempotency_key: Option<&str>,
    ) -> Result<OutboxItem, StoreError> {
        if body.trim().is_empty() {
            return Err(StoreError::Invalid("reply: the body is empty".into()));
        }
        match self
            .try_queue_reply(case_id, user_id, body, channel, idempotency_key)
            .await
        {
            // Two requests with one key raced; the other one won.
            Err(StoreError::Conflict(_)) if idempotency_key.is_some() => {
                let key = idempotency_key.unwrap_or_default();
                self.outbox_by_key(key)
                    .await?
                    .ok_or_else(|| StoreError::Conflict(format!("idempotency key '{key}'")))
            }
            other => other,
        }
    }

    async fn outbox_by_key(&self, key: &str) -> Result<Option<OutboxItem>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {OUTBOX_COLUMNS} FROM outbox WHERE idempotency_key = $1"
        ))
        .bind(key)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(outbox_from_row).transpose()
    }

    async fn try_queue_reply(
        &self,
        case_id: i64,
        user_id: i64,
        body: &str,
        channel: Channel,
        idempotency_key: Option<&str>,
    ) -> Result<OutboxItem, StoreError> {
        let mut w = self.write_tx().await?;
        if let Some(key) = idempotency_key {
            let row = sqlx::query(&format!(
                "SELECT {OUTBOX_COLUMNS} FROM outbox WHERE idempotency_key = $1"
            ))
            .bind(key)
            .fetch_optional(&mut *w.tx)
            .await?;
            if let Some(row) = row {
                let existing = outbox_from_row(&row)?;
                if existing.case_id != case_id {
                    return Err(StoreError::Invalid(format!(
                        "idempotency key '{key}': already used for case {}",
                        existing.case_id
                    )));
                }
                return Ok(existing);
            }
        }
        let case = case_in_tx(&mut w, case_id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("case {case_id}")))?;
        let author = username_in_tx(&mut w, user_id)
            .await?
            .ok_or_else(|| StoreError::Invalid(format!("user {user_id}: no such user")))?;
        // A reply answers the customer's latest post in the case.
        let in_reply_to: Option<String> = sqlx::query(
            "SELECT external_id FROM mentions WHERE case_id = $1 AND direction = 'inbound' \
             ORDER BY created_at DESC, id DESC LIMIT 1",
        )
        .bind(case_id)
        .fetch_optional(&mut *w.tx)
        .await?
        .map(|r| get::<String>(&r, "external_id"))
        .transpose()?;
        let now = now_ms();
        let entry = insert_timeline(
            &mut w,
            case_id,
            TimelineKind::Outbound,
            now,
            Some(&author),
            Some(body),
            Some(user_id),
            &json!({"channel": channel, "status": OutboxStatus::Queued}),
        )
        .await?;
        let row = sqlx::query(&format!(
            "INSERT INTO outbox (case_id, timeline_id, channel, network, in_reply_to, body, status, \
             attempts, idempotency_key, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 'queued', 0, $7, $8, $9) RETURNING {OUTBOX_COLUMNS}"
        ))
        .bind(case_id)
        .bind(entry.id)
        .bind(channel.as_str())
        .bind(case.network.as_str())
        .bind(in_reply_to)
        .bind(body)
        .bind(idempotency_key)
        .bind(user_id)
        .bind(now)
        .fetch_one(&mut *w.tx)
        .await
        .map_err(|e| conflict_on_unique(e, || "idempotency key already used".into()))?;
        let item = outbox_from_row(&row)?;
        sync_timeline(&mut w, &item).await?;
        // The agent has answered: the first-response clock stops here.
        sqlx::query(
            "UPDATE cases SET first_responded_at = COALESCE(first_responded_at, $1), \
             last_activity_at = $1, version = version + 1 WHERE id = $2",
        )
        .bind(now)
        .bind(case_id)
        .execute(&mut *w.tx)
        .await?;
        w.commit().await?;
        tracing::debug!(case_id, outbox_id = item.id, "reply queued");
        Ok(item)
    }

    /// One outbox item.
    pub async fn outbox_item(&self, id: i64) -> Result<Option<OutboxItem>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {OUTBOX_COLUMNS} FROM outbox WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(outbox_from_row).transpose()
    }

    /// Claim up to `claim.limit` due queued items of `claim.networks`,
    /// oldest first: each becomes `sending`, its attempt is counted and it
    /// is leased to `claim.instance` until now + `claim.lease`. Items in a
    /// backoff or rate-limit wait (`next_attempt_at` in the future) are not
    /// due. Two instances on PostgreSQL never claim the same item.
    pub async fn claim_outbox(
        &self,
        claim: &OutboxClaim<'_>,
    ) -> Result<Vec<OutboxItem>, StoreError> {
        if claim.networks.is_empty() || claim.limit == 0 {
            return Ok(Vec::new());
        }
        let now = now_ms();
        let until = now.saturating_add(to_ms_duration(claim.lease));
        let networks: Vec<String> = claim
            .networks
            .iter()
            .map(|n| n.as_str().to_string())
            .collect();
        let mut w = self.write_tx().await?;
        // The locking clause makes a second instance skip the rows this one
        // is claiming instead of waiting for them (and then claiming them
        // too once this transaction commits and they no longer match is
        // what READ COMMITTED would re-check; SKIP LOCKED avoids the wait).
        let lock = match w.backend {
            crate::Backend::Postgres => " FOR UPDATE SKIP LOCKED",
            crate::Backend::Sqlite => "",
        };
        let sql = format!(
            "UPDATE outbox SET status = 'sending', attempts = attempts + 1, \
             claimed_until = $1, claimed_by = $2 \
             WHERE id IN (SELECT id FROM outbox WHERE status = 'queued' \
               AND (next_attempt_at IS NULL OR next_attempt_at <= $3) \
               AND network {} ORDER BY id LIMIT {}{lock}) \
             AND status = 'queued' RETURNING {OUTBOX_COLUMNS}",
            in_list(w.backend, 4, networks.len(), Ty::Text),
            claim.limit,
        );
        let q = sqlx::query(&sql).bind(until).bind(claim.instance).bind(now);
        let q = bind_in(w.backend, q, &networks);
        let rows = q.fetch_all(&mut *w.tx).await?;
        let mut items = rows
            .iter()
            .map(outbox_from_row)
            .collect::<Result<Vec<_>, _>>()?;
        items.sort_by_key(|i| i.id);
        for item in &items {
            sync_timeline(&mut w, item).await?;
        }
        w.commit().await?;
        Ok(items)
    }

    /// Claim up to `limit` queued replies of any network for sending
    /// (status → `sending`, attempts + 1, a five-minute lease), oldest first.
    pub async fn claim_outbox_batch(&self, limit: u32) -> Result<Vec<OutboxItem>, StoreError> {
        self.claim_outbox(&OutboxClaim {
            instance: "local",
            networks: &Network::ALL,
            limit,
            lease: Duration::from_secs(300),
        })
        .await
    }

    /// Items left `sending` past their lease (the worker that claimed them
    /// stopped mid-send) go back to `queued`, attempts kept, with a note
    /// saying why. Returns them. Safe to run from every instance at once.
    pub async fn recover_outbox_leases(&self) -> Result<Vec<OutboxItem>, StoreError> {
        let mut w = self.write_tx().await?;
        let rows = sqlx::query(&format!(
            "UPDATE outbox SET status = 'queued', claimed_until = NULL, claimed_by = NULL, \
             next_attempt_at = NULL, error = $1 \
             WHERE status = 'sending' AND (claimed_until IS NULL OR claimed_until < $2) \
             RETURNING {OUTBOX_COLUMNS}"
        ))
        .bind(
            "the worker sending this stopped before it finished; \
             the network is checked for the post before it is sent again",
        )
        .bind(now_ms())
        .fetch_all(&mut *w.tx)
        .await?;
        let items = rows
            .iter()
            .map(outbox_from_row)
            .collect::<Result<Vec<_>, _>>()?;
        for item in &items {
            sync_timeline(&mut w, item).await?;
        }
        w.commit().await?;
        if !items.is_empty() {
            tracing::warn!(
                count = items.len(),
                "outbox items recovered from expired leases"
            );
        }
        Ok(items)
    }

    /// Record that the network accepted an item, with the post's id there.
    /// Recording the same item sent again is a no-op.
    pub async fn mark_outbox_sent(
        &self,
        id: i64,
        external_id: &str,
    ) -> Result<OutboxItem, StoreError> {
        let mut w = self.write_tx().await?;
        let row = sqlx::query(&format!(
            "UPDATE outbox SET status = 'sent', sent_at = $1, external_id = $2, error = NULL, \
             next_attempt_at = NULL, claimed_until = NULL \
             WHERE id = $3 AND status <> 'sent' RETURNING {OUTBOX_COLUMNS}"
        ))
        .bind(now_ms())
        .bind(external_id)
        .bind(id)
        .fetch_optional(&mut *w.tx)
        .await?;
        let item = match row {
            Some(row) => {
                let item = outbox_from_row(&row)?;
                sync_timeline(&mut w, &item).await?;
                item
            }
            None => item_in_tx(&mut w, id)
                .await?
                .ok_or_else(|| StoreError::NotFound(format!("outbox item {id}")))?,
        };
        w.commit().await?;
        Ok(item)
    }

    /// An item being sent goes back to `queued`, due again at `at`, with
    /// `reason` shown on the case. `count_attempt: false` gives the claim's
    /// attempt back (a rate limit, or a pause: nothing reached the network).
    pub async fn requeue_outbox(
        &self,
        id: i64,
        reason: &str,
        at: DateTime<Utc>,
        count_attempt: bool,
    ) -> Result<OutboxItem, StoreError> {
        let give_back: i64 = if count_attempt { 0 } else { 1 };
        self.finish_sending(
            id,
            &format!(
                "UPDATE outbox SET status = 'queued', next_attempt_at = $1, error = $2, \
                 attempts = CASE WHEN attempts >= $3 THEN attempts - $3 ELSE 0 END, \
                 claimed_until = NULL, claimed_by = NULL \
                 WHERE id = $4 AND status = 'sending' RETURNING {OUTBOX_COLUMNS}"
            ),
            Some(to_ms(at)),
            reason,
            give_back,
        )
        .await
    }

    /// An item being sent failed for good: `failed` with `reason`, for an
    /// agent to edit or retry.
    pub async fn fail_outbox(&self, id: i64, reason: &str) -> Result<OutboxItem, StoreError> {
        self.finish_sending(
            id,
            &format!(
                "UPDATE outbox SET status = 'failed', next_attempt_at = $1, error = $2, \
                 attempts = attempts - $3, claimed_until = NULL, claimed_by = NULL \
                 WHERE id = $4 AND status = 'sending' RETURNING {OUTBOX_COLUMNS}"
            ),
            None,
            reason,
            0,
        )
        .await
    }

    async fn finish_sending(
        &self,
        id: i64,
        sql: &str,
        at: Option<i64>,
        reason: &str,
        give_back: i64,
    ) -> Result<OutboxItem, StoreError> {
        let mut w = self.write_tx().await?;
        let row = sqlx::query(sql)
            .bind(at)
            .bind(reason)
            .bind(give_back)
            .bind(id)
            .fetch_optional(&mut *w.tx)
            .await?;
        let Some(row) = row else {
            return Err(match item_in_tx(&mut w, id).await? {
                Some(item) => StoreError::Conflict(format!(
                    "outbox item {id} is {}, not being sent",
                    item.status
                )),
                None => StoreError::NotFound(format!("outbox item {id}")),
            });
        };
        let item = outbox_from_row(&row)?;
        sync_timeline(&mut w, &item).await?;
        w.commit().await?;
        Ok(item)
    }

    /// Record a failed send: back to `queued` to be retried now, or
    /// `failed`.
    pub async fn mark_outbox_failed(
        &self,
        id: i64,
        error: &str,
        retry: bool,
    ) -> Result<OutboxItem, StoreError> {
        if retry {
            self.requeue_outbox(id, error, Utc::now(), true).await
        } else {
            self.fail_outbox(id, error).await
        }
    }

    /// Queued items of `network` get `reason` as their shown error (e.g. no
    /// sender is configured for the network yet); they stay queued. Returns
    /// the items whose reason changed.
    pub async fn note_outbox_waiting(
        &self,
        network: Network,
        reason: &str,
    ) -> Result<Vec<OutboxItem>, StoreError> {
        let mut w = self.write_tx().await?;
        let rows = sqlx::query(&format!(
            "UPDATE outbox SET error = $1 WHERE status = 'queued' AND network = $2 \
             AND (error IS NULL OR error <> $1) RETURNING {OUTBOX_COLUMNS}"
        ))
        .bind(reason)
        .bind(network.as_str())
        .fetch_all(&mut *w.tx)
        .await?;
        let items = rows
            .iter()
            .map(outbox_from_row)
            .collect::<Result<Vec<_>, _>>()?;
        for item in &items {
            sync_timeline(&mut w, item).await?;
        }
        w.commit().await?;
        Ok(items)
    }

    /// An agent retries a `failed` item, optionally with new text: it is
    /// queued again with a fresh attempt count. Any other status is a
    /// `Conflict` (a queued or sending item is already on its way; a sent
    /// one cannot be unsent).
    pub async fn retry_outbox(
        &self,
        id: i64,
        body: Option<&str>,
    ) -> Result<OutboxItem, StoreError> {
        if body.is_some_and(|b| b.trim().is_empty()) {
            return Err(StoreError::Invalid("reply: the body is empty".into()));
        }
        let mut w = self.write_tx().await?;
        let item = item_in_tx(&mut w, id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("outbox item {id}")))?;
        if item.status != OutboxStatus::Failed {
            return Err(StoreError::Conflict(format!(
                "outbox item {id} is {}; only failed replies can be retried",
                item.status
            )));
        }
        let row = sqlx::query(&format!(
            "UPDATE outbox SET status = 'queued', body = COALESCE($1, body), attempts = 0, \
             error = NULL, next_attempt_at = NULL, claimed_until = NULL, claimed_by = NULL \
             WHERE id = $2 AND status = 'failed' RETURNING {OUTBOX_COLUMNS}"
        ))
        .bind(body)
        .bind(id)
        .fetch_one(&mut *w.tx)
        .await?;
        let item = outbox_from_row(&row)?;
        sync_timeline(&mut w, &item).await?;
        sqlx::query("UPDATE cases SET last_activity_at = $1 WHERE id = $2")
            .bind(now_ms())
            .bind(item.case_id)
            .execute(&mut *w.tx)
            .await?;
        w.commit().await?;
        Ok(item)
    }

    /// Outbox items of a case, oldest first.
    pub async fn list_outbox(&self, case_id: i64) -> Result<Vec<OutboxItem>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {OUTBOX_COLUMNS} FROM outbox WHERE case_id = $1 ORDER BY id"
        ))
        .bind(case_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(outbox_from_row).collect()
    }

    /// Items by network and status (for `/metrics`).
    pub async fn count_outbox(&self) -> Result<Vec<OutboxCount>, StoreError> {
        let rows = sqlx::query(
            "SELECT network, status, COUNT(*) AS n FROM outbox GROUP BY network, status \
             ORDER BY network, status",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(OutboxCount {
                    network: parsed(r, "network")?,
                    status: parsed(r, "status")?,
                    count: get(r, "n")?,
                })
            })
            .collect()
    }

    /// Everything a sender needs for item `id` (see [`ReplyContext`]);
    /// `None` when there is no such item.
    pub async fn reply_context(&self, id: i64) -> Result<Option<ReplyContext>, StoreError> {
        let Some(item) = self.outbox_item(id).await? else {
            return Ok(None);
        };
        let network = item.network.as_str();
        let mut ctx = ReplyContext {
            item,
            in_reply_to_raw: None,
            customer_id: None,
            customer_handle: None,
            conversation_id: None,
            conversation_raw: None,
        };
        if let Some(parent) = ctx.item.in_reply_to.clone() {
            let row = sqlx::query(
                "SELECT m.raw, i.external_user_id, i.handle FROM mentions m \
                 LEFT JOIN identities i ON i.id = m.identity_id \
                 WHERE m.network = $1 AND m.external_id = $2",
            )
            .bind(network)
            .bind(&parent)
            .fetch_optional(self.pool())
            .await?;
            if let Some(row) = row {
                ctx.in_reply_to_raw = get(&row, "raw")?;
                ctx.customer_id = get(&row, "external_user_id")?;
                ctx.customer_handle = get(&row, "handle")?;
            }
        }
        if ctx.customer_id.is_none() {
            let row = sqlx::query(
                "SELECT i.external_user_id, i.handle FROM cases c \
                 JOIN identities i ON i.contact_id = c.contact_id AND i.network = $2 \
                 WHERE c.id = $1 ORDER BY i.id LIMIT 1",
            )
            .bind(ctx.item.case_id)
            .bind(network)
            .fetch_optional(self.pool())
            .await?;
            if let Some(row) = row {
                ctx.customer_id = Some(get(&row, "external_user_id")?);
                ctx.customer_handle = Some(get(&row, "handle")?);
            }
        }
        let row = sqlx::query(
            "SELECT c.conversation_key, m.raw FROM cases c \
             LEFT JOIN mentions m ON m.network = c.network AND m.external_id = c.conversation_key \
             WHERE c.id = $1",
        )
        .bind(ctx.item.case_id)
        .fetch_optional(self.pool())
        .await?;
        if let Some(row) = row {
            ctx.conversation_id = Some(get(&row, "conversation_key")?);
            ctx.conversation_raw = get(&row, "raw")?;
        }
        Ok(Some(ctx))
    }
}
