package zen.gateway.application.port.outbound.quarantine;

import java.util.List;

/** {@code quarantine}: unusable input, newest first. Thread-safe. */
public interface QuarantineStore {

    void keep(QuarantinedInput input);

    /** The newest {@code limit} entries, newest first. */
    List<QuarantinedInput> newest(int limit);

    long count();
}
