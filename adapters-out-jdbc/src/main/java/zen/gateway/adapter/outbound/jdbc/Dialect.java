package zen.gateway.adapter.outbound.jdbc;

import java.util.Optional;

/**
 * The little that differs between PostgreSQL and H2 (run in PostgreSQL mode): everything else is one SQL text.
 */
enum Dialect {
    POSTGRES {
        @Override
        Optional<String> migrationLock() {
            // held until the migration transaction ends; PostgreSQL DDL is transactional, so nodes starting
            // together apply each script exactly once
            return Optional.of("SELECT pg_advisory_xact_lock(7262851301)");
        }

        @Override
        Optional<String> makeCommitsDurable() {
            return Optional.empty();
        }

        @Override
        Optional<String> releaseClaimsOnOpen() {
            // other nodes may be processing their claims right now: theirs end with their lease
            return Optional.empty();
        }

        @Override
        boolean oneConsumerPerDatabase() {
            return false;
        }

        @Override
        String claimLock() {
            // nodes claiming together share the work instead of waiting for each other
            return " FOR UPDATE SKIP LOCKED";
        }

        @Override
        String dueIndexHint() {
            return "";
        }
    },
    H2 {
        @Override
        Optional<String> migrationLock() {
            // an H2 file belongs to one process, and SchemaMigration serializes the migrations of this one
            return Optional.empty();
        }

        @Override
        Optional<String> makeCommitsDurable() {
            // H2 has no redo log: a commit reaches the file within WRITE_DELAY, unless forced now
            return Optional.of("CHECKPOINT SYNC");
        }

        @Override
        Optional<String> releaseClaimsOnOpen() {
            // the file belongs to this process alone, so any claim in it was left by a previous run that stopped
            return Optional.of("UPDATE inbound_envelopes SET claimed_until = NULL WHERE claimed_until IS NOT NULL");
        }

        @Override
        boolean oneConsumerPerDatabase() {
            // H2 locks its file to one process, and a queue has one poller: nobody else can take a batch
            return true;
        }

        @Override
        String claimLock() {
            // H2 locked (and wrote a lock into) every row the ordered query read before applying its LIMIT: a
            // claim cost the whole backlog, over a second per claim with 10,000 due. One process owns the file,
            // so the store serializes its claims in memory instead.
            return "";
        }

        @Override
        String dueIndexHint() {
            // left to choose, H2 took the status index: every unfinished delivery, leased ones included, read
            // and sorted for each claim (a second each with 30,000 pending)
            return " USE INDEX (webhook_delivery_logs_due_in_order)";
        }
    };

    /** A statement that keeps other nodes from migrating the same database until this transaction ends. */
    abstract Optional<String> migrationLock();

    /** A statement that makes what was committed survive a crash of the process, where a commit alone does not. */
    abstract Optional<String> makeCommitsDurable();

    /** Whether one poller is all that can ever consume this database's queue, so batches need no claim. */
    abstract boolean oneConsumerPerDatabase();

    /**
     * What a claim's SELECT ends with to lock the rows it takes; empty where claims are serialized in process
     * ({@link #oneConsumerPerDatabase}).
     */
    abstract String claimLock();

    /** What follows the delivery table's name in a search by due time, to walk the due index in claim order. */
    abstract String dueIndexHint();

    /** A statement that frees envelope claims a previous run of this process left behind, where that is safe. */
    abstract Optional<String> releaseClaimsOnOpen();
}
