//! The checks: each turns the tokenised draft (and the case) into
//! findings with a fix-it message.
//!
//! This module owns the wording and severity of every finding. Each
//! submodule owns one concern: `substance` (deflection and platitude, which
//! share one reading of what the draft is *about*), `privacy`,
//! `expectation`, `audience` and `tone`.

pub(crate) mod audience;
mod expectation;
mod privacy;
mod substance;
mod tone;

use crate::codes;
use crate::draft::Draft;
use crate::{CoachRequest, Finding, Severity, Visibility};
use earshot_core::Network;

pub(crate) fn finding(code: &'static str, severity: Severity, message: String) -> Finding {
    Finding {
        code,
        severity,
        message,
    }
}

/// Nothing to send: only white space and invisible format characters.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| {
        c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
    })
}

pub fn empty() -> Finding {
    finding(
        codes::EMPTY,
        Severity::Error,
        "The reply is empty. Write what you'll do about the customer's problem before sending."
            .into(),
    )
}

pub fn too_long(network: Network, length: usize, limit: usize) -> Finding {
    let n = length - limit;
    let over = if n == 1 {
        "1 character".to_string()
    } else {
        format!("{n} characters")
    };
    let message = match network {
        Network::X => format!(
            "{over} over X's {limit}. Links count as 23 and emoji and CJK characters \
             as 2. Cut it down, or split off what belongs in a DM."
        ),
        Network::Mastodon => format!(
            "{over} over this Mastodon instance's {limit}. Links count as 23. Cut it \
             down, or split off what belongs in a private message."
        ),
        Network::Bluesky => format!(
            "{over} over Bluesky's {limit} (counted in graphemes: an emoji is one). \
             Cut it down, or split off what belongs in a DM."
        ),
        Network::Email | Network::Webhook => {
            format!("{over} over the limit of {limit}. Cut it down.")
        }
    };
    finding(codes::TOO_LONG, Severity::Error, message)
}

/// The checks that read the text.
pub fn check_text(req: &CoachRequest, out: &mut Vec<Finding>) {
    let draft = Draft::new(&req.text);
    let customer = req.case.as_ref().and_then(|c| c.customer_text.as_deref());
    let substance = substance::read(&draft, customer);
    if req.visibility == Visibility::Public {
        privacy::check(&draft, out);
    }
    substance::findings(&draft, &substance, out);
    expectation::check(&draft, out);
    tone::check(&draft, out);
}

/// The draft's words from token `from` to `to` (inclusive), shortened for
/// quoting in a message.
pub(crate) fn quote(draft: &Draft<'_>, from: usize, to: usize) -> String {
    const MAX: usize = 80;
    let text = draft.original(from, to).trim();
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX - 1).collect();
    format!("{}…", cut.trim_end())
}
