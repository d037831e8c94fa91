//! Bulk generation of realistic cases, for the 1,000,000-case listing
//! benchmark: contacts, identities, cases and one inbound mention each,
//! written with multi-row inserts in large transactions.

use crate::sql::*;
use crate::{Store, StoreError};
use earshot_core::{Action, Priority};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::HashMap;

/// Cases per transaction.
const CHUNK: usize = 2_000;

const TEAMS: [&str; 5] = ["repair", "billing", "sales", "support", "retention"];
const TOPICS: [(&str, &str); 6] = [
    ("outage", "repair"),
    ("slow", "repair"),
    ("bill", "billing"),
    ("upgrade", "sales"),
    ("app", "support"),
    ("cancel", "retention"),
];
const TEXTS: [&str; 8] = [
    "my internet has been down since this morning, modem blinking red",
    "charged twice on my bill this month, can someone look at it",
    "speeds are terrible every evening, paying for 500 and getting 20",
    "how do I upgrade to the fibre plan? nothing on the site works",
    "the app logs me out every five minutes",
    "thinking about cancelling, third outage this week",
    "technician never showed up for the appointment",
    "router keeps rebooting itself, already tried a reset",
];

impl Store {
    /// Create `n` cases (with a contact, an identity and one inbound mention
    /// each) from a deterministic `seed`: a realistic mix of statuses,
    /// teams, priorities and deadlines over the last 90 days. Existing users
    /// get about half of the cases. Returns how many were created.
    pub async fn generate_cases(&self, n: u64, seed: u64) -> Result<u64, StoreError> {
        let mut rng = StdRng::seed_from_u64(seed);
        let base: i64 = {
            let row = sqlx::query("SELECT COALESCE(MAX(id), 0) AS n FROM cases")
                .fetch_one(self.pool())
                .await?;
            get(&row, "n")?
        };
        let users: Vec<i64> = sqlx::query("SELECT id FROM users ORDER BY id")
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(|r| get::<i64>(r, "id"))
            .collect::<Result<_, _>>()?;
        let now = now_ms();
        let day = 24 * 3600 * 1000i64;
        let mut done = 0u64;
        while done < n {
            let size = (n - done).min(CHUNK as u64) as usize;
            let first = base + done as i64;
            let mut w = self.write_tx().await?;

            // Contacts, matched back by `created_from`.
            let mut contact_of: HashMap<String, i64> = HashMap::with_capacity(size);
            for part in (0..size).collect::<Vec<_>>().chunks(MAX_PARAMS / 3) {
                let sql = format!(
                    "INSERT INTO contacts (display_name, created_at, created_from) VALUES {} \
                     RETURNING id, created_from",
                    value_rows(part.len(), 3)
                );
                let sql = positional(w.backend, &sql);
                let mut q = sqlx::query(&sql);
                for &i in part {
                    let k = first + i as i64;
                    q = q
                        .bind(format!("Customer {k}"))
                        .bind(now)
                        .bind(format!("gen:{seed}:{k}"));
                }
                for row in q.fetch_all(&mut *w.tx).await? {
                    contact_of.insert(get(&row, "created_from")?, get(&row, "id")?);
                }
            }
            let contact = |i: usize| -> i64 {
                contact_of
                    .get(&format!("gen:{seed}:{}", first + i as i64))
                    .copied()
                    .unwrap_or_default()
            };

            let mut identity_of: HashMap<i64, i64> = HashMap::with_capacity(size);
            for part in (0..size).collect::<Vec<_>>().chunks(MAX_PARAMS / 5) {
                let sql = format!(
                    "INSERT INTO identities (contact_id, network, external_user_id, handle, followers) \
                     VALUES {} RETURNING id, contact_id",
                    value_rows(part.len(), 5)
                );
                let sql = positional(w.backend, &sql);
                let mut q = sqlx::query(&sql);
                for &i in part {
                    let k = first + i as i64;
                    q = q
                        .bind(contact(i))
                        .bind("x")
                        .bind(format!("gen-{seed}-{k}"))
                        .bind(format!("customer{k}"))
                        .bind(rng.random_range(0..5_000i64));
                }
                for row in q.fetch_all(&mut *w.tx).await? {
                    identity_of.insert(get(&row, "contact_id")?, get(&row, "id")?);
                }
            }

            // Cases.
            struct Gen {
                status: &'static str,
                action: Action,
                priority: Priority,
                topic: &'static str,
                team: &'static str,
                assignee: Option<i64>,
                opened: i64,
                due: Option<i64>,
                responded: Option<i64>,
                resolved: Option<i64>,
                text: &'static str,
            }
            let mut gens = Vec::with_capacity(size);
            for _ in 0..size {
                let status = match rng.random_range(0..100) {
                    0..35 => "open",
                    35..45 => "pending",
                    45..75 => "resolved",
                    75..90 => "closed",
                    _ => "monitored",
                };
                let priority = match rng.random_range(0..100) {
                    0..5 => Priority::Urgent,
                    5..25 => Priority::High,
                    25..85 => Priority::Normal,
                    _ => Priority::Low,
                };
                let action = if status == "monitored" {
                    Action::Monitor
                } else if rng.random_range(0..5) == 0 {
                    Action::RespondPrivate
                } else {
                    Action::RespondPublic
                };
                let (topic, team) = TOPICS[rng.random_range(0..TOPICS.len())];
                let team = if rng.random_range(0..10) == 0 {
                    TEAMS[rng.random_range(0..TEAMS.len())]
                } else {
                    team
                };
                let opened = now - rng.random_range(0..90 * day);
                let sla = match priority {
                    Priority::Urgent => 15 * 60_000,
                    Priority::High => 3_600_000,
                    Priority::Normal => 4 * 3_600_000,
                    Priority::Low => day,
                };
                let due = (status != "monitored").then_some(opened + sla);
                let responded = matches!(status, "pending" | "resolved" | "closed")
                    .then(|| opened + rng.random_range(60_000..2 * sla));
                let resolved = matches!(status, "resolved" | "closed")
                    .then(|| opened + rng.random_range(sla..10 * day));
                let assignee = if !users.is_empty() && rng.random_bool(0.5) {
                    Some(users[rng.random_range(0..users.len())])
                } else {
                    None
                };
                gens.push(Gen {
                    status,
                    action,
                    priority,
                    topic,
                    team,
                    assignee,
                    opened,
                    due,
                    responded,
                    resolved,
                    text: TEXTS[rng.random_range(0..TEXTS.len())],
                });
            }
            const CASE_COLS: usize = 16;
            let mut case_of: HashMap<i64, i64> = HashMap::with_capacity(size);
            for part in (0..size).collect::<Vec<_>>().chunks(MAX_PARAMS / CASE_COLS) {
                let sql = format!(
                    "INSERT INTO cases (contact_id, network, conversation_key, status, action, priority, \
                     topic, team, assignee_user_id, opened_at, first_response_due_at, \
                     first_responded_at, resolved_at, last_activity_at, summary, due_key) VALUES {} \
                     RETURNING id, contact_id",
                    value_rows(part.len(), CASE_COLS)
                );
                let sql = positional(w.backend, &sql);
                let mut q = sqlx::query(&sql);
                for &i in part {
                    let g = &gens[i];
                    let k = first + i as i64;
                    q = q
                        .bind(contact(i))
                        .bind("x")
                        .bind(format!("gen-{seed}-{k}"))
                        .bind(g.status)
                        .bind(g.action.as_str())
                        .bind(g.priority.as_str())
                        .bind(g.topic)
                        .bind(g.team)
                        .bind(g.assignee)
                        .bind(g.opened)
                        .bind(g.due)
                        .bind(g.responded)
                        .bind(g.resolved)
                        .bind(g.resolved.or(g.responded).unwrap_or(g.opened))
                        .bind(g.text)
                        .bind(g.due.unwrap_or(NO_DEADLINE));
                }
                for row in q.fetch_all(&mut *w.tx).await? {
                    case_of.insert(get(&row, "contact_id")?, get(&row, "id")?);
                }
            }

            // One inbound mention per case, and its timeline entry.
            const MENTION_COLS: usize = 16;
            let mut mention_of: HashMap<String, i64> = HashMap::with_capacity(size);
            for part in (0..size)
                .collect::<Vec<_>>()
                .chunks(MAX_PARAMS / MENTION_COLS)
            {
                let sql = format!(
                    "INSERT INTO mentions (network, external_id, identity_id, contact_id, author_handle, \
                     text, created_at, received_at, conversation_key, direction, triage, action, \
                     priority, topic, team, case_id) VALUES {} RETURNING id, external_id",
                    value_rows(part.len(), MENTION_COLS)
                );
                let sql = positional(w.backend, &sql);
                let mut q = sqlx::query(&sql);
                for &i in part {
                    let g = &gens[i];
                    let k = first + i as i64;
                    let c = contact(i);
                    q = q
                        .bind("x")
                        .bind(format!("gen-{seed}-{k}"))
                        .bind(identity_of.get(&c).copied())
                        .bind(c)
                        .bind(format!("customer{k}"))
                        .bind(format!("@NorthwindCares {}", g.text))
                        .bind(g.opened)
                        .bind(g.opened)
                        .bind(format!("gen-{seed}-{k}"))
                        .bind("inbound")
                        .bind("{}")
                        .bind(g.action.as_str())
                        .bind(g.priority.as_str())
                        .bind(g.topic)
                        .bind(g.team)
                        .bind(case_of.get(&c).copied());
                }
                for row in q.fetch_all(&mut *w.tx).await? {
                    mention_of.insert(get(&row, "external_id")?, get(&row, "id")?);
                }
            }
            const ENTRY_COLS: usize = 8;
            for part in (0..size)
                .collect::<Vec<_>>()
                .chunks(MAX_PARAMS / ENTRY_COLS)
            {
                let sql = format!(
                    "INSERT INTO timeline (case_id, kind, at, mention_id, network, external_id, author, body) \
                     VALUES {}",
                    value_rows(part.len(), ENTRY_COLS)
                );
                let sql = positional(w.backend, &sql);
                let mut q = sqlx::query(&sql);
                for &i in part {
                    let g = &gens[i];
                    let k = first + i as i64;
                    let external = format!("gen-{seed}-{k}");
                    q = q
                        .bind(case_of.get(&contact(i)).copied())
                        .bind("inbound")
                        .bind(g.opened)
                        .bind(mention_of.get(&external).copied())
                        .bind("x")
                        .bind(external)
                        .bind(format!("@customer{k}"))
                        .bind(format!("@NorthwindCares {}", g.text));
                }
                q.execute(&mut *w.tx).await?;
            }
            w.commit().await?;
            done += size as u64;
            tracing::debug!(done, n, "generated cases");
        }
        // Fresh statistics, so the planner knows what a filter selects.
        sqlx::query("ANALYZE").execute(self.pool()).await?;
        Ok(done)
    }
}
