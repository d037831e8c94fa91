//! Hyper-parameter search for the shipped classifiers:
//! `cargo run --release -p earshot-triage --example cv -- FOLDS [OUT_DIR] [search]`
//! (the urgency model too, from the scenario suite).
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let folds = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(10);
    let out = args
        .get(2)
        .map(Into::into)
        .unwrap_or_else(|| std::env::temp_dir().join("earshot-cv-models"));
    let opts = earshot_triage::train::TrainOptions {
        data: "data".into(),
        out,
        folds,
        seed: 7,
        limit: None,
        search: args.get(3).is_some_and(|s| s == "search"),
        // The urgency model's posts (another folder with
        // EARSHOT_SCENARIOS_DIR, as for the scenario test).
        scenarios: Some(
            std::env::var_os("EARSHOT_SCENARIOS_DIR")
                .map(Into::into)
                .unwrap_or_else(|| "crates/earshot-triage/tests/scenarios".into()),
        ),
        demo: Some("demo".into()),
    };
    let mut stdout = std::io::stdout();
    if let Err(e) = earshot_triage::train::train_all(&opts, &mut stdout) {
        eprintln!("{e}");
        std::process::exit(1);
    }
}
