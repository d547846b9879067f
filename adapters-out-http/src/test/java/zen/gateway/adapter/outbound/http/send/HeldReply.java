package zen.gateway.adapter.outbound.http.send;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A stand-in's success answer held back until the test releases it ({@link BspStandIn#holdNext()}): the provider
 * took the message but its reply is slow, so its first status webhook can arrive first. Thread-safe.
 */
public final class HeldReply {

    /** A held reply goes out at the latest after this long, so that a failing test leaves no thread behind for long. */
    private static final long HOLD_LIMIT_SECONDS = 60;

    private final CompletableFuture<String> body = new CompletableFuture<>();
    private final CountDownLatch released = new CountDownLatch(1);

    HeldReply() {}

    /** The body the stand-in will answer, once the request has arrived (the ids a webhook needs are in it). */
    public String body(Duration patience) {
        try {
            return body.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the held request", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the held request did not arrive within " + patience, e);
        }
    }

    /** Lets the answer go out. */
    public void release() {
        released.countDown();
    }

    /** Called on the stand-in's handler thread: shows the answer, then waits for the release. */
    void hold(StandInAnswer answer) {
        body.complete(answer.body());
        try {
            released.await(HOLD_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
