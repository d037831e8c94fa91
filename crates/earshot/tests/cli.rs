//! The binary as a user runs it: administration commands, import, the
//! demo, and clear failures.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn earshot() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_earshot"));
    c.env_remove("EARSHOT_DATABASE_URL")
        .env_remove("EARSHOT_PLAN")
        .env_remove("EARSHOT_LISTEN");
    c
}

fn sqlite_url(dir: &Path) -> String {
    format!("sqlite://{}", dir.join("earshot.db").display())
}

fn repo_file(rel: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

#[test]
fn user_add_refuses_a_duplicate_and_token_create_prints_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let url = sqlite_url(dir.path());
    let add = |name: &str| {
        let mut child = earshot()
            .args(["user", "add", name, "--role", "agent"])
            .env("EARSHOT_DATABASE_URL", &url)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(b"correct horse battery\n")
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let first = add("alice");
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let again = add("alice");
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));

    let out = earshot()
        .args(["token", "create", "--user", "alice"])
        .env("EARSHOT_DATABASE_URL", &url)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    assert!(
        lines[0].starts_with("es_") && lines[0].len() > 40,
        "{stdout}"
    );

    let missing = earshot()
        .args(["token", "create", "--user", "nobody"])
        .env("EARSHOT_DATABASE_URL", &url)
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("nobody"));
}

#[test]
fn an_unreachable_database_is_a_clear_error_and_exit_1() {
    let out = earshot()
        .args(["token", "create", "--user", "admin"])
        .env(
            "EARSHOT_DATABASE_URL",
            "postgres://earshot:secret@127.0.0.1:1/earshot",
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("127.0.0.1:1"), "{err}");
    assert!(!err.contains("secret"), "the password leaked: {err}");
}

#[test]
fn importing_the_twcs_sample_twice_stores_nothing_new() {
    let dir = tempfile::tempdir().unwrap();
    let url = sqlite_url(dir.path());
    let sample = repo_file("data/twcs/sample.csv");
    let run = || {
        let out = earshot()
            .args(["import", "--format", "twcs"])
            .arg(&sample)
            .env("EARSHOT_DATABASE_URL", &url)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let first = run();
    assert!(first.contains("read 5000"), "{first}");
    assert!(
        first.contains("stored 5000, duplicates 0, rejected 0"),
        "{first}"
    );
    let second = run();
    assert!(
        second.contains("stored 0, duplicates 5000, rejected 0"),
        "{second}"
    );
}

#[test]
fn a_broken_line_is_reported_and_the_rest_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    let url = sqlite_url(dir.path());
    let stream = std::fs::read_to_string(repo_file("demo/stream.jsonl")).unwrap();
    let mut lines: Vec<String> = stream.lines().take(10).map(str::to_string).collect();
    lines.insert(4, "{\"data\": {\"id\": \"1\"".to_string());
    let file = dir.path().join("stream.jsonl");
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let out = earshot()
        .args(["import", "--format", "x-jsonl"])
        .arg(&file)
        .args(["--plan"])
        .arg(repo_file("demo/plan.toml"))
        .env("EARSHOT_DATABASE_URL", &url)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("read 11"), "{stdout}");
    assert!(stdout.contains("rejected 1"), "{stdout}");
    assert!(stdout.contains("line 5:"), "{stdout}");
    assert!(stdout.contains("stored 10"), "{stdout}");
}

#[test]
fn the_demo_prints_its_contract_lines_serves_cases_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = earshot()
        .args(["demo", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut read_line = || {
        let mut l = String::new();
        out.read_line(&mut l).unwrap();
        l.trim_end().to_string()
    };
    let listening = read_line();
    let login = read_line();
    let token_line = read_line();
    let base = listening
        .strip_prefix("earshot listening on ")
        .unwrap_or_else(|| panic!("{listening}"))
        .to_string();
    assert!(login.starts_with("login: admin / "), "{login}");
    let token = token_line
        .strip_prefix("api token: ")
        .unwrap_or_else(|| panic!("{token_line}"))
        .to_string();

    let host = base.trim_start_matches("http://").to_string();
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut cases = 0;
    while Instant::now() < deadline {
        if let Some(body) = http_get(&host, "/api/v1/cases?limit=200", &token) {
            cases = body.matches("\"contact_name\"").count();
            if cases >= 3 {
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(300));
    }
    assert!(cases >= 3, "the demo opened only {cases} cases in 30 s");
    assert!(http_get(&host, "/healthz", "").is_some());

    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "demo exited with {status}");
            break;
        }
        assert!(Instant::now() < deadline, "demo did not stop on SIGTERM");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A minimal HTTP/1.1 GET, so the test needs no client crate; `None` unless 200.
fn http_get(host: &str, path: &str, token: &str) -> Option<String> {
    use std::io::Read;
    let mut stream = std::net::TcpStream::connect(host).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let auth = if token.is_empty() {
        String::new()
    } else {
        format!("Authorization: Bearer {token}\r\n")
    };
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\n{auth}Connection: close\r\n\r\n"
    )
    .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    response
        .starts_with("HTTP/1.1 200")
        .then(|| response.split_once("\r\n\r\n").map(|(_, b)| b.to_string()))
        .flatten()
}

#[test]
fn serve_reads_its_config_file_and_the_environment_overrides_it() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("earshot.toml");
    // The file names a database that cannot be reached; the environment's wins.
    std::fs::write(
        &config,
        format!(
            "database_url = \"postgres://nobody@127.0.0.1:1/x\"\nlisten = \"127.0.0.1:0\"\nplan = \"{}\"\n",
            repo_file("demo/plan.toml").display()
        ),
    )
    .unwrap();
    let mut child = earshot()
        .args(["serve", "--config"])
        .arg(&config)
        .env("EARSHOT_DATABASE_URL", sqlite_url(dir.path()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    let host = line
        .trim()
        .strip_prefix("earshot listening on http://")
        .unwrap_or_else(|| panic!("{line}"))
        .to_string();
    assert!(http_get(&host, "/healthz", "").is_some());
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let status = child.wait().unwrap();
    assert!(status.success(), "serve exited with {status}");

    // Without the override, the file's unreachable database is a clear exit 1.
    let out = earshot()
        .args(["serve", "--config"])
        .arg(&config)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("127.0.0.1:1"));

    // A broken config file names the line.
    std::fs::write(&config, "listen = [\n").unwrap();
    let out = earshot()
        .args(["serve", "--config"])
        .arg(&config)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("earshot.toml:"), "{err}");
}

#[test]
fn sighup_reloads_the_plan_and_a_broken_plan_keeps_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let url = sqlite_url(dir.path());
    let mut add = earshot()
        .args(["user", "add", "root", "--role", "admin"])
        .env("EARSHOT_DATABASE_URL", &url)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    add.stdin
        .take()
        .unwrap()
        .write_all(b"correct horse battery\n")
        .unwrap();
    assert!(add.wait().unwrap().success());
    let out = earshot()
        .args(["token", "create", "--user", "root"])
        .env("EARSHOT_DATABASE_URL", &url)
        .output()
        .unwrap();
    let token = String::from_utf8(out.stdout).unwrap().trim().to_string();

    let plan = dir.path().join("plan.toml");
    let base = "version = 1\n[brand]\nname = \"Northwind Fiber\"\n[[team]]\nid = \"repair\"\nname = \"Repair\"\n";
    std::fs::write(&plan, base).unwrap();
    let config = dir.path().join("earshot.toml");
    std::fs::write(
        &config,
        format!(
            "database_url = \"{url}\"\nlisten = \"127.0.0.1:0\"\nplan = \"{}\"\n",
            plan.display()
        ),
    )
    .unwrap();
    let mut child = earshot()
        .args(["serve", "--config"])
        .arg(&config)
        .env("EARSHOT_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The log, collected as it comes.
    let log = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let stderr = child.stderr.take().unwrap();
    let sink = log.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let mut l = sink.lock().unwrap();
            l.push_str(&line);
            l.push('\n');
        }
    });
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    let host = line
        .trim()
        .strip_prefix("earshot listening on http://")
        .unwrap_or_else(|| panic!("{line}"))
        .to_string();
    let teams = || http_get(&host, "/api/v1/teams", &token).unwrap_or_default();
    assert!(teams().contains("\"repair\"") && !teams().contains("\"billing\""));
    let hup = || {
        let _ = Command::new("kill")
            .args(["-HUP", &child.id().to_string()])
            .status();
    };

    // A new team in the plan file, then SIGHUP: in force without a restart.
    std::fs::write(
        &plan,
        format!("{base}[[team]]\nid = \"billing\"\nname = \"Billing\"\n"),
    )
    .unwrap();
    hup();
    let deadline = Instant::now() + Duration::from_secs(10);
    while !teams().contains("\"billing\"") {
        assert!(Instant::now() < deadline, "the plan was not reloaded");
        std::thread::sleep(Duration::from_millis(100));
    }

    // A broken plan: logged with its position, the server goes on.
    std::fs::write(&plan, "version = 1\n[brand]\nname = \n").unwrap();
    hup();
    let deadline = Instant::now() + Duration::from_secs(10);
    while !log.lock().unwrap().contains("plan not reloaded") {
        assert!(
            Instant::now() < deadline,
            "no log line: {}",
            log.lock().unwrap()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        log.lock().unwrap().contains("plan.toml:3:"),
        "{}",
        log.lock().unwrap()
    );
    assert!(http_get(&host, "/healthz", "").is_some());
    assert!(teams().contains("\"billing\""));

    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let status = child.wait().unwrap();
    assert!(status.success(), "serve exited with {status}");
}

#[test]
fn triage_and_score_answer_every_line_in_order_from_a_file_or_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("posts.jsonl");
    let good = r#"{"data":{"id":"11","text":"@NorthwindCares my internet is down since 6am","author_id":"5","entities":{"mentions":[{"start":0,"end":15,"username":"NorthwindCares","id":"9"}]}},"includes":{"users":[{"id":"5","username":"sam"}]}}"#;
    let mut lines = vec![good.to_string(), "not json at all".into(), String::new()];
    lines.push(r#"{"network":"x","id":"12","text":"Northwind Fiber outage again in Leeds","author":{"id":"6","handle":"kim"}}"#.into());
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let plan = dir.path().join("plan.toml");
    std::fs::write(
        &plan,
        "version = 1\n[brand]\nname = \"Northwind Fiber\"\naliases = [\"Northwind\"]\nhandles = { x = [\"NorthwindCares\"] }\n",
    )
    .unwrap();
    let run = |args: &[&str], stdin: Option<&Path>| {
        let mut c = earshot();
        c.args(args);
        if let Some(p) = stdin {
            c.stdin(std::fs::File::open(p).unwrap());
        }
        let out = c.output().unwrap();
        (out.status.code(), String::from_utf8(out.stdout).unwrap())
    };
    let plan_s = plan.to_str().unwrap();
    let input_s = input.to_str().unwrap();
    let (code, from_file) = run(&["triage", "--plan", plan_s, input_s], None);
    assert_eq!(code, Some(0));
    let (_, from_stdin) = run(&["triage", "--plan", plan_s], Some(&input));
    assert_eq!(from_file, from_stdin, "a mapped file and stdin read alike");
    let out: Vec<serde_json::Value> = from_file
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(out.len(), 4, "one line out per line in: {from_file}");
    assert_eq!(out[0]["id"], "11");
    assert_eq!(out[0]["action"], "respond_public");
    assert!(
        out[1]["id"].is_null() && out[1]["error"].is_string(),
        "{}",
        out[1]
    );
    assert!(out[2]["error"].is_string(), "an empty line is answered too");
    assert_eq!(out[3]["id"], "12");

    let (code, scores) = run(&["score", input_s], None);
    assert_eq!(code, Some(0));
    assert_eq!(scores.lines().count(), 4);
    assert!(scores.lines().next().unwrap().contains("\"is_complaint\""));
    // An empty file: no output, no error.
    let empty = dir.path().join("empty.jsonl");
    std::fs::write(&empty, "").unwrap();
    assert_eq!(
        run(&["score", empty.to_str().unwrap()], None),
        (Some(0), String::new())
    );
    // An invalid plan: exit 2 before any output.
    std::fs::write(&plan, "version = 1\n[brand]\nnam = \"x\"\n").unwrap();
    let (code, out) = run(&["triage", "--plan", plan_s, input_s], None);
    assert_eq!(code, Some(2));
    assert!(out.is_empty());
}
