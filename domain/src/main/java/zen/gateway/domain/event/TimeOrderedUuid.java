package zen.gateway.domain.event;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The UUID version 7 layout (RFC 9562): a Unix time in milliseconds in the first 48 bits, then 74 bits the caller
 * chooses (random ones for a fresh id, a hash for an id that must come out the same each time). Ids of later times
 * sort later, as UUIDs and as text, so an index on them grows at one edge.
 */
public final class TimeOrderedUuid {

    private TimeOrderedUuid() {}

    /** The id of {@code epochMillis} whose other bits are the low 12 bits of {@code a} and the low 62 of {@code b}. */
    public static String of(long epochMillis, long a, long b) {
        long high = (epochMillis << 16) | 0x7000L | (a & 0x0FFFL);
        long low = (b & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    /**
     * A fresh id of {@code epochMillis} with random other bits. Not a secret: nothing is authorized by knowing one,
     * hence the cheap thread-local randomness. Ids made later sort later, so the stores' indexes on them grow at one
     * edge instead of taking every insert at a random page; random v4 ids made each batch of new messages touch (and
     * each checkpoint rewrite) pages all over the index.
     */
    public static String random(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return of(epochMillis, random.nextLong(), random.nextLong());
    }
}
