package zen.gateway.adapter.outbound.jdbc;

import static zen.gateway.adapter.outbound.jdbc.Columns.instant;
import static zen.gateway.adapter.outbound.jdbc.Columns.nullableInt;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import zen.gateway.application.port.outbound.forwarding.DeliverySubject;
import zen.gateway.domain.delivery.Attempt;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;

/** How a {@link Delivery} maps to {@code webhook_delivery_logs} and its attempts to {@code webhook_delivery_attempts}. */
final class DeliveryRows {

    static final String SELECT = "SELECT id, event_id, event_type, endpoint_id, project_owner_id, url, status, "
            + "series_attempts, last_error, created_at, updated_at, next_attempt_at, payload FROM webhook_delivery_logs";

    static final String INSERT = "INSERT INTO webhook_delivery_logs (id, event_id, event_type, endpoint_id, "
            + "project_owner_id, url, status, series_attempts, last_error, created_at, updated_at, next_attempt_at, "
            + "payload, wamid, customer_number) VALUES (:id, :eventId, :eventType, :endpointId, :projectOwnerId, :url, "
            + ":status, :seriesAttempts, :lastError, :createdAt, :updatedAt, :nextAttemptAt, :payload, :wamid, :customer)";

    /** Inserts nothing when the delivery is unknown, like the other stores, instead of failing the whole batch. */
    static final String INSERT_ATTEMPT = "INSERT INTO webhook_delivery_attempts (delivery_id, attempt_number, "
            + "attempted_at, status_code, latency_ms, error, response_body) SELECT id, :number, :at, :statusCode, "
            + ":latencyMillis, :error, :responseBody FROM webhook_delivery_logs WHERE id = :deliveryId";

    private DeliveryRows() {}

    static void bindDelivery(PreparedBatch batch, Delivery d) {
        // the message a delivery is about, in columns of their own: the logs are filtered by them
        DeliverySubject subject = DeliverySubject.of(d.payload());
        batch.bind("id", d.id())
                .bind("wamid", subject.wamid())
                .bind("customer", subject.customerNumber())
                .bind("eventId", d.eventId())
                .bind("eventType", d.eventType())
                .bind("endpointId", d.endpointId())
                .bind("projectOwnerId", d.projectOwnerId())
                .bind("url", d.url())
                .bind("status", d.status().name())
                .bind("seriesAttempts", d.seriesAttempts())
                .bind("lastError", d.lastError())
                .bind("createdAt", d.createdAt())
                .bind("updatedAt", d.updatedAt())
                .bindByType("nextAttemptAt", d.nextAttemptAt(), Instant.class)
                .bind("payload", d.payload())
                .add();
    }

    static void bindAttempt(PreparedBatch batch, String deliveryId, Attempt a) {
        batch.bind("deliveryId", deliveryId)
                .bind("number", a.number())
                .bind("at", a.at())
                .bind("statusCode", a.statusCode())
                .bind("latencyMillis", a.latencyMillis())
                .bind("error", a.error())
                .bind("responseBody", a.responseBody())
                .add();
    }

    /** A delivery row; its attempts come separately. */
    record Row(
            // One component per column read.
            String id, String eventId, String eventType, String endpointId, String projectOwnerId, String url,
            DeliveryStatus status, int seriesAttempts, String lastError, Instant createdAt,
            Instant updatedAt, Instant nextAttemptAt, String payload) {

        Delivery withAttempts(List<Attempt> attempts) {
            return new Delivery(id, eventId, eventType, endpointId, projectOwnerId, url, status, seriesAttempts,
                    attempts, lastError, createdAt, updatedAt, nextAttemptAt, payload);
        }
    }

    static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("event_id"), rs.getString("event_type"),
                rs.getString("endpoint_id"), rs.getString("project_owner_id"), rs.getString("url"),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("series_attempts"), rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "next_attempt_at"),
                rs.getString("payload"));
    }

    private record AttemptRow(String deliveryId, Attempt attempt) {}

    /** The deliveries of the rows, in the rows' order, each with its attempts in the order they were recorded. */
    static List<Delivery> withAttempts(Handle handle, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Attempt>> attempts = new HashMap<>();
        handle.createQuery("SELECT delivery_id, attempt_number, attempted_at, status_code, latency_ms, error, "
                        + "response_body FROM webhook_delivery_attempts WHERE delivery_id IN (<ids>) ORDER BY id")
                .bindList("ids", rows.stream().map(Row::id).toList())
                .map((rs, ctx) -> new AttemptRow(rs.getString("delivery_id"), new Attempt(rs.getInt("attempt_number"),
                        instant(rs, "attempted_at"), nullableInt(rs, "status_code"), rs.getLong("latency_ms"),
                        rs.getString("error"), rs.getString("response_body"))))
                .forEach(a -> attempts.computeIfAbsent(a.deliveryId(), id -> new ArrayList<>()).add(a.attempt()));
        return rows.stream().map(r -> r.withAttempts(attempts.getOrDefault(r.id(), List.of()))).toList();
    }
}
