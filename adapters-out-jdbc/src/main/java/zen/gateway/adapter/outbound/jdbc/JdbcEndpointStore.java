package zen.gateway.adapter.outbound.jdbc;

import static zen.gateway.adapter.outbound.jdbc.Columns.instant;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import zen.gateway.application.port.outbound.endpoints.EndpointStore;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.subscription.Endpoint;
import zen.gateway.domain.subscription.EndpointState;
import zen.gateway.domain.subscription.TopicPattern;

/** {@link EndpointStore} on {@code webhooks}. Endpoint ids are unique across projects. Thread-safe. */
final class JdbcEndpointStore implements EndpointStore {

    private static final String SELECT = "SELECT id, project_owner_id, url, shared_secret, signing_secret, topics, "
            + "status_filter, state, state_reason, created_at, updated_at FROM webhooks";

    private final Jdbi jdbi;
    private final Transactions transactions;

    JdbcEndpointStore(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.transactions = new Transactions(jdbi);
    }

    @Override
    public void save(Endpoint endpoint) {
        transactions.inTransaction(handle -> {
            int updated = bind(handle.createUpdate("UPDATE webhooks SET project_owner_id = :projectOwnerId, url = :url, "
                    + "shared_secret = :sharedSecret, signing_secret = :signingSecret, topics = :topics, "
                    + "status_filter = :statusFilter, state = :state, state_reason = :stateReason, "
                    + "created_at = :createdAt, updated_at = :updatedAt WHERE id = :id"), endpoint).execute();
            if (updated == 0) {
                bind(handle.createUpdate("INSERT INTO webhooks (id, project_owner_id, url, shared_secret, signing_secret, "
                        + "topics, status_filter, state, state_reason, created_at, updated_at) VALUES (:id, "
                        + ":projectOwnerId, :url, :sharedSecret, :signingSecret, :topics, :statusFilter, :state, "
                        + ":stateReason, :createdAt, :updatedAt)"), endpoint).execute();
            }
            return null;
        });
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Endpoint e) {
        return statement.bind("id", e.id())
                .bind("projectOwnerId", e.projectOwnerId())
                .bind("url", e.url().toString())
                .bind("sharedSecret", e.sharedSecret())
                .bind("signingSecret", e.signingSecret())
                .bind("topics", e.topics().stream().map(TopicPattern::value).collect(Collectors.joining(",")))
                .bind("statusFilter", e.statusFilter().stream().sorted().map(Enum::name).collect(Collectors.joining(",")))
                .bind("state", e.state().name())
                .bind("stateReason", e.stateReason())
                .bind("createdAt", e.createdAt())
                .bind("updatedAt", e.updatedAt());
    }

    private static Endpoint endpoint(ResultSet rs) throws SQLException {
        String statusFilter = rs.getString("status_filter");
        return new Endpoint(rs.getString("id"), rs.getString("project_owner_id"), URI.create(rs.getString("url")),
                rs.getString("shared_secret"), rs.getString("signing_secret"),
                Arrays.stream(rs.getString("topics").split(",")).map(TopicPattern::of).toList(),
                statusFilter.isEmpty()
                        ? Set.of()
                        : Arrays.stream(statusFilter.split(",")).map(MessageStatus::valueOf).collect(Collectors.toSet()),
                EndpointState.valueOf(rs.getString("state")), rs.getString("state_reason"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    @Override
    public Optional<Endpoint> find(String projectOwnerId, String endpointId) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE id = :id AND project_owner_id = :project")
                .bind("id", endpointId)
                .bind("project", projectOwnerId)
                .map((rs, ctx) -> endpoint(rs))
                .findOne());
    }

    @Override
    public List<Endpoint> ofProject(String projectOwnerId) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE project_owner_id = :project "
                        + "ORDER BY created_at, id")
                .bind("project", projectOwnerId)
                .map((rs, ctx) -> endpoint(rs))
                .list());
    }

    @Override
    public List<String> projects() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT DISTINCT project_owner_id FROM webhooks ORDER BY project_owner_id")
                .mapTo(String.class)
                .list());
    }

    @Override
    public boolean delete(String projectOwnerId, String endpointId) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM webhooks WHERE id = :id AND project_owner_id = :project")
                .bind("id", endpointId)
                .bind("project", projectOwnerId)
                .execute()) > 0;
    }

    @Override
    public int deleteAll(String projectOwnerId) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM webhooks WHERE project_owner_id = :project")
                .bind("project", projectOwnerId)
                .execute());
    }
}
