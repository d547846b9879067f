package zen.gateway.application.inmemory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import zen.gateway.application.port.outbound.campaigns.OptOutStore;
import zen.gateway.domain.campaign.OptOut;

/** {@link OptOutStore} in a sorted map. Thread-safe. */
public final class InMemoryOptOutStore implements OptOutStore {

    private final Map<String, OptOut> byKey = new ConcurrentSkipListMap<>();

    private static String key(String project, String phone) {
        return project + "\u0000" + phone;
    }

    @Override
    public boolean add(OptOut optOut) {
        return byKey.putIfAbsent(key(optOut.projectOwnerId(), optOut.phone()), optOut) == null;
    }

    @Override
    public boolean remove(String projectOwnerId, String phone) {
        return byKey.remove(key(projectOwnerId, phone)) != null;
    }

    @Override
    public Set<String> optedOut(String projectOwnerId, Collection<String> phones) {
        return phones.stream().filter(p -> byKey.containsKey(key(projectOwnerId, p))).collect(Collectors.toSet());
    }

    @Override
    public List<OptOut> list(String projectOwnerId, String afterPhone, int limit) {
        return byKey.values().stream()
                .filter(o -> o.projectOwnerId().equals(projectOwnerId))
                .filter(o -> afterPhone == null || o.phone().compareTo(afterPhone) > 0)
                .limit(limit)
                .toList();
    }
}
