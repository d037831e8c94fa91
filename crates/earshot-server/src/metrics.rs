//! Prometheus metrics: request latency histograms kept in process, and
//! business gauges (mentions by network and action, open cases) read from
//! the store when scraped, so several instances report the same truth.

use earshot_connect::health::HealthSnapshot;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
];

#[derive(Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

impl Histogram {
    fn observe(&mut self, secs: f64) {
        for (i, bound) in BUCKETS.iter().enumerate() {
            if secs <= *bound {
                self.counts[i] += 1;
            }
        }
        self.count += 1;
        self.sum += secs;
    }
}

/// Key of one latency series: method, route template, status class.
type SeriesKey = (String, String, u16);

#[derive(Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<SeriesKey, Histogram>>,
}

impl Metrics {
    /// Record one request. `route` is the matched template (`/api/v1/cases/{id}`),
    /// never the raw path, so ids do not explode the series count.
    pub fn observe_request(&self, method: &str, route: &str, status: u16, secs: f64) {
        let mut map = self.requests.lock().unwrap_or_else(|p| p.into_inner());
        map.entry((method.to_string(), route.to_string(), status))
            .or_default()
            .observe(secs);
    }

    /// Render the exposition text, with the store's counts appended.
    pub fn render(&self, mentions: &[(String, String, i64)], open_cases: i64) -> String {
        let mut out = String::with_capacity(4096);
        out.push_str("# HELP earshot_http_request_duration_seconds HTTP request latency.\n");
        out.push_str("# TYPE earshot_http_request_duration_seconds histogram\n");
        let map = self.requests.lock().unwrap_or_else(|p| p.into_inner());
        for ((method, route, status), h) in map.iter() {
            let labels = format!(
                "method=\"{}\",route=\"{}\",status=\"{}\"",
                escape(method),
                escape(route),
                status
            );
            for (i, bound) in BUCKETS.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "earshot_http_request_duration_seconds_bucket{{{labels},le=\"{bound}\"}} {}",
                    h.counts[i]
                );
            }
            let _ = writeln!(
                out,
                "earshot_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}",
                h.count
            );
            let _ = writeln!(
                out,
                "earshot_http_request_duration_seconds_sum{{{labels}}} {}",
                h.sum
            );
            let _ = writeln!(
                out,
                "earshot_http_request_duration_seconds_count{{{labels}}} {}",
                h.count
            );
        }
        drop(map);
        out.push_str(
            "# HELP earshot_mentions_total Mentions stored, by network and triage action.\n",
        );
        out.push_str("# TYPE earshot_mentions_total counter\n");
        for (network, action, n) in mentions {
            let _ = writeln!(
                out,
                "earshot_mentions_total{{network=\"{}\",action=\"{}\"}} {n}",
                escape(network),
                escape(action)
            );
        }
        out.push_str("# HELP earshot_open_cases Cases waiting for the brand (open or pending).\n");
        out.push_str("# TYPE earshot_open_cases gauge\n");
        let _ = writeln!(out, "earshot_open_cases {open_cases}");
        out
    }
}

/// The connectors' health as Prometheus gauges and counters, one series per
/// connector (`x.stream`, `mastodon`, `outbox`, ...).
pub fn render_connectors(out: &mut String, connectors: &[HealthSnapshot]) {
    if connectors.is_empty() {
        return;
    }
    type Column = fn(&HealthSnapshot) -> Option<i64>;
    let series: [(&str, &str, &str, Column); 6] = [
        (
            "earshot_connector_connected",
            "gauge",
            "1 when the connector is connected.",
            |h| Some(h.connected as i64),
        ),
        (
            "earshot_connector_last_event_timestamp_seconds",
            "gauge",
            "When the connector last received an event.",
            |h| h.last_event_ms.map(|ms| ms / 1000),
        ),
        (
            "earshot_connector_events_total",
            "counter",
            "Events received by the connector.",
            |h| Some(h.events as i64),
        ),
        (
            "earshot_connector_reconnects_total",
            "counter",
            "Reconnections of the connector.",
            |h| Some(h.reconnects as i64),
        ),
        (
            "earshot_connector_errors_total",
            "counter",
            "Errors seen by the connector (bad messages, failed requests, dropped connections).",
            |h| Some(h.errors as i64),
        ),
        (
            "earshot_connector_rate_limit_remaining",
            "gauge",
            "Requests left in the connector's rate-limit window.",
            |h| h.rate_limit_remaining,
        ),
    ];
    for (name, kind, help, value) in series {
        let _ = writeln!(out, "# HELP {name} {help}");
        let _ = writeln!(out, "# TYPE {name} {kind}");
        for h in connectors {
            if let Some(v) = value(h) {
                let _ = writeln!(out, "{name}{{connector=\"{}\"}} {v}", escape(&h.name));
            }
        }
    }
}

fn escape(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_buckets_are_cumulative() {
        let m = Metrics::default();
        m.observe_request("GET", "/healthz", 200, 0.003);
        m.observe_request("GET", "/healthz", 200, 0.2);
        let text = m.render(&[("x".into(), "monitor".into(), 3)], 2);
        assert!(text.contains(
            "earshot_http_request_duration_seconds_bucket{method=\"GET\",route=\"/healthz\",status=\"200\",le=\"0.005\"} 1"
        ));
        assert!(text.contains(
            "earshot_http_request_duration_seconds_bucket{method=\"GET\",route=\"/healthz\",status=\"200\",le=\"0.25\"} 2"
        ));
        assert!(text.contains("earshot_mentions_total{network=\"x\",action=\"monitor\"} 3"));
        assert!(text.contains("earshot_open_cases 2"));
    }

    #[test]
    fn connector_health_is_one_series_per_connector() {
        let registry = earshot_connect::HealthRegistry::new();
        let x = registry.connector("x.stream");
        x.set_connected(true);
        x.reconnected();
        x.set_rate_limit_remaining(Some(12));
        registry.connector("mastodon").error();
        let mut out = String::new();
        render_connectors(&mut out, &registry.snapshot());
        assert!(out.contains("earshot_connector_connected{connector=\"x.stream\"} 1"));
        assert!(out.contains("earshot_connector_connected{connector=\"mastodon\"} 0"));
        assert!(out.contains("earshot_connector_reconnects_total{connector=\"x.stream\"} 1"));
        assert!(out.contains("earshot_connector_errors_total{connector=\"mastodon\"} 1"));
        assert!(out.contains("earshot_connector_rate_limit_remaining{connector=\"x.stream\"} 12"));
        assert!(!out.contains("earshot_connector_rate_limit_remaining{connector=\"mastodon\"}"));
        assert!(!out.contains("last_event_timestamp_seconds{"));
    }
}
