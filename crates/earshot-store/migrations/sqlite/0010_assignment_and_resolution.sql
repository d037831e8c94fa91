-- Automatic assignment: what each agent is good at (topic ids, comma
-- separated), whether they take new cases now, and where each team's round
-- robin stopped.
ALTER TABLE users ADD COLUMN skills TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN available INTEGER NOT NULL DEFAULT 1;
CREATE TABLE assignment_cursor (
    team         TEXT PRIMARY KEY,
    last_user_id BIGINT NOT NULL
);

-- Cases escalated for a missed resolution deadline: once per case (a case
-- re-opened after resolution keeps its first escalation).
CREATE TABLE resolution_escalations (
    case_id      BIGINT NOT NULL PRIMARY KEY REFERENCES cases (id),
    due_at       BIGINT NOT NULL,
    escalated_at BIGINT NOT NULL,
    lead_user_id BIGINT REFERENCES users (id)
);
