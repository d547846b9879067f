package zen.gateway.domain.event;

import java.util.UUID;

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
}
