//! Reconnect and retry schedules. The X API documents three, and the other
//! networks are well served by the same shapes:
//! - network errors (connection refused or dropped, a stalled stream):
//!   linear, from 250 ms up by 250 ms to 16 s;
//! - HTTP errors (5xx and other unexpected statuses): exponential, from 5 s
//!   doubling to 320 s;
//! - HTTP 429: exponential from 1 minute, doubling, unless the response says
//!   when the window resets (see [`crate::ratelimit`]).
//!
//! A schedule is reset after a connection has worked (a successful response
//! or a message received).

use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Growth {
    Linear,
    Doubling,
}

/// One retry schedule and how far along it is.
#[derive(Debug, Clone)]
pub struct Backoff {
    growth: Growth,
    initial: Duration,
    max: Duration,
    attempt: u32,
}

impl Backoff {
    /// Linear from `initial` by `initial` up to `max`.
    pub fn linear(initial: Duration, max: Duration) -> Backoff {
        Backoff {
            growth: Growth::Linear,
            initial,
            max,
            attempt: 0,
        }
    }

    /// Doubling from `initial` up to `max`.
    pub fn exponential(initial: Duration, max: Duration) -> Backoff {
        Backoff {
            growth: Growth::Doubling,
            initial,
            max,
            attempt: 0,
        }
    }

    /// For network errors: 250 ms, 500 ms, ... 16 s.
    pub fn network() -> Backoff {
        Backoff::linear(Duration::from_millis(250), Duration::from_secs(16))
    }

    /// For HTTP errors: 5 s, 10 s, ... 320 s.
    pub fn http() -> Backoff {
        Backoff::exponential(Duration::from_secs(5), Duration::from_secs(320))
    }

    /// For 429 without a reset time: 1 min, 2 min, ... 16 min.
    pub fn rate_limited() -> Backoff {
        Backoff::exponential(Duration::from_secs(60), Duration::from_secs(960))
    }

    /// The same schedule with every delay divided by `factor` (tests run
    /// the real schedules faster this way).
    pub fn scaled_down(mut self, factor: u32) -> Backoff {
        let factor = factor.max(1);
        self.initial /= factor;
        self.max /= factor;
        self
    }

    /// The delay before the next attempt; advances the schedule.
    pub fn next_delay(&mut self) -> Duration {
        let delay = match self.growth {
            Growth::Linear => self.initial.saturating_mul(self.attempt.saturating_add(1)),
            Growth::Doubling => self
                .initial
                .saturating_mul(2u32.saturating_pow(self.attempt.min(31))),
        };
        self.attempt = self.attempt.saturating_add(1);
        delay.min(self.max)
    }

    /// How many delays have been handed out since the last reset.
    pub fn attempts(&self) -> u32 {
        self.attempt
    }

    /// Back to the start, after something worked.
    pub fn reset(&mut self) {
        self.attempt = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delays(mut b: Backoff, n: usize) -> Vec<u64> {
        (0..n).map(|_| b.next_delay().as_millis() as u64).collect()
    }

    #[test]
    fn network_errors_back_off_linearly_to_sixteen_seconds() {
        let d = delays(Backoff::network(), 70);
        assert_eq!(&d[..4], &[250, 500, 750, 1000]);
        assert_eq!(d[63], 16_000);
        assert_eq!(d[69], 16_000);
    }

    #[test]
    fn http_errors_double_from_five_seconds_to_320() {
        let d = delays(Backoff::http(), 9);
        assert_eq!(
            d,
            vec![5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 320_000, 320_000, 320_000]
        );
    }

    #[test]
    fn rate_limits_double_from_a_minute_and_reset_starts_over() {
        let mut b = Backoff::rate_limited();
        assert_eq!(b.next_delay(), Duration::from_secs(60));
        assert_eq!(b.next_delay(), Duration::from_secs(120));
        assert_eq!(b.attempts(), 2);
        b.reset();
        assert_eq!(b.next_delay(), Duration::from_secs(60));
        for _ in 0..100 {
            b.next_delay();
        }
        assert_eq!(b.next_delay(), Duration::from_secs(960));
    }

    #[test]
    fn scaled_schedules_keep_their_shape() {
        let d = delays(Backoff::http().scaled_down(1000), 3);
        assert_eq!(d, vec![5, 10, 20]);
    }
}
