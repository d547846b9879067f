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
    };

    /** A statement that keeps other nodes from migrating the same database until this transaction ends. */
    abstract Optional<String> migrationLock();

    /** A statement that makes what was committed survive a crash of the process, where a commit alone does not. */
    abstract Optional<String> makeCommitsDurable();

    /** Whether one poller is all that can ever consume this database's queue, so batches need no claim. */
    abstract boolean oneConsumerPerDatabase();

    /** A statement that frees envelope claims a previous run of this process left behind, where that is safe. */
    abstract Optional<String> releaseClaimsOnOpen();
}
