package zen.gateway.application.quarantine;

import java.time.Instant;
import zen.gateway.application.port.inbound.quarantine.InspectQuarantineQuery;
import zen.gateway.application.port.inbound.quarantine.QuarantineInputUseCase;
import zen.gateway.application.port.outbound.quarantine.QuarantineStore;
import zen.gateway.application.port.outbound.quarantine.QuarantinedInput;

/** Keeps unusable input for a person to look at, and shows it newest first. */
public final class QuarantineService implements QuarantineInputUseCase, InspectQuarantineQuery {

    private final QuarantineStore store;

    public QuarantineService(QuarantineStore store) {
        this.store = store;
    }

    @Override
    public void keep(String id, String source, String reason, Instant receivedAt, byte[] body) {
        store.keep(new QuarantinedInput(id, source, reason, receivedAt, body));
    }

    @Override
    public Entries newest(int limit) {
        return new Entries(store.count(), store.newest(limit).stream()
                .map(input -> new Entry(input.id(), input.source(), input.reason(), input.receivedAt(), input.body()))
                .toList());
    }
}
