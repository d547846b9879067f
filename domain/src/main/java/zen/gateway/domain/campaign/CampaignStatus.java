package zen.gateway.domain.campaign;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a campaign stands. Only {@link #RUNNING} hands recipients out; {@link #COMPLETED} and {@link #CANCELLED}
 * are final. One table says which moves are allowed, so every store and resource asks the same question.
 */
public enum CampaignStatus {
    DRAFT,
    /** Started with a {@code start_at} in the future: becomes running then. */
    SCHEDULED,
    RUNNING,
    PAUSED,
    COMPLETED,
    CANCELLED;

    private static final Map<CampaignStatus, Set<CampaignStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SCHEDULED, RUNNING, CANCELLED),
            SCHEDULED, EnumSet.of(RUNNING, PAUSED, CANCELLED),
            RUNNING, EnumSet.of(PAUSED, COMPLETED, CANCELLED),
            PAUSED, EnumSet.of(RUNNING, SCHEDULED, CANCELLED),
            COMPLETED, EnumSet.noneOf(CampaignStatus.class),
            CANCELLED, EnumSet.noneOf(CampaignStatus.class));

    public boolean canMoveTo(CampaignStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CampaignStatus> fromWire(String name) {
        for (CampaignStatus s : values()) {
            if (s.wireName().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
