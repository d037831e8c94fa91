//! The desk's pages: the inbox (`/`) and the case view (`/cases/{id}`),
//! and the fragments of both that the JS fetches again when an event says
//! something changed.
//!
//! Handlers turn store types into small view models (plain strings and
//! numbers, `Serialize`) that the templates only lay out; the templates
//! escape every value.

use super::error::{PageResult, WebError};
use super::events::Viewer;
use super::render::{templates, Page};
use super::session::{page_user, CurrentUser};
use super::WebState;
use axum::extract::{Path, Query, State};
use axum::http::HeaderValue;
use axum::response::Response;
use chrono::{DateTime, Utc};
use earshot_core::{Network, Priority};
use earshot_store::{
    AssigneeFilter, Case, CaseFilter, CaseSort, CaseStatus, CaseSummary, Role, TimelineEntry,
    TimelineKind, User,
};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::time::Instant;

/// A case id from the path (`/cases/{id}/...`); anything but a number is a
/// 404 page (or JSON, for the desk's JS), not a bare 400.
#[derive(Debug, Clone, Copy)]
pub struct CaseId(pub i64);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for CaseId {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Response> {
        let raw = Path::<String>::from_request_parts(parts, state)
            .await
            .map(|Path(s)| s)
            .unwrap_or_default();
        match raw.parse::<i64>() {
            Ok(id) if id > 0 => Ok(CaseId(id)),
            _ => {
                let e = WebError::NotFound(format!("case '{raw}'"));
                Err(if super::session::wants_json(&parts.headers) {
                    e.into_json()
                } else {
                    e.into_page()
                })
            }
        }
    }
}

/// Rows on one inbox page.
const PAGE_SIZE: u32 = 50;

/// Which slice of the desk the inbox shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum View {
    Mine,
    Team,
    Unassigned,
    Breached,
    Monitored,
    All,
}

impl View {
    const ALL: [View; 6] = [
        View::All,
        View::Mine,
        View::Team,
        View::Unassigned,
        View::Breached,
        View::Monitored,
    ];

    fn parse(s: Option<&str>) -> View {
        match s.unwrap_or("") {
            "mine" => View::Mine,
            "team" => View::Team,
            "unassigned" => View::Unassigned,
            "breached" => View::Breached,
            "monitored" => View::Monitored,
            _ => View::All,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            View::Mine => "mine",
            View::Team => "team",
            View::Unassigned => "unassigned",
            View::Breached => "breached",
            View::Monitored => "monitored",
            View::All => "all",
        }
    }

    fn label(self) -> &'static str {
        match self {
            View::Mine => "Mine",
            View::Team => "My team",
            View::Unassigned => "Unassigned",
            View::Breached => "Breached",
            View::Monitored => "Monitored",
            View::All => "All",
        }
    }

    /// The status a view shows unless the agent picks another.
    fn default_status(self) -> Option<CaseStatus> {
        match self {
            View::Monitored => Some(CaseStatus::Monitored),
            _ => Some(CaseStatus::Open),
        }
    }
}

/// The inbox's query string.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct InboxQuery {
    pub view: Option<String>,
    /// A status, or `any`.
    pub status: Option<String>,
    pub team: Option<String>,
    pub priority: Option<String>,
    pub topic: Option<String>,
    pub q: Option<String>,
    pub cursor: Option<String>,
}

fn nonempty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// The store filter for a view and the agent's filters; `Err` names a bad
/// filter value.
fn case_filter(view: View, q: &InboxQuery, user: &User) -> Result<CaseFilter, WebError> {
    let mut f = CaseFilter {
        status: view.default_status(),
        ..CaseFilter::default()
    };
    match nonempty(&q.status) {
        Some("any") => f.status = None,
        Some(s) => {
            f.status = Some(
                s.parse::<CaseStatus>()
                    .map_err(|e| WebError::Invalid(format!("status: {e}")))?,
            )
        }
        None => {}
    }
    if view == View::Breached {
        f.status = Some(CaseStatus::Open);
    }
    if let Some(p) = nonempty(&q.priority) {
        f.priority = Some(
            p.parse::<Priority>()
                .map_err(|e| WebError::Invalid(format!("priority: {e}")))?,
        );
    }
    f.team = nonempty(&q.team).map(str::to_string);
    f.topic = nonempty(&q.topic).map(str::to_string);
    f.q = nonempty(&q.q).map(str::to_string);
    match view {
        View::Mine => f.assignee = Some(AssigneeFilter::User(user.id)),
        View::Unassigned => f.assignee = Some(AssigneeFilter::Unassigned),
        View::Team => {
            // An agent without a team sees nothing here, not everything.
            f.team = Some(
                user.team_id
                    .clone()
                    .unwrap_or_else(|| "\u{0}no team".into()),
            )
        }
        _ => {}
    }
    Ok(f)
}

/// One inbox row.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub id: i64,
    pub version: i64,
    pub customer: String,
    pub network: &'static str,
    pub topic: Option<String>,
    pub team: Option<String>,
    pub priority: &'static str,
    pub status: &'static str,
    pub action: &'static str,
    pub summary: String,
    pub reasons: Vec<String>,
    pub addressed: Option<String>,
    /// First-response deadline, unix ms (the JS counts down to it).
    pub due_ms: Option<i64>,
    pub due_iso: Option<String>,
    pub responded: bool,
    pub breached: bool,
    /// When the countdown turns amber (unix ms), and whether it has.
    pub warn_ms: Option<i64>,
    pub warned: bool,
    /// Escalated to the lead for a missed deadline.
    pub escalated: bool,
    pub assignee: Option<String>,
    pub viewers: Vec<String>,
}

fn iso(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn shown_time(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

fn is_breached(c: &Case, now: DateTime<Utc>) -> bool {
    c.status == CaseStatus::Open
        && c.first_responded_at.is_none()
        && c.first_response_due_at.is_some_and(|d| d < now)
}

/// When a case's first-response countdown turns amber, by the plan.
fn warn_at(plan: &earshot_triage::Plan, c: &Case) -> Option<DateTime<Utc>> {
    c.first_response_due_at
        .map(|due| plan.warning_at(c.opened_at.min(due), due))
}

fn reasons_of(data: Option<&serde_json::Value>) -> (Vec<String>, Option<String>) {
    let Some(d) = data else {
        return (Vec::new(), None);
    };
    let reasons = d["reasons"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|r| r.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    (reasons, d["addressed"].as_str().map(str::to_string))
}

fn names(viewers: Option<&Vec<Viewer>>) -> Vec<String> {
    viewers
        .map(|v| {
            v.iter()
                .map(|v| {
                    if v.typing {
                        format!("{} (typing)", v.username)
                    } else {
                        v.username.clone()
                    }
                })
                .collect()
        })
        .unwrap_or_default()
}

async fn rows(
    state: &WebState,
    items: &[CaseSummary],
    users: &HashMap<i64, String>,
) -> Result<Vec<Row>, WebError> {
    let ids: Vec<i64> = items.iter().map(|c| c.case.id).collect();
    let triage: HashMap<i64, serde_json::Value> = state
        .store
        .opening_triage(&ids)
        .await?
        .into_iter()
        .collect();
    let viewers = state.presence.viewers_of_cases(&ids);
    let escalated = state.store.escalations_of(&ids).await?;
    let plan = state.plan();
    let now = Utc::now();
    Ok(items
        .iter()
        .map(|s| {
            let c = &s.case;
            let (reasons, addressed) = reasons_of(triage.get(&c.id));
            Row {
                id: c.id,
                version: c.version,
                customer: s.contact_name.clone(),
                network: c.network.as_str(),
                topic: c.topic.clone(),
                team: c.team.clone(),
                priority: c.priority.as_str(),
                status: c.status.as_str(),
                action: c.action.as_str(),
                summary: c.summary.clone(),
                reasons,
                addressed,
                due_ms: c.first_response_due_at.map(|d| d.timestamp_millis()),
                due_iso: c.first_response_due_at.map(iso),
                responded: c.first_responded_at.is_some(),
                breached: is_breached(c, now),
                warn_ms: warn_at(&plan, c).map(|w| w.timestamp_millis()),
                warned: !is_breached(c, now)
                    && c.status == CaseStatus::Open
                    && c.first_responded_at.is_none()
                    && warn_at(&plan, c).is_some_and(|w| w <= now),
                escalated: escalated.contains_key(&c.id),
                assignee: c.assignee_user_id.map(|u| {
                    users
                        .get(&u)
                        .cloned()
                        .unwrap_or_else(|| format!("user {u}"))
                }),
                viewers: names(viewers.get(&c.id)),
            }
        })
        .collect())
}

async fn user_names(state: &WebState) -> Result<(Vec<User>, HashMap<i64, String>), WebError> {
    let users = state.store.list_users().await?;
    let map = users.iter().map(|u| (u.id, u.username.clone())).collect();
    Ok((users, map))
}

/// The cases of one inbox page and the cursor of the next.
async fn page_of_cases(
    state: &WebState,
    view: View,
    filter: &CaseFilter,
    cursor: Option<&str>,
) -> Result<(Vec<CaseSummary>, Option<String>), WebError> {
    if view != View::Breached {
        let page = state
            .store
            .list_cases(filter, CaseSort::Deadline, cursor, PAGE_SIZE)
            .await?;
        return Ok((page.items, page.next));
    }
    // Breached: open cases sorted by deadline begin with every deadline
    // already past; read on until the deadlines reach now, skipping cases
    // answered in time (their deadline stays on the case).
    let now = Utc::now();
    let mut out = Vec::new();
    let mut cursor = cursor.map(str::to_string);
    loop {
        let page = state
            .store
            .list_cases(filter, CaseSort::Deadline, cursor.as_deref(), 200)
            .await?;
        let mut reached_now = false;
        for item in page.items {
            if item.case.first_response_due_at.is_none_or(|d| d >= now) {
                reached_now = true;
                break;
            }
            if item.case.first_responded_at.is_none() {
                let last_id = item.case.id;
                out.push(item);
                if out.len() == PAGE_SIZE as usize {
                    let next = state
                        .store
                        .cursor_after_case(last_id, CaseSort::Deadline)
                        .await?;
                    return Ok((out, next));
                }
            }
        }
        match page.next {
            Some(next) if !reached_now => cursor = Some(next),
            _ => return Ok((out, None)),
        }
    }
}

#[derive(Debug, Serialize)]
struct SelectOption {
    value: String,
    label: String,
    selected: bool,
}

fn options(values: &[(&str, &str)], current: Option<&str>) -> Vec<SelectOption> {
    values
        .iter()
        .map(|(v, l)| SelectOption {
            value: v.to_string(),
            label: l.to_string(),
            selected: current == Some(*v),
        })
        .collect()
}

/// A link to the inbox with the current filters and one change.
fn inbox_link(q: &InboxQuery, view: Option<View>, cursor: Option<&str>) -> String {
    use super::error::urlencode;
    let mut parts = Vec::new();
    let view = view.map(View::as_str).or(nonempty(&q.view));
    if let Some(v) = view {
        parts.push(format!("view={}", urlencode(v)));
    }
    for (k, v) in [
        ("status", &q.status),
        ("team", &q.team),
        ("priority", &q.priority),
        ("topic", &q.topic),
        ("q", &q.q),
    ] {
        if let Some(v) = nonempty(v) {
            parts.push(format!("{k}={}", urlencode(v)));
        }
    }
    if let Some(c) = cursor {
        parts.push(format!("cursor={}", urlencode(c)));
    }
    if parts.is_empty() {
        "/".into()
    } else {
        format!("/?{}", parts.join("&"))
    }
}

struct InboxData {
    view: View,
    rows: Vec<Row>,
    next: Option<String>,
    users: Vec<User>,
}

async fn inbox_data(
    state: &WebState,
    user: &CurrentUser,
    q: &InboxQuery,
) -> Result<InboxData, WebError> {
    let view = View::parse(q.view.as_deref());
    let filter = case_filter(view, q, &user.user)?;
    let (items, next) = page_of_cases(state, view, &filter, nonempty(&q.cursor)).await?;
    let (users, names) = user_names(state).await?;
    let rows = rows(state, &items, &names).await?;
    Ok(InboxData {
        view,
        rows,
        next,
        users,
    })
}

fn server_timing(mut res: Response, started: Instant) -> Response {
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    if let Ok(v) = HeaderValue::from_str(&format!("render;dur={ms:.1}")) {
        res.headers_mut().insert("server-timing", v);
    }
    res
}

/// `GET /`: the inbox.
pub async fn inbox(
    State(state): State<WebState>,
    user: CurrentUser,
    Query(q): Query<InboxQuery>,
) -> PageResult {
    let started = Instant::now();
    PageResult(async {
        let data = inbox_data(&state, &user, &q).await?;
        let teams = state.store.list_teams().await?;
        let current_status = nonempty(&q.status).map(str::to_string).or_else(|| {
            data.view
                .default_status()
                .map(|s| s.as_str().to_string())
        });
        let mut status_opts: Vec<(&str, &str)> = vec![("any", "any status")];
        status_opts.extend(CaseStatus::ALL.iter().map(|s| (s.as_str(), s.as_str())));
        let team_values: Vec<(String, String)> =
            teams.iter().map(|t| (t.id.clone(), t.name.clone())).collect();
        let team_opts: Vec<(&str, &str)> = std::iter::once(("", "any team"))
            .chain(team_values.iter().map(|(a, b)| (a.as_str(), b.as_str())))
            .collect();
        let prio_opts: Vec<(&str, &str)> = std::iter::once(("", "any priority"))
            .chain(Priority::ALL.iter().map(|p| (p.as_str(), p.as_str())))
            .collect();
        let mut topics: Vec<String> = data.rows.iter().filter_map(|r| r.topic.clone()).collect();
        topics.sort();
        topics.dedup();
        let views: Vec<serde_json::Value> = View::ALL
            .iter()
            .map(|v| {
                serde_json::json!({
                    "id": v.as_str(),
                    "label": v.label(),
                    "href": inbox_link(&InboxQuery { view: None, cursor: None, ..q.clone() }, Some(*v), None),
                    "current": *v == data.view,
                })
            })
            .collect();
        let page: Page = page_user(&user);
        let html = templates().render(
            "inbox.html",
            minijinja::context! {
                title => format!("Inbox — {}", data.view.label()),
                page => page,
                view => data.view.as_str(),
                view_label => data.view.label(),
                views => views,
                rows => data.rows,
                q => q.q.clone().unwrap_or_default(),
                topic => q.topic.clone().unwrap_or_default(),
                topics => topics,
                status_opts => options(&status_opts, current_status.as_deref()),
                team_opts => options(&team_opts, nonempty(&q.team).or(Some(""))),
                prio_opts => options(&prio_opts, nonempty(&q.priority).or(Some(""))),
                no_team => data.view == View::Team && user.user.team_id.is_none(),
                next_href => data.next.as_deref().map(|c| inbox_link(&q, None, Some(c))),
                first_href => nonempty(&q.cursor).map(|_| inbox_link(&q, None, None)),
                user_count => data.users.len(),
            },
        );
        Ok(server_timing(html, started))
    }
    .await)
}

/// `GET /inbox/rows`: the rows alone (same query), for live refresh.
pub async fn inbox_rows(
    State(state): State<WebState>,
    user: CurrentUser,
    Query(q): Query<InboxQuery>,
) -> Response {
    match inbox_data(&state, &user, &q).await {
        Ok(data) => templates().render(
            "inbox_rows.html",
            minijinja::context! { rows => data.rows, view => data.view.as_str() },
        ),
        Err(e) => e.into_json(),
    }
}

/// A post this case's posts reply to or quote, as the network delivered it.
#[derive(Debug, Clone, Serialize)]
pub struct ContextPost {
    pub relation: &'static str,
    pub author: Option<String>,
    pub text: Option<String>,
    pub url: Option<String>,
}

/// One timeline entry as shown.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: i64,
    pub kind: &'static str,
    pub at_iso: String,
    pub at: String,
    pub author: Option<String>,
    pub body: Option<String>,
    /// For changes: a sentence saying what changed.
    pub change: Option<String>,
    pub channel: Option<String>,
    pub delivery: Option<String>,
    /// The outbox item of a reply, and why it is not sent (yet).
    pub outbox_id: Option<i64>,
    pub delivery_error: Option<String>,
    pub url: Option<String>,
    pub reasons: Vec<String>,
}

/// The public URL of a post, built only from ids we know the shape of.
fn post_url(
    network: Option<Network>,
    author: Option<&str>,
    external_id: Option<&str>,
) -> Option<String> {
    let id = external_id?;
    match network? {
        Network::X if id.bytes().all(|b| b.is_ascii_digit()) => {
            let handle = author.unwrap_or("i").trim_start_matches('@');
            let handle = if handle
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_')
            {
                handle
            } else {
                "i"
            };
            Some(format!("https://x.com/{handle}/status/{id}"))
        }
        _ => None,
    }
}

/// The profile URL of a handle on its network (X only; handles checked).
fn profile_url(network: Network, handle: &str) -> Option<String> {
    match network {
        Network::X
            if !handle.is_empty()
                && handle
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_') =>
        {
            Some(format!("https://x.com/{handle}"))
        }
        _ => None,
    }
}

fn change_sentence(e: &TimelineEntry, users: &HashMap<i64, String>) -> Option<String> {
    let who = e.author.clone().unwrap_or_else(|| "earshot".into());
    let d = &e.data;
    let s = |k: &str| d[k].as_str().map(str::to_string);
    match e.kind {
        TimelineKind::StatusChange => Some(match (s("from"), s("to"), s("reason")) {
            (Some(f), Some(t), Some(r)) => format!("{who}: status {f} → {t} ({r})"),
            (Some(f), Some(t), None) => format!("{who}: status {f} → {t}"),
            _ => format!("{who} changed the status"),
        }),
        TimelineKind::Assignment => {
            let to = d["to"].as_i64();
            let to_name = s("to_username").or_else(|| to.and_then(|u| users.get(&u).cloned()));
            Some(match (to, to_name) {
                (None, _) => format!("{who} released the case"),
                (Some(u), _) if Some(u) == e.actor_user_id => format!("{who} took the case"),
                (Some(_), Some(name)) => format!("{who} assigned the case to {name}"),
                (Some(u), None) => format!("{who} assigned the case to user {u}"),
            })
        }
        TimelineKind::TeamChange => Some(format!(
            "{who}: team {} → {}",
            s("from").unwrap_or_else(|| "none".into()),
            s("to").unwrap_or_else(|| "none".into())
        )),
        TimelineKind::PriorityChange => Some(format!(
            "{who}: priority {} → {}",
            s("from").unwrap_or_default(),
            s("to").unwrap_or_default()
        )),
        _ => None,
    }
}

fn entry(e: &TimelineEntry, users: &HashMap<i64, String>) -> Entry {
    let (reasons, _) = if e.kind == TimelineKind::Inbound {
        reasons_of(Some(&e.data))
    } else {
        (Vec::new(), None)
    };
    // A reply's outbox state, which the store keeps in its entry's data.
    let outbox = (e.kind == TimelineKind::Outbound).then_some(&e.data);
    Entry {
        id: e.id,
        kind: if e.kind == TimelineKind::Note && e.data.get("escalation").is_some() {
            "escalation"
        } else {
            e.kind.as_str()
        },
        at_iso: iso(e.at),
        at: shown_time(e.at),
        author: e.author.clone(),
        body: e.body.clone(),
        change: change_sentence(e, users),
        channel: e.data["channel"].as_str().map(str::to_string),
        delivery: outbox.and_then(|d| d["status"].as_str().map(str::to_string)),
        outbox_id: outbox.and_then(|d| d["outbox_id"].as_i64()),
        delivery_error: outbox.and_then(|d| d["error"].as_str().map(str::to_string)),
        url: post_url(e.network, e.author.as_deref(), e.external_id.as_deref()),
        reasons,
    }
}

/// The posts this case's inbound posts reply to or quote, from their raw
/// payloads (X delivers them in `includes.tweets`), oldest reference first.
async fn conversation(
    state: &WebState,
    timeline: &[TimelineEntry],
) -> Result<Vec<ContextPost>, WebError> {
    let ids: Vec<i64> = timeline
        .iter()
        .filter(|e| e.kind == TimelineKind::Inbound)
        .filter_map(|e| e.mention_id)
        .collect();
    let own: std::collections::HashSet<&str> = timeline
        .iter()
        .filter_map(|e| e.external_id.as_deref())
        .collect();
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for (_, raw) in state.store.mention_payloads(&ids).await? {
        let Ok(m) = earshot_core::wire::parse_line(&raw, false) else {
            continue;
        };
        for r in &m.references {
            if own.contains(r.id.as_str()) || !seen.insert(r.id.clone()) {
                continue;
            }
            let relation = match r.kind {
                earshot_core::ReferenceKind::RepliedTo => "replies to",
                earshot_core::ReferenceKind::Quoted => "quotes",
                earshot_core::ReferenceKind::Reposted => "reposts",
            };
            let author = r.author_handle.clone().or_else(|| {
                (r.kind == earshot_core::ReferenceKind::RepliedTo)
                    .then(|| m.in_reply_to_handle.clone())
                    .flatten()
            });
            out.push(ContextPost {
                relation,
                url: post_url(Some(m.network), author.as_deref(), Some(&r.id)),
                author: author.map(|a| format!("@{}", a.trim_start_matches('@'))),
                text: r.text.clone(),
            });
        }
        if m.references.is_empty() && m.in_reply_to_id.is_some() {
            if let Some(id) = m.in_reply_to_id.as_deref().filter(|id| !own.contains(id)) {
                if seen.insert(id.to_string()) {
                    out.push(ContextPost {
                        relation: "replies to",
                        author: m.in_reply_to_handle.clone().map(|h| format!("@{h}")),
                        text: None,
                        url: post_url(Some(m.network), m.in_reply_to_handle.as_deref(), Some(id)),
                    });
                }
            }
        }
    }
    Ok(out)
}

/// Everything the case view shows.
#[derive(Debug, Serialize)]
pub struct CaseView {
    pub id: i64,
    pub version: i64,
    pub network: &'static str,
    pub status: &'static str,
    pub action: &'static str,
    pub priority: &'static str,
    pub topic: Option<String>,
    pub team: Option<String>,
    pub summary: String,
    pub assignee_id: Option<i64>,
    pub assignee: Option<String>,
    pub mine: bool,
    pub opened: String,
    pub due_ms: Option<i64>,
    pub due_iso: Option<String>,
    pub responded: bool,
    pub breached: bool,
    pub warn_ms: Option<i64>,
    /// The resolution deadline by the plan (business hours if it says so).
    pub resolution_due: Option<String>,
    /// When the case was escalated for its current deadline.
    pub escalated: Option<String>,
    pub addressed: Option<String>,
    pub third_party: bool,
    pub reasons: Vec<String>,
    pub customer: String,
    pub contact_id: i64,
    pub identities: Vec<serde_json::Value>,
    pub other_cases: Vec<serde_json::Value>,
    pub conversation: Vec<ContextPost>,
    pub timeline: Vec<Entry>,
    pub viewers: Vec<Viewer>,
    pub can_reassign: bool,
    pub users: Vec<serde_json::Value>,
    /// The network's length limit for a public reply.
    pub limit: Option<usize>,
    /// Where the conversation continues privately ("DM", "email").
    pub private_channel: &'static str,
    /// The move-to-private form's starting texts and the plan's advice.
    pub pointer_text: String,
    pub private_text: String,
    pub handoff_guidance: String,
    /// The case has a private message from the brand.
    pub moved_private: bool,
    /// A public closing line the desk offers once a case that moved to
    /// private is resolved and nothing public was said since (lesson 5).
    pub closing_offer: Option<String>,
}

/// What a private message is called on a network.
fn private_channel(network: Network) -> &'static str {
    match network {
        Network::Email => "email",
        Network::Mastodon => "direct message",
        _ => "DM",
    }
}

/// The customer's first name, if their display name has a plain one.
fn first_name(display: &str) -> Option<&str> {
    let first = display.split_whitespace().next()?;
    (first.chars().all(char::is_alphabetic) && first.chars().count() <= 20).then_some(first)
}

/// The public pointer the move-to-private form starts from: where the
/// conversation continues, that nothing private belongs here, and when
/// the customer hears back (the coach wants an expectation).
fn pointer_text(network: Network, customer: &str) -> String {
    let hello = first_name(customer)
        .map(|n| format!("Sorry about this, {n}. "))
        .unwrap_or_else(|| "Sorry about this. ".into());
    format!(
        "{hello}We've sent you a {} so we can look at your account safely; please don't post \
         account details here. We'll reply there within the hour.",
        private_channel(network)
    )
}

/// The private message the form starts from.
fn private_text(customer: &str) -> String {
    let hello = first_name(customer)
        .map(|n| format!("Hi {n}, "))
        .unwrap_or_else(|| "Hi, ".into());
    format!(
        "{hello}thanks for getting in touch. To look into this, could you send us your account \
         number and the postcode of the address? We'll check and reply here within the hour."
    )
}

/// The closing line offered after a private resolution.
fn closing_text(network: Network, customer: &str) -> String {
    let name = first_name(customer)
        .map(|n| format!(", {n}"))
        .unwrap_or_default();
    let channel = match network {
        Network::Email => "by email",
        Network::Mastodon => "in direct messages",
        _ => "in DMs",
    };
    format!("Glad we could sort this out {channel}{name}. If anything else comes up, reply here and we'll pick it up.")
}

/// Whether the brand wrote privately on the case, and whether the desk
/// should offer a public closing line: resolved, moved to private, and no
/// public reply after the last private one.
fn closing_state(c: &Case, timeline: &[TimelineEntry]) -> (bool, bool) {
    fn channel(e: &TimelineEntry) -> Option<&str> {
        (e.kind == TimelineKind::Outbound)
            .then(|| e.data["channel"].as_str())
            .flatten()
    }
    let last_private = timeline.iter().rposition(|e| channel(e) == Some("private"));
    let Some(last_private) = last_private else {
        return (false, false);
    };
    let public_since = timeline[last_private..]
        .iter()
        .any(|e| channel(e) == Some("public"));
    (true, c.status == CaseStatus::Resolved && !public_since)
}

pub(crate) async fn case_view(
    state: &WebState,
    user: &CurrentUser,
    id: i64,
) -> Result<CaseView, WebError> {
    let detail = state
        .store
        .get_case(id)
        .await?
        .ok_or_else(|| WebError::NotFound(format!("case {id}")))?;
    let contact = state.store.get_contact(detail.contact.id).await?;
    let (users, names) = user_names(state).await?;
    let c = &detail.case;
    let opening = detail
        .timeline
        .iter()
        .find(|e| e.kind == TimelineKind::Inbound);
    let (reasons, addressed) = reasons_of(opening.map(|e| &e.data));
    let identities = contact
        .as_ref()
        .map(|ct| {
            ct.identities
                .iter()
                .map(|i| {
                    serde_json::json!({
                        "network": i.network.as_str(),
                        "handle": i.handle,
                        "name": i.name,
                        "followers": i.followers,
                        "bio": i.bio,
                        "url": profile_url(i.network, &i.handle),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let other_cases = contact
        .as_ref()
        .map(|ct| {
            ct.cases
                .iter()
                .filter(|oc| oc.id != c.id)
                .map(|oc| {
                    serde_json::json!({
                        "id": oc.id,
                        "status": oc.status.as_str(),
                        "network": oc.network.as_str(),
                        "summary": oc.summary,
                        "opened": shown_time(oc.opened_at),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let timeline = detail.timeline.iter().map(|e| entry(e, &names)).collect();
    let (moved_private, offer_closing) = closing_state(c, &detail.timeline);
    let customer = detail.contact.display_name.clone();
    let plan = state.plan();
    let conversation = conversation(state, &detail.timeline).await?;
    Ok(CaseView {
        id: c.id,
        version: c.version,
        network: c.network.as_str(),
        status: c.status.as_str(),
        action: c.action.as_str(),
        priority: c.priority.as_str(),
        topic: c.topic.clone(),
        team: c.team.clone(),
        summary: c.summary.clone(),
        assignee_id: c.assignee_user_id,
        assignee: c.assignee_user_id.map(|u| names.get(&u).cloned().unwrap_or_else(|| format!("user {u}"))),
        mine: c.assignee_user_id == Some(user.user.id),
        opened: shown_time(c.opened_at),
        due_ms: c.first_response_due_at.map(|d| d.timestamp_millis()),
        due_iso: c.first_response_due_at.map(iso),
        responded: c.first_responded_at.is_some(),
        breached: is_breached(c, Utc::now()),
        warn_ms: warn_at(&plan, c).map(|w| w.timestamp_millis()),
        resolution_due: (c.status != CaseStatus::Monitored)
            .then(|| shown_time(plan.resolution_deadline(c.priority, c.opened_at))),
        escalated: state
            .store
            .escalations_of(&[c.id])
            .await?
            .get(&c.id)
            .map(|t| shown_time(*t)),
        third_party: addressed.as_deref() == Some("third_party"),
        addressed,
        reasons,
        private_channel: private_channel(c.network),
        pointer_text: pointer_text(c.network, &customer),
        private_text: private_text(&customer),
        handoff_guidance: plan.guidance.handoff.clone(),
        moved_private,
        closing_offer: offer_closing.then(|| closing_text(c.network, &customer)),
        customer,
        contact_id: detail.contact.id,
        identities,
        other_cases,
        conversation,
        timeline,
        viewers: state.presence.viewers(c.id),
        can_reassign: matches!(user.user.role, Role::Lead | Role::Admin),
        limit: earshot_coach::length::measure(c.network, "", None).1,
        users: users
            .iter()
            .map(|u| serde_json::json!({"id": u.id, "username": u.username, "role": u.role.as_str()}))
            .collect(),
    })
}

/// `GET /cases/{id}`.
pub async fn case_page(
    State(state): State<WebState>,
    user: CurrentUser,
    CaseId(id): CaseId,
) -> PageResult {
    PageResult(
        async {
            let view = case_view(&state, &user, id).await?;
            Ok(templates().render(
                "case.html",
                minijinja::context! {
                    title => format!("Case {} — {}", view.id, view.customer),
                    page => page_user(&user),
                    c => view,
                    me => user.user.id,
                },
            ))
        }
        .await,
    )
}

/// `GET /cases/{id}/parts`: the case's header and timeline, for refresh.
pub async fn case_parts(
    State(state): State<WebState>,
    user: CurrentUser,
    CaseId(id): CaseId,
) -> Response {
    match case_view(&state, &user, id).await {
        Ok(view) => templates().render(
            "case_parts.html",
            minijinja::context! { c => view, page => page_user(&user), me => user.user.id },
        ),
        Err(e) => e.into_json(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(team: Option<&str>) -> User {
        User {
            id: 7,
            username: "dana".into(),
            role: Role::Agent,
            team_id: team.map(str::to_string),
            created_at: Utc::now(),
            skills: Vec::new(),
            available: true,
        }
    }

    #[test]
    fn views_pick_their_cases() {
        let q = InboxQuery::default();
        let mine = case_filter(View::Mine, &q, &user(None)).unwrap();
        assert_eq!(mine.assignee, Some(AssigneeFilter::User(7)));
        assert_eq!(mine.status, Some(CaseStatus::Open));
        let un = case_filter(View::Unassigned, &q, &user(None)).unwrap();
        assert_eq!(un.assignee, Some(AssigneeFilter::Unassigned));
        let team = case_filter(View::Team, &q, &user(Some("repair"))).unwrap();
        assert_eq!(team.team.as_deref(), Some("repair"));
        let mon = case_filter(View::Monitored, &q, &user(None)).unwrap();
        assert_eq!(mon.status, Some(CaseStatus::Monitored));
        let any = InboxQuery {
            status: Some("any".into()),
            ..InboxQuery::default()
        };
        assert_eq!(
            case_filter(View::All, &any, &user(None)).unwrap().status,
            None
        );
        let bad = InboxQuery {
            priority: Some("extreme".into()),
            ..InboxQuery::default()
        };
        let err = case_filter(View::All, &bad, &user(None)).unwrap_err();
        assert!(err.to_string().contains("priority"), "{err}");
    }

    #[test]
    fn inbox_links_keep_filters_and_encode_them() {
        let q = InboxQuery {
            view: Some("mine".into()),
            q: Some("wifi & tv".into()),
            ..InboxQuery::default()
        };
        assert_eq!(
            inbox_link(&q, None, Some("d1.2")),
            "/?view=mine&q=wifi%20%26%20tv&cursor=d1.2"
        );
        assert_eq!(inbox_link(&InboxQuery::default(), None, None), "/");
    }

    #[test]
    fn only_well_formed_post_urls_are_built() {
        assert_eq!(
            post_url(Some(Network::X), Some("@dana_r"), Some("123")).as_deref(),
            Some("https://x.com/dana_r/status/123")
        );
        assert_eq!(
            post_url(Some(Network::X), Some("\"><script>"), Some("123")).as_deref(),
            Some("https://x.com/i/status/123")
        );
        assert_eq!(
            post_url(Some(Network::X), Some("dana"), Some("javascript:1")),
            None
        );
        assert_eq!(profile_url(Network::X, "a b"), None);
    }
}
