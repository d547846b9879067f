package zen.gateway.adapter.outbound.mongo;

import static com.mongodb.client.model.Aggregates.group;
import static com.mongodb.client.model.Aggregates.match;
import static com.mongodb.client.model.Aggregates.project;
import static com.mongodb.client.model.Aggregates.sort;
import static com.mongodb.client.model.Aggregates.unwind;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.ATTEMPTS;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.ATTEMPT_ERROR;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.ATTEMPT_LATENCY_MS;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.CREATED_AT;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.ENDPOINT_ID;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.PROJECT_OWNER_ID;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.STATUS;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import zen.gateway.application.port.outbound.forwarding.EndpointDeliveryStats;
import zen.gateway.domain.delivery.DeliveryStatus;

/**
 * Per-endpoint delivery figures computed by the server: counts come from {@code $group}, and latency percentiles
 * from the attempts' latencies sorted by the server and streamed past a {@link NearestRank} — neither MongoDB
 * before 7.0 nor the in-process test server has {@code $percentile}, and exact nearest-rank needs the order.
 * Only latencies travel; deliveries are never loaded. Thread-safe.
 */
final class DeliveryStatistics {

    private static final String ENDPOINT = "endpoint";
    private static final String LATENCY = "latency";

    private final MongoCollection<Document> deliveries;

    DeliveryStatistics(MongoCollection<Document> deliveries) {
        this.deliveries = deliveries;
    }

    List<EndpointDeliveryStats> of(String projectOwnerId, Instant from, Instant to) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq(PROJECT_OWNER_ID, projectOwnerId)));
        Queries.addWindow(filters, CREATED_AT, from, to);
        Bson selected = match(Queries.allOf(filters));

        Map<String, Map<DeliveryStatus, Long>> perStatus = deliveriesPerStatus(selected);
        Map<String, AttemptTotals> totals = attemptTotals(selected);
        Map<String, NearestRank> latencies = latencyPercentiles(selected, totals);

        List<EndpointDeliveryStats> stats = new ArrayList<>();
        perStatus.forEach((endpointId, deliveries) -> {
            AttemptTotals attempts = totals.getOrDefault(endpointId, AttemptTotals.NONE);
            NearestRank latency = latencies.getOrDefault(endpointId, new NearestRank(0));
            stats.add(new EndpointDeliveryStats(endpointId, deliveries, attempts.attempts(), attempts.failed(),
                    latency.p50(), latency.p95(), latency.p99()));
        });
        return stats;
    }

    private Map<String, Map<DeliveryStatus, Long>> deliveriesPerStatus(Bson selected) {
        Map<String, Map<DeliveryStatus, Long>> perStatus = new TreeMap<>();
        deliveries.aggregate(List.of(
                        selected,
                        group(new Document(ENDPOINT, "$" + ENDPOINT_ID).append(STATUS, "$" + STATUS), Accumulators.sum("n", 1))))
                .forEach(row -> {
                    Document key = row.get("_id", Document.class);
                    perStatus.computeIfAbsent(key.getString(ENDPOINT), k -> new EnumMap<>(DeliveryStatus.class))
                            .put(DeliveryMapper.statusOf(key.getString(STATUS)), row.get("n", Number.class).longValue());
                });
        return perStatus;
    }

    private record AttemptTotals(long attempts, long failed) {
        static final AttemptTotals NONE = new AttemptTotals(0, 0);
    }

    private Map<String, AttemptTotals> attemptTotals(Bson selected) {
        String error = "$" + ATTEMPTS + "." + ATTEMPT_ERROR;
        // an attempt failed when it has an error: any string sorts above null, a missing field does not
        Document failed = new Document("$cond", Arrays.asList(new Document("$gt", Arrays.asList(error, null)), 1, 0));
        Map<String, AttemptTotals> totals = new HashMap<>();
        deliveries.aggregate(List.of(
                        selected,
                        unwind("$" + ATTEMPTS),
                        group("$" + ENDPOINT_ID, Accumulators.sum("attempts", 1), Accumulators.sum("failed", failed))))
                .forEach(row -> totals.put(row.getString("_id"), new AttemptTotals(
                        row.get("attempts", Number.class).longValue(), row.get("failed", Number.class).longValue())));
        return totals;
    }

    private Map<String, NearestRank> latencyPercentiles(Bson selected, Map<String, AttemptTotals> totals) {
        Map<String, NearestRank> percentiles = new HashMap<>();
        deliveries.aggregate(List.of(
                        selected,
                        unwind("$" + ATTEMPTS),
                        project(new Document("_id", 0)
                                .append(ENDPOINT, "$" + ENDPOINT_ID)
                                .append(LATENCY, "$" + ATTEMPTS + "." + ATTEMPT_LATENCY_MS)),
                        sort(Sorts.ascending(ENDPOINT, LATENCY))))
                .allowDiskUse(true)
                .forEach(row -> percentiles
                        .computeIfAbsent(row.getString(ENDPOINT), endpoint -> new NearestRank(totals.getOrDefault(endpoint, AttemptTotals.NONE).attempts()))
                        .accept(row.get(LATENCY, Number.class).longValue()));
        return percentiles;
    }
}
