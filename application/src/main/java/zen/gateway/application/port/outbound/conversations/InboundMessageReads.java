package zen.gateway.application.port.outbound.conversations;

import java.time.Instant;
import java.util.Optional;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.domain.conversation.ReceivedMessage;

/** Reads {@code inbound_messages}. Thread-safe. */
public interface InboundMessageReads {

    /** The inbound message whose id (wamid or BSP id) is {@code id}. */
    Optional<ReceivedMessage> find(String id);

    /**
     * One customer's messages to one project, newest first (occurred at, then id, descending), after {@code after}
     * (null for the first slice); {@code limit} is 1 to 500.
     */
    Slice<ReceivedMessage> byCustomer(String projectOwnerId, String customerNumber, Position after, int limit);

    /**
     * The customers who wrote to a project, most recent writer first, each with the time of their last message; a
     * slice's position is (that time, the customer number).
     */
    Slice<CustomerActivity> customers(String projectOwnerId, Position after, int limit);

    /** When the customer last wrote to the project, if ever. */
    Optional<Instant> lastInboundAt(String projectOwnerId, String customerNumber);
}
