package zen.gateway.adapter.outbound.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers each name's addresses for a while, so that checking the destination before every send does not cost
 * a DNS query per send (a name asks several in a cluster with search domains). The JDK's cache did this before the
 * policy asked DNS directly; 30 s is that cache's default. Failures are not remembered: a name fixed a moment ago
 * resolves at once. Thread-safe.
 */
final class CachingHostResolver implements HostResolver {

    static final Duration DEFAULT_TTL = Duration.ofSeconds(30);
    /** Far more names than endpoints have hosts; past it, the expired ones go (all of them, if none has). */
    private static final int MOST_NAMES = 10_000;

    private record Answer(InetAddress[] addresses, long expiresAtNanos) {}

    private final HostResolver upstream;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    CachingHostResolver(HostResolver upstream, Duration ttl, LongSupplier nanoTime) {
        this.upstream = upstream;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = host.toLowerCase(Locale.ROOT);
        long now = nanoTime.getAsLong();
        Answer remembered = answers.get(name);
        if (remembered != null && now - remembered.expiresAtNanos() < 0) {
            return remembered.addresses().clone();
        }
        InetAddress[] fresh = upstream.resolve(host);
        if (answers.size() >= MOST_NAMES) {
            answers.values().removeIf(answer -> now - answer.expiresAtNanos() >= 0);
            if (answers.size() >= MOST_NAMES) {
                answers.clear();
            }
        }
        answers.put(name, new Answer(fresh.clone(), now + ttlNanos));
        return fresh;
    }
}
