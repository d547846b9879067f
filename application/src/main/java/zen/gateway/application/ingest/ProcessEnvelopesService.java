package zen.gateway.application.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import zen.gateway.application.forwarding.DeliveryPlanner;
import zen.gateway.application.normalize.Normalization;
import zen.gateway.application.normalize.NormalizedEvent;
import zen.gateway.application.normalize.Normalizers;
import zen.gateway.application.port.inbound.campaigns.HandleKeywordsUseCase;
import zen.gateway.application.port.inbound.ingest.ProcessEnvelopesUseCase;
import zen.gateway.application.port.outbound.dedup.DedupFilter;
import zen.gateway.application.port.outbound.quarantine.QuarantineStore;
import zen.gateway.application.port.outbound.quarantine.QuarantinedInput;
import zen.gateway.application.tracking.EventTracker;
import zen.gateway.domain.event.GatewayEvent;
import zen.gateway.domain.event.InboundMessage;
import zen.gateway.domain.ingest.InboundEnvelope;

/**
 * The consumer side of ingestion, one batch of envelopes at a time: normalize, drop repeats, track (apply statuses
 * to the message store in one bulk call, find each event's project), and plan one delivery per matching endpoint.
 * Every step is idempotent (the message lifecycle ignores repeats, delivery ids are unique per event and
 * endpoint), so a batch handed over again after a crash does no harm. Thread-safe.
 */
public final class ProcessEnvelopesService implements ProcessEnvelopesUseCase {

    private final Normalizers normalizers;
    private final DedupFilter dedup;
    private final EventTracker tracker;
    private final DeliveryPlanner planner;
    private final QuarantineStore quarantine;
    private final HandleKeywordsUseCase keywords;

    public ProcessEnvelopesService(Normalizers normalizers, DedupFilter dedup, EventTracker tracker, DeliveryPlanner planner,
            QuarantineStore quarantine) {
        this(normalizers, dedup, tracker, planner, quarantine, HandleKeywordsUseCase.NONE);
    }

    /** With {@code keywords} told of every inbound message once its project is known (stop words opt out). */
    public ProcessEnvelopesService(Normalizers normalizers, DedupFilter dedup, EventTracker tracker, DeliveryPlanner planner,
            QuarantineStore quarantine, HandleKeywordsUseCase keywords) {
        this.normalizers = normalizers;
        this.dedup = dedup;
        this.tracker = tracker;
        this.planner = planner;
        this.quarantine = quarantine;
        this.keywords = keywords;
    }

    private record Arrival(NormalizedEvent normalized, InboundEnvelope envelope) {
        GatewayEvent event() {
            return normalized.event();
        }
    }

    @Override
    public void process(List<InboundEnvelope> batch) {
        List<Arrival> arrivals = normalizeAll(batch);
        Set<String> fresh = dedup.claim(arrivals.stream().map(a -> a.event().eventId().value()).toList());
        List<Arrival> firstTimers = onlyFirstOfEach(arrivals, fresh);
        try {
            trackAndPlan(firstTimers);
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

    private void trackAndPlan(List<Arrival> arrivals) {
        if (arrivals.isEmpty()) {
            return;
        }
        List<String> projects = tracker.track(arrivals.stream()
                .map(a -> new EventTracker.Arrival(a.event(), a.envelope().receivedAt()))
                .toList());
        List<DeliveryPlanner.Event> toForward = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            if (arrivals.get(i).event() instanceof InboundMessage inbound) {
                keywords.received(inbound, projects.get(i));
            }
            if (projects.get(i) != null) {
                toForward.add(new DeliveryPlanner.Event(arrivals.get(i).event(), arrivals.get(i).normalized().payload(), projects.get(i)));
            }
        }
        planner.plan(toForward);
    }

    private void keep(InboundEnvelope envelope, String reason) {
        quarantine.keep(new QuarantinedInput(envelope.id(), "queue/" + envelope.bsp().id(), reason, envelope.receivedAt(), envelope.body()));
    }
}
