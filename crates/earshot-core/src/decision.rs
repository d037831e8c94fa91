//! What triage decides about a mention.

use crate::string_enum;
use serde::{Deserialize, Serialize};

string_enum! {
    /// What the brand should do about a mention.
    Action {
        RespondPublic => "respond_public",
        RespondPrivate => "respond_private",
        Monitor => "monitor",
        Ignore => "ignore",
    }
}

string_enum! {
    /// How fast: `Urgent` is for risk to health or safety and threats.
    /// Ordered most urgent first.
    Priority {
        Urgent => "urgent",
        High => "high",
        Normal => "normal",
        Low => "low",
    }
}

string_enum! {
    /// Who the post is talking to.
    Addressing {
        Direct => "direct",
        Indirect => "indirect",
        ThirdParty => "third_party",
        None => "none",
    }
}

impl Action {
    /// Whether a case with a first-response clock is opened for it.
    pub fn needs_response(self) -> bool {
        matches!(self, Action::RespondPublic | Action::RespondPrivate)
    }
}

/// Classifier and detector outputs. Probabilities in [0,1]; `sentiment` in [-1,1].
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Scores {
    pub complaint: f32,
    pub irony: f32,
    pub sentiment: f32,
    #[serde(default)]
    pub question: f32,
    #[serde(default)]
    pub praise: f32,
    #[serde(default)]
    pub urgency: f32,
    #[serde(default)]
    pub abuse: f32,
    #[serde(default)]
    pub spam: f32,
    #[serde(default)]
    pub private_details: f32,
}

/// The triage result for one mention, with the reasons a person can read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TriageDecision {
    pub action: Action,
    pub priority: Priority,
    pub topic: Option<String>,
    pub team: Option<String>,
    pub addressed: Addressing,
    pub scores: Scores,
    pub reasons: Vec<String>,
    pub first_response_due_secs: u64,
}
