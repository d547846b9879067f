-- Sending (issue 18): each project's numbers on its providers, and one row per message the gateway was asked to send.

CREATE TABLE IF NOT EXISTS senders (
    id               VARCHAR NOT NULL PRIMARY KEY,
    project_owner_id VARCHAR NOT NULL,
    business_number  VARCHAR NOT NULL,
    provider         VARCHAR(16) NOT NULL,
    -- a JSON object of field -> value, each value sealed with the master key
    credentials      TEXT NOT NULL,
    base_url         VARCHAR,
    rate_per_second  DOUBLE PRECISION NOT NULL,
    is_default       BOOLEAN NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS senders_project ON senders (project_owner_id, created_at, id);

CREATE TABLE IF NOT EXISTS message_sends (
    message_id       VARCHAR NOT NULL PRIMARY KEY,
    project_owner_id VARCHAR NOT NULL,
    sender_id        VARCHAR NOT NULL,
    provider         VARCHAR(16) NOT NULL,
    from_number      VARCHAR NOT NULL,
    to_number        VARCHAR NOT NULL,
    -- the message content as JSON (SendContents)
    content          TEXT NOT NULL,
    campaign_id      VARCHAR,
    reference        VARCHAR,
    -- 1 for the send API, 0 for campaigns: due sends of a higher priority go first
    priority         INT NOT NULL,
    idempotency_key  VARCHAR,
    state            VARCHAR(16) NOT NULL,
    wamid            VARCHAR,
    bsp_message_id   VARCHAR,
    provider_status  VARCHAR,
    failure_code     VARCHAR,
    failure_reason   TEXT,
    failure_retryable BOOLEAN,
    attempts         INT NOT NULL,
    due_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
-- NULL keys are distinct in both databases: only sends given a key are held unique
CREATE UNIQUE INDEX IF NOT EXISTS message_sends_idempotency ON message_sends (project_owner_id, idempotency_key);
CREATE INDEX IF NOT EXISTS message_sends_wamid ON message_sends (wamid);
CREATE INDEX IF NOT EXISTS message_sends_bsp_id ON message_sends (bsp_message_id, provider);
CREATE INDEX IF NOT EXISTS message_sends_due ON message_sends (state, priority DESC, due_at, message_id);
