package zen.gateway.application.port.inbound.projects;

/** The business number belongs to another project, and the request may not move it (HTTP 409). */
public final class NumberTakenException extends RuntimeException {
    public NumberTakenException(String businessNumber) {
        super("business number " + businessNumber + " belongs to another project; an admin key can move it");
    }
}
