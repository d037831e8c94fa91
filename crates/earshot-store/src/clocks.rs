//! Deadlines after the fact: escalating cases whose first-response
//! deadline passed unanswered, or whose resolution deadline passed while
//! they were still open (the sweeper's writes), and reading which cases are
//! escalated (inbox rows, dashboard).
//!
//! Escalation is exactly once per case and deadline, on any number of
//! instances: the `case_escalations` (first response) or
//! `resolution_escalations` row is inserted with `ON CONFLICT DO NOTHING
//! ... RETURNING`, so only the transaction whose row went in writes the
//! timeline entry and the assignment.

use crate::cases::{case_in_tx, insert_timeline};
use crate::sql::*;
use crate::{Store, StoreError, TimelineKind};
use chrono::{DateTime, Utc};
use serde_json::json;
use std::collections::HashMap;

/// A case the sweeper just escalated.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Escalated {
    pub case_id: i64,
    pub due_at: DateTime<Utc>,
    /// Which deadline it missed.
    pub deadline: Deadline,
    /// The lead it went to (assigned when the case had nobody).
    pub lead_user_id: Option<i64>,
    pub lead_username: Option<String>,
    pub assigned_to_lead: bool,
}

/// Which clock ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Deadline {
    FirstResponse,
    Resolution,
}

impl Deadline {
    fn table(self) -> &'static str {
        match self {
            Deadline::FirstResponse => "case_escalations",
            Deadline::Resolution => "resolution_escalations",
        }
    }
}

impl Store {
    /// Escalate up to `limit` open, unanswered cases whose first-response
    /// deadline is before `cutoff` (now minus the plan's grace) and that
    /// were not escalated for that deadline yet. Each gets a timeline entry
    /// naming who was told (`notify`: the plan's escalation path) and, if
    /// nobody has it, is assigned to its team's lead (else any lead).
    pub async fn escalate_breached(
        &self,
        now: DateTime<Utc>,
        cutoff: DateTime<Utc>,
        notify: &[String],
        limit: u32,
    ) -> Result<Vec<Escalated>, StoreError> {
        let mut w = self.write_tx().await?;
        // LIMIT as a literal: a number we control, not outside input.
        let rows = sqlx::query(&format!(
            "INSERT INTO case_escalations (case_id, due_at, escalated_at) \
             SELECT c.id, c.first_response_due_at, $1 FROM cases c \
             WHERE c.status = 'open' AND c.first_responded_at IS NULL AND c.due_key < $2 \
               AND NOT EXISTS (SELECT 1 FROM case_escalations e \
                               WHERE e.case_id = c.id AND e.due_at = c.first_response_due_at) \
             ORDER BY c.due_key, c.id LIMIT {limit} \
             ON CONFLICT (case_id, due_at) DO NOTHING RETURNING case_id, due_at"
        ))
        .bind(to_ms(now))
        .bind(to_ms(cutoff))
        .fetch_all(&mut *w.tx)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            let case_id: i64 = get(row, "case_id")?;
            let due_ms: i64 = get(row, "due_at")?;
            if let Some(e) = escalate_one(
                &mut w,
                case_id,
                due_ms,
                now,
                notify,
                Deadline::FirstResponse,
            )
            .await?
            {
                out.push(e);
            }
        }
        w.commit().await?;
        Ok(out)
    }

    /// Open or pending cases of `priority` opened before `opened_before`
    /// that were not escalated for their resolution deadline yet, oldest
    /// first, with their opening time: the sweeper computes each one's
    /// deadline from the plan (in business hours) and escalates the late
    /// ones with [`Store::escalate_resolutions`].
    pub async fn resolution_candidates(
        &self,
        priority: earshot_core::Priority,
        opened_before: DateTime<Utc>,
        limit: u32,
    ) -> Result<Vec<(i64, DateTime<Utc>)>, StoreError> {
        // LIMIT as a literal: a number we control, not outside input.
        let rows = sqlx::query(&format!(
            "SELECT c.id, c.opened_at FROM cases c \
             WHERE c.status IN ('open', 'pending') AND c.priority = $1 AND c.opened_at < $2 \
               AND NOT EXISTS (SELECT 1 FROM resolution_escalations e WHERE e.case_id = c.id) \
             ORDER BY c.opened_at, c.id LIMIT {limit}"
        ))
        .bind(priority.as_str())
        .bind(to_ms(opened_before))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((get(r, "id")?, time(r, "opened_at")?)))
            .collect()
    }

    /// Escalate each `(case, resolution deadline)` once: cases resolved
    /// meanwhile, or escalated by another instance, are skipped.
    pub async fn escalate_resolutions(
        &self,
        now: DateTime<Utc>,
        late: &[(i64, DateTime<Utc>)],
        notify: &[String],
    ) -> Result<Vec<Escalated>, StoreError> {
        let mut w = self.write_tx().await?;
        let mut out = Vec::new();
        for &(case_id, due) in late {
            let row = sqlx::query(
                "INSERT INTO resolution_escalations (case_id, due_at, escalated_at) \
                 SELECT c.id, $2, $3 FROM cases c \
                 WHERE c.id = $1 AND c.status IN ('open', 'pending') \
                 ON CONFLICT (case_id) DO NOTHING RETURNING case_id",
            )
            .bind(case_id)
            .bind(to_ms(due))
            .bind(to_ms(now))
            .fetch_optional(&mut *w.tx)
            .await?;
            if row.is_none() {
                continue;
            }
            if let Some(e) = escalate_one(
                &mut w,
                case_id,
                to_ms(due),
                now,
                notify,
                Deadline::Resolution,
            )
            .await?
            {
                out.push(e);
            }
        }
        w.commit().await?;
        Ok(out)
    }

    /// When each of `ids` was escalated, for its current first-response
    /// deadline or its resolution deadline (cases not escalated are absent).
    pub async fn escalations_of(
        &self,
        ids: &[i64],
    ) -> Result<HashMap<i64, DateTime<Utc>>, StoreError> {
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let list = ids
            .iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(",");
        // The ids are integers we formatted ourselves, not outside text.
        let rows = sqlx::query(&format!(
            "SELECT e.case_id, e.escalated_at FROM case_escalations e \
             JOIN cases c ON c.id = e.case_id AND c.first_response_due_at = e.due_at \
             WHERE e.case_id IN ({list}) \
             UNION ALL \
             SELECT r.case_id, r.escalated_at FROM resolution_escalations r \
             WHERE r.case_id IN ({list})"
        ))
        .fetch_all(self.pool())
        .await?;
        // A case escalated for both deadlines: the earlier escalation.
        let mut out: HashMap<i64, DateTime<Utc>> = HashMap::new();
        for r in &rows {
            let at = from_ms(get(r, "escalated_at")?);
            out.entry(get::<i64>(r, "case_id")?)
                .and_modify(|t| *t = (*t).min(at))
                .or_insert(at);
        }
        Ok(out)
    }
}

/// The timeline entry, the lead (assigned when nobody has the case) and the
/// version bump of one escalation whose row was just inserted.
async fn escalate_one(
    w: &mut crate::WriteTx,
    case_id: i64,
    due_ms: i64,
    now: DateTime<Utc>,
    notify: &[String],
    deadline: Deadline,
) -> Result<Option<Escalated>, StoreError> {
    let Some(case) = case_in_tx(w, case_id).await? else {
        return Ok(None);
    };
    let lead = sqlx::query(
        "SELECT id, username FROM users WHERE role = 'lead' \
         ORDER BY CASE WHEN team_id = $1 THEN 0 ELSE 1 END, id LIMIT 1",
    )
    .bind(case.team.clone())
    .fetch_optional(&mut *w.tx)
    .await?;
    let lead: Option<(i64, String)> = match lead {
        Some(r) => Some((get(&r, "id")?, get(&r, "username")?)),
        None => None,
    };
    let at = to_ms(now);
    let assign = case.assignee_user_id.is_none() && lead.is_some();
    if let (true, Some((lead_id, lead_name))) = (assign, &lead) {
        sqlx::query("UPDATE cases SET assignee_user_id = $1 WHERE id = $2")
            .bind(*lead_id)
            .bind(case_id)
            .execute(&mut *w.tx)
            .await?;
        insert_timeline(
            w,
            case_id,
            TimelineKind::Assignment,
            at,
            Some("earshot"),
            None,
            None,
            &json!({"from": null, "to": lead_id, "to_username": lead_name, "reason": "escalation"}),
        )
        .await?;
    }
    let late_min = (at - due_ms).max(0) / 60_000;
    let mut told: Vec<String> = lead.iter().map(|(_, n)| n.clone()).collect();
    for n in notify {
        if !told.contains(n) {
            told.push(n.clone());
        }
    }
    let what = match deadline {
        Deadline::FirstResponse => {
            format!("the first-response deadline passed {late_min} min ago with no reply")
        }
        Deadline::Resolution => {
            format!("the resolution deadline passed {late_min} min ago and the case is still open")
        }
    };
    let body = format!(
        "Escalated: {what}. Told: {}.",
        if told.is_empty() {
            "nobody (no lead on the desk)".to_string()
        } else {
            told.join(", ")
        }
    );
    insert_timeline(
        w,
        case_id,
        TimelineKind::Note,
        at,
        Some("earshot"),
        Some(&body),
        None,
        &json!({"escalation": {"deadline": deadline, "due_at": due_ms, "lead": lead.as_ref().map(|l| l.0), "notified": told}}),
    )
    .await?;
    sqlx::query("UPDATE cases SET version = version + 1 WHERE id = $1")
        .bind(case_id)
        .execute(&mut *w.tx)
        .await?;
    if let Some((lead_id, _)) = &lead {
        // The table name is one of two constants, not outside text.
        sqlx::query(&format!(
            "UPDATE {} SET lead_user_id = $1 WHERE case_id = $2 AND due_at = $3",
            deadline.table()
        ))
        .bind(*lead_id)
        .bind(case_id)
        .bind(due_ms)
        .execute(&mut *w.tx)
        .await?;
    }
    Ok(Some(Escalated {
        case_id,
        due_at: from_ms(due_ms),
        deadline,
        lead_user_id: lead.as_ref().map(|l| l.0),
        lead_username: lead.map(|l| l.1),
        assigned_to_lead: assign,
    }))
}
