package zen.gateway.application.port.inbound;

import zen.gateway.application.port.outbound.MessagePage;
import zen.gateway.application.port.outbound.MessageQuery;

/** Messages newest first, filtered, a page at a time. */
public interface ListMessagesQuery {
    MessagePage list(MessageQuery query);
}
