package zen.gateway.adapter.outbound.jdbc;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import zen.gateway.application.port.outbound.projects.ProjectNumberStore;

/** {@link ProjectNumberStore} on {@code project_numbers}: the business number is the key. Thread-safe. */
final class JdbcProjectNumberStore implements ProjectNumberStore {

    private final Jdbi jdbi;
    private final Transactions transactions;

    JdbcProjectNumberStore(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.transactions = new Transactions(jdbi);
    }

    @Override
    public void assign(String businessNumber, String projectOwnerId) {
        // update, else insert: portable, and a concurrent insert of the same number fails the unique key and
        // the next run updates
        transactions.inTransaction(handle -> {
            int updated = handle.createUpdate(
                            "UPDATE project_numbers SET project_owner_id = :project WHERE business_number = :number")
                    .bind("number", businessNumber)
                    .bind("project", projectOwnerId)
                    .execute();
            if (updated == 0) {
                handle.createUpdate("INSERT INTO project_numbers (business_number, project_owner_id) VALUES (:number, :project)")
                        .bind("number", businessNumber)
                        .bind("project", projectOwnerId)
                        .execute();
            }
            return null;
        });
    }

    @Override
    public boolean remove(String projectOwnerId, String businessNumber) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM project_numbers WHERE business_number = :number AND project_owner_id = :project")
                .bind("number", businessNumber)
                .bind("project", projectOwnerId)
                .execute()) > 0;
    }

    @Override
    public List<String> numbersOf(String projectOwnerId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT business_number FROM project_numbers WHERE project_owner_id = :project ORDER BY business_number")
                .bind("project", projectOwnerId)
                .mapTo(String.class)
                .list());
    }

    @Override
    public Optional<String> projectOf(String businessNumber) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT project_owner_id FROM project_numbers WHERE business_number = :number")
                .bind("number", businessNumber)
                .mapTo(String.class)
                .findOne());
    }
}
