package zen.gateway.adapter.outbound.http;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * At most {@code max} holders at once; the others wait in arrival order for a future to complete, so waiting
 * costs a queue entry and never a thread. A released permit passes straight to the oldest waiter. Thread-safe.
 */
final class InFlightLimit {

    private final int max;
    private final ArrayDeque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private int holders;
    private boolean closed;

    InFlightLimit(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("a limit allows at least one holder");
        }
        this.max = max;
    }

    /**
     * Completes once the caller holds a permit, which it must {@link #release} exactly once; completes
     * exceptionally with {@link LimitClosedException} if the limit closes first. Completion may happen on the
     * thread of the releasing holder: continue asynchronously on your own executor.
     */
    CompletableFuture<Void> acquire() {
        synchronized (this) {
            if (closed) {
                return CompletableFuture.failedFuture(new LimitClosedException());
            }
            if (holders < max) {
                holders++;
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> turn = new CompletableFuture<>();
            waiting.add(turn);
            return turn;
        }
    }

    void release() {
        CompletableFuture<Void> next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                holders--;
                return;
            }
        }
        next.complete(null); // outside the lock: completing runs the waiter's own stages
    }

    /** Refuses new callers and fails every waiter; current holders still release normally. */
    void close() {
        List<CompletableFuture<Void>> abandoned;
        synchronized (this) {
            closed = true;
            abandoned = List.copyOf(waiting);
            waiting.clear();
        }
        abandoned.forEach(turn -> turn.completeExceptionally(new LimitClosedException()));
    }

    synchronized int holders() {
        return holders;
    }

    synchronized int waiting() {
        return waiting.size();
    }

    static final class LimitClosedException extends IllegalStateException {
        LimitClosedException() {
            super("the sender is closed");
        }
    }
}
