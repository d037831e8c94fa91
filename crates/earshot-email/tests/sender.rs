//! SMTP out and threading back in: a desk reply through the real outbox
//! rows, its headers on the stand-in SMTP server, the customer's answer to
//! it landing on the same case, error mapping, and `find_sent` through the
//! Sent mailbox.

mod support;

use earshot_connect::outbox::{ReplyTarget, SendError, Sender};
use earshot_email::standin::SmtpFault;
use earshot_store::{Channel, Role, Store};
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use support::*;

async fn target(store: &Store, id: i64) -> ReplyTarget {
    let ctx = store.reply_context(id).await.unwrap().unwrap();
    ReplyTarget {
        item: ctx.item,
        in_reply_to_raw: ctx.in_reply_to_raw,
        customer_id: ctx.customer_id,
        customer_handle: ctx.customer_handle,
        conversation_id: ctx.conversation_id,
        conversation_raw: ctx.conversation_raw,
    }
}

#[tokio::test]
async fn a_desk_reply_is_threaded_and_the_customers_answers_land_on_the_same_case() {
    let desk = Desk::new().await;
    let s = servers().await;
    let cfg = config(&s);
    let agent = desk
        .store
        .create_user("ana", "hash", Role::Agent, None)
        .await
        .unwrap();
    s.imap.deliver(mail(
        "Dana Reyes <dana@example.com>",
        "c1@example.com",
        "Internet down",
        "The internet is down again.",
        &[],
    ));
    let (cancel, task) = desk.start(&cfg);
    wait_for(Duration::from_secs(5), "the first mail", || async {
        desk.mentions().await == 1
    })
    .await;
    let case_id = desk.cases().await[0].case.id;

    // The customer follows up on their own mail (In-Reply-To only).
    s.imap.deliver(mail(
        "dana@example.com",
        "c2@example.com",
        "Re: Internet down",
        "Any news?",
        &["In-Reply-To: <c1@example.com>"],
    ));
    wait_for(Duration::from_secs(5), "the follow-up", || async {
        desk.mentions().await == 2
    })
    .await;
    assert_eq!(desk.cases().await.len(), 1, "the follow-up joined the case");

    // The desk answers; the worker's part: send, then record.
    let item = desk
        .store
        .queue_reply(
            case_id,
            agent.id,
            "Sorry Dana, a technician is on the way today.",
            Channel::Private,
            Some("k1"),
        )
        .await
        .unwrap();
    assert_eq!(item.in_reply_to.as_deref(), Some("c2@example.com"));
    let smtp = earshot_email::sender(&cfg).unwrap();
    let t = target(&desk.store, item.id).await;
    assert_eq!(smtp.find_sent(&t).await.unwrap(), None, "not sent yet");
    let sent = smtp.send(&t).await.unwrap();
    let expected_id =
        earshot_email::desk_message_id(item.id, &t.idempotency_key(), "northwind.example");
    assert_eq!(sent.external_id, expected_id);
    desk.store
        .mark_outbox_sent(item.id, &sent.external_id)
        .await
        .unwrap();

    let out = s.smtp.sent();
    assert_eq!(out.len(), 1);
    let m = &out[0];
    assert_eq!(m.rcpt_to, vec!["dana@example.com".to_string()]);
    assert_eq!(m.mail_from, "care@northwind.example");
    assert_eq!(m.header("Subject").as_deref(), Some("Re: Internet down"));
    assert_eq!(m.header("In-Reply-To").as_deref(), Some("<c2@example.com>"));
    assert_eq!(
        m.header("References").as_deref(),
        Some("<c1@example.com> <c2@example.com>")
    );
    assert_eq!(m.header("Message-ID"), Some(format!("<{expected_id}>")));
    assert!(m.header("From").unwrap().contains("care@northwind.example"));
    assert!(String::from_utf8_lossy(&m.data).contains("technician is on the way"));

    // A resend after a crash is found in the Sent mailbox, where the
    // provider filed it.
    assert_eq!(
        smtp.find_sent(&t).await.unwrap().map(|s| s.external_id),
        Some(expected_id.clone())
    );

    // The customer answers the desk with a client that sends only
    // In-Reply-To, and later with a full References chain; months later,
    // past the re-open window, so only the threading can find the case.
    s.imap.deliver(mail(
        "dana@example.com",
        "c3@example.com",
        "Re: Internet down",
        "Thanks, what time?",
        &[
            &format!("In-Reply-To: <{expected_id}>"),
            "Date: Tue, 01 Jun 2027 10:00:00 +0000",
        ],
    ));
    s.imap.deliver(mail(
        "dana@example.com",
        "c4@example.com",
        "Re: Internet down",
        "He fixed it.",
        &[
            "In-Reply-To: <c3@example.com>",
            "Date: Wed, 02 Jun 2027 10:00:00 +0000",
            &format!(
                "References: <c1@example.com> <c2@example.com> <{expected_id}> <c3@example.com>"
            ),
        ],
    ));
    wait_for(Duration::from_secs(5), "both answers", || async {
        desk.mentions().await == 4
    })
    .await;
    cancel.cancel();
    task.await.unwrap();
    let cases = desk.cases().await;
    assert_eq!(cases.len(), 1, "every answer on the one case: {cases:?}");
    let detail = desk.store.get_case(case_id).await.unwrap().unwrap();
    let ids: Vec<&str> = detail
        .timeline
        .iter()
        .filter_map(|e| e.external_id.as_deref())
        .collect();
    for id in [
        "c1@example.com",
        "c2@example.com",
        "c3@example.com",
        "c4@example.com",
        expected_id.as_str(),
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }

    // The next reply answers c4 and carries its whole chain.
    let item2 = desk
        .store
        .queue_reply(
            case_id,
            agent.id,
            "Glad to hear it!",
            Channel::Private,
            Some("k2"),
        )
        .await
        .unwrap();
    let t2 = target(&desk.store, item2.id).await;
    assert_eq!(smtp.find_sent(&t2).await.unwrap(), None);
    smtp.send(&t2).await.unwrap();
    let m2 = &s.smtp.sent()[1];
    assert_eq!(
        m2.header("In-Reply-To").as_deref(),
        Some("<c4@example.com>")
    );
    assert_eq!(
        m2.header("References"),
        Some(format!(
            "<c1@example.com> <c2@example.com> <{expected_id}> <c3@example.com> <c4@example.com>"
        ))
    );
    assert_eq!(m2.header("Subject").as_deref(), Some("Re: Internet down"));
}

async fn queued_target(desk: &Desk, cfg: &earshot_email::EmailConfig, s: &Servers) -> ReplyTarget {
    let agent = desk
        .store
        .create_user("ana", "hash", Role::Agent, None)
        .await
        .unwrap();
    s.imap.deliver(mail(
        "kim@example.com",
        "k1@example.com",
        "Modem",
        "modem down",
        &[],
    ));
    let (cancel, task) = desk.start(cfg);
    wait_for(Duration::from_secs(5), "the mail", || async {
        desk.mentions().await == 1
    })
    .await;
    cancel.cancel();
    task.await.unwrap();
    let case_id = desk.cases().await[0].case.id;
    let item = desk
        .store
        .queue_reply(case_id, agent.id, "We are on it.", Channel::Private, None)
        .await
        .unwrap();
    target(&desk.store, item.id).await
}

#[tokio::test]
async fn smtp_answers_map_to_transient_and_permanent_failures() {
    let desk = Desk::new().await;
    let s = servers().await;
    let cfg = config(&s);
    let t = queued_target(&desk, &cfg, &s).await;
    let smtp = earshot_email::sender(&cfg).unwrap();

    s.smtp.set_fault(
        "DATA",
        SmtpFault::Reply(451, "4.3.0 Mail server temporarily rejected message".into()),
    );
    match smtp.send(&t).await {
        Err(SendError::Transient { reason, .. }) => {
            assert!(reason.contains("temporarily rejected"), "{reason}")
        }
        other => panic!("451 should be transient: {other:?}"),
    }
    s.smtp.set_fault(
        "RCPT",
        SmtpFault::Reply(550, "5.1.1 The email account does not exist".into()),
    );
    match smtp.send(&t).await {
        Err(SendError::Permanent { reason }) => {
            assert!(reason.contains("does not exist"), "{reason}")
        }
        other => panic!("550 should be permanent: {other:?}"),
    }
    s.smtp.set_fault(
        "CONNECT",
        SmtpFault::Reply(421, "4.7.0 Try again later, closing connection".into()),
    );
    assert!(matches!(
        smtp.send(&t).await,
        Err(SendError::Transient { .. })
    ));
    s.smtp.set_fault("MAIL", SmtpFault::Drop);
    assert!(matches!(
        smtp.send(&t).await,
        Err(SendError::Transient { .. })
    ));
    assert!(s.smtp.sent().is_empty(), "nothing was accepted so far");

    // A wrong password is worth retrying once fixed, and is never shown.
    s.smtp.set_password("rotated-password");
    match smtp.send(&t).await {
        Err(SendError::Transient { reason, .. }) => {
            assert!(reason.contains("535"), "{reason}");
            assert!(!reason.contains(SMTP_PASSWORD), "{reason}");
        }
        other => panic!("a refused login should be transient: {other:?}"),
    }
    s.smtp.set_password(SMTP_PASSWORD);

    // Nobody listening: transient.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let mut off = cfg.clone();
    off.smtp_url = Some(format!("smtp://care%40northwind.example@127.0.0.1:{port}"));
    let dead = earshot_email::sender(&off).unwrap();
    assert!(matches!(
        dead.send(&t).await,
        Err(SendError::Transient { .. })
    ));

    // And after all that, the same item goes through once.
    smtp.send(&t).await.unwrap();
    assert_eq!(s.smtp.sent().len(), 1);
}

/// Collects everything logged, for the check that secrets stay out.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_bad_login_is_logged_counted_and_backed_off_without_the_password() {
    let logs = Captured::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .with_max_level(tracing::Level::DEBUG)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let desk = Desk::new().await;
    let s = servers().await;
    s.imap.deliver(mail(
        "pat@example.com",
        "p1@example.com",
        "Down",
        "internet down",
        &[],
    ));
    let mut cfg = config(&s);
    let wrong = "wrong-Pa55word-123";
    cfg.imap_password = Some(wrong.into());
    let (cancel, task) = desk.start(&cfg);
    wait_for(Duration::from_secs(5), "three refused logins", || async {
        s.imap.stats().failed_logins >= 3
    })
    .await;
    assert!(desk.health().errors >= 3);
    assert!(!desk.health().connected);
    assert_eq!(desk.mentions().await, 0);
    // The password is fixed on the server's side (a rotated password put
    // back): the connector gets in by itself.
    s.imap.set_password(wrong);
    wait_for(Duration::from_secs(5), "the mail after the fix", || async {
        desk.mentions().await == 1
    })
    .await;
    cancel.cancel();
    task.await.unwrap();

    // And the sender's find_sent with a wrong IMAP password.
    let mut bad = config(&s);
    bad.imap_password = Some("another-Secret-999".into());
    let smtp = earshot_email::sender(&bad).unwrap();
    let agent = desk
        .store
        .create_user("ana", "hash", Role::Agent, None)
        .await
        .unwrap();
    let case_id = desk.cases().await[0].case.id;
    let item = desk
        .store
        .queue_reply(case_id, agent.id, "On it.", Channel::Private, None)
        .await
        .unwrap();
    let err = smtp
        .find_sent(&target(&desk.store, item.id).await)
        .await
        .unwrap_err();
    assert!(!err.to_string().contains("another-Secret-999"), "{err}");

    let text = String::from_utf8_lossy(&logs.0.lock().unwrap()).into_owned();
    assert!(
        text.contains("connector=\"email\"") || text.contains("connector=email"),
        "{text}"
    );
    assert!(text.contains("refused"), "{text}");
    assert!(
        !text.contains(wrong),
        "the password leaked into the logs:\n{text}"
    );
    assert!(!text.contains(IMAP_PASSWORD), "{text}");
}
