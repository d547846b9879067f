package zen.gateway.application.normalize;

import static org.assertj.core.api.Assertions.assertThat;
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

class GupshupNormalizerTest {

    private static final Topic DELIVERY = Topic.of("gupshup.delivery");
    private static final Topic USER_MESSAGE = Topic.of("gupshup.user_message");
    private static final Topic USER_EVENT = Topic.of("gupshup.user_event");
    private static final String APP = "AcmeShopApp";
    private static final String APP_ID = "0a0b0c0d-0000-4000-8000-00000000abcd";
    private static final String CUSTOMER = "+919800000001";
    private static final String W1 = "wamid.HBgMOTE5ODAwMDAwMDAxFQIAERgSMDAwMDAwMDAwMDAwMDAwMDAxAA==";
    private static final String G1 = "3f1c2d4e-0000-4000-8000-000000000001";

    private final GupshupNormalizer normalizer = new GupshupNormalizer();

    private Normalization gupshup(String fixture) {
        return normalizer.normalize(envelope(Bsp.GUPSHUP, "gupshup/" + fixture));
    }

    private static StatusEvent status(String key, String word, Instant at, String wamid, String gupshupId,
            MessageStatus status, String customer, String business, Failure failure) {
        return new StatusEvent(EventId.derive("gupshup", key, word), Bsp.GUPSHUP, DELIVERY, at, wamid, gupshupId, status,
                customer, business, null, null, failure);
    }

    private static InboundMessage inbound(String wamid, long millis, String type, String text, String replyTo) {
        return new InboundMessage(EventId.derive("gupshup", wamid, "user_message"), Bsp.GUPSHUP, USER_MESSAGE,
                Instant.ofEpochMilli(millis), wamid, CUSTOMER, APP, null, "Test User", type, text, replyTo);
    }

    @Test
    void enqueuedIsAcceptedWithTheWamidFromWhatsappMessageIdAtGupshupsTime() {
        assertThat(onlyEvent(gupshup("enqueued.json"))).isEqualTo(status(G1, "enqueued",
                Instant.ofEpochMilli(1767225600123L), W1, G1, MessageStatus.ACCEPTED, CUSTOMER, APP, null));
    }

    @Test
    void dlrsTakeWhatsappsTimeInSecondsAndTheGsIdAsGupshupId() {
        assertThat(onlyEvent(gupshup("sent.json"))).isEqualTo(status(G1, "sent",
                Instant.ofEpochSecond(1767225602L), W1, G1, MessageStatus.SENT, CUSTOMER, APP, null));
        assertThat(onlyEvent(gupshup("delivered.json"))).isEqualTo(status(G1, "delivered",
                Instant.ofEpochSecond(1767225604L), W1, G1, MessageStatus.DELIVERED, CUSTOMER, APP, null));
    }

    @Test
    void theTopLevelPhoneIsTheBusinessNumberWhenPresent() {
        assertThat(onlyEvent(gupshup("read.json"))).isEqualTo(status(G1, "read",
                Instant.ofEpochSecond(1767225700L), W1, G1, MessageStatus.READ, CUSTOMER, "+919800099999", null));
    }

    @Test
    void asyncAndSyncFailures() {
        assertThat(onlyEvent(gupshup("failed-async.json"))).isEqualTo(status("3f1c2d4e-0000-4000-8000-000000000002",
                "failed", Instant.ofEpochMilli(1767225700000L),
                "wamid.HBgMOTE5ODAwMDAwMDAyFQIAERgSMDAwMDAwMDAwMDAwMDAwMDAyAA==", "3f1c2d4e-0000-4000-8000-000000000002",
                MessageStatus.FAILED, "+919800000002", APP, new Failure("131047", "Re-engagement message")));
        assertThat(onlyEvent(gupshup("failed-sync.json"))).isEqualTo(status("3f1c2d4e-0000-4000-8000-000000000003",
                "failed", Instant.ofEpochMilli(1767225701000L), null, "3f1c2d4e-0000-4000-8000-000000000003",
                MessageStatus.FAILED, "+919800000003", APP, new Failure("1002", "Number Does Not Exist On WhatsApp")));
    }

    @Test
    void aLateDlrWithoutGsIdFallsBackToTheId() {
        String wamid = "wamid.HBgMOTE5ODAwMDAwMDA0FQIAERgSMDAwMDAwMDAwMDAwMDAwMDA0AA==";
        assertThat(onlyEvent(gupshup("late-delivered-without-gsid.json"))).isEqualTo(status(wamid, "delivered",
                Instant.ofEpochSecond(1767830400L), wamid, wamid, MessageStatus.DELIVERED, "+919800000004", APP, null));
    }

    @Test
    void uuidsInBothIdsGiveNoWamidAndAUserIdCustomer() {
        assertThat(onlyEvent(gupshup("bsuid-uuid-ids.json"))).isEqualTo(status("5b6e7f80-0000-4000-8000-000000000006",
                "delivered", Instant.ofEpochSecond(1767225800L), null, "5b6e7f80-0000-4000-8000-000000000006",
                MessageStatus.DELIVERED, "IN.98765432109876543210", APP, null));
    }

    @Test
    void messageEventsThatAreNoStatusAreNoticesOnTheDeliveryTopic() {
        assertThat(onlyEvent(gupshup("deleted.json"))).isEqualTo(new BspNotice(EventId.derive("gupshup", G1, "deleted"),
                Bsp.GUPSHUP, DELIVERY, Instant.ofEpochMilli(1767225901000L), APP, null, "deleted " + G1));
        assertThat(onlyEvent(gupshup("mismatch.json"))).isEqualTo(new BspNotice(
                EventId.derive("gupshup", "3f1c2d4e-0000-4000-8000-000000000007", "mismatch"), Bsp.GUPSHUP, DELIVERY,
                Instant.ofEpochMilli(1767225951000L), APP, null, "mismatch 3f1c2d4e-0000-4000-8000-000000000007"));
    }

    @Test
    void outOfOrderDlrsInABatchAndARepeatHasTheSameId() {
        List<GatewayEvent> events = events(gupshup("out-of-order-with-repeat.json"));
        assertThat(events).extracting(e -> ((StatusEvent) e).status()).containsExactly(MessageStatus.READ,
                MessageStatus.DELIVERED, MessageStatus.SENT, MessageStatus.ACCEPTED, MessageStatus.DELIVERED);
        assertThat(events.get(1).eventId()).isEqualTo(events.get(4).eventId());
        assertThat(events.stream().map(GatewayEvent::eventId).distinct()).hasSize(4);
    }

    @Test
    void inboundTextAndReplies() {
        GatewayEvent text = onlyEvent(gupshup("inbound-text.json"));
        assertThat(text).isEqualTo(inbound("wamid.HBgMOTE5ODAwMDAwMDAxFQIAEhgUSU5CT1VORDAwMDAwMDAwMDAwMQA=",
                1767225800000L, "text", "Where is my order?", null));
        assertThat(text.userInitiated()).isTrue();
        assertThat(onlyEvent(gupshup("inbound-list-reply.json"))).isEqualTo(inbound(
                "wamid.HBgMOTE5ODAwMDAwMDAxFQIAEhgUSU5CT1VORDAwMDAwMDAwMDAwMgA=", 1767225801000L, "list_reply", "Tue 10:00",
                "wamid.HBgMOTE5ODAwMDAwMDAxFQIAERgSTElTVE1TRzAwMDAwMDAwMDEA"));
        assertThat(onlyEvent(gupshup("inbound-button-reply.json"))).isEqualTo(inbound(
                "wamid.HBgMOTE5ODAwMDAwMDAxFQIAEhgUSU5CT1VORDAwMDAwMDAwMDAwMwA=", 1767225802000L, "button_reply", "Yes",
                "wamid.HBgMOTE5ODAwMDAwMDAxFQIAERgSQlROTVNHMDAwMDAwMDAwMDEA"));
    }

    @Test
    void aQuickReplyTapComesAsQuickReplyOrAsText() {
        assertThat(onlyEvent(gupshup("inbound-quick-reply.json"))).isEqualTo(inbound(
                "wamid.HBgMOTE5ODAwMDAwMDAxFQIAEhgUSU5CT1VORDAwMDAwMDAwMDAwNAA=", 1767225803000L, "quick_reply", "Track order", W1));
        assertThat(onlyEvent(gupshup("inbound-quick-reply-as-text.json"))).isEqualTo(inbound(
                "wamid.HBgMOTE5ODAwMDAwMDAxFQIAEhgUSU5CT1VORDAwMDAwMDAwMDAwNQA=", 1767225804000L, "text", "Track order", W1));
    }

    @Test
    void inboundMediaAndLocation() {
        assertThat(onlyEvent(gupshup("inbound-image.json"))).isEqualTo(inbound(
                "wamid.HBgMOTE5ODAwMDAwMDAxFQIAEhgUSU5CT1VORDAwMDAwMDAwMDAwNgA=", 1767225805000L, "image", "damaged box", null));
        assertThat(onlyEvent(gupshup("inbound-file.json"))).isEqualTo(inbound(
                "wamid.HBgMOTE5ODAwMDAwMDAxFQIAEhgUSU5CT1VORDAwMDAwMDAwMDAwNwA=", 1767225806000L, "file", "invoice-4711.pdf", null));
        assertThat(onlyEvent(gupshup("inbound-location.json"))).isEqualTo(inbound(
                "wamid.HBgMOTE5ODAwMDAwMDAxFQIAEhgUSU5CT1VORDAwMDAwMDAwMDAwOAA=", 1767225807000L, "location", "Acme Store", null));
    }

    @Test
    void anInboundMessageFromAUsernameHasTheUserIdAsCustomer() {
        assertThat(onlyEvent(gupshup("inbound-bsuid-only.json"))).isEqualTo(new InboundMessage(
                EventId.derive("gupshup", "wamid.HBgMSU5CT1VORFVTRVJJRBUCABIYFElOQk9VTkQwMDAwMDAwMDAwMDkA", "user_message"),
                Bsp.GUPSHUP, USER_MESSAGE, Instant.ofEpochMilli(1767225808000L),
                "wamid.HBgMSU5CT1VORFVTRVJJRBUCABIYFElOQk9VTkQwMDAwMDAwMDAwMDkA", "IN.98765432109876543210", APP, null,
                "Username Person", "text", "hello from a username", null));
    }

    @Test
    void userEventsAreNoticesNamingTheUser() {
        assertThat(onlyEvent(gupshup("user-event-opted-in.json"))).isEqualTo(new BspNotice(
                EventId.derive("gupshup", "user-event", "opted-in", "919800000001", "1767225900000"), Bsp.GUPSHUP,
                USER_EVENT, Instant.ofEpochMilli(1767225900000L), APP, null, "opted-in +919800000001"));
        assertThat(onlyEvent(gupshup("user-event-opted-out.json"))).isEqualTo(new BspNotice(
                EventId.derive("gupshup", "user-event", "opted-out", "919800000001", "1767225901000"), Bsp.GUPSHUP,
                USER_EVENT, Instant.ofEpochMilli(1767225901000L), APP, null, "opted-out +919800000001"));
        assertThat(((BspNotice) onlyEvent(gupshup("user-event-sandbox-start.json"))).subject())
                .isEqualTo("sandbox-start callbackSetPhone");
    }

    @Test
    void otherCallbackTypesAreNoticesOnTheirOwnTopic() {
        GatewayEvent billing = onlyEvent(gupshup("billing-event.json"));
        assertThat(billing.bspTopic()).isEqualTo(Topic.of("gupshup.billing_event"));
        assertThat(billing.occurredAt()).isEqualTo(Instant.ofEpochMilli(1767225603000L));
        assertThat(billing.businessNumber()).isEqualTo(APP);
    }

    @Test
    void theConnectivityCheckIsRecognizedWithNothingToDo() {
        for (String fixture : List.of("platform-event-v2.json", "platform-event-v3.json")) {
            assertThat(gupshup(fixture)).isInstanceOfSatisfying(Recognized.class, r -> {
                assertThat(r.events()).isEmpty();
                assertThat(r.anyUserInitiated()).isFalse();
            });
        }
    }

    @Test
    void v3GoesThroughTheCloudApiReaderWithGupshupIds() {
        assertThat(onlyEvent(gupshup("v3-enqueued.json"))).isEqualTo(status(G1, "enqueued",
                Instant.ofEpochMilli(1767225600123L), W1, G1, MessageStatus.ACCEPTED, CUSTOMER, APP_ID, null));
        assertThat(onlyEvent(gupshup("v3-delivered.json"))).isEqualTo(status(G1, "delivered",
                Instant.ofEpochSecond(1767225604L), W1, G1, MessageStatus.DELIVERED, CUSTOMER, "+919800099999", null));
        assertThat(onlyEvent(gupshup("v3-failed.json"))).isEqualTo(status("3f1c2d4e-0000-4000-8000-000000000002",
                "failed", Instant.ofEpochSecond(1767225700L),
                "wamid.HBgMOTE5ODAwMDAwMDAyFQIAERgSMDAwMDAwMDAwMDAwMDAwMDAyAA==", "3f1c2d4e-0000-4000-8000-000000000002",
                MessageStatus.FAILED, "+919800000002", "+919800099999", new Failure("131047", "Re-engagement message")));
    }

    @Test
    void v3WithAMetaMsgIdTakesItAsTheWamid() {
        assertThat(onlyEvent(gupshup("v3-bsuid-meta-msg-id.json"))).isEqualTo(status("5b6e7f80-0000-4000-8000-000000000008",
                "read", Instant.ofEpochSecond(1767225700L), "wamid.HBgMQlNVSURNRVRBTVNHSUQVAgARGBIwMDAwMDAwMDAwMDAwMDAwMDgA",
                "5b6e7f80-0000-4000-8000-000000000008", MessageStatus.READ, "IN.98765432109876543210", "+919800099999", null));
    }

    @Test
    void v3Inbound() {
        assertThat(onlyEvent(gupshup("v3-inbound-text.json"))).isEqualTo(new InboundMessage(
                EventId.derive("gupshup", "wamid.HBgMOTE5ODAwMDAwMDAxFQIAEhgUVjNJTkJPVU5EMDAwMDAwMDAwMDEA", "user_message"),
                Bsp.GUPSHUP, USER_MESSAGE, Instant.ofEpochSecond(1767225800L),
                "wamid.HBgMOTE5ODAwMDAwMDAxFQIAEhgUVjNJTkJPVU5EMDAwMDAwMDAwMDEA", CUSTOMER, "+919800099999", null,
                "Test User", "text", "Where is my order?", null));
    }

    @Test
    void theSameStatusInV2AndV3IsOneEvent() {
        assertThat(onlyEvent(gupshup("v3-delivered.json")).eventId()).isEqualTo(onlyEvent(gupshup("delivered.json")).eventId());
        assertThat(onlyEvent(gupshup("v3-enqueued.json")).eventId()).isEqualTo(onlyEvent(gupshup("enqueued.json")).eventId());
    }

    @Test
    void aRepeatedBodyYieldsTheSameEventIds() {
        for (String fixture : List.of("out-of-order-with-repeat.json", "user-event-opted-in.json", "billing-event.json",
                "inbound-text.json", "v3-delivered.json")) {
            assertThat(events(gupshup(fixture))).extracting(GatewayEvent::eventId)
                    .isEqualTo(events(gupshup(fixture)).stream().map(GatewayEvent::eventId).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"app\":\"A\",\"timestamp\":1}",
            "{\"app\":\"A\",\"type\":7,\"payload\":{}}",
            "{\"app\":\"A\",\"type\":\"message-event\"}",
            "{\"app\":\"A\",\"type\":\"message-event\",\"payload\":{\"type\":\"sent\"}}",
            "{\"app\":\"A\",\"type\":\"message-event\",\"payload\":{\"id\":\"x\"}}",
    })
    void shapesNoRuleKnowsAreUnrecognized(String body) {
        assertThat(normalizer.normalize(envelopeOf(Bsp.GUPSHUP, body))).isInstanceOf(Unrecognized.class);
    }

    @Test
    void theReasonSaysWhatIsMissing() {
        assertThat(reasonOf(normalizer.normalize(envelopeOf(Bsp.GUPSHUP, "{\"app\":\"A\",\"type\":\"message\"}"))))
                .isEqualTo("a Gupshup message callback without a payload object");
    }
}
