package zen.gateway.adapter.outbound.jdbc;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs work in a transaction and runs it again when it lost a race the database reports: a deadlock, a
 * serialization failure, a lock timeout, or a unique key another transaction took first (the next run sees
 * that row and takes the other path). The work must be safe to repeat from the start.
 */
final class Transactions {

    private static final int MAX_RUNS = 10;
    private static final Set<String> LOST_RACES = Set.of(
            "40001", // serialization failure (PostgreSQL), deadlock (H2)
            "40P01", // deadlock (PostgreSQL)
            "23505", // unique violation
            "HYT00", // lock timeout (H2)
            "90131"); // concurrent update (H2)

    private static final System.Logger LOG = System.getLogger(Transactions.class.getName());

    private final Jdbi jdbi;

    Transactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
        for (int run = 1; ; run++) {
            try {
                return jdbi.inTransaction(work);
            } catch (RuntimeException e) {
                if (run >= MAX_RUNS || !lostARace(e)) {
                    throw e;
                }
                LOG.log(System.Logger.Level.DEBUG, "transaction lost a race, running it again (run {0})", run + 1);
                // spread the runs apart so that the same transactions do not collide again
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1_000_000L, 5_000_000L * run));
            }
        }
    }

    static boolean lostARace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && anyLostARace(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyLostARace(SQLException sql) {
        // a failed JDBC batch reports the statement's own error as the next exception
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            if (e.getSQLState() != null && LOST_RACES.contains(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
