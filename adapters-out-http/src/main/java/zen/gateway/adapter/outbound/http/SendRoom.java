package zen.gateway.adapter.outbound.http;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Room for one send: first a place in its endpoint's share, then a place on the wire. A slow receiver thus holds
 * at most its share of the wire, and its excess sends wait in its own line, not in everyone's. Both are waited for
 * without a thread, in arrival order, and together within one budget: a send that gets no room in time gets none
 * and is put off, so that it neither holds its endpoint's share nor the caller's own slots (the transport's
 * in-flight limit, the broker's prefetch) for longer. Shares stay for as long as the sender: one per endpoint URL,
 * like the breakers. Thread-safe.
 */
final class SendRoom implements AutoCloseable {

    private final InFlightLimit wire;
    private final int share;
    private final Duration budget;
    private final Map<String, InFlightLimit> shares = new ConcurrentHashMap<>();

    SendRoom(int maxInFlight, int maxInFlightPerEndpoint, Duration budget) {
        this.wire = new InFlightLimit(maxInFlight);
        this.share = maxInFlightPerEndpoint;
        this.budget = budget;
    }

    /**
     * Completes with the room taken, to release once, or empty when there was none within the budget (nothing is
     * held then); exceptionally once closed. May complete on a releasing sender's or the JDK's delay thread.
     */
    CompletableFuture<Optional<Taken>> claim(String endpoint) {
        long started = System.nanoTime();
        InFlightLimit endpointShare = shares.computeIfAbsent(endpoint, key -> new InFlightLimit(share));
        return endpointShare.acquireWithin(budget).thenCompose(gotShare -> {
            if (!gotShare) {
                return CompletableFuture.completedFuture(Optional.<Taken>empty());
            }
            Duration left = budget.minusNanos(System.nanoTime() - started);
            return wire.acquireWithin(left.isNegative() || left.isZero() ? Duration.ofNanos(1) : left)
                    .handle((gotPlace, failure) -> {
                        if (failure != null || !gotPlace) {
                            endpointShare.release();
                        }
                        if (failure != null) {
                            throw failure instanceof CompletionException wrapped ? wrapped : new CompletionException(failure);
                        }
                        return gotPlace ? Optional.of(new Taken(endpointShare)) : Optional.<Taken>empty();
                    });
        });
    }

    /** Requests on the wire now. */
    int inFlight() {
        return wire.holders();
    }

    /** Sends waiting for room: in their endpoint's line or for a place on the wire. */
    int waiting() {
        return wire.waiting() + shares.values().stream().mapToInt(InFlightLimit::waiting).sum();
    }

    /** Fails every waiting send and refuses new ones; sends holding room still release it normally. */
    @Override
    public void close() {
        wire.close();
        shares.values().forEach(InFlightLimit::close);
    }

    /** A place in an endpoint's share and on the wire, held by one send until it ends. */
    final class Taken {

        private final InFlightLimit endpointShare;
        private final AtomicBoolean released = new AtomicBoolean();

        private Taken(InFlightLimit endpointShare) {
            this.endpointShare = endpointShare;
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                wire.release();
                endpointShare.release();
            }
        }
    }
}
