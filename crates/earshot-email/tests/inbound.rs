//! IMAP in, end to end: mail in the stand-in mailbox → the connector →
//! the real pipeline → cases in a real SQLite store.

mod support;

use earshot_core::{Action, Network};
use earshot_email::standin::ImapFault;
use std::time::{Duration, Instant};
use support::*;

#[tokio::test]
async fn a_mail_becomes_a_private_case_with_its_author_and_text() {
    let desk = Desk::new().await;
    let s = servers().await;
    s.imap.deliver(mail(
        "Dana Reyes <Dana.Reyes@example.com>",
        "c1@example.com",
        "Internet down since Monday",
        "My modem shows a red light and the internet is down.\nPlease help.",
        &[],
    ));
    let (cancel, task) = desk.start(&config(&s));
    wait_for(Duration::from_secs(5), "the mail stored", || async {
        desk.mentions().await == 1
    })
    .await;
    let cases = desk.cases().await;
    assert_eq!(cases.len(), 1);
    let case = &cases[0].case;
    assert_eq!(case.network, Network::Email);
    assert_eq!(
        case.action,
        Action::RespondPrivate,
        "email is answered privately"
    );
    assert_eq!(case.conversation_key, "c1@example.com");
    assert_eq!(cases[0].contact_name, "Dana Reyes");
    let detail = desk.store.get_case(case.id).await.unwrap().unwrap();
    let entry = detail
        .timeline
        .iter()
        .find(|e| e.external_id.as_deref() == Some("c1@example.com"))
        .expect("the mail on the timeline");
    assert_eq!(entry.author.as_deref(), Some("@dana.reyes@example.com"));
    assert_eq!(
        entry.body.as_deref(),
        Some("Internet down since Monday\n\nMy modem shows a red light and the internet is down.\nPlease help.")
    );
    // The cursor moves past a batch only after the batch is stored, so it
    // may land a moment after the mail shows up.
    wait_for(
        Duration::from_secs(5),
        "the cursor past the mail",
        || async {
            desk.store
                .connector_cursor("email")
                .await
                .unwrap()
                .as_deref()
                == Some("1700000001:1")
        },
    )
    .await;
    let h = desk.health();
    assert!(h.connected);
    assert_eq!(h.events, 1);
    cancel.cancel();
    task.await.unwrap();
}

#[tokio::test]
async fn idle_push_is_picked_up_quickly_and_polling_works_without_idle() {
    let desk = Desk::new().await;
    let s = servers().await;
    let mut cfg = config(&s);
    cfg.poll_interval_secs = 30.0; // IDLE must do the work, not the poll
    let (cancel, task) = desk.start(&cfg);
    wait_for(Duration::from_secs(5), "the connector idling", || async {
        s.imap.stats().idles >= 1
    })
    .await;
    let mut worst = Duration::ZERO;
    for i in 0..5 {
        let sent = Instant::now();
        s.imap.deliver(mail(
            "lee@example.com",
            &format!("idle{i}@example.com"),
            "Outage",
            "internet down",
            &[],
        ));
        wait_for(Duration::from_secs(2), "the pushed mail stored", || async {
            desk.mentions().await == i + 1
        })
        .await;
        worst = worst.max(sent.elapsed());
    }
    eprintln!("IDLE push → stored, worst of 5: {worst:?}");
    assert!(worst < Duration::from_millis(1000), "{worst:?}");
    cancel.cancel();
    task.await.unwrap();

    // A server without IDLE is polled.
    let desk = Desk::new().await;
    s.imap.set_idle(false);
    let idles = s.imap.stats().idles;
    let (cancel, task) = desk.start(&config(&s));
    wait_for(Duration::from_secs(5), "the mailbox read", || async {
        desk.mentions().await == 5
    })
    .await;
    s.imap.deliver(mail(
        "kim@example.com",
        "poll1@example.com",
        "Hi",
        "modem down",
        &[],
    ));
    wait_for(Duration::from_secs(5), "the polled mail stored", || async {
        desk.mentions().await == 6
    })
    .await;
    assert_eq!(
        s.imap.stats().idles,
        idles,
        "no IDLE where none is advertised"
    );
    cancel.cancel();
    task.await.unwrap();
}

#[tokio::test]
async fn a_restart_resumes_from_the_cursor_without_fetching_again() {
    let desk = Desk::new().await;
    let s = servers().await;
    for i in 0..3 {
        s.imap.deliver(mail(
            "a@example.com",
            &format!("r{i}@example.com"),
            "Down",
            "internet down",
            &[],
        ));
    }
    let (cancel, task) = desk.start(&config(&s));
    wait_for(Duration::from_secs(5), "3 stored", || async {
        desk.mentions().await == 3
    })
    .await;
    cancel.cancel();
    task.await.unwrap();
    assert_eq!(s.imap.stats().messages_fetched, 3);

    for i in 3..5 {
        s.imap.deliver(mail(
            "a@example.com",
            &format!("r{i}@example.com"),
            "Down",
            "internet down",
            &[],
        ));
    }
    let (cancel, task) = desk.start(&config(&s));
    wait_for(Duration::from_secs(5), "5 stored", || async {
        desk.mentions().await == 5
    })
    .await;
    cancel.cancel();
    task.await.unwrap();
    assert_eq!(
        s.imap.stats().messages_fetched,
        5,
        "the restart fetched only the two new messages"
    );
    assert_eq!(
        desk.store
            .connector_cursor("email")
            .await
            .unwrap()
            .as_deref(),
        Some("1700000001:5")
    );
}

#[tokio::test]
async fn a_new_uidvalidity_reads_the_mailbox_again_without_duplicates() {
    let desk = Desk::new().await;
    let s = servers().await;
    for i in 0..3 {
        s.imap.deliver(mail(
            "b@example.com",
            &format!("v{i}@example.com"),
            "Down",
            "internet down",
            &[],
        ));
    }
    let (cancel, task) = desk.start(&config(&s));
    wait_for(Duration::from_secs(5), "3 stored", || async {
        desk.mentions().await == 3
    })
    .await;
    cancel.cancel();
    task.await.unwrap();

    // The server rebuilt the mailbox: new UIDVALIDITY, UIDs from 1 again.
    // One old message was expunged meanwhile, one new one arrived.
    let validity = s.imap.renumber("INBOX");
    s.imap.deliver(mail(
        "b@example.com",
        "v3@example.com",
        "Down",
        "still down",
        &[],
    ));
    let (cancel, task) = desk.start(&config(&s));
    wait_for(Duration::from_secs(5), "the new mail stored", || async {
        desk.mentions().await == 4
    })
    .await;
    wait_for(
        Duration::from_secs(5),
        "the cursor on the new UIDVALIDITY",
        || async {
            desk.store.connector_cursor("email").await.unwrap() == Some(format!("{validity}:4"))
        },
    )
    .await;
    cancel.cancel();
    task.await.unwrap();
    assert_eq!(desk.mentions().await, 4, "the re-read stored nothing twice");
}

#[tokio::test]
async fn html_only_and_hostile_html_mail_is_stored_as_text() {
    let desk = Desk::new().await;
    let s = servers().await;
    let html = "From: Sam <sam@example.com>\r\nTo: care@northwind.example\r\nSubject: =?utf-8?q?Modem_=E2=80=93_dead?=\r\n\
Message-ID: <h1@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
<html><head><style>body{display:none}</style><script>steal()</script></head>\
<body><p>My modem is <b>dead</b> &amp; the internet is down.</p>\
<img src=x onerror=\"alert(1)\"><script>alert('xss')</script><p>&lt;b&gt;thanks&lt;/b&gt;</p></body></html>\r\n";
    s.imap.deliver(html);
    let (cancel, task) = desk.start(&config(&s));
    wait_for(Duration::from_secs(5), "the mail stored", || async {
        desk.mentions().await == 1
    })
    .await;
    cancel.cancel();
    task.await.unwrap();
    let case = &desk.cases().await[0];
    let detail = desk.store.get_case(case.case.id).await.unwrap().unwrap();
    let body = detail.timeline[0].body.clone().unwrap();
    assert_eq!(
        body,
        "Modem – dead\n\nMy modem is dead & the internet is down.\n\n<b>thanks</b>"
    );
    assert!(!body.contains("alert") && !body.contains("steal") && !body.contains("display"));
}

#[tokio::test]
async fn quoted_history_is_trimmed_and_a_broken_mail_is_counted_and_skipped() {
    let desk = Desk::new().await;
    let s = servers().await;
    s.imap.deliver(b"this is not a mail at all\r\n".to_vec());
    s.imap.deliver(mail(
        "jo@example.com",
        "q1@example.com",
        "Re: Outage",
        "Still down.\n\nOn Mon, 23 Nov 2026 at 09:00, Northwind Care <care@northwind.example> wrote:\n> Is your modem on?\n> Regards",
        &[],
    ));
    let (cancel, task) = desk.start(&config(&s));
    wait_for(Duration::from_secs(5), "the good mail stored", || async {
        desk.mentions().await == 1
    })
    .await;
    wait_for(Duration::from_secs(5), "the cursor past both", || async {
        desk.store
            .connector_cursor("email")
            .await
            .unwrap()
            .as_deref()
            == Some("1700000001:2")
    })
    .await;
    cancel.cancel();
    task.await.unwrap();
    assert_eq!(desk.health().errors, 1, "the broken message counted");
    let detail = desk
        .store
        .get_case(desk.cases().await[0].case.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        detail.timeline[0].body.as_deref(),
        Some("Re: Outage\n\nStill down.")
    );
}

#[tokio::test]
async fn faults_are_survived_counted_and_nothing_is_lost() {
    let desk = Desk::new().await;
    let s = servers().await;
    for i in 0..4 {
        s.imap.deliver(mail(
            "f@example.com",
            &format!("f{i}@example.com"),
            "Down",
            "internet down",
            &[],
        ));
    }
    // Each session fails somewhere else; the connector must get through.
    s.imap
        .set_fault("SELECT", ImapFault::No("[UNAVAILABLE] try later".into()));
    s.imap.set_fault("UID SEARCH", ImapFault::Drop);
    s.imap.set_fault("UID FETCH", ImapFault::Truncate);
    s.imap
        .set_fault("UID FETCH", ImapFault::Bad("internal error".into()));
    s.imap.set_delay(Duration::from_millis(20));
    let (cancel, task) = desk.start(&config(&s));
    wait_for(Duration::from_secs(15), "all 4 stored", || async {
        desk.mentions().await == 4
    })
    .await;
    let h = desk.health();
    assert!(h.errors >= 4, "{h:?}");
    assert!(h.reconnects >= 4, "{h:?}");
    // Mail keeps flowing after the faults.
    s.imap.set_delay(Duration::ZERO);
    s.imap.deliver(mail(
        "f@example.com",
        "f4@example.com",
        "Down",
        "internet down",
        &[],
    ));
    wait_for(Duration::from_secs(5), "the next mail", || async {
        desk.mentions().await == 5
    })
    .await;
    cancel.cancel();
    task.await.unwrap();
}

#[tokio::test]
async fn slow_answers_past_the_timeout_reconnect() {
    let desk = Desk::new().await;
    let s = servers().await;
    s.imap.deliver(mail(
        "g@example.com",
        "slow1@example.com",
        "Down",
        "internet down",
        &[],
    ));
    let mut cfg = config(&s);
    cfg.request_timeout_secs = 0.2;
    s.imap.set_delay(Duration::from_millis(400));
    let (cancel, task) = desk.start(&cfg);
    wait_for(Duration::from_secs(5), "a timeout counted", || async {
        desk.health().errors >= 1
    })
    .await;
    assert_eq!(desk.mentions().await, 0);
    s.imap.set_delay(Duration::ZERO);
    wait_for(
        Duration::from_secs(5),
        "the mail after the server recovers",
        || async { desk.mentions().await == 1 },
    )
    .await;
    cancel.cancel();
    task.await.unwrap();
}
