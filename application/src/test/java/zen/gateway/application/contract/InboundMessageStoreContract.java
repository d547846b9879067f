package zen.gateway.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.contract.Fixtures.at;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.conversations.CustomerActivity;
import zen.gateway.application.port.outbound.conversations.InboundMessageStore;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.domain.usage.Granularity;
import zen.gateway.domain.usage.Grouping;
import zen.gateway.application.port.outbound.usage.InboundUsage;
import zen.gateway.application.port.outbound.usage.UsageWindow;
import zen.gateway.domain.conversation.ReceivedMessage;

/** What every {@link InboundMessageStore} must do. */
public abstract class InboundMessageStoreContract {

    /** A new, empty store; called once per test. */
    protected abstract InboundMessageStore newStore();

    private InboundMessageStore store;

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    static ReceivedMessage message(String id, String project, String customer, long second) {
        return new ReceivedMessage(id, "meta", project, customer, "+919800000000", "Asha", "text", "hello " + id,
                null, null, null, at(second), at(second + 1));
    }

    @Test
    void aKeptMessageIsFoundByItsIdWithEveryField() {
        ReceivedMessage image = new ReceivedMessage("wamid.IMG", "karix", "p1", "+919811111111", "+919800000000", "Ravi",
                "image", "the caption", "media-77", "image/jpeg", "wamid.OUT", at(5), at(6));
        store.keep(List.of(image));

        assertThat(store.find("wamid.IMG")).contains(image);
        assertThat(store.find("wamid.NONE")).isEmpty();
    }

    @Test
    void aMessageWithoutProjectOrCustomerIsKeptToo() {
        ReceivedMessage bare = new ReceivedMessage("ev-1", "twilio", null, null, null, null, null, null,
                null, null, null, at(1), at(1));
        store.keep(List.of(bare));

        assertThat(store.find("ev-1")).contains(bare);
    }

    @Test
    void keepingTheSameMessageAgainKeepsTheFirst() {
        store.keep(List.of(message("w1", "p1", "+911", 10)));
        ReceivedMessage again = new ReceivedMessage("w1", "meta", "p2", "+912", null, null, "text", "changed",
                null, null, null, at(20), at(21));
        store.keep(List.of(again, message("w2", "p1", "+911", 11)));
        store.keep(List.of(message("w2", "p1", "+911", 11)));

        assertThat(store.find("w1")).contains(message("w1", "p1", "+911", 10));
        assertThat(store.byCustomer("p1", "+911", null, 10).items()).hasSize(2);
    }

    @Test
    void aCustomersMessagesComeNewestFirstASliceAtATime() {
        store.keep(List.of(message("a", "p1", "+911", 10), message("b", "p1", "+911", 30), message("c", "p1", "+911", 20),
                message("d", "p1", "+911", 20), message("other-customer", "p1", "+912", 40),
                message("other-project", "p2", "+911", 50)));

        Slice<ReceivedMessage> first = store.byCustomer("p1", "+911", null, 3);
        assertThat(first.items()).extracting(ReceivedMessage::id).containsExactly("b", "d", "c");
        Slice<ReceivedMessage> second = store.byCustomer("p1", "+911", first.next(), 3);
        assertThat(second.items()).extracting(ReceivedMessage::id).containsExactly("a");
        assertThat(second.next()).isNull();
    }

    @Test
    void customersAreListedByTheirLastMessageMostRecentFirst() {
        store.keep(List.of(message("a", "p1", "+911", 10), message("b", "p1", "+912", 30), message("c", "p1", "+911", 40),
                message("d", "p1", "+913", 20), message("e", "p2", "+914", 50)));

        Slice<CustomerActivity> first = store.customers("p1", null, 2);
        assertThat(first.items()).containsExactly(new CustomerActivity("+911", at(40)), new CustomerActivity("+912", at(30)));
        Slice<CustomerActivity> second = store.customers("p1", first.next(), 2);
        assertThat(second.items()).containsExactly(new CustomerActivity("+913", at(20)));
        assertThat(second.next()).isNull();
    }

    @Test
    void theLastInboundTimeIsTheNewestMessagesOfThatCustomerAndProject() {
        store.keep(List.of(message("a", "p1", "+911", 10), message("b", "p1", "+911", 30), message("c", "p2", "+911", 50)));

        assertThat(store.lastInboundAt("p1", "+911")).contains(at(30));
        assertThat(store.lastInboundAt("p1", "+919")).isEmpty();
    }

    private static ReceivedMessage from(String id, String bsp, String project, String time) {
        return new ReceivedMessage(id, bsp, project, "+911", "+919", null, "text", "hi", null, null, null,
                Instant.parse(time), Instant.parse(time));
    }

    @Test
    void inboundUsageIsCountedPerBucketAndBsp() {
        store.keep(List.of(from("i1", "meta", "p1", "2026-01-10T10:01:00Z"), from("i2", "meta", "p1", "2026-01-10T10:59:59.999Z"),
                from("i3", "twilio", "p1", "2026-01-10T10:30:00Z"), from("i4", "meta", "p1", "2026-01-10T11:00:00Z"),
                from("i5", "meta", "p2", "2026-01-10T10:30:00Z"), from("i6", "meta", "p1", "2026-01-10T09:59:59Z")));
        Instant t = Instant.parse("2026-01-10T10:00:00Z");

        assertThat(store.inboundUsage(new UsageWindow("p1", t, t.plusSeconds(7200), Granularity.HOUR, Grouping.BSP)))
                .containsExactlyInAnyOrder(new InboundUsage(t, "meta", 2), new InboundUsage(t, "twilio", 1),
                        new InboundUsage(t.plusSeconds(3600), "meta", 1));
        assertThat(store.inboundUsage(new UsageWindow("p1", t, t.plusSeconds(7200), Granularity.DAY, Grouping.CAMPAIGN)))
                .containsExactly(new InboundUsage(Instant.parse("2026-01-10T00:00:00Z"), null, 4));
    }

    @Test
    void retentionRemovesTheMessagesThatArrivedBeforeTheCutoffABatchAtATime() {
        // arrived at 11, 21, 31
        store.keep(List.of(message("a", "p1", "+911", 10), message("b", "p1", "+911", 20), message("c", "p1", "+911", 30)));

        assertThat(store.removeOlderThan(at(25), 1)).isEqualTo(1);
        assertThat(store.removeOlderThan(at(25), 5)).isEqualTo(1);
        assertThat(store.removeOlderThan(at(25), 5)).isZero();

        assertThat(store.find("a")).isEmpty();
        assertThat(store.find("b")).isEmpty();
        assertThat(store.find("c")).isPresent();
        assertThat(store.lastInboundAt("p1", "+911")).contains(at(30));
    }
}
