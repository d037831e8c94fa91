//! What the X connector's tests share: a desk on a real SQLite store with
//! the real pipeline, a stand-in X server, and a configuration pointing at
//! it with the documented schedules run fast.
#![allow(dead_code)]

use earshot_connect::testing::TestDesk;
use earshot_x::standin::{Options, StandIn};
use earshot_x::{Secret, XConfig};
use std::time::{Duration, Instant};

pub const PLAN: &str = "version = 1\n[brand]\nname = \"Northwind Fiber\"\naliases = [\"Northwind\"]\nhandles = { x = [\"NorthwindCares\"] }\n[[team]]\nid = \"repair\"\nname = \"Repair\"\n[[topic]]\nid = \"outage\"\nteam = \"repair\"\nkeywords = [\"internet\", \"outage\", \"down\", \"modem\"]\n";

/// The shared connector test desk with this crate's plan.
pub struct Desk(TestDesk);

impl std::ops::Deref for Desk {
    type Target = TestDesk;
    fn deref(&self) -> &TestDesk {
        &self.0
    }
}

impl Desk {
    pub async fn new() -> Desk {
        Desk(TestDesk::new(PLAN).await)
    }
}

/// A stand-in with keep-alives every 100 ms.
pub async fn standin() -> StandIn {
    StandIn::start_with(Options {
        keepalive: Duration::from_millis(100),
        ..Options::default()
    })
    .await
}

/// The connector's configuration for `x`: its tokens, a 600 ms stall
/// timeout, backoffs divided by 1000, fast polls and batches.
pub fn config(x: &StandIn) -> XConfig {
    XConfig {
        api_base: x.base_url(),
        bearer_token: Some(Secret::new(x.options().bearer_token.clone())),
        user_token: Some(Secret::new(x.options().user_token.clone())),
        stall_timeout_ms: 600,
        poll_interval_ms: 20,
        batch_wait_ms: 10,
        backoff_scale: 1000,
        request_timeout_ms: 2_000,
        ..XConfig::default()
    }
}

/// Wait (up to 10 s) until `check` holds.
pub async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("timed out waiting for: {what}");
}
