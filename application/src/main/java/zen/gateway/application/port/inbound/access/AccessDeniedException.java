package zen.gateway.application.port.inbound.access;

/**
 * The caller is known but may not do this: another project's, a scope it lacks, more than it has itself. A
 * driving adapter answers it as forbidden (HTTP 403), with the message.
 */
public final class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
