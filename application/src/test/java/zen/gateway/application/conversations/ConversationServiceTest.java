package zen.gateway.application.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zen.gateway.application.inmemory.InMemoryInboundMessageStore;
import zen.gateway.application.inmemory.InMemoryMessageStore;
import zen.gateway.application.port.inbound.conversations.Conversation;
import zen.gateway.application.port.inbound.conversations.TimelineEntry;
import zen.gateway.application.port.inbound.paging.Page;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.domain.conversation.ReceivedMessage;
import zen.gateway.domain.conversation.ServiceWindow;
import zen.gateway.domain.message.MessageDetails;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.StatusObservation;

class ConversationServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final String CUSTOMER = "+919811111111";

    private final InMemoryInboundMessageStore inbound = new InMemoryInboundMessageStore();
    private final InMemoryMessageStore outbound = new InMemoryMessageStore();
    private final ConversationService conversations = new ConversationService(inbound, outbound);

    private void received(String id, String customer, long minute) {
        inbound.keep(List.of(new ReceivedMessage(id, "meta", "p1", customer, "+919800000000", null, "text", "hi " + id,
                null, null, null, T0.plusSeconds(60 * minute), T0.plusSeconds(60 * minute))));
    }

    private void sent(String id, String customer, long minute) {
        Instant at = T0.plusSeconds(60 * minute);
        outbound.apply(List.of(new MessageUpdate(id, new MessageDetails("wamid." + id, "meta", null, customer, "+919800000000",
                "p1", null), new StatusObservation(MessageStatus.SENT, "meta", at, at, "ev-" + id), null)));
    }

    @Test
    void aTimelineInterleavesBothDirectionsNewestFirstAcrossPages() {
        sent("o1", CUSTOMER, 1);
        received("i1", CUSTOMER, 2);
        sent("o2", CUSTOMER, 3);
        received("i2", CUSTOMER, 4);
        received("i3", CUSTOMER, 5);
        sent("o-other", "+919822222222", 6);

        List<String> ids = new ArrayList<>();
        Page<TimelineEntry> page = conversations.timeline("p1", "919811111111", null, 2);
        ids.addAll(page.items().stream().map(TimelineEntry::id).toList());
        while (page.next() != null) {
            page = conversations.timeline("p1", CUSTOMER, page.next(), 2);
            ids.addAll(page.items().stream().map(TimelineEntry::id).toList());
        }

        assertThat(ids).containsExactly("i3", "i2", "o2", "i1", "o1");
    }

    @Test
    void aConversationShowsItsLastMessageAndAWindowOpenForADayAfterTheLastInbound() {
        received("i1", CUSTOMER, 0);
        sent("o1", CUSTOMER, 10);
        received("j1", "+919822222222", 5);

        Page<Conversation> page = conversations.conversations("p1", null, 10);

        assertThat(page.items()).extracting(Conversation::customerNumber).containsExactly("+919822222222", CUSTOMER);
        Conversation first = page.items().get(1);
        assertThat(first.lastMessage().id()).isEqualTo("o1");
        assertThat(first.window()).isEqualTo(new ServiceWindow(T0, T0.plus(ServiceWindow.LENGTH)));
        assertThat(conversations.window("p1", CUSTOMER).isOpenAt(T0.plusSeconds(86_399))).isTrue();
        assertThat(conversations.window("p1", CUSTOMER).isOpenAt(T0.plusSeconds(86_400))).isFalse();
        assertThat(conversations.window("p1", "+919833333333").isOpenAt(T0)).isFalse();
    }
}
