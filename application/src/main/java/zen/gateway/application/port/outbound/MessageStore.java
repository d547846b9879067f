package zen.gateway.application.port.outbound;

import java.util.List;
import java.util.Optional;
import zen.gateway.domain.message.TrackedMessage;

/**
 * {@code unified_message_tracking}: one record per message. Thread-safe; several consumers (and several
 * nodes) apply updates at once.
 */
public interface MessageStore {

    /**
     * Applies every update as {@link TrackedMessage#observe} would, each one atomically on the store's side, so
     * that concurrent updates of one message give the same result as applying them one after the other. An
     * update for an unknown message creates it ({@link TrackedMessage#firstSeen}). A message is matched by
     * wamid when the update has one, else by (bsp, bsp message id); details that a message lacks are filled
     * in from the update (a wamid learned later, a project resolved later), known ones are kept.
     */
    void apply(List<MessageUpdate> updates);

    /** The message whose wamid, or whose BSP message id, is {@code id}. */
    Optional<TrackedMessage> find(String id);

    /** Messages newest first (created at, then message id, descending), filtered, one page at a time. */
    MessagePage list(MessageQuery query);

    /** Counts per current status of the messages the query selects. */
    MessageCounts count(MessageCountQuery query);
}
