package zen.gateway.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.contract.Fixtures.FAILURE;
import static zen.gateway.application.contract.Fixtures.applyInOrder;
import static zen.gateway.application.contract.Fixtures.at;
import static zen.gateway.application.contract.Fixtures.details;
import static zen.gateway.application.contract.Fixtures.update;
import static zen.gateway.application.contract.Fixtures.withFailure;
import static zen.gateway.domain.message.MessageStatus.ACCEPTED;
import static zen.gateway.domain.message.MessageStatus.DELIVERED;
import static zen.gateway.domain.message.MessageStatus.FAILED;
import static zen.gateway.domain.message.MessageStatus.READ;
import static zen.gateway.domain.message.MessageStatus.SENT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.paging.Pages;
import zen.gateway.application.port.inbound.paging.PageCursor;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.application.port.outbound.tracking.MessageCountQuery;
import zen.gateway.application.port.outbound.tracking.MessageCounts;
import zen.gateway.application.port.outbound.tracking.MessageQuery;
import zen.gateway.application.port.outbound.tracking.MessageStore;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.domain.usage.Granularity;
import zen.gateway.domain.usage.Grouping;
import zen.gateway.application.port.outbound.usage.OutboundUsage;
import zen.gateway.application.port.outbound.usage.UsageWindow;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageDetails;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.StatusObservation;
import zen.gateway.domain.message.TrackedMessage;

/**
 * What every {@link MessageStore} must do. The reference is {@link TrackedMessage}: a store must answer exactly
 * what applying the same updates one after the other with {@code firstSeen}/{@code observe} gives.
 */
public abstract class MessageStoreContract {

    /** A new, empty store; called once per test. */
    protected abstract MessageStore newStore();

    private MessageStore store;

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    private TrackedMessage found(String id) {
        return store.find(id).orElseThrow(() -> new AssertionError("no message " + id));
    }

    @Test
    void theFirstUpdateCreatesTheMessage() {
        MessageUpdate sent = update("m-1", details("wamid.1", "bsp-1"), SENT, at(0));

        store.apply(List.of(sent));

        TrackedMessage message = found("wamid.1");
        assertThat(message).isEqualTo(applyInOrder(List.of(sent)));
        assertThat(message.messageId()).isEqualTo("m-1");
        assertThat(message.currentStatus()).isEqualTo(SENT);
        assertThat(message.createdAt()).isEqualTo(at(1));
    }

    @Test
    void statusesInEveryOrderGiveTheSameStatusAndFirstSeenTimes() {
        List<List<MessageStatus>> orders = permutations(List.of(SENT, DELIVERED, READ, FAILED));
        for (int i = 0; i < orders.size(); i++) {
            String wamid = "wamid.order-" + i;
            List<MessageUpdate> updates = new ArrayList<>();
            for (MessageStatus status : orders.get(i)) {
                updates.add(update("m-order-" + i, details(wamid, null), status, at(10 + status.rank()), at(100 + updates.size())));
            }
            if (i % 2 == 0) {
                updates.forEach(u -> store.apply(List.of(u)));
            } else {
                store.apply(updates);
            }

            TrackedMessage message = found(wamid);
            assertThat(message).as("order %s", orders.get(i)).isEqualTo(applyInOrder(updates));
            assertThat(message.currentStatus()).isEqualTo(READ);
            assertThat(message.lifecycle().firstSeenTimes()).isEqualTo(Map.of(
                    SENT, at(11), FAILED, at(12), DELIVERED, at(13), READ, at(14)));
            assertThat(message.failureReason()).contains(FAILURE);
        }
    }

    @Test
    void lateAndRepeatedEventsGoToTheHistoryWithoutMovingTheStatusBack() {
        MessageDetails details = details("wamid.late", null);
        List<MessageUpdate> updates = List.of(
                update("m-late", details, DELIVERED, at(20)),
                update("m-late", details, SENT, at(10)),
                update("m-late", details, DELIVERED, at(30)),
                update("m-late", details, DELIVERED, at(15)),
                update("m-late", details, ACCEPTED, at(5)));

        updates.forEach(u -> store.apply(List.of(u)));

        TrackedMessage message = found("wamid.late");
        assertThat(message).isEqualTo(applyInOrder(updates));
        assertThat(message.currentStatus()).isEqualTo(DELIVERED);
        assertThat(message.lifecycle().firstSeen(DELIVERED)).contains(at(15));
        assertThat(message.history()).hasSize(5);
        assertThat(message.history().get(0).status()).isEqualTo(ACCEPTED);
        assertThat(message.updatedAt()).isEqualTo(at(31));
    }

    @Test
    void aReportAppliedAgainIsKeptOnceInTheHistory() {
        MessageDetails details = details("wamid.again", "bsp-again");
        MessageUpdate sent = update("m-again", details, SENT, at(10));
        MessageUpdate delivered = update("m-again", details, DELIVERED, at(20));

        store.apply(List.of(sent, delivered));
        // the batch handed over again after a failure, then one of its reports twice in one batch
        store.apply(List.of(sent, delivered));
        store.apply(List.of(delivered, delivered));

        TrackedMessage message = found("wamid.again");
        assertThat(message.history()).extracting(StatusObservation::status).containsExactly(SENT, DELIVERED);
        assertThat(message).isEqualTo(applyInOrder(List.of(sent, delivered)));
    }

    @Test
    void aReportArrivingAgainLaterIsKeptOnceWithItsFirstArrival() {
        MessageDetails details = details("wamid.later", "bsp-later");
        MessageUpdate first = update("m-later", details, DELIVERED, at(20), at(21));
        // the same webhook after a restart, on another node while Redis is away, or replayed from the broker
        MessageUpdate again = update("m-later-2", details, DELIVERED, at(20), at(90));

        store.apply(List.of(first));
        store.apply(List.of(again));
        store.apply(List.of(again));

        TrackedMessage message = found("wamid.later");
        assertThat(message.history()).singleElement().satisfies(o -> assertThat(o.receivedAt()).isEqualTo(at(21)));
    }

    @Test
    void deliveredOrReadAfterFailedWinsAndTheFailureIsKept() {
        List<MessageUpdate> delivered = List.of(
                update("m-f1", details("wamid.f1", null), FAILED, at(1)),
                update("m-f1", details("wamid.f1", null), DELIVERED, at(2)));
        List<MessageUpdate> read = List.of(
                update("m-f2", details("wamid.f2", null), SENT, at(1)),
                update("m-f2", details("wamid.f2", null), FAILED, at(2)),
                update("m-f2", details("wamid.f2", null), READ, at(3)));

        delivered.forEach(u -> store.apply(List.of(u)));
        read.forEach(u -> store.apply(List.of(u)));

        assertThat(found("wamid.f1")).isEqualTo(applyInOrder(delivered));
        assertThat(found("wamid.f1").currentStatus()).isEqualTo(DELIVERED);
        assertThat(found("wamid.f1").failureReason()).contains(FAILURE);
        assertThat(found("wamid.f2")).isEqualTo(applyInOrder(read));
        assertThat(found("wamid.f2").currentStatus()).isEqualTo(READ);
    }

    @Test
    void failedReplacesSentAndTheFirstFailureIsKept() {
        MessageDetails details = details("wamid.fail", null);
        List<MessageUpdate> updates = List.of(
                withFailure(update("m-fail", details, SENT, at(1)), new Failure("0", "not a failure: status is sent")),
                update("m-fail", details, FAILED, at(2)),
                withFailure(update("m-fail", details, FAILED, at(3)), new Failure("470", "re-engagement")),
                withFailure(update("m-fail", details, FAILED, at(0)), new Failure(null, "reason only")));

        updates.forEach(u -> store.apply(List.of(u)));

        TrackedMessage message = found("wamid.fail");
        assertThat(message).isEqualTo(applyInOrder(updates));
        assertThat(message.currentStatus()).isEqualTo(FAILED);
        assertThat(message.failureReason()).contains(FAILURE);
        assertThat(message.lifecycle().firstSeen(FAILED)).contains(at(0));
    }

    @Test
    void aFailureWithOnlyAReasonOrOnlyACodeIsKeptAsItIs() {
        store.apply(List.of(withFailure(update("m-r", details("wamid.r", null), FAILED, at(1)), new Failure(null, "reason"))));
        store.apply(List.of(withFailure(update("m-c", details("wamid.c", null), FAILED, at(1)), new Failure("131047", null))));

        assertThat(found("wamid.r").failureReason()).contains(new Failure(null, "reason"));
        assertThat(found("wamid.c").failureReason()).contains(new Failure("131047", null));
    }

    @Test
    void detailsAreFilledInButNeverOverwritten() {
        MessageDetails sparse = new MessageDetails("wamid.d", "datagen", null, "919800000001", null, null, null);
        MessageDetails richer = new MessageDetails(
                "wamid.d", "datagen", "bsp-d", "910000000000", "919900000001", "project-7", "campaign-7");
        MessageDetails other = new MessageDetails(
                "wamid.d", "datagen", "bsp-other", "911111111111", "912222222222", "project-8", "campaign-8");
        List<MessageUpdate> updates = List.of(
                update("m-d", sparse, SENT, at(1)), update("m-d", richer, DELIVERED, at(2)), update("m-d", other, READ, at(3)));

        updates.forEach(u -> store.apply(List.of(u)));

        TrackedMessage message = found("wamid.d");
        assertThat(message).isEqualTo(applyInOrder(updates));
        assertThat(message.details()).isEqualTo(new MessageDetails(
                "wamid.d", "datagen", "bsp-d", "919800000001", "919900000001", "project-7", "campaign-7"));
    }

    @Test
    void aMessageIsFoundByWamidAndByBspMessageId() {
        store.apply(List.of(update("m-1", details("wamid.1", "bsp-1"), SENT, at(1))));
        store.apply(List.of(update("m-2", details(null, "bsp-2"), SENT, at(1))));

        assertThat(found("wamid.1").messageId()).isEqualTo("m-1");
        assertThat(found("bsp-1").messageId()).isEqualTo("m-1");
        assertThat(found("bsp-2").messageId()).isEqualTo("m-2");
        assertThat(store.find("nothing")).isEmpty();
    }

    @Test
    void aMessageCreatedByBspIdThenUpdatedWithWamidAndBspIdIsOneMessage() {
        List<MessageUpdate> updates = List.of(
                update("m-first", details(null, "bsp-9"), SENT, at(1)),
                update("m-second", details("wamid.9", "bsp-9"), DELIVERED, at(2)),
                update("m-third", details("wamid.9", null), READ, at(3)));

        updates.forEach(u -> store.apply(List.of(u)));

        TrackedMessage message = found("wamid.9");
        assertThat(found("bsp-9")).isEqualTo(message);
        assertThat(message).isEqualTo(applyInOrder(updates));
        assertThat(message.messageId()).isEqualTo("m-first");
        assertThat(message.details().wamid()).isEqualTo("wamid.9");
        assertThat(message.history()).hasSize(3);
        assertThat(store.list(new MessageQuery("project-1", null, null, null, 10)).items()).hasSize(1);
    }

    @Test
    void keysLearnedWithinOneBatchLeadToTheSameMessage() {
        List<MessageUpdate> updates = List.of(
                update("m-a", details(null, "bsp-b"), SENT, at(1)),
                update("m-b", details("wamid.b", "bsp-b"), DELIVERED, at(2)),
                update("m-c", details("wamid.b", null), READ, at(3)));

        store.apply(updates);

        assertThat(found("wamid.b")).isEqualTo(applyInOrder(updates));
        assertThat(found("bsp-b").messageId()).isEqualTo("m-a");
        assertThat(store.list(new MessageQuery("project-1", null, null, null, 10)).items()).hasSize(1);
    }

    @Test
    void aMessageNeverTakesAKeyThatNamesAnotherMessage() {
        store.apply(List.of(update("m-bsp", details(null, "bsp-x"), SENT, at(1))));
        store.apply(List.of(update("m-wamid", details("wamid.x", null), SENT, at(1))));

        store.apply(List.of(update("m-new", details("wamid.x", "bsp-x"), DELIVERED, at(2))));

        assertThat(found("wamid.x").messageId()).isEqualTo("m-wamid");
        assertThat(found("wamid.x").currentStatus()).isEqualTo(DELIVERED);
        assertThat(found("wamid.x").details().bspMessageId()).isNull();
        assertThat(found("bsp-x").messageId()).isEqualTo("m-bsp");
        assertThat(found("bsp-x").currentStatus()).isEqualTo(SENT);
    }

    @Test
    void concurrentUpdatesOfOneMessageEqualSequentialApplication() throws Exception {
        MessageDetails details = details("wamid.busy", "bsp-busy");
        List<MessageUpdate> updates = new ArrayList<>();
        Random random = new Random(42);
        MessageStatus[] statuses = MessageStatus.values();
        for (int i = 0; i < 160; i++) {
            MessageStatus status = statuses[random.nextInt(statuses.length)];
            // distinct times: a report is kept once per identity, and which of two arrivals of one report is kept
            // depends on which is applied first, which concurrency leaves open
            updates.add(update("m-busy", details, status, at(i * 6 + random.nextInt(6)), at(2000 + random.nextInt(1000))));
        }
        AllAtOnce.run(8, thread -> {
            List<MessageUpdate> share = updates.subList(thread * 20, (thread + 1) * 20);
            if (thread % 2 == 0) {
                share.forEach(u -> store.apply(List.of(u)));
            } else {
                for (int i = 0; i < share.size(); i += 5) {
                    store.apply(share.subList(i, i + 5));
                }
            }
        });

        TrackedMessage sequential = applyInOrder(updates);
        TrackedMessage message = found("wamid.busy");
        assertThat(message.messageId()).isEqualTo("m-busy");
        assertThat(message.lifecycle()).isEqualTo(sequential.lifecycle());
        assertThat(message.history()).isEqualTo(sequential.history());
        assertThat(message.failureReason()).isEqualTo(sequential.failureReason());
        assertThat(message.details()).isEqualTo(sequential.details());
        assertThat(message.updatedAt()).isEqualTo(sequential.updatedAt());
        assertThat(updates).extracting(u -> u.observation().receivedAt()).contains(message.createdAt());
        assertThat(store.list(new MessageQuery(null, null, null, null, 10)).items()).hasSize(1);
    }

    @Test
    void oneBatchAppliesUpdatesOfManyMessages() {
        List<List<MessageUpdate>> perMessage = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            MessageDetails details = i % 3 == 0 ? details(null, "bsp-many-" + i) : details("wamid.many-" + i, "bsp-many-" + i);
            perMessage.add(List.of(
                    update("m-many-" + i, details, i % 2 == 0 ? SENT : FAILED, at(i)),
                    update("m-many-" + i, details, i % 5 == 0 ? READ : DELIVERED, at(i + 1))));
        }
        List<MessageUpdate> batch = new ArrayList<>();
        perMessage.forEach(u -> batch.add(u.get(0)));
        perMessage.forEach(u -> batch.add(u.get(1)));

        store.apply(batch);

        for (int i = 0; i < perMessage.size(); i++) {
            assertThat(found("bsp-many-" + i)).isEqualTo(applyInOrder(perMessage.get(i)));
        }
    }

    @Test
    void anEmptyBatchChangesNothing() {
        store.apply(List.of());

        assertThat(store.list(new MessageQuery(null, null, null, null, 10)).items()).isEmpty();
    }

    @Test
    void listingIsNewestFirstAndCursorPagingNeitherRepeatsNorMisses() {
        List<TrackedMessage> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // several messages share a creation time: the message id breaks the tie
            MessageUpdate u = update("m-list-" + (char) ('a' + i), details("wamid.list-" + i, null, "project-1", "c-" + (i % 3)),
                    SENT, at(i / 3), at(i / 3));
            store.apply(List.of(u));
            expected.add(applyInOrder(List.of(u)));
        }
        store.apply(List.of(update("m-other", details("wamid.other", null, "project-2", "c-0"), SENT, at(5), at(5))));
        expected.sort(Comparator.comparing(TrackedMessage::createdAt).thenComparing(TrackedMessage::messageId).reversed());

        List<TrackedMessage> seen = new ArrayList<>();
        Position cursor = null;
        int pages = 0;
        do {
            Slice<TrackedMessage> page = store.list(new MessageQuery("project-1", null, null, cursor, 5));
            seen.addAll(page.items());
            cursor = page.next();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(5);
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void aCursorSurvivesItsTokenForm() {
        for (int i = 0; i < 4; i++) {
            store.apply(List.of(update("m-tok-" + i, details("wamid.tok-" + i, null), SENT, at(0), at(0))));
        }

        Slice<TrackedMessage> first = store.list(new MessageQuery("project-1", null, null, null, 2));
        Slice<TrackedMessage> second = store.list(new MessageQuery("project-1", null, null,
                Pages.position(PageCursor.decode(Pages.page(first).next().encode())), 2));

        assertThat(first.items()).extracting(TrackedMessage::messageId).containsExactly("m-tok-3", "m-tok-2");
        assertThat(second.items()).extracting(TrackedMessage::messageId).containsExactly("m-tok-1", "m-tok-0");
        assertThat(second.next()).isNull();
    }

    @Test
    void aPageThatEndsTheListingHasNoCursor() {
        for (int i = 0; i < 4; i++) {
            store.apply(List.of(update("m-end-" + i, details("wamid.end-" + i, null), SENT, at(i))));
        }

        assertThat(store.list(new MessageQuery("project-1", null, null, null, 4)).next()).isNull();
        assertThat(store.list(new MessageQuery("project-1", null, null, null, 3)).next()).isNotNull();
        assertThat(store.list(new MessageQuery("project-9", null, null, null, 3))).satisfies(p -> {
            assertThat(p.items()).isEmpty();
            assertThat(p.next()).isNull();
        });
    }

    @Test
    void listingFiltersByProjectCampaignAndCurrentStatus() {
        store.apply(List.of(
                update("m-1", details("w-1", null, "p-1", "c-1"), SENT, at(1)),
                update("m-2", details("w-2", null, "p-1", "c-1"), DELIVERED, at(2)),
                update("m-3", details("w-3", null, "p-1", "c-2"), DELIVERED, at(3)),
                update("m-4", details("w-4", null, "p-2", "c-1"), DELIVERED, at(4)),
                update("m-1", details("w-1", null, "p-1", "c-1"), READ, at(5))));

        assertThat(store.list(new MessageQuery("p-1", "c-1", null, null, 10)).items())
                .extracting(TrackedMessage::messageId).containsExactly("m-2", "m-1");
        assertThat(store.list(new MessageQuery("p-1", null, DELIVERED, null, 10)).items())
                .extracting(TrackedMessage::messageId).containsExactly("m-3", "m-2");
        assertThat(store.list(new MessageQuery(null, "c-1", DELIVERED, null, 10)).items())
                .extracting(TrackedMessage::messageId).containsExactly("m-4", "m-2");
        assertThat(store.list(new MessageQuery(null, null, READ, null, 10)).items())
                .extracting(TrackedMessage::messageId).containsExactly("m-1");
        assertThat(store.list(new MessageQuery(null, null, null, null, 10)).items()).hasSize(4);
    }

    @Test
    void countsPerCurrentStatusWithinATimeWindow() {
        store.apply(List.of(
                update("m-1", details("w-1", null, "p-1", "c-1"), SENT, at(10), at(10)),
                update("m-2", details("w-2", null, "p-1", "c-1"), DELIVERED, at(20), at(20)),
                update("m-3", details("w-3", null, "p-1", "c-2"), DELIVERED, at(30), at(30)),
                update("m-4", details("w-4", null, "p-1", "c-2"), FAILED, at(40), at(40)),
                update("m-5", details("w-5", null, "p-2", "c-1"), READ, at(25), at(25)),
                update("m-1", details("w-1", null, "p-1", "c-1"), READ, at(50), at(50))));

        MessageCounts all = store.count(new MessageCountQuery("p-1", null, null, null));
        MessageCounts window = store.count(new MessageCountQuery("p-1", null, at(20), at(40)));
        MessageCounts campaign = store.count(new MessageCountQuery(null, "c-1", at(10), null));

        assertThat(all.byStatus()).isEqualTo(Map.of(ACCEPTED, 0L, SENT, 0L, FAILED, 1L, DELIVERED, 2L, READ, 1L));
        assertThat(all.total()).isEqualTo(4);
        assertThat(window.byStatus()).isEqualTo(Map.of(ACCEPTED, 0L, SENT, 0L, FAILED, 0L, DELIVERED, 2L, READ, 0L));
        assertThat(campaign.byStatus()).isEqualTo(Map.of(ACCEPTED, 0L, SENT, 0L, FAILED, 0L, DELIVERED, 1L, READ, 2L));
        assertThat(store.count(new MessageCountQuery("p-9", null, null, null)).total()).isZero();
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> all = new ArrayList<>();
        for (T head : items) {
            List<T> rest = new ArrayList<>(items);
            rest.remove(head);
            for (List<T> tail : permutations(rest)) {
                List<T> one = new ArrayList<>();
                one.add(head);
                one.addAll(tail);
                all.add(one);
            }
        }
        return all;
    }

    /** One report of a message of project p-usage created at {@code created} (when its first report arrived). */
    private static MessageUpdate usageReport(String id, String bsp, String campaign, MessageStatus status, Instant at) {
        return new MessageUpdate(id, new MessageDetails("wamid." + id, bsp, null, "+911", "+919", "p-usage", campaign),
                new StatusObservation(status, bsp, at, at, id + "-" + status), status == MessageStatus.FAILED ? FAILURE : null);
    }

    /** The fixture of the usage tests: figures worked out by hand in the comments of each test. */
    private void storeUsageFixture() {
        Instant t = Instant.parse("2026-01-10T10:00:00Z");
        store.apply(List.of(
                usageReport("m1", "meta", "A", MessageStatus.SENT, t.plusSeconds(300)),
                usageReport("m2", "meta", "A", MessageStatus.SENT, t.plusSeconds(600)),
                usageReport("m3", "meta", "B", MessageStatus.SENT, t.plusSeconds(1200)),
                usageReport("m4", "datagen", "A", MessageStatus.SENT, t.plusSeconds(1800)),
                usageReport("m5", "meta", "A", MessageStatus.SENT, t.plusSeconds(4500)),
                usageReport("m6", "meta", "A", MessageStatus.SENT, t.minusSeconds(1)),
                new MessageUpdate("m7", new MessageDetails("wamid.m7", "meta", null, "+911", "+919", "p-other", "A"),
                        new StatusObservation(MessageStatus.SENT, "meta", t, t, "m7-sent"), null)));
        store.apply(List.of(
                usageReport("m1", "meta", "A", MessageStatus.DELIVERED, t.plusMillis(302_000)),
                usageReport("m1", "meta", "A", MessageStatus.READ, t.plusMillis(362_000)),
                usageReport("m2", "meta", "A", MessageStatus.DELIVERED, t.plusMillis(604_000)),
                usageReport("m3", "meta", "B", MessageStatus.FAILED, t.plusMillis(1_201_000)),
                usageReport("m4", "datagen", "A", MessageStatus.DELIVERED, t.plusMillis(1_810_000)),
                usageReport("m4", "datagen", "A", MessageStatus.READ, t.plusMillis(1_840_000)),
                usageReport("m5", "meta", "A", MessageStatus.READ, t.plusMillis(4_530_000))));
    }

    @Test
    void usageIsCountedPerHourAndBspWithNearestRankLatencies() {
        storeUsageFixture();
        Instant t = Instant.parse("2026-01-10T10:00:00Z");

        List<OutboundUsage> usage = store.usage(new UsageWindow("p-usage", t, t.plusSeconds(7200), Granularity.HOUR, Grouping.BSP));

        assertThat(usage).containsExactlyInAnyOrder(
                // m1, m2, m3: sent→delivered 2 s and 4 s, delivered→read 60 s (m1)
                new OutboundUsage(t, "meta", 3, 2, 1, 1, 2000L, 4000L, 60_000L, 60_000L),
                new OutboundUsage(t, "datagen", 1, 1, 1, 0, 10_000L, 10_000L, 30_000L, 30_000L),
                // m5: read without delivered, so no latency
                new OutboundUsage(t.plusSeconds(3600), "meta", 1, 0, 1, 0, null, null, null, null));
    }

    @Test
    void usageIsCountedPerDayAndCampaign() {
        storeUsageFixture();
        Instant day = Instant.parse("2026-01-10T00:00:00Z");

        List<OutboundUsage> usage = store.usage(new UsageWindow("p-usage", Instant.parse("2026-01-10T10:00:00Z"),
                Instant.parse("2026-01-11T00:00:00Z"), Granularity.DAY, Grouping.CAMPAIGN));

        assertThat(usage).containsExactlyInAnyOrder(
                // m1, m2, m4, m5: sent→delivered [2, 4, 10] s, delivered→read [30, 60] s
                new OutboundUsage(day, "A", 4, 3, 3, 0, 4000L, 10_000L, 30_000L, 60_000L),
                new OutboundUsage(day, "B", 1, 0, 0, 1, null, null, null, null));
    }

    @Test
    void retentionRemovesTheMessagesCreatedBeforeTheCutoffABatchAtATime() {
        for (int i = 0; i < 3; i++) {
            // created one second after each report: at 1, 11 and 21
            store.apply(List.of(update("r" + i, details("wamid.R" + i, null), SENT, at(10L * i))));
        }
        store.apply(List.of(update("r0", details("wamid.R0", null), DELIVERED, at(100))));

        assertThat(store.removeOlderThan(at(15), 1)).isEqualTo(1);
        assertThat(store.removeOlderThan(at(15), 1)).isEqualTo(1);
        assertThat(store.removeOlderThan(at(15), 1)).isZero();

        assertThat(store.find("wamid.R0")).isEmpty();
        assertThat(store.find("wamid.R1")).isEmpty();
        assertThat(store.find("wamid.R2")).isPresent();
        // a message removed is gone for good: a later report starts it anew
        store.apply(List.of(update("r0-again", details("wamid.R0", null), READ, at(200))));
        assertThat(store.find("wamid.R0").orElseThrow().history()).hasSize(1);
    }
}
