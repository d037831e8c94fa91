-- Ingest asks one thing of a conversation: has the brand posted in it?
-- Only outbound posts answer that, so the index over every mention's
-- conversation becomes a partial one over the brand's posts: a fraction of
-- the size, and one index less to maintain per stored mention.
DROP INDEX mentions_conversation;
CREATE INDEX mentions_outbound_conversation ON mentions (network, conversation_key)
    WHERE direction = 'outbound';
