package zen.gateway.adapter.outbound.redis;

import java.util.Optional;

/**
 * What crosses the eviction channel: which node evicted (so that it can skip its own message, having told its
 * listeners already), and which key, or every key. Text, {@code <origin>|key|<key>} or {@code <origin>|all}: any
 * key may be sent, {@code *} and {@code |} included, without being mistaken for "all". Immutable.
 *
 * @param origin the node that evicted
 * @param key    the evicted key, or null for every key
 */
record EvictionMessage(String origin, String key) {

    private static final String ONE = "key";
    private static final String ALL = "all";

    EvictionMessage {
        if (origin == null || origin.isEmpty() || origin.contains("|")) {
            throw new IllegalArgumentException("an origin is a non-empty name without '|'");
        }
    }

    static EvictionMessage of(String origin, String key) {
        return new EvictionMessage(origin, key);
    }

    static EvictionMessage everything(String origin) {
        return new EvictionMessage(origin, null);
    }

    String encode() {
        return key == null ? origin + "|" + ALL : origin + "|" + ONE + "|" + key;
    }

    /** Empty when the text is not an eviction message (something else published on the channel). */
    static Optional<EvictionMessage> decode(String text) {
        String[] parts = text == null ? new String[0] : text.split("\\|", 3);
        if (parts.length == 2 && parts[1].equals(ALL) && !parts[0].isEmpty()) {
            return Optional.of(everything(parts[0]));
        }
        if (parts.length == 3 && parts[1].equals(ONE) && !parts[0].isEmpty()) {
            return Optional.of(of(parts[0], parts[2]));
        }
        return Optional.empty();
    }
}
