package zen.gateway.domain.subscription;

import java.util.List;
import zen.gateway.domain.event.GatewayEvent;
import zen.gateway.domain.event.StatusEvent;

/** One reason an endpoint may or may not receive an event. An endpoint receives it when every rule allows. */
@FunctionalInterface
public interface FanOutRule {

    boolean allows(Endpoint endpoint, GatewayEvent event);

    /** Paused and disabled endpoints receive nothing. */
    FanOutRule ENDPOINT_ACTIVE = (endpoint, event) -> endpoint.active();

    /** At least one of the endpoint's patterns matches one of the event's topics. */
    FanOutRule SUBSCRIBED_TO_A_TOPIC = (endpoint, event) -> endpoint.topics().stream()
            .anyMatch(pattern -> event.topics().stream().anyMatch(pattern::matches));

    /**
     * A status filter narrows status events only: an endpoint that asks for {@code delivered} and {@code read}
     * still receives the inbound messages its topics subscribe to.
     */
    FanOutRule PASSES_STATUS_FILTER = (endpoint, event) -> endpoint.statusFilter().isEmpty()
            || !(event instanceof StatusEvent status)
            || endpoint.statusFilter().contains(status.status());

    static List<FanOutRule> allCurrentRules() {
        return List.of(ENDPOINT_ACTIVE, SUBSCRIBED_TO_A_TOPIC, PASSES_STATUS_FILTER);
    }
}
