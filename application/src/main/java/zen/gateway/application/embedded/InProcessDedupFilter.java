package zen.gateway.application.embedded;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import zen.gateway.application.port.outbound.DedupFilter;

/**
 * A {@link DedupFilter} for one process: a claim lasts {@code ttl} (24 h by default), and at most
 * {@code maxEntries} claims are kept, the oldest being forgotten first so that memory stays bounded under any
 * load. Thread-safe.
 */
public final class InProcessDedupFilter implements DedupFilter {

    public static final Duration DEFAULT_TTL = Duration.ofHours(24);
    public static final int DEFAULT_MAX_ENTRIES = 1_000_000;

    private final Clock clock;
    private final Duration ttl;
    private final int maxEntries;
    /** Claim expiry by event id, oldest claim first: expiry and eviction both take from the head. */
    private final LinkedHashMap<String, Instant> expiryById = new LinkedHashMap<>();

    public InProcessDedupFilter() {
        this(Clock.systemUTC(), DEFAULT_TTL, DEFAULT_MAX_ENTRIES);
    }

    public InProcessDedupFilter(Clock clock, Duration ttl, int maxEntries) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive");
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.maxEntries = maxEntries;
    }

    @Override
    public synchronized Set<String> claim(Collection<String> eventIds) {
        Instant now = clock.instant();
        forgetExpired(now);
        Set<String> claimed = new LinkedHashSet<>();
        for (String id : eventIds) {
            if (!expiryById.containsKey(id)) {
                expiryById.put(id, now.plus(ttl));
                claimed.add(id);
            }
        }
        evictOldest();
        return claimed;
    }

    @Override
    public synchronized void release(Collection<String> eventIds) {
        eventIds.forEach(expiryById::remove);
    }

    synchronized int size() {
        return expiryById.size();
    }

    /** Claims are kept in claiming order and all last as long, so the expired ones are at the head. */
    private void forgetExpired(Instant now) {
        Iterator<Map.Entry<String, Instant>> oldestFirst = expiryById.entrySet().iterator();
        while (oldestFirst.hasNext() && !oldestFirst.next().getValue().isAfter(now)) {
            oldestFirst.remove();
        }
    }

    private void evictOldest() {
        Iterator<String> oldestFirst = expiryById.keySet().iterator();
        while (expiryById.size() > maxEntries) {
            oldestFirst.next();
            oldestFirst.remove();
        }
    }
}
