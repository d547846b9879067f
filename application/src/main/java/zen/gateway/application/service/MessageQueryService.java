package zen.gateway.application.service;

import java.util.Optional;
import zen.gateway.application.port.inbound.FindMessageQuery;
import zen.gateway.application.port.inbound.ListMessagesQuery;
import zen.gateway.application.port.inbound.MessageStats;
import zen.gateway.application.port.inbound.MessageStatsQuery;
import zen.gateway.application.port.outbound.MessageCountQuery;
import zen.gateway.application.port.outbound.MessagePage;
import zen.gateway.application.port.outbound.MessageQuery;
import zen.gateway.application.port.outbound.MessageStore;
import zen.gateway.domain.message.TrackedMessage;

/** Read side of tracking: one message, a filtered listing, and statistics. */
public final class MessageQueryService implements FindMessageQuery, ListMessagesQuery, MessageStatsQuery {

    private final MessageStore messages;

    public MessageQueryService(MessageStore messages) {
        this.messages = messages;
    }

    @Override
    public Optional<TrackedMessage> find(String id) {
        return messages.find(id);
    }

    @Override
    public MessagePage list(MessageQuery query) {
        return messages.list(query);
    }

    @Override
    public MessageStats stats(MessageCountQuery query) {
        return MessageStats.of(messages.count(query));
    }
}
