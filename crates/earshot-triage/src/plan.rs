//! The plan: brand, teams, topics, SLA targets, business hours, escalation,
//! reply guidance, exclude phrases, playbook overrides and rules, from TOML.
//!
//! Only `version`, `[brand]`, `[[team]]` and `[[topic]]` are fixed keys
//! (CONTRACTS.md); every other section falls back to built-in defaults, so a
//! plan with only the fixed keys is complete. Unknown keys are errors, and
//! every error names `file:line:column`.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc};
use earshot_core::{Action, Addressing, Network, Priority};
use serde::{Deserialize, Serialize, Serializer};
use std::collections::BTreeMap;
use toml::Spanned;

/// A length of time, written in plans as `"90s"`, `"15m"`, `"4h"`, `"7d"`
/// or a combination (`"1h30m"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Duration(pub u64);

impl Duration {
    pub fn secs(self) -> u64 {
        self.0
    }

    pub fn parse(s: &str) -> Result<Duration, String> {
        let s = s.trim();
        if s.is_empty() {
            return Err("empty duration (expected e.g. \"15m\", \"4h\", \"7d\")".into());
        }
        let mut total: u64 = 0;
        let mut num: Option<u64> = None;
        for c in s.chars() {
            if let Some(d) = c.to_digit(10) {
                num = Some(
                    num.unwrap_or(0)
                        .checked_mul(10)
                        .and_then(|n| n.checked_add(d as u64))
                        .ok_or("duration is too long")?,
                );
                continue;
            }
            let unit = match c {
                's' => 1,
                'm' => 60,
                'h' => 3600,
                'd' => 86_400,
                'w' => 7 * 86_400,
                ' ' => continue,
                _ => {
                    return Err(format!(
                        "bad duration \"{s}\": unknown unit '{c}' (use s, m, h, d or w)"
                    ))
                }
            };
            let n = num
                .take()
                .ok_or_else(|| format!("bad duration \"{s}\": a number must come before '{c}'"))?;
            total = total
                .checked_add(n.checked_mul(unit).ok_or("duration is too long")?)
                .ok_or("duration is too long")?;
        }
        if num.is_some() {
            return Err(format!(
                "bad duration \"{s}\": the number needs a unit (s, m, h, d or w)"
            ));
        }
        Ok(Duration(total))
    }
}

impl std::fmt::Display for Duration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = self.0;
        if s == 0 {
            return f.write_str("0s");
        }
        for (unit, len) in [("d", 86_400), ("h", 3600), ("m", 60)] {
            if s % len == 0 {
                return write!(f, "{}{unit}", s / len);
            }
        }
        write!(f, "{s}s")
    }
}

impl Serialize for Duration {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Plan {
    pub version: u32,
    pub brand: Brand,
    /// Phrases that name something else (a lake, a club): a brand name
    /// inside one of them is not the brand.
    pub exclude: Vec<String>,
    /// A customer who comes back this soon re-opens their case.
    pub reopen_window: Duration,
    pub sla: Sla,
    pub hours: Hours,
    pub escalation: Escalation,
    pub assignment: Assignment,
    pub guidance: Guidance,
    pub playbook: Playbook,
    #[serde(rename = "team")]
    pub teams: Vec<Team>,
    #[serde(rename = "topic")]
    pub topics: Vec<Topic>,
    #[serde(rename = "rule")]
    pub rules: Vec<Rule>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub handles: Handles,
    /// Words that show a post is about the brand's business ("broadband",
    /// "bank"); topic keywords and the brand's full name count too.
    #[serde(default)]
    pub business: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    /// This team's assignment strategy when it differs from the plan's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignment: Option<String>,
}

/// The assignment strategies a plan may name.
pub const ASSIGNMENT_STRATEGIES: [&str; 4] = ["manual", "round_robin", "load", "skill"];

/// How new cases find an agent (`[assignment]`; a team may override the
/// strategy with its own `assignment`).
#[derive(Debug, Clone, Serialize)]
pub struct Assignment {
    /// `manual` (agents take cases; the default), `round_robin`, `load`
    /// (fewest open cases) or `skill` (the case's topic among the agent's
    /// skills, then load).
    pub strategy: String,
    /// An agent with this many open or pending cases gets no more
    /// automatically (0: no limit).
    pub max_open: u32,
}

impl Default for Assignment {
    fn default() -> Self {
        Assignment {
            strategy: "manual".into(),
            max_open: 0,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Topic {
    pub id: String,
    pub team: Option<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
}

/// First-response targets per priority, optionally per channel.
#[derive(Debug, Clone, Serialize)]
pub struct SlaTargets {
    pub urgent: Duration,
    pub high: Duration,
    pub normal: Duration,
    pub low: Duration,
}

impl SlaTargets {
    pub fn get(&self, p: Priority) -> Duration {
        match p {
            Priority::Urgent => self.urgent,
            Priority::High => self.high,
            Priority::Normal => self.normal,
            Priority::Low => self.low,
        }
    }
}

impl Default for SlaTargets {
    fn default() -> Self {
        SlaTargets {
            urgent: Duration(15 * 60),
            high: Duration(3600),
            normal: Duration(4 * 3600),
            low: Duration(24 * 3600),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Sla {
    #[serde(flatten)]
    pub targets: SlaTargets,
    /// Per-network overrides (`[sla.email]`), each falling back to `targets`.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub channel: BTreeMap<String, SlaTargets>,
    /// Whether first-response and resolution clocks only run in business
    /// hours.
    pub business_hours_only: bool,
    /// Resolution targets per priority (`[sla.resolution]`).
    pub resolution: SlaTargets,
    /// The inbox warns (amber) this long before a deadline; without it,
    /// in the last fifth of the time allowed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warn_before: Option<Duration>,
}

impl SlaTargets {
    /// The built-in resolution targets.
    pub fn resolution_default() -> SlaTargets {
        SlaTargets {
            urgent: Duration(4 * 3600),
            high: Duration(86_400),
            normal: Duration(3 * 86_400),
            low: Duration(7 * 86_400),
        }
    }
}

impl Default for Sla {
    fn default() -> Self {
        Sla {
            targets: SlaTargets::default(),
            channel: BTreeMap::new(),
            business_hours_only: false,
            resolution: SlaTargets::resolution_default(),
            warn_before: None,
        }
    }
}

/// Opening hours: a time zone, hours per weekday (`"08:00-20:00"`, or
/// absent for closed) and holidays.
#[derive(Debug, Clone, Serialize)]
pub struct Hours {
    pub timezone: String,
    /// `mon`..`sun` → `"HH:MM-HH:MM"`; filled from `weekdays`/`weekends`.
    pub days: BTreeMap<String, String>,
    pub holidays: Vec<String>,
}

impl Default for Hours {
    fn default() -> Self {
        Hours {
            timezone: "UTC".into(),
            days: DAYS
                .iter()
                .map(|d| (d.to_string(), "00:00-24:00".to_string()))
                .collect(),
            holidays: Vec::new(),
        }
    }
}

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Where a case goes when its clock runs out.
#[derive(Debug, Clone, Serialize)]
pub struct Escalation {
    /// Escalate this long after a missed first-response deadline.
    pub after_breach: Duration,
    /// Who receives escalations (a role or team id).
    pub to: String,
    /// Urgent cases are also sent here at once.
    pub urgent_to: String,
}

impl Default for Escalation {
    fn default() -> Self {
        Escalation {
            after_breach: Duration(0),
            to: "lead".into(),
            urgent_to: "lead".into(),
        }
    }
}

/// Reply guidance shown to agents.
#[derive(Debug, Clone, Serialize)]
pub struct Guidance {
    pub default: String,
    pub handoff: String,
    pub topic: BTreeMap<String, String>,
}

impl Default for Guidance {
    fn default() -> Self {
        Guidance {
            default: "Acknowledge the problem in your own words, ask what you need to know, and say what happens next and roughly when.".into(),
            handoff: "When moving to DM, email or phone, say why, what the customer should send (never in public), and when they will hear back.".into(),
            topic: BTreeMap::new(),
        }
    }
}

/// The built-in playbook's choices, each overridable.
#[derive(Debug, Clone, Serialize)]
pub struct Playbook {
    /// A reply in someone else's conversation that is about the brand.
    pub third_party: Action,
    /// A joke or pun by someone who is not complaining.
    pub joke: Action,
    /// Praise of the brand.
    pub praise: Action,
    /// A post exposing private details.
    pub private_details: Action,
    /// News and announcements about the brand.
    pub news: Action,
    /// General chatter about the brand.
    pub chatter: Action,
    /// Spam, follower selling, giveaways.
    pub spam: Action,
    /// Another entity with a similar name.
    pub namesake: Action,
    /// Followers from which an author's reach raises the priority.
    pub reach_followers: u64,
    /// Earlier contacts in the re-open window from which priority rises.
    pub repeat_contacts: u32,
    /// Posts by e-mail are answered privately.
    pub email_private: bool,
}

impl Default for Playbook {
    fn default() -> Self {
        Playbook {
            third_party: Action::Monitor,
            joke: Action::Ignore,
            praise: Action::RespondPublic,
            private_details: Action::RespondPrivate,
            news: Action::Monitor,
            chatter: Action::Monitor,
            spam: Action::Ignore,
            namesake: Action::Ignore,
            reach_followers: 10_000,
            repeat_contacts: 1,
            email_private: true,
        }
    }
}

/// A plan rule: when every given condition holds, set the given fields.
/// Rules run after the playbook, in file order; all that match apply.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Rule {
    pub name: String,
    pub when: RuleWhen,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct RuleWhen {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub topic: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub addressed: Vec<Addressing>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub action: Vec<Action>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub network: Vec<Network>,
    /// Any of these phrases (case-insensitive) in the text.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contains: Vec<String>,
    /// Author handles.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub author: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_followers: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub complaint: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub urgent: Option<bool>,
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

// ---- The file as written -------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlan {
    version: Spanned<i64>,
    brand: Spanned<Brand>,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    reopen_window: Option<Spanned<String>>,
    #[serde(default)]
    sla: Option<RawSla>,
    #[serde(default)]
    hours: Option<RawHours>,
    #[serde(default)]
    escalation: Option<RawEscalation>,
    #[serde(default)]
    assignment: Option<RawAssignment>,
    #[serde(default)]
    guidance: Option<RawGuidance>,
    #[serde(default)]
    playbook: Option<RawPlaybook>,
    #[serde(default, rename = "team")]
    teams: Vec<RawTeam>,
    #[serde(default, rename = "topic")]
    topics: Vec<RawTopic>,
    #[serde(default, rename = "rule")]
    rules: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTeam {
    id: Spanned<String>,
    name: String,
    #[serde(default)]
    assignment: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAssignment {
    strategy: Option<Spanned<String>>,
    max_open: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopic {
    id: Spanned<String>,
    #[serde(default)]
    team: Option<Spanned<String>>,
    #[serde(default)]
    keywords: Vec<Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawTargets {
    urgent: Option<Spanned<String>>,
    high: Option<Spanned<String>>,
    normal: Option<Spanned<String>>,
    low: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSla {
    urgent: Option<Spanned<String>>,
    high: Option<Spanned<String>>,
    normal: Option<Spanned<String>>,
    low: Option<Spanned<String>>,
    #[serde(default)]
    business_hours_only: Option<bool>,
    #[serde(default)]
    x: Option<RawTargets>,
    #[serde(default)]
    mastodon: Option<RawTargets>,
    #[serde(default)]
    bluesky: Option<RawTargets>,
    #[serde(default)]
    email: Option<RawTargets>,
    #[serde(default)]
    webhook: Option<RawTargets>,
    #[serde(default)]
    resolution: Option<RawTargets>,
    #[serde(default)]
    warn_before: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHours {
    timezone: Option<Spanned<String>>,
    weekdays: Option<Spanned<String>>,
    weekends: Option<Spanned<String>>,
    mon: Option<Spanned<String>>,
    tue: Option<Spanned<String>>,
    wed: Option<Spanned<String>>,
    thu: Option<Spanned<String>>,
    fri: Option<Spanned<String>>,
    sat: Option<Spanned<String>>,
    sun: Option<Spanned<String>>,
    #[serde(default)]
    holidays: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEscalation {
    after_breach: Option<Spanned<String>>,
    to: Option<String>,
    urgent_to: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGuidance {
    default: Option<String>,
    handoff: Option<String>,
    #[serde(default)]
    topic: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlaybook {
    third_party: Option<Action>,
    joke: Option<Action>,
    praise: Option<Action>,
    private_details: Option<Action>,
    news: Option<Action>,
    chatter: Option<Action>,
    spam: Option<Action>,
    namesake: Option<Action>,
    reach_followers: Option<u64>,
    repeat_contacts: Option<u32>,
    email_private: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    #[serde(default)]
    name: String,
    #[serde(default)]
    when: RawWhen,
    action: Option<Action>,
    priority: Option<Priority>,
    team: Option<Spanned<String>>,
    topic: Option<Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawWhen {
    #[serde(default)]
    topic: Vec<Spanned<String>>,
    #[serde(default)]
    addressed: Vec<Addressing>,
    #[serde(default)]
    action: Vec<Action>,
    #[serde(default)]
    network: Vec<Network>,
    #[serde(default)]
    contains: Vec<String>,
    #[serde(default)]
    author: Vec<String>,
    min_followers: Option<u64>,
    complaint: Option<bool>,
    urgent: Option<bool>,
}

struct Ctx<'a> {
    source: &'a str,
    origin: &'a str,
}

impl Ctx<'_> {
    fn err(&self, span: std::ops::Range<usize>, problem: impl Into<String>) -> PlanError {
        let (line, column) = line_col(self.source, span.start);
        PlanError {
            origin: self.origin.to_string(),
            line,
            column,
            problem: problem.into(),
        }
    }

    fn duration(&self, s: &Spanned<String>) -> Result<Duration, PlanError> {
        Duration::parse(s.get_ref()).map_err(|e| self.err(s.span(), e))
    }

    fn targets(&self, raw: &RawTargets, base: &SlaTargets) -> Result<SlaTargets, PlanError> {
        let pick = |v: &Option<Spanned<String>>, d: Duration| match v {
            Some(s) => self.duration(s),
            None => Ok(d),
        };
        Ok(SlaTargets {
            urgent: pick(&raw.urgent, base.urgent)?,
            high: pick(&raw.high, base.high)?,
            normal: pick(&raw.normal, base.normal)?,
            low: pick(&raw.low, base.low)?,
        })
    }

    fn strategy(&self, s: &Spanned<String>) -> Result<String, PlanError> {
        let v = s.get_ref().trim();
        if ASSIGNMENT_STRATEGIES.contains(&v) {
            Ok(v.to_string())
        } else {
            Err(self.err(
                s.span(),
                format!(
                    "unknown assignment strategy \"{v}\" (expected one of {})",
                    ASSIGNMENT_STRATEGIES.join(", ")
                ),
            ))
        }
    }

    fn hours_range(&self, s: &Spanned<String>) -> Result<String, PlanError> {
        let v = s.get_ref().trim();
        if v.eq_ignore_ascii_case("closed") {
            return Ok("closed".into());
        }
        let ok = v.split_once('-').is_some_and(|(a, b)| {
            let t = |x: &str| {
                let x = x.trim();
                x == "24:00" || NaiveTime::parse_from_str(x, "%H:%M").is_ok()
            };
            t(a) && t(b) && a.trim() < b.trim()
        });
        if !ok {
            return Err(self.err(
                s.span(),
                format!("bad opening hours \"{v}\" (expected \"HH:MM-HH:MM\" or \"closed\")"),
            ));
        }
        Ok(v.replace(' ', ""))
    }
}

impl Plan {
    /// Parse a plan file's text; `origin` names it in errors.
    pub fn parse(source: &str, origin: &str) -> Result<Plan, PlanError> {
        let cx = Ctx { source, origin };
        let raw: RawPlan = toml::from_str(source).map_err(|e: toml::de::Error| {
            let (line, column) = e
                .span()
                .map(|s| line_col(source, s.start))
                .unwrap_or((1, 1));
            PlanError {
                origin: origin.to_string(),
                line,
                column,
                problem: e.message().trim().to_string(),
            }
        })?;

        if *raw.version.get_ref() != 1 {
            return Err(cx.err(
                raw.version.span(),
                format!(
                    "unsupported plan version {} (this earshot reads version 1)",
                    raw.version.get_ref()
                ),
            ));
        }
        let brand_span = raw.brand.span();
        let mut brand = raw.brand.into_inner();
        if brand.name.trim().is_empty() {
            return Err(cx.err(brand_span, "brand.name must not be empty"));
        }
        if brand.aliases.is_empty() {
            brand.aliases.push(brand.name.clone());
        }
        for list in [
            &mut brand.handles.x,
            &mut brand.handles.mastodon,
            &mut brand.handles.bluesky,
            &mut brand.handles.email,
        ] {
            for h in list.iter_mut() {
                *h = h.trim().trim_start_matches('@').to_string();
            }
        }

        let mut teams = Vec::with_capacity(raw.teams.len());
        for t in &raw.teams {
            if t.id.get_ref().trim().is_empty() {
                return Err(cx.err(t.id.span(), "team id must not be empty"));
            }
            if teams.iter().any(|x: &Team| &x.id == t.id.get_ref()) {
                return Err(cx.err(
                    t.id.span(),
                    format!("team '{}' is defined twice", t.id.get_ref()),
                ));
            }
            teams.push(Team {
                id: t.id.get_ref().clone(),
                name: t.name.clone(),
                assignment: t.assignment.as_ref().map(|a| cx.strategy(a)).transpose()?,
            });
        }
        let team_exists = |id: &str| teams.iter().any(|t| t.id == id);

        let mut topics: Vec<Topic> = Vec::with_capacity(raw.topics.len());
        for t in &raw.topics {
            if t.id.get_ref().trim().is_empty() {
                return Err(cx.err(t.id.span(), "topic id must not be empty"));
            }
            if topics.iter().any(|x| &x.id == t.id.get_ref()) {
                return Err(cx.err(
                    t.id.span(),
                    format!("topic '{}' is defined twice", t.id.get_ref()),
                ));
            }
            if let Some(team) = &t.team {
                if !team_exists(team.get_ref()) {
                    return Err(cx.err(
                        team.span(),
                        format!(
                            "topic '{}' names team '{}', which no [[team]] defines",
                            t.id.get_ref(),
                            team.get_ref()
                        ),
                    ));
                }
            }
            for k in &t.keywords {
                if k.get_ref().trim().is_empty() {
                    return Err(cx.err(k.span(), "empty keyword"));
                }
            }
            topics.push(Topic {
                id: t.id.get_ref().clone(),
                team: t.team.as_ref().map(|s| s.get_ref().clone()),
                keywords: t.keywords.iter().map(|k| k.get_ref().clone()).collect(),
            });
        }
        let topic_exists = |id: &str| topics.iter().any(|t| t.id == id);

        let reopen_window = match &raw.reopen_window {
            Some(s) => cx.duration(s)?,
            None => Duration(7 * 86_400),
        };

        let mut sla = Sla::default();
        if let Some(r) = &raw.sla {
            let own = RawTargets {
                urgent: r.urgent.clone(),
                high: r.high.clone(),
                normal: r.normal.clone(),
                low: r.low.clone(),
            };
            sla.targets = cx.targets(&own, &sla.targets)?;
            sla.business_hours_only = r.business_hours_only.unwrap_or(false);
            if let Some(t) = &r.resolution {
                let base = sla.resolution.clone();
                sla.resolution = cx.targets(t, &base)?;
            }
            if let Some(w) = &r.warn_before {
                sla.warn_before = Some(cx.duration(w)?);
            }
            for (name, t) in [
                ("x", &r.x),
                ("mastodon", &r.mastodon),
                ("bluesky", &r.bluesky),
                ("email", &r.email),
                ("webhook", &r.webhook),
            ] {
                if let Some(t) = t {
                    let base = sla.targets.clone();
                    sla.channel.insert(name.to_string(), cx.targets(t, &base)?);
                }
            }
        }

        let mut hours = Hours::default();
        if let Some(r) = &raw.hours {
            if let Some(tz) = &r.timezone {
                if tz.get_ref().parse::<chrono_tz::Tz>().is_err() {
                    return Err(cx.err(
                        tz.span(),
                        format!(
                            "unknown time zone \"{}\" (use an IANA name like \"Europe/London\")",
                            tz.get_ref()
                        ),
                    ));
                }
                hours.timezone = tz.get_ref().clone();
            }
            if let Some(w) = &r.weekdays {
                let v = cx.hours_range(w)?;
                for d in &DAYS[..5] {
                    hours.days.insert(d.to_string(), v.clone());
                }
                // Stating weekday hours without weekend hours means closed at weekends.
                if r.weekends.is_none() {
                    for d in &DAYS[5..] {
                        hours.days.insert(d.to_string(), "closed".into());
                    }
                }
            }
            if let Some(w) = &r.weekends {
                let v = cx.hours_range(w)?;
                for d in &DAYS[5..] {
                    hours.days.insert(d.to_string(), v.clone());
                }
            }
            for (d, v) in [
                ("mon", &r.mon),
                ("tue", &r.tue),
                ("wed", &r.wed),
                ("thu", &r.thu),
                ("fri", &r.fri),
                ("sat", &r.sat),
                ("sun", &r.sun),
            ] {
                if let Some(v) = v {
                    hours.days.insert(d.to_string(), cx.hours_range(v)?);
                }
            }
            for h in &r.holidays {
                if NaiveDate::parse_from_str(h.get_ref(), "%Y-%m-%d").is_err() {
                    return Err(cx.err(
                        h.span(),
                        format!("bad holiday \"{}\" (expected YYYY-MM-DD)", h.get_ref()),
                    ));
                }
                hours.holidays.push(h.get_ref().clone());
            }
        }

        let mut escalation = Escalation::default();
        if let Some(r) = &raw.escalation {
            if let Some(a) = &r.after_breach {
                escalation.after_breach = cx.duration(a)?;
            }
            if let Some(t) = &r.to {
                escalation.to = t.clone();
            }
            if let Some(t) = &r.urgent_to {
                escalation.urgent_to = t.clone();
            }
        }

        let mut assignment = Assignment::default();
        if let Some(r) = &raw.assignment {
            if let Some(s) = &r.strategy {
                assignment.strategy = cx.strategy(s)?;
            }
            if let Some(m) = r.max_open {
                assignment.max_open = m;
            }
        }

        let mut guidance = Guidance::default();
        if let Some(r) = &raw.guidance {
            if let Some(d) = &r.default {
                guidance.default = d.clone();
            }
            if let Some(d) = &r.handoff {
                guidance.handoff = d.clone();
            }
            guidance.topic = r.topic.clone();
        }

        let mut playbook = Playbook::default();
        if let Some(r) = &raw.playbook {
            let p = &mut playbook;
            macro_rules! set {
                ($($f:ident),*) => { $( if let Some(v) = r.$f { p.$f = v; } )* };
            }
            set!(
                third_party,
                joke,
                praise,
                private_details,
                news,
                chatter,
                spam,
                namesake,
                reach_followers,
                repeat_contacts,
                email_private
            );
        }

        let mut rules = Vec::with_capacity(raw.rules.len());
        for (i, r) in raw.rules.iter().enumerate() {
            for t in r.when.topic.iter().chain(r.topic.iter()) {
                if !topic_exists(t.get_ref()) {
                    return Err(cx.err(
                        t.span(),
                        format!(
                            "rule names topic '{}', which no [[topic]] defines",
                            t.get_ref()
                        ),
                    ));
                }
            }
            if let Some(t) = &r.team {
                if !team_exists(t.get_ref()) {
                    return Err(cx.err(
                        t.span(),
                        format!(
                            "rule names team '{}', which no [[team]] defines",
                            t.get_ref()
                        ),
                    ));
                }
            }
            rules.push(Rule {
                name: if r.name.is_empty() {
                    format!("rule {}", i + 1)
                } else {
                    r.name.clone()
                },
                when: RuleWhen {
                    topic: r.when.topic.iter().map(|t| t.get_ref().clone()).collect(),
                    addressed: r.when.addressed.clone(),
                    action: r.when.action.clone(),
                    network: r.when.network.clone(),
                    contains: r.when.contains.iter().map(|s| s.to_lowercase()).collect(),
                    author: r
                        .when
                        .author
                        .iter()
                        .map(|s| s.trim_start_matches('@').to_lowercase())
                        .collect(),
                    min_followers: r.when.min_followers,
                    complaint: r.when.complaint,
                    urgent: r.when.urgent,
                },
                action: r.action,
                priority: r.priority,
                team: r.team.as_ref().map(|t| t.get_ref().clone()),
                topic: r.topic.as_ref().map(|t| t.get_ref().clone()),
            });
        }

        Ok(Plan {
            version: 1,
            brand,
            exclude: raw.exclude,
            reopen_window,
            sla,
            hours,
            escalation,
            assignment,
            guidance,
            playbook,
            teams,
            topics,
            rules,
        })
    }

    /// Whether `id` is one of the plan's topics.
    pub fn has_topic(&self, id: &str) -> bool {
        self.topics.iter().any(|t| t.id == id)
    }

    /// Each team's (id, name), as the store keeps them.
    pub fn team_names(&self) -> Vec<(&str, &str)> {
        self.teams
            .iter()
            .map(|t| (t.id.as_str(), t.name.as_str()))
            .collect()
    }

    /// The assignment strategy of `team` (its own, else the plan's).
    pub fn assignment_for(&self, team: &str) -> &str {
        self.teams
            .iter()
            .find(|t| t.id == team)
            .and_then(|t| t.assignment.as_deref())
            .unwrap_or(&self.assignment.strategy)
    }

    /// The effective plan as TOML, defaults filled in.
    pub fn to_toml(&self) -> String {
        toml::to_string_pretty(self).unwrap_or_else(|e| format!("# cannot print plan: {e}\n"))
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
        if h.is_empty() {
            return false;
        }
        let hit = |list: &[String]| {
            list.iter()
                .any(|b| b.trim_start_matches('@').eq_ignore_ascii_case(h))
        };
        match network {
            // Webhook posts may come from anywhere: any known handle counts.
            Network::Webhook => {
                hit(&self.brand.handles.x)
                    || hit(&self.brand.handles.mastodon)
                    || hit(&self.brand.handles.bluesky)
                    || hit(&self.brand.handles.email)
            }
            _ => hit(self.handles(network)),
        }
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
        self.sla.targets.get(priority).secs()
    }

    /// First-response target for a priority on a network, in seconds.
    pub fn sla_secs_on(&self, priority: Priority, network: Network) -> u64 {
        self.sla
            .channel
            .get(network.as_str())
            .unwrap_or(&self.sla.targets)
            .get(priority)
            .secs()
    }

    /// How long after a case's last activity a new post from the same
    /// customer re-opens it rather than opening a new one.
    pub fn reopen_window_secs(&self) -> u64 {
        self.reopen_window.secs()
    }

    /// Whether the desk is open at `at` by the plan's hours and holidays.
    pub fn is_business_hours(&self, at: DateTime<Utc>) -> bool {
        let tz: chrono_tz::Tz = self.hours.timezone.parse().unwrap_or(chrono_tz::UTC);
        let local = at.with_timezone(&tz);
        let date = local.date_naive().format("%Y-%m-%d").to_string();
        if self.hours.holidays.contains(&date) {
            return false;
        }
        let day = DAYS[local.weekday().num_days_from_monday() as usize];
        let Some(range) = self.hours.days.get(day) else {
            return false;
        };
        let Some((a, b)) = range.split_once('-') else {
            return false;
        };
        let now = local.format("%H:%M").to_string();
        a <= now.as_str() && now.as_str() < b
    }

    /// The moment `secs` of clock time have run from `from`: plain time,
    /// or with `[sla] business_hours_only` only the plan's opening hours
    /// count (its time zone, weekdays and holidays). A plan with no opening
    /// hours at all falls back to plain time rather than never.
    pub fn business_deadline(&self, from: DateTime<Utc>, secs: u64) -> DateTime<Utc> {
        let plain =
            from + chrono::Duration::seconds(i64::try_from(secs).unwrap_or(i64::MAX / 4_000));
        if !self.sla.business_hours_only {
            return plain;
        }
        let tz: chrono_tz::Tz = self.hours.timezone.parse().unwrap_or(chrono_tz::UTC);
        let mut left = i64::try_from(secs).unwrap_or(i64::MAX / 4_000);
        let mut cursor = from;
        let mut day = from.with_timezone(&tz).date_naive();
        // Two years of days is plenty for any target; past that the plan
        // has (almost) no opening hours.
        for _ in 0..730 {
            if let Some((open, close)) = self.open_interval(&tz, day) {
                let start = open.max(cursor);
                if close > start {
                    let avail = (close - start).num_seconds();
                    if avail >= left {
                        return start + chrono::Duration::seconds(left);
                    }
                    left -= avail;
                    cursor = close;
                }
            }
            day = match day.succ_opt() {
                Some(d) => d,
                None => break,
            };
        }
        plain
    }

    /// The first-response deadline for a post at `at`.
    pub fn first_response_deadline(
        &self,
        priority: Priority,
        network: Network,
        at: DateTime<Utc>,
    ) -> DateTime<Utc> {
        self.business_deadline(at, self.sla_secs_on(priority, network))
    }

    /// The resolution deadline for a case opened at `opened`.
    pub fn resolution_deadline(&self, priority: Priority, opened: DateTime<Utc>) -> DateTime<Utc> {
        self.business_deadline(opened, self.sla.resolution.get(priority).secs())
    }

    /// When the inbox turns a deadline amber: `warn_before` ahead of it,
    /// or in the last fifth of the time from `from`.
    pub fn warning_at(&self, from: DateTime<Utc>, due: DateTime<Utc>) -> DateTime<Utc> {
        match self.sla.warn_before {
            Some(w) => due - chrono::Duration::seconds(i64::try_from(w.secs()).unwrap_or(0)),
            None => due - (due - from) / 5,
        }
    }

    /// A day's opening hours as UTC instants, or `None` when closed
    /// (holiday, no hours). `24:00` is the next midnight; a local time a
    /// DST change skips moves to the next hour that exists.
    fn open_interval(
        &self,
        tz: &chrono_tz::Tz,
        day: NaiveDate,
    ) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        use chrono::TimeZone;
        if self
            .hours
            .holidays
            .contains(&day.format("%Y-%m-%d").to_string())
        {
            return None;
        }
        let name = DAYS[day.weekday().num_days_from_monday() as usize];
        let (a, b) = self.hours.days.get(name)?.split_once('-')?;
        let at = |hhmm: &str| -> Option<DateTime<Utc>> {
            let (d, t) = if hhmm == "24:00" {
                (day.succ_opt()?, NaiveTime::MIN)
            } else {
                (day, NaiveTime::parse_from_str(hhmm, "%H:%M").ok()?)
            };
            let naive = d.and_time(t);
            tz.from_local_datetime(&naive)
                .earliest()
                .or_else(|| {
                    tz.from_local_datetime(&(naive + chrono::Duration::hours(1)))
                        .earliest()
                })
                .map(|x| x.with_timezone(&Utc))
        };
        let (open, close) = (at(a)?, at(b)?);
        (close > open).then_some((open, close))
    }

    /// Reply guidance for a topic (or the default).
    pub fn guidance_for(&self, topic: Option<&str>) -> &str {
        topic
            .and_then(|t| self.guidance.topic.get(t))
            .unwrap_or(&self.guidance.default)
    }

    /// The team a topic belongs to.
    pub fn team_of(&self, topic: &str) -> Option<&str> {
        self.topics
            .iter()
            .find(|t| t.id == topic)
            .and_then(|t| t.team.as_deref())
    }
}

fn line_col(source: &str, byte: usize) -> (usize, usize) {
    let mut byte = byte.min(source.len());
    while !source.is_char_boundary(byte) {
        byte -= 1;
    }
    let before = &source[..byte];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
version = 1

[brand]
name = "Northwind Fiber"
aliases = ["Northwind Fiber", "Northwind"]
handles = { x = ["NorthwindCares"], mastodon = ["northwind@example.social"], bluesky = ["northwind.example"] }

[[team]]
id = "repair"
name = "Repair"

[[topic]]
id = "outage"
team = "repair"
keywords = ["internet", "outage", "down", "modem", "router"]
"#;

    #[test]
    fn a_plan_with_only_fixed_keys_is_complete() {
        let p = Plan::parse(MINIMAL, "plan.toml").unwrap();
        assert_eq!(p.brand.name, "Northwind Fiber");
        assert_eq!(p.sla_secs(Priority::Urgent), 900);
        assert_eq!(p.sla_secs(Priority::Low), 86_400);
        assert_eq!(p.reopen_window_secs(), 7 * 86_400);
        assert!(p.is_brand_handle(Network::X, "@northwindcares"));
        let shown = p.to_toml();
        assert!(shown.contains("urgent = \"15m\""), "{shown}");
        assert!(shown.contains("[playbook]"), "{shown}");
    }

    #[test]
    fn own_sections_parse() {
        let src = format!(
            "{}\n{}",
            MINIMAL.replace(
                "version = 1\n",
                "version = 1\nreopen_window = \"14d\"\nexclude = [\"Northwind Rowing\"]\n"
            ),
            r#"
[sla]
urgent = "10m"
normal = "2h"

[sla.email]
normal = "1d"

[hours]
timezone = "Europe/London"
weekdays = "08:00-18:00"
holidays = ["2026-12-25"]

[playbook]
third_party = "ignore"

[[rule]]
name = "VIP"
when = { author = ["@bigcustomer"] }
priority = "high"
team = "repair"
"#
        );
        let p = Plan::parse(&src, "p.toml").unwrap();
        assert_eq!(p.sla_secs(Priority::Urgent), 600);
        assert_eq!(p.sla_secs(Priority::High), 3600);
        assert_eq!(p.sla_secs_on(Priority::Normal, Network::Email), 86_400);
        assert_eq!(p.reopen_window_secs(), 14 * 86_400);
        assert_eq!(p.hours.days["sat"], "closed");
        assert_eq!(p.playbook.third_party, Action::Ignore);
        assert_eq!(p.rules[0].when.author, ["bigcustomer"]);
        let noon = "2026-11-23T12:00:00Z".parse().unwrap();
        assert!(p.is_business_hours(noon));
        let christmas = "2026-12-25T12:00:00Z".parse().unwrap();
        assert!(!p.is_business_hours(christmas));
    }

    #[test]
    fn errors_name_line_and_column() {
        let bad = MINIMAL.replace(
            "team = \"repair\"\nkeywords",
            "team = \"repairs\"\nkeywords",
        );
        let e = Plan::parse(&bad, "plan.toml").unwrap_err();
        assert_eq!((e.line, e.column), (15, 8), "{e}");
        assert!(e.to_string().starts_with("plan.toml:15:8: "), "{e}");
        assert!(e.problem.contains("repairs"));

        let e = Plan::parse(&format!("{MINIMAL}\n[sla]\nurgent = \"fast\"\n"), "p").unwrap_err();
        assert!(e.problem.contains("duration"), "{e}");
        assert_eq!(e.line, 19);

        let e = Plan::parse(&format!("{MINIMAL}\n[slaa]\n"), "p").unwrap_err();
        assert!(e.problem.contains("slaa"), "{e}");

        let e = Plan::parse("version = 1\n", "p").unwrap_err();
        assert!(e.problem.contains("brand"), "{e}");

        let e = Plan::parse(&MINIMAL.replace("version = 1", "version = 2"), "p").unwrap_err();
        assert_eq!((e.line, e.column), (2, 11));

        let e =
            Plan::parse(&format!("{MINIMAL}\n[playbook]\njoke = \"laugh\"\n"), "p").unwrap_err();
        assert!(e.problem.contains("laugh"), "{e}");
    }

    #[test]
    fn durations() {
        assert_eq!(Duration::parse("15m"), Ok(Duration(900)));
        assert_eq!(Duration::parse("1h30m"), Ok(Duration(5400)));
        assert_eq!(Duration::parse("7d").unwrap().to_string(), "7d");
        assert!(Duration::parse("15").is_err());
        assert!(Duration::parse("m").is_err());
    }

    fn business_plan(extra: &str) -> Plan {
        let src = format!(
            r#"version = 1
[brand]
name = "Northwind"
[[team]]
id = "care"
name = "Care"
[sla]
normal = "2h"
business_hours_only = true
{extra}
[sla.resolution]
normal = "10h"
[hours]
timezone = "Europe/London"
weekdays = "09:00-17:00"
holidays = ["2026-12-25"]
"#
        );
        Plan::parse(&src, "hours.toml").unwrap()
    }

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn business_clocks_run_only_in_opening_hours_in_the_plan_time_zone() {
        let p = business_plan("");
        // Monday 10:00 London (GMT in November) + 2h = 12:00.
        assert_eq!(
            p.business_deadline(t("2026-11-23T10:00:00Z"), 7200),
            t("2026-11-23T12:00:00Z")
        );
        // Monday 16:30 + 2h: 30 min today, 90 min from Tuesday 09:00.
        assert_eq!(
            p.business_deadline(t("2026-11-23T16:30:00Z"), 7200),
            t("2026-11-24T10:30:00Z")
        );
        // Friday 20:00 (closed) + 2h: Monday 11:00.
        assert_eq!(
            p.business_deadline(t("2026-11-27T20:00:00Z"), 7200),
            t("2026-11-30T11:00:00Z")
        );
        // Christmas Eve (Thursday) 16:00 + 2h: 1h that day, Christmas
        // (Friday) is a holiday, then the weekend: Monday the 28th, 10:00.
        assert_eq!(
            p.business_deadline(t("2026-12-24T16:00:00Z"), 7200),
            t("2026-12-28T10:00:00Z")
        );
        // Summer time: Saturday, so from Monday 09:00 London = 08:00 UTC.
        assert_eq!(
            p.business_deadline(t("2026-07-04T12:00:00Z"), 3600),
            t("2026-07-06T09:00:00Z")
        );
        // Resolution targets use the same clock: 10 business hours from
        // Monday 09:00 is Tuesday 11:00.
        assert_eq!(
            p.resolution_deadline(Priority::Normal, t("2026-11-23T09:00:00Z")),
            t("2026-11-24T11:00:00Z")
        );
        // Without business_hours_only the clock is plain time.
        let mut plain = p.clone();
        plain.sla.business_hours_only = false;
        assert_eq!(
            plain.business_deadline(t("2026-11-27T20:00:00Z"), 7200),
            t("2026-11-27T22:00:00Z")
        );
        // No opening hours at all: plain time rather than never.
        let mut shut = p.clone();
        for v in shut.hours.days.values_mut() {
            *v = "closed".into();
        }
        assert_eq!(
            shut.business_deadline(t("2026-11-23T10:00:00Z"), 60),
            t("2026-11-23T10:01:00Z")
        );
    }

    #[test]
    fn the_warning_comes_in_the_last_fifth_or_at_the_plans_lead_time() {
        let p = business_plan("");
        let (from, due) = (t("2026-11-23T10:00:00Z"), t("2026-11-23T12:00:00Z"));
        assert_eq!(p.warning_at(from, due), t("2026-11-23T11:36:00Z"));
        let p = business_plan("warn_before = \"15m\"");
        assert_eq!(p.sla.warn_before, Some(Duration(900)));
        assert_eq!(p.warning_at(from, due), t("2026-11-23T11:45:00Z"));
        assert_eq!(p.sla.resolution.normal, Duration(36_000));
        assert_eq!(p.sla.resolution.urgent, Duration(4 * 3600), "default kept");
    }

    #[test]
    fn assignment_strategies_per_plan_and_team() {
        let src = r#"version = 1
[brand]
name = "Northwind"
[assignment]
strategy = "load"
max_open = 12
[[team]]
id = "care"
name = "Care"
[[team]]
id = "billing"
name = "Billing"
assignment = "skill"
"#;
        let p = Plan::parse(src, "a.toml").unwrap();
        assert_eq!(p.assignment.max_open, 12);
        assert_eq!(p.assignment_for("care"), "load");
        assert_eq!(p.assignment_for("billing"), "skill");
        assert_eq!(p.assignment_for("nobody"), "load");
        let shown = p.to_toml();
        assert!(shown.contains("strategy = \"load\""), "{shown}");
        assert!(shown.contains("max_open = 12"), "{shown}");
        // The default is manual: nobody is given a case they did not take.
        let bare = Plan::parse("version = 1\n[brand]\nname = \"N\"\n", "b.toml").unwrap();
        assert_eq!(bare.assignment_for("care"), "manual");
        let bad = src.replace("\"skill\"", "\"random\"");
        let err = Plan::parse(&bad, "a.toml").unwrap_err();
        assert_eq!((err.line, err.column), (13, 14), "{err:?}");
        assert!(err.problem.contains("round_robin"), "{}", err.problem);
    }
}
