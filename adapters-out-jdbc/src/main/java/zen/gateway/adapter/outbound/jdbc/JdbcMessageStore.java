package zen.gateway.adapter.outbound.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.application.port.outbound.tracking.MessageCountQuery;
import zen.gateway.application.port.outbound.tracking.MessageCounts;
import zen.gateway.application.port.outbound.tracking.MessageQuery;
import zen.gateway.application.port.outbound.tracking.MessageStore;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.application.port.outbound.usage.OutboundUsage;
import zen.gateway.application.port.outbound.usage.UsageWindow;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageDetails;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.StatusObservation;
import zen.gateway.domain.message.TrackedMessage;

/**
 * {@link MessageStore} on {@code unified_message_tracking}. Each update is applied by the database itself, with
 * operators that give the same result in any order ({@code GREATEST} on the status rank, {@code LEAST} on a
 * status's first-seen time, {@code COALESCE} to fill in details), so concurrent updates of one message never
 * lose each other; a batch is one transaction of JDBC batches. Thread-safe.
 */
final class JdbcMessageStore implements MessageStore {

    /** Keys per lookup query: well within every driver's parameter limit. */
    private static final int KEYS_PER_QUERY = 500;

    private static final String INSERT = "INSERT INTO unified_message_tracking (message_id, wamid, bsp, bsp_message_id, "
            + "phone_number, business_number, project_owner_id, campaign_id, current_status, status_rank, "
            + columnsPerStatus(MessageRows::firstSeenColumn)
            + ", failure_code, failure_reason, created_at, updated_at) VALUES (:messageId, :wamid, :bsp, :bspMessageId, "
            + ":phoneNumber, :businessNumber, :projectOwnerId, :campaignId, :status, :rank, "
            + columnsPerStatus(s -> "CASE WHEN :rank = " + s.rank() + " THEN :at END")
            + ", :failureCode, :failureReason, :receivedAt, :receivedAt)";

    private static final String UPDATE = "UPDATE unified_message_tracking SET "
            + "status_rank = GREATEST(status_rank, :rank), "
            + "current_status = CASE WHEN :rank > status_rank THEN :status ELSE current_status END, "
            + columnsPerStatus(s -> MessageRows.firstSeenColumn(s) + " = CASE WHEN :rank = " + s.rank()
                    + " THEN LEAST(COALESCE(" + MessageRows.firstSeenColumn(s) + ", :at), :at) ELSE "
                    + MessageRows.firstSeenColumn(s) + " END")
            // the first failure reported wins; both columns test the old values, before this update
            + ", failure_code = CASE WHEN :failed AND failure_code IS NULL AND failure_reason IS NULL "
            + "THEN :failureCode ELSE failure_code END"
            + ", failure_reason = CASE WHEN :failed AND failure_code IS NULL AND failure_reason IS NULL "
            + "THEN :failureReason ELSE failure_reason END"
            + ", wamid = COALESCE(wamid, :wamid)"
            + ", bsp_message_id = COALESCE(bsp_message_id, :bspMessageId)"
            + ", phone_number = COALESCE(phone_number, :phoneNumber)"
            + ", business_number = COALESCE(business_number, :businessNumber)"
            + ", project_owner_id = COALESCE(project_owner_id, :projectOwnerId)"
            + ", campaign_id = COALESCE(campaign_id, :campaignId)"
            + ", updated_at = GREATEST(updated_at, :receivedAt)"
            + " WHERE message_id = :messageId";

    private static final String INSERT_HISTORY = "INSERT INTO message_status_history "
            + "(message_id, status, source, occurred_at, received_at, event_id) "
            + "VALUES (:messageId, :status, :source, :occurredAt, :receivedAt, :eventId) ON CONFLICT DO NOTHING";

    private static final String SELECT = "SELECT " + MessageRows.COLUMNS + " FROM unified_message_tracking";

    private final Jdbi jdbi;
    private final Transactions transactions;

    JdbcMessageStore(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.transactions = new Transactions(jdbi);
    }

    private static String columnsPerStatus(Function<MessageStatus, String> column) {
        return Arrays.stream(MessageStatus.values()).map(column).collect(Collectors.joining(", "));
    }

    @Override
    public void apply(List<MessageUpdate> updates) {
        if (updates.isEmpty()) {
            return;
        }
        transactions.inTransaction(handle -> {
            applyOnce(handle, updates);
            return null;
        });
    }

    /**
     * One run of the batch. A creation that another transaction made first fails on a unique key and the whole
     * run starts again, then finding that message.
     */
    private static void applyOnce(Handle handle, List<MessageUpdate> updates) {
        List<MessageBatchPlan.Step> steps = new MessageBatchPlan(storedKeys(handle, updates), updates).steps();
        // one lock order for every transaction (stable: a message's updates keep their order), against deadlocks
        List<MessageBatchPlan.Step> byMessage = steps.stream()
                .sorted(Comparator.comparing(MessageBatchPlan.Step::messageId))
                .toList();
        PreparedBatch inserts = handle.prepareBatch(INSERT);
        PreparedBatch changes = handle.prepareBatch(UPDATE);
        PreparedBatch history = handle.prepareBatch(INSERT_HISTORY);
        for (MessageBatchPlan.Step step : byMessage) {
            if (step.creates()) {
                bindCreation(inserts, step);
            } else {
                bindChange(changes, step);
            }
            StatusObservation o = step.update().observation();
            history.bind("messageId", step.messageId())
                    .bind("status", o.status().name())
                    .bind("source", o.source())
                    .bind("occurredAt", o.occurredAt())
                    .bind("receivedAt", o.receivedAt())
                    .bind("eventId", o.eventId())
                    .add();
        }
        executeIfAny(inserts);
        executeIfAny(changes);
        executeIfAny(history);
    }

    private static void executeIfAny(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static void bindCreation(PreparedBatch batch, MessageBatchPlan.Step step) {
        MessageUpdate u = step.update();
        TrackedMessage created = TrackedMessage.firstSeen(u.newMessageId(), u.details(), u.observation(), u.failure());
        bindDetails(batch, created.details(), created.details().wamid(), created.details().bspMessageId());
        bindObservation(batch, u.observation());
        batch.bind("messageId", created.messageId())
                .bind("failureCode", created.failureReason().map(Failure::code).orElse(null))
                .bind("failureReason", created.failureReason().map(Failure::reason).orElse(null))
                .add();
    }

    private static void bindChange(PreparedBatch batch, MessageBatchPlan.Step step) {
        MessageUpdate u = step.update();
        boolean failed = u.observation().status() == MessageStatus.FAILED && u.failure() != null;
        bindDetails(batch, u.details(), step.offeredWamid(), step.offeredBspMessageId());
        bindObservation(batch, u.observation());
        batch.bind("messageId", step.messageId())
                .bind("failed", failed)
                .bind("failureCode", failed ? u.failure().code() : null)
                .bind("failureReason", failed ? u.failure().reason() : null)
                .add();
    }

    private static void bindDetails(PreparedBatch batch, MessageDetails details, String wamid, String bspMessageId) {
        batch.bind("wamid", wamid)
                .bind("bsp", details.bsp())
                .bind("bspMessageId", bspMessageId)
                .bind("phoneNumber", details.phoneNumber())
                .bind("businessNumber", details.businessNumber())
                .bind("projectOwnerId", details.projectOwnerId())
                .bind("campaignId", details.campaignId());
    }

    private static void bindObservation(PreparedBatch batch, StatusObservation observation) {
        batch.bind("status", observation.status().name())
                .bind("rank", observation.status().rank())
                .bind("at", observation.occurredAt())
                .bind("receivedAt", observation.receivedAt());
    }

    /** The keys of the stored messages that any update of the batch names. */
    private static List<MessageBatchPlan.Keys> storedKeys(Handle handle, List<MessageUpdate> updates) {
        Set<String> wamids = new HashSet<>();
        Set<String> bspMessageIds = new HashSet<>();
        for (MessageUpdate u : updates) {
            if (u.details().wamid() != null) {
                wamids.add(u.details().wamid());
            }
            if (u.details().bspMessageId() != null) {
                bspMessageIds.add(u.details().bspMessageId());
            }
        }
        Map<String, MessageBatchPlan.Keys> found = new LinkedHashMap<>();
        for (List<String> chunk : chunks(wamids)) {
            keysWhere(handle, "wamid IN (<keys>)", chunk).forEach(k -> found.putIfAbsent(k.messageId, k));
        }
        for (List<String> chunk : chunks(bspMessageIds)) {
            keysWhere(handle, "bsp_message_id IN (<keys>)", chunk).forEach(k -> found.putIfAbsent(k.messageId, k));
        }
        return new ArrayList<>(found.values());
    }

    private static List<MessageBatchPlan.Keys> keysWhere(Handle handle, String condition, List<String> keys) {
        return handle.createQuery("SELECT message_id, wamid, bsp, bsp_message_id FROM unified_message_tracking WHERE "
                        + condition)
                .bindList("keys", keys)
                .map((rs, ctx) -> new MessageBatchPlan.Keys(rs.getString("message_id"), rs.getString("wamid"),
                        rs.getString("bsp"), rs.getString("bsp_message_id")))
                .list();
    }

    private static List<List<String>> chunks(Set<String> keys) {
        List<String> all = new ArrayList<>(keys);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += KEYS_PER_QUERY) {
            chunks.add(all.subList(i, Math.min(all.size(), i + KEYS_PER_QUERY)));
        }
        return chunks;
    }

    @Override
    public Optional<TrackedMessage> find(String id) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            Optional<MessageRows.Row> row = handle.createQuery(SELECT + " WHERE wamid = :id")
                    .bind("id", id)
                    .map((rs, ctx) -> MessageRows.row(rs))
                    .findOne();
            if (row.isEmpty()) {
                row = handle.createQuery(SELECT + " WHERE bsp_message_id = :id ORDER BY created_at, message_id LIMIT 1")
                        .bind("id", id)
                        .map((rs, ctx) -> MessageRows.row(rs))
                        .findFirst();
            }
            return row.map(r -> MessageRows.withHistories(handle, List.of(r)).get(0));
        });
    }

    @Override
    public Slice<TrackedMessage> list(MessageQuery query) {
        Filter filter = new Filter()
                .equal("project_owner_id", query.projectOwnerId())
                .equal("campaign_id", query.campaignId())
                .equal("status_rank", query.status() == null ? null : query.status().rank())
                .equal("phone_number", query.customerNumber())
                .before("created_at", "message_id", query.after());
        List<TrackedMessage> selected = jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            List<MessageRows.Row> rows = handle.createQuery(SELECT + filter.where()
                            + " ORDER BY created_at DESC, message_id DESC LIMIT :limit")
                    .bindMap(filter.values())
                    .bind("limit", query.limit() + 1)
                    .map((rs, ctx) -> MessageRows.row(rs))
                    .list();
            return MessageRows.withHistories(handle, rows);
        });
        return Slice.of(selected, query.limit(), last -> new Position(last.createdAt(), last.messageId()));
    }

    @Override
    public MessageCounts count(MessageCountQuery query) {
        Filter filter = new Filter()
                .equal("project_owner_id", query.projectOwnerId())
                .equal("campaign_id", query.campaignId())
                .within("created_at", query.from(), query.to());
        Map<MessageStatus, Long> counts = new EnumMap<>(MessageStatus.class);
        jdbi.useHandle(handle -> handle.createQuery("SELECT status_rank, COUNT(*) AS n FROM unified_message_tracking"
                        + filter.where() + " GROUP BY status_rank")
                .bindMap(filter.values())
                .map((rs, ctx) -> Map.entry(MessageStatus.ofRank(rs.getInt("status_rank")), rs.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return new MessageCounts(counts);
    }

    @Override
    public List<OutboundUsage> usage(UsageWindow window) {
        // PERCENTILE_DISC is the nearest-rank percentile and leaves out the nulls (messages without both times)
        String sql = "SELECT bucket, grp, COUNT(sent_at) AS sent, COUNT(delivered_at) AS delivered, COUNT(read_at) AS read_count, "
                + "COUNT(failed_at) AS failed, "
                + "PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY sent_to_delivered) AS sd50, "
                + "PERCENTILE_DISC(0.95) WITHIN GROUP (ORDER BY sent_to_delivered) AS sd95, "
                + "PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY delivered_to_read) AS dr50, "
                + "PERCENTILE_DISC(0.95) WITHIN GROUP (ORDER BY delivered_to_read) AS dr95 "
                + "FROM (SELECT " + UsageSql.bucket("created_at") + " AS bucket, "
                + UsageSql.group(window, "bsp", "campaign_id") + " AS grp, sent_at, delivered_at, read_at, failed_at, "
                + UsageSql.millisBetween("sent_at", "delivered_at") + " AS sent_to_delivered, "
                + UsageSql.millisBetween("delivered_at", "read_at") + " AS delivered_to_read "
                + "FROM unified_message_tracking WHERE project_owner_id = :project AND created_at >= :from AND created_at < :to) t "
                + "GROUP BY bucket, grp";
        return jdbi.withHandle(handle -> handle.createQuery(sql)
                .bind("width", window.granularity().seconds())
                .bind("project", window.projectOwnerId())
                .bind("from", window.from())
                .bind("to", window.to())
                .map((rs, ctx) -> new OutboundUsage(UsageSql.bucketStart(rs, window), rs.getString("grp"), rs.getLong("sent"),
                        rs.getLong("delivered"), rs.getLong("read_count"), rs.getLong("failed"), UsageSql.millis(rs, "sd50"),
                        UsageSql.millis(rs, "sd95"), UsageSql.millis(rs, "dr50"), UsageSql.millis(rs, "dr95")))
                .list());
    }

    @Override
    public int removeOlderThan(Instant cutoff, int limit) {
        return Expiry.deleteOlderThan(jdbi, "unified_message_tracking", "message_id", "created_at", "", cutoff, limit);
    }
}
