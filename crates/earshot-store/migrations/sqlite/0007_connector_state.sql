-- Where each connector has read up to (stream cursor, since_id, IMAP UID),
-- advanced only after the mentions before it are stored.
CREATE TABLE connector_state (
    name       TEXT PRIMARY KEY,
    cursor     TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
