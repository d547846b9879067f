package zen.gateway.application.port.outbound.forwarding;

import java.util.EnumMap;
import java.util.Map;
import zen.gateway.domain.delivery.DeliveryStatus;

/**
 * Delivery figures for one endpoint over a time window: deliveries per status, attempts made, failed attempts,
 * and attempt latency percentiles in milliseconds (nearest-rank; 0 when there was no attempt).
 */
public record EndpointDeliveryStats(
        String endpointId,
        Map<DeliveryStatus, Long> deliveries,
        long attempts,
        long failedAttempts,
        long latencyP50Millis,
        long latencyP95Millis,
        long latencyP99Millis) {

    public EndpointDeliveryStats {
        EnumMap<DeliveryStatus, Long> complete = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            complete.put(status, deliveries.getOrDefault(status, 0L));
        }
        deliveries = Map.copyOf(complete);
    }
}
