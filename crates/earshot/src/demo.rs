//! `earshot demo`: the whole desk on a fresh SQLite database, a fictional
//! brand (Ottermere Broadband) with its plan, teams and users, and a bundled
//! stream of mentions replayed live so a newcomer sees cases arrive.

use anyhow::Context as _;
use chrono::Utc;
use earshot_core::wire::parse_line;
use earshot_core::Mention;
use earshot_ingest::Pipeline;
use earshot_server::AppState;
use earshot_store::auth::{hash_password, new_api_token};
use earshot_store::{Role, Store};
use earshot_triage::{Engine, Plan};
use rand::Rng;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;

const PLAN: &str = include_str!("../../../demo/plan.toml");
const STREAM: &str = include_str!("../../../demo/stream.jsonl");

/// The first part of the stream arrives within this time; the rest trickles in.
const OPENING: Duration = Duration::from_secs(30);
const OPENING_SHARE: f64 = 0.7;
const TRICKLE_EVERY: Duration = Duration::from_secs(12);

pub async fn run(listen: &str, data_dir: Option<PathBuf>) -> anyhow::Result<()> {
    let dir = match data_dir {
        Some(d) => {
            std::fs::create_dir_all(&d)
                .with_context(|| format!("cannot create {}", d.display()))?;
            d
        }
        None => {
            let d = std::env::temp_dir().join(format!(
                "earshot-demo-{}-{}",
                std::process::id(),
                Utc::now().timestamp_millis()
            ));
            std::fs::create_dir_all(&d)
                .with_context(|| format!("cannot create {}", d.display()))?;
            d
        }
    };
    let db = dir.join("earshot.db");
    let store = Store::connect(&format!("sqlite://{}", db.display())).await?;
    let plan = Plan::parse(PLAN, "demo/plan.toml").map_err(|e| anyhow::anyhow!("{e}"))?;
    store.sync_teams(&plan.team_names()).await?;

    let admin_password = demo_password();
    let agent_password = demo_password();
    let admin = ensure_user(&store, "admin", &admin_password, Role::Admin, None).await?;
    let first_team = plan.teams.first().map(|t| t.id.as_str());
    ensure_user(&store, "agent", &agent_password, Role::Agent, first_team).await?;
    let (token, hash) = new_api_token();
    store.create_api_token(admin, &hash, "demo").await?;

    let engine = Arc::new(Engine::new(plan));
    let state = AppState::new(store.clone(), engine.clone());
    let listener = TcpListener::bind(listen)
        .await
        .with_context(|| format!("cannot listen on {listen}"))?;
    let addr = listener.local_addr()?;
    println!("earshot listening on http://{addr}");
    println!("login: admin / {admin_password}");
    println!("api token: {token}");
    eprintln!("agent login: agent / {agent_password}");
    eprintln!("data directory: {}", dir.display());

    let replay = tokio::spawn(replay(state.pipeline.clone(), state.events.clone()));
    // The demo reaches no network: the outbox worker runs with no senders,
    // so replies stay queued and their case says why.
    let worker = crate::connectors::outbox_worker(&state, Default::default(), &Default::default());
    let stop_worker = tokio_util::sync::CancellationToken::new();
    let outbox = tokio::spawn(worker.run(stop_worker.clone()));
    let result = earshot_server::serve(listener, state, earshot_server::shutdown_signal()).await;
    replay.abort();
    stop_worker.cancel();
    let _ = outbox.await;
    result.context("the server failed")
}

async fn ensure_user(
    store: &Store,
    name: &str,
    password: &str,
    role: Role,
    team: Option<&str>,
) -> anyhow::Result<i64> {
    if let Some(u) = store.user_by_username(name).await? {
        store
            .set_password_hash(u.id, &hash_password(password)?)
            .await?;
        return Ok(u.id);
    }
    Ok(store
        .create_user(name, &hash_password(password)?, role, team)
        .await?
        .id)
}

fn demo_password() -> String {
    const WORDS: [&str; 12] = [
        "otter", "harbour", "willow", "copper", "lantern", "meadow", "pebble", "thistle", "heron",
        "maple", "cobalt", "juniper",
    ];
    let mut rng = rand::rng();
    format!(
        "{}-{}-{}",
        WORDS[rng.random_range(0..WORDS.len())],
        WORDS[rng.random_range(0..WORDS.len())],
        rng.random_range(100..1000)
    )
}

/// The bundled stream with times moved to now, in the order written.
fn demo_mentions() -> Vec<Mention> {
    STREAM
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|line| match parse_line(line, true) {
            Ok(m) => Some(m),
            Err(e) => {
                tracing::warn!(error = %e, "skipping a bad line in the demo stream");
                None
            }
        })
        .collect()
}

/// Replays the stream; each stored mention is announced to the open desk
/// pages (`DeskEvents`), so the inbox fills up live.
async fn replay(pipeline: Pipeline, events: earshot_server::web::DeskEvents) {
    let mentions = demo_mentions();
    let opening = ((mentions.len() as f64) * OPENING_SHARE).ceil() as usize;
    let gap = OPENING / opening.max(1) as u32;
    for (i, mut m) in mentions.into_iter().enumerate() {
        m.created_at = Some(Utc::now());
        match pipeline.ingest(vec![m]).await {
            Ok(outcome) => events.cases_touched(&outcome.case_ids),
            Err(e) => tracing::error!(error = %e, "demo replay could not store a mention"),
        }
        tokio::time::sleep(if i < opening { gap } else { TRICKLE_EVERY }).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_stream_and_plan_parse() {
        assert!(Plan::parse(PLAN, "demo/plan.toml").is_ok());
        let lines = STREAM.lines().filter(|l| !l.trim().is_empty()).count();
        assert!(lines >= 60, "demo stream has only {lines} posts");
        assert_eq!(demo_mentions().len(), lines, "every demo line parses");
    }
}
