-- Cases escalated for a missed first-response deadline, one row per
-- deadline: the primary key makes escalation happen once even when several
-- instances sweep at the same moment (a second INSERT does nothing).
CREATE TABLE case_escalations (
    case_id      BIGINT NOT NULL REFERENCES cases (id),
    due_at       BIGINT NOT NULL,
    escalated_at BIGINT NOT NULL,
    lead_user_id BIGINT REFERENCES users (id),
    PRIMARY KEY (case_id, due_at)
);
CREATE INDEX case_escalations_at ON case_escalations (escalated_at);
