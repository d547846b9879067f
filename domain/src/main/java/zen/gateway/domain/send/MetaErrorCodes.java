package zen.gateway.domain.send;

import static zen.gateway.domain.send.SendErrorClass.OUTSIDE_WINDOW;
import static zen.gateway.domain.send.SendErrorClass.PERMANENT;
import static zen.gateway.domain.send.SendErrorClass.SENDER_BLOCKED;
import static zen.gateway.domain.send.SendErrorClass.SERVER_FAULT;
import static zen.gateway.domain.send.SendErrorClass.THROTTLED;

import java.util.Map;
import java.util.Optional;

/**
 * Meta Cloud API error codes ({@code error.code} of a reply, {@code statuses[].errors[].code} of a webhook), from
 * bsp/send/meta-cloud-api.md §5. Meta says to branch on the code, not on the HTTP status, which its own copies
 * of the table disagree about. 360dialog passes these codes through, and Gupshup and AiSensy report them in webhooks.
 */
public final class MetaErrorCodes {

    private static final Map<Integer, SendErrorClass> CLASSES = Map.ofEntries(
            // §5 "Throttled": throughput per number, pair rate per recipient, WABA hourly and app/user call limits.
            Map.entry(130429, THROTTLED), Map.entry(131056, THROTTLED), Map.entry(80007, THROTTLED),
            Map.entry(4, THROTTLED), Map.entry(17, THROTTLED), Map.entry(341, THROTTLED),
            // §5 "Transient": Meta failed on its side; the doc warns a resend may duplicate (§7). 131057 is the
            // number's throughput upgrade (about a minute), kept here with the doc rather than called throttling.
            Map.entry(1, SERVER_FAULT), Map.entry(2, SERVER_FAULT), Map.entry(131000, SERVER_FAULT),
            Map.entry(131016, SERVER_FAULT), Map.entry(133004, SERVER_FAULT), Map.entry(131057, SERVER_FAULT),
            // §5 "Needs a template, not a retry".
            Map.entry(131047, OUTSIDE_WINDOW),
            // §5 "Stop sending": spam rate (quality), account locked, policy block pause the whole sender;
            // 131042 is a payment problem (billing, README §3).
            Map.entry(131048, SENDER_BLOCKED), Map.entry(131031, SENDER_BLOCKED), Map.entry(368, SENDER_BLOCKED),
            Map.entry(131042, SENDER_BLOCKED),
            // §5 "Stop sending" codes that concern one recipient only: undeliverable, marketing limits, country.
            Map.entry(131026, PERMANENT), Map.entry(131049, PERMANENT), Map.entry(131050, PERMANENT),
            Map.entry(130497, PERMANENT),
            // §5 "Fix the request": parameters, media, template text, paused or disabled template.
            Map.entry(100, PERMANENT), Map.entry(131008, PERMANENT), Map.entry(131009, PERMANENT),
            Map.entry(131051, PERMANENT), Map.entry(131052, PERMANENT), Map.entry(131053, PERMANENT),
            Map.entry(132000, PERMANENT), Map.entry(132001, PERMANENT), Map.entry(132005, PERMANENT),
            Map.entry(132007, PERMANENT), Map.entry(132012, PERMANENT), Map.entry(132015, PERMANENT),
            Map.entry(132016, PERMANENT),
            // §5 "Credentials": expired token, auth failures, missing permission (200-299 below).
            Map.entry(190, SENDER_BLOCKED), Map.entry(0, SENDER_BLOCKED), Map.entry(3, SENDER_BLOCKED),
            Map.entry(10, SENDER_BLOCKED));

    private MetaErrorCodes() {}

    /** Empty for a code the doc does not name: the caller falls back on what else it knows (the HTTP status). */
    public static Optional<SendErrorClass> classify(int code) {
        if (code >= 200 && code <= 299) {
            return Optional.of(SENDER_BLOCKED);
        }
        return Optional.ofNullable(CLASSES.get(code));
    }
}
