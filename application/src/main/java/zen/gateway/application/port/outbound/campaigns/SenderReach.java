package zen.gateway.application.port.outbound.campaigns;

import java.time.Instant;

/**
 * How many people a sender reached lately, counted from the stored sends so that every node (and a restarted one)
 * sees the same number: what a messaging tier limits. Thread-safe.
 */
public interface SenderReach {

    /**
     * How many different numbers this sender's template sends went to since {@code since}, campaign or single,
     * queued, being sent, accepted or unknown: a send the provider refused reached nobody, and a text goes only to
     * someone inside their service window, which Meta does not count.
     */
    long recipientsReached(String senderId, Instant since);
}
