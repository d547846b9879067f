package zen.gateway.application.inmemory;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import zen.gateway.application.port.outbound.dedup.DedupFilter;

/** A {@link DedupFilter} that remembers every claim for as long as it lives. Thread-safe. */
public final class InMemoryDedupFilter implements DedupFilter {

    private final Set<String> claimed = new HashSet<>();

    @Override
    public synchronized Set<String> claim(Collection<String> eventIds) {
        Set<String> fresh = new LinkedHashSet<>();
        for (String id : eventIds) {
            if (claimed.add(id)) {
                fresh.add(id);
            }
        }
        return fresh;
    }

    @Override
    public synchronized void release(Collection<String> eventIds) {
        claimed.removeAll(eventIds);
    }
}
