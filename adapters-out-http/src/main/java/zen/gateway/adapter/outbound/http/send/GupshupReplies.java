package zen.gateway.adapter.outbound.http.send;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import zen.gateway.domain.send.SendErrorClass;

/**
 * The words of Gupshup's synchronous errors (bsp/send/gupshup.md §4): {@code {"status":"error","message":...}},
 * no code. Its numeric codes only come in webhooks ({@link zen.gateway.domain.send.GupshupErrorCodes}).
 */
final class GupshupReplies {

    private static final Map<String, SendErrorClass> MESSAGES = Map.of(
            "invalid destination", SendErrorClass.PERMANENT, // HTTP 400
            // The app name does not belong to the key: every send of this sender fails alike.
            "invalid app details", SendErrorClass.SENDER_BLOCKED, // HTTP 400
            "authentication failed", SendErrorClass.SENDER_BLOCKED, // HTTP 401
            "too many requests", SendErrorClass.THROTTLED); // HTTP 429, documented on partner endpoints

    private GupshupReplies() {}

    static Optional<SendErrorClass> classify(String message) {
        return message == null ? Optional.empty()
                : Optional.ofNullable(MESSAGES.get(message.strip().toLowerCase(Locale.ROOT)));
    }
}
