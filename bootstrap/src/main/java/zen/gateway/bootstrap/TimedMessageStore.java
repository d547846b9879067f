package zen.gateway.bootstrap;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.util.List;
import java.util.Optional;
import zen.gateway.application.port.outbound.MessageCountQuery;
import zen.gateway.application.port.outbound.MessageCounts;
import zen.gateway.application.port.outbound.MessagePage;
import zen.gateway.application.port.outbound.MessageQuery;
import zen.gateway.application.port.outbound.MessageStore;
import zen.gateway.application.port.outbound.MessageUpdate;
import zen.gateway.domain.message.TrackedMessage;

/** Times the store's bulk writes ({@code zen.store.messages.apply}), whichever technology is behind it. */
final class TimedMessageStore implements MessageStore {

    private final MessageStore store;
    private final Timer apply;

    TimedMessageStore(MessageStore store, MetricRegistry metrics) {
        this.store = store;
        this.apply = metrics.timer("zen.store.messages.apply");
    }

    @Override
    public void apply(List<MessageUpdate> updates) {
        try (Timer.Context ignored = apply.time()) {
            store.apply(updates);
        }
    }

    @Override
    public Optional<TrackedMessage> find(String id) {
        return store.find(id);
    }

    @Override
    public MessagePage list(MessageQuery query) {
        return store.list(query);
    }

    @Override
    public MessageCounts count(MessageCountQuery query) {
        return store.count(query);
    }
}
