//! The store's behaviour, run against SQLite and PostgreSQL alike.

mod common;

use common::*;
use earshot_core::{Action, Network, Priority};
use earshot_store::*;

fn policy() -> IngestPolicy {
    IngestPolicy {
        reopen_window_secs: 7 * 24 * 3600,
    }
}

async fn only_case(store: &Store, id: i64) -> CaseDetail {
    store.get_case(id).await.unwrap().expect("case exists")
}

store_test!(
    ingesting_the_same_batch_twice_stores_nothing_new,
    |store: Store| async move {
        let batch = vec![
            inbound(
                post("1", "dana", "@brand my internet is down", "1", at_min(0)),
                Action::RespondPublic,
            ),
            inbound(
                post("2", "lee", "@brand billing wrong", "2", at_min(1)),
                Action::RespondPublic,
            ),
            inbound(
                post("3", "kim", "brand is ok I guess", "3", at_min(2)),
                Action::Monitor,
            ),
            inbound(
                post("4", "spam", "buy followers", "4", at_min(3)),
                Action::Ignore,
            ),
        ];
        let first = store.ingest_batch(batch.clone(), policy()).await.unwrap();
        assert_eq!(first.stored, 4);
        assert_eq!(first.duplicates, 0);
        assert_eq!(first.cases_opened, 3, "ignore opens no case");
        assert_eq!(first.case_ids.len(), 3);

        let mut again = batch.clone();
        again.push(batch[0].clone());
        let second = store.ingest_batch(again, policy()).await.unwrap();
        assert_eq!(second.stored, 0);
        assert_eq!(second.duplicates, 5);
        assert_eq!(second.cases_opened, 0);

        let page = store
            .list_cases(&CaseFilter::default(), CaseSort::Deadline, None, 50)
            .await
            .unwrap();
        assert_eq!(page.items.len(), 3);
        assert_eq!(page.next, None);
        let counts = store.count_mentions_by_network_action().await.unwrap();
        let total: i64 = counts.iter().map(|c| c.count).sum();
        assert_eq!(total, 4);
        assert_eq!(
            store.count_open_cases().await.unwrap(),
            2,
            "monitored is not open"
        );
        // Deadline order: the two open cases by due time, the monitored one last.
        let statuses: Vec<CaseStatus> = page.items.iter().map(|c| c.case.status).collect();
        assert_eq!(
            statuses,
            [CaseStatus::Open, CaseStatus::Open, CaseStatus::Monitored]
        );
        assert!(page.items[2].case.first_response_due_at.is_none());
        let due = page.items[0].case.first_response_due_at.unwrap();
        assert_eq!(due, at_min(0) + chrono::Duration::seconds(3600));
    }
);

store_test!(
    posts_in_one_conversation_share_a_case,
    |store: Store| async move {
        let a = store
            .ingest_batch(
                vec![inbound(
                    post("10", "dana", "@brand down again", "10", at_min(0)),
                    Action::RespondPublic,
                )],
                policy(),
            )
            .await
            .unwrap();
        // Much later than the window, but the same conversation.
        let later = at_min(60 * 24 * 30);
        let b = store
            .ingest_batch(
                vec![
                    inbound(
                        reply_to(post("11", "dana", "@brand still down", "10", later), "10"),
                        Action::RespondPublic,
                    ),
                    inbound(
                        post("12", "dana", "@brand and the modem blinks", "10", later),
                        Action::Monitor,
                    ),
                ],
                policy(),
            )
            .await
            .unwrap();
        assert_eq!(b.cases_opened, 0);
        assert_eq!(a.case_ids, b.case_ids);
        let detail = only_case(&store, a.case_ids[0]).await;
        let inbound: Vec<&TimelineEntry> = detail
            .timeline
            .iter()
            .filter(|e| e.kind == TimelineKind::Inbound)
            .collect();
        assert_eq!(inbound.len(), 3);
        assert_eq!(inbound[0].external_id.as_deref(), Some("10"));
        assert_eq!(inbound[0].network, Some(Network::X));
        assert_eq!(inbound[0].author.as_deref(), Some("@dana"));
        assert_eq!(detail.contact.display_name, "DANA");
        assert_eq!(detail.case.last_activity_at, later);
    }
);

store_test!(
    a_returning_customer_reopens_their_case_within_the_window,
    |store: Store| async move {
        let first = store
            .ingest_batch(
                vec![inbound(
                    post("20", "dana", "@brand no signal", "20", at_min(0)),
                    Action::RespondPublic,
                )],
                policy(),
            )
            .await
            .unwrap();
        let id = first.case_ids[0];
        let resolved = store
            .update_case(
                id,
                &CasePatch {
                    status: Some(CaseStatus::Resolved),
                    ..Default::default()
                },
                None,
            )
            .await
            .unwrap();
        assert_eq!(resolved.status, CaseStatus::Resolved);
        assert!(resolved.resolved_at.is_some());

        // Another conversation, two days later: inside the 7-day window.
        let two_days = at_min(60 * 48);
        let again = store
            .ingest_batch(
                vec![inbound(
                    post("21", "dana", "@brand it is back, no signal", "21", two_days),
                    Action::RespondPublic,
                )],
                policy(),
            )
            .await
            .unwrap();
        assert_eq!(again.case_ids, vec![id]);
        assert_eq!(again.cases_opened, 0);
        assert_eq!(again.cases_reopened, 1);
        let detail = only_case(&store, id).await;
        assert_eq!(detail.case.status, CaseStatus::Open);
        assert_eq!(detail.case.reopen_count, 1);
        assert!(detail.case.resolved_at.is_none());
        let change = detail
            .timeline
            .iter()
            .find(|e| e.kind == TimelineKind::StatusChange && e.data["to"] == "open")
            .expect("status change entry");
        assert_eq!(change.data["from"], "resolved");
        assert_eq!(change.data["to"], "open");
    }
);

store_test!(
    a_post_after_the_window_opens_a_new_case,
    |store: Store| async move {
        let first = store
            .ingest_batch(
                vec![inbound(
                    post("30", "dana", "@brand no signal", "30", at_min(0)),
                    Action::RespondPublic,
                )],
                policy(),
            )
            .await
            .unwrap();
        let eight_days = at_min(60 * 24 * 8);
        let later = store
            .ingest_batch(
                vec![inbound(
                    post("31", "dana", "@brand bill is wrong", "31", eight_days),
                    Action::RespondPublic,
                )],
                policy(),
            )
            .await
            .unwrap();
        assert_eq!(later.cases_opened, 1);
        assert_ne!(later.case_ids, first.case_ids);
        let contact = store
            .get_case(first.case_ids[0])
            .await
            .unwrap()
            .unwrap()
            .contact;
        let detail = store.get_contact(contact.id).await.unwrap().unwrap();
        assert_eq!(detail.cases.len(), 2, "one contact, two cases");
        assert_eq!(detail.identities.len(), 1);
        assert_eq!(detail.cases[0].id, later.case_ids[0], "newest first");
    }
);

store_test!(
    a_new_post_reopens_a_resolved_answered_case_with_a_new_clock,
    |store: Store| async move {
        let first = store
            .ingest_batch(
                vec![
                    inbound(
                        post("40", "dana", "@brand outage", "40", at_min(0)),
                        Action::RespondPublic,
                    ),
                    outbound(reply_to(
                        post("41", "brand", "@dana on it", "40", at_min(5)),
                        "40",
                    )),
                ],
                policy(),
            )
            .await
            .unwrap();
        let id = first.case_ids[0];
        store
            .update_case(
                id,
                &CasePatch {
                    status: Some(CaseStatus::Closed),
                    ..Default::default()
                },
                None,
            )
            .await
            .unwrap();
        let m = at_min(60 * 24 * 20);
        let again = store
            .ingest_batch(
                vec![inbound(
                    reply_to(post("42", "dana", "@brand down again", "40", m), "41"),
                    Action::RespondPublic,
                )],
                policy(),
            )
            .await
            .unwrap();
        assert_eq!(again.case_ids, vec![id]);
        assert_eq!(again.cases_reopened, 1);
        let case = only_case(&store, id).await.case;
        assert_eq!(case.status, CaseStatus::Open);
        assert_eq!(case.first_responded_at, None, "the clock runs again");
        assert_eq!(
            case.first_response_due_at,
            Some(m + chrono::Duration::seconds(3600))
        );
    }
);

store_test!(
    a_brand_reply_joins_the_case_and_stops_the_clock,
    |store: Store| async move {
        let first = store
            .ingest_batch(
                vec![inbound(
                    post("50", "dana", "@brand outage", "50", at_min(0)),
                    Action::RespondPublic,
                )],
                policy(),
            )
            .await
            .unwrap();
        let id = first.case_ids[0];
        // The brand reply arrives in a later batch, with another same-batch pair.
        let out = store
            .ingest_batch(
                vec![
                    outbound(reply_to(
                        post("51", "brand", "@dana sorry, which area?", "50", at_min(7)),
                        "50",
                    )),
                    inbound(
                        post("52", "lee", "@brand card declined", "52", at_min(8)),
                        Action::RespondPrivate,
                    ),
                    outbound(reply_to(
                        post("53", "brand", "@lee DM us", "52", at_min(9)),
                        "52",
                    )),
                ],
                policy(),
            )
            .await
            .unwrap();
        assert_eq!(out.stored, 3);
        let detail = only_case(&store, id).await;
        assert_eq!(detail.case.first_responded_at, Some(at_min(7)));
        let kinds: Vec<TimelineKind> = detail.timeline.iter().map(|e| e.kind).collect();
        assert_eq!(kinds, [TimelineKind::Inbound, TimelineKind::Outbound]);
        assert_eq!(detail.timeline[1].external_id.as_deref(), Some("51"));
        assert_eq!(detail.timeline[1].author.as_deref(), Some("@brand"));

        let lee = out.case_ids.iter().copied().find(|c| *c != id).unwrap();
        let lee_case = only_case(&store, lee).await;
        assert_eq!(lee_case.case.action, Action::RespondPrivate);
        assert_eq!(lee_case.case.first_responded_at, Some(at_min(9)));
        assert_eq!(lee_case.timeline.len(), 2);
    }
);

store_test!(
    thread_context_sees_the_brand_and_prior_contacts,
    |store: Store| async move {
        store
            .ingest_batch(
                vec![
                    inbound(
                        post("60", "dana", "@brand outage", "60", at_min(0)),
                        Action::RespondPublic,
                    ),
                    outbound(reply_to(
                        post("61", "brand", "@dana which area?", "60", at_min(3)),
                        "60",
                    )),
                ],
                policy(),
            )
            .await
            .unwrap();
        let follow_up = reply_to(post("62", "dana", "north side", "60", at_min(5)), "61");
        let ctx = store.thread_context(&follow_up, policy()).await.unwrap();
        assert!(ctx.brand_in_thread);
        assert_eq!(ctx.prior_contacts, 1);

        let stranger = post("63", "kim", "lol", "99", at_min(5));
        let brand_later = reply_to(post("64", "brand", "@kim hi", "99", at_min(6)), "63");
        let kim_again = post("65", "kim", "hey", "99", at_min(7));
        let ctxs = store
            .thread_contexts(
                &[
                    (&stranger, Direction::Inbound),
                    (&brand_later, Direction::Outbound),
                    (&kim_again, Direction::Inbound),
                ],
                policy(),
            )
            .await
            .unwrap();
        assert_eq!(
            ctxs[0],
            ThreadContext {
                brand_in_thread: false,
                prior_contacts: 0
            }
        );
        assert_eq!(
            ctxs[2],
            ThreadContext {
                brand_in_thread: true,
                prior_contacts: 1
            },
            "earlier posts of the batch count"
        );
    }
);

store_test!(
    keyset_pages_visit_every_case_once_in_deadline_order,
    |store: Store| async move {
        // 60 customers with varied deadlines, teams, actions.
        let mut batch = Vec::new();
        for i in 0..60u64 {
            let action = match i % 5 {
                0 => Action::Monitor,
                1 => Action::RespondPrivate,
                _ => Action::RespondPublic,
            };
            let mut t = inbound(
                post(
                    &format!("7{i:03}"),
                    &format!("c{i}"),
                    "@brand help",
                    &format!("7{i:03}"),
                    at_min((i as i64 * 37) % 50),
                ),
                action,
            );
            t.decision.first_response_due_secs = (i % 7) * 600;
            t.decision.team = Some(if i % 3 == 0 { "billing" } else { "repair" }.into());
            batch.push(t);
        }
        let outcome = store.ingest_batch(batch, policy()).await.unwrap();
        assert_eq!(outcome.cases_opened, 60);

        for filter in [
            CaseFilter::default(),
            CaseFilter {
                team: Some("billing".into()),
                ..Default::default()
            },
            CaseFilter {
                status: Some(CaseStatus::Open),
                team: Some("repair".into()),
                ..Default::default()
            },
            CaseFilter {
                action: Some(Action::RespondPrivate),
                assignee: Some(AssigneeFilter::Unassigned),
                ..Default::default()
            },
            CaseFilter {
                q: Some("HELP".into()),
                ..Default::default()
            },
        ] {
            for sort in [CaseSort::Deadline, CaseSort::Newest] {
                let everything = store.list_cases(&filter, sort, None, 500).await.unwrap();
                assert!(everything.next.is_none());
                let mut seen = Vec::new();
                let mut cursor: Option<String> = None;
                loop {
                    let page = store
                        .list_cases(&filter, sort, cursor.as_deref(), 7)
                        .await
                        .unwrap();
                    assert!(page.items.len() <= 7);
                    seen.extend(page.items.iter().map(|c| c.case.id));
                    match page.next {
                        Some(n) => cursor = Some(n),
                        None => break,
                    }
                }
                let all: Vec<i64> = everything.items.iter().map(|c| c.case.id).collect();
                assert_eq!(seen, all, "{filter:?} {sort:?}");
                if sort == CaseSort::Deadline {
                    let keys: Vec<(i64, i64)> = everything
                        .items
                        .iter()
                        .map(|c| {
                            (
                                c.case
                                    .first_response_due_at
                                    .map_or(i64::MAX, |d| d.timestamp_millis()),
                                c.case.id,
                            )
                        })
                        .collect();
                    let mut sorted = keys.clone();
                    sorted.sort();
                    assert_eq!(keys, sorted);
                }
                for c in &everything.items {
                    if let Some(team) = &filter.team {
                        assert_eq!(c.case.team.as_ref(), Some(team));
                    }
                    if let Some(status) = filter.status {
                        assert_eq!(c.case.status, status);
                    }
                }
            }
        }
        let billing = store
            .list_cases(
                &CaseFilter {
                    team: Some("billing".into()),
                    ..Default::default()
                },
                CaseSort::Deadline,
                None,
                500,
            )
            .await
            .unwrap();
        assert_eq!(billing.items.len(), 20);
        let err = store
            .list_cases(
                &CaseFilter::default(),
                CaseSort::Deadline,
                Some("garbage"),
                10,
            )
            .await
            .unwrap_err();
        assert!(
            matches!(err, StoreError::Invalid(ref m) if m.contains("cursor")),
            "{err}"
        );
    }
);

store_test!(
    case_updates_write_the_timeline_and_refuse_stale_versions,
    |store: Store| async move {
        store
            .sync_teams(&[("repair", "Repair"), ("billing", "Billing")])
            .await
            .unwrap();
        let agent = store
            .create_user("ana", "hash", Role::Agent, Some("repair"))
            .await
            .unwrap();
        let out = store
            .ingest_batch(
                vec![inbound(
                    post("80", "dana", "@brand outage", "80", at_min(0)),
                    Action::RespondPublic,
                )],
                policy(),
            )
            .await
            .unwrap();
        let id = out.case_ids[0];
        let v = only_case(&store, id).await.case.version;
        let updated = store
            .update_case(
                id,
                &CasePatch {
                    status: Some(CaseStatus::Pending),
                    assignee: Some(Some(agent.id)),
                    team: Some("billing".into()),
                    priority: Some(Priority::High),
                    expected_version: Some(v),
                },
                Some(agent.id),
            )
            .await
            .unwrap();
        assert_eq!(updated.version, v + 1);
        assert_eq!(updated.assignee_user_id, Some(agent.id));
        assert_eq!(updated.team.as_deref(), Some("billing"));
        let stale = store
            .update_case(
                id,
                &CasePatch {
                    status: Some(CaseStatus::Resolved),
                    expected_version: Some(v),
                    ..Default::default()
                },
                Some(agent.id),
            )
            .await
            .unwrap_err();
        assert!(matches!(stale, StoreError::Conflict(_)), "{stale}");
        let missing = store
            .update_case(999_999, &CasePatch::default(), None)
            .await
            .unwrap_err();
        assert!(matches!(missing, StoreError::NotFound(_)), "{missing}");
        let bad_team = store
            .update_case(
                id,
                &CasePatch {
                    team: Some("nope".into()),
                    ..Default::default()
                },
                None,
            )
            .await
            .unwrap_err();
        assert!(
            matches!(bad_team, StoreError::Invalid(ref m) if m.contains("nope")),
            "{bad_team}"
        );
        let bad_user = store
            .update_case(
                id,
                &CasePatch {
                    assignee: Some(Some(4242)),
                    ..Default::default()
                },
                None,
            )
            .await
            .unwrap_err();
        assert!(matches!(bad_user, StoreError::Invalid(_)), "{bad_user}");
        let unassigned = store
            .update_case(
                id,
                &CasePatch {
                    assignee: Some(None),
                    ..Default::default()
                },
                Some(agent.id),
            )
            .await
            .unwrap();
        assert_eq!(unassigned.assignee_user_id, None);

        let note = store
            .add_note(id, agent.id, "called the customer back")
            .await
            .unwrap();
        assert_eq!(note.kind, TimelineKind::Note);
        assert_eq!(note.author.as_deref(), Some("ana"));
        let detail = only_case(&store, id).await;
        let kinds: Vec<TimelineKind> = detail.timeline.iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds,
            [
                TimelineKind::Inbound,
                TimelineKind::StatusChange,
                TimelineKind::Assignment,
                TimelineKind::TeamChange,
                TimelineKind::PriorityChange,
                TimelineKind::Assignment,
                TimelineKind::Note,
            ]
        );
        assert_eq!(
            detail.timeline[6].body.as_deref(),
            Some("called the customer back")
        );
        let assigned = store
            .list_cases(
                &CaseFilter {
                    assignee: Some(AssigneeFilter::Unassigned),
                    ..Default::default()
                },
                CaseSort::Deadline,
                None,
                10,
            )
            .await
            .unwrap();
        assert_eq!(assigned.items.len(), 1);
    }
);

store_test!(
    a_reply_is_queued_once_per_idempotency_key,
    |store: Store| async move {
        let agent = store
            .create_user("ana", "hash", Role::Agent, None)
            .await
            .unwrap();
        let out = store
            .ingest_batch(
                vec![inbound(
                    post("90", "dana", "@brand outage", "90", at_min(0)),
                    Action::RespondPublic,
                )],
                policy(),
            )
            .await
            .unwrap();
        let id = out.case_ids[0];
        let first = store
            .queue_reply(
                id,
                agent.id,
                "Sorry Dana, which area are you in?",
                Channel::Public,
                Some("key-1"),
            )
            .await
            .unwrap();
        assert_eq!(first.status, OutboxStatus::Queued);
        assert_eq!(first.in_reply_to.as_deref(), Some("90"));
        assert_eq!(first.network, Network::X);
        let again = store
            .queue_reply(
                id,
                agent.id,
                "Sorry Dana, which area are you in?",
                Channel::Public,
                Some("key-1"),
            )
            .await
            .unwrap();
        assert_eq!(again.id, first.id);
        let other = store
            .queue_reply(id, agent.id, "We'll DM you", Channel::Private, None)
            .await
            .unwrap();
        assert_ne!(other.id, first.id);
        assert_eq!(store.list_outbox(id).await.unwrap().len(), 2);
        let detail = only_case(&store, id).await;
        let outbound: Vec<&TimelineEntry> = detail
            .timeline
            .iter()
            .filter(|e| e.kind == TimelineKind::Outbound)
            .collect();
        assert_eq!(outbound.len(), 2);
        assert_eq!(outbound[0].data["status"], "queued");
        assert!(detail.case.first_responded_at.is_some());
        let missing = store
            .queue_reply(123_456, agent.id, "hi", Channel::Public, None)
            .await
            .unwrap_err();
        assert!(matches!(missing, StoreError::NotFound(_)));

        let claimed = store.claim_outbox_batch(10).await.unwrap();
        assert_eq!(claimed.len(), 2);
        assert!(claimed
            .iter()
            .all(|i| i.status == OutboxStatus::Sending && i.attempts == 1));
        store
            .mark_outbox_sent(first.id, "1900000000000000001")
            .await
            .unwrap();
        store
            .mark_outbox_failed(other.id, "rate limited", true)
            .await
            .unwrap();
        let items = store.list_outbox(id).await.unwrap();
        assert_eq!(items[0].status, OutboxStatus::Sent);
        assert_eq!(items[0].external_id.as_deref(), Some("1900000000000000001"));
        assert_eq!(items[1].status, OutboxStatus::Queued);
        assert!(store.claim_outbox_batch(10).await.unwrap().len() == 1);
    }
);

store_test!(
    merging_contacts_moves_identities_mentions_and_cases,
    |store: Store| async move {
        let out = store
            .ingest_batch(
                vec![
                    inbound(
                        post("100", "dana", "@brand outage", "100", at_min(0)),
                        Action::RespondPublic,
                    ),
                    inbound(
                        post(
                            "101",
                            "dana_work",
                            "@brand still out",
                            "101",
                            at_min(60 * 24 * 10),
                        ),
                        Action::RespondPublic,
                    ),
                ],
                policy(),
            )
            .await
            .unwrap();
        assert_eq!(out.case_ids.len(), 2);
        let a = only_case(&store, out.case_ids[0]).await.contact.id;
        let b = only_case(&store, out.case_ids[1]).await.contact.id;
        assert_ne!(a, b);
        let found = store.list_contacts(Some("dana_w"), 10).await.unwrap();
        assert_eq!(found.iter().map(|c| c.id).collect::<Vec<_>>(), vec![b]);
        let merged = store.merge_contacts(a, b).await.unwrap();
        assert_eq!(merged.identities.len(), 2);
        assert_eq!(merged.cases.len(), 2);
        let gone = store.get_contact(b).await.unwrap().unwrap();
        assert_eq!(gone.contact.merged_into, Some(a));
        assert!(gone.identities.is_empty());
        assert_eq!(store.list_contacts(None, 10).await.unwrap().len(), 1);
        // New posts from the merged identity land on the kept contact.
        let next = store
            .ingest_batch(
                vec![inbound(
                    post(
                        "102",
                        "dana_work",
                        "@brand hello?",
                        "101",
                        at_min(60 * 24 * 11),
                    ),
                    Action::RespondPublic,
                )],
                policy(),
            )
            .await
            .unwrap();
        assert_eq!(next.case_ids, vec![out.case_ids[1]]);
        assert!(matches!(
            store.merge_contacts(a, a).await,
            Err(StoreError::Invalid(_))
        ));
        assert!(matches!(
            store.merge_contacts(a, 77_777).await,
            Err(StoreError::NotFound(_))
        ));
    }
);

store_test!(
    the_desks_own_reply_coming_back_from_the_network_is_not_doubled,
    |store: Store| async move {
        let agent = store
            .create_user("ana", "hash", Role::Agent, None)
            .await
            .unwrap();
        let out = store
            .ingest_batch(
                vec![inbound(
                    post("95", "dana", "@brand outage", "95", at_min(0)),
                    Action::RespondPublic,
                )],
                policy(),
            )
            .await
            .unwrap();
        let id = out.case_ids[0];
        let item = store
            .queue_reply(id, agent.id, "On it, Dana", Channel::Public, None)
            .await
            .unwrap();
        store.claim_outbox_batch(10).await.unwrap();
        store.mark_outbox_sent(item.id, "96").await.unwrap();
        let echo = store
            .ingest_batch(
                vec![outbound(reply_to(
                    post("96", "brand", "On it, Dana", "95", at_min(3)),
                    "95",
                ))],
                policy(),
            )
            .await
            .unwrap();
        assert_eq!(echo.stored, 1);
        assert_eq!(echo.case_ids, vec![id]);
        let detail = only_case(&store, id).await;
        let outbound: Vec<&TimelineEntry> = detail
            .timeline
            .iter()
            .filter(|e| e.kind == TimelineKind::Outbound)
            .collect();
        assert_eq!(outbound.len(), 1, "{:#?}", detail.timeline);
        assert_eq!(outbound[0].external_id.as_deref(), Some("96"));
        assert_eq!(
            store.case_id_for_post(Network::X, "96").await.unwrap(),
            Some(id)
        );
    }
);

store_test!(users_and_tokens, |store: Store| async move {
    store
        .sync_teams(&[("repair".to_string(), "Repair".to_string())])
        .await
        .unwrap();
    store
        .sync_teams(&[("repair", "Repair crew")])
        .await
        .unwrap();
    assert_eq!(
        store.list_teams().await.unwrap(),
        vec![Team {
            id: "repair".into(),
            name: "Repair crew".into()
        }]
    );
    let hash = auth::hash_password("s3cret").unwrap();
    let admin = store
        .create_user("admin", &hash, Role::Admin, None)
        .await
        .unwrap();
    assert_eq!(admin.role, Role::Admin);
    let dup = store
        .create_user("admin", &hash, Role::Agent, None)
        .await
        .unwrap_err();
    assert!(
        matches!(dup, StoreError::Conflict(ref m) if m.contains("admin")),
        "{dup}"
    );
    let bad_team = store
        .create_user("x", &hash, Role::Agent, Some("nope"))
        .await
        .unwrap_err();
    assert!(matches!(bad_team, StoreError::Invalid(_)));
    store
        .create_user("ana", &hash, Role::Agent, Some("repair"))
        .await
        .unwrap();
    assert_eq!(store.list_users().await.unwrap().len(), 2);
    let (user, stored_hash) = store.credentials_for("admin").await.unwrap().unwrap();
    assert_eq!(user.id, admin.id);
    assert!(auth::verify_password("s3cret", &stored_hash));
    assert!(store.user_by_username("nobody").await.unwrap().is_none());

    let (token, token_hash) = auth::new_api_token();
    let record = store
        .create_api_token(admin.id, &token_hash, "cli")
        .await
        .unwrap();
    assert_eq!(record.last_used_at, None);
    let found = store
        .user_for_token(&auth::hash_token(&token))
        .await
        .unwrap();
    assert_eq!(found.map(|u| u.username), Some("admin".into()));
    assert!(store.list_tokens(Some(admin.id)).await.unwrap()[0]
        .last_used_at
        .is_some());
    assert!(store
        .user_for_token(&auth::hash_token("es_wrong"))
        .await
        .unwrap()
        .is_none());
    store.revoke_token(record.id).await.unwrap();
    assert!(store.user_for_token(&token_hash).await.unwrap().is_none());
    assert!(matches!(
        store.revoke_token(record.id).await,
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(store.list_tokens(None).await.unwrap().len(), 1);
});

store_test!(generated_cases_are_listable, |store: Store| async move {
    let n = store.generate_cases(2_500, 7).await.unwrap();
    assert_eq!(n, 2_500);
    let mut cursor: Option<String> = None;
    let mut count = 0;
    loop {
        let page = store
            .list_cases(
                &CaseFilter::default(),
                CaseSort::Deadline,
                cursor.as_deref(),
                500,
            )
            .await
            .unwrap();
        count += page.items.len();
        match page.next {
            Some(n) => cursor = Some(n),
            None => break,
        }
    }
    assert_eq!(count, 2_500);
    let open = store
        .list_cases(
            &CaseFilter {
                status: Some(CaseStatus::Open),
                ..Default::default()
            },
            CaseSort::Deadline,
            None,
            10,
        )
        .await
        .unwrap();
    assert_eq!(open.items.len(), 10);
    let detail = only_case(&store, open.items[0].case.id).await;
    assert_eq!(detail.timeline.len(), 1);
});

#[tokio::test]
async fn an_unreachable_database_is_reported_with_the_password_hidden() {
    let err = Store::connect("postgres://earshot:hunter2@127.0.0.1:1/earshot")
        .await
        .unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, StoreError::Unreachable { .. }), "{msg}");
    assert!(msg.contains("127.0.0.1:1"), "{msg}");
    assert!(!msg.contains("hunter2"), "{msg}");
    let err = Store::connect("sqlite:///nonexistent-dir/deeper/earshot.db")
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Unreachable { .. }), "{err}");
    let err = Store::connect("mysql://localhost/x").await.unwrap_err();
    assert!(matches!(err, StoreError::UnsupportedUrl(_)), "{err}");
}

/// A database left at the first migration (an older earshot) is brought
/// up to date on connect, keeping its data.
async fn migrates_an_older_schema(url: &str, dir: &str) {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(dir);
    let mut migrator = sqlx::migrate::Migrator::new(path).await.unwrap();
    assert!(migrator.migrations.len() >= 2);
    migrator.migrations = migrator.migrations[..1].to_vec().into();
    let open_url = if url.starts_with("sqlite") {
        format!("{url}?mode=rwc")
    } else {
        url.to_string()
    };
    let mut conn = sqlx::AnyConnection::connect(&open_url).await.unwrap();
    migrator.run(&mut conn).await.unwrap();
    sqlx::query("INSERT INTO contacts (display_name, created_at) VALUES ('Old Timer', 0)")
        .execute(&mut conn)
        .await
        .unwrap();
    let has_outbox = sqlx::query("SELECT 1 FROM outbox")
        .fetch_all(&mut conn)
        .await;
    assert!(has_outbox.is_err(), "the first migration has no outbox");
    conn.close().await.unwrap();

    let store = Store::connect(url).await.unwrap();
    let contacts = store.list_contacts(None, 10).await.unwrap();
    assert_eq!(contacts[0].display_name, "Old Timer");
    let user = store
        .create_user("ana", "h", Role::Agent, None)
        .await
        .unwrap();
    store.create_api_token(user.id, "abc", "t").await.unwrap();
    store.close().await;
}

#[tokio::test]
async fn an_older_sqlite_schema_is_migrated_on_connect() {
    let dir = tempfile::tempdir().unwrap();
    migrates_an_older_schema(&sqlite_url(&dir), "sqlite").await;
}

#[tokio::test]
async fn an_older_postgres_schema_is_migrated_on_connect() {
    let Some((admin, name, url)) = fresh_pg_database().await else {
        return;
    };
    migrates_an_older_schema(&url, "postgres").await;
    drop_pg_database(&admin, &name).await;
}
