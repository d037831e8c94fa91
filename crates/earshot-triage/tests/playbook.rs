//! The playbook on a brand the scenario files do not know ("Acme Telecom",
//! the issue's own examples): general rules, not rules for one brand.

use earshot_triage::{Context, Engine, Plan};

const PLAN: &str = r#"
version = 1
[brand]
name = "Acme Telecom"
aliases = ["Acme Telecom", "Acme"]
handles = { x = ["AcmeCares"], mastodon = ["help@acme.example"], bluesky = ["acme.example"] }
[[team]]
id = "repair"
name = "Repair"
[[team]]
id = "billing"
name = "Billing"
[[topic]]
id = "outage"
team = "repair"
keywords = ["internet", "outage", "down", "modem", "router", "signal"]
[[topic]]
id = "billing"
team = "billing"
keywords = ["bill", "charge", "refund", "payment"]
"#;

/// (X v2 stream line, action, priority, topic, addressed)
const CASES: &[(&str, &str, &str, Option<&str>, &str)] = &[
    (
        r##"{"data": {"id": "1", "text": "@AcmeCares my internet has been down since 6am, modem light is red", "author_id": "u1", "entities": {"mentions": [{"start": 0, "end": 10, "username": "AcmeCares", "id": "999"}]}}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
        "respond_public",
        "high",
        Some("outage"),
        "direct",
    ),
    (
        r##"{"data": {"id": "2", "text": "Just watched Acme Rockets launch their third satellite, incredible", "author_id": "u1"}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
        "ignore",
        "low",
        None,
        "none",
    ),
    (
        r##"{"data": {"id": "3", "text": "The new cathedral is an acme of design, truly stunning", "author_id": "u1"}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
        "ignore",
        "low",
        None,
        "none",
    ),
    (
        r##"{"data": {"id": "4", "text": "Oh great, Acme down again, love paying for this", "author_id": "u1"}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
        "respond_public",
        "high",
        Some("outage"),
        "indirect",
    ),
    (
        r##"{"data": {"id": "5", "text": "@dana lol Acme more like Acne amirite", "author_id": "u1", "in_reply_to_user_id": "77", "referenced_tweets": [{"type": "replied_to", "id": "p5"}]}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}, {"id": "77", "username": "dana"}], "tweets": [{"id": "p5", "text": "Acme internet down again, so annoying", "author_id": "77"}]}}"##,
        "ignore",
        "low",
        None,
        "third_party",
    ),
    (
        r##"{"data": {"id": "6", "text": "@dana ugh mine too, Acme signal has been rubbish all week", "author_id": "u1", "in_reply_to_user_id": "77", "referenced_tweets": [{"type": "replied_to", "id": "p6"}]}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}, {"id": "77", "username": "dana"}], "tweets": [{"id": "p6", "text": "is anyone else's phone rubbish today", "author_id": "77"}]}}"##,
        "monitor",
        "low",
        Some("outage"),
        "third_party",
    ),
    (
        r##"{"data": {"id": "6b", "text": "@dana ugh acme is down again for me too", "author_id": "u1", "in_reply_to_user_id": "77", "referenced_tweets": [{"type": "replied_to", "id": "p6"}]}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}, {"id": "77", "username": "dana"}], "tweets": [{"id": "p6", "text": "is anyone else's phone rubbish today", "author_id": "77"}]}}"##,
        "monitor",
        "low",
        Some("outage"),
        "third_party",
    ),
    (
        r##"{"data": {"id": "6c", "text": "@dana my acme broadband bill doubled this month", "author_id": "u1", "in_reply_to_user_id": "77", "referenced_tweets": [{"type": "replied_to", "id": "p6"}]}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}, {"id": "77", "username": "dana"}], "tweets": [{"id": "p6", "text": "is anyone else's phone rubbish today", "author_id": "77"}]}}"##,
        "monitor",
        "low",
        Some("billing"),
        "third_party",
    ),
    (
        r##"{"data": {"id": "6d", "text": "@dana finishing the marathon was the acme of my year, the signal at the finish line was awful though", "author_id": "u1", "in_reply_to_user_id": "77", "referenced_tweets": [{"type": "replied_to", "id": "p6"}]}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}, {"id": "77", "username": "dana"}], "tweets": [{"id": "p6", "text": "how was the race", "author_id": "77"}]}}"##,
        "ignore",
        "low",
        Some("outage"),
        "none",
    ),
    (
        r##"{"data": {"id": "7", "text": "@AcmeCares my account number is 55512349876, why was I charged twice?", "author_id": "u1", "entities": {"mentions": [{"start": 0, "end": 10, "username": "AcmeCares", "id": "999"}]}}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
        "respond_private",
        "normal",
        Some("billing"),
        "direct",
    ),
    (
        r##"{"data": {"id": "8", "text": "@AcmeCares there's a live wire hanging from your pole on Elm Road, kids walk past it", "author_id": "u1", "entities": {"mentions": [{"start": 0, "end": 10, "username": "AcmeCares", "id": "999"}]}}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
        "respond_public",
        "urgent",
        None,
        "direct",
    ),
    (
        r##"{"data": {"id": "9", "text": "@AcmeCares my mum relies on her oxygen concentrator and the power to her alarm line is out", "author_id": "u1", "entities": {"mentions": [{"start": 0, "end": 10, "username": "AcmeCares", "id": "999"}]}}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
        "respond_public",
        "urgent",
        None,
        "direct",
    ),
    (
        r##"{"data": {"id": "10", "text": "@AcmeCares if I don't get my refund I'm going to the ombudsman", "author_id": "u1", "entities": {"mentions": [{"start": 0, "end": 10, "username": "AcmeCares", "id": "999"}]}}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
        "respond_public",
        "high",
        Some("billing"),
        "direct",
    ),
    (
        r##"{"data": {"id": "11", "text": "@AcmeCares you useless idiots, third bill error this year", "author_id": "u1", "entities": {"mentions": [{"start": 0, "end": 10, "username": "AcmeCares", "id": "999"}]}}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
        "respond_public",
        "high",
        Some("billing"),
        "direct",
    ),
    (
        r##"{"data": {"id": "12", "text": "Buy 10k followers cheap! DM me @AcmeCares check link in bio", "author_id": "u1", "entities": {"mentions": [{"start": 31, "end": 41, "username": "AcmeCares", "id": "999"}]}}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
        "ignore",
        "low",
        None,
        "indirect",
    ),
    (
        r##"{"data": {"id": "13", "text": "Acme Telecom announces quarterly profits up 12% https://t.co/abc", "author_id": "u1"}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
        "monitor",
        "low",
        None,
        "indirect",
    ),
    (
        r##"{"data": {"id": "14", "text": "@AcmeCares thanks so much for fixing my line today, brilliant service!", "author_id": "u1", "entities": {"mentions": [{"start": 0, "end": 10, "username": "AcmeCares", "id": "999"}]}}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
        "respond_public",
        "low",
        None,
        "direct",
    ),
    (
        r##"{"data": {"id": "15", "text": "@AcmeCares how do I change my payment date?", "author_id": "u1", "entities": {"mentions": [{"start": 0, "end": 10, "username": "AcmeCares", "id": "999"}]}}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
        "respond_public",
        "normal",
        Some("billing"),
        "direct",
    ),
    (
        r##"{"data": {"id": "16", "text": "Acme is the worst company, been waiting three weeks for an engineer", "author_id": "u1"}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 500000}}]}}"##,
        "respond_public",
        "high",
        None,
        "indirect",
    ),
    (
        r##"{"data": {"id": "17", "text": "Saw Acme at the festival last night, what a set", "author_id": "u1"}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
        "ignore",
        "low",
        None,
        "none",
    ),
    (
        r##"{"data": {"id": "18", "text": "@AcmeCares call me on 07700 900123 please", "author_id": "u1", "entities": {"mentions": [{"start": 0, "end": 10, "username": "AcmeCares", "id": "999"}]}}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
        "respond_private",
        "normal",
        None,
        "direct",
    ),
    (
        r##"{"data": {"id": "19", "text": "#AcmeFail no signal again in Leeds", "author_id": "u1"}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
        "respond_public",
        "high",
        Some("outage"),
        "indirect",
    ),
    (
        r##"{"data": {"id": "20", "text": "Follow back! Get 10k followers cheap, DM me #Acme #followers", "author_id": "u9"}, "includes": {"users": [{"id": "u9", "username": "growfast", "public_metrics": {"followers_count": 12}}]}}"##,
        "ignore",
        "low",
        None,
        "indirect",
    ),
];

#[test]
fn the_playbook_holds_for_another_brand() {
    let engine = Engine::new(Plan::parse(PLAN, "acme.toml").unwrap());
    let mut misses = Vec::new();
    for (line, action, priority, topic, addressed) in CASES {
        let m = earshot_core::wire::parse_line(line, false).unwrap();
        let d = engine.triage(&m, &Context::default());
        let got = (
            d.action.as_str(),
            d.priority.as_str(),
            d.topic.as_deref(),
            d.addressed.as_str(),
        );
        if got != (*action, *priority, *topic, *addressed) {
            misses.push(format!(
                "{}: want {:?}, got {:?} ({:?})",
                m.text,
                (action, priority, topic, addressed),
                got,
                d.reasons
            ));
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}

#[test]
fn context_from_the_desk_counts() {
    let engine = Engine::new(Plan::parse(PLAN, "acme.toml").unwrap());
    // A reply in a thread the brand is part of is addressed to the brand.
    let line = r##"{"data":{"id":"1","text":"@dana still nothing here either","author_id":"2","in_reply_to_user_id":"3","referenced_tweets":[{"type":"replied_to","id":"0"}]},"includes":{"users":[{"id":"2","username":"sam"},{"id":"3","username":"dana"}]}}"##;
    let m = earshot_core::wire::parse_line(line, false).unwrap();
    let ctx = Context {
        brand_in_thread: true,
        prior_contacts: 2,
    };
    let d = engine.triage(&m, &ctx);
    assert_eq!(d.addressed.as_str(), "direct", "{:?}", d.reasons);
}

#[test]
fn plan_rules_apply_but_never_break_the_hard_rules() {
    let plan = format!(
        "{PLAN}\n{}",
        r#"
[[rule]]
name = "VIP"
when = { author = ["@bigcustomer"] }
priority = "high"
team = "billing"

[[rule]]
name = "answer everything"
action = "respond_public"
"#
    );
    let engine = Engine::new(Plan::parse(&plan, "acme.toml").unwrap());
    let vip = r##"{"data":{"id":"1","text":"@AcmeCares how do I change my payment date?","author_id":"2","entities":{"mentions":[{"start":0,"end":10,"username":"AcmeCares"}]}},"includes":{"users":[{"id":"2","username":"BigCustomer"}]}}"##;
    let d = engine.triage(
        &earshot_core::wire::parse_line(vip, false).unwrap(),
        &Context::default(),
    );
    assert_eq!(d.priority.as_str(), "high");
    assert_eq!(d.team.as_deref(), Some("billing"));
    assert!(
        d.reasons.iter().any(|r| r == "plan rule: VIP"),
        "{:?}",
        d.reasons
    );

    // "answer everything" cannot make the brand butt into a conversation.
    let third = r##"{"data":{"id":"3","text":"@dana ugh mine too, Acme signal has been rubbish all week","author_id":"4","in_reply_to_user_id":"5","referenced_tweets":[{"type":"replied_to","id":"0"}]},"includes":{"users":[{"id":"4","username":"sam"},{"id":"5","username":"dana"}]}}"##;
    let d = engine.triage(
        &earshot_core::wire::parse_line(third, false).unwrap(),
        &Context::default(),
    );
    assert_eq!(d.addressed.as_str(), "third_party");
    assert_eq!(d.action.as_str(), "monitor");
}
