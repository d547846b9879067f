package zen.gateway.application.port.outbound.forwarding;

import java.time.Instant;
import java.util.List;

/** Puts dead-lettered deliveries back in line. Thread-safe. */
public interface DeadLetterReplay {

    /**
     * Puts the selected dead-lettered deliveries back to {@code PENDING}, due at {@code now}, with a new attempt
     * series (series attempts 0; past attempts are kept). Returns the ids replayed.
     */
    List<String> replay(ReplaySelection selection, Instant now);
}
