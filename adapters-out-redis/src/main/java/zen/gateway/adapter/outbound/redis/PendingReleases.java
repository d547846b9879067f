package zen.gateway.adapter.outbound.redis;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Claims that could not be released in Redis (it was unreachable), to be released with the next call that reaches
 * it. Without this, a claim made before an outage and released during it would stay in Redis for the whole dedup
 * time to live, and every retry of that event would be dropped as a repeat: the event would be lost. Bounded: past
 * {@code capacity} the oldest are forgotten. Thread-safe.
 */
final class PendingReleases {

    private final int capacity;
    private final LinkedHashSet<String> ids = new LinkedHashSet<>();

    PendingReleases(int capacity) {
        this.capacity = capacity;
    }

    /** Takes every pending id, and the given ones; give them back if they could not be released. */
    synchronized List<String> takeAll(Collection<String> alsoThese) {
        LinkedHashSet<String> taken = new LinkedHashSet<>(ids);
        ids.clear();
        taken.addAll(alsoThese);
        return List.copyOf(taken);
    }

    synchronized void giveBack(Collection<String> notReleased) {
        ids.addAll(notReleased);
        Iterator<String> oldestFirst = ids.iterator();
        while (ids.size() > capacity) {
            oldestFirst.next();
            oldestFirst.remove();
        }
    }

    synchronized int size() {
        return ids.size();
    }
}
