//! `earshot triage`, `earshot score`, `earshot train` and `earshot plan`.

use anyhow::Context as _;
use clap::{Args, Subcommand};
use earshot_triage::{Context, Engine, Plan};
use std::io::{BufRead, BufWriter, Write};
use std::path::PathBuf;
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
}

#[derive(Subcommand)]
pub enum PlanCommand {
    /// Validate a plan file; exit 2 when it is invalid.
    Check { file: PathBuf },
    /// Print the effective plan with defaults filled in.
    Show { file: PathBuf },
}

fn load_plan(path: &PathBuf) -> Result<Plan, ExitCode> {
    let source = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("earshot: cannot read plan {}: {e}", path.display());
            return Err(ExitCode::from(2));
        }
    };
    Plan::parse(&source, &path.display().to_string()).map_err(|e| {
        eprintln!("{e}");
        ExitCode::from(2)
    })
}

pub fn triage(args: TriageArgs) -> anyhow::Result<ExitCode> {
    let plan = match load_plan(&args.plan) {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    let engine = Engine::new(plan);
    let input: Box<dyn BufRead> = match &args.input {
        Some(p) => Box::new(std::io::BufReader::new(
            std::fs::File::open(p).with_context(|| format!("cannot open {}", p.display()))?,
        )),
        None => Box::new(std::io::stdin().lock()),
    };
    let mut out = BufWriter::new(std::io::stdout().lock());
    for line in input.split(b'\n') {
        let line = line?;
        let text = String::from_utf8_lossy(&line);
        match earshot_core::wire::parse_line(&text, false) {
            Ok(m) => {
                let d = engine.triage(&m, &Context::default());
                let mut v = serde_json::to_value(&d)?;
                v["id"] = serde_json::Value::String(m.external_id);
                writeln!(out, "{v}")?;
            }
            Err(e) => writeln!(out, "{}", serde_json::json!({"id": e.id, "error": e.message}))?,
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn score(_args: ScoreArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("the classifiers are not trained yet")
}

pub fn train(_args: TrainArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("training is not built yet")
}

pub fn plan(command: PlanCommand) -> anyhow::Result<ExitCode> {
    match command {
        PlanCommand::Check { file } => match load_plan(&file) {
            Ok(_) => Ok(ExitCode::SUCCESS),
            Err(code) => Ok(code),
        },
        PlanCommand::Show { file } => match load_plan(&file) {
            Ok(plan) => {
                println!("{}", toml::to_string_pretty(&plan)?);
                Ok(ExitCode::SUCCESS)
            }
            Err(code) => Ok(code),
        },
    }
}
