package zen.gateway.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import zen.gateway.application.port.outbound.campaigns.CampaignStore;
import zen.gateway.domain.campaign.Campaign;
import zen.gateway.domain.campaign.CampaignStatus;

/** {@link CampaignStore} in a map. Thread-safe. */
public final class InMemoryCampaignStore implements CampaignStore {

    private final Map<String, Campaign> byId = new ConcurrentHashMap<>();

    @Override
    public void insert(Campaign campaign) {
        if (byId.putIfAbsent(campaign.id(), campaign) != null) {
            throw new IllegalStateException("campaign " + campaign.id() + " exists already");
        }
    }

    @Override
    public Optional<Campaign> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized boolean replace(Campaign next, CampaignStatus expected) {
        Campaign current = byId.get(next.id());
        if (current == null || current.status() != expected) {
            return false;
        }
        byId.put(next.id(), new Campaign(current.id(), current.projectOwnerId(), current.name(), current.from(),
                current.templateName(), current.templateLanguage(), current.startAt(), next.status(),
                current.duplicates(), current.invalid(), current.createdAt(), next.updatedAt()));
        return true;
    }

    @Override
    public synchronized void addSkipped(String id, long duplicates, long invalid) {
        byId.computeIfPresent(id, (k, c) -> new Campaign(c.id(), c.projectOwnerId(), c.name(), c.from(), c.templateName(),
                c.templateLanguage(), c.startAt(), c.status(), c.duplicates() + duplicates, c.invalid() + invalid,
                c.createdAt(), c.updatedAt()));
    }

    @Override
    public List<Campaign> list(String projectOwnerId, CampaignStatus status, int limit) {
        return byId.values().stream()
                .filter(c -> projectOwnerId == null || c.projectOwnerId().equals(projectOwnerId))
                .filter(c -> status == null || c.status() == status)
                .sorted(Comparator.comparing(Campaign::createdAt).thenComparing(Campaign::id).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public List<Campaign> inStatus(CampaignStatus status, int limit) {
        return byId.values().stream()
                .filter(c -> c.status() == status)
                .sorted(Comparator.comparing(Campaign::createdAt).thenComparing(Campaign::id))
                .limit(limit)
                .toList();
    }
}
