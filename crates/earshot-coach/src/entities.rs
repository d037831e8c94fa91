//! Entity scanners: URLs, email addresses, phone and card numbers, and
//! Mastodon remote mentions, found by hand-written scanners over the raw
//! draft.
//!
//! This module owns *where* an entity is, never what it means for the
//! reply: the length rules use the URL and mention spans, and the checks
//! decide whether a phone number is the brand's line or the customer's.
//! The scanners are hand-written rather than regexes because the coach runs
//! on every keystroke and the rules (twitter-text's TLD handling, Luhn,
//! date look-alikes) are easier to state as code than as one pattern.

use std::ops::Range;

/// What kind of entity a span of the draft is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    /// `http://` or `https://` URL.
    Url,
    /// A bare domain with a known TLD, such as `northwind.example.com/help`.
    BareUrl,
    Email,
    /// 7 to 15 digits in the shape of a phone number.
    Phone,
    /// 13 to 19 digits that pass the Luhn check.
    Card,
    /// More than 15 digits run together (for example several phone numbers
    /// crammed without spaces, as in lesson 1).
    LongDigits,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub kind: EntityKind,
    pub span: Range<usize>,
}

/// Generic top-level domains: a bare `name.tld` counts as a link on X.
const GENERIC_TLDS: &[&str] = &[
    "com",
    "net",
    "org",
    "edu",
    "gov",
    "mil",
    "int",
    "info",
    "biz",
    "app",
    "dev",
    "xyz",
    "online",
    "site",
    "shop",
    "store",
    "help",
    "support",
    "social",
    "tech",
    "blog",
    "news",
    "page",
    "link",
    "live",
    "cloud",
    "email",
    "services",
    "network",
    "company",
    "club",
    "top",
    "art",
    "design",
    "agency",
    "media",
    "digital",
    "world",
    "mobi",
    "name",
    "pro",
    "travel",
    "museum",
    "aero",
    "coop",
    "jobs",
    "tel",
    "asia",
    "cat",
    "post",
    "bank",
    "insurance",
    "energy",
    "systems",
    "solutions",
    "software",
    "host",
    "website",
    "space",
    "fun",
    "today",
    "guru",
];

/// Country-code TLDs. twitter-text links a bare `name.cc` only when a path
/// follows or more labels precede it (`bbc.co.uk`), except `.co` and `.tv`.
const COUNTRY_TLDS: &[&str] = &[
    "ac", "ae", "ar", "at", "au", "be", "bg", "br", "by", "ca", "ch", "cl", "cn", "co", "cz", "de",
    "dk", "ee", "es", "eu", "fi", "fr", "gl", "gr", "hk", "hr", "hu", "id", "ie", "il", "in", "io",
    "is", "it", "jp", "kr", "lt", "lu", "lv", "ly", "me", "mx", "my", "nl", "no", "nz", "ph", "pl",
    "pt", "ro", "rs", "ru", "se", "sg", "si", "sk", "th", "tr", "tv", "tw", "ua", "uk", "us", "vn",
    "za",
];

/// Every entity in the draft, sorted by start, never overlapping. Where
/// two overlap, the earlier scanner wins: a URL over the address or digits
/// inside it, an email address over its domain.
pub fn scan(text: &str) -> Vec<Entity> {
    let mut found: Vec<Entity> = protocol_urls(text)
        .into_iter()
        .map(|span| Entity {
            kind: EntityKind::Url,
            span,
        })
        .collect();
    let candidates = emails(text)
        .into_iter()
        .map(|s| (EntityKind::Email, s))
        .chain(
            bare_domains(text)
                .into_iter()
                .map(|s| (EntityKind::BareUrl, s)),
        )
        .chain(digit_runs(text));
    for (kind, span) in candidates {
        insert_if_free(&mut found, |e| &e.span, Entity { kind, span });
    }
    found
}

/// Inserts `item` into `sorted` (kept sorted by start) unless its span
/// overlaps one already there. A binary search keeps a draft full of
/// numbers linear-logarithmic rather than quadratic.
pub(crate) fn insert_if_free<T>(
    sorted: &mut Vec<T>,
    span_of: impl Fn(&T) -> &Range<usize>,
    item: T,
) {
    let span = span_of(&item).clone();
    let at = sorted.partition_point(|e| span_of(e).start < span.start);
    let clear_before = at == 0 || span_of(&sorted[at - 1]).end <= span.start;
    let clear_after = sorted.get(at).is_none_or(|e| span.end <= span_of(e).start);
    if clear_before && clear_after {
        sorted.insert(at, item);
    }
}

/// URL spans as X counts them: with a scheme, or bare with a known TLD.
pub fn x_urls(text: &str) -> Vec<Range<usize>> {
    // Email addresses go in first so that their domains are not links, and
    // come out again at the end.
    let mut spans: Vec<(bool, Range<usize>)> =
        protocol_urls(text).into_iter().map(|s| (true, s)).collect();
    for span in emails(text) {
        insert_if_free(&mut spans, |e| &e.1, (false, span));
    }
    for span in bare_domains(text) {
        insert_if_free(&mut spans, |e| &e.1, (true, span));
    }
    spans
        .into_iter()
        .filter(|(url, _)| *url)
        .map(|(_, s)| s)
        .collect()
}

fn prev_char(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn is_url_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || "-._~:/?#[]@!$&'()*+,;=%|".contains(c)
        || ('\u{00C0}'..='\u{024F}').contains(&c)
}

/// Ends a URL body: strips trailing punctuation a writer puts after a link,
/// and a closing parenthesis that was not opened inside the link.
fn trim_url_end(text: &str, start: usize, mut end: usize) -> usize {
    loop {
        let Some(last) = text[start..end].chars().next_back() else {
            return end;
        };
        let strip = match last {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '"' | ']' => true,
            ')' => {
                let body = &text[start..end];
                body.matches('(').count() < body.matches(')').count()
            }
            _ => false,
        };
        if !strip {
            return end;
        }
        end -= last.len_utf8();
    }
}

/// `http://` and `https://` URLs (the only kind Mastodon shortens).
pub fn protocol_urls(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i + 7 <= bytes.len() {
        let rest = &bytes[i..];
        let scheme_len = if rest.len() >= 8 && rest[..8].eq_ignore_ascii_case(b"https://") {
            8
        } else if rest[..7].eq_ignore_ascii_case(b"http://") {
            7
        } else {
            0
        };
        let preceded_ok = text.is_char_boundary(i)
            && prev_char(text, i).is_none_or(|c| !c.is_alphanumeric() && c != '@' && c != '/');
        if scheme_len == 0 || !preceded_ok {
            i += 1;
            continue;
        }
        let body_start = i + scheme_len;
        // The host may be an internationalised name ("例子.公司"); the path
        // takes only URL characters, so text glued after a link
        // ("…/status看看") is not swallowed.
        let mut end = body_start;
        let mut in_host = true;
        for c in text[body_start..].chars() {
            if matches!(c, '/' | '?' | '#') {
                in_host = false;
            }
            let ok = if in_host {
                c.is_alphanumeric() || matches!(c, '.' | '-' | ':' | '@' | '_')
            } else {
                is_url_char(c)
            };
            if !ok {
                break;
            }
            end += c.len_utf8();
        }
        let end = trim_url_end(text, body_start, end);
        let host: &str = text[body_start..end]
            .split(['/', '?', '#'])
            .next()
            .unwrap_or("");
        if host.contains('.') || host.eq_ignore_ascii_case("localhost") {
            spans.push(i..end);
            i = end;
        } else {
            i = body_start;
        }
    }
    spans
}

/// `local@domain.tld` addresses. An `@` right before the local part makes
/// it a Mastodon remote mention (`@user@host`), not an address.
pub fn emails(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let is_local = |b: u8| b.is_ascii_alphanumeric() || b"._%+-".contains(&b);
    let mut search_from = 0;
    while let Some(off) = text[search_from..].find('@') {
        let at = search_from + off;
        search_from = at + 1;
        let mut start = at;
        while start > 0 && is_local(bytes[start - 1]) {
            start -= 1;
        }
        while start < at && bytes[start] == b'.' {
            start += 1;
        }
        if start == at || (start > 0 && bytes[start - 1] == b'@') {
            continue;
        }
        if start > 0 && !text.is_char_boundary(start) {
            continue;
        }
        let Some(domain_end) = domain_end(bytes, at + 1) else {
            continue;
        };
        spans.push(start..domain_end);
        search_from = domain_end;
    }
    spans
}

/// End of `label(.label)+` starting at `from`, the last label alphabetic and
/// at least two letters long.
fn domain_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut end = from;
    while end < bytes.len()
        && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'.' || bytes[end] == b'-')
    {
        end += 1;
    }
    while end > from && (bytes[end - 1] == b'.' || bytes[end - 1] == b'-') {
        end -= 1;
    }
    let domain = std::str::from_utf8(&bytes[from..end]).ok()?;
    let mut labels = domain.split('.');
    let first = labels.next()?;
    let last = domain.rsplit('.').next()?;
    if first.is_empty()
        || !domain.contains('.')
        || domain.contains("..")
        || last.len() < 2
        || !last.bytes().all(|b| b.is_ascii_alphabetic())
    {
        return None;
    }
    Some(end)
}

/// Bare domains such as `northwind.com/outages` or `status.northwind.co.uk`.
pub fn bare_domains(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let is_host = |b: u8| b.is_ascii_alphanumeric() || b == b'.' || b == b'-';
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let blocked = i > 0
            && (is_host(bytes[i - 1])
                || b"@_/:#$".contains(&bytes[i - 1])
                || (bytes[i - 1] >= 0x80
                    && prev_char(text, i).is_some_and(|c| c.is_alphanumeric())));
        let mut end = i;
        while end < bytes.len() && is_host(bytes[end]) {
            end += 1;
        }
        let run_end = end;
        if blocked {
            i = run_end.max(i + 1);
            continue;
        }
        while end > i && (bytes[end - 1] == b'.' || bytes[end - 1] == b'-') {
            end -= 1;
        }
        let host = &text[i..end];
        let labels: Vec<&str> = host.split('.').collect();
        let followed_by_at = bytes.get(end) == Some(&b'@') || bytes.get(run_end) == Some(&b'@');
        let well_formed = labels.len() >= 2 && labels.iter().all(|l| !l.is_empty());
        if !well_formed || followed_by_at {
            i = run_end.max(i + 1);
            continue;
        }
        let tld = labels[labels.len() - 1].to_ascii_lowercase();
        let generic = GENERIC_TLDS.contains(&tld.as_str());
        let country = COUNTRY_TLDS.contains(&tld.as_str());
        let has_path = bytes.get(end) == Some(&b'/');
        let accepted =
            generic || (country && (has_path || labels.len() >= 3 || tld == "co" || tld == "tv"));
        if !accepted {
            i = run_end.max(i + 1);
            continue;
        }
        let mut url_end = end;
        if has_path || bytes.get(end) == Some(&b':') {
            for c in text[end..].chars() {
                if !is_url_char(c) {
                    break;
                }
                url_end += c.len_utf8();
            }
            url_end = trim_url_end(text, end, url_end).max(end);
        }
        spans.push(i..url_end);
        i = url_end.max(i + 1);
    }
    spans
}

fn luhn_valid(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (n, &d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d);
        if n % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

fn is_phone_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '-' | '.' | '(' | ')' | '/' | '\u{a0}' | '\u{2010}' | '\u{2011}' | '\u{2013}'
    )
}

/// Dates written with separators (`12.03.2024`, `2024-03-12`) are not
/// phone numbers even though they have eight digits.
fn looks_like_date(groups: &[usize], seps: &[char]) -> bool {
    if groups.len() != 3 || seps.iter().any(|&c| c == ' ' || c == '(' || c == ')') {
        return false;
    }
    let (a, b, c) = (groups[0], groups[1], groups[2]);
    ((1..=2).contains(&a) && (1..=2).contains(&b) && (c == 2 || c == 4))
        || (a == 4 && (1..=2).contains(&b) && (1..=2).contains(&c))
}

/// Runs of digits with phone-style separators: phone numbers, card numbers
/// and numbers crammed together.
pub fn digit_runs(text: &str) -> Vec<(EntityKind, Range<usize>)> {
    let char_at = |at: usize| text.get(at..).and_then(|s| s.chars().next());
    let mut out = Vec::new();
    let mut digits: Vec<u8> = Vec::with_capacity(24);
    let mut groups: Vec<usize> = Vec::with_capacity(8);
    let mut seps: Vec<char> = Vec::with_capacity(8);
    let mut prev: Option<char> = None;
    let mut i = 0;
    while let Some(c) = char_at(i) {
        let next = char_at(i + c.len_utf8());
        let opens = c.is_ascii_digit()
            || ((c == '+' || c == '(') && next.is_some_and(|n| n.is_ascii_digit()));
        // A run glued to a word or a decimal point is part of something
        // else ("A12345678", "3.1415926").
        let free = prev.is_none_or(|p| !p.is_alphanumeric() && p != '.' && p != ',');
        if !opens {
            prev = Some(c);
            i += c.len_utf8();
            continue;
        }
        if !free {
            // Skip the whole glued run, so its tail is not read as a number
            // of its own ("Call800-555-0100" is one word).
            let mut j = i;
            while let Some(g) = char_at(j) {
                if !(g.is_alphanumeric() || matches!(g, '-' | '.' | '/' | '(' | ')' | '+')) {
                    break;
                }
                prev = Some(g);
                j += g.len_utf8();
            }
            i = j;
            continue;
        }
        digits.clear();
        groups.clear();
        seps.clear();
        let start = i;
        let plus = c == '+';
        let mut open_paren = c == '(';
        let mut j = if c.is_ascii_digit() { i } else { i + 1 };
        let mut end = j;
        let mut group = 0usize;
        while let Some(ch) = char_at(j) {
            if ch.is_ascii_digit() {
                digits.push(ch as u8 - b'0');
                group += 1;
                j += 1;
                end = j;
                continue;
            }
            if !is_phone_separator(ch) {
                break;
            }
            // At most two separators in a row, and only if a digit follows.
            let mut k = j;
            let mut count = 0;
            while let Some(s) = char_at(k) {
                if !is_phone_separator(s) || count == 2 {
                    break;
                }
                k += s.len_utf8();
                count += 1;
            }
            if !char_at(k).is_some_and(|d| d.is_ascii_digit()) {
                if ch == ')' && open_paren {
                    end = j + 1;
                }
                break;
            }
            if group > 0 {
                groups.push(group);
                seps.push(ch);
                group = 0;
            }
            let between = &text[j..k];
            if between.contains('(') {
                open_paren = true;
            }
            if between.contains(')') {
                open_paren = false;
            }
            j = k;
        }
        if group > 0 {
            groups.push(group);
        }
        prev = text[..end].chars().next_back();
        i = end.max(i + c.len_utf8());
        // The run must not be glued to letters ("3pm", "24h", "12345abc").
        if char_at(end).is_some_and(|n| n.is_alphanumeric()) {
            continue;
        }
        let n = digits.len();
        if n < 7 || looks_like_date(&groups, &seps) {
            continue;
        }
        let kind = if (13..=19).contains(&n) && !plus && luhn_valid(&digits) {
            EntityKind::Card
        } else if n <= 15 {
            EntityKind::Phone
        } else {
            EntityKind::LongDigits
        };
        out.push((kind, start..end));
    }
    out
}

/// Mastodon remote mentions `@user@host`: the span of the mention and the
/// length of the `@user` part that Mastodon counts.
pub fn remote_mentions(text: &str) -> Vec<(Range<usize>, usize)> {
    let bytes = text.as_bytes();
    let is_user = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b == b'-';
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'@' {
            i += 1;
            continue;
        }
        let preceded_ok = i == 0
            || !(bytes[i - 1].is_ascii_alphanumeric()
                || bytes[i - 1] == b'_'
                || bytes[i - 1] == b'/'
                || bytes[i - 1] == b'='
                || (bytes[i - 1] >= 0x80
                    && prev_char(text, i).is_some_and(|c| c.is_alphanumeric())));
        let mut user_end = i + 1;
        while user_end < bytes.len() && is_user(bytes[user_end]) {
            user_end += 1;
        }
        while user_end > i + 1 && (bytes[user_end - 1] == b'.' || bytes[user_end - 1] == b'-') {
            user_end -= 1;
        }
        if !preceded_ok || user_end == i + 1 || bytes.get(user_end) != Some(&b'@') {
            i = user_end.max(i + 1);
            continue;
        }
        let mut host_end = user_end + 1;
        while host_end < bytes.len()
            && (bytes[host_end].is_ascii_alphanumeric()
                || bytes[host_end] == b'.'
                || bytes[host_end] == b'-'
                || bytes[host_end] == b'_')
        {
            host_end += 1;
        }
        while host_end > user_end + 1
            && (bytes[host_end - 1] == b'.' || bytes[host_end - 1] == b'-')
        {
            host_end -= 1;
        }
        if host_end == user_end + 1 {
            i = host_end;
            continue;
        }
        out.push((i..host_end, user_end - i));
        i = host_end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, spans: &[Range<usize>]) -> Vec<String> {
        spans.iter().map(|s| text[s.clone()].to_string()).collect()
    }

    #[test]
    fn protocol_urls_stop_at_trailing_punctuation() {
        let t = "Status page: https://status.northwind.example/outages?area=millbrook. Thanks!";
        assert_eq!(
            texts(t, &protocol_urls(t)),
            ["https://status.northwind.example/outages?area=millbrook"]
        );
        let t = "(see https://en.wikipedia.org/wiki/Fibre_(optics)) ok";
        assert_eq!(
            texts(t, &protocol_urls(t)),
            ["https://en.wikipedia.org/wiki/Fibre_(optics)"]
        );
    }

    #[test]
    fn protocol_urls_take_international_hosts() {
        let t = "见 https://例子.公司/状态 和 https://northwind.example/status看看";
        assert_eq!(
            texts(t, &protocol_urls(t)),
            ["https://例子.公司/", "https://northwind.example/status"]
        );
    }

    #[test]
    fn bare_domains_follow_twitter_text_tld_rules() {
        let t =
            "Check northwind.com/status or help.northwind.co.uk, not northwind.de or e.g. this.";
        assert_eq!(
            texts(t, &bare_domains(t)),
            ["northwind.com/status", "help.northwind.co.uk"]
        );
        assert!(bare_domains("Mail dana@example.com").is_empty());
        assert!(bare_domains("It costs 3.50 today").is_empty());
    }

    #[test]
    fn emails_are_not_remote_mentions() {
        let t = "Write to care@northwind.com or @dana@mastodon.social";
        assert_eq!(texts(t, &emails(t)), ["care@northwind.com"]);
        let mentions = remote_mentions(t);
        assert_eq!(mentions.len(), 1);
        assert_eq!(&t[mentions[0].0.clone()], "@dana@mastodon.social");
        assert_eq!(mentions[0].1, "@dana".len());
    }

    #[test]
    fn phone_numbers_cards_and_dates() {
        let t = "Call 800-555-0100 or +44 20 7946 0958, card 4111 1111 1111 1111, born 12.03.1990.";
        let runs = digit_runs(t);
        let got: Vec<(EntityKind, &str)> = runs.iter().map(|(k, s)| (*k, &t[s.clone()])).collect();
        assert_eq!(
            got,
            [
                (EntityKind::Phone, "800-555-0100"),
                (EntityKind::Phone, "+44 20 7946 0958"),
                (EntityKind::Card, "4111 1111 1111 1111"),
            ]
        );
    }

    #[test]
    fn crammed_numbers_from_lesson_one_are_one_long_run() {
        let t = "Call800-555-0100800-555-0101800-555-0102";
        // Glued to a word, digits are part of that word, not a number.
        assert!(digit_runs(t).is_empty());
        let t = "Call 800-555-0100800-555-0101800-555-0102";
        let runs = digit_runs(t);
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].0, EntityKind::LongDigits);
    }

    #[test]
    fn short_numbers_and_times_are_not_phones() {
        for t in [
            "by 3pm",
            "in 30 minutes",
            "£12.50",
            "since 2019",
            "at 15:30",
            "24/7",
            "(555) 010",
        ] {
            assert!(digit_runs(t).is_empty(), "{t}");
        }
        let t = "(555) 010-0199";
        assert_eq!(digit_runs(t)[0].1, 0..t.len());
    }
}
