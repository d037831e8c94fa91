//! A stand-in Mastodon instance for tests: the real paths, JSON shapes,
//! headers and SSE framing of the endpoints earshot uses, with faults a
//! test switches on. Not used by earshot itself.
//!
//! - `GET /api/v1/streaming/user/notification` and `/api/v1/streaming/user`:
//!   SSE, `:)` on connect, `:thump` heartbeats, `event: notification`;
//! - `GET /api/v1/notifications` with `types[]`, `max_id`, `since_id`,
//!   `min_id`, `limit` and a `Link` header (`rel="next"` older, `rel="prev"`
//!   newer);
//! - `POST /api/v1/statuses` (JSON), deduplicated by `Idempotency-Key`;
//! - `GET /api/v1/accounts/verify_credentials`,
//!   `GET /api/v1/accounts/{id}/statuses`, `GET /api/v1/statuses/{id}/source`;
//! - bearer checks (401 `{"error":"The access token is invalid"}`) and
//!   `X-RateLimit-Limit/Remaining/Reset` (ISO 8601) on every answer.

use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};
use std::collections::{HashMap, VecDeque};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tokio_stream::StreamExt;

/// The endpoints a fault can target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    Stream,
    Notifications,
    PostStatus,
    Any,
}

/// What a faulty answer looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// 429 with `X-RateLimit-Remaining: 0` and a reset this far ahead.
    TooManyRequests { reset_in: Duration },
    /// 503 with Mastodon's JSON error.
    Unavailable,
    /// 502 with an HTML page, as a proxy in front of an instance sends.
    HtmlPage,
    /// 401 as for a revoked token.
    Unauthorized,
    /// 200 with a body cut off in the middle of the JSON.
    Truncated,
}

/// A fault to inject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// The next `times` requests to `on` fail this way.
    Http {
        on: Endpoint,
        times: u32,
        failure: Failure,
    },
    /// Close every open stream now.
    DropStreams,
    /// Every open stream goes silent (no events, no heartbeats) but stays
    /// open; streams opened later are healthy.
    StallStreams,
    /// The next `events` stream events carry a data line that is not JSON.
    MalformedEvents { events: u32 },
    /// Each of the next `events` stream events is sent twice.
    DuplicateEvents { events: u32 },
}

/// A status the brand posted through the stand-in.
#[derive(Debug, Clone, PartialEq)]
pub struct PostedStatus {
    pub id: String,
    pub text: String,
    pub visibility: String,
    pub in_reply_to_id: Option<String>,
    pub idempotency_key: Option<String>,
}

struct Conn {
    id: u64,
    tx: mpsc::Sender<Bytes>,
    stalled: bool,
}

struct Inner {
    next_id: u64,
    next_conn: u64,
    /// (id, notification JSON), ascending.
    notifications: Vec<(u64, Value)>,
    /// Statuses that exist (pushed mentions and posted replies), by id.
    known: HashMap<String, Value>,
    posted: Vec<PostedStatus>,
    idempotency: HashMap<String, String>,
    streams: Vec<Conn>,
    http_faults: VecDeque<(Endpoint, u32, Failure)>,
    malformed: u32,
    duplicate: u32,
    requests: Vec<String>,
    window_start: DateTime<Utc>,
    used: u64,
    stream_connects: u64,
}

struct Shared {
    token: String,
    domain: String,
    base: String,
    heartbeat: Duration,
    rate_limit: u64,
    window: Duration,
    inner: Mutex<Inner>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Options of a stand-in.
#[derive(Debug, Clone)]
pub struct Options {
    pub token: String,
    /// The instance's domain (local accounts are `user@domain`).
    pub domain: String,
    pub heartbeat: Duration,
    /// Requests per window before 429.
    pub rate_limit: u64,
    pub window: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            token: "standin-token".into(),
            domain: "example.social".into(),
            heartbeat: Duration::from_millis(100),
            rate_limit: 300,
            window: Duration::from_secs(300),
        }
    }
}

/// A running stand-in instance. Stops when dropped.
pub struct StandIn {
    addr: SocketAddr,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for StandIn {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The brand's account on the stand-in (id `1`, `northwind`).
pub const BRAND_ACCOUNT_ID: &str = "1";

impl StandIn {
    /// Start with the default options on 127.0.0.1:0.
    pub async fn start() -> std::io::Result<StandIn> {
        StandIn::start_with(Options::default()).await
    }

    pub async fn start_with(options: Options) -> std::io::Result<StandIn> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            token: options.token,
            domain: options.domain,
            base: format!("http://{addr}"),
            heartbeat: options.heartbeat,
            rate_limit: options.rate_limit,
            window: options.window,
            inner: Mutex::new(Inner {
                next_id: 113_500_000_000_000_000,
                next_conn: 0,
                notifications: Vec::new(),
                known: HashMap::new(),
                posted: Vec::new(),
                idempotency: HashMap::new(),
                streams: Vec::new(),
                http_faults: VecDeque::new(),
                malformed: 0,
                duplicate: 0,
                requests: Vec::new(),
                window_start: Utc::now(),
                used: 0,
                stream_connects: 0,
            }),
        });
        let app = Router::new()
            .route("/api/v1/streaming/user/notification", get(stream))
            .route("/api/v1/streaming/user", get(stream))
            .route("/api/v1/notifications", get(notifications))
            .route("/api/v1/statuses", post(post_status))
            .route("/api/v1/statuses/{id}/source", get(status_source))
            .route(
                "/api/v1/accounts/verify_credentials",
                get(verify_credentials),
            )
            .route("/api/v1/accounts/{id}/statuses", get(account_statuses))
            .fallback(|| async {
                (
                    StatusCode::NOT_FOUND,
                    axum::Json(json!({"error": "Record not found"})),
                )
            })
            .with_state(shared.clone());
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(StandIn { addr, shared, task })
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        self.shared.base.clone()
    }

    pub fn token(&self) -> &str {
        &self.shared.token
    }

    pub fn domain(&self) -> &str {
        &self.shared.domain
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// A new id, larger than every id before it (like Mastodon's snowflakes).
    pub fn next_id(&self) -> String {
        let mut inner = self.shared.lock();
        inner.next_id += 1;
        inner.next_id.to_string()
    }

    /// The brand's account JSON.
    pub fn brand_account(&self) -> Value {
        account_json(
            BRAND_ACCOUNT_ID,
            "northwind",
            "Northwind Fiber",
            &self.shared.domain,
        )
    }

    /// Record a status that mentions the brand and notify: it appears in
    /// the notifications list and on every healthy open stream. A status
    /// without `id` gets a fresh one. Returns the notification id.
    pub fn push_mention(&self, mut status: Value) -> String {
        let mut inner = self.shared.lock();
        if status.get("id").and_then(Value::as_str).is_none() {
            inner.next_id += 1;
            status["id"] = Value::String(inner.next_id.to_string());
        }
        let status_id = status["id"].as_str().unwrap_or_default().to_string();
        inner.known.insert(status_id, status.clone());
        inner.next_id += 1;
        let id = inner.next_id;
        let notification = json!({
            "id": id.to_string(),
            "type": "mention",
            "created_at": now_iso(),
            "account": status.get("account").cloned().unwrap_or(Value::Null),
            "status": status,
        });
        inner.notifications.push((id, notification.clone()));
        broadcast(&mut inner, &notification);
        id.to_string()
    }

    /// Notify something that is not a mention (`follow`, `favourite`).
    pub fn push_notification(&self, kind: &str, account: Value) -> String {
        let mut inner = self.shared.lock();
        inner.next_id += 1;
        let id = inner.next_id;
        let notification = json!({"id": id.to_string(), "type": kind, "created_at": now_iso(), "account": account});
        inner.notifications.push((id, notification.clone()));
        broadcast(&mut inner, &notification);
        id.to_string()
    }

    /// Forget a status, as when its author deletes it.
    pub fn delete_status(&self, id: &str) {
        self.shared.lock().known.remove(id);
    }

    /// Switch a fault on.
    pub fn set_fault(&self, fault: Fault) {
        let mut inner = self.shared.lock();
        match fault {
            Fault::Http { on, times, failure } => inner.http_faults.push_back((on, times, failure)),
            Fault::DropStreams => inner.streams.clear(),
            Fault::StallStreams => inner.streams.iter_mut().for_each(|c| c.stalled = true),
            Fault::MalformedEvents { events } => inner.malformed += events,
            Fault::DuplicateEvents { events } => inner.duplicate += events,
        }
    }

    /// What the brand posted, oldest first.
    pub fn statuses(&self) -> Vec<PostedStatus> {
        self.shared.lock().posted.clone()
    }

    /// Requests received, as `METHOD path?query`, oldest first.
    pub fn requests(&self) -> Vec<String> {
        self.shared.lock().requests.clone()
    }

    /// Streams opened so far (successfully).
    pub fn stream_connects(&self) -> u64 {
        self.shared.lock().stream_connects
    }

    /// Streams open and healthy right now.
    pub fn open_streams(&self) -> usize {
        let mut inner = self.shared.lock();
        inner.streams.retain(|c| !c.tx.is_closed());
        inner.streams.iter().filter(|c| !c.stalled).count()
    }
}

fn now_iso() -> String {
    Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// An `Account` entity.
pub fn account_json(id: &str, acct: &str, display_name: &str, domain: &str) -> Value {
    let username = acct.split('@').next().unwrap_or(acct);
    let host = acct.split_once('@').map_or(domain, |(_, d)| d);
    json!({
        "id": id,
        "username": username,
        "acct": acct,
        "display_name": display_name,
        "locked": false,
        "bot": false,
        "created_at": "2024-01-01T00:00:00.000Z",
        "note": "",
        "url": format!("https://{host}/@{username}"),
        "followers_count": 10,
        "following_count": 5,
        "statuses_count": 42,
    })
}

fn broadcast(inner: &mut Inner, notification: &Value) {
    let payload = notification.to_string();
    let mut frame = format!("event: notification\ndata: {payload}\n\n");
    if inner.malformed > 0 {
        inner.malformed -= 1;
        frame = format!(
            "event: notification\ndata: {}\n\n",
            &payload[..payload.len() / 2]
        );
    }
    let copies = if inner.duplicate > 0 {
        inner.duplicate -= 1;
        2
    } else {
        1
    };
    // A client too slow to keep up is cut off, as a real server does.
    inner.streams.retain(|c| {
        c.stalled || (0..copies).all(|_| c.tx.try_send(Bytes::from(frame.clone())).is_ok())
    });
}

/// Bookkeeping every request goes through: log, auth, injected faults and
/// the rate-limit window. `Err` is the answer to send instead.
fn admit(
    shared: &Shared,
    endpoint: Endpoint,
    line: String,
    headers: &HeaderMap,
) -> Result<HeaderMap, Box<Response>> {
    let mut inner = shared.lock();
    inner.requests.push(line);
    let now = Utc::now();
    let window = chrono::Duration::from_std(shared.window).unwrap_or_default();
    if now - inner.window_start >= window {
        inner.window_start = now;
        inner.used = 0;
    }
    inner.used += 1;
    let reset = inner.window_start + window;
    let remaining = shared.rate_limit.saturating_sub(inner.used);
    let mut out = HeaderMap::new();
    let mut set = |k: &'static str, v: String| {
        if let Ok(v) = HeaderValue::from_str(&v) {
            out.insert(k, v);
        }
    };
    set("x-ratelimit-limit", shared.rate_limit.to_string());
    set("x-ratelimit-remaining", remaining.to_string());
    set(
        "x-ratelimit-reset",
        reset.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
    );

    let authorized = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == format!("Bearer {}", shared.token));
    if !authorized {
        return Err(Box::new(error(
            out,
            StatusCode::UNAUTHORIZED,
            "The access token is invalid",
        )));
    }
    if inner.used > shared.rate_limit {
        return Err(Box::new(error(
            out,
            StatusCode::TOO_MANY_REQUESTS,
            "Too many requests",
        )));
    }
    let fault = inner
        .http_faults
        .iter_mut()
        .find(|(on, times, _)| *times > 0 && (*on == endpoint || *on == Endpoint::Any));
    if let Some((_, times, failure)) = fault {
        *times -= 1;
        let failure = *failure;
        inner.http_faults.retain(|(_, t, _)| *t > 0);
        return Err(Box::new(match failure {
            Failure::TooManyRequests { reset_in } => {
                let reset = now + chrono::Duration::from_std(reset_in).unwrap_or_default();
                out.insert("x-ratelimit-remaining", HeaderValue::from_static("0"));
                if let Ok(v) = HeaderValue::from_str(
                    &reset.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                ) {
                    out.insert("x-ratelimit-reset", v);
                }
                error(out, StatusCode::TOO_MANY_REQUESTS, "Too many requests")
            }
            Failure::Unavailable => error(
                out,
                StatusCode::SERVICE_UNAVAILABLE,
                "Service Unavailable",
            ),
            Failure::HtmlPage => (
                StatusCode::BAD_GATEWAY,
                out,
                [("content-type", "text/html")],
                "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>",
            )
                .into_response(),
            Failure::Unauthorized => {
                error(out, StatusCode::UNAUTHORIZED, "The access token is invalid")
            }
            Failure::Truncated => (
                StatusCode::OK,
                out,
                [("content-type", "application/json")],
                "[{\"id\":\"1\",\"type\":\"ment",
            )
                .into_response(),
        }));
    }
    Ok(out)
}

fn error(headers: HeaderMap, status: StatusCode, message: &str) -> Response {
    (status, headers, axum::Json(json!({ "error": message }))).into_response()
}

async fn stream(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let out = match admit(
        &shared,
        Endpoint::Stream,
        "GET /api/v1/streaming/user/notification".into(),
        &headers,
    ) {
        Ok(h) => h,
        Err(r) => return *r,
    };
    let (tx, rx) = mpsc::channel::<Bytes>(4096);
    let _ = tx.try_send(Bytes::from_static(b":)\n"));
    let id = {
        let mut inner = shared.lock();
        inner.next_conn += 1;
        inner.stream_connects += 1;
        let id = inner.next_conn;
        inner.streams.push(Conn {
            id,
            tx,
            stalled: false,
        });
        id
    };
    // Heartbeats come from the connection's registry entry, so dropping the
    // entry (DropStreams) closes the channel and ends the response.
    let hb = shared.clone();
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(hb.heartbeat).await;
            let mut inner = hb.lock();
            let Some(conn) = inner.streams.iter().find(|c| c.id == id) else {
                break;
            };
            if conn.tx.is_closed() {
                inner.streams.retain(|c| c.id != id);
                break;
            }
            if !conn.stalled {
                let _ = conn.tx.try_send(Bytes::from_static(b":thump\n"));
            }
        }
    });
    let body = Body::from_stream(ReceiverStream::new(rx).map(Ok::<_, Infallible>));
    (
        StatusCode::OK,
        out,
        [
            ("content-type", "text/event-stream"),
            ("cache-control", "no-store"),
        ],
        body,
    )
        .into_response()
}

/// Parse `a=1&types[]=mention&types%5B%5D=follow` into pairs.
fn query_pairs(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (k.replace("%5B", "[").replace("%5D", "]"), v.to_string())
        })
        .collect()
}

async fn notifications(
    State(shared): State<Arc<Shared>>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let query = query.unwrap_or_default();
    let mut out = match admit(
        &shared,
        Endpoint::Notifications,
        format!("GET /api/v1/notifications?{query}"),
        &headers,
    ) {
        Ok(h) => h,
        Err(r) => return *r,
    };
    let pairs = query_pairs(&query);
    let one = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let num = |k: &str| one(k).and_then(|v| v.parse::<u64>().ok());
    let types: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| k == "types[]")
        .map(|(_, v)| v.clone())
        .collect();
    let limit = num("limit").unwrap_or(40).clamp(1, 80) as usize;
    let (max_id, since_id, min_id) = (num("max_id"), num("since_id"), num("min_id"));
    let inner = shared.lock();
    let matching = inner.notifications.iter().filter(|(id, n)| {
        (types.is_empty()
            || n["type"]
                .as_str()
                .is_some_and(|t| types.iter().any(|x| x == t)))
            && max_id.is_none_or(|m| *id < m)
            && since_id.is_none_or(|s| *id > s)
            && min_id.is_none_or(|s| *id > s)
    });
    // min_id: the page right after it; otherwise the newest page. Either
    // way the answer is newest first.
    let mut page: Vec<&(u64, Value)> = if min_id.is_some() {
        matching.take(limit).collect()
    } else {
        let all: Vec<_> = matching.collect();
        all[all.len().saturating_sub(limit)..].to_vec()
    };
    page.reverse();
    if let (Some(newest), Some(oldest)) = (page.first(), page.last()) {
        let types_q: String = types.iter().map(|t| format!("&types%5B%5D={t}")).collect();
        let link = format!(
            "<{base}/api/v1/notifications?limit={limit}&max_id={old}{types_q}>; rel=\"next\", <{base}/api/v1/notifications?limit={limit}&min_id={new}{types_q}>; rel=\"prev\"",
            base = shared.base,
            old = oldest.0,
            new = newest.0,
        );
        if let Ok(v) = HeaderValue::from_str(&link) {
            out.insert("link", v);
        }
    }
    let body: Vec<&Value> = page.iter().map(|(_, n)| n).collect();
    (StatusCode::OK, out, axum::Json(body)).into_response()
}

async fn post_status(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let out = match admit(
        &shared,
        Endpoint::PostStatus,
        "POST /api/v1/statuses".into(),
        &headers,
    ) {
        Ok(h) => h,
        Err(r) => return *r,
    };
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let mut inner = shared.lock();
    if let Some(id) = key.as_ref().and_then(|k| inner.idempotency.get(k)) {
        if let Some(existing) = inner.known.get(id) {
            return (StatusCode::OK, out, axum::Json(existing.clone())).into_response();
        }
    }
    let Ok(req) = serde_json::from_slice::<Value>(&body) else {
        return error(
            out,
            StatusCode::UNPROCESSABLE_ENTITY,
            "Validation failed: Text can't be blank",
        );
    };
    let text = req["status"].as_str().unwrap_or("").to_string();
    if text.trim().is_empty() {
        return error(
            out,
            StatusCode::UNPROCESSABLE_ENTITY,
            "Validation failed: Text can't be blank",
        );
    }
    if text.chars().count() > 500 {
        return error(
            out,
            StatusCode::UNPROCESSABLE_ENTITY,
            "Validation failed: Text character limit of 500 exceeded",
        );
    }
    let visibility = req["visibility"].as_str().unwrap_or("public").to_string();
    if !["public", "unlisted", "private", "direct"].contains(&visibility.as_str()) {
        return error(
            out,
            StatusCode::UNPROCESSABLE_ENTITY,
            "Validation failed: Visibility is not included in the list",
        );
    }
    let in_reply_to_id = req["in_reply_to_id"].as_str().map(str::to_string);
    let parent_account = match &in_reply_to_id {
        Some(parent) => match inner.known.get(parent) {
            Some(p) => p["account"]["id"].clone(),
            None => return error(out, StatusCode::NOT_FOUND, "Record not found"),
        },
        None => Value::Null,
    };
    inner.next_id += 1;
    let id = inner.next_id.to_string();
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let status = json!({
        "id": id,
        "created_at": now_iso(),
        "in_reply_to_id": in_reply_to_id,
        "in_reply_to_account_id": parent_account,
        "sensitive": false,
        "spoiler_text": "",
        "visibility": visibility,
        "language": "en",
        "uri": format!("https://{}/users/northwind/statuses/{id}", shared.domain),
        "url": format!("https://{}/@northwind/{id}", shared.domain),
        "content": format!("<p>{escaped}</p>"),
        "account": account_json(BRAND_ACCOUNT_ID, "northwind", "Northwind Fiber", &shared.domain),
        "mentions": [],
        "reblog": null,
        "text": text,
    });
    inner.known.insert(id.clone(), status.clone());
    if let Some(k) = &key {
        inner.idempotency.insert(k.clone(), id.clone());
    }
    inner.posted.push(PostedStatus {
        id,
        text,
        visibility,
        in_reply_to_id,
        idempotency_key: key,
    });
    let mut shown = status;
    // `text` is only returned by the source endpoint.
    if let Some(o) = shown.as_object_mut() {
        o.remove("text");
    }
    (StatusCode::OK, out, axum::Json(shown)).into_response()
}

async fn verify_credentials(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let out = match admit(
        &shared,
        Endpoint::Any,
        "GET /api/v1/accounts/verify_credentials".into(),
        &headers,
    ) {
        Ok(h) => h,
        Err(r) => return *r,
    };
    let account = account_json(
        BRAND_ACCOUNT_ID,
        "northwind",
        "Northwind Fiber",
        &shared.domain,
    );
    (StatusCode::OK, out, axum::Json(account)).into_response()
}

async fn account_statuses(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let query = query.unwrap_or_default();
    let out = match admit(
        &shared,
        Endpoint::Any,
        format!("GET /api/v1/accounts/{id}/statuses?{query}"),
        &headers,
    ) {
        Ok(h) => h,
        Err(r) => return *r,
    };
    let limit = query_pairs(&query)
        .iter()
        .find(|(k, _)| k == "limit")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(20)
        .clamp(1, 40);
    let inner = shared.lock();
    let list: Vec<Value> = if id == BRAND_ACCOUNT_ID {
        inner
            .posted
            .iter()
            .rev()
            .take(limit)
            .filter_map(|p| inner.known.get(&p.id))
            .map(|s| {
                let mut s = s.clone();
                if let Some(o) = s.as_object_mut() {
                    o.remove("text");
                }
                s
            })
            .collect()
    } else {
        Vec::new()
    };
    (StatusCode::OK, out, axum::Json(list)).into_response()
}

async fn status_source(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let out = match admit(
        &shared,
        Endpoint::Any,
        format!("GET /api/v1/statuses/{id}/source"),
        &headers,
    ) {
        Ok(h) => h,
        Err(r) => return *r,
    };
    let inner = shared.lock();
    match inner.known.get(&id) {
        Some(s) => {
            let source =
                json!({"id": id, "text": s["text"].as_str().unwrap_or(""), "spoiler_text": ""});
            (StatusCode::OK, out, axum::Json(source)).into_response()
        }
        None => error(out, StatusCode::NOT_FOUND, "Record not found"),
    }
}
