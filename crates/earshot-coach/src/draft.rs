//! A draft reply broken into tokens, clauses and sentences, and a small
//! word-pattern matcher over them.
//!
//! This module owns tokenisation: every check reads the same [`Draft`], so
//! the text is scanned once per keystroke. Words are lower-cased into one
//! buffer and English contractions are expanded (`we'll` → `we will`,
//! `what's` → `what is`, `don't` → `do not`) so that the lexicon can list
//! each phrase once. Entities (links, addresses, phone and card numbers)
//! come from [`crate::entities`] and are single tokens, so their dots and
//! question marks never split a sentence.

use crate::entities::{self, EntityKind};
use std::collections::HashMap;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and/or digits (`internet`, `3pm`, `24/7`, `a12345`).
    Word,
    /// A run of Han, kana or other unspaced CJK script.
    Cjk,
    Entity(EntityKind),
    /// `@handle`, `@user@host`, `@handle.bsky.social`.
    Mention,
    Hashtag,
}

#[derive(Debug, Clone, Copy)]
enum WordText {
    Lower(u32, u32),
    Static(&'static str),
}

#[derive(Debug, Clone)]
pub struct Token {
    pub kind: TokenKind,
    /// Byte span in the original draft.
    pub span: Range<usize>,
    text: WordText,
    /// First letter upper-case in the original.
    pub capitalised: bool,
    /// Has letters and none of them lower-case.
    pub all_caps: bool,
    pub has_digit: bool,
    pub has_alpha: bool,
}

/// A run of tokens between clause breaks (`,` `;` `:` dashes, brackets).
#[derive(Debug, Clone)]
pub struct Clause {
    pub tokens: Range<usize>,
}

/// A run of clauses between sentence ends (`.` `!` `?` new lines).
#[derive(Debug, Clone)]
pub struct Sentence {
    pub clauses: Range<usize>,
    pub tokens: Range<usize>,
    /// Ended with a question mark.
    pub question: bool,
}

#[derive(Debug)]
pub struct Draft<'a> {
    pub text: &'a str,
    lower: String,
    pub tokens: Vec<Token>,
    pub clauses: Vec<Clause>,
    pub sentences: Vec<Sentence>,
}

fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F | 0x0E00..=0x0E7F)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

enum Punct {
    Clause,
    Sentence,
    Question,
}

fn punct(c: char) -> Option<Punct> {
    match c {
        '.' | '!' | '。' | '！' | '…' | '\n' | '\r' | '¡' => Some(Punct::Sentence),
        '?' | '？' => Some(Punct::Question),
        ',' | ';' | ':' | '—' | '–' | '(' | ')' | '[' | ']' | '、' | '，' | '；' | '：' | '/'
        | '|' | '•' | '·' | '^' | '¿' => Some(Punct::Clause),
        _ => None,
    }
}

/// Contractions that end in an apostrophe suffix, and what they expand to.
fn contraction(suffix: &str) -> Option<&'static str> {
    Some(match suffix {
        "ll" => "will",
        "re" => "are",
        "ve" => "have",
        "d" => "would",
        "m" => "am",
        "s" => "is",
        "t" => "not",
        _ => return None,
    })
}

impl<'a> Draft<'a> {
    pub fn new(text: &'a str) -> Draft<'a> {
        let entities = entities::scan(text);
        let mut draft = Draft {
            text,
            lower: String::with_capacity(text.len() + 16),
            tokens: Vec::with_capacity(text.len() / 4 + 4),
            clauses: Vec::new(),
            sentences: Vec::new(),
        };
        let mut clause_start = 0usize;
        let mut sentence_clause_start = 0usize;
        let mut sentence_token_start = 0usize;
        let mut next_entity = 0usize;
        let mut i = 0usize;
        let bytes = text.as_bytes();
        while i < text.len() {
            if let Some(e) = entities.get(next_entity) {
                if e.span.start == i {
                    draft.push_token(TokenKind::Entity(e.kind), e.span.clone());
                    i = e.span.end;
                    next_entity += 1;
                    continue;
                }
                if e.span.start < i {
                    next_entity += 1;
                    continue;
                }
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            let clen = c.len_utf8();
            if c == '@' || c == '#' {
                let kind = if c == '@' {
                    TokenKind::Mention
                } else {
                    TokenKind::Hashtag
                };
                let mut end = i + 1;
                for ch in text[end..].chars() {
                    let inner = matches!(ch, '.' | '-' | '@');
                    if !(ch.is_alphanumeric() || ch == '_' || inner) {
                        break;
                    }
                    end += ch.len_utf8();
                }
                while end > i + 1 && matches!(bytes[end - 1], b'.' | b'-' | b'@') {
                    end -= 1;
                }
                let first = text[i + 1..].chars().next();
                // "#A18273" is an order reference, not a hashtag: read it
                // as a word so the privacy check sees it.
                let body = &text[i + 1..end];
                let reference = body.bytes().any(|b| b.is_ascii_digit())
                    && !body.chars().any(char::is_lowercase);
                let valid = match kind {
                    TokenKind::Mention => end > i + 1,
                    _ => first.is_some_and(|f| f.is_alphabetic()) && !reference,
                };
                if valid {
                    draft.push_token(kind, i..end);
                    i = end;
                } else {
                    i += clen;
                }
                continue;
            }
            if is_cjk(c) {
                let mut end = i;
                for ch in text[i..].chars() {
                    if !is_cjk(ch) {
                        break;
                    }
                    end += ch.len_utf8();
                }
                draft.push_token(TokenKind::Cjk, i..end);
                i = end;
                continue;
            }
            if is_word_char(c) {
                let end = word_end(text, i);
                draft.push_word(i..end);
                i = end;
                continue;
            }
            // A hyphen is a clause break only when it stands alone (" - ").
            let p = if c == '-' {
                let before = text[..i].chars().next_back();
                let after = text[i + 1..].chars().next();
                (before.is_none_or(char::is_whitespace) && after.is_none_or(char::is_whitespace))
                    .then_some(Punct::Clause)
            } else {
                punct(c)
            };
            if let Some(p) = p {
                let n = draft.tokens.len();
                if n > clause_start {
                    draft.clauses.push(Clause {
                        tokens: clause_start..n,
                    });
                    clause_start = n;
                }
                let ends_sentence = matches!(p, Punct::Sentence | Punct::Question);
                let question = matches!(p, Punct::Question);
                if ends_sentence {
                    draft.close_sentence(
                        &mut sentence_clause_start,
                        &mut sentence_token_start,
                        question,
                    );
                }
            }
            i += clen;
        }
        let n = draft.tokens.len();
        if n > clause_start {
            draft.clauses.push(Clause {
                tokens: clause_start..n,
            });
        }
        draft.close_sentence(&mut sentence_clause_start, &mut sentence_token_start, false);
        draft
    }

    fn close_sentence(
        &mut self,
        clause_start: &mut usize,
        token_start: &mut usize,
        question: bool,
    ) {
        let c = self.clauses.len();
        if c > *clause_start {
            self.sentences.push(Sentence {
                clauses: *clause_start..c,
                tokens: *token_start..self.tokens.len(),
                question,
            });
            *clause_start = c;
            *token_start = self.tokens.len();
        } else if question {
            // "...?!" or "??": mark the sentence just closed.
            if let Some(last) = self.sentences.last_mut() {
                if last.tokens.end == self.tokens.len() {
                    last.question = true;
                }
            }
        }
    }

    fn push_token(&mut self, kind: TokenKind, span: Range<usize>) {
        let start = self.lower.len();
        let slice = &self.text[span.clone()];
        let (mut upper, mut lower_count, mut digit, mut alpha) = (0, 0, false, false);
        for c in slice.chars() {
            if c == '\u{2019}' {
                self.lower.push('\'');
                continue;
            }
            if c.is_uppercase() {
                upper += 1;
            } else if c.is_lowercase() {
                lower_count += 1;
            }
            digit |= c.is_ascii_digit();
            alpha |= c.is_alphabetic();
            if c.is_ascii() {
                self.lower.push(c.to_ascii_lowercase());
            } else {
                self.lower.extend(c.to_lowercase());
            }
        }
        let capitalised = slice
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase);
        self.tokens.push(Token {
            kind,
            span,
            text: WordText::Lower(start as u32, self.lower.len() as u32),
            capitalised,
            all_caps: upper > 0 && lower_count == 0,
            has_digit: digit,
            has_alpha: alpha,
        });
    }

    /// Pushes a word, splitting an English contraction into two tokens.
    fn push_word(&mut self, span: Range<usize>) {
        let slice = &self.text[span.clone()];
        let apostrophe = slice
            .char_indices()
            .rfind(|&(_, c)| c == '\'' || c == '\u{2019}');
        if let Some((at, c)) = apostrophe {
            let suffix_raw = &slice[at + c.len_utf8()..];
            let suffix = suffix_raw.to_ascii_lowercase();
            if let Some(expansion) = contraction(&suffix) {
                let mut stem_end = span.start + at;
                let mut special: Option<&'static str> = None;
                if suffix == "t" {
                    // "don't" → "do" + "not"; "can't", "won't" keep their verb.
                    let stem = slice[..at].to_ascii_lowercase();
                    special = match stem.as_str() {
                        "can" | "ca" => Some("can"),
                        "won" | "wo" => Some("will"),
                        "shan" | "sha" => Some("shall"),
                        "ain" | "ai" => Some("is"),
                        _ => None,
                    };
                    if special.is_none() {
                        if !stem.ends_with('n') {
                            self.push_token(TokenKind::Word, span);
                            return;
                        }
                        stem_end -= 1;
                    }
                }
                if stem_end > span.start {
                    self.push_token(TokenKind::Word, span.start..stem_end);
                    if let Some(word) = special {
                        if let Some(last) = self.tokens.last_mut() {
                            last.text = WordText::Static(word);
                        }
                    }
                    let template = self.tokens.last().map(|t| (t.capitalised, t.all_caps));
                    self.tokens.push(Token {
                        kind: TokenKind::Word,
                        span,
                        text: WordText::Static(expansion),
                        capitalised: false,
                        all_caps: template.is_some_and(|t| t.1),
                        has_digit: false,
                        has_alpha: true,
                    });
                    return;
                }
            }
        }
        self.push_token(TokenKind::Word, span);
    }

    /// The lower-cased text of token `i`.
    pub fn word(&self, i: usize) -> &str {
        match self.tokens[i].text {
            WordText::Lower(s, e) => &self.lower[s as usize..e as usize],
            WordText::Static(s) => s,
        }
    }

    /// The original text from token `from` to token `to` inclusive.
    pub fn original(&self, from: usize, to: usize) -> &'a str {
        let start = self.tokens[from].span.start;
        let end = self.tokens[to].span.end.max(start);
        &self.text[start..end]
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Word
    }

    /// Whether token `i` is one of `words`.
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        self.is_word(i) && words.contains(&self.word(i))
    }

    /// The index of the sentence that holds token `i`.
    pub fn sentence_index_of_token(&self, i: usize) -> usize {
        self.sentences
            .partition_point(|s| s.tokens.end <= i)
            .min(self.sentences.len().saturating_sub(1))
    }

    pub fn sentence_of_token(&self, i: usize) -> &Sentence {
        &self.sentences[self.sentence_index_of_token(i)]
    }
}

/// End of a word starting at `start`: letters and digits, with inner
/// apostrophes and hyphens (`we'll`, `re-connected`) and inner `.:,/`
/// between digits (`3:30pm`, `24/7`, `12.50`).
fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut prev: Option<char> = None;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let keep = if is_word_char(c) {
            true
        } else if matches!(c, '\'' | '\u{2019}' | '-') {
            prev.is_some_and(is_word_char) && next.is_some_and(is_word_char)
        } else if matches!(c, '.' | ':' | ',' | '/') {
            prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit())
        } else {
            false
        };
        if !keep {
            break;
        }
        end = start + off + c.len_utf8();
        prev = Some(c);
    }
    end
}

/// One element of a word pattern.
#[derive(Debug, Clone)]
pub enum Elem {
    Word(&'static str),
    /// Any of several words (`a|b|c`).
    Alt(Vec<&'static str>),
    /// A word starting with this prefix (`escalat*`).
    Prefix(&'static str),
    /// Any single token (`*`).
    Any,
    /// A number, in digits or words (`#num`).
    Num,
    /// A time of day (`#time`: `3pm`, `15:00`, `noon`).
    Time,
    /// A duration glued to its unit (`#dur`: `24h`, `2hrs`, `30mins`).
    Duration,
    /// A date (`#date`: `5th`, `12/03`, `march`).
    Date,
    /// An entity token (`#phone`, `#url`, `#email`, `#digits`).
    Entity(&'static [EntityKind]),
}

/// A sequence of [`Elem`]s, written as space-separated words.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub source: &'static str,
    elems: Vec<Elem>,
}

impl Pattern {
    pub fn compile(source: &'static str) -> Pattern {
        let elems = source
            .split_whitespace()
            .map(|w| match w {
                "*" => Elem::Any,
                "#num" => Elem::Num,
                "#time" => Elem::Time,
                "#dur" => Elem::Duration,
                "#date" => Elem::Date,
                "#phone" => Elem::Entity(&[EntityKind::Phone, EntityKind::LongDigits]),
                "#url" => Elem::Entity(&[EntityKind::Url, EntityKind::BareUrl]),
                "#email" => Elem::Entity(&[EntityKind::Email]),
                _ if w.contains('|') => Elem::Alt(w.split('|').collect()),
                _ if w.len() > 1 && w.ends_with('*') => Elem::Prefix(&w[..w.len() - 1]),
                _ => Elem::Word(w),
            })
            .collect();
        Pattern { source, elems }
    }

    /// Whether the pattern matches starting at token `at`, without running
    /// past `limit`; the end of the match if so.
    pub fn match_at(&self, draft: &Draft<'_>, at: usize, limit: usize) -> Option<usize> {
        let mut i = at;
        for elem in &self.elems {
            if i >= limit || !elem_matches(elem, draft, i) {
                return None;
            }
            i += 1;
        }
        Some(i)
    }
}

fn elem_matches(elem: &Elem, draft: &Draft<'_>, i: usize) -> bool {
    let token = &draft.tokens[i];
    match elem {
        Elem::Any => true,
        Elem::Entity(kinds) => matches!(token.kind, TokenKind::Entity(k) if kinds.contains(&k)),
        _ if token.kind != TokenKind::Word => false,
        Elem::Word(w) => draft.word(i) == *w,
        Elem::Alt(ws) => ws.contains(&draft.word(i)),
        Elem::Prefix(p) => draft.word(i).starts_with(p),
        Elem::Num => is_number(draft.word(i)),
        Elem::Time => is_time_of_day(draft.word(i)),
        Elem::Duration => is_glued_duration(draft.word(i)),
        Elem::Date => is_date(draft.word(i)),
    }
}

/// A list of patterns indexed by their first word, so that matching a
/// draft costs one hash look-up per token rather than one comparison per
/// pattern and token. Patterns keep their order: at one position the
/// earlier pattern wins.
#[derive(Debug)]
pub struct PatternSet {
    patterns: Vec<Pattern>,
    by_first_word: HashMap<&'static str, Vec<usize>>,
    /// Patterns whose first element is not a plain word (`#phone`,
    /// `escalat*`, `*`): tried at every position.
    other: Vec<usize>,
}

impl PatternSet {
    pub fn new(sources: &[&'static str]) -> PatternSet {
        let patterns: Vec<Pattern> = sources.iter().map(|s| Pattern::compile(s)).collect();
        let mut by_first_word: HashMap<&'static str, Vec<usize>> = HashMap::new();
        let mut other = Vec::new();
        for (n, p) in patterns.iter().enumerate() {
            match p.elems.first() {
                Some(Elem::Word(w)) => by_first_word.entry(w).or_default().push(n),
                Some(Elem::Alt(ws)) => {
                    for w in ws {
                        let list = by_first_word.entry(w).or_default();
                        if list.last() != Some(&n) {
                            list.push(n);
                        }
                    }
                }
                _ => other.push(n),
            }
        }
        PatternSet {
            patterns,
            by_first_word,
            other,
        }
    }

    pub fn patterns(&self) -> &[Pattern] {
        &self.patterns
    }

    /// The first pattern (in list order) matching at token `at`, and the
    /// end of its match.
    fn match_at(&self, draft: &Draft<'_>, at: usize, limit: usize) -> Option<(&Pattern, usize)> {
        let indexed: &[usize] = if draft.is_word(at) {
            self.by_first_word
                .get(draft.word(at))
                .map_or(&[], Vec::as_slice)
        } else {
            &[]
        };
        // Merge the two sorted candidate lists to keep list order.
        let (mut a, mut b) = (0, 0);
        while a < indexed.len() || b < self.other.len() {
            let n = match (indexed.get(a), self.other.get(b)) {
                (Some(&x), Some(&y)) if x < y => {
                    a += 1;
                    x
                }
                (Some(&x), None) => {
                    a += 1;
                    x
                }
                (_, Some(&y)) => {
                    b += 1;
                    y
                }
                (None, None) => break,
            };
            let p = &self.patterns[n];
            if let Some(end) = p.match_at(draft, at, limit) {
                return Some((p, end));
            }
        }
        None
    }
}

/// Finds the first match of any pattern within `range` of tokens: the
/// pattern, the first token and the end.
pub fn find_first<'p>(
    draft: &Draft<'_>,
    set: &'p PatternSet,
    range: Range<usize>,
) -> Option<(&'p Pattern, usize, usize)> {
    range.clone().find_map(|at| {
        set.match_at(draft, at, range.end)
            .map(|(p, end)| (p, at, end))
    })
}

/// Every position where a pattern matches within `range`, as (first
/// token, end of the first pattern's match there).
pub fn find_all(draft: &Draft<'_>, set: &PatternSet, range: Range<usize>) -> Vec<(usize, usize)> {
    range
        .clone()
        .filter_map(|at| set.match_at(draft, at, range.end).map(|(_, end)| (at, end)))
        .collect()
}

const NUMBER_WORDS: &[&str] = &[
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "forty-five",
    "sixty",
    "ninety",
    "few",
    "couple",
    "half",
    "several",
    "next",
];

pub fn is_number(w: &str) -> bool {
    (!w.is_empty()
        && w.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b','))
        || NUMBER_WORDS.contains(&w)
        || w.split('-')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

fn split_digits(w: &str) -> (&str, &str) {
    let at = w
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'))
        .unwrap_or(w.len());
    (&w[..at], &w[at..])
}

/// `3pm`, `10.30am`, `15:00`, `9h30`, `noon`.
pub fn is_time_of_day(w: &str) -> bool {
    if matches!(
        w,
        "noon" | "midday" | "midnight" | "lunchtime" | "eod" | "cob" | "eow" | "tonight"
    ) {
        return true;
    }
    let (num, unit) = split_digits(w);
    if num.is_empty() || !num.as_bytes()[0].is_ascii_digit() {
        return false;
    }
    let clock = num.contains(':') || num.contains('.');
    let hour_ok = num
        .split([':', '.'])
        .next()
        .and_then(|h| h.parse::<u32>().ok())
        .is_some_and(|h| h <= 24);
    hour_ok
        && match unit {
            "am" | "pm" | "a.m" | "p.m" | "uhr" => true,
            // "15:00" is a time; "12.50" is more likely a price.
            "" => clock && num.contains(':') && num.len() >= 4,
            _ => false,
        }
}

/// `24h`, `2hrs`, `30mins`, `3days`.
pub fn is_glued_duration(w: &str) -> bool {
    let (num, unit) = split_digits(w);
    !num.is_empty()
        && !num.contains(':')
        && matches!(
            unit,
            "h" | "hr"
                | "hrs"
                | "hour"
                | "hours"
                | "m"
                | "min"
                | "mins"
                | "minutes"
                | "d"
                | "day"
                | "days"
                | "wk"
                | "wks"
        )
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "sept",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "januar",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
];

/// `5th`, `12/03`, `12.03.2026`, `march`.
pub fn is_date(w: &str) -> bool {
    if MONTHS.contains(&w) {
        return true;
    }
    let parts: Vec<&str> = w.split(['/', '.', '-']).collect();
    if parts.len() > 1 {
        // Two parts need a slash or a dash ("3.30" is a time); three may be
        // dotted ("12.03.1990").
        let separated = w.contains(['/', '-']) || parts.len() == 3;
        return separated
            && parts.len() <= 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()));
    }
    let (num, unit) = split_digits(w);
    matches!(unit, "st" | "nd" | "rd" | "th")
        && num.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(d: &Draft<'_>) -> Vec<String> {
        (0..d.tokens.len()).map(|i| d.word(i).to_string()).collect()
    }

    #[test]
    fn contractions_expand() {
        let d = Draft::new("We'll check; what's up? Don't worry, we can't and won't. I’ve got it.");
        assert_eq!(
            words(&d),
            [
                "we", "will", "check", "what", "is", "up", "do", "not", "worry", "we", "can",
                "not", "and", "will", "not", "i", "have", "got", "it"
            ]
        );
    }

    #[test]
    fn sentences_and_clauses_split_outside_entities() {
        let d = Draft::new(
            "Sorry, Dana! See https://northwind.example/status?x=1. Is the router on? Call 0800 123 4567 - any time",
        );
        assert_eq!(d.sentences.len(), 4);
        assert!(d.sentences[2].question);
        assert!(!d.sentences[1].question);
        assert_eq!(d.clauses.len(), 6);
        assert!(matches!(
            d.tokens[3].kind,
            TokenKind::Entity(EntityKind::Url)
        ));
    }

    #[test]
    fn numbers_times_and_dates_are_single_words() {
        let d = Draft::new("by 3:30pm, 24/7 and £12.50 on the 5th, 10.30am");
        assert_eq!(
            words(&d),
            ["by", "3:30pm", "24/7", "and", "12.50", "on", "the", "5th", "10.30am"]
        );
        assert!(is_time_of_day("3:30pm") && is_time_of_day("10.30am") && is_time_of_day("15:00"));
        assert!(!is_time_of_day("12.50") && !is_time_of_day("2024"));
        assert!(is_date("5th") && is_date("12/03") && !is_date("24/7x"));
        assert!(is_glued_duration("24h") && is_glued_duration("2hrs") && !is_glued_duration("3pm"));
    }

    #[test]
    fn cjk_runs_mentions_and_hashtags() {
        let d = Draft::new("@NorthwindCares 网络断了。#outage @dana@mastodon.social");
        let kinds: Vec<TokenKind> = d.tokens.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [
                TokenKind::Mention,
                TokenKind::Cjk,
                TokenKind::Hashtag,
                TokenKind::Mention
            ]
        );
        assert_eq!(d.sentences.len(), 2);
    }

    #[test]
    fn patterns_match_words_alternatives_and_entities() {
        let d = Draft::new("Please call us on 0800 123 4567 within 2 hours");
        let p = Pattern::compile("call|ring us on #phone");
        assert_eq!(p.match_at(&d, 1, d.tokens.len()), Some(5));
        let set = PatternSet::new(&["sorry", "within #num hour*", "call|ring us"]);
        let (p, at, end) = find_first(&d, &set, 0..d.tokens.len()).expect("match");
        assert_eq!((p.source, at, end), ("call|ring us", 1, 3));
        assert_eq!(find_all(&d, &set, 0..d.tokens.len()), [(1, 3), (5, 8)]);
    }
}
