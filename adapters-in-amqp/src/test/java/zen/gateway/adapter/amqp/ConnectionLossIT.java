package zen.gateway.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.inbound.ingest.IngestResult;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.message.TrackedMessage;

/** The broker drops connections (as on a restart or a network cut): nothing acknowledged is lost or doubled. */
class ConnectionLossIT {

    private static final Duration PATIENCE = Broker.PATIENCE;
    private static final long T0 = 1_767_261_600_000L;

    private TestGateway gateway;

    @AfterEach
    void close() {
        if (gateway != null) {
            gateway.close();
        }
    }

    private String connection(String role) {
        return gateway.settings.connectionName() + "-" + role + gateway.settings.nameSuffix();
    }

    @Test
    void aConsumerCutOffMidBatchGetsItsBatchAgainAndNothingIsTrackedTwice() throws Exception {
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        AtomicInteger handedOver = new AtomicInteger();
        gateway = new TestGateway(Broker.settings().build());
        gateway.subscribe("ep-1", "/hook");
        for (int i = 0; i < 40; i++) {
            assertThat(gateway.receiveDatagen("mid-" + i, "delivered", T0 + i)).isInstanceOf(IngestResult.Accepted.class);
        }
        // The first batch is stored and forwarded, but its ack never reaches the broker: the connection is cut
        // while the handler still holds the batch.
        gateway.start(process -> batch -> {
            handedOver.addAndGet(batch.size());
            process.process(batch);
            if (first.compareAndSet(true, false)) {
                blocked.countDown();
                awaitQuietly(release);
            }
        });
        assertThat(blocked.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        Broker.dropConnections(List.of(connection("consume")));
        await().atMost(PATIENCE).until(() -> gateway.transport.healthy());
        release.countDown();

        await().atMost(PATIENCE).until(() -> handedOver.get() > 40);
        await().atMost(PATIENCE).until(() -> gateway.sink.received().size() >= 40);
        for (int i = 0; i < 40; i++) {
            TrackedMessage message = gateway.messages.find("mid-" + i).orElseThrow();
            assertThat(message.history()).as("history of mid-%d", i).hasSize(1);
        }
        assertThat(gateway.sink.received()).hasSize(40).extracting(WebhookSink.Received::eventId).doesNotHaveDuplicates();
        await().atMost(PATIENCE).until(() -> Broker.messageCount(gateway.transport.topology().inboundQueue(Bsp.DATAGEN)) == 0);
    }

    @Test
    void whileTheBrokerIsGoneIngestIsRefusedAndEveryAcceptedWebhookIsTracked() throws Exception {
        gateway = new TestGateway(Broker.settings().recoveryInterval(Duration.ofSeconds(3)).build()).start();
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean publishing = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService publishers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            running.add(publishers.submit(() -> {
                while (publishing.get()) {
                    int n = sequence.incrementAndGet();
                    String mid = "mid-" + n;
                    switch (gateway.receiveDatagen(mid, "sent", T0 + n)) {
                        case IngestResult.Accepted a -> accepted.add(mid);
                        case IngestResult.Unavailable u -> refused.incrementAndGet();
                        case IngestResult other -> throw new AssertionError("unexpected " + other);
                    }
                }
                return null;
            }));
        }
        try {
            await().atMost(PATIENCE).until(() -> accepted.size() > 500);

            Broker.dropConnections(List.of(connection("publish"), connection("consume"), connection("forward")));
            await().atMost(Duration.ofMillis(2_500)).until(() -> !gateway.transport.ping().healthy());
            int acceptedBeforeRecovery = accepted.size();
            await().atMost(PATIENCE).until(() -> gateway.transport.healthy());
            await().atMost(PATIENCE).until(() -> accepted.size() > acceptedBeforeRecovery + 500);
        } finally {
            publishing.set(false);
            for (Future<?> publisher : running) {
                publisher.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
            publishers.shutdown();
        }

        assertThat(refused.get()).as("webhooks answered 503 while the broker was gone").isPositive();
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(accepted).allSatisfy(mid -> assertThat(gateway.messages.find(mid)).as(mid).isPresent()));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
