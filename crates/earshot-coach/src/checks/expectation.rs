//! Hand-offs without an expectation (`missing_expectation`, lesson 5).
//!
//! This module owns the question "does the customer know what happens
//! next, and roughly when?". A draft that passes the case on, escalates it,
//! promises to look into it or moves to a DM must also say when the
//! customer will hear back: a time of day, a day, or a duration ("within 2
//! hours", "by 3pm", "tomorrow"). "Soon" and "shortly" are not times. A
//! time that describes the problem's past ("down since this morning", "for
//! three hours now") does not count.

use super::{finding, quote};
use crate::codes;
use crate::draft::{find_all, Draft, TokenKind};
use crate::lexicon::{CJK_TIME, EXPECTATION, HANDOFF, PAST_BEFORE};
use crate::{Finding, Severity};

fn has_expectation(draft: &Draft<'_>) -> bool {
    let n = draft.tokens.len();
    let cjk = (0..n).any(|i| {
        draft.tokens[i].kind == TokenKind::Cjk && CJK_TIME.iter().any(|t| draft.word(i).contains(t))
    });
    if cjk {
        return true;
    }
    // Whether each sentence is in a past tense, worked out once.
    let past_tense: Vec<bool> = draft
        .sentences
        .iter()
        .map(|s| {
            s.tokens
                .clone()
                .any(|k| draft.is_any(k, &["been", "was", "were", "had", "has"]))
        })
        .collect();
    find_all(draft, &EXPECTATION, 0..n)
        .into_iter()
        .any(|(start, end)| {
            let index = draft.sentence_index_of_token(start);
            let sentence = &draft.sentences[index];
            let past_tense = past_tense[index];
            let from = start.saturating_sub(2).max(sentence.tokens.start);
            let past_before = (from..start).any(|k| {
                draft.is_any(k, PAST_BEFORE) && (!draft.is_any(k, &["for"]) || past_tense)
            });
            let ago = end < n && draft.is_any(end, &["ago"]);
            !past_before && !ago
        })
}

pub fn check(draft: &Draft<'_>, out: &mut Vec<Finding>) {
    // Passing on a compliment is not a hand-off of a problem.
    let compliment = |at: usize, end: usize| {
        (at..end).any(|k| {
            draft.is_any(
                k,
                &[
                    "them",
                    "words",
                    "feedback",
                    "compliment",
                    "compliments",
                    "praise",
                    "thanks",
                    "comments",
                    "love",
                ],
            )
        })
    };
    let Some((at, end)) = find_all(draft, &HANDOFF, 0..draft.tokens.len())
        .into_iter()
        .find(|&(at, end)| !compliment(at, end))
    else {
        return;
    };
    if has_expectation(draft) {
        return;
    }
    out.push(finding(
        codes::MISSING_EXPECTATION,
        Severity::Warning,
        format!(
            "\"{}\" hands this off without saying what happens next or when. Give the customer a \
             time to hold you to: \"we'll update you here by 3pm\" or \"an engineer will call \
             within 2 hours\".",
            quote(draft, at, end - 1)
        ),
    ));
}
