-- Campaigns (issue 20): the campaigns, one row per recipient number, and each project's opt-out list.

CREATE TABLE IF NOT EXISTS campaigns (
    id                VARCHAR NOT NULL PRIMARY KEY,
    project_owner_id  VARCHAR NOT NULL,
    name              VARCHAR NOT NULL,
    from_number       VARCHAR,
    template_name     VARCHAR NOT NULL,
    template_language VARCHAR NOT NULL,
    start_at          TIMESTAMP WITH TIME ZONE,
    status            VARCHAR(16) NOT NULL,
    duplicates        BIGINT NOT NULL,
    invalid           BIGINT NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS campaigns_project ON campaigns (project_owner_id, created_at, id);
CREATE INDEX IF NOT EXISTS campaigns_status ON campaigns (status, created_at, id);

CREATE TABLE IF NOT EXISTS campaign_recipients (
    campaign_id  VARCHAR NOT NULL,
    phone        VARCHAR NOT NULL,
    -- the template's parameters as a JSON array of strings
    parameters   TEXT NOT NULL,
    line         BIGINT NOT NULL,
    status       VARCHAR(16) NOT NULL,
    -- the status's rank (RecipientStatus.rank): a message's status only rises
    status_rank  INT NOT NULL,
    message_id   VARCHAR,
    wamid        VARCHAR,
    error        TEXT,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (campaign_id, phone)
);
CREATE INDEX IF NOT EXISTS campaign_recipients_status ON campaign_recipients (campaign_id, status, line, phone);
CREATE INDEX IF NOT EXISTS campaign_recipients_message ON campaign_recipients (message_id);
CREATE INDEX IF NOT EXISTS campaign_recipients_wamid ON campaign_recipients (wamid);

CREATE TABLE IF NOT EXISTS opt_outs (
    project_owner_id VARCHAR NOT NULL,
    phone            VARCHAR NOT NULL,
    source           VARCHAR NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (project_owner_id, phone)
);
