package zen.gateway.application.tracking;

import java.util.Optional;
import zen.gateway.application.paging.Pages;
import zen.gateway.application.port.inbound.paging.Page;
import zen.gateway.application.port.inbound.tracking.FindMessageQuery;
import zen.gateway.application.port.inbound.tracking.ListMessagesQuery;
import zen.gateway.application.port.inbound.tracking.MessageStats;
import zen.gateway.application.port.inbound.tracking.MessageStatsQuery;
import zen.gateway.application.port.outbound.tracking.MessageCountQuery;
import zen.gateway.application.port.outbound.tracking.MessageQuery;
import zen.gateway.application.port.outbound.tracking.MessageReads;
import zen.gateway.domain.message.TrackedMessage;

/** Read side of tracking: one message, a filtered listing, and statistics. */
public final class MessageQueryService implements FindMessageQuery, ListMessagesQuery, MessageStatsQuery {

    private final MessageReads messages;

    public MessageQueryService(MessageReads messages) {
        this.messages = messages;
    }

    @Override
    public Optional<TrackedMessage> find(String id) {
        return messages.find(id);
    }

    @Override
    public Page<TrackedMessage> list(ListMessagesQuery.Criteria criteria) {
        return Pages.page(messages.list(new MessageQuery(criteria.projectOwnerId(), criteria.campaignId(), criteria.status(),
                Pages.position(criteria.after()), criteria.limit())));
    }

    @Override
    public MessageStats stats(MessageStatsQuery.Criteria criteria) {
        return MessageStats.of(messages.count(new MessageCountQuery(criteria.projectOwnerId(), criteria.campaignId(),
                criteria.from(), criteria.to())).byStatus());
    }
}
