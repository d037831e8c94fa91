//! Configuration for `serve` and the administration commands: a TOML file,
//! overridden by `EARSHOT_*` environment variables (see CONTRACTS.md).

use anyhow::Context as _;
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default = "default_database_url")]
    pub database_url: String,
    #[serde(default = "default_listen")]
    pub listen: String,
    #[serde(default)]
    pub plan: Option<PathBuf>,
    #[serde(default)]
    pub x: XConfig,
    /// The Bluesky connector (`[bluesky]`): Jetstream in when `jetstream` is
    /// set, replies out when `pds`, `handle` and `app_password` are.
    #[serde(default)]
    pub bluesky: earshot_bluesky::BlueskyConfig,
    /// The Mastodon connector (`[mastodon]`); runs when base and token are set.
    #[serde(default)]
    pub mastodon: earshot_mastodon::MastodonConfig,
    /// The email connector (`[email]`): IMAP in when `imap_url` is set,
    /// SMTP replies when `smtp_url` and `from` are.
    #[serde(default)]
    pub email: earshot_email::EmailConfig,
    /// The outbox worker's times (`[outbox]`).
    #[serde(default)]
    pub outbox: earshot_connect::outbox::OutboxSettings,
}

/// `[x]`: the X connector's own section (api_base, tokens, mode, ...).
pub use earshot_x::XConfig;

fn default_database_url() -> String {
    "sqlite://earshot.db".to_string()
}
fn default_listen() -> String {
    "127.0.0.1:8080".to_string()
}

impl Default for Config {
    fn default() -> Self {
        Config {
            database_url: default_database_url(),
            listen: default_listen(),
            plan: None,
            x: XConfig::default(),
            bluesky: Default::default(),
            mastodon: Default::default(),
            email: Default::default(),
            outbox: Default::default(),
        }
    }
}

impl Config {
    /// Read the file (when given), then apply the environment.
    pub fn load(file: Option<&Path>) -> anyhow::Result<Config> {
        let mut config = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read config file {}", path.display()))?;
                toml::from_str::<Config>(&text).map_err(|e| {
                    let (line, col) = e.span().map(|s| line_col(&text, s.start)).unwrap_or((1, 1));
                    anyhow::anyhow!("{}:{line}:{col}: {}", path.display(), e.message())
                })?
            }
            None => Config::default(),
        };
        config.apply_env(|k| std::env::var(k).ok())?;
        Ok(config)
    }

    fn apply_env(&mut self, var: impl Fn(&str) -> Option<String>) -> anyhow::Result<()> {
        if let Some(v) = var("EARSHOT_DATABASE_URL").filter(|v| !v.is_empty()) {
            self.database_url = v;
        }
        if let Some(v) = var("EARSHOT_LISTEN").filter(|v| !v.is_empty()) {
            self.listen = v;
        }
        if let Some(v) = var("EARSHOT_PLAN").filter(|v| !v.is_empty()) {
            self.plan = Some(PathBuf::from(v));
        }
        // EARSHOT_BLUESKY_JETSTREAM, _PDS, _HANDLE and _APP_PASSWORD.
        self.bluesky.apply_env(&var);
        self.mastodon.apply_env(&var);
        // EARSHOT_IMAP_URL, _IMAP_PASSWORD, _SMTP_URL, _SMTP_PASSWORD, _EMAIL_FROM,
        // _EMAIL_CA_FILE.
        self.email.apply_env(&var);
        // EARSHOT_X_API_BASE, _BEARER_TOKEN, _USER_TOKEN and _MODE.
        self.x.apply_env(&var)?;
        Ok(())
    }
}

fn line_col(source: &str, byte: usize) -> (usize, usize) {
    let before = &source[..byte.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn environment_overrides_the_file() {
        let mut c: Config = toml::from_str(
            "database_url = \"sqlite://a.db\"\nlisten = \"0.0.0.0:1\"\n[x]\napi_base = \"http://x\"\n",
        )
        .unwrap();
        c.apply_env(|k| match k {
            "EARSHOT_DATABASE_URL" => Some("postgres://db/earshot".into()),
            "EARSHOT_X_API_BASE" => Some("http://127.0.0.1:9".into()),
            _ => None,
        })
        .unwrap();
        assert_eq!(c.database_url, "postgres://db/earshot");
        assert_eq!(c.listen, "0.0.0.0:1");
        assert_eq!(c.x.api_base, "http://127.0.0.1:9");
    }

    #[test]
    fn unknown_keys_are_named_with_their_position() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("earshot.toml");
        std::fs::write(&path, "listen = \"127.0.0.1:1\"\ndatabse_url = \"x\"\n").unwrap();
        let err = Config::load(Some(&path)).unwrap_err().to_string();
        assert!(err.contains(":2:1:"), "{err}");
        assert!(err.contains("databse_url"), "{err}");
    }

    #[test]
    fn connector_recovery_and_tls_settings_are_read() {
        let mut c: Config = toml::from_str(
            "[x]\nbackfill = false\nsearch_query_max_len = 1024\n[email]\nca_file = \"/etc/earshot/mail-ca.pem\"\n",
        )
        .unwrap();
        assert!(!c.x.backfill);
        assert_eq!(c.x.search_query_max_len, 1024);
        assert_eq!(
            c.email.ca_file.as_deref(),
            Some(Path::new("/etc/earshot/mail-ca.pem"))
        );
        c.apply_env(|k| (k == "EARSHOT_EMAIL_CA_FILE").then(|| "/tmp/ca.pem".to_string()))
            .unwrap();
        assert_eq!(c.email.ca_file.as_deref(), Some(Path::new("/tmp/ca.pem")));
        assert!(Config::default().x.backfill, "backfill is on by default");
    }

    #[test]
    fn the_mastodon_section_and_its_environment() {
        let mut c: Config = toml::from_str(
            "[mastodon]\nbase = \"https://social.example\"\npublic_visibility = \"unlisted\"\nstall_timeout_secs = 30\n",
        )
        .unwrap();
        assert!(!c.mastodon.enabled(), "no token yet");
        c.apply_env(|k| (k == "EARSHOT_MASTODON_TOKEN").then(|| "tok".to_string()))
            .unwrap();
        assert!(c.mastodon.enabled());
        assert_eq!(
            c.mastodon.public_visibility,
            earshot_mastodon::PublicVisibility::Unlisted
        );
        assert!(toml::from_str::<Config>("[mastodon]\nvisibility = \"public\"\n").is_err());
    }
}
