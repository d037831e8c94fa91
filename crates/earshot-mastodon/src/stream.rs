//! The inbound task: mentions of the brand from Mastodon's streaming API,
//! with catch-up from the notifications list after every (re)connect.
//!
//! One session: open `GET /api/v1/streaming/user/notification` (SSE), then
//! catch up with `GET /api/v1/notifications?types[]=mention&min_id=CURSOR`
//! page by page (following `Link: rel="prev"`, newer pages) until a page
//! comes back empty, then read the stream. Opening the stream first means
//! nothing can slip between the catch-up and the stream; what arrives on
//! both is stored once (the store is idempotent by status id).
//!
//! The cursor is the newest notification id whose mention is stored. It is
//! saved only after the store commits, so a crash re-reads and never
//! skips. Catch-up asks with `min_id` (the page right after the cursor)
//! rather than `since_id` (the newest page): with `since_id`, saving the
//! cursor after the first page would jump over older unread pages.
//!
//! A stream event that cannot be read makes the task catch up from the
//! cursor (the list gives the same notification again, well-formed), so a
//! garbled event never leaves a gap behind a later one.
//!
//! Failures: a dropped or stalled stream (nothing, not even the `:thump`
//! heartbeat, for `stall_timeout`) reconnects on the network schedule;
//! HTTP errors (401, 5xx, an HTML page) on the HTTP schedule; 429 waits
//! until `X-RateLimit-Reset`. Every failure is logged with the connector's
//! name and counted in its health; none ends the task.

use crate::client::{compare_ids, link_rel, plain_id, transport_error};
use crate::config::Settings;
use crate::sse::{SseItem, SseParser};
use crate::status::{parse_notification, Notice};
use chrono::{DateTime, Utc};
use earshot_connect::backoff::Backoff;
use earshot_connect::ratelimit::{retry_after, RateLimit};
use earshot_connect::Inbound;
use earshot_core::Mention;
use serde_json::value::RawValue;
use std::cmp::Ordering;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// Stream bytes gathered into one stored batch at most.
const BATCH_BYTES: usize = 512 * 1024;

/// Why a session ended (other than being cancelled).
#[derive(Debug)]
enum Failure {
    /// Connection refused, dropped, stalled: reconnect soon.
    Network(String),
    /// The instance answered with an error: back off longer.
    Http(String),
    /// 429: wait until the window resets.
    RateLimited(Option<DateTime<Utc>>),
    /// The store refused (database down): retry; the cursor did not move.
    Store(String),
}

pub(crate) struct StreamTask {
    http: reqwest::Client,
    s: Settings,
    inbound: Inbound,
    /// The newest notification id stored, as saved.
    cursor: Option<String>,
    connected_before: bool,
}

impl StreamTask {
    pub(crate) fn new(s: Settings, inbound: Inbound) -> StreamTask {
        StreamTask {
            http: crate::client::http_client(),
            s,
            inbound,
            cursor: None,
            connected_before: false,
        }
    }

    pub(crate) async fn run(mut self, cancel: CancellationToken) {
        let div = self.s.backoff_divisor;
        let mut network = Backoff::network().scaled_down(div);
        let mut http = Backoff::http().scaled_down(div);
        let mut limited = Backoff::rate_limited().scaled_down(div);
        let name = self.inbound.name().to_string();
        tracing::info!(connector = %name, base = %self.s.base, "mastodon connector starting");
        loop {
            let mut worked = false;
            let outcome = tokio::select! {
                _ = cancel.cancelled() => break,
                r = self.session(&mut worked) => r,
            };
            self.inbound.health().set_connected(false);
            // A session that connected and caught up starts the schedules
            // over: the next failure is a new one.
            if worked {
                network.reset();
                http.reset();
                limited.reset();
            }
            let failure = match outcome {
                Ok(()) => break,
                Err(f) => f,
            };
            self.inbound.health().error();
            let delay = match &failure {
                Failure::Network(why) => {
                    tracing::warn!(connector = %name, "stream lost: {why}; reconnecting");
                    network.next_delay()
                }
                Failure::Http(why) => {
                    tracing::warn!(connector = %name, "instance refused: {why}; backing off");
                    http.next_delay()
                }
                Failure::RateLimited(until) => {
                    let wait = until
                        .and_then(|t| (t - Utc::now()).to_std().ok())
                        .filter(|d| !d.is_zero());
                    // The instance's own reset time is honoured as given.
                    let delay = wait.unwrap_or_else(|| limited.next_delay());
                    tracing::warn!(connector = %name, "rate limited; waiting {delay:?}");
                    delay
                }
                Failure::Store(why) => {
                    tracing::error!(connector = %name, "cannot store: {why}; retrying");
                    network.next_delay()
                }
            };
            tokio::select! {
                _ = cancel.cancelled() => break,
                _ = tokio::time::sleep(delay) => {}
            }
        }
        self.inbound.health().set_connected(false);
        tracing::info!(connector = %name, "mastodon connector stopped");
    }

    /// Connect, catch up, read. Returns only on failure (or never: the
    /// caller cancels it).
    async fn session(&mut self, worked: &mut bool) -> Result<(), Failure> {
        self.cursor = self
            .inbound
            .cursor()
            .await
            .map_err(|e| Failure::Store(e.to_string()))?;
        let url = format!("{}/api/v1/streaming/user/notification", self.s.base);
        // Only the wait for the response headers is bounded here: a
        // request timeout would cut the stream itself after that long.
        let resp = tokio::time::timeout(
            self.s.request_timeout,
            self.http
                .get(&url)
                .bearer_auth(&self.s.token)
                .header("Accept", "text/event-stream")
                .send(),
        );
        let resp = match resp.await {
            Err(_) => return Err(Failure::Network("no answer to the stream request".into())),
            Ok(Err(e)) => return Err(Failure::Network(transport_error(e))),
            Ok(Ok(r)) => r,
        };
        self.check(&resp)?;
        let mut parser = SseParser::new();
        let mut body = resp;
        self.inbound.health().set_connected(true);
        if self.connected_before {
            self.inbound.health().reconnected();
        }
        self.connected_before = true;
        tracing::info!(connector = %self.inbound.name(), "stream connected");

        self.catch_up().await?;
        *worked = true;

        loop {
            let chunk = match tokio::time::timeout(self.s.stall_timeout, body.chunk()).await {
                Err(_) => {
                    return Err(Failure::Network(format!(
                        "no event or heartbeat for {:?}: the stream stalled",
                        self.s.stall_timeout
                    )))
                }
                Ok(Err(e)) => return Err(Failure::Network(transport_error(e))),
                Ok(Ok(None)) => {
                    return Err(Failure::Network("the instance closed the stream".into()))
                }
                Ok(Ok(Some(bytes))) => bytes,
            };
            let mut items = parser.feed(&chunk).map_err(|e| {
                self.inbound.bad_message(&e);
                Failure::Network(e.to_string())
            })?;
            // Under load, take what has already arrived too, so a burst is
            // stored in one transaction rather than one per event. A zero
            // timeout polls the read once; an unfinished read loses nothing.
            let mut taken = chunk.len();
            while taken < BATCH_BYTES {
                match tokio::time::timeout(Duration::ZERO, body.chunk()).await {
                    Ok(Ok(Some(more))) => {
                        taken += more.len();
                        items.extend(parser.feed(&more).map_err(|e| {
                            self.inbound.bad_message(&e);
                            Failure::Network(e.to_string())
                        })?);
                    }
                    Ok(Ok(None)) | Ok(Err(_)) | Err(_) => break,
                }
            }
            let mut notices = Vec::new();
            let mut resync = false;
            for item in items {
                match item {
                    SseItem::Comment(_) => {}
                    SseItem::Event { event, data } if event == "notification" => {
                        match parse_notification(&data, &self.s.domain) {
                            Ok(n) => notices.push(n),
                            Err(e) => {
                                self.inbound.bad_message(&format!("stream event: {e}"));
                                resync = true;
                                break;
                            }
                        }
                    }
                    SseItem::Event { event, .. } => {
                        tracing::debug!(connector = %self.inbound.name(), event = %event, "ignored stream event");
                    }
                }
            }
            self.store(notices).await?;
            if resync {
                // The stream is only the fast path. A notification it
                // garbled is read again from the list, which starts at the
                // cursor: the cursor is still before it, because nothing
                // after it in this read was stored.
                self.catch_up().await?;
            }
        }
    }

    /// Fetch every mention newer than the cursor, oldest page first.
    async fn catch_up(&mut self) -> Result<(), Failure> {
        let first_run = self.cursor.is_none();
        let mut url = self.page_url(self.cursor.as_deref());
        loop {
            let resp = self
                .http
                .get(&url)
                .bearer_auth(&self.s.token)
                .timeout(self.s.request_timeout)
                .send()
                .await
                .map_err(|e| Failure::Network(transport_error(e)))?;
            self.check(&resp)?;
            let limit = RateLimit::from_headers(resp.headers());
            let link = resp
                .headers()
                .get("link")
                .and_then(|v| v.to_str().ok())
                .map(str::to_string);
            let body = resp
                .text()
                .await
                .map_err(|e| Failure::Network(transport_error(e)))?;
            let page: Vec<&RawValue> = serde_json::from_str(&body).map_err(|e| {
                let why = format!("the notifications list is not a JSON array: {e}");
                self.inbound.bad_message(&why);
                Failure::Http(why)
            })?;
            if page.is_empty() {
                return Ok(());
            }
            let mut notices = Vec::with_capacity(page.len());
            for raw in page {
                match parse_notification(raw.get(), &self.s.domain) {
                    Ok(n) => notices.push(n),
                    Err(e) => self.inbound.bad_message(&format!("notification: {e}")),
                }
            }
            let newest = self.store(notices).await?;
            // The first run of a new connector starts from now: one page of
            // recent mentions, not the account's whole history.
            if first_run {
                return Ok(());
            }
            let Some(newest) = newest.or_else(|| self.cursor.clone()) else {
                return Ok(());
            };
            url = match link.as_deref().and_then(|l| link_rel(l, "prev")) {
                // Follow the instance's own link only on the instance: the
                // bearer token must never go to another host.
                Some(prev) if prev.starts_with(&format!("{}/", self.s.base)) => prev,
                _ => self.page_url(Some(&newest)),
            };
            if limit.exhausted() {
                if let Some(wait) = limit.wait_from(Utc::now()) {
                    tokio::time::sleep(wait).await;
                }
            }
        }
    }

    fn page_url(&self, min_id: Option<&str>) -> String {
        let mut url = format!(
            "{}/api/v1/notifications?types[]=mention&limit={}",
            self.s.base, self.s.page_limit
        );
        if let Some(id) = min_id.filter(|id| plain_id(id)) {
            url.push_str("&min_id=");
            url.push_str(id);
        }
        url
    }

    /// Map a response's status to a failure, and note its rate limit.
    fn check(&self, resp: &reqwest::Response) -> Result<(), Failure> {
        let limit = RateLimit::from_headers(resp.headers());
        if limit.remaining.is_some() {
            self.inbound
                .health()
                .set_rate_limit_remaining(limit.remaining);
        }
        let status = resp.status();
        if status.is_success() {
            return Ok(());
        }
        if status.as_u16() == 429 {
            let until = limit.reset.or_else(|| {
                retry_after(resp.headers())
                    .and_then(|d| chrono::Duration::from_std(d).ok())
                    .map(|d| Utc::now() + d)
            });
            return Err(Failure::RateLimited(until));
        }
        let path = resp.url().path().to_string();
        Err(Failure::Http(match status.as_u16() {
            401 => format!("{path}: 401, the access token was refused"),
            403 => format!("{path}: 403, the token lacks a scope (read:notifications)"),
            code => format!("{path}: HTTP {code}"),
        }))
    }

    /// Store the mentions of `notices` (one transaction), then advance the
    /// cursor to the newest notification. Returns the newest id.
    async fn store(&mut self, mut notices: Vec<Notice>) -> Result<Option<String>, Failure> {
        if notices.is_empty() {
            return Ok(None);
        }
        notices.sort_by(|a, b| compare_ids(&a.id, &b.id));
        notices.dedup_by(|a, b| a.id == b.id);
        let newest = notices.last().map(|n| n.id.clone());
        let mentions: Vec<Mention> = notices.into_iter().filter_map(|n| n.mention).collect();
        self.inbound
            .store_mentions(mentions)
            .await
            .map_err(|e| Failure::Store(e.to_string()))?;
        if let Some(id) = &newest {
            let advances = self
                .cursor
                .as_deref()
                .is_none_or(|c| compare_ids(id, c) == Ordering::Greater);
            if advances && plain_id(id) {
                self.inbound
                    .save_cursor(id)
                    .await
                    .map_err(|e| Failure::Store(e.to_string()))?;
                self.cursor = Some(id.clone());
            }
        }
        Ok(newest)
    }
}
