//! One RFC 5322 message → one [`Mention`]: who wrote it, what it says (the
//! subject and the plain text, HTML turned into text, quoted earlier
//! messages trimmed), when, and where it belongs in a thread
//! (`Message-ID`, `In-Reply-To`, `References`). Message ids are kept
//! without their angle brackets, as the store and the outbox know them.

use crate::EmailError;
use chrono::{DateTime, Utc};
use earshot_core::{Author, Mention, Network, Reference, ReferenceKind};
use mail_parser::{HeaderValue, MessageParser};
use sha2::{Digest, Sha256};

/// What a message says about its place in a thread.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Threading {
    pub message_id: Option<String>,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    pub subject: Option<String>,
}

/// Read the threading headers of a stored raw message.
pub fn threading(raw: &[u8]) -> Threading {
    let Some(msg) = MessageParser::default().parse_headers(raw) else {
        return Threading::default();
    };
    Threading {
        message_id: msg.message_id().map(clean_id).filter(|s| !s.is_empty()),
        in_reply_to: ids(msg.in_reply_to()).into_iter().next(),
        references: ids(msg.references()),
        subject: msg.subject().map(|s| s.trim().to_string()),
    }
}

/// Parse one message into a mention. `raw_limit` caps the raw text kept.
pub fn mention(raw: &[u8], raw_limit: usize) -> Result<Mention, EmailError> {
    let msg = MessageParser::default()
        .parse(raw)
        .ok_or_else(|| EmailError::Message("not an e-mail message".into()))?;
    let from = msg
        .from()
        .and_then(|a| a.first())
        .ok_or_else(|| EmailError::Message("no From address".into()))?;
    let address = from
        .address()
        .map(|a| a.trim().to_lowercase())
        .filter(|a| a.contains('@') && !a.contains(char::is_whitespace))
        .ok_or_else(|| EmailError::Message("a From without a usable address".into()))?;
    let name = from
        .name()
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());

    // A message without a Message-ID still needs a stable id, so a re-read
    // of the mailbox finds it stored: one derived from its content.
    let external_id = msg
        .message_id()
        .map(clean_id)
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| {
            let digest = Sha256::digest(raw);
            format!("{}@earshot.invalid", hex::encode(&digest[..16]))
        });
    let in_reply_to = ids(msg.in_reply_to()).into_iter().next();
    let references = ids(msg.references());
    let conversation_id = references
        .first()
        .cloned()
        .or_else(|| in_reply_to.clone())
        .unwrap_or_else(|| external_id.clone());

    let subject = msg
        .subject()
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    // mail-parser offers an HTML-only message's HTML as its "text" too;
    // ours drops script and style content, so HTML goes through it.
    let body = match msg.text_part(0) {
        Some(part) if part.is_text_html() => msg
            .body_html(0)
            .map(|h| html_to_text(&h))
            .unwrap_or_default(),
        Some(_) => msg.body_text(0).map(|t| t.into_owned()).unwrap_or_default(),
        None => msg
            .body_html(0)
            .map(|h| html_to_text(&h))
            .unwrap_or_default(),
    };
    let body = trim_quoted(&body);
    let text = match (subject.is_empty(), body.is_empty()) {
        (false, false) => format!("{subject}\n\n{body}"),
        (false, true) => subject,
        (true, _) => body,
    };
    let created_at = msg
        .date()
        .and_then(|d| DateTime::<Utc>::from_timestamp(d.to_timestamp(), 0));

    Ok(Mention {
        network: Network::Email,
        external_id,
        author: Author {
            id: address.clone(),
            handle: address,
            name,
            followers: None,
            bio: None,
        },
        text,
        created_at,
        lang: None,
        conversation_id: Some(conversation_id),
        in_reply_to_id: in_reply_to.clone(),
        in_reply_to_user_id: None,
        in_reply_to_handle: None,
        mentions: Vec::new(),
        references: in_reply_to
            .map(|id| Reference {
                kind: ReferenceKind::RepliedTo,
                id,
                author_id: None,
                author_handle: None,
                text: None,
            })
            .into_iter()
            .collect(),
        is_repost: false,
        raw: Some(capped(raw, raw_limit)),
    })
}

fn clean_id(id: &str) -> String {
    id.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim()
        .to_string()
}

/// Message ids in an `In-Reply-To` or `References` header, in order.
fn ids(v: &HeaderValue<'_>) -> Vec<String> {
    let list: Vec<String> = match v {
        HeaderValue::Text(t) => t.split_whitespace().map(clean_id).collect(),
        HeaderValue::TextList(l) => l
            .iter()
            .flat_map(|t| t.split_whitespace().map(clean_id).collect::<Vec<_>>())
            .collect(),
        _ => Vec::new(),
    };
    list.into_iter().filter(|s| !s.is_empty()).collect()
}

/// The raw message as text, at most `limit` bytes (cut on a character).
fn capped(raw: &[u8], limit: usize) -> String {
    let text = String::from_utf8_lossy(&raw[..raw.len().min(limit)]).into_owned();
    if raw.len() <= limit {
        return text;
    }
    // A lossy cut may end in a replacement character: drop it.
    text.trim_end_matches('\u{FFFD}').to_string()
}

/// Drop the quoted earlier conversation where it is clearly marked: lines
/// starting with `>` (and the "On ... wrote:" line introducing them), an
/// Outlook "-----Original Message-----" block, and a `-- ` signature.
pub fn trim_quoted(body: &str) -> String {
    let mut kept: Vec<&str> = Vec::new();
    for line in body.lines() {
        let t = line.trim();
        if t.starts_with("-----Original Message-----")
            || t.starts_with("________________________________")
            || line == "-- "
        {
            break;
        }
        if t.starts_with('>') {
            // "On Tue, ... Dana wrote:" just above the quote goes with it.
            while kept.last().is_some_and(|l| l.trim().is_empty()) {
                kept.pop();
            }
            if kept
                .last()
                .is_some_and(|l| l.trim_end().ends_with("wrote:"))
            {
                kept.pop();
            }
            continue;
        }
        kept.push(line);
    }
    let text = kept.join("\n");
    text.trim().to_string()
}

/// HTML → plain text: tags dropped, `script`/`style`/`head` content
/// dropped, block elements as line breaks, entities decoded. Never fails.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut skip_until: Option<&'static str> = None;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skip_until.is_none() {
                out.push_str(&decode_entities(rest));
            }
            break;
        };
        if skip_until.is_none() {
            out.push_str(&decode_entities(&rest[..lt]));
        }
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |e| &rest[e + 3..]);
            continue;
        }
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[1..end.saturating_sub(1).max(1)];
        rest = &rest[end..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some(until) = skip_until {
            if closing && name == until {
                skip_until = None;
            }
            continue;
        }
        match name.as_str() {
            "script" if !closing => skip_until = Some("script"),
            "style" if !closing => skip_until = Some("style"),
            "head" if !closing => skip_until = Some("head"),
            "title" if !closing => skip_until = Some("title"),
            "br" | "p" | "div" | "tr" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
            | "blockquote" | "table" | "ul" | "ol" => out.push('\n'),
            _ => {}
        }
    }
    // Collapse runs of spaces and blank lines the markup left behind.
    let mut text = String::with_capacity(out.len());
    let mut blank = 0;
    for line in out.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        text.push_str(&line);
        text.push('\n');
    }
    text.trim().to_string()
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let semi = rest[..rest.len().min(12)].find(';');
        let decoded = semi.and_then(|semi| {
            let name = &rest[1..semi];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            }?;
            Some((c, semi + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_mail_becomes_a_mention_with_threading() {
        let raw = b"From: Dana Reyes <Dana@Example.com>\r\nTo: care@northwind.example\r\n\
Subject: Internet down again\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\
Message-ID: <c2@example.com>\r\nIn-Reply-To: <d1@northwind.example>\r\n\
References: <c1@example.com> <d1@northwind.example>\r\n\r\n\
Still no internet since this morning.\r\n\r\nOn Mon, 23 Nov 2026, Northwind wrote:\r\n> We are looking into it.\r\n";
        let m = mention(raw, 1 << 20).unwrap();
        assert_eq!(m.network, Network::Email);
        assert_eq!(m.external_id, "c2@example.com");
        assert_eq!(m.author.id, "dana@example.com");
        assert_eq!(m.author.name.as_deref(), Some("Dana Reyes"));
        assert_eq!(
            m.text,
            "Internet down again\n\nStill no internet since this morning."
        );
        assert_eq!(m.in_reply_to_id.as_deref(), Some("d1@northwind.example"));
        assert_eq!(m.conversation_id.as_deref(), Some("c1@example.com"));
        assert_eq!(
            m.created_at.unwrap().to_rfc3339(),
            "2026-11-23T10:00:00+00:00"
        );
        assert!(m.raw.unwrap().contains("Message-ID: <c2@example.com>"));
    }

    #[test]
    fn hostile_html_keeps_only_its_text() {
        let t = html_to_text(
            "<html><head><title>x</title><style>p{color:red}</style></head><body>\
<p>My modem &amp; router are <b>dead</b></p><script>alert('x')</script>\
<img src=x onerror=alert(1)><!-- <p>hidden</p> -->&lt;script&gt;&#33;</body></html>",
        );
        assert_eq!(t, "My modem & router are dead\n<script>!");
    }

    #[test]
    fn raw_is_capped_on_a_character_boundary() {
        let raw = "é".repeat(10);
        let c = capped(raw.as_bytes(), 5);
        assert_eq!(c, "éé");
    }
}
