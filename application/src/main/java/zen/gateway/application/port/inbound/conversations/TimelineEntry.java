package zen.gateway.application.port.inbound.conversations;

import java.time.Instant;
import zen.gateway.domain.conversation.ReceivedMessage;
import zen.gateway.domain.message.TrackedMessage;

/** One message of a customer's timeline: one the business sent (with its current status) or one the customer sent. */
public sealed interface TimelineEntry {

    /** When it happened: an outbound message's creation, an inbound message's own time. */
    Instant at();

    String id();

    record Outbound(TrackedMessage message) implements TimelineEntry {
        @Override
        public Instant at() {
            return message.createdAt();
        }

        @Override
        public String id() {
            return message.messageId();
        }
    }

    record Inbound(ReceivedMessage message) implements TimelineEntry {
        @Override
        public Instant at() {
            return message.occurredAt();
        }

        @Override
        public String id() {
            return message.id();
        }
    }
}
