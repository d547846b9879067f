package zen.gateway.application.port.outbound.campaigns;

import java.util.List;
import java.util.Optional;
import zen.gateway.domain.campaign.Campaign;
import zen.gateway.domain.campaign.CampaignStatus;

/** {@code campaigns}: one row per campaign. Thread-safe. */
public interface CampaignStore {

    void insert(Campaign campaign);

    Optional<Campaign> find(String id);

    /**
     * Replaces the stored campaign's status (and its update time) with {@code next}'s if it is still {@code expected}:
     * false when another writer moved it first, and then nothing changed.
     */
    boolean replace(Campaign next, CampaignStatus expected);

    /** Adds to the counts of the lines an upload skipped: atomic, so that two uploads at once both count. */
    void addSkipped(String id, long duplicates, long invalid);

    /** A project's campaigns (all projects when null), in one status when given, newest first. */
    List<Campaign> list(String projectOwnerId, CampaignStatus status, int limit);

    /** Campaigns in this status, any project, oldest first: what the runner looks at. */
    List<Campaign> inStatus(CampaignStatus status, int limit);
}
