package zen.gateway.adapter.outbound.jdbc;

import static zen.gateway.adapter.outbound.jdbc.Columns.instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import zen.gateway.application.port.outbound.queue.QueueTable;
import zen.gateway.application.port.outbound.queue.Queued;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.ingest.InboundEnvelope;

/**
 * The {@code inbound_envelopes} table, the embedded transport's queue of webhooks. On PostgreSQL, which several nodes
 * may share, a batch is claimed for a lease with {@code FOR UPDATE SKIP LOCKED} in a short transaction, so nodes take
 * different batches; a claim left by a dead node ends with its lease. On H2 one process owns the file and its poller
 * is the only consumer, so a batch is read without a claim, and claims left from before a restart are cleared when
 * the table is opened. Thread-safe.
 */
final class JdbcEnvelopeTable implements QueueTable<InboundEnvelope> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};
    private static final String COLUMNS = "seq, envelope_id, bsp, received_at, priority, headers, body";

    private final Jdbi jdbi;
    private final Dialect dialect;

    JdbcEnvelopeTable(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        dialect.releaseClaimsOnOpen().ifPresent(statement -> jdbi.useHandle(handle -> handle.execute(statement)));
    }

    @Override
    public void append(List<InboundEnvelope> envelopes) {
        try {
            insert(envelopes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("headers that JSON cannot hold", e);
        }
    }

    private void insert(List<InboundEnvelope> envelopes) throws JsonProcessingException {
        jdbi.useTransaction(handle -> {
            PreparedBatch insert = handle.prepareBatch("INSERT INTO inbound_envelopes "
                    + "(envelope_id, bsp, received_at, priority, headers, body) "
                    + "VALUES (:id, :bsp, :receivedAt, :priority, :headers, :body)");
            for (InboundEnvelope e : envelopes) {
                insert.bind("id", e.id())
                        .bind("bsp", e.bsp().id())
                        .bind("receivedAt", e.receivedAt())
                        .bind("priority", e.priority())
                        .bind("headers", JSON.writeValueAsString(e.headers()))
                        .bind("body", e.body())
                        .add();
            }
            insert.execute();
        });
    }

    @Override
    public boolean commitsAreDurable() {
        return dialect.makeCommitsDurable().isEmpty();
    }

    @Override
    public void makeDurable() {
        dialect.makeCommitsDurable().ifPresent(statement -> jdbi.useHandle(handle -> handle.execute(statement)));
    }

    @Override
    public List<Queued<InboundEnvelope>> claimNext(int limit, Instant now, Instant leaseUntil) {
        return dialect.oneConsumerPerDatabase() ? next(limit) : claimNextShared(limit, now, leaseUntil);
    }

    /** Where the poller is the database's only consumer (H2: one process per file), the oldest batch needs no claim. */
    private List<Queued<InboundEnvelope>> next(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM inbound_envelopes ORDER BY priority DESC, seq LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> queued(rs))
                .list());
    }

    private List<Queued<InboundEnvelope>> claimNextShared(int limit, Instant now, Instant leaseUntil) {
        return jdbi.inTransaction(handle -> {
            List<Queued<InboundEnvelope>> claimed = handle.createQuery("SELECT " + COLUMNS
                            + " FROM inbound_envelopes WHERE claimed_until IS NULL OR claimed_until < :now "
                            + "ORDER BY priority DESC, seq LIMIT :limit FOR UPDATE SKIP LOCKED")
                    .bind("now", now)
                    .bind("limit", limit)
                    .map((rs, ctx) -> queued(rs))
                    .list();
            if (!claimed.isEmpty()) {
                handle.createUpdate("UPDATE inbound_envelopes SET claimed_until = :until WHERE seq IN (<seqs>)")
                        .bind("until", leaseUntil)
                        .bindList("seqs", seqs(claimed))
                        .execute();
            }
            return claimed;
        });
    }

    @Override
    public void release(List<Queued<InboundEnvelope>> envelopes) {
        if (!dialect.oneConsumerPerDatabase()) {
            jdbi.useHandle(handle -> handle.createUpdate("UPDATE inbound_envelopes SET claimed_until = NULL WHERE seq IN (<seqs>)")
                    .bindList("seqs", seqs(envelopes))
                    .execute());
        }
    }

    @Override
    public void remove(List<Queued<InboundEnvelope>> envelopes) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM inbound_envelopes WHERE seq IN (<seqs>)")
                .bindList("seqs", seqs(envelopes))
                .execute());
    }

    @Override
    public long count() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM inbound_envelopes").mapTo(Long.class).one());
    }

    @Override
    public long payloadBytes() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COALESCE(SUM(OCTET_LENGTH(body)), 0) FROM inbound_envelopes")
                .mapTo(Long.class).one());
    }

    private static List<Long> seqs(List<Queued<InboundEnvelope>> envelopes) {
        return envelopes.stream().map(Queued::seq).toList();
    }

    private static Queued<InboundEnvelope> queued(ResultSet rs) throws SQLException {
        Map<String, String> headers;
        try {
            headers = JSON.readValue(rs.getString("headers"), HEADERS);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable headers of envelope " + rs.getString("envelope_id"), e);
        }
        String bspId = rs.getString("bsp");
        Bsp bsp = Bsp.fromId(bspId).orElseThrow(() -> new SQLException("unknown BSP " + bspId));
        return new Queued<>(rs.getLong("seq"), new InboundEnvelope(rs.getString("envelope_id"), bsp,
                instant(rs, "received_at"), rs.getInt("priority"), headers, rs.getBytes("body")));
    }
}
