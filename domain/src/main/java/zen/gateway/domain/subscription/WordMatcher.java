package zen.gateway.domain.subscription;

import java.util.List;

/**
 * Matches pattern words against topic words without backtracking: it walks the topic once, keeping the set of
 * pattern positions that the words read so far can have led to (the states of the pattern's automaton). Time is
 * at most pattern words × topic words and memory one flag per pattern word, whatever the pattern, where trying
 * every split of the words among the {@code **} took a minute for 250 of them and overflowed the stack at 2,000.
 * Stateless and thread-safe.
 */
final class WordMatcher {

    static final String ONE_WORD = "*";
    static final String ANY_WORDS = "**";

    private WordMatcher() {}

    /** Whether {@code topic} matches {@code pattern} as a whole: {@code *} is one word, {@code **} any number. */
    static boolean matches(List<String> pattern, List<String> topic) {
        boolean[] reached = new boolean[pattern.size() + 1];
        reached[0] = true;
        skipAnyWords(pattern, reached);
        for (String word : topic) {
            boolean[] next = new boolean[reached.length];
            boolean any = false;
            for (int position = 0; position < pattern.size(); position++) {
                if (!reached[position]) {
                    continue;
                }
                String expected = pattern.get(position);
                if (expected.equals(ANY_WORDS)) {
                    next[position] = true; // ** takes this word and may take more
                    any = true;
                } else if (expected.equals(ONE_WORD) || expected.equals(word)) {
                    next[position + 1] = true;
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
            reached = next;
            skipAnyWords(pattern, reached);
        }
        return reached[pattern.size()];
    }

    /** A {@code **} may also take no word: whoever reaches it reaches what follows it. Left to right, so chains close. */
    private static void skipAnyWords(List<String> pattern, boolean[] reached) {
        for (int position = 0; position < pattern.size(); position++) {
            if (reached[position] && pattern.get(position).equals(ANY_WORDS)) {
                reached[position + 1] = true;
            }
        }
    }
}
