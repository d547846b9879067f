package zen.gateway.application.send;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Meta's pair rate limit on the gateway's side: at least {@code interval} between two sends from one business number
 * to one recipient (about 6 s; above it Meta answers 131056, bsp/send/meta-cloud-api.md §6). Asking never blocks: a
 * send that may not go yet is told when it may, and waits queued until then.
 *
 * <p>Memory is bounded by the sends of the last {@code interval}: pairs are kept in the order of their last send,
 * so the expired ones are at the head and leave as new ones come (80 messages/s for 6 s is 480 pairs per number);
 * past {@code maxPairs} the oldest goes even unexpired, which at worst lets one message meet the provider's own
 * limit, whose 131056 answer is retried like any throttling. Per node: nodes sharing a store do not see each
 * other's sends, the same fallback covers that. Thread-safe.
 */
final class RecipientSpacing {

    /** About 100 bytes a pair: 10 MB at most. */
    static final int MAX_PAIRS = 100_000;

    private record Pair(String from, String to) {}

    private final Duration interval;
    private final int maxPairs;
    private final LinkedHashMap<Pair, Instant> lastSent = new LinkedHashMap<>();

    RecipientSpacing(Duration interval) {
        this(interval, MAX_PAIRS);
    }

    RecipientSpacing(Duration interval, int maxPairs) {
        this.interval = interval;
        this.maxPairs = maxPairs;
    }

    /**
     * Takes the pair's turn at {@code now} if it has one; otherwise leaves it untouched and returns when its turn
     * comes.
     */
    synchronized Optional<Instant> tryTake(String from, String to, Instant now) {
        if (interval.isZero()) {
            return Optional.empty();
        }
        forgetExpired(now);
        Pair pair = new Pair(from, to);
        Instant last = lastSent.get(pair);
        if (last != null && last.plus(interval).isAfter(now)) {
            return Optional.of(last.plus(interval));
        }
        lastSent.remove(pair); // re-inserted at the tail: the map stays in the order of last sends
        lastSent.put(pair, now);
        if (lastSent.size() > maxPairs) {
            forgetEldest();
        }
        return Optional.empty();
    }

    synchronized int size() {
        return lastSent.size();
    }

    private void forgetExpired(Instant now) {
        Iterator<Map.Entry<Pair, Instant>> oldestFirst = lastSent.entrySet().iterator();
        while (oldestFirst.hasNext() && !oldestFirst.next().getValue().plus(interval).isAfter(now)) {
            oldestFirst.remove();
        }
    }

    private void forgetEldest() {
        Iterator<Pair> oldestFirst = lastSent.keySet().iterator();
        oldestFirst.next();
        oldestFirst.remove();
    }
}
