//! Black-box API tests: the real server on a random port over a fresh
//! database (SQLite always; PostgreSQL too when EARSHOT_TEST_DATABASE_URL is
//! set), spoken to over HTTP as a client would.

mod support;

use serde_json::{json, Value};
use support::{backends, TestApp};

const OUTAGE: &str = r#"{"network":"x","id":"9001","text":"@NorthwindCares my internet is down again, modem lights all red since 6am","author":{"id":"501","handle":"dana","name":"Dana","followers":120},"created_at":"2026-11-20T08:00:00Z","mentions":["NorthwindCares"]}"#;

#[tokio::test]
async fn health_metrics_and_openapi_need_no_token() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let r = app.client.get(app.url("/healthz")).send().await.unwrap();
        assert_eq!(r.status(), 200);
        let r = app.client.get(app.url("/metrics")).send().await.unwrap();
        assert_eq!(r.status(), 200);
        let text = r.text().await.unwrap();
        assert!(text.contains("earshot_open_cases"), "{text}");
        assert!(
            text.contains("earshot_http_request_duration_seconds_bucket"),
            "{text}"
        );
        let doc: Value = app.get_json_anon("/api/v1/openapi.json").await;
        assert_eq!(doc["openapi"].as_str().map(|v| &v[..2]), Some("3."));
        app.finish().await;
    }
}

#[tokio::test]
async fn every_route_is_in_the_openapi_document_and_answers() {
    let app = TestApp::spawn(backends().remove(0)).await;
    let doc: Value = app.get_json_anon("/api/v1/openapi.json").await;
    let paths = doc["paths"].as_object().expect("paths");
    let expected = [
        ("get", "/api/v1/cases"),
        ("get", "/api/v1/cases/{id}"),
        ("patch", "/api/v1/cases/{id}"),
        ("post", "/api/v1/cases/{id}/notes"),
        ("post", "/api/v1/cases/{id}/replies"),
        ("post", "/api/v1/cases/{id}/move-to-private"),
        ("get", "/api/v1/contacts"),
        ("get", "/api/v1/contacts/{id}"),
        ("post", "/api/v1/contacts/{id}/merge"),
        ("post", "/api/v1/mentions"),
        ("get", "/api/v1/users"),
        ("post", "/api/v1/users"),
        ("patch", "/api/v1/users/{id}"),
        ("get", "/api/v1/tokens"),
        ("post", "/api/v1/tokens"),
        ("delete", "/api/v1/tokens/{id}"),
        ("get", "/api/v1/teams"),
        ("get", "/api/v1/me"),
        ("post", "/api/v1/coach"),
        ("get", "/healthz"),
        ("get", "/metrics"),
    ];
    for (method, path) in expected {
        assert!(
            paths.get(path).and_then(|p| p.get(method)).is_some(),
            "{method} {path} is missing from the OpenAPI document"
        );
    }
    // And the other way round: every documented operation is a live route
    // (an unknown route would answer 404 with no JSON error body).
    for (path, ops) in paths {
        for method in ops.as_object().unwrap().keys() {
            let url = app.url(&path.replace("{id}", "999999"));
            let req = app
                .client
                .request(method.to_uppercase().parse().unwrap(), url)
                .bearer_auth(&app.admin_token)
                .header("content-type", "application/json")
                .body("{}");
            let r = req.send().await.unwrap();
            assert_ne!(r.status(), 405, "{method} {path}");
            if r.status() == 404 {
                let body: Value = r.json().await.unwrap_or(Value::Null);
                assert_eq!(
                    body["error"]["code"], "not_found",
                    "{method} {path} is not routed"
                );
            }
        }
    }
    app.finish().await;
}

#[tokio::test]
async fn tokens_and_roles_are_enforced() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let r = app
            .client
            .get(app.url("/api/v1/cases"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 401);
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["error"]["code"], "unauthorized");
        let r = app
            .client
            .get(app.url("/api/v1/cases"))
            .bearer_auth("es_not_a_real_token")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 401);
        let r = app
            .client
            .get(app.url("/api/v1/users"))
            .bearer_auth(&app.agent_token)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403);
        let r = app
            .client
            .get(app.url("/api/v1/users"))
            .bearer_auth(&app.admin_token)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        // An admin creates a token; it works at once and is shown only in that answer.
        let created: Value = app
            .post_json(
                "/api/v1/tokens",
                &app.admin_token,
                json!({"user": "agent", "label": "script"}),
            )
            .await
            .1;
        let token = created["token"].as_str().unwrap().to_string();
        let me: Value = app.get_json("/api/v1/me", &token).await;
        assert_eq!(me["username"], "agent");
        let list: Value = app.get_json("/api/v1/tokens", &app.admin_token).await;
        assert!(
            !list.to_string().contains(&token),
            "token secret leaked in listing"
        );
        app.finish().await;
    }
}

#[tokio::test]
async fn a_webhook_mention_becomes_a_case_with_its_timeline() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (status, body) = app
            .post_raw("/api/v1/mentions", &app.agent_token, OUTAGE)
            .await;
        assert_eq!(status, 202, "{body}");
        assert_eq!(body["stored"], 1);
        let case_id = body["case_ids"][0].as_i64().expect("a case id");
        // The same mention again stores nothing new.
        let (_, again) = app
            .post_raw("/api/v1/mentions", &app.agent_token, OUTAGE)
            .await;
        assert_eq!(again["duplicates"], 1);
        assert_eq!(again["stored"], 0);

        let list: Value = app.get_json("/api/v1/cases", &app.agent_token).await;
        let items = list["items"].as_array().unwrap();
        assert_eq!(items.len(), 1);
        assert_eq!(items[0]["id"], case_id);
        assert!(list["next"].is_null());

        let case: Value = app
            .get_json(&format!("/api/v1/cases/{case_id}"), &app.agent_token)
            .await;
        let timeline = case["timeline"].as_array().unwrap();
        assert_eq!(timeline[0]["kind"], "inbound");
        assert_eq!(timeline[0]["network"], "x");
        assert_eq!(timeline[0]["external_id"], "9001");
        app.finish().await;
    }
}

#[tokio::test]
async fn bad_webhook_input_is_a_400_naming_the_field() {
    let app = TestApp::spawn(backends().remove(0)).await;
    let cases: Vec<(String, &str)> = vec![
        ("{not json".into(), ""),
        (r#"{"network":"myspace","id":"1","text":"hi","author":{"handle":"a"}}"#.into(), "network"),
        (r#"{"network":"x","id":"1","text":42,"author":{"handle":"a"}}"#.into(), "text"),
        (r#"{"network":"x","id":"1","text":"hi"}"#.into(), "author"),
        (format!(r#"{{"network":"x","id":"1","text":"{}","author":{{"handle":"a"}}}}"#, "a".repeat(1_000_000)), "text"),
        (r#"{"network":"x","id":"1","text":"nul\u0000byte","author":{"handle":"a"}}"#.into(), "text"),
        (r#"[{"network":"x","id":"1","text":"ok","author":{"handle":"a"}},{"network":"x","id":"2","author":{"handle":"a"}}]"#.into(), "[1]text"),
    ];
    for (body, field) in cases {
        let (status, json) = app
            .post_raw("/api/v1/mentions", &app.agent_token, &body)
            .await;
        assert_eq!(status, 400, "{json}");
        assert_eq!(json["error"]["code"], "bad_request");
        if !field.is_empty() {
            assert_eq!(json["error"]["field"], field, "{json}");
        }
    }
    // Invalid UTF-8.
    let r = app
        .client
        .post(app.url("/api/v1/mentions"))
        .bearer_auth(&app.agent_token)
        .body(vec![b'{', 0xff, 0xfe, b'}'])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    // Nothing from the refused batch was stored.
    let list: Value = app.get_json("/api/v1/cases", &app.agent_token).await;
    assert_eq!(list["items"].as_array().unwrap().len(), 0);
    app.finish().await;
}

#[tokio::test]
async fn patch_notes_replies_and_stale_versions() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (_, body) = app
            .post_raw("/api/v1/mentions", &app.agent_token, OUTAGE)
            .await;
        let id = body["case_ids"][0].as_i64().unwrap();
        let case: Value = app
            .get_json(&format!("/api/v1/cases/{id}"), &app.agent_token)
            .await;
        let version = case["case"]["version"].as_i64().unwrap();

        // An agent takes the case.
        let (status, patched) = app
            .patch_json(
                &format!("/api/v1/cases/{id}"),
                &app.agent_token,
                json!({"assignee": "agent", "status": "pending", "version": version}),
            )
            .await;
        assert_eq!(status, 200, "{patched}");
        assert_eq!(patched["status"], "pending");
        // The same stale version again is refused, not silently applied.
        let (status, _) = app
            .patch_json(
                &format!("/api/v1/cases/{id}"),
                &app.agent_token,
                json!({"status": "resolved", "version": version}),
            )
            .await;
        assert_eq!(status, 409);
        // An agent may not move a case to another team.
        let (status, _) = app
            .patch_json(
                &format!("/api/v1/cases/{id}"),
                &app.agent_token,
                json!({"team": "billing"}),
            )
            .await;
        assert_eq!(status, 403);
        let (status, bad) = app
            .patch_json(
                &format!("/api/v1/cases/{id}"),
                &app.agent_token,
                json!({"priority": "whenever"}),
            )
            .await;
        assert_eq!(status, 400);
        assert_eq!(bad["error"]["field"], "priority");

        let (status, _) = app
            .post_json(
                &format!("/api/v1/cases/{id}/notes"),
                &app.agent_token,
                json!({"body": "Checked the Millbrook fault board"}),
            )
            .await;
        assert_eq!(status, 201);

        // A reply with an idempotency key, twice: one reply.
        let send = |key: &'static str| {
            app.client
                .post(app.url(&format!("/api/v1/cases/{id}/replies")))
                .bearer_auth(&app.agent_token)
                .header("Idempotency-Key", key)
                .json(&json!({"body": "Sorry Dana, that's a long outage. Engineers are on it; update by 3pm.", "channel": "public"}))
                .send()
        };
        let first = send("k-1").await.unwrap();
        assert_eq!(first.status(), 202);
        let first: Value = first.json().await.unwrap();
        assert_eq!(first["status"], "queued");
        let second: Value = send("k-1").await.unwrap().json().await.unwrap();
        assert_eq!(first["id"], second["id"]);

        let case: Value = app
            .get_json(&format!("/api/v1/cases/{id}"), &app.agent_token)
            .await;
        let kinds: Vec<&str> = case["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["kind"].as_str().unwrap())
            .collect();
        assert_eq!(
            kinds.iter().filter(|k| **k == "outbound").count(),
            1,
            "{kinds:?}"
        );
        assert!(kinds.contains(&"note"), "{kinds:?}");
        assert!(kinds.contains(&"assignment"), "{kinds:?}");
        assert!(kinds.contains(&"status_change"), "{kinds:?}");
        app.finish().await;
    }
}

#[tokio::test]
async fn listing_pages_with_a_cursor_and_filters() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let mut batch = Vec::new();
        for i in 0..25 {
            batch.push(json!({"network": "x", "id": format!("{}", 5000 + i),
                "text": format!("@NorthwindCares internet down again on street {i}, modem offline"),
                "author": {"id": format!("{}", 100 + i), "handle": format!("customer{i}")},
                "mentions": ["NorthwindCares"]}));
        }
        let (status, _) = app
            .post_json("/api/v1/mentions", &app.agent_token, Value::Array(batch))
            .await;
        assert_eq!(status, 202);
        let mut seen = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let path = match &cursor {
                Some(c) => format!("/api/v1/cases?limit=10&cursor={c}"),
                None => "/api/v1/cases?limit=10".to_string(),
            };
            let page: Value = app.get_json(&path, &app.agent_token).await;
            for item in page["items"].as_array().unwrap() {
                seen.push(item["id"].as_i64().unwrap());
            }
            match page["next"].as_str() {
                Some(c) => cursor = Some(c.to_string()),
                None => break,
            }
        }
        let mut unique = seen.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), 25);
        assert_eq!(seen.len(), 25);

        for (query, field) in [
            ("status=sleeping", "status"),
            ("limit=0", "limit"),
            ("cursor=%%%", ""),
            ("colour=red", "colour"),
        ] {
            let r = app
                .client
                .get(app.url(&format!("/api/v1/cases?{query}")))
                .bearer_auth(&app.agent_token)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 400, "{query}");
            let body: Value = r.json().await.unwrap();
            if !field.is_empty() {
                assert_eq!(body["error"]["field"], field, "{query}: {body}");
            }
        }
        let page: Value = app
            .get_json("/api/v1/cases?assignee=none&status=open", &app.agent_token)
            .await;
        assert_eq!(
            page["items"].as_array().unwrap().len().min(25),
            page["items"].as_array().unwrap().len()
        );
        app.finish().await;
    }
}

#[tokio::test]
async fn the_coach_counts_by_network_rules_and_names_findings() {
    let app = TestApp::spawn(backends().remove(0)).await;
    let (status, report) = app
        .post_json(
            "/api/v1/coach",
            &app.agent_token,
            json!({"network": "x", "visibility": "public", "text": "Please call 0800 123 4567."}),
        )
        .await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(report["limit"], 280);
    let codes: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"deflection_only"), "{report}");

    // A URL counts 23 on X whatever its length.
    let url = format!("https://example.com/{}", "a".repeat(100));
    let (_, report) = app
        .post_json(
            "/api/v1/coach",
            &app.agent_token,
            json!({"network": "x", "visibility": "public", "text": url}),
        )
        .await;
    assert_eq!(report["length"], 23);
    let (_, report) = app
        .post_json(
            "/api/v1/coach",
            &app.agent_token,
            json!({"network": "email", "visibility": "private", "text": "Hello"}),
        )
        .await;
    assert!(report["limit"].is_null());

    let (status, bad) = app
        .post_json(
            "/api/v1/coach",
            &app.agent_token,
            json!({"network": "fax", "visibility": "public", "text": "x"}),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(bad["error"]["field"], "network");
    let (status, _) = app
        .post_json(
            "/api/v1/coach",
            &app.agent_token,
            json!({"network": "x", "visibility": "public", "text": "x", "case_id": 424242}),
        )
        .await;
    assert_eq!(status, 404);
    app.finish().await;
}

#[tokio::test]
async fn moving_to_private_queues_a_public_pointer_and_a_private_message_once() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (_, body) = app
            .post_raw("/api/v1/mentions", &app.agent_token, OUTAGE)
            .await;
        let id = body["case_ids"][0].as_i64().unwrap();
        let path = format!("/api/v1/cases/{id}/move-to-private");

        // The public half may not ask for private details.
        let (status, bad) = app
            .post_json(
                &path,
                &app.agent_token,
                json!({"public": "Sorry Dana! What's your account number?", "private": "Hi Dana"}),
            )
            .await;
        assert_eq!(status, 400, "{bad}");
        assert_eq!(bad["error"]["field"], "public");

        let send = || {
            app.client
                .post(app.url(&path))
                .bearer_auth(&app.agent_token)
                .header("Idempotency-Key", "move-1")
                .json(&json!({
                    "public": "Sorry the internet's down, Dana. We've sent you a DM so we can check your line; we'll reply there within the hour.",
                    "private": "Hi Dana, could you send the account holder's name and postcode so we can run a line test?"
                }))
                .send()
        };
        let first = send().await.unwrap();
        assert_eq!(first.status(), 202);
        let first: Value = first.json().await.unwrap();
        let again: Value = send().await.unwrap().json().await.unwrap();
        assert_eq!(first, again, "a repeated request queues nothing new");
        assert_ne!(first["public"]["id"], first["private"]["id"]);

        let case: Value = app
            .get_json(&format!("/api/v1/cases/{id}"), &app.agent_token)
            .await;
        let outbound: Vec<&Value> = case["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["kind"] == "outbound")
            .collect();
        assert_eq!(outbound.len(), 2, "{outbound:?}");
        app.finish().await;
    }
}

#[tokio::test]
async fn skills_and_availability_are_set_through_the_api() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let me: Value = app.get_json("/api/v1/me", &app.agent_token).await;
        assert_eq!(me["available"], true);
        assert_eq!(me["skills"], json!([]));
        let path = format!("/api/v1/users/{}", me["id"]);
        // An agent may go away, but not pick their own skills.
        let (status, body) = app
            .patch_json(&path, &app.agent_token, json!({"available": false}))
            .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["available"], false);
        let (status, _) = app
            .patch_json(&path, &app.agent_token, json!({"skills": ["billing"]}))
            .await;
        assert_eq!(status, 403);
        // An admin sets skills; only the plan's topic ids.
        let (status, body) = app
            .patch_json(
                &path,
                &app.admin_token,
                json!({"skills": ["billing", "outage"]}),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["skills"], json!(["billing", "outage"]));
        let (status, body) = app
            .patch_json(&path, &app.admin_token, json!({"skills": ["golf"]}))
            .await;
        assert_eq!(status, 400, "{body}");
        assert!(body.to_string().contains("skills"), "{body}");
        let (status, _) = app
            .patch_json(
                "/api/v1/users/999999",
                &app.admin_token,
                json!({"available": true}),
            )
            .await;
        assert_eq!(status, 404);
        let (status, _) = app
            .patch_json(&path, &app.admin_token, json!({"colour": "red"}))
            .await;
        assert_eq!(status, 400, "unknown fields are named, not ignored");
        app.finish().await;
    }
}
