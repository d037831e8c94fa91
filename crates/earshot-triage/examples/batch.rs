//! The batch path of `earshot triage` / `earshot score` without the rest of
//! the binary, for quick timing: `batch score FILE` or `batch triage PLAN FILE`.
use earshot_triage::batch::{process, Mode};
use earshot_triage::{Engine, Plan};
use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut out = Vec::new();
    match args.get(1).map(String::as_str) {
        Some("score") => {
            let input = std::fs::read(&args[2]).expect("input");
            process(&input, Mode::Score, &mut out);
        }
        Some("triage") => {
            let src = std::fs::read_to_string(&args[2]).expect("plan");
            let engine = Engine::new(Plan::parse(&src, &args[2]).expect("valid plan"));
            let input = std::fs::read(&args[3]).expect("input");
            process(&input, Mode::Triage(&engine), &mut out);
        }
        _ => {
            eprintln!("usage: batch score FILE | batch triage PLAN FILE");
            std::process::exit(2);
        }
    }
    let _ = std::io::stdout().lock().write_all(&out);
}
