//! The web desk over HTTP, as a browser would use it (without running
//! one): sessions, CSRF, throttling, roles, stale versions, escaping, the
//! coach and collision rules, and the live event stream.

mod desk;

use desk::*;
use serde_json::json;
use std::time::Duration;

/// Text as the templates escape it.
fn html_escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
        .replace('/', "&#x2f;")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_need_a_session_and_login_sets_a_safe_cookie() {
    let desk = Desk::spawn().await;
    let mut a = Agent::new(&desk);

    let res = a.get("/cases/1?x=1").await;
    assert_eq!(res.status, 303);
    assert_eq!(res.location(), "/login?next=/cases/1%3Fx%3D1");
    // The desk's JS gets a 401 it can explain, not a login page.
    let res = a.post_json("/coach", json!({}), Some("x")).await;
    assert_eq!(res.status, 401);
    assert_eq!(res.json()["code"], "session_expired");

    let page = a.get("/login").await;
    assert!(page.body.contains("name=\"username\""));
    assert!(page.body.contains("name=\"password\""));
    let csp = page.headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("script-src 'self'"), "{csp}");
    assert_eq!(page.headers["cache-control"], "no-store");
    let js = a.get("/assets/desk.js").await;
    assert_eq!(js.status, 200);
    assert_eq!(
        js.headers["cache-control"], "no-cache",
        "assets revalidate by ETag"
    );

    // A login form without its token (expired, or posted from elsewhere).
    let mut stranger = Agent::new(&desk);
    let res = stranger
        .post_form(
            "/login",
            &[
                ("username", AGENT.0),
                ("password", AGENT.1),
                ("csrf", "forged"),
            ],
        )
        .await;
    assert_eq!(res.status, 403);
    assert!(res.body.contains("expired"), "{}", res.body);
    assert!(!stranger.cookies.contains_key("earshot_session"));

    let token = csrf_in(&page.body).unwrap();
    let res = a
        .post_form(
            "/login",
            &[
                ("username", AGENT.0),
                ("password", AGENT.1),
                ("csrf", &token),
                ("next", "/cases/1"),
            ],
        )
        .await;
    assert_eq!(res.status, 303);
    assert_eq!(res.location(), "/cases/1");
    let cookie = res
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("earshot_session="))
        .expect("session cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let id = cookie["earshot_session=".len()..]
        .split(';')
        .next()
        .unwrap();
    assert_eq!(id.len(), 64, "32 random bytes in hex");

    let inbox = a.get("/").await;
    assert_eq!(inbox.status, 200);
    assert!(inbox
        .body
        .contains(&format!("data-case-id=\"{}\"", desk.plain_case)));
    assert!(
        inbox.body.contains("data-username>dana<"),
        "user menu shows the user"
    );
    assert!(inbox.body.contains("data-role>agent<"), "and the role");

    // Logging out needs the token too, then the session is gone.
    let res = a.post_form("/logout", &[("csrf", "wrong")]).await;
    assert_eq!(res.status, 403);
    let csrf = a.csrf.clone().unwrap();
    let res = a.post_form("/logout", &[("csrf", &csrf)]).await;
    assert_eq!(res.status, 303);
    assert_eq!(a.get("/").await.status, 303);
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeated_failed_logins_are_throttled_with_a_clear_page() {
    let desk = Desk::spawn().await;
    let mut a = Agent::new(&desk);
    for i in 0..5 {
        let page = a.get("/login").await;
        let token = csrf_in(&page.body).unwrap();
        let res = a
            .post_form(
                "/login",
                &[("username", "dana"), ("password", "nope"), ("csrf", &token)],
            )
            .await;
        assert_eq!(res.status, 401, "failure {i}");
        assert!(res.body.contains("Wrong username or password"));
    }
    let page = a.get("/login").await;
    let token = csrf_in(&page.body).unwrap();
    // Even the right password waits now.
    let res = a
        .post_form(
            "/login",
            &[
                ("username", AGENT.0),
                ("password", AGENT.1),
                ("csrf", &token),
            ],
        )
        .await;
    assert_eq!(res.status, 429);
    assert!(
        res.body.contains("Too many failed sign-ins"),
        "{}",
        res.body
    );
    assert!(res.headers.contains_key("retry-after"));
    // Another user is not affected.
    let mut b = Agent::new(&desk);
    b.login(AGENT2).await;
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn untrusted_text_is_escaped_in_the_inbox_and_the_case() {
    let desk = Desk::spawn().await;
    let mut a = Agent::new(&desk);
    a.login(AGENT).await;
    for path in ["/".to_string(), format!("/cases/{}", desk.xss_case)] {
        let page = a.get(&path).await;
        assert_eq!(page.status, 200, "{path}");
        assert!(
            page.body.contains("&lt;img src=x onerror=alert(1)&gt;"),
            "{path} shows the post as text"
        );
        assert!(!page.body.contains("<img src=x"), "{path}");
        assert!(!page.body.contains("<b onmouseover"), "{path}");
        assert!(!page.body.contains("<script>alert(3)"), "{path}");
    }
    // Cases that do not exist, or are not even numbers, are plain 404 pages.
    for path in ["/cases/999999", "/cases/abc", "/cases/-1"] {
        let page = a.get(path).await;
        assert_eq!(page.status, 404, "{path}");
        assert!(page.body.contains("Not found"), "{path}: {}", page.body);
    }
    let res = a
        .post_json("/cases/abc/assign", json!({"to": "me", "version": 1}), None)
        .await;
    assert_eq!(res.status, 404);
    assert_eq!(res.json()["code"], "not_found");
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn case_changes_need_the_token_the_role_and_the_current_version() {
    let desk = Desk::spawn().await;
    let id = desk.plain_case;
    let mut dana = Agent::new(&desk);
    dana.login(AGENT).await;
    let page = dana.get(&format!("/cases/{id}")).await;
    assert!(page.body.contains("name=\"body\""), "the reply box");
    let version = desk.store.get_case(id).await.unwrap().unwrap().case.version;

    let res = dana
        .post_json(
            &format!("/cases/{id}/assign"),
            json!({"to": "me", "version": version}),
            Some(""),
        )
        .await;
    assert_eq!(res.status, 403, "no CSRF token");
    assert_eq!(res.json()["code"], "stale_form");
    let res = dana
        .post_json(
            &format!("/cases/{id}/assign"),
            json!({"to": "me", "version": version}),
            Some("not-the-token"),
        )
        .await;
    assert_eq!(res.status, 403);

    let res = dana
        .post_json(
            &format!("/cases/{id}/assign"),
            json!({"to": "me", "version": version}),
            None,
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.body);
    let now = res.json()["version"].as_i64().unwrap();
    // The page still holds the old version: refused, clearly.
    let res = dana
        .post_json(
            &format!("/cases/{id}/status"),
            json!({"status": "resolved", "version": version}),
            None,
        )
        .await;
    assert_eq!(res.status, 409);
    assert_eq!(res.json()["code"], "stale_case");
    assert!(res.json()["message"].as_str().unwrap().contains("reload"));

    // Another agent cannot take it from dana, nor hand it to someone.
    let mut sam = Agent::new(&desk);
    sam.login(AGENT2).await;
    let res = sam
        .post_json(
            &format!("/cases/{id}/assign"),
            json!({"to": "me", "version": now}),
            None,
        )
        .await;
    assert_eq!(res.status, 403);
    assert!(res.json()["message"]
        .as_str()
        .unwrap()
        .contains("team lead"));
    let res = sam
        .post_json(
            &format!("/cases/{id}/assign"),
            json!({"to": "none", "version": now}),
            None,
        )
        .await;
    assert_eq!(res.status, 403);
    // A lead can.
    let mut lena = Agent::new(&desk);
    lena.login(LEAD).await;
    let sam_id = desk.user_ids["sam"];
    let res = lena
        .post_json(
            &format!("/cases/{id}/assign"),
            json!({"to": sam_id, "version": now}),
            None,
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.body);
    let case = desk.store.get_case(id).await.unwrap().unwrap();
    assert_eq!(case.case.assignee_user_id, Some(sam_id));
    let page = lena.get(&format!("/cases/{id}")).await;
    assert!(
        page.body.contains("lena assigned the case to sam"),
        "timeline says who did what"
    );
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replies_pass_the_coach_and_the_collision_checks() {
    let desk = Desk::spawn().await;
    let id = desk.plain_case;
    let mut dana = Agent::new(&desk);
    dana.login(AGENT).await;
    let _ = dana.get(&format!("/cases/{id}")).await;

    let res = dana
        .post_json(
            "/coach",
            json!({"case_id": id, "channel": "public", "text": "Please call 0800 123 4567."}),
            None,
        )
        .await;
    assert_eq!(res.status, 200);
    let report = res.json();
    assert!(report["limit"].as_u64().is_some());
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "deflection_only"),
        "{report}"
    );

    let url = format!("/cases/{id}/reply");
    let res = dana
        .post_json(
            &url,
            json!({"body": "Please call 0800 123 4567.", "channel": "public", "key": "k1"}),
            None,
        )
        .await;
    assert_eq!(res.status, 409);
    assert_eq!(res.json()["code"], "coach_errors");
    let good = "Sorry the broadband dropped out, Holly. Is the light on the hub red or off? \
                We're checking the line in Millbrook now and will reply here within 30 minutes.";
    let res = dana
        .post_json(
            &url,
            json!({"body": good, "channel": "public", "key": "k2"}),
            None,
        )
        .await;
    assert_eq!(res.status, 202, "{}", res.body);
    assert_eq!(res.json()["status"], "queued");
    // The same draft key again: recorded once.
    let again = dana
        .post_json(
            &url,
            json!({"body": good, "channel": "public", "key": "k2"}),
            None,
        )
        .await;
    assert_eq!(again.json()["id"], res.json()["id"]);
    assert_eq!(desk.store.list_outbox(id).await.unwrap().len(), 1);

    // A second agent within the minute must confirm.
    let mut sam = Agent::new(&desk);
    sam.login(AGENT2).await;
    let _ = sam.get(&format!("/cases/{id}")).await;
    let other = "Holly, we can see an outage at the Millbrook cabinet; engineers are on site and \
                 expect it back by 9am. We'll update you here.";
    let res = sam
        .post_json(
            &url,
            json!({"body": other, "channel": "public", "key": "s1"}),
            None,
        )
        .await;
    assert_eq!(res.status, 409, "{}", res.body);
    assert_eq!(res.json()["code"], "collision");
    assert!(res.json()["message"]
        .as_str()
        .unwrap()
        .contains("dana replied to this customer"));

    // While dana types, sam is warned too.
    let csrf = dana.csrf.clone().unwrap();
    let res = dana
        .post_form(
            &format!("/cases/{id}/presence"),
            &[("state", "typing"), ("csrf", &csrf)],
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.body);
    let res = sam
        .post_json(
            &url,
            json!({"body": other, "channel": "public", "key": "s1"}),
            None,
        )
        .await;
    assert!(
        res.json()["message"]
            .as_str()
            .unwrap()
            .contains("dana is typing"),
        "{}",
        res.body
    );
    let res = sam
        .post_json(
            &url,
            json!({"body": other, "channel": "public", "key": "s1", "confirm": true}),
            None,
        )
        .await;
    assert_eq!(res.status, 202, "{}", res.body);

    // Notes skip the coach and the collision checks.
    let res = sam
        .post_json(
            &url,
            json!({"body": "Called the NOC, cabinet 14.", "channel": "note"}),
            None,
        )
        .await;
    assert_eq!(res.status, 201, "{}", res.body);
    let page = sam.get(&format!("/cases/{id}")).await;
    assert!(page.body.contains("Called the NOC, cabinet 14."));
    assert!(page.body.contains("queued"));
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_event_stream_announces_new_cases_from_the_webhook() {
    let desk = Desk::spawn().await;
    let mut dana = Agent::new(&desk);
    dana.login(AGENT).await;
    let mut events = EventStream::open(&desk, &dana).await;
    let res = reqwest::Client::new()
        .post(desk.url("/api/v1/mentions"))
        .bearer_auth(&desk.token)
        .json(&json!({
            "network": "x",
            "id": "1900000000000000077",
            "text": "@NorthwindCares my internet is down again and the modem is blinking red",
            "author": {"id": "555", "handle": "newcustomer", "name": "New Customer"}
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 202);
    let accepted: serde_json::Value = res.json().await.unwrap();
    let case_id = accepted["case_ids"][0].as_i64().expect("a case opened");
    events.read_until("event: cases").await;
    assert!(
        events.seen.contains(&format!("\"ids\":[{case_id}]")),
        "{}",
        events.seen
    );
    drop(events);
    desk.stop().await;
}

/// An agent's `GET /events` stream, read as text.
struct EventStream {
    res: reqwest::Response,
    seen: String,
}

impl EventStream {
    /// Subscribe as `agent`; returns once the stream said hello.
    async fn open(desk: &Desk, agent: &Agent) -> EventStream {
        let cookie = format!("earshot_session={}", agent.cookies["earshot_session"]);
        let res = reqwest::Client::new()
            .get(desk.url("/events"))
            .header("cookie", cookie)
            .header("accept", "text/event-stream")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let mut s = EventStream {
            res,
            seen: String::new(),
        };
        s.read_until("event: hello").await;
        s
    }

    /// Read until `needle` has arrived (5 s at most).
    async fn read_until(&mut self, needle: &str) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
        while !self.seen.contains(needle) {
            let chunk = tokio::time::timeout_at(deadline, self.res.chunk())
                .await
                .unwrap_or_else(|_| panic!("'{needle}' in time; got {}", self.seen))
                .unwrap()
                .expect("stream open");
            self.seen.push_str(&String::from_utf8_lossy(&chunk));
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_notice_reaches_only_the_agent_it_is_for() {
    let desk = Desk::spawn().await;
    let (mut dana, mut sam) = (Agent::new(&desk), Agent::new(&desk));
    dana.login(AGENT).await;
    sam.login(AGENT2).await;
    let mut dana_events = EventStream::open(&desk, &dana).await;
    let mut sam_events = EventStream::open(&desk, &sam).await;
    desk.events.notice(
        desk.user_ids["dana"],
        desk.plain_case,
        "Case 2 was escalated to you: its first-response deadline passed with no reply.",
    );
    // A change everyone hears, after the notice.
    desk.events.case_changed(424_242, None);
    dana_events.read_until("424242").await;
    sam_events.read_until("424242").await;
    assert!(
        dana_events.seen.contains("event: notice") && dana_events.seen.contains("escalated to you"),
        "{}",
        dana_events.seen
    );
    assert!(
        !sam_events.seen.contains("event: notice"),
        "{}",
        sam_events.seen
    );
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_case_view_shows_the_conversation_a_post_belongs_to() {
    let desk = Desk::spawn().await;
    // A customer venting to a friend, in the friend's thread (lesson 2):
    // X delivers the post replied to in `includes.tweets`.
    let message = json!({
        "data": {
            "id": "1966000000000000002",
            "text": "@kit_m same, Northwind internet has been down all evening, modem just blinks",
            "author_id": "3001",
            "conversation_id": "1966000000000000001",
            "created_at": "2026-11-20T19:02:00.000Z",
            "in_reply_to_user_id": "3002",
            "entities": {"mentions": [{"start": 0, "end": 6, "username": "kit_m", "id": "3002"}]},
            "referenced_tweets": [{"type": "replied_to", "id": "1966000000000000001"}]
        },
        "includes": {
            "users": [
                {"id": "3001", "name": "Ada <i>Lovelace</i>", "username": "ada_l", "description": "bio"},
                {"id": "3002", "name": "Kit M", "username": "kit_m"}
            ],
            "tweets": [{
                "id": "1966000000000000001",
                "text": "anyone else's wifi awful tonight? <script>alert(9)</script>",
                "author_id": "3002",
                "conversation_id": "1966000000000000001"
            }]
        },
        "matching_rules": [{"id": "1", "tag": "brand"}]
    });
    let res = reqwest::Client::new()
        .post(desk.url("/api/v1/mentions"))
        .bearer_auth(&desk.token)
        .json(&message)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 202);
    let accepted: serde_json::Value = res.json().await.unwrap();
    let id = accepted["case_ids"][0]
        .as_i64()
        .expect("a (monitored) case opened");

    let mut dana = Agent::new(&desk);
    dana.login(AGENT).await;
    let page = dana.get(&format!("/cases/{id}")).await;
    assert_eq!(page.status, 200);
    let shown = |text: &str| page.body.contains(&html_escaped(text));
    assert!(
        shown("anyone else's wifi awful tonight? <script>alert(9)</script>"),
        "the parent post, escaped: {}",
        page.body
    );
    assert!(page.body.contains("replies to"));
    assert!(shown("https://x.com/kit_m/status/1966000000000000001"));
    assert!(page.body.contains("Someone else's conversation"));
    // The coach warns against answering it in public.
    let res = dana
        .post_json(
            "/coach",
            json!({"case_id": id, "channel": "public", "text": "Sorry to hear that! Is the modem light red or off?"}),
            None,
        )
        .await;
    let report = res.json();
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "not_a_customer"),
        "{report}"
    );
    // Monitored cases have their own view.
    let monitored = dana.get("/?view=monitored").await;
    assert!(monitored.body.contains(&format!("data-case-id=\"{id}\"")));
    let open = dana.get("/").await;
    assert!(!open.body.contains(&format!("data-case-id=\"{id}\"")));
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_inbox_has_views_filters_search_and_keyset_pages() {
    use earshot_core::{Action, Priority};
    use earshot_store::{Direction, IngestPolicy, Triaged};
    let desk = Desk::spawn().await;
    // 60 more open cases, one of them two hours old with a 15-minute
    // deadline (breached).
    let mut batch = Vec::new();
    for i in 0..60 {
        let mut m = post(
            &format!("19770000000000{i:05}"),
            &format!("cust{i}"),
            &format!("Customer {i}"),
            None,
            &format!("@NorthwindCares router number {i} keeps rebooting"),
        );
        if i == 7 {
            m.created_at = Some(chrono::Utc::now() - chrono::Duration::hours(2));
            m.text = "@NorthwindCares no dial tone since this morning".into();
        }
        batch.push(Triaged {
            mention: m,
            decision: decision(Action::RespondPublic, Priority::Normal, 900),
            direction: Direction::Inbound,
        });
    }
    let out = desk
        .store
        .ingest_batch(batch, IngestPolicy::default())
        .await
        .unwrap();
    assert_eq!(out.case_ids.len(), 60);

    let mut dana = Agent::new(&desk);
    dana.login(AGENT).await;
    let ids_in = |body: &str| -> Vec<i64> {
        body.split("data-case-id=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next()?.parse().ok())
            .collect()
    };

    // Keyset pages: 50, then the rest, no case twice, deadline order.
    let first = dana.get("/").await;
    let page1 = ids_in(&first.body);
    assert_eq!(page1.len(), 50);
    let marker = "rel=\"next\"";
    assert!(first.body.contains(marker), "a next page link");
    let href = first.body[..first.body.find(marker).unwrap()]
        .rsplit("href=\"")
        .next()
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .replace("&amp;", "&")
        .replace("&#x2f;", "/");
    let second = dana.get(&href).await;
    let page2 = ids_in(&second.body);
    assert_eq!(page1.len() + page2.len(), 62, "{href}");
    assert!(page2.iter().all(|id| !page1.contains(id)));
    assert!(!second.body.contains(marker), "the last page");
    assert!(second.body.contains("First page"));
    // The breached case leads (its deadline is the earliest).
    let breached_id = out.case_ids[7];
    assert_eq!(page1[0], breached_id);

    let breached = dana.get("/?view=breached").await;
    assert_eq!(ids_in(&breached.body), vec![breached_id]);
    assert!(breached.body.contains("class=\"row-prio-normal breached\""));

    let search = dana.get("/?q=dial%20tone").await;
    assert_eq!(ids_in(&search.body), vec![breached_id]);
    let high = dana.get("/?priority=high").await;
    assert_eq!(ids_in(&high.body), vec![desk.xss_case]);
    let bad = dana.get("/?priority=extreme").await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("priority"), "names the bad filter");

    // Mine: empty until dana takes one; unassigned loses it.
    assert!(ids_in(&dana.get("/?view=mine").await.body).is_empty());
    let v = desk
        .store
        .get_case(desk.plain_case)
        .await
        .unwrap()
        .unwrap()
        .case
        .version;
    let res = dana
        .post_json(
            &format!("/cases/{}/assign", desk.plain_case),
            json!({"to": "me", "version": v}),
            None,
        )
        .await;
    assert_eq!(res.status, 200);
    assert_eq!(
        ids_in(&dana.get("/?view=mine").await.body),
        vec![desk.plain_case]
    );
    let unassigned = ids_in(&dana.get("/?view=unassigned&status=any").await.body);
    assert!(!unassigned.contains(&desk.plain_case));
    assert!(ids_in(&dana.get("/?view=team&q=broadband").await.body).contains(&desk.plain_case));
    // The live refresh fragment follows the same query.
    let rows = dana.get("/inbox/rows?view=mine").await;
    assert_eq!(ids_in(&rows.body), vec![desk.plain_case]);
    assert!(!rows.body.contains("<html"));
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moving_to_private_queues_both_halves_and_a_closing_line_is_offered() {
    let desk = Desk::spawn().await;
    let id = desk.plain_case;
    let mut dana = Agent::new(&desk);
    dana.login(AGENT).await;
    let page = dana.get(&format!("/cases/{id}")).await;
    assert!(page.body.contains("data-action=\"move-private\""));
    assert!(page.body.contains("id=\"mp-public\""));
    // The form starts from a pointer the coach accepts.
    let pointer = page
        .body
        .split("id=\"mp-public\"")
        .nth(1)
        .and_then(|s| s.split('>').nth(1))
        .and_then(|s| s.split("</textarea").next())
        .unwrap()
        .replace("&#x27;", "'");
    assert!(pointer.contains("DM"), "{pointer}");
    let coach = dana
        .post_json(
            "/coach",
            json!({"case_id": id, "channel": "public", "text": pointer}),
            None,
        )
        .await;
    assert!(
        !coach.json()["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["severity"] == "error"),
        "{}",
        coach.body
    );
    assert!(
        !page.body.contains("id=\"closing-offer\""),
        "nothing to close yet"
    );

    let url = format!("/cases/{id}/move-to-private");
    // Without the token: refused.
    let res = dana
        .post_json(&url, json!({"public": "x", "private": "y"}), Some(""))
        .await;
    assert_eq!(res.status, 403);
    // An empty half names the field.
    let res = dana
        .post_json(&url, json!({"public": pointer, "private": "  "}), None)
        .await;
    assert_eq!(res.status, 422);
    assert!(res.json()["message"]
        .as_str()
        .unwrap()
        .starts_with("private"));
    // Private data in the public half is refused outright, override or not.
    let res = dana
        .post_json(
            &url,
            json!({"public": "Holly, your account 12345678 at 4 Mill Lane, Millbrook MB1 2CD is being checked; we'll DM you within the hour.",
                   "private": "Hi Holly, we're on it.", "override": true}),
            None,
        )
        .await;
    assert_eq!(res.status, 422, "{}", res.body);
    assert!(res.body.contains("public"), "{}", res.body);
    assert!(desk.store.list_outbox(id).await.unwrap().is_empty());

    let private = "Hi Holly, could you send us your account number and postcode? \
                   We'll check the line and reply here within the hour.";
    let res = dana
        .post_json(
            &url,
            json!({"public": pointer, "private": private, "key": "mp1"}),
            None,
        )
        .await;
    assert_eq!(res.status, 202, "{}", res.body);
    assert_eq!(res.json()["public"]["status"], "queued");
    assert_eq!(res.json()["private"]["status"], "queued");
    // Retried with the same key: still two messages.
    let again = dana
        .post_json(
            &url,
            json!({"public": pointer, "private": private, "key": "mp1"}),
            None,
        )
        .await;
    assert_eq!(again.status, 202);
    assert_eq!(again.json()["private"]["id"], res.json()["private"]["id"]);
    let outbox = desk.store.list_outbox(id).await.unwrap();
    assert_eq!(outbox.len(), 2, "{outbox:?}");

    // The timeline shows both halves.
    let page = dana.get(&format!("/cases/{id}")).await;
    let timeline = page.body.split("id=\"case-timeline\"").nth(1).unwrap();
    assert!(timeline.contains("<span class=\"channel\">public</span>"));
    assert!(timeline.contains("<span class=\"channel\">private</span>"));
    assert!(
        !page.body.contains("id=\"closing-offer\""),
        "not resolved yet"
    );

    // Resolved after the private conversation: the closing line is offered.
    let version: i64 = desk.store.get_case(id).await.unwrap().unwrap().case.version;
    let res = dana
        .post_json(
            &format!("/cases/{id}/status"),
            json!({"status": "resolved", "version": version}),
            None,
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.body);
    let parts = dana.get(&format!("/cases/{id}/parts")).await;
    assert!(
        parts.body.contains("id=\"closing-offer\""),
        "{}",
        parts.body
    );
    assert!(parts
        .body
        .contains("Glad we could sort this out in DMs, Holly."));
    // It is an offer, sent like any reply (coached); once sent, it is gone.
    let closing = "Glad we could sort this out in DMs, Holly. If anything else comes up, reply here and we'll pick it up.";
    let res = dana
        .post_json(
            &format!("/cases/{id}/reply"),
            json!({"body": closing, "channel": "public", "key": "close1"}),
            None,
        )
        .await;
    assert_eq!(res.status, 202, "{}", res.body);
    let parts = dana.get(&format!("/cases/{id}/parts")).await;
    assert!(!parts.body.contains("id=\"closing-offer\""));
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deadlines_turn_amber_then_escalate_to_the_lead_once() {
    let desk = Desk::spawn().await;
    // Due in 10 of 60 minutes: inside the last fifth, amber.
    let amber = seed_aged_case(
        &desk,
        "1900000000000000101",
        "amber_al",
        chrono::Duration::minutes(50),
        3600,
    )
    .await;
    // Due 20 minutes ago, nobody on it.
    let late = seed_aged_case(
        &desk,
        "1900000000000000102",
        "late_lou",
        chrono::Duration::minutes(35),
        900,
    )
    .await;
    let mut dana = Agent::new(&desk);
    dana.login(AGENT).await;

    let inbox = dana.get("/").await;
    let row = |body: &str, id: i64| -> String {
        let start = body
            .find(&format!("<tr data-case-id=\"{id}\""))
            .expect("row");
        body[start..start + body[start..].find("</tr>").unwrap()].to_string()
    };
    let r = row(&inbox.body, amber);
    assert!(r.contains(" warn"), "{r}");
    assert!(r.contains("data-warn=\""), "{r}");
    assert!(!r.contains(" breached"), "{r}");
    let r = row(&inbox.body, late);
    assert!(
        r.contains(" breached") && r.contains("data-escalated=\"no\""),
        "{r}"
    );
    // The plain case (due in an hour, just opened) is neither.
    let r = row(&inbox.body, desk.plain_case);
    assert!(!r.contains(" warn") && !r.contains(" breached"), "{r}");

    // The sweeper escalates the late case, once, to the team's lead.
    let web = desk.web_state(Some(PLAN));
    let done = earshot_server::web::clocks::sweep(&web, chrono::Utc::now())
        .await
        .unwrap();
    assert_eq!(
        done.iter().map(|e| e.case_id).collect::<Vec<_>>(),
        vec![late]
    );
    assert!(earshot_server::web::clocks::sweep(&web, chrono::Utc::now())
        .await
        .unwrap()
        .is_empty());

    let breached = dana.get("/?view=breached").await;
    let r = row(&breached.body, late);
    assert!(
        r.contains("data-escalated=\"yes\"") && r.contains(">escalated<"),
        "{r}"
    );
    assert!(r.contains("lena"), "assigned to the lead: {r}");
    assert!(!breached.body.contains(&format!("data-case-id=\"{amber}\"")));
    let case = dana.get(&format!("/cases/{late}")).await;
    assert!(
        case.body.contains("data-kind=\"escalation\""),
        "timeline entry"
    );
    assert!(case.body.contains("earshot assigned the case to lena"));
    assert!(case.body.contains("resolve by "));
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_is_for_leads_and_shows_the_figures() {
    let desk = Desk::spawn().await;
    let late = seed_aged_case(
        &desk,
        "1900000000000000201",
        "late_lou",
        chrono::Duration::minutes(40),
        600,
    )
    .await;
    let mut dana = Agent::new(&desk);
    dana.login(AGENT).await;
    let res = dana.get("/dashboard").await;
    assert_eq!(res.status, 403, "agents do not see the dashboard");
    assert!(!dana.get("/").await.body.contains("href=\"/dashboard\""));

    // The plain case moves to private and is answered.
    let _ = dana.get(&format!("/cases/{}", desk.plain_case)).await;
    let res = dana
        .post_json(
            &format!("/cases/{}/move-to-private", desk.plain_case),
            json!({"public": "Sorry about this, Holly. We've sent you a DM so we can check your line; we'll reply there within the hour.",
                   "private": "Hi Holly, could you send your account number? We'll check and reply here within the hour."}),
            None,
        )
        .await;
    assert_eq!(res.status, 202, "{}", res.body);

    let mut lena = Agent::new(&desk);
    lena.login(LEAD).await;
    assert!(lena.get("/").await.body.contains("href=\"/dashboard\""));
    let res = lena.get("/dashboard?days=7").await;
    assert_eq!(res.status, 200, "{}", res.body);
    assert!(res.headers["server-timing"]
        .to_str()
        .unwrap()
        .starts_with("render;dur="));
    let kpi = |name: &str| -> String {
        let at = res.body.find(&format!("data-kpi=\"{name}\"")).expect(name);
        let rest = &res.body[at..];
        let v = rest.find("kpi-value\">").unwrap() + "kpi-value\">".len();
        rest[v..v + rest[v..].find('<').unwrap()].to_string()
    };
    assert_eq!(kpi("volume"), "3");
    assert_eq!(kpi("breached"), "1", "the late case, open and past due");
    // The one answered case was answered by moving it to private, in time;
    // the late case is overdue: half the clocks met.
    assert_eq!(kpi("private"), "100.0 %");
    assert_eq!(kpi("attainment"), "50.0 %");
    assert!(kpi("median").ends_with(" s"), "{}", kpi("median"));
    assert!(res.body.contains("data-chart=\"topic\""));
    assert!(
        res.body
            .contains("<th scope=\"row\">outage</th><td class=\"num\">3</td>"),
        "{}",
        res.body
    );
    assert!(res.body.contains("<th scope=\"row\">x</th>"));
    assert!(res.body.contains("(1 of 1)"));
    // The escalation counts once the sweeper has run.
    assert_eq!(kpi("escalated"), "0");
    let web = desk.web_state(None);
    let done = earshot_server::web::clocks::sweep(&web, chrono::Utc::now())
        .await
        .unwrap();
    assert_eq!(
        done.iter().map(|e| e.case_id).collect::<Vec<_>>(),
        vec![late]
    );
    let res = lena.get("/dashboard").await;
    assert!(res
        .body
        .contains("data-kpi=\"escalated\"><span class=\"kpi-value\">1<"));
    // A bad window is named, not a 500.
    let bad = lena.get("/dashboard?days=1000").await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("days"));
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_admin_page_shows_connector_health_to_admins_only() {
    let desk = Desk::spawn().await;
    let x = desk.connectors.connector("x.stream");
    x.set_connected(true);
    x.events_received(12);
    x.reconnected();
    x.set_rate_limit_remaining(Some(44));
    desk.connectors.connector("<b>odd</b>").error();

    let mut lena = Agent::new(&desk);
    lena.login(LEAD).await;
    assert_eq!(lena.get("/admin").await.status, 403, "leads are not admins");
    assert!(!lena.get("/").await.body.contains("href=\"/admin\""));

    let mut admin = Agent::new(&desk);
    admin.login(("admin", "admin-pw")).await;
    assert!(admin.get("/").await.body.contains("href=\"/admin\""));
    let res = admin.get("/admin").await;
    assert_eq!(res.status, 200, "{}", res.body);
    let row = |name: &str| -> String {
        let at = res
            .body
            .find(&format!("data-connector=\"{name}\""))
            .unwrap_or_else(|| panic!("no row for {name}: {}", res.body));
        let rest = &res.body[at..];
        rest[..rest.find("</tr>").unwrap()].to_string()
    };
    let xs = row("x.stream");
    assert!(xs.contains("data-connected=\"yes\""), "{xs}");
    assert!(xs.contains("s ago"), "{xs}");
    assert!(
        xs.contains(">12<") && xs.contains(">1<") && xs.contains(">44<"),
        "{xs}"
    );
    let odd = row("&lt;b&gt;odd&lt;&#x2f;b&gt;");
    assert!(
        odd.contains("not connected") && odd.contains("never"),
        "{odd}"
    );
    assert!(
        !res.body.contains("<b>odd</b>"),
        "connector names are escaped"
    );
    assert!(res.body.contains("data-user=\"dana\""));
    assert!(res.body.contains("data-team=\"repair\""));
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cases_are_assigned_by_the_plans_strategy_to_available_agents() {
    let desk = Desk::spawn().await;
    let (dana, sam) = (desk.user_ids["dana"], desk.user_ids["sam"]);
    let web = desk.web_state(Some(&format!(
        "{PLAN}\n[assignment]\nstrategy = \"round_robin\"\n"
    )));

    // The two seeded repair cases go to the two agents, one each (never
    // to the lead), and each hears of it.
    let mut heard = web.events.subscribe();
    let done = earshot_server::web::assigner::pass(&web).await.unwrap();
    let mut told = Vec::new();
    while let Ok(ev) = heard.try_recv() {
        if let earshot_server::web::DeskEvent::Notice { user_id, text, .. } = ev {
            assert!(text.contains("is assigned to you (round robin)"), "{text}");
            told.push(user_id);
        }
    }
    told.sort();
    assert_eq!(told, vec![dana, sam]);
    let mut given: Vec<i64> = done.iter().map(|a| a.user_id).collect();
    given.sort();
    assert_eq!(given, vec![dana, sam], "{done:?}");
    assert!(earshot_server::web::assigner::pass(&web)
        .await
        .unwrap()
        .is_empty());

    // sam steps away from the user menu; the next case goes to dana.
    let mut sam_desk = Agent::new(&desk);
    sam_desk.login(AGENT2).await;
    let inbox = sam_desk.get("/").await;
    assert!(inbox.body.contains("data-availability=\"available\""));
    let csrf = sam_desk.csrf.clone().unwrap();
    let res = sam_desk
        .post_form(
            "/me/availability",
            &[("csrf", csrf.as_str()), ("available", "no")],
        )
        .await;
    assert_eq!(res.status, 303, "{}", res.body);
    assert!(sam_desk.get("/").await.body.contains("data-away"));
    let stale = sam_desk
        .post_form(
            "/me/availability",
            &[("csrf", "nope"), ("available", "yes")],
        )
        .await;
    assert_eq!(stale.status, 403, "a stale form is refused");
    let next = seed_aged_case(
        &desk,
        "1900000000000000301",
        "new_nina",
        chrono::Duration::minutes(1),
        3600,
    )
    .await;
    let done = earshot_server::web::assigner::pass(&web).await.unwrap();
    assert_eq!(
        done.iter()
            .map(|a| (a.case_id, a.user_id))
            .collect::<Vec<_>>(),
        vec![(next, dana)]
    );

    // The admin gives sam a skill; a topic the plan lacks is refused.
    let mut admin = Agent::new(&desk);
    admin.login(("admin", "admin-pw")).await;
    let page = admin.get("/admin").await;
    assert!(
        page.body.contains("data-assignment=\"manual\""),
        "the desk's own plan"
    );
    let csrf = admin.csrf.clone().unwrap();
    let path = format!("/admin/users/{sam}");
    let bad = admin
        .post_form(
            &path,
            &[("csrf", csrf.as_str()), ("skills", "outage, <b>x</b>")],
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert!(bad.body.contains("not a topic of the plan"), "{}", bad.body);
    assert!(desk
        .store
        .get_user(sam)
        .await
        .unwrap()
        .unwrap()
        .skills
        .is_empty());
    let ok = admin
        .post_form(
            &path,
            &[
                ("csrf", csrf.as_str()),
                ("skills", "outage billing"),
                ("available", "yes"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    let user = desk.store.get_user(sam).await.unwrap().unwrap();
    assert_eq!(user.skills, vec!["outage", "billing"]);
    assert!(user.available);
    let mut dana_desk = Agent::new(&desk);
    dana_desk.login(AGENT).await;
    let csrf = dana_desk.csrf.clone().unwrap();
    let res = dana_desk
        .post_form(&path, &[("csrf", csrf.as_str()), ("skills", "outage")])
        .await;
    assert_eq!(res.status, 403, "only admins");
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_reply_can_be_retried_or_edited_from_the_case() {
    let desk = Desk::spawn().await;
    let case = desk.plain_case;
    let mut dana = Agent::new(&desk);
    dana.login(AGENT).await;
    let sent = "Sorry Holly, an engineer is on the way to the cabinet; expect service back by 18:00 today.";
    // The network refused it for good.
    let item = desk
        .failed_reply(
            case,
            "dana",
            sent,
            "X said 403: <You are not allowed to reply>",
        )
        .await;

    let page = dana.get(&format!("/cases/{case}")).await;
    assert!(page.body.contains("delivery-failed"), "{}", page.body);
    assert!(page.body.contains(&format!("data-retry=\"{}\"", item.id)));
    assert!(page
        .body
        .contains("Not sent: X said 403: &lt;You are not allowed"));

    // A queued reply is not "retried" twice: first as it was.
    let path = format!("/outbox/{}/retry", item.id);
    let res = dana.post_json(&path, serde_json::json!({}), None).await;
    assert_eq!(res.status, 202, "{}", res.body);
    assert_eq!(res.json()["status"], "queued");
    let again = dana.post_json(&path, serde_json::json!({}), None).await;
    assert_eq!(again.status, 409, "{}", again.body);

    // Failed again; this time edited. A deflection-only edit needs override.
    desk.refuse(item.id, "503 three times").await;
    let lazy = dana
        .post_json(&path, serde_json::json!({"body": "Please DM us."}), None)
        .await;
    assert_eq!(lazy.status, 409, "{}", lazy.body);
    assert_eq!(lazy.json()["code"], "coach_errors");
    let edit = "Holly, the cabinet is fixed; service is back by 18:00, tell us if it isn't.";
    let res = dana
        .post_json(&path, serde_json::json!({"body": edit}), None)
        .await;
    assert_eq!(res.status, 202, "{}", res.body);
    let items = desk.store.list_outbox(case).await.unwrap();
    assert_eq!(items.len(), 1, "the same item, not a new one");
    assert_eq!(items[0].body, edit);
    let page = dana.get(&format!("/cases/{case}")).await;
    assert!(page.body.contains(&html_escaped(edit)));
    assert!(!page.body.contains(&format!("data-retry=\"{}\"", item.id)));
    // Without the token, or for an unknown item: refused, not a 500.
    let res = dana.post_json(&path, serde_json::json!({}), Some("")).await;
    assert_eq!(res.status, 403);
    let res = dana
        .post_json("/outbox/999999/retry", serde_json::json!({}), None)
        .await;
    assert_eq!(res.status, 404);
    desk.stop().await;
}
