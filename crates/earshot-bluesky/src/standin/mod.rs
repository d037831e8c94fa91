//! Stand-ins for Bluesky's servers, for tests: a Jetstream
//! ([`Jetstream`]: WebSocket `/subscribe` with replay from `cursor`,
//! `wantedCollections`, and faults) and a PDS ([`Pds`]: the XRPC methods
//! earshot calls, with sessions, record-key uniqueness, `ratelimit-*`
//! headers and faults). Both listen on `127.0.0.1:0` and speak the real
//! wire formats; [`Post`] builds Jetstream commit frames the way the
//! network writes them (facet offsets in UTF-8 bytes).

mod jetstream;
mod pds;

pub use jetstream::{Jetstream, JetstreamFault};
pub use pds::{Pds, PdsFault};

use serde_json::{json, Value};

/// A post to put on the stand-in Jetstream.
#[derive(Debug, Clone)]
pub struct Post {
    pub did: String,
    pub rkey: String,
    pub time_us: i64,
    pub text: String,
    pub cid: String,
    facets: Vec<Value>,
    reply: Option<Value>,
}

impl Post {
    pub fn new(did: &str, rkey: &str, time_us: i64, text: &str) -> Post {
        Post {
            did: did.to_string(),
            rkey: rkey.to_string(),
            time_us,
            text: text.to_string(),
            cid: format!("bafyrei{}", rkey.to_ascii_lowercase()),
            facets: Vec::new(),
            reply: None,
        }
    }

    /// `at://did/app.bsky.feed.post/rkey`.
    pub fn uri(&self) -> String {
        format!("at://{}/app.bsky.feed.post/{}", self.did, self.rkey)
    }

    /// A mention facet over the first `@handle` in the text, as the
    /// Bluesky app writes it (byte offsets).
    pub fn mention(mut self, handle: &str, did: &str) -> Post {
        let needle = format!("@{handle}");
        if let Some(start) = self.text.find(&needle) {
            self.facets.push(json!({
                "$type": "app.bsky.richtext.facet",
                "index": {"byteStart": start, "byteEnd": start + needle.len()},
                "features": [{"$type": "app.bsky.richtext.facet#mention", "did": did}],
            }));
        }
        self
    }

    /// A tag facet over the first `#tag` in the text.
    pub fn tag(mut self, tag: &str) -> Post {
        let needle = format!("#{tag}");
        if let Some(start) = self.text.find(&needle) {
            self.facets.push(json!({
                "index": {"byteStart": start, "byteEnd": start + needle.len()},
                "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": tag}],
            }));
        }
        self
    }

    /// A reply to `parent`, in the thread started by `root`.
    pub fn reply_to(mut self, root: &Post, parent: &Post) -> Post {
        self.reply = Some(json!({
            "root": {"uri": root.uri(), "cid": root.cid},
            "parent": {"uri": parent.uri(), "cid": parent.cid},
        }));
        self
    }

    /// The Jetstream commit event of this post's creation.
    pub fn frame(&self) -> String {
        let created = chrono::DateTime::<chrono::Utc>::from_timestamp_micros(self.time_us)
            .unwrap_or_default()
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        let mut record = json!({
            "$type": "app.bsky.feed.post",
            "text": self.text,
            "createdAt": created,
            "langs": ["en"],
        });
        if !self.facets.is_empty() {
            record["facets"] = Value::Array(self.facets.clone());
        }
        if let Some(r) = &self.reply {
            record["reply"] = r.clone();
        }
        json!({
            "did": self.did,
            "time_us": self.time_us,
            "kind": "commit",
            "commit": {
                "rev": format!("3rev{}", self.time_us),
                "operation": "create",
                "collection": "app.bsky.feed.post",
                "rkey": self.rkey,
                "record": record,
                "cid": self.cid,
            },
        })
        .to_string()
    }
}

/// A Jetstream `identity` event (a handle seen or changed).
pub fn identity_frame(did: &str, handle: &str, time_us: i64) -> String {
    json!({
        "did": did,
        "time_us": time_us,
        "kind": "identity",
        "identity": {"did": did, "handle": handle, "seq": time_us, "time": "2026-11-23T19:00:00.000Z"},
    })
    .to_string()
}

/// A Jetstream commit event deleting a post.
pub fn delete_frame(did: &str, rkey: &str, time_us: i64) -> String {
    json!({
        "did": did,
        "time_us": time_us,
        "kind": "commit",
        "commit": {"rev": "3rev", "operation": "delete", "collection": "app.bsky.feed.post", "rkey": rkey},
    })
    .to_string()
}

/// The `time_us` field of a frame, if it has one.
pub(crate) fn frame_time(frame: &str) -> Option<i64> {
    serde_json::from_str::<Value>(frame)
        .ok()?
        .get("time_us")?
        .as_i64()
}

/// The collection of a commit frame, if it is one.
pub(crate) fn frame_collection(frame: &str) -> Option<String> {
    serde_json::from_str::<Value>(frame)
        .ok()?
        .get("commit")?
        .get("collection")?
        .as_str()
        .map(str::to_string)
}
