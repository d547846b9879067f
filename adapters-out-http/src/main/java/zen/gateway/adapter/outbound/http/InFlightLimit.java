package zen.gateway.adapter.outbound.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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

    /**
     * Like {@link #acquire}, but waits at most {@code patience}: completes with true once the caller holds a permit
     * (to release exactly once), with false when it stopped waiting and holds none. The timeout completes on the
     * JDK's delay thread: continue asynchronously on your own executor.
     */
    CompletableFuture<Boolean> acquireWithin(Duration patience) {
        CompletableFuture<Void> turn = acquire();
        if (turn.isDone()) {
            return turn.thenApply(granted -> true);
        }
        CompletableFuture<Boolean> held = new CompletableFuture<>();
        CompletableFuture<Boolean> inTime = new CompletableFuture<Boolean>()
                .completeOnTimeout(false, patience.toNanos(), TimeUnit.NANOSECONDS);
        turn.whenComplete((granted, failure) -> {
            inTime.complete(true); // cancels the timer
            if (failure != null) {
                held.completeExceptionally(failure);
            } else {
                held.complete(true);
            }
        });
        inTime.thenAccept(waitedInTime -> {
            // Leaving the queue and being handed a permit are decided under the same lock, so exactly one happens.
            if (!waitedInTime && withdraw(turn)) {
                held.complete(false);
            }
        });
        return held;
    }

    private synchronized boolean withdraw(CompletableFuture<Void> turn) {
        return waiting.remove(turn);
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
