package zen.gateway.adapter.embedded.dedup;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import zen.gateway.application.port.outbound.dedup.DedupFilter;

/**
 * A {@link DedupFilter} for one process: a claim lasts {@code ttl} (24 h by default), and at most
 * {@code maxEntries} claims are kept, the oldest being forgotten first so that memory stays bounded under any
 * load. An id is kept as the first 128 bits of its SHA-256 ({@link ClaimRing}, 32 bytes a claim): two ids that
 * differ are taken for one with a chance of about one in 10^32 per claim, and a BSP cannot make them collide
 * on purpose. Thread-safe.
 */
public final class InProcessDedupFilter implements DedupFilter {

    public static final Duration DEFAULT_TTL = Duration.ofHours(24);
    public static final int DEFAULT_MAX_ENTRIES = 1_000_000;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final Clock clock;
    private final long ttlMillis;
    private final ClaimRing claims;
    private final MessageDigest sha256 = sha256();
    private final byte[] digest = new byte[32];

    public InProcessDedupFilter() {
        this(Clock.systemUTC(), DEFAULT_TTL, DEFAULT_MAX_ENTRIES);
    }

    public InProcessDedupFilter(Clock clock, Duration ttl, int maxEntries) {
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive");
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.ttlMillis = ttl.toMillis();
        this.claims = new ClaimRing(maxEntries);
    }

    @Override
    public synchronized Set<String> claim(Collection<String> eventIds) {
        long now = clock.millis();
        claims.forgetExpiredAt(now);
        Set<String> claimed = new LinkedHashSet<>();
        for (String id : eventIds) {
            fingerprint(id);
            long high = word(0);
            long low = word(8);
            if (!claims.contains(high, low)) {
                claims.add(high, low, now + ttlMillis);
                claimed.add(id);
            }
        }
        return claimed;
    }

    @Override
    public synchronized void release(Collection<String> eventIds) {
        for (String id : eventIds) {
            fingerprint(id);
            claims.release(word(0), word(8));
        }
    }

    synchronized int size() {
        return claims.size();
    }

    private void fingerprint(String id) {
        sha256.update(id.getBytes(StandardCharsets.UTF_8));
        try {
            sha256.digest(digest, 0, digest.length);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 did not fit its own length", e);
        }
    }

    private long word(int offset) {
        return (long) LONGS.get(digest, offset);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
