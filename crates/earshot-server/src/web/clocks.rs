//! The desk's clocks after a deadline: the escalation sweeper, and the
//! amber warning time of an inbox row.
//!
//! The sweeper runs in every `serve`/`demo` process; the store makes each
//! escalation happen once however many instances sweep (see
//! `earshot_store::Store::escalate_breached`). It publishes a desk event per
//! escalated case so open inboxes and case views refresh.

use super::WebState;
use chrono::{DateTime, Utc};
use earshot_store::{Escalated, StoreError};
use std::time::Duration;

/// Cases escalated per sweep at most; a backlog drains over a few sweeps.
const SWEEP_LIMIT: u32 = 500;

/// Escalate every case whose first-response deadline passed more than the
/// plan's `[escalation] after_breach` ago, as of `now`.
pub async fn sweep(state: &WebState, now: DateTime<Utc>) -> Result<Vec<Escalated>, StoreError> {
    let (cutoff, notify) = {
        let plan = state.plan();
        let grace = i64::try_from(plan.escalation.after_breach.secs()).unwrap_or(0);
        let mut notify = vec![plan.escalation.to.clone()];
        if plan.escalation.urgent_to != plan.escalation.to {
            notify.push(plan.escalation.urgent_to.clone());
        }
        (now - chrono::Duration::seconds(grace), notify)
    };
    let done = state
        .store
        .escalate_breached(now, cutoff, &notify, SWEEP_LIMIT)
        .await?;
    for e in &done {
        tracing::info!(
            case_id = e.case_id,
            lead = e.lead_username.as_deref().unwrap_or("none"),
            "case escalated: first-response deadline missed"
        );
        state.events.case_changed(e.case_id, None);
    }
    Ok(done)
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
