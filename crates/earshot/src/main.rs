//! The `earshot` binary: parses flags and wires the crates together.

mod admin;
mod bench;
mod config;
mod connectors;
mod crash;
mod demo;
mod import;
mod triage_cmd;

use anyhow::Context as _;
use clap::{Parser, Subcommand, ValueEnum};
use config::Config;
use earshot_store::{Role, Store};
use earshot_triage::{Engine, Plan};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

/// mimalloc instead of the system allocator: a triaged post allocates its
/// mention, reasons and output strings, and glibc's malloc and free were a
/// tenth of `earshot triage`'s instructions.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "earshot",
    version,
    about = "earshot: the social customer-care desk"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the demo desk: fresh SQLite, a fictional brand, a live sample stream.
    Demo {
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: String,
        /// Where to keep the demo database (default: a fresh temp directory).
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
    /// Run the desk (API, web, connectors) on the configured database.
    Serve {
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Manage users.
    User {
        #[command(subcommand)]
        command: UserCommand,
        #[arg(long, global = true)]
        config: Option<PathBuf>,
    },
    /// Manage API tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
        #[arg(long, global = true)]
        config: Option<PathBuf>,
    },
    /// Load posts from a file into the database (idempotent).
    Import {
        #[arg(long, value_enum)]
        format: import::Format,
        file: PathBuf,
        /// Plan to triage with (default: EARSHOT_PLAN, else the built-in defaults).
        #[arg(long)]
        plan: Option<PathBuf>,
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Triage JSON lines (X v2 stream messages or earshot mention JSON) with a plan.
    Triage(triage_cmd::TriageArgs),
    /// Score texts with the shipped classifiers (no plan needed).
    Score(triage_cmd::ScoreArgs),
    /// Train the classifiers from the bundled data, with k-fold cross-validation.
    Train(triage_cmd::TrainArgs),
    /// Check or show a plan file.
    Plan {
        #[command(subcommand)]
        command: triage_cmd::PlanCommand,
    },
    /// Benchmarks of the desk on a real database.
    Bench {
        #[command(subcommand)]
        command: bench::BenchCommand,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add a user; the password is read from stdin (one line).
    Add {
        username: String,
        #[arg(long, value_enum)]
        role: RoleArg,
        /// Team id from the plan.
        #[arg(long)]
        team: Option<String>,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create an API token for a user and print it (shown only once).
    Create {
        #[arg(long)]
        user: String,
        #[arg(long, default_value = "cli")]
        label: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum RoleArg {
    Admin,
    Lead,
    Agent,
}

impl From<RoleArg> for Role {
    fn from(r: RoleArg) -> Role {
        match r {
            RoleArg::Admin => Role::Admin,
            RoleArg::Lead => Role::Lead,
            RoleArg::Agent => Role::Agent,
        }
    }
}

/// Turn transparent huge pages off for this process. The allocator asks
/// for them, and then the first touch of each new 2 MiB region has the
/// kernel find (or compact) and zero a whole huge page, though the process
/// uses a few dozen MiB that it recycles: in `earshot triage` on 60,000
/// posts that zeroing was a quarter of the CPU time on a busy 2-core VM.
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and no pointers; a
    // kernel without it returns an error, which changes nothing.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() -> ExitCode {
    no_huge_pages();
    let cli = Cli::parse();
    init_tracing();
    let result = match cli.command {
        Command::Triage(args) => triage_cmd::triage(args),
        Command::Score(args) => triage_cmd::score(args),
        Command::Train(args) => triage_cmd::train(args),
        Command::Plan { command } => triage_cmd::plan(command),
        other => runtime().and_then(|rt| rt.block_on(run_async(other)).map(|()| ExitCode::SUCCESS)),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("earshot: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("EARSHOT_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr)
        .try_init();
}

async fn run_async(command: Command) -> anyhow::Result<()> {
    match command {
        Command::Demo { listen, data_dir } => demo::run(&listen, data_dir).await,
        Command::Serve { config } => serve(config.as_deref()).await,
        Command::User { command, config } => {
            let store = open_store(&Config::load(config.as_deref())?).await?;
            match command {
                UserCommand::Add {
                    username,
                    role,
                    team,
                } => admin::user_add(&store, &username, role.into(), team.as_deref()).await,
            }
        }
        Command::Token { command, config } => {
            let store = open_store(&Config::load(config.as_deref())?).await?;
            match command {
                TokenCommand::Create { user, label } => {
                    admin::token_create(&store, &user, &label).await
                }
            }
        }
        Command::Import {
            format,
            file,
            plan,
            config,
        } => {
            let config = Config::load(config.as_deref())?;
            let plan = load_plan(plan.as_deref().or(config.plan.as_deref()))?;
            let store = open_store(&config).await?;
            import::run(store, Arc::new(Engine::new(plan)), format, &file).await
        }
        Command::Bench { command } => bench::run(command).await,
        Command::Triage(_) | Command::Score(_) | Command::Train(_) | Command::Plan { .. } => {
            unreachable!("handled without a runtime")
        }
    }
}

async fn open_store(config: &Config) -> anyhow::Result<Store> {
    Ok(Store::connect(&config.database_url).await?)
}

/// The plan at `path`, or the built-in defaults.
fn load_plan(path: Option<&Path>) -> anyhow::Result<Plan> {
    match path {
        None => Ok(Plan::default()),
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("cannot read plan {}", p.display()))?;
            Plan::parse(&text, &p.display().to_string()).map_err(|e| anyhow::anyhow!("{e}"))
        }
    }
}

/// On `SIGHUP`, read the plan file again and put it in force (webhook,
/// connectors, desk, X stream rules). A plan that does not parse is logged
/// with its file, line and column, and the plan in force stays.
fn reload_on_sighup(
    path: std::path::PathBuf,
    state: earshot_server::AppState,
) -> anyhow::Result<()> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut hup = signal(SignalKind::hangup()).context("cannot listen for SIGHUP")?;
    tokio::spawn(async move {
        while hup.recv().await.is_some() {
            match load_plan(Some(&path)) {
                Err(e) => tracing::error!(error = %e, "plan not reloaded; the plan in force stays"),
                Ok(plan) => {
                    let brand = plan.brand.name.clone();
                    match state.reload_plan(plan).await {
                        Ok(()) => {
                            tracing::info!(plan = %path.display(), brand = %brand, "plan reloaded")
                        }
                        Err(e) => {
                            tracing::error!(error = %e, "plan not reloaded; the plan in force stays")
                        }
                    }
                }
            }
        }
    });
    Ok(())
}

async fn serve(config_file: Option<&Path>) -> anyhow::Result<()> {
    let config = Config::load(config_file)?;
    let plan = load_plan(config.plan.as_deref())?;
    let store = open_store(&config).await?;
    store.sync_teams(&plan.team_names()).await?;
    let state = earshot_server::AppState::new(store, Arc::new(Engine::new(plan)));
    let listener = tokio::net::TcpListener::bind(&config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let running = connectors::start(&config, &state);
    if let Some(path) = config.plan.clone() {
        reload_on_sighup(path, state.clone())?;
    }
    println!("earshot listening on http://{}", listener.local_addr()?);
    if !running.names().is_empty() {
        println!("connectors: {}", running.names().join(", "));
    }
    let served = earshot_server::serve(listener, state, earshot_server::shutdown_signal())
        .await
        .context("the server failed");
    running.stop().await;
    served
}
