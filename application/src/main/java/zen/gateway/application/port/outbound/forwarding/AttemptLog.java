package zen.gateway.application.port.outbound.forwarding;

import java.util.List;

/** Writes what attempts made of deliveries. Thread-safe. */
public interface AttemptLog {

    /** Applies each record: appends its attempt (if any) and sets status, series attempts, next attempt, last error. */
    void record(List<AttemptRecord> records);
}
