//! The filtered stream's rules: derived from the plan and kept in sync with
//! X on start. A rule is identified by its value (X refuses duplicates), so
//! syncing deletes every rule whose value earshot does not want, adds the
//! missing ones, and leaves matching ones alone (their ids, and so the
//! `matching_rules` on messages, stay stable across restarts).

use crate::api::{Api, ApiError};
use crate::config::{Secret, XConfig};
use earshot_triage::Plan;
use serde_json::{json, Value};

/// The tag earshot puts on its rules.
pub const TAG: &str = "earshot brand";

const RULES_PATH: &str = "/2/tweets/search/stream/rules";

/// The rule terms the plan asks to listen for, in order, each once
/// (case-insensitively): `@handle` for each brand handle on X, the brand's
/// name and aliases as quoted phrases, and their `#hashtag` forms.
pub fn terms(plan: &Plan) -> Vec<String> {
    let brand = &plan.brand;
    let mut terms: Vec<String> = Vec::new();
    let mut push = |t: String| {
        if !terms.iter().any(|x| x.eq_ignore_ascii_case(&t)) {
            terms.push(t);
        }
    };
    for h in &brand.handles.x {
        let h = h.trim().trim_start_matches('@');
        if !h.is_empty() && h.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            push(format!("@{h}"));
        }
    }
    let names: Vec<&str> = std::iter::once(brand.name.as_str())
        .chain(brand.aliases.iter().map(String::as_str))
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    for name in &names {
        // A quote inside the phrase would end it early; X has no escape.
        let phrase: String = name.chars().filter(|c| *c != '"').collect();
        push(format!("\"{}\"", phrase.trim()));
    }
    for name in &names {
        let tag: String = name
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if tag.chars().count() >= 2 {
            push(format!("#{tag}"));
        }
    }
    terms
}

/// Rule values for `terms`, each term ORed into a rule until the next one
/// would make it longer than `max_len` characters. A term longer than
/// `max_len` on its own cannot be a rule and is left out (with a warning).
pub fn pack(terms: &[String], max_len: usize) -> Vec<String> {
    let mut rules: Vec<String> = Vec::new();
    let mut current = String::new();
    for term in terms {
        let len = term.chars().count();
        if len > max_len {
            tracing::warn!(
                connector = "x.stream",
                term = %term,
                max_len,
                "a stream rule term is longer than X allows; it is not listened for"
            );
            continue;
        }
        let joined = current.chars().count() + " OR ".len() + len;
        if current.is_empty() {
            current = term.clone();
        } else if joined <= max_len {
            current.push_str(" OR ");
            current.push_str(term);
        } else {
            rules.push(std::mem::take(&mut current));
            current = term.clone();
        }
    }
    if !current.is_empty() {
        rules.push(current);
    }
    rules
}

/// The rule values for the plan.
pub fn desired(plan: &Plan, max_len: usize) -> Vec<String> {
    pack(&terms(plan), max_len)
}

/// What a sync changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncOutcome {
    pub added: usize,
    pub deleted: usize,
    pub kept: usize,
}

/// A rule as X lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExistingRule {
    pub id: String,
    pub value: String,
}

pub(crate) async fn list(api: &Api, token: &Secret) -> Result<Vec<ExistingRule>, ApiError> {
    let answer = api.get(RULES_PATH, &[], token).await?;
    let rules = match answer.body.get("data") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|r| {
                let field = |k: &str| r.get(k).and_then(Value::as_str).map(str::to_string);
                match (field("id"), field("value")) {
                    (Some(id), Some(value)) => Ok(ExistingRule { id, value }),
                    _ => Err(ApiError::Body("a rule without id or value".into())),
                }
            })
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(ApiError::Body("'data' of the rules is not a list".into())),
    };
    Ok(rules)
}

/// Make X's rules exactly `desired`: delete the others first (so the rule
/// cap is never exceeded on the way), then add what is missing.
pub(crate) async fn sync_with(
    api: &Api,
    token: &Secret,
    desired: &[String],
) -> Result<SyncOutcome, ApiError> {
    let existing = list(api, token).await?;
    let stale: Vec<&str> = existing
        .iter()
        .filter(|r| !desired.contains(&r.value))
        .map(|r| r.id.as_str())
        .collect();
    let missing: Vec<&String> = desired
        .iter()
        .filter(|d| !existing.iter().any(|r| &r.value == *d))
        .collect();
    if !stale.is_empty() {
        api.post(RULES_PATH, &json!({"delete": {"ids": stale}}), token)
            .await?;
    }
    if !missing.is_empty() {
        let add: Vec<Value> = missing
            .iter()
            .map(|v| json!({"value": v, "tag": TAG}))
            .collect();
        let answer = api.post(RULES_PATH, &json!({"add": add}), token).await?;
        // X answers 200/201 even when some rules were refused; it lists
        // them under `errors`.
        if let Some(errors) = answer.body.get("errors").and_then(Value::as_array) {
            if !errors.is_empty() {
                return Err(ApiError::Body(format!(
                    "X refused {} stream rule(s): {}",
                    errors.len(),
                    errors[0]
                        .get("title")
                        .or_else(|| errors[0].get("message"))
                        .and_then(Value::as_str)
                        .unwrap_or("no reason given")
                )));
            }
        }
    }
    Ok(SyncOutcome {
        added: missing.len(),
        deleted: stale.len(),
        kept: existing.len() - stale.len(),
    })
}

/// Sync X's stream rules with the plan, with the configured app token.
pub async fn sync(config: &XConfig, plan: &Plan) -> Result<SyncOutcome, ApiError> {
    let token = config
        .bearer_token
        .as_ref()
        .ok_or_else(|| ApiError::Body("no X bearer token configured".into()))?;
    sync_with(
        &Api::new(config),
        token,
        &desired(plan, config.rule_max_len),
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(toml: &str) -> Plan {
        Plan::parse(toml, "test.toml").unwrap()
    }

    #[test]
    fn terms_cover_handles_names_and_hashtags_once() {
        let p = plan(
            "version = 1\n[brand]\nname = \"Northwind Fiber\"\naliases = [\"Northwind Fiber\", \"Northwind\", \"NW \\\"Fibre\\\"\"]\nhandles = { x = [\"@NorthwindCares\", \"northwindcares\", \"Northwind\"] }\n",
        );
        assert_eq!(
            terms(&p),
            vec![
                "@NorthwindCares",
                "@Northwind",
                "\"Northwind Fiber\"",
                "\"Northwind\"",
                "\"NW Fibre\"",
                "#NorthwindFiber",
                "#Northwind",
                "#NWFibre",
            ]
        );
    }

    #[test]
    fn long_term_lists_split_into_rules_within_the_limit() {
        let terms: Vec<String> = (0..40).map(|i| format!("\"brand name {i:02}\"")).collect();
        let rules = pack(&terms, 100);
        assert!(rules.len() > 1);
        assert!(rules.iter().all(|r| r.chars().count() <= 100), "{rules:?}");
        let rejoined: Vec<&str> = rules.iter().flat_map(|r| r.split(" OR ")).collect();
        assert_eq!(
            rejoined,
            terms.iter().map(String::as_str).collect::<Vec<_>>()
        );
        let too_long = vec!["x".repeat(20), "ok".into()];
        assert_eq!(pack(&too_long, 10), vec!["ok"]);
    }
}
