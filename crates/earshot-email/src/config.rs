//! The `[email]` section of earshot's configuration and the server
//! addresses in it. The binary reads it from the TOML file and overrides it
//! from `EARSHOT_IMAP_URL`, `EARSHOT_IMAP_PASSWORD`, `EARSHOT_SMTP_URL`,
//! `EARSHOT_SMTP_PASSWORD`, `EARSHOT_EMAIL_FROM` and `EARSHOT_EMAIL_CA_FILE`.

use crate::EmailError;
use serde::Deserialize;
use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

/// The desk's mailbox (IMAP in) and mail relay (SMTP out).
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EmailConfig {
    /// `imap://user@host:port/INBOX` (plain TCP, for a local server) or
    /// `imaps://user@host:993/INBOX` (TLS). The user may be written with
    /// `%40` for an `@` in it; the path is the mailbox (default `INBOX`).
    pub imap_url: Option<String>,
    pub imap_password: Option<String>,
    /// When the server has no IDLE (or `idle = false`): check for new mail
    /// this often, in seconds.
    pub poll_interval_secs: f64,
    /// Wait for new mail with IDLE when the server advertises it.
    pub idle: bool,
    /// End and restart an IDLE this often, in seconds (RFC 2177: servers may
    /// drop a client idle for 30 minutes).
    pub idle_refresh_secs: f64,
    /// The mailbox where the mail server files what the desk sent (`Sent`),
    /// searched for a reply's Message-ID before it is sent a second time.
    pub sent_mailbox: Option<String>,
    /// `smtp://user@host:port` (plain, for a local relay),
    /// `smtp://user@host:587?tls=required` (STARTTLS) or
    /// `smtps://user@host:465` (TLS), as lettre writes them.
    pub smtp_url: Option<String>,
    pub smtp_password: Option<String>,
    /// A PEM file of CA certificates trusted for `imaps`, `smtps` and
    /// STARTTLS in addition to the public roots (webpki), for a self-hosted
    /// mail server with its own CA. Read at every connection.
    pub ca_file: Option<PathBuf>,
    /// The desk's address, `Northwind Care <care@northwind.example>`; its
    /// domain names the replies' Message-IDs.
    pub from: Option<String>,
    /// Timeout of one IMAP command or SMTP exchange, in seconds.
    pub request_timeout_secs: f64,
    /// Divide every backoff delay by this (tests run the real schedules
    /// faster; 1 in production).
    pub backoff_divisor: u32,
    /// Bytes of each raw message kept with its mention.
    pub raw_limit_bytes: usize,
    /// Messages fetched per `UID FETCH`.
    pub fetch_batch: usize,
}

impl Default for EmailConfig {
    fn default() -> Self {
        EmailConfig {
            imap_url: None,
            imap_password: None,
            poll_interval_secs: 60.0,
            idle: true,
            idle_refresh_secs: 25.0 * 60.0,
            sent_mailbox: None,
            smtp_url: None,
            smtp_password: None,
            ca_file: None,
            from: None,
            request_timeout_secs: 30.0,
            backoff_divisor: 1,
            raw_limit_bytes: 256 * 1024,
            fetch_batch: 50,
        }
    }
}

// Passwords must never reach a log line, including `{:?}` of the config.
impl fmt::Debug for EmailConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redacted = |p: &Option<String>| p.as_ref().map(|_| "<redacted>");
        f.debug_struct("EmailConfig")
            .field("imap_url", &self.imap_url)
            .field("imap_password", &redacted(&self.imap_password))
            .field("poll_interval_secs", &self.poll_interval_secs)
            .field("idle", &self.idle)
            .field("idle_refresh_secs", &self.idle_refresh_secs)
            .field("sent_mailbox", &self.sent_mailbox)
            .field("smtp_url", &self.smtp_url)
            .field("smtp_password", &redacted(&self.smtp_password))
            .field("ca_file", &self.ca_file)
            .field("from", &self.from)
            .field("request_timeout_secs", &self.request_timeout_secs)
            .field("backoff_divisor", &self.backoff_divisor)
            .field("raw_limit_bytes", &self.raw_limit_bytes)
            .field("fetch_batch", &self.fetch_batch)
            .finish()
    }
}

impl EmailConfig {
    /// Apply the `EARSHOT_*` overrides (`var` reads one variable).
    pub fn apply_env(&mut self, var: impl Fn(&str) -> Option<String>) {
        let set = |slot: &mut Option<String>, name: &str| {
            if let Some(v) = var(name).filter(|v| !v.is_empty()) {
                *slot = Some(v);
            }
        };
        set(&mut self.imap_url, "EARSHOT_IMAP_URL");
        set(&mut self.imap_password, "EARSHOT_IMAP_PASSWORD");
        set(&mut self.smtp_url, "EARSHOT_SMTP_URL");
        set(&mut self.smtp_password, "EARSHOT_SMTP_PASSWORD");
        set(&mut self.from, "EARSHOT_EMAIL_FROM");
        if let Some(v) = var("EARSHOT_EMAIL_CA_FILE").filter(|v| !v.is_empty()) {
            self.ca_file = Some(PathBuf::from(v));
        }
    }

    /// Is the IMAP side configured?
    pub fn inbound_enabled(&self) -> bool {
        self.imap_url.is_some()
    }

    /// Is the SMTP side configured?
    pub fn outbound_enabled(&self) -> bool {
        self.smtp_url.is_some() && self.from.is_some()
    }

    pub(crate) fn request_timeout(&self) -> Duration {
        secs(self.request_timeout_secs, 30.0)
    }

    pub(crate) fn poll_interval(&self) -> Duration {
        secs(self.poll_interval_secs, 60.0)
    }

    pub(crate) fn idle_refresh(&self) -> Duration {
        secs(self.idle_refresh_secs, 1500.0)
    }

    pub(crate) fn imap(&self) -> Result<ServerUrl, EmailError> {
        let url = self
            .imap_url
            .as_deref()
            .ok_or_else(|| EmailError::Config("no imap_url".into()))?;
        ServerUrl::parse(url, &["imap", "imaps"])
    }
}

fn secs(v: f64, fallback: f64) -> Duration {
    let v = if v.is_finite() && v > 0.0 {
        v
    } else {
        fallback
    };
    Duration::from_secs_f64(v)
}

/// A mail server's address, parsed from `scheme://user@host:port/path?query`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerUrl {
    pub scheme: String,
    pub user: Option<String>,
    pub host: String,
    pub port: Option<u16>,
    /// Without the leading `/`, percent-decoded.
    pub path: String,
    pub query: Vec<(String, String)>,
}

impl ServerUrl {
    /// Parse `url`, whose scheme must be one of `schemes`. A password in the
    /// URL is refused: it belongs in its own setting, kept out of logs.
    pub fn parse(url: &str, schemes: &[&str]) -> Result<ServerUrl, EmailError> {
        let bad = |why: &str| EmailError::Config(format!("{why} in mail server URL"));
        let (scheme, rest) = url.split_once("://").ok_or_else(|| bad("no scheme"))?;
        let scheme = scheme.to_ascii_lowercase();
        if !schemes.contains(&scheme.as_str()) {
            return Err(EmailError::Config(format!(
                "mail server URL scheme `{scheme}` (expected one of {})",
                schemes.join(", ")
            )));
        }
        let (rest, query) = match rest.split_once('?') {
            Some((r, q)) => (r, q),
            None => (rest, ""),
        };
        let (authority, path) = match rest.split_once('/') {
            Some((a, p)) => (a, p),
            None => (rest, ""),
        };
        let (user, hostport) = match authority.rsplit_once('@') {
            Some((u, h)) => (Some(u), h),
            None => (None, authority),
        };
        if user.is_some_and(|u| u.contains(':')) {
            return Err(bad("a password (use the password setting)"));
        }
        let (host, port) = if let Some(inner) = hostport.strip_prefix('[') {
            let (h, after) = inner
                .split_once(']')
                .ok_or_else(|| bad("unclosed [host]"))?;
            (h, after.strip_prefix(':'))
        } else {
            match hostport.rsplit_once(':') {
                Some((h, p)) => (h, Some(p)),
                None => (hostport, None),
            }
        };
        if host.is_empty() {
            return Err(bad("no host"));
        }
        let port = match port {
            Some(p) => Some(p.parse::<u16>().map_err(|_| bad("a bad port"))?),
            None => None,
        };
        let query = query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| match p.split_once('=') {
                Some((k, v)) => (percent_decode(k), percent_decode(v)),
                None => (percent_decode(p), String::new()),
            })
            .collect();
        Ok(ServerUrl {
            scheme,
            user: user.map(percent_decode),
            host: host.to_string(),
            port,
            path: percent_decode(path),
            query,
        })
    }

    pub fn query_value(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(b) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imap_urls_parse_with_user_mailbox_and_port() {
        let u = ServerUrl::parse(
            "imaps://care%40northwind.example@mail.example:993/Support%20Inbox",
            &["imap", "imaps"],
        )
        .unwrap();
        assert_eq!(u.scheme, "imaps");
        assert_eq!(u.user.as_deref(), Some("care@northwind.example"));
        assert_eq!(u.host, "mail.example");
        assert_eq!(u.port, Some(993));
        assert_eq!(u.path, "Support Inbox");
        let u =
            ServerUrl::parse("smtp://relay.example:587?tls=required", &["smtp", "smtps"]).unwrap();
        assert_eq!(u.user, None);
        assert_eq!(u.query_value("tls"), Some("required"));
        assert_eq!(u.path, "");
    }

    #[test]
    fn bad_urls_are_refused_without_echoing_a_password() {
        let err = ServerUrl::parse("imap://me:hunter2@host/INBOX", &["imap"]).unwrap_err();
        assert!(!err.to_string().contains("hunter2"), "{err}");
        assert!(ServerUrl::parse("http://host", &["imap"]).is_err());
        assert!(ServerUrl::parse("imap://host:99999", &["imap"]).is_err());
        assert!(ServerUrl::parse("imap:///INBOX", &["imap"]).is_err());
    }

    #[test]
    fn environment_overrides_and_debug_hides_passwords() {
        let mut c = EmailConfig {
            imap_password: Some("from-file".into()),
            ..EmailConfig::default()
        };
        c.apply_env(|k| match k {
            "EARSHOT_IMAP_URL" => Some("imap://desk@127.0.0.1:1143/INBOX".into()),
            "EARSHOT_SMTP_PASSWORD" => Some("s3cret-smtp".into()),
            "EARSHOT_EMAIL_FROM" => Some("care@northwind.example".into()),
            "EARSHOT_EMAIL_CA_FILE" => Some("/etc/earshot/mail-ca.pem".into()),
            _ => None,
        });
        assert_eq!(
            c.imap_url.as_deref(),
            Some("imap://desk@127.0.0.1:1143/INBOX")
        );
        assert_eq!(c.imap_password.as_deref(), Some("from-file"));
        assert!(c.inbound_enabled());
        assert!(!c.outbound_enabled());
        assert_eq!(
            c.ca_file.as_deref(),
            Some(std::path::Path::new("/etc/earshot/mail-ca.pem"))
        );
        let shown = format!("{c:?}");
        assert!(
            !shown.contains("s3cret-smtp") && !shown.contains("from-file"),
            "{shown}"
        );
    }
}
