package zen.gateway.application.send;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import zen.gateway.application.port.outbound.send.SendRecord;

/**
 * Callers of {@code "wait": true} waiting on this node for the provider's answer to their send. A send worked off by
 * another node never completes here: the caller's wait runs out and it gets the queued answer. Thread-safe.
 */
public final class SendWaiters {

    private final Map<String, CompletableFuture<SendRecord>> waiting = new ConcurrentHashMap<>();

    CompletableFuture<SendRecord> register(String messageId) {
        return waiting.computeIfAbsent(messageId, id -> new CompletableFuture<>());
    }

    void forget(String messageId, CompletableFuture<SendRecord> future) {
        waiting.remove(messageId, future);
    }

    void settled(SendRecord record) {
        CompletableFuture<SendRecord> future = waiting.remove(record.messageId());
        if (future != null) {
            future.complete(record);
        }
    }
}
