//! `earshot bench`: throughput and latency on a real database, for the
//! figures the issues ask for (not timed tests).

use anyhow::Context as _;
use clap::Subcommand;
use earshot_store::Store;
use earshot_triage::{Engine, Plan};
use std::sync::Arc;

#[derive(Subcommand)]
pub enum BenchCommand {
    /// Mentions/s through the whole pipeline (parse, triage, store).
    Ingest {
        /// sqlite://PATH or postgres://... (default: a fresh SQLite file).
        #[arg(long)]
        database_url: Option<String>,
        #[arg(long, default_value_t = 100_000)]
        mentions: u64,
    },
    /// GET /api/v1/cases latency with many cases in the database.
    Cases {
        #[arg(long)]
        database_url: Option<String>,
        /// Cases to generate first (skipped when the database already has them).
        #[arg(long, default_value_t = 1_000_000)]
        cases: u64,
        #[arg(long, default_value_t = 2_000)]
        requests: u32,
    },
    /// Post on the (stand-in) X stream to case stored: latency percentiles
    /// at a steady rate.
    XStream {
        #[arg(long)]
        database_url: Option<String>,
        /// Posts a second.
        #[arg(long, default_value_t = 1_000)]
        rate: u32,
        #[arg(long, default_value_t = 10)]
        seconds: u32,
        /// The plan (default: a Northwind Fiber brand with @NorthwindCares).
        #[arg(long)]
        plan: Option<std::path::PathBuf>,
    },
    /// Kill `earshot serve` with SIGKILL at random moments while mentions
    /// arrive and replies go out; count lost and duplicated ones.
    Crash {
        #[arg(long, default_value_t = 100)]
        cycles: u32,
        /// postgres://... server to run on (a fresh database is created and
        /// dropped); default: SQLite in a scratch directory.
        #[arg(long)]
        database_url: Option<String>,
        #[arg(long, default_value_t = 20)]
        mentions_per_cycle: u32,
        #[arg(long, default_value_t = 5)]
        replies_per_cycle: u32,
        /// Longest a child runs before it is killed.
        #[arg(long, default_value_t = 2_000)]
        max_uptime_ms: u64,
        #[arg(long)]
        seed: Option<u64>,
    },
}

pub async fn run(command: BenchCommand) -> anyhow::Result<()> {
    let scratch = tempfile_dir()?;
    let default_url = format!("sqlite://{}", scratch.join("bench.db").display());
    match command {
        BenchCommand::Ingest {
            database_url,
            mentions,
        } => {
            let store = Store::connect(database_url.as_deref().unwrap_or(&default_url)).await?;
            let engine = Arc::new(Engine::new(Plan::default()));
            let report = earshot_ingest::bench::bench_ingest(store, engine, mentions).await?;
            println!("{}", serde_json::to_string_pretty(&report)?);
        }
        BenchCommand::Cases {
            database_url,
            cases,
            requests,
        } => {
            let store = Store::connect(database_url.as_deref().unwrap_or(&default_url)).await?;
            let have = store.count_cases().await?;
            if (have as u64) < cases {
                eprintln!("generating {} cases...", cases - have as u64);
                let started = std::time::Instant::now();
                store.generate_cases(cases - have as u64, 7).await?;
                eprintln!("generated in {:.1}s", started.elapsed().as_secs_f64());
            }
            let report = earshot_ingest::bench::bench_list_cases(&store, requests as usize).await?;
            println!("{}", serde_json::to_string_pretty(&report)?);
        }
        BenchCommand::XStream {
            database_url,
            rate,
            seconds,
            plan,
        } => {
            let store = Store::connect(database_url.as_deref().unwrap_or(&default_url)).await?;
            let plan = match plan {
                Some(path) => {
                    let text = std::fs::read_to_string(&path)
                        .with_context(|| format!("cannot read {}", path.display()))?;
                    Plan::parse(&text, &path.display().to_string())?
                }
                None => Plan::parse(X_STREAM_PLAN, "built-in bench plan")?,
            };
            let report =
                earshot_x::bench::bench_stream(store, Arc::new(Engine::new(plan)), rate, seconds)
                    .await?;
            println!("{}", serde_json::to_string_pretty(&report)?);
        }
        BenchCommand::Crash {
            cycles,
            database_url,
            mentions_per_cycle,
            replies_per_cycle,
            max_uptime_ms,
            seed,
        } => {
            let report = crate::crash::run(crate::crash::CrashOptions {
                cycles,
                database_url,
                mentions_per_cycle,
                replies_per_cycle,
                max_uptime: std::time::Duration::from_millis(max_uptime_ms),
                seed,
            })
            .await?;
            println!("{}", serde_json::to_string_pretty(&report)?);
            if !report.clean() {
                anyhow::bail!("mentions lost or replies duplicated");
            }
        }
    }
    Ok(())
}

/// The brand the X stream benchmark's posts talk to.
const X_STREAM_PLAN: &str = "version = 1\n[brand]\nname = \"Northwind Fiber\"\naliases = [\"Northwind\"]\nhandles = { x = [\"NorthwindCares\"] }\n";

fn tempfile_dir() -> anyhow::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("earshot-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    Ok(dir)
}
