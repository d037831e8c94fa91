//! File import and the pipeline, end to end on a real store: SQLite always,
//! PostgreSQL too when `EARSHOT_TEST_DATABASE_URL` is set.

use earshot_core::Network;
use earshot_ingest::{bench, import_file, Format, ImportSummary, IngestError, Pipeline};
use earshot_store::{CaseFilter, CaseSort, Direction, Store, TimelineKind};
use earshot_triage::{Engine, Plan};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

fn demo_engine() -> Arc<Engine> {
    let path = repo("demo/plan.toml");
    let text = std::fs::read_to_string(&path).expect("demo plan");
    Arc::new(Engine::new(
        Plan::parse(&text, "demo/plan.toml").expect("valid demo plan"),
    ))
}

fn minimal_engine() -> Arc<Engine> {
    let plan = Plan::parse(
        "version = 1\n[brand]\nname = \"Northwind Fiber\"\nhandles = { x = [\"NorthwindCares\"] }\n",
        "test.toml",
    )
    .expect("valid plan");
    Arc::new(Engine::new(plan))
}

struct Db {
    store: Store,
    _dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
}

impl Db {
    async fn sqlite() -> Db {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("t.db").display());
        Db {
            store: Store::connect(&url).await.unwrap(),
            _dir: Some(dir),
            pg: None,
        }
    }

    async fn postgres() -> Option<Db> {
        let admin = std::env::var("EARSHOT_TEST_DATABASE_URL").ok()?;
        let (url, name) = earshot_store::testing::create_database(&admin)
            .await
            .unwrap();
        Some(Db {
            store: Store::connect(&url).await.unwrap(),
            _dir: None,
            pg: Some((admin, name)),
        })
    }

    async fn cleanup(self) {
        self.store.close().await;
        if let Some((admin, name)) = self.pg {
            earshot_store::testing::drop_database(&admin, &name).await;
        }
    }
}

async fn import(path: &Path, format: Format, pipeline: &Pipeline) -> ImportSummary {
    let mut reports = 0;
    let summary = import_file(path, format, pipeline, |_| reports += 1)
        .await
        .expect("import");
    assert!(reports > 0, "progress was reported");
    summary
}

async fn twcs_sample_imports_once_with_brand_replies_in_timelines(store: Store) {
    let pipeline = Pipeline::new(store.clone(), minimal_engine());
    let sample = repo("data/twcs/sample.csv");
    let first = import(&sample, Format::Twcs, &pipeline).await;
    // Every row of the sample is readable, including one whose text holds
    // bare carriage returns (file line 2589).
    assert!(first.rejected.is_empty(), "{:?}", first.rejected);
    assert_eq!(first.stored, first.read);
    assert!(first.stored > 4900);
    assert_eq!(first.duplicates, 0);
    assert!(first.cases_opened > 500, "{first:?}");

    let again = import(&sample, Format::Twcs, &pipeline).await;
    assert_eq!(again.stored, 0);
    assert_eq!(again.duplicates, first.stored);
    let cr = store.case_id_for_post(Network::X, "3399").await.unwrap();
    assert!(
        cr.is_some(),
        "the row with carriage returns is stored in a case"
    );
    assert_eq!(again.cases_opened, 0);

    // Tweet 3 (customer 115712 to @sprintcare) was answered by tweet 1.
    let case_id = store
        .case_id_for_post(Network::X, "3")
        .await
        .unwrap()
        .expect("tweet 3 is in a case");
    let detail = store.get_case(case_id).await.unwrap().unwrap();
    let outbound: Vec<_> = detail
        .timeline
        .iter()
        .filter(|e| e.kind == TimelineKind::Outbound)
        .collect();
    assert!(
        outbound
            .iter()
            .any(|e| e.external_id.as_deref() == Some("1")),
        "{:#?}",
        detail.timeline
    );
    assert!(outbound
        .iter()
        .all(|e| e.author.as_deref() == Some("@sprintcare")));
    assert!(detail.case.first_responded_at.is_some());
    // Oldest first, and the customer's follow-up (tweet 2) is in the same case.
    let ids: Vec<&str> = detail
        .timeline
        .iter()
        .filter_map(|e| e.external_id.as_deref())
        .collect();
    let pos = |id: &str| ids.iter().position(|x| *x == id);
    assert!(
        pos("4") < pos("3") && pos("3") < pos("1") && pos("1") < pos("2"),
        "{ids:?}"
    );
    let times: Vec<_> = detail.timeline.iter().map(|e| e.at).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]));

    let answered = store
        .list_cases(&CaseFilter::default(), CaseSort::Deadline, None, 500)
        .await
        .unwrap();
    assert!(answered
        .items
        .iter()
        .any(|c| c.case.first_responded_at.is_some()));
}

#[tokio::test]
async fn twcs_sample_on_sqlite() {
    let db = Db::sqlite().await;
    twcs_sample_imports_once_with_brand_replies_in_timelines(db.store.clone()).await;
    db.cleanup().await;
}

#[tokio::test]
async fn twcs_sample_on_postgres() {
    let Some(db) = Db::postgres().await else {
        return;
    };
    twcs_sample_imports_once_with_brand_replies_in_timelines(db.store.clone()).await;
    db.cleanup().await;
}

#[tokio::test]
async fn a_csv_without_a_required_column_is_refused_by_name() {
    let db = Db::sqlite().await;
    let pipeline = Pipeline::new(db.store.clone(), minimal_engine());
    let mut f = tempfile::NamedTempFile::new().unwrap();
    writeln!(
        f,
        "tweet_id,author_id,inbound,created_at,text,response_tweet_id"
    )
    .unwrap();
    writeln!(f, "1,sprintcare,False,Tue Oct 31 22:10:47 +0000 2017,hi,").unwrap();
    let err = import_file(f.path(), Format::Twcs, &pipeline, |_| {})
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            IngestError::MissingColumn {
                column: "in_response_to_tweet_id",
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("in_response_to_tweet_id"));
    db.cleanup().await;
}

#[tokio::test]
async fn broken_csv_rows_are_rejected_with_their_line_numbers() {
    let db = Db::sqlite().await;
    let pipeline = Pipeline::new(db.store.clone(), minimal_engine());
    let mut f = tempfile::NamedTempFile::new().unwrap();
    let csv =
        "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n\
        10,115712,True,Tue Oct 31 22:08:27 +0000 2017,@NorthwindCares my internet is down,11,\n\
        11,NorthwindCares,False,Tue Oct 31 22:10:47 +0000 2017,@115712 sorry! which area?,,10.0\n\
        12,115713,True,last tuesday,@NorthwindCares hello,,\n\
        13,115714,Maybe,Tue Oct 31 22:11:47 +0000 2017,@NorthwindCares hello,,\n\
        14,115715,True,Tue Oct 31 22:12:47 +0000 2017,\"@NorthwindCares a\nmultiline post\",,\n";
    f.write_all(csv.as_bytes()).unwrap();
    let summary = import_file(f.path(), Format::Twcs, &pipeline, |_| {})
        .await
        .unwrap();
    assert_eq!(summary.read, 5);
    assert_eq!(summary.stored, 3);
    let lines: Vec<u64> = summary.rejected.iter().map(|r| r.0).collect();
    assert_eq!(lines, [4, 5], "{:?}", summary.rejected);
    assert!(summary.rejected[0].1.contains("created_at"));
    assert!(summary.rejected[1].1.contains("inbound"));
    let case = db
        .store
        .case_id_for_post(Network::X, "10")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        db.store.case_id_for_post(Network::X, "11").await.unwrap(),
        Some(case)
    );
    db.cleanup().await;
}

#[tokio::test]
async fn x_stream_lines_import_with_bad_lines_reported() {
    let db = Db::sqlite().await;
    let pipeline = Pipeline::new(db.store.clone(), demo_engine());
    let stream = std::fs::read_to_string(repo("demo/stream.jsonl")).unwrap();
    let good: Vec<&str> = stream
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(good[..10].join("\n").as_bytes()).unwrap();
    f.write_all(b"\n\n\r\n").unwrap(); // keep-alives: lines 11-12
    f.write_all(b"{not json\n").unwrap(); // line 13
    f.write_all(b"{\"data\": {\"id\": \"5\"}}\n").unwrap(); // line 14: no text
    f.write_all(b"\xff\xfe broken utf-8\n").unwrap(); // line 15
    f.write_all(good[10..].join("\n").as_bytes()).unwrap();
    f.write_all(b"\n").unwrap();
    let summary = import(f.path(), Format::XJsonl, &pipeline).await;
    let lines: Vec<u64> = summary.rejected.iter().map(|r| r.0).collect();
    assert_eq!(lines, [13, 14, 15], "{:?}", summary.rejected);
    assert!(summary.rejected[1].1.contains("data.text"));
    assert!(summary.rejected[2].1.contains("UTF-8"));
    assert_eq!(summary.read, 23);
    assert_eq!(summary.stored + summary.duplicates, 20);
    let again = import(f.path(), Format::XJsonl, &pipeline).await;
    assert_eq!(again.stored, 0);
    db.cleanup().await;
}

#[tokio::test]
async fn the_pipeline_stores_brand_posts_as_outbound_and_acknowledges_after_commit() {
    let db = Db::sqlite().await;
    let engine = minimal_engine();
    let pipeline = Pipeline::new(db.store.clone(), engine);
    let mentions = bench::synthetic_mentions(300, "NorthwindCares", 1);
    let brand_posts = mentions
        .iter()
        .filter(|m| m.author.handle == "NorthwindCares")
        .count();
    assert!(brand_posts > 10);
    assert_eq!(
        pipeline.direction_of(
            &mentions
                .iter()
                .find(|m| m.author.handle == "NorthwindCares")
                .unwrap()
                .clone()
        ),
        Direction::Outbound
    );
    let outcome = pipeline.ingest(mentions.clone()).await.unwrap();
    assert_eq!(outcome.stored, 300);
    assert!(outcome.cases_opened > 0);
    let again = pipeline.ingest(mentions).await.unwrap();
    assert_eq!(again.duplicates, 300);
    let counts = db.store.count_mentions_by_network_action().await.unwrap();
    assert_eq!(counts.iter().map(|c| c.count).sum::<i64>(), 300);
    db.cleanup().await;
}

#[tokio::test]
async fn benchmarks_run_on_a_small_store() {
    let db = Db::sqlite().await;
    let report = bench::bench_ingest(db.store.clone(), minimal_engine(), 2_000)
        .await
        .unwrap();
    assert_eq!(report.stored, 2_000);
    assert!(report.mentions_per_sec > 0.0);
    db.store.generate_cases(3_000, 1).await.unwrap();
    let list = bench::bench_list_cases(&db.store, 20).await.unwrap();
    assert!(list.cases >= 3_000);
    assert_eq!(list.first_page.samples, 20);
    assert!(list.deep_page.samples > 0);
    db.cleanup().await;
}
