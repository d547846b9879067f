package zen.gateway.bootstrap.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static zen.gateway.application.contract.Fixtures.envelope;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.adapter.outbound.jdbc.TestDatabase;
import zen.gateway.application.contract.EnvelopeQueueContract;

/** What the embedded queue of webhooks keeps across a restart of the process. */
class H2QueueRestartTest {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void envelopesNotHandedOverAreConsumedAfterARestart() throws Exception {
        EnvelopeQueueContract.Queue queue = EmbeddedQueues.over(DATABASE.storage(), 10, Duration.ofMillis(20));
        CompletableFuture.allOf(
                queue.publish(envelope("env-1", 0)), queue.publish(envelope("env-2", 5)), queue.publish(envelope("env-3", 0)))
                .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        AtomicInteger refusals = new AtomicInteger();
        queue.consume(batch -> {
            refusals.incrementAndGet();
            throw new IllegalStateException("processing is broken until the restart");
        });
        await().atMost(PATIENCE).until(() -> refusals.get() >= 2);

        queue.close();
        EnvelopeQueueContract.Queue restarted = EmbeddedQueues.over(DATABASE.reopen(), 10, Duration.ofMillis(20));
        List<String> received = new CopyOnWriteArrayList<>();
        restarted.consume(batch -> batch.forEach(e -> received.add(e.id())));

        await().atMost(PATIENCE).until(() -> received.size() >= 3);
        assertThat(received).containsExactly("env-2", "env-1", "env-3");
        restarted.close();
    }

    @Test
    void aClosedStorageNoLongerAnswers() {
        DATABASE.storage().ping();
        EnvelopeQueueContract.Queue queue = EmbeddedQueues.over(DATABASE.storage(), 100, Duration.ofSeconds(1));

        DATABASE.storage().close();

        assertThatThrownBy(() -> DATABASE.storage().ping()).isInstanceOf(RuntimeException.class);
        await().atMost(PATIENCE).until(() -> queue.publish(envelope("env-late", 0)).isCompletedExceptionally());
    }
}
