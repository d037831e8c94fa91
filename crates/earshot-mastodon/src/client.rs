//! What the stream task and the sender share about talking to an
//! instance: the HTTP client, Mastodon's `Link` pagination header, its
//! error bodies, and the order of its ids.

use std::cmp::Ordering;
use std::time::Duration;

/// An HTTP client for one instance. No overall timeout (the stream stays
/// open for hours); REST calls set their own.
pub(crate) fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(10))
        .user_agent(concat!("earshot/", env!("CARGO_PKG_VERSION")))
        .build()
        .unwrap_or_default()
}

/// The URL of `rel` in a `Link` header
/// (`<https://h/api/v1/notifications?max_id=7>; rel="next", <...>; rel="prev"`).
pub fn link_rel(header: &str, rel: &str) -> Option<String> {
    header.split(',').find_map(|part| {
        let (url, params) = part.split_once(';')?;
        let url = url.trim().strip_prefix('<')?.strip_suffix('>')?;
        let matches = params.split(';').any(|p| {
            p.trim()
                .strip_prefix("rel=")
                .is_some_and(|v| v.trim_matches('"').split_whitespace().any(|r| r == rel))
        });
        matches.then(|| url.to_string())
    })
}

/// Mastodon's ids are decimal strings that grow with time (snowflakes);
/// compare them as numbers without overflowing anything.
pub fn compare_ids(a: &str, b: &str) -> Ordering {
    let numeric = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    if numeric(a) && numeric(b) {
        let (a, b) = (a.trim_start_matches('0'), b.trim_start_matches('0'));
        a.len().cmp(&b.len()).then_with(|| a.cmp(b))
    } else {
        a.cmp(b)
    }
}

/// An id safe to put in a URL path or query as it is.
pub fn plain_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
}

/// The `error` of Mastodon's JSON error body (`{"error": "..."}`), short
/// and single-line; never an HTML page's text.
pub fn error_message(body: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(body).ok()?;
    let msg = v.get("error")?.as_str()?;
    let clean: String = msg
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(300)
        .collect();
    Some(clean)
}

/// A transport error without its URL (a base URL could carry userinfo).
pub fn transport_error(e: reqwest::Error) -> String {
    let what = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "cannot connect"
    } else if e.is_body() || e.is_decode() {
        "the response broke off"
    } else {
        "request failed"
    };
    let e = e.without_url();
    format!("{what}: {e}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_headers_give_next_and_prev() {
        let h = r#"<https://social.example/api/v1/notifications?max_id=7&types[]=mention>; rel="next", <https://social.example/api/v1/notifications?min_id=9&types[]=mention>; rel="prev""#;
        assert_eq!(
            link_rel(h, "prev").as_deref(),
            Some("https://social.example/api/v1/notifications?min_id=9&types[]=mention")
        );
        assert!(link_rel(h, "next").unwrap().contains("max_id=7"));
        assert_eq!(link_rel(h, "self"), None);
        assert_eq!(link_rel("garbage", "prev"), None);
    }

    #[test]
    fn ids_compare_as_numbers() {
        assert_eq!(compare_ids("99", "100"), Ordering::Less);
        assert_eq!(
            compare_ids("113500000000000042", "113500000000000041"),
            Ordering::Greater
        );
        assert_eq!(compare_ids("007", "7"), Ordering::Equal);
        assert!(plain_id("113500000000000042") && !plain_id("1&x=2") && !plain_id(""));
    }

    #[test]
    fn error_bodies_are_read_only_from_json() {
        assert_eq!(
            error_message(r#"{"error":"Validation failed: Text can't be blank"}"#).as_deref(),
            Some("Validation failed: Text can't be blank")
        );
        assert_eq!(error_message("<html><body>Bad gateway</body></html>"), None);
    }
}
