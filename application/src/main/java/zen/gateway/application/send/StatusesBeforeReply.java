package zen.gateway.application.send;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import zen.gateway.application.port.outbound.send.SendFailure;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.application.port.outbound.tracking.MessageReads;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.TrackedMessage;

/**
 * Brings what status webhooks reported before the provider's reply to the send that reply accepts. Gupshup and
 * AiSensy echo none of our ids, and their first webhooks (Gupshup's {@code enqueued}, an early {@code failed}) can
 * overtake the reply: they are tracked under the wamid or the provider's id, which the send learns only from the
 * reply. So the reply looks them up: a message already failed fails the send (its waiter and {@code message.failed}
 * say so, not "accepted"); delivered or read leave it accepted, and the tracked lifecycle, joined by the same ids,
 * shows how far it got. Thread-safe.
 */
public final class StatusesBeforeReply {

    /** Looks nothing up: every accepted send stays accepted. */
    public static final StatusesBeforeReply NONE = new StatusesBeforeReply(id -> Optional.empty());

    private final Function<String, Optional<TrackedMessage>> tracked;

    public StatusesBeforeReply(MessageReads messages) {
        this(messages::find);
    }

    private StatusesBeforeReply(Function<String, Optional<TrackedMessage>> tracked) {
        this.tracked = tracked;
    }

    /** The accepted send, failed if a webhook already reported its message failed (and nothing better since). */
    SendRecord applyTo(SendRecord accepted, Instant now) {
        Optional<TrackedMessage> message = trackedOf(accepted);
        if (message.isEmpty() || message.get().currentStatus() != MessageStatus.FAILED) {
            return accepted;
        }
        Failure why = message.get().failureReason().orElse(null);
        return accepted.failed(new SendFailure(why == null || why.code() == null ? "failed" : why.code(),
                why == null || why.reason() == null ? "a status webhook reported the message failed" : why.reason(), false),
                now);
    }

    private Optional<TrackedMessage> trackedOf(SendRecord send) {
        Optional<TrackedMessage> byWamid = send.wamid() == null ? Optional.empty() : tracked.apply(send.wamid());
        if (byWamid.isPresent() || send.bspMessageId() == null) {
            return byWamid;
        }
        return tracked.apply(send.bspMessageId());
    }
}
