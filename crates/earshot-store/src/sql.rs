//! Small helpers shared by the store's modules: time conversion, column
//! decoding, placeholder lists and the row → type mappings.

use crate::types::*;
use crate::{Row, StoreError};
use chrono::{DateTime, TimeZone, Utc};
use sqlx::Row as _;
use std::str::FromStr;

/// `due_key` of a case without a first-response deadline: sorts last.
pub(crate) const NO_DEADLINE: i64 = i64::MAX;

pub(crate) fn to_ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

pub(crate) fn from_ms(ms: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms)
        .single()
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

pub(crate) fn now_ms() -> i64 {
    to_ms(Utc::now())
}

pub(crate) fn get<'r, T>(row: &'r Row, col: &str) -> Result<T, StoreError>
where
    T: sqlx::Decode<'r, sqlx::Any> + sqlx::Type<sqlx::Any>,
{
    Ok(row.try_get::<T, _>(col)?)
}

pub(crate) fn time(row: &Row, col: &str) -> Result<DateTime<Utc>, StoreError> {
    Ok(from_ms(get::<i64>(row, col)?))
}

pub(crate) fn opt_time(row: &Row, col: &str) -> Result<Option<DateTime<Utc>>, StoreError> {
    Ok(get::<Option<i64>>(row, col)?.map(from_ms))
}

/// A text column holding one of our enums.
pub(crate) fn parsed<T>(row: &Row, col: &str) -> Result<T, StoreError>
where
    T: FromStr,
    T::Err: std::fmt::Display,
{
    let s: String = get(row, col)?;
    s.parse::<T>().map_err(|e| {
        StoreError::Database(sqlx::Error::Decode(format!("column '{col}': {e}").into()))
    })
}

pub(crate) fn opt_parsed<T>(row: &Row, col: &str) -> Result<Option<T>, StoreError>
where
    T: FromStr,
    T::Err: std::fmt::Display,
{
    match get::<Option<String>>(row, col)? {
        None => Ok(None),
        Some(s) => s.parse::<T>().map(Some).map_err(|e| {
            StoreError::Database(sqlx::Error::Decode(format!("column '{col}': {e}").into()))
        }),
    }
}

/// `$first, $first+1, ..., $first+n-1`.
pub(crate) fn placeholders(first: usize, n: usize) -> String {
    let mut s = String::with_capacity(n * 5);
    for i in 0..n {
        if i > 0 {
            s.push_str(", ");
        }
        s.push('$');
        s.push_str(&(first + i).to_string());
    }
    s
}

/// `($1, $2, $3), ($4, $5, $6), ...` for a multi-row insert.
pub(crate) fn value_rows(rows: usize, cols: usize) -> String {
    let mut s = String::with_capacity(rows * cols * 5);
    for r in 0..rows {
        if r > 0 {
            s.push_str(", ");
        }
        s.push('(');
        s.push_str(&placeholders(r * cols + 1, cols));
        s.push(')');
    }
    s
}

/// Bound parameters per statement stay below both databases' limits.
pub(crate) const MAX_PARAMS: usize = 30_000;

pub(crate) const CASE_COLUMNS: &str =
    "c.id, c.contact_id, c.network, c.conversation_key, c.status, c.action, \
     c.priority, c.topic, c.team, c.assignee_user_id, c.opened_at, c.first_response_due_at, \
     c.first_responded_at, c.resolved_at, c.last_activity_at, c.reopen_count, c.summary, c.version";

pub(crate) fn case_from_row(row: &Row) -> Result<Case, StoreError> {
    Ok(Case {
        id: get(row, "id")?,
        contact_id: get(row, "contact_id")?,
        network: parsed(row, "network")?,
        conversation_key: get(row, "conversation_key")?,
        status: parsed(row, "status")?,
        action: parsed(row, "action")?,
        priority: parsed(row, "priority")?,
        topic: get(row, "topic")?,
        team: get(row, "team")?,
        assignee_user_id: get(row, "assignee_user_id")?,
        opened_at: time(row, "opened_at")?,
        first_response_due_at: opt_time(row, "first_response_due_at")?,
        first_responded_at: opt_time(row, "first_responded_at")?,
        resolved_at: opt_time(row, "resolved_at")?,
        last_activity_at: time(row, "last_activity_at")?,
        reopen_count: get(row, "reopen_count")?,
        summary: get(row, "summary")?,
        version: get(row, "version")?,
    })
}

pub(crate) const TIMELINE_COLUMNS: &str =
    "id, case_id, kind, at, mention_id, network, external_id, author, body, actor_user_id, data";

pub(crate) fn timeline_from_row(row: &Row) -> Result<TimelineEntry, StoreError> {
    let data: String = get(row, "data")?;
    Ok(TimelineEntry {
        id: get(row, "id")?,
        case_id: get(row, "case_id")?,
        kind: parsed(row, "kind")?,
        at: time(row, "at")?,
        mention_id: get(row, "mention_id")?,
        network: opt_parsed(row, "network")?,
        external_id: get(row, "external_id")?,
        author: get(row, "author")?,
        body: get(row, "body")?,
        actor_user_id: get(row, "actor_user_id")?,
        data: serde_json::from_str(&data).unwrap_or(serde_json::Value::Null),
    })
}

pub(crate) const CONTACT_COLUMNS: &str = "id, display_name, created_at, merged_into";

pub(crate) fn contact_from_row(row: &Row) -> Result<ContactSummary, StoreError> {
    Ok(ContactSummary {
        id: get(row, "id")?,
        display_name: get(row, "display_name")?,
        created_at: time(row, "created_at")?,
        merged_into: get(row, "merged_into")?,
    })
}

pub(crate) const IDENTITY_COLUMNS: &str =
    "id, contact_id, network, external_user_id, handle, name, followers, bio";

pub(crate) fn identity_from_row(row: &Row) -> Result<Identity, StoreError> {
    Ok(Identity {
        id: get(row, "id")?,
        contact_id: get(row, "contact_id")?,
        network: parsed(row, "network")?,
        external_user_id: get(row, "external_user_id")?,
        handle: get(row, "handle")?,
        name: get(row, "name")?,
        followers: get(row, "followers")?,
        bio: get(row, "bio")?,
    })
}

pub(crate) const USER_COLUMNS: &str = "id, username, role, team_id, created_at, skills, available";

/// The stored `skills` column: comma-separated topic ids.
pub(crate) fn split_skills(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

pub(crate) fn user_from_row(row: &Row) -> Result<User, StoreError> {
    Ok(User {
        id: get(row, "id")?,
        username: get(row, "username")?,
        role: parsed(row, "role")?,
        team_id: get(row, "team_id")?,
        created_at: time(row, "created_at")?,
        skills: split_skills(&get::<String>(row, "skills")?),
        available: get::<i64>(row, "available")? != 0,
    })
}

pub(crate) const OUTBOX_COLUMNS: &str =
    "id, case_id, timeline_id, channel, network, in_reply_to, body, status, \
     attempts, idempotency_key, created_by, created_at, sent_at, external_id, error, \
     next_attempt_at";

pub(crate) fn outbox_from_row(row: &Row) -> Result<OutboxItem, StoreError> {
    Ok(OutboxItem {
        id: get(row, "id")?,
        case_id: get(row, "case_id")?,
        timeline_id: get(row, "timeline_id")?,
        channel: parsed(row, "channel")?,
        network: parsed(row, "network")?,
        in_reply_to: get(row, "in_reply_to")?,
        body: get(row, "body")?,
        status: parsed(row, "status")?,
        attempts: get(row, "attempts")?,
        idempotency_key: get(row, "idempotency_key")?,
        created_by: get(row, "created_by")?,
        created_at: time(row, "created_at")?,
        sent_at: opt_time(row, "sent_at")?,
        external_id: get(row, "external_id")?,
        error: get(row, "error")?,
        next_attempt_at: opt_time(row, "next_attempt_at")?,
    })
}

/// Map a unique-constraint violation to `Conflict`, anything else through.
pub(crate) fn conflict_on_unique(e: sqlx::Error, what: impl FnOnce() -> String) -> StoreError {
    if let sqlx::Error::Database(db) = &e {
        if db.is_unique_violation() {
            return StoreError::Conflict(what());
        }
    }
    StoreError::Database(e)
}

/// A bound parameter of a statement whose SQL is assembled at run time.
#[derive(Debug, Clone)]
pub(crate) enum Arg {
    I64(Option<i64>),
    Text(Option<String>),
}

/// Parameters collected while SQL is assembled; each push returns its `$n`.
#[derive(Debug, Default)]
pub(crate) struct Args(pub(crate) Vec<Arg>);

impl Args {
    pub(crate) fn i64(&mut self, v: impl Into<Option<i64>>) -> String {
        self.0.push(Arg::I64(v.into()));
        format!("${}", self.0.len())
    }

    pub(crate) fn text(&mut self, v: impl Into<Option<String>>) -> String {
        self.0.push(Arg::Text(v.into()));
        format!("${}", self.0.len())
    }

    pub(crate) fn bind<'q>(
        self,
        sql: &'q str,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
        let mut q = sqlx::query(sql);
        for a in self.0 {
            q = match a {
                Arg::I64(v) => q.bind(v),
                Arg::Text(v) => q.bind(v),
            };
        }
        q
    }
}

/// The SQL of a statement with many parameters, as the backend binds it
/// fastest. SQLite looks up every `$N` parameter's name with a linear scan
/// (quadratic in a multi-row insert with thousands of parameters), while
/// anonymous `?` parameters bind by position; PostgreSQL only knows `$N`.
/// The rewrite applies when the `$N` appear exactly once each, in order.
pub(crate) fn positional(backend: crate::Backend, sql: &str) -> String {
    if backend != crate::Backend::Sqlite {
        return sql.to_string();
    }
    let bytes = sql.as_bytes();
    let mut out = String::with_capacity(sql.len());
    let mut expected = 1usize;
    let mut in_quote = false;
    let mut i = 0;
    let mut last = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\'' {
            in_quote = !in_quote;
        } else if b == b'$' && !in_quote {
            let mut j = i + 1;
            while j < bytes.len() && bytes[j].is_ascii_digit() {
                j += 1;
            }
            if j > i + 1 {
                let n: usize = sql[i + 1..j].parse().unwrap_or(0);
                if n != expected {
                    return sql.to_string();
                }
                expected += 1;
                out.push_str(&sql[last..i]);
                out.push('?');
                last = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    out.push_str(&sql[last..]);
    out
}

/// The type of a bulk column, for PostgreSQL's record definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ty {
    Int,
    Text,
}

/// A value bound into a bulk statement.
pub(crate) trait IntoArg {
    fn into_arg(self) -> Arg;
}

impl IntoArg for i64 {
    fn into_arg(self) -> Arg {
        Arg::I64(Some(self))
    }
}
impl IntoArg for Option<i64> {
    fn into_arg(self) -> Arg {
        Arg::I64(self)
    }
}
impl IntoArg for &str {
    fn into_arg(self) -> Arg {
        Arg::Text(Some(self.to_string()))
    }
}
impl IntoArg for &String {
    fn into_arg(self) -> Arg {
        Arg::Text(Some(self.clone()))
    }
}
impl IntoArg for String {
    fn into_arg(self) -> Arg {
        Arg::Text(Some(self))
    }
}
impl IntoArg for Option<&str> {
    fn into_arg(self) -> Arg {
        Arg::Text(self.map(str::to_string))
    }
}
impl IntoArg for Option<String> {
    fn into_arg(self) -> Arg {
        Arg::Text(self)
    }
}

/// Rows for a multi-row statement, bound the way each backend takes them
/// fastest: SQLite as `VALUES (?, ...), ...`; PostgreSQL as one JSON
/// parameter read by `jsonb_to_recordset` (thousands of bound parameters
/// cost PostgreSQL far more to parse and plan than one document).
pub(crate) struct Rows {
    cols: &'static [(&'static str, Ty)],
    args: Vec<Arg>,
}

impl Rows {
    pub(crate) fn new(cols: &'static [(&'static str, Ty)]) -> Rows {
        Rows {
            cols,
            args: Vec::new(),
        }
    }

    pub(crate) fn bind(mut self, v: impl IntoArg) -> Rows {
        self.args.push(v.into_arg());
        self
    }

    /// Bind the rows (after any parameters already bound to `q`).
    pub(crate) fn bind_to<'q>(
        self,
        backend: crate::Backend,
        mut q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
        match backend {
            crate::Backend::Sqlite => {
                for a in self.args {
                    q = match a {
                        Arg::I64(v) => q.bind(v),
                        Arg::Text(v) => q.bind(v),
                    };
                }
                q
            }
            crate::Backend::Postgres => {
                let width = self.cols.len().max(1);
                let mut rows = Vec::with_capacity(self.args.len() / width);
                let mut row = serde_json::Map::with_capacity(width);
                for (i, a) in self.args.into_iter().enumerate() {
                    let (name, _) = self.cols[i % width];
                    let v = match a {
                        Arg::I64(v) => v.map_or(serde_json::Value::Null, serde_json::Value::from),
                        Arg::Text(v) => v.map_or(serde_json::Value::Null, serde_json::Value::from),
                    };
                    row.insert(name.to_string(), v);
                    if i % width == width - 1 {
                        rows.push(serde_json::Value::Object(std::mem::take(&mut row)));
                    }
                }
                q.bind(serde_json::Value::Array(rows).to_string())
            }
        }
    }
}

/// A source of `n` rows of `cols` for `INSERT INTO t (cols) <source>` or
/// `WITH v (cols) AS (<source>)`, its parameters starting at `$first`,
/// bound with [`Rows::bind_to`].
pub(crate) fn rows_source(
    backend: crate::Backend,
    cols: &[(&str, Ty)],
    n: usize,
    first: usize,
) -> String {
    match backend {
        crate::Backend::Sqlite => {
            let mut s = String::from("VALUES ");
            for r in 0..n {
                if r > 0 {
                    s.push_str(", ");
                }
                s.push('(');
                s.push_str(&placeholders(first + r * cols.len(), cols.len()));
                s.push(')');
            }
            s
        }
        crate::Backend::Postgres => {
            let names = cols.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ");
            let defs = cols
                .iter()
                .map(|(n, t)| match t {
                    Ty::Int => format!("{n} bigint"),
                    Ty::Text => format!("{n} text"),
                })
                .collect::<Vec<_>>()
                .join(", ");
            format!("SELECT {names} FROM jsonb_to_recordset(${first}::jsonb) AS r ({defs})")
        }
    }
}

/// `IN (...)` over `n` values whose parameters start at `$first`; on
/// PostgreSQL one JSON array parameter (see [`Rows`]).
pub(crate) fn in_list(backend: crate::Backend, first: usize, n: usize, ty: Ty) -> String {
    match (backend, ty) {
        (crate::Backend::Sqlite, _) => format!("IN ({})", placeholders(first, n)),
        (crate::Backend::Postgres, Ty::Text) => {
            format!("= ANY(ARRAY(SELECT jsonb_array_elements_text(${first}::jsonb)))")
        }
        (crate::Backend::Postgres, Ty::Int) => {
            format!("= ANY(ARRAY(SELECT jsonb_array_elements_text(${first}::jsonb)::bigint))")
        }
    }
}

/// Bind the values of an [`in_list`].
pub(crate) fn bind_in<'q, V: Clone + IntoArg + serde::Serialize>(
    backend: crate::Backend,
    mut q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    values: &[V],
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    match backend {
        crate::Backend::Sqlite => {
            for v in values {
                q = match v.clone().into_arg() {
                    Arg::I64(v) => q.bind(v),
                    Arg::Text(v) => q.bind(v),
                };
            }
            q
        }
        crate::Backend::Postgres => {
            q.bind(serde_json::to_string(values).unwrap_or_else(|_| "[]".into()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Backend;

    #[test]
    fn sequential_parameters_become_positional_on_sqlite_only() {
        let sql = "SELECT x FROM t WHERE a = $1 AND b = '$9' AND c IN ($2, $3)";
        assert_eq!(
            positional(Backend::Sqlite, sql),
            "SELECT x FROM t WHERE a = ? AND b = '$9' AND c IN (?, ?)"
        );
        assert_eq!(positional(Backend::Postgres, sql), sql);
        // Reused or out-of-order parameters keep their names.
        let reused = "SELECT 1 WHERE a = $1 OR b = $1";
        assert_eq!(positional(Backend::Sqlite, reused), reused);
        assert_eq!(value_rows(2, 2), "($1, $2), ($3, $4)");
    }
}
