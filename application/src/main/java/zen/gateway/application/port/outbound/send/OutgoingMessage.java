package zen.gateway.application.port.outbound.send;

import java.net.URI;
import java.util.Objects;

/**
 * One message to one recipient. The sender is the account's business number, so it is not repeated here.
 *
 * @param messageId      the gateway's id for the message, sent wherever the provider echoes a value back in its
 *                       status webhooks (Meta and 360dialog {@code biz_opaque_callback_data}, Karix
 *                       {@code cust_ref}); at most 128 characters
 * @param to             the recipient in E.164 ({@code +919800000001})
 * @param statusCallback Twilio only: the per-message status callback URL, which should carry {@code messageId} so
 *                       callbacks can be matched before the SID is known. Null for the account's default
 */
public record OutgoingMessage(String messageId, String to, MessageContent content, URI statusCallback) {

    static final int MAX_ID_LENGTH = 128;

    public OutgoingMessage {
        if (messageId == null || messageId.isBlank() || messageId.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("messageId must have 1 to " + MAX_ID_LENGTH + " characters");
        }
        E164.require(to, "to");
        Objects.requireNonNull(content, "content");
        if (statusCallback != null && !(statusCallback.isAbsolute() && statusCallback.getHost() != null
                && ("https".equalsIgnoreCase(statusCallback.getScheme()) || "http".equalsIgnoreCase(statusCallback.getScheme())))) {
            throw new IllegalArgumentException("statusCallback must be an absolute http(s) URL, not " + statusCallback);
        }
    }

    public OutgoingMessage(String messageId, String to, MessageContent content) {
        this(messageId, to, content, null);
    }
}
