package zen.gateway.application.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.normalize.Fixtures.RECEIVED_AT;
import static zen.gateway.application.normalize.Fixtures.envelope;
import static zen.gateway.application.normalize.Fixtures.envelopeOf;
import static zen.gateway.application.normalize.Fixtures.onlyEvent;
import static zen.gateway.application.normalize.Fixtures.reasonOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zen.gateway.application.normalize.Normalization.Malformed;
import zen.gateway.application.normalize.Normalization.Recognized;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.event.EventId;
import zen.gateway.domain.event.GatewayEvent;
import zen.gateway.domain.event.InboundMessage;
import zen.gateway.domain.event.StatusEvent;
import zen.gateway.domain.event.Topic;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageStatus;

class TwilioNormalizerTest {

    private static final Topic DELIVERY = Topic.of("twilio.delivery");
    private static final Topic USER_MESSAGE = Topic.of("twilio.user_message");
    private static final String BUSINESS = "+15550001111";
    private static final String CUSTOMER = "+15550002222";
    private static final String SENT_SID = "SM0000000000000000000000000000abcd";

    private final TwilioNormalizer normalizer = new TwilioNormalizer();

    private Normalization twilio(String fixture) {
        return normalizer.normalize(envelope(Bsp.TWILIO, "twilio/" + fixture));
    }

    private static StatusEvent status(String sid, String word, MessageStatus status, String customer, String business,
            Failure failure) {
        return new StatusEvent(EventId.derive("twilio", sid, word), Bsp.TWILIO, DELIVERY, RECEIVED_AT, null, sid, status,
                customer, business, null, null, failure);
    }

    private static InboundMessage inbound(String sid, String type, String text, String replyTo) {
        return new InboundMessage(EventId.derive("twilio", sid, "user_message"), Bsp.TWILIO, USER_MESSAGE, RECEIVED_AT, sid,
                CUSTOMER, BUSINESS, null, "Test User", type, text, replyTo);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", value = {
            "status-sent.form       | SM0000000000000000000000000000abcd | sent      | SENT      | +15550002222",
            "status-delivered.form  | SM0000000000000000000000000000abcd | delivered | DELIVERED | +15550002222",
            "status-read.form       | SM0000000000000000000000000000abcd | read      | READ      | +15550002222",
            "status-queued.form     | SM0000000000000000000000000000abd0 | queued    | ACCEPTED  | +15550005555",
            "status-sending.form    | SM0000000000000000000000000000abd0 | sending   | ACCEPTED  | +15550005555",
    })
    void statusCallbacksFromTheBusinessToTheCustomer(String fixture, String sid, String word, MessageStatus status,
            String customer) {
        assertThat(onlyEvent(twilio(fixture))).isEqualTo(status(sid, word, status, customer, BUSINESS, null));
    }

    @Test
    void undeliveredIsAFailureWithTheChannelsMessage() {
        assertThat(onlyEvent(twilio("status-undelivered.form"))).isEqualTo(status(
                "SM0000000000000000000000000000abce", "undelivered", MessageStatus.FAILED, "+15550003333", BUSINESS,
                new Failure("63016", "Failed to send freeform message because you are outside the allowed window.")));
    }

    @Test
    void failedCarriesTheErrorCode() {
        assertThat(onlyEvent(twilio("status-failed.form"))).isEqualTo(status(
                "SM0000000000000000000000000000abcf", "failed", MessageStatus.FAILED, "+15550004444", BUSINESS,
                new Failure("63024", null)));
    }

    @Test
    void aMessagingServiceStatusHasNoSenderYet() {
        assertThat(onlyEvent(twilio("status-accepted.form"))).isEqualTo(status(
                "SM0000000000000000000000000000abd1", "accepted", MessageStatus.ACCEPTED, "+15550005556", null, null));
        assertThat(onlyEvent(twilio("status-canceled.form"))).isEqualTo(status(
                "SM0000000000000000000000000000abd2", "canceled", MessageStatus.FAILED, "+15550005557", null,
                new Failure(null, "canceled")));
    }

    @Test
    void anEventTypeWithoutStatusIsTheSameEventAsTheStatus() {
        assertThat(onlyEvent(twilio("event-type-only-read.form"))).isEqualTo(onlyEvent(twilio("status-read.form")));
    }

    @Test
    void statusesOfOneMessageAreDifferentEventsAndARepeatIsTheSame() {
        List<EventId> ids = List.of("status-sent.form", "status-delivered.form", "status-read.form").stream()
                .map(f -> onlyEvent(twilio(f)).eventId()).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(onlyEvent(twilio("status-delivered.form")).eventId()).isEqualTo(ids.get(1));
    }

    @Test
    void thePayloadIsTheParametersAsJson() {
        JsonNode payload = ((Recognized) twilio("status-delivered.form")).events().get(0).payload();
        assertThat(payload.path("To").asText()).isEqualTo("whatsapp:+15550002222");
        assertThat(payload.path("ChannelToAddress").asText()).isEqualTo("+15550002222");
        assertThat(payload.path("EventType").asText()).isEqualTo("DELIVERED");
        assertThat(payload.size()).isEqualTo(13);
    }

    @Test
    void aRepeatedParameterKeepsEveryValue() {
        Normalization result = normalizer.normalize(envelopeOf(Bsp.TWILIO, "MessageSid=SM1&MessageStatus=sent&Tag=a&Tag=b+c"));
        assertThat(((Recognized) result).events().get(0).payload().path("Tag").toString()).isEqualTo("[\"a\",\"b c\"]");
    }

    @Test
    void inboundTextButtonAndInteractive() {
        GatewayEvent text = onlyEvent(twilio("inbound-text.form"));
        assertThat(text).isEqualTo(inbound("SM0000000000000000000000000000ef00", "text", "Hi, where is my order?", null));
        assertThat(text.userInitiated()).isTrue();
        assertThat(onlyEvent(twilio("inbound-button.form"))).isEqualTo(inbound(
                "SM0000000000000000000000000000ef01", "button", "Confirm", SENT_SID));
        assertThat(onlyEvent(twilio("inbound-interactive-list.form"))).isEqualTo(inbound(
                "SM0000000000000000000000000000ef04", "interactive", "Tue 10:00", "SM0000000000000000000000000000abc9"));
    }

    @Test
    void inboundMediaAndLocation() {
        InboundMessage image = (InboundMessage) onlyEvent(twilio("inbound-image.form"));
        assertThat(image).usingRecursiveComparison().ignoringFields("mediaId", "mimeType").isEqualTo(inbound(
                "MM0000000000000000000000000000ef02", "image", "damaged box", null));
        // Twilio names media by the URL of its Media resource: that URL is the id (the media itself is not fetched)
        assertThat(image.mediaId()).endsWith("/Messages/MM0000000000000000000000000000ef02/Media/ME00000000000000000000000000000003");
        assertThat(image.mimeType()).isEqualTo("image/jpeg");
        assertThat(onlyEvent(twilio("inbound-document-without-message-type.form"))).usingRecursiveComparison()
                .ignoringFields("mediaId", "mimeType").isEqualTo(inbound("MM0000000000000000000000000000ef05", "document", null, null));
        assertThat(onlyEvent(twilio("inbound-location.form"))).isEqualTo(inbound(
                "SM0000000000000000000000000000ef03", "location", "Acme HQ", null));
    }

    @Test
    void aClickToWhatsAppReferralKeepsItsParametersInThePayload() {
        Normalization result = twilio("inbound-click-to-whatsapp-referral.form");
        assertThat(onlyEvent(result)).isEqualTo(inbound("SM0000000000000000000000000000ef06", "text", "I saw your ad", null));
        assertThat(((Recognized) result).events().get(0).payload().path("ReferralHeadline").asText()).isEqualTo("50% off");
    }

    @Test
    void anUnknownStatusIsUnrecognized() {
        assertThat(reasonOf(twilio("status-unknown.form"))).isEqualTo("unknown MessageStatus \"partially_delivered\"");
    }

    @Test
    void formParametersWithoutAMessageSidAreUnrecognized() {
        assertThat(reasonOf(normalizer.normalize(envelopeOf(Bsp.TWILIO, "CallSid=CA1&CallStatus=ringing"))))
                .isEqualTo("no MessageSid: not a Twilio messaging webhook");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", value = {
            "JSON object             | '{\"MessageSid\":\"SM1\"}'             | body is JSON, not form-encoded parameters",
            "JSON array              | ' [1]'                                  | body is JSON, not form-encoded parameters",
            "bad percent escape      | MessageSid=SM1&MessageStatus=%zz        | parameter 1 has an invalid percent-escape",
            "cut percent escape      | MessageSid=SM1&Body=%4                  | parameter 1 has an invalid percent-escape",
            "invalid UTF-8 escaped   | MessageSid=SM1&Body=%C3%28              | parameter 1 is not valid UTF-8 once decoded",
            "no name                 | =SM1                                    | parameter 0 has no name",
            "empty                   | ''                                      | body is empty",
    })
    void bodiesThatAreNotFormEncodingAreMalformed(String name, String body, String reason) {
        assertThat(normalizer.normalize(envelopeOf(Bsp.TWILIO, body)))
                .isInstanceOfSatisfying(Malformed.class, m -> assertThat(m.reason()).isEqualTo(reason));
    }

    @Test
    void nonAsciiParametersAreDecodedAsUtf8() {
        Normalization result = normalizer.normalize(envelopeOf(Bsp.TWILIO,
                "MessageSid=SM9&SmsStatus=received&Body=%E0%A4%A8%E0%A4%AE%E0%A4%B8%E0%A5%8D%E0%A4%A4%E0%A5%87+%F0%9F%91%8B&From=whatsapp%3A%2B919800000001"));
        assertThat(((InboundMessage) onlyEvent(result)).text()).isEqualTo("नमस्ते 👋");
    }
}
