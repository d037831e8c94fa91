//! earshot's own mention JSON, accepted by `POST /api/v1/mentions` and by
//! `earshot triage` / `earshot import`:
//!
//! ```json
//! {"network": "mastodon", "id": "113500000000000001", "text": "...",
//!  "author": {"id": "7", "handle": "lena@social.example", "name": "Lena", "followers": 80, "bio": "..."},
//!  "created_at": "2026-11-20T08:15:00Z", "lang": "de", "conversation_id": "...",
//!  "in_reply_to": {"id": "...", "user_id": "...", "handle": "..."},
//!  "mentions": ["ottermere@mastodon.example"], "is_repost": false}
//! ```

use super::{check_text, WireError};
use crate::{Author, Mention, MentionedHandle, Network, Reference, ReferenceKind};
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

/// Parse a decoded own-format mention, naming the first bad field.
pub fn parse_own(value: Value) -> Result<Mention, WireError> {
    let Value::Object(map) = value else {
        return Err(WireError::new(None, "expected a JSON object"));
    };
    let id = match map.get("id") {
        Some(Value::String(s)) if !s.is_empty() => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => {
            return Err(WireError::new(
                None,
                "field 'id' must be a non-empty string",
            ))
        }
        None => return Err(WireError::new(None, "field 'id' is missing")),
    };
    let fail = |msg: String| WireError::new(Some(id.clone()), msg);

    let network = match map.get("network") {
        Some(Value::String(s)) => s
            .parse::<Network>()
            .map_err(|e| fail(format!("field 'network': {e}")))?,
        Some(_) => return Err(fail("field 'network' must be a string".into())),
        None => return Err(fail("field 'network' is missing".into())),
    };
    let text = match map.get("text") {
        Some(Value::String(s)) => s.clone(),
        Some(_) => return Err(fail("field 'text' must be a string".into())),
        None => return Err(fail("field 'text' is missing".into())),
    };
    check_text(&id, &text)?;

    let author = match map.get("author") {
        Some(Value::Object(a)) => parse_author(a).map_err(&fail)?,
        Some(_) => return Err(fail("field 'author' must be an object".into())),
        None => return Err(fail("field 'author' is missing".into())),
    };

    let created_at = match map.get("created_at") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(
            DateTime::parse_from_rfc3339(s)
                .map_err(|e| fail(format!("field 'created_at' is not an RFC 3339 time: {e}")))?
                .with_timezone(&Utc),
        ),
        Some(_) => return Err(fail("field 'created_at' must be a string".into())),
    };

    let lang = opt_string(&map, "lang").map_err(&fail)?;
    let conversation_id = opt_string(&map, "conversation_id").map_err(&fail)?;

    let (mut in_reply_to_id, mut in_reply_to_user_id, mut in_reply_to_handle) = (None, None, None);
    match map.get("in_reply_to") {
        None | Some(Value::Null) => {}
        Some(Value::Object(r)) => {
            let field = |k: &str| opt_string(r, k).map_err(|m| fail(format!("in_reply_to: {m}")));
            in_reply_to_id = field("id")?;
            in_reply_to_user_id = field("user_id")?;
            in_reply_to_handle = field("handle")?.map(|h| strip_at(&h));
        }
        Some(_) => return Err(fail("field 'in_reply_to' must be an object".into())),
    }

    let mentions = match map.get("mentions") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                let Value::String(h) = item else {
                    return Err(fail(format!("field 'mentions[{i}]' must be a string")));
                };
                let handle = strip_at(h);
                let (start, end) = locate_mention(&text, &handle);
                out.push(MentionedHandle {
                    handle,
                    user_id: None,
                    start,
                    end,
                });
            }
            out
        }
        Some(_) => return Err(fail("field 'mentions' must be an array of handles".into())),
    };

    let is_repost = match map.get("is_repost") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(fail("field 'is_repost' must be true or false".into())),
    };

    let references = in_reply_to_id
        .as_ref()
        .map(|rid| {
            vec![Reference {
                kind: ReferenceKind::RepliedTo,
                id: rid.clone(),
                author_id: in_reply_to_user_id.clone(),
                author_handle: in_reply_to_handle.clone(),
                text: None,
            }]
        })
        .unwrap_or_default();

    Ok(Mention {
        network,
        external_id: id,
        author,
        text,
        created_at,
        lang,
        conversation_id,
        in_reply_to_id,
        in_reply_to_user_id,
        in_reply_to_handle,
        mentions,
        references,
        is_repost,
        raw: None,
    })
}

fn parse_author(a: &Map<String, Value>) -> Result<Author, String> {
    let handle = opt_string(a, "handle")
        .map_err(|m| format!("author: {m}"))?
        .ok_or_else(|| "field 'author.handle' is missing".to_string())?;
    let handle = strip_at(&handle);
    let id = opt_string(a, "id")
        .map_err(|m| format!("author: {m}"))?
        .unwrap_or_else(|| handle.clone());
    let followers = match a.get("followers") {
        None | Some(Value::Null) => None,
        Some(Value::Number(n)) => Some(
            n.as_u64()
                .ok_or_else(|| "field 'author.followers' must be a whole number".to_string())?,
        ),
        Some(_) => return Err("field 'author.followers' must be a number".into()),
    };
    Ok(Author {
        id,
        handle,
        name: opt_string(a, "name").map_err(|m| format!("author: {m}"))?,
        followers,
        bio: opt_string(a, "bio").map_err(|m| format!("author: {m}"))?,
    })
}

fn opt_string(map: &Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(_) => Err(format!("field '{key}' must be a string")),
    }
}

fn strip_at(h: &str) -> String {
    h.trim().trim_start_matches('@').to_string()
}

/// Where `@handle` sits in the text, as character offsets; (0, 0) when the
/// handle is listed but not written out (Mastodon strips remote domains).
fn locate_mention(text: &str, handle: &str) -> (usize, usize) {
    let short = handle.split('@').next().unwrap_or(handle);
    let lower = text.to_lowercase();
    for candidate in [handle, short] {
        let needle = format!("@{}", candidate.to_lowercase());
        if let Some(byte) = lower.find(&needle) {
            if lower.len() == text.len() {
                let start = text[..byte].chars().count();
                return (start, start + needle.chars().count());
            }
        }
    }
    (0, 0)
}

#[cfg(test)]
mod tests {
    use super::super::parse_line;
    use crate::Network;

    #[test]
    fn parses_a_mastodon_mention() {
        let line = r#"{"network":"mastodon","id":"113","text":"@help Internet weg seit heute früh","author":{"id":"7","handle":"@lena@social.example","followers":80},"lang":"de","mentions":["help@ottermere.example"],"in_reply_to":{"id":"112","handle":"help@ottermere.example"}}"#;
        let m = parse_line(line, false).unwrap();
        assert_eq!(m.network, Network::Mastodon);
        assert_eq!(m.author.handle, "lena@social.example");
        assert_eq!(m.mentions[0].handle, "help@ottermere.example");
        assert_eq!((m.mentions[0].start, m.mentions[0].end), (0, 5));
        assert_eq!(m.in_reply_to_id.as_deref(), Some("112"));
    }

    #[test]
    fn bad_fields_are_named() {
        let cases = [
            (
                r#"{"network":"myspace","id":"1","text":"x","author":{"handle":"a"}}"#,
                "network",
            ),
            (
                r#"{"network":"x","id":"1","text":5,"author":{"handle":"a"}}"#,
                "text",
            ),
            (r#"{"network":"x","id":"1","text":"x"}"#, "author"),
            (
                r#"{"network":"x","text":"x","author":{"handle":"a"}}"#,
                "id",
            ),
            (
                r#"{"network":"x","id":"1","text":"x","author":{"handle":"a","followers":"many"}}"#,
                "author.followers",
            ),
            (
                r#"{"network":"x","id":"1","text":"x","author":{"handle":"a"},"created_at":"yesterday"}"#,
                "created_at",
            ),
        ];
        for (line, field) in cases {
            let err = parse_line(line, false).unwrap_err();
            assert!(err.message.contains(field), "{line}: {}", err.message);
        }
    }

    #[test]
    fn huge_text_is_rejected() {
        let text = "a".repeat(1024 * 1024);
        let line =
            format!(r#"{{"network":"x","id":"1","text":"{text}","author":{{"handle":"a"}}}}"#);
        let err = parse_line(&line, false).unwrap_err();
        assert!(err.message.contains("bytes"));
        assert_eq!(err.id.as_deref(), Some("1"));
    }
}
