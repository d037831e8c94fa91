//! Tone: all-caps shouting (`shouting`), blaming the customer
//! (`blames_customer`) and defensive lines that close the conversation
//! (`tone_defensive`). All are warnings: tone is the agent's call (lesson
//! 9), but these lines reliably make an angry customer angrier.

use super::{finding, quote};
use crate::codes;
use crate::draft::{find_first, Draft};
use crate::lexicon::{BLAME, DEFENSIVE};
use crate::{Finding, Severity};

fn shouting(draft: &Draft<'_>) -> bool {
    let (mut words, mut caps) = (0usize, 0usize);
    for (i, t) in draft.tokens.iter().enumerate() {
        if draft.is_word(i)
            && t.has_alpha
            && draft.word(i).chars().count() >= 2
            && t.span.len() >= 2
        {
            words += 1;
            caps += usize::from(t.all_caps);
        }
    }
    words >= 4 && caps * 10 >= words * 7
}

pub fn check(draft: &Draft<'_>, out: &mut Vec<Finding>) {
    let all = 0..draft.tokens.len();
    if shouting(draft) {
        out.push(finding(
            codes::SHOUTING,
            Severity::Warning,
            "The reply is mostly in capitals, which reads as shouting. Write it in sentence case."
                .into(),
        ));
    }
    if let Some((_, at, end)) = find_first(draft, &BLAME, all.clone()) {
        out.push(finding(
            codes::BLAMES_CUSTOMER,
            Severity::Warning,
            format!(
                "\"{}\" reads as blaming the customer. Drop it and say what you'll do now.",
                quote(draft, at, end - 1)
            ),
        ));
    }
    if let Some((_, at, end)) = find_first(draft, &DEFENSIVE, all) {
        out.push(finding(
            codes::TONE_DEFENSIVE,
            Severity::Warning,
            format!(
                "\"{}\" sounds defensive and ends the conversation. Say what you *can* do, or \
                 who can.",
                quote(draft, at, end - 1)
            ),
        ));
    }
}
