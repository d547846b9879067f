package zen.gateway.bootstrap;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.application.port.outbound.send.SendStore;
import zen.gateway.domain.send.SendState;

/**
 * The send store with every claim ({@code queued → sending}) made durable before the worker sends: the embedded H2
 * store writes its commits to disk within a second, and a claim lost to a {@code kill -9} left the send queued, so
 * it went out a second time after the restart (CampaignCrashIT saw one number of 600 requested twice). A no-op on
 * PostgreSQL and MongoDB, whose commits are durable already. Thread-safe.
 */
final class DurableSendClaims implements SendStore {

    private final SendStore sends;
    private final Runnable makeDurable;

    DurableSendClaims(SendStore sends, Runnable makeDurable) {
        this.sends = sends;
        this.makeDurable = makeDurable;
    }

    @Override
    public boolean replace(SendRecord next, SendState expected) {
        boolean replaced = sends.replace(next, expected);
        if (replaced && next.state() == SendState.SENDING) {
            makeDurable.run();
        }
        return replaced;
    }

    @Override
    public Optional<SendRecord> insert(SendRecord record) {
        return sends.insert(record);
    }

    @Override
    public Optional<SendRecord> find(String messageId) {
        return sends.find(messageId);
    }

    @Override
    public Optional<SendRecord> findByAnyId(String id) {
        return sends.findByAnyId(id);
    }

    @Override
    public Optional<SendRecord> findByIdempotencyKey(String projectOwnerId, String idempotencyKey) {
        return sends.findByIdempotencyKey(projectOwnerId, idempotencyKey);
    }

    @Override
    public List<SendRecord> due(SendState state, Instant now, int limit) {
        return sends.due(state, now, limit);
    }

    @Override
    public void forgetIdempotencyKey(String messageId) {
        sends.forgetIdempotencyKey(messageId);
    }
}
