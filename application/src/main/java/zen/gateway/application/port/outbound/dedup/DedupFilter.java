package zen.gateway.application.port.outbound.dedup;

import java.util.Collection;
import java.util.Set;

/**
 * Remembers which events were processed, for a while (24 h by default), so that repeats are dropped.
 * Thread-safe, and shared between nodes when backed by Redis.
 */
public interface DedupFilter {

    /** Claims the ids not seen before and returns them; ids already claimed are not returned. */
    Set<String> claim(Collection<String> eventIds);

    /** Forgets claims whose processing failed, so that the events are processed when they come again. */
    void release(Collection<String> eventIds);
}
