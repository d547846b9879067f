package zen.gateway.application.port.inbound.quarantine;

import java.time.Instant;

/**
 * Keeps input nobody can use, with the reason, where a person can inspect it: what a transport calls with a
 * message it cannot read, rather than dropping it or failing its queue forever.
 */
public interface QuarantineInputUseCase {

    /** {@code id} names the input (the same input handed over again is kept under the same id). */
    void keep(String id, String source, String reason, Instant receivedAt, byte[] body);
}
