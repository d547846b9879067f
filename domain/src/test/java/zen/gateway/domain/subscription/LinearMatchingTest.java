package zen.gateway.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import zen.gateway.domain.event.Topic;

/** The linear matcher against the recursive one it replaced, and on the patterns that made that one hang. */
class LinearMatchingTest {

    private static final List<String> PATTERN_WORDS = List.of("a", "b", "c", "*", "**");
    private static final List<String> TOPIC_WORDS = List.of("a", "b", "c");
    /** Generous on a loaded 2-core machine: the matches below take milliseconds; the old matcher took hours. */
    private static final Duration BOUND = Duration.ofSeconds(2);

    @Test
    void agreesWithTheBacktrackingMatcherOnThousandsOfRandomCases() {
        Random random = new Random(20_261_201L);
        int matched = 0;
        for (int i = 0; i < 20_000; i++) {
            String pattern = join(random, PATTERN_WORDS, 1 + random.nextInt(7));
            String topic = join(random, TOPIC_WORDS, 1 + random.nextInt(8));

            boolean expected = BacktrackingOracle.matches(pattern, topic);
            assertThat(TopicPattern.of(pattern).matches(Topic.of(topic)))
                    .as("%s ~ %s", pattern, topic)
                    .isEqualTo(expected);
            matched += expected ? 1 : 0;
        }
        // Both answers must be common, or the comparison proves little.
        assertThat(matched).isBetween(2_000, 18_000);
    }

    @Test
    void twoThousandAnyWordsThatCannotMatchAreRejectedAtOnce() {
        TopicPattern pattern = TopicPattern.of(String.join(".", Collections.nCopies(2_000, "**")) + ".nomatch");
        Topic longest = Topic.of(String.join(".", Collections.nCopies(50, "word"))); // topics stay under ~50 words

        assertTimeoutPreemptively(BOUND, () -> {
            assertThat(pattern.matches(longest)).isFalse();
            assertThat(pattern.matches(Topic.of("aisensy.message.status.updated"))).isFalse();
            assertThat(pattern.matches(Topic.of("word.nomatch"))).isTrue();
        });
    }

    @Test
    void aLegacyPatternOfThreeHundredWordsStillLoadsAndMatchesQuickly() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            words.add(i % 3 == 2 ? "*" : "**");
        }
        TopicPattern legacy = TopicPattern.of(String.join(".", words));
        String hundredWords = String.join(".", Collections.nCopies(100, "x"));

        assertTimeoutPreemptively(BOUND, () -> {
            assertThat(legacy.matches(Topic.of(hundredWords))).isTrue();
            assertThat(legacy.matches(Topic.of(String.join(".", Collections.nCopies(99, "x"))))).isFalse();
        });
    }

    private static String join(Random random, List<String> alphabet, int length) {
        List<String> words = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            words.add(alphabet.get(random.nextInt(alphabet.size())));
        }
        return String.join(".", words);
    }

    /** The matcher as it was before it became linear, kept as the reference for what matching means. */
    private static final class BacktrackingOracle {

        static boolean matches(String pattern, String topic) {
            if (pattern.equals("*")) {
                return true;
            }
            return matches(List.of(pattern.split("\\.")), 0, List.of(topic.split("\\.")), 0);
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
    }
}
