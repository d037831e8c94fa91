//! The `[x]` section of the configuration and its `EARSHOT_X_*`
//! environment overrides (CONTRACTS.md names them).

use serde::Deserialize;
use std::fmt;
use std::time::Duration;

/// A token: usable, never printed (`Debug` and `Display` show `***`).
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The token itself, for an `Authorization` header only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// How mentions come in from X.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// The filtered stream (app-only bearer token).
    Stream,
    /// Polling the brand's mentions timeline (user token), for access
    /// levels without the stream.
    Mentions,
}

impl std::str::FromStr for Mode {
    type Err = ConfigError;

    fn from_str(s: &str) -> Result<Mode, ConfigError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "stream" => Ok(Mode::Stream),
            "mentions" => Ok(Mode::Mentions),
            other => Err(ConfigError::Mode(other.to_string())),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("EARSHOT_X_MODE must be 'stream' or 'mentions', not '{0}'")]
    Mode(String),
}

/// `[x]` in the configuration file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct XConfig {
    /// Base URL of the X API (`EARSHOT_X_API_BASE`).
    #[serde(default = "default_api_base")]
    pub api_base: String,
    /// App-only token: the filtered stream and its rules
    /// (`EARSHOT_X_BEARER_TOKEN`).
    #[serde(default)]
    pub bearer_token: Option<Secret>,
    /// The brand account's OAuth 2.0 user token: replies, DMs, the mentions
    /// timeline (`EARSHOT_X_USER_TOKEN`).
    #[serde(default)]
    pub user_token: Option<Secret>,
    /// `stream` or `mentions` (`EARSHOT_X_MODE`); by default `stream` when
    /// a bearer token is set, else `mentions` when a user token is.
    #[serde(default)]
    pub mode: Option<Mode>,
    /// The brand account's user id; asked of `GET /2/users/me` when absent.
    #[serde(default)]
    pub brand_user_id: Option<String>,
    /// Reconnect when the stream sends nothing, not even a keep-alive, for
    /// this long (X sends one about every 20 s).
    #[serde(default = "default_stall_timeout_ms")]
    pub stall_timeout_ms: u64,
    /// The shortest time between two mentions-timeline polls; the rate
    /// limit may make it longer.
    #[serde(default = "default_poll_interval_ms")]
    pub poll_interval_ms: u64,
    /// Longest stream rule value (512 characters on most access levels).
    #[serde(default = "default_rule_max_len")]
    pub rule_max_len: usize,
    /// Stream messages stored together: at most this many...
    #[serde(default = "default_batch_max")]
    pub batch_max: usize,
    /// ...or whatever arrived within this long of the first.
    #[serde(default = "default_batch_wait_ms")]
    pub batch_wait_ms: u64,
    /// Divides every backoff delay (tests run the documented schedules
    /// faster); 1 in production. A rate limit's reset time is always
    /// honoured as the network gives it.
    #[serde(default = "default_backoff_scale")]
    pub backoff_scale: u32,
    /// Timeout of one request (not the stream, which has the stall timeout).
    #[serde(default = "default_request_timeout_ms")]
    pub request_timeout_ms: u64,
    /// Reconnect with `backfill_minutes` after a gap of at most 5 minutes,
    /// so X redelivers what was missed (Enterprise access; when X refuses
    /// it, the connector turns it off and catches up with recent search).
    #[serde(default = "default_true")]
    pub backfill: bool,
    /// Longest recent-search query (512 characters on most access levels);
    /// the rule terms are ORed into as many queries as this needs.
    #[serde(default = "default_search_query_max_len")]
    pub search_query_max_len: usize,
}

fn default_api_base() -> String {
    "https://api.x.com".to_string()
}
fn default_stall_timeout_ms() -> u64 {
    21_000
}
fn default_poll_interval_ms() -> u64 {
    60_000
}
fn default_rule_max_len() -> usize {
    512
}
fn default_batch_max() -> usize {
    200
}
fn default_batch_wait_ms() -> u64 {
    20
}
fn default_backoff_scale() -> u32 {
    1
}
fn default_request_timeout_ms() -> u64 {
    30_000
}
fn default_true() -> bool {
    true
}
fn default_search_query_max_len() -> usize {
    512
}

impl Default for XConfig {
    fn default() -> Self {
        XConfig {
            api_base: default_api_base(),
            bearer_token: None,
            user_token: None,
            mode: None,
            brand_user_id: None,
            stall_timeout_ms: default_stall_timeout_ms(),
            poll_interval_ms: default_poll_interval_ms(),
            rule_max_len: default_rule_max_len(),
            batch_max: default_batch_max(),
            batch_wait_ms: default_batch_wait_ms(),
            backoff_scale: default_backoff_scale(),
            request_timeout_ms: default_request_timeout_ms(),
            backfill: true,
            search_query_max_len: default_search_query_max_len(),
        }
    }
}

impl XConfig {
    /// Apply `EARSHOT_X_API_BASE`, `EARSHOT_X_BEARER_TOKEN`,
    /// `EARSHOT_X_USER_TOKEN` and `EARSHOT_X_MODE` (empty values are unset).
    pub fn apply_env(&mut self, var: impl Fn(&str) -> Option<String>) -> Result<(), ConfigError> {
        let var = |k: &str| var(k).filter(|v| !v.is_empty());
        if let Some(v) = var("EARSHOT_X_API_BASE") {
            self.api_base = v;
        }
        if let Some(v) = var("EARSHOT_X_BEARER_TOKEN") {
            self.bearer_token = Some(Secret(v));
        }
        if let Some(v) = var("EARSHOT_X_USER_TOKEN") {
            self.user_token = Some(Secret(v));
        }
        if let Some(v) = var("EARSHOT_X_MODE") {
            self.mode = Some(v.parse()?);
        }
        Ok(())
    }

    /// The mode to run in, if its token is there.
    pub fn effective_mode(&self) -> Option<Mode> {
        let mode = self.mode.or(if self.bearer_token.is_some() {
            Some(Mode::Stream)
        } else if self.user_token.is_some() {
            Some(Mode::Mentions)
        } else {
            None
        })?;
        let has_token = match mode {
            Mode::Stream => self.bearer_token.is_some(),
            Mode::Mentions => self.user_token.is_some() || self.bearer_token.is_some(),
        };
        if !has_token {
            tracing::warn!(
                ?mode,
                "X connector not started: its token is not configured"
            );
            return None;
        }
        Some(mode)
    }

    pub(crate) fn base(&self) -> &str {
        self.api_base.trim_end_matches('/')
    }

    pub(crate) fn stall_timeout(&self) -> Duration {
        Duration::from_millis(self.stall_timeout_ms.max(1))
    }

    pub(crate) fn scale(&self) -> u32 {
        self.backoff_scale.max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn environment_sets_tokens_and_mode_and_debug_hides_tokens() {
        let mut c: XConfig = toml_like();
        c.apply_env(|k| match k {
            "EARSHOT_X_BEARER_TOKEN" => Some("app-secret-123".into()),
            "EARSHOT_X_USER_TOKEN" => Some("user-secret-456".into()),
            "EARSHOT_X_MODE" => Some("Mentions".into()),
            "EARSHOT_X_API_BASE" => Some(String::new()),
            _ => None,
        })
        .unwrap();
        assert_eq!(c.effective_mode(), Some(Mode::Mentions));
        assert_eq!(c.api_base, "https://api.x.com");
        let shown = format!("{c:?}");
        assert!(!shown.contains("secret"), "{shown}");
        let err = c
            .apply_env(|k| (k == "EARSHOT_X_MODE").then(|| "firehose".into()))
            .unwrap_err();
        assert!(err.to_string().contains("firehose"));
    }

    #[test]
    fn stream_is_the_default_with_a_bearer_token_and_needs_it() {
        let mut c = toml_like();
        assert_eq!(c.effective_mode(), None);
        c.user_token = Some(Secret::new("u"));
        assert_eq!(c.effective_mode(), Some(Mode::Mentions));
        c.mode = Some(Mode::Stream);
        assert_eq!(c.effective_mode(), None, "the stream needs the app token");
        c.bearer_token = Some(Secret::new("b"));
        c.mode = None;
        assert_eq!(c.effective_mode(), Some(Mode::Stream));
    }

    fn toml_like() -> XConfig {
        serde_json::from_str("{}").unwrap()
    }
}
