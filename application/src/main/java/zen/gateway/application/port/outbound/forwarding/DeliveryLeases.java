package zen.gateway.application.port.outbound.forwarding;

import java.time.Instant;
import java.util.List;
import zen.gateway.domain.delivery.Delivery;

/**
 * What a transport that takes its deliveries from the store claims there: unfinished deliveries carry the time of
 * their next attempt, and a claim moves it to the end of a lease, so that nobody else takes them meanwhile and, if
 * the claimer dies, they fall due again when the lease ends. Thread-safe.
 */
public interface DeliveryLeases {

    /**
     * Claims up to {@code limit} unfinished deliveries due at {@code now} (next attempt at or before it), the
     * earliest due first, and moves their next attempt to {@code leaseUntil}.
     */
    List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit);

    /**
     * Claims, as {@link #claimDue} does, those of the named deliveries that are unfinished and due at {@code now},
     * and returns their ids. A transport that has just inserted deliveries, and holds them, claims them by id
     * rather than searching for them and reading them back.
     */
    List<String> claim(List<String> deliveryIds, Instant now, Instant leaseUntil);
}
