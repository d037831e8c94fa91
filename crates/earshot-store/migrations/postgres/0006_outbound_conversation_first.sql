-- The brand-posts-by-conversation index leads with the conversation, so a
-- lookup of a batch's conversations is an index search even when the
-- planner's statistics are stale (a freshly filled table).
DROP INDEX mentions_outbound_conversation;
CREATE INDEX mentions_outbound_conversation ON mentions (conversation_key, network)
    WHERE direction = 'outbound';
