//! Behaviour tests of the whole coach on realistic drafts: each asserts
//! what an agent would see beside the reply box.

use super::*;
use earshot_core::{Action, Addressing, Network};
use proptest::prelude::*;

fn public(network: Network, text: &str) -> CoachReport {
    coach(&CoachRequest {
        network,
        visibility: Visibility::Public,
        text: text.to_string(),
        case: None,
    })
}

fn private(network: Network, text: &str) -> CoachReport {
    coach(&CoachRequest {
        network,
        visibility: Visibility::Private,
        text: text.to_string(),
        case: None,
    })
}

fn with_post(text: &str, post: &str) -> CoachReport {
    coach(&CoachRequest {
        network: Network::X,
        visibility: Visibility::Public,
        text: text.to_string(),
        case: Some(CaseContext {
            action: Action::RespondPublic,
            addressed: Addressing::Direct,
            customer_text: Some(post.to_string()),
            namesake_or_joke: false,
            instance_limit: None,
        }),
    })
}

fn codes_of(report: &CoachReport) -> Vec<&'static str> {
    report.findings.iter().map(|f| f.code).collect()
}

fn x(text: &str) -> Vec<&'static str> {
    codes_of(&public(Network::X, text))
}

fn severity(report: &CoachReport, code: &str) -> Option<Severity> {
    report
        .findings
        .iter()
        .find(|f| f.code == code)
        .map(|f| f.severity)
}

// ---- Lesson 1: the canned numbers reply ----

#[test]
fn lesson_one_reply_is_deflection_only_and_a_platitude() {
    let r = public(
        Network::X,
        "Sorry for the trouble. Call 800-555-0100 for repair, 800-555-0101 for billing, 800-555-0102 for TV.",
    );
    assert_eq!(codes_of(&r), ["deflection_only", "platitude"], "{r:#?}");
    assert_eq!(severity(&r, "deflection_only"), Some(Severity::Error));
    assert_eq!(severity(&r, "platitude"), Some(Severity::Warning));
    assert!(r.blocks_sending());
    // Toll-free brand lines are not the customer's private data.
    assert!(!r.has("private_data_public"));
    let msg = &r.findings[0].message;
    assert!(msg.contains("phone number") && msg.contains("ask"), "{msg}");
}

#[test]
fn lesson_one_crammed_numbers_are_still_a_deflection() {
    let r = public(
        Network::X,
        "We apologize for the inconvenience. Call 800-555-0100800-555-0101800-555-0102",
    );
    assert_eq!(codes_of(&r), ["deflection_only", "platitude"], "{r:#?}");
}

#[test]
fn deflection_with_an_acknowledgement_or_a_question_is_fine() {
    assert_eq!(
        x("Sorry your internet is down, Dana. Call 800-555-0100 and we'll get an engineer out today."),
        Vec::<&str>::new()
    );
    assert_eq!(
        x("That sounds frustrating. Please call us on 0800 123 4567."),
        Vec::<&str>::new()
    );
    assert_eq!(
        x("What lights do you see on the router? You can also call us on 0800 123 4567."),
        Vec::<&str>::new()
    );
    assert_eq!(
        x("Since when has it been down? DM us your postcode."),
        Vec::<&str>::new()
    );
}

#[test]
fn every_kind_of_deflection_is_caught() {
    for draft in [
        "Please DM us.",
        "Send us a private message.",
        "Please contact support.",
        "Visit our help centre: https://help.northwind.example",
        "See northwind.com/help",
        "Email care@northwind.com",
        "Give us a call on 0161 496 0000!",
        "Please reach out to our support team.",
        "Hi there! Please call us.",
        "Llámanos al 900 123 456.",
    ] {
        let r = public(Network::X, draft);
        assert!(r.has("deflection_only"), "{draft}: {r:#?}");
    }
}

#[test]
fn restating_the_customers_words_acknowledges_them() {
    let post = "@NorthwindCares my TV box keeps rebooting every evening";
    let r = with_post("Sorry about the TV box! Call 800-555-0102.", post);
    assert!(!r.has("deflection_only"), "{r:#?}");
    // The same reply without the post to compare with is judged on its own
    // words: "TV" alone names a department, not the problem.
    let r = public(Network::X, "Sorry! Call 800-555-0102 for TV.");
    assert!(r.has("deflection_only"));
}

#[test]
fn giving_the_number_the_customer_asked_for_is_not_a_deflection() {
    let post = "@NorthwindCares what's your phone number for repairs?";
    let r = with_post("Call 0800 123 4567, open till 8pm.", post);
    assert!(!r.has("deflection_only"), "{r:#?}");
}

#[test]
fn a_polite_question_about_the_channel_is_not_a_real_question() {
    let r = public(Network::X, "Could you DM us, please?");
    assert!(r.has("deflection_only"), "{r:#?}");
}

#[test]
fn what_surrounds_a_deflection_is_part_of_it() {
    // The list after "DM us" and the "for faster help" preamble say
    // nothing about the problem.
    for draft in [
        "Please follow and DM us your full name, address and account number.",
        "We apologise for any inconvenience. For faster help, please visit https://help.northwind.example or call 0800 123 4567.",
        "Check our status page for updates: status.northwind.com",
        "Sorry, we don't discuss accounts in public. Please DM us.",
        "Désolé pour la gêne occasionnée. Contactez-nous au 01 23 45 67 89.",
    ] {
        let r = public(Network::X, draft);
        assert!(r.has("deflection_only"), "{draft}: {r:#?}");
        assert!(!r.has("private_data_public"), "{draft}: {r:#?}");
    }
}

#[test]
fn real_replies_that_also_link_or_give_a_number_are_not_deflections() {
    for draft in [
        "Oh no! That's not the experience we want for you. Could you DM us so we can look into this further?",
        "Hi Tom, so sorry your broadband keeps dropping in the evenings. We've booked an engineer for Thursday between 8am and 1pm; they'll text you when they're on the way.",
        "Sorry Dana, our engineers are fixing a fault in Millbrook: live updates at northwind.com/status",
        "Hey there 👋 Could you share a screenshot of the error?",
    ] {
        let r = public(Network::X, draft);
        assert!(!r.has("deflection_only"), "{draft}: {r:#?}");
    }
}

// ---- Lesson 3: acknowledge, look into it; platitudes ----

#[test]
fn the_good_reply_has_no_findings() {
    let r = public(
        Network::X,
        "Sorry your internet's been down since this morning, Dana — that's a long time. Our \
         engineers are on a fault in Millbrook; we'll update you here by 3pm.",
    );
    assert_eq!(r.findings, [], "{r:#?}");
    assert!(!r.blocks_sending());
}

#[test]
fn stock_apologies_and_thanks_are_platitudes() {
    for draft in [
        "We apologise for any inconvenience.",
        "Thanks for reaching out!",
        "We value your feedback.",
        "Hi Sam, we're sorry to hear that and understand your frustration.",
        "Thank you so much for your patience!",
        "Lo sentimos mucho por las molestias.",
        "ご不便をおかけして申し訳ございません。",
    ] {
        let r = public(Network::X, draft);
        assert_eq!(codes_of(&r), ["platitude"], "{draft}: {r:#?}");
    }
}

#[test]
fn apologies_with_content_are_not_platitudes() {
    for draft in [
        "Sorry your parcel arrived two days late, Priya. I've refunded the delivery charge.",
        "Thanks for flagging the billing error — I've corrected March's invoice.",
        "Entschuldigung für den Ausfall in Millbrook, die Techniker sind vor Ort.",
        "インターネットが繋がらずご不便をおかけして申し訳ありません。",
    ] {
        let r = public(Network::X, draft);
        assert!(!r.has("platitude"), "{draft}: {r:#?}");
    }
}

#[test]
fn sharing_words_with_the_post_counts_as_specific() {
    let post = "Third delivery attempt missed, I was home all day";
    let r = with_post("So sorry about the missed delivery!", post);
    assert!(!r.has("platitude"), "{r:#?}");
}

// ---- Lesson 5: set expectations ----

#[test]
fn handoffs_without_a_time_are_flagged() {
    for draft in [
        "Sorry about the outage in Millbrook. I've passed this to our engineers.",
        "Sorry your refund hasn't arrived, Jo. We've escalated it.",
        "Sorry the router keeps dropping out. A colleague will be in touch.",
        "Sorry about the double charge, Sam. We've sent you a DM.",
        "Sorry the engineer didn't turn up. We'll look into it.",
        "Sorry your bill jumped this month. Moving to DM.",
        "Sorry the lifts at Millbrook station are out again. We're on it!",
    ] {
        let r = public(Network::X, draft);
        assert_eq!(codes_of(&r), ["missing_expectation"], "{draft}: {r:#?}");
        assert_eq!(severity(&r, "missing_expectation"), Some(Severity::Warning));
    }
}

#[test]
fn handoffs_with_a_time_are_fine() {
    for draft in [
        "Sorry about the outage in Millbrook. I've passed this to our engineers; we'll update you within 2 hours.",
        "Sorry your refund hasn't arrived. We've escalated it and you'll hear from us by tomorrow.",
        "Sorry the router keeps dropping out. A colleague will call you today.",
        "Sorry about the double charge. We've sent you a DM and will reply there in the next 30 minutes.",
        "Sorry the engineer didn't turn up. We'll look into it and update you at 5pm.",
        "Sorry about the outage. Engineers are working on it; next update by Friday.",
        "Sorry about the outage. We're investigating and will post an update by 15:30.",
    ] {
        let r = public(Network::X, draft);
        assert!(!r.has("missing_expectation"), "{draft}: {r:#?}");
    }
}

#[test]
fn a_time_in_the_past_is_not_an_expectation() {
    let r = public(
        Network::X,
        "Thanks for the kind words, Priya! We'll pass them on to the install team.",
    );
    assert!(
        !r.has("missing_expectation"),
        "compliments are not a hand-off: {r:#?}"
    );
    let r = public(
        Network::X,
        "Sorry it's been down since this morning, Dana. I've passed it to our engineers.",
    );
    assert!(r.has("missing_expectation"), "{r:#?}");
    let r = public(
        Network::X,
        "Sorry it's been down for 3 hours. We're looking into it.",
    );
    assert!(r.has("missing_expectation"), "{r:#?}");
}

// ---- Lesson 7: privacy ----

#[test]
fn asking_for_an_account_number_in_public_is_an_error() {
    for draft in [
        "Sorry about the bill! What's your account number?",
        "Sorry about the outage. Reply with your address and we'll check the area.",
        "Sorry about the bill. Please send your date of birth so we can verify you.",
        "Sorry your order is late. Can you confirm your booking reference?",
        "Sorry the box isn't working. What's the best number to reach you on?",
    ] {
        let r = public(Network::X, draft);
        assert!(r.has("private_data_public"), "{draft}: {r:#?}");
        assert_eq!(
            severity(&r, "private_data_public"),
            Some(Severity::Error),
            "{draft}"
        );
    }
}

#[test]
fn asking_for_details_by_dm_is_the_right_move() {
    for draft in [
        "Sorry about the bill, Sam. Could you DM us your account number so we can check it?",
        "Sorry about the outage. Please send us your address by DM and we'll check the area.",
        "Sorry about the bill. Please don't share your account number here.",
        "Sorry the router keeps rebooting. Have you tried restarting your phone too?",
        "Sorry the reset link expired! Could you check your email? We've sent a new one.",
        "Sorry the bill looks wrong. Please confirm your address in the app and we'll reissue it today.",
    ] {
        let r = public(Network::X, draft);
        assert!(!r.has("private_data_public"), "{draft}: {r:#?}");
    }
}

#[test]
fn private_details_in_a_public_reply_are_errors() {
    for draft in [
        "Thanks Dana, I've found account 12345678 and reset the line.",
        "Sorry about the charge on card 4111 1111 1111 1111; it's refunded.",
        "We'll call you on 07700 900123 within the hour about the fault.",
        "We've emailed you at dana.k@gmail.com with the refund details today.",
        "An engineer will be at 12 Elm Street by 3pm to fix the line.",
        "Sorry about the fault at Hauptstraße 5, it's fixed now.",
        "We've confirmed your DOB 12/03/1990 and reset the password.",
        "Booking ref XK7P2Q is now rebooked onto the 9am train.",
        "The engineer is booked for SW1A 1AA tomorrow at 9am.",
        "Sorry about the charge on the card ending in 4821, refund is on its way today.",
        "@sam_k Thanks Sam! Your order #A18273 shipped today and will arrive Thursday.",
        "Hi Ana, the invoice went to ana.lopez@acme-corp.com, I've resent it to the address on your account.",
    ] {
        let r = public(Network::X, draft);
        assert_eq!(
            severity(&r, "private_data_public"),
            Some(Severity::Error),
            "{draft}: {r:#?}"
        );
    }
}

#[test]
fn the_brands_own_lines_are_not_private() {
    for draft in [
        "Sorry the TV guide is blank. Call us on 0161 496 0000 and we'll reset it today.",
        "Sorry the TV guide is blank, email support@northwind.com and we'll reset it today.",
        "Sorry the TV guide is blank: call 0800 123 4567.",
        "Sorry about the outage in Millbrook. Our store at 100 Main Street is open if you need a loaner router today.",
        "Sorry about the outage. Your case reference 44817 has been escalated; update by 5pm.",
    ] {
        let r = public(Network::X, draft);
        assert!(!r.has("private_data_public"), "{draft}: {r:#?}");
    }
}

#[test]
fn an_unclear_phone_number_is_a_warning() {
    let r = public(
        Network::X,
        "Sorry the line's dead. Is 0161 496 0123 still your number?",
    );
    assert_eq!(
        severity(&r, "private_data_public"),
        Some(Severity::Error),
        "{r:#?}"
    );
    let r = public(
        Network::X,
        "Sorry the line is dead: 0161 496 0123 rang out.",
    );
    assert_eq!(
        severity(&r, "private_data_public"),
        Some(Severity::Warning),
        "{r:#?}"
    );
}

#[test]
fn private_data_is_fine_in_a_private_reply() {
    let r = private(
        Network::X,
        "Thanks Dana, I've found account 12345678 at 12 Elm Street and reset the line; it'll be back by 3pm.",
    );
    assert!(!r.has("private_data_public"), "{r:#?}");
}

// ---- Lessons 1 and 2: someone else's conversation ----

fn case(action: Action, addressed: Addressing, joke: bool) -> Option<CaseContext> {
    Some(CaseContext {
        action,
        addressed,
        customer_text: None,
        namesake_or_joke: joke,
        instance_limit: None,
    })
}

#[test]
fn answering_a_joke_or_someone_elses_conversation_is_flagged() {
    let text = "Sorry your internet's down! Our engineers will fix it by 5pm.";
    for (c, vis, sev) in [
        (
            case(Action::Ignore, Addressing::Indirect, true),
            Visibility::Public,
            Severity::Error,
        ),
        (
            case(Action::Monitor, Addressing::ThirdParty, false),
            Visibility::Public,
            Severity::Error,
        ),
        (
            case(Action::RespondPublic, Addressing::ThirdParty, false),
            Visibility::Public,
            Severity::Error,
        ),
        (
            case(Action::Monitor, Addressing::Indirect, false),
            Visibility::Public,
            Severity::Error,
        ),
        (
            case(Action::Ignore, Addressing::None, false),
            Visibility::Private,
            Severity::Warning,
        ),
    ] {
        let r = coach(&CoachRequest {
            network: Network::X,
            visibility: vis,
            text: text.into(),
            case: c.clone(),
        });
        assert_eq!(severity(&r, "not_a_customer"), Some(sev), "{c:?}: {r:#?}");
    }
    let r = coach(&CoachRequest {
        network: Network::X,
        visibility: Visibility::Public,
        text: text.into(),
        case: case(Action::RespondPublic, Addressing::Direct, false),
    });
    assert!(!r.has("not_a_customer"));
}

#[test]
fn the_joke_message_explains_why() {
    let r = coach(&CoachRequest {
        network: Network::X,
        visibility: Visibility::Public,
        text: "Sorry for the trouble!".into(),
        case: case(Action::Ignore, Addressing::ThirdParty, true),
    });
    let f = &r.findings[0];
    assert_eq!(f.code, "not_a_customer");
    assert!(
        f.message.contains("joke") && f.message.contains("Don't reply in public"),
        "{}",
        f.message
    );
}

// ---- Length ----

#[test]
fn too_long_gives_the_overflow() {
    let text = format!(
        "Sorry your internet is down in Millbrook. {}",
        "a".repeat(280)
    );
    let r = public(Network::X, &text);
    let over = r.length - 280;
    assert_eq!(r.limit, Some(280));
    let f = r
        .findings
        .iter()
        .find(|f| f.code == "too_long")
        .expect("too_long");
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.message
            .starts_with(&format!("{over} characters over X's 280")),
        "{}",
        f.message
    );
    let one_over = public(Network::X, &"a".repeat(281));
    assert!(
        one_over.findings[0]
            .message
            .starts_with("1 character over X's 280"),
        "{one_over:#?}"
    );
    assert!(!public(Network::X, &"a".repeat(280)).has("too_long"));
}

#[test]
fn cjk_drafts_run_out_of_room_on_x_sooner() {
    let text = "网络断了，我们的工程师正在千禧区处理故障，下午三点前在这里更新。".repeat(5);
    let on_x = public(Network::X, &text);
    let on_bluesky = public(Network::Bluesky, &text);
    assert!(on_x.has("too_long"), "{on_x:#?}");
    assert!(!on_bluesky.has("too_long"), "{on_bluesky:#?}");
    assert_eq!(on_x.length, 2 * on_bluesky.length);
}

#[test]
fn mastodon_uses_the_instance_limit() {
    let text = format!(
        "Sorry about the outage in Millbrook, fix by 5pm. {}",
        "a".repeat(500)
    );
    let mut req = CoachRequest {
        network: Network::Mastodon,
        visibility: Visibility::Public,
        text,
        case: case(Action::RespondPublic, Addressing::Direct, false),
    };
    assert!(coach(&req).has("too_long"));
    if let Some(c) = req.case.as_mut() {
        c.instance_limit = Some(1000);
    }
    let r = coach(&req);
    assert_eq!(r.limit, Some(1000));
    assert!(!r.has("too_long"));
}

#[test]
fn email_has_no_limit_and_serialises_null() {
    let r = private(
        Network::Email,
        &"Sorry about the outage in Millbrook. ".repeat(300),
    );
    assert_eq!(r.limit, None);
    assert!(!r.has("too_long"));
    let json = serde_json::to_value(&r).expect("serialise");
    assert!(json["limit"].is_null());
    assert!(json["length"].as_u64().is_some_and(|n| n > 5000));
}

#[test]
fn report_serialises_as_the_contract_says() {
    let r = public(Network::X, "Sorry for the trouble. Call 800-555-0100.");
    let json = serde_json::to_value(&r).expect("serialise");
    assert_eq!(json["limit"], 280);
    assert_eq!(json["findings"][0]["code"], "deflection_only");
    assert_eq!(json["findings"][0]["severity"], "error");
    assert_eq!(json["findings"][1]["severity"], "warning");
    assert!(json["findings"][0]["message"]
        .as_str()
        .is_some_and(|m| !m.is_empty()));
    let req: CoachRequest = serde_json::from_str(
        r#"{"network": "bluesky", "visibility": "private", "text": "hi",
            "case": {"action": "monitor", "addressed": "third_party"}}"#,
    )
    .expect("parse request");
    assert_eq!(req.network, Network::Bluesky);
    assert_eq!(req.visibility, Visibility::Private);
    assert_eq!(
        req.case.as_ref().map(|c| c.addressed),
        Some(Addressing::ThirdParty)
    );
}

// ---- Extras ----

#[test]
fn blank_drafts_are_empty() {
    for text in ["", "   ", "\n\t", "\u{200B}"] {
        let r = public(Network::Bluesky, text);
        assert_eq!(codes_of(&r), ["empty"], "{text:?}");
    }
}

#[test]
fn tone_checks() {
    let r = public(
        Network::X,
        "WE ARE LOOKING AT THE OUTAGE IN MILLBROOK NOW, FIXED BY 5PM",
    );
    assert!(r.has("shouting"), "{r:#?}");
    let r = public(
        Network::X,
        "As we already said, the router needs a restart. You should have read the setup guide.",
    );
    assert!(r.has("blames_customer"), "{r:#?}");
    let r = public(
        Network::X,
        "Sorry, the outage in Millbrook is not our fault and there's nothing we can do.",
    );
    assert!(r.has("tone_defensive"), "{r:#?}");
    let r = public(
        Network::X,
        "We're sorry you feel that way. Please see our terms at northwind.com/terms.",
    );
    assert!(
        r.has("tone_defensive") && r.has("deflection_only"),
        "{r:#?}"
    );
    let r = public(
        Network::X,
        "Sorry the DM didn't reach you, Sam: the TV box fix is live now.",
    );
    assert!(!r.has("shouting"), "{r:#?}");
}

#[test]
fn emoji_and_flags_do_not_confuse_the_checks() {
    let r = public(
        Network::X,
        "Sorry your 📺 is playing up, Sam 😔 An engineer will call you today 👍🏽🇬🇧",
    );
    assert_eq!(r.findings, [], "{r:#?}");
    assert_eq!(
        r.length,
        public(
            Network::X,
            "Sorry your xx is playing up, Sam xx An engineer will call you today xxxx"
        )
        .length
    );
}

#[test]
fn coach_is_fast_enough_for_every_keystroke() {
    // A sanity bound far above the benchmark figure, so that an
    // accidentally quadratic change fails here before it ships.
    let text = "Sorry your internet's been down since this morning, Dana — that's a long time. \
                Our engineers are on a fault in Millbrook; we'll update you here by 3pm. "
        .repeat(20);
    let start = std::time::Instant::now();
    for _ in 0..20 {
        std::hint::black_box(public(Network::X, &text));
    }
    assert!(start.elapsed().as_millis() < 2000, "{:?}", start.elapsed());
}

#[test]
fn pathological_drafts_stay_fast() {
    // One long sentence full of numbers, asks and links: no check may be
    // quadratic in a way that shows at the size of a long email.
    for unit in [
        "0161 496 0123 ",
        "what's your account number and your address ",
        "see https://northwind.example/a and b.com ",
        "we'll pass this to the team ",
        "down since today and since tomorrow ",
        "12 Elm Street, 0161 496 0123, dana@example.com, ",
    ] {
        let text = unit.repeat(20_000 / unit.len());
        let start = std::time::Instant::now();
        std::hint::black_box(public(Network::X, &text));
        assert!(
            start.elapsed().as_millis() < 3000,
            "{unit}: {:?}",
            start.elapsed()
        );
    }
}

proptest! {
    #[test]
    fn any_string_gets_a_consistent_report(text in "\\PC{0,400}", net in 0usize..5, public_vis in any::<bool>()) {
        let network = Network::ALL[net];
        let r = coach(&CoachRequest {
            network,
            visibility: if public_vis { Visibility::Public } else { Visibility::Private },
            text: text.clone(),
            case: None,
        });
        prop_assert_eq!((r.length, r.limit), length::measure(network, &text, None));
        prop_assert_eq!(r.limit.is_none(), matches!(network, Network::Email | Network::Webhook));
        prop_assert_eq!(r.has("too_long"), r.limit.is_some_and(|l| r.length > l));
        prop_assert!(r.findings.iter().all(|f| !f.message.is_empty()));
        let mut severities: Vec<Severity> = r.findings.iter().map(|f| f.severity).collect();
        let sorted = { let mut s = severities.clone(); s.sort(); s };
        prop_assert_eq!(&mut severities, &sorted);
    }

    #[test]
    fn mixed_scripts_urls_and_numbers_never_panic(
        parts in proptest::collection::vec(prop_oneof![
            Just("https://x.com/a?b=c.".to_string()), Just("northwind.co.uk".to_string()), Just("@dana@mastodon.social".to_string()),
            Just("care@northwind.com".to_string()), Just("0800 123 4567".to_string()), Just("+44 (0)20 7946-0958".to_string()),
            Just("4111 1111 1111 1111".to_string()), Just("👨\u{200D}👩\u{200D}👧".to_string()), Just("🇬🇧".to_string()), Just("1\u{FE0F}\u{20E3}".to_string()),
            Just("网络断了".to_string()), Just("e\u{301}".to_string()), Just("we'll".to_string()), Just("?".to_string()), Just("。".to_string()), Just(" - ".to_string()),
            Just("12 Elm Street".to_string()), Just("SW1A 1AA".to_string()), Just("'".to_string()), Just("’".to_string()), Just("#".to_string()), Just("@".to_string()),
            "[a-zA-Z0-9 .,:/@#'-]{0,12}".prop_map(|s| s),
        ], 0..30),
        net in 0usize..5,
    ) {
        let text: String = parts.concat();
        let network = Network::ALL[net];
        let r = coach(&CoachRequest { network, visibility: Visibility::Public, text: text.clone(), case: None });
        // Only X and Mastodon count anything (links) as more than its
        // characters; X counts at most 2 per character otherwise.
        match network {
            Network::Bluesky | Network::Email | Network::Webhook => prop_assert!(r.length <= text.chars().count()),
            _ => prop_assert!(r.length <= text.chars().count() * 2 + 23 * text.matches('.').count()),
        }
    }
}
