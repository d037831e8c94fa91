//! Benchmarks over the real code paths: ingesting synthetic X mentions
//! through the [`Pipeline`] (context, triage, one transaction per batch),
//! and listing cases (first pages and deep keyset cursors, with filters).
//! `earshot bench ingest|cases` and `examples/bench.rs` call these.

use crate::{IngestError, Pipeline};
use chrono::{Duration, Utc};
use earshot_core::{
    Action, Author, Mention, MentionedHandle, Network, Priority, Reference, ReferenceKind,
};
use earshot_store::{AssigneeFilter, Backend, CaseFilter, CaseSort, CaseStatus, Store};
use earshot_triage::Engine;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde::Serialize;
use std::sync::Arc;
use std::time::Instant;

/// Mentions per pipeline batch in the ingest benchmark.
pub const BENCH_BATCH: usize = 1000;

/// Ingest throughput.
#[derive(Debug, Clone, Serialize)]
pub struct BenchReport {
    pub backend: Backend,
    pub mentions: u64,
    pub batch_size: usize,
    pub seconds: f64,
    pub mentions_per_sec: f64,
    /// Of `seconds`: thread context and triage.
    pub triage_seconds: f64,
    /// Of `seconds`: the store's transactions.
    pub store_seconds: f64,
    pub stored: u64,
    pub duplicates: u64,
    pub cases_opened: u64,
    pub cases_reopened: u64,
    /// CPU time this process used meanwhile (Linux; `None` elsewhere): on a
    /// busy machine, `mentions / cpu_seconds` shows what the code costs.
    pub cpu_seconds: Option<f64>,
}

/// User + system CPU seconds of this process so far, from `/proc/self/stat`.
fn process_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are the
    // 14th and 15th fields of the whole line, in clock ticks (100 per second).
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// Latency percentiles of one kind of request, in milliseconds.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Latency {
    pub samples: usize,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    pub mean_ms: f64,
}

impl Latency {
    fn of(mut ms: Vec<f64>) -> Latency {
        if ms.is_empty() {
            return Latency::default();
        }
        ms.sort_by(f64::total_cmp);
        let pick = |q: f64| ms[((ms.len() as f64 - 1.0) * q).round() as usize];
        Latency {
            samples: ms.len(),
            p50_ms: pick(0.50),
            p99_ms: pick(0.99),
            max_ms: ms[ms.len() - 1],
            mean_ms: ms.iter().sum::<f64>() / ms.len() as f64,
        }
    }
}

/// Case-listing latency.
#[derive(Debug, Clone, Serialize)]
pub struct ListBenchReport {
    pub backend: Backend,
    pub cases: i64,
    pub page_size: u32,
    pub first_page: Latency,
    pub deep_page: Latency,
    /// Both kinds, per filter.
    pub by_filter: Vec<(String, Latency)>,
}

const COMPLAINTS: [&str; 10] = [
    "my internet has been down since 7am, modem blinking red",
    "charged twice this month?? fix my bill",
    "speeds are awful every evening, paying for 500 getting 20",
    "technician was a no-show again. third time.",
    "outage in the north end for two hours now",
    "router keeps rebooting, already did the reset thing",
    "how do I move my plan to a new address?",
    "the app logs me out every five minutes",
    "still no answer on my ticket from last week",
    "wifi drops every time it rains, what is going on",
];
const CHATTER: [&str; 4] = [
    "anyone else on {brand} having a slow night or just me",
    "switched to {brand} last month, so far so good",
    "lol {brand} ads are everywhere today",
    "my brother works at {brand}, says they are hiring",
];
const REPLIES: [&str; 4] = [
    "Sorry about that {user}, which area are you in so we can check for an outage?",
    "Thanks {user}, we've sent you a DM so we can look at your account.",
    "{user} a technician is booked for tomorrow 8-12, we'll text you when they're on the way.",
    "Hi {user}, the outage is fixed as of 10 minutes ago. Is everything back for you?",
];

/// `n` realistic X mentions: new complaints to the brand, customers
/// following up in their threads, brand replies, chatter and reposts,
/// from about `n / 4` authors, in time order.
pub fn synthetic_mentions(n: u64, brand: &str, seed: u64) -> Vec<Mention> {
    let mut rng = StdRng::seed_from_u64(seed);
    let authors = (n / 4).max(50);
    let base_id: u64 = 1_900_000_000_000_000_000 + (seed % 1_000_000) * 10_000_000_000;
    let start = Utc::now() - Duration::milliseconds(n as i64 * 50);
    // (external id, conversation id, author number) of recent customer posts.
    let mut recent: Vec<(String, String, u64)> = Vec::with_capacity(4096);
    let mut out = Vec::with_capacity(n as usize);
    for i in 0..n {
        let id = (base_id + i).to_string();
        let at = start + Duration::milliseconds(i as i64 * 50);
        let kind = rng.random_range(0..100);
        let pick_recent = |rng: &mut StdRng, recent: &Vec<(String, String, u64)>| {
            (!recent.is_empty()).then(|| recent[rng.random_range(0..recent.len())].clone())
        };
        let mut m = match kind {
            0..55 => {
                let a = rng.random_range(0..authors);
                let text = format!(
                    "@{brand} {}",
                    COMPLAINTS[rng.random_range(0..COMPLAINTS.len())]
                );
                customer_post(&id, a, text, brand, at, None)
            }
            55..75 => match pick_recent(&mut rng, &recent) {
                Some((parent, conv, a)) => {
                    let text = format!(
                        "@{brand} {}",
                        COMPLAINTS[rng.random_range(0..COMPLAINTS.len())]
                    );
                    let mut m =
                        customer_post(&id, a, text, brand, at, Some((parent, customer_handle(a))));
                    m.conversation_id = Some(conv);
                    m
                }
                None => customer_post(&id, 0, format!("@{brand} hello?"), brand, at, None),
            },
            75..90 => match pick_recent(&mut rng, &recent) {
                Some((parent, conv, a)) => {
                    let user = format!("@{}", customer_handle(a));
                    let text = REPLIES[rng.random_range(0..REPLIES.len())].replace("{user}", &user);
                    brand_reply(&id, brand, text, at, parent, conv, a)
                }
                None => customer_post(&id, 1, format!("@{brand} hi"), brand, at, None),
            },
            90..95 => {
                let a = rng.random_range(0..authors);
                let text = CHATTER[rng.random_range(0..CHATTER.len())].replace("{brand}", brand);
                let mut m = customer_post(&id, a, text, brand, at, None);
                m.mentions.clear();
                m
            }
            _ => {
                let a = rng.random_range(0..authors);
                let mut m = customer_post(
                    &id,
                    a,
                    format!("RT @{brand}: planned maintenance tonight"),
                    brand,
                    at,
                    None,
                );
                m.is_repost = true;
                m
            }
        };
        if m.author.handle != brand && !m.is_repost {
            let a: u64 = m.author.id.trim_start_matches('u').parse().unwrap_or(0);
            let conv = m.conversation_key().to_string();
            if recent.len() < 4096 {
                recent.push((id.clone(), conv, a));
            } else {
                let slot = rng.random_range(0..recent.len());
                recent[slot] = (id.clone(), conv, a);
            }
        }
        m.raw = None;
        out.push(m);
    }
    out
}

fn customer_handle(a: u64) -> String {
    format!("customer_{a}")
}

fn customer_post(
    id: &str,
    a: u64,
    text: String,
    brand: &str,
    at: chrono::DateTime<Utc>,
    reply_to: Option<(String, String)>,
) -> Mention {
    let brand_tag = format!("@{brand}");
    let mentions = text
        .find(&brand_tag)
        .map(|byte| {
            let start = text[..byte].chars().count();
            vec![MentionedHandle {
                handle: brand.to_string(),
                user_id: Some("9001".into()),
                start,
                end: start + brand_tag.chars().count(),
            }]
        })
        .unwrap_or_default();
    let (in_reply_to_id, references) = match reply_to {
        Some((parent, handle)) => (
            Some(parent.clone()),
            vec![Reference {
                kind: ReferenceKind::RepliedTo,
                id: parent,
                author_id: Some(format!("u{a}")),
                author_handle: Some(handle),
                text: None,
            }],
        ),
        None => (None, Vec::new()),
    };
    Mention {
        network: Network::X,
        external_id: id.to_string(),
        author: Author {
            id: format!("u{a}"),
            handle: customer_handle(a),
            name: Some(format!("Customer {a}")),
            followers: Some(a % 5000),
            bio: None,
        },
        text,
        created_at: Some(at),
        lang: Some("en".into()),
        conversation_id: Some(id.to_string()),
        in_reply_to_id,
        in_reply_to_user_id: None,
        in_reply_to_handle: None,
        mentions,
        references,
        is_repost: false,
        raw: None,
    }
}

fn brand_reply(
    id: &str,
    brand: &str,
    text: String,
    at: chrono::DateTime<Utc>,
    parent: String,
    conv: String,
    a: u64,
) -> Mention {
    Mention {
        network: Network::X,
        external_id: id.to_string(),
        author: Author {
            id: "9001".into(),
            handle: brand.to_string(),
            ..Author::default()
        },
        text,
        created_at: Some(at),
        lang: Some("en".into()),
        conversation_id: Some(conv),
        in_reply_to_id: Some(parent.clone()),
        in_reply_to_user_id: Some(format!("u{a}")),
        in_reply_to_handle: Some(customer_handle(a)),
        mentions: vec![],
        references: vec![Reference {
            kind: ReferenceKind::RepliedTo,
            id: parent,
            author_id: Some(format!("u{a}")),
            author_handle: Some(customer_handle(a)),
            text: None,
        }],
        is_repost: false,
        raw: None,
    }
}

/// Ingest `n` synthetic mentions through the real pipeline in batches of
/// [`BENCH_BATCH`], and report the sustained rate. The brand is the plan's
/// first X handle (`NorthwindCares` when the plan has none).
pub async fn bench_ingest(
    store: Store,
    engine: Arc<Engine>,
    n: u64,
) -> Result<BenchReport, IngestError> {
    let (engine, brand) = match engine.plan().handles(Network::X).first() {
        Some(h) => (engine.clone(), h.trim_start_matches('@').to_string()),
        None => {
            let mut plan = engine.plan().clone();
            plan.add_brand_handle(Network::X, "NorthwindCares");
            (Arc::new(Engine::new(plan)), "NorthwindCares".to_string())
        }
    };
    let seed = Utc::now().timestamp_millis().unsigned_abs();
    let mentions = synthetic_mentions(n, &brand, seed);
    let pipeline = Pipeline::new(store.clone(), engine);
    let mut report = BenchReport {
        backend: store.backend(),
        mentions: n,
        batch_size: BENCH_BATCH,
        seconds: 0.0,
        mentions_per_sec: 0.0,
        triage_seconds: 0.0,
        store_seconds: 0.0,
        stored: 0,
        duplicates: 0,
        cases_opened: 0,
        cases_reopened: 0,
        cpu_seconds: None,
    };
    let cpu_before = process_cpu_seconds();
    let started = Instant::now();
    let mut iter = mentions.into_iter().peekable();
    while iter.peek().is_some() {
        let batch: Vec<(Mention, earshot_store::Direction)> = iter
            .by_ref()
            .take(BENCH_BATCH)
            .map(|m| {
                let d = pipeline.direction_of(&m);
                (m, d)
            })
            .collect();
        let t = Instant::now();
        let triaged = pipeline.triage(batch).await?;
        report.triage_seconds += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let outcome = store.ingest_batch(triaged, pipeline.policy()).await?;
        report.store_seconds += t.elapsed().as_secs_f64();
        report.stored += outcome.stored;
        report.duplicates += outcome.duplicates;
        report.cases_opened += outcome.cases_opened;
        report.cases_reopened += outcome.cases_reopened;
    }
    report.seconds = started.elapsed().as_secs_f64();
    report.cpu_seconds = process_cpu_seconds()
        .zip(cpu_before)
        .map(|(after, before)| after - before);
    report.mentions_per_sec = n as f64 / report.seconds.max(1e-9);
    Ok(report)
}

/// Time `iterations` first pages and `iterations` deep pages (a keyset
/// cursor at a random case) of `list_cases`, 50 per page, cycling through
/// a few realistic filters. Fill the store first (e.g. `generate_cases`).
pub async fn bench_list_cases(
    store: &Store,
    iterations: usize,
) -> Result<ListBenchReport, IngestError> {
    let filters: Vec<(&str, CaseFilter, CaseSort)> = vec![
        ("all by deadline", CaseFilter::default(), CaseSort::Deadline),
        ("all newest", CaseFilter::default(), CaseSort::Newest),
        (
            "status=open",
            CaseFilter {
                status: Some(CaseStatus::Open),
                ..Default::default()
            },
            CaseSort::Deadline,
        ),
        (
            "team=repair",
            CaseFilter {
                team: Some("repair".into()),
                ..Default::default()
            },
            CaseSort::Deadline,
        ),
        (
            "status=open team=billing",
            CaseFilter {
                status: Some(CaseStatus::Open),
                team: Some("billing".into()),
                ..Default::default()
            },
            CaseSort::Deadline,
        ),
        (
            "status=open assignee=none",
            CaseFilter {
                status: Some(CaseStatus::Open),
                assignee: Some(AssigneeFilter::Unassigned),
                ..Default::default()
            },
            CaseSort::Deadline,
        ),
        (
            "priority=urgent action=respond_public",
            CaseFilter {
                priority: Some(Priority::Urgent),
                action: Some(Action::RespondPublic),
                ..Default::default()
            },
            CaseSort::Deadline,
        ),
    ];
    const PAGE: u32 = 50;
    let cases = store.count_cases().await?;
    let max_id = store.max_case_id().await?.max(1);
    let mut rng = StdRng::seed_from_u64(42);
    let mut first = Vec::with_capacity(iterations);
    let mut deep = Vec::with_capacity(iterations);
    let mut per_filter: Vec<Vec<f64>> = vec![Vec::new(); filters.len()];
    // Warm the caches and statement caches once per filter.
    for (_, f, sort) in &filters {
        store.list_cases(f, *sort, None, PAGE).await?;
    }
    for i in 0..iterations {
        let fi = i % filters.len();
        let (_, filter, sort) = &filters[fi];
        let t = Instant::now();
        store.list_cases(filter, *sort, None, PAGE).await?;
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        first.push(ms);
        per_filter[fi].push(ms);

        let at = rng.random_range(1..=max_id);
        if let Some(cursor) = store.cursor_after_case(at, *sort).await? {
            let t = Instant::now();
            store.list_cases(filter, *sort, Some(&cursor), PAGE).await?;
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            deep.push(ms);
            per_filter[fi].push(ms);
        }
    }
    Ok(ListBenchReport {
        backend: store.backend(),
        cases,
        page_size: PAGE,
        first_page: Latency::of(first),
        deep_page: Latency::of(deep),
        by_filter: filters
            .iter()
            .zip(per_filter)
            .map(|((name, _, _), ms)| (name.to_string(), Latency::of(ms)))
            .collect(),
    })
}
