//! Mastodon's `Notification` and `Status` entities (REST and streaming
//! share them) into earshot [`Mention`]s. Only here do Mastodon's JSON
//! shapes meet earshot's types.
//!
//! Choices that triage relies on:
//! - handles are full accounts: a remote `acct` is already `user@domain`,
//!   a local one (`user`) gets the instance's domain, so the plan's
//!   `brand@instance` matches both;
//! - the text is what a reader sees (see [`crate::html`]), and a content
//!   warning (`spoiler_text`) is appended after it rather than put first,
//!   because triage reads a handle that opens the post as "addressed to";
//! - `mentions[]` become [`MentionedHandle`]s with the character offsets of
//!   the `@name` in that text; `in_reply_to_account_id` is resolved to a
//!   handle through them (Mastodon adds the replied-to account there);
//! - a boost (`reblog`) is a repost with a reference to the boosted post.

use crate::html;
use chrono::{DateTime, Utc};
use earshot_core::wire::{WireError, MAX_TEXT_BYTES};
use earshot_core::{Author, Mention, MentionedHandle, Network, Reference, ReferenceKind};
use serde::Deserialize;
use serde_json::value::RawValue;

#[derive(Deserialize)]
struct Notification<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default, borrow)]
    status: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct Status {
    id: String,
    #[serde(default)]
    created_at: Option<String>,
    #[serde(default)]
    in_reply_to_id: Option<String>,
    #[serde(default)]
    in_reply_to_account_id: Option<String>,
    #[serde(default)]
    spoiler_text: Option<String>,
    #[serde(default)]
    visibility: Option<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    content: Option<String>,
    account: Account,
    #[serde(default)]
    mentions: Vec<StatusMention>,
    #[serde(default)]
    reblog: Option<Box<Status>>,
}

#[derive(Deserialize)]
struct Account {
    id: String,
    #[serde(default)]
    username: Option<String>,
    acct: String,
    #[serde(default)]
    display_name: Option<String>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    followers_count: Option<u64>,
}

#[derive(Deserialize)]
struct StatusMention {
    id: String,
    #[serde(default)]
    username: Option<String>,
    acct: String,
}

/// One notification from the stream or the notifications list.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// The notification's id: the connector's cursor.
    pub id: String,
    /// The mention, for notifications of type `mention`; other types
    /// (follows, favourites, boosts of the brand's posts) carry none.
    pub mention: Option<Mention>,
    /// The status was sent with `visibility: direct` (a private message).
    pub direct: bool,
}

/// Parse a `Notification` JSON document. `instance_domain` qualifies
/// local accounts.
pub fn parse_notification(json: &str, instance_domain: &str) -> Result<Notice, WireError> {
    let n: Notification = serde_json::from_str(json)
        .map_err(|e| WireError::new(None, format!("not a Mastodon notification: {e}")))?;
    if n.id.is_empty() {
        return Err(WireError::new(
            None,
            "field 'id' of the notification is empty",
        ));
    }
    if n.kind != "mention" {
        return Ok(Notice {
            id: n.id,
            mention: None,
            direct: false,
        });
    }
    let Some(status) = n.status else {
        return Err(WireError::new(
            Some(n.id),
            "a mention notification without 'status'",
        ));
    };
    let (mention, direct) = parse_status_inner(status.get(), instance_domain)
        .map_err(|e| WireError::new(e.id.or(Some(n.id.clone())), e.message))?;
    Ok(Notice {
        id: n.id,
        mention: Some(mention),
        direct,
    })
}

/// Parse a `Status` JSON document into a mention, keeping the document in
/// [`Mention::raw`].
pub fn parse_status(json: &str, instance_domain: &str) -> Result<Mention, WireError> {
    parse_status_inner(json, instance_domain).map(|(m, _)| m)
}

/// Whether a stored status payload was a direct (private) message.
pub fn is_direct(raw_status: &str) -> bool {
    #[derive(Deserialize)]
    struct Visibility {
        #[serde(default)]
        visibility: Option<String>,
    }
    serde_json::from_str::<Visibility>(raw_status)
        .ok()
        .and_then(|v| v.visibility)
        .is_some_and(|v| v == "direct")
}

fn parse_status_inner(json: &str, domain: &str) -> Result<(Mention, bool), WireError> {
    let status: Status = serde_json::from_str(json)
        .map_err(|e| WireError::new(status_id(json), format!("not a Mastodon status: {e}")))?;
    let direct = status.visibility.as_deref() == Some("direct");
    let mut mention = mention_from_status(status, domain)?;
    mention.raw = Some(json.to_string());
    Ok((mention, direct))
}

/// The id of a status that failed to parse, if it can be read at all.
fn status_id(json: &str) -> Option<String> {
    serde_json::from_str::<serde_json::Value>(json)
        .ok()?
        .get("id")?
        .as_str()
        .map(str::to_string)
}

/// `acct` as a full handle: remote accounts already are `user@domain`.
pub fn qualify(acct: &str, domain: &str) -> String {
    let acct = acct.trim_start_matches('@');
    if acct.contains('@') || domain.is_empty() {
        acct.to_string()
    } else {
        format!("{acct}@{domain}")
    }
}

fn mention_from_status(s: Status, domain: &str) -> Result<Mention, WireError> {
    if s.id.is_empty() {
        return Err(WireError::new(None, "field 'id' of the status is empty"));
    }
    let id = s.id.clone();
    let fail = |msg: String| WireError::new(Some(id.clone()), msg);
    let created_at = s
        .created_at
        .as_deref()
        .map(|t| {
            DateTime::parse_from_rfc3339(t)
                .map(|t| t.with_timezone(&Utc))
                .map_err(|e| fail(format!("field 'created_at' is not an ISO 8601 time: {e}")))
        })
        .transpose()?;
    let author = author(&s.account, domain);

    if let Some(boosted) = s.reblog {
        // A boost carries no text of its own: the boosted post's text and
        // a reference to it, so the desk can show what was passed on.
        let original = mention_from_status(*boosted, domain)?;
        let text = original.text.clone();
        check_text(&id, &text)?;
        return Ok(Mention {
            network: Network::Mastodon,
            external_id: s.id,
            author,
            text,
            created_at,
            lang: original.lang.clone(),
            conversation_id: None,
            in_reply_to_id: None,
            in_reply_to_user_id: None,
            in_reply_to_handle: None,
            mentions: Vec::new(),
            references: vec![Reference {
                kind: ReferenceKind::Reposted,
                id: original.external_id,
                author_id: Some(original.author.id),
                author_handle: Some(original.author.handle),
                text: Some(original.text),
            }],
            is_repost: true,
            raw: None,
        });
    }

    let mut text = html::to_text(s.content.as_deref().unwrap_or(""));
    if let Some(cw) = s
        .spoiler_text
        .as_deref()
        .map(plain)
        .filter(|t| !t.is_empty())
    {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str("CW: ");
        text.push_str(&cw);
    }
    check_text(&id, &text)?;

    let mentions = locate_mentions(&text, &s.mentions, domain);
    let in_reply_to_handle = s.in_reply_to_account_id.as_deref().and_then(|uid| {
        if uid == s.account.id {
            Some(author.handle.clone())
        } else {
            s.mentions
                .iter()
                .find(|m| m.id == uid)
                .map(|m| qualify(&m.acct, domain))
        }
    });
    let references = s
        .in_reply_to_id
        .as_ref()
        .map(|parent| Reference {
            kind: ReferenceKind::RepliedTo,
            id: parent.clone(),
            author_id: s.in_reply_to_account_id.clone(),
            author_handle: in_reply_to_handle.clone(),
            text: None,
        })
        .into_iter()
        .collect();

    Ok(Mention {
        network: Network::Mastodon,
        external_id: s.id,
        author,
        text,
        created_at,
        lang: s.language.filter(|l| !l.is_empty()),
        // Mastodon's API does not expose the thread root; the store groups
        // by the post replied to instead.
        conversation_id: None,
        in_reply_to_id: s.in_reply_to_id,
        in_reply_to_user_id: s.in_reply_to_account_id,
        in_reply_to_handle,
        mentions,
        references,
        is_repost: false,
        raw: None,
    })
}

fn author(a: &Account, domain: &str) -> Author {
    let handle = qualify(&a.acct, domain);
    let name = a
        .display_name
        .as_deref()
        .map(plain)
        .filter(|n| !n.is_empty())
        .or_else(|| a.username.clone());
    Author {
        id: a.id.clone(),
        handle,
        name,
        followers: a.followers_count,
        bio: a
            .note
            .as_deref()
            .map(html::to_text)
            .filter(|b| !b.is_empty()),
    }
}

/// Plain-text fields (display names, content warnings) keep their
/// characters but lose control characters.
fn plain(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect::<String>()
        .trim()
        .to_string()
}

fn check_text(id: &str, text: &str) -> Result<(), WireError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(WireError::new(
            Some(id.to_string()),
            format!(
                "field 'content' is {} bytes as text, more than the {MAX_TEXT_BYTES} allowed",
                text.len()
            ),
        ));
    }
    Ok(())
}

/// Each mentioned account with the character offsets of its `@name` in
/// the text. Mastodon shows a mention as `@username` (the HTML hides the
/// domain), a person may type `@user@domain`; the longest form found
/// wins. An account Mastodon lists but the text does not show (rare: a
/// reply's implicit recipients) gets an empty span at the end.
fn locate_mentions(text: &str, mentions: &[StatusMention], domain: &str) -> Vec<MentionedHandle> {
    let lower = text.to_lowercase();
    // Byte offsets into `lower` only line up with `text` when lowercasing
    // kept every length; otherwise search the text as it is.
    let haystack = if lower.len() == text.len() {
        &lower
    } else {
        text
    };
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let char_len = text.chars().count();
    mentions
        .iter()
        .map(|m| {
            let handle = qualify(&m.acct, domain);
            let mut forms = vec![handle.clone(), m.acct.clone()];
            if let Some(u) = &m.username {
                forms.push(u.clone());
            }
            let found = forms.iter().find_map(|form| {
                let needle = format!("@{}", form.to_lowercase());
                find_at_boundary(haystack, &needle, &taken)
            });
            let (start, end) = match found {
                Some((s, e)) => {
                    taken.push((s, e));
                    (text[..s].chars().count(), text[..e].chars().count())
                }
                None => (char_len, char_len),
            };
            MentionedHandle {
                handle,
                user_id: Some(m.id.clone()),
                start,
                end,
            }
        })
        .collect()
}

/// The first occurrence of `needle` not inside a word or a longer handle,
/// and not overlapping a span already taken.
fn find_at_boundary(hay: &str, needle: &str, taken: &[(usize, usize)]) -> Option<(usize, usize)> {
    let handle_char = |c: char| c.is_alphanumeric() || matches!(c, '_' | '@' | '-');
    let mut from = 0;
    while let Some(pos) = hay.get(from..)?.find(needle) {
        let start = from + pos;
        let end = start + needle.len();
        let before_ok = hay[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !handle_char(c));
        // A dot may end a sentence, but `@name.other` is another domain.
        let after = &hay[end..];
        let after_ok = match after.chars().next() {
            None => true,
            Some('.') => !after[1..].starts_with(|c: char| c.is_alphanumeric()),
            Some(c) => !handle_char(c),
        };
        if before_ok && after_ok && !taken.iter().any(|&(s, e)| start < e && s < end) {
            return Some((start, end));
        }
        from = start + 1;
        while !hay.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOMAIN: &str = "example.social";

    fn mention_json() -> String {
        serde_json::json!({
            "id": "57",
            "type": "mention",
            "created_at": "2026-11-23T19:00:00.000Z",
            "account": {"id": "900", "username": "dana", "acct": "dana@mastodon.online"},
            "status": {
                "id": "113500000000000042",
                "created_at": "2026-11-23T19:00:00.000Z",
                "in_reply_to_id": "113500000000000040",
                "in_reply_to_account_id": "1",
                "sensitive": false,
                "spoiler_text": "",
                "visibility": "public",
                "language": "en",
                "uri": "https://mastodon.online/users/dana/statuses/113500000000000042",
                "content": "<p><span class=\"h-card\"><a href=\"https://example.social/@northwind\" class=\"u-url mention\">@<span>northwind</span></a></span> still no internet &amp; the router&#39;s light is red</p>",
                "account": {"id": "900", "username": "dana", "acct": "dana@mastodon.online",
                            "display_name": "Dana R", "note": "<p>cats &amp; fibre</p>",
                            "followers_count": 312},
                "mentions": [{"id": "1", "username": "northwind", "acct": "northwind", "url": "https://example.social/@northwind"}],
                "reblog": null
            }
        })
        .to_string()
    }

    #[test]
    fn a_mention_notification_becomes_a_mention() {
        let n = parse_notification(&mention_json(), DOMAIN).unwrap();
        assert_eq!(n.id, "57");
        assert!(!n.direct);
        let m = n.mention.unwrap();
        assert_eq!(m.network, Network::Mastodon);
        assert_eq!(m.external_id, "113500000000000042");
        assert_eq!(m.author.handle, "dana@mastodon.online");
        assert_eq!(m.author.name.as_deref(), Some("Dana R"));
        assert_eq!(m.author.bio.as_deref(), Some("cats & fibre"));
        assert_eq!(m.author.followers, Some(312));
        assert_eq!(
            m.text,
            "@northwind still no internet & the router's light is red"
        );
        assert_eq!(
            m.in_reply_to_handle.as_deref(),
            Some("northwind@example.social")
        );
        assert_eq!(m.in_reply_to_user_id.as_deref(), Some("1"));
        assert_eq!(m.replied_to().unwrap().id, "113500000000000040");
        assert_eq!(m.mentions.len(), 1);
        assert_eq!(m.mentions[0].handle, "northwind@example.social");
        assert_eq!((m.mentions[0].start, m.mentions[0].end), (0, 10));
        assert_eq!(m.lang.as_deref(), Some("en"));
        assert!(m
            .raw
            .as_deref()
            .unwrap()
            .contains("\"visibility\":\"public\""));
    }

    #[test]
    fn other_notification_types_carry_no_mention() {
        let follow = r#"{"id":"58","type":"follow","account":{"id":"2","acct":"x"}}"#;
        let n = parse_notification(follow, DOMAIN).unwrap();
        assert_eq!((n.id.as_str(), n.mention), ("58", None));
    }

    #[test]
    fn offsets_count_characters_and_prefer_the_full_handle() {
        let status = serde_json::json!({
            "id": "9", "content": "<p>Grüße 👋 @lena@social.example und @northwind</p>",
            "spoiler_text": "internet", "visibility": "direct",
            "account": {"id": "5", "acct": "ben"},
            "mentions": [
                {"id": "1", "username": "northwind", "acct": "northwind"},
                {"id": "7", "username": "lena", "acct": "lena@social.example"},
                {"id": "8", "username": "ghost", "acct": "ghost@elsewhere.example"}
            ]
        })
        .to_string();
        let m = parse_status(&status, DOMAIN).unwrap();
        assert_eq!(
            m.text,
            "Grüße 👋 @lena@social.example und @northwind\n\nCW: internet"
        );
        assert_eq!(m.author.handle, "ben@example.social");
        let chars: Vec<char> = m.text.chars().collect();
        let span = |h: &MentionedHandle| chars[h.start..h.end].iter().collect::<String>();
        assert_eq!(span(&m.mentions[0]), "@northwind");
        assert_eq!(span(&m.mentions[1]), "@lena@social.example");
        assert_eq!(m.mentions[2].start, chars.len());
        assert!(is_direct(&status));
    }

    #[test]
    fn a_boost_is_a_repost_with_its_reference() {
        let status = serde_json::json!({
            "id": "20", "content": "", "visibility": "public",
            "account": {"id": "5", "acct": "ben"},
            "reblog": {"id": "19", "content": "<p>@northwind is down again</p>",
                       "account": {"id": "6", "acct": "amy@else.example"}}
        })
        .to_string();
        let m = parse_status(&status, DOMAIN).unwrap();
        assert!(m.is_repost);
        assert_eq!(m.text, "@northwind is down again");
        assert_eq!(m.references[0].kind, ReferenceKind::Reposted);
        assert_eq!(m.references[0].id, "19");
        assert_eq!(
            m.references[0].author_handle.as_deref(),
            Some("amy@else.example")
        );
    }

    #[test]
    fn bad_documents_name_the_problem() {
        let e = parse_notification("<html>502</html>", DOMAIN).unwrap_err();
        assert!(e.message.contains("not a Mastodon notification"), "{e}");
        let e = parse_notification(r#"{"id":"3","type":"mention"}"#, DOMAIN).unwrap_err();
        assert_eq!(e.id.as_deref(), Some("3"));
        let e =
            parse_status(r#"{"id":"4","content":"x","account":{"id":"1"}}"#, DOMAIN).unwrap_err();
        assert_eq!(e.id.as_deref(), Some("4"));
        let e = parse_status(
            r#"{"id":"5","created_at":"yesterday","account":{"id":"1","acct":"a"}}"#,
            DOMAIN,
        )
        .unwrap_err();
        assert!(e.message.contains("created_at"), "{e}");
        let huge = serde_json::json!({"id":"6","content": "a ".repeat(40_000),"account":{"id":"1","acct":"a"}}).to_string();
        assert!(parse_status(&huge, DOMAIN).is_err());
    }
}
