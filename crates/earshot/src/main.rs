//! The `earshot` binary: parses flags and wires the crates together.

mod triage_cmd;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "earshot", version, about = "earshot: the social customer-care desk")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Triage(args) => triage_cmd::triage(args),
        Command::Score(args) => triage_cmd::score(args),
        Command::Train(args) => triage_cmd::train(args),
        Command::Plan { command } => triage_cmd::plan(command),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("earshot: {e:#}");
            ExitCode::from(1)
        }
    }
}

#[allow(dead_code)]
fn _unused(_: PathBuf) {}
