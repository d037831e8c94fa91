//! The manager's figures: what the complaints say about the business over
//! a window of days (volume by day, topic, team and network; topics
//! rising), and how the desk answered (first-response SLA attainment,
//! median first response, breached and escalated cases, share moved to a
//! private channel). Read-only aggregate queries over `cases`, `timeline`
//! and the escalation tables, using the `cases_opened` index for the window.

use crate::sql::*;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// A label and a count.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Count {
    pub label: String,
    pub count: i64,
}

/// A topic's cases in the window's second half against its first half.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rising {
    pub topic: String,
    pub earlier: i64,
    pub recent: i64,
}

/// Everything `/dashboard` shows for one window.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dashboard {
    pub since: DateTime<Utc>,
    pub until: DateTime<Utc>,
    /// Cases opened (monitored ones included), by UTC day `YYYY-MM-DD`.
    pub by_day: Vec<Count>,
    pub by_topic: Vec<Count>,
    pub by_team: Vec<Count>,
    pub by_network: Vec<Count>,
    /// Topics with more cases in the recent half, most growth first.
    pub rising: Vec<Rising>,
    /// Cases with a first-response clock: answered in time, answered late,
    /// and past due without an answer.
    pub on_time: i64,
    pub late: i64,
    pub overdue_open: i64,
    /// Median seconds from opening to first response (answered cases).
    pub median_first_response_secs: Option<i64>,
    pub escalated: i64,
    /// Cases the brand wrote to privately, and cases it answered at all.
    pub moved_private: i64,
    pub answered: i64,
}

impl Dashboard {
    /// Share of clocked cases answered in time (`None` with no clocks due).
    pub fn attainment(&self) -> Option<f64> {
        let n = self.on_time + self.late + self.overdue_open;
        (n > 0).then(|| self.on_time as f64 / n as f64)
    }
}

const DAY_MS: i64 = 86_400_000;

async fn counts(store: &Store, column: &str, since: i64) -> Result<Vec<Count>, StoreError> {
    // `column` is one of ours (topic, team, network), never outside input.
    let rows = sqlx::query(&format!(
        "SELECT COALESCE({column}, '') AS label, COUNT(*) AS n FROM cases \
         WHERE opened_at >= $1 GROUP BY {column} ORDER BY n DESC, label LIMIT 12"
    ))
    .bind(since)
    .fetch_all(store.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Count {
                label: get(r, "label")?,
                count: get(r, "n")?,
            })
        })
        .collect()
}

impl Store {
    /// The manager's figures for cases opened in `[since, until)`.
    pub async fn dashboard(
        &self,
        since: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Dashboard, StoreError> {
        let (s, u) = (to_ms(since), to_ms(until));
        let day_rows = sqlx::query(
            "SELECT opened_at / 86400000 AS d, COUNT(*) AS n FROM cases \
             WHERE opened_at >= $1 AND opened_at < $2 GROUP BY opened_at / 86400000 ORDER BY d",
        )
        .bind(s)
        .bind(u)
        .fetch_all(self.pool())
        .await?;
        let mut by_day = Vec::new();
        for r in &day_rows {
            let d: i64 = get(r, "d")?;
            by_day.push(Count {
                label: from_ms(d * DAY_MS).format("%Y-%m-%d").to_string(),
                count: get(r, "n")?,
            });
        }
        let mid = s + (u - s) / 2;
        let rising_rows = sqlx::query(
            "SELECT topic, SUM(CASE WHEN opened_at < $2 THEN 1 ELSE 0 END) AS earlier, \
                    SUM(CASE WHEN opened_at >= $2 THEN 1 ELSE 0 END) AS recent \
             FROM cases WHERE opened_at >= $1 AND opened_at < $3 AND topic IS NOT NULL \
             GROUP BY topic",
        )
        .bind(s)
        .bind(mid)
        .bind(u)
        .fetch_all(self.pool())
        .await?;
        let mut rising = Vec::new();
        for r in &rising_rows {
            let (earlier, recent): (i64, i64) = (get(r, "earlier")?, get(r, "recent")?);
            if recent > earlier {
                rising.push(Rising {
                    topic: get(r, "topic")?,
                    earlier,
                    recent,
                });
            }
        }
        rising.sort_by(|a, b| {
            (b.recent - b.earlier)
                .cmp(&(a.recent - a.earlier))
                .then(a.topic.cmp(&b.topic))
        });
        rising.truncate(8);

        let sla = sqlx::query(
            "SELECT \
               SUM(CASE WHEN first_responded_at IS NOT NULL AND first_responded_at <= first_response_due_at THEN 1 ELSE 0 END) AS on_time, \
               SUM(CASE WHEN first_responded_at IS NOT NULL AND first_responded_at > first_response_due_at THEN 1 ELSE 0 END) AS late, \
               SUM(CASE WHEN first_responded_at IS NULL AND status = 'open' AND first_response_due_at < $2 THEN 1 ELSE 0 END) AS overdue, \
               SUM(CASE WHEN first_responded_at IS NOT NULL THEN 1 ELSE 0 END) AS answered \
             FROM cases WHERE opened_at >= $1 AND opened_at < $2 AND first_response_due_at IS NOT NULL",
        )
        .bind(s)
        .bind(u)
        .fetch_one(self.pool())
        .await?;
        let n = |col: &str| -> Result<i64, StoreError> {
            Ok(get::<Option<i64>>(&sla, col)?.unwrap_or(0))
        };
        let (on_time, late, overdue_open, answered) =
            (n("on_time")?, n("late")?, n("overdue")?, n("answered")?);
        // The median by OFFSET: the middle answered case in response order.
        let median_first_response_secs = if answered > 0 {
            let row = sqlx::query(&format!(
                "SELECT first_responded_at - opened_at AS d FROM cases \
                 WHERE opened_at >= $1 AND opened_at < $2 AND first_responded_at IS NOT NULL \
                   AND first_response_due_at IS NOT NULL \
                 ORDER BY d LIMIT 1 OFFSET {}",
                answered / 2
            ))
            .bind(s)
            .bind(u)
            .fetch_optional(self.pool())
            .await?;
            match row {
                Some(r) => Some(get::<i64>(&r, "d")? / 1000),
                None => None,
            }
        } else {
            None
        };
        let escalated: i64 = get(
            &sqlx::query(
                "SELECT (SELECT COUNT(*) FROM case_escalations \
                         WHERE escalated_at >= $1 AND escalated_at < $2) \
                      + (SELECT COUNT(*) FROM resolution_escalations \
                         WHERE escalated_at >= $1 AND escalated_at < $2) AS n",
            )
            .bind(s)
            .bind(u)
            .fetch_one(self.pool())
            .await?,
            "n",
        )?;
        // Outbound entries record their channel in `data` (JSON text).
        let moved_private: i64 = get(
            &sqlx::query(
                "SELECT COUNT(DISTINCT t.case_id) AS n FROM timeline t JOIN cases c ON c.id = t.case_id \
                 WHERE c.opened_at >= $1 AND c.opened_at < $2 AND t.kind = 'outbound' \
                   AND t.data LIKE '%\"channel\":\"private\"%'",
            )
            .bind(s)
            .bind(u)
            .fetch_one(self.pool())
            .await?,
            "n",
        )?;
        Ok(Dashboard {
            since,
            until,
            by_day,
            by_topic: counts(self, "topic", s).await?,
            by_team: counts(self, "team", s).await?,
            by_network: counts(self, "network", s).await?,
            rising,
            on_time,
            late,
            overdue_open,
            median_first_response_secs,
            escalated,
            moved_private,
            answered,
        })
    }
}
