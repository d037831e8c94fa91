//! SMTP out: the outbox's [`Sender`] for email. A reply is a new message to
//! the customer's address, threaded under the message it answers, with a
//! Message-ID derived from the outbox item, so the same item always makes
//! the same message and a resend can be found (and skipped) in the Sent
//! mailbox.

use crate::config::{EmailConfig, ServerUrl};
use crate::imap::{quote, Session};
use crate::parse;
use crate::EmailError;
use async_trait::async_trait;
use earshot_connect::outbox::{ReplyTarget, SendError, Sender, Sent};
use earshot_core::Network;
use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::Tls;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::time::Duration;

/// Replies over SMTP, from the desk's address.
pub struct SmtpSender {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    domain: String,
    sent_mailbox: Option<(ServerUrl, String, String)>,
    timeout: Duration,
    /// `host:port` of the SMTP server, for error texts.
    server: String,
    ca_file: Option<PathBuf>,
}

/// The SMTP sender `config` describes (`smtp_url`, `smtp_password`,
/// `from`, and `imap_url` + `sent_mailbox` for `find_sent`).
pub fn sender(config: &EmailConfig) -> Result<SmtpSender, EmailError> {
    let url = config
        .smtp_url
        .as_deref()
        .ok_or_else(|| EmailError::Config("no smtp_url".into()))?;
    let url = ServerUrl::parse(url, &["smtp", "smtps"])?;
    let from_text = config
        .from
        .as_deref()
        .ok_or_else(|| EmailError::Config("no from address".into()))?;
    let from: Mailbox = from_text
        .parse()
        .map_err(|e| EmailError::Config(format!("from address `{from_text}`: {e}")))?;
    let domain = from.email.domain().to_string();
    let timeout = config.request_timeout();
    let ca_file = config.ca_file.as_deref();
    let plain = || AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&url.host);
    // TLS checks the certificate against the public roots and `ca_file`.
    let (builder, default_port) = match (url.scheme.as_str(), url.query_value("tls")) {
        ("smtps", _) => (
            plain().tls(Tls::Wrapper(crate::tls::smtp_parameters(
                &url.host, ca_file,
            )?)),
            465,
        ),
        ("smtp", Some("required")) => (
            plain().tls(Tls::Required(crate::tls::smtp_parameters(
                &url.host, ca_file,
            )?)),
            587,
        ),
        ("smtp", None | Some("none")) => (plain(), 25),
        (_, Some(other)) => {
            return Err(EmailError::Config(format!(
                "smtp_url tls={other} (expected `required`, or none)"
            )))
        }
        (scheme, None) => return Err(EmailError::Config(format!("smtp_url scheme {scheme}"))),
    };
    let port = url.port.unwrap_or(default_port);
    let mut builder = builder.timeout(Some(timeout)).port(port);
    if let Some(user) = &url.user {
        let password = config.smtp_password.clone().unwrap_or_default();
        builder = builder.credentials(Credentials::new(user.clone(), password));
    }
    let sent_mailbox = match (&config.sent_mailbox, &config.imap_url) {
        (Some(mailbox), Some(_)) => {
            let imap = config.imap()?;
            let password = config.imap_password.clone().unwrap_or_default();
            Some((imap, mailbox.clone(), password))
        }
        _ => None,
    };
    Ok(SmtpSender {
        transport: builder.build(),
        from,
        domain,
        sent_mailbox,
        timeout,
        server: format!("{}:{port}", url.host),
        ca_file: config.ca_file.clone(),
    })
}

/// The Message-ID (without `<>`) of outbox item `id` whose idempotency key
/// is `key`: `earshot.{id}.{first 12 hex of sha256(key)}@{domain}`.
pub fn desk_message_id(id: i64, key: &str, domain: &str) -> String {
    let hash = hex::encode(&Sha256::digest(key.as_bytes())[..6]);
    format!("earshot.{id}.{hash}@{domain}")
}

/// The outbox item id inside a desk Message-ID, if `message_id` is one.
pub fn outbox_id_of(message_id: &str) -> Option<i64> {
    let local = message_id.split('@').next()?;
    let mut parts = local.split('.');
    if parts.next()? != "earshot" {
        return None;
    }
    let id = parts.next()?.parse().ok()?;
    let hash = parts.next()?;
    (hash.len() == 12 && hash.bytes().all(|b| b.is_ascii_hexdigit()) && parts.next().is_none())
        .then_some(id)
}

impl SmtpSender {
    fn message_id(&self, target: &ReplyTarget) -> String {
        desk_message_id(target.item.id, &target.idempotency_key(), &self.domain)
    }

    /// The message for `target`, and its Message-ID.
    fn compose(&self, target: &ReplyTarget) -> Result<(Message, String), SendError> {
        let permanent = |reason: String| SendError::Permanent { reason };
        let to_text = target
            .customer_id
            .as_deref()
            .ok_or_else(|| permanent("no customer e-mail address on the case".into()))?;
        let to: Mailbox = to_text
            .parse()
            .map_err(|e| permanent(format!("customer address `{to_text}`: {e}")))?;
        let original = target
            .in_reply_to_raw
            .as_deref()
            .or(target.conversation_raw.as_deref())
            .map(|raw| parse::threading(raw.as_bytes()))
            .unwrap_or_default();
        let parent = original
            .message_id
            .clone()
            .or_else(|| target.item.in_reply_to.clone());
        let subject = match original.subject.as_deref().filter(|s| !s.is_empty()) {
            Some(s) if s.len() >= 3 && s[..3].eq_ignore_ascii_case("re:") => s.to_string(),
            Some(s) => format!("Re: {s}"),
            None => "Re: your message".to_string(),
        };
        let message_id = self.message_id(target);
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .message_id(Some(format!("<{message_id}>")));
        if let Some(parent) = &parent {
            // RFC 5322 3.6.4: the parent's References, else its
            // In-Reply-To, followed by the parent's own id.
            let mut refs = if original.references.is_empty() {
                original.in_reply_to.iter().cloned().collect()
            } else {
                original.references.clone()
            };
            if !refs.contains(parent) {
                refs.push(parent.clone());
            }
            let refs = refs
                .iter()
                .map(|r| format!("<{r}>"))
                .collect::<Vec<_>>()
                .join(" ");
            builder = builder.in_reply_to(format!("<{parent}>")).references(refs);
        }
        let message = builder
            .header(ContentType::TEXT_PLAIN)
            .body(target.item.body.clone())
            .map_err(|e| permanent(format!("cannot build the message: {e}")))?;
        Ok((message, message_id))
    }

    async fn search_sent(&self, message_id: &str) -> Result<bool, EmailError> {
        let Some((url, mailbox, password)) = &self.sent_mailbox else {
            return Ok(false);
        };
        let mut s = Session::connect(url, self.timeout, self.ca_file.as_deref()).await?;
        s.login(url.user.as_deref().unwrap_or_default(), password)
            .await?;
        s.select(mailbox, true).await?;
        let found = s
            .uid_search(&format!(
                "HEADER Message-ID {}",
                quote(&format!("<{message_id}>"))?
            ))
            .await?;
        s.logout().await;
        Ok(!found.is_empty())
    }
}

#[async_trait]
impl Sender for SmtpSender {
    fn network(&self) -> Network {
        Network::Email
    }

    async fn send(&self, target: &ReplyTarget) -> Result<Sent, SendError> {
        let (message, message_id) = self.compose(target)?;
        match self.transport.send(message).await {
            Ok(_) => Ok(Sent {
                external_id: message_id,
            }),
            Err(e) => Err(smtp_error(&self.server, &e)),
        }
    }

    async fn find_sent(&self, target: &ReplyTarget) -> Result<Option<Sent>, SendError> {
        let message_id = self.message_id(target);
        match self.search_sent(&message_id).await {
            Ok(true) => Ok(Some(Sent {
                external_id: message_id,
            })),
            Ok(false) => Ok(None),
            Err(e) => Err(SendError::Transient {
                reason: format!("cannot search the Sent mailbox: {e}"),
                retry_after: None,
            }),
        }
    }
}

/// 4xx and connection trouble (a TLS certificate not trusted included) are
/// worth another try; 5xx is the server's final word (with its text),
/// except a refused login, which a fixed password cures without editing
/// the reply. The reason names the server.
fn smtp_error(server: &str, e: &lettre::transport::smtp::Error) -> SendError {
    let mut reason = format!("SMTP server {server}: {e}");
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let text = s.to_string();
        if !reason.contains(&text) {
            reason.push_str(&format!(": {text}"));
        }
        source = s.source();
    }
    let code = e.status().map(|c| c.to_string());
    let auth = code
        .as_deref()
        .is_some_and(|c| matches!(c, "530" | "534" | "535"));
    if e.is_permanent() && !auth {
        SendError::Permanent { reason }
    } else {
        SendError::Transient {
            reason,
            retry_after: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn desk_message_ids_are_stable_and_recognised() {
        let a = desk_message_id(42, "earshot-42-k1", "northwind.example");
        assert_eq!(a, desk_message_id(42, "earshot-42-k1", "northwind.example"));
        assert_ne!(a, desk_message_id(42, "earshot-42-k2", "northwind.example"));
        assert!(a.starts_with("earshot.42.") && a.ends_with("@northwind.example"));
        assert_eq!(outbox_id_of(&a), Some(42));
        assert_eq!(outbox_id_of("earshot.42@x"), None);
        assert_eq!(outbox_id_of("c1@example.com"), None);
        assert_eq!(outbox_id_of("earshot.x.0123456789ab@x"), None);
    }
}
