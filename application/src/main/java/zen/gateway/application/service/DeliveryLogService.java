package zen.gateway.application.service;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zen.gateway.application.port.inbound.DeliveryLogsQuery;
import zen.gateway.application.port.inbound.DeliveryStats;
import zen.gateway.application.port.outbound.CircuitBreakerControl;
import zen.gateway.application.port.outbound.DeliveryPage;
import zen.gateway.application.port.outbound.DeliveryQuery;
import zen.gateway.application.port.outbound.DeliveryStore;
import zen.gateway.application.port.outbound.EndpointDeliveryStats;
import zen.gateway.application.port.outbound.EndpointStore;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;
import zen.gateway.domain.subscription.Endpoint;

/** Delivery logs and statistics, with each endpoint's circuit breaker state beside its figures. */
public final class DeliveryLogService implements DeliveryLogsQuery {

    private final DeliveryStore deliveries;
    private final EndpointStore endpoints;
    private final CircuitBreakerControl breakers;

    public DeliveryLogService(DeliveryStore deliveries, EndpointStore endpoints, CircuitBreakerControl breakers) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.breakers = breakers;
    }

    @Override
    public DeliveryPage list(DeliveryQuery query) {
        return deliveries.list(query);
    }

    @Override
    public Optional<Delivery> find(String deliveryId) {
        return deliveries.find(deliveryId);
    }

    @Override
    public DeliveryStats stats(String projectOwnerId, Instant from, Instant to) {
        List<EndpointDeliveryStats> perEndpoint = deliveries.stats(projectOwnerId, from, to);
        Map<String, String> urls = new HashMap<>();
        for (Endpoint endpoint : endpoints.ofProject(projectOwnerId)) {
            urls.put(endpoint.id(), endpoint.url().toString());
        }
        Map<DeliveryStatus, Long> totals = new EnumMap<>(DeliveryStatus.class);
        long failedAttempts = 0;
        for (EndpointDeliveryStats figures : perEndpoint) {
            figures.deliveries().forEach((status, n) -> totals.merge(status, n, Long::sum));
            failedAttempts += figures.failedAttempts();
        }
        long delivered = totals.getOrDefault(DeliveryStatus.DELIVERED, 0L);
        long finished = delivered + totals.getOrDefault(DeliveryStatus.DEAD_LETTERED, 0L);
        List<DeliveryStats.EndpointFigures> figures = perEndpoint.stream()
                .map(f -> {
                    String url = urls.get(f.endpointId());
                    return new DeliveryStats.EndpointFigures(url, url == null ? null : breakers.stateOf(url), f);
                })
                .toList();
        return new DeliveryStats(totals, failedAttempts, finished == 0 ? 0 : (double) delivered / finished, figures);
    }
}
