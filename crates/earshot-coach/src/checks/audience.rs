//! Answering someone who is not a customer, or a conversation the brand
//! was not part of (`not_a_customer`, lessons 1 and 2).
//!
//! This module owns the reading of triage's verdict for the reply box:
//! when triage said the post was a joke or about a namesake, a reply
//! inside someone else's conversation, or something to monitor or ignore,
//! a public answer butts in. A private answer is less intrusive, so there
//! it is only a warning.

use super::finding;
use crate::codes;
use crate::{CaseContext, Finding, Severity, Visibility};
use earshot_core::{Action, Addressing};

pub fn check(case: &CaseContext, visibility: Visibility, out: &mut Vec<Finding>) {
    let why = if case.namesake_or_joke {
        "Triage read this post as a joke or about someone else with a similar name: the author \
         isn't a customer with a problem. A brand reply to a joke, let alone a canned apology, \
         makes the brand the punchline (lesson 1)."
    } else if case.addressed == Addressing::ThirdParty {
        "This post is part of a conversation between other people; the brand wasn't addressed. \
         Jumping in uninvited feels like being overheard (lesson 2)."
    } else if case.action == Action::Ignore {
        "Triage decided this post is not a customer-care matter for the brand (another entity, \
         spam or a joke)."
    } else if case.action == Action::Monitor {
        "Triage decided this post is one to monitor, not to answer: it is about the brand but \
         asks nothing of it."
    } else {
        return;
    };
    let (severity, fix) = match visibility {
        Visibility::Public => (
            Severity::Error,
            "Don't reply in public; leave it, or change the case's triage if the person really \
             needs help.",
        ),
        Visibility::Private => (
            Severity::Warning,
            "A private message out of the blue can still feel intrusive; send it only if the \
             person has asked the brand for help.",
        ),
    };
    out.push(finding(
        codes::NOT_A_CUSTOMER,
        severity,
        format!("{why} {fix}"),
    ));
}
