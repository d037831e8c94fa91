//! The `[mastodon]` section of earshot's configuration. The binary reads
//! it from the TOML file and overrides `base` and `token` from
//! `EARSHOT_MASTODON_BASE` / `EARSHOT_MASTODON_TOKEN`.

use serde::Deserialize;
use std::fmt;
use std::time::Duration;

/// How a public reply is posted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PublicVisibility {
    /// On the public timelines.
    #[default]
    Public,
    /// Visible to anyone with the link and in the thread, but kept off the
    /// public timelines (many brands answer complaints this way).
    Unlisted,
}

impl PublicVisibility {
    pub fn as_str(self) -> &'static str {
        match self {
            PublicVisibility::Public => "public",
            PublicVisibility::Unlisted => "unlisted",
        }
    }
}

/// Connection to one Mastodon account (the brand's).
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MastodonConfig {
    /// The instance's base URL, `https://example.social`.
    pub base: Option<String>,
    /// The brand account's access token (scopes `read:notifications`,
    /// `read:statuses`, `write:statuses`, `read:accounts`).
    pub token: Option<String>,
    /// The domain local accounts belong to, when it is not the host of
    /// `base` (Mastodon's `LOCAL_DOMAIN` vs `WEB_DOMAIN`).
    pub instance_domain: Option<String>,
    /// Visibility of public replies: `public` or `unlisted`.
    pub public_visibility: PublicVisibility,
    /// Reconnect when the stream sends nothing (not even a `:thump`
    /// heartbeat) for this long, in seconds.
    pub stall_timeout_secs: f64,
    /// Timeout of one REST request, in seconds.
    pub request_timeout_secs: f64,
    /// Divide every backoff delay by this (tests run the real schedules
    /// faster; 1 in production).
    pub backoff_divisor: u32,
    /// Notifications asked for per catch-up page (Mastodon allows 80).
    pub page_limit: u32,
}

impl Default for MastodonConfig {
    fn default() -> Self {
        MastodonConfig {
            base: None,
            token: None,
            instance_domain: None,
            public_visibility: PublicVisibility::Public,
            // Mastodon's streaming server writes a heartbeat every 15 s.
            stall_timeout_secs: 45.0,
            request_timeout_secs: 30.0,
            backoff_divisor: 1,
            page_limit: 40,
        }
    }
}

// The token must never reach a log line, including `{:?}` of the config.
impl fmt::Debug for MastodonConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MastodonConfig")
            .field("base", &self.base)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("instance_domain", &self.instance_domain)
            .field("public_visibility", &self.public_visibility)
            .field("stall_timeout_secs", &self.stall_timeout_secs)
            .field("request_timeout_secs", &self.request_timeout_secs)
            .field("backoff_divisor", &self.backoff_divisor)
            .field("page_limit", &self.page_limit)
            .finish()
    }
}

/// A checked configuration: base and token present, durations sane.
#[derive(Clone)]
pub(crate) struct Settings {
    /// Without a trailing slash.
    pub base: String,
    pub token: String,
    pub domain: String,
    pub public_visibility: PublicVisibility,
    pub stall_timeout: Duration,
    pub request_timeout: Duration,
    pub backoff_divisor: u32,
    pub page_limit: u32,
}

impl MastodonConfig {
    /// Base URL and token from the environment variables (non-empty values
    /// override the file).
    pub fn apply_env(&mut self, var: impl Fn(&str) -> Option<String>) {
        if let Some(v) = var("EARSHOT_MASTODON_BASE").filter(|v| !v.is_empty()) {
            self.base = Some(v);
        }
        if let Some(v) = var("EARSHOT_MASTODON_TOKEN").filter(|v| !v.is_empty()) {
            self.token = Some(v);
        }
    }

    /// True when the connector can run: both base and token are set.
    pub fn enabled(&self) -> bool {
        self.base.as_deref().is_some_and(|b| !b.trim().is_empty())
            && self.token.as_deref().is_some_and(|t| !t.trim().is_empty())
    }

    pub(crate) fn settings(&self) -> Option<Settings> {
        if !self.enabled() {
            return None;
        }
        let base = self
            .base
            .as_deref()?
            .trim()
            .trim_end_matches('/')
            .to_string();
        let token = self.token.as_deref()?.trim().to_string();
        let domain = self
            .instance_domain
            .clone()
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| host_of(&base));
        let secs = |s: f64, default: f64| {
            Duration::from_secs_f64(if s.is_finite() && s > 0.0 { s } else { default })
        };
        Some(Settings {
            base,
            token,
            domain,
            public_visibility: self.public_visibility,
            stall_timeout: secs(self.stall_timeout_secs, 45.0),
            request_timeout: secs(self.request_timeout_secs, 30.0),
            backoff_divisor: self.backoff_divisor.max(1),
            page_limit: self.page_limit.clamp(1, 80),
        })
    }
}

/// The host of a URL (`https://h:1/x` → `h`), for local account handles.
fn host_of(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = after_scheme.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or(authority);
    match host_port.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h.to_string(),
        _ => host_port.to_string(),
    }
    .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn environment_overrides_and_the_token_is_never_shown() {
        let mut c: MastodonConfig = toml_like();
        c.apply_env(|k| match k {
            "EARSHOT_MASTODON_BASE" => Some("https://Social.Example:8443/".into()),
            "EARSHOT_MASTODON_TOKEN" => Some("s3cr3t-token".into()),
            _ => None,
        });
        assert!(c.enabled());
        let s = c.settings().unwrap();
        assert_eq!(s.base, "https://Social.Example:8443");
        assert_eq!(s.domain, "social.example");
        assert_eq!(s.public_visibility, PublicVisibility::Unlisted);
        assert!(!format!("{c:?}").contains("s3cr3t"));
    }

    fn toml_like() -> MastodonConfig {
        serde_json::from_value(serde_json::json!({"public_visibility": "unlisted"})).unwrap()
    }

    #[test]
    fn disabled_without_base_or_token() {
        let mut c = MastodonConfig::default();
        assert!(!c.enabled() && c.settings().is_none());
        c.base = Some("https://social.example".into());
        assert!(!c.enabled());
        c.token = Some(" ".into());
        assert!(!c.enabled());
    }
}
