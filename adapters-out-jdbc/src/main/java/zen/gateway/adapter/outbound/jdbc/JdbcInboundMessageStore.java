package zen.gateway.adapter.outbound.jdbc;

import static zen.gateway.adapter.outbound.jdbc.Columns.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import zen.gateway.application.port.outbound.conversations.CustomerActivity;
import zen.gateway.application.port.outbound.conversations.InboundMessageStore;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.domain.usage.Grouping;
import zen.gateway.application.port.outbound.usage.InboundUsage;
import zen.gateway.application.port.outbound.usage.UsageWindow;
import zen.gateway.domain.conversation.ReceivedMessage;

/** {@link InboundMessageStore} on {@code inbound_messages}; keeping an id twice keeps the first. Thread-safe. */
final class JdbcInboundMessageStore implements InboundMessageStore {

    private static final String COLUMNS = "id, bsp, project_owner_id, customer_number, business_number, profile_name, "
            + "message_type, body_text, media_id, mime_type, reply_to, occurred_at, received_at";

    private final Jdbi jdbi;

    JdbcInboundMessageStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void keep(List<ReceivedMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        jdbi.useTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO inbound_messages (" + COLUMNS + ") VALUES (:id, :bsp, "
                    + ":project, :customer, :business, :profile, :type, :text, :mediaId, :mimeType, :replyTo, :occurredAt, "
                    + ":receivedAt) ON CONFLICT DO NOTHING");
            for (ReceivedMessage m : messages) {
                batch.bind("id", m.id()).bind("bsp", m.bsp()).bind("project", m.projectOwnerId())
                        .bind("customer", m.customerNumber()).bind("business", m.businessNumber())
                        .bind("profile", m.profileName()).bind("type", m.type()).bind("text", m.text())
                        .bind("mediaId", m.mediaId()).bind("mimeType", m.mimeType()).bind("replyTo", m.replyTo())
                        .bind("occurredAt", m.occurredAt()).bind("receivedAt", m.receivedAt())
                        .add();
            }
            batch.execute();
        });
    }

    @Override
    public Optional<ReceivedMessage> find(String id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM inbound_messages WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> message(rs))
                .findOne());
    }

    @Override
    public Slice<ReceivedMessage> byCustomer(String projectOwnerId, String customerNumber, Position after, int limit) {
        Filter filter = new Filter()
                .equal("project_owner_id", projectOwnerId)
                .equal("customer_number", customerNumber)
                .before("occurred_at", "id", after);
        List<ReceivedMessage> selected = jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM inbound_messages" + filter.where() + " ORDER BY occurred_at DESC, id DESC LIMIT :limit")
                .bindMap(filter.values())
                .bind("limit", limit + 1)
                .map((rs, ctx) -> message(rs))
                .list());
        return Slice.of(selected, limit, m -> new Position(m.occurredAt(), m.id()));
    }

    @Override
    public Slice<CustomerActivity> customers(String projectOwnerId, Position after, int limit) {
        String having = after == null ? ""
                : " HAVING MAX(occurred_at) < :time OR (MAX(occurred_at) = :time AND customer_number < :customer)";
        List<CustomerActivity> selected = jdbi.withHandle(handle -> {
            var query = handle.createQuery("SELECT customer_number, MAX(occurred_at) AS last_at FROM inbound_messages "
                            + "WHERE project_owner_id = :project AND customer_number IS NOT NULL GROUP BY customer_number"
                            + having + " ORDER BY last_at DESC, customer_number DESC LIMIT :limit")
                    .bind("project", projectOwnerId)
                    .bind("limit", limit + 1);
            if (after != null) {
                query.bind("time", after.createdAt()).bind("customer", after.id());
            }
            return query.map((rs, ctx) -> new CustomerActivity(rs.getString("customer_number"), instant(rs, "last_at"))).list();
        });
        return Slice.of(selected, limit, c -> new Position(c.lastInboundAt(), c.customerNumber()));
    }

    @Override
    public Optional<Instant> lastInboundAt(String projectOwnerId, String customerNumber) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT MAX(occurred_at) AS last_at FROM inbound_messages "
                        + "WHERE project_owner_id = :project AND customer_number = :customer")
                .bind("project", projectOwnerId)
                .bind("customer", customerNumber)
                .map((rs, ctx) -> instant(rs, "last_at"))
                .findOne())
                .filter(t -> t != null);
    }

    private static ReceivedMessage message(ResultSet rs) throws SQLException {
        return new ReceivedMessage(rs.getString("id"), rs.getString("bsp"), rs.getString("project_owner_id"),
                rs.getString("customer_number"), rs.getString("business_number"), rs.getString("profile_name"),
                rs.getString("message_type"), rs.getString("body_text"), rs.getString("media_id"), rs.getString("mime_type"),
                rs.getString("reply_to"), instant(rs, "occurred_at"), instant(rs, "received_at"));
    }

    @Override
    public List<InboundUsage> inboundUsage(UsageWindow window) {
        String group = window.grouping() == Grouping.BSP ? "bsp" : "CAST(NULL AS VARCHAR)";
        return jdbi.withHandle(handle -> handle.createQuery("SELECT bucket, grp, COUNT(*) AS inbound FROM (SELECT "
                        + UsageSql.bucket("occurred_at") + " AS bucket, " + group + " AS grp FROM inbound_messages "
                        + "WHERE project_owner_id = :project AND occurred_at >= :from AND occurred_at < :to) t GROUP BY bucket, grp")
                .bind("width", window.granularity().seconds())
                .bind("project", window.projectOwnerId())
                .bind("from", window.from())
                .bind("to", window.to())
                .map((rs, ctx) -> new InboundUsage(UsageSql.bucketStart(rs, window), rs.getString("grp"), rs.getLong("inbound")))
                .list());
    }

    @Override
    public int removeOlderThan(Instant cutoff, int limit) {
        return Expiry.deleteOlderThan(jdbi, "inbound_messages", "id", "received_at", "", cutoff, limit);
    }
}
