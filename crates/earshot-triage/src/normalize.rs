//! Text normalisation: HTML entities as X delivers them, Unicode NFKC and
//! case folding, URLs, @mentions, #hashtags, emoji and emoticons as tokens,
//! elongations ("soooo" → "soo") and repeated punctuation.
//!
//! The output is a lower-case token stream written into a reusable buffer,
//! so normalising a post allocates nothing once the buffers have grown.

use unicode_normalization::UnicodeNormalization;

/// Counts gathered while normalising, used as classifier and rule features.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextStats {
    pub words: u16,
    pub exclaims: u16,
    pub questions: u16,
    pub elongations: u16,
    pub all_caps_words: u16,
    pub urls: u16,
    pub mentions: u16,
    pub hashtags: u16,
    pub emoji: u16,
    pub ellipses: u16,
    pub quotes: u16,
    pub positive_emoticons: u16,
    pub negative_emoticons: u16,
}

/// The kind of a token in [`Normalized::tokens`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Hashtag,
    Mention,
    Url,
    Emoji,
    Emoticon,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: TokenKind,
    /// The token begins a sentence (after leading @handles, or after
    /// `.`, `!`, `?`, `:` or a line break).
    pub sent_start: bool,
}

/// A normalised post. Reuse one per thread: [`Normalized::run`] clears it.
#[derive(Debug, Default, Clone)]
pub struct Normalized {
    /// Tokens joined by single spaces, lower case. Mentions become `@user`,
    /// URLs `http`, hashtags keep their `#`.
    pub text: String,
    pub tokens: Vec<Token>,
    pub stats: TextStats,
    /// The original text with HTML entities decoded (case preserved).
    pub decoded: String,
    nfkc: String,
}

impl Normalized {
    pub fn new() -> Self {
        Self::default()
    }

    /// The token's text.
    #[inline]
    pub fn tok(&self, t: &Token) -> &str {
        &self.text[t.start as usize..t.end as usize]
    }

    /// Iterate over word-like tokens (words, numbers, hashtags without `#`).
    pub fn words(&self) -> impl Iterator<Item = &str> + '_ {
        self.tokens.iter().filter_map(move |t| match t.kind {
            TokenKind::Word | TokenKind::Number => Some(self.tok(t)),
            TokenKind::Hashtag => Some(&self.tok(t)[1..]),
            _ => None,
        })
    }

    /// Normalise `raw` into this buffer.
    pub fn run(&mut self, raw: &str) {
        self.text.clear();
        self.tokens.clear();
        self.stats = TextStats::default();
        decode_entities(raw, &mut self.decoded);
        let src: &str = if self.decoded.is_ascii()
            || unicode_normalization::is_nfkc_quick(self.decoded.chars())
                == unicode_normalization::IsNormalized::Yes
        {
            &self.decoded
        } else {
            self.nfkc.clear();
            self.nfkc.extend(self.decoded.nfkc());
            &self.nfkc
        };
        tokenize(src, &mut self.text, &mut self.tokens, &mut self.stats);
    }
}

/// Decode the HTML entities X leaves in post text (`&amp;`, `&lt;`, `&gt;`,
/// `&quot;`, `&#39;`, numeric references).
pub fn decode_entities(raw: &str, out: &mut String) {
    out.clear();
    if !raw.contains('&') {
        out.push_str(raw);
        return;
    }
    let mut rest = raw;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        let semi = tail.as_bytes().iter().take(10).position(|&b| b == b';');
        let mut consumed = 0;
        if let Some(semi) = semi {
            let name = &tail[1..semi];
            let ch = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ if name.starts_with("#x") || name.starts_with("#X") => {
                    u32::from_str_radix(&name[2..], 16)
                        .ok()
                        .and_then(char::from_u32)
                }
                _ if name.starts_with('#') => {
                    name[1..].parse::<u32>().ok().and_then(char::from_u32)
                }
                _ => None,
            };
            if let Some(c) = ch {
                out.push(c);
                consumed = semi + 1;
            }
        }
        if consumed == 0 {
            out.push('&');
            consumed = 1;
        }
        rest = &tail[consumed..];
    }
    out.push_str(rest);
}

/// Each starts with a byte of [`may_start_emoticon`] (a test checks).
const EMOTICONS: &[(&str, i8)] = &[
    (":-)", 1),
    (":)", 1),
    (":-D", 1),
    (":D", 1),
    (";-)", 1),
    (";)", 1),
    ("=)", 1),
    (":-P", 1),
    (":P", 1),
    (":p", 1),
    ("<3", 1),
    ("xD", 1),
    ("XD", 1),
    (":-(", -1),
    (":(", -1),
    (":'(", -1),
    (":/", -1),
    (":-/", -1),
    (":|", -1),
    ("-_-", -1),
    (">:(", -1),
    ("D:", -1),
];

/// Whether an emoticon can start with this byte: the tokenizer looks the
/// table up only then.
fn may_start_emoticon(b: u8) -> bool {
    matches!(
        b,
        b':' | b';' | b'=' | b'<' | b'>' | b'-' | b'x' | b'X' | b'D'
    )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '\''
}

/// Emoji modifiers and joiners that carry no meaning of their own.
fn is_emoji_glue(c: char) -> bool {
    matches!(
        c as u32,
        0xFE0E | 0xFE0F | 0x200D | 0x1F3FB..=0x1F3FF | 0x20E3
    )
}

fn tokenize(src: &str, text: &mut String, tokens: &mut Vec<Token>, st: &mut TextStats) {
    let bytes = src.as_bytes();
    let mut i = 0;
    let n = bytes.len();
    let brk = std::cell::Cell::new(true);
    let push = |text: &mut String, tokens: &mut Vec<Token>, start: usize, kind: TokenKind| {
        let end = text.len();
        if end > start {
            tokens.push(Token {
                start: start as u32,
                end: end as u32,
                kind,
                sent_start: brk.get(),
            });
            if !matches!(kind, TokenKind::Mention | TokenKind::Url | TokenKind::Punct) {
                brk.set(false);
            }
            if kind == TokenKind::Punct {
                brk.set(true);
            }
        }
    };
    while i < n {
        let b = bytes[i];
        if b == b'\n'
            || (matches!(b, b'.' | b':' | b';')
                && (i + 1 >= n || bytes[i + 1].is_ascii_whitespace()))
        {
            brk.set(true);
        }
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let rest = &src[i..];
        // Leave a separating space before every token.
        let start_tok = |text: &mut String| {
            if !text.is_empty() {
                text.push(' ');
            }
            text.len()
        };
        // URLs.
        if (b == b'h' || b == b'H' || b == b'w')
            && (starts_with_ci(rest, "http://")
                || starts_with_ci(rest, "https://")
                || starts_with_ci(rest, "www."))
        {
            let len = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
            let s = start_tok(text);
            text.push_str("http");
            push(text, tokens, s, TokenKind::Url);
            st.urls += 1;
            i += len;
            continue;
        }
        // Emoticons (before punctuation handling eats them).
        if may_start_emoticon(b) {
            if let Some((e, pol)) = EMOTICONS.iter().find(|(e, _)| rest.starts_with(e)) {
                let after = rest[e.len()..].chars().next();
                let before_ok =
                    i == 0 || !is_word_char(src[..i].chars().next_back().unwrap_or(' '));
                if after.is_none_or(|c| !c.is_alphanumeric()) && before_ok {
                    let s = start_tok(text);
                    text.push_str(if *pol > 0 { ":)" } else { ":(" });
                    push(text, tokens, s, TokenKind::Emoticon);
                    if *pol > 0 {
                        st.positive_emoticons += 1;
                    } else {
                        st.negative_emoticons += 1;
                    }
                    i += e.len();
                    continue;
                }
            }
        }
        // Mentions and hashtags.
        if (b == b'@' || b == b'#') && i + 1 < n {
            let after = &rest[1..];
            let len = after
                .char_indices()
                .find(|&(_, c)| {
                    !(c.is_alphanumeric()
                        || c == '_'
                        || (b == b'@' && (c == '.' || c == '@' || c == '-')))
                })
                .map(|(p, _)| p)
                .unwrap_or(after.len());
            // A Mastodon/Bluesky handle may end with a dot from the sentence.
            let len = if b == b'@' {
                after[..len].trim_end_matches(['.', '-']).len()
            } else {
                len
            };
            if len > 0 {
                let s = start_tok(text);
                if b == b'@' {
                    text.push_str("@user");
                    push(text, tokens, s, TokenKind::Mention);
                    st.mentions += 1;
                } else {
                    text.push('#');
                    push_lower_collapsed(&after[..len], text, st);
                    push(text, tokens, s, TokenKind::Hashtag);
                    st.hashtags += 1;
                }
                i += 1 + len;
                continue;
            }
        }
        // ASCII words, the common case, in one pass over the bytes; a word
        // that runs into a non-ASCII character takes the general path.
        if b.is_ascii_alphanumeric() || b == b'_' {
            if let Some(w) = ascii_word(&bytes[i..]) {
                let word = &rest[..w.len];
                let numeric = w.letters == 0 && w.digits == w.len;
                let s = start_tok(text);
                if numeric && word.len() > 4 {
                    text.push_str("00000");
                } else {
                    push_lower_collapsed(word, text, st);
                }
                if w.letters > 2 && !w.lower {
                    st.all_caps_words += 1;
                }
                let kind = if numeric {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                };
                push(text, tokens, s, kind);
                st.words += 1;
                i += w.len;
                continue;
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        let clen = c.len_utf8();
        if c.is_whitespace() {
            i += clen;
            continue;
        }
        if c.is_alphanumeric() || c == '_' {
            let len = rest
                .char_indices()
                .find(|&(p, c)| {
                    !(c.is_alphanumeric()
                        || c == '_'
                        || ((c == '\'' || c == '’')
                            && rest[p + c.len_utf8()..]
                                .chars()
                                .next()
                                .is_some_and(|d| d.is_alphabetic())))
                })
                .map(|(p, _)| p)
                .unwrap_or(rest.len());
            let word = &rest[..len];
            let numeric = word.bytes().all(|b| b.is_ascii_digit());
            let s = start_tok(text);
            if numeric && word.len() > 4 {
                text.push_str("00000");
            } else {
                push_lower_collapsed(word, text, st);
            }
            let has_letters = word.chars().filter(|c| c.is_alphabetic()).count();
            if has_letters >= 2 && word.chars().all(|c| !c.is_lowercase()) && has_letters > 2 {
                st.all_caps_words += 1;
            }
            push(
                text,
                tokens,
                s,
                if numeric {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                },
            );
            st.words += 1;
            i += len;
            continue;
        }
        match c {
            '!' | '?' | '¿' | '¡' => {
                // A run of ! and ? becomes one token: "!", "?" or "?!".
                let len = rest
                    .char_indices()
                    .find(|&(_, c)| !matches!(c, '!' | '?' | '¿' | '¡'))
                    .map(|(p, _)| p)
                    .unwrap_or(rest.len());
                let run = &rest[..len];
                let q = run.contains(['?', '¿']);
                let e = run.contains(['!', '¡']);
                let s = start_tok(text);
                if q {
                    text.push('?');
                    st.questions += 1;
                }
                if e {
                    text.push('!');
                    st.exclaims += 1;
                }
                if len > 2 {
                    text.push('!');
                }
                push(text, tokens, s, TokenKind::Punct);
                i += len;
            }
            '.' | '…' => {
                let len = rest
                    .char_indices()
                    .find(|&(_, c)| !matches!(c, '.' | '…'))
                    .map(|(p, _)| p)
                    .unwrap_or(rest.len());
                if len >= 2 {
                    let s = start_tok(text);
                    text.push_str("...");
                    push(text, tokens, s, TokenKind::Punct);
                    st.ellipses += 1;
                }
                i += len;
            }
            '"' | '“' | '”' => {
                st.quotes += 1;
                i += clen;
            }
            _ if is_emoji_glue(c) => i += clen,
            _ if c.is_ascii() || is_plain_punct(c) => i += clen,
            _ => {
                // Emoji and other symbols: one token per symbol.
                let s = start_tok(text);
                text.push(c);
                push(text, tokens, s, TokenKind::Emoji);
                st.emoji += 1;
                i += clen;
            }
        }
    }
}

/// An all-ASCII word at the start of `b`, as the general path reads words
/// (letters, digits, `_`, and an apostrophe followed by a letter).
struct AsciiWord {
    len: usize,
    letters: usize,
    digits: usize,
    lower: bool,
}

/// The ASCII word at the start of `b`, or `None` when the word goes on
/// with a non-ASCII character (the general path decides those).
#[inline]
fn ascii_word(b: &[u8]) -> Option<AsciiWord> {
    let mut w = AsciiWord {
        len: 0,
        letters: 0,
        digits: 0,
        lower: false,
    };
    while let Some(&c) = b.get(w.len) {
        if c.is_ascii_alphabetic() {
            w.letters += 1;
            w.lower |= c.is_ascii_lowercase();
        } else if c.is_ascii_digit() {
            w.digits += 1;
        } else if c == b'\'' {
            match b.get(w.len + 1) {
                Some(d) if d.is_ascii_alphabetic() => {}
                Some(d) if !d.is_ascii() => return None,
                _ => break,
            }
        } else if !c.is_ascii() {
            return None;
        } else if c != b'_' {
            break;
        }
        w.len += 1;
    }
    Some(w)
}

fn is_plain_punct(c: char) -> bool {
    matches!(
        c,
        '‘' | '’' | '«' | '»' | '–' | '—' | '·' | '•' | '„' | '‚' | '¨' | '´' | '`'
    ) || ('\u{2000}'..='\u{206F}').contains(&c)
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// Lower-case `word` into `out`, collapsing runs of three or more of the
/// same letter to two ("soooo" → "soo"); digits are kept as written.
fn push_lower_collapsed(word: &str, out: &mut String, st: &mut TextStats) {
    // Most words are ASCII, lower case already and not elongated: copied.
    let b = word.as_bytes();
    if word.is_ascii()
        && !b.iter().any(u8::is_ascii_uppercase)
        && !b
            .windows(3)
            .any(|w| w[0] == w[1] && w[1] == w[2] && w[0].is_ascii_alphabetic())
    {
        out.push_str(word);
        return;
    }
    let mut prev = '\0';
    let mut run = 0u32;
    let mut elongated = false;
    let mut emit = |c: char, out: &mut String| {
        if c == prev {
            run += 1;
        } else {
            prev = c;
            run = 1;
        }
        // Digits are never elongations: "999" and "£1000" keep every one.
        if run <= 2 || !c.is_alphabetic() {
            out.push(c);
        } else {
            elongated = true;
        }
    };
    if word.is_ascii() {
        for b in word.bytes() {
            emit(b.to_ascii_lowercase() as char, out);
        }
    } else {
        for c in word.chars() {
            if c == '’' {
                emit('\'', out);
                continue;
            }
            for l in c.to_lowercase() {
                emit(l, out);
            }
        }
    }
    if elongated {
        st.elongations += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> Normalized {
        let mut n = Normalized::new();
        n.run(s);
        n
    }

    #[test]
    fn emoticons_start_with_a_byte_the_tokenizer_checks() {
        for (e, _) in EMOTICONS {
            let b = e.as_bytes()[0];
            assert!(may_start_emoticon(b), "{e}");
        }
    }

    #[test]
    fn entities_urls_mentions_and_elongations() {
        let n = norm("@AcmeHelp Sooooo SLOW &amp; down!!! https://t.co/x #FAIL :( 😡😡");
        assert_eq!(n.text, "@user soo slow down !! http #fail :( 😡 😡");
        assert_eq!(n.stats.elongations, 1);
        assert_eq!(n.stats.all_caps_words, 1);
        assert_eq!(n.stats.urls, 1);
        assert_eq!(n.stats.negative_emoticons, 1);
        assert_eq!(n.stats.emoji, 2);
        assert_eq!(
            n.decoded,
            "@AcmeHelp Sooooo SLOW & down!!! https://t.co/x #FAIL :( 😡😡"
        );
    }

    #[test]
    fn unicode_is_folded() {
        let n = norm("Ｆｕｌｌｗｉｄｔｈ CAFÉ don’t");
        assert_eq!(n.text, "fullwidth café don't");
        let words: Vec<_> = n.words().collect();
        assert_eq!(words, ["fullwidth", "café", "don't"]);
    }

    #[test]
    fn questions_and_ellipses() {
        let n = norm("why?? really...");
        assert_eq!(n.text, "why ? really ...");
        assert_eq!(n.stats.questions, 1);
        assert_eq!(n.stats.ellipses, 1);
    }
}
