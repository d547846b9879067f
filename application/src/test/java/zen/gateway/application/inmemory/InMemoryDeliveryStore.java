package zen.gateway.application.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import zen.gateway.application.port.outbound.forwarding.AttemptRecord;
import zen.gateway.application.port.outbound.forwarding.DeliveryQuery;
import zen.gateway.application.port.outbound.forwarding.DeliverySubject;
import zen.gateway.application.port.outbound.forwarding.DeliveryStore;
import zen.gateway.application.port.outbound.forwarding.EndpointDeliveryStats;
import zen.gateway.application.port.outbound.forwarding.ReplaySelection;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.domain.delivery.Attempt;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;

/** A {@link DeliveryStore} in memory. Thread-safe: one lock. */
public final class InMemoryDeliveryStore implements DeliveryStore {

    static final Comparator<Delivery> NEWEST_FIRST =
            Comparator.comparing(Delivery::createdAt).thenComparing(Delivery::id).reversed();
    static final Comparator<Delivery> EARLIEST_DUE =
            Comparator.comparing(Delivery::nextAttemptAt).thenComparing(Delivery::id);
    static final Comparator<Delivery> OLDEST_UPDATED =
            Comparator.comparing(Delivery::updatedAt).thenComparing(Delivery::id);

    private final Map<String, Delivery> byId = new LinkedHashMap<>();

    @Override
    public synchronized List<Delivery> insertNew(List<Delivery> deliveries) {
        List<Delivery> inserted = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            if (byId.putIfAbsent(delivery.id(), delivery) == null) {
                inserted.add(delivery);
            }
        }
        return inserted;
    }

    @Override
    public synchronized List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<Delivery> due = byId.values().stream()
                .filter(d -> isDue(d, now))
                .sorted(EARLIEST_DUE)
                .limit(limit)
                .toList();
        List<Delivery> claimed = new ArrayList<>();
        for (Delivery d : due) {
            Delivery leased = with(d, d.status(), d.seriesAttempts(), d.attempts(), d.lastError(), d.updatedAt(), leaseUntil);
            byId.put(d.id(), leased);
            claimed.add(leased);
        }
        return claimed;
    }

    @Override
    public synchronized List<String> claim(List<String> deliveryIds, Instant now, Instant leaseUntil) {
        List<String> claimed = new ArrayList<>();
        for (String id : new LinkedHashSet<>(deliveryIds)) {
            Delivery d = byId.get(id);
            if (d != null && isDue(d, now)) {
                byId.put(id, with(d, d.status(), d.seriesAttempts(), d.attempts(), d.lastError(), d.updatedAt(), leaseUntil));
                claimed.add(id);
            }
        }
        return claimed;
    }

    private static boolean isDue(Delivery d, Instant now) {
        return !d.status().finished() && d.nextAttemptAt() != null && !d.nextAttemptAt().isAfter(now);
    }

    @Override
    public synchronized void record(List<AttemptRecord> records) {
        for (AttemptRecord r : records) {
            Delivery d = byId.get(r.deliveryId());
            if (d == null) {
                continue;
            }
            List<Attempt> attempts = new ArrayList<>(d.attempts());
            if (r.attempt() != null) {
                attempts.add(r.attempt());
            }
            byId.put(d.id(), with(d, r.status(), r.seriesAttempts(), attempts, r.lastError(), r.at(), r.nextAttemptAt()));
        }
    }

    @Override
    public synchronized Optional<Delivery> find(String deliveryId) {
        return Optional.ofNullable(byId.get(deliveryId));
    }

    @Override
    public synchronized Slice<Delivery> list(DeliveryQuery query) {
        List<Delivery> selected = byId.values().stream()
                .filter(d -> d.projectOwnerId().equals(query.projectOwnerId()))
                .filter(d -> query.status() == null || d.status() == query.status())
                .filter(d -> query.eventType() == null || d.eventType().equals(query.eventType()))
                .filter(d -> query.wamid() == null || query.wamid().equals(DeliverySubject.of(d.payload()).wamid()))
                .filter(d -> query.customerNumber() == null
                        || query.customerNumber().equals(DeliverySubject.of(d.payload()).customerNumber()))
                .filter(d -> InMemoryMessageStore.within(d.createdAt(), query.from(), query.to()))
                .filter(d -> query.after() == null || isAfter(d, query.after()))
                .sorted(NEWEST_FIRST)
                .limit(query.limit() + 1L)
                .toList();
        return Slice.of(selected, query.limit(), d -> new Position(d.createdAt(), d.id()));
    }

    private static boolean isAfter(Delivery delivery, Position cursor) {
        int byTime = delivery.createdAt().compareTo(cursor.createdAt());
        return byTime < 0 || (byTime == 0 && delivery.id().compareTo(cursor.id()) < 0);
    }

    /** Takes the longest dead first when more are selected than the limit allows. */
    @Override
    public synchronized List<String> replay(ReplaySelection selection, Instant now) {
        Stream<Delivery> candidates = selection.ids().isEmpty()
                ? byId.values().stream()
                        .filter(d -> InMemoryMessageStore.within(d.updatedAt(), selection.from(), selection.to()))
                : selection.ids().stream().distinct().map(byId::get).filter(d -> d != null);
        List<Delivery> chosen = candidates
                .filter(d -> d.status() == DeliveryStatus.DEAD_LETTERED)
                .sorted(OLDEST_UPDATED)
                .filter(d -> selection.projectOwnerId() == null || d.projectOwnerId().equals(selection.projectOwnerId()))
                .limit(selection.limit())
                .toList();
        for (Delivery d : chosen) {
            byId.put(d.id(), with(d, DeliveryStatus.PENDING, 0, d.attempts(), d.lastError(), now, now));
        }
        return chosen.stream().map(Delivery::id).toList();
    }

    @Override
    public synchronized List<EndpointDeliveryStats> stats(String projectOwnerId, Instant from, Instant to) {
        Map<String, List<Delivery>> byEndpoint = new TreeMap<>();
        byId.values().stream()
                .filter(d -> d.projectOwnerId().equals(projectOwnerId))
                .filter(d -> InMemoryMessageStore.within(d.createdAt(), from, to))
                .forEach(d -> byEndpoint.computeIfAbsent(d.endpointId(), k -> new ArrayList<>()).add(d));
        return byEndpoint.entrySet().stream().map(e -> statsOf(e.getKey(), e.getValue())).toList();
    }

    private static EndpointDeliveryStats statsOf(String endpointId, List<Delivery> deliveries) {
        Map<DeliveryStatus, Long> perStatus = new EnumMap<>(DeliveryStatus.class);
        deliveries.forEach(d -> perStatus.merge(d.status(), 1L, Long::sum));
        List<Attempt> attempts = deliveries.stream().flatMap(d -> d.attempts().stream()).toList();
        long[] latencies = attempts.stream().mapToLong(Attempt::latencyMillis).sorted().toArray();
        long failed = attempts.stream().filter(a -> !a.succeeded()).count();
        return new EndpointDeliveryStats(endpointId, perStatus, attempts.size(), failed,
                nearestRank(latencies, 50), nearestRank(latencies, 95), nearestRank(latencies, 99));
    }

    /** The smallest value with at least {@code percent}% of the values at or below it; 0 for no values. */
    static long nearestRank(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) ((percent * (long) sorted.length + 99) / 100);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static Delivery with(Delivery d, DeliveryStatus status, int seriesAttempts, List<Attempt> attempts,
            String lastError, Instant updatedAt, Instant nextAttemptAt) {
        return new Delivery(d.id(), d.eventId(), d.eventType(), d.endpointId(), d.projectOwnerId(), d.url(), status,
                seriesAttempts, attempts, lastError, d.createdAt(), updatedAt, nextAttemptAt, d.payload());
    }

    @Override
    public synchronized long unfinished() {
        return byId.values().stream().filter(d -> !d.status().finished()).count();
    }

    @Override
    public synchronized int removeOlderThan(Instant cutoff, int limit) {
        List<String> old = byId.values().stream().filter(d -> d.status().finished() && d.createdAt().isBefore(cutoff))
                .limit(limit).map(Delivery::id).toList();
        old.forEach(byId::remove);
        return old.size();
    }
}
