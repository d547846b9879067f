package zen.gateway.application.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.event.Topic;

class BspTopicsTest {

    @ParameterizedTest(name = "{0} becomes {1}")
    @CsvSource(delimiterString = "|", value = {
            "message.status.updated       | message.status.updated",
            "wa_template.status.updated   | wa_template.status.updated",
            "Message.Created              | message.created",
            "user-event                   | user_event",
            "platform-event               | platform_event",
            "a..b                         | a._.b",
            ".lead.                       | _.lead._",
            "order placed!                | order_placed_",
            "ünïcode.тема                 | _n_code.____",
    })
    void kindsAreMadeToFitTheTopicGrammar(String kind, String sanitized) {
        assertThat(BspTopics.sanitize(kind)).isEqualTo(sanitized);
        assertThat(BspTopics.of(Bsp.AISENSY, kind)).isEqualTo(Topic.of("aisensy." + sanitized));
    }

    @Test
    void anEmptyKindIsOneUnderscore() {
        assertThat(BspTopics.sanitize("")).isEqualTo("_");
    }

    @Test
    void aHugeKindIsCut() {
        assertThat(BspTopics.sanitize("x".repeat(100_000))).hasSize(100);
    }
}
