//! `earshot user add` and `earshot token create`: administration on the
//! database directly, without a running server.

use anyhow::{bail, Context as _};
use earshot_store::auth::{hash_password, new_api_token};
use earshot_store::{Role, Store};
use std::io::BufRead;

/// Create a user; the password is one line on stdin.
pub async fn user_add(
    store: &Store,
    username: &str,
    role: Role,
    team: Option<&str>,
) -> anyhow::Result<()> {
    if store.user_by_username(username).await?.is_some() {
        bail!("user '{username}' already exists");
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("cannot read the password from stdin")?;
    let password = line.trim_end_matches(['\n', '\r']);
    if password.chars().count() < 8 {
        bail!("the password (one line on stdin) needs at least 8 characters");
    }
    let hash = hash_password(password)?;
    let user = store.create_user(username, &hash, role, team).await?;
    eprintln!("created {} '{}' (id {})", user.role, user.username, user.id);
    Ok(())
}

/// Create an API token and print it alone on stdout (shown only this once).
pub async fn token_create(store: &Store, username: &str, label: &str) -> anyhow::Result<()> {
    let user = store
        .user_by_username(username)
        .await?
        .with_context(|| format!("no user named '{username}'"))?;
    let (token, hash) = new_api_token();
    store.create_api_token(user.id, &hash, label).await?;
    println!("{token}");
    Ok(())
}
