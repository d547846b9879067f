package zen.gateway.application.port.outbound.send;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import zen.gateway.domain.send.SendState;

/**
 * {@code message_sends}: one record per message the gateway was asked to send, found by our message id, the wamid,
 * or the provider's id, and by the caller's idempotency key. Thread-safe.
 */
public interface SendStore {

    /**
     * Inserts the record. When its project already has a send under the same idempotency key, inserts nothing and
     * returns that send instead: two requests racing with one key make one send.
     */
    Optional<SendRecord> insert(SendRecord record);

    Optional<SendRecord> find(String messageId);

    /** The send whose message id, wamid or provider message id is {@code id}. */
    Optional<SendRecord> findByAnyId(String id);

    Optional<SendRecord> findByIdempotencyKey(String projectOwnerId, String idempotencyKey);

    /**
     * Replaces the stored record with {@code next} if it is still in state {@code expected}: false when another
     * writer (a worker on another node, a webhook settling it) moved it first, and then nothing changed.
     */
    boolean replace(SendRecord next, SendState expected);

    /** Up to {@code limit} sends in this state due at or before {@code now}, earliest due first. */
    List<SendRecord> due(SendState state, Instant now, int limit);

    /** Lets the idempotency key of this send be used again (keys are kept for a while, not for ever). */
    void forgetIdempotencyKey(String messageId);
}
