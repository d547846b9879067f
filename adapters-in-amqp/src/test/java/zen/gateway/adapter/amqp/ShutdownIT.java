package zen.gateway.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import zen.gateway.adapter.amqp.broker.RabbitSettings;
import zen.gateway.application.inmemory.InMemoryQuarantineStore;
import zen.gateway.application.port.outbound.ingest.EnvelopePublisher;
import zen.gateway.application.quarantine.QuarantineService;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.ingest.InboundEnvelope;

/** Closing the transport while webhooks keep coming: every envelope it acknowledged is still there after. */
class ShutdownIT {

    private static final Duration PATIENCE = Broker.PATIENCE;

    @Test
    void closingWhilePublishingLosesNoAcknowledgedEnvelope() throws Exception {
        RabbitSettings settings = Broker.settings().build();
        RabbitTransport first = RabbitTransport.connect(settings);
        EnvelopePublisher queue = first.envelopes();
        Map<String, CompletableFuture<Void>> published = new ConcurrentHashMap<>();
        AtomicBoolean publishing = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        AtomicBoolean closing = new AtomicBoolean();
        // Like HTTP clients on 16 connections: each waits for its answer before sending the next webhook.
        ExecutorService publishers = Executors.newFixedThreadPool(16);
        List<Future<?>> running = new ArrayList<>();
        for (int p = 0; p < 16; p++) {
            running.add(publishers.submit(() -> {
                while (publishing.get()) {
                    String id = "env-" + sequence.incrementAndGet();
                    CompletableFuture<Void> durable = queue.publish(new InboundEnvelope(id, Bsp.KARIX, Instant.now(), 0,
                            Map.of(), ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8)));
                    published.put(id, durable);
                    try {
                        durable.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                    } catch (ExecutionException refused) {
                        if (closing.get()) {
                            return null;
                        }
                    }
                }
                return null;
            }));
        }
        RabbitTransport second = null;
        try {
            await().atMost(PATIENCE).until(() -> published.values().stream().filter(f -> f.isDone() && !f.isCompletedExceptionally()).count() > 2_000);

            closing.set(true);
            first.close();
            for (Future<?> publisher : running) {
                publisher.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
            await().atMost(PATIENCE).until(() -> published.values().stream().allMatch(CompletableFuture::isDone));
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            published.forEach((id, future) -> {
                if (!future.isCompletedExceptionally()) {
                    acknowledged.add(id);
                }
            });
            assertThat(published.size() - acknowledged.size()).as("publishes refused once closed").isPositive();

            second = RabbitTransport.connect(settings);
            Set<String> found = ConcurrentHashMap.newKeySet();
            second.consumeEnvelopes(batch -> batch.forEach(e -> found.add(e.id())), new QuarantineService(new InMemoryQuarantineStore()));
            // A plain condition: an assertion here would format every id on each poll.
            await().atMost(PATIENCE).until(() -> found.containsAll(acknowledged));
        } finally {
            publishing.set(false);
            publishers.shutdownNow();
            first.close();
            if (second != null) {
                second.close();
            }
            Broker.deleteQueues(first.topology());
        }
    }
}
