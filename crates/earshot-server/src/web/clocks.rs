//! The desk's clocks after a deadline: the escalation sweeper (missed
//! first-response and resolution deadlines), and the amber warning time of
//! an inbox row.
//!
//! The sweeper runs in every `serve`/`demo` process; the store makes each
//! escalation happen once however many instances sweep (see
//! `earshot_store::Store::escalate_breached`). It publishes a desk event per
//! escalated case so open inboxes and case views refresh.

use super::WebState;
use chrono::{DateTime, Utc};
use earshot_core::Priority;
use earshot_store::{Deadline, Escalated, StoreError};
use earshot_triage::Plan;
use std::time::Duration;

/// Cases escalated per sweep at most; a backlog drains over a few sweeps.
const SWEEP_LIMIT: u32 = 500;

/// Escalate every case whose first-response deadline passed more than the
/// plan's `[escalation] after_breach` ago, and every case still open more
/// than `after_breach` past its resolution deadline (counted in business
/// hours, by priority: `[sla.resolution]`), as of `now`.
pub async fn sweep(state: &WebState, now: DateTime<Utc>) -> Result<Vec<Escalated>, StoreError> {
    // One plan for the whole sweep, even if it is reloaded meanwhile.
    let plan = state.plan();
    let grace =
        chrono::Duration::seconds(i64::try_from(plan.escalation.after_breach.secs()).unwrap_or(0));
    let mut notify = vec![plan.escalation.to.clone()];
    if plan.escalation.urgent_to != plan.escalation.to {
        notify.push(plan.escalation.urgent_to.clone());
    }
    let mut done = state
        .store
        .escalate_breached(now, now - grace, &notify, SWEEP_LIMIT)
        .await?;
    done.extend(sweep_resolutions(state, &plan, now, grace, &notify).await?);
    for e in &done {
        tracing::info!(
            case_id = e.case_id,
            lead = e.lead_username.as_deref().unwrap_or("none"),
            deadline = ?e.deadline,
            "case escalated: deadline missed"
        );
        state.events.case_changed(e.case_id, None);
        if let Some(lead) = e.lead_user_id {
            let what = match e.deadline {
                Deadline::FirstResponse => "its first-response deadline passed with no reply",
                Deadline::Resolution => "its resolution deadline passed while it is still open",
            };
            state.events.notice(
                lead,
                e.case_id,
                format!("Case {} was escalated to you: {what}.", e.case_id),
            );
        }
    }
    Ok(done)
}

/// Cases past their resolution deadline, priority by priority. A deadline
/// counted in business hours is never sooner than its target in plain
/// time, so only cases opened longer ago than their priority's target are
/// worth computing.
async fn sweep_resolutions(
    state: &WebState,
    plan: &Plan,
    now: DateTime<Utc>,
    grace: chrono::Duration,
    notify: &[String],
) -> Result<Vec<Escalated>, StoreError> {
    let mut late: Vec<(i64, DateTime<Utc>)> = Vec::new();
    for priority in [
        Priority::Urgent,
        Priority::High,
        Priority::Normal,
        Priority::Low,
    ] {
        let target = i64::try_from(plan.sla.resolution.get(priority).secs())
            .ok()
            .and_then(chrono::Duration::try_seconds)
            .unwrap_or(chrono::Duration::MAX);
        let Some(opened_before) = now
            .checked_sub_signed(grace)
            .and_then(|t| t.checked_sub_signed(target))
        else {
            continue;
        };
        let candidates = state
            .store
            .resolution_candidates(priority, opened_before, SWEEP_LIMIT)
            .await?;
        late.extend(
            candidates
                .into_iter()
                .map(|(id, opened)| (id, plan.resolution_deadline(priority, opened)))
                .filter(|(_, due)| *due + grace < now),
        );
    }
    if late.is_empty() {
        return Ok(Vec::new());
    }
    state.store.escalate_resolutions(now, &late, notify).await
}

/// Sweep every `every` until the process ends. A failed sweep is logged
/// and tried again next time.
pub fn start_sweeper(state: WebState, every: Duration) {
    tokio::spawn(async move {
        // The first sweep one period after start: a process that starts
        // and stops at once (tests, `demo` restarts) escalates nothing.
        let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(e) = sweep(&state, Utc::now()).await {
                tracing::warn!(error = %e, "escalation sweep failed; trying again later");
            }
        }
    });
}
