//! How long the server takes to render the inbox and a case with many
//! cases in the database (SQLite). Ignored by default; run with
//!
//!     cargo test --release -p earshot-server --test inbox_bench -- --ignored --nocapture
//!
//! `EARSHOT_INBOX_BENCH_CASES` sets how many cases to generate (default
//! 200,000). Figures come from the `Server-Timing` header the desk sets
//! (`render;dur=...`, the handler's own time) and from the client's
//! round trip.

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

fn summary(mut xs: Vec<f64>) -> String {
    xs.sort_by(|a, b| a.total_cmp(b));
    let p = |q: f64| xs[((xs.len() - 1) as f64 * q).round() as usize];
    format!(
        "p50 {:.1} ms, p90 {:.1} ms, max {:.1} ms",
        p(0.5),
        p(0.9),
        p(1.0)
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "benchmark: run with --ignored --nocapture"]
async fn inbox_render_time_with_many_cases() {
    let n: u64 = std::env::var("EARSHOT_INBOX_BENCH_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200_000);
    let desk = Desk::spawn().await;
    let started = Instant::now();
    desk.store.generate_cases(n, 42).await.expect("generate");
    println!(
        "generated {n} cases in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let mut dana = Agent::new(&desk);
    dana.login(AGENT).await;
    let case_path = format!("/cases/{}", desk.plain_case);
    for path in [
        "/",
        "/?view=unassigned",
        "/?view=breached",
        "/?view=monitored",
        "/?status=any",
        "/?q=router",
        "/inbox/rows",
        case_path.as_str(),
    ] {
        let mut server = Vec::new();
        let mut total = Vec::new();
        let mut rows = 0;
        for _ in 0..20 {
            let t = Instant::now();
            let page = dana.get(path).await;
            total.push(t.elapsed().as_secs_f64() * 1000.0);
            assert_eq!(page.status, 200, "{path}");
            server.push(server_ms(&page));
            rows = page.body.matches("data-case-id=\"").count();
        }
        let server = if server.iter().all(|x| x.is_nan()) {
            "n/a".to_string()
        } else {
            summary(server)
        };
        println!(
            "{path:<20} {rows:>3} rows  server {server}  round trip {}",
            summary(total)
        );
    }
    desk.stop().await;
}
