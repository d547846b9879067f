package zen.gateway.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import zen.gateway.domain.event.Topic;

class TopicPatternTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
            "*, datagen.delivery, true",
            "*, aisensy.message.status.updated, true",
            "datagen.*, datagen.delivery, true",
            "datagen.*, datagen.user_message, true",
            "datagen.*, karix.delivery, false",
            "datagen.*, datagen, false",
            "*.delivery, karix.delivery, true",
            "*.delivery, aisensy.message.status.updated, false",
            "aisensy.*, aisensy.message.status.updated, false",
            "aisensy.**, aisensy.message.status.updated, true",
            "aisensy.**, aisensy, true",
            "**.updated, aisensy.contact.attribute.updated, true",
            "aisensy.message.*.updated, aisensy.message.status.updated, true",
            "message.status, message.status, true",
            "message.status, message.inbound, false",
            "message.*, message.inbound, true",
            "datagen.delivery, datagen.delivery.extra, false",
            "**, datagen.delivery, true",
            "**.**, datagen, true",
            "datagen.**.delivery, datagen.delivery, true",
            "datagen.**.delivery, datagen.a.b.delivery, true",
            "datagen.**.delivery, datagen.a.b.failed, false",
            "**.*.**, datagen, true",
            "*.*.**, datagen, false",
    })
    void matchesSegmentBySegment(String pattern, String topic, boolean matches) {
        assertThat(TopicPattern.of(pattern).matches(Topic.of(topic))).isEqualTo(matches);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "datagen.", ".delivery", "Datagen.delivery", "data gen", "datagen..delivery", "a.b*", "***", "*a", "a.**b", "a.*.", "A"})
    void refusesMalformedPatterns(String pattern) {
        assertThatThrownBy(() -> TopicPattern.of(pattern)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a topic pattern");
        assertThatThrownBy(() -> TopicPattern.configured(pattern)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNoPatternAndQuotesOnlyTheStartOfAHugeOne() {
        assertThatThrownBy(() -> TopicPattern.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TopicPattern.of("a".repeat(1_000_000) + ".B"))
                .isInstanceOf(IllegalArgumentException.class)
                .message().hasSizeLessThan(300);
    }
}
