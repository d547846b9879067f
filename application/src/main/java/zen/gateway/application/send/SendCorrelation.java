package zen.gateway.application.send;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import zen.gateway.application.normalize.TwilioNormalizer;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.application.port.outbound.send.SendStore;
import zen.gateway.application.tracking.SendEchoes;
import zen.gateway.domain.send.SendState;

/**
 * Joins a status webhook that echoes our message id (Meta and 360dialog {@code biz_opaque_callback_data}, Karix
 * {@code cust_ref}, Twilio our parameter on the per-message {@code StatusCallback}) to its send. A webhook proves the
 * message went out: a send still sending or unknown becomes accepted with the ids the webhook carries (failed when
 * what was tracked says the message failed), and an accepted one gains the wamid it lacked. Webhooks that carry only
 * a wamid or a provider id need nothing here: the provider's reply brings what they said to the send
 * ({@link StatusesBeforeReply}), and the send's record and the tracked message meet on those ids when read.
 * Thread-safe.
 */
public final class SendCorrelation implements SendEchoes {

    /** The query parameter that carries our message id on Twilio's status callback URL. */
    public static final String TWILIO_PARAMETER = TwilioNormalizer.ECHO_PARAMETER;

    private final SendStore sends;
    private final SendWaiters waiters;
    private final SendEvents events;
    private final Clock clock;
    private final StatusesBeforeReply statuses;

    public SendCorrelation(SendStore sends, SendWaiters waiters, SendEvents events, Clock clock) {
        this(sends, waiters, events, clock, StatusesBeforeReply.NONE);
    }

    /** @param statuses what was tracked, so that a send settled by the echo of a failed message fails */
    public SendCorrelation(SendStore sends, SendWaiters waiters, SendEvents events, Clock clock,
            StatusesBeforeReply statuses) {
        this.sends = sends;
        this.waiters = waiters;
        this.events = events;
        this.clock = clock;
        this.statuses = statuses;
    }

    /** Our message ids are UUIDs: other echoes (a Datagen customer's own cust_ref) cost no lookup. */
    private static final Pattern OUR_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** A status webhook echoed {@code messageId}; returns whether it changed the send. */
    @Override
    public boolean echoed(String messageId, String wamid, String bspMessageId) {
        if (!OUR_ID.matcher(messageId).matches()) {
            return false;
        }
        Optional<SendRecord> found = sends.find(messageId);
        if (found.isEmpty()) {
            return false;
        }
        SendRecord send = found.get();
        Instant now = clock.instant();
        String nextWamid = send.wamid() != null ? send.wamid() : wamid;
        String nextBspId = send.bspMessageId() != null ? send.bspMessageId() : bspMessageId;
        boolean outcomeWasUnknown = send.state() == SendState.FAILED && send.failure() != null
                && "outcome_unknown".equals(send.failure().code());
        if (send.state() == SendState.SENDING || send.state() == SendState.UNKNOWN || outcomeWasUnknown) {
            SendRecord accepted = send.moved(SendState.ACCEPTED, nextWamid, nextBspId, "settled_by_webhook", null,
                    send.attempts(), now, now);
            if (!outcomeWasUnknown) {
                // the echoed statuses are tracked already: one that says failed settles it as failed
                accepted = statuses.applyTo(accepted, now);
            }
            if (sends.replace(accepted, send.state())) {
                waiters.settled(accepted);
                events.settled(accepted);
                return true;
            }
            return false;
        }
        if (send.state() == SendState.ACCEPTED && (!Objects.equals(send.wamid(), nextWamid)
                || !Objects.equals(send.bspMessageId(), nextBspId))) {
            return sends.replace(send.moved(SendState.ACCEPTED, nextWamid, nextBspId, send.providerStatus(), null,
                    send.attempts(), send.dueAt(), now), SendState.ACCEPTED);
        }
        return false;
    }
}
