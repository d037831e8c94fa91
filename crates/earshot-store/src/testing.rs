//! Test support for crates that run against a real database: a fresh
//! PostgreSQL database per test (created on the server named by an admin
//! URL, dropped afterwards). Not used by earshot itself.

use crate::StoreError;
use sqlx::Connection;

/// `postgres://u@h:5432/test?x=y` with the database name replaced.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let host_end = base[scheme_end..]
        .find('/')
        .map(|i| i + scheme_end)
        .unwrap_or(base.len());
    let mut out = format!("{}/{}", &base[..host_end], name);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

/// Create an empty database `earshot_t_<random>` on the server of
/// `admin_url`; returns (its URL, its name).
pub async fn create_database(admin_url: &str) -> Result<(String, String), StoreError> {
    sqlx::any::install_default_drivers();
    let name = format!("earshot_t_{:016x}", rand::random::<u64>());
    let mut conn =
        sqlx::AnyConnection::connect(admin_url)
            .await
            .map_err(|e| StoreError::Unreachable {
                url: crate::redact_url(admin_url),
                reason: e.to_string(),
            })?;
    // The name is generated above, never from input.
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await?;
    let _ = conn.close().await;
    Ok((with_database(admin_url, &name), name))
}

/// Drop a database made by [`create_database`], best effort.
pub async fn drop_database(admin_url: &str, name: &str) {
    if !name.starts_with("earshot_t_")
        || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        return;
    }
    if let Ok(mut conn) = sqlx::AnyConnection::connect(admin_url).await {
        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .execute(&mut conn)
            .await;
        let _ = conn.close().await;
    }
}
