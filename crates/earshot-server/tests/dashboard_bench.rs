//! How long the server takes to render the manager dashboard (and the
//! inbox's first page, for comparison) with many cases (SQLite). Ignored by
//! default; run with
//!
//!     cargo test --release -p earshot-server --test dashboard_bench -- --ignored --nocapture
//!
//! `EARSHOT_DASHBOARD_BENCH_CASES` sets how many cases (default 100,000).
//! Figures are the desk's `Server-Timing` (`render;dur=...`).

mod desk;

use desk::*;
use std::time::Instant;

fn server_ms(a: &Answer) -> f64 {
    a.headers
        .get("server-timing")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split("dur=").nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(f64::NAN)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "benchmark: run with --ignored --nocapture"]
async fn dashboard_render_time_with_many_cases() {
    let n: u64 = std::env::var("EARSHOT_DASHBOARD_BENCH_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let desk = Desk::spawn().await;
    let started = Instant::now();
    desk.store.generate_cases(n, 42).await.expect("generate");
    println!(
        "generated {n} cases in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let mut lena = Agent::new(&desk);
    lena.login(LEAD).await;
    for path in [
        "/",
        "/?view=breached",
        "/dashboard?days=14",
        "/dashboard?days=90",
    ] {
        let mut server = Vec::new();
        for _ in 0..10 {
            let page = lena.get(path).await;
            assert_eq!(page.status, 200, "{path}");
            server.push(server_ms(&page));
        }
        server.sort_by(|a, b| a.total_cmp(b));
        println!(
            "{path:<22} server p50 {:.1} ms, max {:.1} ms",
            server[server.len() / 2],
            server[server.len() - 1]
        );
    }
    desk.stop().await;
}
