package zen.gateway.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.contract.Fixtures.at;
import static zen.gateway.application.contract.Fixtures.delivery;
import static zen.gateway.application.contract.Fixtures.failed;
import static zen.gateway.application.contract.Fixtures.succeeded;
import static zen.gateway.domain.delivery.DeliveryStatus.DEAD_LETTERED;
import static zen.gateway.domain.delivery.DeliveryStatus.DELIVERED;
import static zen.gateway.domain.delivery.DeliveryStatus.PENDING;
import static zen.gateway.domain.delivery.DeliveryStatus.RETRYING;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.forwarding.AttemptRecord;
import zen.gateway.application.port.outbound.forwarding.DeliveryQuery;
import zen.gateway.application.port.outbound.forwarding.DeliveryStore;
import zen.gateway.application.port.outbound.forwarding.EndpointDeliveryStats;
import zen.gateway.application.port.outbound.forwarding.ReplaySelection;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.domain.delivery.Attempt;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;

/** What every {@link DeliveryStore} must do, including its part as the embedded retry scheduler. */
public abstract class DeliveryStoreContract {

    /** A new, empty store; called once per test. */
    protected abstract DeliveryStore newStore();

    private DeliveryStore store;

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    private Delivery found(String id) {
        return store.find(id).orElseThrow(() -> new AssertionError("no delivery " + id));
    }

    /** A pending delivery of project-1 to ep-1, made at 0 and due at {@code seconds}. */
    private static Delivery dueAt(String eventId, long seconds) {
        return withDue(delivery(eventId, "ep-1", "project-1", at(0)), at(seconds));
    }

    private static Delivery withDue(Delivery d, Instant nextAttemptAt) {
        return new Delivery(d.id(), d.eventId(), d.eventType(), d.endpointId(), d.projectOwnerId(), d.url(), d.status(),
                d.seriesAttempts(), d.attempts(), d.lastError(), d.createdAt(), d.updatedAt(), nextAttemptAt, d.payload());
    }

    @Test
    void insertNewStoresDeliveriesAndIgnoresKnownIds() {
        Delivery a = delivery("evt-a", "ep-1", "project-1", at(0));
        Delivery b = delivery("evt-b", "ep-1", "project-1", at(0));
        Delivery aAgain = Delivery.pending("evt-a", "other.type", "ep-1", "project-1", "https://elsewhere", "{}", at(0));
        Delivery c = delivery("evt-c", "ep-2", "project-1", at(0));

        assertThat(store.insertNew(List.of(a, b))).containsExactly(a, b);
        assertThat(store.insertNew(List.of(aAgain, c))).containsExactly(c);
        assertThat(store.insertNew(List.of())).isEmpty();

        assertThat(store.find(a.id())).contains(a);
        assertThat(store.find(b.id())).contains(b);
        assertThat(store.find(c.id())).contains(c);
        assertThat(store.find("unknown")).isEmpty();
    }

    @Test
    void aDeliveryIsStoredWithItsAttempts() {
        Delivery d = delivery("evt-x", "message.status", "ep-1", "project-1", RETRYING,
                List.of(failed(1, at(1), 120), new Attempt(2, at(5), null, 10_000, "timed out", null)),
                at(0), at(5), at(8));

        store.insertNew(List.of(d));

        assertThat(found(d.id())).isEqualTo(d);
    }

    @Test
    void claimDueTakesTheEarliestDueFirstUpToTheLimitAndLeasesThem() {
        Delivery d1 = dueAt("evt-1", 1);
        Delivery d2 = dueAt("evt-2", 2);
        Delivery d3 = dueAt("evt-3", 3);
        Delivery future = dueAt("evt-4", 1000);
        Delivery done = delivery("evt-5", "message.status", "ep-1", "project-1", DELIVERED,
                List.of(succeeded(1, at(0), 10)), at(0), at(0), null);
        Delivery dead = delivery("evt-6", "message.status", "ep-1", "project-1", DEAD_LETTERED,
                List.of(failed(1, at(0), 10)), at(0), at(0), null);
        store.insertNew(List.of(d3, future, d1, done, d2, dead));
        Instant lease = at(40);

        List<Delivery> first = store.claimDue(at(5), lease, 2);
        List<Delivery> second = store.claimDue(at(5), lease, 10);
        List<Delivery> duringLease = store.claimDue(at(39), at(80), 10);
        List<Delivery> afterLease = store.claimDue(lease, at(80), 10);

        assertThat(first).extracting(Delivery::id).containsExactly(d1.id(), d2.id());
        assertThat(first).extracting(Delivery::nextAttemptAt).containsOnly(lease);
        assertThat(first.get(0)).isEqualTo(withDue(d1, lease));
        assertThat(second).extracting(Delivery::id).containsExactly(d3.id());
        assertThat(duringLease).isEmpty();
        assertThat(afterLease).extracting(Delivery::id).containsExactlyInAnyOrder(d1.id(), d2.id(), d3.id());
        assertThat(found(d1.id()).nextAttemptAt()).isEqualTo(at(80));
        assertThat(found(future.id()).nextAttemptAt()).isEqualTo(at(1000));
    }

    @Test
    void concurrentClaimsNeverHandOutADeliveryTwice() throws Exception {
        List<Delivery> due = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            due.add(withDue(delivery("evt-" + i, "ep-" + (i % 3), "project-1", at(0)), at(i % 7)));
        }
        store.insertNew(due);
        ConcurrentLinkedQueue<String> claimed = new ConcurrentLinkedQueue<>();
        AllAtOnce.run(4, thread -> {
            List<Delivery> batch;
            do {
                batch = store.claimDue(at(10), at(600), 7);
                batch.forEach(d -> claimed.add(d.id()));
            } while (!batch.isEmpty());
        });

        assertThat(claimed).hasSize(120).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(due.stream().map(Delivery::id).toList());
    }

    @Test
    void claimByIdLeasesOnlyTheNamedDeliveriesStillDue() {
        Delivery fresh = dueAt("evt-c1", 1);
        Delivery alsoFresh = dueAt("evt-c2", 1);
        Delivery unnamed = dueAt("evt-c3", 1);
        Delivery future = dueAt("evt-c4", 1000);
        Delivery done = delivery("evt-c5", "message.status", "ep-1", "project-1", DELIVERED,
                List.of(succeeded(1, at(0), 10)), at(0), at(0), null);
        store.insertNew(List.of(fresh, alsoFresh, unnamed, future, done));
        List<String> named = List.of(fresh.id(), alsoFresh.id(), future.id(), done.id(), "no-such-delivery");

        List<String> claimed = store.claim(named, at(5), at(40));
        List<String> again = store.claim(named, at(6), at(40));

        assertThat(claimed).containsExactlyInAnyOrder(fresh.id(), alsoFresh.id());
        assertThat(again).isEmpty();
        assertThat(found(fresh.id()).nextAttemptAt()).isEqualTo(at(40));
        assertThat(found(unnamed.id()).nextAttemptAt()).isEqualTo(at(1));
        assertThat(store.claimDue(at(5), at(40), 10)).extracting(Delivery::id).containsExactly(unnamed.id());
        assertThat(store.claim(List.of(fresh.id()), at(40), at(80))).containsExactly(fresh.id());
    }

    @Test
    void claimsByIdAndByDueTimeNeverHandOutADeliveryTwice() throws Exception {
        List<Delivery> due = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            due.add(dueAt("evt-x" + i, 1));
        }
        store.insertNew(due);
        List<String> ids = due.stream().map(Delivery::id).toList();
        ConcurrentLinkedQueue<String> claimed = new ConcurrentLinkedQueue<>();
        AllAtOnce.run(4, thread -> {
            for (int from = 0; from < ids.size(); from += 10) {
                if (thread % 2 == 0) {
                    claimed.addAll(store.claim(ids.subList(from, from + 10), at(10), at(600)));
                } else {
                    store.claimDue(at(10), at(600), 10).forEach(d -> claimed.add(d.id()));
                }
            }
        });

        assertThat(claimed).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(120);
        assertThat(store.claimDue(at(10), at(600), 200)).extracting(Delivery::id)
                .doesNotContainAnyElementsOf(claimed).hasSize(120 - claimed.size());
    }

    @Test
    void recordAppendsTheAttemptAndSetsTheNextState() {
        Delivery d = delivery("evt-r", "ep-1", "project-1", at(0));
        Delivery other = delivery("evt-o", "ep-2", "project-1", at(0));
        store.insertNew(List.of(d, other));
        Attempt first = failed(1, at(1), 230);
        Attempt second = succeeded(2, at(5), 45);

        store.record(List.of(
                new AttemptRecord(d.id(), first, RETRYING, 1, at(4), "HTTP 503", at(2)),
                new AttemptRecord(other.id(), null, PENDING, 0, at(30), null, at(2))));
        Delivery retrying = found(d.id());
        store.record(List.of(new AttemptRecord(d.id(), second, DELIVERED, 2, null, null, at(6))));

        assertThat(retrying.attempts()).containsExactly(first);
        assertThat(retrying.status()).isEqualTo(RETRYING);
        assertThat(retrying.seriesAttempts()).isEqualTo(1);
        assertThat(retrying.nextAttemptAt()).isEqualTo(at(4));
        assertThat(retrying.lastError()).isEqualTo("HTTP 503");
        assertThat(retrying.updatedAt()).isEqualTo(at(2));
        assertThat(found(d.id())).isEqualTo(new Delivery(d.id(), d.eventId(), d.eventType(), d.endpointId(),
                d.projectOwnerId(), d.url(), DELIVERED, 2, List.of(first, second), null, d.createdAt(), at(6), null,
                d.payload()));
        assertThat(found(other.id()).attempts()).isEmpty();
        assertThat(found(other.id()).nextAttemptAt()).isEqualTo(at(30));
        assertThat(store.claimDue(at(100), at(200), 10)).extracting(Delivery::id).containsExactly(other.id());
    }

    @Test
    void unfinishedCountsThePendingAndRetryingDeliveriesOfEveryProject() {
        Delivery pending = delivery("evt-p", "ep-1", "project-1", at(0));
        Delivery retrying = delivery("evt-r", "ep-1", "project-1", at(0));
        Delivery delivered = delivery("evt-d", "ep-2", "project-2", at(0));
        Delivery dead = delivery("evt-x", "ep-2", "project-2", at(0));
        Delivery elsewhere = delivery("evt-e", "ep-3", "project-3", at(0));
        assertThat(store.unfinished()).isZero();
        store.insertNew(List.of(pending, retrying, delivered, dead, elsewhere));

        store.record(List.of(
                new AttemptRecord(retrying.id(), failed(1, at(1), 30), RETRYING, 1, at(10), "HTTP 503", at(1)),
                new AttemptRecord(delivered.id(), succeeded(1, at(1), 30), DELIVERED, 1, null, null, at(1)),
                new AttemptRecord(dead.id(), failed(1, at(1), 30), DEAD_LETTERED, 1, null, "HTTP 410", at(1))));

        assertThat(store.unfinished()).isEqualTo(3);
    }

    @Test
    void listingIsNewestFirstFilteredAndPagedWithoutRepeatsOrGaps() {
        List<Delivery> project1 = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            DeliveryStatus status = DeliveryStatus.values()[i % 4];
            Delivery d = delivery("evt-" + i, i % 2 == 0 ? "message.status" : "message.inbound", "ep-" + (i % 3),
                    "project-1", status, List.of(), at(i / 2), at(i / 2), status.finished() ? null : at(i));
            project1.add(d);
        }
        store.insertNew(project1);
        store.insertNew(List.of(delivery("evt-other", "ep-9", "project-2", at(3))));
        List<Delivery> newestFirst = new ArrayList<>(project1);
        newestFirst.sort(Comparator.comparing(Delivery::createdAt).thenComparing(Delivery::id).reversed());

        List<Delivery> seen = new ArrayList<>();
        Position cursor = null;
        do {
            Slice<Delivery> page = store.list(new DeliveryQuery("project-1", null, null, null, null, cursor, 4));
            seen.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);

        assertThat(seen).isEqualTo(newestFirst);
        assertThat(store.list(new DeliveryQuery("project-1", RETRYING, null, null, null, null, 100)).items())
                .isEqualTo(newestFirst.stream().filter(d -> d.status() == RETRYING).toList());
        assertThat(store.list(new DeliveryQuery("project-1", null, "message.inbound", at(2), at(6), null, 100)).items())
                .isEqualTo(newestFirst.stream()
                        .filter(d -> d.eventType().equals("message.inbound"))
                        .filter(d -> !d.createdAt().isBefore(at(2)) && d.createdAt().isBefore(at(6)))
                        .toList())
                .isNotEmpty();
        assertThat(store.list(new DeliveryQuery("project-3", null, null, null, null, null, 10)).items()).isEmpty();
    }

    private static Delivery about(String eventId, String wamid, String customer, long second) {
        return Delivery.pending(eventId, "meta.delivery", "ep-1", "project-1", "https://hooks.example.com/ep-1",
                "{\"event_id\":\"" + eventId + "\",\"message\":{\"wamid\":\"" + wamid + "\",\"status\":\"read\","
                        + "\"phone_number\":\"" + customer + "\"}}", at(second));
    }

    @Test
    void listingIsFilteredByTheMessageADeliveryIsAbout() {
        store.insertNew(List.of(about("e1", "wamid.A", "+911", 1), about("e2", "wamid.B", "+911", 2),
                about("e3", "wamid.A", "+912", 3), delivery("e4", "ep-1", "project-1", at(4))));

        assertThat(store.list(new DeliveryQuery("project-1", null, null, "wamid.A", null, null, null, null, 10)).items())
                .extracting(Delivery::eventId).containsExactly("e3", "e1");
        assertThat(store.list(new DeliveryQuery("project-1", null, null, null, "+911", null, null, null, 10)).items())
                .extracting(Delivery::eventId).containsExactly("e2", "e1");
        assertThat(store.list(new DeliveryQuery("project-1", null, null, "wamid.A", "+912", null, null, null, 10)).items())
                .extracting(Delivery::eventId).containsExactly("e3");
        assertThat(store.list(new DeliveryQuery("project-2", null, null, "wamid.A", null, null, null, null, 10)).items()).isEmpty();
    }

    @Test
    void replayByIdsRestartsOnlyDeadLetteredDeliveriesAndKeepsTheirAttempts() {
        List<Attempt> attempts = List.of(failed(1, at(1), 10), failed(2, at(4), 10), failed(3, at(13), 10));
        Delivery dead = delivery("evt-dead", "message.status", "ep-1", "project-1", DEAD_LETTERED, attempts, at(0), at(13), null);
        Delivery deadElsewhere = delivery("evt-dead2", "message.status", "ep-2", "project-2", DEAD_LETTERED, attempts, at(0), at(13), null);
        Delivery delivered = delivery("evt-ok", "message.status", "ep-1", "project-1", DELIVERED,
                List.of(succeeded(1, at(1), 10)), at(0), at(1), null);
        store.insertNew(List.of(dead, deadElsewhere, delivered));
        List<String> everything = List.of(dead.id(), deadElsewhere.id(), delivered.id(), "unknown");

        List<String> forProject1 = store.replay(new ReplaySelection("project-1", everything, null, null, 100), at(100));
        List<String> forAnyProject = store.replay(new ReplaySelection(null, everything, null, null, 100), at(200));

        assertThat(forProject1).containsExactly(dead.id());
        assertThat(forAnyProject).containsExactly(deadElsewhere.id());
        Delivery replayed = found(dead.id());
        assertThat(replayed.status()).isEqualTo(PENDING);
        assertThat(replayed.seriesAttempts()).isZero();
        assertThat(replayed.attempts()).isEqualTo(attempts);
        assertThat(replayed.nextAttemptAt()).isEqualTo(at(100));
        assertThat(replayed.updatedAt()).isEqualTo(at(100));
        assertThat(found(delivered.id())).isEqualTo(delivered);
        assertThat(store.claimDue(at(150), at(300), 10)).extracting(Delivery::id).containsExactly(dead.id());
        assertThat(store.replay(new ReplaySelection(null, List.of(dead.id()), null, null, 10), at(300))).isEmpty();
    }

    @Test
    void replayByProjectTakesTheDeliveriesDeadLetteredInTheWindow() {
        List<Delivery> dead = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            dead.add(delivery("evt-" + i, "message.status", "ep-1", "project-1", DEAD_LETTERED,
                    List.of(failed(1, at(i * 10), 10)), at(0), at(i * 10), null));
        }
        Delivery pending = delivery("evt-p", "ep-1", "project-1", at(15));
        Delivery otherProject = delivery("evt-q", "message.status", "ep-1", "project-2", DEAD_LETTERED,
                List.of(), at(0), at(15), null);
        store.insertNew(dead);
        store.insertNew(List.of(pending, otherProject));

        List<String> limited = store.replay(new ReplaySelection("project-1", List.of(), at(10), at(40), 2), at(100));
        List<String> rest = store.replay(new ReplaySelection("project-1", List.of(), at(10), at(40), 10), at(100));
        List<String> open = store.replay(new ReplaySelection("project-1", List.of(), null, null, 10), at(100));

        List<String> window = List.of(dead.get(1).id(), dead.get(2).id(), dead.get(3).id());
        assertThat(limited).hasSize(2).isSubsetOf(window);
        assertThat(rest).hasSize(1).isSubsetOf(window).doesNotContainAnyElementsOf(limited);
        assertThat(open).containsExactlyInAnyOrder(dead.get(0).id(), dead.get(4).id());
        assertThat(found(otherProject.id()).status()).isEqualTo(DEAD_LETTERED);
        assertThat(found(pending.id())).isEqualTo(pending);
    }

    @Test
    void statsPerEndpointCountStatusesAttemptsFailuresAndLatencyPercentiles() {
        List<Delivery> deliveries = new ArrayList<>();
        // ep-1: 20 attempts of 5, 10, ... 100 ms over four deliveries, two of every five failed
        List<Long> latencies = new ArrayList<>();
        for (long ms = 5; ms <= 100; ms += 5) {
            latencies.add(ms);
        }
        Collections.shuffle(latencies, new Random(7));
        DeliveryStatus[] statuses = {DELIVERED, DELIVERED, RETRYING, DEAD_LETTERED};
        for (int d = 0; d < 4; d++) {
            List<Attempt> attempts = new ArrayList<>();
            for (int a = 0; a < 5; a++) {
                long ms = latencies.get(d * 5 + a);
                attempts.add(a == 4 ? succeeded(a + 1, at(a), ms) : (a % 2 == 0 ? failed(a + 1, at(a), ms) : succeeded(a + 1, at(a), ms)));
            }
            deliveries.add(delivery("evt-1-" + d, "message.status", "ep-1", "project-1", statuses[d], attempts,
                    at(10 + d), at(20), statuses[d].finished() ? null : at(30)));
        }
        // ep-2: one attempt, one delivery waiting for its first
        deliveries.add(delivery("evt-2-a", "message.status", "ep-2", "project-1", RETRYING,
                List.of(failed(1, at(1), 700)), at(12), at(12), at(30)));
        deliveries.add(delivery("evt-2-b", "ep-2", "project-1", at(13)));
        // ep-3: no attempt yet
        deliveries.add(delivery("evt-3-a", "ep-3", "project-1", at(14)));
        // outside the window, or another project
        deliveries.add(delivery("evt-1-late", "message.status", "ep-1", "project-1", DELIVERED,
                List.of(succeeded(1, at(0), 9999)), at(50), at(50), null));
        deliveries.add(delivery("evt-x", "message.status", "ep-1", "project-2", DELIVERED,
                List.of(succeeded(1, at(0), 9999)), at(12), at(12), null));
        store.insertNew(deliveries);

        List<EndpointDeliveryStats> stats = store.stats("project-1", at(10), at(50));

        assertThat(stats).containsExactlyInAnyOrder(
                new EndpointDeliveryStats("ep-1", Map.of(DELIVERED, 2L, RETRYING, 1L, DEAD_LETTERED, 1L), 20, 8, 50, 95, 100),
                new EndpointDeliveryStats("ep-2", Map.of(RETRYING, 1L, PENDING, 1L), 1, 1, 700, 700, 700),
                new EndpointDeliveryStats("ep-3", Map.of(PENDING, 1L), 0, 0, 0, 0, 0));
        assertThat(store.stats("project-1", null, null)).filteredOn(s -> s.endpointId().equals("ep-1"))
                .singleElement().satisfies(s -> {
                    assertThat(s.attempts()).isEqualTo(21);
                    assertThat(s.latencyP99Millis()).isEqualTo(9999);
                });
        assertThat(store.stats("project-9", null, null)).isEmpty();
    }

    @Test
    void retentionRemovesOnlyFinishedDeliveriesCreatedBeforeTheCutoff() {
        store.insertNew(List.of(
                delivery("old-delivered", "message.status", "ep-1", "project-1", DELIVERED, List.of(succeeded(1, at(1), 5)), at(0), at(1), null),
                delivery("old-dead", "message.status", "ep-1", "project-1", DEAD_LETTERED, List.of(failed(1, at(2), 400)), at(1), at(2), null),
                delivery("old-retrying", "message.status", "ep-1", "project-1", RETRYING, List.of(failed(1, at(3), 503)), at(2), at(3), at(50)),
                delivery("old-pending", "message.status", "ep-1", "project-1", PENDING, List.of(), at(3), at(3), at(3)),
                delivery("new-delivered", "message.status", "ep-1", "project-1", DELIVERED, List.of(), at(30), at(30), null)));

        assertThat(store.removeOlderThan(at(10), 1)).isEqualTo(1);
        assertThat(store.removeOlderThan(at(10), 10)).isEqualTo(1);
        assertThat(store.removeOlderThan(at(10), 10)).isZero();

        assertThat(store.list(new DeliveryQuery("project-1", null, null, null, null, null, 10)).items())
                .extracting(Delivery::eventId).containsExactlyInAnyOrder("old-retrying", "old-pending", "new-delivered");
        assertThat(store.unfinished()).isEqualTo(2);
    }
}
