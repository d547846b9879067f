package zen.gateway.application.conversations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import zen.gateway.application.normalize.PhoneNumbers;
import zen.gateway.application.paging.Pages;
import zen.gateway.application.port.inbound.conversations.Conversation;
import zen.gateway.application.port.inbound.conversations.ConversationsQuery;
import zen.gateway.application.port.inbound.conversations.FindInboundMessageQuery;
import zen.gateway.application.port.inbound.conversations.ServiceWindowQuery;
import zen.gateway.application.port.inbound.conversations.TimelineEntry;
import zen.gateway.application.port.inbound.paging.Page;
import zen.gateway.application.port.inbound.paging.PageCursor;
import zen.gateway.application.port.outbound.conversations.CustomerActivity;
import zen.gateway.application.port.outbound.conversations.InboundMessageReads;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.application.port.outbound.tracking.MessageQuery;
import zen.gateway.application.port.outbound.tracking.MessageReads;
import zen.gateway.domain.conversation.ReceivedMessage;
import zen.gateway.domain.conversation.ServiceWindow;

/**
 * Read side of conversations. A timeline merges two newest-first listings (outbound messages, inbound messages) on
 * one (time, id) cursor: each store gives the first {@code limit} after the cursor, so the newest {@code limit} of
 * both together are among them. Thread-safe.
 */
public final class ConversationService implements ConversationsQuery, FindInboundMessageQuery, ServiceWindowQuery {

    private static final Comparator<TimelineEntry> NEWEST_FIRST =
            Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::id).reversed();

    private final InboundMessageReads inbound;
    private final MessageReads outbound;

    public ConversationService(InboundMessageReads inbound, MessageReads outbound) {
        this.inbound = inbound;
        this.outbound = outbound;
    }

    @Override
    public Optional<ReceivedMessage> findInbound(String id) {
        return inbound.find(id);
    }

    @Override
    public Page<TimelineEntry> timeline(String projectOwnerId, String customerNumber, PageCursor after, int limit) {
        String customer = PhoneNumbers.canonical(customerNumber);
        Position from = Pages.position(after);
        Slice<ReceivedMessage> received = inbound.byCustomer(projectOwnerId, customer, from, limit);
        var sent = outbound.list(new MessageQuery(projectOwnerId, null, null, customer, from, limit));
        List<TimelineEntry> merged = new ArrayList<>();
        received.items().forEach(m -> merged.add(new TimelineEntry.Inbound(m)));
        sent.items().forEach(m -> merged.add(new TimelineEntry.Outbound(m)));
        merged.sort(NEWEST_FIRST);
        boolean more = merged.size() > limit || received.next() != null || sent.next() != null;
        List<TimelineEntry> kept = merged.subList(0, Math.min(limit, merged.size()));
        PageCursor next = more && !kept.isEmpty() ? new PageCursor(kept.getLast().at(), kept.getLast().id()) : null;
        return new Page<>(kept, next);
    }

    @Override
    public Page<Conversation> conversations(String projectOwnerId, PageCursor after, int limit) {
        Slice<CustomerActivity> customers = inbound.customers(projectOwnerId, Pages.position(after), limit);
        List<Conversation> conversations = customers.items().stream()
                .map(c -> new Conversation(c.customerNumber(),
                        // none when retention removed the messages between the two reads
                        timeline(projectOwnerId, c.customerNumber(), null, 1).items().stream().findFirst().orElse(null),
                        ServiceWindow.after(c.lastInboundAt())))
                .toList();
        return Pages.page(new Slice<>(conversations, customers.next()));
    }

    @Override
    public ServiceWindow window(String projectOwnerId, String customerNumber) {
        return ServiceWindow.after(inbound.lastInboundAt(projectOwnerId, PhoneNumbers.canonical(customerNumber)).orElse(null));
    }
}
