package zen.gateway.adapter.outbound.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvictionMessageTest {

    @Test
    void aKeyCrossesTheChannelUnchangedWhateverItHolds() {
        for (String key : new String[] {"endpoints:p-1", "*", "a|b|c", "", "all", "key|x"}) {
            EvictionMessage sent = EvictionMessage.of("node-a", key);

            assertThat(EvictionMessage.decode(sent.encode())).contains(sent);
        }
    }

    @Test
    void everythingIsNotTheKeyStar() {
        EvictionMessage everything = EvictionMessage.everything("node-a");

        assertThat(EvictionMessage.decode(everything.encode())).hasValueSatisfying(m -> assertThat(m.key()).isNull());
        assertThat(EvictionMessage.decode(EvictionMessage.of("node-a", "*").encode()))
                .hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("*"));
    }

    @Test
    void otherTextOnTheChannelIsNotAnEviction() {
        assertThat(EvictionMessage.decode("hello")).isEmpty();
        assertThat(EvictionMessage.decode("|all")).isEmpty();
        assertThat(EvictionMessage.decode("node|other|x")).isEmpty();
        assertThat(EvictionMessage.decode(null)).isEmpty();
    }
}
