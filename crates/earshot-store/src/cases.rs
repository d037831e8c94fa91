//! The desk's view of cases: listing with keyset pagination, the case with
//! its timeline, patches (status, assignment, team, priority) with
//! optimistic concurrency and notes (replies: `outbox.rs`).

use crate::sql::*;
use crate::types::*;
use crate::{Store, StoreError, WriteTx};
use serde_json::json;

/// Page size when the caller asks for 0, and the most a page holds.
const DEFAULT_PAGE: u32 = 50;
const MAX_PAGE: u32 = 500;

/// Where a keyset page starts: after the case with this sort key and id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cursor {
    sort: CaseSort,
    key: i64,
    id: i64,
}

impl Cursor {
    fn encode(self) -> String {
        let tag = match self.sort {
            CaseSort::Deadline => 'd',
            CaseSort::Newest => 'n',
        };
        format!("{tag}{}.{}", self.key, self.id)
    }

    fn decode(s: &str, sort: CaseSort) -> Result<Cursor, StoreError> {
        let bad = || {
            StoreError::Invalid(format!(
                "cursor '{s}': not a cursor from this listing (pass back the 'next' value as it was)"
            ))
        };
        let expected = match sort {
            CaseSort::Deadline => 'd',
            CaseSort::Newest => 'n',
        };
        let rest = s.strip_prefix(expected).ok_or_else(bad)?;
        let (key, id) = rest.split_once('.').ok_or_else(bad)?;
        Ok(Cursor {
            sort,
            key: key.parse().map_err(|_| bad())?,
            id: id.parse().map_err(|_| bad())?,
        })
    }
}

fn like_pattern(q: &str) -> String {
    let mut p = String::with_capacity(q.len() + 2);
    p.push('%');
    for c in q.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

/// Read a case inside a transaction.
pub(crate) async fn case_in_tx(w: &mut WriteTx, id: i64) -> Result<Option<Case>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {CASE_COLUMNS} FROM cases c WHERE c.id = $1"
    ))
    .bind(id)
    .fetch_optional(&mut *w.tx)
    .await?;
    row.as_ref().map(case_from_row).transpose()
}

/// Append a timeline entry inside a transaction; returns its id.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn insert_timeline(
    w: &mut WriteTx,
    case_id: i64,
    kind: TimelineKind,
    at: i64,
    author: Option<&str>,
    body: Option<&str>,
    actor_user_id: Option<i64>,
    data: &serde_json::Value,
) -> Result<TimelineEntry, StoreError> {
    let row = sqlx::query(&format!(
        "INSERT INTO timeline (case_id, kind, at, author, body, actor_user_id, data) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING {TIMELINE_COLUMNS}"
    ))
    .bind(case_id)
    .bind(kind.as_str())
    .bind(at)
    .bind(author)
    .bind(body)
    .bind(actor_user_id)
    .bind(data.to_string())
    .fetch_one(&mut *w.tx)
    .await?;
    timeline_from_row(&row)
}

pub(crate) async fn username_in_tx(
    w: &mut WriteTx,
    user_id: i64,
) -> Result<Option<String>, StoreError> {
    let row = sqlx::query("SELECT username FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&mut *w.tx)
        .await?;
    row.map(|r| get::<String>(&r, "username")).transpose()
}

impl Store {
    /// One page of cases matching `filter`, in `sort` order, starting after
    /// `cursor` (the previous page's `next`). Keyset pagination: deep pages
    /// cost the same as the first, and a case is never shown twice.
    pub async fn list_cases(
        &self,
        filter: &CaseFilter,
        sort: CaseSort,
        cursor: Option<&str>,
        limit: u32,
    ) -> Result<CasePage, StoreError> {
        let limit = match limit {
            0 => DEFAULT_PAGE,
            n => n.min(MAX_PAGE),
        };
        let mut args = Args::default();
        let mut conds: Vec<String> = Vec::new();
        if let Some(s) = filter.status {
            conds.push(format!("c.status = {}", args.text(s.as_str().to_string())));
        }
        if let Some(t) = &filter.team {
            conds.push(format!("c.team = {}", args.text(t.clone())));
        }
        if let Some(t) = &filter.topic {
            conds.push(format!("c.topic = {}", args.text(t.clone())));
        }
        if let Some(a) = filter.action {
            conds.push(format!("c.action = {}", args.text(a.as_str().to_string())));
        }
        if let Some(p) = filter.priority {
            conds.push(format!(
                "c.priority = {}",
                args.text(p.as_str().to_string())
            ));
        }
        match filter.assignee {
            Some(AssigneeFilter::Unassigned) => conds.push("c.assignee_user_id IS NULL".into()),
            Some(AssigneeFilter::User(u)) => {
                conds.push(format!("c.assignee_user_id = {}", args.i64(u)))
            }
            None => {}
        }
        if let Some(c) = filter.contact_id {
            conds.push(format!("c.contact_id = {}", args.i64(c)));
        }
        if let Some(q) = filter.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
            conds.push(format!(
                "LOWER(c.summary) LIKE {} ESCAPE '\\'",
                args.text(like_pattern(q))
            ));
        }
        if let Some(cursor) = cursor {
            let cur = Cursor::decode(cursor, sort)?;
            let k = args.i64(cur.key);
            let id = args.i64(cur.id);
            // PostgreSQL seeks a composite index to a row value; SQLite uses
            // only its first column, and reads ties (the cases without a
            // deadline) faster with the range-and-OR form.
            let (col, op, eq) = match sort {
                CaseSort::Deadline => ("c.due_key", '>', ">="),
                CaseSort::Newest => ("c.opened_at", '<', "<="),
            };
            conds.push(if self.backend() == crate::Backend::Postgres {
                format!("({col}, c.id) {op} ({k}, {id})")
            } else {
                format!("{col} {eq} {k} AND ({col} {op} {k} OR c.id {op} {id})")
            });
        }
        let (key_col, order) = match sort {
            CaseSort::Deadline => ("c.due_key", "c.due_key, c.id"),
            CaseSort::Newest => ("c.opened_at", "c.opened_at DESC, c.id DESC"),
        };
        let where_clause = if conds.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conds.join(" AND "))
        };
        // A literal limit (bounded above) lets the planner see a page is
        // small; as a parameter, PostgreSQL's generic plan guesses otherwise.
        let lim = i64::from(limit) + 1;
        let sql = format!(
            "SELECT {CASE_COLUMNS}, {key_col} AS sort_key, ct.display_name AS contact_name \
             FROM cases c JOIN contacts ct ON ct.id = c.contact_id \
             {where_clause} ORDER BY {order} LIMIT {lim}"
        );
        let rows = args.bind(&sql).fetch_all(self.pool()).await?;
        let mut items = Vec::with_capacity(rows.len().min(limit as usize));
        let mut next = None;
        for (i, row) in rows.iter().enumerate() {
            if i == limit as usize {
                let last = &rows[i - 1];
                next = Some(
                    Cursor {
                        sort,
                        key: get(last, "sort_key")?,
                        id: get(last, "id")?,
                    }
                    .encode(),
                );
                break;
            }
            items.push(CaseSummary {
                case: case_from_row(row)?,
                contact_name: get(row, "contact_name")?,
            });
        }
        Ok(CasePage { items, next })
    }

    /// A cursor that lists, in `sort` order, the cases after case `id`
    /// (jump into a listing at a known case). `None` if the case is missing.
    pub async fn cursor_after_case(
        &self,
        id: i64,
        sort: CaseSort,
    ) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT due_key, opened_at FROM cases WHERE id = $1")
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        let Some(row) = row else { return Ok(None) };
        let key = match sort {
            CaseSort::Deadline => get(&row, "due_key")?,
            CaseSort::Newest => get(&row, "opened_at")?,
        };
        Ok(Some(Cursor { sort, key, id }.encode()))
    }

    /// The case a stored post belongs to, by the network's id of the post.
    pub async fn case_id_for_post(
        &self,
        network: earshot_core::Network,
        external_id: &str,
    ) -> Result<Option<i64>, StoreError> {
        let row =
            sqlx::query("SELECT case_id FROM mentions WHERE network = $1 AND external_id = $2")
                .bind(network.as_str())
                .bind(external_id)
                .fetch_optional(self.pool())
                .await?;
        Ok(row
            .map(|r| get::<Option<i64>>(&r, "case_id"))
            .transpose()?
            .flatten())
    }

    /// How many cases there are, in every status.
    pub async fn count_cases(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM cases")
            .fetch_one(self.pool())
            .await?;
        get(&row, "n")
    }

    /// The highest case id (0 when there are none).
    pub async fn max_case_id(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COALESCE(MAX(id), 0) AS n FROM cases")
            .fetch_one(self.pool())
            .await?;
        get(&row, "n")
    }

    pub async fn get_case(&self, id: i64) -> Result<Option<CaseDetail>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {CASE_COLUMNS} FROM cases c WHERE c.id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let case = case_from_row(&row)?;
        let contact = sqlx::query(&format!(
            "SELECT {CONTACT_COLUMNS} FROM contacts WHERE id = $1"
        ))
        .bind(case.contact_id)
        .fetch_one(self.pool())
        .await?;
        let contact = contact_from_row(&contact)?;
        let rows = sqlx::query(&format!(
            "SELECT {TIMELINE_COLUMNS} FROM timeline WHERE case_id = $1 ORDER BY at, id"
        ))
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        let timeline = rows
            .iter()
            .map(timeline_from_row)
            .collect::<Result<_, _>>()?;
        Ok(Some(CaseDetail {
            case,
            contact,
            timeline,
        }))
    }

    /// Change a case's status, assignee, team or priority. Each change writes
    /// a timeline entry; the version goes up by one. A stale
    /// `expected_version` is a `Conflict`; an unknown user or team is `Invalid`.
    pub async fn update_case(
        &self,
        id: i64,
        patch: &CasePatch,
        actor_user_id: Option<i64>,
    ) -> Result<Case, StoreError> {
        let mut w = self.write_tx().await?;
        let case = case_in_tx(&mut w, id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("case {id}")))?;
        if let Some(expected) = patch.expected_version {
            if expected != case.version {
                return Err(StoreError::Conflict(format!(
                    "case {id} changed: it is at version {}, not {expected}; reload it",
                    case.version
                )));
            }
        }
        let actor_name = match actor_user_id {
            Some(u) => username_in_tx(&mut w, u).await?,
            None => None,
        };
        let now = now_ms();
        let mut changed = case.clone();
        let mut entries: Vec<(TimelineKind, serde_json::Value)> = Vec::new();

        if let Some(status) = patch.status.filter(|s| *s != case.status) {
            changed.status = status;
            if status.is_finished() && changed.resolved_at.is_none() {
                changed.resolved_at = Some(from_ms(now));
            }
            if !status.is_finished() {
                changed.resolved_at = None;
            }
            entries.push((
                TimelineKind::StatusChange,
                json!({"from": case.status, "to": status}),
            ));
        }
        if let Some(assignee) = patch.assignee.filter(|a| *a != case.assignee_user_id) {
            let mut to_name = None;
            if let Some(u) = assignee {
                to_name = Some(
                    username_in_tx(&mut w, u)
                        .await?
                        .ok_or_else(|| StoreError::Invalid(format!("assignee: no user {u}")))?,
                );
            }
            changed.assignee_user_id = assignee;
            entries.push((
                TimelineKind::Assignment,
                json!({"from": case.assignee_user_id, "to": assignee, "to_username": to_name}),
            ));
        }
        if let Some(team) = patch
            .team
            .as_ref()
            .filter(|t| Some(*t) != case.team.as_ref())
        {
            let exists = sqlx::query("SELECT id FROM teams WHERE id = $1")
                .bind(team)
                .fetch_optional(&mut *w.tx)
                .await?;
            if exists.is_none() {
                return Err(StoreError::Invalid(format!("team '{team}': no such team")));
            }
            changed.team = Some(team.clone());
            entries.push((
                TimelineKind::TeamChange,
                json!({"from": case.team, "to": team}),
            ));
        }
        if let Some(priority) = patch.priority.filter(|p| *p != case.priority) {
            changed.priority = priority;
            entries.push((
                TimelineKind::PriorityChange,
                json!({"from": case.priority, "to": priority}),
            ));
        }
        if entries.is_empty() {
            return Ok(case);
        }
        let done = sqlx::query(
            "UPDATE cases SET status = $1, resolved_at = $2, assignee_user_id = $3, team = $4, \
             priority = $5, last_activity_at = $6, version = version + 1 \
             WHERE id = $7 AND version = $8",
        )
        .bind(changed.status.as_str())
        .bind(changed.resolved_at.map(to_ms))
        .bind(changed.assignee_user_id)
        .bind(changed.team.as_deref())
        .bind(changed.priority.as_str())
        .bind(now.max(to_ms(case.last_activity_at)))
        .bind(id)
        .bind(case.version)
        .execute(&mut *w.tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::Conflict(format!(
                "case {id} was changed by someone else; reload it"
            )));
        }
        for (kind, data) in &entries {
            insert_timeline(
                &mut w,
                id,
                *kind,
                now,
                actor_name.as_deref(),
                None,
                actor_user_id,
                data,
            )
            .await?;
        }
        let updated = case_in_tx(&mut w, id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("case {id}")))?;
        w.commit().await?;
        tracing::debug!(case_id = id, changes = entries.len(), "case updated");
        Ok(updated)
    }

    /// Add an internal note to a case's timeline.
    pub async fn add_note(
        &self,
        case_id: i64,
        user_id: i64,
        body: &str,
    ) -> Result<TimelineEntry, StoreError> {
        if body.trim().is_empty() {
            return Err(StoreError::Invalid("note: the body is empty".into()));
        }
        let mut w = self.write_tx().await?;
        if case_in_tx(&mut w, case_id).await?.is_none() {
            return Err(StoreError::NotFound(format!("case {case_id}")));
        }
        let author = username_in_tx(&mut w, user_id)
            .await?
            .ok_or_else(|| StoreError::Invalid(format!("user {user_id}: no such user")))?;
        let now = now_ms();
        let entry = insert_timeline(
            &mut w,
            case_id,
            TimelineKind::Note,
            now,
            Some(&author),
            Some(body),
            Some(user_id),
            &json!({}),
        )
        .await?;
        sqlx::query("UPDATE cases SET last_activity_at = $1, version = version + 1 WHERE id = $2")
            .bind(now)
            .bind(case_id)
            .execute(&mut *w.tx)
            .await?;
        w.commit().await?;
        Ok(entry)
    }

    /// Cases not resolved, closed or merely monitored.
    pub async fn count_open_cases(&self) -> Result<i64, StoreError> {
        let row =
            sqlx::query("SELECT COUNT(*) AS n FROM cases WHERE status IN ('open', 'pending')")
                .fetch_one(self.pool())
                .await?;
        get(&row, "n")
    }

    /// Stored mentions by network and triage action.
    pub async fn count_mentions_by_network_action(&self) -> Result<Vec<MentionCount>, StoreError> {
        let rows = sqlx::query(
            "SELECT network, action, COUNT(*) AS n FROM mentions GROUP BY network, action \
             ORDER BY network, action",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(MentionCount {
                    network: parsed(r, "network")?,
                    action: parsed(r, "action")?,
                    count: get(r, "n")?,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_bad_ones_are_named() {
        let c = Cursor {
            sort: CaseSort::Deadline,
            key: i64::MAX,
            id: 42,
        };
        assert_eq!(Cursor::decode(&c.encode(), CaseSort::Deadline).unwrap(), c);
        for bad in ["", "x1.2", "d1", "d1.x", "n1.2"] {
            let err = Cursor::decode(bad, CaseSort::Deadline).unwrap_err();
            assert!(err.to_string().contains("cursor"), "{err}");
        }
    }

    #[test]
    fn like_patterns_escape_wildcards() {
        assert_eq!(like_pattern("50%_Off"), "%50\\%\\_off%");
    }
}
