package zen.gateway.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import zen.gateway.domain.event.Topic;

class TopicLimitsTest {

    private static String words(int count, String word) {
        return String.join(".", Collections.nCopies(count, word));
    }

    @Test
    void acceptsPatternsAtTheLimits() {
        assertThat(TopicPattern.configured(words(16, "a")).value()).isEqualTo(words(16, "a"));
        assertThat(TopicPattern.configured("**.delivery.**").matches(Topic.of("datagen.delivery"))).isTrue();
        assertThat(TopicPattern.configured("*")).isEqualTo(TopicPattern.EVERYTHING);
    }

    @Test
    void refusesMoreThanSixteenWordsNamingTheLimit() {
        assertThatThrownBy(() -> TopicPattern.configured(words(17, "a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("topics: at most 16 words per pattern")
                .hasMessageContaining("has 17");
    }

    @Test
    void refusesAnyWordsMoreThanTwiceNamingTheLimit() {
        assertThatThrownBy(() -> TopicPattern.configured("**.a.**.b.**"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("topics: '**' at most twice per pattern")
                .hasMessageContaining("3 times");
    }

    @Test
    void refusesMoreThanSixtyFourPatternsPerEndpointNamingTheLimit() {
        List<String> sixtyFour = IntStream.range(0, 64).mapToObj(i -> "bsp" + i + ".*").toList();
        List<String> sixtyFive = IntStream.range(0, 65).mapToObj(i -> "bsp" + i + ".*").toList();

        assertThat(TopicLimits.configured(sixtyFour)).hasSize(64).first().isEqualTo(TopicPattern.of("bsp0.*"));
        assertThatThrownBy(() -> TopicLimits.configured(sixtyFive))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("topics: at most 64 patterns per endpoint, not 65");
    }

    @Test
    void checksEveryPatternOfAnEndpoint() {
        assertThatThrownBy(() -> TopicLimits.configured(List.of("datagen.*", words(20, "**"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("topics: at most 16 words per pattern");
        assertThatThrownBy(() -> TopicLimits.configured(List.of("datagen.*", "a..b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a topic pattern");
    }

    @Test
    void storedPatternsBeyondTheLimitsStillLoad() {
        TopicPattern stored = TopicPattern.of(words(300, "**"));

        assertThat(stored.matches(Topic.of("datagen.delivery"))).isTrue();
    }
}
