-- Claims take the earliest due deliveries in (next_attempt_at, id) order, FOR UPDATE. With the index on
-- next_attempt_at alone, H2 read, locked and sorted every due row before applying the LIMIT, so each claim cost
-- the whole backlog: with 300,000 deliveries due, forwarding slowed to a few dozen a second. In claim order, the
-- index hands out the first rows and the query stops at the limit.
CREATE INDEX IF NOT EXISTS webhook_delivery_logs_due_in_order ON webhook_delivery_logs (next_attempt_at, id);

DROP INDEX IF EXISTS webhook_delivery_logs_due;
