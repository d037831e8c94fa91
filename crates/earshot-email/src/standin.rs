//! Stand-in mail servers for tests, on `127.0.0.1:0`:
//!
//! - [`ImapStandIn`]: the IMAP4rev1 subset the connector and the sender use
//!   (CAPABILITY with IDLE, LOGIN, SELECT/EXAMINE with UIDVALIDITY, EXISTS
//!   and UIDNEXT, UID SEARCH with `UID n:m` and `HEADER`, UID FETCH
//!   `BODY.PEEK[]` as literals, IDLE/DONE with `* n EXISTS` pushes, NOOP,
//!   LOGOUT), mailboxes with UIDs and a UIDVALIDITY that can be changed.
//! - [`SmtpStandIn`]: EHLO, AUTH PLAIN, MAIL FROM, RCPT TO, DATA with
//!   dot-stuffing, RSET, NOOP, QUIT; records each message and, like real
//!   providers, can file a copy in the IMAP stand-in's Sent mailbox.
//!
//! Both inject faults: a `NO`/`BAD` answer, a dropped connection, a
//! truncated literal, SMTP reply codes (421, 451, 550, ...), a wrong
//! password (set another one), slow responses.
//!
//! Both also speak TLS with a certificate the test brings ([`ServerTls`],
//! made with `rcgen` in the tests): IMAP as `imaps` (TLS from the first
//! byte), SMTP as `smtps` or with STARTTLS ([`SmtpTls`]).

use std::collections::{BTreeMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader, ReadHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tokio_rustls::rustls;

/// A stand-in's TLS identity: its certificate chain and private key.
#[derive(Clone)]
pub struct ServerTls(tokio_rustls::TlsAcceptor);

impl ServerTls {
    /// From a DER certificate chain (the server's first) and its PKCS#8
    /// DER private key.
    pub fn new(chain: Vec<Vec<u8>>, pkcs8_key: Vec<u8>) -> Result<ServerTls, String> {
        use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| e.to_string())?
            .with_no_client_auth()
            .with_single_cert(
                chain.into_iter().map(CertificateDer::from).collect(),
                PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(pkcs8_key)),
            )
            .map_err(|e| e.to_string())?;
        Ok(ServerTls(tokio_rustls::TlsAcceptor::from(Arc::new(config))))
    }
}

/// Anything a stand-in session runs over (TCP, TLS over TCP).
trait Conn: AsyncRead + AsyncWrite + Unpin + Send + 'static {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + 'static> Conn for T {}

/// A fault the IMAP stand-in applies to the next command of a kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImapFault {
    /// Answer `tag NO <text>`.
    No(String),
    /// Answer `tag BAD <text>`.
    Bad(String),
    /// Close the connection without answering.
    Drop,
    /// For `UID FETCH`: send half of the first message literal, then close.
    Truncate,
}

/// What the IMAP stand-in has seen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImapStats {
    pub connections: u32,
    pub logins: u32,
    pub failed_logins: u32,
    pub idles: u32,
    pub fetches: u32,
    /// Messages sent in FETCH answers, over all connections.
    pub messages_fetched: u32,
    /// TLS handshakes that failed (the client refused the certificate).
    pub tls_failures: u32,
}

struct Mailbox {
    uidvalidity: u32,
    uidnext: u32,
    messages: Vec<(u32, Vec<u8>)>,
}

impl Mailbox {
    fn new(uidvalidity: u32) -> Mailbox {
        Mailbox {
            uidvalidity,
            uidnext: 1,
            messages: Vec::new(),
        }
    }
}

struct ImapState {
    tls: bool,
    user: String,
    password: String,
    idle: bool,
    mailboxes: BTreeMap<String, Mailbox>,
    faults: VecDeque<(String, ImapFault)>,
    delay: Duration,
    stats: ImapStats,
}

struct Shared<S> {
    state: Mutex<S>,
    /// Bumped on every change of a mailbox, to wake IDLE.
    changed: watch::Sender<u64>,
    addr: SocketAddr,
}

impl<S> Shared<S> {
    fn lock(&self) -> MutexGuard<'_, S> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Aborts the accept loop when the last handle is dropped.
struct Guard(JoinHandle<()>);
impl Drop for Guard {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// The IMAP stand-in. Cheap to clone; the server stops with the last clone.
#[derive(Clone)]
pub struct ImapStandIn {
    shared: Arc<Shared<ImapState>>,
    _guard: Arc<Guard>,
}

impl ImapStandIn {
    /// Start with one account and the mailboxes `INBOX` and `Sent`.
    pub async fn start(user: &str, password: &str) -> std::io::Result<ImapStandIn> {
        ImapStandIn::start_with(user, password, None).await
    }

    /// As [`ImapStandIn::start`], speaking `imaps` (TLS from the first
    /// byte) with `tls`.
    pub async fn start_tls(
        user: &str,
        password: &str,
        tls: ServerTls,
    ) -> std::io::Result<ImapStandIn> {
        ImapStandIn::start_with(user, password, Some(tls)).await
    }

    async fn start_with(
        user: &str,
        password: &str,
        tls: Option<ServerTls>,
    ) -> std::io::Result<ImapStandIn> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let mut mailboxes = BTreeMap::new();
        mailboxes.insert("INBOX".to_string(), Mailbox::new(1_700_000_001));
        mailboxes.insert("Sent".to_string(), Mailbox::new(1_700_000_002));
        let shared = Arc::new(Shared {
            state: Mutex::new(ImapState {
                tls: tls.is_some(),
                user: user.to_string(),
                password: password.to_string(),
                idle: true,
                mailboxes,
                faults: VecDeque::new(),
                delay: Duration::ZERO,
                stats: ImapStats::default(),
            }),
            changed: watch::channel(0).0,
            addr,
        });
        let accept = shared.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let shared = accept.clone();
                let tls = tls.clone();
                tokio::spawn(async move {
                    shared.lock().stats.connections += 1;
                    let _ = match tls {
                        None => imap_connection(shared, stream).await,
                        // A client that refuses the certificate ends here.
                        Some(ServerTls(acceptor)) => match acceptor.accept(stream).await {
                            Ok(stream) => imap_connection(shared, stream).await,
                            Err(_) => {
                                shared.lock().stats.tls_failures += 1;
                                Ok(())
                            }
                        },
                    };
                });
            }
        });
        Ok(ImapStandIn {
            shared,
            _guard: Arc::new(Guard(task)),
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.shared.addr
    }

    /// `imap://user@127.0.0.1:port/MAILBOX` (`imaps://` with TLS).
    pub fn url(&self, mailbox: &str) -> String {
        let st = self.shared.lock();
        let user = st.user.replace('@', "%40");
        let scheme = if st.tls { "imaps" } else { "imap" };
        format!("{scheme}://{user}@{}/{mailbox}", self.shared.addr)
    }

    /// Put a message in INBOX; its UID.
    pub fn deliver(&self, raw: impl Into<Vec<u8>>) -> u32 {
        self.deliver_to("INBOX", raw)
    }

    /// Put a message in `mailbox` (created if missing); its UID.
    pub fn deliver_to(&self, mailbox: &str, raw: impl Into<Vec<u8>>) -> u32 {
        let uid = {
            let mut st = self.shared.lock();
            let n = st.mailboxes.len() as u32;
            let mb = st
                .mailboxes
                .entry(mailbox.to_string())
                .or_insert_with(|| Mailbox::new(1_700_000_100 + n));
            let uid = mb.uidnext;
            mb.uidnext += 1;
            mb.messages.push((uid, raw.into()));
            uid
        };
        self.shared.changed.send_modify(|g| *g += 1);
        uid
    }

    /// The messages in `mailbox`, by UID.
    pub fn messages(&self, mailbox: &str) -> Vec<(u32, Vec<u8>)> {
        self.shared
            .lock()
            .mailboxes
            .get(mailbox)
            .map(|m| m.messages.clone())
            .unwrap_or_default()
    }

    /// Rebuild `mailbox` as a server does after a restore: a new
    /// UIDVALIDITY and every message renumbered from UID 1.
    pub fn renumber(&self, mailbox: &str) -> u32 {
        let mut st = self.shared.lock();
        let Some(mb) = st.mailboxes.get_mut(mailbox) else {
            return 0;
        };
        mb.uidvalidity += 1000;
        let mut uid = 0;
        for m in &mut mb.messages {
            uid += 1;
            m.0 = uid;
        }
        mb.uidnext = uid + 1;
        mb.uidvalidity
    }

    /// Apply `fault` to the next `command` (`LOGIN`, `SELECT`, `UID FETCH`,
    /// `UID SEARCH`, `IDLE`, `NOOP`, ...).
    pub fn set_fault(&self, command: &str, fault: ImapFault) {
        self.shared
            .lock()
            .faults
            .push_back((command.to_ascii_uppercase(), fault));
    }

    /// Wait this long before every answer.
    pub fn set_delay(&self, delay: Duration) {
        self.shared.lock().delay = delay;
    }

    /// Advertise IDLE or not (clients then poll).
    pub fn set_idle(&self, idle: bool) {
        self.shared.lock().idle = idle;
    }

    pub fn set_password(&self, password: &str) {
        self.shared.lock().password = password.to_string();
    }

    pub fn stats(&self) -> ImapStats {
        self.shared.lock().stats.clone()
    }
}

type Reader<S> = BufReader<ReadHalf<S>>;

async fn send<W: AsyncWrite + Unpin>(w: &mut W, s: &str) -> std::io::Result<()> {
    w.write_all(s.as_bytes()).await?;
    w.flush().await
}

async fn read_text_line<R: AsyncBufReadExt + Unpin>(r: &mut R) -> std::io::Result<Option<String>> {
    let mut buf = Vec::new();
    if r.read_until(b'\n', &mut buf).await? == 0 {
        return Ok(None);
    }
    Ok(Some(
        String::from_utf8_lossy(&buf)
            .trim_end_matches(['\r', '\n'])
            .to_string(),
    ))
}

/// IMAP arguments: atoms, quoted strings (unescaped), parenthesised lists
/// (kept whole).
fn imap_args(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c == ' ' {
            chars.next();
        } else if c == '"' {
            chars.next();
            let mut v = String::new();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => v.extend(chars.next()),
                    '"' => break,
                    c => v.push(c),
                }
            }
            out.push(v);
        } else if c == '(' {
            let mut depth = 0;
            let mut v = String::new();
            for c in chars.by_ref() {
                v.push(c);
                depth += match c {
                    '(' => 1,
                    ')' => -1,
                    _ => 0,
                };
                if depth == 0 {
                    break;
                }
            }
            out.push(v);
        } else {
            let mut v = String::new();
            while let Some(&c) = chars.peek() {
                if c == ' ' {
                    break;
                }
                v.push(c);
                chars.next();
            }
            out.push(v);
        }
    }
    out
}

/// Does `uid` fall in the sequence set `set` (`1,3:5,7:*`)? `max` stands
/// for `*`.
fn in_set(set: &str, uid: u32, max: u32) -> bool {
    set.split(',').any(|part| {
        let num = |s: &str| if s == "*" { Some(max) } else { s.parse().ok() };
        match part.split_once(':') {
            Some((a, b)) => match (num(a), num(b)) {
                (Some(a), Some(b)) => (a.min(b)..=a.max(b)).contains(&uid),
                _ => false,
            },
            None => num(part) == Some(uid),
        }
    })
}

/// The unfolded value of header `name` in `raw`, if present.
fn header_value(raw: &[u8], name: &str) -> Option<String> {
    let text = String::from_utf8_lossy(raw);
    let head = text.split("\r\n\r\n").next().unwrap_or("");
    let head = head.split("\n\n").next().unwrap_or("");
    let mut value: Option<String> = None;
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some(v) = value.as_mut() {
                v.push(' ');
                v.push_str(line.trim());
            }
            continue;
        }
        if value.is_some() {
            break;
        }
        if let Some((n, v)) = line.split_once(':') {
            if n.trim().eq_ignore_ascii_case(name) {
                value = Some(v.trim().to_string());
            }
        }
    }
    value.map(|v| v.trim().to_string())
}

async fn imap_connection<S: Conn>(
    shared: Arc<Shared<ImapState>>,
    stream: S,
) -> std::io::Result<()> {
    let (r, mut w) = tokio::io::split(stream);
    let mut r: Reader<S> = BufReader::new(r);
    send(
        &mut w,
        "* OK [CAPABILITY IMAP4rev1] earshot IMAP stand-in ready\r\n",
    )
    .await?;
    let mut authed = false;
    let mut selected: Option<String> = None;
    let mut changes = shared.changed.subscribe();
    let mut known_exists: usize = 0;
    while let Some(line) = read_text_line(&mut r).await? {
        let (tag, rest) = line.split_once(' ').unwrap_or((line.as_str(), ""));
        let tag = tag.to_string();
        let (verb, args) = rest.split_once(' ').unwrap_or((rest, ""));
        let mut verb = verb.to_ascii_uppercase();
        let mut args = args.to_string();
        if verb == "UID" {
            let (sub, a) = args.split_once(' ').unwrap_or((args.as_str(), ""));
            verb = format!("UID {}", sub.to_ascii_uppercase());
            args = a.to_string();
        }
        let (fault, delay) = {
            let mut st = shared.lock();
            let pos = st.faults.iter().position(|(c, _)| *c == verb);
            (
                pos.and_then(|p| st.faults.remove(p)).map(|(_, f)| f),
                st.delay,
            )
        };
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
        match fault {
            Some(ImapFault::No(text)) => {
                send(&mut w, &format!("{tag} NO {text}\r\n")).await?;
                continue;
            }
            Some(ImapFault::Bad(text)) => {
                send(&mut w, &format!("{tag} BAD {text}\r\n")).await?;
                continue;
            }
            Some(ImapFault::Drop) => return Ok(()),
            Some(ImapFault::Truncate) | None => {}
        }
        let truncate = fault == Some(ImapFault::Truncate);
        let a = imap_args(&args);
        match verb.as_str() {
            "CAPABILITY" => {
                let idle = if shared.lock().idle { " IDLE" } else { "" };
                send(&mut w, &format!("* CAPABILITY IMAP4rev1 AUTH=PLAIN{idle}\r\n{tag} OK CAPABILITY completed\r\n")).await?;
            }
            "NOOP" => {
                if let Some(mb) = &selected {
                    let n = shared
                        .lock()
                        .mailboxes
                        .get(mb)
                        .map_or(0, |m| m.messages.len());
                    if n != known_exists {
                        known_exists = n;
                        send(&mut w, &format!("* {n} EXISTS\r\n")).await?;
                    }
                }
                send(&mut w, &format!("{tag} OK NOOP completed\r\n")).await?;
            }
            "LOGOUT" => {
                send(
                    &mut w,
                    &format!("* BYE logging out\r\n{tag} OK LOGOUT completed\r\n"),
                )
                .await?;
                return Ok(());
            }
            "LOGIN" => {
                let ok = {
                    let mut st = shared.lock();
                    let ok = a.len() == 2 && a[0] == st.user && a[1] == st.password;
                    if ok {
                        st.stats.logins += 1;
                    } else {
                        st.stats.failed_logins += 1;
                    }
                    ok
                };
                if ok {
                    authed = true;
                    send(&mut w, &format!("{tag} OK LOGIN completed\r\n")).await?;
                } else {
                    send(
                        &mut w,
                        &format!("{tag} NO [AUTHENTICATIONFAILED] Invalid credentials\r\n"),
                    )
                    .await?;
                }
            }
            _ if !authed => {
                send(&mut w, &format!("{tag} BAD not authenticated\r\n")).await?;
            }
            "SELECT" | "EXAMINE" => {
                let name = a.first().cloned().unwrap_or_default();
                let info = shared
                    .lock()
                    .mailboxes
                    .get(&name)
                    .map(|m| (m.messages.len(), m.uidvalidity, m.uidnext));
                match info {
                    Some((n, validity, next)) => {
                        selected = Some(name);
                        known_exists = n;
                        changes.borrow_and_update();
                        let mode = if verb == "SELECT" {
                            "READ-WRITE"
                        } else {
                            "READ-ONLY"
                        };
                        send(&mut w, &format!(
                            "* FLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft)\r\n* {n} EXISTS\r\n* 0 RECENT\r\n\
* OK [UIDVALIDITY {validity}] UIDs valid\r\n* OK [UIDNEXT {next}] Predicted next UID\r\n{tag} OK [{mode}] {verb} completed\r\n"
                        )).await?;
                    }
                    None => {
                        selected = None;
                        send(
                            &mut w,
                            &format!("{tag} NO [NONEXISTENT] no such mailbox\r\n"),
                        )
                        .await?;
                    }
                }
            }
            _ if selected.is_none() => {
                send(&mut w, &format!("{tag} BAD no mailbox selected\r\n")).await?;
            }
            "UID SEARCH" => {
                let mb = selected.clone().unwrap_or_default();
                let found: Vec<String> = {
                    let st = shared.lock();
                    let msgs = st
                        .mailboxes
                        .get(&mb)
                        .map(|m| m.messages.as_slice())
                        .unwrap_or(&[]);
                    let max = msgs.last().map_or(0, |m| m.0);
                    let crit: Vec<String> = a.iter().map(|s| s.to_ascii_uppercase()).collect();
                    msgs.iter()
                        .filter(|(uid, raw)| match crit.first().map(String::as_str) {
                            Some("ALL") => true,
                            Some("UID") => a.get(1).is_some_and(|set| in_set(set, *uid, max)),
                            Some("HEADER") => match (a.get(1), a.get(2)) {
                                (Some(name), Some(needle)) => {
                                    header_value(raw, name).is_some_and(|v| {
                                        v.to_ascii_lowercase()
                                            .contains(&needle.to_ascii_lowercase())
                                    })
                                }
                                _ => false,
                            },
                            _ => false,
                        })
                        .map(|(uid, _)| uid.to_string())
                        .collect()
                };
                let known = matches!(
                    a.first().map(|s| s.to_ascii_uppercase()).as_deref(),
                    Some("ALL" | "UID" | "HEADER")
                );
                if known {
                    send(
                        &mut w,
                        &format!(
                            "* SEARCH {}\r\n{tag} OK SEARCH completed\r\n",
                            found.join(" ")
                        )
                        .replace("SEARCH \r\n", "SEARCH\r\n"),
                    )
                    .await?;
                } else {
                    send(&mut w, &format!("{tag} BAD unsupported search\r\n")).await?;
                }
            }
            "UID FETCH" => {
                let mb = selected.clone().unwrap_or_default();
                let items = a.get(1).map(|s| s.to_ascii_uppercase()).unwrap_or_default();
                if !items.contains("BODY.PEEK[]") {
                    send(
                        &mut w,
                        &format!("{tag} BAD only (UID BODY.PEEK[]) here\r\n"),
                    )
                    .await?;
                    continue;
                }
                let picked = {
                    let mut st = shared.lock();
                    st.stats.fetches += 1;
                    let msgs = st
                        .mailboxes
                        .get(&mb)
                        .map(|m| m.messages.as_slice())
                        .unwrap_or(&[]);
                    let max = msgs.last().map_or(0, |m| m.0);
                    let set = a.first().cloned().unwrap_or_default();
                    msgs.iter()
                        .enumerate()
                        .filter(|(_, (uid, _))| in_set(&set, *uid, max))
                        .map(|(i, (uid, raw))| (i + 1, *uid, raw.clone()))
                        .collect::<Vec<_>>()
                };
                shared.lock().stats.messages_fetched += picked.len() as u32;
                for (seq, uid, raw) in picked {
                    let head = format!("* {seq} FETCH (UID {uid} BODY[] {{{}}}\r\n", raw.len());
                    w.write_all(head.as_bytes()).await?;
                    if truncate {
                        w.write_all(&raw[..raw.len() / 2]).await?;
                        w.flush().await?;
                        return Ok(());
                    }
                    w.write_all(&raw).await?;
                    w.write_all(b")\r\n").await?;
                }
                send(&mut w, &format!("{tag} OK FETCH completed\r\n")).await?;
            }
            "IDLE" => {
                shared.lock().stats.idles += 1;
                send(&mut w, "+ idling\r\n").await?;
                let mb = selected.clone().unwrap_or_default();
                loop {
                    let n = shared
                        .lock()
                        .mailboxes
                        .get(&mb)
                        .map_or(0, |m| m.messages.len());
                    if n != known_exists {
                        known_exists = n;
                        send(&mut w, &format!("* {n} EXISTS\r\n")).await?;
                    }
                    tokio::select! {
                        changed = changes.changed() => {
                            if changed.is_err() {
                                return Ok(());
                            }
                        }
                        line = read_text_line(&mut r) => {
                            match line? {
                                Some(l) if l.trim().eq_ignore_ascii_case("DONE") => break,
                                Some(_) => {
                                    send(&mut w, &format!("{tag} BAD expected DONE\r\n")).await?;
                                    break;
                                }
                                None => return Ok(()),
                            }
                        }
                    }
                }
                send(&mut w, &format!("{tag} OK IDLE terminated\r\n")).await?;
            }
            _ => {
                send(&mut w, &format!("{tag} BAD unknown command\r\n")).await?;
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------- SMTP --

/// A fault the SMTP stand-in applies at the next stage of a kind:
/// `CONNECT` (the greeting), `AUTH`, `MAIL`, `RCPT` or `DATA` (the answer
/// after the message).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SmtpFault {
    /// Answer with this code and text (a 421 also closes the connection).
    Reply(u16, String),
    /// Close the connection without answering.
    Drop,
}

/// One message the SMTP stand-in accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub mail_from: String,
    pub rcpt_to: Vec<String>,
    /// The message as sent, dot-stuffing undone, CRLF line ends.
    pub data: Vec<u8>,
    /// Whether it came over TLS (`smtps` or after STARTTLS).
    pub tls: bool,
}

impl Received {
    /// The unfolded value of header `name`.
    pub fn header(&self, name: &str) -> Option<String> {
        header_value(&self.data, name)
    }
}

/// How the SMTP stand-in speaks TLS.
#[derive(Clone, Default)]
pub enum SmtpTls {
    /// Plain SMTP (`smtp://`).
    #[default]
    None,
    /// TLS from the first byte (`smtps://`, port 465 style).
    Implicit(ServerTls),
    /// STARTTLS advertised, and required before AUTH and MAIL
    /// (`smtp://…?tls=required`, port 587 style).
    StartTls(ServerTls),
}

struct SmtpState {
    scheme: &'static str,
    starttls: bool,
    tls_failures: u32,
    user: String,
    password: String,
    received: Vec<Received>,
    faults: VecDeque<(String, SmtpFault)>,
    delay: Duration,
    file_sent: Option<(ImapStandIn, String)>,
}

/// The SMTP stand-in. Cheap to clone; stops with the last clone.
#[derive(Clone)]
pub struct SmtpStandIn {
    shared: Arc<Shared<SmtpState>>,
    _guard: Arc<Guard>,
}

impl SmtpStandIn {
    /// Start with one account (AUTH PLAIN required before MAIL). With
    /// `file_sent`, each accepted message is also put in that IMAP
    /// mailbox, as Gmail or Microsoft 365 do with what a user sends.
    pub async fn start(
        user: &str,
        password: &str,
        file_sent: Option<(ImapStandIn, &str)>,
    ) -> std::io::Result<SmtpStandIn> {
        SmtpStandIn::start_tls(user, password, file_sent, SmtpTls::None).await
    }

    /// As [`SmtpStandIn::start`], speaking TLS as `tls` says.
    pub async fn start_tls(
        user: &str,
        password: &str,
        file_sent: Option<(ImapStandIn, &str)>,
        tls: SmtpTls,
    ) -> std::io::Result<SmtpStandIn> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            state: Mutex::new(SmtpState {
                scheme: match tls {
                    SmtpTls::Implicit(_) => "smtps",
                    SmtpTls::None | SmtpTls::StartTls(_) => "smtp",
                },
                starttls: matches!(tls, SmtpTls::StartTls(_)),
                tls_failures: 0,
                user: user.to_string(),
                password: password.to_string(),
                received: Vec::new(),
                faults: VecDeque::new(),
                delay: Duration::ZERO,
                file_sent: file_sent.map(|(i, m)| (i, m.to_string())),
            }),
            changed: watch::channel(0).0,
            addr,
        });
        let accept = shared.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let shared = accept.clone();
                let tls = tls.clone();
                tokio::spawn(async move {
                    let _ = smtp_serve(shared, stream, tls).await;
                });
            }
        });
        Ok(SmtpStandIn {
            shared,
            _guard: Arc::new(Guard(task)),
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.shared.addr
    }

    /// `smtp://user@127.0.0.1:port` (no TLS), `smtps://…` (implicit TLS)
    /// or `smtp://…?tls=required` (STARTTLS).
    pub fn url(&self) -> String {
        let st = self.shared.lock();
        let user = st.user.replace('@', "%40");
        let query = if st.starttls { "?tls=required" } else { "" };
        format!("{}://{user}@{}{query}", st.scheme, self.shared.addr)
    }

    /// TLS handshakes that failed (the client refused the certificate).
    pub fn tls_failures(&self) -> u32 {
        self.shared.lock().tls_failures
    }

    /// Every message accepted so far.
    pub fn sent(&self) -> Vec<Received> {
        self.shared.lock().received.clone()
    }

    pub fn set_fault(&self, stage: &str, fault: SmtpFault) {
        self.shared
            .lock()
            .faults
            .push_back((stage.to_ascii_uppercase(), fault));
    }

    pub fn set_delay(&self, delay: Duration) {
        self.shared.lock().delay = delay;
    }

    pub fn set_password(&self, password: &str) {
        self.shared.lock().password = password.to_string();
    }
}

fn smtp_fault(shared: &Shared<SmtpState>, stage: &str) -> (Option<SmtpFault>, Duration) {
    let mut st = shared.lock();
    let pos = st.faults.iter().position(|(s, _)| s == stage);
    (
        pos.and_then(|p| st.faults.remove(p)).map(|(_, f)| f),
        st.delay,
    )
}

/// Apply a stage's fault: `Ok(true)` when it answered (or closed) for us.
async fn apply_smtp_fault<W: AsyncWrite + Unpin>(
    shared: &Shared<SmtpState>,
    stage: &str,
    w: &mut W,
) -> std::io::Result<Option<bool>> {
    let (fault, delay) = smtp_fault(shared, stage);
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    match fault {
        None => Ok(None),
        Some(SmtpFault::Drop) => Ok(Some(true)),
        Some(SmtpFault::Reply(code, text)) => {
            send(w, &format!("{code} {text}\r\n")).await?;
            Ok(Some(code == 421))
        }
    }
}

/// One SMTP connection in the stand-in's TLS mode: TLS first
/// (`Implicit`), or plain with a STARTTLS upgrade (`StartTls`).
async fn smtp_serve(
    shared: Arc<Shared<SmtpState>>,
    tcp: TcpStream,
    tls: SmtpTls,
) -> std::io::Result<()> {
    let tls_failed = |shared: &Shared<SmtpState>| {
        shared.lock().tls_failures += 1;
        Ok(())
    };
    match tls {
        SmtpTls::None => smtp_connection(shared, tcp, false, Stage::Greet)
            .await
            .map(drop),
        SmtpTls::Implicit(ServerTls(acceptor)) => match acceptor.accept(tcp).await {
            Ok(stream) => smtp_connection(shared, stream, true, Stage::Greet)
                .await
                .map(drop),
            Err(_) => tls_failed(&shared),
        },
        SmtpTls::StartTls(ServerTls(acceptor)) => {
            let Some(tcp) =
                smtp_connection(shared.clone(), tcp, false, Stage::OfferStartTls).await?
            else {
                return Ok(());
            };
            match acceptor.accept(tcp).await {
                // RFC 3207: no greeting after the handshake; the client
                // starts over with EHLO.
                Ok(stream) => smtp_connection(shared, stream, true, Stage::AfterStartTls)
                    .await
                    .map(drop),
                Err(_) => tls_failed(&shared),
            }
        }
    }
}

/// Where an SMTP session starts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Greet; no STARTTLS.
    Greet,
    /// Greet, offer STARTTLS and refuse AUTH and MAIL before it.
    OfferStartTls,
    /// Right after the STARTTLS handshake: no greeting.
    AfterStartTls,
}

/// An SMTP session over `stream`. Returns the stream when the client asked
/// for STARTTLS (and was told to go ahead), to be upgraded.
async fn smtp_connection<S: Conn>(
    shared: Arc<Shared<SmtpState>>,
    stream: S,
    secure: bool,
    stage: Stage,
) -> std::io::Result<Option<S>> {
    let (r, mut w) = tokio::io::split(stream);
    let mut r: Reader<S> = BufReader::new(r);
    if stage != Stage::AfterStartTls {
        if let Some(close) = apply_smtp_fault(&shared, "CONNECT", &mut w).await? {
            if close {
                return Ok(None);
            }
        }
        send(&mut w, "220 standin.invalid ESMTP earshot stand-in\r\n").await?;
    }
    let offer_starttls = stage == Stage::OfferStartTls;
    let mut authed = false;
    let mut from: Option<String> = None;
    let mut rcpt: Vec<String> = Vec::new();
    while let Some(line) = read_text_line(&mut r).await? {
        let upper = line.to_ascii_uppercase();
        let verb = upper.split(' ').next().unwrap_or("").to_string();
        if offer_starttls && matches!(verb.as_str(), "AUTH" | "MAIL") {
            send(&mut w, "530 5.7.0 Must issue a STARTTLS command first\r\n").await?;
            continue;
        }
        match verb.as_str() {
            "EHLO" => {
                let starttls = if offer_starttls {
                    "250-STARTTLS\r\n"
                } else {
                    ""
                };
                send(&mut w, &format!("250-standin.invalid\r\n{starttls}250-AUTH PLAIN\r\n250-8BITMIME\r\n250 SIZE 10485760\r\n")).await?;
            }
            "STARTTLS" if offer_starttls => {
                send(&mut w, "220 2.0.0 Ready to start TLS\r\n").await?;
                return Ok(Some(r.into_inner().unsplit(w)));
            }
            "HELO" => send(&mut w, "250 standin.invalid\r\n").await?,
            "AUTH" => {
                if let Some(close) = apply_smtp_fault(&shared, "AUTH", &mut w).await? {
                    if close {
                        return Ok(None);
                    }
                    continue;
                }
                let parts: Vec<&str> = line.split_whitespace().collect();
                let initial = if parts
                    .get(1)
                    .is_some_and(|m| m.eq_ignore_ascii_case("PLAIN"))
                {
                    match parts.get(2) {
                        Some(p) => Some(p.to_string()),
                        None => {
                            send(&mut w, "334 \r\n").await?;
                            read_text_line(&mut r).await?
                        }
                    }
                } else {
                    None
                };
                let ok = initial
                    .and_then(|b| base64_decode(b.trim()))
                    .is_some_and(|d| {
                        let fields: Vec<&[u8]> = d.split(|b| *b == 0).collect();
                        let st = shared.lock();
                        fields.len() == 3
                            && fields[1] == st.user.as_bytes()
                            && fields[2] == st.password.as_bytes()
                    });
                if ok {
                    authed = true;
                    send(&mut w, "235 2.7.0 Authentication successful\r\n").await?;
                } else {
                    send(&mut w, "535 5.7.8 Authentication credentials invalid\r\n").await?;
                }
            }
            "MAIL" => {
                if !authed {
                    send(&mut w, "530 5.7.0 Authentication required\r\n").await?;
                    continue;
                }
                if let Some(close) = apply_smtp_fault(&shared, "MAIL", &mut w).await? {
                    if close {
                        return Ok(None);
                    }
                    continue;
                }
                from = Some(angle(&line));
                rcpt.clear();
                send(&mut w, "250 2.1.0 OK\r\n").await?;
            }
            "RCPT" => {
                if from.is_none() {
                    send(&mut w, "503 5.5.1 MAIL first\r\n").await?;
                    continue;
                }
                if let Some(close) = apply_smtp_fault(&shared, "RCPT", &mut w).await? {
                    if close {
                        return Ok(None);
                    }
                    continue;
                }
                rcpt.push(angle(&line));
                send(&mut w, "250 2.1.5 OK\r\n").await?;
            }
            "DATA" => {
                if rcpt.is_empty() {
                    send(&mut w, "503 5.5.1 RCPT first\r\n").await?;
                    continue;
                }
                send(&mut w, "354 End data with <CR><LF>.<CR><LF>\r\n").await?;
                let mut data = Vec::new();
                loop {
                    let mut buf = Vec::new();
                    if r.read_until(b'\n', &mut buf).await? == 0 {
                        return Ok(None);
                    }
                    let body = buf
                        .strip_suffix(b"\r\n")
                        .or_else(|| buf.strip_suffix(b"\n"))
                        .unwrap_or(&buf);
                    if body == b"." {
                        break;
                    }
                    let body = body.strip_prefix(b".").unwrap_or(body);
                    data.extend_from_slice(body);
                    data.extend_from_slice(b"\r\n");
                }
                if let Some(close) = apply_smtp_fault(&shared, "DATA", &mut w).await? {
                    if close {
                        return Ok(None);
                    }
                    from = None;
                    rcpt.clear();
                    continue;
                }
                let received = Received {
                    mail_from: from.take().unwrap_or_default(),
                    rcpt_to: std::mem::take(&mut rcpt),
                    data,
                    tls: secure,
                };
                let file = {
                    let mut st = shared.lock();
                    st.received.push(received.clone());
                    st.file_sent.clone()
                };
                if let Some((imap, mailbox)) = file {
                    imap.deliver_to(&mailbox, received.data);
                }
                send(&mut w, "250 2.0.0 OK queued\r\n").await?;
            }
            "RSET" => {
                from = None;
                rcpt.clear();
                send(&mut w, "250 2.0.0 OK\r\n").await?;
            }
            "NOOP" => send(&mut w, "250 2.0.0 OK\r\n").await?,
            "QUIT" => {
                send(&mut w, "221 2.0.0 Bye\r\n").await?;
                return Ok(None);
            }
            _ => send(&mut w, "502 5.5.2 Command not recognized\r\n").await?,
        }
    }
    Ok(None)
}

/// The address inside `<...>` of a MAIL FROM / RCPT TO line.
fn angle(line: &str) -> String {
    line.split_once('<')
        .and_then(|(_, r)| r.split_once('>'))
        .map(|(a, _)| a.to_string())
        .unwrap_or_default()
}

fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let s = s.trim_end_matches('=').as_bytes();
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    for chunk in s.chunks(4) {
        let mut acc = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            acc |= val(c)? << (18 - 6 * i);
        }
        let bytes = acc.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len().max(1)]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_headers_and_base64() {
        assert!(in_set("3:*", 5, 7));
        assert!(in_set("1,4:5", 4, 9));
        assert!(!in_set("1,4:5", 3, 9));
        assert!(
            in_set("8:*", 7, 7),
            "n:* matches the last message (RFC 3501)"
        );
        let raw = b"Subject: hi\r\nMessage-ID:\r\n <a@b>\r\n\r\nMessage-ID: <x@y>\r\n";
        assert_eq!(header_value(raw, "message-id").as_deref(), Some("<a@b>"));
        assert_eq!(base64_decode("AHVzZXIAcGFzcw==").unwrap(), b"\0user\0pass");
        assert_eq!(
            imap_args("\"a \\\"b\" c (UID BODY.PEEK[])"),
            vec!["a \"b", "c", "(UID BODY.PEEK[])"]
        );
    }
}
