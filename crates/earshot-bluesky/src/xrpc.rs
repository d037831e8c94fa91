//! A small XRPC client: `GET`/`POST {base}/xrpc/{nsid}` with JSON, the
//! AT Protocol's error body (`{"error": "Name", "message": "..."}`) and the
//! PDS's `ratelimit-*` headers read into [`XrpcError`], and the brand
//! account's session (`createSession`, `refreshSession` on
//! `ExpiredToken`).
//!
//! Tokens and the app password live only in request headers and bodies;
//! no error or log line carries them (errors quote only the server's
//! `error` and `message`, shortened).

use earshot_connect::ratelimit::{retry_after, RateLimit};
use reqwest::StatusCode;
use serde_json::Value;
use std::time::Duration;
use tokio::sync::Mutex;

/// A failed XRPC call.
#[derive(Debug, Clone, thiserror::Error)]
pub enum XrpcError {
    /// No HTTP response (refused, reset, timed out).
    #[error("{nsid}: network error: {reason}")]
    Network { nsid: String, reason: String },
    /// An HTTP error status, with the XRPC error name when the body had one.
    #[error("{nsid}: HTTP {status}{}{}", error.as_deref().map(|e| format!(" {e}")).unwrap_or_default(), message.as_deref().map(|m| format!(": {m}")).unwrap_or_default())]
    Status {
        nsid: String,
        status: u16,
        error: Option<String>,
        message: Option<String>,
        rate_limit: Box<RateLimit>,
        retry_after: Option<Duration>,
    },
    /// A 2xx whose body was not what the method returns.
    #[error("{nsid}: unexpected response: {reason}")]
    Decode { nsid: String, reason: String },
}

impl XrpcError {
    pub fn status(&self) -> Option<u16> {
        match self {
            XrpcError::Status { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The XRPC error name (`ExpiredToken`, `InvalidRequest`, ...).
    pub fn error_name(&self) -> Option<&str> {
        match self {
            XrpcError::Status { error, .. } => error.as_deref(),
            _ => None,
        }
    }

    /// The access token is no longer good: expired or refused.
    fn needs_new_token(&self) -> bool {
        matches!(
            self.error_name(),
            Some("ExpiredToken") | Some("InvalidToken")
        ) || self.status() == Some(401)
    }
}

/// Longest server text quoted in an error.
const MAX_QUOTE: usize = 300;

fn quote(s: &str) -> String {
    let mut out: String = s.chars().take(MAX_QUOTE).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

/// One XRPC service (a PDS or an AppView).
#[derive(Clone)]
pub struct Xrpc {
    http: reqwest::Client,
    base: String,
}

/// Extra request headers (`atproto-proxy` for chat).
pub type Headers<'a> = &'a [(&'static str, &'a str)];

impl Xrpc {
    pub fn new(base: &str, timeout: Duration) -> Xrpc {
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(10)))
            .user_agent(concat!("earshot/", env!("CARGO_PKG_VERSION")))
            .build()
            .unwrap_or_else(|_| reqwest::Client::new());
        Xrpc {
            http,
            base: base.trim_end_matches('/').to_string(),
        }
    }

    fn url(&self, nsid: &str) -> String {
        format!("{}/xrpc/{nsid}", self.base)
    }

    /// A query (`GET`).
    pub async fn query(
        &self,
        nsid: &str,
        params: &[(&str, &str)],
        token: Option<&str>,
        headers: Headers<'_>,
    ) -> Result<Value, XrpcError> {
        let mut req = self.http.get(self.url(nsid)).query(params);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        self.finish(nsid, req).await
    }

    /// A procedure (`POST` with a JSON body; `None` sends no body).
    pub async fn procedure(
        &self,
        nsid: &str,
        body: Option<&Value>,
        token: Option<&str>,
        headers: Headers<'_>,
    ) -> Result<Value, XrpcError> {
        let mut req = self.http.post(self.url(nsid));
        if let Some(b) = body {
            req = req.json(b);
        }
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        self.finish(nsid, req).await
    }

    async fn finish(&self, nsid: &str, req: reqwest::RequestBuilder) -> Result<Value, XrpcError> {
        let resp = req.send().await.map_err(|e| XrpcError::Network {
            nsid: nsid.to_string(),
            // The URL is the service's, never a secret; the error text of
            // reqwest carries no headers or bodies.
            reason: e.without_url().to_string(),
        })?;
        let status = resp.status();
        let rate_limit = RateLimit::from_headers(resp.headers());
        let retry = retry_after(resp.headers());
        let body = resp.bytes().await.map_err(|e| XrpcError::Network {
            nsid: nsid.to_string(),
            reason: e.without_url().to_string(),
        })?;
        if status.is_success() {
            if body.is_empty() {
                return Ok(Value::Null);
            }
            return serde_json::from_slice(&body).map_err(|e| XrpcError::Decode {
                nsid: nsid.to_string(),
                reason: format!("not JSON: {e}"),
            });
        }
        let parsed: Option<Value> = serde_json::from_slice(&body).ok();
        let field = |k: &str| {
            parsed
                .as_ref()
                .and_then(|v| v.get(k))
                .and_then(Value::as_str)
                .map(quote)
        };
        let (error, message) = match parsed {
            Some(_) => (field("error"), field("message")),
            None => (None, Some(not_json(status))),
        };
        Err(XrpcError::Status {
            nsid: nsid.to_string(),
            status: status.as_u16(),
            error,
            message,
            rate_limit: Box::new(rate_limit),
            retry_after: retry,
        })
    }
}

fn not_json(status: StatusCode) -> String {
    format!(
        "the body was not XRPC JSON ({})",
        status.canonical_reason().unwrap_or("unknown status")
    )
}

/// The brand account's login.
#[derive(Clone)]
pub struct Session {
    pub did: String,
    pub handle: String,
    access_jwt: String,
    refresh_jwt: String,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("did", &self.did)
            .field("handle", &self.handle)
            .finish_non_exhaustive()
    }
}

fn session_from(nsid: &str, v: &Value) -> Result<Session, XrpcError> {
    let s = |k: &str| {
        v.get(k)
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| XrpcError::Decode {
                nsid: nsid.to_string(),
                reason: format!("field '{k}' is missing"),
            })
    };
    Ok(Session {
        did: s("did")?,
        handle: s("handle")?,
        access_jwt: s("accessJwt")?,
        refresh_jwt: s("refreshJwt")?,
    })
}

/// An authenticated XRPC client for the brand account: logs in on first
/// use, refreshes the access token when the PDS says it expired, and logs
/// in again when the refresh token is refused too.
pub struct Account {
    pds: Xrpc,
    identifier: String,
    password: String,
    session: Mutex<Option<Session>>,
}

impl Account {
    pub fn new(pds: Xrpc, identifier: &str, password: &str) -> Account {
        Account {
            pds,
            identifier: identifier.to_string(),
            password: password.to_string(),
            session: Mutex::new(None),
        }
    }

    pub fn pds(&self) -> &Xrpc {
        &self.pds
    }

    async fn create_session(&self) -> Result<Session, XrpcError> {
        const NSID: &str = "com.atproto.server.createSession";
        let body = serde_json::json!({"identifier": self.identifier, "password": self.password});
        let v = self.pds.procedure(NSID, Some(&body), None, &[]).await?;
        let s = session_from(NSID, &v)?;
        tracing::info!(connector = "bluesky", did = %s.did, "logged in");
        Ok(s)
    }

    async fn refresh(&self, old: &Session) -> Result<Session, XrpcError> {
        const NSID: &str = "com.atproto.server.refreshSession";
        let v = self
            .pds
            .procedure(NSID, None, Some(&old.refresh_jwt), &[])
            .await?;
        session_from(NSID, &v)
    }

    /// The current session, logging in when there is none.
    pub async fn session(&self) -> Result<Session, XrpcError> {
        let mut guard = self.session.lock().await;
        if let Some(s) = guard.as_ref() {
            return Ok(s.clone());
        }
        let s = self.create_session().await?;
        *guard = Some(s.clone());
        Ok(s)
    }

    /// Replace a session whose access token was refused: refresh it, or log
    /// in again when the refresh is refused. Another caller may already
    /// have done so; then its session is used.
    async fn renew(&self, stale: &Session) -> Result<Session, XrpcError> {
        let mut guard = self.session.lock().await;
        if let Some(current) = guard.as_ref() {
            if current.access_jwt != stale.access_jwt {
                return Ok(current.clone());
            }
        }
        let fresh = match self.refresh(stale).await {
            Ok(s) => s,
            Err(e) if e.needs_new_token() || e.status() == Some(400) => {
                tracing::info!(
                    connector = "bluesky",
                    "refresh refused ({e}); logging in again"
                );
                *guard = None;
                self.create_session().await?
            }
            Err(e) => return Err(e),
        };
        *guard = Some(fresh.clone());
        Ok(fresh)
    }

    /// Call `f` with the session; on an expired or refused access token,
    /// renew the session and call it once more.
    async fn with_session<F, Fut>(&self, f: F) -> Result<Value, XrpcError>
    where
        F: Fn(Session) -> Fut,
        Fut: std::future::Future<Output = Result<Value, XrpcError>>,
    {
        let s = self.session().await?;
        match f(s.clone()).await {
            Err(e) if e.needs_new_token() => {
                let fresh = self.renew(&s).await?;
                f(fresh).await
            }
            other => other,
        }
    }

    pub async fn query(
        &self,
        nsid: &str,
        params: &[(&str, &str)],
        headers: Headers<'_>,
    ) -> Result<Value, XrpcError> {
        self.with_session(|s| async move {
            self.pds
                .query(nsid, params, Some(&s.access_jwt), headers)
                .await
        })
        .await
    }

    pub async fn procedure(
        &self,
        nsid: &str,
        body: &Value,
        headers: Headers<'_>,
    ) -> Result<Value, XrpcError> {
        self.with_session(|s| async move {
            self.pds
                .procedure(nsid, Some(body), Some(&s.access_jwt), headers)
                .await
        })
        .await
    }
}
