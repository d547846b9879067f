package zen.gateway.application.normalize;

import static zen.gateway.application.normalize.Fields.first;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import zen.gateway.application.normalize.FormBody.MalformedFormException;
import zen.gateway.application.normalize.Normalization.Malformed;
import zen.gateway.application.normalize.Normalization.Recognized;
import zen.gateway.application.normalize.Normalization.Unrecognized;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.event.EventId;
import zen.gateway.domain.event.InboundMessage;
import zen.gateway.domain.event.StatusEvent;
import zen.gateway.domain.ingest.InboundEnvelope;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageStatus;

/**
 * Twilio Programmable Messaging (WhatsApp) status callbacks and inbound messages, both form-encoded. The payload is a
 * JSON object of the parameters (a repeated name becomes an array). Twilio gives no wamid and no time: the event's
 * id is Twilio's {@code MessageSid} and its time is when the gateway received it. Stateless and thread-safe.
 *
 * <p>Event ids: a status is (bsp, MessageSid, MessageStatus, or EventType when there is no status); an inbound
 * message is (bsp, MessageSid).
 */
public final class TwilioNormalizer implements BspNormalizer {

    private static final Bsp BSP = Bsp.TWILIO;
    private static final StatusVocabulary STATUSES = StatusVocabulary.standard()
            .with("queued", MessageStatus.ACCEPTED)
            .with("scheduled", MessageStatus.ACCEPTED)
            .with("sending", MessageStatus.ACCEPTED)
            .with("undelivered", MessageStatus.FAILED)
            // a cancelled scheduled message will never be sent: for its sender that is a failure
            .with("canceled", MessageStatus.FAILED);
    private static final Set<String> INBOUND_STATUSES = Set.of("received", "receiving");

    /**
     * Where ingest keeps the gateway's message id that a send put on its per-message status callback URL: Twilio
     * echoes nothing in the body, only calls the URL it was given.
     */
    public static final String ECHO_HEADER = "x-zen-message-id";

    /** The query parameter of the status callback URL that carries the gateway's message id. */
    public static final String ECHO_PARAMETER = "zen_message_id";

    @Override
    public Normalization normalize(InboundEnvelope envelope) {
        return JsonBodies.guarded(() -> {
            Map<String, List<String>> parameters;
            try {
                parameters = FormBody.parse(envelope.body());
            } catch (MalformedFormException e) {
                return new Malformed(e.getMessage());
            }
            if (parameters.isEmpty()) {
                return new Malformed("body is empty");
            }
            return read(new Parameters(parameters), envelope.receivedAt(), envelope.headers().get(ECHO_HEADER));
        });
    }

    /** Form parameters by name, and the same as the JSON payload customers get. */
    private record Parameters(Map<String, List<String>> byName) {

        String get(String name) {
            List<String> values = byName.get(name);
            if (values == null || values.isEmpty() || values.get(0).isBlank()) {
                return null;
            }
            return values.get(0).strip();
        }

        ObjectNode toJson() {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            byName.forEach((name, values) -> {
                if (values.size() == 1) {
                    json.put(name, values.get(0));
                } else {
                    ArrayNode array = json.putArray(name);
                    values.forEach(array::add);
                }
            });
            return json;
        }
    }

    private Normalization read(Parameters parameters, Instant receivedAt, String echo) {
        String sid = first(parameters.get("MessageSid"), parameters.get("SmsSid"), parameters.get("SmsMessageSid"));
        if (sid == null) {
            return new Unrecognized("no MessageSid: not a Twilio messaging webhook");
        }
        String statusWord = first(parameters.get("MessageStatus"), parameters.get("SmsStatus"));
        String eventType = parameters.get("EventType");
        boolean inbound = statusWord != null
                ? INBOUND_STATUSES.contains(StatusVocabulary.key(statusWord))
                : eventType == null && (parameters.get("Body") != null || parameters.get("NumMedia") != null
                        || parameters.get("WaId") != null);
        return inbound ? inbound(parameters, sid, receivedAt) : status(parameters, sid, first(statusWord, eventType), receivedAt, echo);
    }

    private Normalization status(Parameters parameters, String sid, String word, Instant receivedAt, String echo) {
        if (word == null) {
            return new Unrecognized("neither MessageStatus nor EventType");
        }
        Optional<MessageStatus> status = STATUSES.statusOf(word);
        if (status.isEmpty()) {
            return new Unrecognized("unknown MessageStatus \"" + JsonBodies.shorten(word) + "\"");
        }
        Failure failure = null;
        if (status.get() == MessageStatus.FAILED) {
            String failedWord = StatusVocabulary.key(word);
            failure = Failures.of(parameters.get("ErrorCode"),
                    first(parameters.get("ChannelStatusMessage"), "failed".equals(failedWord) ? null : failedWord));
        }
        StatusEvent event = new StatusEvent(
                EventId.derive(BSP.id(), sid, StatusVocabulary.key(word)),
                BSP,
                BSP.topic(BspTopics.DELIVERY),
                receivedAt,
                null,
                sid,
                status.get(),
                PhoneNumbers.canonical(first(parameters.get("To"), parameters.get("ChannelToAddress"))),
                PhoneNumbers.canonical(parameters.get("From")),
                null,
                null,
                failure,
                echo);
        return new Recognized(List.of(new NormalizedEvent(event, parameters.toJson())));
    }

    private Normalization inbound(Parameters parameters, String sid, Instant receivedAt) {
        String waId = parameters.get("WaId");
        InboundMessage event = new InboundMessage(
                EventId.derive(BSP.id(), sid, BspTopics.USER_MESSAGE),
                BSP,
                BSP.topic(BspTopics.USER_MESSAGE),
                receivedAt,
                sid,
                PhoneNumbers.canonical(first(parameters.get("From"), waId == null ? null : "+" + waId)),
                PhoneNumbers.canonical(parameters.get("To")),
                null,
                parameters.get("ProfileName"),
                Fields.lowerCase(first(parameters.get("MessageType"), mediaKind(parameters),
                        parameters.get("Body") != null ? "text" : null)),
                first(parameters.get("Body"), parameters.get("ButtonText"), parameters.get("Label"), parameters.get("Address")),
                parameters.get("OriginalRepliedMessageSid"));
        return new Recognized(List.of(new NormalizedEvent(event, parameters.toJson())));
    }

    /**
     * The kind of the first attachment in WhatsApp's words ({@code image} for {@code image/jpeg}, {@code document} for
     * a PDF): older inbound webhooks name no MessageType.
     */
    private static String mediaKind(Parameters parameters) {
        String contentType = Fields.lowerCase(parameters.get("MediaContentType0"));
        if (contentType == null) {
            return null;
        }
        for (String kind : List.of("image", "video", "audio")) {
            if (contentType.startsWith(kind + "/")) {
                return kind;
            }
        }
        return "document";
    }
}
