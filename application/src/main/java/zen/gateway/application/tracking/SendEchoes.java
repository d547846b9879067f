package zen.gateway.application.tracking;

/**
 * Told of each status that echoes the gateway's own message id back, so that the send it belongs to learns its ids
 * and, if its outcome was unknown, that it went out.
 */
@FunctionalInterface
public interface SendEchoes {

    /** Nobody listens. */
    SendEchoes NONE = (messageId, wamid, bspMessageId) -> false;

    /** Returns whether the echo changed a send. */
    boolean echoed(String messageId, String wamid, String bspMessageId);
}
