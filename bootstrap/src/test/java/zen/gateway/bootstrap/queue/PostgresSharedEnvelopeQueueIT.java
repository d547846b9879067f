package zen.gateway.bootstrap.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zen.gateway.application.contract.Fixtures.envelope;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.adapter.outbound.jdbc.JdbcStorage;
import zen.gateway.adapter.outbound.jdbc.TestDatabase;
import zen.gateway.application.contract.EnvelopeQueueContract;

/** Two nodes consuming one PostgreSQL envelope table share the envelopes without handing any over twice. */
class PostgresSharedEnvelopeQueueIT {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Test
    void twoNodesShareTheEnvelopesWithoutDuplicates() throws Exception {
        try (JdbcStorage secondNode = DATABASE.secondNode()) {
            EnvelopeQueueContract.Queue first = EmbeddedQueues.over(DATABASE.storage(), 5, Duration.ofMillis(20));
            EnvelopeQueueContract.Queue second = EmbeddedQueues.over(secondNode, 5, Duration.ofMillis(20));
            ConcurrentLinkedQueue<String> byFirst = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> bySecond = new ConcurrentLinkedQueue<>();
            first.consume(batch -> batch.forEach(e -> byFirst.add(e.id())));
            second.consume(batch -> batch.forEach(e -> bySecond.add(e.id())));

            List<CompletableFuture<Void>> published = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                published.add((i % 2 == 0 ? first : second).publish(envelope("env-" + i, i % 6)));
            }
            CompletableFuture.allOf(published.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(30)).until(() -> byFirst.size() + bySecond.size() >= 400);
            List<String> all = new ArrayList<>(byFirst);
            all.addAll(bySecond);
            assertThat(all).hasSize(400).doesNotHaveDuplicates();
            first.close();
            second.close();
        }
    }
}
