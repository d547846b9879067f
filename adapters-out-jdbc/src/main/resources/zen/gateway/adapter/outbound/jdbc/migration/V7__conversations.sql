-- Conversations: what customers wrote (inbound messages, kept apart from the outbound lifecycle table), and the
-- indexes a customer's timeline and the retention purge read by.

CREATE TABLE IF NOT EXISTS inbound_messages (
    -- the wamid, or the BSP's own id, or the event id where the BSP gave neither
    id               VARCHAR NOT NULL PRIMARY KEY,
    bsp              VARCHAR(32) NOT NULL,
    project_owner_id VARCHAR,
    customer_number  VARCHAR,
    business_number  VARCHAR,
    profile_name     VARCHAR,
    message_type     VARCHAR,
    body_text        TEXT,
    media_id         VARCHAR,
    mime_type        VARCHAR,
    reply_to         VARCHAR,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS inbound_messages_customer
    ON inbound_messages (project_owner_id, customer_number, occurred_at, id);
CREATE INDEX IF NOT EXISTS inbound_messages_received ON inbound_messages (received_at);
CREATE INDEX IF NOT EXISTS unified_message_tracking_customer
    ON unified_message_tracking (project_owner_id, phone_number, created_at, message_id);

-- the message a delivery is about (read from its body when it is planned), to filter the logs and dead letters by
ALTER TABLE webhook_delivery_logs ADD COLUMN IF NOT EXISTS wamid VARCHAR;
ALTER TABLE webhook_delivery_logs ADD COLUMN IF NOT EXISTS customer_number VARCHAR;
CREATE INDEX IF NOT EXISTS webhook_delivery_logs_wamid ON webhook_delivery_logs (project_owner_id, wamid);
CREATE INDEX IF NOT EXISTS webhook_delivery_logs_customer ON webhook_delivery_logs (project_owner_id, customer_number);

-- the retention purge picks expired rows by these times
CREATE INDEX IF NOT EXISTS unified_message_tracking_created ON unified_message_tracking (created_at);
CREATE INDEX IF NOT EXISTS webhook_delivery_logs_created ON webhook_delivery_logs (created_at);
