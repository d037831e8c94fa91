//! Jetstream events in, [`Mention`]s out.
//!
//! Jetstream (<https://github.com/bluesky-social/jetstream>) turns the AT
//! Protocol firehose into JSON text frames, one event each:
//! `{"did", "time_us", "kind": "commit" | "identity" | "account", ...}`.
//! A `commit` carries one record operation; only the creation of a post
//! (`app.bsky.feed.post`) or a repost (`app.bsky.feed.repost`) becomes a
//! mention. Deletes, updates and every other collection or kind are
//! [`Event::Other`]: not an error, only a cursor position.
//!
//! Facet offsets (`index.byteStart`/`byteEnd`) count UTF-8 *bytes* of the
//! post text; [`MentionedHandle`] counts characters, so they are converted
//! here. A facet whose range is outside the text or splits a character is
//! dropped, as the Bluesky docs tell clients to do.

use chrono::{DateTime, Utc};
use earshot_core::wire::{WireError, MAX_TEXT_BYTES};
use earshot_core::{Author, Mention, MentionedHandle, Network, Reference, ReferenceKind};
use serde::Deserialize;

pub const POST_COLLECTION: &str = "app.bsky.feed.post";
pub const REPOST_COLLECTION: &str = "app.bsky.feed.repost";
const MENTION_FEATURE: &str = "app.bsky.richtext.facet#mention";
const TAG_FEATURE: &str = "app.bsky.richtext.facet#tag";

/// One Jetstream event, as far as earshot cares.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A post or repost was created.
    Create(Box<Created>),
    /// An account's handle changed (or was first seen).
    Identity {
        time_us: i64,
        did: String,
        handle: Option<String>,
    },
    /// Anything else: deletes, updates, other collections, account events.
    Other { time_us: i64 },
}

impl Event {
    /// The event's position in the stream (microseconds since the epoch),
    /// which is the cursor to resume from.
    pub fn time_us(&self) -> i64 {
        match self {
            Event::Create(c) => c.time_us,
            Event::Identity { time_us, .. } | Event::Other { time_us } => *time_us,
        }
    }
}

/// A created post or repost with what earshot needs of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Created {
    pub time_us: i64,
    /// The author's DID.
    pub did: String,
    pub collection: String,
    pub rkey: String,
    pub cid: Option<String>,
    pub record: Record,
}

impl Created {
    /// `at://<did>/<collection>/<rkey>`: the record's URI, earshot's
    /// external id for it.
    pub fn uri(&self) -> String {
        format!("at://{}/{}/{}", self.did, self.collection, self.rkey)
    }

    pub fn is_repost(&self) -> bool {
        self.collection == REPOST_COLLECTION
    }

    /// DIDs the post mentions through facets.
    pub fn mentioned_dids(&self) -> impl Iterator<Item = &str> {
        self.record
            .facets
            .iter()
            .flat_map(|f| f.features.iter())
            .filter(|f| f.kind == MENTION_FEATURE)
            .filter_map(|f| f.did.as_deref())
    }

    /// Hashtags the post carries through `#tag` facets (without `#`).
    pub fn tags(&self) -> impl Iterator<Item = &str> {
        self.record
            .facets
            .iter()
            .flat_map(|f| f.features.iter())
            .filter(|f| f.kind == TAG_FEATURE)
            .filter_map(|f| f.tag.as_deref())
    }

    /// The post's reply refs, if it is a reply.
    pub fn reply(&self) -> Option<&ReplyRefs> {
        self.record.reply.as_ref()
    }

    /// The URI of the post quoted (a record embed) or reposted.
    pub fn subject_uri(&self) -> Option<&str> {
        if let Some(s) = &self.record.subject {
            return Some(&s.uri);
        }
        let embed = self.record.embed.as_ref()?;
        let record = embed.get("record")?;
        // `app.bsky.embed.record`: {record: {uri, cid}};
        // `app.bsky.embed.recordWithMedia`: {record: {record: {uri, cid}}}.
        record
            .get("uri")
            .or_else(|| record.get("record").and_then(|r| r.get("uri")))
            .and_then(|u| u.as_str())
    }
}

/// The parts of an `app.bsky.feed.post` (or `.repost`) record earshot reads.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Record {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub langs: Vec<String>,
    #[serde(default, deserialize_with = "lenient_facets")]
    pub facets: Vec<Facet>,
    #[serde(default)]
    pub reply: Option<ReplyRefs>,
    #[serde(default)]
    pub embed: Option<serde_json::Value>,
    /// A repost's subject.
    #[serde(default)]
    pub subject: Option<StrongRef>,
}

/// `com.atproto.repo.strongRef`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
pub struct StrongRef {
    pub uri: String,
    pub cid: String,
}

/// A reply's thread root and direct parent.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
pub struct ReplyRefs {
    pub root: StrongRef,
    pub parent: StrongRef,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Facet {
    pub index: ByteSlice,
    #[serde(default)]
    pub features: Vec<Feature>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ByteSlice {
    pub byte_start: usize,
    pub byte_end: usize,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Feature {
    #[serde(rename = "$type", default)]
    pub kind: String,
    #[serde(default)]
    pub did: Option<String>,
    #[serde(default)]
    pub tag: Option<String>,
}

/// Facets are decoration: one malformed facet (a negative offset, a
/// missing index) drops that facet, not the post.
fn lenient_facets<'de, D>(d: D) -> Result<Vec<Facet>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let values = Option::<Vec<serde_json::Value>>::deserialize(d)?.unwrap_or_default();
    Ok(values
        .into_iter()
        .filter_map(|v| serde_json::from_value(v).ok())
        .collect())
}

#[derive(Deserialize)]
struct RawEvent {
    did: String,
    time_us: i64,
    kind: String,
    #[serde(default)]
    commit: Option<RawCommit>,
    #[serde(default)]
    identity: Option<RawIdentity>,
}

#[derive(Deserialize)]
struct RawCommit {
    operation: String,
    collection: String,
    rkey: String,
    #[serde(default)]
    cid: Option<String>,
    #[serde(default)]
    record: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct RawIdentity {
    #[serde(default)]
    handle: Option<String>,
}

/// Parse one Jetstream text frame.
pub fn parse_event(frame: &str) -> Result<Event, WireError> {
    let raw: RawEvent = serde_json::from_str(frame)
        .map_err(|e| WireError::new(None, format!("not a Jetstream event: {e}")))?;
    match raw.kind.as_str() {
        "commit" => {
            let Some(commit) = raw.commit else {
                return Err(WireError::new(None, "commit event without 'commit'"));
            };
            let wanted =
                commit.collection == POST_COLLECTION || commit.collection == REPOST_COLLECTION;
            if commit.operation != "create" || !wanted {
                return Ok(Event::Other {
                    time_us: raw.time_us,
                });
            }
            let id = format!("at://{}/{}/{}", raw.did, commit.collection, commit.rkey);
            let record_value = commit.record.ok_or_else(|| {
                WireError::new(Some(id.clone()), "field 'commit.record' is missing")
            })?;
            let record: Record = serde_json::from_value(record_value).map_err(|e| {
                WireError::new(Some(id.clone()), format!("field 'commit.record': {e}"))
            })?;
            if commit.collection == REPOST_COLLECTION && record.subject.is_none() {
                return Err(WireError::new(Some(id), "repost without 'subject'"));
            }
            check_text(&id, &record.text)?;
            Ok(Event::Create(Box::new(Created {
                time_us: raw.time_us,
                did: raw.did,
                collection: commit.collection,
                rkey: commit.rkey,
                cid: commit.cid,
                record,
            })))
        }
        "identity" => Ok(Event::Identity {
            time_us: raw.time_us,
            did: raw.did,
            handle: raw.identity.and_then(|i| i.handle),
        }),
        _ => Ok(Event::Other {
            time_us: raw.time_us,
        }),
    }
}

fn check_text(id: &str, text: &str) -> Result<(), WireError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(WireError::new(
            Some(id.to_string()),
            format!("field 'record.text' is {} bytes, too large", text.len()),
        ));
    }
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(WireError::new(
            Some(id.to_string()),
            "field 'record.text' contains a control character",
        ));
    }
    Ok(())
}

/// The DID an `at://` URI belongs to (`at://did:plc:x/app.bsky.feed.post/k`
/// → `did:plc:x`).
pub fn did_of_uri(uri: &str) -> Option<&str> {
    let rest = uri.strip_prefix("at://")?;
    let did = rest.split('/').next()?;
    did.starts_with("did:").then_some(did)
}

/// The character offsets of the byte range `[start, end)` of `text`, when
/// both ends fall on character boundaries inside the text.
pub fn char_range(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    if start > end
        || end > text.len()
        || !text.is_char_boundary(start)
        || !text.is_char_boundary(end)
    {
        return None;
    }
    let char_start = text[..start].chars().count();
    let char_end = char_start + text[start..end].chars().count();
    Some((char_start, char_end))
}

/// Build the mention of a created post or repost. `handle_of` gives the
/// handle of a DID when known (the identity cache); unknown DIDs stand in
/// for their handle. `raw` is the event frame, kept in [`Mention::raw`]
/// (the sender needs the post's cid and thread root from it).
pub fn to_mention(
    created: &Created,
    raw: &str,
    handle_of: &dyn Fn(&str) -> Option<String>,
) -> Mention {
    let record = &created.record;
    let text = record.text.clone();
    let handle = handle_of(&created.did).unwrap_or_else(|| created.did.clone());

    let mut mentions = Vec::new();
    for facet in &record.facets {
        for feature in &facet.features {
            if feature.kind != MENTION_FEATURE {
                continue;
            }
            let Some(did) = &feature.did else { continue };
            let Some((start, end)) =
                char_range(&text, facet.index.byte_start, facet.index.byte_end)
            else {
                continue;
            };
            let written = text[facet.index.byte_start..facet.index.byte_end]
                .trim()
                .trim_start_matches('@');
            let handle = if written.is_empty() {
                handle_of(did).unwrap_or_else(|| did.clone())
            } else {
                written.to_string()
            };
            mentions.push(MentionedHandle {
                handle,
                user_id: Some(did.clone()),
                start,
                end,
            });
        }
    }

    let mut references = Vec::new();
    let (mut conversation_id, mut in_reply_to_id) = (None, None);
    let (mut in_reply_to_user_id, mut in_reply_to_handle) = (None, None);
    if let Some(reply) = &record.reply {
        conversation_id = Some(reply.root.uri.clone());
        in_reply_to_id = Some(reply.parent.uri.clone());
        let parent_did = did_of_uri(&reply.parent.uri).map(str::to_string);
        let parent_handle = parent_did.as_deref().and_then(handle_of);
        in_reply_to_user_id = parent_did.clone();
        in_reply_to_handle = parent_handle.clone();
        references.push(Reference {
            kind: ReferenceKind::RepliedTo,
            id: reply.parent.uri.clone(),
            author_id: parent_did,
            author_handle: parent_handle,
            text: None,
        });
    }
    if let Some(subject) = created.subject_uri() {
        let did = did_of_uri(subject).map(str::to_string);
        references.push(Reference {
            kind: if created.is_repost() {
                ReferenceKind::Reposted
            } else {
                ReferenceKind::Quoted
            },
            id: subject.to_string(),
            author_handle: did.as_deref().and_then(handle_of),
            author_id: did,
            text: None,
        });
    }

    let created_at = record
        .created_at
        .as_deref()
        .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
        .map(|t| t.with_timezone(&Utc))
        .or_else(|| DateTime::<Utc>::from_timestamp_micros(created.time_us));

    Mention {
        network: Network::Bluesky,
        external_id: created.uri(),
        author: Author {
            id: created.did.clone(),
            handle,
            ..Author::default()
        },
        text,
        created_at,
        lang: record.langs.first().cloned(),
        conversation_id,
        in_reply_to_id,
        in_reply_to_user_id,
        in_reply_to_handle,
        mentions,
        references,
        is_repost: created.is_repost(),
        raw: Some(raw.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BRAND: &str = "did:plc:brand000000000000000000";

    fn post(text: &str, facets: &str, reply: &str) -> String {
        let text = serde_json::to_string(text).unwrap();
        format!(
            r#"{{"did":"did:plc:dana","time_us":1732380000000001,"kind":"commit","commit":{{"rev":"3lb","operation":"create","collection":"app.bsky.feed.post","rkey":"3lbabc","record":{{"$type":"app.bsky.feed.post","text":{text},"createdAt":"2026-11-23T16:40:00.000Z","langs":["en"],"facets":[{facets}]{reply}}},"cid":"bafypost"}}}}"#
        )
    }

    fn created(frame: &str) -> Created {
        match parse_event(frame).unwrap() {
            Event::Create(c) => *c,
            other => panic!("expected a create, got {other:?}"),
        }
    }

    #[test]
    fn byte_offsets_become_character_offsets_after_emoji_and_accents() {
        // "🔥 Café " is 4 + 1 + 5 + 1 = 11 bytes but 7 characters.
        let text = "🔥 Café @northwind.example still down";
        let start = text.find('@').unwrap();
        let end = start + "@northwind.example".len();
        assert_eq!(start, 11);
        let facet = format!(
            r#"{{"index":{{"byteStart":{start},"byteEnd":{end}}},"features":[{{"$type":"app.bsky.richtext.facet#mention","did":"{BRAND}"}}]}}"#
        );
        let frame = post(text, &facet, "");
        let m = to_mention(&created(&frame), &frame, &|_| None);
        assert_eq!(m.mentions.len(), 1);
        let h = &m.mentions[0];
        assert_eq!((h.start, h.end), (7, 25));
        let chars: String = text.chars().skip(h.start).take(h.end - h.start).collect();
        assert_eq!(chars, "@northwind.example");
        assert_eq!(h.handle, "northwind.example");
        assert_eq!(h.user_id.as_deref(), Some(BRAND));
        assert_eq!(m.external_id, "at://did:plc:dana/app.bsky.feed.post/3lbabc");
        assert_eq!(
            m.author.handle, "did:plc:dana",
            "unknown DIDs stand in for handles"
        );
        assert_eq!(m.lang.as_deref(), Some("en"));
        assert_eq!(m.raw.as_deref(), Some(frame.as_str()));
    }

    #[test]
    fn a_facet_splitting_a_character_or_past_the_end_is_dropped() {
        let text = "é @a.b";
        let bad = format!(
            r#"{{"index":{{"byteStart":1,"byteEnd":6}},"features":[{{"$type":"app.bsky.richtext.facet#mention","did":"{BRAND}"}}]}},{{"index":{{"byteStart":3,"byteEnd":99}},"features":[{{"$type":"app.bsky.richtext.facet#mention","did":"{BRAND}"}}]}},{{"index":{{"byteStart":-1}}}}"#
        );
        let frame = post(text, &bad, "");
        let c = created(&frame);
        let m = to_mention(&c, &frame, &|_| None);
        assert!(m.mentions.is_empty());
        assert_eq!(
            c.record.facets.len(),
            2,
            "the malformed facet alone was dropped"
        );
    }

    #[test]
    fn a_reply_names_its_parent_root_and_the_parent_author() {
        let reply = format!(
            r#","reply":{{"root":{{"uri":"at://{BRAND}/app.bsky.feed.post/root1","cid":"bafyroot"}},"parent":{{"uri":"at://{BRAND}/app.bsky.feed.post/par1","cid":"bafypar"}}}}"#
        );
        let frame = post(
            "still broken #NorthwindHelp",
            r#"{"index":{"byteStart":13,"byteEnd":27},"features":[{"$type":"app.bsky.richtext.facet#tag","tag":"NorthwindHelp"}]}"#,
            &reply,
        );
        let c = created(&frame);
        assert_eq!(c.tags().collect::<Vec<_>>(), vec!["NorthwindHelp"]);
        let m = to_mention(&c, &frame, &|did| {
            (did == BRAND).then(|| "northwind.example".to_string())
        });
        assert_eq!(
            m.conversation_id.as_deref(),
            Some(&*format!("at://{BRAND}/app.bsky.feed.post/root1"))
        );
        assert_eq!(
            m.in_reply_to_id.as_deref(),
            Some(&*format!("at://{BRAND}/app.bsky.feed.post/par1"))
        );
        assert_eq!(m.in_reply_to_user_id.as_deref(), Some(BRAND));
        assert_eq!(m.in_reply_to_handle.as_deref(), Some("northwind.example"));
        assert_eq!(m.replied_to().unwrap().author_id.as_deref(), Some(BRAND));
    }

    #[test]
    fn deletes_updates_other_collections_and_kinds_are_not_errors() {
        let frames = [
            r#"{"did":"did:plc:a","time_us":5,"kind":"commit","commit":{"rev":"r","operation":"delete","collection":"app.bsky.feed.post","rkey":"k"}}"#,
            r#"{"did":"did:plc:a","time_us":6,"kind":"commit","commit":{"rev":"r","operation":"update","collection":"app.bsky.feed.post","rkey":"k","record":{"text":"x"}}}"#,
            r#"{"did":"did:plc:a","time_us":7,"kind":"commit","commit":{"rev":"r","operation":"create","collection":"app.bsky.feed.like","rkey":"k","record":{}}}"#,
            r#"{"did":"did:plc:a","time_us":8,"kind":"account","account":{"active":true,"did":"did:plc:a","seq":1,"time":"2026-11-23T00:00:00Z"}}"#,
        ];
        for (i, f) in frames.iter().enumerate() {
            assert_eq!(
                parse_event(f).unwrap(),
                Event::Other {
                    time_us: 5 + i as i64
                }
            );
        }
        let id = r#"{"did":"did:plc:a","time_us":9,"kind":"identity","identity":{"did":"did:plc:a","handle":"dana.bsky.social","seq":2,"time":"2026-11-23T00:00:00Z"}}"#;
        assert_eq!(
            parse_event(id).unwrap(),
            Event::Identity {
                time_us: 9,
                did: "did:plc:a".into(),
                handle: Some("dana.bsky.social".into())
            }
        );
    }

    #[test]
    fn a_repost_is_marked_and_refers_to_its_subject() {
        let frame = format!(
            r#"{{"did":"did:plc:dana","time_us":3,"kind":"commit","commit":{{"operation":"create","collection":"app.bsky.feed.repost","rkey":"rp","record":{{"$type":"app.bsky.feed.repost","subject":{{"uri":"at://{BRAND}/app.bsky.feed.post/p","cid":"c"}},"createdAt":"2026-11-23T16:40:00Z"}},"cid":"c2"}}}}"#
        );
        let m = to_mention(&created(&frame), &frame, &|_| None);
        assert!(m.is_repost);
        assert_eq!(m.references[0].kind, ReferenceKind::Reposted);
        assert_eq!(m.references[0].author_id.as_deref(), Some(BRAND));
    }

    #[test]
    fn broken_frames_are_errors_naming_what_is_wrong() {
        assert!(parse_event("<html>502</html>")
            .unwrap_err()
            .message
            .contains("Jetstream"));
        let no_record = r#"{"did":"did:plc:a","time_us":1,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"k"}}"#;
        let e = parse_event(no_record).unwrap_err();
        assert_eq!(e.id.as_deref(), Some("at://did:plc:a/app.bsky.feed.post/k"));
        assert!(e.message.contains("record"));
        let ctl = post("bad\u{0007}bell", "", "");
        assert!(parse_event(&ctl).unwrap_err().message.contains("control"));
    }

    #[test]
    fn did_of_uri_reads_only_at_uris() {
        assert_eq!(
            did_of_uri("at://did:web:x.example/app.bsky.feed.post/1"),
            Some("did:web:x.example")
        );
        assert_eq!(did_of_uri("https://bsky.app/x"), None);
        assert_eq!(did_of_uri("at://handle.example/app.bsky.feed.post/1"), None);
    }
}
