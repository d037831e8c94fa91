//! Run the ingest and listing benchmarks by hand:
//!
//! ```text
//! cargo run --release -p earshot-ingest --example bench -- ingest sqlite:///tmp/b.db 200000
//! cargo run --release -p earshot-ingest --example bench -- cases  sqlite:///tmp/c.db 1000000 2000
//! ```
//!
//! `ingest URL N` ingests N synthetic mentions through the pipeline (plan:
//! `EARSHOT_PLAN`, else `demo/plan.toml`). `cases URL N ITER` tops the store
//! up to N cases with `generate_cases`, then times ITER first pages and ITER
//! deep pages. Reports are printed as JSON.

use earshot_ingest::bench;
use earshot_store::Store;
use earshot_triage::{Engine, Plan};
use std::sync::Arc;
use std::time::Instant;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: bench ingest URL N | bench cases URL N ITERATIONS";
    let (cmd, url) = match (args.first(), args.get(1)) {
        (Some(c), Some(u)) => (c.as_str(), u.as_str()),
        _ => return Err(usage.into()),
    };
    let n: u64 = args
        .get(2)
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(100_000);
    let store = Store::connect(url).await?;
    match cmd {
        "ingest" => {
            let path = std::env::var("EARSHOT_PLAN").unwrap_or_else(|_| {
                concat!(env!("CARGO_MANIFEST_DIR"), "/../../demo/plan.toml").to_string()
            });
            let text = std::fs::read_to_string(&path)?;
            let plan = Plan::parse(&text, &path)?;
            let report = bench::bench_ingest(store.clone(), Arc::new(Engine::new(plan)), n).await?;
            println!("{}", serde_json::to_string_pretty(&report)?);
        }
        "cases" => {
            let iterations: usize = args.get(3).map(|s| s.parse()).transpose()?.unwrap_or(1000);
            let have = store.count_cases().await?.max(0) as u64;
            if have < n {
                let t = Instant::now();
                let made = store.generate_cases(n - have, have + 1).await?;
                eprintln!(
                    "generated {made} cases in {:.1}s",
                    t.elapsed().as_secs_f64()
                );
            }
            let report = bench::bench_list_cases(&store, iterations).await?;
            println!("{}", serde_json::to_string_pretty(&report)?);
        }
        _ => return Err(usage.into()),
    }
    store.close().await;
    Ok(())
}
