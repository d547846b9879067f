package zen.bench.ceiling;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the Meta stand-in received since the last reset: send requests in total, distinct recipients (every bench
 * message goes to a number of its own, so a recipient sent twice shows as {@code received > distinct}), and the first
 * and last arrival, which give the rate the gateway submitted at. Thread-safe.
 */
final class SendCounter {

    /** Makes wamids unique across the stand-in's restarts too, as Meta's are. */
    private final String wamidPrefix = "wamid.bench" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16) + "_";
    private final AtomicLong sequence = new AtomicLong();
    private final LongAdder received = new LongAdder();
    private volatile Set<String> recipients = ConcurrentHashMap.newKeySet();
    private final AtomicLong firstMillis = new AtomicLong(Long.MAX_VALUE);
    private final LongAccumulator lastMillis = new LongAccumulator(Math::max, 0);

    /** Counts one send to {@code to}; returns the wamid to answer with. */
    String record(String to) {
        long now = System.currentTimeMillis();
        received.increment();
        recipients.add(to);
        firstMillis.accumulateAndGet(now, Math::min);
        lastMillis.accumulate(now);
        return wamidPrefix + sequence.incrementAndGet();
    }

    synchronized void reset() {
        received.reset();
        recipients = ConcurrentHashMap.newKeySet();
        firstMillis.set(Long.MAX_VALUE);
        lastMillis.reset();
    }

    synchronized Map<String, Object> snapshot() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("received", received.sum());
        out.put("distinct", recipients.size());
        long first = firstMillis.get();
        out.put("first_ms", first == Long.MAX_VALUE ? 0 : first);
        out.put("last_ms", lastMillis.get());
        return out;
    }
}
