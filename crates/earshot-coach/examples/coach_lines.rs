//! Reads drafts, one per line, from stdin and prints the coach's report
//! for each as a JSON line: `cargo run -p earshot-coach --example
//! coach_lines -- [x|mastodon|bluesky|email] [public|private]`.

use earshot_coach::{coach, CoachRequest, Visibility};
use earshot_core::Network;
use std::io::BufRead;

fn main() {
    let mut args = std::env::args().skip(1);
    let network: Network = args
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(Network::X);
    let visibility = match args.next().as_deref() {
        Some("private") => Visibility::Private,
        _ => Visibility::Public,
    };
    for line in std::io::stdin().lock().lines() {
        let Ok(text) = line else { break };
        let report = coach(&CoachRequest {
            network,
            visibility,
            text: text.clone(),
            case: None,
        });
        let codes: Vec<&str> = report.findings.iter().map(|f| f.code).collect();
        println!("{} {:?} <- {text}", report.length, codes);
        for f in &report.findings {
            println!("    {:?} {}: {}", f.severity, f.code, f.message);
        }
    }
}
