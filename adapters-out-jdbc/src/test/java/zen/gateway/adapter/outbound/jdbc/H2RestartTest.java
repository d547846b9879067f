package zen.gateway.adapter.outbound.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static zen.gateway.application.contract.Fixtures.at;
import static zen.gateway.application.contract.Fixtures.delivery;
import static zen.gateway.application.contract.Fixtures.details;
import static zen.gateway.application.contract.Fixtures.endpoint;
import static zen.gateway.application.contract.Fixtures.envelope;
import static zen.gateway.application.contract.Fixtures.update;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.port.outbound.EnvelopeQueue;
import zen.gateway.application.port.outbound.QuarantinedInput;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.TrackedMessage;
import zen.gateway.domain.subscription.Endpoint;

/** What the embedded database keeps across a restart of the process. */
class H2RestartTest {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void storedDataIsThereAfterARestart() {
        JdbcStorage before = DATABASE.storage();
        before.messages().apply(List.of(update("m-1", details("wamid.1", "bsp-1"), MessageStatus.DELIVERED, at(1))));
        TrackedMessage message = before.messages().find("wamid.1").orElseThrow();
        Endpoint endpoint = endpoint("ep-1", "project-1", at(0));
        before.endpoints().save(endpoint);
        Delivery delivery = delivery("evt-1", "ep-1", "project-1", at(2));
        before.deliveries().insertNew(List.of(delivery));
        before.projectNumbers().assign("919900000001", "project-1");
        before.quarantine().keep(new QuarantinedInput("q-1", "webhook/meta", "bad", at(3),
                "{".getBytes(StandardCharsets.UTF_8)));

        JdbcStorage after = DATABASE.reopen();

        assertThat(after.messages().find("wamid.1")).contains(message);
        assertThat(after.endpoints().ofProject("project-1")).containsExactly(endpoint);
        assertThat(after.deliveries().find(delivery.id())).contains(delivery);
        assertThat(after.projectNumbers().projectOf("919900000001")).contains("project-1");
        assertThat(after.quarantine().count()).isEqualTo(1);
    }

    @Test
    void envelopesNotHandedOverAreConsumedAfterARestart() throws Exception {
        EnvelopeQueue queue = DATABASE.storage().envelopeQueue(10, Duration.ofMillis(20));
        CompletableFuture.allOf(
                queue.publish(envelope("env-1", 0)), queue.publish(envelope("env-2", 5)), queue.publish(envelope("env-3", 0)))
                .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        AtomicInteger refusals = new AtomicInteger();
        queue.consume(batch -> {
            refusals.incrementAndGet();
            throw new IllegalStateException("processing is broken until the restart");
        });
        await().atMost(PATIENCE).until(() -> refusals.get() >= 2);

        EnvelopeQueue restarted = DATABASE.reopen().envelopeQueue(10, Duration.ofMillis(20));
        List<String> received = new CopyOnWriteArrayList<>();
        restarted.consume(batch -> batch.forEach(e -> received.add(e.id())));

        await().atMost(PATIENCE).until(() -> received.size() >= 3);
        assertThat(received).containsExactly("env-2", "env-1", "env-3");
    }

    @Test
    void aClosedStorageNoLongerAnswers() {
        DATABASE.storage().ping();
        EnvelopeQueue queue = DATABASE.storage().envelopeQueue();

        DATABASE.storage().close();

        assertThatThrownBy(() -> DATABASE.storage().ping()).isInstanceOf(RuntimeException.class);
        await().atMost(PATIENCE).until(() -> queue.publish(envelope("env-late", 0)).isCompletedExceptionally());
    }
}
