//! The stream latency benchmark, run small: every post pushed is stored,
//! in order, and the percentiles come from every one of them.

mod support;

use earshot_triage::{Engine, Plan};
use std::sync::Arc;
use support::{Desk, PLAN};

#[tokio::test]
async fn a_short_run_stores_every_post_and_reports_latency() {
    let desk = Desk::new().await;
    let engine = Arc::new(Engine::new(Plan::parse(PLAN, "plan.toml").unwrap()));
    let report = earshot_x::bench::bench_stream(desk.store.clone(), engine, 300, 1)
        .await
        .unwrap();
    assert_eq!((report.sent, report.stored), (300, 300));
    assert_eq!(desk.mentions().await, 300);
    assert!(report.cases_opened > 0);
    assert!(
        report.p50_ms > 0.0 && report.p50_ms <= report.p99_ms && report.p99_ms <= report.max_ms
    );
    assert!(
        report.batches > 1,
        "stored in several batches as posts arrive"
    );
    assert_eq!((report.errors, report.reconnects), (0, 0));
}
