//! Escalation of cases past their first-response deadline: once per case
//! and deadline, assigned to the team's lead when nobody has the case, with
//! a timeline entry; answered or in-time cases are left alone.

mod common;

use chrono::Duration;
use common::*;
use earshot_core::{Action, Priority};
use earshot_store::{Direction, IngestPolicy, Role, Store, TimelineKind, Triaged};

/// Three cases opened at t0: due after 10 min, 60 min and 10 min (the last
/// one answered by an outbound reply). Returns their ids and the lead's id.
async fn seed(store: &Store) -> (Vec<i64>, i64) {
    store
        .sync_teams(&[
            ("repair".to_string(), "Repair".to_string()),
            ("billing".to_string(), "Billing".to_string()),
        ])
        .await
        .unwrap();
    let _other_lead = store
        .create_user("otto", "x", Role::Lead, Some("billing"))
        .await
        .unwrap();
    let lead = store
        .create_user("lena", "x", Role::Lead, Some("repair"))
        .await
        .unwrap();
    let item = |id: &str, who: &str, due: u64| Triaged {
        mention: post(id, who, "my broadband is down", id, t0()),
        decision: decision(Action::RespondPublic, Priority::High, due),
        direction: Direction::Inbound,
    };
    let out = store
        .ingest_batch(
            vec![
                item("1", "ann", 600),
                item("2", "bob", 3600),
                item("3", "cat", 600),
            ],
            IngestPolicy::default(),
        )
        .await
        .unwrap();
    // Case 3 is answered in time by the brand.
    let mut reply = post(
        "4",
        "NorthwindCares",
        "@cat sorry, checking now",
        "3",
        at_min(5),
    );
    reply.in_reply_to_id = Some("3".into());
    store
        .ingest_batch(
            vec![Triaged {
                mention: reply,
                decision: decision(Action::Ignore, Priority::Low, 0),
                direction: Direction::Outbound,
            }],
            IngestPolicy::default(),
        )
        .await
        .unwrap();
    (out.case_ids, lead.id)
}

store_test!(
    breached_cases_escalate_once_to_the_team_lead,
    |store: Store| async move {
        let (ids, lead) = seed(&store).await;
        let now = at_min(30);
        let done = store
            .escalate_breached(now, now, &["lead".into()], 100)
            .await
            .unwrap();
        assert_eq!(done.len(), 1, "{done:?}");
        assert_eq!(done[0].case_id, ids[0]);
        assert_eq!(
            done[0].lead_user_id,
            Some(lead),
            "the case's team lead, not another team's"
        );
        assert!(done[0].assigned_to_lead);
        assert_eq!(done[0].due_at, t0() + Duration::minutes(10));

        let detail = store.get_case(ids[0]).await.unwrap().unwrap();
        assert_eq!(detail.case.assignee_user_id, Some(lead));
        let note = detail
            .timeline
            .iter()
            .find(|e| e.kind == TimelineKind::Note && e.data.get("escalation").is_some())
            .expect("an escalation entry");
        assert!(
            note.body.as_deref().unwrap().contains("20 min ago"),
            "{note:?}"
        );
        assert!(note.body.as_deref().unwrap().contains("lena"));
        assert!(detail
            .timeline
            .iter()
            .any(|e| e.kind == TimelineKind::Assignment));

        // Again: nothing new; the map says when.
        assert!(store
            .escalate_breached(now, now, &[], 100)
            .await
            .unwrap()
            .is_empty());
        let esc = store.escalations_of(&ids).await.unwrap();
        assert_eq!(esc.len(), 1);
        assert_eq!(esc[&ids[0]], now);

        // With a grace period (cutoff before the 60-min deadline) case 2 waits;
        // past it, case 2 escalates too, but case 3 (answered) never does.
        let later = at_min(65);
        assert!(store
            .escalate_breached(later, later - Duration::minutes(10), &[], 100)
            .await
            .unwrap()
            .is_empty());
        let done = store
            .escalate_breached(later, later, &[], 100)
            .await
            .unwrap();
        assert_eq!(
            done.iter().map(|e| e.case_id).collect::<Vec<_>>(),
            vec![ids[1]]
        );
        assert!(!store
            .escalations_of(&[ids[2]])
            .await
            .unwrap()
            .contains_key(&ids[2]));
    }
);

/// Two instances sweeping the same PostgreSQL database at once escalate
/// each case once.
#[tokio::test]
async fn concurrent_sweeps_on_postgres_escalate_each_case_once() {
    let Some(db) = pg_db().await else {
        panic!("EARSHOT_TEST_DATABASE_URL must point at PostgreSQL for this test");
    };
    let (ids, _) = seed(&db.store).await;
    let other = Store::connect(&db.url).await.unwrap();
    let now = at_min(90);
    let mut all = Vec::new();
    for _ in 0..3 {
        let (a, b) = tokio::join!(
            db.store.escalate_breached(now, now, &[], 100),
            other.escalate_breached(now, now, &[], 100)
        );
        all.extend(a.unwrap());
        all.extend(b.unwrap());
    }
    let mut escalated: Vec<i64> = all.iter().map(|e| e.case_id).collect();
    escalated.sort();
    assert_eq!(escalated, vec![ids[0], ids[1]]);
    let notes = db
        .store
        .get_case(ids[0])
        .await
        .unwrap()
        .unwrap()
        .timeline
        .iter()
        .filter(|e| e.data.get("escalation").is_some())
        .count();
    assert_eq!(notes, 1);
    other.close().await;
    db.cleanup().await;
}
