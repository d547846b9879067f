package zen.gateway.application.forwarding;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zen.gateway.application.endpoints.EndpointDirectory;
import zen.gateway.application.port.outbound.forwarding.DeliveryPlans;
import zen.gateway.application.port.outbound.forwarding.DeliveryReads;
import zen.gateway.application.port.outbound.forwarding.ForwardingQueue;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;
import zen.gateway.domain.event.GatewayEvent;
import zen.gateway.domain.subscription.Endpoint;
import zen.gateway.domain.subscription.FanOut;

/**
 * The fan-out step of processing: one delivery per endpoint of the event's project that its rules select, stored
 * (idempotently: delivery ids are unique per event and endpoint) and handed to the forwarding transport. Thread-safe.
 */
public final class DeliveryPlanner {

    /**
     * An event to forward, the part of the BSP's body it came from, the project it belongs to, and what its deliveries
     * send on from the webhook that brought it ({@link DeliveryOrigins}: request id, trace context; may be empty).
     */
    public record Event(GatewayEvent event, JsonNode original, String projectOwnerId, Map<String, String> origin) {

        public Event(GatewayEvent event, JsonNode original, String projectOwnerId) {
            this(event, original, projectOwnerId, Map.of());
        }
    }

    private final EndpointDirectory endpoints;
    private final DeliveryPlans plans;
    private final DeliveryReads reads;
    private final ForwardingQueue forwarding;
    private final Clock clock;
    private final FanOut fanOut = FanOut.withCurrentRules();
    private final ForwardPayloads payloads = new ForwardPayloads();
    private final DeliveryOrigins origins;

    public DeliveryPlanner(EndpointDirectory endpoints, DeliveryPlans plans, DeliveryReads reads, ForwardingQueue forwarding,
            Clock clock) {
        this(endpoints, plans, reads, forwarding, clock, new DeliveryOrigins());
    }

    public DeliveryPlanner(EndpointDirectory endpoints, DeliveryPlans plans, DeliveryReads reads, ForwardingQueue forwarding,
            Clock clock, DeliveryOrigins origins) {
        this.origins = origins;
        this.endpoints = endpoints;
        this.plans = plans;
        this.reads = reads;
        this.forwarding = forwarding;
        this.clock = clock;
    }

    public void plan(List<Event> events) {
        List<Delivery> planned = new ArrayList<>();
        Instant now = clock.instant();
        for (Event event : events) {
            planned.addAll(plan(event, now));
        }
        if (!planned.isEmpty()) {
            forwarding.submit(toSubmit(planned, plans.insertNew(planned)));
        }
    }

    private List<Delivery> plan(Event planned, Instant now) {
        GatewayEvent event = planned.event();
        String project = planned.projectOwnerId();
        List<Endpoint> targets = fanOut.targets(event, endpoints.ofProject(project));
        if (targets.isEmpty()) {
            return List.of();
        }
        String payload = payloads.render(event, planned.original(), project);
        String eventId = event.eventId().value();
        String eventType = event.bspTopic().value();
        Instant due = forwarding.firstDue(now);
        List<Delivery> deliveries = targets.stream()
                .map(endpoint -> Delivery.planned(eventId, event.occurredAt(), eventType, endpoint.id(),
                        project, endpoint.url().toString(), payload, now, due))
                .toList();
        // before the transport has them: an attempt may start the moment they are submitted
        deliveries.forEach(d -> origins.remember(d.id(), planned.origin()));
        return deliveries;
    }

    /**
     * The new deliveries, plus any planned before that never got an attempt: a batch handed over again after its
     * deliveries were stored but not handed to the transport must not strand them. Already stored ones are read
     * back only in that case, so a normal batch costs no read.
     */
    private List<Delivery> toSubmit(List<Delivery> planned, List<Delivery> inserted) {
        if (inserted.size() == planned.size()) {
            return inserted;
        }
        Set<String> insertedIds = new HashSet<>();
        inserted.forEach(d -> insertedIds.add(d.id()));
        List<Delivery> submit = new ArrayList<>(inserted);
        for (Delivery delivery : planned) {
            if (!insertedIds.contains(delivery.id())) {
                reads.find(delivery.id())
                        .filter(stored -> stored.status() == DeliveryStatus.PENDING && stored.attempts().isEmpty())
                        .ifPresent(submit::add);
            }
        }
        return submit;
    }
}
