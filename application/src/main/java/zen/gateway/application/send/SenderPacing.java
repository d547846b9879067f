package zen.gateway.application.send;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per sender number: at most its rate per second, bursts of one second's worth. Asking never
 * blocks: a send that may not go now stays queued for the next pass, so waiting costs no thread. Thread-safe.
 */
final class SenderPacing {

    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    SenderPacing(Clock clock) {
        this.clock = clock;
    }

    /** Takes one token from the number's bucket if there is one. */
    boolean tryTake(String number, double perSecond) {
        return buckets.computeIfAbsent(number, n -> new Bucket(perSecond, clock.millis())).tryTake(perSecond, clock.millis());
    }

    private static final class Bucket {
        private double tokens;
        private long lastMillis;

        Bucket(double perSecond, long now) {
            this.tokens = Math.max(1, perSecond);
            this.lastMillis = now;
        }

        synchronized boolean tryTake(double perSecond, long now) {
            double capacity = Math.max(1, perSecond);
            tokens = Math.min(capacity, tokens + (now - lastMillis) * perSecond / 1000.0);
            lastMillis = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
