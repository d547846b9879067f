package zen.gateway.adapter.outbound.jdbc;

import static zen.gateway.adapter.outbound.jdbc.Columns.instant;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import zen.gateway.application.port.outbound.campaigns.OptOutStore;
import zen.gateway.domain.campaign.OptOut;

/** {@link OptOutStore} on {@code opt_outs}. Thread-safe. */
final class JdbcOptOutStore implements OptOutStore {

    private final Jdbi jdbi;

    JdbcOptOutStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean add(OptOut o) {
        return jdbi.withHandle(handle -> handle.createUpdate("INSERT INTO opt_outs (project_owner_id, phone, source, "
                        + "created_at) VALUES (:project, :phone, :source, :createdAt) ON CONFLICT DO NOTHING")
                .bind("project", o.projectOwnerId())
                .bind("phone", o.phone())
                .bind("source", o.source())
                .bind("createdAt", o.createdAt())
                .execute()) == 1;
    }

    @Override
    public boolean remove(String projectOwnerId, String phone) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM opt_outs WHERE project_owner_id = :project "
                        + "AND phone = :phone")
                .bind("project", projectOwnerId)
                .bind("phone", phone)
                .execute()) == 1;
    }

    @Override
    public Set<String> optedOut(String projectOwnerId, Collection<String> phones) {
        if (phones.isEmpty()) {
            return Set.of();
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT phone FROM opt_outs WHERE project_owner_id = :project "
                        + "AND phone IN (<phones>)")
                .bind("project", projectOwnerId)
                .bindList("phones", List.copyOf(new HashSet<>(phones)))
                .mapTo(String.class)
                .set());
    }

    @Override
    public List<OptOut> list(String projectOwnerId, String afterPhone, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT project_owner_id, phone, source, created_at FROM opt_outs "
                        + "WHERE project_owner_id = :project AND (:after IS NULL OR phone > :after) ORDER BY phone LIMIT :limit")
                .bind("project", projectOwnerId)
                .bind("after", afterPhone)
                .bind("limit", limit)
                .map((rs, ctx) -> new OptOut(rs.getString("project_owner_id"), rs.getString("phone"),
                        rs.getString("source"), instant(rs, "created_at")))
                .list());
    }
}
