package zen.gateway.adapter.outbound.mongo;

/** Field names of {@code webhook_delivery_logs}: one document per delivery, its attempts inside. */
final class DeliveryFields {

    static final String ID = "_id";
    static final String EVENT_ID = "event_id";
    static final String EVENT_TYPE = "event_type";
    static final String ENDPOINT_ID = "endpoint_id";
    static final String PROJECT_OWNER_ID = "project_owner_id";
    static final String WAMID = "wamid";
    static final String CUSTOMER_NUMBER = "customer_number";
    static final String URL = "url";
    static final String STATUS = "status";
    static final String SERIES_ATTEMPTS = "series_attempts";
    static final String ATTEMPTS = "attempts";
    static final String LAST_ERROR = "last_error";
    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";
    static final String NEXT_ATTEMPT_AT = "next_attempt_at";
    static final String PAYLOAD = "payload";

    static final String ATTEMPT_NUMBER = "attempt_number";
    static final String ATTEMPT_AT = "at";
    static final String ATTEMPT_STATUS_CODE = "status_code";
    static final String ATTEMPT_LATENCY_MS = "latency_ms";
    static final String ATTEMPT_ERROR = "error";
    static final String ATTEMPT_RESPONSE_BODY = "response_body";

    private DeliveryFields() {}
}
