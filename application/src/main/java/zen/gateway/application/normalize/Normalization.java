package zen.gateway.application.normalize;

import java.util.List;

/** The result of normalizing one body. */
public sealed interface Normalization {

    /** The body was understood; {@code events} may be empty for bodies that need no processing (health checks). */
    record Recognized(List<NormalizedEvent> events) implements Normalization {
        public Recognized {
            events = List.copyOf(events);
        }

        /** Whether a person started any of these events: such bodies are queued ahead of campaign statuses. */
        public boolean anyUserInitiated() {
            return events.stream().anyMatch(e -> e.event().userInitiated());
        }
    }

    /** Not parseable at all (broken JSON, wrong encoding): the sender's fault, answered 400. */
    record Malformed(String reason) implements Normalization {}

    /** Well-formed, but of a shape no rule knows: answered 202 and kept in quarantine for a person to look at. */
    record Unrecognized(String reason) implements Normalization {}
}
