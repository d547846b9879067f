package zen.gateway.application.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zen.gateway.application.forwarding.DeliveryPlanner;
import zen.gateway.application.forwarding.ForwardDeliveryService;
import zen.gateway.application.normalize.Normalization;
import zen.gateway.application.normalize.NormalizedEvent;
import zen.gateway.application.normalize.Normalizers;
import zen.gateway.application.port.inbound.campaigns.HandleKeywordsUseCase;
import zen.gateway.application.port.inbound.ingest.ProcessEnvelopesUseCase;
import zen.gateway.application.port.outbound.dedup.DedupFilter;
import zen.gateway.application.port.outbound.observe.Tracing;
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
    private final Tracing tracing;
    private final HandleKeywordsUseCase keywords;

    public ProcessEnvelopesService(Normalizers normalizers, DedupFilter dedup, EventTracker tracker, DeliveryPlanner planner,
            QuarantineStore quarantine) {
        this(normalizers, dedup, tracker, planner, quarantine, Tracing.OFF, HandleKeywordsUseCase.NONE);
    }

    /**
     * @param tracing  a span per envelope, child of its ingest, open while its batch is processed
     * @param keywords told of every inbound message once its project is known (stop words opt out)
     */
    public ProcessEnvelopesService(Normalizers normalizers, DedupFilter dedup, EventTracker tracker, DeliveryPlanner planner,
            QuarantineStore quarantine, Tracing tracing, HandleKeywordsUseCase keywords) {
        this.tracing = tracing;
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
        if (!tracing.enabled()) {
            processTraced(batch, Map.of());
            return;
        }
        List<Tracing.Span> opened = new ArrayList<>(batch.size());
        Map<String, Tracing.Span> spans = new HashMap<>();
        try {
            for (InboundEnvelope envelope : batch) {
                Tracing.Span span = tracing.start("process", Tracing.Kind.CONSUMER, envelope.headers());
                span.attribute("zen.envelope_id", envelope.id());
                span.attribute("zen.bsp", envelope.bsp().id());
                opened.add(span);
                spans.putIfAbsent(envelope.id(), span); // an envelope handed over twice in one batch: its first span
            }
            processTraced(batch, spans);
        } catch (RuntimeException e) {
            opened.forEach(span -> span.failed(e.toString()));
            throw e;
        } finally {
            opened.forEach(Tracing.Span::close);
        }
    }

    private void processTraced(List<InboundEnvelope> batch, Map<String, Tracing.Span> spans) {
        List<Arrival> arrivals = normalizeAll(batch);
        Set<String> fresh = dedup.claim(arrivals.stream().map(a -> a.event().eventId().value()).toList());
        List<Arrival> firstTimers = onlyFirstOfEach(arrivals, fresh);
        try {
            trackAndPlan(firstTimers, spans);
        } catch (RuntimeException e) {
            dedup.release(fresh);
            throw e;
        }
    }

    /** What the deliveries of an envelope's events send on: its request id, and its processing span's context. */
    private static Map<String, String> origin(InboundEnvelope envelope, Tracing.Span span) {
        Map<String, String> origin = new HashMap<>(4);
        String requestId = envelope.headers().get(ForwardDeliveryService.REQUEST_ID);
        if (requestId != null) {
            origin.put(ForwardDeliveryService.REQUEST_ID, requestId);
        }
        span.inject(origin);
        return origin;
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

    private void trackAndPlan(List<Arrival> arrivals, Map<String, Tracing.Span> spans) {
        if (arrivals.isEmpty()) {
            return;
        }
        List<String> projects = tracker.track(arrivals.stream()
                .map(a -> new EventTracker.Arrival(a.event(), a.envelope().receivedAt(), a.envelope().verified()))
                .toList());
        List<DeliveryPlanner.Event> toForward = new ArrayList<>();
        Map<String, Map<String, String>> origins = new HashMap<>();
        for (int i = 0; i < arrivals.size(); i++) {
            if (arrivals.get(i).event() instanceof InboundMessage inbound) {
                keywords.received(inbound, projects.get(i));
            }
            if (projects.get(i) != null) {
                InboundEnvelope envelope = arrivals.get(i).envelope();
                Map<String, String> origin = origins.computeIfAbsent(envelope.id(),
                        id -> origin(envelope, spans.getOrDefault(id, Tracing.NO_SPAN)));
                toForward.add(new DeliveryPlanner.Event(arrivals.get(i).event(), arrivals.get(i).normalized().payload(),
                        projects.get(i), origin));
            }
        }
        planner.plan(toForward);
    }

    private void keep(InboundEnvelope envelope, String reason) {
        quarantine.keep(new QuarantinedInput(envelope.id(), "queue/" + envelope.bsp().id(), reason, envelope.receivedAt(), envelope.body()));
    }
}
