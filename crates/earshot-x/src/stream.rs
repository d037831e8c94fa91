//! The filtered stream (`GET /2/tweets/search/stream`): rules synced
//! before every connection, messages read as `\r\n`-framed JSON lines,
//! stored in batches, and the connection kept alive by the documented
//! rules:
//! - a blank line arrives about every 20 s, so silence for the stall
//!   timeout (21 s) means a dead connection: reconnect;
//! - network errors back off linearly (250 ms to 16 s), HTTP errors
//!   exponentially (5 s to 320 s), 429 until `x-rate-limit-reset` (or
//!   exponentially from a minute);
//! - stream-level error objects (`{"errors":[...]}`) are logged and
//!   counted; an operational disconnect ends the connection, to reconnect.
//!
//! Syncing the rules on every reconnect (GET, diff, POST delete/add)
//! corrects rules changed elsewhere in the meantime. What was posted while
//! the stream was down comes back through [`crate::recovery`]: backfill
//! for short gaps, recent search from the cursor otherwise.
//!
//! Storing is the acknowledgement here: a batch the store refuses is kept
//! and retried, never dropped; the cursor moves only past stored posts.

use crate::api::{network_error, status_error, Api, ApiError, Schedules, TWEET_QUERY};
use crate::config::XConfig;
use crate::recovery::Recovery;
use crate::rules;
use earshot_connect::ratelimit::RateLimit;
use earshot_connect::Inbound;
use earshot_core::Mention;
use serde_json::Value;
use std::time::Duration;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

const STREAM_PATH: &str = "/2/tweets/search/stream";

/// A line longer than this without its `\r\n` is not a post; it is dropped
/// so a broken stream cannot fill memory.
const MAX_LINE_BYTES: usize = 1 << 20;

/// Why a connection ended.
#[derive(Debug)]
enum Ended {
    Cancelled,
    /// Nothing, not even a keep-alive, within the stall timeout.
    Stalled,
    /// X closed the stream (or sent an operational disconnect).
    Closed,
    Failed(ApiError),
}

/// Run the stream until `cancel`: sync the rules, connect (with backfill or
/// a catch-up owed for what was missed), read, store, reconnect.
pub async fn run(config: XConfig, inbound: Inbound, cancel: CancellationToken) {
    let Some(token) = config.bearer_token.clone() else {
        tracing::warn!(
            connector = inbound.name(),
            "no bearer token; the X stream is off"
        );
        return;
    };
    let api = Api::new(&config);
    let mut schedules = Schedules::new(config.scale());
    let name = inbound.name().to_string();
    let mut recovery = loop {
        match Recovery::load(&config, api.clone(), token.clone(), &inbound).await {
            Ok(r) => break r,
            Err(e) => {
                inbound.health().error();
                tracing::warn!(connector = %name, error = %e, "cannot read the stream cursor");
                tokio::select! {
                    _ = cancel.cancelled() => return,
                    _ = tokio::time::sleep(schedules.network.next_delay()) => {}
                }
            }
        }
    };
    let resync = tokio::spawn(resync_on_plan_change(
        config.clone(),
        inbound.clone(),
        cancel.child_token(),
    ));
    let mut attempts: u64 = 0;
    let mut pending: Vec<Mention> = Vec::new();
    loop {
        if cancel.is_cancelled() {
            break;
        }
        // Rules first, on every (re)connect: someone may have changed them.
        let desired = rules::desired(inbound.engine().plan(), config.rule_max_len);
        let delay = match rules::sync_with(&api, &token, &desired).await {
            Err(e) => {
                inbound.health().error();
                tracing::warn!(connector = %name, error = %e, "cannot sync the stream rules");
                e.next_delay(&mut schedules)
            }
            Ok(outcome) => {
                if outcome.added + outcome.deleted > 0 || attempts == 0 {
                    tracing::info!(
                        connector = %name,
                        added = outcome.added,
                        deleted = outcome.deleted,
                        kept = outcome.kept,
                        "stream rules in sync with the plan"
                    );
                }
                if attempts > 0 {
                    inbound.health().reconnected();
                }
                attempts += 1;
                let backfill = recovery.before_connecting();
                let ended = connect_and_read(
                    &config,
                    &api,
                    &token,
                    &inbound,
                    &cancel,
                    &mut schedules,
                    &mut pending,
                    &mut recovery,
                    backfill,
                )
                .await;
                inbound.health().set_connected(false);
                match ended {
                    Ended::Cancelled => break,
                    Ended::Stalled => {
                        inbound.health().error();
                        tracing::warn!(
                            connector = %name,
                            stall_timeout_ms = config.stall_timeout_ms,
                            "the stream went silent (no keep-alive); reconnecting"
                        );
                        schedules.network.next_delay()
                    }
                    Ended::Closed => {
                        tracing::info!(connector = %name, "the stream was closed; reconnecting");
                        schedules.network.next_delay()
                    }
                    Ended::Failed(ApiError::Status { status, reason, .. })
                        if backfill.is_some() && matches!(status, 400 | 403) =>
                    {
                        inbound.health().error();
                        tracing::warn!(
                            connector = %name,
                            status,
                            reason = %reason,
                            "X refused backfill_minutes; catching up with recent search instead from now on"
                        );
                        recovery.backfill_refused();
                        schedules.network.next_delay()
                    }
                    Ended::Failed(e) => {
                        inbound.health().error();
                        tracing::warn!(connector = %name, error = %e, "stream connection failed");
                        if matches!(e, ApiError::RateLimited { .. }) {
                            inbound.health().set_rate_limit_remaining(Some(0));
                        }
                        e.next_delay(&mut schedules)
                    }
                }
            }
        };
        tracing::debug!(connector = %name, delay_ms = delay.as_millis() as u64, "waiting before reconnecting");
        tokio::select! {
            _ = cancel.cancelled() => break,
            _ = tokio::time::sleep(delay) => {}
        }
    }
    // Whatever was read before the stop is stored before the task ends.
    if !pending.is_empty() {
        let batch = std::mem::take(&mut pending);
        if inbound.store_mentions(batch.clone()).await.is_ok() {
            recovery.stored(&inbound, &batch).await;
        }
    }
    inbound.health().set_connected(false);
    resync.abort();
}

/// Sync the rules again whenever the plan is reloaded. X applies rule
/// changes to a connected stream, so the stream goes on; if the sync
/// fails, the next reconnect syncs anyway.
async fn resync_on_plan_change(config: XConfig, inbound: Inbound, cancel: CancellationToken) {
    let mut changes = inbound.plan_changes();
    loop {
        tokio::select! {
            _ = cancel.cancelled() => return,
            changed = changes.changed() => if changed.is_err() { return },
        }
        match rules::sync(&config, inbound.engine().plan()).await {
            Ok(o) => tracing::info!(
                connector = inbound.name(),
                added = o.added,
                deleted = o.deleted,
                kept = o.kept,
                "stream rules synced with the reloaded plan"
            ),
            Err(e) => {
                inbound.health().error();
                tracing::warn!(
                    connector = inbound.name(),
                    error = %e,
                    "cannot sync the stream rules with the reloaded plan; the next reconnect will"
                );
            }
        }
    }
}

/// One connection: connect (asking for `backfill` minutes again), then read
/// and store until it ends.
#[allow(clippy::too_many_arguments)]
async fn connect_and_read(
    config: &XConfig,
    api: &Api,
    token: &crate::config::Secret,
    inbound: &Inbound,
    cancel: &CancellationToken,
    schedules: &mut Schedules,
    pending: &mut Vec<Mention>,
    recovery: &mut Recovery,
    backfill: Option<u32>,
) -> Ended {
    let mut request = api
        .http
        .get(api.url(STREAM_PATH))
        .query(&TWEET_QUERY)
        .bearer_auth(token.expose());
    if let Some(minutes) = backfill {
        request = request.query(&[("backfill_minutes", minutes)]);
    }
    let request = request.send();
    let resp = tokio::select! {
        _ = cancel.cancelled() => return Ended::Cancelled,
        r = tokio::time::timeout(config.stall_timeout(), request) => match r {
            Err(_) => return Ended::Failed(ApiError::Network("connecting timed out".into())),
            Ok(Err(e)) => return Ended::Failed(network_error(&e)),
            Ok(Ok(resp)) => resp,
        },
    };
    let status = resp.status();
    let headers = resp.headers().clone();
    inbound
        .health()
        .set_rate_limit_remaining(RateLimit::from_headers(&headers).remaining);
    if !status.is_success() {
        return Ended::Failed(status_error(status.as_u16(), &headers, resp).await);
    }
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if content_type.contains("html") {
        return Ended::Failed(ApiError::Body(format!(
            "HTTP {} with an HTML page instead of the stream",
            status.as_u16()
        )));
    }
    inbound.health().set_connected(true);
    schedules.http.reset();
    schedules.rate_limited.reset();
    tracing::info!(
        connector = inbound.name(),
        backfill_minutes = backfill,
        catch_up = recovery.catch_up_due().is_some(),
        "connected to the filtered stream"
    );
    recovery.alive(Instant::now());
    read(config, resp, inbound, cancel, schedules, pending, recovery).await
}

async fn read(
    config: &XConfig,
    mut resp: reqwest::Response,
    inbound: &Inbound,
    cancel: &CancellationToken,
    schedules: &mut Schedules,
    pending: &mut Vec<Mention>,
    recovery: &mut Recovery,
) -> Ended {
    let stall = config.stall_timeout();
    let batch_wait = Duration::from_millis(config.batch_wait_ms);
    let batch_max = config.batch_max.max(1);
    let mut buf: Vec<u8> = Vec::with_capacity(64 * 1024);
    let mut last_byte = Instant::now();
    let mut batch_started: Option<Instant> = (!pending.is_empty()).then(Instant::now);
    let ended = loop {
        let flush_at = batch_started.map(|t| t + batch_wait);
        let catch_up_at = recovery.catch_up_due();
        let chunk = tokio::select! {
            _ = cancel.cancelled() => break Ended::Cancelled,
            _ = async { tokio::time::sleep_until(flush_at.unwrap_or_else(Instant::now)).await }, if flush_at.is_some() => {
                if !flush(inbound, pending, cancel, recovery).await {
                    break Ended::Cancelled;
                }
                batch_started = None;
                continue;
            }
            // The stream is connected, so nothing posted from now on is
            // missed: search for what was posted before.
            _ = async { tokio::time::sleep_until(catch_up_at.unwrap_or_else(Instant::now)).await }, if catch_up_at.is_some() => {
                tokio::select! {
                    _ = cancel.cancelled() => break Ended::Cancelled,
                    _ = recovery.catch_up(inbound) => {}
                }
                continue;
            }
            c = tokio::time::timeout_at(last_byte + stall, resp.chunk()) => c,
        };
        let bytes = match chunk {
            Err(_) => break Ended::Stalled,
            Ok(Err(e)) => break Ended::Failed(network_error(&e)),
            Ok(Ok(None)) => {
                if !buf.iter().all(u8::is_ascii_whitespace) {
                    inbound.bad_message(&format!(
                        "the stream ended inside a message ({} bytes without their line end)",
                        buf.len()
                    ));
                }
                break Ended::Closed;
            }
            Ok(Ok(Some(bytes))) => bytes,
        };
        last_byte = Instant::now();
        // Anything at all, a keep-alive included, shows the connection works.
        schedules.network.reset();
        buf.extend_from_slice(&bytes);
        let mut disconnect = false;
        let mut start = 0;
        while let Some(pos) = buf[start..].iter().position(|b| *b == b'\n') {
            let line = &buf[start..start + pos];
            start += pos + 1;
            match handle_line(line, inbound) {
                Line::Mention(m) => {
                    if pending.is_empty() {
                        batch_started = Some(Instant::now());
                    }
                    pending.push(*m);
                }
                Line::Nothing => {}
                Line::Disconnect => disconnect = true,
            }
        }
        buf.drain(..start);
        if buf.len() > MAX_LINE_BYTES {
            inbound.bad_message(&format!("a stream line longer than {MAX_LINE_BYTES} bytes"));
            buf.clear();
        }
        if pending.len() >= batch_max || (disconnect && !pending.is_empty()) {
            if !flush(inbound, pending, cancel, recovery).await {
                break Ended::Cancelled;
            }
            batch_started = None;
        }
        if disconnect {
            break Ended::Closed;
        }
    };
    // The gap, if any, starts at the last byte received.
    recovery.alive(last_byte);
    if !pending.is_empty() && !matches!(ended, Ended::Cancelled) {
        flush(inbound, pending, cancel, recovery).await;
    }
    ended
}

enum Line {
    Mention(Box<Mention>),
    Nothing,
    Disconnect,
}

/// One line of the stream: a post, a keep-alive, an error object, or
/// something broken (counted and skipped).
fn handle_line(line: &[u8], inbound: &Inbound) -> Line {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.iter().all(u8::is_ascii_whitespace) {
        return Line::Nothing; // keep-alive
    }
    let Ok(text) = std::str::from_utf8(line) else {
        inbound.bad_message(&"a stream line that is not UTF-8");
        return Line::Nothing;
    };
    if text.contains("\"data\"") {
        return match earshot_core::wire::parse_line(text, true) {
            Ok(m) => Line::Mention(Box::new(m)),
            Err(e) => {
                inbound.bad_message(&format!("a stream message earshot cannot use: {e}"));
                Line::Nothing
            }
        };
    }
    match serde_json::from_str::<Value>(text) {
        Ok(v) if v.get("errors").is_some() => stream_error(&v, inbound),
        Ok(_) => {
            inbound.bad_message(&"a stream message without 'data' or 'errors'");
            Line::Nothing
        }
        Err(e) => {
            let preview: String = text.chars().take(80).collect();
            inbound.bad_message(&format!(
                "a stream line that is not JSON ({e}): {preview:?}"
            ));
            Line::Nothing
        }
    }
}

/// An `{"errors":[...]}` object on the stream: logged and counted; an
/// operational disconnect means X is closing the connection.
fn stream_error(v: &Value, inbound: &Inbound) -> Line {
    let errors = v.get("errors").and_then(Value::as_array);
    let mut disconnect = false;
    for e in errors.into_iter().flatten() {
        let field = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or("");
        if field("type").contains("operational-disconnect")
            || field("title").contains("operational-disconnect")
            || !field("disconnect_type").is_empty()
        {
            disconnect = true;
        }
        inbound.health().error();
        tracing::warn!(
            connector = inbound.name(),
            title = field("title"),
            detail = field("detail"),
            disconnect_type = field("disconnect_type"),
            "X sent an error on the stream"
        );
    }
    if disconnect {
        Line::Disconnect
    } else {
        Line::Nothing
    }
}

/// Store the pending batch, retrying (on the network schedule) until it is
/// stored or the connector is stopped, then let the cursor move past it.
/// False when stopped first.
async fn flush(
    inbound: &Inbound,
    pending: &mut Vec<Mention>,
    cancel: &CancellationToken,
    recovery: &mut Recovery,
) -> bool {
    if pending.is_empty() {
        return true;
    }
    let mut wait = earshot_connect::backoff::Backoff::network();
    loop {
        // `store_mentions` logs and counts a failure itself.
        match inbound.store_mentions(pending.clone()).await {
            Ok(_) => {
                recovery.stored(inbound, pending).await;
                pending.clear();
                return true;
            }
            Err(_) => {
                tokio::select! {
                    _ = cancel.cancelled() => return false,
                    _ = tokio::time::sleep(wait.next_delay()) => {}
                }
            }
        }
    }
}
