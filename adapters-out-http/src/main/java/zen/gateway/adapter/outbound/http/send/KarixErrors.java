package zen.gateway.adapter.outbound.http.send;

import zen.gateway.domain.send.SendErrorClass;

/**
 * Karix's errors are not publicly documented (bsp/send/karix-datagen.md §4); this is the doc's defensive table,
 * applied to the body's {@code statusCode} when there is one, else to the HTTP status. Capture real error replies
 * from a customer's account before relying on it.
 */
final class KarixErrors {

    private KarixErrors() {}

    static SendErrorClass classify(int statusCode) {
        if (statusCode == 401 || statusCode == 403) {
            return SendErrorClass.SENDER_BLOCKED; // bad key, or sender not allowed
        }
        if (statusCode == 429) {
            return SendErrorClass.THROTTLED;
        }
        if (statusCode >= 500) {
            return SendErrorClass.SERVER_FAULT;
        }
        return SendErrorClass.PERMANENT; // malformed payload, unknown template, bad number
    }
}
