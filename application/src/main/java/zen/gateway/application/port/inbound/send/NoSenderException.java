package zen.gateway.application.port.inbound.send;

/** The project has no sender at all: nothing can be sent until it registers one (HTTP 422). */
public final class NoSenderException extends RuntimeException {
    public NoSenderException(String projectOwnerId) {
        super("project " + projectOwnerId + " has no sender: register one with POST /api/v1/projects/" + projectOwnerId
                + "/senders");
    }
}
