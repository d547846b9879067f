package zen.gateway.adapter.amqp.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SendFramingTest {

    @Test
    void aMessageIdComesBackAsItWent() throws Exception {
        byte[] message = SendFraming.encode("019ad-1");

        assertThat(new String(message, StandardCharsets.UTF_8)).isEqualTo("{\"v\":1,\"message_id\":\"019ad-1\"}");
        assertThat(SendFraming.decode(message)).isEqualTo("019ad-1");
    }

    @Test
    void anythingElseIsMalformed() {
        for (String body : new String[] {"nope", "[]", "{\"v\":2,\"message_id\":\"x\"}", "{\"v\":1}", "{\"v\":1,\"message_id\":7}"}) {
            assertThatThrownBy(() -> SendFraming.decode(body.getBytes(StandardCharsets.UTF_8)))
                    .as(body).isInstanceOf(MalformedMessageException.class);
        }
    }
}
