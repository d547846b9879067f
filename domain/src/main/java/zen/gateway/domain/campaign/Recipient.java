package zen.gateway.domain.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One number of a campaign's list, unique per campaign.
 *
 * @param phone      E.164
 * @param parameters the template's body parameters in order
 * @param line       where it was in its upload (1 is the first recipient line), for the caller's own reference
 * @param messageId  the send's id once handed out, else null
 * @param error      why it failed before it reached the send queue, else null
 */
public record Recipient(
        String campaignId,
        String phone,
        List<String> parameters,
        long line,
        RecipientStatus status,
        String messageId,
        String wamid,
        String error,
        Instant updatedAt) {

    public Recipient {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    public static Recipient pending(String campaignId, String phone, List<String> parameters, long line, Instant now) {
        return new Recipient(campaignId, phone, parameters, line, RecipientStatus.PENDING, null, null, null, now);
    }

    public static Recipient optedOut(String campaignId, String phone, List<String> parameters, long line, Instant now) {
        return new Recipient(campaignId, phone, parameters, line, RecipientStatus.OPTED_OUT, null, null, null, now);
    }
}
