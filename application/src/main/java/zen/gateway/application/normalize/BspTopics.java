package zen.gateway.application.normalize;

import java.util.Locale;
import java.util.StringJoiner;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.event.Topic;

/** BSP-specific topics, including ones named by the payload itself (AiSensy topics, Meta change fields). */
final class BspTopics {

    static final String DELIVERY = "delivery";
    static final String USER_MESSAGE = "user_message";
    private static final int LONGEST_KIND = 100;

    private BspTopics() {}

    /** {@code <bsp>.<kind>} where kind comes from a payload and is made to fit the topic grammar. */
    static Topic of(Bsp bsp, String kind) {
        return bsp.topic(sanitize(kind));
    }

    /**
     * Lower-cases and replaces anything but letters, digits, {@code _} and {@code .} by {@code _}; empty segments
     * become {@code _}. A topic is matched against subscription patterns, so it must never fail the grammar.
     */
    static String sanitize(String kind) {
        String bounded = kind.length() > LONGEST_KIND ? kind.substring(0, LONGEST_KIND) : kind;
        StringBuilder cleaned = new StringBuilder(bounded.length());
        for (char c : bounded.toLowerCase(Locale.ROOT).toCharArray()) {
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
            cleaned.append(allowed ? c : '_');
        }
        StringJoiner segments = new StringJoiner(".");
        for (String segment : cleaned.toString().split("\\.", -1)) {
            segments.add(segment.isEmpty() ? "_" : segment);
        }
        return segments.toString();
    }
}
