package zen.gateway.adapter.outbound.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import zen.gateway.application.port.outbound.forwarding.AttemptRecord;
import zen.gateway.application.port.outbound.forwarding.DeliveryQuery;
import zen.gateway.application.port.outbound.forwarding.DeliveryStore;
import zen.gateway.application.port.outbound.forwarding.EndpointDeliveryStats;
import zen.gateway.application.port.outbound.forwarding.ReplaySelection;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;

/**
 * {@link DeliveryStore} on {@code webhook_delivery_logs}, attempts in {@code webhook_delivery_attempts}. Claims
 * lock the due rows with {@code FOR UPDATE SKIP LOCKED} on PostgreSQL, so nodes claiming together share the work
 * instead of waiting for each other; on H2, which one process owns, they take turns in memory. Thread-safe.
 */
final class JdbcDeliveryStore implements DeliveryStore {

    private static final String UNFINISHED = "status IN ('" + DeliveryStatus.PENDING + "', '" + DeliveryStatus.RETRYING + "')";

    private final Jdbi jdbi;
    private final Transactions transactions;
    private final Dialect dialect;
    private final ReentrantLock claims = new ReentrantLock();

    JdbcDeliveryStore(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.transactions = new Transactions(jdbi);
        this.dialect = dialect;
    }

    /** A claim, one at a time where the database does not lock the rows for it. */
    private <T> T claiming(Supplier<T> claim) {
        if (dialect.oneConsumerPerDatabase()) {
            claims.lock();
            try {
                return claim.get();
            } finally {
                claims.unlock();
            }
        }
        return claim.get();
    }

    /**
     * Inserts the deliveries not stored yet. Another transaction inserting one of them at the same time fails
     * this one on the primary key, and the next run sees it stored: each delivery is reported inserted once.
     */
    @Override
    public List<Delivery> insertNew(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        return transactions.inTransaction(handle -> {
            Set<String> stored = new HashSet<>(handle.createQuery("SELECT id FROM webhook_delivery_logs WHERE id IN (<ids>)")
                    .bindList("ids", deliveries.stream().map(Delivery::id).distinct().toList())
                    .mapTo(String.class)
                    .list());
            Map<String, Delivery> fresh = new LinkedHashMap<>();
            deliveries.stream().filter(d -> !stored.contains(d.id())).forEach(d -> fresh.putIfAbsent(d.id(), d));
            PreparedBatch rows = handle.prepareBatch(DeliveryRows.INSERT);
            PreparedBatch attempts = handle.prepareBatch(DeliveryRows.INSERT_ATTEMPT);
            for (Delivery d : fresh.values()) {
                DeliveryRows.bindDelivery(rows, d);
                d.attempts().forEach(a -> DeliveryRows.bindAttempt(attempts, d.id(), a));
            }
            executeIfAny(rows);
            executeIfAny(attempts);
            return List.copyOf(fresh.values());
        });
    }

    private static void executeIfAny(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    @Override
    public List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        return claiming(() -> transactions.inTransaction(handle -> {
            List<String> due = handle.createQuery("SELECT id FROM webhook_delivery_logs" + dialect.dueIndexHint() + " WHERE " + UNFINISHED
                            + " AND next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :limit" + dialect.claimLock())
                    .bind("now", now)
                    .bind("limit", limit)
                    .mapTo(String.class)
                    .list();
            if (due.isEmpty()) {
                return List.of();
            }
            handle.createUpdate("UPDATE webhook_delivery_logs SET next_attempt_at = :lease WHERE id IN (<ids>)")
                    .bind("lease", leaseUntil)
                    .bindList("ids", due)
                    .execute();
            return inOrder(due, rowsWhere(handle, "id IN (<ids>)", due));
        }));
    }

    @Override
    public List<String> claim(List<String> deliveryIds, Instant now, Instant leaseUntil) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        return claiming(() -> transactions.inTransaction(handle -> {
            List<String> due = handle.createQuery("SELECT id FROM webhook_delivery_logs WHERE id IN (<ids>) AND "
                            + UNFINISHED + " AND next_attempt_at <= :now" + dialect.claimLock())
                    .bindList("ids", deliveryIds.stream().distinct().toList())
                    .bind("now", now)
                    .mapTo(String.class)
                    .list();
            if (!due.isEmpty()) {
                handle.createUpdate("UPDATE webhook_delivery_logs SET next_attempt_at = :lease WHERE id IN (<ids>)")
                        .bind("lease", leaseUntil)
                        .bindList("ids", due)
                        .execute();
            }
            return due;
        }));
    }

    private static List<Delivery> rowsWhere(Handle handle, String condition, List<String> ids) {
        List<DeliveryRows.Row> rows = handle.createQuery(DeliveryRows.SELECT + " WHERE " + condition)
                .bindList("ids", ids)
                .map((rs, ctx) -> DeliveryRows.row(rs))
                .list();
        return DeliveryRows.withAttempts(handle, rows);
    }

    private static List<Delivery> inOrder(List<String> ids, List<Delivery> deliveries) {
        Map<String, Delivery> byId = new LinkedHashMap<>();
        deliveries.forEach(d -> byId.put(d.id(), d));
        return ids.stream().map(byId::get).toList();
    }

    @Override
    public void record(List<AttemptRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        transactions.inTransaction(handle -> {
            PreparedBatch states = handle.prepareBatch("UPDATE webhook_delivery_logs SET status = :status, "
                    + "series_attempts = :seriesAttempts, next_attempt_at = :nextAttemptAt, last_error = :lastError, "
                    + "updated_at = :at WHERE id = :id");
            PreparedBatch attempts = handle.prepareBatch(DeliveryRows.INSERT_ATTEMPT);
            for (AttemptRecord r : records) {
                states.bind("id", r.deliveryId())
                        .bind("status", r.status().name())
                        .bind("seriesAttempts", r.seriesAttempts())
                        .bindByType("nextAttemptAt", r.nextAttemptAt(), Instant.class)
                        .bind("lastError", r.lastError())
                        .bind("at", r.at())
                        .add();
                if (r.attempt() != null) {
                    DeliveryRows.bindAttempt(attempts, r.deliveryId(), r.attempt());
                }
            }
            executeIfAny(states);
            executeIfAny(attempts);
            return null;
        });
    }

    @Override
    public Optional<Delivery> find(String deliveryId) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ,
                handle -> rowsWhere(handle, "id IN (<ids>)", List.of(deliveryId)).stream().findFirst());
    }

    @Override
    public Slice<Delivery> list(DeliveryQuery query) {
        Filter filter = new Filter()
                .equal("project_owner_id", query.projectOwnerId())
                .equal("status", query.status() == null ? null : query.status().name())
                .equal("event_type", query.eventType())
                .equal("wamid", query.wamid())
                .equal("customer_number", query.customerNumber())
                .within("created_at", query.from(), query.to())
                .before("created_at", "id", query.after());
        List<Delivery> selected = jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            List<DeliveryRows.Row> rows = handle.createQuery(DeliveryRows.SELECT + filter.where()
                            + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                    .bindMap(filter.values())
                    .bind("limit", query.limit() + 1)
                    .map((rs, ctx) -> DeliveryRows.row(rs))
                    .list();
            return DeliveryRows.withAttempts(handle, rows);
        });
        return Slice.of(selected, query.limit(), last -> new Position(last.createdAt(), last.id()));
    }

    /** Takes the longest dead first when more are selected than the limit allows. */
    @Override
    public List<String> replay(ReplaySelection selection, Instant now) {
        Filter filter = new Filter()
                .equal("status", DeliveryStatus.DEAD_LETTERED.name())
                .equal("project_owner_id", selection.projectOwnerId());
        if (selection.ids().isEmpty()) {
            filter.within("updated_at", selection.from(), selection.to());
        } else {
            filter.condition("id IN (<ids>)");
        }
        return transactions.inTransaction(handle -> {
            var select = handle.createQuery("SELECT id FROM webhook_delivery_logs" + filter.where()
                            + " ORDER BY updated_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
                    .bindMap(filter.values())
                    .bind("limit", selection.limit());
            if (!selection.ids().isEmpty()) {
                select.bindList("ids", selection.ids());
            }
            List<String> chosen = select.mapTo(String.class).list();
            if (!chosen.isEmpty()) {
                handle.createUpdate("UPDATE webhook_delivery_logs SET status = :pending, series_attempts = 0, "
                                + "next_attempt_at = :now, updated_at = :now WHERE id IN (<ids>)")
                        .bind("pending", DeliveryStatus.PENDING.name())
                        .bind("now", now)
                        .bindList("ids", chosen)
                        .execute();
            }
            return chosen;
        });
    }

    @Override
    public List<EndpointDeliveryStats> stats(String projectOwnerId, Instant from, Instant to) {
        Filter filter = new Filter().equal("d.project_owner_id", projectOwnerId).within("d.created_at", from, to);
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            Map<String, Map<DeliveryStatus, Long>> perStatus = new LinkedHashMap<>();
            handle.createQuery("SELECT d.endpoint_id, d.status, COUNT(*) AS n FROM webhook_delivery_logs d"
                            + filter.where() + " GROUP BY d.endpoint_id, d.status ORDER BY d.endpoint_id")
                    .bindMap(filter.values())
                    .map((rs, ctx) -> new StatusCount(rs.getString("endpoint_id"),
                            DeliveryStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                    .forEach(c -> perStatus.computeIfAbsent(c.endpointId(), id -> new EnumMap<>(DeliveryStatus.class))
                            .put(c.status(), c.count()));
            Map<String, AttemptFigures> figures = new LinkedHashMap<>();
            // PERCENTILE_DISC is the nearest-rank percentile: the first value whose rank reaches the fraction
            handle.createQuery("SELECT d.endpoint_id, COUNT(*) AS attempts, "
                            + "SUM(CASE WHEN a.error IS NULL THEN 0 ELSE 1 END) AS failed, "
                            + "PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY a.latency_ms) AS p50, "
                            + "PERCENTILE_DISC(0.95) WITHIN GROUP (ORDER BY a.latency_ms) AS p95, "
                            + "PERCENTILE_DISC(0.99) WITHIN GROUP (ORDER BY a.latency_ms) AS p99 "
                            + "FROM webhook_delivery_logs d JOIN webhook_delivery_attempts a ON a.delivery_id = d.id"
                            + filter.where() + " GROUP BY d.endpoint_id")
                    .bindMap(filter.values())
                    .map((rs, ctx) -> new AttemptFigures(rs.getString("endpoint_id"), rs.getLong("attempts"),
                            rs.getLong("failed"), rs.getLong("p50"), rs.getLong("p95"), rs.getLong("p99")))
                    .forEach(f -> figures.put(f.endpointId(), f));
            List<EndpointDeliveryStats> stats = new ArrayList<>();
            perStatus.forEach((endpointId, counts) -> {
                AttemptFigures f = figures.getOrDefault(endpointId, new AttemptFigures(endpointId, 0, 0, 0, 0, 0));
                stats.add(new EndpointDeliveryStats(endpointId, counts, f.attempts(), f.failed(), f.p50(), f.p95(), f.p99()));
            });
            return stats;
        });
    }

    @Override
    public long unfinished() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM webhook_delivery_logs WHERE " + UNFINISHED)
                .mapTo(Long.class)
                .one());
    }

    private record StatusCount(String endpointId, DeliveryStatus status, long count) {}

    private record AttemptFigures(String endpointId, long attempts, long failed, long p50, long p95, long p99) {}

    /** Only finished deliveries: one still pending or retrying is never purged under its scheduler. */
    @Override
    public int removeOlderThan(Instant cutoff, int limit) {
        return Expiry.deleteOlderThan(jdbi, "webhook_delivery_logs", "id", "created_at",
                "status IN ('DELIVERED', 'DEAD_LETTERED')", cutoff, limit);
    }
}
