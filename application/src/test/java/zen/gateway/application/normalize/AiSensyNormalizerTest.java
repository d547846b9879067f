package zen.gateway.application.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.normalize.Fixtures.RECEIVED_AT;
import static zen.gateway.application.normalize.Fixtures.envelope;
import static zen.gateway.application.normalize.Fixtures.envelopeOf;
import static zen.gateway.application.normalize.Fixtures.events;
import static zen.gateway.application.normalize.Fixtures.onlyEvent;
import static zen.gateway.application.normalize.Fixtures.reasonOf;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zen.gateway.application.normalize.Normalization.Recognized;
import zen.gateway.application.normalize.Normalization.Unrecognized;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.event.BspNotice;
import zen.gateway.domain.event.EventId;
import zen.gateway.domain.event.GatewayEvent;
import zen.gateway.domain.event.InboundMessage;
import zen.gateway.domain.event.StatusEvent;
import zen.gateway.domain.event.Topic;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageStatus;

class AiSensyNormalizerTest {

    private static final Topic STATUS_UPDATED = Topic.of("aisensy.message.status.updated");
    private static final Topic SENDER_USER = Topic.of("aisensy.message.sender.user");
    private static final Topic MESSAGE_CREATED = Topic.of("aisensy.message.created");
    private static final String PROJECT = "65f0c0ffee0000000000b002";
    private static final String OUTBOUND_WAMID = "wamid.HBgMOTE5ODAwMDAwMDAxFQIAERgSQUlTRU5TWVRFU1QwMDAwMQA=";

    private final AiSensyNormalizer normalizer = new AiSensyNormalizer();

    private Normalization aisensy(String fixture) {
        return normalizer.normalize(envelope(Bsp.AISENSY, "aisensy/" + fixture));
    }

    private static EventId idOf(String notificationId, String topic) {
        return EventId.derive("aisensy", notificationId, topic);
    }

    @Test
    void sentStatusTakesSentAtAndTheCampaign() {
        assertThat(onlyEvent(aisensy("status-sent.json"))).isEqualTo(new StatusEvent(
                idOf("65f0c0ffee0000000000a000", "message.status.updated"), Bsp.AISENSY, STATUS_UPDATED,
                Instant.ofEpochMilli(1767261603000L), OUTBOUND_WAMID, "65f0c0ffee0000000000c003", MessageStatus.SENT,
                "+919800000001", PROJECT, null, "65f0c0ffee000000000c4a01", null));
    }

    @Test
    void deliveredStatusTakesDeliveredAtAndTheProjectStandsForTheBusiness() {
        assertThat(onlyEvent(aisensy("status-delivered.json"))).isEqualTo(new StatusEvent(
                idOf("65f0c0ffee0000000000a001", "message.status.updated"), Bsp.AISENSY, STATUS_UPDATED,
                Instant.ofEpochMilli(1767261605000L), OUTBOUND_WAMID, "65f0c0ffee0000000000c003",
                MessageStatus.DELIVERED, "+919800000001", PROJECT, null, null, null));
    }

    @Test
    void aRetriedNotificationHasTheSameEventId() {
        GatewayEvent first = onlyEvent(aisensy("status-delivered.json"));
        GatewayEvent retry = onlyEvent(aisensy("status-delivered-retry.json"));
        assertThat(retry).isEqualTo(first);
    }

    @Test
    void readAtInSecondsAndZeroPlaceholdersAreRead() {
        assertThat(onlyEvent(aisensy("status-read-seconds.json"))).isEqualTo(new StatusEvent(
                idOf("65f0c0ffee0000000000a002", "message.status.updated"), Bsp.AISENSY, STATUS_UPDATED,
                Instant.ofEpochSecond(1767261700L), OUTBOUND_WAMID, "65f0c0ffee0000000000c003", MessageStatus.READ,
                "+919800000001", PROJECT, null, null, null));
    }

    @Test
    void aPlaceholderStatusTimeFallsBackToTheNotificationTimeAndNationalNumbersGetTheCountryCode() {
        assertThat(onlyEvent(aisensy("status-read-placeholder-time.json"))).isEqualTo(new StatusEvent(
                idOf("65f0c0ffee0000000000a00f", "message.status.updated"), Bsp.AISENSY, STATUS_UPDATED,
                Instant.parse("2026-01-01T10:02:00Z"),
                "wamid.HBgMOTE5ODAwMDAwMDA5FQIAERgSQUlTRU5TWVRFU1QwMDAwOQA=", "65f0c0ffee0000000000c00f",
                MessageStatus.READ, "+919800000009", PROJECT, null, null, null));
    }

    @Test
    void aStatusWithNoTimeAnywhereHappenedWhenReceived() {
        String body = """
                {"id":"n1","topic":"message.status.updated","project_id":"p1","created_at":"0",
                 "data":{"message":{"messageId":"wamid.X","status":"SENT","sent_at":"0"}}}""";
        assertThat(onlyEvent(normalizer.normalize(envelopeOf(Bsp.AISENSY, body))).occurredAt()).isEqualTo(RECEIVED_AT);
    }

    @Test
    void failedStatusCarriesTheFailureResponse() {
        assertThat(onlyEvent(aisensy("status-failed.json"))).isEqualTo(new StatusEvent(
                idOf("65f0c0ffee0000000000a003", "message.status.updated"), Bsp.AISENSY, STATUS_UPDATED,
                Instant.ofEpochMilli(1767261609000L), "wamid.HBgMOTE5ODAwMDAwMDAyFQIAERgSQUlTRU5TWVRFU1QwMDAwMgA=",
                "65f0c0ffee0000000000c007", MessageStatus.FAILED, "+919800000002", PROJECT, null,
                "65f0c0ffee000000000c4a02", new Failure("131047", "Re-engagement message")));
    }

    @Test
    void anEmptyFailureResponseOnASuccessIsNoFailure() {
        assertThat(((StatusEvent) onlyEvent(aisensy("status-sent.json"))).failure()).isNull();
    }

    @Test
    void quickReplyIsAUserMessageFromTheBusinessNumberInContext() {
        GatewayEvent event = onlyEvent(aisensy("sender-user-quick-reply.json"));
        assertThat(event).isEqualTo(new InboundMessage(
                idOf("65f0c0ffee0000000000e005", "message.sender.user"), Bsp.AISENSY, SENDER_USER,
                Instant.ofEpochMilli(1767261900000L), "wamid.HBgMOTE5ODAwMDAwMDAxFQIAEhgUQUlTRU5TWUlOQk9VTkQwMDAxAA==",
                "+919800000001", "+919800099999", null, "Test User", "quick_reply", "Track order", OUTBOUND_WAMID));
        assertThat(event.userInitiated()).isTrue();
    }

    @Test
    void textFromANationalNumberSentAtInSecondsString() {
        assertThat(onlyEvent(aisensy("sender-user-text.json"))).isEqualTo(new InboundMessage(
                idOf("65f0c0ffee0000000000e010", "message.sender.user"), Bsp.AISENSY, SENDER_USER,
                Instant.ofEpochSecond(1767261960L), "wamid.HBgMOTE5ODAwMDAwMDAzFQIAEhgUQUlTRU5TWUlOQk9VTkQwMDEwAA==",
                "+919800000003", PROJECT, null, "Third User", "text", "Is the store open on Sunday?", null));
    }

    @Test
    void mediaLocationAndContactMessagesHaveTheirTypeAndAReadableText() {
        assertThat(onlyEvent(aisensy("sender-user-image.json"))).isEqualTo(new InboundMessage(
                idOf("65f0c0ffee0000000000e011", "message.sender.user"), Bsp.AISENSY, SENDER_USER,
                Instant.ofEpochMilli(1767262020000L), "wamid.HBgMOTE5ODAwMDAwMDAzFQIAEhgUQUlTRU5TWUlOQk9VTkQwMDExAA==",
                "+919800000003", PROJECT, null, "Third User", "image", "damaged box", null));
        assertThat(onlyEvent(aisensy("sender-user-location.json"))).isEqualTo(new InboundMessage(
                idOf("65f0c0ffee0000000000e012", "message.sender.user"), Bsp.AISENSY, SENDER_USER,
                Instant.ofEpochMilli(1767262080000L), "wamid.HBgMOTE5ODAwMDAwMDAzFQIAEhgUQUlTRU5TWUlOQk9VTkQwMDEyAA==",
                "+919800000003", PROJECT, null, "Third User", "location", "Acme Store", null));
        assertThat(onlyEvent(aisensy("sender-user-contact.json"))).isEqualTo(new InboundMessage(
                idOf("65f0c0ffee0000000000e013", "message.sender.user"), Bsp.AISENSY, SENDER_USER,
                Instant.ofEpochMilli(1767262140000L), "wamid.HBgMOTE5ODAwMDAwMDAzFQIAEhgUQUlTRU5TWUlOQk9VTkQwMDEzAA==",
                "+919800000003", PROJECT, null, "Third User", "contact", "Asha Rao", null));
    }

    @Test
    void messageCreatedByTheUserIsAnInboundMessageOnItsOwnTopic() {
        assertThat(onlyEvent(aisensy("message-created-user.json"))).isEqualTo(new InboundMessage(
                idOf("65f0c0ffee0000000000e014", "message.created"), Bsp.AISENSY, MESSAGE_CREATED,
                Instant.ofEpochMilli(1767261960000L), "wamid.HBgMOTE5ODAwMDAwMDAzFQIAEhgUQUlTRU5TWUlOQk9VTkQwMDEwAA==",
                "+919800000003", PROJECT, null, "Third User", "text", "Is the store open on Sunday?", null));
    }

    @Test
    void messageCreatedByAnAgentIsAnEchoNotice() {
        GatewayEvent event = onlyEvent(aisensy("message-created-agent.json"));
        assertThat(event).isEqualTo(new BspNotice(
                idOf("65f0c0ffee0000000000e015", "message.created"), Bsp.AISENSY, MESSAGE_CREATED,
                Instant.parse("2026-01-01T10:10:00Z"), PROJECT, null,
                "wamid.HBgMOTE5ODAwMDAwMDAzFQIAERgSQUlTRU5TWUFHRU5UMDAxNQA="));
        assertThat(event.userInitiated()).isFalse();
    }

    @Test
    void contactAndTemplateTopicsAreNotices() {
        assertThat(onlyEvent(aisensy("contact-created.json"))).isEqualTo(new BspNotice(
                idOf("65f0c0ffee0000000000e016", "contact.created"), Bsp.AISENSY, Topic.of("aisensy.contact.created"),
                Instant.parse("2026-01-01T10:11:00Z"), PROJECT, null, "+919800000020"));
        assertThat(onlyEvent(aisensy("contact-attribute-updated.json"))).isEqualTo(new BspNotice(
                idOf("65f0c0ffee0000000000e017", "contact.attribute.updated"), Bsp.AISENSY,
                Topic.of("aisensy.contact.attribute.updated"), Instant.parse("2026-01-01T10:12:00Z"), PROJECT, null,
                "+919800000020"));
        assertThat(onlyEvent(aisensy("wa-template-status-updated.json"))).isEqualTo(new BspNotice(
                idOf("65f0c0ffee0000000000e018", "wa_template.status.updated"), Bsp.AISENSY,
                Topic.of("aisensy.wa_template.status.updated"), Instant.parse("2026-01-01T10:13:00Z"), PROJECT, null,
                "order_shipped_v3"));
    }

    @Test
    void anyOtherTopicIsANoticeOnThatTopic() {
        assertThat(onlyEvent(aisensy("order-placed.json"))).isEqualTo(new BspNotice(
                idOf("65f0c0ffee0000000000e019", "order.placed"), Bsp.AISENSY, Topic.of("aisensy.order.placed"),
                Instant.parse("2026-01-01T10:14:00Z"), PROJECT, null, null));
    }

    @Test
    void aTopicOutsideTheGrammarIsSanitized() {
        assertThat(onlyEvent(aisensy("odd-topic.json")).bspTopic()).isEqualTo(Topic.of("aisensy.lead_form._.submitted_"));
    }

    @Test
    void aBatchOfNotificationsOutOfOrder() {
        Normalization result = aisensy("batch.json");
        List<GatewayEvent> events = events(result);
        assertThat(events).extracting(GatewayEvent::bspTopic).containsExactly(STATUS_UPDATED, STATUS_UPDATED, SENDER_USER);
        assertThat(events).extracting(e -> e instanceof StatusEvent s ? s.status() : null)
                .containsExactly(MessageStatus.DELIVERED, MessageStatus.SENT, null);
        assertThat(((Recognized) result).anyUserInitiated()).isTrue();
        assertThat(((Recognized) result).events().get(0).payload().path("id").asText()).isEqualTo("65f0c0ffee0000000000a001");
    }

    @Test
    void aRepeatedBodyYieldsTheSameEventIds() {
        for (String fixture : List.of("batch.json", "contact-created.json", "message-created-agent.json")) {
            assertThat(events(aisensy(fixture))).extracting(GatewayEvent::eventId)
                    .isEqualTo(events(aisensy(fixture)).stream().map(GatewayEvent::eventId).toList());
        }
    }

    @Test
    void withoutANotificationIdTheMessageIdAndStatusIdentifyAStatus() {
        String body = """
                {"topic":"message.status.updated","project_id":"p1",
                 "data":{"message":{"messageId":"wamid.X","status":"Delivered","delivered_at":1767261605000}}}""";
        assertThat(onlyEvent(normalizer.normalize(envelopeOf(Bsp.AISENSY, body))).eventId())
                .isEqualTo(EventId.derive("aisensy", "message.status.updated", "wamid.X", "delivered"));
    }

    @Test
    void aForwardedMetaPayloadIsReadAsMetasOnAiSensyTopics() {
        List<GatewayEvent> events = events(normalizer.normalize(envelope(Bsp.AISENSY, "meta/batch-multi-entry.json")));
        assertThat(events).extracting(GatewayEvent::bspTopic)
                .containsExactly(STATUS_UPDATED, STATUS_UPDATED, SENDER_USER, STATUS_UPDATED);
        assertThat(events.get(0)).isEqualTo(new StatusEvent(
                EventId.derive("aisensy", "wamid.BATCH0000000000000000000000000001", "sent"), Bsp.AISENSY, STATUS_UPDATED,
                Instant.ofEpochSecond(1767225800L), "wamid.BATCH0000000000000000000000000001", null, MessageStatus.SENT,
                "+15550002001", "+15550001111", null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\":\"n1\",\"data\":{}}",
            "{\"id\":\"n1\",\"topic\":42,\"data\":{}}",
            "{\"id\":\"n1\",\"topic\":\"message.status.updated\",\"data\":{\"message\":\"nope\"}}",
            "{\"id\":\"n1\",\"topic\":\"message.status.updated\",\"data\":{\"message\":{\"status\":\"SENT\"}}}",
            "{\"id\":\"n1\",\"topic\":\"message.status.updated\",\"data\":{\"message\":{\"id\":\"m\",\"status\":\"BOUNCED\"}}}",
            "{\"id\":\"n1\",\"topic\":\"message.sender.user\"}",
            "[{\"id\":\"n1\",\"topic\":\"contact.created\",\"data\":{}}, 7]"})
    void shapesNoRuleKnowsAreUnrecognized(String body) {
        assertThat(normalizer.normalize(envelopeOf(Bsp.AISENSY, body))).isInstanceOf(Unrecognized.class);
    }

    @Test
    void theUnrecognizedReasonNamesTheProblem() {
        String body = "[{\"id\":\"n1\",\"topic\":\"contact.created\",\"data\":{}},"
                + "{\"id\":\"n2\",\"topic\":\"message.status.updated\",\"data\":{\"message\":{\"id\":\"m\",\"status\":\"BOUNCED\"}}}]";
        assertThat(reasonOf(normalizer.normalize(envelopeOf(Bsp.AISENSY, body))))
                .isEqualTo("array element 1: unknown message status \"BOUNCED\"");
    }
}
