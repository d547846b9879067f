package zen.gateway.bootstrap.metrics;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.util.List;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.application.port.outbound.tracking.MessageUpdates;

/** Times the store's bulk writes of status reports ({@code zen.store.messages.apply}), whichever technology is behind it. */
public final class TimedMessageUpdates implements MessageUpdates {

    private final MessageUpdates store;
    private final Timer apply;

    public TimedMessageUpdates(MessageUpdates store, MetricRegistry metrics) {
        this.store = store;
        this.apply = metrics.timer("zen.store.messages.apply");
    }

    @Override
    public void apply(List<MessageUpdate> updates) {
        try (Timer.Context ignored = apply.time()) {
            store.apply(updates);
        }
    }
}
