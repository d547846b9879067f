package zen.gateway.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.event.EventId;
import zen.gateway.domain.event.InboundMessage;
import zen.gateway.domain.event.StatusEvent;
import zen.gateway.domain.message.MessageStatus;

class FanOutTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private final FanOut fanOut = FanOut.withCurrentRules();

    private static Endpoint endpoint(String id, EndpointState state, Set<MessageStatus> filter, String... patterns) {
        return new Endpoint(id, "p1", URI.create("https://example.com/" + id), "s", "whsec_AAAA",
                List.of(patterns).stream().map(TopicPattern::of).toList(), filter, state, null, T0, T0);
    }

    private static StatusEvent delivered() {
        return new StatusEvent(EventId.derive("e1"), Bsp.DATAGEN, Bsp.DATAGEN.topic("delivery"), T0,
                "wamid.1", "mid-1", MessageStatus.DELIVERED, "+91980", "+91999", null, null, null);
    }

    private static InboundMessage inbound() {
        return new InboundMessage(EventId.derive("e2"), Bsp.DATAGEN, Bsp.DATAGEN.topic("user_message"), T0,
                "wamid.2", "+91980", "+91999", null, "Test", "text", "hi", null);
    }

    @Test
    void oneDeliveryPerEndpointHoweverManyPatternsMatch() {
        Endpoint greedy = endpoint("a", EndpointState.ACTIVE, Set.of(), "*", "datagen.*", "*.delivery", "message.status");

        assertThat(fanOut.targets(delivered(), List.of(greedy, greedy))).containsExactly(greedy);
    }

    @Test
    void onlyActiveEndpointsWhoseTopicsMatch() {
        Endpoint all = endpoint("all", EndpointState.ACTIVE, Set.of(), "*");
        Endpoint neutral = endpoint("neutral", EndpointState.ACTIVE, Set.of(), "message.status");
        Endpoint other = endpoint("other", EndpointState.ACTIVE, Set.of(), "aisensy.**");
        Endpoint paused = endpoint("paused", EndpointState.PAUSED, Set.of(), "*");
        Endpoint disabled = endpoint("disabled", EndpointState.DISABLED, Set.of(), "*");

        assertThat(fanOut.targets(delivered(), List.of(all, neutral, other, paused, disabled))).containsExactly(all, neutral);
    }

    @Test
    void aStatusFilterNarrowsStatusEventsOnly() {
        Endpoint readOnly = endpoint("read", EndpointState.ACTIVE, Set.of(MessageStatus.READ), "*");
        Endpoint deliveredOrRead = endpoint("dr", EndpointState.ACTIVE, Set.of(MessageStatus.DELIVERED, MessageStatus.READ), "*");

        assertThat(fanOut.targets(delivered(), List.of(readOnly, deliveredOrRead))).containsExactly(deliveredOrRead);
        assertThat(fanOut.targets(inbound(), List.of(readOnly, deliveredOrRead))).containsExactly(readOnly, deliveredOrRead);
    }

    @Test
    void eventsCarryTheirBspTopicAndANeutralOne() {
        assertThat(delivered().topics()).extracting(Object::toString).containsExactly("datagen.delivery", "message.status");
        assertThat(inbound().topics()).extracting(Object::toString).containsExactly("datagen.user_message", "message.inbound");
        assertThat(inbound().userInitiated()).isTrue();
        assertThat(delivered().userInitiated()).isFalse();
    }

    @Test
    void noEndpointsNoDeliveries() {
        assertThat(fanOut.targets(delivered(), List.of())).isEmpty();
    }
}
