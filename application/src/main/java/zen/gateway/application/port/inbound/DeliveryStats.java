package zen.gateway.application.port.inbound;

import java.util.List;
import java.util.Map;
import zen.gateway.application.port.outbound.EndpointDeliveryStats;
import zen.gateway.domain.delivery.DeliveryStatus;

/** A project's delivery figures: totals, success rate (delivered of finished), and per endpoint with its breaker state. */
public record DeliveryStats(
        Map<DeliveryStatus, Long> totals,
        long failedAttempts,
        double successRate,
        List<EndpointFigures> endpoints) {

    public record EndpointFigures(String url, String circuitState, EndpointDeliveryStats figures) {}
}
