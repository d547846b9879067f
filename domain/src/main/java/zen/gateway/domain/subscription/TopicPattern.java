package zen.gateway.domain.subscription;

import java.util.List;
import java.util.regex.Pattern;
import zen.gateway.domain.event.Topic;

/**
 * A subscription to topics. Segments are compared one by one: {@code *} stands for exactly one segment,
 * {@code **} for any number of segments (including none), and {@code *} alone for every topic.
 * {@code datagen.*} matches {@code datagen.delivery}; {@code aisensy.**} matches every AiSensy topic.
 */
public record TopicPattern(String value) {

    private static final Pattern SHAPE = Pattern.compile("(\\*\\*|\\*|[a-z0-9_]+)(\\.(\\*\\*|\\*|[a-z0-9_]+))*");

    public static final TopicPattern EVERYTHING = new TopicPattern("*");

    public TopicPattern {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a topic pattern: " + value
                    + " (dot-separated lower-case words, '*' for one word, '**' for any number of words)");
        }
    }

    public static TopicPattern of(String value) {
        return new TopicPattern(value);
    }

    public boolean matches(Topic topic) {
        if (value.equals("*")) {
            return true;
        }
        return matches(List.of(value.split("\\.")), 0, topic.segments(), 0);
    }

    private static boolean matches(List<String> pattern, int p, List<String> topic, int t) {
        if (p == pattern.size()) {
            return t == topic.size();
        }
        String segment = pattern.get(p);
        if (segment.equals("**")) {
            for (int skip = t; skip <= topic.size(); skip++) {
                if (matches(pattern, p + 1, topic, skip)) {
                    return true;
                }
            }
            return false;
        }
        return t < topic.size()
                && (segment.equals("*") || segment.equals(topic.get(t)))
                && matches(pattern, p + 1, topic, t + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
