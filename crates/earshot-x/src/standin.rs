//! A stand-in X API v2 server for tests (ours, the coordinator's crash test
//! and the outbox's): axum on `127.0.0.1:0`, speaking X's wire format as the
//! public documentation describes it (paths, JSON shapes, `\r\n` stream
//! framing with blank keep-alive lines, `x-rate-limit-*` headers, problem
//! JSON errors), with faults a test switches on ([`Fault`]).
//!
//! What it holds: the stream rules, a queue of stream messages not yet
//! delivered (a message waits in the queue while no stream is connected,
//! so a test that reconnects loses nothing by timing; in [`Options::live`]
//! mode it is lost instead, as on X), a history of every post pushed with
//! the time it was posted (what `backfill_minutes` redelivers and
//! `GET /2/tweets/search/recent` searches), the brand's mentions timeline,
//! every post and direct message made through it, and a log of requests.

use axum::body::Body;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{json, Value};
use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use tokio::sync::{mpsc, Notify};
use tokio_util::sync::CancellationToken;

/// Which endpoint a fault, a rate limit or a logged request belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Endpoint {
    /// `GET /2/tweets/search/stream`
    Stream,
    /// `GET /2/tweets/search/recent`
    Search,
    /// `GET`/`POST /2/tweets/search/stream/rules`
    Rules,
    /// `GET /2/users/me`
    Me,
    /// `GET /2/users/:id/mentions`
    Mentions,
    /// `GET /2/users/:id/tweets`
    UserTweets,
    /// `POST /2/tweets`
    PostTweet,
    /// `POST /2/dm_conversations/with/:participant_id/messages`
    SendDm,
    /// `GET /2/dm_conversations/with/:participant_id/dm_events`
    DmEvents,
}

/// Something going wrong, switched on by a test.
#[derive(Debug, Clone)]
pub enum Fault {
    /// The next `times` requests to `endpoint` answer `status` with X's
    /// problem JSON; a 429 carries `x-rate-limit-*` headers whose reset is
    /// `reset_in` from now (rounded up to the next second).
    Status {
        endpoint: Endpoint,
        status: u16,
        times: u32,
        reset_in: Option<Duration>,
    },
    /// The next `times` requests to `endpoint` get an HTML error page
    /// (502, `text/html`), as a proxy in front of the API sends.
    Html { endpoint: Endpoint, times: u32 },
    /// Every request to `endpoint` waits `delay` before it is answered.
    Slow { endpoint: Endpoint, delay: Duration },
    /// The open (or next) stream connection closes after `after_lines`
    /// more messages.
    DropStream { after_lines: usize },
    /// The open (or next) stream connection goes silent: no messages, no
    /// keep-alives, the connection held open.
    StallStream,
    /// The open (or next) stream sends X's operational-disconnect error
    /// object and closes.
    OperationalDisconnect,
    /// Every message pushed from now on is delivered twice.
    DuplicateDeliveries,
    /// The next `times` posts or messages are made but answered with a
    /// 503, as when the answer is lost on the way back.
    PostedButFailed { times: u32 },
}

/// A post made through `POST /2/tweets`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Post {
    pub id: String,
    pub text: String,
    pub in_reply_to_tweet_id: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// A direct message sent through the stand-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectMessage {
    pub event_id: String,
    pub participant_id: String,
    pub sender_id: String,
    pub text: String,
    pub created_at: DateTime<Utc>,
}

/// A stream rule as the stand-in holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub id: String,
    pub value: String,
    pub tag: Option<String>,
}

/// A request the stand-in answered.
#[derive(Debug, Clone)]
pub struct Request {
    pub endpoint: Endpoint,
    /// The raw query string (`expansions=...&since_id=...`).
    pub query: String,
    pub status: u16,
    pub at: Instant,
}

/// How the stand-in behaves when nothing is wrong.
#[derive(Debug, Clone)]
pub struct Options {
    /// The app-only token the stream and rules endpoints accept.
    pub bearer_token: String,
    /// The brand account's user-context token (posts, DMs, `/2/users/me`).
    pub user_token: String,
    pub brand_user_id: String,
    pub brand_username: String,
    /// X sends a blank line about every 20 seconds.
    pub keepalive: Duration,
    /// Longest rule value accepted (512 on most access levels).
    pub rule_max_len: usize,
    /// Requests per window on each rate-limited endpoint.
    pub rate_limit: u64,
    /// The rate-limit window (X's is 15 minutes).
    pub rate_window: Duration,
    /// Like X: a post pushed while no stream is connected is never written
    /// to a later connection (only `backfill_minutes` and recent search
    /// find it), and what a dropped connection had not written yet is lost
    /// with it. Off by default: the queue keeps it for the next connection.
    pub live: bool,
    /// Whether the access level has the stream's `backfill_minutes`
    /// (Enterprise on X); without it a connection asking for it is refused
    /// with a 403.
    pub backfill: bool,
    /// Longest recent-search query accepted (512 on most access levels).
    pub search_query_max_len: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            bearer_token: "standin-app-token".into(),
            user_token: "standin-user-token".into(),
            brand_user_id: "9001".into(),
            brand_username: "NorthwindCares".into(),
            keepalive: Duration::from_secs(20),
            rule_max_len: 512,
            rate_limit: 180,
            rate_window: Duration::from_secs(900),
            live: false,
            backfill: true,
            search_query_max_len: 512,
        }
    }
}

struct Window {
    remaining: u64,
    reset: DateTime<Utc>,
}

/// A post X matched, with the time it was posted.
#[derive(Debug, Clone)]
struct Posted {
    at: DateTime<Utc>,
    message: Value,
}

#[derive(Default)]
struct Data {
    rules: Vec<Rule>,
    queue: VecDeque<String>,
    /// Every post pushed (or missed), oldest first.
    history: Vec<Posted>,
    /// Stream connections open now.
    open_streams: u64,
    duplicate: bool,
    stall_next: bool,
    drop_after: Option<usize>,
    operational_disconnect: bool,
    posted_but_failed: u32,
    status_faults: Vec<(Endpoint, u16, u32, Option<Duration>)>,
    html_faults: Vec<(Endpoint, u32)>,
    slow: HashMap<Endpoint, Duration>,
    /// The brand's mentions timeline: `(tweet, includes)`, oldest first.
    mentions: Vec<(Value, Value)>,
    posts: Vec<Post>,
    dms: Vec<DirectMessage>,
    requests: Vec<Request>,
    windows: HashMap<Endpoint, Window>,
    stream_connections: u64,
}

struct Shared {
    options: Options,
    data: Mutex<Data>,
    wake: Notify,
    /// The current stream connection; an older one ends when it changes.
    stream_epoch: AtomicU64,
    next_id: AtomicU64,
}

impl Shared {
    fn data(&self) -> MutexGuard<'_, Data> {
        self.data.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A fresh snowflake-like id, larger than any before.
    fn new_id(&self) -> String {
        self.next_id.fetch_add(1, Ordering::Relaxed).to_string()
    }
}

/// A running stand-in X server. Stops when dropped.
pub struct StandIn {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: CancellationToken,
}

impl Drop for StandIn {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

impl StandIn {
    /// Start with the default [`Options`].
    pub async fn start() -> StandIn {
        StandIn::start_with(Options::default()).await
    }

    /// Start on a random local port.
    pub async fn start_with(options: Options) -> StandIn {
        let shared = Arc::new(Shared {
            options,
            data: Mutex::new(Data::default()),
            wake: Notify::new(),
            stream_epoch: AtomicU64::new(0),
            next_id: AtomicU64::new(1_900_000_000_000_000_000),
        });
        let app = Router::new()
            .route("/2/tweets/search/stream", get(stream))
            .route("/2/tweets/search/recent", get(search_recent))
            .route(
                "/2/tweets/search/stream/rules",
                get(list_rules).post(change_rules),
            )
            .route("/2/users/me", get(me))
            .route("/2/users/{id}/mentions", get(mentions))
            .route("/2/users/{id}/tweets", get(user_tweets))
            .route("/2/tweets", post(post_tweet))
            .route(
                "/2/dm_conversations/with/{participant}/messages",
                post(send_dm),
            )
            .route(
                "/2/dm_conversations/with/{participant}/dm_events",
                get(dm_events),
            )
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the stand-in X server");
        let addr = listener.local_addr().expect("stand-in address");
        let stop = CancellationToken::new();
        let until = stop.clone();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async move { until.cancelled().await })
                .await;
        });
        StandIn { addr, shared, stop }
    }

    /// `http://127.0.0.1:PORT`, the value for `EARSHOT_X_API_BASE`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn options(&self) -> &Options {
        &self.shared.options
    }

    /// Queue a full stream message (`{"data":..., "includes":...,
    /// "matching_rules":...}`) for the stream.
    pub fn push_tweet(&self, message: &Value) {
        self.push_raw_line(&message.to_string());
    }

    /// Queue any line for the stream, as it is (malformed or truncated
    /// JSON, an HTML fragment, an error object). A line that is a post
    /// (`data.id`) also goes into the history, posted now. In
    /// [`Options::live`] mode a line pushed while no stream is connected
    /// only goes into the history.
    pub fn push_raw_line(&self, line: &str) {
        let mut d = self.shared.data();
        if let Ok(message) = serde_json::from_str::<Value>(line) {
            if message.pointer("/data/id").is_some() {
                d.history.push(Posted {
                    at: Utc::now(),
                    message,
                });
            }
        }
        if self.shared.options.live && d.open_streams == 0 {
            return;
        }
        d.queue.push_back(line.to_string());
        if d.duplicate {
            d.queue.push_back(line.to_string());
        }
        drop(d);
        self.shared.wake.notify_one();
    }

    /// A post X matched at `at` while earshot was not listening: it is in
    /// the history (backfill and recent search find it), never on the
    /// stream itself.
    pub fn missed_post(&self, message: &Value, at: DateTime<Utc>) {
        let mut d = self.shared.data();
        d.history.push(Posted {
            at,
            message: message.clone(),
        });
        d.history.sort_by_key(|p| p.at);
    }

    /// Stream connections open now.
    pub fn open_streams(&self) -> u64 {
        self.shared.data().open_streams
    }

    /// Messages queued and not yet written to a stream.
    pub fn queued(&self) -> usize {
        self.shared.data().queue.len()
    }

    /// Add a stream message's tweet (with its includes) to the brand's
    /// mentions timeline.
    pub fn add_mention(&self, message: &Value) {
        let tweet = message.get("data").cloned().unwrap_or(Value::Null);
        let includes = message.get("includes").cloned().unwrap_or(json!({}));
        self.shared.data().mentions.push((tweet, includes));
    }

    /// Every post made, in order.
    pub fn posts(&self) -> Vec<Post> {
        self.shared.data().posts.clone()
    }

    /// Every direct message sent, in order.
    pub fn dms(&self) -> Vec<DirectMessage> {
        self.shared.data().dms.clone()
    }

    pub fn rules(&self) -> Vec<Rule> {
        self.shared.data().rules.clone()
    }

    /// Replace the rules (as if another tool had set them).
    pub fn set_rules(&self, rules: &[(&str, Option<&str>)]) {
        let rules = rules
            .iter()
            .map(|(value, tag)| Rule {
                id: self.shared.new_id(),
                value: value.to_string(),
                tag: tag.map(str::to_string),
            })
            .collect();
        self.shared.data().rules = rules;
    }

    /// Switch a fault on.
    pub fn set_fault(&self, fault: Fault) {
        let mut d = self.shared.data();
        match fault {
            Fault::Status {
                endpoint,
                status,
                times,
                reset_in,
            } => d.status_faults.push((endpoint, status, times, reset_in)),
            Fault::Html { endpoint, times } => d.html_faults.push((endpoint, times)),
            Fault::Slow { endpoint, delay } => {
                d.slow.insert(endpoint, delay);
            }
            Fault::DropStream { after_lines } => d.drop_after = Some(after_lines),
            Fault::StallStream => d.stall_next = true,
            Fault::OperationalDisconnect => d.operational_disconnect = true,
            Fault::DuplicateDeliveries => d.duplicate = true,
            Fault::PostedButFailed { times } => d.posted_but_failed = times,
        }
        drop(d);
        self.shared.wake.notify_one();
    }

    /// Switch every fault off.
    pub fn clear_faults(&self) {
        let mut d = self.shared.data();
        d.status_faults.clear();
        d.html_faults.clear();
        d.slow.clear();
        d.drop_after = None;
        d.stall_next = false;
        d.operational_disconnect = false;
        d.duplicate = false;
        d.posted_but_failed = 0;
    }

    /// Every request answered so far, in order.
    pub fn requests(&self) -> Vec<Request> {
        self.shared.data().requests.clone()
    }

    /// Requests to one endpoint, in order.
    pub fn requests_to(&self, endpoint: Endpoint) -> Vec<Request> {
        self.requests()
            .into_iter()
            .filter(|r| r.endpoint == endpoint)
            .collect()
    }

    /// Stream connections accepted with a 200.
    pub fn stream_connections(&self) -> u64 {
        self.shared.data().stream_connections
    }

    /// A fresh tweet id (larger than every id before it).
    pub fn next_tweet_id(&self) -> String {
        self.shared.new_id()
    }
}

/// A full stream message for a post by `author` (`(id, username)`) with
/// `text`, its author in `includes.users`, and `@mentions` found in the
/// text as `entities.mentions` (character offsets, as X gives them).
pub fn tweet_message(id: &str, author: (&str, &str), text: &str) -> Value {
    let mut mentions = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '@' && (i == 0 || !chars[i - 1].is_alphanumeric()) {
            let start = i;
            let mut end = i + 1;
            while end < chars.len() && (chars[end].is_ascii_alphanumeric() || chars[end] == '_') {
                end += 1;
            }
            if end > start + 1 {
                let username: String = chars[start + 1..end].iter().collect();
                mentions.push(json!({"start": start, "end": end, "username": username}));
            }
            i = end;
        } else {
            i += 1;
        }
    }
    json!({
        "data": {
            "id": id,
            "text": text,
            "author_id": author.0,
            "created_at": Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true),
            "conversation_id": id,
            "lang": "en",
            "edit_history_tweet_ids": [id],
            "entities": {"mentions": mentions},
        },
        "includes": {"users": [{"id": author.0, "username": author.1, "name": author.1}]},
        "matching_rules": [{"id": "1", "tag": "earshot"}],
    })
}

/// X's problem JSON for a status.
fn problem(status: StatusCode, detail: &str) -> Response {
    let title = status.canonical_reason().unwrap_or("Error");
    let body = json!({
        "title": title,
        "type": "about:blank",
        "status": status.as_u16(),
        "detail": detail,
    });
    let mut resp = (status, Json(body)).into_response();
    resp.headers_mut().insert(
        "content-type",
        HeaderValue::from_static("application/problem+json"),
    );
    resp
}

fn unauthorized() -> Response {
    problem(StatusCode::UNAUTHORIZED, "Unauthorized")
}

fn rate_headers(headers: &mut HeaderMap, limit: u64, remaining: u64, reset: DateTime<Utc>) {
    let mut set = |name: &'static str, v: String| {
        if let Ok(v) = HeaderValue::from_str(&v) {
            headers.insert(name, v);
        }
    };
    set("x-rate-limit-limit", limit.to_string());
    set("x-rate-limit-remaining", remaining.to_string());
    set("x-rate-limit-reset", reset.timestamp().to_string());
}

/// Whole seconds `d` from now, rounded up (X's reset is unix seconds).
fn reset_after(d: Duration) -> DateTime<Utc> {
    let t = Utc::now() + chrono::Duration::from_std(d).unwrap_or_default();
    let secs = t.timestamp() + i64::from(t.timestamp_subsec_nanos() > 0);
    DateTime::from_timestamp(secs, 0).unwrap_or(t)
}

enum Auth {
    App,
    User,
}

fn authorized(shared: &Shared, headers: &HeaderMap, auth: &[Auth]) -> bool {
    let Some(token) = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    else {
        return false;
    };
    auth.iter().any(|a| match a {
        Auth::App => token == shared.options.bearer_token,
        Auth::User => token == shared.options.user_token,
    })
}

/// Everything every endpoint does first: slow responses, the bearer check,
/// injected faults and the rate limit. `Err` is the answer to give instead;
/// `Ok` carries the rate-limit headers to add.
async fn gate(
    shared: &Shared,
    endpoint: Endpoint,
    headers: &HeaderMap,
    query: &str,
    auth: &[Auth],
) -> Result<HeaderMap, Box<Response>> {
    let delay = shared.data().slow.get(&endpoint).copied();
    if let Some(delay) = delay {
        tokio::time::sleep(delay).await;
    }
    let answer = gate_now(shared, endpoint, headers, auth);
    let status = match &answer {
        Ok(_) => 200,
        Err(r) => r.status().as_u16(),
    };
    shared.data().requests.push(Request {
        endpoint,
        query: query.to_string(),
        status,
        at: Instant::now(),
    });
    answer
}

fn gate_now(
    shared: &Shared,
    endpoint: Endpoint,
    headers: &HeaderMap,
    auth: &[Auth],
) -> Result<HeaderMap, Box<Response>> {
    if !authorized(shared, headers, auth) {
        return Err(Box::new(unauthorized()));
    }
    let opts = &shared.options;
    let mut d = shared.data();
    if let Some(f) = d
        .html_faults
        .iter_mut()
        .find(|(e, times)| *e == endpoint && *times > 0)
    {
        f.1 -= 1;
        let page = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>\
                    <body><h1>Bad Gateway</h1><p>upstream connect error</p></body></html>";
        let mut resp = (StatusCode::BAD_GATEWAY, page).into_response();
        resp.headers_mut()
            .insert("content-type", HeaderValue::from_static("text/html"));
        return Err(Box::new(resp));
    }
    if let Some(f) = d
        .status_faults
        .iter_mut()
        .find(|(e, _, times, _)| *e == endpoint && *times > 0)
    {
        f.2 -= 1;
        let status = StatusCode::from_u16(f.1).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
        let mut resp = problem(status, status.canonical_reason().unwrap_or("Error"));
        if status == StatusCode::TOO_MANY_REQUESTS {
            let reset = reset_after(f.3.unwrap_or(opts.rate_window));
            rate_headers(resp.headers_mut(), opts.rate_limit, 0, reset);
        }
        return Err(Box::new(resp));
    }
    let now = Utc::now();
    let window = d.windows.entry(endpoint).or_insert_with(|| Window {
        remaining: opts.rate_limit,
        reset: reset_after(opts.rate_window),
    });
    if window.reset <= now {
        window.remaining = opts.rate_limit;
        window.reset = reset_after(opts.rate_window);
    }
    let mut out = HeaderMap::new();
    if window.remaining == 0 {
        let mut resp = problem(StatusCode::TOO_MANY_REQUESTS, "Too Many Requests");
        rate_headers(resp.headers_mut(), opts.rate_limit, 0, window.reset);
        return Err(Box::new(resp));
    }
    window.remaining -= 1;
    rate_headers(&mut out, opts.rate_limit, window.remaining, window.reset);
    Ok(out)
}

fn with_headers(mut resp: Response, headers: HeaderMap) -> Response {
    resp.headers_mut().extend(headers);
    resp
}

fn query_map(query: &str) -> HashMap<String, String> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Percent-decoding for query values (`+` is a space).
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn id_number(id: &str) -> u128 {
    id.parse().unwrap_or(0)
}

async fn stream(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let query = query.unwrap_or_default();
    let rl = match gate(&shared, Endpoint::Stream, &headers, &query, &[Auth::App]).await {
        Ok(h) => h,
        Err(resp) => return *resp,
    };
    let q = query_map(&query);
    let backfill = match q.get("backfill_minutes") {
        None => None,
        Some(_) if !shared.options.backfill => {
            set_last_status(&shared, Endpoint::Stream, 403);
            return problem(
                StatusCode::FORBIDDEN,
                "backfill_minutes is not available on this access level",
            );
        }
        Some(m) => match m.parse::<i64>() {
            Ok(m) if (1..=5).contains(&m) => Some(m),
            _ => {
                set_last_status(&shared, Endpoint::Stream, 400);
                return invalid_request(
                    "The `backfill_minutes` query parameter value must be between 1 and 5",
                );
            }
        },
    };
    let epoch = shared.stream_epoch.fetch_add(1, Ordering::SeqCst) + 1;
    let backfilled: Vec<String> = {
        let mut d = shared.data();
        d.stream_connections += 1;
        d.open_streams += 1;
        match backfill {
            Some(minutes) => {
                let from = Utc::now() - chrono::Duration::minutes(minutes);
                d.history
                    .iter()
                    .filter(|p| p.at >= from)
                    .map(|p| p.message.to_string())
                    .collect()
            }
            None => Vec::new(),
        }
    };
    let open = OpenStream(shared.clone());
    let (tx, rx) = mpsc::channel::<Result<String, std::io::Error>>(256);
    tokio::spawn(stream_connection(
        shared.clone(),
        epoch,
        backfilled,
        tx,
        open,
    ));
    let mut resp = Response::new(Body::from_stream(
        tokio_stream::wrappers::ReceiverStream::new(rx),
    ));
    resp.headers_mut()
        .insert("content-type", HeaderValue::from_static("application/json"));
    with_headers(resp, rl)
}

/// Counts an open stream connection while it lives; in live mode the
/// queue goes with the last one.
struct OpenStream(Arc<Shared>);

impl Drop for OpenStream {
    fn drop(&mut self) {
        let mut d = self.0.data();
        d.open_streams = d.open_streams.saturating_sub(1);
        if self.0.options.live && d.open_streams == 0 {
            d.queue.clear();
        }
    }
}

/// The status of the last logged request to `endpoint`, when the handler
/// refuses it after the gate let it through.
fn set_last_status(shared: &Shared, endpoint: Endpoint, status: u16) {
    let mut d = shared.data();
    if let Some(r) = d.requests.iter_mut().rev().find(|r| r.endpoint == endpoint) {
        r.status = status;
    }
}

/// Writes one stream connection: the backfilled posts (oldest first), then
/// queued messages as they come, a blank line every keep-alive interval,
/// and whatever faults say.
async fn stream_connection(
    shared: Arc<Shared>,
    epoch: u64,
    backfilled: Vec<String>,
    tx: mpsc::Sender<Result<String, std::io::Error>>,
    _open: OpenStream,
) {
    let keepalive = shared.options.keepalive;
    let mut next_keepalive = tokio::time::Instant::now() + keepalive;
    let mut stalled = false;
    let mut drop_after: Option<usize> = None;
    for line in backfilled {
        if tx.send(Ok(format!("{line}\r\n"))).await.is_err() {
            return;
        }
    }
    loop {
        if shared.stream_epoch.load(Ordering::SeqCst) != epoch {
            return; // a newer connection replaced this one
        }
        let mut lines = Vec::new();
        let mut disconnect = false;
        {
            let mut d = shared.data();
            if std::mem::take(&mut d.stall_next) {
                stalled = true;
            }
            if let Some(n) = d.drop_after.take() {
                drop_after = Some(n);
            }
            if std::mem::take(&mut d.operational_disconnect) {
                disconnect = true;
            }
            if !stalled && !disconnect {
                let room = drop_after.unwrap_or(usize::MAX).min(64);
                while lines.len() < room {
                    match d.queue.pop_front() {
                        Some(l) => lines.push(l),
                        None => break,
                    }
                }
            }
        }
        if disconnect {
            let err = json!({"errors": [{
                "title": "operational-disconnect",
                "disconnect_type": "UpstreamOperationalDisconnect",
                "detail": "This stream has been disconnected upstream for operational reasons.",
                "type": "https://api.twitter.com/2/problems/operational-disconnect",
            }]});
            let _ = tx.send(Ok(format!("{err}\r\n"))).await;
            return;
        }
        for line in lines {
            if tx.send(Ok(format!("{line}\r\n"))).await.is_err() {
                return;
            }
            if let Some(n) = drop_after.as_mut() {
                *n = n.saturating_sub(1);
            }
        }
        if drop_after == Some(0) {
            return;
        }
        tokio::select! {
            _ = shared.wake.notified() => {}
            _ = tokio::time::sleep_until(next_keepalive) => {
                next_keepalive = tokio::time::Instant::now() + keepalive;
                if !stalled && tx.send(Ok("\r\n".to_string())).await.is_err() {
                    return;
                }
            }
            _ = tokio::time::sleep(Duration::from_millis(25)) => {}
            _ = tx.closed() => return,
        }
    }
}

fn rules_json(rules: &[Rule]) -> Vec<Value> {
    rules
        .iter()
        .map(|r| match &r.tag {
            Some(tag) => json!({"id": r.id, "value": r.value, "tag": tag}),
            None => json!({"id": r.id, "value": r.value}),
        })
        .collect()
}

fn sent_now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

async fn list_rules(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let query = query.unwrap_or_default();
    let rl = match gate(&shared, Endpoint::Rules, &headers, &query, &[Auth::App]).await {
        Ok(h) => h,
        Err(resp) => return *resp,
    };
    let rules = shared.data().rules.clone();
    let body = if rules.is_empty() {
        json!({"meta": {"sent": sent_now(), "result_count": 0}})
    } else {
        json!({"data": rules_json(&rules), "meta": {"sent": sent_now(), "result_count": rules.len()}})
    };
    with_headers(Json(body).into_response(), rl)
}

fn invalid_request(message: &str) -> Response {
    let body = json!({
        "errors": [{"parameters": {}, "message": message}],
        "title": "Invalid Request",
        "detail": "One or more parameters to your request was invalid.",
        "type": "https://api.twitter.com/2/problems/invalid-request",
    });
    (StatusCode::BAD_REQUEST, Json(body)).into_response()
}

async fn change_rules(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    body: axum::body::Bytes,
) -> Response {
    let query = query.unwrap_or_default();
    let rl = match gate(&shared, Endpoint::Rules, &headers, &query, &[Auth::App]).await {
        Ok(h) => h,
        Err(resp) => return *resp,
    };
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return invalid_request("the request body is not JSON");
    };
    if let Some(add) = body.get("add").and_then(Value::as_array) {
        let max = shared.options.rule_max_len;
        let mut new = Vec::new();
        for r in add {
            let Some(value) = r.get("value").and_then(Value::as_str) else {
                return invalid_request("$.add[*].value is missing");
            };
            if value.chars().count() > max {
                return invalid_request(&format!("Rule is too long: more than {max} characters"));
            }
            new.push(Rule {
                id: shared.new_id(),
                value: value.to_string(),
                tag: r.get("tag").and_then(Value::as_str).map(str::to_string),
            });
        }
        let created = new.len();
        shared.data().rules.extend(new.iter().cloned());
        let body = json!({
            "data": rules_json(&new),
            "meta": {"sent": sent_now(), "summary": {"created": created, "not_created": 0, "valid": created, "invalid": 0}},
        });
        return with_headers((StatusCode::CREATED, Json(body)).into_response(), rl);
    }
    if let Some(ids) = body
        .get("delete")
        .and_then(|d| d.get("ids"))
        .and_then(Value::as_array)
    {
        let ids: Vec<&str> = ids.iter().filter_map(Value::as_str).collect();
        let mut d = shared.data();
        let before = d.rules.len();
        d.rules.retain(|r| !ids.contains(&r.id.as_str()));
        let deleted = before - d.rules.len();
        drop(d);
        let body = json!({
            "meta": {"sent": sent_now(), "summary": {"deleted": deleted, "not_deleted": ids.len() - deleted}},
        });
        return with_headers(Json(body).into_response(), rl);
    }
    invalid_request("the body needs 'add' or 'delete'")
}

async fn me(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let query = query.unwrap_or_default();
    let rl = match gate(&shared, Endpoint::Me, &headers, &query, &[Auth::User]).await {
        Ok(h) => h,
        Err(resp) => return *resp,
    };
    let o = &shared.options;
    let body = json!({"data": {"id": o.brand_user_id, "name": o.brand_username, "username": o.brand_username}});
    with_headers(Json(body).into_response(), rl)
}

/// Items of a page and the token of the next one.
type PageOf<T> = (Vec<(String, T)>, Option<String>);

/// A page of newest-first items after `since_id`, from the offset the
/// `pagination_token` names: `(page, next_token)`.
fn page<T: Clone>(
    newest_first: Vec<(String, T)>,
    q: &HashMap<String, String>,
    default_max: usize,
) -> Result<PageOf<T>, Box<Response>> {
    page_by(newest_first, q, default_max, 5, "pagination_token")
}

/// [`page`] with the endpoint's smallest `max_results` and the name of its
/// page token parameter (recent search: 10 and `next_token`).
fn page_by<T: Clone>(
    newest_first: Vec<(String, T)>,
    q: &HashMap<String, String>,
    default_max: usize,
    min_max: usize,
    token_param: &str,
) -> Result<PageOf<T>, Box<Response>> {
    let max = match q.get("max_results") {
        Some(m) => match m.parse::<usize>() {
            Ok(m) if (min_max..=100).contains(&m) => m,
            _ => {
                return Err(Box::new(invalid_request(&format!(
                    "max_results must be between {min_max} and 100"
                ))))
            }
        },
        None => default_max,
    };
    let since = q.get("since_id").map(|s| id_number(s));
    let all: Vec<(String, T)> = newest_first
        .into_iter()
        .filter(|(id, _)| since.is_none_or(|s| id_number(id) > s))
        .collect();
    let offset = match q.get(token_param) {
        Some(t) => match t.strip_prefix("p").and_then(|n| n.parse::<usize>().ok()) {
            Some(n) => n,
            None => {
                return Err(Box::new(invalid_request(&format!(
                    "{token_param} is not valid"
                ))))
            }
        },
        None => 0,
    };
    let page: Vec<(String, T)> = all.iter().skip(offset).take(max).cloned().collect();
    let next = (offset + max < all.len()).then(|| format!("p{}", offset + max));
    Ok((page, next))
}

fn page_meta(ids: &[String], next: Option<String>) -> Value {
    let mut meta = json!({"result_count": ids.len()});
    if let (Some(first), Some(last)) = (ids.first(), ids.last()) {
        meta["newest_id"] = json!(first);
        meta["oldest_id"] = json!(last);
    }
    if let Some(next) = next {
        meta["next_token"] = json!(next);
    }
    meta
}

async fn mentions(
    State(shared): State<Arc<Shared>>,
    Path(user): Path<String>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let query = query.unwrap_or_default();
    let rl = match gate(
        &shared,
        Endpoint::Mentions,
        &headers,
        &query,
        &[Auth::App, Auth::User],
    )
    .await
    {
        Ok(h) => h,
        Err(resp) => return *resp,
    };
    let q = query_map(&query);
    let timeline: Vec<(String, (Value, Value))> = if user == shared.options.brand_user_id {
        let d = shared.data();
        let mut items: Vec<_> = d
            .mentions
            .iter()
            .map(|(t, inc)| {
                let id = t
                    .get("id")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string();
                (id, (t.clone(), inc.clone()))
            })
            .collect();
        items.sort_by_key(|(id, _)| std::cmp::Reverse(id_number(id)));
        items
    } else {
        Vec::new()
    };
    let (items, next) = match page(timeline, &q, 10) {
        Ok(p) => p,
        Err(resp) => return *resp,
    };
    let ids: Vec<String> = items.iter().map(|(id, _)| id.clone()).collect();
    let mut body = json!({"meta": page_meta(&ids, next)});
    if !items.is_empty() {
        let mut users: Vec<Value> = Vec::new();
        let mut tweets: Vec<Value> = Vec::new();
        for (_, (_, inc)) in &items {
            for (key, into) in [("users", &mut users), ("tweets", &mut tweets)] {
                for v in inc.get(key).and_then(Value::as_array).into_iter().flatten() {
                    if !into.iter().any(|u| u.get("id") == v.get("id")) {
                        into.push(v.clone());
                    }
                }
            }
        }
        body["data"] = Value::Array(items.into_iter().map(|(_, (t, _))| t).collect());
        body["includes"] = json!({"users": users, "tweets": tweets});
    }
    with_headers(Json(body).into_response(), rl)
}

/// The terms of a search query: `a OR "b c" OR #d` → `a`, `b c`, `#d`
/// (lowercased). Enough of X's query language for the rules earshot makes.
fn query_terms(query: &str) -> Vec<String> {
    query
        .split(" OR ")
        .map(|t| t.trim().trim_matches(['(', ')']).trim().trim_matches('"'))
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Items of a tweets page merged into one `includes` (each user and
/// tweet once), as X sends them.
fn merged_includes(includes: &[&Value]) -> Value {
    let mut users: Vec<Value> = Vec::new();
    let mut tweets: Vec<Value> = Vec::new();
    for inc in includes {
        for (key, into) in [("users", &mut users), ("tweets", &mut tweets)] {
            for v in inc.get(key).and_then(Value::as_array).into_iter().flatten() {
                if !into.iter().any(|u| u.get("id") == v.get("id")) {
                    into.push(v.clone());
                }
            }
        }
    }
    json!({"users": users, "tweets": tweets})
}

/// `GET /2/tweets/search/recent`: the history's posts whose text contains
/// any term of `query`, newest first, after `since_id` or from
/// `start_time`, `next_token` paginated (10 to 100 a page).
async fn search_recent(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let query = query.unwrap_or_default();
    let rl = match gate(
        &shared,
        Endpoint::Search,
        &headers,
        &query,
        &[Auth::App, Auth::User],
    )
    .await
    {
        Ok(h) => h,
        Err(resp) => return *resp,
    };
    let q = query_map(&query);
    let refuse = |why: &str| {
        set_last_status(&shared, Endpoint::Search, 400);
        invalid_request(why)
    };
    let Some(text) = q.get("query").filter(|t| !t.trim().is_empty()) else {
        return refuse("The `query` query parameter can not be empty");
    };
    let max = shared.options.search_query_max_len;
    if text.chars().count() > max {
        return refuse(&format!(
            "The `query` query parameter value is too long: more than {max} characters"
        ));
    }
    if q.get("since_id").is_some_and(|s| s.parse::<u64>().is_err()) {
        return refuse("The `since_id` query parameter value is not a post id");
    }
    let start = match q.get("start_time").map(|s| DateTime::parse_from_rfc3339(s)) {
        Some(Ok(t)) => Some(t.with_timezone(&Utc)),
        Some(Err(_)) => return refuse("start_time is not an RFC 3339 time"),
        None => None,
    };
    let terms = query_terms(text);
    let found: Vec<(String, Value)> = {
        let d = shared.data();
        let mut items: Vec<(String, Value)> = d
            .history
            .iter()
            .filter(|p| start.is_none_or(|s| p.at >= s))
            .filter(|p| {
                let text = p
                    .message
                    .pointer("/data/text")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_lowercase();
                terms.iter().any(|t| text.contains(t.as_str()))
            })
            .filter_map(|p| {
                let id = p.message.pointer("/data/id")?.as_str()?.to_string();
                Some((id, p.message.clone()))
            })
            .collect();
        items.sort_by_key(|(id, _)| std::cmp::Reverse(id_number(id)));
        items.dedup_by(|a, b| a.0 == b.0);
        items
    };
    let (items, next) = match page_by(found, &q, 10, 10, "next_token") {
        Ok(p) => p,
        Err(resp) => {
            set_last_status(&shared, Endpoint::Search, 400);
            return *resp;
        }
    };
    let ids: Vec<String> = items.iter().map(|(id, _)| id.clone()).collect();
    let mut body = json!({"meta": page_meta(&ids, next)});
    if !items.is_empty() {
        let includes: Vec<&Value> = items
            .iter()
            .filter_map(|(_, m)| m.get("includes"))
            .collect();
        body["includes"] = merged_includes(&includes);
        body["data"] = Value::Array(
            items
                .iter()
                .map(|(_, m)| m.get("data").cloned().unwrap_or(Value::Null))
                .collect(),
        );
    }
    with_headers(Json(body).into_response(), rl)
}

async fn user_tweets(
    State(shared): State<Arc<Shared>>,
    Path(user): Path<String>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let query = query.unwrap_or_default();
    let rl = match gate(
        &shared,
        Endpoint::UserTweets,
        &headers,
        &query,
        &[Auth::App, Auth::User],
    )
    .await
    {
        Ok(h) => h,
        Err(resp) => return *resp,
    };
    let q = query_map(&query);
    let start = match q.get("start_time").map(|s| DateTime::parse_from_rfc3339(s)) {
        Some(Ok(t)) => Some(t.with_timezone(&Utc)),
        Some(Err(_)) => return invalid_request("start_time is not an RFC 3339 time"),
        None => None,
    };
    let posts: Vec<(String, Post)> = if user == shared.options.brand_user_id {
        let d = shared.data();
        d.posts
            .iter()
            .rev()
            .filter(|p| start.is_none_or(|s| p.created_at >= s))
            .map(|p| (p.id.clone(), p.clone()))
            .collect()
    } else {
        Vec::new()
    };
    let (items, next) = match page(posts, &q, 10) {
        Ok(p) => p,
        Err(resp) => return *resp,
    };
    let ids: Vec<String> = items.iter().map(|(id, _)| id.clone()).collect();
    let fields = q.get("tweet.fields").cloned().unwrap_or_default();
    let mut body = json!({"meta": page_meta(&ids, next)});
    if !items.is_empty() {
        let data: Vec<Value> = items
            .into_iter()
            .map(|(_, p)| {
                let mut t = json!({"id": p.id, "text": p.text, "edit_history_tweet_ids": [p.id]});
                if fields.contains("created_at") {
                    t["created_at"] =
                        json!(p.created_at.to_rfc3339_opts(SecondsFormat::Millis, true));
                }
                if fields.contains("referenced_tweets") {
                    if let Some(parent) = &p.in_reply_to_tweet_id {
                        t["referenced_tweets"] = json!([{"type": "replied_to", "id": parent}]);
                    }
                }
                t
            })
            .collect();
        body["data"] = Value::Array(data);
    }
    with_headers(Json(body).into_response(), rl)
}

/// Whether this post or message is to be made and then answered with a
/// 503 (the [`Fault::PostedButFailed`] fault).
fn take_posted_but_failed(shared: &Shared) -> bool {
    let mut d = shared.data();
    if d.posted_but_failed > 0 {
        d.posted_but_failed -= 1;
        true
    } else {
        false
    }
}

async fn post_tweet(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    body: axum::body::Bytes,
) -> Response {
    let query = query.unwrap_or_default();
    let rl = match gate(
        &shared,
        Endpoint::PostTweet,
        &headers,
        &query,
        &[Auth::User],
    )
    .await
    {
        Ok(h) => h,
        Err(resp) => return *resp,
    };
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return invalid_request("the request body is not JSON");
    };
    let Some(text) = body.get("text").and_then(Value::as_str) else {
        return invalid_request("$.text is missing");
    };
    if text.chars().count() > 280 {
        return problem(
            StatusCode::FORBIDDEN,
            "You are not permitted to create a Tweet with this length.",
        );
    }
    let reply_to = body
        .get("reply")
        .and_then(|r| r.get("in_reply_to_tweet_id"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let id = shared.new_id();
    shared.data().posts.push(Post {
        id: id.clone(),
        text: text.to_string(),
        in_reply_to_tweet_id: reply_to,
        created_at: Utc::now(),
    });
    if take_posted_but_failed(&shared) {
        return problem(StatusCode::SERVICE_UNAVAILABLE, "Service Unavailable");
    }
    let body = json!({"data": {"id": id, "text": text, "edit_history_tweet_ids": [id]}});
    with_headers((StatusCode::CREATED, Json(body)).into_response(), rl)
}

async fn send_dm(
    State(shared): State<Arc<Shared>>,
    Path(participant): Path<String>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    body: axum::body::Bytes,
) -> Response {
    let query = query.unwrap_or_default();
    let rl = match gate(&shared, Endpoint::SendDm, &headers, &query, &[Auth::User]).await {
        Ok(h) => h,
        Err(resp) => return *resp,
    };
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return invalid_request("the request body is not JSON");
    };
    let Some(text) = body.get("text").and_then(Value::as_str) else {
        return invalid_request("$.text is missing");
    };
    if participant.parse::<u64>().is_err() {
        return invalid_request("participant_id must be a user id");
    }
    let event_id = shared.new_id();
    let brand = shared.options.brand_user_id.clone();
    shared.data().dms.push(DirectMessage {
        event_id: event_id.clone(),
        participant_id: participant.clone(),
        sender_id: brand.clone(),
        text: text.to_string(),
        created_at: Utc::now(),
    });
    if take_posted_but_failed(&shared) {
        return problem(StatusCode::SERVICE_UNAVAILABLE, "Service Unavailable");
    }
    let body = json!({"data": {"dm_conversation_id": format!("{participant}-{brand}"), "dm_event_id": event_id}});
    with_headers((StatusCode::CREATED, Json(body)).into_response(), rl)
}

async fn dm_events(
    State(shared): State<Arc<Shared>>,
    Path(participant): Path<String>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let query = query.unwrap_or_default();
    let rl = match gate(&shared, Endpoint::DmEvents, &headers, &query, &[Auth::User]).await {
        Ok(h) => h,
        Err(resp) => return *resp,
    };
    let q = query_map(&query);
    let brand = shared.options.brand_user_id.clone();
    let events: Vec<(String, DirectMessage)> = shared
        .data()
        .dms
        .iter()
        .rev()
        .filter(|m| m.participant_id == participant)
        .map(|m| (m.event_id.clone(), m.clone()))
        .collect();
    let (items, next) = match page(events, &q, 100) {
        Ok(p) => p,
        Err(resp) => return *resp,
    };
    let ids: Vec<String> = items.iter().map(|(id, _)| id.clone()).collect();
    let mut body = json!({"meta": page_meta(&ids, next)});
    if !items.is_empty() {
        body["data"] = Value::Array(
            items
                .into_iter()
                .map(|(_, m)| {
                    json!({
                        "id": m.event_id,
                        "event_type": "MessageCreate",
                        "text": m.text,
                        "sender_id": m.sender_id,
                        "created_at": m.created_at.to_rfc3339_opts(SecondsFormat::Millis, true),
                        "dm_conversation_id": format!("{}-{brand}", m.participant_id),
                    })
                })
                .collect(),
        );
    }
    with_headers(Json(body).into_response(), rl)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_percent_decoded() {
        let q = query_map("a=%40x%20y&b=c+d&e=%zz");
        assert_eq!(q["a"], "@x y");
        assert_eq!(q["b"], "c d");
        assert_eq!(q["e"], "%zz");
    }

    #[test]
    fn search_queries_split_into_lowercase_terms() {
        assert_eq!(
            query_terms("@NorthwindCares OR \"Northwind Fiber\" OR #Northwind"),
            vec!["@northwindcares", "northwind fiber", "#northwind"]
        );
    }

    #[test]
    fn tweet_messages_carry_mention_entities_in_characters() {
        let m = tweet_message("5", ("1", "dana"), "é @NorthwindCares hi @x_y");
        let mentions = m["data"]["entities"]["mentions"].as_array().unwrap();
        assert_eq!(mentions[0]["start"], 2);
        assert_eq!(mentions[0]["end"], 17);
        assert_eq!(mentions[1]["username"], "x_y");
    }
}
