package zen.gateway.adapter.outbound.mongo;

/** Field names of {@code audit_log}: one document per change asked of the gateway. */
final class AuditFields {

    static final String ID = "_id";
    static final String AT = "at";
    static final String KEY_ID = "key_id";
    static final String PROJECT_OWNER_ID = "project_owner_id";
    static final String ACTION = "action";
    static final String TARGET = "target";
    static final String OUTCOME = "outcome";
    static final String STATUS = "status";

    private AuditFields() {}
}
