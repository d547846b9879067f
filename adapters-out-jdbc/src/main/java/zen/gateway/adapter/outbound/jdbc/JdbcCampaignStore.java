package zen.gateway.adapter.outbound.jdbc;

import static zen.gateway.adapter.outbound.jdbc.Columns.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import zen.gateway.application.port.outbound.campaigns.CampaignStore;
import zen.gateway.domain.campaign.Campaign;
import zen.gateway.domain.campaign.CampaignStatus;

/** {@link CampaignStore} on {@code campaigns}. Thread-safe. */
final class JdbcCampaignStore implements CampaignStore {

    private static final String COLUMNS = "id, project_owner_id, name, from_number, template_name, template_language, "
            + "start_at, status, duplicates, invalid, created_at, updated_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM campaigns";

    private final Jdbi jdbi;

    JdbcCampaignStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Campaign c) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO campaigns (" + COLUMNS + ") VALUES (:id, :project, :name, "
                        + ":from, :templateName, :templateLanguage, :startAt, :status, :duplicates, :invalid, :createdAt, "
                        + ":updatedAt)")
                .bind("id", c.id())
                .bind("project", c.projectOwnerId())
                .bind("name", c.name())
                .bind("from", c.from())
                .bind("templateName", c.templateName())
                .bind("templateLanguage", c.templateLanguage())
                .bind("startAt", c.startAt())
                .bind("status", c.status().name())
                .bind("duplicates", c.duplicates())
                .bind("invalid", c.invalid())
                .bind("createdAt", c.createdAt())
                .bind("updatedAt", c.updatedAt())
                .execute());
    }

    private static Campaign campaign(ResultSet rs) throws SQLException {
        return new Campaign(rs.getString("id"), rs.getString("project_owner_id"), rs.getString("name"),
                rs.getString("from_number"), rs.getString("template_name"), rs.getString("template_language"),
                instant(rs, "start_at"), CampaignStatus.valueOf(rs.getString("status")), rs.getLong("duplicates"),
                rs.getLong("invalid"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    @Override
    public Optional<Campaign> find(String id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> campaign(rs))
                .findOne());
    }

    @Override
    public boolean replace(Campaign next, CampaignStatus expected) {
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE campaigns SET status = :status, updated_at = :updatedAt "
                        + "WHERE id = :id AND status = :expected")
                .bind("status", next.status().name())
                .bind("updatedAt", next.updatedAt())
                .bind("id", next.id())
                .bind("expected", expected.name())
                .execute()) == 1;
    }

    @Override
    public void addSkipped(String id, long duplicates, long invalid) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE campaigns SET duplicates = duplicates + :duplicates, "
                        + "invalid = invalid + :invalid WHERE id = :id")
                .bind("duplicates", duplicates)
                .bind("invalid", invalid)
                .bind("id", id)
                .execute());
    }

    @Override
    public List<Campaign> list(String projectOwnerId, CampaignStatus status, int limit) {
        String where = " WHERE (:project IS NULL OR project_owner_id = :project) AND (:status IS NULL OR status = :status)";
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + where + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                .bind("project", projectOwnerId)
                .bind("status", status == null ? null : status.name())
                .bind("limit", limit)
                .map((rs, ctx) -> campaign(rs))
                .list());
    }

    @Override
    public List<Campaign> inStatus(CampaignStatus status, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE status = :status ORDER BY created_at, id LIMIT :limit")
                .bind("status", status.name())
                .bind("limit", limit)
                .map((rs, ctx) -> campaign(rs))
                .list());
    }
}
