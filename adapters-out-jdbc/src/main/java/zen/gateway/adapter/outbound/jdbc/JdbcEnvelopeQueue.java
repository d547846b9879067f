package zen.gateway.adapter.outbound.jdbc;

import static zen.gateway.adapter.outbound.jdbc.Columns.instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import zen.gateway.application.port.outbound.EnvelopeHandler;
import zen.gateway.application.port.outbound.EnvelopeQueue;
import zen.gateway.application.port.outbound.InboundEnvelope;
import zen.gateway.domain.event.Bsp;

/**
 * {@link EnvelopeQueue} on the {@code inbound_envelopes} table.
 *
 * <p>Publishing is a group commit: a writer thread takes every envelope waiting to be written, inserts them in one
 * JDBC batch and one transaction, and completes their futures once that commit is done, or fails them all. On H2,
 * where a commit alone does not survive a crash, a syncer thread completes them only after a checkpoint, which
 * covers every group committed since the previous one while the writer goes on. Under load one commit and one
 * sync thus serve many webhooks. The futures complete on those threads, so what callers chain should be quick.
 *
 * <p>Consuming: a poller thread takes the next batch (highest priority, then oldest), hands it to the handler outside
 * any transaction, and deletes it once the handler returned; if the handler throws, the same envelopes are handed
 * over again after a back-off, and if the process dies they wait in the table for the next start. On PostgreSQL,
 * which several nodes may share, a batch is first claimed for a lease with {@code FOR UPDATE SKIP LOCKED} in a
 * short transaction, so nodes take different batches; a claim left by a dead node ends with its lease. On H2 one
 * process owns the file and the poller is its only consumer, so it reads the batch without a claim. A commit wakes the poller; with nothing to do it
 * still looks again every {@code idlePoll}, for envelopes other nodes published. Thread-safe.
 */
final class JdbcEnvelopeQueue implements EnvelopeQueue {

    private static final System.Logger LOG = System.getLogger(JdbcEnvelopeQueue.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};
    /** Envelopes per group commit at most: a bound on one transaction's size, not a wait. */
    private static final int MAX_GROUP = 1000;
    private static final Pending END = new Pending(null, null);
    /**
     * How long a claimed batch is reserved for the node processing it. Longer than any batch takes; after a
     * crash, another node (or this one restarted on PostgreSQL) takes the batch over when it ends.
     */
    static final Duration LEASE = Duration.ofMinutes(2);

    private record Pending(InboundEnvelope envelope, CompletableFuture<Void> durable) {}

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final int batchSize;
    private final Duration backOff;
    private final Duration idlePoll;
    private final LinkedBlockingQueue<Pending> pending = new LinkedBlockingQueue<>();
    private final Semaphore committed = new Semaphore(0);
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Object lifecycle = new Object();
    private final Thread writer;
    /** Committed groups waiting for the checkpoint that makes them durable (H2 only); an empty list ends it. */
    private final LinkedBlockingQueue<List<Pending>> unsynced = new LinkedBlockingQueue<>();
    private final Thread syncer;
    private boolean closed;
    private Thread poller;

    JdbcEnvelopeQueue(Jdbi jdbi, Dialect dialect, int batchSize, Duration backOff, Duration idlePoll) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.batchSize = batchSize;
        this.backOff = Objects.requireNonNull(backOff, "backOff");
        this.idlePoll = Objects.requireNonNull(idlePoll, "idlePoll");
        dialect.releaseClaimsOnOpen().ifPresent(statement -> jdbi.useHandle(handle -> handle.execute(statement)));
        this.writer = Thread.ofPlatform().name("jdbc-envelope-writer").daemon().start(this::write);
        this.syncer = dialect.makeCommitsDurable().isPresent()
                ? Thread.ofPlatform().name("jdbc-envelope-syncer").daemon().start(this::sync)
                : null;
    }

    @Override
    public CompletableFuture<Void> publish(InboundEnvelope envelope) {
        Objects.requireNonNull(envelope, "envelope");
        CompletableFuture<Void> durable = new CompletableFuture<>();
        synchronized (lifecycle) {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("the envelope queue is closed"));
            }
            pending.add(new Pending(envelope, durable));
        }
        return durable;
    }

    private void write() {
        List<Pending> group = new ArrayList<>();
        while (true) {
            group.clear();
            group.add(takeNext());
            pending.drainTo(group, MAX_GROUP - 1);
            boolean ending = group.remove(END);
            if (!group.isEmpty()) {
                commit(group);
            }
            if (ending) {
                return;
            }
        }
    }

    private Pending takeNext() {
        while (true) {
            try {
                return pending.take();
            } catch (InterruptedException e) {
                // nobody interrupts this thread on purpose: close() sends END; keep the queue's promise
            }
        }
    }

    private void commit(List<Pending> group) {
        try {
            jdbi.useTransaction(handle -> {
                PreparedBatch insert = handle.prepareBatch("INSERT INTO inbound_envelopes "
                        + "(envelope_id, bsp, received_at, priority, headers, body) "
                        + "VALUES (:id, :bsp, :receivedAt, :priority, :headers, :body)");
                for (Pending p : group) {
                    InboundEnvelope e = p.envelope();
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
        } catch (Exception e) {
            LOG.log(System.Logger.Level.ERROR, "could not make " + group.size() + " envelopes durable", e);
            group.forEach(p -> p.durable().completeExceptionally(e));
            return;
        }
        committed.release();
        if (syncer == null) {
            group.forEach(p -> p.durable().complete(null));
        } else {
            unsynced.add(List.copyOf(group));
        }
    }

    /**
     * Runs the checkpoint that makes committed groups survive a crash, for every group committed since the last
     * one, while the writer goes on committing: a slow sync then costs one wait for many groups, not one per group.
     */
    private void sync() {
        List<List<Pending>> groups = new ArrayList<>();
        while (true) {
            groups.clear();
            try {
                groups.add(unsynced.take());
            } catch (InterruptedException e) {
                continue; // nobody interrupts this thread on purpose: close() sends an empty group
            }
            unsynced.drainTo(groups);
            boolean ending = groups.removeIf(List::isEmpty);
            if (!groups.isEmpty()) {
                checkpoint(groups);
            }
            if (ending) {
                return;
            }
        }
    }

    private void checkpoint(List<List<Pending>> groups) {
        try {
            dialect.makeCommitsDurable().ifPresent(statement -> jdbi.useHandle(handle -> handle.execute(statement)));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "could not make committed envelopes durable", e);
            groups.forEach(group -> group.forEach(p -> p.durable().completeExceptionally(e)));
            return;
        }
        groups.forEach(group -> group.forEach(p -> p.durable().complete(null)));
    }

    @Override
    public void consume(EnvelopeHandler handler) {
        Objects.requireNonNull(handler, "handler");
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("the envelope queue is closed");
            }
            if (poller != null) {
                throw new IllegalStateException("the envelope queue already has a consumer");
            }
            poller = Thread.ofPlatform().name("jdbc-envelope-poller").daemon().start(() -> poll(handler));
        }
    }

    private void poll(EnvelopeHandler handler) {
        while (closing.getCount() > 0) {
            committed.drainPermits();
            try {
                if (handOverNextBatch(handler) == 0) {
                    committed.tryAcquire(idlePoll.toNanos(), TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "envelope batch not processed; handing it over again after "
                        + backOff.toMillis() + " ms", e);
                try {
                    closing.await(backOff.toNanos(), TimeUnit.NANOSECONDS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /**
     * Claims the next batch in a short transaction, hands it over with no transaction open (the handler's stores
     * run their own), then deletes it; returns its size, 0 when none waits. A failed batch is released at once;
     * the claim of a process that died ends with its lease.
     */
    private int handOverNextBatch(EnvelopeHandler handler) {
        List<Locked> batch = dialect.oneConsumerPerDatabase() ? nextBatch() : claimNextBatch();
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            handler.handle(batch.stream().map(Locked::envelope).toList());
        } catch (RuntimeException e) {
            if (!dialect.oneConsumerPerDatabase()) {
                jdbi.useHandle(handle -> handle.createUpdate("UPDATE inbound_envelopes SET claimed_until = NULL WHERE seq IN (<seqs>)")
                        .bindList("seqs", batch.stream().map(Locked::seq).toList())
                        .execute());
            }
            throw e;
        }
        jdbi.useHandle(handle -> delete(handle, batch));
        return batch.size();
    }

    /** Where this poller is the database's only consumer (H2: one process per file), the oldest batch needs no claim. */
    private List<Locked> nextBatch() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT seq, envelope_id, bsp, received_at, priority, headers, body "
                        + "FROM inbound_envelopes ORDER BY priority DESC, seq LIMIT :limit")
                .bind("limit", batchSize)
                .map((rs, ctx) -> locked(rs))
                .list());
    }

    /** Claims the next batch for a lease, so that other nodes sharing the database take other envelopes. */
    private List<Locked> claimNextBatch() {
        Instant now = Instant.now();
        return jdbi.inTransaction(handle -> {
            List<Locked> claimed = handle.createQuery("SELECT seq, envelope_id, bsp, received_at, priority, headers, body "
                            + "FROM inbound_envelopes WHERE claimed_until IS NULL OR claimed_until < :now "
                            + "ORDER BY priority DESC, seq LIMIT :limit FOR UPDATE SKIP LOCKED")
                    .bind("now", now)
                    .bind("limit", batchSize)
                    .map((rs, ctx) -> locked(rs))
                    .list();
            if (!claimed.isEmpty()) {
                handle.createUpdate("UPDATE inbound_envelopes SET claimed_until = :until WHERE seq IN (<seqs>)")
                        .bind("until", now.plus(LEASE))
                        .bindList("seqs", claimed.stream().map(Locked::seq).toList())
                        .execute();
            }
            return claimed;
        });
    }

    private static void delete(Handle handle, List<Locked> batch) {
        handle.createUpdate("DELETE FROM inbound_envelopes WHERE seq IN (<seqs>)")
                .bindList("seqs", batch.stream().map(Locked::seq).toList())
                .execute();
    }

    private record Locked(long seq, InboundEnvelope envelope) {}

    private static Locked locked(ResultSet rs) throws SQLException {
        Map<String, String> headers;
        try {
            headers = JSON.readValue(rs.getString("headers"), HEADERS);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable headers of envelope " + rs.getString("envelope_id"), e);
        }
        String bspId = rs.getString("bsp");
        Bsp bsp = Bsp.fromId(bspId).orElseThrow(() -> new SQLException("unknown BSP " + bspId));
        return new Locked(rs.getLong("seq"), new InboundEnvelope(rs.getString("envelope_id"), bsp,
                instant(rs, "received_at"), rs.getInt("priority"), headers, rs.getBytes("body")));
    }

    /** The rows in the table: a batch in hand stays there until it has been handled. */
    @Override
    public long backlog() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM inbound_envelopes").mapTo(Long.class).one());
    }

    /**
     * Refuses new envelopes, writes those already accepted, and stops the poller after the batch it is handling.
     * Envelopes not handed over stay in the table. Idempotent.
     */
    @Override
    public void close() {
        Thread running;
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            pending.add(END);
            running = poller;
        }
        closing.countDown();
        committed.release();
        join(writer);
        if (syncer != null) {
            unsynced.add(List.of());
            join(syncer);
        }
        if (running != null) {
            join(running);
        }
    }

    private static void join(Thread thread) {
        if (thread == Thread.currentThread()) {
            return;
        }
        try {
            if (!thread.join(Duration.ofSeconds(30))) {
                LOG.log(System.Logger.Level.WARNING, thread.getName() + " did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
