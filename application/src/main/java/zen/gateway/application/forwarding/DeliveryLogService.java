package zen.gateway.application.forwarding;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zen.gateway.application.normalize.PhoneNumbers;
import zen.gateway.application.paging.Pages;
import zen.gateway.application.port.inbound.forwarding.DeliveryLogsQuery;
import zen.gateway.application.port.inbound.forwarding.DeliveryStats;
import zen.gateway.application.port.inbound.paging.Page;
import zen.gateway.application.port.outbound.endpoints.EndpointStore;
import zen.gateway.application.port.outbound.forwarding.CircuitBreakerControl;
import zen.gateway.application.port.inbound.forwarding.DeliveredMessage;
import zen.gateway.application.port.outbound.forwarding.DeliveryQuery;
import zen.gateway.application.port.outbound.forwarding.DeliverySubject;
import zen.gateway.application.port.outbound.forwarding.DeliveryReads;
import zen.gateway.application.port.outbound.forwarding.EndpointDeliveryStats;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;
import zen.gateway.domain.subscription.Endpoint;

/** Delivery logs and statistics, with each endpoint's circuit breaker state beside its figures. */
public final class DeliveryLogService implements DeliveryLogsQuery {

    private final DeliveryReads deliveries;
    private final EndpointStore endpoints;
    private final CircuitBreakerControl breakers;

    public DeliveryLogService(DeliveryReads deliveries, EndpointStore endpoints, CircuitBreakerControl breakers) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.breakers = breakers;
    }

    @Override
    public Page<Delivery> list(DeliveryLogsQuery.Criteria criteria) {
        return Pages.page(deliveries.list(new DeliveryQuery(criteria.projectOwnerId(), criteria.status(), criteria.eventType(),
                criteria.wamid(), PhoneNumbers.canonical(criteria.customerNumber()), criteria.from(), criteria.to(), Pages.position(criteria.after()), criteria.limit())));
    }

    @Override
    public DeliveredMessage messageOf(Delivery delivery) {
        DeliverySubject subject = DeliverySubject.of(delivery.payload());
        return new DeliveredMessage(subject.wamid(), subject.status(), subject.customerNumber());
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
                    return new DeliveryStats.EndpointFigures(f.endpointId(), url, url == null ? null : breakers.stateOf(url),
                            f.deliveries(), f.attempts(), f.failedAttempts(), f.latencyP50Millis(), f.latencyP95Millis(),
                            f.latencyP99Millis());
                })
                .toList();
        return new DeliveryStats(totals, failedAttempts, finished == 0 ? 0 : (double) delivered / finished, figures);
    }
}
