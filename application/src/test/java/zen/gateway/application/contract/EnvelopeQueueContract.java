package zen.gateway.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zen.gateway.application.contract.Fixtures.envelope;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.inbound.ingest.ProcessEnvelopesUseCase;
import zen.gateway.application.port.outbound.ingest.EnvelopePublisher;
import zen.gateway.domain.ingest.InboundEnvelope;

/**
 * What every transport's envelope queue must do, publishing and consuming. The queue under test should back off
 * briefly (well under a second) after a handler failure.
 */
public abstract class EnvelopeQueueContract {

    /** A transport's envelope queue as the contract drives it: its publisher, its consumer, its backlog. */
    public interface Queue extends EnvelopePublisher, AutoCloseable {

        /**
         * Starts handing envelopes to {@code handler} in batches, higher priority first. An envelope is removed only
         * after the handler returned normally for its batch; if the handler throws, or the process dies, the
         * envelopes are handed over again (at-least-once).
         */
        void consume(ProcessEnvelopesUseCase handler);

        /** How much waits to be processed, the batch in hand included. */
        long backlog();

        /** Refuses new envelopes and stops consuming after the batch in hand. */
        @Override
        void close();
    }

    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    /** A new queue with nothing in it; called once per test and closed after it. */
    protected abstract Queue newQueue();

    private Queue queue;

    @BeforeEach
    void createQueue() {
        queue = newQueue();
    }

    @AfterEach
    void closeQueue() {
        queue.close();
    }

    private static void awaitDurable(List<CompletableFuture<Void>> published) throws Exception {
        CompletableFuture.allOf(published.toArray(CompletableFuture[]::new)).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void aPublishedEnvelopeBecomesDurableAndIsHandedOverAsItWas() throws Exception {
        InboundEnvelope sent = envelope("env-1", 3);
        List<InboundEnvelope> received = new CopyOnWriteArrayList<>();

        awaitDurable(List.of(queue.publish(sent)));
        queue.consume(received::addAll);

        await().atMost(PATIENCE).until(() -> !received.isEmpty());
        assertThat(received).singleElement().usingRecursiveComparison().isEqualTo(sent);
    }

    @Test
    void higherPriorityFirstAndPublishingOrderWithinAPriority() throws Exception {
        int[] priorities = {0, 5, 2, 0, 5, 2, 1, 0, 5, 3, 3, 0};
        List<InboundEnvelope> sent = new ArrayList<>();
        List<CompletableFuture<Void>> published = new ArrayList<>();
        for (int i = 0; i < priorities.length; i++) {
            InboundEnvelope e = envelope("env-" + i, priorities[i]);
            sent.add(e);
            published.add(queue.publish(e));
        }
        awaitDurable(published);
        List<String> received = new CopyOnWriteArrayList<>();

        queue.consume(batch -> batch.forEach(e -> received.add(e.id())));

        await().atMost(PATIENCE).until(() -> received.size() >= sent.size());
        List<String> expected = sent.stream()
                .sorted(Comparator.comparingInt(InboundEnvelope::priority).reversed())
                .map(InboundEnvelope::id)
                .toList();
        assertThat(received).isEqualTo(expected);
    }

    @Test
    void aBatchWhoseHandlerThrowsIsHandedOverAgain() throws Exception {
        List<CompletableFuture<Void>> published = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            published.add(queue.publish(envelope("env-" + i, 1)));
        }
        awaitDurable(published);
        AtomicBoolean failedOnce = new AtomicBoolean();
        List<String> refused = new CopyOnWriteArrayList<>();
        List<String> handled = new CopyOnWriteArrayList<>();

        queue.consume(batch -> {
            if (failedOnce.compareAndSet(false, true)) {
                batch.forEach(e -> refused.add(e.id()));
                throw new IllegalStateException("the store is down");
            }
            batch.forEach(e -> handled.add(e.id()));
        });

        await().atMost(PATIENCE).until(() -> handled.size() >= 5);
        assertThat(refused).isNotEmpty();
        assertThat(handled).containsAll(refused)
                .containsExactlyInAnyOrder("env-0", "env-1", "env-2", "env-3", "env-4");
    }

    @Test
    void nothingIsLostWhilePublishersAndTheConsumerRunTogether() throws Exception {
        ConcurrentLinkedQueue<String> received = new ConcurrentLinkedQueue<>();
        queue.consume(batch -> batch.forEach(e -> received.add(e.id())));
        int publishers = 4;
        int each = 250;
        ExecutorService pool = Executors.newFixedThreadPool(publishers);
        List<CompletableFuture<Void>> published = new CopyOnWriteArrayList<>();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int p = 0; p < publishers; p++) {
                int publisher = p;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        published.add(queue.publish(envelope("env-" + publisher + "-" + i, i % 6)));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        awaitDurable(published);

        await().atMost(PATIENCE).until(() -> received.size() >= publishers * each);
        assertThat(received).hasSize(publishers * each).doesNotHaveDuplicates();
    }

    @Test
    void theBacklogCountsWhatWaitsAndTheBatchInHandUntilItIsHandled() throws Exception {
        assertThat(queue.backlog()).isZero();
        awaitDurable(List.of(queue.publish(envelope("env-1", 1)), queue.publish(envelope("env-2", 1))));
        // at least one unit (RabbitMQ packs envelopes published together into one broker message), at most one each
        await().atMost(PATIENCE).until(() -> queue.backlog() > 0);
        assertThat(queue.backlog()).isBetween(1L, 2L);
        CountDownLatch inHand = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> handled = new CopyOnWriteArrayList<>();

        queue.consume(batch -> {
            inHand.countDown();
            awaitQuietly(release);
            batch.forEach(e -> handled.add(e.id()));
        });

        assertThat(inHand.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(queue.backlog()).isPositive();
        release.countDown();
        await().atMost(PATIENCE).until(() -> handled.size() >= 2 && queue.backlog() == 0);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void afterCloseNothingIsAcceptedAnyMore() {
        queue.close();

        CompletableFuture<Void> refused = queue.publish(envelope("env-late", 0));

        await().atMost(PATIENCE).until(refused::isDone);
        assertThat(refused).isCompletedExceptionally();
    }
}
