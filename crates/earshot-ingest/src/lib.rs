//! # earshot-ingest
//!
//! From posts to stored cases. The [`Pipeline`] takes parsed [`Mention`]s
//! (from the webhook, a connector, the demo or a file), asks the store what
//! it knows about each thread, triages each post with the plan, and stores
//! the batch with its decisions in one transaction: a post is stored before
//! it is acknowledged. The file importers ([`import_file`]) replay X API v2
//! stream lines and the Kaggle "Customer Support on Twitter" CSV through the
//! same pipeline, and [`bench`] measures ingest and listing speed.
//!
//! **Architecture invariants**: no SQL here (the store owns it) and no HTTP
//! (the server owns it); triage never fails on a post, and a bad line of a
//! file is reported with its line number while the rest is imported.

pub mod bench;
mod import;

pub use import::{import_file, Format, ImportProgress, ImportSummary};

use earshot_core::{Action, Addressing, Mention, Priority, Scores, TriageDecision};
use earshot_store::{BatchOutcome, Direction, IngestPolicy, Store, StoreError, Triaged};
use earshot_triage::{Context, Engine};
use std::path::PathBuf;
use std::sync::{Arc, RwLock};

/// Posts triaged on the async runtime's thread; larger batches move to a
/// blocking thread so the runtime keeps serving requests.
const INLINE_TRIAGE: usize = 64;

/// What went wrong while ingesting.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A CSV file lacks a column the format needs.
    #[error("{path}: missing required column '{column}' (the header has: {found})")]
    MissingColumn {
        path: PathBuf,
        column: &'static str,
        found: String,
    },
    /// The file cannot be read as the format at all (not a bad line: those
    /// are rejected one by one).
    #[error("{path}: {message}")]
    Format { path: PathBuf, message: String },
    #[error("triage worker stopped: {0}")]
    Worker(String),
}

/// Context → triage → store, for batches of mentions.
///
/// Every clone shares one engine, which [`Pipeline::set_engine`] replaces
/// in place when the plan is reloaded: the webhook and every connector
/// triage their next batch with the new plan, and whoever watches
/// [`Pipeline::plan_changes`] (the X stream's rules) hears of it.
#[derive(Clone)]
pub struct Pipeline {
    store: Store,
    shared: Arc<SharedEngine>,
}

struct SharedEngine {
    engine: RwLock<Arc<Engine>>,
    changes: tokio::sync::watch::Sender<u64>,
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pipeline")
            .field("store", &self.store)
            .field("policy", &self.policy())
            .finish_non_exhaustive()
    }
}

/// The decision recorded for the brand's own posts: nothing to answer.
pub fn brand_post_decision() -> TriageDecision {
    TriageDecision {
        action: Action::Ignore,
        priority: Priority::Low,
        topic: None,
        team: None,
        addressed: Addressing::None,
        scores: Scores::default(),
        reasons: vec!["posted by the brand".into()],
        first_response_due_secs: 0,
    }
}

impl Pipeline {
    /// A pipeline storing into `store` with `engine`'s plan (its re-open
    /// window shapes the cases).
    pub fn new(store: Store, engine: Arc<Engine>) -> Pipeline {
        let (changes, _) = tokio::sync::watch::channel(0);
        Pipeline {
            store,
            shared: Arc::new(SharedEngine {
                engine: RwLock::new(engine),
                changes,
            }),
        }
    }

    /// The same store with another engine, independent of this pipeline.
    pub fn with_engine(&self, engine: Arc<Engine>) -> Pipeline {
        Pipeline::new(self.store.clone(), engine)
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The engine in force now.
    pub fn engine(&self) -> Arc<Engine> {
        match self.shared.engine.read() {
            Ok(e) => e.clone(),
            // A writer only swaps an Arc; a poisoned lock still holds one.
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Triage with `engine` from the next batch on, in this pipeline and
    /// all its clones, and tell [`Pipeline::plan_changes`] watchers.
    pub fn set_engine(&self, engine: Arc<Engine>) {
        match self.shared.engine.write() {
            Ok(mut e) => *e = engine,
            Err(poisoned) => *poisoned.into_inner() = engine,
        }
        self.shared.changes.send_modify(|n| *n += 1);
    }

    /// Changes when [`Pipeline::set_engine`] puts in a new plan.
    pub fn plan_changes(&self) -> tokio::sync::watch::Receiver<u64> {
        self.shared.changes.subscribe()
    }

    pub fn policy(&self) -> IngestPolicy {
        policy_of(&self.engine())
    }

    /// A post written by one of the plan's brand accounts is outbound.
    pub fn direction_of(&self, mention: &Mention) -> Direction {
        if self
            .engine()
            .plan()
            .is_brand_handle(mention.network, &mention.author.handle)
        {
            Direction::Outbound
        } else {
            Direction::Inbound
        }
    }

    /// Triage and store a batch of mentions in one transaction; the brand's
    /// own posts (by the plan's handles) are stored as outbound. Returns
    /// once the batch is committed.
    pub async fn ingest(&self, mentions: Vec<Mention>) -> Result<BatchOutcome, IngestError> {
        let items = mentions
            .into_iter()
            .map(|m| {
                let d = self.direction_of(&m);
                (m, d)
            })
            .collect();
        self.ingest_directed(items).await
    }

    /// [`Pipeline::ingest`] with each post's direction given by the caller
    /// (the TWCS file says which rows are the brand's).
    pub async fn ingest_directed(
        &self,
        items: Vec<(Mention, Direction)>,
    ) -> Result<BatchOutcome, IngestError> {
        // One plan for the whole batch, even if it is reloaded meanwhile.
        let engine = self.engine();
        let policy = policy_of(&engine);
        let triaged = self.triage_with(engine, items, policy).await?;
        Ok(self.store.ingest_batch(triaged, policy).await?)
    }

    /// Thread context from the store, then triage. Earlier posts of the
    /// batch count as context for later ones (a brand reply earlier in the
    /// batch puts the brand in the thread).
    pub async fn triage(
        &self,
        items: Vec<(Mention, Direction)>,
    ) -> Result<Vec<Triaged>, IngestError> {
        let engine = self.engine();
        let policy = policy_of(&engine);
        self.triage_with(engine, items, policy).await
    }

    async fn triage_with(
        &self,
        engine: Arc<Engine>,
        items: Vec<(Mention, Direction)>,
        policy: IngestPolicy,
    ) -> Result<Vec<Triaged>, IngestError> {
        let contexts = {
            let refs: Vec<(&Mention, Direction)> = items.iter().map(|(m, d)| (m, *d)).collect();
            self.store.thread_contexts(&refs, policy).await?
        };
        if items.len() <= INLINE_TRIAGE {
            return Ok(triage_all(&engine, items, contexts));
        }
        tokio::task::spawn_blocking(move || triage_all(&engine, items, contexts))
            .await
            .map_err(|e| IngestError::Worker(e.to_string()))
    }
}

/// The store's ingest policy from a plan (its re-open window).
fn policy_of(engine: &Engine) -> IngestPolicy {
    IngestPolicy {
        reopen_window_secs: engine.plan().reopen_window_secs(),
    }
}

fn triage_all(
    engine: &Engine,
    items: Vec<(Mention, Direction)>,
    contexts: Vec<earshot_store::ThreadContext>,
) -> Vec<Triaged> {
    items
        .into_iter()
        .zip(contexts)
        .map(|((mention, direction), ctx)| {
            let decision = match direction {
                Direction::Outbound => brand_post_decision(),
                Direction::Inbound => engine.triage(&mention, &triage_context(ctx)),
            };
            Triaged {
                mention,
                decision,
                direction,
            }
        })
        .collect()
}

// Built field by field so fields the triage crate adds later keep their defaults.
#[allow(clippy::field_reassign_with_default)]
fn triage_context(ctx: earshot_store::ThreadContext) -> Context {
    let mut c = Context::default();
    c.brand_in_thread = ctx.brand_in_thread;
    c.prior_contacts = ctx.prior_contacts;
    c
}
