//! Automatic assignment: new open cases of a team whose plan strategy is
//! `round_robin`, `load` or `skill` go to one of its available agents (see
//! `earshot_store::Store::auto_assign`). The assigner runs in every
//! `serve`/`demo` process; it wakes when cases arrive and at a steady pace
//! for cases that waited for an agent to come back or free up. The store's
//! compare-and-set makes each case go to one agent however many instances
//! run.

use super::{DeskEvent, WebState};
use earshot_store::{AssignStrategy, AutoAssigned, NotAssigned, StoreError};
use std::collections::HashSet;
use std::time::Duration;

/// Cases looked at per pass at most; a backlog drains over a few passes.
const PASS_LIMIT: u32 = 500;

/// Assign what can be assigned now; returns what was.
pub async fn pass(state: &WebState) -> Result<Vec<AutoAssigned>, StoreError> {
    let (strategies, max_open) = {
        let plan = state.plan();
        let strategies: Vec<(String, AssignStrategy)> = plan
            .teams
            .iter()
            .filter_map(|t| {
                let s = plan.assignment_for(&t.id).parse::<AssignStrategy>().ok()?;
                (s != AssignStrategy::Manual).then(|| (t.id.clone(), s))
            })
            .collect();
        (strategies, plan.assignment.max_open)
    };
    let teams: Vec<String> = strategies.iter().map(|(t, _)| t.clone()).collect();
    let waiting = state
        .store
        .unassigned_open_cases(&teams, PASS_LIMIT)
        .await?;
    let mut done = Vec::new();
    // A team with nobody free now is not asked again in this pass.
    let mut full: HashSet<String> = HashSet::new();
    for (case_id, team) in waiting {
        if full.contains(&team) {
            continue;
        }
        let Some(&(_, strategy)) = strategies.iter().find(|(t, _)| *t == team) else {
            continue;
        };
        match state.store.auto_assign(case_id, strategy, max_open).await? {
            Ok(a) => {
                tracing::info!(
                    case_id,
                    agent = %a.username,
                    strategy = a.strategy.as_str(),
                    "case assigned"
                );
                state.events.case_changed(case_id, None);
                state.events.notice(
                    a.user_id,
                    case_id,
                    format!(
                        "Case {case_id} is assigned to you ({}).",
                        a.strategy.as_str().replace('_', " ")
                    ),
                );
                done.push(a);
            }
            Err(NotAssigned::NoAgent) => {
                full.insert(team);
            }
            Err(NotAssigned::NotEligible) => {}
        }
    }
    Ok(done)
}

/// Run passes until the process ends: after new cases arrive (coalesced)
/// and every `every`. A failed pass is logged and tried again.
pub fn start(state: WebState, every: Duration) {
    let events = state.events.subscribe();
    tokio::spawn(async move {
        let mut events = events;
        let mut tick = tokio::time::interval(every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = tick.tick() => {}
                ev = events.recv() => match ev {
                    Ok(DeskEvent::Cases { .. }) => {
                        // Let a burst of arrivals land first.
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                    Ok(_) => continue,
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => {
                        // No more events: the steady pace alone.
                        tick.tick().await;
                    }
                },
            }
            if let Err(e) = pass(&state).await {
                tracing::warn!(error = %e, "assignment pass failed; trying again later");
            }
        }
    });
}
