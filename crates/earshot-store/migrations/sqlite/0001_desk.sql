-- earshot desk schema: teams, users, contacts and identities, cases,
-- mentions and the case timeline. Times are unix milliseconds.

CREATE TABLE teams (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'lead', 'agent')),
    team_id       TEXT REFERENCES teams (id),
    created_at    INTEGER NOT NULL
);

CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    merged_into  INTEGER REFERENCES contacts (id),
    -- the identity this contact was first seen as ('x:12345'), to match a
    -- bulk insert's returned ids back to the authors
    created_from TEXT
);

CREATE TABLE identities (
    id               INTEGER PRIMARY KEY,
    contact_id       INTEGER NOT NULL REFERENCES contacts (id),
    network          TEXT NOT NULL,
    external_user_id TEXT NOT NULL,
    handle           TEXT NOT NULL,
    name             TEXT,
    followers        INTEGER,
    bio              TEXT,
    UNIQUE (network, external_user_id)
);
CREATE INDEX identities_contact ON identities (contact_id);

CREATE TABLE cases (
    id                    INTEGER PRIMARY KEY,
    contact_id            INTEGER NOT NULL REFERENCES contacts (id),
    network               TEXT NOT NULL,
    conversation_key      TEXT NOT NULL,
    status                TEXT NOT NULL CHECK (status IN ('open', 'pending', 'resolved', 'closed', 'monitored')),
    action                TEXT NOT NULL,
    priority              TEXT NOT NULL,
    topic                 TEXT,
    team                  TEXT,
    assignee_user_id      INTEGER REFERENCES users (id),
    opened_at             INTEGER NOT NULL,
    first_response_due_at INTEGER,
    first_responded_at    INTEGER,
    resolved_at           INTEGER,
    last_activity_at      INTEGER NOT NULL,
    reopen_count          INTEGER NOT NULL DEFAULT 0,
    summary               TEXT NOT NULL,
    version               INTEGER NOT NULL DEFAULT 1,
    -- first_response_due_at, or the largest integer when there is none:
    -- one NOT NULL key sorts "soonest first, no deadline last" the same way
    -- on both databases and makes keyset pagination a plain range
    due_key               INTEGER NOT NULL
);
CREATE INDEX cases_due ON cases (due_key, id);
CREATE INDEX cases_status_due ON cases (status, due_key, id);
CREATE INDEX cases_team_status_due ON cases (team, status, due_key, id);
CREATE INDEX cases_assignee_status_due ON cases (assignee_user_id, status, due_key, id);
CREATE INDEX cases_opened ON cases (opened_at, id);
CREATE INDEX cases_contact ON cases (contact_id, last_activity_at);
CREATE INDEX cases_conversation ON cases (network, conversation_key);

CREATE TABLE mentions (
    id               INTEGER PRIMARY KEY,
    network          TEXT NOT NULL,
    external_id      TEXT NOT NULL,
    identity_id      INTEGER REFERENCES identities (id),
    contact_id       INTEGER REFERENCES contacts (id),
    author_handle    TEXT NOT NULL,
    text             TEXT NOT NULL,
    lang             TEXT,
    -- when the post was written (the receive time when the network did not say)
    created_at       INTEGER NOT NULL,
    received_at      INTEGER NOT NULL,
    conversation_key TEXT NOT NULL,
    in_reply_to_id   TEXT,
    direction        TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
    raw              TEXT,
    triage           TEXT NOT NULL,
    action           TEXT NOT NULL,
    priority         TEXT NOT NULL,
    topic            TEXT,
    team             TEXT,
    case_id          INTEGER REFERENCES cases (id),
    UNIQUE (network, external_id)
);
CREATE INDEX mentions_conversation ON mentions (network, conversation_key);
CREATE INDEX mentions_contact ON mentions (contact_id, created_at);
CREATE INDEX mentions_case ON mentions (case_id);

CREATE TABLE timeline (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases (id),
    kind          TEXT NOT NULL CHECK (kind IN ('inbound', 'outbound', 'note', 'assignment', 'status_change', 'priority_change', 'team_change')),
    at            INTEGER NOT NULL,
    mention_id    INTEGER REFERENCES mentions (id),
    network       TEXT,
    external_id   TEXT,
    author        TEXT,
    body          TEXT,
    actor_user_id INTEGER REFERENCES users (id),
    data          TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX timeline_case ON timeline (case_id, at, id);
