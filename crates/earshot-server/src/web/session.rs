//! Signing in and out of the desk, the session cookie, CSRF tokens and
//! login throttling.
//!
//! - The session id is 32 random bytes (hex) in the `earshot_session`
//!   cookie (`HttpOnly`, `SameSite=Lax`, `Path=/`); the store keeps only its
//!   SHA-256, with the session's own CSRF token and an expiry that slides
//!   while the session is used.
//! - Every state-changing request carries the session's CSRF token: form
//!   field `csrf` or header `X-CSRF-Token`. The login form, before there is
//!   a session, uses a double-submit cookie (`earshot_login_csrf`).
//! - Failed logins are counted per (username, client address); past the
//!   limit the answer is 429 with when to try again. Unknown usernames cost
//!   the same argon2 work as known ones.

use super::error::WebError;
use super::render::Page;
use super::WebState;
use axum::extract::{ConnectInfo, FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use chrono::Utc;
use earshot_store::{auth, Role, Store, User, WebSession};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::net::SocketAddr;

pub const SESSION_COOKIE: &str = "earshot_session";
const LOGIN_CSRF_COOKIE: &str = "earshot_login_csrf";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// An argon2id hash of a random password nobody knows, verified against
/// when the username is unknown so that the answer takes as long as for a
/// known one.
fn dummy_hash() -> String {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| auth::hash_password(&random_token()).unwrap_or_default())
        .clone()
}

/// 32 random bytes as 64 hex digits.
pub fn random_token() -> String {
    hex::encode(rand::random::<[u8; 32]>())
}

fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

/// A cookie's value from the request, if sent.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty())
}

fn set_cookie(
    state: &WebState,
    name: &str,
    value: &str,
    path: &str,
    max_age_secs: i64,
) -> HeaderValue {
    let secure = if state.config.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    let s = format!(
        "{name}={value}; Path={path}; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{secure}"
    );
    // Our names and hex values are always valid header text.
    HeaderValue::from_str(&s).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Compare secrets without leaking where they differ through timing.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Whether the request wants JSON (a `fetch` from the desk's JS, or the
/// event stream) rather than a page.
pub fn wants_json(parts_headers: &HeaderMap) -> bool {
    let header = |name| {
        parts_headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
            .unwrap_or("")
    };
    let accept = header(header::ACCEPT);
    // Browsers mark what a script fetched (`cors`, `no-cors` for a beacon,
    // ...) apart from a navigation; a script gets no login page.
    let mode = header(HeaderName::from_static("sec-fetch-mode"));
    parts_headers.contains_key(CSRF_HEADER)
        || accept.contains("application/json")
        || accept.contains("text/event-stream")
        || (!mode.is_empty() && mode != "navigate")
}

/// The signed-in user of a desk request. Extracting it from a request
/// without a live session is a redirect to `/login` (pages) or a 401
/// (requests from the desk's JS).
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub user: User,
    pub session: WebSession,
    id_hash: String,
}

impl CurrentUser {
    /// The stored form of this session's id.
    pub(crate) fn id_hash(&self) -> &str {
        &self.id_hash
    }

    pub fn is_lead(&self) -> bool {
        matches!(self.user.role, Role::Lead | Role::Admin)
    }

    /// Check the CSRF token a state-changing request carried (header, or
    /// the form's `csrf` field passed in `form_token`).
    pub fn check_csrf(
        &self,
        headers: &HeaderMap,
        form_token: Option<&str>,
    ) -> Result<(), WebError> {
        let sent = headers
            .get(CSRF_HEADER)
            .and_then(|v| v.to_str().ok())
            .or(form_token);
        match sent {
            Some(t) if same_secret(t, &self.session.csrf_token) => Ok(()),
            _ => Err(WebError::StaleForm),
        }
    }
}

impl FromRequestParts<WebState> for CurrentUser {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &WebState) -> Result<Self, WebError> {
        let not_signed_in = || {
            if wants_json(&parts.headers) {
                WebError::SessionExpired
            } else {
                let next = parts
                    .uri
                    .path_and_query()
                    .map(|pq| pq.as_str())
                    .unwrap_or("/");
                WebError::SignIn {
                    next: next.to_string(),
                }
            }
        };
        let Some(id) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Err(not_signed_in());
        };
        let id_hash = sha256_hex(id);
        match state
            .store
            .web_session(&id_hash, state.config.session_ttl)
            .await?
        {
            Some((session, user)) => Ok(CurrentUser {
                user,
                session,
                id_hash,
            }),
            None => Err(not_signed_in()),
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
}

/// Only a path on this site may follow a login (no open redirect).
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_string(),
        _ => "/".to_string(),
    }
}

fn login_form(
    state: &WebState,
    status: StatusCode,
    username: &str,
    next: &str,
    error: Option<String>,
    existing: Option<&str>,
) -> Response {
    // Several login forms (tabs, a beacon that landed here) share one
    // token, so opening another never makes the first one stale.
    let token = existing
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(str::to_string)
        .unwrap_or_else(random_token);
    let page = super::render::templates().render(
        "login.html",
        minijinja::context! {
            title => "Sign in",
            csrf => &token,
            username => username,
            next => next,
            error => error,
        },
    );
    let mut res = (status, page).into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(state, LOGIN_CSRF_COOKIE, &token, "/login", 3600),
    );
    res
}

/// `GET /login`.
pub async fn login_page(
    State(state): State<WebState>,
    headers: HeaderMap,
    axum::extract::Query(q): axum::extract::Query<LoginQuery>,
) -> Response {
    let next = safe_next(q.next.as_deref());
    // Already signed in: straight on.
    if let Some(id) = cookie(&headers, SESSION_COOKIE) {
        if let Ok(Some(_)) = state
            .store
            .web_session(&sha256_hex(id), state.config.session_ttl)
            .await
        {
            return Redirect::to(&next).into_response();
        }
    }
    login_form(
        &state,
        StatusCode::OK,
        "",
        &next,
        None,
        cookie(&headers, LOGIN_CSRF_COOKIE),
    )
}

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
    next: Option<String>,
}

fn throttle_key(username: &str, addr: &str) -> String {
    sha256_hex(&format!("{}|{addr}", username.trim().to_lowercase()))
}

/// The client's IP address, when the server was started with connect info
/// (`into_make_service_with_connect_info::<SocketAddr>`); "unknown" if not.
#[derive(Debug, Clone)]
pub struct ClientAddr(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientAddr(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|ConnectInfo(a)| a.ip().to_string())
                .unwrap_or_else(|| "unknown".into()),
        ))
    }
}

fn too_many(state: &WebState, oldest: Option<chrono::DateTime<Utc>>) -> Response {
    let retry_at = oldest.unwrap_or_else(Utc::now) + state.config.login_window;
    let secs = (retry_at - Utc::now()).num_seconds().max(1);
    let minutes = (secs + 59) / 60;
    let message = format!(
        "Too many failed sign-ins for this username from your address. \
         For your account's safety, sign-in is paused: try again in {minutes} minute{}.",
        if minutes == 1 { "" } else { "s" }
    );
    let page = super::render::templates().render(
        "error.html",
        minijinja::context! {
            title => "Too many sign-in attempts",
            heading => "Too many sign-in attempts",
            message => message,
            link => "/login",
            link_text => "Back to sign in",
        },
    );
    let mut res = (StatusCode::TOO_MANY_REQUESTS, page).into_response();
    if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
    res
}

/// `POST /login`: check the password, start a session.
pub async fn login(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(addr): ClientAddr,
    Form(form): Form<LoginForm>,
) -> Result<Response, WebError> {
    let next = safe_next(form.next.as_deref());
    let username = form.username.trim().to_string();
    match cookie(&headers, LOGIN_CSRF_COOKIE) {
        Some(c) if same_secret(c, &form.csrf) => {}
        _ => {
            return Ok(login_form(
                &state,
                StatusCode::FORBIDDEN,
                &username,
                &next,
                Some(
                    "The sign-in form had expired (or cookies are blocked). \
                     Please enter your password again."
                        .into(),
                ),
                None,
            ))
        }
    }
    if username.is_empty() || form.password.is_empty() {
        return Ok(login_form(
            &state,
            StatusCode::UNPROCESSABLE_ENTITY,
            &username,
            &next,
            Some("Enter both your username and your password.".into()),
            Some(&form.csrf),
        ));
    }
    let key = throttle_key(&username, &addr);
    let since = Utc::now() - state.config.login_window;
    let (failures, oldest) = state.store.login_failures_since(&key, since).await?;
    if failures >= state.config.login_max_failures {
        tracing::warn!(failures, "login throttled");
        return Ok(too_many(&state, oldest));
    }

    let credentials = state.store.credentials_for(&username).await?;
    let (user, hash) = match credentials {
        Some((u, h)) => (Some(u), h),
        None => (None, String::new()),
    };
    let password = form.password;
    let verified = tokio::task::spawn_blocking(move || {
        let hash = if hash.is_empty() { dummy_hash() } else { hash };
        auth::verify_password(&password, &hash)
    })
    .await
    .unwrap_or(false);
    let user = match (user, verified) {
        (Some(u), true) => u,
        _ => {
            let n = state.store.record_login_failure(&key, since).await?;
            tracing::info!(failures = n, "login failed");
            if n > state.config.login_max_failures {
                return Ok(too_many(&state, oldest));
            }
            return Ok(login_form(
                &state,
                StatusCode::UNAUTHORIZED,
                &username,
                &next,
                Some("Wrong username or password.".into()),
                Some(&form.csrf),
            ));
        }
    };
    state.store.clear_login_failures(&key).await?;

    // A fresh id on every login (no session fixation); an old one ends.
    if let Some(old) = cookie(&headers, SESSION_COOKIE) {
        state.store.delete_web_session(&sha256_hex(old)).await?;
    }
    let id = random_token();
    let ttl = state.config.session_ttl;
    let user_agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok());
    state
        .store
        .create_web_session(
            user.id,
            &sha256_hex(&id),
            &random_token(),
            Utc::now() + ttl,
            user_agent,
        )
        .await?;
    tracing::info!(user = %user.username, "signed in to the desk");
    let mut res = Redirect::to(&next).into_response();
    let h = res.headers_mut();
    h.append(
        header::SET_COOKIE,
        set_cookie(&state, SESSION_COOKIE, &id, "/", ttl.num_seconds()),
    );
    h.append(
        header::SET_COOKIE,
        set_cookie(&state, LOGIN_CSRF_COOKIE, "", "/login", 0),
    );
    Ok(res)
}

#[derive(Debug, Deserialize)]
pub struct LogoutForm {
    #[serde(default)]
    csrf: String,
}

/// `POST /logout`: end the session.
pub async fn logout(
    State(state): State<WebState>,
    user: CurrentUser,
    headers: HeaderMap,
    Form(form): Form<LogoutForm>,
) -> Result<Response, WebError> {
    user.check_csrf(&headers, Some(&form.csrf))?;
    state.store.delete_web_session(&user.id_hash).await?;
    tracing::info!(user = %user.user.username, "signed out of the desk");
    let mut res = Redirect::to("/login").into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&state, SESSION_COOKIE, "", "/", 0),
    );
    Ok(res)
}

/// Forget expired sessions and old failed logins every ten minutes.
pub fn start_purger(store: Store, keep_failures: chrono::Duration) {
    let Ok(handle) = tokio::runtime::Handle::try_current() else {
        return;
    };
    handle.spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(600));
        loop {
            tick.tick().await;
            if let Err(e) = store.purge_web_sessions(keep_failures).await {
                tracing::warn!(error = %e, "purging web sessions failed");
            }
        }
    });
}

/// Shown on every desk page: who is signed in, and the token forms send.
pub fn page_user(user: &CurrentUser) -> Page {
    Page {
        username: user.user.username.clone(),
        role: user.user.role.as_str(),
        csrf: user.session.csrf_token.clone(),
        available: user.user.available,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_by_name() {
        let mut h = HeaderMap::new();
        h.append(
            header::COOKIE,
            HeaderValue::from_static("a=1; earshot_session=abc"),
        );
        h.append(header::COOKIE, HeaderValue::from_static("b=2"));
        assert_eq!(cookie(&h, SESSION_COOKIE), Some("abc"));
        assert_eq!(cookie(&h, "b"), Some("2"));
        assert_eq!(cookie(&h, "c"), None);
    }

    #[test]
    fn scripts_get_json_and_navigations_get_pages() {
        let h = |pairs: &[(&'static str, &'static str)]| {
            let mut m = HeaderMap::new();
            for (k, v) in pairs {
                m.insert(*k, HeaderValue::from_static(v));
            }
            m
        };
        assert!(!wants_json(&h(&[
            ("sec-fetch-mode", "navigate"),
            ("accept", "text/html")
        ])));
        assert!(!wants_json(&h(&[])));
        // navigator.sendBeacon, fetch, EventSource:
        assert!(wants_json(&h(&[("sec-fetch-mode", "no-cors")])));
        assert!(wants_json(&h(&[("sec-fetch-mode", "cors")])));
        assert!(wants_json(&h(&[("accept", "text/event-stream")])));
        assert!(wants_json(&h(&[("x-csrf-token", "t")])));
    }

    #[test]
    fn only_local_paths_follow_a_login() {
        assert_eq!(safe_next(Some("/cases/4")), "/cases/4");
        assert_eq!(safe_next(Some("//evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example")), "/");
        assert_eq!(safe_next(Some("/\\evil")), "/");
        assert_eq!(safe_next(None), "/");
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "ab"));
    }

    #[test]
    fn the_dummy_hash_is_a_real_hash_that_matches_nothing_typed() {
        let h = dummy_hash();
        assert!(h.starts_with("$argon2id$"));
        assert!(!auth::verify_password("password", &h));
        assert!(!auth::verify_password("", &h));
    }
}
