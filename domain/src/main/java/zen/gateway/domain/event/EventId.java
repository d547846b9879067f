package zen.gateway.domain.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stable identity of one event, used to drop repeats. Derived from what the BSP itself uses to tell
 * events apart (its notification id, or message id plus status), so a BSP retry yields the same id.
 */
public record EventId(String value) {

    private static final char SEPARATOR = '\u001f';

    public EventId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an event id cannot be blank");
        }
    }

    /** A short hash of the given parts, in order; null parts count as empty. */
    public static EventId derive(String... parts) {
        return new EventId(HexFormat.of().formatHex(digest(parts), 0, 16));
    }

    /** The SHA-256 of the given parts, in order and kept apart; null parts count as empty. */
    public static byte[] digest(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            joined.append(part == null ? "" : part).append(SEPARATOR);
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(joined.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
