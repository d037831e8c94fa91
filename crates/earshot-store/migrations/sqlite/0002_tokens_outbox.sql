-- API tokens (only their SHA-256 is kept) and the outbox of replies.

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    token_hash   TEXT NOT NULL UNIQUE,
    label        TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at   INTEGER
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id),
    timeline_id     INTEGER NOT NULL REFERENCES timeline (id),
    channel         TEXT NOT NULL CHECK (channel IN ('public', 'private')),
    network         TEXT NOT NULL,
    in_reply_to     TEXT,
    body            TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    idempotency_key TEXT UNIQUE,
    created_by      INTEGER REFERENCES users (id),
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER,
    external_id     TEXT,
    error           TEXT
);
CREATE INDEX outbox_status ON outbox (status, id);
CREATE INDEX outbox_case ON outbox (case_id);
