//! Getting back what the filtered stream missed while earshot was not
//! connected to it, the two ways X documents:
//!
//! - **backfill**: after a gap of at most 5 minutes the stream is
//!   reconnected with `backfill_minutes=N` (1–5, the gap rounded up), and X
//!   redelivers the posts matched in those minutes, some of them again;
//! - **recent search** (`GET /2/tweets/search/recent`) for every other gap:
//!   a longer one, one at start (earshot was stopped for who knows how
//!   long), or one when backfill is off or refused. The rule terms, ORed
//!   into queries within the query length limit, are searched with
//!   `since_id` = the connector's cursor (or `start_time` = the last sign
//!   of life when there is no cursor yet), page after page (`next_token`),
//!   with the stream's expansions and fields, every page stored as it
//!   comes. A spent rate limit (or an error) pauses the catch-up until the
//!   reset (or the backoff) while the stream goes on; it then continues
//!   from the page it was at.
//!
//! The cursor (`connector_state`, through [`Inbound`]) is the newest post
//! id stored with nothing missing before it: the stream moves it after
//! each stored batch, except while a catch-up is owed, which moves it only
//! once all its pages are stored. Duplicates (backfill's, search's, the
//! stream's) are harmless: the store keeps one mention per network and
//! external id.

use crate::api::{id_number, Api, ApiError, Schedules, TWEET_QUERY};
use crate::config::{Secret, XConfig};
use crate::mentions::{pace, read_page};
use chrono::{DateTime, SecondsFormat, Utc};
use earshot_connect::Inbound;
use earshot_core::Mention;
use std::time::Duration;
use tokio::time::Instant;

const SEARCH_PATH: &str = "/2/tweets/search/recent";

/// The longest gap X's backfill covers.
pub const BACKFILL_MAX: Duration = Duration::from_secs(5 * 60);

/// Added to a measured gap before it is rounded up to backfill minutes:
/// the last byte seen is a little after the connection really died.
const GAP_SLACK: Duration = Duration::from_secs(5);

/// A catch-up searches from this long before its starting point: X's ids
/// are snowflakes (milliseconds since 2010-11-04 in the bits above 22), and
/// posts can reach the stream a little out of order around the cursor.
const OVERLAP_MS: u64 = 60_000;

/// Where a catch-up starts.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Start {
    /// After this post id (the cursor).
    SinceId(String),
    /// From this time (no cursor yet: the last sign of life).
    StartTime(DateTime<Utc>),
}

/// A recent-search catch-up owed, and how far it got.
#[derive(Debug)]
struct CatchUp {
    start: Start,
    /// Index of the query being read.
    query: usize,
    /// The next page of that query.
    next_token: Option<String>,
    /// The newest id any page returned.
    newest: Option<String>,
    pages: usize,
    posts: usize,
    /// Not before this: a spent rate limit's reset, or a backoff.
    not_before: Instant,
}

/// The stream's recovery state, kept across its connections.
pub(crate) struct Recovery {
    api: Api,
    token: Secret,
    queries: Vec<String>,
    /// The saved cursor.
    cursor: Option<String>,
    /// The newest id the stream stored.
    stream_newest: Option<String>,
    /// The last sign of life of the last connection (monotonic, wall).
    last_alive: Option<(Instant, DateTime<Utc>)>,
    catch_up: Option<CatchUp>,
    backfill: bool,
    schedules: Schedules,
}

fn newer(a: Option<String>, b: Option<&str>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) if id_number(b) > id_number(&a) => Some(b.to_string()),
        (None, Some(b)) => Some(b.to_string()),
        (a, _) => a,
    }
}

/// `since_id` for a catch-up from `cursor`: [`OVERLAP_MS`] earlier.
fn since_with_overlap(cursor: &str) -> String {
    let id = id_number(cursor);
    let overlap = OVERLAP_MS << 22;
    if id > overlap {
        (id - overlap).to_string()
    } else {
        cursor.to_string()
    }
}

impl Recovery {
    /// The recovery state with the saved cursor; the queries are the
    /// plan's rule terms ORed within `search_query_max_len`.
    pub async fn load(
        config: &XConfig,
        api: Api,
        token: Secret,
        inbound: &Inbound,
    ) -> Result<Recovery, earshot_store::StoreError> {
        let cursor = inbound.cursor().await?;
        let queries = crate::rules::pack(
            &crate::rules::terms(inbound.engine().plan()),
            config.search_query_max_len,
        );
        Ok(Recovery {
            api,
            token,
            queries,
            cursor,
            stream_newest: None,
            last_alive: None,
            catch_up: None,
            backfill: config.backfill,
            schedules: Schedules::new(config.scale()),
        })
    }

    /// Before each connection attempt: the `backfill_minutes` to ask for,
    /// or none (and a catch-up owed when something may have been missed).
    pub fn before_connecting(&mut self) -> Option<u32> {
        let Some((at, wall)) = self.last_alive else {
            // The first connection of this process: whatever happened
            // since the cursor is unknown.
            if let Some(c) = self.cursor.clone() {
                self.owe_catch_up(Start::SinceId(c));
            }
            return None;
        };
        let gap = at.elapsed() + GAP_SLACK;
        if self.backfill && gap <= BACKFILL_MAX {
            let minutes = gap.as_secs().div_ceil(60).clamp(1, 5);
            return Some(minutes as u32);
        }
        let start = match &self.cursor {
            Some(c) => Start::SinceId(c.clone()),
            None => Start::StartTime(
                wall - chrono::Duration::milliseconds(OVERLAP_MS as i64)
                    - chrono::Duration::from_std(GAP_SLACK).unwrap_or_default(),
            ),
        };
        self.owe_catch_up(start);
        None
    }

    /// X refused `backfill_minutes` (an access level without it): search
    /// instead, now and from now on.
    pub fn backfill_refused(&mut self) {
        self.backfill = false;
        let start = match (&self.cursor, self.last_alive) {
            (Some(c), _) => Some(Start::SinceId(c.clone())),
            (None, Some((_, wall))) => Some(Start::StartTime(
                wall - chrono::Duration::milliseconds(OVERLAP_MS as i64),
            )),
            (None, None) => None,
        };
        if let Some(start) = start {
            self.owe_catch_up(start);
        }
    }

    /// The connection was alive at `at` (its last byte).
    pub fn alive(&mut self, at: Instant) {
        let wall = Utc::now() - chrono::Duration::from_std(at.elapsed()).unwrap_or_default();
        self.last_alive = Some((at, wall));
    }

    /// (Re)start the catch-up: from the start given, or from an earlier
    /// time an unfinished one had.
    fn owe_catch_up(&mut self, start: Start) {
        let start = match (self.catch_up.take().map(|c| c.start), start) {
            (Some(Start::StartTime(old)), Start::StartTime(new)) => Start::StartTime(old.min(new)),
            (_, start) => start,
        };
        self.catch_up = Some(CatchUp {
            start,
            query: 0,
            next_token: None,
            newest: None,
            pages: 0,
            posts: 0,
            not_before: Instant::now(),
        });
    }

    /// When the owed catch-up may run, if one is owed.
    pub fn catch_up_due(&self) -> Option<Instant> {
        self.catch_up.as_ref().map(|c| c.not_before)
    }

    /// A stream batch was stored: the cursor moves past it unless a
    /// catch-up is owed.
    pub async fn stored(&mut self, inbound: &Inbound, batch: &[Mention]) {
        for m in batch {
            self.stream_newest = newer(self.stream_newest.take(), Some(&m.external_id));
        }
        if self.catch_up.is_none() {
            let newest = self.stream_newest.clone();
            self.advance(inbound, newest).await;
        }
    }

    async fn advance(&mut self, inbound: &Inbound, newest: Option<String>) {
        let Some(newest) = newest else { return };
        if self
            .cursor
            .as_deref()
            .is_some_and(|c| id_number(c) >= id_number(&newest))
        {
            return;
        }
        match inbound.save_cursor(&newest).await {
            Ok(()) => self.cursor = Some(newest),
            // The next stored batch tries again; a restart re-reads.
            Err(e) => {
                inbound.health().error();
                tracing::warn!(connector = inbound.name(), error = %e, "cannot save the stream cursor");
            }
        }
    }

    /// Run the owed catch-up (the stream is connected): page after page,
    /// each stored, until done, or until a spent rate limit or an error
    /// pauses it (see [`Recovery::catch_up_due`]).
    pub async fn catch_up(&mut self, inbound: &Inbound) {
        let Some(mut c) = self.catch_up.take() else {
            return;
        };
        while c.query < self.queries.len() {
            let start_time;
            let since;
            let mut params: Vec<(&str, &str)> = TWEET_QUERY.to_vec();
            params.push(("query", &self.queries[c.query]));
            params.push(("max_results", "100"));
            match &c.start {
                Start::SinceId(cursor) => {
                    since = since_with_overlap(cursor);
                    params.push(("since_id", &since));
                }
                Start::StartTime(t) => {
                    start_time = t.to_rfc3339_opts(SecondsFormat::Secs, true);
                    params.push(("start_time", &start_time));
                }
            }
            if let Some(t) = &c.next_token {
                params.push(("next_token", t));
            }
            let answer = self
                .api
                .get(SEARCH_PATH, &params, &self.token)
                .await
                .and_then(|a| read_page(&a.body, inbound).map(|p| (p, a.rate)));
            let (page, rate) = match answer {
                Ok(a) => a,
                Err(e) => {
                    inbound.health().error();
                    if matches!(e, ApiError::RateLimited { .. }) {
                        inbound.health().set_rate_limit_remaining(Some(0));
                    }
                    let wait = e.next_delay(&mut self.schedules);
                    tracing::warn!(
                        connector = inbound.name(),
                        error = %e,
                        retry_in_ms = wait.as_millis() as u64,
                        "recent search for missed posts failed"
                    );
                    c.not_before = Instant::now() + wait;
                    self.catch_up = Some(c);
                    return;
                }
            };
            inbound.health().set_rate_limit_remaining(rate.remaining);
            let n = page.mentions.len();
            // `store_mentions` logs and counts a failure itself.
            if inbound.store_mentions(page.mentions).await.is_err() {
                c.not_before = Instant::now() + self.schedules.network.next_delay();
                self.catch_up = Some(c);
                return;
            }
            self.schedules.network.reset();
            self.schedules.http.reset();
            c.newest = newer(c.newest.take(), page.newest_id.as_deref());
            c.pages += 1;
            c.posts += n;
            match page.next_token {
                Some(t) => c.next_token = Some(t),
                None => {
                    c.query += 1;
                    c.next_token = None;
                }
            }
            if c.query < self.queries.len() && rate.exhausted() {
                let wait = pace(&rate, Duration::ZERO);
                tracing::info!(
                    connector = inbound.name(),
                    wait_ms = wait.as_millis() as u64,
                    "recent search rate limit spent; the catch-up goes on after the reset"
                );
                c.not_before = Instant::now() + wait;
                self.catch_up = Some(c);
                return;
            }
        }
        tracing::info!(
            connector = inbound.name(),
            posts = c.posts,
            pages = c.pages,
            queries = self.queries.len(),
            "caught up on missed posts with recent search"
        );
        // Everything up to the newest post found or streamed is stored.
        let newest = newer(c.newest, self.stream_newest.as_deref());
        self.advance(inbound, newest).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_compare_as_numbers_and_the_overlap_is_a_minute_of_snowflake() {
        assert_eq!(newer(Some("9".into()), Some("10")).as_deref(), Some("10"));
        assert_eq!(newer(Some("10".into()), Some("9")).as_deref(), Some("10"));
        assert_eq!(newer(None, Some("9")).as_deref(), Some("9"));
        let cursor = "1800000000000000000";
        let since: u64 = since_with_overlap(cursor).parse().unwrap();
        assert_eq!((1_800_000_000_000_000_000u64 - since) >> 22, 60_000);
        assert_eq!(since_with_overlap("42"), "42");
    }
}
