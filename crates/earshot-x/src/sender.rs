//! Replies and direct messages on X for the outbox, with the brand's user
//! token: `POST /2/tweets` with `reply.in_reply_to_tweet_id`, and
//! `POST /2/dm_conversations/with/:participant_id/messages`.
//!
//! X takes no idempotency key, so after a crash between sending and
//! recording, [`XSender::find_sent`] looks for the post among the brand's
//! recent posts (a reply to the same post with the same text, made since
//! shortly before the item was queued) or, for a direct message, in the
//! conversation with the customer.

use crate::api::{Api, ApiError};
use crate::config::{Secret, XConfig};
use crate::mentions::brand_user_id;
use async_trait::async_trait;
use chrono::{DateTime, SecondsFormat, Utc};
use earshot_connect::outbox::{ReplyTarget, SendError, Sender, Sent};
use earshot_core::Network;
use earshot_store::Channel;
use serde_json::{json, Value};
use tokio::sync::OnceCell;

/// How far back before an item was queued its post may be (clocks differ).
const LOOK_BACK: chrono::Duration = chrono::Duration::minutes(2);

/// Pages of the brand's posts searched by `find_sent` (100 a page).
const MAX_PAGES: usize = 10;

/// Sends on X as the brand.
pub struct XSender {
    api: Api,
    token: Secret,
    configured_user_id: Option<String>,
    user_id: OnceCell<String>,
}

impl XSender {
    /// `None` without a user token.
    pub fn new(config: &XConfig) -> Option<XSender> {
        let token = config.user_token.clone()?;
        Some(XSender {
            api: Api::new(config),
            token,
            configured_user_id: config.brand_user_id.clone(),
            user_id: OnceCell::new(),
        })
    }

    async fn brand_id(&self) -> Result<&str, ApiError> {
        self.user_id
            .get_or_try_init(|| async {
                let config = XConfig {
                    brand_user_id: self.configured_user_id.clone(),
                    ..XConfig::default()
                };
                brand_user_id(&config, &self.api, &self.token).await
            })
            .await
            .map(String::as_str)
    }
}

/// What an API error means for an outbox item.
fn send_error(e: ApiError) -> SendError {
    match e {
        ApiError::Network(reason) => SendError::Transient {
            reason,
            retry_after: None,
        },
        ApiError::RateLimited { until, retry_after } => SendError::RateLimited {
            reason: "X rate limit reached (HTTP 429)".into(),
            until: until.or_else(|| {
                retry_after.and_then(|d| chrono::Duration::from_std(d).ok().map(|d| Utc::now() + d))
            }),
        },
        ApiError::Status {
            status,
            reason,
            retry_after,
        } if status >= 500 || status == 408 => SendError::Transient {
            reason: format!("X answered HTTP {status}: {reason}"),
            retry_after,
        },
        ApiError::Status { status, reason, .. } => SendError::Permanent {
            reason: format!("X refused it (HTTP {status}): {reason}"),
        },
        // A success status with a body that cannot be read: the post may
        // exist, so it is not failed for good; a retry looks for it first.
        ApiError::Body(reason) => SendError::Transient {
            reason,
            retry_after: None,
        },
    }
}

/// Text as X shows it back, for comparing with what was sent: entities
/// unescaped, leading `@mentions` (reply prefixes) and links (shortened to
/// t.co) left out, whitespace collapsed.
fn comparable(text: &str) -> String {
    let unescaped = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    let mut words: Vec<&str> = unescaped
        .split_whitespace()
        .filter(|w| !w.starts_with("http://") && !w.starts_with("https://"))
        .collect();
    while words.first().is_some_and(|w| w.starts_with('@')) {
        words.remove(0);
    }
    words.join(" ")
}

fn created_at(v: &Value) -> Option<DateTime<Utc>> {
    v.get("created_at")
        .and_then(Value::as_str)
        .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
        .map(|t| t.with_timezone(&Utc))
}

impl XSender {
    async fn find_reply(&self, target: &ReplyTarget) -> Result<Option<Sent>, ApiError> {
        let user = self.brand_id().await?.to_string();
        let since = target.item.created_at - LOOK_BACK;
        let start = since.to_rfc3339_opts(SecondsFormat::Secs, true);
        let want = comparable(&target.item.body);
        let path = format!("/2/users/{user}/tweets");
        let mut next: Option<String> = None;
        for _ in 0..MAX_PAGES {
            let mut query = vec![
                ("tweet.fields", "referenced_tweets,created_at"),
                ("max_results", "100"),
                ("start_time", start.as_str()),
            ];
            if let Some(t) = &next {
                query.push(("pagination_token", t));
            }
            let answer = self.api.get(&path, &query, &self.token).await?;
            for t in answer
                .body
                .get("data")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let replied_to = t
                    .get("referenced_tweets")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .find(|r| r.get("type").and_then(Value::as_str) == Some("replied_to"))
                    .and_then(|r| r.get("id"))
                    .and_then(Value::as_str);
                let text = t.get("text").and_then(Value::as_str).unwrap_or("");
                let recent = created_at(t).is_none_or(|c| c >= since);
                if replied_to == target.item.in_reply_to.as_deref()
                    && recent
                    && comparable(text) == want
                {
                    if let Some(id) = t.get("id").and_then(Value::as_str) {
                        return Ok(Some(Sent {
                            external_id: id.to_string(),
                        }));
                    }
                }
            }
            next = answer
                .body
                .get("meta")
                .and_then(|m| m.get("next_token"))
                .and_then(Value::as_str)
                .map(str::to_string);
            if next.is_none() {
                break;
            }
        }
        Ok(None)
    }

    async fn find_dm(&self, target: &ReplyTarget) -> Result<Option<Sent>, SendError> {
        let participant = participant(target)?;
        let user = self.brand_id().await.map_err(send_error)?.to_string();
        let since = target.item.created_at - LOOK_BACK;
        let want = comparable(&target.item.body);
        let path = format!("/2/dm_conversations/with/{participant}/dm_events");
        let query = [
            ("dm_event.fields", "id,text,event_type,sender_id,created_at"),
            ("event_types", "MessageCreate"),
            ("max_results", "100"),
        ];
        let answer = self
            .api
            .get(&path, &query, &self.token)
            .await
            .map_err(send_error)?;
        let found = answer
            .body
            .get("data")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .find(|e| {
                let s = |k: &str| e.get(k).and_then(Value::as_str);
                s("sender_id") == Some(user.as_str())
                    && s("event_type").is_none_or(|t| t == "MessageCreate")
                    && created_at(e).is_none_or(|c| c >= since)
                    && comparable(s("text").unwrap_or("")) == want
            })
            .and_then(|e| e.get("id").and_then(Value::as_str))
            .map(|id| Sent {
                external_id: id.to_string(),
            });
        Ok(found)
    }
}

fn participant(target: &ReplyTarget) -> Result<&str, SendError> {
    match target.customer_id.as_deref() {
        Some(id) if !id.is_empty() && id.chars().all(|c| c.is_ascii_digit()) => Ok(id),
        _ => Err(SendError::Permanent {
            reason: "no X user id for the customer, so no direct message can be sent".into(),
        }),
    }
}

fn sent_id(body: &Value, field: &str) -> Result<Sent, ApiError> {
    body.get("data")
        .and_then(|d| d.get(field))
        .and_then(Value::as_str)
        .map(|id| Sent {
            external_id: id.to_string(),
        })
        .ok_or_else(|| ApiError::Body(format!("X accepted it but sent no data.{field}")))
}

#[async_trait]
impl Sender for XSender {
    fn network(&self) -> Network {
        Network::X
    }

    async fn send(&self, target: &ReplyTarget) -> Result<Sent, SendError> {
        let item = &target.item;
        match item.channel {
            Channel::Public => {
                let mut body = json!({"text": item.body});
                if let Some(parent) = &item.in_reply_to {
                    body["reply"] = json!({"in_reply_to_tweet_id": parent});
                }
                let answer = self
                    .api
                    .post("/2/tweets", &body, &self.token)
                    .await
                    .map_err(send_error)?;
                sent_id(&answer.body, "id").map_err(send_error)
            }
            Channel::Private => {
                let participant = participant(target)?;
                let path = format!("/2/dm_conversations/with/{participant}/messages");
                let answer = self
                    .api
                    .post(&path, &json!({"text": item.body}), &self.token)
                    .await
                    .map_err(send_error)?;
                sent_id(&answer.body, "dm_event_id").map_err(send_error)
            }
        }
    }

    async fn find_sent(&self, target: &ReplyTarget) -> Result<Option<Sent>, SendError> {
        match target.item.channel {
            Channel::Public => self.find_reply(target).await.map_err(send_error),
            Channel::Private => self.find_dm(target).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_compares_as_x_shows_it_back() {
        assert_eq!(
            comparable("@dana  Sorry &amp; thanks, see https://t.co/abc"),
            comparable("Sorry & thanks, see https://example.com/help")
        );
        assert_ne!(comparable("Sorry"), comparable("Sorry!"));
    }

    #[test]
    fn statuses_map_to_what_the_outbox_does_next() {
        let status = |s: u16| ApiError::Status {
            status: s,
            reason: "r".into(),
            retry_after: None,
        };
        assert!(matches!(
            send_error(status(503)),
            SendError::Transient { .. }
        ));
        assert!(matches!(
            send_error(status(403)),
            SendError::Permanent { .. }
        ));
        assert!(matches!(
            send_error(status(404)),
            SendError::Permanent { .. }
        ));
        assert!(matches!(
            send_error(ApiError::Network("reset".into())),
            SendError::Transient { .. }
        ));
    }
}
