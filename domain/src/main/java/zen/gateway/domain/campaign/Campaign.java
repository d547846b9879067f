package zen.gateway.domain.campaign;

import java.time.Instant;
import java.util.Objects;

/**
 * One template sent to a list. The counts of lines that never became recipients live here ({@code duplicates},
 * {@code invalid}); every recipient is counted by its own status.
 *
 * @param from    the sender's business number; null for the project's default sender
 * @param startAt when a started campaign begins; null for at once
 */
public record Campaign(
        String id,
        String projectOwnerId,
        String name,
        String from,
        String templateName,
        String templateLanguage,
        Instant startAt,
        CampaignStatus status,
        long duplicates,
        long invalid,
        Instant createdAt,
        Instant updatedAt) {

    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projectOwnerId, "projectOwnerId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(templateName, "templateName");
        Objects.requireNonNull(templateLanguage, "templateLanguage");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Campaign draft(String id, String projectOwnerId, String name, String from, String templateName,
            String templateLanguage, Instant startAt, Instant now) {
        return new Campaign(id, projectOwnerId, name, from, templateName, templateLanguage, startAt, CampaignStatus.DRAFT,
                0, 0, now, now);
    }

    /** This campaign in {@code next}, or an exception when the table does not allow the move. */
    public Campaign movedTo(CampaignStatus next, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("a " + status.wireName() + " campaign cannot become " + next.wireName());
        }
        return new Campaign(id, projectOwnerId, name, from, templateName, templateLanguage, startAt, next, duplicates,
                invalid, createdAt, now);
    }
}
