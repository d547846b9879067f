package zen.gateway.domain.send;

import static zen.gateway.domain.send.SendErrorClass.OUTSIDE_WINDOW;
import static zen.gateway.domain.send.SendErrorClass.PERMANENT;
import static zen.gateway.domain.send.SendErrorClass.SENDER_BLOCKED;
import static zen.gateway.domain.send.SendErrorClass.SERVER_FAULT;
import static zen.gateway.domain.send.SendErrorClass.THROTTLED;

import java.util.Map;
import java.util.Optional;

/**
 * Gupshup's numeric codes, from bsp/send/gupshup.md §4 "Asynchronous": they arrive in failed message events
 * ({@code payload.payload.code}), never in the send reply, which only carries a message text. Meta's codes,
 * which Gupshup passes through, are read with Meta's table.
 */
public final class GupshupErrorCodes {

    private static final Map<Integer, SendErrorClass> CLASSES = Map.ofEntries(
            Map.entry(1002, PERMANENT), // number not on WhatsApp
            Map.entry(1003, SENDER_BLOCKED), // wallet balance low: pause the sender
            // window closed and the template missing, not matching, or the user not opted in
            Map.entry(1004, OUTSIDE_WINDOW), Map.entry(1005, OUTSIDE_WINDOW), Map.entry(1006, OUTSIDE_WINDOW),
            Map.entry(1007, OUTSIDE_WINDOW),
            Map.entry(1008, PERMANENT), Map.entry(1010, PERMANENT), Map.entry(1011, PERMANENT),
            Map.entry(1012, PERMANENT),
            Map.entry(4001, THROTTLED), // "stop sending and contact Gupshup": back off hard and alert
            Map.entry(4002, SERVER_FAULT), // invalid response from WhatsApp
            Map.entry(4003, PERMANENT), Map.entry(4004, PERMANENT), Map.entry(4005, PERMANENT));

    private GupshupErrorCodes() {}

    public static Optional<SendErrorClass> classify(int code) {
        SendErrorClass own = CLASSES.get(code);
        return own != null ? Optional.of(own) : MetaErrorCodes.classify(code);
    }
}
