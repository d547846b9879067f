package zen.gateway.domain.send;

import static zen.gateway.domain.send.SendErrorClass.OUTSIDE_WINDOW;
import static zen.gateway.domain.send.SendErrorClass.PERMANENT;
import static zen.gateway.domain.send.SendErrorClass.SENDER_BLOCKED;
import static zen.gateway.domain.send.SendErrorClass.SERVER_FAULT;
import static zen.gateway.domain.send.SendErrorClass.THROTTLED;

import java.util.Map;
import java.util.Optional;

/**
 * Twilio error codes, from bsp/send/twilio.md §4: the {@code code} of a rejected request, and the
 * {@code ErrorCode} of a status callback once a created message fails.
 */
public final class TwilioErrorCodes {

    private static final Map<Integer, SendErrorClass> CLASSES = Map.ofEntries(
            // §4 synchronous. 20429: "never processed, safe to retry"; 21611: this From's queue is full, slow down.
            Map.entry(20429, THROTTLED), Map.entry(21611, THROTTLED),
            // 20500: Twilio warns that a resend after a 500 can deliver twice.
            Map.entry(20500, SERVER_FAULT),
            // 20003: bad credentials; 63007: From is not a WhatsApp sender of this account (configuration).
            Map.entry(20003, SENDER_BLOCKED), Map.entry(63007, SENDER_BLOCKED),
            Map.entry(21211, PERMANENT), Map.entry(21604, PERMANENT),
            // §4 asynchronous (status callback). 63016: window closed, or a template sent as Body.
            Map.entry(63016, OUTSIDE_WINDOW),
            // 63018: sender, portfolio or per-user rate; 30001: queue overflow. Both: later, slower.
            Map.entry(63018, THROTTLED), Map.entry(30001, THROTTLED),
            Map.entry(63024, PERMANENT), Map.entry(63003, PERMANENT), Map.entry(63013, PERMANENT),
            Map.entry(63032, PERMANENT));

    private TwilioErrorCodes() {}

    /** Empty for a code the doc does not name: the caller falls back on the HTTP status. */
    public static Optional<SendErrorClass> classify(int code) {
        return Optional.ofNullable(CLASSES.get(code));
    }
}
