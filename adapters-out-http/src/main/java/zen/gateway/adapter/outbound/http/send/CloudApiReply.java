package zen.gateway.adapter.outbound.http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.domain.send.MetaErrorCodes;
import zen.gateway.domain.send.SendErrorClass;

/** Reads the Cloud API's replies (meta-cloud-api.md §3 and §4), which 360dialog and AiSensy's Project API share. */
final class CloudApiReply {

    /** The first message of a success reply: its id and, when given, its {@code message_status}. */
    record SentMessage(String id, String status) {}

    private CloudApiReply() {}

    static SentMessage sentMessage(Reply reply) {
        JsonNode message = reply.json().path("messages").path(0);
        return new SentMessage(Json.text(message, "id"), Json.text(message, "message_status"));
    }

    /**
     * The outcome of Meta's error envelope, classified on {@code error.code} as Meta advises (§4), or empty when the
     * body has no envelope.
     */
    static Optional<SendOutcome> error(Reply reply) {
        JsonNode error = reply.json().path("error");
        if (!error.isObject()) {
            return Optional.empty();
        }
        JsonNode code = error.path("code");
        SendErrorClass meaning = code.canConvertToInt()
                ? MetaErrorCodes.classify(code.asInt()).orElseGet(() -> HttpStatusFallback.classify(reply.status()))
                : HttpStatusFallback.classify(reply.status());
        String reason = Outcomes.reason(reply, Json.text(error, "message"), Json.text(error.path("error_data"), "details"));
        return Optional.of(Outcomes.of(meaning, code.canConvertToInt() ? code.asText() : null, reason, reply.retryAfter()));
    }
}
