//! The outbox API: a case's replies with their delivery state, and retrying
//! a failed reply (optionally edited), on SQLite and PostgreSQL.

mod support;

use serde_json::{json, Value};
use support::{backends, TestApp};

const OUTAGE: &str = r#"{"network":"x","id":"7001","text":"@NorthwindCares my internet is down again, modem lights all red since 6am","author":{"id":"501","handle":"dana","name":"Dana","followers":120},"created_at":"2026-11-20T08:00:00Z","mentions":["NorthwindCares"]}"#;

#[tokio::test]
async fn outbox_items_are_listed_and_failed_ones_retried() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (_, body) = app
            .post_raw("/api/v1/mentions", &app.agent_token, OUTAGE)
            .await;
        let case = body["case_ids"][0].as_i64().unwrap();
        let (status, queued) = app
            .post_json(
                &format!("/api/v1/cases/{case}/replies"),
                &app.agent_token,
                json!({"body": "Sorry Dana, engineers are on it; update by 3pm.", "channel": "public"}),
            )
            .await;
        assert_eq!(status, 202, "{queued}");
        let id: i64 = queued["id"].as_str().unwrap().parse().unwrap();

        let items: Value = app
            .get_json(&format!("/api/v1/cases/{case}/outbox"), &app.agent_token)
            .await;
        let items = items.as_array().unwrap();
        assert_eq!(items.len(), 1);
        assert_eq!(items[0]["id"], id);
        assert_eq!(items[0]["status"], "queued");
        assert_eq!(items[0]["in_reply_to"], "7001");

        // Only failed items can be retried.
        let (status, err) = app
            .post_raw(&format!("/api/v1/outbox/{id}/retry"), &app.agent_token, "")
            .await;
        assert_eq!(status, 409, "{err}");
        assert!(
            err["error"]["message"].as_str().unwrap().contains("queued"),
            "{err}"
        );

        // The network refused it.
        let claimed = app.store.claim_outbox_batch(10).await.unwrap();
        assert_eq!(claimed.len(), 1);
        app.store
            .fail_outbox(id, "403 Forbidden: the post was deleted")
            .await
            .unwrap();
        let case_view: Value = app
            .get_json(&format!("/api/v1/cases/{case}"), &app.agent_token)
            .await;
        let entry = case_view["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["kind"] == "outbound")
            .unwrap()
            .clone();
        assert_eq!(entry["data"]["status"], "failed");
        assert_eq!(
            entry["data"]["error"],
            "403 Forbidden: the post was deleted"
        );

        let (status, err) = app
            .post_json(
                &format!("/api/v1/outbox/{id}/retry"),
                &app.agent_token,
                json!({"body": "  "}),
            )
            .await;
        assert_eq!(status, 400, "{err}");
        assert_eq!(err["error"]["field"], "body");
        let (status, err) = app
            .post_json(
                &format!("/api/v1/outbox/{id}/retry"),
                &app.agent_token,
                json!({"text": "typo in the field"}),
            )
            .await;
        assert_eq!(status, 400, "{err}");

        let (status, retried) = app
            .post_json(
                &format!("/api/v1/outbox/{id}/retry"),
                &app.agent_token,
                json!({"body": "Sorry Dana, we've opened a ticket; update by 3pm."}),
            )
            .await;
        assert_eq!(status, 200, "{retried}");
        assert_eq!(retried["status"], "queued");
        assert_eq!(retried["attempts"], 0);
        assert_eq!(retried["error"], Value::Null);
        assert_eq!(
            retried["body"],
            "Sorry Dana, we've opened a ticket; update by 3pm."
        );
        let case_view: Value = app
            .get_json(&format!("/api/v1/cases/{case}"), &app.agent_token)
            .await;
        let entry = case_view["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["kind"] == "outbound")
            .unwrap()
            .clone();
        assert_eq!(
            entry["body"],
            "Sorry Dana, we've opened a ticket; update by 3pm."
        );
        assert_eq!(entry["data"]["status"], "queued");

        // A retry without a body keeps the text.
        app.store.claim_outbox_batch(10).await.unwrap();
        app.store.fail_outbox(id, "403 again").await.unwrap();
        let (status, retried) = app
            .post_raw(
                &format!("/api/v1/outbox/{id}/retry"),
                &app.agent_token,
                "{}",
            )
            .await;
        assert_eq!(status, 200, "{retried}");
        assert_eq!(
            retried["body"],
            "Sorry Dana, we've opened a ticket; update by 3pm."
        );

        let (status, _) = app
            .post_raw("/api/v1/outbox/424242/retry", &app.agent_token, "")
            .await;
        assert_eq!(status, 404);
        let r = app
            .client
            .get(app.url("/api/v1/cases/424242/outbox"))
            .bearer_auth(&app.agent_token)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 404);
        let r = app
            .client
            .post(app.url(&format!("/api/v1/outbox/{id}/retry")))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 401);
        app.finish().await;
    }
}

#[tokio::test]
async fn the_outbox_routes_are_documented() {
    let app = TestApp::spawn(backends().remove(0)).await;
    let doc: Value = app.get_json_anon("/api/v1/openapi.json").await;
    assert!(doc["paths"]["/api/v1/cases/{id}/outbox"]["get"].is_object());
    assert!(doc["paths"]["/api/v1/outbox/{id}/retry"]["post"].is_object());
    app.finish().await;
}
