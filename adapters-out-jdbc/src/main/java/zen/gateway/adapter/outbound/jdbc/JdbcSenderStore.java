package zen.gateway.adapter.outbound.jdbc;

import static zen.gateway.adapter.outbound.jdbc.Columns.instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import zen.gateway.application.port.outbound.send.SenderStore;
import zen.gateway.domain.send.SendProvider;
import zen.gateway.domain.send.Sender;

/** {@link SenderStore} on {@code senders}; credentials as one JSON object. Thread-safe. */
final class JdbcSenderStore implements SenderStore {

    private static final String SELECT = "SELECT id, project_owner_id, business_number, provider, credentials, base_url, "
            + "rate_per_second, is_default, created_at, updated_at, daily_unique_recipients_limit FROM senders";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;
    private final Transactions transactions;

    JdbcSenderStore(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.transactions = new Transactions(jdbi);
    }

    @Override
    public void save(Sender sender) {
        transactions.inTransaction(handle -> {
            int updated = bind(handle.createUpdate("UPDATE senders SET project_owner_id = :project, business_number = "
                    + ":number, provider = :provider, credentials = :credentials, base_url = :baseUrl, rate_per_second = "
                    + ":rate, is_default = :isDefault, created_at = :createdAt, updated_at = :updatedAt, "
                    + "daily_unique_recipients_limit = :dailyLimit WHERE id = :id"),
                    sender).execute();
            if (updated == 0) {
                bind(handle.createUpdate("INSERT INTO senders (id, project_owner_id, business_number, provider, credentials, "
                        + "base_url, rate_per_second, is_default, created_at, updated_at, daily_unique_recipients_limit) VALUES (:id, "
                        + ":project, :number, :provider, :credentials, :baseUrl, :rate, :isDefault, :createdAt, :updatedAt, "
                        + ":dailyLimit)"), sender).execute();
            }
            return null;
        });
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Sender s) {
        try {
            return statement.bind("id", s.id())
                    .bind("project", s.projectOwnerId())
                    .bind("number", s.businessNumber())
                    .bind("provider", s.provider().id())
                    .bind("credentials", JSON.writeValueAsString(new TreeMap<>(s.credentials())))
                    .bind("baseUrl", s.baseUrl() == null ? null : s.baseUrl().toString())
                    .bind("rate", s.ratePerSecond())
                    .bind("isDefault", s.isDefault())
                    .bind("createdAt", s.createdAt())
                    .bind("updatedAt", s.updatedAt())
                    .bindByType("dailyLimit", s.dailyUniqueRecipientsLimit(), Integer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Sender sender(ResultSet rs) throws SQLException {
        Map<String, String> credentials;
        try {
            credentials = JSON.readValue(rs.getString("credentials"), new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the credentials of sender " + rs.getString("id") + " are not JSON", e);
        }
        String baseUrl = rs.getString("base_url");
        return new Sender(rs.getString("id"), rs.getString("project_owner_id"), rs.getString("business_number"),
                SendProvider.fromId(rs.getString("provider")).orElseThrow(), credentials,
                baseUrl == null ? null : URI.create(baseUrl), rs.getDouble("rate_per_second"), rs.getBoolean("is_default"),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getObject("daily_unique_recipients_limit", Integer.class));
    }

    @Override
    public Optional<Sender> find(String projectOwnerId, String senderId) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE id = :id AND project_owner_id = :project")
                .bind("id", senderId)
                .bind("project", projectOwnerId)
                .map((rs, ctx) -> sender(rs))
                .findOne());
    }

    @Override
    public List<Sender> ofProject(String projectOwnerId) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE project_owner_id = :project ORDER BY created_at, id")
                .bind("project", projectOwnerId)
                .map((rs, ctx) -> sender(rs))
                .list());
    }

    @Override
    public boolean delete(String projectOwnerId, String senderId) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM senders WHERE id = :id AND project_owner_id = :project")
                .bind("id", senderId)
                .bind("project", projectOwnerId)
                .execute()) > 0;
    }
}
