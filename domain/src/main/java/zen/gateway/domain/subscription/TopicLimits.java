package zen.gateway.domain.subscription;

import java.util.ArrayList;
import java.util.List;

/**
 * What a customer may subscribe to, so that matching one event against one project's endpoints stays cheap.
 * Checked when patterns are configured ({@link TopicPattern#configured}, {@link #configured}), never when stored
 * ones are loaded ({@link TopicPattern#of}): an endpoint saved before these limits keeps receiving its events, and
 * its patterns cost at most their length because matching is linear. The messages name the limit, fit for a 400.
 */
public final class TopicLimits {

    public static final int MAX_WORDS_PER_PATTERN = 16;
    /** {@code **} words in one pattern. */
    public static final int MAX_ANY_WORDS_PER_PATTERN = 2;
    public static final int MAX_PATTERNS_PER_ENDPOINT = 64;

    /** How much of an offending pattern a message quotes: a pattern of a megabyte must not make one. */
    private static final int QUOTED_CHARS = 64;

    private TopicLimits() {}

    /** The patterns one endpoint asks for, each well-formed and within the limits, in order. */
    public static List<TopicPattern> configured(List<String> values) {
        if (values.size() > MAX_PATTERNS_PER_ENDPOINT) {
            throw new IllegalArgumentException("topics: at most " + MAX_PATTERNS_PER_ENDPOINT
                    + " patterns per endpoint, not " + values.size());
        }
        List<TopicPattern> patterns = new ArrayList<>(values.size());
        values.forEach(value -> patterns.add(TopicPattern.configured(value)));
        return List.copyOf(patterns);
    }

    static void requireWithin(TopicPattern pattern) {
        List<String> words = pattern.words();
        if (words.size() > MAX_WORDS_PER_PATTERN) {
            throw new IllegalArgumentException("topics: at most " + MAX_WORDS_PER_PATTERN + " words per pattern, and "
                    + quoted(pattern.value()) + " has " + words.size());
        }
        long anyWords = words.stream().filter(WordMatcher.ANY_WORDS::equals).count();
        if (anyWords > MAX_ANY_WORDS_PER_PATTERN) {
            throw new IllegalArgumentException("topics: '**' at most twice per pattern, and "
                    + quoted(pattern.value()) + " has it " + anyWords + " times");
        }
    }

    static String quoted(String value) {
        return "'" + (value.length() <= QUOTED_CHARS ? value : value.substring(0, QUOTED_CHARS) + "...") + "'";
    }
}
