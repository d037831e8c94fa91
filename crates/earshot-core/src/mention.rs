//! A mention: one post on a network that may concern the brand.

use crate::Network;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The person (or account) who wrote a post.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Author {
    /// The network's own id of the account (X user id, Mastodon account id, DID, email address).
    pub id: String,
    /// The handle without a leading `@` (`danareyes`, `lena@social.example`, `dana.bsky.social`).
    pub handle: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followers: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
}

/// How a post refers to another post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceKind {
    RepliedTo,
    Quoted,
    Reposted,
}

/// Another post this one replies to, quotes or reposts, with what the
/// payload told us about it (X delivers referenced posts in `includes`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    pub kind: ReferenceKind,
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author_handle: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// An @-mention inside the text. `start`/`end` are character (code point)
/// offsets into [`Mention::text`], end exclusive, as X reports them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionedHandle {
    pub handle: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// One post, parsed from its wire format. The raw payload is kept alongside
/// so nothing the network sent is lost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub network: Network,
    /// The network's own id of the post (as a string: X ids overflow f64).
    pub external_id: String,
    pub author: Author,
    /// The text as the network delivered it (HTML entities included).
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The id of the first post of the conversation (thread root).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<String>,
    /// The post this one replies to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_reply_to_id: Option<String>,
    /// The author of the post replied to (network user id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_reply_to_user_id: Option<String>,
    /// The handle of the author replied to, where the payload told us.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_reply_to_handle: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<MentionedHandle>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    /// A retweet/boost/repost of someone else's post.
    #[serde(default)]
    pub is_repost: bool,
    /// The wire payload exactly as received (one JSON document or CSV row).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
}

impl Mention {
    /// The referenced post this one replies to, with what is known of it.
    pub fn replied_to(&self) -> Option<&Reference> {
        self.references
            .iter()
            .find(|r| r.kind == ReferenceKind::RepliedTo)
    }

    /// The key that groups posts of one conversation: the thread root when
    /// the network gives one, else the post replied to, else the post itself.
    pub fn conversation_key(&self) -> &str {
        self.conversation_id
            .as_deref()
            .or(self.in_reply_to_id.as_deref())
            .unwrap_or(&self.external_id)
    }
}
