//! earshot triage: pure functions over a post and a plan. No database, no
//! async, no I/O. Given a [`Mention`] and the [`Plan`], [`Engine::triage`]
//! returns a [`TriageDecision`] with its reasons; it never fails on a post.

pub mod plan;

use earshot_core::{Action, Addressing, Mention, Priority, Scores, TriageDecision};
pub use plan::{Plan, PlanError, Team, Topic};

/// What the desk knows about a mention beyond its payload.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The brand has posted in this conversation before (a customer's reply
    /// in a thread the brand is part of is addressed to the brand).
    pub brand_in_thread: bool,
    /// Earlier mentions from the same contact within the re-open window.
    pub prior_contacts: u32,
}

/// The triage engine: a plan plus the shipped classifier weights.
#[derive(Debug, Clone)]
pub struct Engine {
    plan: Plan,
}

impl Engine {
    pub fn new(plan: Plan) -> Engine {
        Engine { plan }
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Decide what to do about one mention.
    pub fn triage(&self, mention: &Mention, ctx: &Context) -> TriageDecision {
        // Interim rule set while the classifier lands: addressed to the brand
        // means respond; anything else is monitored.
        let direct = mention
            .mentions
            .iter()
            .any(|h| self.plan.is_brand_handle(mention.network, &h.handle))
            || ctx.brand_in_thread;
        let (action, addressed) = if mention.is_repost {
            (Action::Ignore, Addressing::Indirect)
        } else if direct {
            (Action::RespondPublic, Addressing::Direct)
        } else {
            (Action::Monitor, Addressing::None)
        };
        let priority = Priority::Normal;
        TriageDecision {
            action,
            priority,
            topic: None,
            team: None,
            addressed,
            scores: Scores::default(),
            reasons: vec![],
            first_response_due_secs: self.plan.sla_secs(priority),
        }
    }
}
