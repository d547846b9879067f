package zen.gateway.application.port.outbound.quarantine;

import java.util.List;
import zen.gateway.application.port.outbound.retention.Expiring;

/** {@code quarantine}: unusable input, newest first; it expires by arrival. Thread-safe. */
public interface QuarantineStore extends Expiring {

    void keep(QuarantinedInput input);

    /** The newest {@code limit} entries, newest first. */
    List<QuarantinedInput> newest(int limit);

    long count();
}
