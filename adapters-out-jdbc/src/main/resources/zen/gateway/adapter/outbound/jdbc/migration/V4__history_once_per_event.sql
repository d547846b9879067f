-- A report is kept once per event, not once per arrival: the same webhook after a restart, on another node while
-- Redis is away, or replayed from the broker arrives with another received_at, and V2's key (which included it)
-- let it in again. Each history row now carries its event id, unique per message.
ALTER TABLE message_status_history ADD COLUMN IF NOT EXISTS event_id VARCHAR;

-- Rows written before carry no event id: the repeats among them (same message, status, source and time, arrived
-- more than once) go, the first arrival stays.
DELETE FROM message_status_history h
WHERE EXISTS (
    SELECT 1 FROM message_status_history o
    WHERE o.message_id = h.message_id AND o.status = h.status AND o.source = h.source
      AND o.occurred_at = h.occurred_at AND o.id < h.id);

-- NULLs are distinct in both databases: rows from before keep their place; every new row is unique per event.
CREATE UNIQUE INDEX IF NOT EXISTS message_status_history_event ON message_status_history (message_id, event_id);

DROP INDEX IF EXISTS message_status_history_report;
