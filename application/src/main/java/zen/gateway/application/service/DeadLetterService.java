package zen.gateway.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import zen.gateway.application.port.inbound.ReplayDeadLettersUseCase;
import zen.gateway.application.port.outbound.DeliveryStore;
import zen.gateway.application.port.outbound.ForwardingQueue;
import zen.gateway.application.port.outbound.ReplaySelection;
import zen.gateway.domain.delivery.Delivery;

/** Puts dead-lettered deliveries back in line; they keep their event id, so receivers can still dedup. */
public final class DeadLetterService implements ReplayDeadLettersUseCase {

    private final DeliveryStore deliveries;
    private final ForwardingQueue forwarding;
    private final Clock clock;

    public DeadLetterService(DeliveryStore deliveries, ForwardingQueue forwarding, Clock clock) {
        this.deliveries = deliveries;
        this.forwarding = forwarding;
        this.clock = clock;
    }

    @Override
    public List<String> replay(ReplaySelection selection) {
        List<String> replayed = deliveries.replay(selection, clock.instant());
        List<Delivery> due = replayed.stream().map(deliveries::find).flatMap(Optional::stream).toList();
        if (!due.isEmpty()) {
            forwarding.submit(due);
        }
        return replayed;
    }
}
