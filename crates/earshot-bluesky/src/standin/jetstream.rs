//! A stand-in Jetstream: `GET /subscribe` upgraded to a WebSocket that
//! sends one JSON event per text frame. With `cursor=<time_us>` it first
//! replays every kept event at or after that time, then goes live; without
//! one it is live only, as Jetstream is. `wantedCollections` filters
//! commits (identity and account events always pass). Faults are injected
//! into the open connections or the next handshake.

use super::{frame_collection, frame_time};
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::broadcast;

/// Something going wrong on the stand-in Jetstream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JetstreamFault {
    /// Open connections end without a close frame (the TCP connection
    /// just goes away).
    Drop,
    /// Open connections stay open and send nothing more.
    Stall,
    /// A text frame that is not an event.
    Malformed(String),
    /// A binary frame (what zstd-compressed Jetstream sends).
    Binary,
    /// The last event sent on each connection is sent again.
    Duplicate,
    /// The next handshake is answered with this HTTP status and an HTML
    /// page instead of the upgrade.
    RefuseHandshake(u16),
}

#[derive(Clone, Debug)]
enum Cmd {
    Event(i64, String),
    Fault(JetstreamFault),
}

struct Inner {
    log: Mutex<Vec<(i64, String)>>,
    live: broadcast::Sender<Cmd>,
    refusals: Mutex<VecDeque<u16>>,
    connections: AtomicUsize,
    open: AtomicUsize,
    queries: Mutex<Vec<String>>,
}

/// A running stand-in Jetstream.
pub struct Jetstream {
    addr: SocketAddr,
    inner: Arc<Inner>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Jetstream {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Jetstream {
    pub async fn start() -> std::io::Result<Jetstream> {
        let (live, _) = broadcast::channel(4096);
        let inner = Arc::new(Inner {
            log: Mutex::new(Vec::new()),
            live,
            refusals: Mutex::new(VecDeque::new()),
            connections: AtomicUsize::new(0),
            open: AtomicUsize::new(0),
            queries: Mutex::new(Vec::new()),
        });
        let app = Router::new()
            .route("/subscribe", get(subscribe))
            .with_state(inner.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(Jetstream { addr, inner, task })
    }

    /// `ws://127.0.0.1:PORT` (earshot appends `/subscribe`).
    pub fn url(&self) -> String {
        format!("ws://{}", self.addr)
    }

    /// Keep an event (for replay) and send it to every open connection.
    /// Frames without a `time_us` are sent but not kept.
    pub fn push(&self, frame: impl Into<String>) {
        let frame = frame.into();
        let t = frame_time(&frame).unwrap_or(i64::MIN);
        if t != i64::MIN {
            lock(&self.inner.log).push((t, frame.clone()));
        }
        let _ = self.inner.live.send(Cmd::Event(t, frame));
    }

    /// Keep an event for replay only (it happened while nobody listened).
    pub fn push_past(&self, frame: impl Into<String>) {
        let frame = frame.into();
        if let Some(t) = frame_time(&frame) {
            lock(&self.inner.log).push((t, frame));
        }
    }

    pub fn inject(&self, fault: JetstreamFault) {
        if let JetstreamFault::RefuseHandshake(status) = fault {
            lock(&self.inner.refusals).push_back(status);
        } else {
            let _ = self.inner.live.send(Cmd::Fault(fault));
        }
    }

    /// WebSocket connections accepted so far.
    pub fn connections(&self) -> usize {
        self.inner.connections.load(Ordering::SeqCst)
    }

    /// Connections open now.
    pub fn open_connections(&self) -> usize {
        self.inner.open.load(Ordering::SeqCst)
    }

    /// The query strings of every `/subscribe` request, in order.
    pub fn queries(&self) -> Vec<String> {
        lock(&self.inner.queries).clone()
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

struct Subscription {
    cursor: Option<i64>,
    wanted: Vec<String>,
}

impl Subscription {
    fn parse(query: &str) -> Subscription {
        let mut s = Subscription {
            cursor: None,
            wanted: Vec::new(),
        };
        for pair in query.split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            match k {
                "cursor" => s.cursor = v.parse().ok(),
                "wantedCollections" => s.wanted.push(v.to_string()),
                _ => {}
            }
        }
        s
    }

    fn wants(&self, frame: &str) -> bool {
        match frame_collection(frame) {
            Some(c) if !self.wanted.is_empty() => self.wanted.contains(&c),
            _ => true,
        }
    }
}

async fn subscribe(
    State(inner): State<Arc<Inner>>,
    RawQuery(query): RawQuery,
    ws: WebSocketUpgrade,
) -> Response {
    let query = query.unwrap_or_default();
    lock(&inner.queries).push(query.clone());
    if let Some(status) = lock(&inner.refusals).pop_front() {
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
        return (
            status,
            [("content-type", "text/html")],
            "<html><body><h1>502 Bad Gateway</h1></body></html>",
        )
            .into_response();
    }
    let sub = Subscription::parse(&query);
    inner.connections.fetch_add(1, Ordering::SeqCst);
    ws.on_upgrade(move |socket| serve(socket, inner, sub))
}

async fn serve(mut socket: WebSocket, inner: Arc<Inner>, sub: Subscription) {
    inner.open.fetch_add(1, Ordering::SeqCst);
    // Subscribe before the replay snapshot so nothing falls between them.
    let mut live = inner.live.subscribe();
    let mut last: Option<(i64, String)> = None;
    let mut sent_up_to = i64::MIN;
    if let Some(cursor) = sub.cursor {
        let replay: Vec<(i64, String)> = lock(&inner.log)
            .iter()
            .filter(|(t, _)| *t >= cursor)
            .cloned()
            .collect();
        for (t, frame) in replay {
            if sub.wants(&frame) {
                if socket
                    .send(Message::Text(frame.clone().into()))
                    .await
                    .is_err()
                {
                    inner.open.fetch_sub(1, Ordering::SeqCst);
                    return;
                }
                last = Some((t, frame));
            }
            sent_up_to = sent_up_to.max(t);
        }
    }
    let mut stalled = false;
    loop {
        tokio::select! {
            cmd = live.recv() => {
                let cmd = match cmd {
                    Ok(c) => c,
                    Err(broadcast::error::RecvError::Lagged(_)) => continue,
                    Err(broadcast::error::RecvError::Closed) => break,
                };
                if stalled {
                    continue;
                }
                let out = match cmd {
                    Cmd::Event(t, frame) => {
                        if (t != i64::MIN && t <= sent_up_to) || !sub.wants(&frame) {
                            continue;
                        }
                        last = Some((t, frame.clone()));
                        Message::Text(frame.into())
                    }
                    Cmd::Fault(JetstreamFault::Drop) => break,
                    Cmd::Fault(JetstreamFault::Stall) => {
                        stalled = true;
                        continue;
                    }
                    Cmd::Fault(JetstreamFault::Malformed(text)) => Message::Text(text.into()),
                    Cmd::Fault(JetstreamFault::Binary) => {
                        Message::Binary(vec![0x28, 0xb5, 0x2f, 0xfd, 0, 1, 2].into())
                    }
                    Cmd::Fault(JetstreamFault::Duplicate) => match &last {
                        Some((_, frame)) => Message::Text(frame.clone().into()),
                        None => continue,
                    },
                    Cmd::Fault(JetstreamFault::RefuseHandshake(_)) => continue,
                };
                if socket.send(out).await.is_err() {
                    break;
                }
            }
            incoming = socket.recv() => {
                match incoming {
                    None | Some(Err(_)) | Some(Ok(Message::Close(_))) => break,
                    Some(Ok(_)) => {}
                }
            }
        }
    }
    inner.open.fetch_sub(1, Ordering::SeqCst);
}
