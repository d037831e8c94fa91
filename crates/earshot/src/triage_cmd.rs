//! `earshot triage`, `earshot score`, `earshot train` and `earshot plan`.

use anyhow::Context as _;
use clap::{Args, Subcommand};
use earshot_triage::batch::{self, Mode, Source};
use earshot_triage::train::{train_all, TrainOptions};
use earshot_triage::{Engine, Plan};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args)]
pub struct TriageArgs {
    /// The plan file (TOML).
    #[arg(long)]
    pub plan: PathBuf,
    /// JSON lines to triage; stdin when absent.
    pub input: Option<PathBuf>,
}

#[derive(Args)]
pub struct ScoreArgs {
    /// JSON lines with "text"; stdin when absent.
    pub input: Option<PathBuf>,
}

#[derive(Args)]
pub struct TrainArgs {
    /// Folder with complaints/, irony/ and twcs/.
    #[arg(long, default_value = "data")]
    pub data: PathBuf,
    /// Folds of the cross-validation.
    #[arg(long, default_value_t = 10)]
    pub folds: usize,
    /// Where the models go (the build embeds crates/earshot-triage/models).
    #[arg(long, default_value = "crates/earshot-triage/models")]
    pub out: PathBuf,
    /// Seed of the fold split and the optimiser.
    #[arg(long, default_value_t = 7)]
    pub seed: u64,
    /// Use at most this many examples per task (quick runs).
    #[arg(long)]
    pub limit: Option<usize>,
    /// Also try the hyper-parameter grid around the shipped recipe.
    #[arg(long)]
    pub search: bool,
    /// The triage scenario suite the urgency model learns from
    /// (`none` to train only the complaint and irony models).
    #[arg(long, default_value = "crates/earshot-triage/tests/scenarios")]
    pub scenarios: PathBuf,
    /// The demo day, more labelled posts for the urgency model (`none` to
    /// leave it out).
    #[arg(long, default_value = "demo")]
    pub demo: PathBuf,
}

#[derive(Subcommand)]
pub enum PlanCommand {
    /// Validate a plan file; exit 2 when it is invalid.
    Check { file: PathBuf },
    /// Print the effective plan with defaults filled in.
    Show { file: PathBuf },
}

fn load_plan(path: &Path) -> Result<Plan, ExitCode> {
    let source = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}:1:1: cannot read plan: {e}", path.display());
            return Err(ExitCode::from(2));
        }
    };
    Plan::parse(&source, &path.display().to_string()).map_err(|e| {
        eprintln!("{e}");
        ExitCode::from(2)
    })
}

/// Run `mode` over a regular file (mapped into memory: nothing is copied,
/// and the workers fault its pages in on both cores) or over stdin, a pipe
/// or a device (read block by block while the workers process what came
/// before), writing to stdout as the blocks finish.
fn run_batch(path: Option<&Path>, mode: Mode<'_>) -> anyhow::Result<()> {
    // Blocks of whole lines: stdout's line buffer passes them straight on.
    let mut out = std::io::stdout();
    let result = match path {
        None => batch::run(Source::Reader(&mut std::io::stdin()), mode, &mut out, 0),
        Some(p) => {
            let cannot = || format!("cannot read {}", p.display());
            let mut file = std::fs::File::open(p).with_context(cannot)?;
            let meta = file.metadata().with_context(cannot)?;
            // An empty file cannot be mapped; a pipe or a device has no length.
            if !meta.is_file() || meta.len() == 0 {
                batch::run(Source::Reader(&mut file), mode, &mut out, 0)
            } else {
                // SAFETY: the map is read-only and outlives every slice
                // taken from it (they end with the run). If another process
                // truncated the file meanwhile, reading the lost pages would
                // stop the run with SIGBUS, as for any program reading a
                // file cut under it.
                let map = unsafe { memmap2::Mmap::map(&file) }.with_context(cannot)?;
                batch::run(Source::Bytes(&map), mode, &mut out, 0)
            }
        }
    };
    match result {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is not an error worth reporting.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(e).context(match path {
            Some(p) => format!("cannot process {}", p.display()),
            None => "cannot process stdin".to_string(),
        }),
    }
}

pub fn triage(args: TriageArgs) -> anyhow::Result<ExitCode> {
    // An invalid plan stops the run before any output.
    let plan = match load_plan(&args.plan) {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    let engine = Engine::new(plan);
    run_batch(args.input.as_deref(), Mode::Triage(&engine))?;
    Ok(ExitCode::SUCCESS)
}

pub fn score(args: ScoreArgs) -> anyhow::Result<ExitCode> {
    run_batch(args.input.as_deref(), Mode::Score)?;
    Ok(ExitCode::SUCCESS)
}

pub fn train(args: TrainArgs) -> anyhow::Result<ExitCode> {
    let opts = TrainOptions {
        data: args.data,
        out: args.out,
        folds: args.folds.max(2),
        seed: args.seed,
        limit: args.limit,
        search: args.search,
        scenarios: (args.scenarios.as_os_str() != "none").then_some(args.scenarios),
        demo: (args.demo.as_os_str() != "none").then_some(args.demo),
    };
    let mut stdout = std::io::stdout();
    train_all(&opts, &mut stdout)?;
    eprintln!(
        "models written to {}; rebuild earshot to embed them",
        opts.out.display()
    );
    Ok(ExitCode::SUCCESS)
}

pub fn plan(command: PlanCommand) -> anyhow::Result<ExitCode> {
    match command {
        PlanCommand::Check { file } => match load_plan(&file) {
            Ok(p) => {
                println!(
                    "{}: ok (brand {}, {} teams, {} topics, {} rules)",
                    file.display(),
                    p.brand.name,
                    p.teams.len(),
                    p.topics.len(),
                    p.rules.len()
                );
                Ok(ExitCode::SUCCESS)
            }
            Err(code) => Ok(code),
        },
        PlanCommand::Show { file } => match load_plan(&file) {
            Ok(plan) => {
                print!("{}", plan.to_toml());
                Ok(ExitCode::SUCCESS)
            }
            Err(code) => Ok(code),
        },
    }
}
