package zen.gateway.application.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static zen.gateway.application.normalize.Fixtures.RECEIVED_AT;
import static zen.gateway.application.normalize.Fixtures.envelope;
import static zen.gateway.application.normalize.Fixtures.events;
import static zen.gateway.application.normalize.Fixtures.onlyEvent;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import zen.gateway.application.normalize.Normalization.Recognized;
import zen.gateway.application.normalize.Normalization.Unrecognized;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.event.EventId;
import zen.gateway.domain.event.GatewayEvent;
import zen.gateway.domain.event.InboundMessage;
import zen.gateway.domain.event.StatusEvent;
import zen.gateway.domain.event.Topic;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageStatus;

class DatagenKarixNormalizerTest {

    private static final Topic DELIVERY = Topic.of("datagen.delivery");
    private static final Topic USER_MESSAGE = Topic.of("datagen.user_message");
    private static final String BUSINESS = "+919800099999";

    private final DatagenKarixNormalizer datagen = new DatagenKarixNormalizer(Bsp.DATAGEN);
    private final DatagenKarixNormalizer karix = new DatagenKarixNormalizer(Bsp.KARIX);

    private Normalization datagen(String fixture) {
        return datagen.normalize(envelope(Bsp.DATAGEN, "datagen/" + fixture));
    }

    private static StatusEvent status(String mid, String word, String wamid, MessageStatus status, String millis,
            String customer, String project, String campaign, Failure failure) {
        return new StatusEvent(EventId.derive("datagen", mid, word), Bsp.DATAGEN, DELIVERY,
                Instant.ofEpochMilli(Long.parseLong(millis)), wamid, mid, status, customer, BUSINESS, project, campaign, failure);
    }

    /** The event as a report echoing {@code echo} (recipient.reference.cust_ref) makes it. */
    static StatusEvent echoing(StatusEvent e, String echo) {
        return new StatusEvent(e.eventId(), e.bsp(), e.bspTopic(), e.occurredAt(), e.wamid(), e.bspMessageId(), e.status(),
                e.customerNumber(), e.businessNumber(), e.projectReference(), e.campaignId(), e.failure(), echo);
    }

    @Test
    void sentReportCarriesProjectAndCampaign() {
        assertThat(onlyEvent(datagen("dlr-sent.json"))).isEqualTo(echoing(status(
                "900000000000000000000001", "sent", null, MessageStatus.SENT, "1767261603000",
                "+919800000001", "proj-acme-01", "camp-jan-orders", null), "gw-7f3c9a10-0001"));
    }

    @Test
    void deliveredReportWithEmptyCampaignAndNoProject() {
        assertThat(onlyEvent(datagen("dlr-delivered.json"))).isEqualTo(echoing(status(
                "900000000000000000000001", "delivered", null, MessageStatus.DELIVERED, "1767261605000",
                "+919800000001", null, null, null), "gw-7f3c9a10-0001"));
    }

    @Test
    void capitalisedStatusIsReadCaseInsensitively() {
        assertThat(onlyEvent(datagen("dlr-read-capitalised.json"))).isEqualTo(echoing(status(
                "900000000000000000000001", "read", null, MessageStatus.READ, "1767261700000",
                "+919800000001", "proj-acme-01", "camp-jan-orders", null), "gw-7f3c9a10-0001"));
    }

    @Test
    void failedReportKeepsCodeAndReason() {
        assertThat(onlyEvent(datagen("dlr-failed.json"))).isEqualTo(status(
                "900000000000000000000002", "failed", null, MessageStatus.FAILED, "1767261609000",
                "+919800000002", null, "camp-jan-promo", new Failure("131026", "Message undeliverable")));
    }

    @Test
    void notSentMeansFailed() {
        assertThat(onlyEvent(datagen("dlr-not-sent.json"))).isEqualTo(status(
                "900000000000000000000003", "not sent", null, MessageStatus.FAILED, "1767261610000",
                "+919800000003", null, null, new Failure("131047", "Re-engagement message")));
    }

    @Test
    void aMidThatIsAWamidIsAlsoTheWamid() {
        String wamid = "wamid.HBgMOTE5ODAwMDAwMDA0FQIAERgSREFUQUdFTldBTUlEMDAwMQA=";
        assertThat(onlyEvent(datagen("dlr-wamid-as-mid.json"))).isEqualTo(status(
                wamid, "delivered", wamid, MessageStatus.DELIVERED, "1767261611000", "+919800000004", null, null, null));
    }

    @Test
    void buttonTapIsAUserMessage() {
        GatewayEvent event = onlyEvent(datagen("inbound-button.json"));
        assertThat(event).isEqualTo(new InboundMessage(
                EventId.derive("datagen", "900000000000000000000003", "user_message"), Bsp.DATAGEN, USER_MESSAGE,
                Instant.ofEpochMilli(1767261900000L), "900000000000000000000003", "+919800000001", BUSINESS, null,
                "Test User", "button", "Track order", null));
        assertThat(event.userInitiated()).isTrue();
    }

    @Test
    void textWithoutMidInAOneElementBatchIsIdentifiedByItsContent() {
        Normalization result = datagen("inbound-text-batch.json");
        InboundMessage message = (InboundMessage) onlyEvent(result);
        assertThat(message).usingRecursiveComparison().ignoringFields("eventId").isEqualTo(new InboundMessage(
                EventId.derive("x"), Bsp.DATAGEN, USER_MESSAGE, Instant.ofEpochMilli(1767262000000L), null,
                "+919800000002", BUSINESS, null, "Another User", "text", "hi", null));
        String content = ((Recognized) result).events().get(0).payload().path("eventContent").path("message").toString();
        assertThat(message.eventId()).isEqualTo(EventId.derive("datagen", "919800000002", "1767262000000", content));
        assertThat(((Recognized) result).anyUserInitiated()).isTrue();
    }

    @Test
    void interactiveRepliesUseTheTitleAsText() {
        assertThat(onlyEvent(datagen("inbound-interactive-list.json"))).isEqualTo(new InboundMessage(
                EventId.derive("datagen", "900000000000000000000005", "user_message"), Bsp.DATAGEN, USER_MESSAGE,
                Instant.ofEpochMilli(1767262100000L), "900000000000000000000005", "+919800000001", BUSINESS, null,
                "Test User", "interactive", "Tue 10:00", null));
        assertThat(onlyEvent(datagen("inbound-interactive-button.json"))).isEqualTo(new InboundMessage(
                EventId.derive("datagen", "900000000000000000000006", "user_message"), Bsp.DATAGEN, USER_MESSAGE,
                Instant.ofEpochMilli(1767262150000L), "900000000000000000000006", "+919800000001", BUSINESS, null,
                "Test User", "interactive", "Yes, confirm", null));
    }

    @Test
    void attachmentTakesItsAttachmentTypeAsContentType() {
        assertThat(onlyEvent(datagen("inbound-attachment.json"))).isEqualTo(new InboundMessage(
                EventId.derive("datagen", "900000000000000000000007", "user_message"), Bsp.DATAGEN, USER_MESSAGE,
                Instant.ofEpochMilli(1767262200000L), "900000000000000000000007", "+919800000001", BUSINESS, null,
                "Test User", "image", "damaged box", null));
    }

    @Test
    void mixedBatchYieldsOneEventPerElementInOrder() {
        Normalization result = datagen("batch-mixed.json");
        List<GatewayEvent> events = events(result);
        assertThat(events).hasSize(3);
        assertThat(events.get(0)).isEqualTo(status("900000000000000000000011", "sent", null, MessageStatus.SENT,
                "1767261620000", "+919800000011", "proj-acme-01", "camp-jan-promo", null));
        assertThat(events.get(1)).isEqualTo(status("900000000000000000000012", "delivered", null,
                MessageStatus.DELIVERED, "1767261621000", "+919800000012", "proj-acme-01", "camp-jan-promo", null));
        assertThat(events.get(2)).isEqualTo(new InboundMessage(
                EventId.derive("datagen", "900000000000000000000013", "user_message"), Bsp.DATAGEN, USER_MESSAGE,
                Instant.ofEpochMilli(1767261622000L), "900000000000000000000013", "+919800000012", BUSINESS, null,
                "Buyer", "text", "STOP", null));
        assertThat(((Recognized) result).anyUserInitiated()).isTrue();
        assertThat(((Recognized) result).events().get(1).payload().path("events").path("mid").asText())
                .isEqualTo("900000000000000000000012");
    }

    @Test
    void outOfOrderReportsKeepTheirOwnTimesAndARepeatHasTheSameId() {
        List<GatewayEvent> events = events(datagen("out-of-order-with-repeat.json"));
        assertThat(events).extracting(e -> ((StatusEvent) e).status())
                .containsExactly(MessageStatus.READ, MessageStatus.SENT, MessageStatus.READ);
        assertThat(events).extracting(GatewayEvent::occurredAt).containsExactly(
                Instant.ofEpochMilli(1767261790000L), Instant.ofEpochMilli(1767261700000L), Instant.ofEpochMilli(1767261790000L));
        assertThat(events.get(0).eventId()).isEqualTo(events.get(2).eventId()).isNotEqualTo(events.get(1).eventId());
    }

    @Test
    void aRepeatedBodyYieldsTheSameEventIds() {
        for (String fixture : List.of("dlr-delivered.json", "inbound-text-batch.json", "batch-mixed.json")) {
            assertThat(events(datagen(fixture))).extracting(GatewayEvent::eventId)
                    .isEqualTo(events(datagen(fixture)).stream().map(GatewayEvent::eventId).toList());
        }
    }

    @Test
    void sentAndDeliveredOfOneMessageAreDifferentEvents() {
        assertThat(onlyEvent(datagen("dlr-sent.json")).eventId())
                .isNotEqualTo(onlyEvent(datagen("dlr-delivered.json")).eventId());
    }

    @Test
    void aBatchWithAnUnknownElementIsUnrecognizedNamingTheIndex() {
        assertThat(datagen("batch-with-unknown-element.json")).isInstanceOfSatisfying(Unrecognized.class,
                u -> assertThat(u.reason()).startsWith("array element 1:"));
    }

    @Test
    void anUnknownStatusIsUnrecognized() {
        assertThat(datagen("dlr-unknown-status.json")).isInstanceOfSatisfying(Unrecognized.class,
                u -> assertThat(u.reason()).contains("seen-by-robot"));
    }

    @Test
    void karixInstanceUsesKarixTopicsAndIds() {
        assertThat(onlyEvent(karix.normalize(envelope(Bsp.KARIX, "karix/dlr-delivered.json")))).isEqualTo(new StatusEvent(
                EventId.derive("karix", "910000000000000000000001", "delivered"), Bsp.KARIX, Topic.of("karix.delivery"),
                Instant.ofEpochMilli(1767261605000L), null, "910000000000000000000001", MessageStatus.DELIVERED,
                "+919811100001", "+918000012345", "proj-kx-07", null, null, "k-0001"));
        assertThat(onlyEvent(karix.normalize(envelope(Bsp.KARIX, "karix/inbound-text.json")))).isEqualTo(new InboundMessage(
                EventId.derive("karix", "910000000000000000000004", "user_message"), Bsp.KARIX, Topic.of("karix.user_message"),
                Instant.ofEpochMilli(1767262300000L), "910000000000000000000004", "+919811100002", "+918000012345", null,
                "Karix User", "text", "Need help with OTP", null));
    }

    @Test
    void karixDirectEventNamesAreStatuses() {
        assertThat(onlyEvent(karix.normalize(envelope(Bsp.KARIX, "karix/direct-message-read.json")))).isEqualTo(new StatusEvent(
                EventId.derive("karix", "910000000000000000000002", "read"), Bsp.KARIX, Topic.of("karix.delivery"),
                Instant.ofEpochSecond(1767261800L), null, "910000000000000000000002", MessageStatus.READ,
                "+919811100002", "+918000012345", null, null, null));
        assertThat(onlyEvent(karix.normalize(envelope(Bsp.KARIX, "karix/direct-message-failed.json")))).isEqualTo(new StatusEvent(
                EventId.derive("karix", "910000000000000000000003", "message_failed"), Bsp.KARIX, Topic.of("karix.delivery"),
                Instant.parse("2026-01-01T10:05:00Z"), null, "910000000000000000000003", MessageStatus.FAILED,
                "+919811100003", "+918000012345", null, null,
                new Failure("131049", "Not delivered to maintain healthy ecosystem engagement")));
    }

    @Test
    void aDeliveryReportWithoutATimestampHappenedWhenReceived() {
        String body = """
                {"events":{"eventType":"DELIVERY EVENTS","timestamp":"0","mid":"9001"},
                 "notificationAttributes":{"status":"sent"},"recipient":{"to":"919800000001"}}""";
        assertThat(onlyEvent(datagen.normalize(Fixtures.envelopeOf(Bsp.DATAGEN, body))).occurredAt()).isEqualTo(RECEIVED_AT);
    }

    @Test
    void onlyDatagenAndKarixSpeakThisFormat() {
        assertThatThrownBy(() -> new DatagenKarixNormalizer(Bsp.META)).isInstanceOf(IllegalArgumentException.class);
    }
}
