package zen.gateway.adapter.outbound.mongo;

/** Field names of {@code senders} and {@code message_sends}. */
final class SendFields {

    static final String ID = "_id";
    static final String PROJECT_OWNER_ID = "project_owner_id";
    static final String BUSINESS_NUMBER = "business_number";
    static final String PROVIDER = "provider";
    static final String CREDENTIALS = "credentials";
    static final String BASE_URL = "base_url";
    static final String RATE_PER_SECOND = "rate_per_second";
    static final String DAILY_UNIQUE_RECIPIENTS_LIMIT = "daily_unique_recipients_limit";
    static final String IS_DEFAULT = "is_default";
    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";

    static final String SENDER_ID = "sender_id";
    static final String FROM = "from";
    static final String TO = "to";
    static final String CONTENT = "content";
    static final String CAMPAIGN_ID = "campaign_id";
    static final String REFERENCE = "reference";
    static final String PRIORITY = "priority";
    static final String IDEMPOTENCY_KEY = "idempotency_key";
    /**
     * Project and key in one field, present only while a key is kept: a unique sparse index on it holds keys unique
     * per project, on servers with or without partial indexes.
     */
    static final String IDEMPOTENCY = "idempotency";
    static final String STATE = "state";
    static final String WAMID = "wamid";
    static final String BSP_MESSAGE_ID = "bsp_message_id";
    static final String PROVIDER_STATUS = "provider_status";
    static final String FAILURE_CODE = "failure_code";
    static final String FAILURE_REASON = "failure_reason";
    static final String FAILURE_RETRYABLE = "failure_retryable";
    static final String ATTEMPTS = "attempts";
    static final String DUE_AT = "due_at";

    private SendFields() {}

    static String idempotency(String project, String key) {
        return project + "\u0000" + key;
    }
}
