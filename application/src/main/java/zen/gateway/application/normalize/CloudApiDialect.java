package zen.gateway.application.normalize;

import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.event.Topic;
import zen.gateway.domain.message.MessageStatus;

/**
 * How one BSP's Cloud-API-shaped (Meta) webhooks differ from Meta's own: which BSP and topics the events get, which
 * status words exist, and whether Gupshup's v3 additions ({@code gs_id}, {@code meta_msg_id}, {@code gs_app_id},
 * {@code enqueued}) apply.
 */
record CloudApiDialect(Bsp bsp, Topic statusTopic, Topic messageTopic, StatusVocabulary statuses, boolean gupshupV3) {

    // Meta's "played" (a voice message was first played) can only follow reading it
    private static final StatusVocabulary META_STATUSES = StatusVocabulary.standard().with("played", MessageStatus.READ);

    /** Meta Cloud API, and 360dialog, which forwards Meta's payload unchanged. */
    static final CloudApiDialect META = new CloudApiDialect(Bsp.META, Bsp.META.topic(BspTopics.DELIVERY),
            Bsp.META.topic(BspTopics.USER_MESSAGE), META_STATUSES, false);

    /** Gupshup's v3 ("Meta format") callbacks. */
    static final CloudApiDialect GUPSHUP_V3 = new CloudApiDialect(Bsp.GUPSHUP, Bsp.GUPSHUP.topic(BspTopics.DELIVERY),
            Bsp.GUPSHUP.topic(BspTopics.USER_MESSAGE), META_STATUSES.with("enqueued", MessageStatus.ACCEPTED), true);

    /** Meta payloads forwarded by AiSensy, which some accounts get instead of topic notifications. */
    static final CloudApiDialect AISENSY = new CloudApiDialect(Bsp.AISENSY,
            BspTopics.of(Bsp.AISENSY, AiSensyNormalizer.STATUS_UPDATED),
            BspTopics.of(Bsp.AISENSY, AiSensyNormalizer.SENDER_USER), META_STATUSES, false);
}
