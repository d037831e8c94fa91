//! Stream rules kept in sync with the plan through the stand-in's rules
//! endpoints.

mod support;

use earshot_triage::Plan;
use earshot_x::rules::{self, SyncOutcome};
use earshot_x::standin::{Endpoint, Options, StandIn};
use support::config;

fn plan(aliases: &[&str]) -> Plan {
    let list: Vec<String> = aliases.iter().map(|a| format!("\"{a}\"")).collect();
    Plan::parse(
        &format!(
            "version = 1\n[brand]\nname = \"Northwind Fiber\"\naliases = [{}]\nhandles = {{ x = [\"NorthwindCares\"] }}\n",
            list.join(", ")
        ),
        "plan.toml",
    )
    .unwrap()
}

#[tokio::test]
async fn sync_adds_missing_deletes_stale_and_leaves_matching_rules() {
    let x = StandIn::start().await;
    let cfg = config(&x);
    let wanted = rules::desired(&plan(&["Northwind"]), cfg.rule_max_len);
    assert_eq!(wanted.len(), 1);
    x.set_rules(&[
        (wanted[0].as_str(), Some("kept from last time")),
        ("from:someoneelse", None),
        ("\"Old Brand Name\"", Some("earshot brand")),
    ]);
    let kept_id = x.rules()[0].id.clone();

    let outcome = rules::sync(&cfg, &plan(&["Northwind"])).await.unwrap();
    assert_eq!(
        outcome,
        SyncOutcome {
            added: 0,
            deleted: 2,
            kept: 1
        }
    );
    let now = x.rules();
    assert_eq!(now.len(), 1);
    assert_eq!(now[0].id, kept_id, "a matching rule keeps its id");

    // A new alias: the old rule is replaced by one that has it.
    let outcome = rules::sync(&cfg, &plan(&["Northwind", "NW Fibre"]))
        .await
        .unwrap();
    assert_eq!((outcome.added, outcome.deleted, outcome.kept), (1, 1, 0));
    let now = x.rules();
    assert_eq!(now.len(), 1);
    assert!(
        now[0].value.contains("\"NW Fibre\" OR #NorthwindFiber"),
        "{}",
        now[0].value
    );
    assert_eq!(now[0].tag.as_deref(), Some(rules::TAG));

    // In sync already: nothing posted.
    let posts_before = x.requests_to(Endpoint::Rules).len();
    let outcome = rules::sync(&cfg, &plan(&["Northwind", "NW Fibre"]))
        .await
        .unwrap();
    assert_eq!((outcome.added, outcome.deleted, outcome.kept), (0, 0, 1));
    assert_eq!(
        x.requests_to(Endpoint::Rules).len(),
        posts_before + 1,
        "one GET only"
    );
}

#[tokio::test]
async fn many_aliases_split_into_rules_within_the_length_limit() {
    let x = StandIn::start_with(Options {
        rule_max_len: 60,
        ..Options::default()
    })
    .await;
    let mut cfg = config(&x);
    cfg.rule_max_len = 60;
    let aliases: Vec<String> = (0..12).map(|i| format!("Northwind Region {i}")).collect();
    let aliases: Vec<&str> = aliases.iter().map(String::as_str).collect();
    let outcome = rules::sync(&cfg, &plan(&aliases)).await.unwrap();
    let held = x.rules();
    assert!(held.len() > 3, "{held:?}");
    assert_eq!(outcome.added, held.len());
    assert!(held.iter().all(|r| r.value.chars().count() <= 60));
    let all: String = held
        .iter()
        .map(|r| r.value.clone())
        .collect::<Vec<_>>()
        .join(" OR ");
    for a in &aliases {
        assert!(all.contains(&format!("\"{a}\"")), "{a} is listened for");
    }
    // The stand-in refuses a rule over its limit, as X does.
    cfg.rule_max_len = 512;
    let err = rules::sync(&cfg, &plan(&aliases))
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("400") && err.contains("too long"), "{err}");
}
