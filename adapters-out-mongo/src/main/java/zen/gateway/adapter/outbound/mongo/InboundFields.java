package zen.gateway.adapter.outbound.mongo;

/** Field names of {@code inbound_messages}: one document per message a customer sent, the same names as in SQL. */
final class InboundFields {

    static final String ID = "_id";
    static final String BSP = "bsp";
    static final String PROJECT_OWNER_ID = "project_owner_id";
    static final String CUSTOMER_NUMBER = "customer_number";
    static final String BUSINESS_NUMBER = "business_number";
    static final String PROFILE_NAME = "profile_name";
    static final String TYPE = "message_type";
    static final String TEXT = "body_text";
    static final String MEDIA_ID = "media_id";
    static final String MIME_TYPE = "mime_type";
    static final String REPLY_TO = "reply_to";
    static final String OCCURRED_AT = "occurred_at";
    static final String RECEIVED_AT = "received_at";

    private InboundFields() {}
}
