package zen.gateway.application.forwarding;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import zen.gateway.application.port.inbound.forwarding.ReplayDeadLettersUseCase;
import zen.gateway.application.port.outbound.forwarding.DeadLetterReplay;
import zen.gateway.application.port.outbound.forwarding.DeliveryReads;
import zen.gateway.application.port.outbound.forwarding.ForwardingQueue;
import zen.gateway.application.port.outbound.forwarding.ReplaySelection;
import zen.gateway.domain.delivery.Delivery;

/** Puts dead-lettered deliveries back in line; they keep their event id, so receivers can still dedup. */
public final class DeadLetterService implements ReplayDeadLettersUseCase {

    private final DeadLetterReplay replay;
    private final DeliveryReads reads;
    private final ForwardingQueue forwarding;
    private final Clock clock;

    public DeadLetterService(DeadLetterReplay replay, DeliveryReads reads, ForwardingQueue forwarding, Clock clock) {
        this.replay = replay;
        this.reads = reads;
        this.forwarding = forwarding;
        this.clock = clock;
    }

    @Override
    public List<String> replay(ReplayDeadLettersUseCase.Selection selection) {
        List<String> replayed = replay.replay(new ReplaySelection(selection.projectOwnerId(), selection.ids(),
                selection.from(), selection.to(), selection.limit()), clock.instant());
        List<Delivery> due = replayed.stream().map(reads::find).flatMap(Optional::stream).toList();
        if (!due.isEmpty()) {
            forwarding.submit(due);
        }
        return replayed;
    }
}
