package zen.gateway.application.send;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Later slots for sends that found their sender's bucket empty, one rate interval apart per number. Told only "not
 * now", a backlog (a campaign's window, a burst of API sends) would come back all at once, find one token, and go
 * round again and again; with a slot each, it comes back spread over the time its rate needs. An estimate of this
 * node's: a send that still finds no token at its slot takes another. Thread-safe.
 */
final class PacingSlots {

    private final Map<String, Instant> lastSlot = new ConcurrentHashMap<>();

    /** The next free slot of the number, after {@code now}, now taken. */
    Instant reserve(String number, double perSecond, Instant now) {
        long interval = (long) (1_000_000_000L / Math.max(perSecond, 0.001));
        return lastSlot.compute(number, (n, last) -> (last == null || last.isBefore(now) ? now : last).plusNanos(interval));
    }
}
