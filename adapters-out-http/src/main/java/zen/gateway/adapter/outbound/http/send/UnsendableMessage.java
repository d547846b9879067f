package zen.gateway.adapter.outbound.http.send;

/**
 * The message cannot be said in this provider's API (free text on a templates-only API, a template reference in
 * the wrong form, components of the wrong shape). Found before sending; becomes a permanent rejection.
 */
final class UnsendableMessage extends Exception {

    UnsendableMessage(String reason) {
        super(reason, null, false, false);
    }
}
