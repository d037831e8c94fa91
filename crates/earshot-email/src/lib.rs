//! # earshot-email
//!
//! The email connector. Mail to the desk's mailbox becomes mentions on
//! [`Network::Email`](earshot_core::Network::Email); replies go out over
//! SMTP through the outbox.
//!
//! - [`run`] (`inbound`): IMAP in. LOGIN, SELECT the mailbox, fetch new
//!   messages by UID (`UID SEARCH UID n:*`, `UID FETCH … (UID BODY.PEEK[])`,
//!   so nothing is marked read), store them, then wait with IDLE when the
//!   server has it, else poll. The cursor is `UIDVALIDITY:last UID`, saved
//!   only after the mentions before it are stored; a new UIDVALIDITY means
//!   the mailbox was rebuilt, so it is read again from the start (the store
//!   dedupes by Message-ID).
//! - [`parse`]: one message → one mention. `external_id` is the Message-ID
//!   (without `<>`), the author is the From address, the text the subject
//!   and the plain-text body (HTML turned into text, quoted replies
//!   trimmed), `in_reply_to_id` the In-Reply-To, `conversation_id` the first
//!   id of References (else In-Reply-To, else the message's own id).
//! - [`SmtpSender`] (`sender`): the outbox's [`Sender`](earshot_connect::outbox::Sender)
//!   for email. `Re:` subject, `In-Reply-To` and `References` from the
//!   stored message replied to, and a Message-ID derived from the outbox
//!   item (`<earshot.{id}.{key-hash}@{domain}>`), which is also the item's
//!   `external_id`; `find_sent` looks for it in the Sent mailbox.
//! - [`standin`]: IMAP and SMTP stand-in servers with fault injection.
//!
//! ## Threading with the desk's replies
//! A customer answering a desk email sends `In-Reply-To: <earshot.{id}…>`.
//! Clients that keep `References` put the thread's first message first, and
//! that is the case's conversation. For a client that sends only
//! `In-Reply-To`, the connector recognises the desk's own Message-ID and
//! asks the store for the outbox item's case conversation, so the reply
//! still lands on the same case.
//!
//! ## Configuration (`[email]`, see [`EmailConfig`])
//! Environment overrides: `EARSHOT_IMAP_URL`, `EARSHOT_IMAP_PASSWORD`,
//! `EARSHOT_SMTP_URL`, `EARSHOT_SMTP_PASSWORD`, `EARSHOT_EMAIL_FROM`,
//! `EARSHOT_EMAIL_CA_FILE`. Passwords are never logged nor put in error
//! texts.
//!
//! ## TLS
//! `imaps://` and `smtps://` are TLS from the first byte, `smtp://…?tls=required`
//! upgrades with STARTTLS; all of them check the server's certificate
//! against the public roots (webpki) and the CA certificates of
//! `ca_file`, for a self-hosted server with its own CA. A certificate that
//! is not trusted is an error naming the server (`TLS: IMAP server
//! mail.example:993: invalid peer certificate: UnknownIssuer`), logged with
//! the connector's name; the connector backs off and tries again (the CA
//! file is read again at every connection).

mod config;
mod imap;
mod inbound;
pub mod parse;
mod sender;
pub mod standin;
mod tls;

pub use config::{EmailConfig, ServerUrl};
pub use inbound::{run, CONNECTOR};
pub use sender::{desk_message_id, outbox_id_of, sender, SmtpSender};

/// What can go wrong talking to a mail server or reading a message. No
/// variant ever carries a password.
#[derive(Debug, thiserror::Error)]
pub enum EmailError {
    #[error("email configuration: {0}")]
    Config(String),
    #[error("network error: {0}")]
    Io(#[from] std::io::Error),
    #[error("timed out: {0}")]
    Timeout(&'static str),
    #[error("TLS: {0}")]
    Tls(String),
    #[error("the server closed the connection")]
    Closed,
    #[error("{0}")]
    Auth(String),
    #[error("server refused: {0}")]
    Refused(String),
    #[error("server answered NO to {0}")]
    No(String),
    #[error("server answered BAD to {0}")]
    Bad(String),
    #[error("protocol: {0}")]
    Protocol(String),
    #[error("bad message: {0}")]
    Message(String),
    #[error("store: {0}")]
    Store(#[from] earshot_store::StoreError),
    #[error("ingest: {0}")]
    Ingest(#[from] earshot_ingest::IngestError),
}
