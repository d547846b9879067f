package zen.gateway.adapter.outbound.mongo;

/** Field names of {@code quarantine}: one document per unusable input. */
final class QuarantineFields {

    static final String ID = "_id";
    static final String SOURCE = "source";
    static final String REASON = "reason";
    static final String RECEIVED_AT = "received_at";
    static final String BODY = "body";

    private QuarantineFields() {}
}
