//! X API v2 filtered-stream messages:
//! `{"data": {tweet}, "includes": {"users": [...], "tweets": [...]}, "matching_rules": [...]}`.

use super::{check_text, WireError};
use crate::{Author, Mention, MentionedHandle, Network, Reference, ReferenceKind};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use std::borrow::Cow;

// The payload types borrow their strings from the line where JSON needs
// no unescaping: a message carries users and posts besides the author's,
// and only what the mention keeps is copied.

#[derive(Deserialize)]
pub(crate) struct StreamMessage<'a> {
    #[serde(borrow)]
    data: Tweet<'a>,
    #[serde(borrow, default)]
    includes: Includes<'a>,
}

#[derive(Deserialize, Default)]
struct Includes<'a> {
    #[serde(borrow, default)]
    users: Vec<User<'a>>,
    #[serde(borrow, default)]
    tweets: Vec<Tweet<'a>>,
}

#[derive(Deserialize)]
pub(crate) struct Tweet<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    text: Cow<'a, str>,
    #[serde(borrow, default)]
    author_id: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    created_at: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    conversation_id: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    in_reply_to_user_id: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    lang: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    referenced_tweets: Vec<ReferencedTweet<'a>>,
    #[serde(borrow, default)]
    entities: Option<Entities<'a>>,
}

#[derive(Deserialize)]
struct ReferencedTweet<'a> {
    #[serde(rename = "type", borrow)]
    kind: Cow<'a, str>,
    #[serde(borrow)]
    id: Cow<'a, str>,
}

#[derive(Deserialize, Default)]
struct Entities<'a> {
    #[serde(borrow, default)]
    mentions: Vec<EntityMention<'a>>,
}

#[derive(Deserialize)]
struct EntityMention<'a> {
    start: usize,
    end: usize,
    #[serde(borrow)]
    username: Cow<'a, str>,
    #[serde(borrow, default)]
    id: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct User<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    username: Cow<'a, str>,
    #[serde(borrow, default)]
    name: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    description: Option<Cow<'a, str>>,
    #[serde(default)]
    public_metrics: Option<UserMetrics>,
}

#[derive(Deserialize)]
struct UserMetrics {
    #[serde(default)]
    followers_count: Option<u64>,
}

fn owned(s: &Option<Cow<'_, str>>) -> Option<String> {
    s.as_deref().map(str::to_string)
}

/// Build the mention of an already typed stream message (the fast path of
/// [`super::parse_line`]: no intermediate `serde_json::Value`).
pub(crate) fn mention_from_message(msg: StreamMessage<'_>) -> Result<Mention, WireError> {
    mention_from_tweet(msg.data, &msg.includes)
}

/// Parse a decoded X v2 stream message.
pub fn parse_stream_message(value: serde_json::Value) -> Result<Mention, WireError> {
    let id = value
        .get("data")
        .and_then(|d| d.get("id"))
        .and_then(|v| v.as_str())
        .map(str::to_string);
    if let Some(data) = value.get("data") {
        if !data.is_object() {
            return Err(WireError::new(id, "field 'data' must be an object"));
        }
        if data.get("text").is_none() {
            return Err(WireError::new(id, "field 'data.text' is missing"));
        }
        if !data.get("text").is_some_and(|t| t.is_string()) {
            return Err(WireError::new(id, "field 'data.text' must be a string"));
        }
        if id.is_none() {
            return Err(WireError::new(
                None,
                "field 'data.id' is missing or not a string",
            ));
        }
    }
    let msg = StreamMessage::deserialize(&value)
        .map_err(|e| WireError::new(id.clone(), format!("not an X v2 stream message: {e}")))?;
    mention_from_tweet(msg.data, &msg.includes)
}

fn mention_from_tweet(tweet: Tweet<'_>, includes: &Includes<'_>) -> Result<Mention, WireError> {
    check_text(&tweet.id, &tweet.text)?;
    let user_by_id = |id: &str| includes.users.iter().find(|u| u.id == id);
    let tweet_by_id = |id: &str| includes.tweets.iter().find(|t| t.id == id);

    let author_id = tweet.author_id.as_deref().unwrap_or_default();
    let author = match user_by_id(author_id) {
        Some(u) => Author {
            id: u.id.to_string(),
            handle: u.username.to_string(),
            name: owned(&u.name),
            followers: u.public_metrics.as_ref().and_then(|m| m.followers_count),
            bio: owned(&u.description),
        },
        None => Author {
            id: author_id.to_string(),
            handle: author_id.to_string(),
            ..Author::default()
        },
    };

    let created_at = match tweet.created_at.as_deref() {
        Some(s) => Some(
            DateTime::parse_from_rfc3339(s)
                .map_err(|e| {
                    WireError::new(
                        Some(tweet.id.to_string()),
                        format!("field 'data.created_at' is not an RFC 3339 time: {e}"),
                    )
                })?
                .with_timezone(&Utc),
        ),
        None => None,
    };

    let mut references = Vec::with_capacity(tweet.referenced_tweets.len());
    let mut in_reply_to_id = None;
    let mut is_repost = false;
    for r in &tweet.referenced_tweets {
        let kind = match &*r.kind {
            "replied_to" => ReferenceKind::RepliedTo,
            "quoted" => ReferenceKind::Quoted,
            "retweeted" => ReferenceKind::Reposted,
            _ => continue,
        };
        if kind == ReferenceKind::RepliedTo {
            in_reply_to_id = Some(r.id.to_string());
        }
        if kind == ReferenceKind::Reposted {
            is_repost = true;
        }
        let referenced = tweet_by_id(&r.id);
        let ref_author_id = referenced.and_then(|t| owned(&t.author_id));
        let ref_author_handle = ref_author_id
            .as_deref()
            .and_then(user_by_id)
            .map(|u| u.username.to_string());
        references.push(Reference {
            kind,
            id: r.id.to_string(),
            author_id: ref_author_id,
            author_handle: ref_author_handle,
            text: referenced.map(|t| t.text.to_string()),
        });
    }

    let in_reply_to_handle = tweet
        .in_reply_to_user_id
        .as_deref()
        .and_then(user_by_id)
        .map(|u| u.username.to_string())
        .or_else(|| {
            references
                .iter()
                .find(|r| r.kind == ReferenceKind::RepliedTo)
                .and_then(|r| r.author_handle.clone())
        });

    let mentions = tweet
        .entities
        .map(|e| {
            e.mentions
                .into_iter()
                .map(|m| MentionedHandle {
                    handle: m.username.into_owned(),
                    user_id: m.id.map(Cow::into_owned),
                    start: m.start,
                    end: m.end,
                })
                .collect()
        })
        .unwrap_or_default();

    Ok(Mention {
        network: Network::X,
        external_id: tweet.id.into_owned(),
        author,
        text: tweet.text.into_owned(),
        created_at,
        lang: tweet.lang.map(Cow::into_owned),
        conversation_id: tweet.conversation_id.map(Cow::into_owned),
        in_reply_to_id,
        in_reply_to_user_id: tweet.in_reply_to_user_id.map(Cow::into_owned),
        in_reply_to_handle,
        mentions,
        references,
        is_repost,
        raw: None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::parse_line;
    use crate::ReferenceKind;

    const REPLY: &str = r#"{"data":{"id":"1859000000000000005","text":"@OttermereHelp still down, modem blinking red","author_id":"2001","created_at":"2026-11-20T08:15:00.000Z","conversation_id":"1859000000000000001","in_reply_to_user_id":"9001","lang":"en","referenced_tweets":[{"type":"replied_to","id":"1859000000000000003"}],"entities":{"mentions":[{"start":0,"end":14,"username":"OttermereHelp","id":"9001"}]}},"includes":{"users":[{"id":"2001","name":"Dana","username":"danareyes","public_metrics":{"followers_count":312}},{"id":"9001","name":"Ottermere Help","username":"OttermereHelp"}],"tweets":[{"id":"1859000000000000003","text":"@danareyes Sorry to hear that, can you tell us your area?","author_id":"9001"}]},"matching_rules":[{"id":"1","tag":"brand"}]}"#;

    #[test]
    fn parses_a_reply_with_includes() {
        let m = parse_line(REPLY, true).unwrap();
        assert_eq!(m.external_id, "1859000000000000005");
        assert_eq!(m.author.handle, "danareyes");
        assert_eq!(m.author.followers, Some(312));
        assert_eq!(m.in_reply_to_handle.as_deref(), Some("OttermereHelp"));
        assert_eq!(m.in_reply_to_id.as_deref(), Some("1859000000000000003"));
        assert_eq!(m.mentions[0].handle, "OttermereHelp");
        let parent = m.replied_to().unwrap();
        assert_eq!(parent.kind, ReferenceKind::RepliedTo);
        assert_eq!(parent.author_handle.as_deref(), Some("OttermereHelp"));
        assert_eq!(m.conversation_key(), "1859000000000000001");
        assert!(m.raw.is_some());
    }

    #[test]
    fn missing_text_names_the_field_and_keeps_the_id() {
        let err = parse_line(r#"{"data":{"id":"77"}}"#, false).unwrap_err();
        assert_eq!(err.id.as_deref(), Some("77"));
        assert!(err.message.contains("data.text"), "{}", err.message);
    }

    #[test]
    fn not_json_is_an_error_without_id() {
        let err = parse_line("{nope", false).unwrap_err();
        assert_eq!(err.id, None);
        assert!(err.message.contains("JSON"));
    }

    #[test]
    fn control_characters_are_rejected() {
        let line = r#"{"data":{"id":"5","text":"hi\u0000there"}}"#;
        let err = parse_line(line, false).unwrap_err();
        assert!(err.message.contains("control character"), "{}", err.message);
    }
}
