//! TLS end to end against the TLS stand-ins, with certificates made here
//! by a test CA: `imaps://` fetch and IDLE, SMTP with implicit TLS
//! (`smtps://`) and STARTTLS, the Sent mailbox over `imaps`, all trusting
//! the CA through `ca_file`; an untrusted certificate is a clear error
//! naming the connector and the server, and the connector keeps trying.

mod support;

use earshot_connect::outbox::{ReplyTarget, SendError, Sender};
use earshot_email::standin::{ImapStandIn, SmtpStandIn, SmtpTls};
use earshot_email::EmailConfig;
use earshot_store::{Channel, Role};
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use support::*;

const LOCAL: &[&str] = &["127.0.0.1"];

/// Collects everything logged.
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

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

fn tls_config(imap: &ImapStandIn, smtp: &SmtpStandIn, ca_file: &std::path::Path) -> EmailConfig {
    EmailConfig {
        imap_url: Some(imap.url("INBOX")),
        imap_password: Some(IMAP_PASSWORD.into()),
        poll_interval_secs: 0.1,
        idle_refresh_secs: 5.0,
        sent_mailbox: Some("Sent".into()),
        smtp_url: Some(smtp.url()),
        smtp_password: Some(SMTP_PASSWORD.into()),
        from: Some(DESK.into()),
        ca_file: Some(ca_file.to_path_buf()),
        request_timeout_secs: 2.0,
        backoff_divisor: 1000,
        ..EmailConfig::default()
    }
}

async fn target(desk: &Desk, case_id: i64) -> ReplyTarget {
    let agent = desk
        .store
        .create_user("ana", "hash", Role::Agent, None)
        .await
        .unwrap();
    let item = desk
        .store
        .queue_reply(case_id, agent.id, "We are on it.", Channel::Private, None)
        .await
        .unwrap();
    let ctx = desk.store.reply_context(item.id).await.unwrap().unwrap();
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
async fn imaps_fetch_idle_and_smtps_with_a_self_hosted_ca() {
    let dir = tempfile::tempdir().unwrap();
    let ca = TestCa::new("Northwind mail CA");
    let ca_file = ca.write(dir.path(), "mail-ca.pem");
    let imap = ImapStandIn::start_tls(IMAP_USER, IMAP_PASSWORD, ca.server(LOCAL))
        .await
        .unwrap();
    let smtp = SmtpStandIn::start_tls(
        IMAP_USER,
        SMTP_PASSWORD,
        Some((imap.clone(), "Sent")),
        SmtpTls::Implicit(ca.server(LOCAL)),
    )
    .await
    .unwrap();
    let cfg = tls_config(&imap, &smtp, &ca_file);
    assert!(cfg.imap_url.as_deref().unwrap().starts_with("imaps://"));
    assert!(cfg.smtp_url.as_deref().unwrap().starts_with("smtps://"));

    let desk = Desk::new().await;
    imap.deliver(mail(
        "kim@example.com",
        "k1@example.com",
        "Modem",
        "my modem is down",
        &[],
    ));
    let (cancel, task) = desk.start(&cfg);
    wait_for(
        Duration::from_secs(5),
        "the first mail over imaps",
        || async { desk.mentions().await == 1 },
    )
    .await;
    wait_for(Duration::from_secs(5), "IDLE over TLS", || async {
        imap.stats().idles >= 1
    })
    .await;
    imap.deliver(mail(
        "kim@example.com",
        "k2@example.com",
        "Modem again",
        "still down",
        &[],
    ));
    wait_for(Duration::from_secs(5), "the pushed mail", || async {
        desk.mentions().await == 2
    })
    .await;
    assert!(desk.health().connected);
    assert_eq!(desk.health().errors, 0);
    assert_eq!(imap.stats().tls_failures, 0);
    cancel.cancel();
    task.await.unwrap();

    // The reply goes out over smtps, and find_sent reads Sent over imaps.
    let t = target(&desk, desk.cases().await[0].case.id).await;
    let sender = earshot_email::sender(&cfg).unwrap();
    assert_eq!(sender.find_sent(&t).await.unwrap(), None);
    let sent = sender.send(&t).await.unwrap();
    let received = smtp.sent();
    assert_eq!(received.len(), 1);
    assert!(received[0].tls, "sent over TLS");
    assert_eq!(
        sender.find_sent(&t).await.unwrap().map(|s| s.external_id),
        Some(sent.external_id)
    );
}

#[tokio::test]
async fn starttls_upgrades_before_the_password_is_sent() {
    let dir = tempfile::tempdir().unwrap();
    let ca = TestCa::new("Northwind mail CA");
    let ca_file = ca.write(dir.path(), "mail-ca.pem");
    let imap = ImapStandIn::start_tls(IMAP_USER, IMAP_PASSWORD, ca.server(LOCAL))
        .await
        .unwrap();
    let smtp = SmtpStandIn::start_tls(
        IMAP_USER,
        SMTP_PASSWORD,
        None,
        SmtpTls::StartTls(ca.server(LOCAL)),
    )
    .await
    .unwrap();
    let cfg = tls_config(&imap, &smtp, &ca_file);
    assert!(cfg.smtp_url.as_deref().unwrap().ends_with("?tls=required"));
    let desk = Desk::new().await;
    imap.deliver(mail("kim@example.com", "k1@example.com", "Hi", "down", &[]));
    let (cancel, task) = desk.start(&cfg);
    wait_for(Duration::from_secs(5), "the mail", || async {
        desk.mentions().await == 1
    })
    .await;
    cancel.cancel();
    task.await.unwrap();
    let t = target(&desk, desk.cases().await[0].case.id).await;
    earshot_email::sender(&cfg).unwrap().send(&t).await.unwrap();
    let received = smtp.sent();
    assert_eq!(received.len(), 1);
    assert!(received[0].tls, "STARTTLS before MAIL");

    // Plain SMTP to a server that requires STARTTLS is refused before AUTH.
    let mut plain = cfg.clone();
    plain.smtp_url = Some(smtp.url().replace("?tls=required", ""));
    let err = earshot_email::sender(&plain)
        .unwrap()
        .send(&t)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("STARTTLS"), "{err}");
}

#[tokio::test(flavor = "current_thread")]
async fn an_untrusted_certificate_is_named_and_the_connector_keeps_trying() {
    let logs = Captured::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let dir = tempfile::tempdir().unwrap();
    let ours = TestCa::new("Northwind mail CA");
    let stranger = TestCa::new("Somebody else's CA");
    let imap = ImapStandIn::start_tls(IMAP_USER, IMAP_PASSWORD, ours.server(LOCAL))
        .await
        .unwrap();
    let smtp = SmtpStandIn::start_tls(
        IMAP_USER,
        SMTP_PASSWORD,
        None,
        SmtpTls::Implicit(stranger.server(LOCAL)),
    )
    .await
    .unwrap();
    // The CA file holds the wrong CA at first.
    let ca_file = stranger.write(dir.path(), "mail-ca.pem");
    let cfg = tls_config(&imap, &smtp, &ca_file);
    let desk = Desk::new().await;
    imap.deliver(mail("kim@example.com", "k1@example.com", "Hi", "down", &[]));
    let (cancel, task) = desk.start(&cfg);
    wait_for(Duration::from_secs(5), "refused handshakes", || async {
        imap.stats().tls_failures >= 3
    })
    .await;
    let h = desk.health();
    assert!(h.errors >= 3, "{h:?}");
    assert!(!h.connected);
    assert_eq!(imap.stats().logins, 0, "no password before a trusted TLS");
    let text = logs.text();
    let line = text
        .lines()
        .find(|l| l.contains("IMAP session ended"))
        .unwrap_or_else(|| panic!("no log line: {text}"));
    assert!(
        line.contains("connector=\"email\"") || line.contains("connector=email"),
        "{line}"
    );
    assert!(line.contains(&imap.addr().to_string()), "{line}");
    assert!(line.contains("certificate"), "{line}");
    assert!(!text.contains(IMAP_PASSWORD));

    // The right CA is put in the file: the connector gets in by itself.
    ours.write(dir.path(), "mail-ca.pem");
    wait_for(Duration::from_secs(5), "the mail once trusted", || async {
        desk.mentions().await == 1
    })
    .await;
    assert!(desk.health().connected);
    cancel.cancel();
    task.await.unwrap();

    // SMTP to a server whose certificate is not trusted: a transient
    // failure naming the server, nothing sent, the password nowhere.
    let mut untrusted = cfg.clone();
    untrusted.ca_file = None;
    let t = target(&desk, desk.cases().await[0].case.id).await;
    match earshot_email::sender(&untrusted).unwrap().send(&t).await {
        Err(SendError::Transient { reason, .. }) => {
            assert!(reason.contains(&smtp.addr().to_string()), "{reason}");
            assert!(reason.contains("certificate"), "{reason}");
            assert!(!reason.contains(SMTP_PASSWORD), "{reason}");
        }
        other => panic!("an untrusted certificate should be transient: {other:?}"),
    }
    assert!(smtp.sent().is_empty());
    wait_for(Duration::from_secs(5), "the refused handshake", || async {
        smtp.tls_failures() >= 1
    })
    .await;
}
