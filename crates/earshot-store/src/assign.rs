//! Automatic assignment: giving an open, unassigned case to an agent of its
//! team by round robin, by load, or by skill (the case's topic among the
//! agent's skills, then load).
//!
//! Candidates are the team's agents who are available, each with their
//! load (open and pending cases assigned to them); an agent at the plan's
//! `max_open` gets no more. Ties go round the team in id order starting
//! after the last agent given a case, so equal agents take turns.
//!
//! Exactly once on any number of instances: the case is taken with a
//! compare-and-set (`assignee_user_id IS NULL AND status = 'open'`), so a
//! case another instance (or an agent) took meanwhile is left alone.

use crate::cases::{case_in_tx, insert_timeline};
use crate::sql::*;
use crate::{Store, StoreError, TimelineKind};
use serde_json::json;
use std::str::FromStr;

/// How a team's new cases find their agent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strategy {
    /// Agents take cases themselves (or a lead assigns them).
    Manual,
    /// Each available agent in turn.
    RoundRobin,
    /// The available agent with the fewest open cases.
    Load,
    /// An available agent whose skills include the case's topic (fewest
    /// open cases first); by load when nobody has the skill.
    Skill,
}

impl Strategy {
    pub fn as_str(self) -> &'static str {
        match self {
            Strategy::Manual => "manual",
            Strategy::RoundRobin => "round_robin",
            Strategy::Load => "load",
            Strategy::Skill => "skill",
        }
    }
}

impl FromStr for Strategy {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "manual" => Ok(Strategy::Manual),
            "round_robin" => Ok(Strategy::RoundRobin),
            "load" => Ok(Strategy::Load),
            "skill" => Ok(Strategy::Skill),
            other => Err(format!(
                "unknown assignment strategy '{other}' (expected manual, round_robin, load or skill)"
            )),
        }
    }
}

/// A case the assigner just gave to someone.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AutoAssigned {
    pub case_id: i64,
    pub user_id: i64,
    pub username: String,
    pub strategy: Strategy,
}

/// Why a case was not assigned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAssigned {
    /// It is not open, already has someone, or has no team.
    NotEligible,
    /// Nobody in the team can take it now (none available, all full).
    NoAgent,
}

#[derive(Debug, Clone)]
struct Candidate {
    id: i64,
    username: String,
    skills: Vec<String>,
    load: i64,
}

/// The agent `strategy` picks for a case on `topic`. `candidates` are in id
/// order; `cursor` is the id of the team's last agent given a case.
fn pick<'c>(
    candidates: &'c [Candidate],
    cursor: Option<i64>,
    strategy: Strategy,
    topic: Option<&str>,
) -> Option<&'c Candidate> {
    // Round-robin order: those after the cursor, then from the start.
    let after = cursor.map_or(0, |c| candidates.partition_point(|a| a.id <= c));
    let turn = candidates[after..].iter().chain(&candidates[..after]);
    match strategy {
        Strategy::Manual => None,
        Strategy::RoundRobin => turn.clone().next(),
        Strategy::Load => least_loaded(turn),
        Strategy::Skill => {
            let skilled = topic.and_then(|t| {
                least_loaded(turn.clone().filter(|c| c.skills.iter().any(|s| s == t)))
            });
            skilled.or_else(|| least_loaded(turn))
        }
    }
}

/// The first candidate with the smallest load.
fn least_loaded<'c>(it: impl Iterator<Item = &'c Candidate>) -> Option<&'c Candidate> {
    it.fold(None::<&Candidate>, |best, c| match best {
        Some(b) if b.load <= c.load => Some(b),
        _ => Some(c),
    })
}

impl Store {
    /// Open, unassigned cases of `teams`, soonest deadline first.
    pub async fn unassigned_open_cases(
        &self,
        teams: &[String],
        limit: u32,
    ) -> Result<Vec<(i64, String)>, StoreError> {
        if teams.is_empty() {
            return Ok(Vec::new());
        }
        // LIMIT as a literal: a number we control, not outside input.
        let sql = format!(
            "SELECT id, team FROM cases WHERE assignee_user_id IS NULL AND status = 'open' \
             AND team IN ({}) ORDER BY due_key, id LIMIT {limit}",
            placeholders(1, teams.len())
        );
        let mut q = sqlx::query(&sql);
        for t in teams {
            q = q.bind(t.as_str());
        }
        let rows = q.fetch_all(self.pool()).await?;
        rows.iter()
            .map(|r| Ok((get(r, "id")?, get(r, "team")?)))
            .collect()
    }

    /// Give case `case_id` to an agent of its team by `strategy`; agents
    /// with `max_open` open cases or more are skipped (0: no limit). The
    /// timeline says who got it and why.
    pub async fn auto_assign(
        &self,
        case_id: i64,
        strategy: Strategy,
        max_open: u32,
    ) -> Result<Result<AutoAssigned, NotAssigned>, StoreError> {
        let mut w = self.write_tx().await?;
        let Some(case) = case_in_tx(&mut w, case_id).await? else {
            return Ok(Err(NotAssigned::NotEligible));
        };
        let team = match (&case.team, case.assignee_user_id, case.status.as_str()) {
            (Some(team), None, "open") if strategy != Strategy::Manual => team.clone(),
            _ => return Ok(Err(NotAssigned::NotEligible)),
        };
        let rows = sqlx::query(
            "SELECT u.id, u.username, u.skills, \
                    (SELECT COUNT(*) FROM cases c WHERE c.assignee_user_id = u.id \
                       AND c.status IN ('open', 'pending')) AS load \
             FROM users u WHERE u.team_id = $1 AND u.role = 'agent' AND u.available <> 0 \
             ORDER BY u.id",
        )
        .bind(team.as_str())
        .fetch_all(&mut *w.tx)
        .await?;
        let mut candidates = Vec::with_capacity(rows.len());
        for r in &rows {
            let load: i64 = get(r, "load")?;
            if max_open > 0 && load >= i64::from(max_open) {
                continue;
            }
            candidates.push(Candidate {
                id: get(r, "id")?,
                username: get(r, "username")?,
                skills: split_skills(&get::<String>(r, "skills")?),
                load,
            });
        }
        let cursor: Option<i64> =
            sqlx::query("SELECT last_user_id FROM assignment_cursor WHERE team = $1")
                .bind(team.as_str())
                .fetch_optional(&mut *w.tx)
                .await?
                .map(|r| get(&r, "last_user_id"))
                .transpose()?;
        let Some(chosen) = pick(&candidates, cursor, strategy, case.topic.as_deref()).cloned()
        else {
            return Ok(Err(NotAssigned::NoAgent));
        };
        let taken = sqlx::query(
            "UPDATE cases SET assignee_user_id = $1, version = version + 1 \
             WHERE id = $2 AND assignee_user_id IS NULL AND status = 'open'",
        )
        .bind(chosen.id)
        .bind(case_id)
        .execute(&mut *w.tx)
        .await?;
        if taken.rows_affected() == 0 {
            return Ok(Err(NotAssigned::NotEligible));
        }
        sqlx::query(
            "INSERT INTO assignment_cursor (team, last_user_id) VALUES ($1, $2) \
             ON CONFLICT (team) DO UPDATE SET last_user_id = excluded.last_user_id",
        )
        .bind(team.as_str())
        .bind(chosen.id)
        .execute(&mut *w.tx)
        .await?;
        insert_timeline(
            &mut w,
            case_id,
            TimelineKind::Assignment,
            now_ms(),
            Some("earshot"),
            None,
            None,
            &json!({
                "from": null,
                "to": chosen.id,
                "to_username": chosen.username,
                "reason": "auto",
                "strategy": strategy.as_str(),
                "load": chosen.load,
            }),
        )
        .await?;
        w.commit().await?;
        Ok(Ok(AutoAssigned {
            case_id,
            user_id: chosen.id,
            username: chosen.username,
            strategy,
        }))
    }

    /// Change what automatic assignment knows of a user, in one
    /// transaction: their skills (topic ids) and whether they take new
    /// cases now. `None` leaves a field as it is.
    pub async fn set_user_assignment(
        &self,
        user_id: i64,
        skills: Option<&[String]>,
        available: Option<bool>,
    ) -> Result<(), StoreError> {
        let skills = match skills {
            Some(list) => {
                let list: Vec<&str> = list
                    .iter()
                    .map(|s| s.trim())
                    .filter(|s| !s.is_empty())
                    .collect();
                if let Some(bad) = list.iter().find(|s| s.contains(',')) {
                    return Err(StoreError::Invalid(format!(
                        "skills: '{bad}' contains a comma; give each topic id separately"
                    )));
                }
                Some(list.join(","))
            }
            None => None,
        };
        let mut w = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE users SET skills = COALESCE($1, skills), available = COALESCE($2, available) \
             WHERE id = $3",
        )
        .bind(skills)
        .bind(available.map(i64::from))
        .bind(user_id)
        .execute(&mut *w.tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("user {user_id}")));
        }
        w.commit().await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(id: i64, load: i64, skills: &[&str]) -> Candidate {
        Candidate {
            id,
            username: format!("u{id}"),
            skills: skills.iter().map(|s| s.to_string()).collect(),
            load,
        }
    }

    #[test]
    fn round_robin_goes_on_after_the_last_agent_and_wraps() {
        let team = [c(2, 0, &[]), c(5, 0, &[]), c(9, 0, &[])];
        let next = |cursor| pick(&team, cursor, Strategy::RoundRobin, None).map(|c| c.id);
        assert_eq!(next(None), Some(2));
        assert_eq!(next(Some(2)), Some(5));
        assert_eq!(next(Some(5)), Some(9));
        assert_eq!(next(Some(9)), Some(2));
        // The last agent left the team: the turn goes to the next id.
        assert_eq!(next(Some(7)), Some(9));
    }

    #[test]
    fn load_picks_the_least_busy_and_rotates_among_equals() {
        let team = [c(1, 3, &[]), c(2, 1, &[]), c(3, 1, &[]), c(4, 5, &[])];
        let load = |cursor| pick(&team, cursor, Strategy::Load, None).map(|c| c.id);
        assert_eq!(load(None), Some(2));
        assert_eq!(load(Some(2)), Some(3), "2 and 3 are equal: 3's turn");
        assert_eq!(load(Some(3)), Some(2));
    }

    #[test]
    fn skill_prefers_the_skilled_then_falls_back_to_load() {
        let team = [
            c(1, 0, &["network"]),
            c(2, 4, &["billing"]),
            c(3, 2, &["billing", "network"]),
        ];
        let skill = |topic| pick(&team, None, Strategy::Skill, topic).map(|c| c.id);
        assert_eq!(
            skill(Some("billing")),
            Some(3),
            "least loaded of the skilled"
        );
        assert_eq!(skill(Some("network")), Some(1));
        assert_eq!(skill(Some("delivery")), Some(1), "nobody skilled: by load");
        assert_eq!(skill(None), Some(1));
    }

    #[test]
    fn nobody_to_pick() {
        assert!(pick(&[], None, Strategy::RoundRobin, None).is_none());
        assert!(pick(&[c(1, 0, &[])], None, Strategy::Manual, None).is_none());
        assert_eq!("load".parse::<Strategy>(), Ok(Strategy::Load));
        assert!("random"
            .parse::<Strategy>()
            .unwrap_err()
            .contains("round_robin"));
    }
}
