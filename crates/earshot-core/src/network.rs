//! The networks a mention can arrive from.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Where a mention came from, and where a reply to it goes.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Network {
    X,
    Mastodon,
    Bluesky,
    Email,
    Webhook,
}

impl Network {
    pub const ALL: [Network; 5] = [
        Network::X,
        Network::Mastodon,
        Network::Bluesky,
        Network::Email,
        Network::Webhook,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Network::X => "x",
            Network::Mastodon => "mastodon",
            Network::Bluesky => "bluesky",
            Network::Email => "email",
            Network::Webhook => "webhook",
        }
    }
}

impl fmt::Display for Network {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown network '{0}' (expected one of x, mastodon, bluesky, email, webhook)")]
pub struct ParseNetworkError(pub String);

impl FromStr for Network {
    type Err = ParseNetworkError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "x" | "twitter" => Ok(Network::X),
            "mastodon" => Ok(Network::Mastodon),
            "bluesky" | "bsky" => Ok(Network::Bluesky),
            "email" => Ok(Network::Email),
            "webhook" => Ok(Network::Webhook),
            _ => Err(ParseNetworkError(s.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_round_trips_through_its_name() {
        for n in Network::ALL {
            assert_eq!(n.as_str().parse::<Network>(), Ok(n));
        }
        assert!("myspace".parse::<Network>().is_err());
    }
}
