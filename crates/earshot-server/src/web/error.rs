//! What can go wrong on the desk, and how each is told to the agent: as a
//! page for a browser navigation, as JSON `{"code", "message"}` for the
//! desk's own `fetch` calls. Never a bare 500 for something the agent can
//! fix (a stale form, a case changed meanwhile, a missing role).

use super::render::templates;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use earshot_store::StoreError;
use serde_json::json;

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// A page needs a session: go and sign in, then come back to `next`.
    #[error("sign in first")]
    SignIn { next: String },
    /// A request from the desk's JS without a live session.
    #[error("your session has expired; sign in again")]
    SessionExpired,
    /// The CSRF token is missing or is not this session's.
    #[error("this page is out of date (its security token has expired); reload it and try again")]
    StaleForm,
    /// The agent's role does not allow this.
    #[error("{0}")]
    Forbidden(String),
    #[error("{0} not found")]
    NotFound(String),
    /// The case changed since the page was loaded (stale version).
    #[error("{0}")]
    Conflict(String),
    /// The request needs the agent's confirmation first (collision, coach
    /// errors); `code` says which, the JS shows `message` and asks.
    #[error("{message}")]
    NeedsConfirmation {
        code: &'static str,
        message: String,
        details: serde_json::Value,
    },
    /// Bad input; the message names the field.
    #[error("{0}")]
    Invalid(String),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<StoreError> for WebError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(what) => WebError::NotFound(what),
            StoreError::Conflict(msg) => WebError::Conflict(msg),
            StoreError::Invalid(msg) => WebError::Invalid(msg),
            other => {
                tracing::error!(error = %other, "store error on the desk");
                WebError::Internal("the database did not answer; try again in a moment".into())
            }
        }
    }
}

impl WebError {
    fn status(&self) -> StatusCode {
        match self {
            WebError::SignIn { .. } => StatusCode::SEE_OTHER,
            WebError::SessionExpired => StatusCode::UNAUTHORIZED,
            WebError::StaleForm | WebError::Forbidden(_) => StatusCode::FORBIDDEN,
            WebError::NotFound(_) => StatusCode::NOT_FOUND,
            WebError::Conflict(_) | WebError::NeedsConfirmation { .. } => StatusCode::CONFLICT,
            WebError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            WebError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn code(&self) -> &'static str {
        match self {
            WebError::SignIn { .. } | WebError::SessionExpired => "session_expired",
            WebError::StaleForm => "stale_form",
            WebError::Forbidden(_) => "forbidden",
            WebError::NotFound(_) => "not_found",
            WebError::Conflict(_) => "stale_case",
            WebError::NeedsConfirmation { code, .. } => code,
            WebError::Invalid(_) => "invalid",
            WebError::Internal(_) => "internal",
        }
    }

    /// The answer for the desk's JS.
    pub fn into_json(self) -> Response {
        let status = self.status();
        let mut body = json!({"code": self.code(), "message": self.to_string()});
        if let WebError::NeedsConfirmation { details, .. } = &self {
            body["details"] = details.clone();
        }
        (status, Json(body)).into_response()
    }

    /// The answer for a browser navigation.
    pub fn into_page(self) -> Response {
        if let WebError::SignIn { next } = &self {
            let to = format!("/login?next={}", urlencode(next));
            return Redirect::to(&to).into_response();
        }
        let status = self.status();
        let (heading, link, link_text) = match &self {
            WebError::StaleForm => ("This page is out of date", "/", "Back to the inbox"),
            WebError::SessionExpired => ("Your session has expired", "/login", "Sign in again"),
            WebError::Forbidden(_) => ("Not allowed", "/", "Back to the inbox"),
            WebError::NotFound(_) => ("Not found", "/", "Back to the inbox"),
            WebError::Conflict(_) | WebError::NeedsConfirmation { .. } => {
                ("This case changed meanwhile", "/", "Back to the inbox")
            }
            WebError::Invalid(_) => ("That did not work", "/", "Back to the inbox"),
            WebError::Internal(_) => ("Something went wrong on our side", "/", "Back to the inbox"),
            WebError::SignIn { .. } => ("Sign in", "/login", "Sign in"),
        };
        let message = self.to_string();
        let html = templates().render(
            "error.html",
            minijinja::context! {
                title => heading,
                heading => heading,
                message => message,
                link => link,
                link_text => link_text,
            },
        );
        (status, html).into_response()
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        // Extractors reject with this directly; page or JSON was decided
        // when the error was made (SignIn vs SessionExpired), and the rest
        // of the desk's handlers choose explicitly.
        match self {
            WebError::SignIn { .. } => self.into_page(),
            _ => self.into_json(),
        }
    }
}

/// Percent-encode a query value.
pub fn urlencode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A page handler's result: errors become pages.
pub struct PageResult(pub Result<Response, WebError>);

impl IntoResponse for PageResult {
    fn into_response(self) -> Response {
        match self.0 {
            Ok(r) => r,
            Err(e) => e.into_page(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_conflicts_are_409s_with_a_clear_code() {
        let e: WebError = StoreError::Conflict("case 4 changed".into()).into();
        let res = e.into_json();
        assert_eq!(res.status(), StatusCode::CONFLICT);
    }

    #[test]
    fn sign_in_redirects_back() {
        let res = WebError::SignIn {
            next: "/cases/4?x=1".into(),
        }
        .into_page();
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert_eq!(
            res.headers()["location"].to_str().unwrap(),
            "/login?next=/cases/4%3Fx%3D1"
        );
    }
}
