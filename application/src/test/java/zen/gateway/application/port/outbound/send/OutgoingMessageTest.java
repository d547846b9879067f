package zen.gateway.application.port.outbound.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutgoingMessageTest {

    private static final MessageContent HELLO = new MessageContent.Text("hello", false);

    @Test
    void needsAnIdTheProviderCanEchoAndAnE164Recipient() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMessage(" ", "+919800000001", HELLO));
        assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMessage("x".repeat(129), "+919800000001", HELLO));
        assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMessage("gw-1", "919800000001", HELLO));
        assertThat(new OutgoingMessage("x".repeat(128), "+919800000001", HELLO).to()).isEqualTo("+919800000001");
    }

    @Test
    void takesOnlyAnAbsoluteHttpStatusCallback() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new OutgoingMessage("gw-1", "+919800000001", HELLO, URI.create("/webhooks/twilio?gw=gw-1")));
        assertThat(new OutgoingMessage("gw-1", "+919800000001", HELLO,
                URI.create("https://gateway.example.com/webhook/twilio?gw=gw-1")).statusCallback()).isNotNull();
    }

    @Test
    void aTemplateTakesParametersOrComponentsNotBoth() {
        ArrayNode components = new ObjectMapper().createArrayNode();
        components.addObject().put("type", "body");

        assertThatIllegalArgumentException().isThrownBy(
                () -> new MessageContent.Template("order_shipped", "en", List.of("Asha"), components));
        assertThat(new MessageContent.Template("order_shipped", "en", List.of(), components).components())
                .isEqualTo(components);
    }

    @Test
    void aTemplateKeepsItsOwnCopyOfTheComponents() {
        ArrayNode components = new ObjectMapper().createArrayNode();
        var template = new MessageContent.Template("order_shipped", "en", List.of(), components);
        components.addObject().put("type", "body");

        assertThat(template.components()).isEmpty();
    }

    @Test
    void aTextNeedsABody() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MessageContent.Text("  ", true));
    }
}
