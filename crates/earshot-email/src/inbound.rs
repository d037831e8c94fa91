//! The IMAP side of the connector: one long-running task that keeps a
//! session to the desk's mailbox, stores new mail as mentions, and moves
//! its cursor (`UIDVALIDITY:last UID`) only after they are stored.

use crate::config::{EmailConfig, ServerUrl};
use crate::imap::{IdleEnd, Session};
use crate::{parse, sender, EmailError};
use earshot_connect::backoff::Backoff;
use earshot_connect::Inbound;
use earshot_core::Mention;
use std::collections::HashSet;
use tokio_util::sync::CancellationToken;

/// The connector's name: in logs, metrics and as its cursor's key.
pub const CONNECTOR: &str = "email";

/// Where the connector is in the mailbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cursor {
    uidvalidity: u32,
    last_uid: u32,
}

impl Cursor {
    fn parse(s: &str) -> Option<Cursor> {
        let (v, u) = s.split_once(':')?;
        Some(Cursor {
            uidvalidity: v.trim().parse().ok()?,
            last_uid: u.trim().parse().ok()?,
        })
    }

    fn render(self) -> String {
        format!("{}:{}", self.uidvalidity, self.last_uid)
    }
}

/// Run the IMAP connector until `cancel`: connect, read new mail, wait for
/// more (IDLE or polling), reconnect with backoff when the session fails.
/// A bad login is logged (without the password), counted and backed off
/// like any other failure, since a password can be fixed while we wait.
pub async fn run(config: EmailConfig, inbound: Inbound, cancel: CancellationToken) {
    let url = match config.imap() {
        Ok(url) => url,
        Err(e) => {
            inbound.health().error();
            tracing::error!(connector = inbound.name(), error = %e, "email connector not started");
            return;
        }
    };
    let divisor = config.backoff_divisor.max(1);
    let mut network = Backoff::network().scaled_down(divisor);
    let mut refused = Backoff::http().scaled_down(divisor);
    loop {
        let result = session(&config, &url, &inbound, &cancel, &mut network, &mut refused).await;
        inbound.health().set_connected(false);
        let delay = match result {
            Ok(()) => return,
            Err(e) => {
                inbound.health().error();
                let delay = match e {
                    EmailError::Auth(_) | EmailError::No(_) | EmailError::Bad(_) => {
                        refused.next_delay()
                    }
                    _ => network.next_delay(),
                };
                tracing::warn!(
                    connector = inbound.name(),
                    error = %e,
                    retry_in_ms = delay.as_millis() as u64,
                    "IMAP session ended"
                );
                delay
            }
        };
        tokio::select! {
            _ = cancel.cancelled() => return,
            _ = tokio::time::sleep(delay) => {}
        }
        inbound.health().reconnected();
    }
}

/// One session: returns `Ok` only when cancelled.
async fn session(
    config: &EmailConfig,
    url: &ServerUrl,
    inbound: &Inbound,
    cancel: &CancellationToken,
    network: &mut Backoff,
    refused: &mut Backoff,
) -> Result<(), EmailError> {
    let mut s = Session::connect(url, config.request_timeout(), config.ca_file.as_deref()).await?;
    let user = url.user.as_deref().unwrap_or_default();
    let password = config.imap_password.as_deref().unwrap_or_default();
    s.login(user, password).await?;
    let mailbox = if url.path.is_empty() {
        "INBOX"
    } else {
        url.path.as_str()
    };
    let selected = s.select(mailbox, false).await?;
    inbound.health().set_connected(true);

    let saved = inbound.cursor().await?;
    let mut cursor = match saved.as_deref().and_then(Cursor::parse) {
        Some(c) if c.uidvalidity == selected.uidvalidity => c,
        other => {
            if let Some(old) = other {
                // RFC 3501: a new UIDVALIDITY means the old UIDs mean nothing
                // now. Read everything again; stored mail is deduplicated.
                tracing::warn!(
                    connector = inbound.name(),
                    old = old.uidvalidity,
                    new = selected.uidvalidity,
                    "mailbox UIDVALIDITY changed: reading the mailbox again"
                );
            }
            Cursor {
                uidvalidity: selected.uidvalidity,
                last_uid: 0,
            }
        }
    };
    let use_idle = config.idle && s.has_capability("IDLE");
    tracing::info!(
        connector = inbound.name(),
        mailbox,
        idle = use_idle,
        "IMAP session ready"
    );
    loop {
        fetch_new(config, &mut s, inbound, &mut cursor).await?;
        network.reset();
        refused.reset();
        if cancel.is_cancelled() {
            s.logout().await;
            return Ok(());
        }
        if use_idle {
            if s.idle(config.idle_refresh(), cancel).await? == IdleEnd::Cancelled {
                s.logout().await;
                return Ok(());
            }
        } else {
            tokio::select! {
                _ = cancel.cancelled() => {
                    s.logout().await;
                    return Ok(());
                }
                _ = tokio::time::sleep(config.poll_interval()) => {}
            }
            s.noop().await?;
        }
    }
}

/// Fetch, store and acknowledge (move the cursor past) every message after
/// the cursor, a batch at a time.
async fn fetch_new(
    config: &EmailConfig,
    s: &mut Session,
    inbound: &Inbound,
    cursor: &mut Cursor,
) -> Result<(), EmailError> {
    let after = cursor.last_uid.saturating_add(1);
    // `n:*` also matches the last message when n is past it (RFC 3501
    // 6.4.8), so UIDs are filtered again here.
    let uids: Vec<u32> = s
        .uid_search(&format!("UID {after}:*"))
        .await?
        .into_iter()
        .filter(|u| *u > cursor.last_uid)
        .collect();
    for chunk in uids.chunks(config.fetch_batch.max(1)) {
        let messages = s.uid_fetch_bodies(chunk).await?;
        let mut seen = HashSet::new();
        let mut mentions: Vec<Mention> = Vec::with_capacity(messages.len());
        for (uid, raw) in messages {
            match parse::mention(&raw, config.raw_limit_bytes) {
                Ok(m) => {
                    if seen.insert(m.external_id.clone()) {
                        mentions.push(thread_desk_reply(inbound, m).await?);
                    }
                }
                Err(e) => inbound.bad_message(&format_args!("message UID {uid}: {e}")),
            }
        }
        inbound.store_mentions(mentions).await?;
        if let Some(&last) = chunk.last() {
            cursor.last_uid = cursor.last_uid.max(last);
            inbound.save_cursor(&cursor.render()).await?;
        }
    }
    Ok(())
}

/// A reply whose only thread header is `In-Reply-To: <earshot.{id}…>` (the
/// desk's own message) joins the conversation of that outbox item's case.
async fn thread_desk_reply(inbound: &Inbound, mut m: Mention) -> Result<Mention, EmailError> {
    let Some(parent) = m.in_reply_to_id.as_deref() else {
        return Ok(m);
    };
    let Some(id) = sender::outbox_id_of(parent) else {
        return Ok(m);
    };
    if m.conversation_id.as_deref() != Some(parent) {
        // References named the thread's first message already.
        return Ok(m);
    }
    if let Some(ctx) = inbound.store().reply_context(id).await? {
        let sent_as = ctx.item.external_id.as_deref();
        if sent_as == Some(parent) || sent_as.is_none() {
            m.conversation_id = ctx.conversation_id.or(m.conversation_id);
        }
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_refuse_garbage() {
        let c = Cursor::parse("1700000000:42").unwrap();
        assert_eq!(c.uidvalidity, 1_700_000_000);
        assert_eq!(c.last_uid, 42);
        assert_eq!(c.render(), "1700000000:42");
        assert_eq!(Cursor::parse("42"), None);
        assert_eq!(Cursor::parse("x:1"), None);
    }
}
