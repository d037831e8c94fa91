//! The `[bluesky]` section of earshot's configuration. The binary reads it
//! from the TOML file and overrides the Jetstream URL, PDS and credentials
//! from `EARSHOT_BLUESKY_JETSTREAM`, `EARSHOT_BLUESKY_PDS`,
//! `EARSHOT_BLUESKY_HANDLE` and `EARSHOT_BLUESKY_APP_PASSWORD`.

use serde::Deserialize;
use std::fmt;
use std::time::Duration;

/// Connection to Bluesky for one brand account.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BlueskyConfig {
    /// Jetstream's base URL (`wss://jetstream2.us-east.bsky.network`);
    /// `/subscribe` is appended. The inbound connector runs when it is set.
    pub jetstream: Option<String>,
    /// The brand account's PDS (`https://bsky.social` for accounts hosted
    /// by Bluesky): login, handle resolution, profiles, posting.
    pub pds: String,
    /// Where profiles are read (`app.bsky.actor.getProfile`); the PDS when
    /// unset (it proxies `app.bsky.*` reads to the AppView).
    pub appview: Option<String>,
    /// The brand account's handle (`brand.bsky.social`).
    pub handle: Option<String>,
    /// An app password of the brand account (Settings → App passwords),
    /// never the account password.
    pub app_password: Option<String>,
    /// The brand's DIDs, when known; otherwise resolved from the plan's
    /// Bluesky handles and `handle` through the PDS.
    pub brand_dids: Vec<String>,
    /// Reconnect when Jetstream sends nothing for this long, in seconds.
    pub stall_timeout_secs: f64,
    /// Timeout of one XRPC request, in seconds.
    pub request_timeout_secs: f64,
    /// How far before the saved cursor to resume, in seconds (Jetstream
    /// advises a few seconds of overlap; the store drops the duplicates).
    pub rewind_secs: f64,
    /// Store a batch when it has this many posts ...
    pub batch_max: usize,
    /// ... or when its oldest post has waited this long, in milliseconds.
    pub batch_wait_ms: u64,
    /// Divide every backoff delay by this (tests run the real schedules
    /// faster; 1 in production).
    pub backoff_divisor: u32,
}

impl Default for BlueskyConfig {
    fn default() -> Self {
        BlueskyConfig {
            jetstream: None,
            pds: "https://bsky.social".to_string(),
            appview: None,
            handle: None,
            app_password: None,
            brand_dids: Vec::new(),
            // The whole network's posts flow through Jetstream, many per
            // second: half a minute of silence means the connection is dead.
            stall_timeout_secs: 30.0,
            request_timeout_secs: 30.0,
            rewind_secs: 5.0,
            batch_max: 100,
            batch_wait_ms: 1000,
            backoff_divisor: 1,
        }
    }
}

// The app password must never reach a log line, including `{:?}`.
impl fmt::Debug for BlueskyConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BlueskyConfig")
            .field("jetstream", &self.jetstream)
            .field("pds", &self.pds)
            .field("appview", &self.appview)
            .field("handle", &self.handle)
            .field(
                "app_password",
                &self.app_password.as_ref().map(|_| "<redacted>"),
            )
            .field("brand_dids", &self.brand_dids)
            .field("stall_timeout_secs", &self.stall_timeout_secs)
            .field("request_timeout_secs", &self.request_timeout_secs)
            .field("rewind_secs", &self.rewind_secs)
            .field("batch_max", &self.batch_max)
            .field("batch_wait_ms", &self.batch_wait_ms)
            .field("backoff_divisor", &self.backoff_divisor)
            .finish()
    }
}

fn secs(v: f64, fallback: f64) -> Duration {
    if v.is_finite() && v > 0.0 {
        Duration::from_secs_f64(v.min(86_400.0))
    } else {
        Duration::from_secs_f64(fallback)
    }
}

impl BlueskyConfig {
    /// Non-empty environment values override the file.
    pub fn apply_env(&mut self, var: impl Fn(&str) -> Option<String>) {
        let get = |k: &str| var(k).filter(|v| !v.trim().is_empty());
        if let Some(v) = get("EARSHOT_BLUESKY_JETSTREAM") {
            self.jetstream = Some(v);
        }
        if let Some(v) = get("EARSHOT_BLUESKY_PDS") {
            self.pds = v;
        }
        if let Some(v) = get("EARSHOT_BLUESKY_HANDLE") {
            self.handle = Some(v);
        }
        if let Some(v) = get("EARSHOT_BLUESKY_APP_PASSWORD") {
            self.app_password = Some(v);
        }
    }

    /// The inbound connector can run: a Jetstream URL is set.
    pub fn inbound_enabled(&self) -> bool {
        self.jetstream
            .as_deref()
            .is_some_and(|j| !j.trim().is_empty())
    }

    /// Replies can be sent: PDS, handle and app password are set.
    pub fn sender_enabled(&self) -> bool {
        !self.pds.trim().is_empty()
            && self.handle.as_deref().is_some_and(|h| !h.trim().is_empty())
            && self.app_password.as_deref().is_some_and(|p| !p.is_empty())
    }

    pub(crate) fn pds_base(&self) -> String {
        self.pds.trim().trim_end_matches('/').to_string()
    }

    pub(crate) fn appview_base(&self) -> String {
        match self.appview.as_deref().map(str::trim) {
            Some(a) if !a.is_empty() => a.trim_end_matches('/').to_string(),
            _ => self.pds_base(),
        }
    }

    pub(crate) fn stall_timeout(&self) -> Duration {
        secs(self.stall_timeout_secs, 30.0)
    }

    pub(crate) fn request_timeout(&self) -> Duration {
        secs(self.request_timeout_secs, 30.0)
    }

    pub(crate) fn rewind_us(&self) -> i64 {
        if self.rewind_secs.is_finite() && self.rewind_secs > 0.0 {
            (self.rewind_secs.min(3600.0) * 1e6) as i64
        } else {
            0
        }
    }

    pub(crate) fn batch_wait(&self) -> Duration {
        Duration::from_millis(self.batch_wait_ms.clamp(1, 60_000))
    }

    /// The brand's own handle without `@`, lower-cased.
    pub(crate) fn own_handle(&self) -> Option<String> {
        self.handle
            .as_deref()
            .map(|h| h.trim().trim_start_matches('@').to_ascii_lowercase())
            .filter(|h| !h.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn environment_overrides_and_the_password_is_never_printed() {
        let mut c: BlueskyConfig = toml::from_str(
            "pds = \"https://pds.example\"\nhandle = \"a.example\"\nstall_timeout_secs = 2.5\n",
        )
        .unwrap();
        assert!(!c.inbound_enabled());
        assert!(!c.sender_enabled());
        c.apply_env(|k| match k {
            "EARSHOT_BLUESKY_JETSTREAM" => Some("ws://127.0.0.1:9".into()),
            "EARSHOT_BLUESKY_APP_PASSWORD" => Some("abcd-efgh-ijkl-mnop".into()),
            "EARSHOT_BLUESKY_HANDLE" => Some(String::new()),
            _ => None,
        });
        assert!(c.inbound_enabled() && c.sender_enabled());
        assert_eq!(
            c.handle.as_deref(),
            Some("a.example"),
            "empty values do not override"
        );
        assert_eq!(c.stall_timeout(), Duration::from_millis(2500));
        let shown = format!("{c:?}");
        assert!(!shown.contains("abcd-efgh"), "{shown}");
        assert!(shown.contains("<redacted>"));
    }
}
