package zen.gateway.application.port.outbound.paging;

import java.time.Instant;
import java.util.Objects;

/** Where a newest-first listing goes on: the (created at, id) of the last item of the previous slice. */
public record Position(Instant createdAt, String id) {
    public Position {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }
}
