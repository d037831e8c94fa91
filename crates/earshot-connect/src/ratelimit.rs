//! Rate-limit headers. X sends `x-rate-limit-limit`, `x-rate-limit-remaining`
//! and `x-rate-limit-reset` (unix seconds); Mastodon sends
//! `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` (an
//! ISO 8601 time); Bluesky PDSes send `ratelimit-limit`,
//! `ratelimit-remaining` and `ratelimit-reset` (unix seconds). Header names
//! are case-insensitive, so one reader serves all three.

use chrono::{DateTime, Utc};
use reqwest::header::HeaderMap;
use std::time::Duration;

/// What a response said about the caller's rate limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RateLimit {
    pub limit: Option<u64>,
    pub remaining: Option<u64>,
    /// When the window resets.
    pub reset: Option<DateTime<Utc>>,
}

impl RateLimit {
    /// Read the rate-limit headers of a response (any of the three styles).
    pub fn from_headers(headers: &HeaderMap) -> RateLimit {
        let find = |names: &[&str]| {
            names
                .iter()
                .find_map(|n| headers.get(*n).and_then(|v| v.to_str().ok()))
                .map(str::trim)
        };
        let number = |names: &[&str]| find(names).and_then(|v| v.parse::<u64>().ok());
        let reset = find(&["x-rate-limit-reset", "x-ratelimit-reset", "ratelimit-reset"])
            .and_then(parse_reset);
        RateLimit {
            limit: number(&["x-rate-limit-limit", "x-ratelimit-limit", "ratelimit-limit"]),
            remaining: number(&[
                "x-rate-limit-remaining",
                "x-ratelimit-remaining",
                "ratelimit-remaining",
            ]),
            reset,
        }
    }

    /// How long to wait from `now` until the window resets (zero when it
    /// already has), if the response said.
    pub fn wait_from(&self, now: DateTime<Utc>) -> Option<Duration> {
        self.reset
            .map(|reset| (reset - now).to_std().unwrap_or(Duration::ZERO))
    }

    /// True when the response said no requests are left in this window.
    pub fn exhausted(&self) -> bool {
        self.remaining == Some(0)
    }
}

/// Unix seconds, or an RFC 3339 time.
fn parse_reset(v: &str) -> Option<DateTime<Utc>> {
    if let Ok(secs) = v.parse::<i64>() {
        return DateTime::from_timestamp(secs, 0);
    }
    DateTime::parse_from_rfc3339(v)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// A `Retry-After` header in seconds, if present.
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    headers
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_secs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderName, HeaderValue};

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(
                HeaderName::from_static(k),
                HeaderValue::from_str(v).unwrap(),
            );
        }
        h
    }

    #[test]
    fn reads_the_x_headers() {
        let rl = RateLimit::from_headers(&headers(&[
            ("x-rate-limit-limit", "450"),
            ("x-rate-limit-remaining", "0"),
            ("x-rate-limit-reset", "1700000060"),
        ]));
        assert_eq!(rl.limit, Some(450));
        assert!(rl.exhausted());
        let now = DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        assert_eq!(rl.wait_from(now), Some(Duration::from_secs(60)));
        let later = DateTime::from_timestamp(1_700_000_100, 0).unwrap();
        assert_eq!(rl.wait_from(later), Some(Duration::ZERO));
    }

    #[test]
    fn reads_the_mastodon_and_bluesky_headers() {
        let m = RateLimit::from_headers(&headers(&[
            ("x-ratelimit-limit", "300"),
            ("x-ratelimit-remaining", "299"),
            ("x-ratelimit-reset", "2026-11-23T20:00:00.000Z"),
        ]));
        assert_eq!((m.limit, m.remaining), (Some(300), Some(299)));
        assert_eq!(m.reset.unwrap().to_rfc3339(), "2026-11-23T20:00:00+00:00");
        let b = RateLimit::from_headers(&headers(&[
            ("ratelimit-remaining", "4999"),
            ("ratelimit-reset", "1700000000"),
        ]));
        assert_eq!(b.remaining, Some(4999));
        assert!(!b.exhausted());
    }

    #[test]
    fn missing_or_garbled_headers_are_unknown() {
        let rl = RateLimit::from_headers(&headers(&[("x-rate-limit-remaining", "lots")]));
        assert_eq!(rl, RateLimit::default());
        assert_eq!(
            retry_after(&headers(&[("retry-after", "7")])),
            Some(Duration::from_secs(7))
        );
        assert_eq!(retry_after(&HeaderMap::new()), None);
    }
}
