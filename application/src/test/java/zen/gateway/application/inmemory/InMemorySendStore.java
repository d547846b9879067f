package zen.gateway.application.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import zen.gateway.application.port.outbound.campaigns.SenderReach;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.application.port.outbound.send.SendStore;
import zen.gateway.domain.send.SendState;

/** A {@link SendStore} in memory, which counts its senders' reach too. Thread-safe. */
public final class InMemorySendStore implements SendStore, SenderReach {

    @Override
    public synchronized long recipientsReached(String senderId, Instant since) {
        return byId.values().stream()
                .filter(r -> r.senderId().equals(senderId) && r.createdAt().isAfter(since) && r.state() != SendState.FAILED
                        && r.content() instanceof MessageContent.Template)
                .map(SendRecord::to).distinct().count();
    }

    private final Map<String, SendRecord> byId = new LinkedHashMap<>();

    @Override
    public synchronized Optional<SendRecord> insert(SendRecord record) {
        if (record.idempotencyKey() != null) {
            Optional<SendRecord> holder = findByIdempotencyKey(record.projectOwnerId(), record.idempotencyKey());
            if (holder.isPresent()) {
                return holder;
            }
        }
        if (byId.putIfAbsent(record.messageId(), record) != null) {
            throw new IllegalStateException("a send with message id " + record.messageId() + " exists already");
        }
        return Optional.empty();
    }

    @Override
    public synchronized Optional<SendRecord> find(String messageId) {
        return Optional.ofNullable(byId.get(messageId));
    }

    @Override
    public synchronized Optional<SendRecord> findByAnyId(String id) {
        return find(id).or(() -> byId.values().stream()
                .filter(r -> id.equals(r.wamid()) || id.equals(r.bspMessageId()))
                .findFirst());
    }

    @Override
    public synchronized Optional<SendRecord> findByIdempotencyKey(String projectOwnerId, String idempotencyKey) {
        return byId.values().stream()
                .filter(r -> r.projectOwnerId().equals(projectOwnerId) && idempotencyKey.equals(r.idempotencyKey()))
                .findFirst();
    }

    @Override
    public synchronized boolean replace(SendRecord next, SendState expected) {
        SendRecord stored = byId.get(next.messageId());
        if (stored == null || stored.state() != expected) {
            return false;
        }
        // the key is the store's to forget, not a writer's to change
        byId.put(next.messageId(), withKey(next, stored.idempotencyKey()));
        return true;
    }

    @Override
    public synchronized List<SendRecord> due(SendState state, Instant now, int limit) {
        return byId.values().stream()
                .filter(r -> r.state() == state && !r.dueAt().isAfter(now))
                .sorted(Comparator.comparingInt(SendRecord::priority).reversed().thenComparing(SendRecord::dueAt)
                        .thenComparing(SendRecord::messageId))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void forgetIdempotencyKey(String messageId) {
        byId.computeIfPresent(messageId, (id, r) -> withKey(r, null));
    }

    private static SendRecord withKey(SendRecord r, String key) {
        if (Objects.equals(r.idempotencyKey(), key)) {
            return r;
        }
        return new SendRecord(r.messageId(), r.projectOwnerId(), r.senderId(), r.provider(), r.from(), r.to(),
                r.content(), r.campaignId(), r.reference(), r.priority(), key, r.state(), r.wamid(), r.bspMessageId(),
                r.providerStatus(), r.failure(), r.attempts(), r.dueAt(), r.createdAt(), r.updatedAt());
    }
}
