//! What the draft is *about*: does it acknowledge the customer's problem,
//! ask about it, only send the customer elsewhere (`deflection_only`,
//! lesson 1), or only apologise or thank in stock phrases (`platitude`,
//! lesson 3)?
//!
//! The draft is read clause by clause. A clause that contains a deflection
//! (a link, a phone number, an email address, "DM us", "call us", "visit
//! our help centre") counts only up to the deflection: "Call 800-555-0100
//! for repair" says nothing about the problem even though "repair" is a
//! content word. Everything else counts in full. The draft is *specific*
//! when some counted word is a content word (not a function word, not a
//! stock service word, not a routing word, not the customer's name), when
//! it empathises with the situation ("that sounds frustrating"), or when it
//! shares a word with the customer's post.

use super::{finding, quote};
use crate::codes;
use crate::draft::{find_first, Draft, TokenKind};
use crate::entities::EntityKind;
use crate::lexicon::{
    APOLOGY_OR_THANKS, CJK_APOLOGY, CJK_DEFLECTION, CJK_STOCK, DEFLECTION, EMPATHY, ROUTING, STOCK,
    STOP,
};
use crate::{Finding, Severity};
use std::ops::Range;

/// Where a deflection sends the customer, for the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Destination {
    Phone,
    Link,
    Email,
    Dm,
    Elsewhere,
}

impl Destination {
    fn offer(self) -> &'static str {
        match self {
            Destination::Phone => "the number",
            Destination::Link => "the link",
            Destination::Email => "the email address",
            Destination::Dm => "the DM",
            Destination::Elsewhere => "the other channel",
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Destination::Phone => "a phone number",
            Destination::Link => "a link",
            Destination::Email => "an email address",
            Destination::Dm => "a DM",
            Destination::Elsewhere => "another channel",
        }
    }
}

#[derive(Debug, Default)]
pub struct Substance {
    /// The first place the draft sends the customer.
    pub deflection: Option<Destination>,
    /// The draft says something about the customer's problem.
    pub specific: bool,
    /// The draft asks the customer something real ("since when?").
    pub real_question: bool,
    /// Tokens of the first sentence that apologises or thanks.
    pub apology: Option<Range<usize>>,
    /// The customer asked how to reach the brand ("what's your number?"),
    /// so giving the number *is* the answer.
    pub channel_requested: bool,
}

/// Words in a customer's question that ask for a way to reach the brand.
const CHANNEL_WORDS: &[&str] = &[
    "number", "phone", "call", "email", "e-mail", "contact", "link", "website", "url", "dm",
    "chat", "reach", "address", "helpline", "hotline",
];

/// Whether the customer's post asks how to reach the brand.
fn asks_for_channel(post: &Draft<'_>) -> bool {
    post.sentences.iter().any(|s| {
        let how = s
            .tokens
            .clone()
            .any(|i| post.is_any(i, &["how", "where", "what", "whats", "which"]));
        (s.question || how) && s.tokens.clone().any(|i| post.is_any(i, CHANNEL_WORDS))
    })
}

/// Greetings and sign-offs after which a capitalised word is a name.
const GREETINGS: &[&str] = &[
    "hi",
    "hey",
    "hello",
    "hiya",
    "dear",
    "thanks",
    "thank",
    "cheers",
    "morning",
    "evening",
    "afternoon",
    "sorry",
    "hola",
    "bonjour",
    "hallo",
    "ciao",
    "thx",
];

/// Words that make a question polite rather than a question about the
/// problem ("could you DM us?").
const POLITE: &[&str] = &[
    "can",
    "could",
    "would",
    "will",
    "you",
    "please",
    "mind",
    "us",
    "we",
    "i",
    "ok",
    "okay",
    "right",
    "that",
    "it",
    "yes",
    "no",
    "thanks",
    "thank",
    "kindly",
    "do",
    "does",
    "is",
    "are",
    "there",
    "anything",
    "else",
    "with",
    "something",
    "a",
    "the",
    "to",
    "be",
    "able",
    "for",
    "like",
    "want",
    "happy",
    "help",
    "assist",
    "if",
    "so",
    "and",
    "just",
    "me",
    "let",
    "know",
];

/// Words that open a clause saying what a deflection is for.
const PREAMBLE: &[&str] = &["for", "to", "if", "para", "pour", "für", "um", "si"];

const QUESTION_WORDS: &[&str] = &[
    "what", "when", "where", "which", "how", "why", "since", "who", "whose", "qué", "cuándo",
    "dónde", "cómo", "quoi", "quand", "où", "comment", "was", "wann", "wo", "wie", "seit",
];

/// Capitalised words used as the customer's name ("Hi Dana", "…, Dana.").
fn names(draft: &Draft<'_>) -> Vec<bool> {
    let n = draft.tokens.len();
    let mut name = vec![false; n];
    for i in 0..n {
        if !draft.is_any(i, GREETINGS) {
            continue;
        }
        let mut j = i + 1;
        while j < n && draft.is_any(j, &["you", "there", "so", "much", "again"]) {
            j += 1;
        }
        let mut taken = 0;
        while j < n && taken < 2 && draft.is_word(j) && draft.tokens[j].capitalised {
            name[j] = true;
            j += 1;
            taken += 1;
        }
    }
    // A clause of one or two capitalised words is a vocative or a
    // signature ("…, Dana." "^JS").
    for clause in &draft.clauses {
        let len = clause.tokens.len();
        let all_names = clause
            .tokens
            .clone()
            .all(|i| draft.tokens[i].kind == TokenKind::Word && draft.tokens[i].capitalised);
        if (1..=2).contains(&len) && all_names {
            for i in clause.tokens.clone() {
                name[i] = true;
            }
        }
    }
    name
}

fn entity_destination(kind: EntityKind) -> Option<Destination> {
    match kind {
        EntityKind::Url | EntityKind::BareUrl => Some(Destination::Link),
        EntityKind::Email => Some(Destination::Email),
        EntityKind::Phone | EntityKind::LongDigits => Some(Destination::Phone),
        EntityKind::Card => None,
    }
}

/// The first deflection in `range`: where it starts and where it sends.
fn first_deflection(draft: &Draft<'_>, range: Range<usize>) -> Option<(usize, Destination)> {
    let by_entity = range.clone().find_map(|i| match draft.tokens[i].kind {
        TokenKind::Entity(kind) => entity_destination(kind).map(|d| (i, d)),
        TokenKind::Cjk if CJK_DEFLECTION.iter().any(|p| draft.word(i).contains(p)) => {
            Some((i, Destination::Elsewhere))
        }
        _ => None,
    });
    let by_phrase = find_first(draft, &DEFLECTION, range).map(|(p, at, _)| {
        let dm = ["dm", "direct", "private", "message", "md", "mp", "drop"]
            .iter()
            .any(|w| p.source.starts_with(w));
        (
            at,
            if dm {
                Destination::Dm
            } else {
                Destination::Elsewhere
            },
        )
    });
    match (by_entity, by_phrase) {
        (Some(e), Some(p)) => Some(if p.0 < e.0 { p } else { e }),
        (e, p) => e.or(p),
    }
}

/// A CJK run says something specific unless it is made only of stock
/// phrases and hiragana or function characters.
fn cjk_is_specific(run: &str) -> bool {
    let mut rest = run.to_string();
    for stock in CJK_STOCK {
        if rest.contains(stock) {
            rest = rest.replace(stock, "");
        }
    }
    rest.chars()
        .any(|c| !matches!(u32::from(c), 0x3040..=0x309F))
}

/// A light stem, so that "delayed" in the post matches "delay" in the reply.
fn stem(word: &str) -> &str {
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(s) = word.strip_suffix(suffix) {
            if s.chars().count() >= 3 {
                return s;
            }
        }
    }
    word
}

fn customer_words(post: &Draft<'_>) -> Vec<String> {
    let mut words: Vec<String> = (0..post.tokens.len())
        .filter(|&i| post.is_word(i) && post.tokens[i].has_alpha)
        .map(|i| post.word(i))
        .filter(|w| w.chars().count() >= 2 && !STOP.contains(w) && !STOCK.contains(w))
        .map(|w| stem(w).to_string())
        .collect();
    words.sort();
    words.dedup();
    words
}

pub fn read(draft: &Draft<'_>, customer_text: Option<&str>) -> Substance {
    let name = names(draft);
    let post = customer_text.map(Draft::new);
    let customer = post.as_ref().map(customer_words).unwrap_or_default();
    let mut substance = Substance {
        channel_requested: post.as_ref().is_some_and(asks_for_channel),
        ..Substance::default()
    };
    let is_content = |i: usize| {
        let t = &draft.tokens[i];
        match t.kind {
            TokenKind::Cjk => cjk_is_specific(draft.word(i)),
            TokenKind::Word => {
                let w = draft.word(i);
                if name[i] || !t.has_alpha {
                    return false;
                }
                let shared = !customer.is_empty()
                    && customer
                        .binary_search_by(|c| c.as_str().cmp(stem(w)))
                        .is_ok();
                shared
                    || (w.chars().count() >= 2
                        && !STOP.contains(w)
                        && !STOCK.contains(w)
                        && !ROUTING.contains(w))
            }
            _ => false,
        }
    };
    for sentence in &draft.sentences {
        let clauses = &draft.clauses[sentence.clauses.clone()];
        let deflections: Vec<Option<(usize, Destination)>> = clauses
            .iter()
            .map(|c| first_deflection(draft, c.tokens.clone()))
            .collect();
        let first_deflected = deflections.iter().position(Option::is_some);
        for (k, clause) in clauses.iter().enumerate() {
            let deflection = deflections[k];
            // What follows a deflection in its sentence is part of it ("DM
            // us your name, address and account number"), and so is a
            // preamble that only says what the deflection is for ("For
            // faster help, call …", "If it's urgent, DM us").
            let tail = first_deflected.is_some_and(|f| k > f);
            let preamble = first_deflected.is_some_and(|f| k < f)
                && draft.is_any(clause.tokens.start, PREAMBLE);
            let counted = if tail || preamble {
                clause.tokens.start..clause.tokens.start
            } else {
                clause.tokens.start..deflection.map_or(clause.tokens.end, |d| d.0)
            };
            if let Some((_, dest)) = deflection {
                substance.deflection.get_or_insert(dest);
            }
            if !substance.specific {
                substance.specific = counted.clone().any(is_content)
                    || find_first(draft, &EMPATHY, counted.clone()).is_some();
            }
            if sentence.question && !substance.real_question {
                let has_wh = counted.clone().any(|i| draft.is_any(i, QUESTION_WORDS));
                let has_substance = counted.clone().any(|i| {
                    draft.tokens[i].kind == TokenKind::Cjk
                        || (draft.is_word(i) && !draft.is_any(i, POLITE) && !name[i])
                });
                substance.real_question = has_wh || has_substance;
            }
        }
        if substance.apology.is_none() {
            let range = sentence.tokens.clone();
            let apologises = find_first(draft, &APOLOGY_OR_THANKS, range.clone()).is_some()
                || range.clone().any(|i| {
                    draft.tokens[i].kind == TokenKind::Cjk
                        && CJK_APOLOGY.iter().any(|p| draft.word(i).contains(p))
                });
            if apologises {
                substance.apology = Some(range);
            }
        }
    }
    substance
}

pub fn findings(draft: &Draft<'_>, substance: &Substance, out: &mut Vec<Finding>) {
    if let Some(dest) = substance.deflection {
        if !substance.specific && !substance.real_question && !substance.channel_requested {
            out.push(finding(
                codes::DEFLECTION_ONLY,
                Severity::Error,
                format!(
                    "This only sends the customer elsewhere ({}). Say you're sorry about their \
                     actual problem or ask about it first (\"Sorry your internet's down — what \
                     lights do you see on the router?\"), then offer {}.",
                    dest.describe(),
                    dest.offer()
                ),
            ));
        }
    }
    if let Some(range) = &substance.apology {
        if !substance.specific && !range.is_empty() {
            out.push(finding(
                codes::PLATITUDE,
                Severity::Warning,
                format!(
                    "\"{}\" is a stock line that says nothing about the customer's problem. Name \
                     what went wrong (\"sorry your order arrived two days late\") or what you're \
                     doing about it.",
                    quote(draft, range.start, range.end - 1)
                ),
            ));
        }
    }
}
