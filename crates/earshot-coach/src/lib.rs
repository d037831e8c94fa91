//! The reply coach: live checks on an agent's draft reply.
//!
//! **API boundary.** [`coach`] takes a [`CoachRequest`] (the network, public
//! or private, the draft, and what triage said about the case) and returns
//! a [`CoachReport`]: the draft's length and limit by the network's own
//! counting rules, and a list of [`Finding`]s, each with a fixed `code`, a
//! [`Severity`] and a message that says how to fix the draft. The server
//! serialises the report as the body of `POST /api/v1/coach`; the browser
//! shows each finding beside the reply box. Errors block sending until the
//! agent overrides them; warnings do not.
//!
//! **Architecture invariants.** The coach is pure: no I/O, no clock, no
//! allocation-heavy work, and it never fails — any string, however odd,
//! gets a report. Word lists and patterns are compiled once; one draft is
//! tokenised once and every check reads the same tokens, so a check takes
//! microseconds and can run on every keystroke.
//!
//! Modules: [`mod@length`] counts characters per network; `entities` finds
//! links, addresses and numbers; `draft` tokenises; `lexicon` holds the
//! vocabulary; `checks` turns them into findings.

mod checks;
mod draft;
mod entities;
pub mod length;
mod lexicon;

use earshot_core::{Action, Addressing, Network};
use serde::{Deserialize, Serialize};

pub use length::length;

/// Whether the reply goes out in public (a post on the network) or in
/// private (a DM or an email).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Visibility {
    Public,
    Private,
}

/// What triage knows about the case the draft answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseContext {
    pub action: Action,
    pub addressed: Addressing,
    /// The customer's post being answered, if known.
    #[serde(default)]
    pub customer_text: Option<String>,
    /// Triage took the post for a joke or about another entity with a
    /// similar name.
    #[serde(default)]
    pub namesake_or_joke: bool,
    /// A Mastodon instance's own character limit, when it is not 500.
    #[serde(default)]
    pub instance_limit: Option<usize>,
}

/// A draft to check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoachRequest {
    pub network: Network,
    pub visibility: Visibility,
    pub text: String,
    #[serde(default)]
    pub case: Option<CaseContext>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Blocks sending until the agent overrides it.
    Error,
    /// Advice; does not block.
    Warning,
}

/// One thing the coach noticed about the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable code, e.g. `deflection_only`; see [`codes`].
    pub code: &'static str,
    pub severity: Severity,
    /// What is wrong and how to fix it, for the agent.
    pub message: String,
}

/// The coach's answer: `{"length": N, "limit": L, "findings": [...]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CoachReport {
    /// Length by the network's own counting rules.
    pub length: usize,
    /// The network's limit; `None` (JSON `null`) where there is none.
    pub limit: Option<usize>,
    /// Errors first, then warnings.
    pub findings: Vec<Finding>,
}

impl CoachReport {
    /// Whether the draft may be sent without an override.
    pub fn blocks_sending(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    pub fn has(&self, code: &str) -> bool {
        self.findings.iter().any(|f| f.code == code)
    }
}

/// The finding codes. The first six are part of the external contract
/// (CONTRACTS.md, "Reply coach") and never change.
pub mod codes {
    pub const TOO_LONG: &str = "too_long";
    pub const DEFLECTION_ONLY: &str = "deflection_only";
    pub const PRIVATE_DATA_PUBLIC: &str = "private_data_public";
    pub const MISSING_EXPECTATION: &str = "missing_expectation";
    pub const PLATITUDE: &str = "platitude";
    pub const NOT_A_CUSTOMER: &str = "not_a_customer";
    pub const EMPTY: &str = "empty";
    pub const SHOUTING: &str = "shouting";
    pub const BLAMES_CUSTOMER: &str = "blames_customer";
    pub const TONE_DEFENSIVE: &str = "tone_defensive";
}

/// Checks a draft reply.
pub fn coach(req: &CoachRequest) -> CoachReport {
    let instance_limit = req.case.as_ref().and_then(|c| c.instance_limit);
    let (len, limit) = length::measure(req.network, &req.text, instance_limit);
    let mut findings = Vec::new();
    if let Some(limit) = limit {
        if len > limit {
            findings.push(checks::too_long(req.network, len, limit));
        }
    }
    if let Some(case) = &req.case {
        checks::audience::check(case, req.visibility, &mut findings);
    }
    if checks::is_blank(&req.text) {
        findings.push(checks::empty());
    } else {
        checks::check_text(req, &mut findings);
    }
    // Stable: within a severity, findings keep the order the checks ran in.
    findings.sort_by_key(|f| f.severity);
    CoachReport {
        length: len,
        limit,
        findings,
    }
}

#[cfg(test)]
mod tests;
