//! The inbound task: Jetstream over a WebSocket, the brand's posts picked
//! out of the whole network's, stored in batches, and the cursor saved.
//!
//! Jetstream sends every post on Bluesky; a post is kept when it mentions a
//! brand DID (mention facet) or handle, replies into a thread whose parent
//! or root is the brand's, quotes or reposts the brand, is the brand's own
//! post, or names a brand alias or hashtag from the plan.
//!
//! The cursor is the `time_us` of the last event *looked at*, saved only
//! after every kept post up to it is stored (each batch, at most every
//! `batch_wait`): a crash re-reads from there, never skips. On resume the
//! connector asks for `cursor - rewind` as Jetstream advises; the posts
//! read twice are dropped by the store (unique by network and id).

use crate::config::BlueskyConfig;
use crate::event::{self, did_of_uri, Created, Event};
use crate::xrpc::Xrpc;
use earshot_connect::backoff::Backoff;
use earshot_connect::Inbound;
use earshot_core::{Mention, Network};
use earshot_triage::Plan;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use tokio::time::{sleep, timeout, timeout_at, Instant};
use tokio_stream::StreamExt;
use tokio_tungstenite::tungstenite::{self, Message};
use tokio_util::sync::CancellationToken;

/// At most this many profiles are remembered; past it the cache starts
/// over (Jetstream names millions of accounts, earshot needs a few).
const PROFILE_CACHE_MAX: usize = 50_000;

/// What is known of an account.
#[derive(Debug, Clone, Default)]
struct Profile {
    handle: Option<String>,
    name: Option<String>,
    followers: Option<u64>,
    bio: Option<String>,
    /// `getProfile` was asked already (answered or not).
    looked_up: bool,
}

/// What marks a post as the brand's business.
#[derive(Debug, Default)]
pub struct BrandFilter {
    dids: HashSet<String>,
    /// Lower-case handles without `@`.
    handles: Vec<String>,
    /// Lower-case names and aliases.
    names: Vec<String>,
    /// Lower-case hashtags (names without spaces or punctuation).
    tags: Vec<String>,
}

impl BrandFilter {
    /// From the plan's Bluesky handles, the brand's name and aliases, and
    /// the configured account and DIDs.
    pub fn new(plan: &Plan, config: &BlueskyConfig) -> BrandFilter {
        let mut f = BrandFilter::default();
        for h in plan
            .handles(Network::Bluesky)
            .iter()
            .cloned()
            .chain(config.own_handle())
        {
            let h = h.trim().trim_start_matches('@').to_ascii_lowercase();
            if !h.is_empty() && !f.handles.contains(&h) {
                f.handles.push(h);
            }
        }
        for d in &config.brand_dids {
            f.add_did(d);
        }
        let brand = &plan.brand;
        for name in std::iter::once(&brand.name).chain(&brand.aliases) {
            let n = name.trim().to_lowercase();
            if n.chars().count() >= 3 && !f.names.contains(&n) {
                let tag: String = n
                    .chars()
                    .filter(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if tag.chars().count() >= 2 && !f.tags.contains(&tag) {
                    f.tags.push(tag);
                }
                f.names.push(n);
            }
        }
        f
    }

    pub fn add_did(&mut self, did: &str) {
        if did.starts_with("did:") {
            self.dids.insert(did.to_string());
        }
    }

    pub fn handles(&self) -> &[String] {
        &self.handles
    }

    pub fn is_brand_did(&self, did: &str) -> bool {
        self.dids.contains(did)
    }

    /// Whether the post is the brand's business.
    pub fn wants(&self, c: &Created) -> bool {
        let is_brand_uri = |uri: &str| did_of_uri(uri).is_some_and(|d| self.dids.contains(d));
        if self.dids.contains(&c.did) || c.mentioned_dids().any(|d| self.dids.contains(d)) {
            return true;
        }
        if let Some(r) = c.reply() {
            if is_brand_uri(&r.parent.uri) || is_brand_uri(&r.root.uri) {
                return true;
            }
        }
        if c.subject_uri().is_some_and(is_brand_uri) {
            return true;
        }
        if c.tags().any(|t| {
            let t = t.trim_start_matches('#').to_lowercase();
            self.tags.contains(&t)
        }) {
            return true;
        }
        let text = c.record.text.to_lowercase();
        self.handles
            .iter()
            .any(|h| contains_word(&text, &format!("@{h}")))
            || self.names.iter().any(|n| contains_word(&text, n))
            || self
                .tags
                .iter()
                .any(|t| contains_word(&text, &format!("#{t}")))
    }
}

/// `needle` in `text` with no letter, digit or handle character directly
/// around it (so "acme" is not found in "acmeville").
fn contains_word(text: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let mut from = 0;
    while let Some(pos) = text[from..].find(needle) {
        let start = from + pos;
        let end = start + needle.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let before_ok = before.is_none_or(|c| !word(c) && c != '@' && c != '#');
        let after_ok = match after {
            None => true,
            // "@brand.example." ends a sentence; "@brand.example.org" is
            // another handle.
            Some('.') | Some('-') => text[end + 1..].chars().next().is_none_or(|c| !word(c)),
            Some(c) => !word(c),
        };
        if before_ok && after_ok {
            return true;
        }
        from = start + needle.len().max(1);
        while !text.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

/// Jetstream's `/subscribe` URL for posts, from `cursor` when given.
/// `http(s)` bases are taken as `ws(s)`.
pub fn subscribe_url(base: &str, cursor: Option<i64>) -> String {
    let base = base.trim();
    let base = if let Some(rest) = base.strip_prefix("https://") {
        format!("wss://{rest}")
    } else if let Some(rest) = base.strip_prefix("http://") {
        format!("ws://{rest}")
    } else {
        base.to_string()
    };
    let base = base.trim_end_matches('/');
    let mut url = if base.ends_with("/subscribe") {
        base.to_string()
    } else {
        format!("{base}/subscribe")
    };
    url.push_str(if url.contains('?') { "&" } else { "?" });
    url.push_str("wantedCollections=");
    url.push_str(event::POST_COLLECTION);
    if let Some(c) = cursor {
        url.push_str(&format!("&cursor={c}"));
    }
    url
}

/// Why a connection ended.
enum Ended {
    Cancelled,
    /// Reconnect after the delay of this schedule.
    Retry(Schedule),
}

#[derive(Clone, Copy)]
enum Schedule {
    Network,
    Http,
    RateLimited,
}

pub(crate) struct Consumer {
    config: BlueskyConfig,
    inbound: Inbound,
    pds: Xrpc,
    appview: Xrpc,
    filter: BrandFilter,
    /// Brand handles not resolved to a DID yet.
    unresolved: Vec<String>,
    profiles: HashMap<String, Profile>,
    /// The cursor as last saved (time_us).
    saved: Option<i64>,
}

impl Consumer {
    pub(crate) fn new(config: BlueskyConfig, inbound: Inbound) -> Consumer {
        let filter = BrandFilter::new(inbound.engine().plan(), &config);
        let unresolved = filter.handles.clone();
        let pds = Xrpc::new(&config.pds_base(), config.request_timeout());
        let appview = Xrpc::new(&config.appview_base(), config.request_timeout());
        Consumer {
            config,
            inbound,
            pds,
            appview,
            filter,
            unresolved,
            profiles: HashMap::new(),
            saved: None,
        }
    }

    /// Run until `cancel`.
    pub(crate) async fn run(mut self, cancel: CancellationToken) {
        let divisor = self.config.backoff_divisor.max(1);
        let mut network = Backoff::network().scaled_down(divisor);
        let mut http = Backoff::http().scaled_down(divisor);
        let mut limited = Backoff::rate_limited().scaled_down(divisor);
        let mut first = true;
        loop {
            if cancel.is_cancelled() {
                break;
            }
            if !first {
                self.inbound.health().reconnected();
            }
            first = false;
            self.resolve_brand().await;
            let ended = self
                .connect_and_read(&cancel, &mut [&mut network, &mut http, &mut limited])
                .await;
            self.inbound.health().set_connected(false);
            let delay = match ended {
                Ended::Cancelled => break,
                Ended::Retry(Schedule::Network) => network.next_delay(),
                Ended::Retry(Schedule::Http) => http.next_delay(),
                Ended::Retry(Schedule::RateLimited) => limited.next_delay(),
            };
            tracing::info!(
                connector = self.inbound.name(),
                delay_ms = delay.as_millis() as u64,
                "reconnecting to Jetstream"
            );
            tokio::select! {
                _ = cancel.cancelled() => break,
                _ = sleep(delay) => {}
            }
        }
        self.inbound.health().set_connected(false);
    }

    /// Resolve brand handles to DIDs through the PDS
    /// (`com.atproto.identity.resolveHandle`); what fails now is tried
    /// again on the next connection.
    async fn resolve_brand(&mut self) {
        let mut still = Vec::new();
        for handle in std::mem::take(&mut self.unresolved) {
            match self
                .pds
                .query(
                    "com.atproto.identity.resolveHandle",
                    &[("handle", &handle)],
                    None,
                    &[],
                )
                .await
            {
                Ok(v) => match v.get("did").and_then(Value::as_str) {
                    Some(did) if did.starts_with("did:") => {
                        tracing::info!(connector = self.inbound.name(), %handle, %did, "brand handle resolved");
                        self.filter.add_did(did);
                        self.profiles.insert(
                            did.to_string(),
                            Profile {
                                handle: Some(handle.clone()),
                                ..Profile::default()
                            },
                        );
                    }
                    _ => {
                        self.inbound.bad_message(&format!(
                            "resolveHandle of {handle}: no DID in the answer"
                        ));
                        still.push(handle);
                    }
                },
                Err(e) if e.status() == Some(400) => {
                    // The handle does not exist (a typo in the plan): no
                    // point asking again; text matches still work.
                    self.inbound
                        .bad_message(&format!("brand handle {handle} cannot be resolved: {e}"));
                }
                Err(e) => {
                    self.inbound
                        .bad_message(&format!("resolveHandle of {handle}: {e}"));
                    still.push(handle);
                }
            }
        }
        self.unresolved = still;
    }

    async fn saved_cursor(&mut self) -> Result<Option<i64>, String> {
        let stored = self.inbound.cursor().await.map_err(|e| e.to_string())?;
        let parsed = stored.as_deref().and_then(|s| s.trim().parse::<i64>().ok());
        if stored.is_some() && parsed.is_none() {
            self.inbound
                .bad_message(&"the saved cursor is not a time_us; starting from now");
        }
        self.saved = parsed;
        Ok(parsed)
    }

    async fn connect_and_read(
        &mut self,
        cancel: &CancellationToken,
        schedules: &mut [&mut Backoff; 3],
    ) -> Ended {
        let name = self.inbound.name().to_string();
        let cursor = match self.saved_cursor().await {
            Ok(c) => c,
            Err(e) => {
                self.inbound
                    .bad_message(&format!("cannot read the cursor: {e}"));
                return Ended::Retry(Schedule::Network);
            }
        };
        let from = cursor.map(|c| (c - self.config.rewind_us()).max(0));
        let url = subscribe_url(self.config.jetstream.as_deref().unwrap_or_default(), from);
        let connect = tokio_tungstenite::connect_async(url.as_str());
        let mut ws = tokio::select! {
            _ = cancel.cancelled() => return Ended::Cancelled,
            r = timeout(self.config.request_timeout(), connect) => match r {
                Err(_) => {
                    self.inbound.bad_message(&"Jetstream did not answer the WebSocket handshake in time");
                    return Ended::Retry(Schedule::Network);
                }
                Ok(Err(tungstenite::Error::Http(resp))) => {
                    let status = resp.status().as_u16();
                    self.inbound.bad_message(&format!("Jetstream refused the WebSocket: HTTP {status}"));
                    return Ended::Retry(if status == 429 { Schedule::RateLimited } else { Schedule::Http });
                }
                Ok(Err(e)) => {
                    self.inbound.bad_message(&format!("cannot connect to Jetstream: {e}"));
                    return Ended::Retry(Schedule::Network);
                }
                Ok(Ok((ws, _))) => ws,
            }
        };
        tracing::info!(connector = %name, cursor = ?from, "connected to Jetstream");
        self.inbound.health().set_connected(true);

        let stall = self.config.stall_timeout();
        let wait = self.config.batch_wait();
        let batch_max = self.config.batch_max.max(1);
        let mut batch: Vec<Mention> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        // time_us of the last event looked at on this connection.
        let mut position: Option<i64> = None;
        let mut next_flush = Instant::now() + wait;
        let mut got_any = false;
        // The stall clock runs from the last frame, not from the last
        // time the loop woke up (batch flushes wake it too).
        let mut last_frame = Instant::now();

        let ended = loop {
            let frame = tokio::select! {
                _ = cancel.cancelled() => break Ended::Cancelled,
                _ = tokio::time::sleep_until(next_flush) => {
                    if let Err(ended) = self.flush(&mut batch, &mut seen, position).await {
                        break ended;
                    }
                    next_flush = Instant::now() + wait;
                    continue;
                }
                f = timeout_at(last_frame + stall, ws.next()) => f,
            };
            let msg = match frame {
                Err(_) => {
                    self.inbound.bad_message(&format!(
                        "Jetstream sent nothing for {} ms; reconnecting",
                        stall.as_millis()
                    ));
                    break Ended::Retry(Schedule::Network);
                }
                Ok(None) => {
                    tracing::warn!(connector = %name, "Jetstream closed the connection");
                    self.inbound.health().error();
                    break Ended::Retry(Schedule::Network);
                }
                Ok(Some(Err(e))) => {
                    self.inbound
                        .bad_message(&format!("Jetstream connection failed: {e}"));
                    break Ended::Retry(Schedule::Network);
                }
                Ok(Some(Ok(m))) => m,
            };
            last_frame = Instant::now();
            if !got_any {
                got_any = true;
                for s in schedules.iter_mut() {
                    s.reset();
                }
            }
            match msg {
                Message::Text(text) => {
                    if let Some(t) = self
                        .handle_frame(text.as_str(), &mut batch, &mut seen)
                        .await
                    {
                        position = Some(position.map_or(t, |p| p.max(t)));
                    }
                }
                Message::Binary(b) => self.inbound.bad_message(&format!(
                    "a binary frame of {} bytes (compression was not asked for); skipped",
                    b.len()
                )),
                Message::Close(frame) => {
                    tracing::warn!(connector = %name, ?frame, "Jetstream closed the connection");
                    break Ended::Retry(Schedule::Network);
                }
                Message::Ping(_) | Message::Pong(_) | Message::Frame(_) => {}
            }
            if batch.len() >= batch_max {
                if let Err(ended) = self.flush(&mut batch, &mut seen, position).await {
                    break ended;
                }
                next_flush = Instant::now() + wait;
            }
        };
        // Keep what was read before the connection ended, as far as the
        // store takes it.
        if !batch.is_empty() || position.is_some() {
            let _ = self.flush(&mut batch, &mut seen, position).await;
        }
        let _ = ws.close(None).await;
        ended
    }

    /// Store the batch, then save `position` as the cursor. A store
    /// failure leaves the cursor where it was and ends the connection, so
    /// the posts are read again.
    async fn flush(
        &mut self,
        batch: &mut Vec<Mention>,
        seen: &mut HashSet<String>,
        position: Option<i64>,
    ) -> Result<(), Ended> {
        if !batch.is_empty() {
            let posts = std::mem::take(batch);
            seen.clear();
            if self.inbound.store_mentions(posts).await.is_err() {
                // store_mentions logged and counted it.
                return Err(Ended::Retry(Schedule::Network));
            }
        }
        if let Some(p) = position {
            if self.saved != Some(p) && self.saved.is_none_or(|s| p > s) {
                if let Err(e) = self.inbound.save_cursor(&p.to_string()).await {
                    self.inbound
                        .bad_message(&format!("cannot save the cursor: {e}"));
                    return Err(Ended::Retry(Schedule::Network));
                }
                self.saved = Some(p);
            }
        }
        Ok(())
    }

    /// Look at one frame; returns its `time_us` when it was a readable
    /// event.
    async fn handle_frame(
        &mut self,
        text: &str,
        batch: &mut Vec<Mention>,
        seen: &mut HashSet<String>,
    ) -> Option<i64> {
        let event = match event::parse_event(text) {
            Ok(e) => e,
            Err(e) => {
                self.inbound.bad_message(&e);
                return None;
            }
        };
        let t = event.time_us();
        match event {
            Event::Identity { did, handle, .. } => {
                // Only accounts earshot has met are remembered; the rest
                // would fill memory with the whole network.
                if let (Some(p), Some(h)) = (self.profiles.get_mut(&did), handle) {
                    p.handle = Some(h);
                }
            }
            Event::Other { .. } => {}
            Event::Create(created) => {
                if self.filter.wants(&created) && seen.insert(created.uri()) {
                    self.learn(&created).await;
                    let profiles = &self.profiles;
                    let handle_of = |did: &str| profiles.get(did).and_then(|p| p.handle.clone());
                    let mut mention = event::to_mention(&created, text, &handle_of);
                    if let Some(p) = profiles.get(&created.did) {
                        mention.author.name = p.name.clone();
                        mention.author.followers = p.followers;
                        mention.author.bio = p.bio.clone();
                    }
                    if self.filter.is_brand_did(&created.did) {
                        // The brand's own post: its handle is the brand's
                        // even before the identity is known.
                        if mention.author.handle.starts_with("did:") {
                            if let Some(h) = self.filter.handles.first() {
                                mention.author.handle = h.clone();
                            }
                        }
                    }
                    batch.push(mention);
                }
            }
        }
        Some(t)
    }

    /// Look up the author's profile (and the parent author's) when not
    /// known yet: `app.bsky.actor.getProfile`. A failure leaves the DID
    /// standing in for the handle.
    async fn learn(&mut self, c: &Created) {
        if self.profiles.len() > PROFILE_CACHE_MAX {
            let keep: Vec<(String, Profile)> = self
                .profiles
                .iter()
                .filter(|(d, _)| self.filter.dids.contains(*d))
                .map(|(d, p)| (d.clone(), p.clone()))
                .collect();
            self.profiles = keep.into_iter().collect();
        }
        let mut dids = vec![c.did.clone()];
        if let Some(parent) = c.reply().and_then(|r| did_of_uri(&r.parent.uri)) {
            dids.push(parent.to_string());
        }
        for did in dids {
            let known = self
                .profiles
                .get(&did)
                .is_some_and(|p| p.looked_up || p.handle.is_some());
            if known {
                continue;
            }
            let profile = match self
                .appview
                .query("app.bsky.actor.getProfile", &[("actor", &did)], None, &[])
                .await
            {
                Ok(v) => Profile {
                    handle: v
                        .get("handle")
                        .and_then(Value::as_str)
                        .filter(|h| *h != "handle.invalid")
                        .map(str::to_string),
                    name: v
                        .get("displayName")
                        .and_then(Value::as_str)
                        .filter(|n| !n.is_empty())
                        .map(str::to_string),
                    followers: v.get("followersCount").and_then(Value::as_u64),
                    bio: v
                        .get("description")
                        .and_then(Value::as_str)
                        .map(str::to_string),
                    looked_up: true,
                },
                Err(e) => {
                    tracing::debug!(connector = self.inbound.name(), %did, error = %e, "no profile");
                    Profile {
                        looked_up: true,
                        ..Profile::default()
                    }
                }
            };
            self.profiles.insert(did, profile);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_whole() {
        assert!(contains_word("ugh northwind is down", "northwind"));
        assert!(!contains_word("northwindy weather", "northwind"));
        assert!(
            !contains_word("#northwind", "northwind"),
            "a tag is matched as a tag"
        );
        assert!(contains_word(
            "hey @northwind.example.",
            "@northwind.example"
        ));
        assert!(!contains_word(
            "hey @northwind.example.org",
            "@northwind.example"
        ));
        assert!(contains_word("🔥 #northwind!", "#northwind"));
        assert!(!contains_word("", "x"));
    }

    #[test]
    fn the_subscribe_url_asks_for_posts_and_resumes_from_the_cursor() {
        assert_eq!(
            subscribe_url("https://js.example/", Some(17)),
            "wss://js.example/subscribe?wantedCollections=app.bsky.feed.post&cursor=17"
        );
        assert_eq!(
            subscribe_url("ws://127.0.0.1:9/subscribe", None),
            "ws://127.0.0.1:9/subscribe?wantedCollections=app.bsky.feed.post"
        );
    }

    #[test]
    fn the_filter_takes_names_tags_and_handles_from_the_plan() {
        let plan = Plan::parse(
            "version = 1\n[brand]\nname = \"Northwind Fiber\"\naliases = [\"Northwind\"]\nhandles = { bluesky = [\"@Northwind.example\"] }\n",
            "t.toml",
        )
        .unwrap();
        let filter = BrandFilter::new(&plan, &BlueskyConfig::default());
        assert_eq!(filter.handles, vec!["northwind.example".to_string()]);
        assert_eq!(
            filter.tags,
            vec!["northwindfiber".to_string(), "northwind".to_string()]
        );
    }
}
