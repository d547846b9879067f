package zen.gateway.application.port.inbound.forwarding;

import java.util.List;
import java.util.Map;
import zen.gateway.domain.delivery.DeliveryStatus;

/** A project's delivery figures: totals, success rate (delivered of finished), and per endpoint with its breaker state. */
public record DeliveryStats(
        Map<DeliveryStatus, Long> totals,
        long failedAttempts,
        double successRate,
        List<EndpointFigures> endpoints) {

    public DeliveryStats {
        totals = Map.copyOf(totals);
        endpoints = List.copyOf(endpoints);
    }

    /**
     * One endpoint's figures over the window: deliveries per status (every status present), attempts, failed
     * attempts and attempt latency percentiles in milliseconds. Nine fields: it is the row the API shows.
     */
    public record EndpointFigures(
            String endpointId,
            String url,
            String circuitState,
            Map<DeliveryStatus, Long> deliveries,
            long attempts,
            long failedAttempts,
            long latencyP50Millis,
            long latencyP95Millis,
            long latencyP99Millis) {

        public EndpointFigures {
            deliveries = Map.copyOf(deliveries);
        }
    }
}
