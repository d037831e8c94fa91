-- The outbox worker: when a queued item may be tried again (backoff, rate
-- limit reset), and who holds an item being sent until when (the lease a
-- crashed worker leaves behind, recovered once it has expired).
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER;
ALTER TABLE outbox ADD COLUMN claimed_until INTEGER;
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
DROP INDEX outbox_status;
CREATE INDEX outbox_due ON outbox (status, network, id);
CREATE INDEX outbox_lease ON outbox (status, claimed_until);
