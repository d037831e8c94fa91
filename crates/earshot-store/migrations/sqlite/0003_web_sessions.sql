-- Web desk sessions (only the SHA-256 of the cookie's id is kept, with the
-- session's CSRF token) and failed logins, for throttling. Presence is held
-- in memory by the server (one instance); it has no table.

CREATE TABLE web_sessions (
    id_hash      TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    csrf_token   TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    user_agent   TEXT
);
CREATE INDEX web_sessions_user ON web_sessions (user_id);
CREATE INDEX web_sessions_expires ON web_sessions (expires_at);

-- One row per failed login; `throttle_key` is a hash of the username and
-- the client address, so a name typed by mistake into the username box is
-- never kept in clear.
CREATE TABLE login_failures (
    id           INTEGER PRIMARY KEY,
    throttle_key TEXT NOT NULL,
    at           INTEGER NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (throttle_key, at);
