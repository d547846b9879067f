package zen.gateway.adapter.embedded.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zen.gateway.adapter.embedded.attempts.BatchingAttemptRecorder;
import zen.gateway.adapter.embedded.cache.LocalOnlyCache;
import zen.gateway.adapter.embedded.publish.HandOverQueue;
import zen.gateway.application.endpoints.EndpointDirectory;
import zen.gateway.application.secrets.AesGcmSecretBox;
import zen.gateway.application.forwarding.ForwardDeliveryService;
import zen.gateway.application.inmemory.InMemoryDeliveryStore;
import zen.gateway.application.inmemory.InMemoryEndpointStore;
import zen.gateway.application.inmemory.ScriptedSender;
import zen.gateway.application.port.outbound.forwarding.OutboundRequest;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;
import zen.gateway.domain.delivery.RetryPolicy;
import zen.gateway.domain.delivery.RetrySchedule;
import zen.gateway.domain.subscription.Endpoint;
import zen.gateway.domain.subscription.EndpointState;
import zen.gateway.domain.subscription.TopicPattern;

/** The embedded forwarding transport over the in-memory store: deliveries handed over, and found by due time. */
class DeliverySchedulerTest {

    private static final int MAX_IN_FLIGHT = 10;
    private static final Duration LEASE = Duration.ofSeconds(3);

    private final Clock clock = Clock.systemUTC();
    private final InMemoryEndpointStore endpointStore = new InMemoryEndpointStore();
    private final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
    private final ScriptedSender sender = new ScriptedSender();
    private final BatchingAttemptRecorder recorder = new BatchingAttemptRecorder(deliveries, 100, () -> {});
    private final List<Running> started = new ArrayList<>();
    private Running scheduler = polling(Duration.ofMillis(50));

    /** A scheduler and the hand-over queue that feeds it, as the embedded transport pairs them. */
    private record Running(HandOverQueue handOver, DeliveryScheduler loop) {
        void submit(List<Delivery> planned) {
            handOver.submit(planned);
        }

        Instant firstDue(Instant plannedAt) {
            return handOver.firstDue(plannedAt);
        }

        void close() {
            loop.close();
        }
    }

    DeliverySchedulerTest() {
        Instant now = clock.instant();
        endpointStore.save(new Endpoint("ep-1", "p1", URI.create("https://hooks.example.com/zen"), "shh", "whsec_c2VjcmV0",
                List.of(TopicPattern.EVERYTHING), Set.of(), EndpointState.ACTIVE, null, now, now));
    }

    /** A scheduler over this test's store and endpoint, searching the store by due time every {@code interval}. */
    private Running polling(Duration interval) {
        HandOverQueue handOver = new HandOverQueue(LEASE, 40);
        Running made = new Running(handOver, new DeliveryScheduler(handOver, deliveries,
                new ForwardDeliveryService(new EndpointDirectory(endpointStore, new AesGcmSecretBox(new byte[32]), new LocalOnlyCache(),
                        Duration.ofMinutes(5), Duration.ofHours(1), clock), endpointStore, sender,
                        new RetryPolicy(RetrySchedule.legacyDefault()), recorder, deliveries, clock),
                MAX_IN_FLIGHT, interval, clock));
        started.add(made);
        return made;
    }

    @AfterEach
    void close() {
        started.forEach(Running::close);
        recorder.close();
    }

    /** Deliveries stored as the consumer stores them: leased to the scheduler from birth. */
    private List<Delivery> planned(String prefix, int count) {
        Instant now = clock.instant();
        return stored(prefix, count, scheduler.firstDue(now));
    }

    private List<Delivery> stored(String prefix, int count, Instant due) {
        List<Delivery> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(Delivery.pending(prefix + i, "datagen.delivery", "ep-1", "p1", "https://hooks.example.com/zen",
                    "{\"n\":" + i + "}", clock.instant(), due));
        }
        return deliveries.insertNew(made);
    }

    private void awaitDelivered(List<Delivery> all, Duration within) {
        await().atMost(within).untilAsserted(() -> assertThat(all)
                .allSatisfy(d -> assertThat(deliveries.find(d.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.DELIVERED)));
    }

    private List<String> sentEventIds() {
        synchronized (sender.requests) {
            return sender.requests.stream().map(OutboundRequest::headers).map(h -> h.get("webhook-id")).toList();
        }
    }

    @Test
    void newDeliveriesAreStartedFromTheHandOverWithoutWaitingForTheirLease() {
        assertThat(scheduler.firstDue(clock.instant())).isAfter(clock.instant().plus(LEASE).minusSeconds(1));
        List<Delivery> fresh = planned("evt-", 30);

        scheduler.submit(fresh);

        // the store would hand them out only after the lease: sent sooner, they came from the hand-over
        awaitDelivered(fresh, LEASE.dividedBy(2));
        assertThat(sentEventIds()).hasSize(30).doesNotHaveDuplicates();
    }

    @Test
    void whatTheHandOverCannotHoldIsSentOnceItsLeaseEnds() {
        List<Delivery> fresh = planned("evt-", 300);

        for (int from = 0; from < fresh.size(); from += 50) {
            scheduler.submit(fresh.subList(from, from + 50));
        }

        awaitDelivered(fresh, LEASE.multipliedBy(5));
        assertThat(sentEventIds()).hasSize(300).doesNotHaveDuplicates();
    }

    @Test
    void onceTheHandOverIsHalfFullNewDeliveriesAreStoredDueAtOnce() {
        sender.holdAnswers();
        Instant now = clock.instant();
        assertThat(scheduler.firstDue(now)).isEqualTo(now.plus(LEASE));

        List<Delivery> busy = planned("busy-", 35);
        scheduler.submit(busy);
        await().atMost(Duration.ofSeconds(5)).until(() -> sentEventIds().size() == MAX_IN_FLIGHT);

        // 25 wait in a hand-over of 40
        assertThat(scheduler.firstDue(now)).isEqualTo(now);
        sender.releaseAnswers();
        awaitDelivered(busy, Duration.ofSeconds(5));
        assertThat(scheduler.firstDue(now)).isEqualTo(now.plus(LEASE));
    }

    @Test
    void aSearchThatFillsTheRoomSearchesAgainWithoutWaitingForThePollInterval() {
        scheduler.close();
        List<Delivery> due = stored("due-", 200, clock.instant());

        scheduler = polling(Duration.ofHours(1));

        awaitDelivered(due, Duration.ofSeconds(10));
        assertThat(sentEventIds()).hasSize(200).doesNotHaveDuplicates();
    }

    @Test
    void aDeliveryHandedOverTwiceWhileInFlightStartsOnce() {
        sender.holdAnswers();
        List<Delivery> fresh = planned("twice-", 1);

        scheduler.submit(fresh);
        await().atMost(Duration.ofSeconds(5)).until(() -> sentEventIds().size() == 1);
        scheduler.submit(fresh);
        List<Delivery> other = planned("other-", 1);
        scheduler.submit(other);
        await().atMost(Duration.ofSeconds(5)).until(() -> sentEventIds().size() == 2);
        sender.releaseAnswers();

        awaitDelivered(List.of(fresh.getFirst(), other.getFirst()), Duration.ofSeconds(5));
        assertThat(sentEventIds()).containsExactly("twice-0", "other-0");
    }

    @Test
    void aDueDeliveryLeasedElsewhereIsNotStartedFromTheHandOver() {
        Instant now = clock.instant();
        // stored leased by another node (claiming them here would race this test's own scheduler), and handed over
        // as if due now, as a batch processed again hands over what it planned before
        List<Delivery> takenByAnother = stored("leased-", 5, now.plus(Duration.ofHours(1))).stream()
                .map(d -> d.after(null, d.status(), d.seriesAttempts(), now, d.lastError(), now))
                .toList();
        List<Delivery> fresh = planned("fresh-", 1);

        scheduler.submit(takenByAnother);
        scheduler.submit(fresh);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sentEventIds()).contains("fresh-0"));
        assertThat(sentEventIds()).containsExactly("fresh-0");
    }
}
