//! Replies and direct messages: `POST /api/v1/statuses` with
//! `in_reply_to_id`, `visibility` and an `Idempotency-Key`.
//!
//! - A private item is a status with `visibility: direct`, which Mastodon
//!   delivers only to the accounts it mentions, so its text must start with
//!   the customer's `@acct`; the sender adds it when the agent did not.
//!   Public replies get it too: Mastodon notifies only mentioned accounts,
//!   so a reply without it would never reach the customer.
//! - A reply to a status that was itself `direct` is always `direct`,
//!   whatever the channel says: a private conversation never becomes
//!   public by accident.
//! - Exactly once: Mastodon keeps an `Idempotency-Key` for an hour and
//!   answers a repeat with the status it already made. For a resend after
//!   that, [`Sender::find_sent`] looks through the brand's own recent
//!   statuses for one replying to the same post with the same text.

use crate::client::{error_message, http_client, plain_id, transport_error};
use crate::config::Settings;
use crate::status::is_direct;
use async_trait::async_trait;
use chrono::Utc;
use earshot_connect::outbox::{ReplyTarget, SendError, Sender, Sent};
use earshot_connect::ratelimit::{retry_after, RateLimit};
use earshot_core::Network;
use earshot_store::Channel;
use serde::Deserialize;
use tokio::sync::OnceCell;

/// Posts the brand's replies on one Mastodon account.
pub struct MastodonSender {
    http: reqwest::Client,
    s: Settings,
    /// The brand account's id, from `verify_credentials`, once needed.
    own_id: OnceCell<String>,
}

#[derive(Deserialize)]
struct Created {
    id: String,
}

#[derive(Deserialize)]
struct OwnStatus {
    id: String,
    #[serde(default)]
    in_reply_to_id: Option<String>,
}

#[derive(Deserialize)]
struct Source {
    #[serde(default)]
    text: String,
}

/// The visibility and text a target is posted with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub visibility: &'static str,
    pub text: String,
}

impl MastodonSender {
    pub(crate) fn new(s: Settings) -> MastodonSender {
        MastodonSender {
            http: http_client(),
            s,
            own_id: OnceCell::new(),
        }
    }

    /// What would be posted for `target` (also what `find_sent` looks for).
    pub fn outgoing(&self, target: &ReplyTarget) -> Result<Outgoing, SendError> {
        let reply_to_direct = target.in_reply_to_raw.as_deref().is_some_and(is_direct);
        let private = target.item.channel == Channel::Private || reply_to_direct;
        let visibility = if private {
            "direct"
        } else {
            self.s.public_visibility.as_str()
        };
        let body = target.item.body.trim();
        let text = match target
            .customer_handle
            .as_deref()
            .map(|h| h.trim().trim_start_matches('@'))
            .filter(|h| !h.is_empty())
        {
            Some(acct) if addresses(body, acct, &self.s.domain) => body.to_string(),
            Some(acct) => format!("@{acct} {body}"),
            None if private => return Err(SendError::Permanent {
                reason:
                    "a direct message needs the customer's Mastodon account, and this case has none"
                        .into(),
            }),
            None => body.to_string(),
        };
        Ok(Outgoing { visibility, text })
    }

    async fn own_account_id(&self) -> Result<String, SendError> {
        self.own_id
            .get_or_try_init(|| async {
                let url = format!("{}/api/v1/accounts/verify_credentials", self.s.base);
                let resp = self.get(&url).await?;
                let created: Created = parse_json(&resp.1)?;
                Ok::<_, SendError>(created.id)
            })
            .await
            .cloned()
    }

    /// GET with the token; non-2xx answers mapped like a send's.
    async fn get(&self, url: &str) -> Result<(reqwest::StatusCode, String), SendError> {
        let resp = self
            .http
            .get(url)
            .bearer_auth(&self.s.token)
            .timeout(self.s.request_timeout)
            .send()
            .await
            .map_err(|e| SendError::Transient {
                reason: format!("Mastodon: {}", transport_error(e)),
                retry_after: None,
            })?;
        let (status, body) = read(resp).await?;
        Ok((status, body))
    }
}

/// Does `body` already open with the customer's handle (`@user@domain`,
/// or `@user` for an account on the brand's own instance)?
fn addresses(body: &str, acct: &str, domain: &str) -> bool {
    let first = body
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', ':', ';', '!', '.', '?']);
    let Some(h) = first.strip_prefix('@') else {
        return false;
    };
    if h.eq_ignore_ascii_case(acct) {
        return true;
    }
    match acct.split_once('@') {
        Some((local, d)) => d.eq_ignore_ascii_case(domain) && h.eq_ignore_ascii_case(local),
        None => false,
    }
}

/// Read a response, mapping errors: 429 rate limited until the reset,
/// 5xx transient, other 4xx permanent with Mastodon's own `error` text.
async fn read(resp: reqwest::Response) -> Result<(reqwest::StatusCode, String), SendError> {
    let status = resp.status();
    let headers = resp.headers().clone();
    let body = resp.text().await.map_err(|e| SendError::Transient {
        reason: format!("Mastodon: {}", transport_error(e)),
        retry_after: None,
    })?;
    if status.is_success() {
        return Ok((status, body));
    }
    let code = status.as_u16();
    let said = error_message(&body);
    if code == 429 {
        let limit = RateLimit::from_headers(&headers);
        let until = limit.reset.or_else(|| {
            retry_after(&headers)
                .and_then(|d| chrono::Duration::from_std(d).ok())
                .map(|d| Utc::now() + d)
        });
        return Err(SendError::RateLimited {
            reason: format!(
                "Mastodon answered 429: {}",
                said.as_deref().unwrap_or("too many requests")
            ),
            until,
        });
    }
    if status.is_server_error() {
        return Err(SendError::Transient {
            reason: format!("Mastodon answered {code}"),
            retry_after: retry_after(&headers),
        });
    }
    let reason = match (code, said) {
        (_, Some(msg)) => format!("Mastodon refused the post ({code}): {msg}"),
        (401, None) => "Mastodon refused the access token (401)".into(),
        (404, None) => "Mastodon: the post replied to no longer exists (404)".into(),
        (_, None) => format!("Mastodon refused the post ({code})"),
    };
    Err(SendError::Permanent { reason })
}

fn parse_json<'a, T: Deserialize<'a>>(body: &'a str) -> Result<T, SendError> {
    serde_json::from_str(body).map_err(|e| SendError::Transient {
        reason: format!("Mastodon sent an unexpected answer: {e}"),
        retry_after: None,
    })
}

#[async_trait]
impl Sender for MastodonSender {
    fn network(&self) -> Network {
        Network::Mastodon
    }

    async fn send(&self, target: &ReplyTarget) -> Result<Sent, SendError> {
        let out = self.outgoing(target)?;
        let mut body = serde_json::json!({
            "status": out.text,
            "visibility": out.visibility,
        });
        if let Some(parent) = &target.item.in_reply_to {
            body["in_reply_to_id"] = serde_json::Value::String(parent.clone());
        }
        let resp = self
            .http
            .post(format!("{}/api/v1/statuses", self.s.base))
            .bearer_auth(&self.s.token)
            .header("Idempotency-Key", target.idempotency_key())
            .json(&body)
            .timeout(self.s.request_timeout)
            .send()
            .await
            .map_err(|e| SendError::Transient {
                reason: format!("Mastodon: {}", transport_error(e)),
                retry_after: None,
            })?;
        let (_, text) = read(resp).await?;
        // A 200 whose body is not a status: the post may exist; the resend
        // carries the same Idempotency-Key, so it cannot post twice.
        let created: Created = parse_json(&text)?;
        tracing::info!(connector = "mastodon", outbox_id = target.item.id, status_id = %created.id, visibility = out.visibility, "reply posted");
        Ok(Sent {
            external_id: created.id,
        })
    }

    async fn find_sent(&self, target: &ReplyTarget) -> Result<Option<Sent>, SendError> {
        let Some(parent) = target.item.in_reply_to.as_deref() else {
            return Ok(None);
        };
        let out = self.outgoing(target)?;
        let own = self.own_account_id().await?;
        if !plain_id(&own) {
            return Ok(None);
        }
        let url = format!(
            "{}/api/v1/accounts/{own}/statuses?limit=40&exclude_reblogs=true",
            self.s.base
        );
        let (_, body) = self.get(&url).await?;
        let recent: Vec<OwnStatus> = parse_json(&body)?;
        for status in recent
            .iter()
            .filter(|s| s.in_reply_to_id.as_deref() == Some(parent) && plain_id(&s.id))
        {
            // The rendered `content` is HTML with mentions shortened; the
            // source is the text as it was posted.
            let url = format!("{}/api/v1/statuses/{}/source", self.s.base, status.id);
            let (_, body) = self.get(&url).await?;
            let source: Source = parse_json(&body)?;
            if source.text.trim() == out.text {
                return Ok(Some(Sent {
                    external_id: status.id.clone(),
                }));
            }
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_handle_that_opens_the_text_counts_in_either_form() {
        assert!(addresses(
            "@dana@mastodon.online hi",
            "dana@mastodon.online",
            "example.social"
        ));
        assert!(addresses(
            "@Dana@Mastodon.Online, hi",
            "dana@mastodon.online",
            "example.social"
        ));
        assert!(addresses(
            "@ben thanks",
            "ben@example.social",
            "example.social"
        ));
        assert!(!addresses(
            "@ben thanks",
            "ben@elsewhere.example",
            "example.social"
        ));
        assert!(!addresses(
            "hi @dana@mastodon.online",
            "dana@mastodon.online",
            "example.social"
        ));
        assert!(!addresses("", "dana@mastodon.online", "example.social"));
    }
}
