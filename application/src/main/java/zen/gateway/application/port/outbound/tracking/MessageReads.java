package zen.gateway.application.port.outbound.tracking;

import java.util.Optional;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.domain.message.TrackedMessage;

/** Reads {@code unified_message_tracking}: one message, listings, counts. Thread-safe. */
public interface MessageReads {

    /** The message whose wamid, or whose BSP message id, is {@code id}. */
    Optional<TrackedMessage> find(String id);

    /** Messages newest first (created at, then message id, descending), filtered, one slice at a time. */
    Slice<TrackedMessage> list(MessageQuery query);

    /** Counts per current status of the messages the query selects. */
    MessageCounts count(MessageCountQuery query);
}
