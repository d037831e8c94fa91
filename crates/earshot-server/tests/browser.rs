//! The web desk in a real browser: starts the real server on port 0 over
//! a fresh SQLite file, seeds it, and runs `node tests/browser/run.mjs
//! BASE_URL` (Playwright driving Debian's Chromium), asserting its exit
//! status. Screenshots land in `artifacts/`.
//!
//! Skipped only when `node` or the browser is missing and `CI` is unset;
//! in CI a missing piece is a failure. Set up with
//! `npm ci --prefix tests/browser` (and `apt-get install -y chromium`).

mod desk;

use desk::*;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("..")
        .canonicalize()
        .expect("repository root")
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_desk_works_in_a_real_browser() {
    let root = repo_root();
    let chromium = std::env::var("EARSHOT_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let node = std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let mut missing = Vec::new();
    if !node {
        missing.push("node is not installed".to_string());
    }
    if !Path::new(&chromium).exists() {
        missing.push(format!(
            "{chromium} is missing (apt-get install -y chromium)"
        ));
    }
    if !missing.is_empty() {
        let why = missing.join("; ");
        assert!(!in_ci(), "browser tests cannot run in CI: {why}");
        eprintln!("skipping the browser tests: {why}");
        return;
    }
    let script = root.join("tests/browser/run.mjs");
    assert!(
        root.join("tests/browser/node_modules/playwright-core")
            .exists(),
        "playwright-core is not installed: run `npm ci --prefix tests/browser`"
    );

    let desk = Desk::spawn().await;
    // A case near its deadline (amber) and one past it, escalated by a
    // sweep as `serve` would run it.
    let amber = seed_aged_case(
        &desk,
        "1900000000000000301",
        "amber_al",
        chrono::Duration::minutes(50),
        3600,
    )
    .await;
    let late = seed_aged_case(
        &desk,
        "1900000000000000302",
        "late_lou",
        chrono::Duration::minutes(35),
        900,
    )
    .await;
    let escalated = earshot_server::web::clocks::sweep(&desk.web_state(None), chrono::Utc::now())
        .await
        .expect("sweep");
    assert_eq!(escalated.len(), 1);
    // A case whose reply the network refused for good.
    let failed = seed_aged_case(
        &desk,
        "1900000000000000303",
        "refused_rita",
        chrono::Duration::minutes(5),
        3600,
    )
    .await;
    desk.failed_reply(
        failed,
        AGENT.0,
        "Sorry Rita, we are on it and will reply here within the hour.",
        "X said 403: the post was deleted",
    )
    .await;
    let child = tokio::process::Command::new("node")
        .arg(&script)
        .arg(&desk.base)
        .current_dir(&root)
        .env("EARSHOT_TOKEN", &desk.token)
        .env("EARSHOT_AGENT", format!("{}:{}", AGENT.0, AGENT.1))
        .env("EARSHOT_AGENT2", format!("{}:{}", AGENT2.0, AGENT2.1))
        .env("EARSHOT_LEAD", format!("{}:{}", LEAD.0, LEAD.1))
        .env("EARSHOT_XSS_CASE", desk.xss_case.to_string())
        .env("EARSHOT_XSS_TEXT", XSS_TEXT)
        .env("EARSHOT_PLAIN_CASE", desk.plain_case.to_string())
        .env("EARSHOT_AMBER_CASE", amber.to_string())
        .env("EARSHOT_LATE_CASE", late.to_string())
        .env("EARSHOT_FAILED_CASE", failed.to_string())
        .env("EARSHOT_CHROMIUM", &chromium)
        .env(
            "EARSHOT_ARTIFACTS",
            std::env::var("EARSHOT_ARTIFACTS")
                .map(PathBuf::from)
                .unwrap_or_else(|_| root.join("artifacts")),
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("start node");
    let out = tokio::time::timeout(Duration::from_secs(300), child.wait_with_output())
        .await
        .expect("the browser checks finish within 5 minutes")
        .expect("node ran");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Shown by `cargo test -- --nocapture`, and on failure.
    println!("{stdout}");
    eprintln!("{stderr}");
    desk.stop().await;
    assert!(
        out.status.success(),
        "browser checks failed ({}):\n{stdout}\n{stderr}",
        out.status
    );
}
