package zen.gateway.application.port.outbound.tracking;

import java.util.List;
import zen.gateway.domain.message.TrackedMessage;

/**
 * Writes status reports to {@code unified_message_tracking}. Thread-safe; several consumers (and several nodes)
 * apply updates at once.
 */
public interface MessageUpdates {

    /**
     * Applies every update as {@link TrackedMessage#observe} would, each one atomically on the store's side, so
     * that concurrent updates of one message give the same result as applying them one after the other. An
     * update for an unknown message creates it ({@link TrackedMessage#firstSeen}). A message is matched by
     * wamid when the update has one, else by (bsp, bsp message id); details that a message lacks are filled
     * in from the update (a wamid learned later, a project resolved later), known ones are kept.
     */
    void apply(List<MessageUpdate> updates);
}
