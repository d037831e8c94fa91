//! Bad input never panics and never costs a line: arbitrary bytes in,
//! exactly one JSON line out per input line.

use earshot_triage::batch::{process, Mode};
use earshot_triage::{Engine, Plan};
use proptest::prelude::*;

const PLAN: &str = r#"
version = 1
[brand]
name = "Acme Telecom"
aliases = ["Acme Telecom", "Acme"]
handles = { x = ["AcmeCares"], mastodon = ["acme@social.example"], bluesky = ["acme.example"] }
[[team]]
id = "repair"
name = "Repair"
[[topic]]
id = "outage"
team = "repair"
keywords = ["internet", "outage", "down"]
"#;

fn engine() -> Engine {
    Engine::new(Plan::parse(PLAN, "plan.toml").unwrap())
}

fn input_lines(input: &[u8]) -> usize {
    let mut n = input.split(|&b| b == b'\n').count();
    if input.last() == Some(&b'\n') || input.is_empty() {
        n -= 1;
    }
    n
}

fn check(input: &[u8], engine: &Engine) {
    for mode in [Mode::Score, Mode::Triage(engine)] {
        let mut out = Vec::new();
        process(input, mode, &mut out);
        let text = String::from_utf8(out).expect("output is UTF-8");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), input_lines(input));
        for l in lines {
            let v: serde_json::Value = serde_json::from_str(l).expect("each line is JSON");
            assert!(v.get("id").is_some(), "{l}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_bytes(input in proptest::collection::vec(any::<u8>(), 0..600)) {
        check(&input, &engine());
    }

    #[test]
    fn arbitrary_text_in_a_stream_message(text in "\\PC{0,280}", handle in "[A-Za-z0-9_@.]{0,20}") {
        let msg = serde_json::json!({
            "data": {"id": "1", "text": text, "author_id": "2",
                     "entities": {"mentions": [{"start": 0, "end": 3, "username": handle}]},
                     "in_reply_to_user_id": "3",
                     "referenced_tweets": [{"type": "replied_to", "id": "4"}]},
            "includes": {"users": [{"id": "2", "username": handle}],
                         "tweets": [{"id": "4", "text": text, "author_id": "3"}]}
        });
        let own = serde_json::json!({"network": "mastodon", "id": "9", "text": text,
                                     "author": {"handle": handle}, "mentions": [handle]});
        let input = format!("{msg}\n{own}\n{{\"text\": {}}}\n", serde_json::Value::String(text.clone()));
        check(input.as_bytes(), &engine());
    }
}

#[test]
fn awkward_lines_each_get_an_error_line() {
    let big = format!(
        "{{\"data\":{{\"id\":\"5\",\"text\":\"{}\"}}}}",
        "a".repeat(1024 * 1024)
    );
    let input = format!(
        "not json\n{{\"data\":{{\"id\":\"7\"}}}}\n{big}\n{{\"data\":{{\"id\":\"8\",\"text\":\"a\\u0000b\"}}}}\n\n"
    );
    let mut bytes = input.into_bytes();
    bytes.extend_from_slice(b"\xff\xfe\n");
    let engine = engine();
    let mut out = Vec::new();
    process(&bytes, Mode::Triage(&engine), &mut out);
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 6, "{text}");
    assert!(lines.iter().all(|l| l.get("error").is_some()), "{text}");
    assert_eq!(lines[0]["id"], serde_json::Value::Null);
    assert_eq!(lines[1]["id"], "7");
    assert_eq!(lines[2]["id"], "5");
    assert_eq!(lines[3]["id"], "8");
}

#[test]
fn training_on_a_small_subset_runs() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let out = std::env::temp_dir().join(format!("earshot-train-test-{}", std::process::id()));
    let opts = earshot_triage::train::TrainOptions {
        data,
        out: out.clone(),
        folds: 3,
        seed: 1,
        limit: Some(150),
        search: false,
        scenarios: Some(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios")),
        demo: Some(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../demo")),
    };
    let mut log = Vec::new();
    let reports = earshot_triage::train::train_all(&opts, &mut log).expect("training runs");
    assert_eq!(reports.len(), 3);
    assert_eq!(reports[2].name, "urgency");
    let log = String::from_utf8(log).unwrap();
    assert!(log.contains("macro-F1"), "{log}");
    for r in &reports {
        let bytes = std::fs::read(&r.path).unwrap();
        assert!(earshot_triage::model::LinearModel::from_bytes(&bytes).is_ok());
    }
    let _ = std::fs::remove_dir_all(out);
}
