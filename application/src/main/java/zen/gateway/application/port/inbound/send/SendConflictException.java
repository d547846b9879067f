package zen.gateway.application.port.inbound.send;

/** The request contradicts what exists (a number registered twice on one provider): HTTP 409. */
public final class SendConflictException extends RuntimeException {
    public SendConflictException(String message) {
        super(message);
    }
}
