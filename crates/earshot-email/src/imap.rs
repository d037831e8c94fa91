//! A small IMAP4rev1 client (RFC 3501, IDLE from RFC 2177): the commands
//! the connector and the sender use, over plain TCP or TLS. Responses are
//! read line by line with `{n}` literals taken whole, so a message body of
//! any content never confuses the framing.

use crate::config::ServerUrl;
use crate::EmailError;
use std::path::Path;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

/// Anything a session can run over (TCP, TLS over TCP).
pub(crate) trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

/// The longest response line (without literals) accepted, and the largest
/// literal: a server sending more is broken or hostile.
const MAX_LINE: usize = 64 * 1024;
const MAX_LITERAL: usize = 64 * 1024 * 1024;

/// One response line with its literals cut out (`{n}` stays in `text`).
#[derive(Debug, Default)]
pub(crate) struct Line {
    pub text: String,
    pub literals: Vec<Vec<u8>>,
}

/// What SELECT reported about the mailbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Selected {
    pub uidvalidity: u32,
    pub exists: u32,
}

/// How an IDLE ended.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum IdleEnd {
    /// The server reported new messages (`* n EXISTS`).
    NewMail,
    /// The refresh interval passed.
    Refresh,
    /// The connector is stopping.
    Cancelled,
}

pub(crate) struct Session {
    io: BufReader<Box<dyn Io>>,
    tag: u32,
    timeout: Duration,
    pub capabilities: Vec<String>,
}

impl Session {
    /// Connect (TLS for `imaps`, trusting the public roots and the CA
    /// certificates of `ca_file`), read the greeting and the capabilities.
    pub async fn connect(
        url: &ServerUrl,
        timeout: Duration,
        ca_file: Option<&Path>,
    ) -> Result<Session, EmailError> {
        let tls = url.scheme == "imaps";
        let port = url.port.unwrap_or(if tls { 993 } else { 143 });
        let tcp = tokio::time::timeout(timeout, TcpStream::connect((url.host.as_str(), port)))
            .await
            .map_err(|_| EmailError::Timeout("IMAP connect"))??;
        let _ = tcp.set_nodelay(true);
        let io: Box<dyn Io> = if tls {
            Box::new(tls_connect(&url.host, port, tcp, timeout, ca_file).await?)
        } else {
            Box::new(tcp)
        };
        let mut s = Session {
            io: BufReader::new(io),
            tag: 0,
            timeout,
            capabilities: Vec::new(),
        };
        let greeting = s.read_line().await?;
        if greeting.text.starts_with("* BYE") {
            return Err(EmailError::Refused(format!(
                "IMAP server said goodbye: {}",
                greeting.text
            )));
        }
        if !greeting.text.starts_with("* OK") && !greeting.text.starts_with("* PREAUTH") {
            return Err(EmailError::Protocol(format!(
                "unexpected IMAP greeting: {}",
                clip(&greeting.text)
            )));
        }
        s.capability().await?;
        Ok(s)
    }

    pub fn has_capability(&self, cap: &str) -> bool {
        self.capabilities
            .iter()
            .any(|c| c.eq_ignore_ascii_case(cap))
    }

    async fn capability(&mut self) -> Result<(), EmailError> {
        let lines = self.command("CAPABILITY").await?;
        for l in &lines {
            if let Some(rest) = untagged(&l.text, "CAPABILITY") {
                self.capabilities = rest.split_whitespace().map(str::to_string).collect();
            }
        }
        Ok(())
    }

    /// LOGIN. A refusal becomes [`EmailError::Auth`] naming the user only.
    pub async fn login(&mut self, user: &str, password: &str) -> Result<(), EmailError> {
        let cmd = format!("LOGIN {} {}", quote(user)?, quote(password)?);
        match self.command_secret(&cmd, "LOGIN").await {
            Ok(_) => {}
            Err(EmailError::No(why)) | Err(EmailError::Bad(why)) => {
                return Err(EmailError::Auth(format!(
                    "IMAP login as {user} refused: {why}"
                )))
            }
            Err(e) => return Err(e),
        }
        // Servers may advertise more (IDLE, ...) once logged in.
        self.capability().await
    }

    /// SELECT (or EXAMINE, read-only) a mailbox.
    pub async fn select(&mut self, mailbox: &str, read_only: bool) -> Result<Selected, EmailError> {
        let verb = if read_only { "EXAMINE" } else { "SELECT" };
        let lines = self.command(&format!("{verb} {}", quote(mailbox)?)).await?;
        let mut uidvalidity = None;
        let mut exists = 0;
        for l in &lines {
            if let Some(v) = l.text.find("[UIDVALIDITY ").map(|i| &l.text[i + 13..]) {
                uidvalidity = v.split(']').next().and_then(|n| n.trim().parse().ok());
            }
            if let Some(n) = exists_count(&l.text) {
                exists = n;
            }
        }
        let uidvalidity = uidvalidity.ok_or_else(|| {
            EmailError::Protocol(format!("{verb} {mailbox}: the server sent no UIDVALIDITY"))
        })?;
        Ok(Selected {
            uidvalidity,
            exists,
        })
    }

    /// UID SEARCH with `criteria`: the matching UIDs, ascending.
    pub async fn uid_search(&mut self, criteria: &str) -> Result<Vec<u32>, EmailError> {
        let lines = self.command(&format!("UID SEARCH {criteria}")).await?;
        let mut uids: Vec<u32> = lines
            .iter()
            .filter_map(|l| untagged(&l.text, "SEARCH"))
            .flat_map(|rest| rest.split_whitespace().filter_map(|n| n.parse().ok()))
            .collect();
        uids.sort_unstable();
        uids.dedup();
        Ok(uids)
    }

    /// The whole messages with these UIDs: `(uid, raw)`, in UID order.
    pub async fn uid_fetch_bodies(
        &mut self,
        uids: &[u32],
    ) -> Result<Vec<(u32, Vec<u8>)>, EmailError> {
        if uids.is_empty() {
            return Ok(Vec::new());
        }
        let set = uids
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(",");
        let lines = self
            .command(&format!("UID FETCH {set} (UID BODY.PEEK[])"))
            .await?;
        let mut out = Vec::new();
        for mut l in lines {
            if !l.text.starts_with("* ") || !l.text.contains(" FETCH (") {
                continue;
            }
            let uid = l
                .text
                .find("UID ")
                .and_then(|i| l.text[i + 4..].split(|c: char| !c.is_ascii_digit()).next())
                .and_then(|n| n.parse::<u32>().ok());
            match (uid, l.literals.pop()) {
                (Some(uid), Some(body)) if l.text.contains("BODY[]") => out.push((uid, body)),
                _ => {
                    return Err(EmailError::Protocol(format!(
                        "a FETCH response without UID or body: {}",
                        clip(&l.text)
                    )))
                }
            }
        }
        out.sort_by_key(|(u, _)| *u);
        Ok(out)
    }

    pub async fn noop(&mut self) -> Result<(), EmailError> {
        self.command("NOOP").await.map(|_| ())
    }

    /// IDLE until new mail, `refresh`, or `cancel`; then DONE.
    pub async fn idle(
        &mut self,
        refresh: Duration,
        cancel: &tokio_util::sync::CancellationToken,
    ) -> Result<IdleEnd, EmailError> {
        let tag = self.next_tag();
        self.write(&format!("{tag} IDLE\r\n")).await?;
        loop {
            let l = self.read_line().await?;
            if l.text.starts_with('+') {
                break;
            }
            if l.text.starts_with(&format!("{tag} ")) {
                return Err(tagged_error(&tag, &l.text, "IDLE"));
            }
        }
        let deadline = tokio::time::Instant::now() + refresh;
        let end = loop {
            // Waiting for a push has no timeout of its own: the server may
            // be silent for the whole refresh interval.
            let line = tokio::select! {
                _ = cancel.cancelled() => break IdleEnd::Cancelled,
                _ = tokio::time::sleep_until(deadline) => break IdleEnd::Refresh,
                l = read_line(&mut self.io) => l?,
            };
            if exists_count(&line.text).is_some() {
                break IdleEnd::NewMail;
            }
            if line.text.starts_with("* BYE") {
                return Err(EmailError::Protocol(format!(
                    "server ended IDLE: {}",
                    clip(&line.text)
                )));
            }
        };
        self.write("DONE\r\n").await?;
        self.finish(&tag, "IDLE").await?;
        Ok(end)
    }

    pub async fn logout(mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(1), self.command("LOGOUT")).await;
    }

    fn next_tag(&mut self) -> String {
        self.tag += 1;
        format!("A{:04}", self.tag)
    }

    async fn write(&mut self, s: &str) -> Result<(), EmailError> {
        let io = self.io.get_mut();
        tokio::time::timeout(self.timeout, async {
            io.write_all(s.as_bytes()).await?;
            io.flush().await
        })
        .await
        .map_err(|_| EmailError::Timeout("IMAP write"))??;
        Ok(())
    }

    async fn read_line(&mut self) -> Result<Line, EmailError> {
        tokio::time::timeout(self.timeout, read_line(&mut self.io))
            .await
            .map_err(|_| EmailError::Timeout("IMAP response"))?
    }

    /// Send a command and collect the untagged lines until its tagged
    /// answer; `NO`/`BAD` become errors with the server's text.
    async fn command(&mut self, cmd: &str) -> Result<Vec<Line>, EmailError> {
        let verb = cmd.split(' ').take(2).collect::<Vec<_>>().join(" ");
        self.command_secret(cmd, &verb).await
    }

    /// As `command`, but errors name the command only as `shown`, so a
    /// password in `cmd` never reaches an error text.
    async fn command_secret(&mut self, cmd: &str, shown: &str) -> Result<Vec<Line>, EmailError> {
        let tag = self.next_tag();
        self.write(&format!("{tag} {cmd}\r\n")).await?;
        self.finish(&tag, shown).await
    }

    async fn finish(&mut self, tag: &str, shown: &str) -> Result<Vec<Line>, EmailError> {
        let mut lines = Vec::new();
        loop {
            let l = self.read_line().await?;
            if l.text.starts_with(&format!("{tag} ")) {
                if l.text[tag.len() + 1..].starts_with("OK") {
                    return Ok(lines);
                }
                return Err(tagged_error(tag, &l.text, shown));
            }
            if l.text.starts_with("* BYE") && !shown.starts_with("LOGOUT") {
                return Err(EmailError::Protocol(format!(
                    "server closed the session during {shown}: {}",
                    clip(&l.text)
                )));
            }
            lines.push(l);
        }
    }
}

fn tagged_error(tag: &str, text: &str, shown: &str) -> EmailError {
    let rest = text[tag.len()..].trim_start();
    let (kind, why) = rest.split_once(' ').unwrap_or((rest, ""));
    let why = format!("{shown}: {}", clip(why));
    match kind {
        "NO" => EmailError::No(why),
        "BAD" => EmailError::Bad(why),
        _ => EmailError::Protocol(format!("unexpected answer to {shown}: {}", clip(rest))),
    }
}

/// `* NAME rest` → `rest`.
fn untagged<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    let rest = text.strip_prefix("* ")?;
    let (head, tail) = rest.split_once(' ').unwrap_or((rest, ""));
    head.eq_ignore_ascii_case(name).then_some(tail)
}

/// `* n EXISTS` → n.
fn exists_count(text: &str) -> Option<u32> {
    let rest = text.strip_prefix("* ")?;
    let (n, word) = rest.split_once(' ')?;
    word.trim()
        .eq_ignore_ascii_case("EXISTS")
        .then(|| n.parse().ok())?
}

/// An IMAP quoted string; CR and LF cannot be quoted and are refused.
pub(crate) fn quote(s: &str) -> Result<String, EmailError> {
    if s.contains(['\r', '\n', '\0']) {
        return Err(EmailError::Config(
            "a user name, password or mailbox with a line break".into(),
        ));
    }
    Ok(format!(
        "\"{}\"",
        s.replace('\\', "\\\\").replace('"', "\\\"")
    ))
}

/// Text for an error message: one line, at most 200 characters.
pub(crate) fn clip(s: &str) -> String {
    let one_line: String = s.chars().filter(|c| !c.is_control()).take(200).collect();
    one_line
}

/// Read one response line, taking each `{n}` literal it announces whole.
async fn read_line<R: AsyncBufReadExt + Unpin>(r: &mut R) -> Result<Line, EmailError> {
    let mut line = Line::default();
    loop {
        let mut buf = Vec::new();
        let n = (&mut *r)
            .take(MAX_LINE as u64 + 1)
            .read_until(b'\n', &mut buf)
            .await?;
        if n == 0 {
            return Err(EmailError::Closed);
        }
        if !buf.ends_with(b"\n") {
            return Err(EmailError::Protocol(if n > MAX_LINE {
                "an IMAP response line too long".into()
            } else {
                "the connection closed inside a response".into()
            }));
        }
        let text = String::from_utf8_lossy(&buf);
        let text = text.trim_end_matches(['\r', '\n']);
        line.text.push_str(text);
        if line.text.len() > MAX_LINE {
            return Err(EmailError::Protocol("an IMAP response too long".into()));
        }
        let Some(size) = literal_size(text) else {
            return Ok(line);
        };
        if size > MAX_LITERAL {
            return Err(EmailError::Protocol(format!(
                "an IMAP literal of {size} bytes"
            )));
        }
        let mut lit = vec![0u8; size];
        r.read_exact(&mut lit).await.map_err(|e| {
            if e.kind() == std::io::ErrorKind::UnexpectedEof {
                EmailError::Protocol("the connection closed inside a literal".into())
            } else {
                EmailError::Io(e)
            }
        })?;
        line.literals.push(lit);
    }
}

/// `... {123}` at the end of a line → 123.
fn literal_size(text: &str) -> Option<usize> {
    let inner = text.strip_suffix('}')?;
    let open = inner.rfind('{')?;
    inner[open + 1..].trim_end_matches('+').parse().ok()
}

/// The TLS handshake; a failure (an untrusted or wrong certificate, ...)
/// names the server.
async fn tls_connect(
    host: &str,
    port: u16,
    tcp: TcpStream,
    timeout: Duration,
    ca_file: Option<&Path>,
) -> Result<tokio_rustls::client::TlsStream<TcpStream>, EmailError> {
    use tokio_rustls::rustls;
    let config = crate::tls::client_config(ca_file)?;
    let name = rustls::pki_types::ServerName::try_from(host.to_string())
        .map_err(|_| EmailError::Config(format!("`{host}` is not a valid TLS server name")))?;
    let connector = tokio_rustls::TlsConnector::from(config);
    tokio::time::timeout(timeout, connector.connect(name, tcp))
        .await
        .map_err(|_| EmailError::Timeout("TLS handshake"))?
        .map_err(|e| EmailError::Tls(format!("IMAP server {host}:{port}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn literals_are_read_whole_whatever_they_contain() {
        let data = b"* 1 FETCH (UID 7 BODY[] {12}\r\nA0001 OK x\r\n)\r\nA0001 OK done\r\n".to_vec();
        let mut r = BufReader::new(&data[..]);
        let l = read_line(&mut r).await.unwrap();
        assert_eq!(l.text, "* 1 FETCH (UID 7 BODY[] {12})");
        assert_eq!(l.literals, vec![b"A0001 OK x\r\n".to_vec()]);
        let l = read_line(&mut r).await.unwrap();
        assert_eq!(l.text, "A0001 OK done");
        assert!(matches!(read_line(&mut r).await, Err(EmailError::Closed)));
    }

    #[tokio::test]
    async fn a_truncated_literal_is_an_error_not_a_hang() {
        let data = b"* 1 FETCH (UID 7 BODY[] {100}\r\nshort".to_vec();
        let mut r = BufReader::new(&data[..]);
        assert!(matches!(
            read_line(&mut r).await,
            Err(EmailError::Protocol(_))
        ));
    }

    #[test]
    fn quoting_and_counts() {
        assert_eq!(quote("a\"b\\c").unwrap(), "\"a\\\"b\\\\c\"");
        assert!(quote("x\r\nA1 LOGOUT").is_err());
        assert_eq!(exists_count("* 23 EXISTS"), Some(23));
        assert_eq!(exists_count("* 23 RECENT"), None);
        assert_eq!(untagged("* SEARCH 1 2", "SEARCH"), Some("1 2"));
        assert_eq!(literal_size("* 1 FETCH (BODY[] {42}"), Some(42));
    }
}
