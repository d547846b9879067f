package zen.gateway.adapter.outbound.jdbc;

import static zen.gateway.adapter.outbound.jdbc.Columns.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import zen.gateway.application.port.outbound.send.SendContents;
import zen.gateway.application.port.outbound.send.SendFailure;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.application.port.outbound.send.SendStore;
import zen.gateway.domain.send.SendProvider;
import zen.gateway.domain.send.SendState;

/** {@link SendStore} on {@code message_sends}. Thread-safe. */
final class JdbcSendStore implements SendStore {

    private static final String COLUMNS = "message_id, project_owner_id, sender_id, provider, from_number, to_number, "
            + "content, campaign_id, reference, priority, idempotency_key, state, wamid, bsp_message_id, provider_status, "
            + "failure_code, failure_reason, failure_retryable, attempts, due_at, created_at, updated_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM message_sends";

    private final Jdbi jdbi;

    JdbcSendStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<SendRecord> insert(SendRecord record) {
        // a key another send holds (or takes at this moment) makes no row; a repeated message id is a caller's bug
        int inserted = jdbi.withHandle(handle -> bind(handle.createUpdate("INSERT INTO message_sends (" + COLUMNS
                + ") VALUES (:messageId, :project, :senderId, :provider, :from, :to, :content, :campaignId, :reference, "
                + ":priority, :key, :state, :wamid, :bspId, :providerStatus, :failureCode, :failureReason, :failureRetryable, "
                + ":attempts, :dueAt, :createdAt, :updatedAt) ON CONFLICT DO NOTHING"), record).execute());
        if (inserted == 1) {
            return Optional.empty();
        }
        Optional<SendRecord> holder = record.idempotencyKey() == null ? Optional.empty()
                : findByIdempotencyKey(record.projectOwnerId(), record.idempotencyKey());
        return Optional.of(holder.orElseThrow(
                () -> new IllegalStateException("a send with message id " + record.messageId() + " exists already")));
    }

    private static <S extends SqlStatement<S>> S bind(S statement, SendRecord r) {
        SendFailure failure = r.failure();
        return statement.bind("messageId", r.messageId())
                .bind("project", r.projectOwnerId())
                .bind("senderId", r.senderId())
                .bind("provider", r.provider().id())
                .bind("from", r.from())
                .bind("to", r.to())
                .bind("content", SendContents.toJson(r.content()))
                .bind("campaignId", r.campaignId())
                .bind("reference", r.reference())
                .bind("priority", r.priority())
                .bind("key", r.idempotencyKey())
                .bind("state", r.state().name())
                .bind("wamid", r.wamid())
                .bind("bspId", r.bspMessageId())
                .bind("providerStatus", r.providerStatus())
                .bind("failureCode", failure == null ? null : failure.code())
                .bind("failureReason", failure == null ? null : failure.reason())
                .bind("failureRetryable", failure == null ? null : failure.retryable())
                .bind("attempts", r.attempts())
                .bind("dueAt", r.dueAt())
                .bind("createdAt", r.createdAt())
                .bind("updatedAt", r.updatedAt());
    }

    private static SendRecord record(ResultSet rs) throws SQLException {
        String code = rs.getString("failure_code");
        String reason = rs.getString("failure_reason");
        SendFailure failure = code == null && reason == null ? null
                : new SendFailure(code, reason, rs.getBoolean("failure_retryable"));
        return new SendRecord(rs.getString("message_id"), rs.getString("project_owner_id"), rs.getString("sender_id"),
                SendProvider.fromId(rs.getString("provider")).orElseThrow(), rs.getString("from_number"),
                rs.getString("to_number"), SendContents.fromJson(rs.getString("content")), rs.getString("campaign_id"),
                rs.getString("reference"), rs.getInt("priority"), rs.getString("idempotency_key"),
                SendState.valueOf(rs.getString("state")),
                rs.getString("wamid"), rs.getString("bsp_message_id"), rs.getString("provider_status"), failure,
                rs.getInt("attempts"), instant(rs, "due_at"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    @Override
    public Optional<SendRecord> find(String messageId) {
        return one(" WHERE message_id = :id", messageId);
    }

    @Override
    public Optional<SendRecord> findByAnyId(String id) {
        return find(id).or(() -> one(" WHERE wamid = :id", id)).or(() -> one(" WHERE bsp_message_id = :id", id));
    }

    private Optional<SendRecord> one(String where, String id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + where + " ORDER BY created_at LIMIT 1")
                .bind("id", id)
                .map((rs, ctx) -> record(rs))
                .findOne());
    }

    @Override
    public Optional<SendRecord> findByIdempotencyKey(String projectOwnerId, String idempotencyKey) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE project_owner_id = :project AND idempotency_key = :key")
                .bind("project", projectOwnerId)
                .bind("key", idempotencyKey)
                .map((rs, ctx) -> record(rs))
                .findOne());
    }

    @Override
    public boolean replace(SendRecord next, SendState expected) {
        // every column a send's progress changes; the request and its key are fixed once stored
        return jdbi.withHandle(handle -> bind(handle.createUpdate("UPDATE message_sends SET state = :state, wamid = :wamid, "
                        + "bsp_message_id = :bspId, provider_status = :providerStatus, failure_code = :failureCode, "
                        + "failure_reason = :failureReason, failure_retryable = :failureRetryable, attempts = :attempts, "
                        + "due_at = :dueAt, updated_at = :updatedAt WHERE message_id = :messageId AND state = :expected"), next)
                .bind("expected", expected.name())
                .execute()) == 1;
    }

    @Override
    public List<SendRecord> due(SendState state, Instant now, int limit) {
        // ordered by the whole index, state too: H2 then walks message_sends_due in order and stops at the limit,
        // where without it every queued send was read and sorted for each pass
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE state = :state AND due_at <= :now "
                        + "ORDER BY state, priority DESC, due_at, message_id LIMIT :limit")
                .bind("state", state.name())
                .bind("now", now)
                .bind("limit", limit)
                .map((rs, ctx) -> record(rs))
                .list());
    }

    @Override
    public void forgetIdempotencyKey(String messageId) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE message_sends SET idempotency_key = NULL WHERE message_id = :id")
                .bind("id", messageId)
                .execute());
    }
}
