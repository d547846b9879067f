package zen.gateway.application.port.outbound.conversations;

import java.util.List;
import zen.gateway.domain.conversation.ReceivedMessage;

/** Keeps inbound messages in {@code inbound_messages}. Thread-safe. */
public interface InboundMessageWrites {

    /**
     * Keeps every message in one bulk call. A message whose id is kept already is left as it is (the first word
     * wins), so a repeated webhook, or a batch handed over twice, keeps each message once.
     */
    void keep(List<ReceivedMessage> messages);
}
