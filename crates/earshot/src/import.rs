//! `earshot import`: X v2 stream lines or the Kaggle TWCS CSV into the
//! database, triaged as `serve` would, with a progress bar on a terminal.

use clap::ValueEnum;
use earshot_ingest::{import_file, Pipeline};
use earshot_store::Store;
use earshot_triage::Engine;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::path::Path;
use std::sync::Arc;

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// X API v2 filtered-stream messages, one JSON object per line.
    #[value(name = "x-jsonl")]
    XJsonl,
    /// The Kaggle "Customer Support on Twitter" CSV.
    Twcs,
}

pub async fn run(
    store: Store,
    engine: Arc<Engine>,
    format: Format,
    file: &Path,
) -> anyhow::Result<()> {
    let pipeline = Pipeline::new(store, engine);
    let format = match format {
        Format::XJsonl => earshot_ingest::Format::XJsonl,
        Format::Twcs => earshot_ingest::Format::Twcs,
    };
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} {pos}/{len} posts {wide_bar} {per_sec} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    });
    let summary = import_file(file, format, &pipeline, |p| {
        if let Some(bar) = &bar {
            if let Some(total) = p.total {
                bar.set_length(total);
            }
            bar.set_position(p.read);
            bar.set_message(format!(
                "{} stored, {} duplicates, {} rejected",
                p.stored, p.duplicates, p.rejected
            ));
        }
    })
    .await?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    println!(
        "{}: read {}, stored {}, duplicates {}, rejected {}; cases opened {}, re-opened {}",
        file.display(),
        summary.read,
        summary.stored,
        summary.duplicates,
        summary.rejected.len(),
        summary.cases_opened,
        summary.cases_reopened
    );
    for (line, problem) in &summary.rejected {
        println!("  line {line}: {problem}");
    }
    Ok(())
}
