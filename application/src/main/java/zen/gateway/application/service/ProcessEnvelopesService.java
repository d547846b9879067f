package zen.gateway.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import zen.gateway.application.normalize.Normalization;
import zen.gateway.application.normalize.NormalizedEvent;
import zen.gateway.application.normalize.Normalizers;
import zen.gateway.application.port.outbound.DedupFilter;
import zen.gateway.application.port.outbound.DeliveryStore;
import zen.gateway.application.port.outbound.EnvelopeHandler;
import zen.gateway.application.port.outbound.ForwardingQueue;
import zen.gateway.application.port.outbound.InboundEnvelope;
import zen.gateway.application.port.outbound.MessageStore;
import zen.gateway.application.port.outbound.MessageUpdate;
import zen.gateway.application.port.outbound.QuarantineStore;
import zen.gateway.application.port.outbound.QuarantinedInput;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;
import zen.gateway.domain.event.GatewayEvent;
import zen.gateway.domain.event.StatusEvent;
import zen.gateway.domain.message.MessageDetails;
import zen.gateway.domain.message.StatusObservation;
import zen.gateway.domain.subscription.Endpoint;
import zen.gateway.domain.subscription.FanOut;

/**
 * The consumer side of ingestion, one batch of envelopes at a time: normalize, drop repeats, apply statuses to
 * the message store in one bulk call, find each event's project, and plan one delivery per matching endpoint.
 * Every step is idempotent (the message lifecycle ignores repeats, delivery ids are unique per event and
 * endpoint), so a batch handed over again after a crash does no harm. Thread-safe.
 */
public final class ProcessEnvelopesService implements EnvelopeHandler {

    private final Normalizers normalizers;
    private final DedupFilter dedup;
    private final MessageStore messages;
    private final ProjectDirectory projects;
    private final EndpointDirectory endpoints;
    private final DeliveryStore deliveries;
    private final QuarantineStore quarantine;
    private final ForwardingQueue forwarding;
    private final Clock clock;
    private final FanOut fanOut = FanOut.withCurrentRules();
    private final ForwardPayloads payloads = new ForwardPayloads();

    public ProcessEnvelopesService(Normalizers normalizers, DedupFilter dedup, MessageStore messages,
            ProjectDirectory projects, EndpointDirectory endpoints, DeliveryStore deliveries,
            QuarantineStore quarantine, ForwardingQueue forwarding, Clock clock) {
        this.normalizers = normalizers;
        this.dedup = dedup;
        this.messages = messages;
        this.projects = projects;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.quarantine = quarantine;
        this.forwarding = forwarding;
        this.clock = clock;
    }

    private record Arrival(NormalizedEvent normalized, InboundEnvelope envelope) {
        GatewayEvent event() {
            return normalized.event();
        }
    }

    @Override
    public void handle(List<InboundEnvelope> batch) {
        List<Arrival> arrivals = normalizeAll(batch);
        Set<String> fresh = dedup.claim(arrivals.stream().map(a -> a.event().eventId().value()).toList());
        List<Arrival> firstTimers = onlyFirstOfEach(arrivals, fresh);
        try {
            process(firstTimers);
        } catch (RuntimeException e) {
            dedup.release(fresh);
            throw e;
        }
    }

    private List<Arrival> normalizeAll(List<InboundEnvelope> batch) {
        List<Arrival> arrivals = new ArrayList<>();
        for (InboundEnvelope envelope : batch) {
            Normalization result = normalizers.forBsp(envelope.bsp())
                    .map(n -> n.normalize(envelope))
                    .orElseGet(() -> new Normalization.Unrecognized("no normalizer for " + envelope.bsp().id()));
            switch (result) {
                case Normalization.Recognized recognized ->
                        recognized.events().forEach(e -> arrivals.add(new Arrival(e, envelope)));
                // Ingest already refused these; seeing one here means the envelope came from elsewhere (an older
                // gateway, a hand-published message). Keep it for inspection rather than fail the batch forever.
                case Normalization.Malformed malformed -> keep(envelope, "malformed: " + malformed.reason());
                case Normalization.Unrecognized unknown -> keep(envelope, "unrecognized: " + unknown.reason());
            }
        }
        return arrivals;
    }

    private static List<Arrival> onlyFirstOfEach(List<Arrival> arrivals, Set<String> fresh) {
        Set<String> taken = new HashSet<>();
        List<Arrival> kept = new ArrayList<>();
        for (Arrival arrival : arrivals) {
            String id = arrival.event().eventId().value();
            if (fresh.contains(id) && taken.add(id)) {
                kept.add(arrival);
            }
        }
        return kept;
    }

    private void process(List<Arrival> arrivals) {
        if (arrivals.isEmpty()) {
            return;
        }
        List<String> projectOf = new ArrayList<>(arrivals.size());
        List<MessageUpdate> updates = new ArrayList<>();
        for (Arrival arrival : arrivals) {
            String project = projectNamedBy(arrival.event()).orElse(null);
            projectOf.add(project);
            if (arrival.event() instanceof StatusEvent status) {
                updates.add(update(status, project, arrival.envelope().receivedAt()));
            }
        }
        messages.apply(updates);
        List<Delivery> planned = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < arrivals.size(); i++) {
            Arrival arrival = arrivals.get(i);
            String project = projectOf.get(i) != null ? projectOf.get(i) : projectOfTrackedMessage(arrival.event());
            if (project != null) {
                planned.addAll(plan(arrival, project, now));
            }
        }
        if (!planned.isEmpty()) {
            forwarding.submit(toSubmit(planned, deliveries.insertNew(planned)));
        }
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
                deliveries.find(delivery.id())
                        .filter(stored -> stored.status() == DeliveryStatus.PENDING && stored.attempts().isEmpty())
                        .ifPresent(submit::add);
            }
        }
        return submit;
    }

    private Optional<String> projectNamedBy(GatewayEvent event) {
        if (event.projectReference() != null) {
            return Optional.of(event.projectReference());
        }
        return projects.projectOf(event.businessNumber());
    }

    /** A status for a message registered through the tracking API carries the project that call gave. */
    private String projectOfTrackedMessage(GatewayEvent event) {
        if (event instanceof StatusEvent status) {
            return messages.find(status.messageKey()).map(m -> m.details().projectOwnerId()).orElse(null);
        }
        return null;
    }

    private static MessageUpdate update(StatusEvent status, String project, Instant receivedAt) {
        MessageDetails details = new MessageDetails(status.wamid(), status.bsp().id(), status.bspMessageId(),
                status.customerNumber(), status.businessNumber(), project, status.campaignId());
        StatusObservation observation = new StatusObservation(status.status(), status.bsp().id(), status.occurredAt(), receivedAt);
        return new MessageUpdate(TimeOrderedIds.at(receivedAt.toEpochMilli()), details, observation, status.failure());
    }

    private List<Delivery> plan(Arrival arrival, String project, Instant now) {
        List<Endpoint> targets = fanOut.targets(arrival.event(), endpoints.ofProject(project));
        if (targets.isEmpty()) {
            return List.of();
        }
        String payload = payloads.render(arrival.event(), arrival.normalized().payload(), project);
        String eventId = arrival.event().eventId().value();
        String eventType = arrival.event().bspTopic().value();
        Instant due = forwarding.firstDue(now);
        return targets.stream()
                .map(endpoint -> Delivery.planned(eventId, arrival.event().occurredAt(), eventType, endpoint.id(),
                        project, endpoint.url().toString(), payload, now, due))
                .toList();
    }

    private void keep(InboundEnvelope envelope, String reason) {
        quarantine.keep(new QuarantinedInput(envelope.id(), "queue/" + envelope.bsp().id(), reason, envelope.receivedAt(), envelope.body()));
    }
}
