-- Access control: project keys, stored as the SHA-256 of the key (never the key), and the audit trail.

CREATE TABLE IF NOT EXISTS api_keys (
    id                    VARCHAR NOT NULL PRIMARY KEY,
    key_hash              VARCHAR(64) NOT NULL,
    project_owner_id      VARCHAR NOT NULL,
    name                  VARCHAR,
    -- scope names, comma-separated: no scope name contains a comma
    scopes                VARCHAR NOT NULL,
    rate_per_second       DOUBLE PRECISION NOT NULL,
    rate_burst            INT NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at            TIMESTAMP WITH TIME ZONE,
    last_used_at          TIMESTAMP WITH TIME ZONE,
    revoked_at            TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_keys_key_hash UNIQUE (key_hash)
);
CREATE INDEX IF NOT EXISTS api_keys_project ON api_keys (project_owner_id, created_at, id);

CREATE TABLE IF NOT EXISTS audit_log (
    id               VARCHAR NOT NULL PRIMARY KEY,
    at               TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id           VARCHAR NOT NULL,
    project_owner_id VARCHAR,
    action           VARCHAR NOT NULL,
    target           TEXT,
    outcome          VARCHAR(16) NOT NULL,
    status           INT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_log_project_at ON audit_log (project_owner_id, at, id);
CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at, id);
