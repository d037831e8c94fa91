//! A stand-in PDS (with the AppView and chat reads it proxies): the XRPC
//! methods earshot calls, at `/xrpc/{nsid}`, with XRPC error bodies
//! (`{"error", "message"}`) and `ratelimit-*` headers as a Bluesky PDS
//! sends them.
//!
//! - `com.atproto.server.createSession` / `refreshSession`: app-password
//!   login, access and refresh tokens; [`Pds::expire_access_tokens`] makes
//!   the next authenticated call answer `400 ExpiredToken`.
//! - `com.atproto.identity.resolveHandle`, `app.bsky.actor.getProfile`.
//! - `com.atproto.repo.createRecord` (TID record keys for posts, 300
//!   characters of text, strong-ref reply refs; an existing key answers
//!   `500 InternalServerError`, as the production PDS does, see
//!   bluesky-social/atproto#3718) and `getRecord` (`400 RecordNotFound`).
//! - `chat.bsky.convo.getConvoForMembers` / `sendMessage`, only with the
//!   `atproto-proxy: did:web:api.bsky.chat#bsky_chat` header.
//! - Faults per method ([`PdsFault`]).

use crate::sender::is_tid;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

/// Something going wrong on the next call of one method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdsFault {
    /// `429 RateLimitExceeded` with `ratelimit-remaining: 0` and a reset
    /// this many seconds ahead.
    RateLimited { reset_in_secs: i64 },
    /// This status with an XRPC error body.
    Status {
        status: u16,
        error: String,
        message: String,
    },
    /// This status with an HTML page (a proxy in front of the PDS).
    Html(u16),
    /// The call is carried out, but the answer is lost (502 HTML): the
    /// caller cannot tell whether it worked.
    LoseResponse,
}

/// A chat message sent through the stand-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatMessage {
    pub id: String,
    pub sent_at: String,
    pub convo_id: String,
    pub from: String,
    pub members: Vec<String>,
    pub text: String,
}

#[derive(Default)]
struct State_ {
    /// handle → (did, password).
    accounts: HashMap<String, (String, String)>,
    /// handle → did, for resolveHandle.
    handles: HashMap<String, String>,
    profiles: HashMap<String, Value>,
    /// access token → did.
    access: HashMap<String, String>,
    expired: HashSet<String>,
    /// refresh token → did.
    refresh: HashMap<String, String>,
    /// (repo, collection, rkey) → (cid, record).
    records: BTreeMap<(String, String, String), (String, Value)>,
    faults: HashMap<String, VecDeque<PdsFault>>,
    calls: Vec<String>,
    chat: Vec<ChatMessage>,
    /// convo id → members.
    convos: BTreeMap<String, Vec<String>>,
    counter: u64,
    remaining: u64,
    /// Every request body seen (to check what earshot sends).
    bodies: Vec<(String, Value)>,
}

type Shared = Arc<Mutex<State_>>;

/// A running stand-in PDS.
pub struct Pds {
    addr: SocketAddr,
    state: Shared,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Pds {
    fn drop(&mut self) {
        self.task.abort();
    }
}

const LIMIT: u64 = 5000;

fn lock(s: &Shared) -> std::sync::MutexGuard<'_, State_> {
    s.lock().unwrap_or_else(|e| e.into_inner())
}

impl Pds {
    pub async fn start() -> std::io::Result<Pds> {
        let state: Shared = Arc::new(Mutex::new(State_ {
            remaining: LIMIT,
            ..State_::default()
        }));
        let app = Router::new()
            .route("/xrpc/{nsid}", get(xrpc_get).post(xrpc_post))
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(Pds { addr, state, task })
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// An account that can log in with `app_password`.
    pub fn add_account(&self, handle: &str, did: &str, app_password: &str) {
        let mut s = lock(&self.state);
        s.accounts.insert(
            handle.to_string(),
            (did.to_string(), app_password.to_string()),
        );
        s.handles.insert(handle.to_string(), did.to_string());
        s.profiles
            .entry(did.to_string())
            .or_insert_with(|| json!({"did": did, "handle": handle}));
    }

    /// A profile (and its handle for resolveHandle).
    pub fn add_profile(&self, did: &str, handle: &str, display_name: &str, followers: u64) {
        let mut s = lock(&self.state);
        s.handles.insert(handle.to_string(), did.to_string());
        s.profiles.insert(
            did.to_string(),
            json!({"did": did, "handle": handle, "displayName": display_name,
                   "followersCount": followers, "followsCount": 10, "postsCount": 5,
                   "description": "", "labels": []}),
        );
    }

    /// The next call of `nsid` fails this way (faults queue per method).
    pub fn fail_next(&self, nsid: &str, fault: PdsFault) {
        lock(&self.state)
            .faults
            .entry(nsid.to_string())
            .or_default()
            .push_back(fault);
    }

    /// Every access token handed out so far is expired from now on.
    pub fn expire_access_tokens(&self) {
        let mut s = lock(&self.state);
        let tokens: Vec<String> = s.access.keys().cloned().collect();
        s.expired.extend(tokens);
    }

    /// The refresh tokens handed out so far are refused from now on.
    pub fn revoke_refresh_tokens(&self) {
        lock(&self.state).refresh.clear();
    }

    /// Methods called, in order.
    pub fn calls(&self) -> Vec<String> {
        lock(&self.state).calls.clone()
    }

    /// How many times `nsid` was called.
    pub fn count(&self, nsid: &str) -> usize {
        lock(&self.state)
            .calls
            .iter()
            .filter(|c| *c == nsid)
            .count()
    }

    /// The records of `repo` in `collection`, by record key.
    pub fn records(&self, repo: &str, collection: &str) -> Vec<(String, Value)> {
        lock(&self.state)
            .records
            .iter()
            .filter(|((r, c, _), _)| r == repo && c == collection)
            .map(|((_, _, k), (_, v))| (k.clone(), v.clone()))
            .collect()
    }

    pub fn chat_messages(&self) -> Vec<ChatMessage> {
        lock(&self.state).chat.clone()
    }

    /// Request bodies seen, with their method.
    pub fn bodies(&self) -> Vec<(String, Value)> {
        lock(&self.state).bodies.clone()
    }
}

fn xrpc_error(status: StatusCode, error: &str, message: &str) -> Response {
    (status, Json(json!({"error": error, "message": message}))).into_response()
}

fn with_limits(mut resp: Response, remaining: u64) -> Response {
    let reset = chrono::Utc::now().timestamp() + 3600;
    let h = resp.headers_mut();
    h.insert("ratelimit-limit", LIMIT.into());
    h.insert("ratelimit-remaining", remaining.into());
    h.insert("ratelimit-reset", reset.into());
    if let Ok(v) = format!("{LIMIT};w=3600").parse() {
        h.insert("ratelimit-policy", v);
    }
    resp
}

fn fault_response(fault: &PdsFault) -> Response {
    match fault {
        PdsFault::RateLimited { reset_in_secs } => {
            let mut r = xrpc_error(
                StatusCode::TOO_MANY_REQUESTS,
                "RateLimitExceeded",
                "Rate Limit Exceeded",
            );
            let h = r.headers_mut();
            h.insert("ratelimit-limit", LIMIT.into());
            h.insert("ratelimit-remaining", 0u64.into());
            h.insert(
                "ratelimit-reset",
                (chrono::Utc::now().timestamp() + reset_in_secs).into(),
            );
            r
        }
        PdsFault::Status {
            status,
            error,
            message,
        } => xrpc_error(
            StatusCode::from_u16(*status).unwrap_or(StatusCode::BAD_REQUEST),
            error,
            message,
        ),
        PdsFault::Html(status) => html_error(*status),
        PdsFault::LoseResponse => html_error(502),
    }
}

fn html_error(status: u16) -> Response {
    (
        StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY),
        [("content-type", "text/html")],
        "<html><head><title>Bad Gateway</title></head><body>nginx</body></html>",
    )
        .into_response()
}

fn query_map(q: Option<String>) -> HashMap<String, String> {
    let mut m = HashMap::new();
    for pair in q.unwrap_or_default().split('&') {
        if let Some((k, v)) = pair.split_once('=') {
            m.insert(k.to_string(), percent_decode(v));
        }
    }
    m
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' if i + 2 < b.len() => match u8::from_str_radix(&s[i + 1..i + 3], 16) {
                Ok(v) => {
                    out.push(v);
                    i += 3;
                    continue;
                }
                Err(_) => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The caller's DID, or the error to answer.
fn authed(s: &State_, headers: &HeaderMap) -> Result<String, Box<Response>> {
    let token = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let Some(token) = token else {
        return Err(Box::new(xrpc_error(
            StatusCode::UNAUTHORIZED,
            "AuthenticationRequired",
            "Authentication Required",
        )));
    };
    if s.expired.contains(token) {
        return Err(Box::new(xrpc_error(
            StatusCode::BAD_REQUEST,
            "ExpiredToken",
            "Token has expired",
        )));
    }
    s.access.get(token).cloned().ok_or_else(|| {
        Box::new(xrpc_error(
            StatusCode::UNAUTHORIZED,
            "InvalidToken",
            "Token could not be verified",
        ))
    })
}

/// Take the queued fault of `nsid`, if any, and record the call.
fn begin(state: &Shared, nsid: &str) -> Option<PdsFault> {
    let mut s = lock(state);
    s.calls.push(nsid.to_string());
    s.faults.get_mut(nsid).and_then(VecDeque::pop_front)
}

async fn xrpc_get(
    State(state): State<Shared>,
    Path(nsid): Path<String>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Response {
    let fault = begin(&state, &nsid);
    if let Some(f) = fault.as_ref().filter(|f| **f != PdsFault::LoseResponse) {
        return fault_response(f);
    }
    let params = query_map(q);
    let mut s = lock(&state);
    let resp = match nsid.as_str() {
        "com.atproto.identity.resolveHandle" => {
            let handle = params.get("handle").cloned().unwrap_or_default();
            match s
                .handles
                .get(&handle.to_ascii_lowercase())
                .or(s.handles.get(&handle))
            {
                Some(did) => Json(json!({"did": did})).into_response(),
                None => xrpc_error(
                    StatusCode::BAD_REQUEST,
                    "InvalidRequest",
                    "Unable to resolve handle",
                ),
            }
        }
        "app.bsky.actor.getProfile" => {
            let actor = params.get("actor").cloned().unwrap_or_default();
            let did = s.handles.get(&actor).cloned().unwrap_or(actor);
            match s.profiles.get(&did) {
                Some(p) => Json(p.clone()).into_response(),
                None => xrpc_error(
                    StatusCode::BAD_REQUEST,
                    "InvalidRequest",
                    "Profile not found",
                ),
            }
        }
        "com.atproto.repo.getRecord" => {
            let key = (
                params.get("repo").cloned().unwrap_or_default(),
                params.get("collection").cloned().unwrap_or_default(),
                params.get("rkey").cloned().unwrap_or_default(),
            );
            let uri = format!("at://{}/{}/{}", key.0, key.1, key.2);
            match s.records.get(&key) {
                Some((cid, value)) => {
                    Json(json!({"uri": uri, "cid": cid, "value": value})).into_response()
                }
                None => xrpc_error(
                    StatusCode::BAD_REQUEST,
                    "RecordNotFound",
                    &format!("Could not locate record: {uri}"),
                ),
            }
        }
        "chat.bsky.convo.getConvoForMembers" => {
            if let Some(r) = require_chat_proxy(&headers) {
                return r;
            }
            match authed(&s, &headers) {
                Err(r) => *r,
                Ok(me) => {
                    let other = params.get("members").cloned().unwrap_or_default();
                    let mut members = vec![me, other];
                    members.sort();
                    let existing = s
                        .convos
                        .iter()
                        .find(|(_, m)| **m == members)
                        .map(|(id, _)| id.clone());
                    let id = existing.unwrap_or_else(|| {
                        s.counter += 1;
                        let id = format!("convo{}", s.counter);
                        s.convos.insert(id.clone(), members.clone());
                        id
                    });
                    Json(json!({"convo": {"id": id, "rev": "1", "members": members, "muted": false, "unreadCount": 0}}))
                        .into_response()
                }
            }
        }
        "chat.bsky.convo.getMessages" => {
            if let Some(r) = require_chat_proxy(&headers) {
                return r;
            }
            match authed(&s, &headers) {
                Err(r) => *r,
                Ok(_) => {
                    let convo = params.get("convoId").cloned().unwrap_or_default();
                    // Newest first, as the chat service lists them.
                    let messages: Vec<Value> = s
                        .chat
                        .iter()
                        .rev()
                        .filter(|m| m.convo_id == convo)
                        .map(|m| {
                            json!({"$type": "chat.bsky.convo.defs#messageView", "id": m.id,
                                   "rev": "2", "text": m.text, "sender": {"did": m.from},
                                   "sentAt": m.sent_at})
                        })
                        .collect();
                    Json(json!({"messages": messages})).into_response()
                }
            }
        }
        _ => xrpc_error(
            StatusCode::NOT_IMPLEMENTED,
            "MethodNotImplemented",
            "Method Not Implemented",
        ),
    };
    drop(s);
    resp
}

fn require_chat_proxy(headers: &HeaderMap) -> Option<Response> {
    let proxy = headers.get("atproto-proxy").and_then(|v| v.to_str().ok());
    (proxy != Some("did:web:api.bsky.chat#bsky_chat")).then(|| {
        xrpc_error(
            StatusCode::NOT_IMPLEMENTED,
            "MethodNotImplemented",
            "Method Not Implemented",
        )
    })
}

async fn xrpc_post(
    State(state): State<Shared>,
    Path(nsid): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let fault = begin(&state, &nsid);
    if let Some(f) = fault.as_ref().filter(|f| **f != PdsFault::LoseResponse) {
        return fault_response(f);
    }
    let value: Value = if body.is_empty() {
        Value::Null
    } else {
        match serde_json::from_slice(&body) {
            Ok(v) => v,
            Err(_) => {
                return xrpc_error(
                    StatusCode::BAD_REQUEST,
                    "InvalidRequest",
                    "Request body is not JSON",
                )
            }
        }
    };
    let mut s = lock(&state);
    s.bodies.push((nsid.clone(), value.clone()));
    let resp = match nsid.as_str() {
        "com.atproto.server.createSession" => {
            let id = value
                .get("identifier")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let pw = value
                .get("password")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let account = s
                .accounts
                .iter()
                .find(|(h, (d, _))| h.as_str() == id || d.as_str() == id)
                .map(|(h, (d, p))| (h.clone(), d.clone(), p.clone()));
            match account {
                Some((handle, did, password)) if password == pw => {
                    new_session(&mut s, &handle, &did)
                }
                _ => xrpc_error(
                    StatusCode::UNAUTHORIZED,
                    "AuthenticationRequired",
                    "Invalid identifier or password",
                ),
            }
        }
        "com.atproto.server.refreshSession" => {
            let token = headers
                .get("authorization")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.strip_prefix("Bearer "))
                .unwrap_or_default()
                .to_string();
            match s.refresh.remove(&token) {
                Some(did) => {
                    let handle = s
                        .accounts
                        .iter()
                        .find(|(_, (d, _))| *d == did)
                        .map(|(h, _)| h.clone())
                        .unwrap_or_default();
                    new_session(&mut s, &handle, &did)
                }
                None => xrpc_error(
                    StatusCode::BAD_REQUEST,
                    "ExpiredToken",
                    "Token has been revoked",
                ),
            }
        }
        "com.atproto.repo.createRecord" => match authed(&s, &headers) {
            Err(r) => *r,
            Ok(did) => create_record(&mut s, &did, &value),
        },
        "chat.bsky.convo.sendMessage" => {
            if let Some(r) = require_chat_proxy(&headers) {
                return r;
            }
            match authed(&s, &headers) {
                Err(r) => *r,
                Ok(me) => {
                    let convo = value
                        .get("convoId")
                        .and_then(Value::as_str)
                        .unwrap_or_default();
                    let text = value
                        .get("message")
                        .and_then(|m| m.get("text"))
                        .and_then(Value::as_str);
                    match (s.convos.get(convo).cloned(), text) {
                        (Some(members), Some(text)) if members.contains(&me) => {
                            s.counter += 1;
                            let id = format!("msg{}", s.counter);
                            let sent_at = chrono::Utc::now()
                                .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
                            s.chat.push(ChatMessage {
                                id: id.clone(),
                                sent_at,
                                convo_id: convo.to_string(),
                                from: me.clone(),
                                members,
                                text: text.to_string(),
                            });
                            Json(json!({"id": id, "rev": "2", "text": text, "sender": {"did": me}, "sentAt": chrono::Utc::now().to_rfc3339()}))
                                .into_response()
                        }
                        (None, _) => {
                            xrpc_error(StatusCode::BAD_REQUEST, "InvalidConvo", "Convo not found")
                        }
                        _ => xrpc_error(
                            StatusCode::BAD_REQUEST,
                            "InvalidRequest",
                            "Input/message/text must be a string",
                        ),
                    }
                }
            }
        }
        _ => xrpc_error(
            StatusCode::NOT_IMPLEMENTED,
            "MethodNotImplemented",
            "Method Not Implemented",
        ),
    };
    drop(s);
    if fault == Some(PdsFault::LoseResponse) {
        return fault_response(&PdsFault::LoseResponse);
    }
    resp
}

fn new_session(s: &mut State_, handle: &str, did: &str) -> Response {
    s.counter += 1;
    let access = format!("eyJ.access.{}", s.counter);
    let refresh = format!("eyJ.refresh.{}", s.counter);
    s.access.insert(access.clone(), did.to_string());
    s.refresh.insert(refresh.clone(), did.to_string());
    Json(json!({"did": did, "handle": handle, "accessJwt": access, "refreshJwt": refresh, "active": true}))
        .into_response()
}

fn strong_ref_ok(v: Option<&Value>) -> bool {
    v.is_some_and(|r| {
        r.get("uri")
            .and_then(Value::as_str)
            .is_some_and(|u| u.starts_with("at://"))
            && r.get("cid")
                .and_then(Value::as_str)
                .is_some_and(|c| !c.is_empty())
    })
}

fn create_record(s: &mut State_, did: &str, body: &Value) -> Response {
    let repo = body.get("repo").and_then(Value::as_str).unwrap_or_default();
    if repo != did {
        return xrpc_error(
            StatusCode::BAD_REQUEST,
            "InvalidRequest",
            "Can not create records in another repo",
        );
    }
    let collection = body
        .get("collection")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let Some(record) = body.get("record").filter(|r| r.is_object()) else {
        return xrpc_error(
            StatusCode::BAD_REQUEST,
            "InvalidRequest",
            "Input must have the property \"record\"",
        );
    };
    let rkey = match body.get("rkey").and_then(Value::as_str) {
        Some(k) => k.to_string(),
        None => {
            let micros = chrono::Utc::now().timestamp_micros();
            s.counter += 1;
            crate::sender::tid(micros, s.counter)
        }
    };
    if collection == "app.bsky.feed.post" {
        if !is_tid(&rkey) {
            return xrpc_error(
                StatusCode::BAD_REQUEST,
                "InvalidRequest",
                "Invalid record key: must be a TID",
            );
        }
        let text = record.get("text").and_then(Value::as_str);
        let Some(text) = text else {
            return xrpc_error(
                StatusCode::BAD_REQUEST,
                "InvalidRequest",
                "Invalid app.bsky.feed.post record: Record must have the property \"text\"",
            );
        };
        if text.chars().count() > 300 {
            return xrpc_error(StatusCode::BAD_REQUEST, "InvalidRequest", "Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes");
        }
        if record.get("createdAt").and_then(Value::as_str).is_none() {
            return xrpc_error(
                StatusCode::BAD_REQUEST,
                "InvalidRequest",
                "Invalid app.bsky.feed.post record: Record must have the property \"createdAt\"",
            );
        }
        if let Some(reply) = record.get("reply") {
            if !strong_ref_ok(reply.get("root")) || !strong_ref_ok(reply.get("parent")) {
                return xrpc_error(
                    StatusCode::BAD_REQUEST,
                    "InvalidRequest",
                    "Invalid app.bsky.feed.post record: Record/reply/root must be a strong ref",
                );
            }
        }
        if let Some(facets) = record.get("facets").and_then(Value::as_array) {
            for f in facets {
                let start = f.pointer("/index/byteStart").and_then(Value::as_u64);
                let end = f.pointer("/index/byteEnd").and_then(Value::as_u64);
                let ok = matches!((start, end), (Some(a), Some(b)) if a <= b && (b as usize) <= text.len());
                if !ok {
                    return xrpc_error(
                        StatusCode::BAD_REQUEST,
                        "InvalidRequest",
                        "Invalid app.bsky.feed.post record: facet index out of range",
                    );
                }
            }
        }
    }
    let key = (did.to_string(), collection.clone(), rkey.clone());
    if s.records.contains_key(&key) {
        // What the production PDS answers today for an existing key.
        return xrpc_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "InternalServerError",
            "Internal Server Error",
        );
    }
    if s.remaining == 0 {
        return fault_response(&PdsFault::RateLimited { reset_in_secs: 60 });
    }
    s.remaining -= 1;
    s.counter += 1;
    let cid = format!("bafyreirec{}", s.counter);
    s.records.insert(key, (cid.clone(), record.clone()));
    let uri = format!("at://{did}/{collection}/{rkey}");
    let remaining = s.remaining;
    with_limits(
        Json(json!({"uri": uri, "cid": cid, "commit": {"cid": format!("bafyreicommit{}", s.counter), "rev": format!("3rev{}", s.counter)}, "validationStatus": "valid"}))
            .into_response(),
        remaining,
    )
}
