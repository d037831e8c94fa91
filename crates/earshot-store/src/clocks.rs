//! Deadlines after the fact: escalating open cases whose first-response
//! deadline passed unanswered (the sweeper's one write), and reading which
//! cases are escalated (inbox rows, dashboard).
//!
//! Escalation is exactly once per case and deadline, on any number of
//! instances: the `case_escalations` row is inserted with
//! `ON CONFLICT DO NOTHING ... RETURNING`, so only the transaction whose
//! row went in writes the timeline entry and the assignment.

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
    /// The lead it went to (assigned when the case had nobody).
    pub lead_user_id: Option<i64>,
    pub lead_username: Option<String>,
    pub assigned_to_lead: bool,
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
            let Some(case) = case_in_tx(&mut w, case_id).await? else {
                continue;
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
                    &mut w,
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
            let body = format!(
                "Escalated: the first-response deadline passed {late_min} min ago with no reply. \
                 Told: {}.",
                if told.is_empty() {
                    "nobody (no lead on the desk)".to_string()
                } else {
                    told.join(", ")
                }
            );
            insert_timeline(
                &mut w,
                case_id,
                TimelineKind::Note,
                at,
                Some("earshot"),
                Some(&body),
                None,
                &json!({"escalation": {"due_at": due_ms, "lead": lead.as_ref().map(|l| l.0), "notified": told}}),
            )
            .await?;
            sqlx::query("UPDATE cases SET version = version + 1 WHERE id = $1")
                .bind(case_id)
                .execute(&mut *w.tx)
                .await?;
            if let Some((lead_id, _)) = &lead {
                sqlx::query(
                    "UPDATE case_escalations SET lead_user_id = $1 WHERE case_id = $2 AND due_at = $3",
                )
                .bind(*lead_id)
                .bind(case_id)
                .bind(due_ms)
                .execute(&mut *w.tx)
                .await?;
            }
            out.push(Escalated {
                case_id,
                due_at: from_ms(due_ms),
                lead_user_id: lead.as_ref().map(|l| l.0),
                lead_username: lead.map(|l| l.1),
                assigned_to_lead: assign,
            });
        }
        w.commit().await?;
        Ok(out)
    }

    /// When each of `ids` was escalated for its current deadline (cases
    /// not escalated are absent).
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
             WHERE e.case_id IN ({list})"
        ))
        .fetch_all(self.pool())
        .await?;
        let mut out = HashMap::new();
        for r in &rows {
            out.insert(get::<i64>(r, "case_id")?, from_ms(get(r, "escalated_at")?));
        }
        Ok(out)
    }
}
