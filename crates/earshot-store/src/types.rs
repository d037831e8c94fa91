//! The store's public types: what goes in (a triaged mention, a patch, a
//! filter) and what comes out (cases, timelines, contacts, users, outbox
//! items). All of them serialise to JSON so the server can return them as is.

use chrono::{DateTime, Utc};
use earshot_core::string_enum as text_enum;
use earshot_core::{Action, Mention, Network, Priority, TriageDecision};
use serde::{Deserialize, Serialize};
use std::str::FromStr;

text_enum! {
    /// Whether a post came from a customer (or anyone else) or from the brand.
    Direction { Inbound => "inbound", Outbound => "outbound" }
}

text_enum! {
    /// Where a case stands. `Monitored` cases have no first-response clock.
    CaseStatus {
        Open => "open",
        Pending => "pending",
        Resolved => "resolved",
        Closed => "closed",
        Monitored => "monitored",
    }
}

text_enum! {
    /// What a timeline entry records.
    TimelineKind {
        Inbound => "inbound",
        Outbound => "outbound",
        Note => "note",
        Assignment => "assignment",
        StatusChange => "status_change",
        PriorityChange => "priority_change",
        TeamChange => "team_change",
    }
}

text_enum! {
    /// Where a reply goes: on the network in public, or in a private channel.
    Channel { Public => "public", Private => "private" }
}

text_enum! {
    /// An outbox item's progress toward the network.
    OutboxStatus {
        Queued => "queued",
        Sending => "sending",
        Sent => "sent",
        Failed => "failed",
    }
}

text_enum! {
    /// What a desk user may do.
    Role { Admin => "admin", Lead => "lead", Agent => "agent" }
}

impl CaseStatus {
    /// Resolved and closed cases are re-opened by a returning customer.
    pub fn is_finished(self) -> bool {
        matches!(self, CaseStatus::Resolved | CaseStatus::Closed)
    }
}

/// One mention with its triage decision, ready to be stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Triaged {
    pub mention: Mention,
    pub decision: TriageDecision,
    pub direction: Direction,
}

/// The plan's rules that shape cases during ingest.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct IngestPolicy {
    /// A customer's new post within this many seconds of their latest
    /// case's last activity lands in that case (and re-opens it).
    pub reopen_window_secs: u64,
}

impl Default for IngestPolicy {
    fn default() -> Self {
        IngestPolicy {
            reopen_window_secs: 7 * 24 * 3600,
        }
    }
}

/// What one ingest batch did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BatchOutcome {
    /// Mentions stored for the first time.
    pub stored: u64,
    /// Mentions already stored before (same network and external id).
    pub duplicates: u64,
    pub cases_opened: u64,
    pub cases_reopened: u64,
    /// Every case the batch created or changed, ascending.
    pub case_ids: Vec<i64>,
}

impl BatchOutcome {
    /// Add another batch's outcome to this one.
    pub fn absorb(&mut self, other: BatchOutcome) {
        self.stored += other.stored;
        self.duplicates += other.duplicates;
        self.cases_opened += other.cases_opened;
        self.cases_reopened += other.cases_reopened;
        self.case_ids.extend(other.case_ids);
        self.case_ids.sort_unstable();
        self.case_ids.dedup();
    }
}

/// What the desk knows about a mention's thread, for triage.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadContext {
    /// The brand has posted in this conversation, or the post replies to a brand post.
    pub brand_in_thread: bool,
    /// The contact's earlier mentions within the re-open window.
    pub prior_contacts: u32,
}

/// A case: one customer thread with a first-response clock.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Case {
    pub id: i64,
    pub contact_id: i64,
    pub network: Network,
    pub conversation_key: String,
    pub status: CaseStatus,
    pub action: Action,
    pub priority: Priority,
    pub topic: Option<String>,
    pub team: Option<String>,
    pub assignee_user_id: Option<i64>,
    pub opened_at: DateTime<Utc>,
    pub first_response_due_at: Option<DateTime<Utc>>,
    pub first_responded_at: Option<DateTime<Utc>>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub last_activity_at: DateTime<Utc>,
    pub reopen_count: i64,
    /// The opening post's text (shortened), for lists and search.
    pub summary: String,
    /// Bumped by every change; pass it back as `expected_version`.
    pub version: i64,
}

/// A case as the inbox lists it: the case plus who it is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CaseSummary {
    #[serde(flatten)]
    pub case: Case,
    pub contact_name: String,
}

/// One page of a case listing. `next` is the cursor of the following page,
/// `None` on the last one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CasePage {
    pub items: Vec<CaseSummary>,
    pub next: Option<String>,
}

/// Who a listing's cases are assigned to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssigneeFilter {
    /// Nobody (written `none`).
    Unassigned,
    User(i64),
}

impl FromStr for AssigneeFilter {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        if s == "none" {
            return Ok(AssigneeFilter::Unassigned);
        }
        s.parse::<i64>()
            .map(AssigneeFilter::User)
            .map_err(|_| format!("assignee '{s}' is neither a user id nor 'none'"))
    }
}

/// Filters for [`crate::Store::list_cases`]; every `None` matches everything.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CaseFilter {
    pub status: Option<CaseStatus>,
    pub team: Option<String>,
    pub topic: Option<String>,
    pub action: Option<Action>,
    pub assignee: Option<AssigneeFilter>,
    pub priority: Option<Priority>,
    pub contact_id: Option<i64>,
    /// Case-insensitive text search in the case summary.
    pub q: Option<String>,
}

/// Listing order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseSort {
    /// First-response deadline, soonest first; cases without one last; then id.
    #[default]
    Deadline,
    /// Most recently opened first.
    Newest,
}

impl FromStr for CaseSort {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "deadline" => Ok(CaseSort::Deadline),
            "newest" => Ok(CaseSort::Newest),
            _ => Err(format!(
                "unknown sort '{s}' (expected one of: deadline, newest)"
            )),
        }
    }
}

/// Changes to a case; `None` leaves a field alone. `assignee: Some(None)`
/// unassigns.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CasePatch {
    pub status: Option<CaseStatus>,
    pub assignee: Option<Option<i64>>,
    pub team: Option<String>,
    pub priority: Option<Priority>,
    /// Refuse the change (Conflict) unless the case is at this version.
    pub expected_version: Option<i64>,
}

/// One entry of a case's timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TimelineEntry {
    pub id: i64,
    pub case_id: i64,
    pub kind: TimelineKind,
    pub at: DateTime<Utc>,
    pub mention_id: Option<i64>,
    /// For posts: the network and the network's own id of the post.
    pub network: Option<Network>,
    pub external_id: Option<String>,
    /// Who wrote it, as shown: `@handle`, or the user name for notes.
    pub author: Option<String>,
    pub body: Option<String>,
    pub actor_user_id: Option<i64>,
    /// Kind-specific details (`{"from": "resolved", "to": "open"}`, the outbox id, ...).
    pub data: serde_json::Value,
}

/// The full case view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CaseDetail {
    pub case: Case,
    pub contact: ContactSummary,
    /// Oldest first.
    pub timeline: Vec<TimelineEntry>,
}

/// A person the brand talks to, across networks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ContactSummary {
    pub id: i64,
    pub display_name: String,
    pub created_at: DateTime<Utc>,
    /// Set when this contact was merged into another one.
    pub merged_into: Option<i64>,
}

/// A contact's account on one network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Identity {
    pub id: i64,
    pub contact_id: i64,
    pub network: Network,
    pub external_user_id: String,
    pub handle: String,
    pub name: Option<String>,
    pub followers: Option<i64>,
    pub bio: Option<String>,
}

/// A contact with every identity and case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ContactDetail {
    pub contact: ContactSummary,
    pub identities: Vec<Identity>,
    /// Newest first.
    pub cases: Vec<Case>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Team {
    pub id: String,
    pub name: String,
}

/// A desk user. The password hash never leaves the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub role: Role,
    pub team_id: Option<String>,
    pub created_at: DateTime<Utc>,
    /// Topic ids this user handles best (skill-based assignment).
    #[serde(default)]
    pub skills: Vec<String>,
    /// Whether automatic assignment gives this user new cases now.
    #[serde(default = "yes")]
    pub available: bool,
}

fn yes() -> bool {
    true
}

/// An API token's record (never the token itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ApiToken {
    pub id: i64,
    pub user_id: i64,
    pub label: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// An outbound reply, recorded before it is sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OutboxItem {
    pub id: i64,
    pub case_id: i64,
    pub timeline_id: i64,
    pub channel: Channel,
    pub network: Network,
    /// The network's id of the post this replies to.
    pub in_reply_to: Option<String>,
    pub body: String,
    pub status: OutboxStatus,
    pub attempts: i64,
    pub idempotency_key: Option<String>,
    pub created_by: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub external_id: Option<String>,
    /// Why the last attempt did not go through, or why the item waits.
    pub error: Option<String>,
    /// When a queued item is tried again (backoff, rate limit); `None`: now.
    pub next_attempt_at: Option<DateTime<Utc>>,
}

/// Mentions counted by network and triage action (for metrics).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionCount {
    pub network: Network,
    pub action: Action,
    pub count: i64,
}
