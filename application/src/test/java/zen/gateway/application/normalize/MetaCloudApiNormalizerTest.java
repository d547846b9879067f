package zen.gateway.application.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.normalize.Fixtures.RECEIVED_AT;
import static zen.gateway.application.normalize.Fixtures.envelope;
import static zen.gateway.application.normalize.Fixtures.envelopeOf;
import static zen.gateway.application.normalize.Fixtures.events;
import static zen.gateway.application.normalize.Fixtures.onlyEvent;
import static zen.gateway.application.normalize.Fixtures.reasonOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

class MetaCloudApiNormalizerTest {

    private static final Topic DELIVERY = Topic.of("meta.delivery");
    private static final Topic USER_MESSAGE = Topic.of("meta.user_message");
    private static final String BUSINESS = "+15550001111";
    private static final String CUSTOMER = "+15550002222";
    private static final String W1 = "wamid.HBgLMTU1NTAwMDIyMjIVAgARGBJBQkNERUYwMTIzNDU2Nzg5AA==";
    private static final String W2 = "wamid.HBgLMTU1NTAwMDMzMzMVAgARGBJGRURDQkEwOTg3NjU0MzIxAA==";

    private final MetaCloudApiNormalizer normalizer = new MetaCloudApiNormalizer();

    private Normalization meta(String fixture) {
        return normalizer.normalize(envelope(Bsp.META, "meta/" + fixture));
    }

    private static StatusEvent status(String wamid, String word, MessageStatus status, long seconds, String customer,
            Failure failure) {
        return new StatusEvent(EventId.derive("meta", wamid, word), Bsp.META, DELIVERY, Instant.ofEpochSecond(seconds),
                wamid, null, status, customer, BUSINESS, null, null, failure);
    }

    private static InboundMessage inbound(String wamid, long seconds, String type, String text, String replyTo) {
        return new InboundMessage(EventId.derive("meta", wamid, "user_message"), Bsp.META, USER_MESSAGE,
                Instant.ofEpochSecond(seconds), wamid, CUSTOMER, BUSINESS, null, "Test User", type, text, replyTo);
    }

    @Test
    void sentStatusKeepsPricingAndConversationInTheOneItemPayload() {
        Normalization result = meta("status-sent.json");
        assertThat(onlyEvent(result)).isEqualTo(DatagenKarixNormalizerTest.echoing(
                status(W1, "sent", MessageStatus.SENT, 1767225600L, CUSTOMER, null), "order-4711"));
        JsonNode payload = ((Recognized) result).events().get(0).payload();
        assertThat(payload.path("object").asText()).isEqualTo("whatsapp_business_account");
        JsonNode value = payload.path("entry").path(0).path("changes").path(0).path("value");
        assertThat(value.path("metadata").path("phone_number_id").asText()).isEqualTo("200000000000002");
        assertThat(value.path("statuses")).hasSize(1);
        assertThat(value.path("statuses").path(0).path("pricing").path("category").asText()).isEqualTo("utility");
        assertThat(value.path("statuses").path(0).path("conversation").path("id").asText()).isEqualTo("c0ffee00c0ffee00c0ffee00c0ffee00");
    }

    @Test
    void deliveredStatus() {
        assertThat(onlyEvent(meta("status-delivered.json")))
                .isEqualTo(status(W1, "delivered", MessageStatus.DELIVERED, 1767225630L, CUSTOMER, null));
    }

    @Test
    void threeSixtyDialogPayloadIsMetas() {
        assertThat(onlyEvent(meta("status-delivered-360dialog.json"))).isEqualTo(new StatusEvent(
                EventId.derive("meta", "wamid.HBgNNDkxNTU1MDAwMjIyMhUCABEYEjM2MERJQUxPR1RFU1QwMDAxAA==", "delivered"),
                Bsp.META, DELIVERY, Instant.ofEpochSecond(1767225605L),
                "wamid.HBgNNDkxNTU1MDAwMjIyMhUCABEYEjM2MERJQUxPR1RFU1QwMDAxAA==", null, MessageStatus.DELIVERED,
                "+4915550002222", "+4915550001111", null, null, null));
    }

    @Test
    void readWithoutDeliveredAndAFailureInOneChangeAreTwoEventsEachWithOnlyItsOwnStatus() {
        Normalization result = meta("statuses-read-and-failed.json");
        assertThat(events(result)).containsExactly(
                status(W1, "read", MessageStatus.READ, 1767225660L, CUSTOMER, null),
                status(W2, "failed", MessageStatus.FAILED, 1767225661L, "+15550003333",
                        new Failure("131047", "Re-engagement message")));
        JsonNode failedPayload = ((Recognized) result).events().get(1).payload()
                .path("entry").path(0).path("changes").path(0).path("value");
        assertThat(failedPayload.path("statuses")).hasSize(1);
        assertThat(failedPayload.path("statuses").path(0).path("id").asText()).isEqualTo(W2);
        assertThat(failedPayload.path("contacts").path(0).path("user_id").asText()).isEqualTo("US.90000000000000000001");
    }

    @Test
    void playedCountsAsReadButIsItsOwnEvent() {
        String wamid = "wamid.HBgLMTU1NTAwMDIyMjIVAgARGBJWT0lDRU5PVEUwMDAwMDAwMQA=";
        GatewayEvent played = onlyEvent(meta("status-played.json"));
        assertThat(played).isEqualTo(status(wamid, "played", MessageStatus.READ, 1767225700L, CUSTOMER, null));
        assertThat(played.eventId()).isNotEqualTo(EventId.derive("meta", wamid, "read"));
    }

    @Test
    void aStatusWithOnlyAUserIdHasTheUserIdAsCustomer() {
        assertThat(((StatusEvent) onlyEvent(meta("status-bsuid-only.json"))).customerNumber())
                .isEqualTo("US.13491208655302741918");
    }

    @Test
    void aGroupStatusIsForTheParticipant() {
        assertThat(((StatusEvent) onlyEvent(meta("status-group.json"))).customerNumber()).isEqualTo("+15550004444");
    }

    @Test
    void aFailureWithoutRecipient() {
        assertThat(onlyEvent(meta("status-failed-without-recipient.json"))).isEqualTo(status(
                "wamid.HBgLMTU1NTAwMDU1NTUVAgARGBJOT1RPTldIQVRTQVBQMDAwMQA=", "failed", MessageStatus.FAILED,
                1767225730L, null, new Failure("131026", "Message undeliverable")));
    }

    @Test
    void everyStatusAndMessageOfEveryEntryAndChangeIsAnEvent() {
        Normalization result = meta("batch-multi-entry.json");
        List<GatewayEvent> events = events(result);
        assertThat(events).hasSize(4);
        assertThat(events.get(0)).isEqualTo(status("wamid.BATCH0000000000000000000000000001", "sent", MessageStatus.SENT,
                1767225800L, "+15550002001", null));
        assertThat(events.get(1)).isEqualTo(status("wamid.BATCH0000000000000000000000000002", "sent", MessageStatus.SENT,
                1767225801L, "+15550002002", null));
        assertThat(events.get(2)).isEqualTo(new InboundMessage(
                EventId.derive("meta", "wamid.BATCHINBOUND00000000000000000003", "user_message"), Bsp.META, USER_MESSAGE,
                Instant.ofEpochSecond(1767225802L), "wamid.BATCHINBOUND00000000000000000003", "+15550002003", BUSINESS,
                null, "Batch User", "text", "hello", null));
        assertThat(events.get(3)).isEqualTo(new StatusEvent(
                EventId.derive("meta", "wamid.BATCH0000000000000000000000000004", "delivered"), Bsp.META, DELIVERY,
                Instant.ofEpochSecond(1767225803L), "wamid.BATCH0000000000000000000000000004", null,
                MessageStatus.DELIVERED, "+4915550002222", "+4915550001111", null, null, null));
        assertThat(((Recognized) result).anyUserInitiated()).isTrue();
        assertThat(((Recognized) result).events().get(3).payload().path("entry").path(0).path("id").asText())
                .isEqualTo("100000000000009");
    }

    @Test
    void outOfOrderStatusesKeepTheirTimesAndARepeatHasTheSameId() {
        List<GatewayEvent> events = events(meta("out-of-order-with-repeat.json"));
        assertThat(events).extracting(e -> ((StatusEvent) e).status()).containsExactly(
                MessageStatus.READ, MessageStatus.DELIVERED, MessageStatus.SENT, MessageStatus.DELIVERED);
        assertThat(events.get(1).eventId()).isEqualTo(events.get(3).eventId());
        assertThat(events.stream().map(GatewayEvent::eventId).distinct()).hasSize(3);
        assertThat(events.get(0).occurredAt()).isAfter(events.get(1).occurredAt());
    }

    @Test
    void aRepeatedBodyYieldsTheSameEventIds() {
        for (String fixture : List.of("batch-multi-entry.json", "errors-only.json", "template-status-update.json")) {
            assertThat(events(meta(fixture))).extracting(GatewayEvent::eventId)
                    .isEqualTo(events(meta(fixture)).stream().map(GatewayEvent::eventId).toList());
        }
    }

    @Test
    void inboundTextImageButtonAndInteractive() {
        assertThat(onlyEvent(meta("inbound-text.json"))).isEqualTo(inbound(
                "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBRJTkJPVU5EVEVYVDAwMDAwMDAxAA==", 1767225700L, "text", "Hi, where is my order?", null));
        assertThat(onlyEvent(meta("inbound-image.json"))).isEqualTo(inbound(
                "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBRJTkJPVU5ESU1BR0UwMDAwMDAxAA==", 1767225701L, "image", "damaged box", null));
        assertThat(onlyEvent(meta("inbound-button.json"))).isEqualTo(inbound(
                "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBRJTkJPVU5EQlVUVE9OMDAwMDAxAA==", 1767225702L, "button", "Confirm", W1));
        assertThat(onlyEvent(meta("inbound-interactive-list.json"))).isEqualTo(inbound(
                "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBRJTkJPVU5ETElTVDAwMDAwMDAxAA==", 1767225703L, "interactive", "Tue 10:00",
                "wamid.HBgLMTU1NTAwMDIyMjIVAgARGBJPVVRCT1VORExJU1QwMDAxAA=="));
        assertThat(onlyEvent(meta("inbound-interactive-button.json"))).isEqualTo(inbound(
                "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBRJTkJPVU5EQlRORVBMWTAwMDAxAA==", 1767225704L, "interactive", "Yes",
                "wamid.HBgLMTU1NTAwMDIyMjIVAgARGBJPVVRCT1VOREJUTjAwMDAxAA=="));
    }

    @Test
    void inboundReactionLocationSystemAndUnsupported() {
        assertThat(onlyEvent(meta("inbound-reaction.json"))).isEqualTo(inbound(
                "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBRJTkJPVU5EUkVBQ1QwMDAwMDAxAA==", 1767225705L, "reaction", "\uD83D\uDC4D", null));
        assertThat(onlyEvent(meta("inbound-location.json"))).isEqualTo(inbound(
                "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBRJTkJPVU5ETE9DQVRJT04wMDAxAA==", 1767225706L, "location", "Acme HQ", null));
        assertThat(onlyEvent(meta("inbound-system-changed-number.json"))).isEqualTo(inbound(
                "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBRJTkJPVU5EU1lTVEVNMDAwMDAxAA==", 1767225707L, "system",
                "User A changed from 15550002222 to 15550009999", null));
        assertThat(onlyEvent(meta("inbound-unsupported.json"))).isEqualTo(inbound(
                "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBRJTkJPVU5EVU5TVVBQT1JUMDAwMQA=", 1767225708L, "unsupported", null, null));
    }

    @Test
    void anInboundMessageFromAUsernameHasTheUserIdAsCustomer() {
        assertThat(onlyEvent(meta("inbound-bsuid-only.json"))).isEqualTo(new InboundMessage(
                EventId.derive("meta", "wamid.HBgLVVNFUk5BTUVPTkxZFQIAEhgUSU5CT1VORFVTRVJJRDAwMDAxAA==", "user_message"),
                Bsp.META, USER_MESSAGE, Instant.ofEpochSecond(1767225709L),
                "wamid.HBgLVVNFUk5BTUVPTkxZFQIAEhgUSU5CT1VORFVTRVJJRDAwMDAxAA==", "US.13491208655302741918", BUSINESS,
                null, "Username Person", "text", "hello from a username", null));
    }

    @Test
    void errorsWithoutStatusesAreNotices() {
        Normalization result = meta("errors-only.json");
        assertThat(onlyEvent(result)).usingRecursiveComparison().ignoringFields("eventId").isEqualTo(new BspNotice(
                EventId.derive("x"), Bsp.META, Topic.of("meta.error"), RECEIVED_AT, BUSINESS, null,
                "131000 Something went wrong"));
        assertThat(onlyEvent(result).userInitiated()).isFalse();
    }

    @Test
    void otherFieldsAreNoticesOnTheirOwnTopic() {
        assertThat(onlyEvent(meta("template-status-update.json"))).usingRecursiveComparison().ignoringFields("eventId")
                .isEqualTo(new BspNotice(EventId.derive("x"), Bsp.META, Topic.of("meta.message_template_status_update"),
                        Instant.ofEpochSecond(1767226000L), "100000000000001", null, "order_shipped_v3"));
    }

    @Test
    void anotherGraphObjectIsUnrecognized() {
        assertThat(reasonOf(meta("not-whatsapp.json"))).isEqualTo("object \"page\" is not whatsapp_business_account");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", value = {
            "unknown status      | {'object':'whatsapp_business_account','entry':[{'changes':[{'field':'messages','value':{'statuses':[{'id':'wamid.A','status':'deleted'}]}}]}]} | entry[0].changes[0]: statuses[0]: unknown status \"deleted\"",
            "status without id   | {'object':'whatsapp_business_account','entry':[{'changes':[{'field':'messages','value':{'statuses':[{'status':'sent'}]}}]}]} | entry[0].changes[0]: statuses[0]: a status without a message id",
            "item not an object  | {'object':'whatsapp_business_account','entry':[{'changes':[{'field':'messages','value':{'statuses':[{'id':'wamid.A','status':'sent'},'x']}}]}]} | entry[0].changes[0]: statuses[1] is not an object",
            "nothing in a change | {'object':'whatsapp_business_account','entry':[{'changes':[{'field':'messages','value':{'metadata':{}}}]}]} | entry[0].changes[0]: a messages change without statuses, messages or errors",
            "no entries          | {'object':'whatsapp_business_account','entry':[]} | no entries (entry must be a non-empty array)",
            "no changes          | {'object':'whatsapp_business_account','entry':[{'id':'1'}]} | entry[0] has no changes",
            "no value            | {'object':'whatsapp_business_account','entry':[{'changes':[{'field':'messages'}]}]} | entry[0].changes[0]: no value object",
    })
    void shapesNoRuleKnowsAreUnrecognizedWithTheirPlace(String name, String body, String reason) {
        assertThat(normalizer.normalize(envelopeOf(Bsp.META, body.replace('\'', '"'))))
                .isInstanceOfSatisfying(Unrecognized.class, u -> assertThat(u.reason()).isEqualTo(reason));
    }
}
