//! `earshot bench x-stream`: how long a post takes from the stand-in's
//! filtered stream to a stored case, at a steady rate. A post's clock
//! starts when it is handed to the stand-in's stream (before it is written
//! to the socket) and stops when the transaction that stored it has
//! committed, which is when the API and the live desk can show its case.

use crate::config::{Secret, XConfig};
use crate::standin::{tweet_message, Options, StandIn};
use earshot_connect::{HealthRegistry, Inbound, StoredHook};
use earshot_ingest::Pipeline;
use earshot_store::Store;
use earshot_triage::Engine;
use serde::Serialize;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

/// What the run measured.
#[derive(Debug, Clone, Serialize)]
pub struct StreamBenchReport {
    pub backend: String,
    pub rate_per_sec: u32,
    pub seconds: f64,
    pub sent: u64,
    pub stored: u64,
    pub cases_opened: u64,
    pub p50_ms: f64,
    pub p90_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    pub batches: u64,
    pub errors: u64,
    pub reconnects: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error("the stream did not deliver every post within 30 s of the last one: {stored} of {sent} stored")]
    Incomplete { stored: u64, sent: u64 },
}

const TEXTS: [&str; 6] = [
    "@NorthwindCares my internet is down again, modem blinking red",
    "@NorthwindCares still waiting for a technician, third day without service",
    "is Northwind Fiber down for anyone else? #NorthwindFiber",
    "@NorthwindCares thanks, it works again!",
    "@NorthwindCares why did my bill go up this month",
    "wifi keeps dropping every evening @NorthwindCares",
];

/// Stream `rate` posts a second for `seconds` through the stand-in into
/// `store` (with `engine`'s plan), and report the latency percentiles.
pub async fn bench_stream(
    store: Store,
    engine: Arc<Engine>,
    rate: u32,
    seconds: u32,
) -> Result<StreamBenchReport, BenchError> {
    let x = StandIn::start_with(Options::default()).await;
    let total = u64::from(rate) * u64::from(seconds);
    let started = Instant::now();
    // Push times, in nanoseconds since `started`, by position on the wire.
    let pushed: Arc<Vec<AtomicU64>> = Arc::new((0..total).map(|_| AtomicU64::new(0)).collect());
    let latencies: Arc<Mutex<Vec<Duration>>> =
        Arc::new(Mutex::new(Vec::with_capacity(total as usize)));
    let seen = Arc::new(AtomicU64::new(0));
    let batches = Arc::new(AtomicU64::new(0));
    let cases_opened = Arc::new(AtomicU64::new(0));
    let hook: StoredHook = {
        let (pushed, latencies, seen) = (pushed.clone(), latencies.clone(), seen.clone());
        let (batches, cases_opened) = (batches.clone(), cases_opened.clone());
        Arc::new(move |outcome| {
            let now = started.elapsed();
            // One connector task stores in stream order, so this batch is
            // the next `stored + duplicates` posts pushed.
            let n = outcome.stored + outcome.duplicates;
            let first = seen.fetch_add(n, Ordering::SeqCst);
            batches.fetch_add(1, Ordering::Relaxed);
            cases_opened.fetch_add(outcome.cases_opened, Ordering::Relaxed);
            let mut l = latencies.lock().unwrap_or_else(|e| e.into_inner());
            for i in first..(first + n).min(pushed.len() as u64) {
                let at = Duration::from_nanos(pushed[i as usize].load(Ordering::SeqCst));
                l.push(now.saturating_sub(at));
            }
        })
    };
    let health = HealthRegistry::new();
    let inbound = Inbound::new(
        Pipeline::new(store.clone(), engine),
        health.connector("x.stream"),
        Some(hook),
    );
    let config = XConfig {
        api_base: x.base_url(),
        bearer_token: Some(Secret::new(x.options().bearer_token.clone())),
        ..XConfig::default()
    };
    let cancel = CancellationToken::new();
    let task = tokio::spawn(crate::stream::run(config, inbound, cancel.clone()));
    while !health.connector("x.stream").snapshot().connected {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }

    // Pace the pushes in 5 ms steps.
    let step = Duration::from_millis(5);
    let per_step = f64::from(rate) * step.as_secs_f64();
    let begin = tokio::time::Instant::now();
    let mut sent: u64 = 0;
    let mut tick = tokio::time::interval(step);
    while sent < total {
        tick.tick().await;
        let due = ((begin.elapsed().as_secs_f64() / step.as_secs_f64() + 1.0) * per_step) as u64;
        while sent < due.min(total) {
            let author = format!("{}", 5000 + sent % 997);
            let handle = format!("customer{}", sent % 997);
            let text = TEXTS[(sent % TEXTS.len() as u64) as usize];
            let message = tweet_message(&x.next_tweet_id(), (&author, &handle), text);
            pushed[sent as usize].store(started.elapsed().as_nanos() as u64, Ordering::SeqCst);
            x.push_tweet(&message);
            sent += 1;
        }
    }
    let send_seconds = begin.elapsed().as_secs_f64();
    let deadline = Instant::now() + Duration::from_secs(30);
    while seen.load(Ordering::SeqCst) < total && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    cancel.cancel();
    let _ = task.await;
    let stored = seen.load(Ordering::SeqCst);
    if stored < total {
        return Err(BenchError::Incomplete { stored, sent });
    }
    let mut l = latencies.lock().unwrap_or_else(|e| e.into_inner()).clone();
    l.sort_unstable();
    let pct = |p: f64| {
        let i = ((l.len() as f64 * p).ceil() as usize).clamp(1, l.len().max(1)) - 1;
        l.get(i).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    let snap = health.connector("x.stream").snapshot();
    Ok(StreamBenchReport {
        backend: format!("{:?}", store.backend()),
        rate_per_sec: rate,
        seconds: send_seconds,
        sent,
        stored,
        cases_opened: cases_opened.load(Ordering::Relaxed),
        p50_ms: pct(0.50),
        p90_ms: pct(0.90),
        p99_ms: pct(0.99),
        max_ms: l.last().map_or(0.0, |d| d.as_secs_f64() * 1000.0),
        batches: batches.load(Ordering::Relaxed),
        errors: snap.errors,
        reconnects: snap.reconnects,
    })
}
