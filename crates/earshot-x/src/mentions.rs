//! The mentions timeline (`GET /2/users/:id/mentions`), for access levels
//! without the filtered stream. Each poll asks for everything newer than
//! the cursor (`since_id`), page by page (`pagination_token`, 100 a page),
//! stores every page, and only then saves the newest id as the cursor: a
//! crash mid-poll re-reads (the store ignores what it has), a restart
//! neither misses nor repeats. Polls are spread over the rate-limit window
//! the `x-rate-limit-*` headers describe, and wait for the reset when none
//! are left.

use crate::api::{id_number, Answer, Api, ApiError, Schedules, TWEET_QUERY};
use crate::config::{Secret, XConfig};
use earshot_connect::ratelimit::RateLimit;
use earshot_connect::Inbound;
use serde_json::{json, Value};
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// What one poll did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PollOutcome {
    pub pages: usize,
    pub mentions: usize,
    /// The cursor after the poll.
    pub cursor: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum PollError {
    #[error(transparent)]
    Api(#[from] ApiError),
    #[error("cannot store mentions: {0}")]
    Store(String),
}

/// The brand account's user id: from the configuration, else from
/// `GET /2/users/me` with the user token.
pub(crate) async fn brand_user_id(
    config: &XConfig,
    api: &Api,
    token: &Secret,
) -> Result<String, ApiError> {
    if let Some(id) = config.brand_user_id.as_ref().filter(|id| !id.is_empty()) {
        return Ok(id.clone());
    }
    let answer = api.get("/2/users/me", &[], token).await?;
    answer
        .body
        .get("data")
        .and_then(|d| d.get("id"))
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| ApiError::Body("/2/users/me without data.id".into()))
}

/// Poll until `cancel`.
pub async fn run(config: XConfig, inbound: Inbound, cancel: CancellationToken) {
    let Some(token) = config.user_token.clone().or(config.bearer_token.clone()) else {
        tracing::warn!(
            connector = inbound.name(),
            "no X token; the mentions timeline is off"
        );
        return;
    };
    let api = Api::new(&config);
    let mut schedules = Schedules::new(config.scale());
    let interval = Duration::from_millis(config.poll_interval_ms);
    let mut user_id: Option<String> = None;
    loop {
        let delay = match &user_id {
            None => match brand_user_id(&config, &api, &token).await {
                Ok(id) => {
                    user_id = Some(id);
                    continue;
                }
                Err(e) => {
                    inbound.health().error();
                    tracing::warn!(connector = inbound.name(), error = %e, "cannot learn the brand's X user id");
                    e.next_delay(&mut schedules)
                }
            },
            Some(id) => match poll_with(&api, &token, id, &inbound, &cancel).await {
                Ok((outcome, rate)) => {
                    inbound.health().set_connected(true);
                    schedules.reset();
                    if outcome.mentions > 0 {
                        tracing::debug!(
                            connector = inbound.name(),
                            mentions = outcome.mentions,
                            pages = outcome.pages,
                            "polled"
                        );
                    }
                    pace(&rate, interval)
                }
                Err(PollError::Api(e)) => {
                    inbound.health().set_connected(false);
                    inbound.health().error();
                    tracing::warn!(connector = inbound.name(), error = %e, "mentions poll failed");
                    if matches!(e, ApiError::RateLimited { .. }) {
                        inbound.health().set_rate_limit_remaining(Some(0));
                    }
                    e.next_delay(&mut schedules)
                }
                // Already logged and counted by the inbound context.
                Err(PollError::Store(_)) => schedules.network.next_delay(),
            },
        };
        tokio::select! {
            _ = cancel.cancelled() => break,
            _ = tokio::time::sleep(delay) => {}
        }
    }
    inbound.health().set_connected(false);
}

/// The wait before the next poll: at least `interval`, and the rest of the
/// window shared evenly among the requests left in it (all of it when
/// none are left).
pub fn pace(rate: &RateLimit, interval: Duration) -> Duration {
    let now = chrono::Utc::now();
    let Some(until_reset) = rate.wait_from(now) else {
        return interval;
    };
    match rate.remaining {
        Some(0) => until_reset + Duration::from_millis(250),
        Some(left) => interval.max(until_reset / u32::try_from(left).unwrap_or(u32::MAX)),
        None => interval,
    }
}

/// One poll with the configured token and brand user id.
pub async fn poll(config: &XConfig, inbound: &Inbound) -> Result<PollOutcome, PollError> {
    let token = config
        .user_token
        .as_ref()
        .or(config.bearer_token.as_ref())
        .ok_or_else(|| ApiError::Body("no X token configured".into()))?;
    let api = Api::new(config);
    let id = brand_user_id(config, &api, token).await?;
    let (outcome, _) = poll_with(&api, token, &id, inbound, &CancellationToken::new()).await?;
    Ok(outcome)
}

async fn poll_with(
    api: &Api,
    token: &Secret,
    user_id: &str,
    inbound: &Inbound,
    cancel: &CancellationToken,
) -> Result<(PollOutcome, RateLimit), PollError> {
    let since = inbound
        .cursor()
        .await
        .map_err(|e| PollError::Store(e.to_string()))?;
    let path = format!("/2/users/{user_id}/mentions");
    let mut outcome = PollOutcome {
        cursor: since.clone(),
        ..PollOutcome::default()
    };
    let mut newest: Option<String> = None;
    let mut next_token: Option<String> = None;
    let mut rate;
    loop {
        let mut query: Vec<(&str, &str)> = TWEET_QUERY.to_vec();
        query.push(("max_results", "100"));
        if let Some(s) = &since {
            query.push(("since_id", s));
        }
        if let Some(t) = &next_token {
            query.push(("pagination_token", t));
        }
        let answer: Answer = api.get(&path, &query, token).await?;
        rate = answer.rate;
        inbound.health().set_rate_limit_remaining(rate.remaining);
        let page = read_page(&answer.body, inbound)?;
        outcome.pages += 1;
        if newest.is_none() {
            newest = page.newest_id.clone();
        }
        outcome.mentions += page.mentions.len();
        inbound
            .store_mentions(page.mentions)
            .await
            .map_err(|e| PollError::Store(e.to_string()))?;
        match page.next_token {
            Some(t) => next_token = Some(t),
            None => break,
        }
        // More pages of this poll: if the window is spent, wait for it.
        if rate.exhausted() {
            let wait = pace(&rate, Duration::ZERO);
            tokio::select! {
                _ = cancel.cancelled() => return Ok((outcome, rate)),
                _ = tokio::time::sleep(wait) => {}
            }
        }
    }
    // Every page is stored: now the cursor may move past them.
    if let Some(n) = newest {
        if since
            .as_deref()
            .is_none_or(|s| id_number(&n) > id_number(s))
        {
            inbound
                .save_cursor(&n)
                .await
                .map_err(|e| PollError::Store(e.to_string()))?;
            outcome.cursor = Some(n);
        }
    }
    Ok((outcome, rate))
}

/// One page of a tweets timeline or search: its posts as mentions, the
/// newest id and the next page's token.
pub(crate) struct Page {
    pub mentions: Vec<earshot_core::Mention>,
    pub newest_id: Option<String>,
    pub next_token: Option<String>,
}

/// A timeline (or recent search) page's tweets as stream-style messages,
/// each with the `includes` it refers to, parsed like stream lines (a bad
/// tweet is counted and skipped; the page goes on).
pub(crate) fn read_page(body: &Value, inbound: &Inbound) -> Result<Page, ApiError> {
    let meta = body.get("meta");
    let meta_str = |k: &str| {
        meta.and_then(|m| m.get(k))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    let tweets = match body.get("data") {
        None | Some(Value::Null) => &[][..],
        Some(Value::Array(t)) => t.as_slice(),
        Some(_) => {
            return Err(ApiError::Body(
                "'data' of a page of posts is not a list".into(),
            ))
        }
    };
    let includes = body.get("includes");
    let list = |k: &str| {
        includes
            .and_then(|i| i.get(k))
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    };
    let (users, included_tweets) = (list("users"), list("tweets"));
    let mut mentions = Vec::with_capacity(tweets.len());
    let mut newest: Option<String> = None;
    for tweet in tweets {
        let id = tweet.get("id").and_then(Value::as_str).unwrap_or("");
        if newest
            .as_deref()
            .is_none_or(|n| id_number(id) > id_number(n))
            && !id.is_empty()
        {
            newest = Some(id.to_string());
        }
        let message = json!({
            "data": tweet,
            "includes": related_includes(tweet, users, included_tweets),
        });
        match earshot_core::wire::parse_line(&message.to_string(), true) {
            Ok(m) => mentions.push(m),
            Err(e) => inbound.bad_message(&format!("a mention earshot cannot use: {e}")),
        }
    }
    Ok(Page {
        mentions,
        // `meta.newest_id` is X's word; the largest id seen backs it up.
        newest_id: meta_str("newest_id").or(newest),
        next_token: meta_str("next_token"),
    })
}

/// The users and tweets of a page's `includes` that `tweet` refers to.
fn related_includes(tweet: &Value, users: &[Value], tweets: &[Value]) -> Value {
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let refs: Vec<String> = tweet
        .get("referenced_tweets")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|r| s(r, "id"))
        .collect();
    let rel_tweets: Vec<&Value> = tweets
        .iter()
        .filter(|t| s(t, "id").is_some_and(|id| refs.contains(&id)))
        .collect();
    let mut user_ids: Vec<String> = Vec::new();
    user_ids.extend(s(tweet, "author_id"));
    user_ids.extend(s(tweet, "in_reply_to_user_id"));
    user_ids.extend(rel_tweets.iter().filter_map(|t| s(t, "author_id")));
    let rel_users: Vec<&Value> = users
        .iter()
        .filter(|u| s(u, "id").is_some_and(|id| user_ids.contains(&id)))
        .collect();
    json!({"users": rel_users, "tweets": rel_tweets})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polls_spread_over_the_window_and_wait_for_a_spent_one() {
        let now = chrono::Utc::now();
        let rate = |remaining, secs| RateLimit {
            limit: Some(180),
            remaining: Some(remaining),
            reset: Some(now + chrono::Duration::seconds(secs)),
        };
        let one_sec = Duration::from_secs(1);
        let spread = pace(&rate(10, 100), one_sec);
        assert!(
            spread > Duration::from_secs(9) && spread <= Duration::from_secs(10),
            "{spread:?}"
        );
        assert_eq!(pace(&rate(1000, 100), one_sec), one_sec);
        let spent = pace(&rate(0, 30), one_sec);
        assert!(spent > Duration::from_secs(29), "{spent:?}");
        assert_eq!(pace(&RateLimit::default(), one_sec), one_sec);
    }
}
