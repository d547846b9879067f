package zen.gateway.adapter.outbound.http.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import zen.gateway.application.port.outbound.send.SendOutcome;

/** Waits for a send with a deadline and narrows its outcome. */
final class Outcome {

    /** Generous: a loaded 2-core build machine can be slow, and every wait ends well before this anyway. */
    static final long DEADLINE_SECONDS = 30;

    private Outcome() {}

    static SendOutcome of(CompletableFuture<SendOutcome> sent) {
        try {
            return sent.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("a send must complete normally within the deadline", e);
        }
    }

    static <T extends SendOutcome> T as(Class<T> type, CompletableFuture<SendOutcome> sent) {
        SendOutcome outcome = of(sent);
        assertThat(outcome).isInstanceOf(type);
        return type.cast(outcome);
    }
}
