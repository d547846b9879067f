package zen.gateway.application.port.inbound.quarantine;

import java.time.Instant;
import java.util.List;

/** Unusable input, newest first, for a person to look at. */
public interface InspectQuarantineQuery {

    /** How many entries there are, and the newest {@code limit} of them. */
    Entries newest(int limit);

    record Entries(long total, List<Entry> newest) {
        public Entries {
            newest = List.copyOf(newest);
        }
    }

    /** Why the input was refused, where it came from and when, and the body as it arrived. */
    record Entry(String id, String source, String reason, Instant receivedAt, byte[] body) {}
}
