package zen.gateway.application.port.outbound.send;

import java.time.Instant;
import java.util.Objects;
import zen.gateway.domain.send.SendProvider;
import zen.gateway.domain.send.SendState;

/**
 * One message the gateway was asked to send, from the request to the provider's answer. Created {@code queued}
 * before anything goes out, so that the provider's id and any early webhook have a record to join.
 *
 * @param priority       {@link #SINGLE} for a send of the send API, {@link #CAMPAIGN} for one of a campaign: due sends
 *                       of a higher priority go first, as user-initiated webhooks go before campaign statuses
 * @param idempotencyKey the caller's {@code Idempotency-Key}, unique per project while it is kept; null without one
 * @param dueAt          when a worker should look at it next: a queued send's earliest send time, an unknown one's
 *                       deadline before it fails with {@code outcome_unknown}, a sending one's lease
 * @param failure        why it failed, null unless {@code FAILED}
 */
public record SendRecord(
        String messageId,
        String projectOwnerId,
        String senderId,
        SendProvider provider,
        String from,
        String to,
        MessageContent content,
        String campaignId,
        String reference,
        int priority,
        String idempotencyKey,
        SendState state,
        String wamid,
        String bspMessageId,
        String providerStatus,
        SendFailure failure,
        int attempts,
        Instant dueAt,
        Instant createdAt,
        Instant updatedAt) {

    public static final int SINGLE = 1;
    public static final int CAMPAIGN = 0;

    public SendRecord {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(projectOwnerId, "projectOwnerId");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new queued send of the send API. */
    public static SendRecord queued(String messageId, String projectOwnerId, String senderId, SendProvider provider,
            String from, String to, MessageContent content, String campaignId, String reference, String idempotencyKey,
            Instant dueAt, Instant now) {
        return new SendRecord(messageId, projectOwnerId, senderId, provider, from, to, content, campaignId, reference,
                SINGLE, idempotencyKey, SendState.QUEUED, null, null, null, null, 0, dueAt, now, now);
    }

    /** The same send with another priority. */
    public SendRecord withPriority(int value) {
        return new SendRecord(messageId, projectOwnerId, senderId, provider, from, to, content, campaignId, reference,
                value, idempotencyKey, state, wamid, bspMessageId, providerStatus, failure, attempts, dueAt, createdAt,
                updatedAt);
    }

    /** The next state, due at {@code due}; ids and failure as given (null keeps none). */
    public SendRecord moved(SendState next, String nextWamid, String nextBspId, String nextProviderStatus,
            SendFailure nextFailure, int nextAttempts, Instant due, Instant now) {
        return new SendRecord(messageId, projectOwnerId, senderId, provider, from, to, content, campaignId, reference,
                priority, idempotencyKey, next, nextWamid, nextBspId, nextProviderStatus, nextFailure, nextAttempts, due,
                createdAt, now);
    }

    /** Back to {@code queued}, to be tried again at {@code due} (throttled, or nothing reached the provider). */
    public SendRecord requeued(Instant due, Instant now) {
        return moved(SendState.QUEUED, wamid, bspMessageId, providerStatus, null, attempts, due, now);
    }

    public SendRecord failed(SendFailure why, Instant now) {
        return moved(SendState.FAILED, wamid, bspMessageId, providerStatus, why, attempts, now, now);
    }
}
