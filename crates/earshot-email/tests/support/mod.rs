//! What the email connector's tests share: a desk on a real SQLite store
//! with the real pipeline, the IMAP and SMTP stand-ins, a configuration
//! pointing at them with fast schedules, and a mail builder.
#![allow(dead_code)]

use earshot_connect::testing::TestDesk;
use earshot_connect::Inbound;
use earshot_email::standin::{ImapStandIn, SmtpStandIn};
use earshot_email::EmailConfig;
use std::future::Future;
use std::time::{Duration, Instant};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

pub const PLAN: &str = "version = 1\n[brand]\nname = \"Northwind Fiber\"\naliases = [\"Northwind\"]\nhandles = { x = [\"NorthwindCares\"], email = [\"care@northwind.example\"] }\n[[team]]\nid = \"repair\"\nname = \"Repair\"\n[[topic]]\nid = \"outage\"\nteam = \"repair\"\nkeywords = [\"internet\", \"outage\", \"down\", \"modem\"]\n";

pub const IMAP_USER: &str = "care@northwind.example";
pub const IMAP_PASSWORD: &str = "imap-pa55-Zq9";
pub const SMTP_PASSWORD: &str = "smtp-pa55-Xw7";
pub const DESK: &str = "Northwind Care <care@northwind.example>";

/// The shared connector test desk with this crate's plan.
pub struct Desk(TestDesk);

impl std::ops::Deref for Desk {
    type Target = TestDesk;
    fn deref(&self) -> &TestDesk {
        &self.0
    }
}

impl Desk {
    pub async fn new() -> Desk {
        Desk(TestDesk::new(PLAN).await)
    }

    pub fn inbound(&self) -> Inbound {
        self.0.inbound(earshot_email::CONNECTOR)
    }

    pub fn health(&self) -> earshot_connect::health::HealthSnapshot {
        self.0.snapshot(earshot_email::CONNECTOR)
    }

    /// Start the IMAP connector; stop it with the returned token.
    pub fn start(&self, config: &EmailConfig) -> (CancellationToken, JoinHandle<()>) {
        let cancel = CancellationToken::new();
        let task = tokio::spawn(earshot_email::run(
            config.clone(),
            self.inbound(),
            cancel.clone(),
        ));
        (cancel, task)
    }
}

pub struct Servers {
    pub imap: ImapStandIn,
    pub smtp: SmtpStandIn,
}

pub async fn servers() -> Servers {
    let imap = ImapStandIn::start(IMAP_USER, IMAP_PASSWORD).await.unwrap();
    let smtp = SmtpStandIn::start(IMAP_USER, SMTP_PASSWORD, Some((imap.clone(), "Sent")))
        .await
        .unwrap();
    Servers { imap, smtp }
}

/// The `[email]` section for the stand-ins: fast polls, 2 s timeouts,
/// backoffs divided by 1000.
pub fn config(s: &Servers) -> EmailConfig {
    EmailConfig {
        imap_url: Some(s.imap.url("INBOX")),
        imap_password: Some(IMAP_PASSWORD.into()),
        poll_interval_secs: 0.1,
        idle_refresh_secs: 5.0,
        sent_mailbox: Some("Sent".into()),
        smtp_url: Some(s.smtp.url()),
        smtp_password: Some(SMTP_PASSWORD.into()),
        from: Some(DESK.into()),
        request_timeout_secs: 2.0,
        backoff_divisor: 1000,
        ..EmailConfig::default()
    }
}

/// A plain-text mail from `from` with `headers` (`In-Reply-To: <...>`;
/// a `Date:` there replaces the default one).
pub fn mail(from: &str, id: &str, subject: &str, body: &str, headers: &[&str]) -> Vec<u8> {
    let mut m =
        format!("From: {from}\r\nTo: {DESK}\r\nSubject: {subject}\r\nMessage-ID: <{id}>\r\n");
    if !headers.iter().any(|h| h.starts_with("Date:")) {
        m.push_str("Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n");
    }
    for h in headers {
        m.push_str(h);
        m.push_str("\r\n");
    }
    m.push_str("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n");
    m.push_str(&body.replace('\n', "\r\n"));
    m.push_str("\r\n");
    m.into_bytes()
}

/// Wait until `check` holds (polling every 10 ms), at most `limit`.
pub async fn wait_for<F, Fut>(limit: Duration, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let start = Instant::now();
    while !check().await {
        assert!(start.elapsed() < limit, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// A certificate authority made for one test, and server certificates it
/// signs for the TLS stand-ins.
pub struct TestCa {
    /// The CA certificate, PEM (what `ca_file` holds).
    pub pem: String,
    issuer: rcgen::Issuer<'static, rcgen::KeyPair>,
}

impl TestCa {
    pub fn new(name: &str) -> TestCa {
        use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair, KeyUsagePurpose};
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.distinguished_name.push(DnType::CommonName, name);
        params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        let key = KeyPair::generate().unwrap();
        let cert = params.self_signed(&key).unwrap();
        TestCa {
            pem: cert.pem(),
            issuer: rcgen::Issuer::new(params, key),
        }
    }

    /// A server identity for `names` (`127.0.0.1` for the stand-ins).
    pub fn server(&self, names: &[&str]) -> earshot_email::standin::ServerTls {
        use rcgen::{CertificateParams, DnType, KeyPair};
        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        let mut params = CertificateParams::new(names).unwrap();
        params
            .distinguished_name
            .push(DnType::CommonName, "earshot stand-in");
        let key = KeyPair::generate().unwrap();
        let cert = params.signed_by(&key, &self.issuer).unwrap();
        earshot_email::standin::ServerTls::new(vec![cert.der().to_vec()], key.serialize_der())
            .unwrap()
    }

    /// Write the CA certificate to `dir/name`; its path.
    pub fn write(&self, dir: &std::path::Path, name: &str) -> std::path::PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, &self.pem).unwrap();
        path
    }
}
