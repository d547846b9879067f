package zen.gateway.application.port.outbound;

import java.util.List;
import zen.gateway.domain.message.TrackedMessage;

/** One page of messages; {@code next} is null on the last page. */
public record MessagePage(List<TrackedMessage> items, PageCursor next) {
    public MessagePage {
        items = List.copyOf(items);
    }
}
