//! Storing triaged mentions: contacts and identities from the authors, the
//! mentions themselves (once per network and external id), and the case
//! rule (`open_or_reopen_case`) that turns them into cases. Also the thread
//! context triage needs (has the brand spoken in this thread? has this
//! customer written recently?).
//!
//! A batch is one transaction, and is written with a few multi-row
//! statements: the state it needs (known mentions, identities, candidate
//! cases) is read in bulk first, the case rule runs in memory in the
//! batch's order, and the results are written back in bulk. Ingest batches
//! are serialised (SQLite's writer turn, a PostgreSQL advisory lock), so the
//! rule never races with another writer.

use crate::sql::*;
use crate::types::*;
use crate::{Backend, Store, StoreError, WriteTx};
use earshot_core::{Action, Mention, Network, TriageDecision};
use serde_json::json;
use std::collections::{HashMap, HashSet};

/// Key of the PostgreSQL advisory lock that serialises ingest batches.
const INGEST_LOCK_KEY: i64 = 0x0065_6172_7368_6f74; // "earshot"

/// Rows per multi-row statement for ids in `IN (...)` lists.
const IN_CHUNK: usize = 900;

/// Longest case summary kept (characters).
const SUMMARY_CHARS: usize = 280;

type Key = (Network, String);

const CONTACT_ROW: &[(&str, Ty)] = &[
    ("display_name", Ty::Text),
    ("created_at", Ty::Int),
    ("created_from", Ty::Text),
];
const IDENTITY_ROW: &[(&str, Ty)] = &[
    ("contact_id", Ty::Int),
    ("network", Ty::Text),
    ("external_user_id", Ty::Text),
    ("handle", Ty::Text),
    ("name", Ty::Text),
    ("followers", Ty::Int),
    ("bio", Ty::Text),
];
const CASE_UPDATE_ROW: &[(&str, Ty)] = &[
    ("id", Ty::Int),
    ("version", Ty::Int),
    ("status", Ty::Text),
    ("action", Ty::Text),
    ("priority", Ty::Text),
    ("topic", Ty::Text),
    ("team", Ty::Text),
    ("due", Ty::Int),
    ("responded", Ty::Int),
    ("resolved", Ty::Int),
    ("last_activity", Ty::Int),
    ("reopen_count", Ty::Int),
    ("due_key", Ty::Int),
];
const NEW_CASE_ROW: &[(&str, Ty)] = &[
    ("contact_id", Ty::Int),
    ("network", Ty::Text),
    ("conversation_key", Ty::Text),
    ("status", Ty::Text),
    ("action", Ty::Text),
    ("priority", Ty::Text),
    ("topic", Ty::Text),
    ("team", Ty::Text),
    ("opened_at", Ty::Int),
    ("first_response_due_at", Ty::Int),
    ("first_responded_at", Ty::Int),
    ("resolved_at", Ty::Int),
    ("last_activity_at", Ty::Int),
    ("reopen_count", Ty::Int),
    ("summary", Ty::Text),
    ("due_key", Ty::Int),
];
const MENTION_ROW: &[(&str, Ty)] = &[
    ("network", Ty::Text),
    ("external_id", Ty::Text),
    ("identity_id", Ty::Int),
    ("contact_id", Ty::Int),
    ("author_handle", Ty::Text),
    ("text", Ty::Text),
    ("lang", Ty::Text),
    ("created_at", Ty::Int),
    ("received_at", Ty::Int),
    ("conversation_key", Ty::Text),
    ("in_reply_to_id", Ty::Text),
    ("direction", Ty::Text),
    ("raw", Ty::Text),
    ("triage", Ty::Text),
    ("action", Ty::Text),
    ("priority", Ty::Text),
    ("topic", Ty::Text),
    ("team", Ty::Text),
    ("case_id", Ty::Int),
];
const TIMELINE_ROW: &[(&str, Ty)] = &[
    ("case_id", Ty::Int),
    ("kind", Ty::Text),
    ("at", Ty::Int),
    ("mention_id", Ty::Int),
    ("network", Ty::Text),
    ("external_id", Ty::Text),
    ("author", Ty::Text),
    ("body", Ty::Text),
    ("data", Ty::Text),
];

/// A case as the case rule sees it while a batch is processed.
#[derive(Debug, Clone)]
struct CaseState {
    /// `None` until a new case is inserted.
    id: Option<i64>,
    contact_id: i64,
    network: Network,
    conversation_key: String,
    status: CaseStatus,
    action: Action,
    priority: earshot_core::Priority,
    topic: Option<String>,
    team: Option<String>,
    opened_at: i64,
    due: Option<i64>,
    responded: Option<i64>,
    resolved: Option<i64>,
    last_activity: i64,
    reopen_count: i64,
    summary: String,
    /// The version read; the update applies only if it is still current.
    version: i64,
    dirty: bool,
}

impl CaseState {
    fn from_case(c: Case) -> CaseState {
        CaseState {
            id: Some(c.id),
            contact_id: c.contact_id,
            network: c.network,
            conversation_key: c.conversation_key,
            status: c.status,
            action: c.action,
            priority: c.priority,
            topic: c.topic,
            team: c.team,
            opened_at: to_ms(c.opened_at),
            due: c.first_response_due_at.map(to_ms),
            responded: c.first_responded_at.map(to_ms),
            resolved: c.resolved_at.map(to_ms),
            last_activity: to_ms(c.last_activity_at),
            reopen_count: c.reopen_count,
            summary: c.summary,
            version: c.version,
            dirty: false,
        }
    }

    fn due_key(&self) -> i64 {
        self.due.unwrap_or(NO_DEADLINE)
    }
}

/// A timeline entry waiting for its case and mention ids.
struct PendingEntry {
    case: usize,
    kind: TimelineKind,
    at: i64,
    /// Index into the batch's new mentions, for `mention_id`.
    mention: Option<usize>,
    author: Option<String>,
    body: Option<String>,
    data: serde_json::Value,
}

/// A new mention waiting to be written.
struct PendingMention {
    item: Triaged,
    identity_id: Option<i64>,
    contact_id: Option<i64>,
    at: i64,
    case: Option<usize>,
}

fn truncate_chars(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((byte, _)) => format!("{}…", &s[..byte]),
        None => s.to_string(),
    }
}

fn event_ms(m: &Mention, now: i64) -> i64 {
    m.created_at.map(to_ms).unwrap_or(now)
}

impl Store {
    /// Store a batch of triaged mentions in one transaction and open,
    /// re-open or update their cases. Mentions already stored (same network
    /// and external id) are counted as duplicates and change nothing.
    ///
    /// The case rule, in the batch's order:
    /// - `ignore` (and reposts): the mention is stored, no case.
    /// - An inbound post joins the case of the post it replies to (same
    ///   customer), else the customer's case in the same conversation, else
    ///   the customer's latest case if its last activity is within
    ///   `policy.reopen_window_secs`; otherwise it opens a new case
    ///   (`monitored` without a clock for `monitor`, `open` with
    ///   `first_response_due_at = created_at + first_response_due_secs` for
    ///   the respond actions).
    /// - A respond post re-opens a resolved or closed case (reopen_count + 1,
    ///   a `status_change` entry, a new first-response clock if the case had
    ///   been answered), turns a monitored or pending case open, and raises
    ///   the case's priority if it is higher. A `monitor` post only joins.
    /// - An outbound (brand) post joins the case of the post it replies to,
    ///   else of its conversation, as an `outbound` entry, and stops the
    ///   first-response clock.
    pub async fn ingest_batch(
        &self,
        items: Vec<Triaged>,
        policy: IngestPolicy,
    ) -> Result<BatchOutcome, StoreError> {
        const ATTEMPTS: usize = 3;
        for attempt in 1.. {
            let batch = if attempt < ATTEMPTS {
                items.clone()
            } else {
                return self.try_ingest_batch(items, policy).await;
            };
            match self.try_ingest_batch(batch, policy).await {
                Err(StoreError::Conflict(why)) => {
                    tracing::debug!(attempt, %why, "ingest batch raced with a case update; retrying");
                }
                other => return other,
            }
        }
        unreachable!("the last attempt returns")
    }

    async fn try_ingest_batch(
        &self,
        items: Vec<Triaged>,
        policy: IngestPolicy,
    ) -> Result<BatchOutcome, StoreError> {
        let mut outcome = BatchOutcome::default();
        if items.is_empty() {
            return Ok(outcome);
        }
        let now = now_ms();
        let window_ms = i64::try_from(policy.reopen_window_secs)
            .unwrap_or(i64::MAX / 2_000)
            .saturating_mul(1000);

        // Replays inside one batch count as duplicates too.
        let mut seen: HashSet<Key> = HashSet::with_capacity(items.len());
        let mut fresh: Vec<Triaged> = Vec::with_capacity(items.len());
        for item in items {
            if seen.insert((item.mention.network, item.mention.external_id.clone())) {
                fresh.push(item);
            } else {
                outcome.duplicates += 1;
            }
        }

        let mut w = self.write_tx().await?;
        if self.backend() == Backend::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock($1)")
                .bind(INGEST_LOCK_KEY)
                .execute(&mut *w.tx)
                .await?;
        }

        // 1. Drop mentions stored before.
        let by_network = group_by_network(
            fresh
                .iter()
                .map(|t| (t.mention.network, t.mention.external_id.clone())),
        );
        let mut known: HashSet<Key> = HashSet::new();
        for (network, ids) in &by_network {
            for chunk in ids.chunks(IN_CHUNK) {
                let sql = format!(
                    "SELECT external_id FROM mentions WHERE network = $1 AND external_id {}",
                    in_list(w.backend, 2, chunk.len(), Ty::Text)
                );
                let sql = positional(w.backend, &sql);
                let q = bind_in(w.backend, sqlx::query(&sql).bind(network.as_str()), chunk);
                for row in q.fetch_all(&mut *w.tx).await? {
                    known.insert((*network, get(&row, "external_id")?));
                }
            }
        }
        let before = fresh.len();
        fresh.retain(|t| !known.contains(&(t.mention.network, t.mention.external_id.clone())));
        outcome.duplicates += (before - fresh.len()) as u64;
        if fresh.is_empty() {
            w.commit().await?;
            return Ok(outcome);
        }
        // 2. Contacts and identities of the inbound authors.
        let authors = upsert_authors(&mut w, &fresh, now).await?;
        // 3. The cases these mentions may join.
        let mut cases: Vec<CaseState> = Vec::new();
        let mut case_index: HashMap<i64, usize> = HashMap::new();
        let mut by_conversation: HashMap<(i64, Network, String), usize> = HashMap::new();
        let mut by_thread: HashMap<Key, usize> = HashMap::new();
        let mut latest_by_contact: HashMap<i64, usize> = HashMap::new();
        let mut post_case: HashMap<Key, Option<usize>> = HashMap::new();
        let mut post_direction: HashMap<Key, Direction> = HashMap::new();

        let contact_ids: Vec<i64> = {
            let mut v: Vec<i64> = authors.values().map(|a| a.1).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let mut loaded: Vec<Case> = Vec::new();
        for chunk in contact_ids.chunks(IN_CHUNK) {
            let sql = format!(
                "SELECT {CASE_COLUMNS} FROM cases c WHERE c.id IN \
                 (SELECT MAX(id) FROM cases WHERE contact_id {} GROUP BY contact_id)",
                in_list(w.backend, 1, chunk.len(), Ty::Int)
            );
            let sql = positional(w.backend, &sql);
            let q = bind_in(w.backend, sqlx::query(&sql), chunk);
            for row in q.fetch_all(&mut *w.tx).await? {
                loaded.push(case_from_row(&row)?);
            }
        }
        let conversations = group_by_network(
            fresh
                .iter()
                .map(|t| (t.mention.network, t.mention.conversation_key().to_string())),
        );
        for (network, keys) in &conversations {
            for chunk in keys.chunks(IN_CHUNK) {
                let sql = format!(
                    "SELECT {CASE_COLUMNS} FROM cases c WHERE c.network = $1 AND c.conversation_key {}",
                    in_list(w.backend, 2, chunk.len(), Ty::Text)
                );
                let sql = positional(w.backend, &sql);
                let q = bind_in(w.backend, sqlx::query(&sql).bind(network.as_str()), chunk);
                for row in q.fetch_all(&mut *w.tx).await? {
                    loaded.push(case_from_row(&row)?);
                }
            }
        }
        // The posts replied to: their case and whether the brand wrote them.
        let parents = group_by_network(fresh.iter().filter_map(|t| {
            t.mention
                .in_reply_to_id
                .clone()
                .map(|id| (t.mention.network, id))
        }));
        let mut parent_case_ids: Vec<(Key, Option<i64>)> = Vec::new();
        for (network, ids) in &parents {
            for chunk in ids.chunks(IN_CHUNK) {
                let sql = format!(
                    "SELECT external_id, case_id, direction FROM mentions \
                     WHERE network = $1 AND external_id {}",
                    in_list(w.backend, 2, chunk.len(), Ty::Text)
                );
                let sql = positional(w.backend, &sql);
                let q = bind_in(w.backend, sqlx::query(&sql).bind(network.as_str()), chunk);
                for row in q.fetch_all(&mut *w.tx).await? {
                    let key = (*network, get::<String>(&row, "external_id")?);
                    post_direction.insert(key.clone(), parsed(&row, "direction")?);
                    parent_case_ids.push((key, get(&row, "case_id")?));
                }
            }
        }
        // Brand posts that are the desk's own replies coming back from the
        // network: already on their case's timeline (from the outbox).
        let outbound_ids = group_by_network(
            fresh
                .iter()
                .filter(|t| t.direction == Direction::Outbound)
                .map(|t| (t.mention.network, t.mention.external_id.clone())),
        );
        let mut desk_reply_ids: Vec<(Key, i64)> = Vec::new();
        for (network, ids) in &outbound_ids {
            for chunk in ids.chunks(IN_CHUNK) {
                let sql = format!(
                    "SELECT external_id, case_id FROM outbox \
                     WHERE network = $1 AND external_id {}",
                    in_list(w.backend, 2, chunk.len(), Ty::Text)
                );
                let sql = positional(w.backend, &sql);
                let q = bind_in(w.backend, sqlx::query(&sql).bind(network.as_str()), chunk);
                for row in q.fetch_all(&mut *w.tx).await? {
                    desk_reply_ids
                        .push(((*network, get(&row, "external_id")?), get(&row, "case_id")?));
                }
            }
        }
        let missing: Vec<i64> = {
            let have: HashSet<i64> = loaded.iter().map(|c| c.id).collect();
            let mut v: Vec<i64> = parent_case_ids
                .iter()
                .filter_map(|(_, c)| *c)
                .chain(desk_reply_ids.iter().map(|(_, c)| *c))
                .filter(|c| !have.contains(c))
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        for chunk in missing.chunks(IN_CHUNK) {
            let sql = format!(
                "SELECT {CASE_COLUMNS} FROM cases c WHERE c.id {}",
                in_list(w.backend, 1, chunk.len(), Ty::Int)
            );
            let sql = positional(w.backend, &sql);
            let q = bind_in(w.backend, sqlx::query(&sql), chunk);
            for row in q.fetch_all(&mut *w.tx).await? {
                loaded.push(case_from_row(&row)?);
            }
        }
        loaded.sort_by_key(|c| c.id);
        loaded.dedup_by_key(|c| c.id);
        for case in loaded {
            let idx = cases.len();
            let state = CaseState::from_case(case);
            case_index.insert(state.id.unwrap_or_default(), idx);
            // Later (higher id) cases win every index.
            by_conversation.insert(
                (
                    state.contact_id,
                    state.network,
                    state.conversation_key.clone(),
                ),
                idx,
            );
            by_thread.insert((state.network, state.conversation_key.clone()), idx);
            let (contact, activity) = (state.contact_id, state.last_activity);
            cases.push(state);
            let latest = latest_by_contact.entry(contact).or_insert(idx);
            if cases[*latest].last_activity <= activity {
                *latest = idx;
            }
        }
        for (key, case_id) in parent_case_ids {
            post_case.insert(key, case_id.and_then(|id| case_index.get(&id).copied()));
        }
        let desk_replies: HashMap<Key, usize> = desk_reply_ids
            .into_iter()
            .filter_map(|(key, id)| case_index.get(&id).map(|ci| (key, *ci)))
            .collect();
        // 4. The case rule, in order.
        let mut pending: Vec<PendingMention> = Vec::with_capacity(fresh.len());
        let mut entries: Vec<PendingEntry> = Vec::with_capacity(fresh.len() + 8);
        let mut reopened: HashSet<usize> = HashSet::new();
        for item in fresh {
            let m = &item.mention;
            let at = event_ms(m, now);
            let key: Key = (m.network, m.external_id.clone());
            let conv = m.conversation_key().to_string();
            let parent_key = m.in_reply_to_id.clone().map(|id| (m.network, id));
            let parent_case = parent_key
                .as_ref()
                .and_then(|k| post_case.get(k).copied().flatten());
            let mention_idx = pending.len();
            let handle_label = format!("@{}", m.author.handle);
            let mut case_slot = None;
            let mut identity_id = None;
            let mut contact_id = None;

            match item.direction {
                Direction::Outbound => {
                    let target =
                        parent_case.or_else(|| by_thread.get(&(m.network, conv.clone())).copied());
                    if let Some(&ci) = desk_replies.get(&key) {
                        case_slot = Some(ci);
                    } else if let Some(ci) = target {
                        let case = &mut cases[ci];
                        if case.responded.is_none() {
                            case.responded = Some(at);
                        }
                        case.last_activity = case.last_activity.max(at);
                        case.dirty = true;
                        entries.push(PendingEntry {
                            case: ci,
                            kind: TimelineKind::Outbound,
                            at,
                            mention: Some(mention_idx),
                            author: Some(handle_label),
                            body: Some(m.text.clone()),
                            data: json!({}),
                        });
                        case_slot = Some(ci);
                    }
                }
                Direction::Inbound => {
                    let (iid, cid) = authors
                        .get(&(m.network, m.author.id.clone()))
                        .copied()
                        .ok_or_else(|| {
                            StoreError::Invalid(format!(
                                "mention {}: author {} was not stored",
                                m.external_id, m.author.id
                            ))
                        })?;
                    identity_id = Some(iid);
                    contact_id = Some(cid);
                    let d = &item.decision;
                    if d.action != Action::Ignore && !m.is_repost {
                        let candidate = parent_case
                            .filter(|ci| cases[*ci].contact_id == cid)
                            .or_else(|| {
                                by_conversation
                                    .get(&(cid, m.network, conv.clone()))
                                    .copied()
                            })
                            .or_else(|| {
                                latest_by_contact.get(&cid).copied().filter(|ci| {
                                    at <= cases[*ci].last_activity.saturating_add(window_ms)
                                })
                            });
                        let ci = match candidate {
                            Some(ci) => {
                                entries.push(PendingEntry {
                                    case: ci,
                                    kind: TimelineKind::Inbound,
                                    at,
                                    mention: Some(mention_idx),
                                    author: Some(handle_label),
                                    body: Some(m.text.clone()),
                                    data: decision_data(d),
                                });
                                if let Some(change) = open_or_reopen_case(&mut cases[ci], d, at) {
                                    if change.reopened && reopened.insert(ci) {
                                        outcome.cases_reopened += 1;
                                    }
                                    entries.push(PendingEntry {
                                        case: ci,
                                        kind: TimelineKind::StatusChange,
                                        at,
                                        mention: Some(mention_idx),
                                        author: None,
                                        body: None,
                                        data: json!({"from": change.from, "to": change.to, "reason": "the customer wrote again"}),
                                    });
                                }
                                ci
                            }
                            None => {
                                let ci = cases.len();
                                let respond = d.action.needs_response();
                                cases.push(CaseState {
                                    id: None,
                                    contact_id: cid,
                                    network: m.network,
                                    conversation_key: conv.clone(),
                                    status: if respond {
                                        CaseStatus::Open
                                    } else {
                                        CaseStatus::Monitored
                                    },
                                    action: d.action,
                                    priority: d.priority,
                                    topic: d.topic.clone(),
                                    team: d.team.clone(),
                                    opened_at: at,
                                    due: respond.then(|| due_at(at, d)),
                                    responded: None,
                                    resolved: None,
                                    last_activity: at,
                                    reopen_count: 0,
                                    summary: truncate_chars(&m.text, SUMMARY_CHARS),
                                    version: 1,
                                    dirty: false,
                                });
                                outcome.cases_opened += 1;
                                entries.push(PendingEntry {
                                    case: ci,
                                    kind: TimelineKind::Inbound,
                                    at,
                                    mention: Some(mention_idx),
                                    author: Some(handle_label),
                                    body: Some(m.text.clone()),
                                    data: decision_data(d),
                                });
                                ci
                            }
                        };
                        by_conversation.insert((cid, m.network, conv.clone()), ci);
                        by_thread.insert((m.network, conv.clone()), ci);
                        latest_by_contact.insert(cid, ci);
                        case_slot = Some(ci);
                    }
                }
            }
            post_case.insert(key.clone(), case_slot);
            post_direction.insert(key, item.direction);
            pending.push(PendingMention {
                item,
                identity_id,
                contact_id,
                at,
                case: case_slot,
            });
        }
        // 5. Write cases: new ones in bulk, changed ones one by one.
        insert_new_cases(&mut w, &mut cases).await?;
        update_cases(&mut w, &cases).await?;
        // 6. Mentions, then the timeline that points at them.
        let mention_ids = insert_mentions(&mut w, &pending, &cases, now).await?;
        insert_entries(&mut w, &entries, &cases, &pending, &mention_ids).await?;
        w.commit().await?;

        outcome.stored = pending.len() as u64;
        self.note_stored(outcome.stored).await;
        let mut touched: Vec<i64> = pending
            .iter()
            .filter_map(|p| p.case.and_then(|ci| cases[ci].id))
            .collect();
        touched.sort_unstable();
        touched.dedup();
        outcome.case_ids = touched;
        tracing::debug!(
            stored = outcome.stored,
            duplicates = outcome.duplicates,
            opened = outcome.cases_opened,
            reopened = outcome.cases_reopened,
            "ingest batch stored"
        );
        Ok(outcome)
    }

    /// Thread context of one mention (see [`Store::thread_contexts`]).
    pub async fn thread_context(
        &self,
        mention: &Mention,
        policy: IngestPolicy,
    ) -> Result<ThreadContext, StoreError> {
        let mut v = self
            .thread_contexts(&[(mention, Direction::Inbound)], policy)
            .await?;
        Ok(v.pop().unwrap_or_default())
    }

    /// What the desk knows about each mention's thread, for triage, in a
    /// few bulk queries. Earlier posts of the same slice count as if they
    /// were stored: a brand reply earlier in the slice puts the brand in the
    /// thread, and a customer's earlier posts count as prior contacts.
    pub async fn thread_contexts(
        &self,
        items: &[(&Mention, Direction)],
        policy: IngestPolicy,
    ) -> Result<Vec<ThreadContext>, StoreError> {
        if items.is_empty() {
            return Ok(Vec::new());
        }
        let now = now_ms();
        let window_ms = i64::try_from(policy.reopen_window_secs)
            .unwrap_or(i64::MAX / 2_000)
            .saturating_mul(1000);
        let mut brand_threads: HashSet<Key> = HashSet::new();
        let mut brand_posts: HashSet<Key> = HashSet::new();
        let mut prior: HashMap<Key, u32> = HashMap::new();

        let conversations = group_by_network(
            items
                .iter()
                .map(|(m, _)| (m.network, m.conversation_key().to_string())),
        );
        let conn = self.pool();
        for (network, keys) in &conversations {
            for chunk in keys.chunks(IN_CHUNK) {
                let sql = format!(
                    "SELECT DISTINCT conversation_key FROM mentions WHERE network = $1 \
                     AND direction = 'outbound' AND conversation_key {}",
                    in_list(self.backend(), 2, chunk.len(), Ty::Text)
                );
                let sql = positional(self.backend(), &sql);
                let q = bind_in(
                    self.backend(),
                    sqlx::query(&sql).bind(network.as_str()),
                    chunk,
                );
                for row in q.fetch_all(conn).await? {
                    brand_threads.insert((*network, get(&row, "conversation_key")?));
                }
            }
        }
        let parents = group_by_network(
            items
                .iter()
                .filter_map(|(m, _)| m.in_reply_to_id.clone().map(|id| (m.network, id))),
        );
        for (network, ids) in &parents {
            for chunk in ids.chunks(IN_CHUNK) {
                let sql = format!(
                    "SELECT external_id, direction FROM mentions WHERE network = $1 \
                     AND external_id {}",
                    in_list(self.backend(), 2, chunk.len(), Ty::Text)
                );
                let sql = positional(self.backend(), &sql);
                let q = bind_in(
                    self.backend(),
                    sqlx::query(&sql).bind(network.as_str()),
                    chunk,
                );
                // Filtered here: the unique index finds the posts at once,
                // whatever the planner believes about outbound posts.
                for row in q.fetch_all(conn).await? {
                    if parsed::<Direction>(&row, "direction")? == Direction::Outbound {
                        brand_posts.insert((*network, get(&row, "external_id")?));
                    }
                }
            }
        }
        // Prior contacts: one window for the whole slice, from its earliest
        // post's window start to its latest post.
        let times: Vec<i64> = items.iter().map(|(m, _)| event_ms(m, now)).collect();
        let from = times
            .iter()
            .min()
            .copied()
            .unwrap_or(now)
            .saturating_sub(window_ms);
        let until = times.iter().max().copied().unwrap_or(now);
        let authors = group_by_network(
            items
                .iter()
                .filter(|(_, d)| *d == Direction::Inbound)
                .map(|(m, _)| (m.network, m.author.id.clone())),
        );
        for (network, ids) in &authors {
            for chunk in ids.chunks(IN_CHUNK) {
                let sql = format!(
                    "SELECT i.external_user_id, COUNT(m.id) AS n FROM identities i \
                     JOIN mentions m ON m.contact_id = i.contact_id \
                     WHERE i.network = $1 AND m.created_at >= $2 AND m.created_at <= $3 \
                     AND i.external_user_id {} GROUP BY i.external_user_id",
                    in_list(self.backend(), 4, chunk.len(), Ty::Text)
                );
                let sql = positional(self.backend(), &sql);
                let q = bind_in(
                    self.backend(),
                    sqlx::query(&sql)
                        .bind(network.as_str())
                        .bind(from)
                        .bind(until),
                    chunk,
                );
                for row in q.fetch_all(conn).await? {
                    let n: i64 = get(&row, "n")?;
                    prior.insert(
                        (*network, get(&row, "external_user_id")?),
                        u32::try_from(n).unwrap_or(u32::MAX),
                    );
                }
            }
        }

        let mut out = Vec::with_capacity(items.len());
        for (m, direction) in items {
            let conv = (m.network, m.conversation_key().to_string());
            let replies_to_brand = m
                .in_reply_to_id
                .as_ref()
                .is_some_and(|id| brand_posts.contains(&(m.network, id.clone())));
            let author = (m.network, m.author.id.clone());
            out.push(ThreadContext {
                brand_in_thread: brand_threads.contains(&conv) || replies_to_brand,
                prior_contacts: prior.get(&author).copied().unwrap_or(0),
            });
            match direction {
                Direction::Outbound => {
                    brand_threads.insert(conv);
                    brand_posts.insert((m.network, m.external_id.clone()));
                }
                Direction::Inbound => *prior.entry(author).or_insert(0) += 1,
            }
        }
        Ok(out)
    }
}

/// What a post did to a case's status.
struct StatusChange {
    from: CaseStatus,
    to: CaseStatus,
    reopened: bool,
}

fn due_at(at: i64, d: &TriageDecision) -> i64 {
    let secs = i64::try_from(d.first_response_due_secs).unwrap_or(i64::MAX / 2_000);
    at.saturating_add(secs.saturating_mul(1000))
}

/// Apply a customer's new post to the case it joins (the heart of the case
/// rule; see [`Store::ingest_batch`]). Returns the status change, if any.
fn open_or_reopen_case(case: &mut CaseState, d: &TriageDecision, at: i64) -> Option<StatusChange> {
    case.last_activity = case.last_activity.max(at);
    case.dirty = true;
    if !d.action.needs_response() {
        return None;
    }
    let from = case.status;
    let mut change = None;
    match from {
        CaseStatus::Resolved | CaseStatus::Closed => {
            case.status = CaseStatus::Open;
            case.reopen_count += 1;
            case.resolved = None;
            if case.responded.is_some() {
                // Answered before: the customer is owed a new first response.
                case.responded = None;
                case.due = Some(due_at(at, d));
            }
            change = Some(StatusChange {
                from,
                to: CaseStatus::Open,
                reopened: true,
            });
        }
        CaseStatus::Monitored | CaseStatus::Pending => {
            case.status = CaseStatus::Open;
            change = Some(StatusChange {
                from,
                to: CaseStatus::Open,
                reopened: false,
            });
        }
        CaseStatus::Open => {}
    }
    if case.due.is_none() {
        case.due = Some(due_at(at, d));
    }
    // Ordered most urgent first: a smaller priority is a higher one.
    if d.priority < case.priority {
        case.priority = d.priority;
        if case.responded.is_none() {
            case.due = Some(case.due.map_or(due_at(at, d), |due| due.min(due_at(at, d))));
        }
    }
    if case.action == Action::Monitor || d.action == Action::RespondPrivate {
        case.action = d.action;
    }
    if case.team.is_none() {
        case.team = d.team.clone();
    }
    if case.topic.is_none() {
        case.topic = d.topic.clone();
    }
    change
}

fn decision_data(d: &TriageDecision) -> serde_json::Value {
    json!({
        "action": d.action,
        "priority": d.priority,
        "topic": d.topic,
        "team": d.team,
        "addressed": d.addressed,
        "reasons": d.reasons,
    })
}

/// Group (network, value) pairs by network, values deduplicated.
fn group_by_network(pairs: impl Iterator<Item = (Network, String)>) -> Vec<(Network, Vec<String>)> {
    let mut map: HashMap<Network, (HashSet<String>, Vec<String>)> = HashMap::new();
    for (n, v) in pairs {
        let (set, list) = map.entry(n).or_default();
        if set.insert(v.clone()) {
            list.push(v);
        }
    }
    let mut out: Vec<(Network, Vec<String>)> = map.into_iter().map(|(n, (_, l))| (n, l)).collect();
    out.sort_by_key(|(n, _)| *n);
    out
}

/// Find or create the contact and identity of every inbound author;
/// returns (network, external user id) → (identity id, contact id).
async fn upsert_authors(
    w: &mut WriteTx,
    items: &[Triaged],
    now: i64,
) -> Result<HashMap<Key, (i64, i64)>, StoreError> {
    let mut authors: HashMap<Key, &earshot_core::Author> = HashMap::new();
    let mut order: Vec<Key> = Vec::new();
    for t in items.iter().filter(|t| t.direction == Direction::Inbound) {
        let key = (t.mention.network, t.mention.author.id.clone());
        if !authors.contains_key(&key) {
            order.push(key.clone());
        }
        // The latest profile wins.
        authors.insert(key, &t.mention.author);
    }
    let mut out: HashMap<Key, (i64, i64)> = HashMap::with_capacity(authors.len());
    let grouped = group_by_network(order.iter().cloned());
    for (network, ids) in &grouped {
        for chunk in ids.chunks(IN_CHUNK) {
            let sql = format!(
                "SELECT {IDENTITY_COLUMNS} FROM identities WHERE network = $1 AND external_user_id {}",
                in_list(w.backend, 2, chunk.len(), Ty::Text)
            );
            let sql = positional(w.backend, &sql);
            let q = bind_in(w.backend, sqlx::query(&sql).bind(network.as_str()), chunk);
            for row in q.fetch_all(&mut *w.tx).await? {
                let ident = identity_from_row(&row)?;
                let key = (*network, ident.external_user_id.clone());
                if let Some(a) = authors.get(&key) {
                    let followers = a.followers.and_then(|f| i64::try_from(f).ok());
                    let changed = (!a.handle.is_empty() && a.handle != ident.handle)
                        || (a.name.is_some() && a.name != ident.name)
                        || (followers.is_some() && followers != ident.followers)
                        || (a.bio.is_some() && a.bio != ident.bio);
                    if changed {
                        sqlx::query(
                            "UPDATE identities SET handle = $1, name = COALESCE($2, name), \
                             followers = COALESCE($3, followers), bio = COALESCE($4, bio) WHERE id = $5",
                        )
                        .bind(if a.handle.is_empty() { &ident.handle } else { &a.handle })
                        .bind(a.name.as_deref())
                        .bind(followers)
                        .bind(a.bio.as_deref())
                        .bind(ident.id)
                        .execute(&mut *w.tx)
                        .await?;
                    }
                }
                out.insert(key, (ident.id, ident.contact_id));
            }
        }
    }
    let new: Vec<&Key> = order.iter().filter(|k| !out.contains_key(*k)).collect();
    // New contacts in bulk, matched back by the identity they came from.
    for chunk in new.chunks(MAX_PARAMS / 8) {
        let sql = format!(
            "INSERT INTO contacts (display_name, created_at, created_from) {} \
             RETURNING id, created_from",
            rows_source(w.backend, CONTACT_ROW, chunk.len(), 1)
        );
        let sql = positional(w.backend, &sql);
        let mut q = Rows::new(CONTACT_ROW);
        for key in chunk {
            let a = authors[*key];
            let display = a
                .name
                .clone()
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| format!("@{}", a.handle));
            q = q
                .bind(display)
                .bind(now)
                .bind(format!("{}:{}", key.0, key.1));
        }
        let mut contact_of: HashMap<String, i64> = HashMap::with_capacity(chunk.len());
        for row in q
            .bind_to(w.backend, sqlx::query(&sql))
            .fetch_all(&mut *w.tx)
            .await?
        {
            contact_of.insert(get(&row, "created_from")?, get(&row, "id")?);
        }
        let sql = format!(
            "INSERT INTO identities (contact_id, network, external_user_id, handle, name, followers, bio) \
             {} RETURNING id, contact_id, network, external_user_id",
            rows_source(w.backend, IDENTITY_ROW, chunk.len(), 1)
        );
        let sql = positional(w.backend, &sql);
        let mut q = Rows::new(IDENTITY_ROW);
        for key in chunk {
            let a = authors[*key];
            let contact = contact_of
                .get(&format!("{}:{}", key.0, key.1))
                .copied()
                .ok_or_else(|| StoreError::Invalid(format!("author {}: no contact", key.1)))?;
            q = q
                .bind(contact)
                .bind(key.0.as_str())
                .bind(key.1.as_str())
                .bind(a.handle.as_str())
                .bind(a.name.as_deref())
                .bind(a.followers.and_then(|f| i64::try_from(f).ok()))
                .bind(a.bio.as_deref());
        }
        for row in q
            .bind_to(w.backend, sqlx::query(&sql))
            .fetch_all(&mut *w.tx)
            .await?
        {
            let network: Network = parsed(&row, "network")?;
            out.insert(
                (network, get(&row, "external_user_id")?),
                (get(&row, "id")?, get(&row, "contact_id")?),
            );
        }
    }
    Ok(out)
}

const UPDATE_CASE_COLS: usize = 13;

/// Write back the changed cases with one multi-row `UPDATE ... FROM`.
/// A case changed meanwhile by someone else (an agent on another
/// instance) fails the batch with `Conflict`; the caller retries it.
async fn update_cases(w: &mut WriteTx, cases: &[CaseState]) -> Result<(), StoreError> {
    let dirty: Vec<&CaseState> = cases.iter().filter(|c| c.dirty && c.id.is_some()).collect();
    for chunk in dirty.chunks(MAX_PARAMS / UPDATE_CASE_COLS) {
        let sql = format!(
            "WITH v (id, version, status, action, priority, topic, team, due, responded, resolved, \
             last_activity, reopen_count, due_key) AS ({}) \
             UPDATE cases SET status = v.status, action = v.action, priority = v.priority, \
             topic = v.topic, team = v.team, first_response_due_at = v.due, \
             first_responded_at = v.responded, resolved_at = v.resolved, \
             last_activity_at = v.last_activity, reopen_count = v.reopen_count, \
             due_key = v.due_key, version = cases.version + 1 \
             FROM v WHERE cases.id = v.id AND cases.version = v.version",
            rows_source(w.backend, CASE_UPDATE_ROW, chunk.len(), 1)
        );
        let sql = positional(w.backend, &sql);
        let mut q = Rows::new(CASE_UPDATE_ROW);
        for c in chunk {
            q = q
                .bind(c.id)
                .bind(c.version)
                .bind(c.status.as_str())
                .bind(c.action.as_str())
                .bind(c.priority.as_str())
                .bind(c.topic.as_deref())
                .bind(c.team.as_deref())
                .bind(c.due)
                .bind(c.responded)
                .bind(c.resolved)
                .bind(c.last_activity)
                .bind(c.reopen_count)
                .bind(c.due_key());
        }
        let done = q
            .bind_to(w.backend, sqlx::query(&sql))
            .execute(&mut *w.tx)
            .await?;
        if done.rows_affected() != chunk.len() as u64 {
            return Err(StoreError::Conflict(
                "a case changed while the batch was stored".into(),
            ));
        }
    }
    Ok(())
}

const NEW_CASE_COLS: usize = 16;

async fn insert_new_cases(w: &mut WriteTx, cases: &mut [CaseState]) -> Result<(), StoreError> {
    let new: Vec<usize> = (0..cases.len())
        .filter(|i| cases[*i].id.is_none())
        .collect();
    for chunk in new.chunks(MAX_PARAMS / NEW_CASE_COLS) {
        let sql = format!(
            "INSERT INTO cases (contact_id, network, conversation_key, status, action, priority, topic, \
             team, opened_at, first_response_due_at, first_responded_at, resolved_at, \
             last_activity_at, reopen_count, summary, due_key) {} \
             RETURNING id, contact_id, network, conversation_key",
            rows_source(w.backend, NEW_CASE_ROW, chunk.len(), 1)
        );
        let sql = positional(w.backend, &sql);
        let mut q = Rows::new(NEW_CASE_ROW);
        let mut slot: HashMap<(i64, Network, String), usize> = HashMap::with_capacity(chunk.len());
        for &i in chunk {
            let c = &cases[i];
            slot.insert((c.contact_id, c.network, c.conversation_key.clone()), i);
            q = q
                .bind(c.contact_id)
                .bind(c.network.as_str())
                .bind(c.conversation_key.as_str())
                .bind(c.status.as_str())
                .bind(c.action.as_str())
                .bind(c.priority.as_str())
                .bind(c.topic.as_deref())
                .bind(c.team.as_deref())
                .bind(c.opened_at)
                .bind(c.due)
                .bind(c.responded)
                .bind(c.resolved)
                .bind(c.last_activity)
                .bind(c.reopen_count)
                .bind(c.summary.as_str())
                .bind(c.due_key());
        }
        for row in q
            .bind_to(w.backend, sqlx::query(&sql))
            .fetch_all(&mut *w.tx)
            .await?
        {
            let key = (
                get::<i64>(&row, "contact_id")?,
                parsed::<Network>(&row, "network")?,
                get::<String>(&row, "conversation_key")?,
            );
            let i = slot.get(&key).copied().ok_or_else(|| {
                StoreError::Invalid(format!("new case for contact {} was not matched", key.0))
            })?;
            cases[i].id = Some(get(&row, "id")?);
            cases[i].dirty = false;
        }
    }
    Ok(())
}

const MENTION_COLS: usize = 19;

async fn insert_mentions(
    w: &mut WriteTx,
    pending: &[PendingMention],
    cases: &[CaseState],
    now: i64,
) -> Result<HashMap<Key, i64>, StoreError> {
    let mut ids = HashMap::with_capacity(pending.len());
    for chunk in pending.chunks(MAX_PARAMS / MENTION_COLS) {
        let sql = format!(
            "INSERT INTO mentions (network, external_id, identity_id, contact_id, author_handle, text, \
             lang, created_at, received_at, conversation_key, in_reply_to_id, direction, raw, triage, \
             action, priority, topic, team, case_id) {} RETURNING id, network, external_id",
            rows_source(w.backend, MENTION_ROW, chunk.len(), 1)
        );
        let sql = positional(w.backend, &sql);
        let mut q = Rows::new(MENTION_ROW);
        for p in chunk {
            let m = &p.item.mention;
            let d = &p.item.decision;
            let triage = serde_json::to_string(d).unwrap_or_else(|_| "{}".into());
            q = q
                .bind(m.network.as_str())
                .bind(m.external_id.as_str())
                .bind(p.identity_id)
                .bind(p.contact_id)
                .bind(m.author.handle.as_str())
                .bind(m.text.as_str())
                .bind(m.lang.as_deref())
                .bind(p.at)
                .bind(now)
                .bind(m.conversation_key())
                .bind(m.in_reply_to_id.as_deref())
                .bind(p.item.direction.as_str())
                .bind(m.raw.as_deref())
                .bind(triage)
                .bind(d.action.as_str())
                .bind(d.priority.as_str())
                .bind(d.topic.as_deref())
                .bind(d.team.as_deref())
                .bind(p.case.and_then(|ci| cases[ci].id));
        }
        for row in q
            .bind_to(w.backend, sqlx::query(&sql))
            .fetch_all(&mut *w.tx)
            .await?
        {
            ids.insert(
                (parsed(&row, "network")?, get(&row, "external_id")?),
                get(&row, "id")?,
            );
        }
    }
    Ok(ids)
}

const ENTRY_COLS: usize = 9;

async fn insert_entries(
    w: &mut WriteTx,
    entries: &[PendingEntry],
    cases: &[CaseState],
    pending: &[PendingMention],
    mention_ids: &HashMap<Key, i64>,
) -> Result<(), StoreError> {
    for chunk in entries.chunks(MAX_PARAMS / ENTRY_COLS) {
        let sql = format!(
            "INSERT INTO timeline (case_id, kind, at, mention_id, network, external_id, author, body, data) \
             {}",
            rows_source(w.backend, TIMELINE_ROW, chunk.len(), 1)
        );
        let sql = positional(w.backend, &sql);
        let mut q = Rows::new(TIMELINE_ROW);
        for e in chunk {
            let (network, external_id, mention_id) = match e.mention {
                Some(mi) => {
                    let m = &pending[mi].item.mention;
                    let key = (m.network, m.external_id.clone());
                    (
                        Some(m.network.as_str()),
                        Some(m.external_id.clone()),
                        mention_ids.get(&key).copied(),
                    )
                }
                None => (None, None, None),
            };
            // Status changes refer to the post that caused them, but are not posts.
            let is_post = matches!(e.kind, TimelineKind::Inbound | TimelineKind::Outbound);
            q = q
                .bind(cases[e.case].id)
                .bind(e.kind.as_str())
                .bind(e.at)
                .bind(mention_id)
                .bind(if is_post { network } else { None })
                .bind(if is_post { external_id } else { None })
                .bind(e.author.as_deref())
                .bind(e.body.as_deref())
                .bind(e.data.to_string());
        }
        q.bind_to(w.backend, sqlx::query(&sql))
            .execute(&mut *w.tx)
            .await?;
    }
    Ok(())
}
