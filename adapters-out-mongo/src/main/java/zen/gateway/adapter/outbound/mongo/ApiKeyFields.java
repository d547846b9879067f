package zen.gateway.adapter.outbound.mongo;

/** Field names of {@code api_keys}: one document per project key, its hash and never the key. */
final class ApiKeyFields {

    static final String ID = "_id";
    static final String KEY_HASH = "key_hash";
    static final String PROJECT_OWNER_ID = "project_owner_id";
    static final String NAME = "name";
    static final String SCOPES = "scopes";
    static final String RATE_PER_SECOND = "rate_per_second";
    static final String RATE_BURST = "rate_burst";
    static final String CREATED_AT = "created_at";
    static final String EXPIRES_AT = "expires_at";
    static final String LAST_USED_AT = "last_used_at";
    static final String REVOKED_AT = "revoked_at";

    private ApiKeyFields() {}
}
