package zen.gateway.adapter.outbound.jdbc;

import static zen.gateway.adapter.outbound.jdbc.Columns.instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import zen.gateway.application.port.outbound.campaigns.RecipientStore;
import zen.gateway.domain.campaign.Recipient;
import zen.gateway.domain.campaign.RecipientStatus;

/**
 * {@link RecipientStore} on {@code campaign_recipients}; the parameters as a JSON array. Every move is one
 * conditional UPDATE, so nodes sharing the database see one winner. Thread-safe.
 */
final class JdbcRecipientStore implements RecipientStore {

    private static final String COLUMNS = "campaign_id, phone, parameters, line, status, status_rank, message_id, wamid, "
            + "error, updated_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM campaign_recipients";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final Jdbi jdbi;
    private final Dialect dialect;

    JdbcRecipientStore(Jdbi jdbi, Dialect dialect) {
        this.dialect = dialect;
        this.jdbi = jdbi;
    }

    @Override
    public int add(List<Recipient> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        return jdbi.inTransaction(handle -> {
            PreparedBatch insert = handle.prepareBatch("INSERT INTO campaign_recipients (" + COLUMNS + ") VALUES "
                    + "(:campaignId, :phone, :parameters, :line, :status, :rank, NULL, NULL, NULL, :updatedAt) "
                    + "ON CONFLICT DO NOTHING");
            for (Recipient r : batch) {
                insert.bind("campaignId", r.campaignId())
                        .bind("phone", r.phone())
                        .bind("parameters", json(r.parameters()))
                        .bind("line", r.line())
                        .bind("status", r.status().name())
                        .bind("rank", r.status().rank())
                        .bind("updatedAt", r.updatedAt())
                        .add();
            }
            if (dialect != Dialect.POSTGRES) {
                return Arrays.stream(insert.execute()).map(count -> Math.max(count, 0)).sum();
            }
            // PostgreSQL's driver rewriting a batch into multi-row INSERTs (reWriteBatchedInserts, as the gateway
            // connects) reports every row as "no info": the rows added are counted in the store (two lookups by
            // primary key), else every upload counted all its lines as duplicates
            Map<String, List<String>> phones = batch.stream().collect(Collectors.groupingBy(Recipient::campaignId,
                    Collectors.mapping(Recipient::phone, Collectors.toList())));
            long before = stored(handle, phones);
            insert.execute();
            return (int) (stored(handle, phones) - before);
        });
    }

    /** How many of these numbers (by campaign) are stored. */
    private static long stored(Handle handle, Map<String, List<String>> phones) {
        long stored = 0;
        for (Map.Entry<String, List<String>> campaign : phones.entrySet()) {
            stored += handle.createQuery("SELECT COUNT(*) FROM campaign_recipients WHERE campaign_id = :campaignId "
                            + "AND phone IN (<phones>)")
                    .bind("campaignId", campaign.getKey())
                    .bindList("phones", campaign.getValue())
                    .mapTo(Long.class)
                    .one();
        }
        return stored;
    }

    private static String json(List<String> parameters) {
        try {
            return JSON.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Recipient recipient(ResultSet rs) throws SQLException {
        List<String> parameters;
        try {
            parameters = JSON.readValue(rs.getString("parameters"), STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable parameters of " + rs.getString("phone"), e);
        }
        return new Recipient(rs.getString("campaign_id"), rs.getString("phone"), parameters, rs.getLong("line"),
                RecipientStatus.valueOf(rs.getString("status")), rs.getString("message_id"), rs.getString("wamid"),
                rs.getString("error"), instant(rs, "updated_at"));
    }

    @Override
    public List<Recipient> pending(String campaignId, int limit) {
        // ordered by the whole index, fixed columns too: H2 then walks campaign_recipients_status in order and stops at
        // the limit; ordered by line alone it read and sorted every recipient of the campaign for each batch (O(n²))
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE campaign_id = :campaign AND status = 'PENDING' "
                        + "ORDER BY campaign_id, status, line, phone LIMIT :limit")
                .bind("campaign", campaignId)
                .bind("limit", limit)
                .map((rs, ctx) -> recipient(rs))
                .list());
    }

    @Override
    public boolean handOut(String campaignId, String phone, String messageId) {
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE campaign_recipients SET status = 'QUEUED', "
                        + "status_rank = :rank, message_id = :messageId, updated_at = :now "
                        + "WHERE campaign_id = :campaign AND phone = :phone AND status IN ('PENDING', 'CANCELLED')")
                .bind("rank", RecipientStatus.QUEUED.rank())
                .bind("messageId", messageId)
                .bind("now", Instant.now())
                .bind("campaign", campaignId)
                .bind("phone", phone)
                .execute()) == 1;
    }

    @Override
    public boolean skip(String campaignId, String phone, RecipientStatus status, String error) {
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE campaign_recipients SET status = :status, "
                        + "status_rank = :rank, error = :error, updated_at = :now "
                        + "WHERE campaign_id = :campaign AND phone = :phone AND status = 'PENDING'")
                .bind("status", status.name())
                .bind("rank", status.rank())
                .bind("error", error)
                .bind("now", Instant.now())
                .bind("campaign", campaignId)
                .bind("phone", phone)
                .execute()) == 1;
    }

    @Override
    public int cancelPending(String campaignId) {
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE campaign_recipients SET status = 'CANCELLED', "
                        + "updated_at = :now WHERE campaign_id = :campaign AND status = 'PENDING'")
                .bind("now", Instant.now())
                .bind("campaign", campaignId)
                .execute());
    }

    @Override
    public boolean advance(String messageId, RecipientStatus status, String wamid) {
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE campaign_recipients SET status = :status, "
                        + "status_rank = :rank, wamid = COALESCE(:wamid, wamid), updated_at = :now "
                        + "WHERE message_id = :messageId AND status_rank > 0 AND status_rank < :rank")
                .bind("status", status.name())
                .bind("rank", status.rank())
                .bind("wamid", wamid)
                .bind("now", Instant.now())
                .bind("messageId", messageId)
                .execute()) > 0;
    }

    @Override
    public int advanceByWamid(String wamid, RecipientStatus status) {
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE campaign_recipients SET status = :status, "
                        + "status_rank = :rank, updated_at = :now "
                        + "WHERE wamid = :wamid AND status_rank > 0 AND status_rank < :rank")
                .bind("status", status.name())
                .bind("rank", status.rank())
                .bind("now", Instant.now())
                .bind("wamid", wamid)
                .execute());
    }

    @Override
    public Map<RecipientStatus, Long> counts(String campaignId) {
        Map<RecipientStatus, Long> counts = new EnumMap<>(RecipientStatus.class);
        jdbi.useHandle(handle -> handle.createQuery("SELECT status, COUNT(*) AS n FROM campaign_recipients "
                        + "WHERE campaign_id = :campaign GROUP BY status")
                .bind("campaign", campaignId)
                .map((rs, ctx) -> Map.entry(RecipientStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    @Override
    public List<Recipient> list(String campaignId, RecipientStatus status, String afterPhone, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE campaign_id = :campaign "
                        + "AND (:status IS NULL OR status = :status) AND (:after IS NULL OR phone > :after) "
                        + "ORDER BY phone LIMIT :limit")
                .bind("campaign", campaignId)
                .bind("status", status == null ? null : status.name())
                .bind("after", afterPhone)
                .bind("limit", limit)
                .map((rs, ctx) -> recipient(rs))
                .list());
    }
}
