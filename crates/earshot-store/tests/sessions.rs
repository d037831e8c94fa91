//! Web sessions, login throttling, raw payloads and connector cursors, on SQLite
//! and PostgreSQL.

mod common;

use chrono::{Duration, Utc};
use common::*;
use earshot_core::Action;
use earshot_store::*;

async fn user(store: &Store, name: &str) -> User {
    store
        .create_user(name, "$argon2id$not-a-real-hash", Role::Agent, None)
        .await
        .unwrap()
}

store_test!(
    a_session_finds_its_user_until_it_expires_or_is_deleted,
    |store: Store| async move {
        let dana = user(&store, "dana").await;
        let ttl = Duration::hours(12);
        let created = store
            .create_web_session(dana.id, "hash-1", "csrf-1", Utc::now() + ttl, Some("test"))
            .await
            .unwrap();
        assert_eq!(created.csrf_token, "csrf-1");

        let (session, who) = store.web_session("hash-1", ttl).await.unwrap().unwrap();
        assert_eq!(who.username, "dana");
        assert_eq!(session.user_id, dana.id);
        assert_eq!(session.csrf_token, "csrf-1");
        assert!(store.web_session("hash-2", ttl).await.unwrap().is_none());

        // Already expired: not found, and purged.
        store
            .create_web_session(dana.id, "old", "csrf-old", Utc::now() - ttl, None)
            .await
            .unwrap();
        assert!(store.web_session("old", ttl).await.unwrap().is_none());
        assert_eq!(
            store.purge_web_sessions(Duration::hours(1)).await.unwrap(),
            1
        );

        assert!(store.web_session_alive("hash-1").await.unwrap());
        assert!(!store.web_session_alive("old").await.unwrap());
        store.delete_web_session("hash-1").await.unwrap();
        assert!(store.web_session("hash-1", ttl).await.unwrap().is_none());
        assert!(!store.web_session_alive("hash-1").await.unwrap());
        // Deleting twice is fine.
        store.delete_web_session("hash-1").await.unwrap();
    }
);

store_test!(
    failed_logins_are_counted_per_key_and_cleared,
    |store: Store| async move {
        let since = Utc::now() - Duration::minutes(5);
        assert_eq!(store.record_login_failure("k1", since).await.unwrap(), 1);
        assert_eq!(store.record_login_failure("k1", since).await.unwrap(), 2);
        assert_eq!(store.record_login_failure("k2", since).await.unwrap(), 1);
        let (n, oldest) = store.login_failures_since("k1", since).await.unwrap();
        assert_eq!(n, 2);
        assert!(oldest.is_some());
        // Only the window counts.
        let (n, _) = store
            .login_failures_since("k1", Utc::now() + Duration::seconds(5))
            .await
            .unwrap();
        assert_eq!(n, 0);
        store.clear_login_failures("k1").await.unwrap();
        assert_eq!(store.login_failures_since("k1", since).await.unwrap().0, 0);
        assert_eq!(store.login_failures_since("k2", since).await.unwrap().0, 1);
    }
);

store_test!(
    raw_payloads_are_returned_for_the_mentions_asked,
    |store: Store| async move {
        let out = store
            .ingest_batch(
                vec![inbound(
                    post("71", "dana", "@brand down again", "71", at_min(0)),
                    Action::RespondPublic,
                )],
                IngestPolicy::default(),
            )
            .await
            .unwrap();
        let case = store.get_case(out.case_ids[0]).await.unwrap().unwrap();
        let mention_id = case.timeline[0]
            .mention_id
            .expect("inbound entry has its mention");
        let raws = store
            .mention_payloads(&[mention_id, 999_999])
            .await
            .unwrap();
        assert_eq!(raws, vec![(mention_id, "{\"id\":\"71\"}".to_string())]);
        assert!(store.mention_payloads(&[]).await.unwrap().is_empty());
    }
);

store_test!(
    the_opening_triage_of_each_case_is_its_first_inbound_post,
    |store: Store| async move {
        let out = store
            .ingest_batch(
                vec![
                    inbound(
                        post("81", "dana", "@brand down again", "81", at_min(0)),
                        Action::RespondPublic,
                    ),
                    inbound(
                        post("82", "dana", "@brand still down", "81", at_min(1)),
                        Action::RespondPublic,
                    ),
                    inbound(
                        post("83", "lee", "@brand bill wrong", "83", at_min(2)),
                        Action::RespondPublic,
                    ),
                ],
                IngestPolicy::default(),
            )
            .await
            .unwrap();
        assert_eq!(out.case_ids.len(), 2);
        let mut ids = out.case_ids.clone();
        ids.push(999_999);
        let triage = store.opening_triage(&ids).await.unwrap();
        assert_eq!(triage.len(), 2);
        assert_eq!(triage[0].0, out.case_ids[0]);
        assert_eq!(triage[0].1["action"], "respond_public");
        assert!(triage[0].1["reasons"].is_array());
    }
);

store_test!(
    connector_cursors_are_saved_per_connector_and_overwritten,
    |store: Store| async move {
        assert_eq!(store.connector_cursor("x.mentions").await.unwrap(), None);
        store
            .set_connector_cursor("x.mentions", "100")
            .await
            .unwrap();
        store
            .set_connector_cursor("bluesky.jetstream", "1725911162329308")
            .await
            .unwrap();
        store
            .set_connector_cursor("x.mentions", "250")
            .await
            .unwrap();
        assert_eq!(
            store
                .connector_cursor("x.mentions")
                .await
                .unwrap()
                .as_deref(),
            Some("250")
        );
        assert_eq!(
            store
                .connector_cursor("bluesky.jetstream")
                .await
                .unwrap()
                .as_deref(),
            Some("1725911162329308")
        );
    }
);
