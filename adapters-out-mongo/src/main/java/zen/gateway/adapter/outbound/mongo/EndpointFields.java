package zen.gateway.adapter.outbound.mongo;

/** Field names of {@code webhooks}: one document per customer endpoint. */
final class EndpointFields {

    static final String ID = "_id";
    static final String PROJECT_OWNER_ID = "project_owner_id";
    static final String URL = "url";
    static final String SECRET = "secret";
    static final String SIGNING_SECRET = "signing_secret";
    static final String TOPICS = "topics";
    static final String STATUS_FILTER = "status_filter";
    static final String STATE = "state";
    static final String STATE_REASON = "state_reason";
    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";

    private EndpointFields() {}
}
