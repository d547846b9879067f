package zen.gateway.adapter.outbound.mongo;

import zen.gateway.domain.message.MessageStatus;

/** Field names of {@code unified_message_tracking}, as the existing deployment has them. */
final class MessageFields {

    static final String ID = "_id";
    static final String MESSAGE_ID = "message_id";
    static final String WAMID = "wamid";
    static final String BSP = "bsp";
    static final String BSP_MESSAGE_ID = "bsp_message_id";
    static final String PHONE_NUMBER = "phone_number";
    static final String BUSINESS_NUMBER = "business_number";
    static final String PROJECT_OWNER_ID = "project_owner_id";
    static final String CAMPAIGN_ID = "campaign_id";
    static final String CURRENT_STATUS = "current_status";
    /** {@link MessageStatus#rank()} of the current status: what makes "the highest status wins" one atomic update. */
    static final String STATUS_RANK = "status_rank";
    static final String STATUS_HISTORY = "status_history";
    static final String HISTORY_STATUS = "status";
    static final String HISTORY_SOURCE = "source";
    static final String HISTORY_TIMESTAMP = "timestamp";
    static final String HISTORY_RECEIVED_AT = "received_at";
    static final String HISTORY_EVENT_ID = "event_id";
    static final String FAILURE_CODE = "failure_code";
    static final String FAILURE_REASON = "failure_reason";
    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";

    private MessageFields() {}

    /** The first time a status was seen: {@code sent_at}, {@code delivered_at}, ... */
    static String firstSeenAt(MessageStatus status) {
        return status.wireName() + "_at";
    }
}
