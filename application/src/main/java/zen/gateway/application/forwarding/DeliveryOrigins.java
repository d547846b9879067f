package zen.gateway.application.forwarding;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a planned delivery sends on from the webhook it came from: the request id ({@code X-Request-Id}) and the trace
 * context of its processing ({@code traceparent}, {@code tracestate}), by delivery id, in this process's memory.
 * Kept out of the stores on purpose: they are for following one event through the logs and traces, not state a
 * delivery needs, so a delivery attempted by another node or after a restart goes without them. At most
 * {@link #CAPACITY} entries (the oldest go first); a finished delivery's entry is dropped. Thread-safe.
 */
public final class DeliveryOrigins {

    static final int CAPACITY = 50_000;

    private final Map<String, Map<String, String>> byDelivery = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
            return size() > CAPACITY;
        }
    };

    public synchronized void remember(String deliveryId, Map<String, String> origin) {
        if (!origin.isEmpty()) {
            byDelivery.put(deliveryId, Map.copyOf(origin));
        }
    }

    /** The delivery's origin headers; empty when unknown. */
    public synchronized Map<String, String> of(String deliveryId) {
        return byDelivery.getOrDefault(deliveryId, Map.of());
    }

    public synchronized void forget(String deliveryId) {
        byDelivery.remove(deliveryId);
    }
}
