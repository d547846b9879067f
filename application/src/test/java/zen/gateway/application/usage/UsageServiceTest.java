package zen.gateway.application.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import zen.gateway.application.inmemory.InMemoryInboundMessageStore;
import zen.gateway.application.inmemory.InMemoryMessageStore;
import zen.gateway.application.port.inbound.usage.UsageBucket;
import zen.gateway.application.port.inbound.usage.UsageOverTimeQuery.Criteria;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.domain.conversation.ReceivedMessage;
import zen.gateway.domain.message.MessageDetails;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.StatusObservation;
import zen.gateway.domain.usage.Granularity;
import zen.gateway.domain.usage.Grouping;

class UsageServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:30:00Z");

    private final InMemoryMessageStore outbound = new InMemoryMessageStore();
    private final InMemoryInboundMessageStore inbound = new InMemoryInboundMessageStore();
    private final UsageService usage = new UsageService(outbound, inbound, Clock.fixed(NOW, ZoneOffset.UTC));

    private void sent(String id, String bsp, Instant at) {
        outbound.apply(List.of(new MessageUpdate(id, new MessageDetails("wamid." + id, bsp, null, "+911", "+919", "p1", null),
                new StatusObservation(MessageStatus.SENT, bsp, at, at, id), null)));
    }

    private void received(String id, String bsp, Instant at) {
        inbound.keep(List.of(new ReceivedMessage(id, bsp, "p1", "+911", "+919", null, "text", "hi", null, null, null, at, at)));
    }

    @Test
    void outboundAndInboundFiguresOfABucketAndGroupAreOneBucketOldestFirst() {
        sent("o1", "meta", Instant.parse("2026-03-02T11:10:00Z"));
        received("i1", "meta", Instant.parse("2026-03-02T11:20:00Z"));
        received("i2", "twilio", Instant.parse("2026-03-02T10:20:00Z"));

        List<UsageBucket> buckets = usage.usage(new Criteria("p1", null, null, Granularity.HOUR, Grouping.BSP));

        assertThat(buckets).containsExactly(
                new UsageBucket(Instant.parse("2026-03-02T10:00:00Z"), "twilio", 0, 0, 0, 0, 1, null, null, null, null),
                new UsageBucket(Instant.parse("2026-03-02T11:00:00Z"), "meta", 1, 0, 0, 0, 1, null, null, null, null));
    }

    @Test
    void aWindowBackwardsOrOfTooManyBucketsIsRefused() {
        assertThatThrownBy(() -> usage.usage(new Criteria("p1", NOW, NOW.minusSeconds(1), Granularity.DAY, Grouping.BSP)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> usage.usage(new Criteria("p1", NOW.minusSeconds(3600L * 6000), NOW, Granularity.HOUR, Grouping.BSP)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5000");
    }
}
