//! The playbook on brands the scenario files do not know ("Acme Telecom",
//! the issue's own examples; an airline; a food-delivery app): general
//! rules, not rules for one brand.

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
        r##"{"data": {"id": "9b", "text": "@AcmeCares if your engineer talks to my wife like that again I will hurt someone", "author_id": "u1", "entities": {"mentions": [{"start": 0, "end": 10, "username": "AcmeCares", "id": "999"}]}}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
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
    // Another account whose handle holds the name: the name is its.
    (
        r##"{"data": {"id": "21", "text": "@AcmeGardenCo my Acme mower arrived with a bent blade and the belt has gone twice, no refund yet. Who do I ring?", "author_id": "u1"}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
        "ignore",
        "low",
        Some("billing"),
        "none",
    ),
    // A housing estate named like the brand.
    (
        r##"{"data": {"id": "22", "text": "Police appeal after a man was threatened outside the shops on the Acme estate last night. Anyone with information should call 101.", "author_id": "u1"}, "includes": {"users": [{"id": "u1", "username": "sam", "public_metrics": {"followers_count": 100}}]}}"##,
        "ignore",
        "low",
        None,
        "none",
    ),
];

#[test]
fn the_playbook_holds_for_another_brand() {
    check(PLAN, CASES);
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

// ---- Two more brands written after the rules: an airline and a food-
// delivery app. They check that the rules are general: danger and threats
// in new words, follower selling, sarcasm that thanks the brand for a
// failure, a customer speaking to the brand by name without its handle, a
// post to the brand in another language. Each row was reviewed by hand
// against PRODUCT.md's lessons.

const BRAMBLE_PLAN: &str = r#"
version = 1
[brand]
name = "Bramble Air"
aliases = ["Bramble Air", "Bramble"]
handles = { x = ["BrambleAir"] }
[[team]]
id = "ground"
name = "Ground"
[[team]]
id = "refunds"
name = "Refunds"
[[topic]]
id = "baggage"
team = "ground"
keywords = ["bag", "luggage", "suitcase", "baggage"]
[[topic]]
id = "refunds"
team = "refunds"
keywords = ["refund", "compensation", "charge", "fee"]
[[topic]]
id = "flights"
team = "ground"
keywords = ["flight", "delay", "cancelled", "gate", "plane"]
"#;

const QUICKBITE_PLAN: &str = r#"
version = 1
[brand]
name = "Quickbite"
aliases = ["Quickbite"]
handles = { x = ["Quickbite"] }
[[team]]
id = "orders"
name = "Orders"
[[team]]
id = "payments"
name = "Payments"
[[topic]]
id = "delivery"
team = "orders"
keywords = ["order", "delivery", "driver", "food", "late", "cold"]
[[topic]]
id = "payments"
team = "payments"
keywords = ["charge", "refund", "card", "payment"]
[[topic]]
id = "app"
team = "orders"
keywords = ["app", "login", "account"]
"#;

/// (X v2 stream line, action, priority, topic, addressed)
const QUICKBITE_CASES: &[(&str, &str, &str, Option<&str>, &str)] = &[
    // common-phrase
    (
        r##"{"data": {"id": "2100000000000000000", "text": "grabbing a quick bite before the game, anyone want anything", "author_id": "100", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2100000000000000000", "lang": "en"}, "includes": {"users": [{"id": "100", "name": "User 0", "username": "user0", "public_metrics": {"followers_count": 200}}]}}"##,
        "ignore",
        "low",
        None,
        "none",
    ),
    // direct
    (
        r##"{"data": {"id": "2100000000000000001", "text": "@Quickbite my order never arrived and you charged me twice", "author_id": "101", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2100000000000000001", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 10, "username": "Quickbite", "id": "900"}]}}, "includes": {"users": [{"id": "101", "name": "User 1", "username": "user1", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "normal",
        Some("delivery"),
        "direct",
    ),
    // shoved
    (
        r##"{"data": {"id": "2100000000000000002", "text": "Quickbite driver was rude to my grandma and shoved her at the door, she is 84", "author_id": "102", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2100000000000000002", "lang": "en"}, "includes": {"users": [{"id": "102", "name": "User 2", "username": "user2", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "urgent",
        Some("delivery"),
        "indirect",
    ),
    // stadium
    (
        r##"{"data": {"id": "2100000000000000003", "text": "Quickbite Stadium was rocking tonight, what a match", "author_id": "103", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2100000000000000003", "lang": "en"}, "includes": {"users": [{"id": "103", "name": "User 3", "username": "user3", "public_metrics": {"followers_count": 200}}]}}"##,
        "ignore",
        "low",
        None,
        "none",
    ),
    // poison
    (
        r##"{"data": {"id": "2100000000000000004", "text": "@Quickbite I think I have food poisoning from your chicken, been vomiting all night", "author_id": "104", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2100000000000000004", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 10, "username": "Quickbite", "id": "900"}]}}, "includes": {"users": [{"id": "104", "name": "User 4", "username": "user4", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "urgent",
        Some("delivery"),
        "direct",
    ),
    // thread-with-brand
    (
        r##"{"data": {"id": "2100000000000000005", "text": "still nothing, it's been 2 hours since you said it was on its way", "author_id": "105", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "1999", "lang": "en", "in_reply_to_user_id": "900", "referenced_tweets": [{"type": "replied_to", "id": "1999"}]}, "includes": {"users": [{"id": "105", "name": "User 5", "username": "user5", "public_metrics": {"followers_count": 200}}, {"id": "900", "name": "Quickbite", "username": "Quickbite"}]}}"##,
        "respond_public",
        "normal",
        None,
        "direct",
    ),
    // app-down
    (
        r##"{"data": {"id": "2100000000000000006", "text": "@Quickbite is the app down? can't log in", "author_id": "106", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2100000000000000006", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 10, "username": "Quickbite", "id": "900"}]}}, "includes": {"users": [{"id": "106", "name": "User 6", "username": "user6", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "high",
        Some("app"),
        "direct",
    ),
    // indirect-praise (debatable: praise to nobody in particular, and no word
    // of the business, reads as another entity by the issue's rule)
    (
        r##"{"data": {"id": "2100000000000000007", "text": "you should try Quickbite, their pizza is amazing", "author_id": "107", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2100000000000000007", "lang": "en"}, "includes": {"users": [{"id": "107", "name": "User 7", "username": "user7", "public_metrics": {"followers_count": 200}}]}}"##,
        "ignore",
        "low",
        None,
        "none",
    ),
    // email
    (
        r##"{"data": {"id": "2100000000000000008", "text": "@Quickbite please email me at jo.bloggs@gmail.com about the refund", "author_id": "108", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2100000000000000008", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 10, "username": "Quickbite", "id": "900"}, {"start": 39, "end": 45, "username": "gmail", "id": "777"}]}}, "includes": {"users": [{"id": "108", "name": "User 8", "username": "user8", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_private",
        "normal",
        Some("payments"),
        "direct",
    ),
    // dob
    (
        r##"{"data": {"id": "2100000000000000009", "text": "@Quickbite my date of birth is 12/03/1988, why won't the app verify my age", "author_id": "109", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2100000000000000009", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 10, "username": "Quickbite", "id": "900"}]}}, "includes": {"users": [{"id": "109", "name": "User 9", "username": "user9", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_private",
        "normal",
        Some("app"),
        "direct",
    ),
    // card
    (
        r##"{"data": {"id": "2100000000000000010", "text": "@Quickbite you charged my card 4111 1111 1111 1111 twice", "author_id": "110", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2100000000000000010", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 10, "username": "Quickbite", "id": "900"}]}}, "includes": {"users": [{"id": "110", "name": "User 10", "username": "user10", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_private",
        "normal",
        Some("payments"),
        "direct",
    ),
    // address
    (
        r##"{"data": {"id": "2100000000000000011", "text": "@Quickbite deliver to 14 Elm Street, Leeds LS6 2AB not my old address", "author_id": "111", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2100000000000000011", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 10, "username": "Quickbite", "id": "900"}]}}, "includes": {"users": [{"id": "111", "name": "User 11", "username": "user11", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_private",
        "normal",
        None,
        "direct",
    ),
    // followers
    (
        r##"{"data": {"id": "2100000000000000012", "text": "Get 5000 followers in 24h, visit cheapfollows dot com @Quickbite", "author_id": "112", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2100000000000000012", "lang": "en", "entities": {"mentions": [{"start": 54, "end": 64, "username": "Quickbite", "id": "900"}]}}, "includes": {"users": [{"id": "112", "name": "User 12", "username": "user12", "public_metrics": {"followers_count": 200}}]}}"##,
        "ignore",
        "low",
        None,
        "indirect",
    ),
    // allergy
    (
        r##"{"data": {"id": "2100000000000000013", "text": "@Quickbite ordered nut free and it had peanuts, my daughter is having a reaction", "author_id": "113", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2100000000000000013", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 10, "username": "Quickbite", "id": "900"}]}}, "includes": {"users": [{"id": "113", "name": "User 13", "username": "user13", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "urgent",
        Some("delivery"),
        "direct",
    ),
    // hashtag
    (
        r##"{"data": {"id": "2100000000000000014", "text": "#quickbite delivery took 2 hours and the food was stone cold", "author_id": "114", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2100000000000000014", "lang": "en"}, "includes": {"users": [{"id": "114", "name": "User 14", "username": "user14", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "normal",
        Some("delivery"),
        "indirect",
    ),
    // own-post
    (
        r##"{"data": {"id": "2100000000000000015", "text": "Our weekend deal is back: 20% off all orders over 15 pounds", "author_id": "900", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2100000000000000015", "lang": "en"}, "includes": {"users": [{"id": "900", "name": "Quickbite", "username": "Quickbite", "public_metrics": {"followers_count": 200}}]}}"##,
        "ignore",
        "low",
        Some("delivery"),
        "none",
    ),
    // sarcasm
    (
        r##"{"data": {"id": "2100000000000000016", "text": "thanks Quickbite for delivering my curry to the wrong house, really made my night", "author_id": "116", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2100000000000000016", "lang": "en"}, "includes": {"users": [{"id": "116", "name": "User 16", "username": "user16", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "normal",
        None,
        "indirect",
    ),
    // third-party-question
    (
        r##"{"data": {"id": "2100000000000000017", "text": "@tom did quickbite ever refund you?", "author_id": "117", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "1999", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 4, "username": "tom", "id": "777"}]}, "in_reply_to_user_id": "555", "referenced_tweets": [{"type": "replied_to", "id": "1999"}]}, "includes": {"users": [{"id": "117", "name": "User 17", "username": "user17", "public_metrics": {"followers_count": 200}}, {"id": "555", "name": "tom", "username": "tom"}]}}"##,
        "monitor",
        "low",
        Some("payments"),
        "third_party",
    ),
    // french
    (
        r##"{"data": {"id": "2100000000000000018", "text": "@Quickbite ma commande n'est jamais arriv\u00e9e, remboursez-moi", "author_id": "118", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2100000000000000018", "lang": "fr", "entities": {"mentions": [{"start": 0, "end": 10, "username": "Quickbite", "id": "900"}]}}, "includes": {"users": [{"id": "118", "name": "User 18", "username": "user18", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "normal",
        None,
        "direct",
    ),
    // lowercase-direct
    (
        r##"{"data": {"id": "2100000000000000019", "text": "quickbite your driver just threw my food at the door and left", "author_id": "119", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2100000000000000019", "lang": "en"}, "includes": {"users": [{"id": "119", "name": "User 19", "username": "user19", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "normal",
        Some("delivery"),
        "direct",
    ),
];

const BRAMBLE_CASES: &[(&str, &str, &str, Option<&str>, &str)] = &[
    // direct-complaint
    (
        r##"{"data": {"id": "2000000000000000000", "text": "@BrambleAir lost my bag at Lisbon, 3 days and no update from anyone", "author_id": "100", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000000", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 11, "username": "BrambleAir", "id": "900"}]}}, "includes": {"users": [{"id": "100", "name": "User 0", "username": "user0", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "normal",
        Some("baggage"),
        "direct",
    ),
    // indirect-complaint
    (
        r##"{"data": {"id": "2000000000000000001", "text": "Bramble Air cancelled my flight with 2 hours notice. Stranded in Porto with two kids.", "author_id": "101", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000001", "lang": "en"}, "includes": {"users": [{"id": "101", "name": "User 1", "username": "user1", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "normal",
        Some("flights"),
        "indirect",
    ),
    // sarcasm
    (
        r##"{"data": {"id": "2000000000000000002", "text": "Love how Bramble Air charges 60 euros for a carry-on. Truly the best airline ever \ud83d\ude44", "author_id": "102", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000002", "lang": "en"}, "includes": {"users": [{"id": "102", "name": "User 2", "username": "user2", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "normal",
        Some("refunds"),
        "indirect",
    ),
    // third-party-joke
    (
        r##"{"data": {"id": "2000000000000000003", "text": "haha bramble air more like bramble despair", "author_id": "103", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "1999", "lang": "en", "in_reply_to_user_id": "555", "referenced_tweets": [{"type": "replied_to", "id": "1999"}]}, "includes": {"users": [{"id": "103", "name": "User 3", "username": "user3", "description": "", "public_metrics": {"followers_count": 200}}, {"id": "555", "name": "Dave", "username": "dave"}]}}"##,
        "ignore",
        "low",
        None,
        "third_party",
    ),
    // namesake
    (
        r##"{"data": {"id": "2000000000000000004", "text": "Picked blackberries off the bramble, the air smelled of autumn", "author_id": "104", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000004", "lang": "en"}, "includes": {"users": [{"id": "104", "name": "User 4", "username": "user4", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "ignore",
        "low",
        None,
        "none",
    ),
    // private
    (
        r##"{"data": {"id": "2000000000000000005", "text": "@BrambleAir booking ref KX7P2Q, my surname is misspelt on the ticket, please fix", "author_id": "105", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000005", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 11, "username": "BrambleAir", "id": "900"}]}}, "includes": {"users": [{"id": "105", "name": "User 5", "username": "user5", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_private",
        "normal",
        None,
        "direct",
    ),
    // safety
    (
        r##"{"data": {"id": "2000000000000000006", "text": "@BrambleAir the cabin smelled of smoke on the flight from Faro and crew ignored us, I'm scared to fly back tomorrow", "author_id": "106", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000006", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 11, "username": "BrambleAir", "id": "900"}]}}, "includes": {"users": [{"id": "106", "name": "User 6", "username": "user6", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "urgent",
        Some("flights"),
        "direct",
    ),
    // medical
    (
        r##"{"data": {"id": "2000000000000000007", "text": "@BrambleAir my son has a severe nut allergy, crew served peanuts anyway and he needed his epipen", "author_id": "107", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000007", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 11, "username": "BrambleAir", "id": "900"}]}}, "includes": {"users": [{"id": "107", "name": "User 7", "username": "user7", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "urgent",
        None,
        "direct",
    ),
    // legal
    (
        r##"{"data": {"id": "2000000000000000008", "text": "@BrambleAir refund me the 340 pounds or I'm going to the CAA and small claims court", "author_id": "108", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000008", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 11, "username": "BrambleAir", "id": "900"}]}}, "includes": {"users": [{"id": "108", "name": "User 8", "username": "user8", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "high",
        Some("refunds"),
        "direct",
    ),
    // praise
    (
        r##"{"data": {"id": "2000000000000000009", "text": "@BrambleAir thanks to the crew on the Faro flight today, brilliant service!", "author_id": "109", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000009", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 11, "username": "BrambleAir", "id": "900"}]}}, "includes": {"users": [{"id": "109", "name": "User 9", "username": "user9", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "low",
        Some("flights"),
        "direct",
    ),
    // question
    (
        r##"{"data": {"id": "2000000000000000010", "text": "@BrambleAir can I bring a guitar as cabin luggage?", "author_id": "110", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000010", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 11, "username": "BrambleAir", "id": "900"}]}}, "includes": {"users": [{"id": "110", "name": "User 10", "username": "user10", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "normal",
        Some("baggage"),
        "direct",
    ),
    // spam
    (
        r##"{"data": {"id": "2000000000000000011", "text": "Win free flights! Follow and RT @BrambleAir giveaway ends tonight #free #giveaway", "author_id": "111", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000011", "lang": "en", "entities": {"mentions": [{"start": 32, "end": 43, "username": "BrambleAir", "id": "900"}]}}, "includes": {"users": [{"id": "111", "name": "User 11", "username": "user11", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "ignore",
        "low",
        Some("flights"),
        "indirect",
    ),
    // news
    (
        r##"{"data": {"id": "2000000000000000012", "text": "Bramble Air announces new routes to Split and Dubrovnik from March", "author_id": "112", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000012", "lang": "en"}, "includes": {"users": [{"id": "112", "name": "User 12", "username": "user12", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "monitor",
        "low",
        None,
        "indirect",
    ),
    // abusive
    (
        r##"{"data": {"id": "2000000000000000013", "text": "@BrambleAir you useless idiots lost my bag AGAIN", "author_id": "113", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000013", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 11, "username": "BrambleAir", "id": "900"}]}}, "includes": {"users": [{"id": "113", "name": "User 13", "username": "user13", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "high",
        Some("baggage"),
        "direct",
    ),
    // spanish
    (
        r##"{"data": {"id": "2000000000000000014", "text": "@BrambleAir mi maleta no lleg\u00f3 a Madrid y nadie responde", "author_id": "114", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000014", "lang": "es", "entities": {"mentions": [{"start": 0, "end": 11, "username": "BrambleAir", "id": "900"}]}}, "includes": {"users": [{"id": "114", "name": "User 14", "username": "user14", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "normal",
        None,
        "direct",
    ),
    // threat
    (
        r##"{"data": {"id": "2000000000000000015", "text": "@BrambleAir if the gate agent treats my mum like that again I will hurt someone", "author_id": "115", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000015", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 11, "username": "BrambleAir", "id": "900"}]}}, "includes": {"users": [{"id": "115", "name": "User 15", "username": "user15", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "urgent",
        Some("flights"),
        "direct",
    ),
    // chatter
    (
        r##"{"data": {"id": "2000000000000000016", "text": "Flying Bramble Air tomorrow for the first time, wish me luck", "author_id": "116", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000016", "lang": "en"}, "includes": {"users": [{"id": "116", "name": "User 16", "username": "user16", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "monitor",
        "low",
        None,
        "indirect",
    ),
    // third-party-vent
    (
        r##"{"data": {"id": "2000000000000000017", "text": "ugh same, bramble air lost my luggage last summer too", "author_id": "117", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "1999", "lang": "en", "in_reply_to_user_id": "555", "referenced_tweets": [{"type": "replied_to", "id": "1999"}]}, "includes": {"users": [{"id": "117", "name": "User 17", "username": "user17", "description": "", "public_metrics": {"followers_count": 200}}, {"id": "555", "name": "Dave", "username": "dave"}]}}"##,
        "monitor",
        "low",
        Some("baggage"),
        "third_party",
    ),
    // rt
    (
        r##"{"data": {"id": "2000000000000000018", "text": "RT @BrambleAir: Summer sale now on, flights from 29 pounds", "author_id": "118", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000018", "lang": "en", "entities": {"mentions": [{"start": 3, "end": 14, "username": "BrambleAir", "id": "900"}]}, "referenced_tweets": [{"type": "retweeted", "id": "1998"}]}, "includes": {"users": [{"id": "118", "name": "User 18", "username": "user18", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "ignore",
        "low",
        Some("flights"),
        "indirect",
    ),
    // followers
    (
        r##"{"data": {"id": "2000000000000000019", "text": "Buy 10k real followers cheap, DM me @BrambleAir @nike @apple", "author_id": "119", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000019", "lang": "en", "entities": {"mentions": [{"start": 36, "end": 47, "username": "BrambleAir", "id": "900"}, {"start": 48, "end": 53, "username": "nike", "id": "777"}, {"start": 54, "end": 60, "username": "apple", "id": "777"}]}}, "includes": {"users": [{"id": "119", "name": "User 19", "username": "user19", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "ignore",
        "low",
        None,
        "indirect",
    ),
    // sarcasm2
    (
        r##"{"data": {"id": "2000000000000000020", "text": "Oh great, Bramble Air delayed again. 4 hours at the gate. Love paying for this.", "author_id": "120", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000020", "lang": "en"}, "includes": {"users": [{"id": "120", "name": "User 20", "username": "user20", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "normal",
        Some("flights"),
        "indirect",
    ),
    // phone
    (
        r##"{"data": {"id": "2000000000000000021", "text": "@BrambleAir please call me about my lost bag, 07700 900123", "author_id": "121", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2000000000000000021", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 11, "username": "BrambleAir", "id": "900"}]}}, "includes": {"users": [{"id": "121", "name": "User 21", "username": "user21", "description": "", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_private",
        "normal",
        Some("baggage"),
        "direct",
    ),
];

fn check(plan: &str, cases: &[(&str, &str, &str, Option<&str>, &str)]) {
    let engine = Engine::new(Plan::parse(plan, "plan.toml").unwrap());
    let mut misses = Vec::new();
    for (line, action, priority, topic, addressed) in cases {
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
fn an_airline() {
    check(BRAMBLE_PLAN, BRAMBLE_CASES);
}

#[test]
fn a_food_delivery_app() {
    check(QUICKBITE_PLAN, QUICKBITE_CASES);
}

// ---- A bank whose short name is an ordinary word ("beacon"): distress,
// fraud against a vulnerable person, a quote of the brand's own post.

const BEACON_PLAN: &str = r#"
version = 1
[brand]
name = "Beacon Bank"
aliases = ["Beacon Bank", "Beacon"]
handles = { x = ["BeaconBank"], mastodon = ["help@beacon.example"], bluesky = ["beaconbank.example"] }
[[team]]
id = "cards"
name = "Cards"
[[team]]
id = "lending"
name = "Lending"
[[topic]]
id = "cards"
team = "cards"
keywords = ["card", "payment", "declined", "fraud", "stolen"]
[[topic]]
id = "mortgage"
team = "lending"
keywords = ["mortgage", "loan", "house"]
[[topic]]
id = "app"
team = "cards"
keywords = ["app", "login", "logged"]
"#;

const BEACON_CASES: &[(&str, &str, &str, Option<&str>, &str)] = &[
    // Someone posing as the bank's support in a customer's thread and
    // asking for card details: an impersonator, never a case.
    (
        r##"{"data": {"id": "3000000000000000090", "text": "@mo_k Hi Mo, Beacon Bank customer care here 👋 so sorry about your card. Send your card details on WhatsApp and we'll refund you today", "author_id": "390", "in_reply_to_user_id": "391", "referenced_tweets": [{"type": "replied_to", "id": "3000000000000000089"}]}, "includes": {"users": [{"id": "390", "username": "beacon_help_desk", "public_metrics": {"followers_count": 12}}, {"id": "391", "username": "mo_k"}], "tweets": [{"id": "3000000000000000089", "text": "Beacon Bank declined my card three times today, what is going on", "author_id": "391"}]}}"##,
        "ignore",
        "low",
        Some("cards"),
        "third_party",
    ),
    // The customer who got such a message and asks the bank about it.
    (
        r##"{"data": {"id": "3000000000000000091", "text": "@BeaconBank someone saying they are customer care here asked for my card details on WhatsApp, is that you?", "author_id": "391", "entities": {"mentions": [{"start": 0, "end": 11, "username": "BeaconBank", "id": "900"}]}}, "includes": {"users": [{"id": "391", "username": "mo_k", "public_metrics": {"followers_count": 80}}]}}"##,
        "respond_public",
        "normal",
        Some("cards"),
        "direct",
    ),
    // fraud
    (
        r##"{"data": {"id": "2200000000000000000", "text": "@BeaconBank my card was stolen and someone is spending on it right now, please block it", "author_id": "100", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2200000000000000000", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 11, "username": "BeaconBank", "id": "900"}]}}, "includes": {"users": [{"id": "100", "name": "User 0", "username": "user0", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "high",
        Some("cards"),
        "direct",
    ),
    // cant-cope
    (
        r##"{"data": {"id": "2200000000000000001", "text": "@BeaconBank I'm going to lose my house if you don't release my mortgage payment, I can't cope anymore", "author_id": "101", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2200000000000000001", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 11, "username": "BeaconBank", "id": "900"}]}}, "includes": {"users": [{"id": "101", "name": "User 1", "username": "user1", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "urgent",
        Some("mortgage"),
        "direct",
    ),
    // sarcasm-app
    (
        r##"{"data": {"id": "2200000000000000002", "text": "@BeaconBank your app logged me out again \ud83d\ude44 great job", "author_id": "102", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2200000000000000002", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 11, "username": "BeaconBank", "id": "900"}]}}, "includes": {"users": [{"id": "102", "name": "User 2", "username": "user2", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "high",
        Some("app"),
        "direct",
    ),
    // news
    (
        r##"{"data": {"id": "2200000000000000003", "text": "Beacon Bank CEO resigns amid scandal https://t.co/abc123", "author_id": "103", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2200000000000000003", "lang": "en", "entities": {"urls": [{"start": 37, "end": 60, "url": "https://t.co/abc123", "expanded_url": "https://news.example/beacon-ceo", "display_url": "news.example/beacon-ceo"}]}}, "includes": {"users": [{"id": "103", "name": "User 3", "username": "user3", "public_metrics": {"followers_count": 200}}]}}"##,
        "monitor",
        "low",
        None,
        "indirect",
    ),
    // question
    (
        r##"{"data": {"id": "2200000000000000004", "text": "@BeaconBank hi, what are your opening hours on Saturday?", "author_id": "104", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2200000000000000004", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 11, "username": "BeaconBank", "id": "900"}]}}, "includes": {"users": [{"id": "104", "name": "User 4", "username": "user4", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "normal",
        None,
        "direct",
    ),
    // common-word
    (
        r##"{"data": {"id": "2200000000000000005", "text": "the old lighthouse beacon flashed all night", "author_id": "105", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2200000000000000005", "lang": "en"}, "includes": {"users": [{"id": "105", "name": "User 5", "username": "user5", "public_metrics": {"followers_count": 200}}]}}"##,
        "ignore",
        "low",
        None,
        "none",
    ),
    // theatre
    (
        r##"{"data": {"id": "2200000000000000006", "text": "Beacon Theatre tickets on sale now for the spring season", "author_id": "106", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2200000000000000006", "lang": "en"}, "includes": {"users": [{"id": "106", "name": "User 6", "username": "user6", "public_metrics": {"followers_count": 200}}]}}"##,
        "ignore",
        "low",
        None,
        "none",
    ),
    // reply-tagging
    (
        r##"{"data": {"id": "2200000000000000007", "text": "@jo @BeaconBank same thing happened to me, they froze my account for no reason", "author_id": "107", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "1999", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 3, "username": "jo", "id": "555"}, {"start": 4, "end": 15, "username": "BeaconBank", "id": "900"}]}, "in_reply_to_user_id": "555", "referenced_tweets": [{"type": "replied_to", "id": "1999"}]}, "includes": {"users": [{"id": "107", "name": "User 7", "username": "user7", "public_metrics": {"followers_count": 200}}, {"id": "555", "name": "Jo", "username": "jo"}], "tweets": [{"id": "1999", "text": "is anyone else's bank useless this week", "author_id": "555"}]}}"##,
        "respond_public",
        "normal",
        None,
        "indirect",
    ),
    // quote
    (
        r##"{"data": {"id": "2200000000000000008", "text": "lol then answer my 3 emails about the frozen account", "author_id": "108", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2200000000000000008", "lang": "en", "referenced_tweets": [{"type": "quoted", "id": "1888"}]}, "includes": {"users": [{"id": "108", "name": "User 8", "username": "user8", "public_metrics": {"followers_count": 200}}, {"id": "900", "name": "Beacon Bank", "username": "BeaconBank"}], "tweets": [{"id": "1888", "text": "We value every one of our customers. Here to help 8am-8pm.", "author_id": "900"}]}}"##,
        "respond_public",
        "normal",
        None,
        "indirect",
    ),
    // third-party-joke-lower
    (
        r##"{"data": {"id": "2200000000000000009", "text": "@jo beacon of disappointment more like", "author_id": "109", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "1999", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 3, "username": "jo", "id": "555"}]}, "in_reply_to_user_id": "555", "referenced_tweets": [{"type": "replied_to", "id": "1999"}]}, "includes": {"users": [{"id": "109", "name": "User 9", "username": "user9", "public_metrics": {"followers_count": 200}}, {"id": "555", "name": "Jo", "username": "jo"}], "tweets": [{"id": "1999", "text": "is anyone else's bank useless this week", "author_id": "555"}]}}"##,
        "ignore",
        "low",
        None,
        "none",
    ),
    // declined-abroad
    (
        r##"{"data": {"id": "2200000000000000010", "text": "Beacon declined my card 4 times in Lisbon, stuck at the hotel desk like an idiot", "author_id": "110", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2200000000000000010", "lang": "en"}, "includes": {"users": [{"id": "110", "name": "User 10", "username": "user10", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "high",
        Some("cards"),
        "indirect",
    ),
    // hashtag-praise
    (
        r##"{"data": {"id": "2200000000000000011", "text": "Shoutout to the #BeaconBank team in Leeds, sorted my mortgage in one visit", "author_id": "111", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2200000000000000011", "lang": "en"}, "includes": {"users": [{"id": "111", "name": "User 11", "username": "user11", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "low",
        Some("mortgage"),
        "indirect",
    ),
    // vulnerable
    (
        r##"{"data": {"id": "2200000000000000012", "text": "@BeaconBank my dad has dementia and someone on the phone talked him into moving his savings", "author_id": "112", "created_at": "2026-11-23T10:00:00.000Z", "conversation_id": "2200000000000000012", "lang": "en", "entities": {"mentions": [{"start": 0, "end": 11, "username": "BeaconBank", "id": "900"}]}}, "includes": {"users": [{"id": "112", "name": "User 12", "username": "user12", "public_metrics": {"followers_count": 200}}]}}"##,
        "respond_public",
        "high",
        None,
        "direct",
    ),
];

#[test]
fn a_bank_with_an_ordinary_word_for_a_name() {
    check(BEACON_PLAN, BEACON_CASES);
}
