//! Automatic assignment (round robin, load, skill; availability and the
//! open-case cap; once per case) and escalation of cases past their
//! resolution deadline.

mod common;

use common::*;
use earshot_core::{Action, Priority};
use earshot_store::{
    AssignStrategy, Deadline, Direction, IngestPolicy, NotAssigned, Role, Store, TimelineKind,
    Triaged,
};

/// `n` open cases of team "repair" on `topic`, from different customers.
async fn cases(store: &Store, first: u32, n: u32, topic: &str) -> Vec<i64> {
    let items = (first..first + n)
        .map(|i| {
            let id = i.to_string();
            let mut d = decision(Action::RespondPublic, Priority::Normal, 3600);
            d.topic = Some(topic.into());
            Triaged {
                mention: post(&id, &format!("c{i}"), "my broadband is down", &id, t0()),
                decision: d,
                direction: Direction::Inbound,
            }
        })
        .collect();
    store
        .ingest_batch(items, IngestPolicy::default())
        .await
        .unwrap()
        .case_ids
}

/// Team "repair" with agents ann, bob and cid (in id order) and a lead.
async fn team(store: &Store) -> [i64; 3] {
    store
        .sync_teams(&[("repair".to_string(), "Repair".to_string())])
        .await
        .unwrap();
    store
        .create_user("lena", "x", Role::Lead, Some("repair"))
        .await
        .unwrap();
    let mut ids = [0; 3];
    for (i, name) in ["ann", "bob", "cid"].iter().enumerate() {
        ids[i] = store
            .create_user(name, "x", Role::Agent, Some("repair"))
            .await
            .unwrap()
            .id;
    }
    ids
}

async fn assign_all(
    store: &Store,
    ids: &[i64],
    strategy: AssignStrategy,
    max_open: u32,
) -> Vec<Option<i64>> {
    let mut out = Vec::new();
    for &id in ids {
        out.push(
            match store.auto_assign(id, strategy, max_open).await.unwrap() {
                Ok(a) => Some(a.user_id),
                Err(_) => None,
            },
        );
    }
    out
}

store_test!(
    round_robin_takes_turns_and_skips_who_is_away,
    |store: Store| async move {
        let [ann, bob, cid] = team(&store).await;
        let ids = cases(&store, 1, 4, "outage").await;
        assert_eq!(
            assign_all(&store, &ids, AssignStrategy::RoundRobin, 0).await,
            vec![Some(ann), Some(bob), Some(cid), Some(ann)]
        );
        // bob goes away: the turn passes over him.
        store
            .set_user_assignment(bob, None, Some(false))
            .await
            .unwrap();
        let more = cases(&store, 10, 2, "outage").await;
        assert_eq!(
            assign_all(&store, &more, AssignStrategy::RoundRobin, 0).await,
            vec![Some(cid), Some(ann)]
        );
        assert!(!store.get_user(bob).await.unwrap().unwrap().available);

        // The timeline says who got it and how.
        let detail = store.get_case(ids[1]).await.unwrap().unwrap();
        assert_eq!(detail.case.assignee_user_id, Some(bob));
        let entry = detail
            .timeline
            .iter()
            .find(|e| e.kind == TimelineKind::Assignment)
            .expect("an assignment entry");
        assert_eq!(entry.data["strategy"], "round_robin");
        assert_eq!(entry.data["to_username"], "bob");
        assert_eq!(entry.author.as_deref(), Some("earshot"));

        // Once per case: an assigned case is not given again.
        assert_eq!(
            store
                .auto_assign(ids[1], AssignStrategy::RoundRobin, 0)
                .await
                .unwrap(),
            Err(NotAssigned::NotEligible)
        );
    }
);

store_test!(
    load_goes_to_the_least_busy_within_the_cap,
    |store: Store| async move {
        let [ann, bob, cid] = team(&store).await;
        let ids = cases(&store, 1, 3, "outage").await;
        // ann already has two open cases, bob one, cid none.
        for (case, who) in [(ids[0], ann), (ids[1], ann), (ids[2], bob)] {
            store
                .update_case(
                    case,
                    &earshot_store::CasePatch {
                        assignee: Some(Some(who)),
                        ..Default::default()
                    },
                    None,
                )
                .await
                .unwrap();
        }
        let fresh = cases(&store, 10, 3, "outage").await;
        // cid (0), then cid and bob tie at 1: bob's turn comes after cid's.
        assert_eq!(
            assign_all(&store, &fresh, AssignStrategy::Load, 0).await,
            vec![Some(cid), Some(bob), Some(cid)]
        );
        // Everyone has 2 now; with a cap of 2 nobody takes more.
        let last = cases(&store, 20, 1, "outage").await;
        assert_eq!(
            store
                .auto_assign(last[0], AssignStrategy::Load, 2)
                .await
                .unwrap(),
            Err(NotAssigned::NoAgent)
        );
        assert_eq!(
            store
                .unassigned_open_cases(&["repair".to_string()], 10)
                .await
                .unwrap(),
            vec![(last[0], "repair".to_string())]
        );
        // Resolving a case frees a place.
        store
            .update_case(
                ids[0],
                &earshot_store::CasePatch {
                    status: Some(earshot_store::CaseStatus::Resolved),
                    ..Default::default()
                },
                None,
            )
            .await
            .unwrap();
        assert_eq!(
            assign_all(&store, &last, AssignStrategy::Load, 2).await,
            vec![Some(ann)]
        );
    }
);

store_test!(
    skill_matches_the_topic_then_falls_back_to_load,
    |store: Store| async move {
        let [ann, bob, cid] = team(&store).await;
        store
            .set_user_assignment(bob, Some(&["billing".to_string()]), None)
            .await
            .unwrap();
        store
            .set_user_assignment(
                cid,
                Some(&["billing".to_string(), "outage".to_string()]),
                None,
            )
            .await
            .unwrap();
        assert_eq!(
            store.get_user(cid).await.unwrap().unwrap().skills,
            vec!["billing", "outage"]
        );
        let billing = cases(&store, 1, 3, "billing").await;
        // bob and cid share billing and take turns by load.
        assert_eq!(
            assign_all(&store, &billing, AssignStrategy::Skill, 0).await,
            vec![Some(bob), Some(cid), Some(bob)]
        );
        let outage = cases(&store, 10, 1, "outage").await;
        assert_eq!(
            assign_all(&store, &outage, AssignStrategy::Skill, 0).await,
            vec![Some(cid)]
        );
        // Nobody knows delivery: the least busy agent (ann, with none) gets it.
        let delivery = cases(&store, 20, 1, "delivery").await;
        assert_eq!(
            assign_all(&store, &delivery, AssignStrategy::Skill, 0).await,
            vec![Some(ann)]
        );
        assert!(store
            .set_user_assignment(ann, Some(&["a,b".to_string()]), None)
            .await
            .is_err());
    }
);

store_test!(late_resolutions_escalate_once, |store: Store| async move {
    store
        .sync_teams(&[("repair".to_string(), "Repair".to_string())])
        .await
        .unwrap();
    let lead = store
        .create_user("lena", "x", Role::Lead, Some("repair"))
        .await
        .unwrap();
    let ids = cases(&store, 1, 2, "outage").await;
    let opened_before = at_min(60);
    let found = store
        .resolution_candidates(Priority::Normal, opened_before, 10)
        .await
        .unwrap();
    assert_eq!(found.iter().map(|c| c.0).collect::<Vec<_>>(), ids);
    assert!(store
        .resolution_candidates(Priority::Urgent, opened_before, 10)
        .await
        .unwrap()
        .is_empty());
    // The second case is resolved before the sweep: only the first goes.
    store
        .update_case(
            ids[1],
            &earshot_store::CasePatch {
                status: Some(earshot_store::CaseStatus::Resolved),
                ..Default::default()
            },
            None,
        )
        .await
        .unwrap();
    let due = at_min(30);
    let late = [(ids[0], due), (ids[1], due)];
    let now = at_min(90);
    let done = store
        .escalate_resolutions(now, &late, &["lead".into()])
        .await
        .unwrap();
    assert_eq!(done.len(), 1, "{done:?}");
    assert_eq!(done[0].case_id, ids[0]);
    assert_eq!(done[0].deadline, Deadline::Resolution);
    assert_eq!(done[0].lead_user_id, Some(lead.id));
    let detail = store.get_case(ids[0]).await.unwrap().unwrap();
    let note = detail
        .timeline
        .iter()
        .find(|e| e.kind == TimelineKind::Note && e.data.get("escalation").is_some())
        .expect("an escalation note");
    assert!(
        note.body
            .as_deref()
            .unwrap()
            .contains("resolution deadline passed 60 min ago"),
        "{note:?}"
    );
    // The inbox marks it escalated.
    let marked = store.escalations_of(&ids).await.unwrap();
    assert_eq!(marked.get(&ids[0]), Some(&now));
    assert!(!marked.contains_key(&ids[1]));
    let board = store.dashboard(at_min(-60), at_min(24 * 60)).await.unwrap();
    assert_eq!(board.escalated, 1, "the dashboard counts it");
    // Once: neither a second sweep nor the candidate list has it again.
    assert!(store
        .escalate_resolutions(now, &late, &[])
        .await
        .unwrap()
        .is_empty());
    assert!(store
        .resolution_candidates(Priority::Normal, now, 10)
        .await
        .unwrap()
        .is_empty());
});
