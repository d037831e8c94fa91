//! The plan: brand, teams, topics, SLA targets and the rest, from TOML.

use earshot_core::{Network, Priority};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Plan {
    pub version: u32,
    pub brand: Brand,
    #[serde(default, rename = "team")]
    pub teams: Vec<Team>,
    #[serde(default, rename = "topic")]
    pub topics: Vec<Topic>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Brand {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub handles: Handles,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Handles {
    #[serde(default)]
    pub x: Vec<String>,
    #[serde(default)]
    pub mastodon: Vec<String>,
    #[serde(default)]
    pub bluesky: Vec<String>,
    #[serde(default)]
    pub email: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Team {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Topic {
    pub id: String,
    pub team: Option<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
}

/// A plan that could not be read: `origin:line:column: problem`.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{origin}:{line}:{column}: {problem}")]
pub struct PlanError {
    pub origin: String,
    pub line: usize,
    pub column: usize,
    pub problem: String,
}

impl Plan {
    /// Parse a plan file's text; `origin` names it in errors.
    pub fn parse(source: &str, origin: &str) -> Result<Plan, PlanError> {
        toml::from_str(source).map_err(|e: toml::de::Error| {
            let (line, column) = e
                .span()
                .map(|s| line_col(source, s.start))
                .unwrap_or((1, 1));
            PlanError {
                origin: origin.to_string(),
                line,
                column,
                problem: e.message().to_string(),
            }
        })
    }

    pub fn handles(&self, network: Network) -> &[String] {
        match network {
            Network::X => &self.brand.handles.x,
            Network::Mastodon => &self.brand.handles.mastodon,
            Network::Bluesky => &self.brand.handles.bluesky,
            Network::Email => &self.brand.handles.email,
            Network::Webhook => &[],
        }
    }

    /// Whether `handle` (with or without `@`) is one of the brand's accounts on `network`.
    pub fn is_brand_handle(&self, network: Network, handle: &str) -> bool {
        let h = handle.trim_start_matches('@');
        self.handles(network)
            .iter()
            .any(|b| b.trim_start_matches('@').eq_ignore_ascii_case(h))
    }

    /// Add a brand account (the TWCS importer learns them from the data).
    pub fn add_brand_handle(&mut self, network: Network, handle: &str) {
        if self.is_brand_handle(network, handle) {
            return;
        }
        let list = match network {
            Network::X | Network::Webhook => &mut self.brand.handles.x,
            Network::Mastodon => &mut self.brand.handles.mastodon,
            Network::Bluesky => &mut self.brand.handles.bluesky,
            Network::Email => &mut self.brand.handles.email,
        };
        list.push(handle.trim_start_matches('@').to_string());
    }

    /// First-response target for a priority, in seconds.
    pub fn sla_secs(&self, priority: Priority) -> u64 {
        match priority {
            Priority::Urgent => 15 * 60,
            Priority::High => 3600,
            Priority::Normal => 4 * 3600,
            Priority::Low => 24 * 3600,
        }
    }

    /// How long after a case's last activity a new post from the same
    /// customer re-opens it rather than opening a new one.
    pub fn reopen_window_secs(&self) -> u64 {
        7 * 24 * 3600
    }
}

fn line_col(source: &str, byte: usize) -> (usize, usize) {
    let before = &source[..byte.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, column)
}
