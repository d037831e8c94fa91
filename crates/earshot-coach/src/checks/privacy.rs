//! Private data in a public reply (`private_data_public`, lesson 7): card,
//! account and booking numbers, the customer's phone number or email
//! address, street addresses, postcodes and dates of birth — and asking
//! for any of them in public, since the answer would be public too.
//!
//! A phone number or email address is not private when it is plainly the
//! brand's own line ("call us on 0800 …", `support@…`, a toll-free
//! number): lesson 1's failure was the deflection, not the numbers. One
//! that is plainly the customer's ("we'll call you on …") is an error; one
//! that could be either is a warning asking the agent to make it clear.
//! Asking for details *by DM or email* is the right move (lesson 3) and is
//! not flagged.

use super::{finding, quote};
use crate::codes;
use crate::draft::{find_first, is_date, Draft, TokenKind};
use crate::entities::EntityKind;
use crate::lexicon::{
    ACCOUNT_FILLERS, ACCOUNT_KEYWORDS, BRAND_CUES, BUSINESS_PLACES, CUSTOMER_CUES, PRIVATE_CHANNEL,
    PRIVATE_NOUNS, REQUEST_LEAD_INS, REQUEST_VERBS, ROLE_MAILBOXES, STOP, STREET_PREFIXES,
    STREET_SUFFIXES, STRONG_STREET_SUFFIXES,
};
use crate::{Finding, Severity};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Leak {
    Card,
    Account,
    CustomerPhone,
    UnclearPhone,
    CustomerEmail,
    UnclearEmail,
    Address,
    Birth,
    Ask,
}

/// How many tokens around a number or address are read for cues.
const CUE_WINDOW: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Owner {
    Brand,
    Customer,
    Unclear,
}

/// Whose number or address token `i` is, from the nearest cue word in its
/// sentence: looking back first ("call us on", "we'll ring you on"), then
/// ahead ("… is that still your number?").
fn owner(draft: &Draft<'_>, i: usize) -> Owner {
    let sentence = draft.sentence_of_token(i);
    let cue = |j: usize| {
        if draft.is_any(j, CUSTOMER_CUES) {
            Some(Owner::Customer)
        } else if draft.is_any(j, BRAND_CUES) {
            Some(Owner::Brand)
        } else {
            None
        }
    };
    // Only nearby words say whose number it is.
    let from = sentence.tokens.start.max(i.saturating_sub(CUE_WINDOW));
    let to = sentence.tokens.end.min(i + 1 + CUE_WINDOW);
    (from..i)
        .rev()
        .find_map(cue)
        .or_else(|| (i + 1..to).find_map(cue))
        .unwrap_or(Owner::Unclear)
}

/// Free and shared-cost numbers are always a business's line.
fn toll_free(number: &str) -> bool {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let nanp = digits.strip_prefix('1').unwrap_or(&digits);
    ["800", "888", "877", "866", "855", "844", "833"]
        .iter()
        .any(|p| nanp.starts_with(p) && nanp.len() >= 10)
        || [
            "0800", "0808", "0300", "0330", "0344", "0345", "0370", "0371", "1800", "1300", "1850",
            "1890", "44800", "44808", "443", "61130", "61180", "0120", "0570",
        ]
        .iter()
        .any(|p| digits.starts_with(p))
}

/// The account keyword in the few words before token `i`, skipping
/// fillers ("account number ending in 4821"), unless it names the brand's
/// own case ("case reference 12345").
fn account_keyword_before(draft: &Draft<'_>, i: usize) -> Option<&'static str> {
    let start = draft.sentence_of_token(i).tokens.start;
    let mut j = i;
    let mut steps = 0;
    while j > start && steps < 5 {
        j -= 1;
        steps += 1;
        if let Some(k) = ACCOUNT_KEYWORDS
            .iter()
            .chain(["card"].iter())
            .find(|k| draft.is_word(j) && draft.word(j) == **k)
        {
            let brand_case = j > start
                && draft.is_any(
                    j - 1,
                    &[
                        "case",
                        "ticket",
                        "incident",
                        "fault",
                        "complaint",
                        "job",
                        "our",
                    ],
                );
            return (!brand_case).then_some(*k);
        }
        if !(draft.is_any(j, ACCOUNT_FILLERS) || draft.tokens[j].kind == TokenKind::Hashtag) {
            return None;
        }
    }
    None
}

/// A token that looks like an account value: four or more digits, or a
/// booking-style code such as `XK7P2Q`.
fn looks_like_value(draft: &Draft<'_>, i: usize) -> bool {
    let t = &draft.tokens[i];
    if t.kind != TokenKind::Word || !t.has_digit {
        return false;
    }
    let w = draft.word(i);
    let digits = w.bytes().filter(u8::is_ascii_digit).count();
    digits >= 4 || (t.has_alpha && t.all_caps && w.chars().count() >= 5)
}

fn is_house_number(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    (1..=5).contains(&digits)
        && w.len() - digits <= 1
        && w[digits..].bytes().all(|b| b.is_ascii_alphabetic())
}

fn in_business_context(draft: &Draft<'_>, i: usize) -> bool {
    let s = draft.sentence_of_token(i);
    (s.tokens.start.max(i.saturating_sub(CUE_WINDOW))..i).any(|j| draft.is_any(j, BUSINESS_PLACES))
}

/// "12 Elm Street", "221b Baker St", "Hauptstraße 5", "12 rue de la Paix",
/// "Calle Mayor 12": the first token of a street address at `i`.
fn street_address_at(draft: &Draft<'_>, i: usize) -> bool {
    let n = draft.tokens.len();
    let word_at = |j: usize| j < n && draft.is_word(j) && draft.tokens[j].has_alpha;
    let w = draft.word(i);
    if draft.is_word(i) && is_house_number(w) {
        // Number, one to three name words, suffix.
        for j in i + 2..(i + 5).min(n) {
            if !word_at(j) || (j > i + 1 && STOP.contains(draft.word(j - 1))) {
                break;
            }
            let suffix = draft.word(j);
            if STREET_SUFFIXES.contains(&suffix)
                && (draft.tokens[i + 1].capitalised || STRONG_STREET_SUFFIXES.contains(&suffix))
            {
                return true;
            }
        }
        // Number then a street word: "12 rue de la Paix".
        if word_at(i + 1) && STREET_PREFIXES.contains(&draft.word(i + 1)) && word_at(i + 2) {
            return true;
        }
        return false;
    }
    if !word_at(i) {
        return false;
    }
    let german = draft.tokens[i].capitalised
        && ["straße", "strasse", "str", "weg", "gasse", "allee", "platz"]
            .iter()
            .any(|s| w.ends_with(s) && w.len() > s.len() + 2);
    if german && i + 1 < n && draft.is_word(i + 1) && is_house_number(draft.word(i + 1)) {
        return true;
    }
    if STREET_PREFIXES.contains(&w) && draft.tokens[i].capitalised {
        return (i + 2..(i + 5).min(n)).any(|j| draft.is_word(j) && is_house_number(draft.word(j)));
    }
    false
}

/// A UK postcode such as "SW1A 1AA", written in capitals.
fn postcode_at(draft: &Draft<'_>, i: usize) -> bool {
    if i + 1 >= draft.tokens.len() || !draft.is_word(i) || !draft.is_word(i + 1) {
        return false;
    }
    let outward = draft.original(i, i).as_bytes();
    let inward = draft.original(i + 1, i + 1).as_bytes();
    let letters = outward
        .iter()
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    let outward_ok = (1..=2).contains(&letters)
        && (2..=4).contains(&(outward.len() - letters))
        && outward[letters].is_ascii_digit()
        && outward[letters..]
            .iter()
            .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
    let inward_ok = inward.len() == 3
        && inward[0].is_ascii_digit()
        && inward[1..].iter().all(u8::is_ascii_uppercase);
    outward_ok && inward_ok
}

/// "DOB 12/03/1990", "date of birth 4 March", "born on the 5th".
fn birth_date_at(draft: &Draft<'_>, i: usize) -> bool {
    let n = draft.tokens.len();
    let after = if draft.is_any(i, &["dob", "birthday", "d.o.b"]) {
        i + 1
    } else if draft.is_any(i, &["date"])
        && i + 2 < n
        && draft.is_any(i + 1, &["of"])
        && draft.is_any(i + 2, &["birth"])
    {
        i + 3
    } else if draft.is_any(i, &["born"]) {
        i + 1
    } else {
        return false;
    };
    (after..(after + 4).min(n)).any(|j| draft.is_word(j) && is_date(draft.word(j)))
}

/// The private noun a sentence asks for, if it asks for one in public.
///
/// What makes a sentence a request is worked out once per sentence and
/// clause, not once per noun, so a long draft stays linear.
fn public_ask(draft: &Draft<'_>, sentence_index: usize) -> Option<String> {
    let sentence = &draft.sentences[sentence_index];
    let range = sentence.tokens.clone();
    // The nouns first: most sentences name no private data, and then
    // nothing else needs working out.
    let mut nouns: Vec<(usize, usize, usize)> = Vec::new();
    for j in range.clone() {
        if !draft.is_any(j, &["your", "ur", "yr", "the", "a", "an"]) {
            continue;
        }
        let personal = draft.is_any(j, &["your", "ur", "yr"]);
        for at in (j + 1..j + 3).take_while(|&at| at < range.end) {
            let found = PRIVATE_NOUNS
                .patterns()
                .iter()
                .find_map(|p| p.match_at(draft, at, range.end).map(|e| (p, e)));
            if let Some((p, end)) = found {
                if p.source != "number" || personal {
                    nouns.push((j, at, end));
                }
                break;
            }
        }
    }
    if nouns.is_empty() {
        return None;
    }
    // Asking for details in a DM or by email is lesson 3's right move; the
    // channel may be named in the same sentence or the next one.
    let next = draft
        .sentences
        .get(sentence_index + 1)
        .map(|s| s.tokens.clone());
    let private = find_first(draft, &PRIVATE_CHANNEL, range.clone()).is_some()
        || next.is_some_and(|r| find_first(draft, &PRIVATE_CHANNEL, r).is_some());
    if private {
        return None;
    }
    let negation = range.clone().find(|&k| {
        draft.is_any(k, &["not", "never", "without", "nunca"])
            || (draft.is_any(k, &["no"]) && k + 1 < range.end && draft.is_any(k + 1, &["need"]))
    });
    let needs = range.clone().any(|k| {
        draft.is_any(k, &["need", "needs", "require", "requires"])
            || (draft.is_any(k, &["let"])
                && k + 2 < range.end
                && draft.is_any(k + 1, &["us", "me"])
                && draft.is_any(k + 2, &["know", "have"]))
    });
    // Per clause: does it open with a request verb ("send your …"), and
    // where is its first asking word ("what's your …", "can you confirm
    // your …", "could we have your …")? A question that only mentions the
    // data ("could you check your email?") does not ask for it.
    let clauses: Vec<(std::ops::Range<usize>, bool, Option<usize>)> = draft.clauses
        [sentence.clauses.clone()]
    .iter()
    .map(|c| {
        let t = c.tokens.clone();
        let lead = t
            .clone()
            .find(|&k| !draft.is_any(k, REQUEST_LEAD_INS))
            .is_some_and(|k| draft.is_any(k, REQUEST_VERBS));
        let asking = t.clone().find(|&k| {
            draft.is_any(k, REQUEST_VERBS)
                || draft.is_any(k, &["what", "which", "whats"])
                || (draft.is_any(k, &["have", "get", "take"])
                    && k > t.start
                    && draft.is_any(k - 1, &["we", "i"]))
        });
        (t, lead, asking)
    })
    .collect();
    for (j, at, end) in nouns {
        if negation.is_some_and(|n| n < j) {
            continue;
        }
        let clause = clauses
            .get(clauses.partition_point(|c| c.0.end <= j))
            .filter(|c| c.0.contains(&j));
        let lead = clause.is_some_and(|c| c.1);
        let question_ask = sentence.question && clause.is_some_and(|c| c.2.is_some_and(|k| k < j));
        if lead || needs || question_ask {
            return Some(quote(draft, at, end - 1));
        }
    }
    None
}

pub fn check(draft: &Draft<'_>, out: &mut Vec<Finding>) {
    let mut leaks: Vec<(Leak, String)> = Vec::new();
    let mut add = |leak: Leak, q: String| {
        if !leaks.iter().any(|(l, _)| *l == leak) {
            leaks.push((leak, q));
        }
    };
    for i in 0..draft.tokens.len() {
        let text = || quote(draft, i, i);
        match draft.tokens[i].kind {
            TokenKind::Entity(EntityKind::Card) => add(Leak::Card, String::new()),
            TokenKind::Entity(EntityKind::Phone | EntityKind::LongDigits) => {
                match account_keyword_before(draft, i) {
                    Some("card") => add(Leak::Card, String::new()),
                    Some(_) => add(Leak::Account, text()),
                    None if toll_free(draft.original(i, i)) => {}
                    None => match owner(draft, i) {
                        Owner::Brand => {}
                        Owner::Customer => add(Leak::CustomerPhone, text()),
                        Owner::Unclear => add(Leak::UnclearPhone, text()),
                    },
                }
            }
            TokenKind::Entity(EntityKind::Email) => {
                let address = draft.original(i, i);
                let local = address.split('@').next().unwrap_or("").to_ascii_lowercase();
                if ROLE_MAILBOXES.contains(&local.as_str()) {
                    continue;
                }
                match owner(draft, i) {
                    Owner::Brand => {}
                    Owner::Customer => add(Leak::CustomerEmail, text()),
                    Owner::Unclear => add(Leak::UnclearEmail, text()),
                }
            }
            TokenKind::Word => {
                if looks_like_value(draft, i) {
                    match account_keyword_before(draft, i) {
                        Some("card") => add(Leak::Card, String::new()),
                        Some(_) => add(Leak::Account, text()),
                        None => {}
                    }
                }
                if (street_address_at(draft, i) || postcode_at(draft, i))
                    && !in_business_context(draft, i)
                {
                    add(Leak::Address, String::new());
                }
                if birth_date_at(draft, i) {
                    add(Leak::Birth, String::new());
                }
            }
            _ => {}
        }
    }
    for s in 0..draft.sentences.len() {
        if let Some(noun) = public_ask(draft, s) {
            add(Leak::Ask, noun);
            break;
        }
    }
    for (leak, q) in leaks {
        let (severity, message) = match leak {
            Leak::Card => (
                Severity::Error,
                "This public reply contains a card number. Delete it and continue in a DM: card \
                 details never go in public."
                    .to_string(),
            ),
            Leak::Account => (
                Severity::Error,
                format!(
                    "This public reply shows an account or booking number (\"{q}\"). Remove it; \
                     if you need it, ask the customer to send it by DM."
                ),
            ),
            Leak::CustomerPhone => (
                Severity::Error,
                format!(
                    "This public reply shows the customer's phone number (\"{q}\"). Remove it and \
                     arrange the call by DM."
                ),
            ),
            Leak::UnclearPhone => (
                Severity::Warning,
                format!(
                    "This public reply contains a phone number (\"{q}\"). If it's the customer's, \
                     remove it and continue by DM; if it's your public line, say so (\"call us on \
                     …\")."
                ),
            ),
            Leak::CustomerEmail => (
                Severity::Error,
                format!(
                    "This public reply shows the customer's email address (\"{q}\"). Remove it \
                     and confirm the address by DM."
                ),
            ),
            Leak::UnclearEmail => (
                Severity::Warning,
                format!(
                    "This public reply contains an email address (\"{q}\"). If it's the \
                     customer's, remove it; if it's your team's, say so (\"email us at …\")."
                ),
            ),
            Leak::Address => (
                Severity::Error,
                "This public reply contains a street address or postcode. Remove it and confirm \
                 the address by DM."
                    .to_string(),
            ),
            Leak::Birth => (
                Severity::Error,
                "This public reply contains a date of birth. Remove it; identity checks belong \
                 in a DM."
                    .to_string(),
            ),
            Leak::Ask => (
                Severity::Error,
                format!(
                    "This asks for the customer's {q} in public, where their answer would be \
                     visible to everyone. Ask for it by DM instead (\"Could you DM us your {q}?\")."
                ),
            ),
        };
        out.push(finding(codes::PRIVATE_DATA_PUBLIC, severity, message));
    }
}
