package zen.bench.ceiling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What the sink received since the last reset: deliveries in total and per endpoint, distinct (endpoint, event)
 * pairs (so a redelivery cannot hide a loss), deliveries missing a signature header, first and last arrival,
 * and the end-to-end latency: arrival time minus the forwarded event's {@code timestamp}, which the load
 * generator set to the moment it sent the webhook. Thread-safe.
 */
final class DeliveryCounter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Latencies are recorded in microseconds, up to an hour. */
    private static final long MAX_LATENCY_US = 3_600_000_000L;

    private final LongAdder received = new LongAdder();
    private final LongAdder unsigned = new LongAdder();
    private final LongAdder untimed = new LongAdder();
    private final Map<String, LongAdder> perEndpoint = new ConcurrentHashMap<>();
    private volatile Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicLong firstMillis = new AtomicLong(Long.MAX_VALUE);
    private final LongAccumulator lastMillis = new LongAccumulator(Math::max, 0);
    private volatile Recorder latency = new Recorder(MAX_LATENCY_US, 3);
    /** Every latency recorded since the reset, gathered from the recorder at each snapshot. */
    private Histogram accumulated = new Histogram(MAX_LATENCY_US, 3);

    void record(String endpoint, String webhookId, boolean signed, byte[] body) {
        long now = System.currentTimeMillis();
        long nowMicros = Math.multiplyExact(now, 1000L);
        received.increment();
        perEndpoint.computeIfAbsent(endpoint, e -> new LongAdder()).increment();
        seen.add(endpoint + '/' + webhookId);
        if (!signed) {
            unsigned.increment();
        }
        firstMillis.accumulateAndGet(now, Math::min);
        lastMillis.accumulate(now);
        long sentMicros = sentAtMicros(body);
        if (sentMicros < 0) {
            untimed.increment();
        } else {
            latency.recordValue(Math.clamp(nowMicros - sentMicros, 0, MAX_LATENCY_US));
        }
    }

    /** The forwarded body's top-level {@code timestamp} (the event time), in microseconds; -1 when absent. */
    private static long sentAtMicros(byte[] body) {
        try {
            JsonNode timestamp = JSON.readTree(body).path("timestamp");
            if (!timestamp.isTextual()) {
                return -1;
            }
            Instant sent = Instant.parse(timestamp.asText());
            return sent.getEpochSecond() * 1_000_000L + sent.getNano() / 1000;
        } catch (IOException | DateTimeParseException e) {
            return -1;
        }
    }

    synchronized void reset() {
        received.reset();
        unsigned.reset();
        untimed.reset();
        perEndpoint.clear();
        seen = ConcurrentHashMap.newKeySet();
        firstMillis.set(Long.MAX_VALUE);
        lastMillis.reset();
        latency = new Recorder(MAX_LATENCY_US, 3);
        accumulated = new Histogram(MAX_LATENCY_US, 3);
    }

    synchronized Map<String, Object> snapshot() {
        accumulated.add(latency.getIntervalHistogram());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("received", received.sum());
        out.put("distinct", seen.size());
        out.put("unsigned", unsigned.sum());
        out.put("untimed", untimed.sum());
        Map<String, Long> endpoints = new TreeMap<>();
        perEndpoint.forEach((endpoint, count) -> endpoints.put(endpoint, count.sum()));
        out.put("per_endpoint", endpoints);
        long first = firstMillis.get();
        out.put("first_ms", first == Long.MAX_VALUE ? 0 : first);
        out.put("last_ms", lastMillis.get());
        Map<String, Double> millis = new LinkedHashMap<>();
        millis.put("p50", percentileMillis(50));
        millis.put("p99", percentileMillis(99));
        millis.put("p999", percentileMillis(99.9));
        millis.put("max", accumulated.getTotalCount() == 0 ? 0 : accumulated.getMaxValue() / 1000.0);
        out.put("latency_ms", millis);
        return out;
    }

    private double percentileMillis(double percentile) {
        return accumulated.getTotalCount() == 0 ? 0 : accumulated.getValueAtPercentile(percentile) / 1000.0;
    }
}
