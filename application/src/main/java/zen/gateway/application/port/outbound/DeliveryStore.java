package zen.gateway.application.port.outbound;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import zen.gateway.domain.delivery.Delivery;

/**
 * {@code webhook_delivery_logs}: one record per (event, endpoint), with its attempts. In the embedded mode it
 * is also the retry scheduler: unfinished deliveries carry the time of their next attempt. Thread-safe.
 */
public interface DeliveryStore {

    /**
     * Inserts the deliveries whose id is not stored yet and leaves the others as they are (an envelope handed
     * over again fans out again). Returns the ones inserted.
     */
    List<Delivery> insertNew(List<Delivery> deliveries);

    /**
     * Claims up to {@code limit} unfinished deliveries due at {@code now} (next attempt at or before it), the
     * earliest due first, and moves their next attempt to {@code leaseUntil}: nobody else claims them meanwhile,
     * and if this process dies they fall due again when the lease ends.
     */
    List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit);

    /**
     * Claims, as {@link #claimDue} does, those of the named deliveries that are unfinished and due at {@code now},
     * and returns their ids. A transport that has just inserted deliveries, and holds them, claims them by id
     * rather than searching for them and reading them back.
     */
    List<String> claim(List<String> deliveryIds, Instant now, Instant leaseUntil);

    /** Applies each record: appends its attempt (if any) and sets status, series attempts, next attempt, last error. */
    void record(List<AttemptRecord> records);

    Optional<Delivery> find(String deliveryId);

    DeliveryPage list(DeliveryQuery query);

    /**
     * Puts the selected dead-lettered deliveries back to {@code PENDING}, due at {@code now}, with a new attempt
     * series (series attempts 0; past attempts are kept). Returns the ids replayed.
     */
    List<String> replay(ReplaySelection selection, Instant now);

    /** Figures per endpoint for the project's deliveries created in [{@code from}, {@code to}); null means open. */
    List<EndpointDeliveryStats> stats(String projectOwnerId, Instant from, Instant to);

    /** How many deliveries, of every project, are not finished yet: pending or retrying. For gauges. */
    long unfinished();
}
