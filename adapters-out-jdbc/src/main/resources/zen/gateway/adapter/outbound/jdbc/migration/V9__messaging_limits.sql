-- Campaign pacing by Meta's messaging tier (issue 20): a sender's limit of different recipients per rolling 24 h
-- (null: none), and the index that counts the recipients its sends reached in the last 24 h.

ALTER TABLE senders ADD COLUMN IF NOT EXISTS daily_unique_recipients_limit INT;
CREATE INDEX IF NOT EXISTS message_sends_sender_reach ON message_sends (sender_id, created_at);
