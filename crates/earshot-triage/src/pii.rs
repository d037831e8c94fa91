//! Private details in a post, found by hand-written scanners (faster than
//! regular expressions and allocation-free): e-mail addresses, phone
//! numbers, card numbers (Luhn-checked), account / booking / confirmation
//! numbers, dates of birth and street addresses.

use crate::needles::{self, Found, Needle};

/// What kinds of private detail a post exposes.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PrivateDetails {
    pub email: bool,
    pub phone: bool,
    pub card: bool,
    pub account: bool,
    pub date_of_birth: bool,
    pub address: bool,
}

impl PrivateDetails {
    pub fn any(&self) -> bool {
        self.email || self.phone || self.card || self.account || self.date_of_birth || self.address
    }

    /// Human names of what was found, for reasons.
    pub fn kinds(&self) -> impl Iterator<Item = &'static str> + '_ {
        [
            (self.card, "a card number"),
            (self.account, "an account, booking or security code"),
            (self.phone, "a phone number"),
            (self.email, "an e-mail address"),
            (self.date_of_birth, "a date of birth"),
            (self.address, "a street address"),
        ]
        .into_iter()
        .filter_map(|(on, name)| on.then_some(name))
    }

    pub fn count(&self) -> u32 {
        self.kinds().count() as u32
    }
}

/// Scan `text` (HTML entities already decoded).
pub fn scan(text: &str) -> PrivateDetails {
    scan_found(text, needles::scan(&text.to_ascii_lowercase()))
}

/// [`scan`] with the rules' phrase lists already found in the lowered
/// text: a post with no piece of a login keyword or of a word of birth
/// skips those searches.
pub(crate) fn scan_found(text: &str, found: Found) -> PrivateDetails {
    let mut p = PrivateDetails::default();
    let b = text.as_bytes();
    if b.contains(&b'@') {
        p.email = has_email(text);
    }
    if b.iter().any(|c| c.is_ascii_digit()) {
        scan_numbers(text, &mut p);
        if !p.date_of_birth && found.any(Needle::BirthWord) && written_birth_date(text) {
            p.date_of_birth = true;
        }
    }
    if !p.account && found.any(Needle::LoginWord) && has_password(text) {
        p.account = true;
    }
    p
}

/// "pass: Dusk!2011blade", "my password is hunter22": a login secret
/// (asked only when [`Needle::LoginWord`] is in the post).
fn has_password(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    [
        "password",
        "pass",
        "pwd",
        "passwort",
        "contraseña",
        "mot de passe",
        "senha",
        "wachtwoord",
    ]
    .iter()
    .any(|k| {
        lower.match_indices(k).any(|(i, _)| {
            let before_ok = i == 0 || !lower.as_bytes()[i - 1].is_ascii_alphanumeric();
            let rest = &lower[i + k.len()..];
            let rest = rest
                .strip_prefix(':')
                .or_else(|| rest.strip_prefix(" is "))
                .or_else(|| rest.strip_prefix(" es "))
                .or_else(|| rest.strip_prefix(" est "));
            before_ok
                && rest.is_some_and(|r| {
                    let secret = r.split_whitespace().next().unwrap_or("");
                    secret.chars().count() >= 6
                        && secret
                            .bytes()
                            .any(|c| c.is_ascii_digit() || c.is_ascii_punctuation())
                })
        })
    })
}

fn is_local(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn has_email(text: &str) -> bool {
    let b = text.as_bytes();
    for i in memchr::memchr_iter(b'@', b) {
        if i == 0 {
            continue;
        }
        let mut s = i;
        while s > 0 && is_local(b[s - 1]) {
            s -= 1;
        }
        if s == i {
            continue;
        }
        // "@user@instance" is a Fediverse handle, not an e-mail address.
        if s > 0 && (b[s - 1] == b'@' || b[s - 1].is_ascii_alphanumeric()) {
            continue;
        }
        let mut e = i + 1;
        while e < b.len() && (b[e].is_ascii_alphanumeric() || b[e] == b'.' || b[e] == b'-') {
            e += 1;
        }
        let domain = text[i + 1..e].trim_end_matches('.');
        if let Some(dot) = domain.rfind('.') {
            let tld = &domain[dot + 1..];
            if dot > 0 && tld.len() >= 2 && tld.bytes().all(|c| c.is_ascii_alphabetic()) {
                return true;
            }
        }
    }
    false
}

/// A run of digits with separators, as found in the text.
struct NumberRun {
    start: usize,
    end: usize,
    digits: u32,
    /// Up to 19 digits, for the Luhn check.
    value: [u8; 24],
    groups: u32,
    has_slash: bool,
    has_dot: bool,
    leading_plus: bool,
}

fn luhn(d: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, &x) in d.iter().rev().enumerate() {
        let mut v = x as u32;
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

/// Words after which a code is an account, booking or reference number.
const ACCOUNT_WORDS: &[&str] = &[
    "account",
    "acct",
    "acc",
    "a/c",
    "booking",
    "confirmation",
    "reference",
    "ref",
    "order",
    "membership",
    "policy",
    "reservation",
    "pnr",
    "iban",
    "pac",
    "puk",
    "stac",
    "imei",
    "passport",
    "mpan",
    "mprn",
    "cuenta",
    "konto",
    "compte",
    "conta",
    "conto",
    "referencia",
    "buchung",
    "réservation",
    "pedido",
    "bestellung",
    "commande",
];

/// Two-word keywords: (first, second).
const ACCOUNT_PAIRS: &[(&str, &str)] = &[
    ("customer", "number"),
    ("customer", "no"),
    ("sort", "code"),
    ("claim", "number"),
    ("case", "number"),
    ("ticket", "number"),
    ("member", "number"),
    ("member", "no"),
    ("membership", "no"),
    ("roll", "number"),
    ("roll", "no"),
    ("club", "number"),
    ("loyalty", "number"),
    ("card", "ending"),
    ("card", "number"),
    ("card", "no"),
];

const STREET: &[&str] = &[
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "lane",
    "ln",
    "drive",
    "dr",
    "close",
    "row",
    "way",
    "court",
    "ct",
    "place",
    "pl",
    "crescent",
    "terrace",
    "gardens",
    "grove",
    "boulevard",
    "wharf",
    "quay",
    "yard",
    "gate",
    "end",
    "park",
    "mill",
    "fields",
    "meadow",
    "meadows",
    "close",
    "blvd",
    "square",
    "sq",
    "mews",
    "walk",
    "parade",
    "hill",
    "view",
    "rise",
    "green",
    "calle",
    "straße",
    "strasse",
    "rue",
    "via",
    "rua",
    "avenida",
];

const DOB_WORDS: &[&str] = &[
    "date of birth",
    "dob",
    "d.o.b",
    "born on",
    "birthday",
    "birth date",
];

/// A date of birth written with the month's name ("date of birth 14 March
/// 2006", "DOB: March 14, 1990"): a year from 1900 to 2020 with a month
/// named in the 16 bytes before it, in a post that says it is a birth date
/// (asked only when [`Needle::BirthWord`] is in the post).
fn written_birth_date(text: &str) -> bool {
    const MONTHS: &[&str] = &[
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let b = text.as_bytes();
    let mut found = false;
    let mut i = 0;
    while i + 4 <= b.len() {
        let run = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if run == 0 {
            i += 1;
            continue;
        }
        let starts_alone = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        if run == 4 && starts_alone {
            let year: u32 = text[i..i + 4].parse().unwrap_or(0);
            if (1900..=2020).contains(&year) {
                let from = i.saturating_sub(16);
                let before = text.get(from..i).unwrap_or("").to_ascii_lowercase();
                if MONTHS.iter().any(|m| before.contains(m)) {
                    found = true;
                    break;
                }
            }
        }
        i += run;
    }
    found && lower_contains_any(text, DOB_WORDS)
}

fn lower_contains_any(hay: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| contains_word_ci(hay, n))
}

/// Case-insensitive whole-word search without allocating.
fn contains_word_ci(hay: &str, needle: &str) -> bool {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    if n.is_empty() || h.len() < n.len() {
        return false;
    }
    for i in 0..=h.len() - n.len() {
        if h[i..i + n.len()].eq_ignore_ascii_case(n)
            && (i == 0 || !h[i - 1].is_ascii_alphanumeric())
            && (i + n.len() == h.len() || !h[i + n.len()].is_ascii_alphanumeric())
        {
            return true;
        }
    }
    false
}

fn scan_numbers(text: &str, p: &mut PrivateDetails) {
    let b = text.as_bytes();
    let mut i = 0;
    // Cheap evidence gathered on the way, so the word-level scans below
    // run only when they can find something.
    let mut house_number = false;
    let mut postcode_inward = false;
    let mut long_code = false;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        // Digits glued to letters are codes ("KX2", "5G"), handled below.
        let glued = i > 0 && b[i - 1].is_ascii_alphabetic();
        let mut run = NumberRun {
            start: i,
            end: i,
            digits: 0,
            value: [0; 24],
            groups: 1,
            has_slash: false,
            has_dot: false,
            leading_plus: i > 0 && b[i - 1] == b'+',
        };
        if i > 0 && b[i - 1] == b'(' {
            run.start = i - 1;
        }
        let mut j = i;
        while j < b.len() {
            let c = b[j];
            if c.is_ascii_digit() {
                if (run.digits as usize) < run.value.len() {
                    run.value[run.digits as usize] = c - b'0';
                }
                run.digits += 1;
                j += 1;
            } else if matches!(c, b' ' | b'-' | b'.' | b'/' | b')' | b'(')
                && j + 1 < b.len()
                && (b[j + 1].is_ascii_digit() || (c == b')' && b[j + 1] == b' '))
            {
                if c == b'/' {
                    run.has_slash = true;
                }
                if c == b'.' {
                    run.has_dot = true;
                }
                if c == b')' && b[j + 1] == b' ' {
                    j += 1;
                }
                run.groups += 1;
                j += 1;
            } else {
                break;
            }
        }
        run.end = j;
        let glued_after = j < b.len() && b[j].is_ascii_alphabetic();
        if !glued && !glued_after {
            classify_run(text, &run, p);
        }
        if run.digits >= 6 {
            long_code = true;
        }
        // "HW-30418-K", "TA-20931": digits joined to letters by a hyphen.
        let hyphen_glued = (i > 1 && b[i - 1] == b'-' && b[i - 2].is_ascii_alphabetic())
            || (j + 1 < b.len() && b[j] == b'-' && b[j + 1].is_ascii_alphabetic());
        if glued || glued_after || (hyphen_glued && run.digits >= 4) {
            // The whole letter/digit token, for codes like "KE-00481192".
            let mut a = i;
            while a > 0 && (b[a - 1].is_ascii_alphanumeric() || b[a - 1] == b'-') {
                a -= 1;
            }
            let mut e = j;
            while e < b.len() && (b[e].is_ascii_alphanumeric() || b[e] == b'-') {
                e += 1;
            }
            if e - a >= 5 {
                long_code = true;
            }
        }
        if run.digits <= 4 {
            // "27 Orchard", "14b High", "Flat 3".
            let mut k = j;
            if k < b.len()
                && b[k].is_ascii_alphabetic()
                && !b.get(k + 1).is_some_and(|c| c.is_ascii_alphabetic())
            {
                k += 1;
            }
            if b.get(k) == Some(&b' ') && b.get(k + 1).is_some_and(|c| c.is_ascii_uppercase()) {
                house_number = true;
            }
            if i >= 5 && b[..i].ends_with(b"lat ")
                || b[..i].ends_with(b"ent ")
                || b[..i].ends_with(b"nit ")
                || b[..i].ends_with(b"pt ")
            {
                house_number = true;
            }
        }
        if run.digits == 1
            && b.get(j).is_some_and(|c| c.is_ascii_uppercase())
            && b.get(j + 1).is_some_and(|c| c.is_ascii_uppercase())
        {
            postcode_inward = true;
        }
        i = j.max(i + 1);
    }
    // Postcodes (UK style "KX2 7QT") next to a house number, and house
    // numbers before a street name.
    if !p.address && (house_number || postcode_inward) {
        p.address = has_street_address(text);
    }
    if !p.account && long_code {
        p.account = has_code_after_keyword(text);
    }
}

fn classify_run(text: &str, run: &NumberRun, p: &mut PrivateDetails) {
    let b = text.as_bytes();
    let s = &text[run.start..run.end];
    let before = &text[..run.start];
    let price = before.ends_with('£')
        || before.ends_with('$')
        || before.ends_with('€')
        || before.ends_with("£ ")
        || before.ends_with("$ ");
    if price {
        return;
    }
    let d = run.digits as usize;
    // Dates: d/m/yyyy with an old year read as a date of birth.
    if (run.has_slash || run.has_dot || s.contains('-')) && (6..=8).contains(&d) && run.groups == 3
    {
        let year: u32 = s
            .rsplit(['/', '.', '-'])
            .next()
            .and_then(|y| y.parse().ok())
            .unwrap_or(0);
        let dob_word = lower_contains_any(text, DOB_WORDS);
        if (1900..=2016).contains(&year) || (dob_word && year >= 1900) || (dob_word && d == 6) {
            p.date_of_birth = true;
        }
        return;
    }
    if run.has_slash {
        return;
    }
    // Card numbers: 13–19 digits passing the Luhn check, with a card
    // network's first digit; 15 digits are American Express (34, 37)
    // only, so a phone's IMEI (also Luhn-checked) is not a card.
    let v = &run.value;
    let card_prefix = d <= v.len()
        && (2..=6).contains(&v[0])
        && (d != 15 || (v[0] == 3 && matches!(v[1], 4 | 7)));
    if (13..=19).contains(&d) && card_prefix && luhn(&v[..d]) && !run.has_dot {
        p.card = true;
        return;
    }
    // Phone numbers: 10–13 digits starting with 0 or +, or grouped 10 digits.
    let first = run.value[0];
    let phone_shape = (run.leading_plus && (10..=15).contains(&d))
        || (first == 0 && (10..=11).contains(&d))
        || (run.groups >= 2 && d == 10 && b.get(run.start) == Some(&b'('));
    if phone_shape {
        let digits = &run.value[..d.min(run.value.len())];
        let starts = |pre: &[u8]| digits.starts_with(pre);
        // Free-phone and business numbers are the company's, not the customer's.
        let business = starts(&[0, 8, 0, 0])
            || starts(&[0, 8, 0, 8])
            || starts(&[0, 5, 0, 0])
            || starts(&[0, 3, 0, 0])
            || starts(&[0, 3, 4, 5])
            || starts(&[1, 8, 0, 0])
            || starts(&[1, 8, 8, 8])
            || starts(&[1, 8, 7, 7])
            || starts(&[1, 8, 6, 6])
            || starts(&[1, 8, 5, 5])
            || starts(&[1, 8, 4, 4]);
        if !business {
            p.phone = true;
        }
        return;
    }
    if d == 10 && run.groups >= 3 && first != 0 && !run.has_dot {
        // US style 555-123-4567.
        p.phone = true;
    }
}

/// An account, booking or reference keyword followed closely by a code.
/// One pass over the words.
fn has_code_after_keyword(text: &str) -> bool {
    let b = text.as_bytes();
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80 || c == b'/';
    let mut i = 0;
    while i < b.len() {
        if !is_word(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && is_word(b[i]) {
            i += 1;
        }
        let word = &text[start..i];
        if word.len() < 2 || word.len() > 12 {
            continue;
        }
        let mut lower = [0u8; 12];
        for (d, c) in lower.iter_mut().zip(word.bytes()) {
            *d = c.to_ascii_lowercase();
        }
        let lower = &lower[..word.len()];
        let first_byte = lower[0];
        if !matches!(
            first_byte,
            b'a' | b'b' | b'c' | b'i' | b'k' | b'l' | b'm' | b'o' | b'p' | b'r' | b's' | b't'
        ) {
            continue;
        }
        if ACCOUNT_WORDS.iter().any(|k| k.as_bytes() == lower) && code_follows(&text[i..]) {
            return true;
        }
        for (first, second) in ACCOUNT_PAIRS {
            if first.as_bytes() == lower {
                let rest = text[i..].trim_start();
                let next_end = rest
                    .find(|c: char| !c.is_alphanumeric())
                    .unwrap_or(rest.len());
                if rest[..next_end].eq_ignore_ascii_case(second) && code_follows(&rest[next_end..])
                {
                    return true;
                }
            }
        }
    }
    false
}

/// Whether a reference code appears within the next few words: at least 6
/// digits (grouped or not), or a 6+ character mixed letter/digit code.
fn code_follows(rest: &str) -> bool {
    let mut words = 0;
    let mut digits_in_row = 0u32;
    for w in rest
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|w| !w.is_empty())
    {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        words += 1;
        if words > 6 {
            break;
        }
        let dcount = w.bytes().filter(|c| c.is_ascii_digit()).count() as u32;
        // "88213/4471-6": a roll number's groups.
        if dcount >= 6
            && w.chars()
                .all(|c| c.is_ascii_digit() || c == '/' || c == '-')
        {
            return true;
        }
        let alnum = w.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if alnum && dcount > 0 && dcount as usize == w.len() {
            digits_in_row += dcount;
            if digits_in_row >= 6 {
                return true;
            }
            continue;
        }
        digits_in_row = 0;
        if alnum && w.len() >= 6 && dcount >= 1 && w.bytes().any(|c| c.is_ascii_uppercase()) {
            return true;
        }
        if alnum && w.len() >= 5 && dcount >= 4 {
            return true;
        }
    }
    false
}

/// "27 Orchard Row", "14b High Street", or a UK postcode.
fn has_street_address(text: &str) -> bool {
    let cap = |w: &&str| w.chars().next().is_some_and(|c| c.is_uppercase());
    // "Flat 3", "Apartment 12b".
    let mut words = text.split_whitespace().peekable();
    while let Some(w) = words.next() {
        if !matches!(w.as_bytes()[0], b'F' | b'A' | b'U' | b'f' | b'a' | b'u') {
            continue;
        }
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if ["flat", "apartment", "apt", "unit"]
            .iter()
            .any(|f| w.eq_ignore_ascii_case(f))
            && cap(&w)
            && words
                .peek()
                .is_some_and(|n| is_house_number(n.trim_matches(|c: char| !c.is_alphanumeric())))
        {
            return true;
        }
    }
    // The last four words, most recent last.
    let mut prev: [&str; 4] = [""; 4];
    for w in text.split(|c: char| c.is_whitespace() || c == ',') {
        let clean = w.trim_matches(|c: char| !c.is_alphanumeric());
        if clean.is_empty() {
            continue;
        }
        if cap(&clean)
            && clean.len() <= 10
            && prev[..3].iter().any(|p| is_house_number(p))
            && STREET.iter().any(|s| clean.eq_ignore_ascii_case(s))
        {
            for k in 1..=3 {
                if prev[4 - k..].iter().all(cap) && is_house_number(prev[3 - k]) {
                    return true;
                }
            }
        }
        if clean.len() == 3 && is_postcode_pair(prev[3], clean) {
            return true;
        }
        prev.rotate_left(1);
        prev[3] = clean;
    }
    false
}

fn is_house_number(w: &str) -> bool {
    let digits = w.bytes().take_while(|c| c.is_ascii_digit()).count();
    (1..=4).contains(&digits) && w.len() - digits <= 1 && !w.starts_with('0')
}

/// UK postcode: outward "KX2"/"SW1A"/"M1" + inward "7QT".
fn is_postcode_pair(out: &str, inw: &str) -> bool {
    let o = out.as_bytes();
    let i = inw.as_bytes();
    let outward = (2..=4).contains(&o.len())
        && o[0].is_ascii_uppercase()
        && o.iter().any(|c| c.is_ascii_digit())
        && o.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let inward = i.len() == 3
        && i[0].is_ascii_digit()
        && i[1].is_ascii_uppercase()
        && i[2].is_ascii_uppercase();
    outward && inward
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_is_private() {
        assert!(scan("email me at harriet.okafor@inbox.example please").email);
        assert!(!scan("@help@ottermere.example Störung?").email);
        assert!(scan("Ring me on 07700 900461, thanks").phone);
        assert!(!scan("Called @Brand on 0808 157 0192 three times").phone);
        assert!(scan("my card 4929 1827 0056 1133 failed").card);
        assert!(!scan("my card 4929 1827 0056 1134 failed").card);
        assert!(scan("Account number 4471 2093 8812. Sort it out").account);
        assert!(scan("My account number is 3390 1128 4456.").account);
        assert!(scan("booking ref QX7K2M please").account);
        assert!(scan("@Acme booking HW-30418-K. skip never came").account);
        assert!(scan("@Acme trade account TA-20931. charged twice").account);
        assert!(scan("@Acme roll number 88213/4471-6. no interest").account);
        assert!(scan("my Club number is MC-0048-2291 and no points").account);
        assert!(scan("the regular saver, member no 60044218, sort it").account);
        assert!(!scan("the 6-yard skip cost £245 on 12/10").account);
        assert!(scan("I'm the new tenant at Flat 3, 19 Canal Wharf. How do I").address);
        let ken = scan("Fine: 14/02/1979, 27 Orchard Row, Kelderby KX2 7QT. Now");
        assert!(ken.date_of_birth && ken.address, "{ken:?}");
        assert!(scan("date of birth 14 March 2006, it's on my licence").date_of_birth);
        assert!(scan("DOB: March 14, 1990").date_of_birth);
        // A month and a year with no word of birth is just a date.
        assert!(!scan("been waiting since March 2019 for a refund").date_of_birth);
        assert!(!scan("a cable hanging on Fernside Lane").any());
        assert!(!scan("paying £45 a month for 500 Mb, 2 hours a day on 14/11").any());
        assert!(!scan("took £89 instead of £32 this month").any());
        // A phone's IMEI passes the Luhn check too: a device code, not a card.
        let imei = scan("IMEI 352099001761481, can you block it");
        assert!(imei.account && !imei.card, "{imei:?}");
        assert!(!scan("serial 352099001761481 on the box").card);
        assert!(scan("amex 3782 822463 10005 declined").card);
        assert!(scan("my PAC is QMR482019 but it fails").account);
        assert!(scan("user: xXDuskbladeXx pass: Dusk!2011blade it says wrong").account);
        assert!(scan("my password is hunter22 and it fails").account);
        assert!(!scan("my password is wrong again").account);
        assert!(!scan("bypass: the road is shut").account);
    }
}
