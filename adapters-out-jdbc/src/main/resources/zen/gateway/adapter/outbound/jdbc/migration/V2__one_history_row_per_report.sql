-- A report applied twice (a consumer batch handed over again after a failure, a webhook taken by two nodes while
-- Redis was away) added a second, identical history row. One row per report from now on: existing repeats go,
-- and a unique index, which also serves every lookup by message, turns repeats into no-ops (ON CONFLICT DO NOTHING).
DELETE FROM message_status_history h
WHERE EXISTS (
    SELECT 1 FROM message_status_history o
    WHERE o.message_id = h.message_id AND o.status = h.status AND o.source = h.source
      AND o.occurred_at = h.occurred_at AND o.received_at = h.received_at AND o.id < h.id);

CREATE UNIQUE INDEX IF NOT EXISTS message_status_history_report
    ON message_status_history (message_id, status, source, occurred_at, received_at);

DROP INDEX IF EXISTS message_status_history_message;
