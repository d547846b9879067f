package zen.gateway.adapter.outbound.http.send;

import zen.gateway.adapter.outbound.http.send.CredentialRules.Shape;

/** Shapes shared by several providers' credentials. */
final class Secrets {

    /**
     * A key or token that travels in a header: visible ASCII, no spaces. Anything else is a pasting mistake, and the
     * HTTP client would refuse it at every send; caught here it becomes a 400 when the sender is configured.
     */
    static final Shape HEADER_VALUE = Shape.of("[\\x21-\\x7E]+", "printable ASCII without spaces");

    /** An id that becomes a URL path segment. */
    static final Shape PATH_SEGMENT = Shape.of("[A-Za-z0-9_-]+", "letters, digits, '_' or '-'");

    private Secrets() {}
}
