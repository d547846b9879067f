package zen.gateway.domain.subscription;

import java.util.List;
import zen.gateway.domain.event.Topic;

/**
 * A subscription to topics. Words are compared one by one: {@code *} stands for exactly one word,
 * {@code **} for any number of words (including none), and {@code *} alone for every topic.
 * {@code datagen.*} matches {@code datagen.delivery}; {@code aisensy.**} matches every AiSensy topic.
 * Matching takes at most pattern words × topic words steps, whatever the pattern.
 */
public record TopicPattern(String value) {

    public static final TopicPattern EVERYTHING = new TopicPattern("*");

    public TopicPattern {
        if (value == null || !wellFormed(value)) {
            throw new IllegalArgumentException("not a topic pattern: " + (value == null ? null : TopicLimits.quoted(value))
                    + " (dot-separated lower-case words, '*' for one word, '**' for any number of words)");
        }
    }

    /** A pattern as stored: any well-formed one, however long, so that endpoints saved before the limits still load. */
    public static TopicPattern of(String value) {
        return new TopicPattern(value);
    }

    /** A pattern a customer configures now: well-formed and within {@link TopicLimits}. */
    public static TopicPattern configured(String value) {
        TopicPattern pattern = of(value);
        TopicLimits.requireWithin(pattern);
        return pattern;
    }

    public boolean matches(Topic topic) {
        return value.equals(WordMatcher.ONE_WORD) || WordMatcher.matches(words(), topic.segments());
    }

    List<String> words() {
        return List.of(value.split("\\.", -1));
    }

    /**
     * Each word is {@code *}, {@code **} or lower-case letters, digits and {@code _}. Read in one pass by hand: a
     * regular expression over repeated groups recurses once per word and overflowed the stack at 1,000 words.
     */
    private static boolean wellFormed(String value) {
        int wordStart = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == '.') {
                if (!wellFormedWord(value, wordStart, i)) {
                    return false;
                }
                wordStart = i + 1;
            }
        }
        return true;
    }

    private static boolean wellFormedWord(String value, int start, int end) {
        if (end == start) {
            return false;
        }
        if (value.charAt(start) == '*') {
            return end - start <= 2 && value.charAt(end - 1) == '*';
        }
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
