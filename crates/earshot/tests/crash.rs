//! The crash test in CI: `earshot bench crash` kills `earshot serve` with
//! SIGKILL three times while mentions arrive from the stand-in X server and
//! replies go out, and must find every mention stored once and every reply
//! posted once (on SQLite, and on PostgreSQL when
//! `EARSHOT_TEST_DATABASE_URL` is set).

use serde_json::Value;
use std::process::Command;

fn crash_run(extra: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_earshot"))
        .args([
            "bench",
            "crash",
            "--cycles",
            "3",
            "--mentions-per-cycle",
            "15",
        ])
        .args([
            "--replies-per-cycle",
            "6",
            "--max-uptime-ms",
            "1500",
            "--seed",
            "7",
        ])
        .args(extra)
        .env_remove("EARSHOT_DATABASE_URL")
        .env_remove("EARSHOT_PLAN")
        .env_remove("EARSHOT_LISTEN")
        .env_remove("EARSHOT_X_API_BASE")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "bench crash failed:\n{stdout}\n{stderr}"
    );
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}\n{stderr}"))
}

fn check(report: &Value) {
    assert_eq!(report["kills"], 3, "{report}");
    let pushed = report["mentions_pushed"].as_u64().unwrap();
    assert!(pushed > 0, "{report}");
    assert_eq!(
        report["mentions_stored"].as_u64().unwrap(),
        pushed,
        "{report}"
    );
    assert_eq!(report["mentions_lost"], 0, "{report}");
    assert_eq!(report["replies_lost"], 0, "{report}");
    assert_eq!(report["replies_duplicated"], 0, "{report}");
    assert_eq!(report["outbox_rows_duplicated"], 0, "{report}");
    let queued = report["replies_queued"].as_u64().unwrap();
    assert!(queued > 0, "{report}");
    assert_eq!(
        report["replies_posted"].as_u64().unwrap(),
        queued,
        "{report}"
    );
}

#[test]
fn killing_serve_loses_no_mention_and_doubles_no_reply_sqlite() {
    check(&crash_run(&[]));
}

#[test]
fn killing_serve_loses_no_mention_and_doubles_no_reply_postgres() {
    let Ok(url) = std::env::var("EARSHOT_TEST_DATABASE_URL") else {
        return;
    };
    check(&crash_run(&["--database-url", &url]));
}
