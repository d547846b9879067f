package zen.gateway.application.port.inbound.send;

import java.time.Instant;
import java.util.Objects;
import zen.gateway.domain.send.SendState;

/** What working off one queued send came to, which tells a queue what to do with the message that named it. */
public sealed interface SendOneResult {

    /** The send left the queue: claimed and on its way to the provider, or failed at once. Done with the message. */
    record Taken() implements SendOneResult {}

    /**
     * The send is not queued any more (already accepted, sending, unknown or failed): a redelivered message, or a
     * sweep or another node got there first. Done with the message; nothing was sent again.
     */
    record NotQueued(SendState state) implements SendOneResult {
        public NotQueued {
            Objects.requireNonNull(state, "state");
        }
    }

    /** Not yet: the send is due later, or its sender's pace or this node's in-flight limit holds it. Ask again at {@code at}. */
    record Later(Instant at) implements SendOneResult {
        public Later {
            Objects.requireNonNull(at, "at");
        }
    }

    /** No send has this id: the message names nothing this gateway stored. */
    record NoSuchSend() implements SendOneResult {}
}
