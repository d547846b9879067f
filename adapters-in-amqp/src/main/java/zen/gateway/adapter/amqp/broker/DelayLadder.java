package zen.gateway.adapter.amqp.broker;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import zen.gateway.domain.delivery.RetrySchedule;

/**
 * The fixed waits the delay queues offer, and which one a delivery waiting for {@code remaining} goes to.
 *
 * <p>Each delay queue has one {@code x-message-ttl}, so its messages expire in arrival order: nothing waits
 * behind a longer wait. Per-message {@code expiration} on a shared queue would not do, because RabbitMQ only
 * expires messages at the head of a queue (a 30 s wait would hold back a 1 s wait queued behind it). Waits
 * the queues do not offer exactly (jitter, {@code Retry-After}, an open circuit breaker, a paused endpoint) are
 * met by chaining: the delivery goes to the longest step that fits, comes back to the forwarding queue, and
 * goes round again with what is left, until less than half the shortest step remains.
 *
 * <p>The steps are the schedule's distinct nominal delays (so an unjittered retry takes one hop) plus
 * doublings of {@code resolution} up to at least a minute (so any wait takes a few hops). Immutable.
 */
public final class DelayLadder {

    /** Waits this long or shorter take a handful of hops; breaker and pause waits are of this order. */
    static final Duration LONG_WAIT = Duration.ofMinutes(1);

    private final TreeSet<Duration> steps = new TreeSet<>();
    private final Duration tolerance;

    DelayLadder(List<Duration> nominalDelays, Duration resolution) {
        nominalDelays.stream().filter(d -> !d.isZero() && !d.isNegative()).forEach(steps::add);
        Duration longest = steps.isEmpty() || steps.last().compareTo(LONG_WAIT) < 0 ? LONG_WAIT : steps.last();
        for (Duration step = resolution; step.compareTo(longest) < 0; step = step.multipliedBy(2)) {
            steps.add(step);
        }
        this.tolerance = steps.first().dividedBy(2);
    }

    static DelayLadder of(RetrySchedule schedule, Duration resolution) {
        return new DelayLadder(schedule.nominalDelays(), resolution);
    }

    /** Shortest first. */
    public List<Duration> steps() {
        return List.copyOf(steps);
    }

    /**
     * The step to wait in next, or empty when the delivery is due now. A step up to half the shortest step
     * longer than {@code remaining} is taken, so that the time spent handling a delivery does not turn one hop
     * into several.
     */
    public Optional<Duration> stepFor(Duration remaining) {
        return Optional.ofNullable(steps.floor(remaining.plus(tolerance)));
    }

    /** Whether the ladder takes a wait of {@code remaining} (in a few hops): its longest step is no shorter. */
    public boolean reaches(Duration remaining) {
        return remaining.compareTo(steps.last().plus(tolerance)) <= 0;
    }
}
