//! Requests to the X API and what their answers mean: JSON bodies,
//! rate-limit headers, and X's problem JSON turned into [`ApiError`]s whose
//! text never holds a token.

use crate::config::{Secret, XConfig};
use chrono::{DateTime, Utc};
use earshot_connect::backoff::Backoff;
use earshot_connect::ratelimit::{retry_after, RateLimit};
use reqwest::header::HeaderMap;
use serde_json::Value;
use std::time::Duration;

/// Why a request to X did not give a usable answer.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ApiError {
    /// Connection refused, reset or timed out.
    #[error("cannot reach X: {0}")]
    Network(String),
    /// HTTP 429.
    #[error("X rate limit reached (HTTP 429)")]
    RateLimited {
        until: Option<DateTime<Utc>>,
        retry_after: Option<Duration>,
    },
    /// Any other status that is not a success, with X's own explanation.
    #[error("X answered HTTP {status}: {reason}")]
    Status {
        status: u16,
        reason: String,
        retry_after: Option<Duration>,
    },
    /// A success status with a body that is not the JSON expected.
    #[error("X sent an answer earshot cannot read: {0}")]
    Body(String),
}

impl ApiError {
    /// The wait before trying again, on the schedule the error's kind
    /// calls for (network: linear; HTTP: exponential; 429: the reset time
    /// when given, else exponential from a minute).
    pub fn next_delay(&self, schedules: &mut Schedules) -> Duration {
        match self {
            ApiError::Network(_) => schedules.network.next_delay(),
            ApiError::RateLimited { until, retry_after } => {
                let now = Utc::now();
                match until.and_then(|u| (u - now).to_std().ok()).or(*retry_after) {
                    // One extra second: X's reset is whole seconds, and a
                    // request right at the boundary can still be refused.
                    Some(wait) => wait + Duration::from_millis(250),
                    None => schedules.rate_limited.next_delay(),
                }
            }
            ApiError::Status { .. } | ApiError::Body(_) => schedules.http.next_delay(),
        }
    }
}

/// The three documented reconnect schedules of one connector.
#[derive(Debug, Clone)]
pub struct Schedules {
    pub network: Backoff,
    pub http: Backoff,
    pub rate_limited: Backoff,
}

impl Schedules {
    pub fn new(scale: u32) -> Schedules {
        Schedules {
            network: Backoff::network().scaled_down(scale),
            http: Backoff::http().scaled_down(scale),
            rate_limited: Backoff::rate_limited().scaled_down(scale),
        }
    }

    /// After something worked.
    pub fn reset(&mut self) {
        self.network.reset();
        self.http.reset();
        self.rate_limited.reset();
    }
}

/// A successful answer.
#[derive(Debug)]
pub(crate) struct Answer {
    pub body: Value,
    pub rate: RateLimit,
}

/// The X API at one base URL.
#[derive(Clone)]
pub(crate) struct Api {
    pub http: reqwest::Client,
    base: String,
    timeout: Duration,
}

/// Makes a reqwest error's text safe and short (no request headers are in
/// it; the URL carries no secret either, tokens go in headers only).
pub(crate) fn network_error(e: &reqwest::Error) -> ApiError {
    let kind = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "connection failed"
    } else {
        "request failed"
    };
    let mut text = format!("{kind}: {e}");
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text.push_str(&format!(": {s}"));
        source = s.source();
    }
    ApiError::Network(text)
}

impl Api {
    pub fn new(config: &XConfig) -> Api {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .user_agent(concat!("earshot/", env!("CARGO_PKG_VERSION")))
            .build()
            .unwrap_or_else(|_| reqwest::Client::new());
        Api {
            http,
            base: config.base().to_string(),
            timeout: Duration::from_millis(config.request_timeout_ms.max(1)),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(
        &self,
        path: &str,
        query: &[(&str, &str)],
        token: &Secret,
    ) -> Result<Answer, ApiError> {
        let resp = self
            .http
            .get(self.url(path))
            .query(query)
            .bearer_auth(token.expose())
            .timeout(self.timeout)
            .send()
            .await
            .map_err(|e| network_error(&e))?;
        read_answer(resp).await
    }

    pub async fn post(&self, path: &str, body: &Value, token: &Secret) -> Result<Answer, ApiError> {
        let resp = self
            .http
            .post(self.url(path))
            .json(body)
            .bearer_auth(token.expose())
            .timeout(self.timeout)
            .send()
            .await
            .map_err(|e| network_error(&e))?;
        read_answer(resp).await
    }
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_none_or(|ct| ct.contains("json"))
}

/// Turn a response into an [`Answer`] or the error its status means.
pub(crate) async fn read_answer(resp: reqwest::Response) -> Result<Answer, ApiError> {
    let status = resp.status();
    let headers = resp.headers().clone();
    let rate = RateLimit::from_headers(&headers);
    if !status.is_success() {
        return Err(status_error(status.as_u16(), &headers, resp).await);
    }
    let bytes = resp.bytes().await.map_err(|e| network_error(&e))?;
    if !is_json(&headers) {
        return Err(ApiError::Body(format!(
            "HTTP {} with content type {}",
            status.as_u16(),
            content_type(&headers)
        )));
    }
    let body = serde_json::from_slice::<Value>(&bytes)
        .map_err(|e| ApiError::Body(format!("not JSON: {e}")))?;
    Ok(Answer { body, rate })
}

fn content_type(headers: &HeaderMap) -> String {
    headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("none")
        .chars()
        .take(60)
        .collect()
}

/// The error for a response that is not a success, with X's `detail` or
/// `title` (problem JSON) or the first `errors[].message` as the reason.
pub(crate) async fn status_error(
    status: u16,
    headers: &HeaderMap,
    resp: reqwest::Response,
) -> ApiError {
    let rate = RateLimit::from_headers(headers);
    let wait = retry_after(headers);
    if status == 429 {
        return ApiError::RateLimited {
            until: rate.reset,
            retry_after: wait,
        };
    }
    let body = resp.bytes().await.unwrap_or_default();
    let reason = if is_json(headers) {
        problem_reason(&body).unwrap_or_else(|| "no explanation given".to_string())
    } else {
        format!("not JSON ({})", content_type(headers))
    };
    ApiError::Status {
        status,
        reason,
        retry_after: wait,
    }
}

fn problem_reason(body: &[u8]) -> Option<String> {
    let v: Value = serde_json::from_slice(body).ok()?;
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
    let first_error = v
        .get("errors")
        .and_then(Value::as_array)
        .and_then(|e| e.first())
        .and_then(|e| text(e.get("message")).or_else(|| text(e.get("detail"))));
    let reason = match (text(v.get("detail")), text(v.get("title")), first_error) {
        (Some(d), _, Some(e)) if d.starts_with("One or more parameters") => format!("{d} {e}"),
        (Some(d), _, _) => d,
        (None, Some(t), _) => t,
        (None, None, Some(e)) => e,
        (None, None, None) => return None,
    };
    Some(reason.chars().take(300).collect())
}

/// The expansions and fields every tweet request asks for: what
/// `earshot_core::wire::parse_line` reads (authors, referenced posts and
/// their authors, mentioned accounts, the user replied to).
pub(crate) const TWEET_QUERY: [(&str, &str); 3] = [
    (
        "expansions",
        "author_id,referenced_tweets.id,referenced_tweets.id.author_id,entities.mentions.username,in_reply_to_user_id",
    ),
    (
        "tweet.fields",
        "author_id,created_at,conversation_id,in_reply_to_user_id,lang,referenced_tweets,entities",
    ),
    ("user.fields", "username,name,description,public_metrics"),
];

/// Tweet ids are 64-bit snowflakes: newer is larger. Anything else sorts
/// first.
pub(crate) fn id_number(id: &str) -> u64 {
    id.parse().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_json_gives_the_detail_or_title() {
        let b = br#"{"title":"Forbidden","type":"about:blank","status":403,"detail":"You are not allowed to reply."}"#;
        assert_eq!(problem_reason(b).unwrap(), "You are not allowed to reply.");
        let b = br#"{"title":"Unauthorized","status":401}"#;
        assert_eq!(problem_reason(b).unwrap(), "Unauthorized");
        let b = br#"{"errors":[{"message":"max_results is wrong"}],"title":"Invalid Request","detail":"One or more parameters to your request was invalid."}"#;
        assert!(problem_reason(b).unwrap().ends_with("max_results is wrong"));
        assert_eq!(problem_reason(b"<html>"), None);
    }

    #[test]
    fn a_rate_limit_waits_for_its_reset_and_others_follow_their_schedule() {
        let mut s = Schedules::new(1);
        let until = Some(Utc::now() + chrono::Duration::seconds(3));
        let wait = ApiError::RateLimited {
            until,
            retry_after: None,
        }
        .next_delay(&mut s);
        assert!(
            wait > Duration::from_secs(2) && wait <= Duration::from_secs(4),
            "{wait:?}"
        );
        let no_reset = ApiError::RateLimited {
            until: None,
            retry_after: None,
        };
        assert_eq!(no_reset.next_delay(&mut s), Duration::from_secs(60));
        assert_eq!(no_reset.next_delay(&mut s), Duration::from_secs(120));
        assert_eq!(
            ApiError::Network("x".into()).next_delay(&mut s),
            Duration::from_millis(250)
        );
        let http = ApiError::Status {
            status: 503,
            reason: "x".into(),
            retry_after: None,
        };
        assert_eq!(http.next_delay(&mut s), Duration::from_secs(5));
        assert_eq!(http.next_delay(&mut s), Duration::from_secs(10));
    }
}
