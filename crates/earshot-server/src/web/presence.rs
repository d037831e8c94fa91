//! Who is looking at which case, and who is typing a reply there, so that
//! two agents never answer one customer without knowing it.
//!
//! A case page reports `viewing` every few seconds and `typing` while the
//! agent types; a viewer who stops reporting fades out after the TTL (a
//! sweeper task notices and publishes the change). Changes are published as
//! [`DeskEvent::Presence`].
//!
//! **Limitation:** held in this process's memory. With several instances
//! each knows only its own viewers (ARCHITECTURE.md); a shared store
//! (PostgreSQL `LISTEN/NOTIFY` or NATS) is the way to lift it.

use super::events::{DeskEvent, DeskEvents, Viewer};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
struct Seen {
    username: String,
    last_seen: Instant,
    typing_until: Option<Instant>,
}

/// What a page reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Report {
    Viewing,
    Typing,
    /// The agent stopped typing (sent, or cleared the box).
    Idle,
    Left,
}

impl std::str::FromStr for Report {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "viewing" => Ok(Report::Viewing),
            "typing" => Ok(Report::Typing),
            "idle" => Ok(Report::Idle),
            "left" => Ok(Report::Left),
            _ => Err(format!(
                "state '{s}': expected one of viewing, typing, idle, left"
            )),
        }
    }
}

struct Inner {
    /// case id → user id → what we last heard.
    cases: Mutex<HashMap<i64, BTreeMap<i64, Seen>>>,
    events: DeskEvents,
    ttl: Duration,
    typing_ttl: Duration,
}

/// The desk's presence board. Cheap to clone.
#[derive(Clone)]
pub struct Presence {
    inner: Arc<Inner>,
}

impl Presence {
    pub fn new(events: DeskEvents, ttl: Duration, typing_ttl: Duration) -> Presence {
        Presence {
            inner: Arc::new(Inner {
                cases: Mutex::new(HashMap::new()),
                events,
                ttl,
                typing_ttl,
            }),
        }
    }

    /// Record what `user` reports about `case_id`; publishes when the set
    /// of viewers (or who is typing) changed. Returns the viewers now.
    pub fn report(
        &self,
        case_id: i64,
        user_id: i64,
        username: &str,
        report: Report,
    ) -> Vec<Viewer> {
        self.report_at(case_id, user_id, username, report, Instant::now())
    }

    fn report_at(
        &self,
        case_id: i64,
        user_id: i64,
        username: &str,
        report: Report,
        now: Instant,
    ) -> Vec<Viewer> {
        let (changed, viewers) = {
            let mut cases = self.lock();
            let before = viewers_of(cases.get(&case_id), now);
            let board = cases.entry(case_id).or_default();
            match report {
                Report::Left => {
                    board.remove(&user_id);
                }
                _ => {
                    let seen = board.entry(user_id).or_insert_with(|| Seen {
                        username: username.to_string(),
                        last_seen: now,
                        typing_until: None,
                    });
                    seen.last_seen = now;
                    seen.typing_until = match report {
                        Report::Typing => Some(now + self.inner.typing_ttl),
                        Report::Idle => None,
                        _ => seen.typing_until,
                    };
                }
            }
            if board.is_empty() {
                cases.remove(&case_id);
            }
            let after = viewers_of(cases.get(&case_id), now);
            (before != after, after)
        };
        if changed {
            self.publish(case_id, viewers.clone());
        }
        viewers
    }

    /// Who is on `case_id` now.
    pub fn viewers(&self, case_id: i64) -> Vec<Viewer> {
        viewers_of(self.lock().get(&case_id), Instant::now())
    }

    /// Viewers of several cases at once (for the inbox); cases nobody is
    /// on are left out.
    pub fn viewers_of_cases(&self, case_ids: &[i64]) -> HashMap<i64, Vec<Viewer>> {
        let now = Instant::now();
        let cases = self.lock();
        case_ids
            .iter()
            .filter_map(|id| {
                let v = viewers_of(cases.get(id), now);
                (!v.is_empty()).then_some((*id, v))
            })
            .collect()
    }

    /// Others than `user_id` typing on `case_id` now.
    pub fn others_typing(&self, case_id: i64, user_id: i64) -> Vec<String> {
        self.viewers(case_id)
            .into_iter()
            .filter(|v| v.typing && v.user_id != user_id)
            .map(|v| v.username)
            .collect()
    }

    /// Forget viewers who stopped reporting and typing that ran out;
    /// publish the cases whose board changed.
    pub fn sweep(&self) {
        self.sweep_at(Instant::now())
    }

    fn sweep_at(&self, now: Instant) {
        let mut changed = Vec::new();
        {
            let mut cases = self.lock();
            for (case_id, board) in cases.iter_mut() {
                let mut dirty = false;
                board.retain(|_, seen| {
                    let alive = now.duration_since(seen.last_seen) < self.inner.ttl;
                    dirty |= !alive;
                    alive
                });
                for seen in board.values_mut() {
                    if seen.typing_until.is_some_and(|t| t <= now) {
                        seen.typing_until = None;
                        dirty = true;
                    }
                }
                if dirty {
                    changed.push((*case_id, viewers_of(Some(board), now)));
                }
            }
            cases.retain(|_, board| !board.is_empty());
        }
        for (case_id, viewers) in changed {
            self.publish(case_id, viewers);
        }
    }

    /// Sweep every second, for as long as this board exists. Does nothing
    /// outside a tokio runtime.
    pub fn start_sweeper(&self) {
        let Ok(handle) = tokio::runtime::Handle::try_current() else {
            return;
        };
        let weak: Weak<Inner> = Arc::downgrade(&self.inner);
        handle.spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(1));
            loop {
                tick.tick().await;
                match weak.upgrade() {
                    Some(inner) => Presence { inner }.sweep(),
                    None => break,
                }
            }
        });
    }

    fn publish(&self, case_id: i64, viewers: Vec<Viewer>) {
        self.inner
            .events
            .publish(DeskEvent::Presence { case_id, viewers });
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i64, BTreeMap<i64, Seen>>> {
        // A panic while holding the lock leaves plain data behind; go on.
        self.inner
            .cases
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

fn viewers_of(board: Option<&BTreeMap<i64, Seen>>, now: Instant) -> Vec<Viewer> {
    board
        .map(|b| {
            b.iter()
                .map(|(user_id, seen)| Viewer {
                    user_id: *user_id,
                    username: seen.username.clone(),
                    typing: seen.typing_until.is_some_and(|t| t > now),
                })
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board() -> (Presence, tokio::sync::broadcast::Receiver<DeskEvent>) {
        let events = DeskEvents::new();
        let rx = events.subscribe();
        (
            Presence::new(events, Duration::from_secs(30), Duration::from_secs(8)),
            rx,
        )
    }

    #[test]
    fn viewers_and_typists_are_seen_and_changes_published() {
        let (p, mut rx) = board();
        let t0 = Instant::now();
        p.report_at(1, 10, "dana", Report::Viewing, t0);
        p.report_at(1, 11, "sam", Report::Typing, t0);
        assert_eq!(p.others_typing(1, 10), vec!["sam".to_string()]);
        assert!(
            p.others_typing(1, 11).is_empty(),
            "not warned about oneself"
        );
        // A heartbeat that changes nothing publishes nothing.
        p.report_at(1, 10, "dana", Report::Viewing, t0);
        let mut published = 0;
        while rx.try_recv().is_ok() {
            published += 1;
        }
        assert_eq!(published, 2);

        p.report_at(1, 11, "sam", Report::Idle, t0);
        assert!(p.others_typing(1, 10).is_empty());
        p.report_at(1, 11, "sam", Report::Left, t0);
        let names: Vec<_> = p.viewers(1).into_iter().map(|v| v.username).collect();
        assert_eq!(names, vec!["dana"]);
        assert_eq!(p.viewers_of_cases(&[1, 2]).len(), 1);
    }

    #[test]
    fn silent_viewers_and_stale_typing_fade_out() {
        let (p, mut rx) = board();
        let t0 = Instant::now();
        p.report_at(5, 10, "dana", Report::Typing, t0);
        p.report_at(5, 11, "sam", Report::Viewing, t0 + Duration::from_secs(20));
        while rx.try_recv().is_ok() {}
        p.sweep_at(t0 + Duration::from_secs(9));
        match rx.try_recv().unwrap() {
            DeskEvent::Presence { case_id, viewers } => {
                assert_eq!(case_id, 5);
                assert!(viewers.iter().all(|v| !v.typing));
            }
            other => panic!("unexpected {other:?}"),
        }
        p.sweep_at(t0 + Duration::from_secs(31));
        let left: Vec<_> = p.lock()[&5].values().map(|s| s.username.clone()).collect();
        assert_eq!(left, vec!["sam"]);
        p.sweep_at(t0 + Duration::from_secs(60));
        assert!(p.lock().is_empty());
    }
}
