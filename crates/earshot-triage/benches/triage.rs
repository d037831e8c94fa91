//! Throughput of scoring and triage: `cargo bench -p earshot-triage`.
//! Inputs are the demo stream and the scenario posts, repeated.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use earshot_triage::batch::{process, Mode};
use earshot_triage::{score_text, Context, Engine, Plan};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn stream_lines() -> Vec<String> {
    let src = std::fs::read_to_string(root().join("demo/stream.jsonl")).unwrap_or_default();
    let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
    if lines.is_empty() {
        lines.push(
            r#"{"data":{"id":"1","text":"@AcmeCares my internet is down again","author_id":"2"}}"#
                .into(),
        );
    }
    lines
}

fn benches(c: &mut Criterion) {
    let plan_src = std::fs::read_to_string(root().join("demo/plan.toml")).unwrap_or_else(|_| {
        "version = 1\n[brand]\nname = \"Acme\"\nhandles = { x = [\"AcmeCares\"] }\n".into()
    });
    let engine = Engine::new(Plan::parse(&plan_src, "plan.toml").expect("demo plan"));
    let lines = stream_lines();
    let mentions: Vec<_> = lines
        .iter()
        .filter_map(|l| earshot_core::wire::parse_line(l, false).ok())
        .collect();

    let mut g = c.benchmark_group("per_post");
    g.throughput(Throughput::Elements(mentions.len() as u64));
    g.bench_function("score_text", |b| {
        b.iter(|| {
            for m in &mentions {
                std::hint::black_box(score_text(&m.text));
            }
        })
    });
    g.bench_function("engine_triage", |b| {
        b.iter(|| {
            for m in &mentions {
                std::hint::black_box(engine.triage(m, &Context::default()));
            }
        })
    });
    g.bench_function("parse_line", |b| {
        b.iter(|| {
            for l in &lines {
                let _ = std::hint::black_box(earshot_core::wire::parse_line(l, false));
            }
        })
    });
    g.finish();

    // Whole batches on every core, as `earshot triage` / `earshot score` run.
    let n = 60_000;
    let mut input = String::new();
    for i in 0..n {
        input.push_str(&lines[i % lines.len()]);
        input.push('\n');
    }
    let score_input: String = mentions
        .iter()
        .cycle()
        .take(n)
        .enumerate()
        .map(|(i, m)| {
            format!(
                "{}\n",
                serde_json::json!({"id": i.to_string(), "text": m.text})
            )
        })
        .collect();
    let mut g = c.benchmark_group("batch_60k");
    g.sample_size(10);
    g.throughput(Throughput::Elements(n as u64));
    g.bench_function("triage", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(input.len());
            process(input.as_bytes(), Mode::Triage(&engine), &mut out);
            out
        })
    });
    g.bench_function("score", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(score_input.len());
            process(score_input.as_bytes(), Mode::Score, &mut out);
            out
        })
    });
    g.finish();
}

criterion_group!(triage_benches, benches);
criterion_main!(triage_benches);
