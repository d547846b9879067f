package zen.gateway.application.port.inbound.send;

import java.time.Instant;
import zen.gateway.domain.send.SendProvider;
import zen.gateway.domain.send.SendState;

/**
 * A message the gateway was asked to send, as callers see it: the request, where the send stands, and the
 * provider's answer.
 *
 * @param type            {@code text} or {@code template}
 * @param templateName    null for a text
 * @param failure         why it failed, or why its outcome is unknown; null otherwise
 */
public record SentMessage(
        String messageId,
        String projectOwnerId,
        SendProvider provider,
        SendState state,
        String type,
        String templateName,
        String templateLanguage,
        String from,
        String to,
        String reference,
        String campaignId,
        String wamid,
        String bspMessageId,
        String providerStatus,
        Failure failure,
        int attempts,
        Instant createdAt,
        Instant updatedAt) {

    /** The provider's code and words (or the gateway's, such as {@code outcome_unknown}), and whether a retry could help. */
    public record Failure(String code, String reason, boolean retryable) {}
}
