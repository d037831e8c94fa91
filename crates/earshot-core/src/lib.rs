//! earshot's domain model: networks, mentions, triage decisions, and the
//! parsers that turn wire formats (X API v2 stream lines, the project's own
//! mention JSON) into [`Mention`]s. This crate does no I/O.

mod macros;

pub mod decision;
pub mod mention;
pub mod network;
pub mod wire;

pub use decision::{Action, Addressing, Priority, Scores, TriageDecision};
pub use mention::{Author, Mention, MentionedHandle, Reference, ReferenceKind};
pub use network::{Network, ParseNetworkError};
