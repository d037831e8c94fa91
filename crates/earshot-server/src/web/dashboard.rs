//! The manager's dashboard (`GET /dashboard`, leads and admins): what the
//! complaints say about the business and how the desk answered, over the
//! last `days` (1 to 90, default 14). Server-rendered, bars as inline SVG
//! (no script, no CDN; the CSP allows no inline style).

use super::error::{PageResult, WebError};
use super::render::templates;
use super::session::{page_user, CurrentUser};
use super::WebState;
use axum::extract::{Query, State};
use axum::http::HeaderValue;
use chrono::Utc;
use earshot_store::Count;
use serde::{Deserialize, Serialize};
use std::time::Instant;

#[derive(Debug, Deserialize)]
pub struct DashboardQuery {
    pub days: Option<String>,
}

/// One bar: its label, count and width in percent of the largest.
#[derive(Debug, Serialize)]
struct Bar {
    label: String,
    count: i64,
    pct: i64,
}

fn bars(counts: &[Count], empty_label: &str) -> Vec<Bar> {
    let max = counts.iter().map(|c| c.count).max().unwrap_or(0).max(1);
    counts
        .iter()
        .map(|c| Bar {
            label: if c.label.is_empty() {
                empty_label.to_string()
            } else {
                c.label.clone()
            },
            count: c.count,
            pct: (c.count * 100 / max).max(1),
        })
        .collect()
}

fn duration_words(secs: i64) -> String {
    match secs {
        s if s < 60 => format!("{s} s"),
        s if s < 3600 => format!("{} min", s / 60),
        s if s < 86_400 => format!("{} h {} min", s / 3600, (s % 3600) / 60),
        s => format!("{} d {} h", s / 86_400, (s % 86_400) / 3600),
    }
}

/// `GET /dashboard?days=N`.
pub async fn dashboard(
    State(state): State<WebState>,
    user: CurrentUser,
    Query(q): Query<DashboardQuery>,
) -> PageResult {
    let started = Instant::now();
    PageResult(
        async {
            if !user.is_lead() {
                return Err(WebError::Forbidden(
                    "The dashboard is for team leads and admins.".into(),
                ));
            }
            let days: i64 = match q.days.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                None => 14,
                Some(s) => match s.parse::<i64>() {
                    Ok(d) if (1..=90).contains(&d) => d,
                    _ => {
                        return Err(WebError::Invalid(format!(
                            "days: '{s}' is not a number of days from 1 to 90"
                        )))
                    }
                },
            };
            let until = Utc::now();
            let since = until - chrono::Duration::days(days);
            let d = state.store.dashboard(since, until).await?;
            let total: i64 = d.by_day.iter().map(|c| c.count).sum();
            let pct = |n: i64, of: i64| (of > 0).then(|| (n * 1000 / of) as f64 / 10.0);
            let mut res = templates().render(
                "dashboard.html",
                minijinja::context! {
                    title => "Dashboard",
                    nav => "dashboard",
                    page => page_user(&user),
                    days => days,
                    day_choices => [1, 7, 14, 30, 90],
                    total => total,
                    by_day => bars(&d.by_day, "?"),
                    by_topic => bars(&d.by_topic, "no topic"),
                    by_team => bars(&d.by_team, "no team"),
                    by_network => bars(&d.by_network, "?"),
                    rising => d.rising,
                    attainment => d.attainment().map(|a| (a * 1000.0).round() / 10.0),
                    on_time => d.on_time,
                    late => d.late,
                    overdue => d.overdue_open,
                    median => d.median_first_response_secs.map(duration_words),
                    escalated => d.escalated,
                    moved_private => d.moved_private,
                    answered => d.answered,
                    private_share => pct(d.moved_private, d.answered),
                },
            );
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            if let Ok(v) = HeaderValue::from_str(&format!("render;dur={ms:.1}")) {
                res.headers_mut().insert("server-timing", v);
            }
            Ok(res)
        }
        .await,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_and_name_the_empty_label() {
        let b = bars(
            &[
                Count {
                    label: "outage".into(),
                    count: 40,
                },
                Count {
                    label: "".into(),
                    count: 10,
                },
                Count {
                    label: "billing".into(),
                    count: 0,
                },
            ],
            "no topic",
        );
        assert_eq!(b[0].pct, 100);
        assert_eq!(b[1].pct, 25);
        assert_eq!(b[1].label, "no topic");
        assert_eq!(b[2].pct, 1, "a zero still shows a sliver");
        assert_eq!(duration_words(5400), "1 h 30 min");
    }
}
