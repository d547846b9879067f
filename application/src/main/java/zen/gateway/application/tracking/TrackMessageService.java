package zen.gateway.application.tracking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import zen.gateway.application.normalize.PhoneNumbers;
import zen.gateway.application.port.inbound.tracking.TrackMessageCommand;
import zen.gateway.application.port.inbound.tracking.TrackMessageUseCase;
import zen.gateway.application.port.outbound.tracking.MessageReads;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.application.port.outbound.tracking.MessageUpdates;
import zen.gateway.domain.event.EventId;
import zen.gateway.domain.event.TimeOrderedUuid;
import zen.gateway.domain.message.MessageDetails;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.StatusObservation;
import zen.gateway.domain.message.TrackedMessage;

/**
 * Records a sent message as {@code SENT}. It goes through the same store operation as a status webhook, so
 * whichever comes first creates the message and the other joins it; a webhook that already said
 * {@code delivered} is not moved back.
 */
public final class TrackMessageService implements TrackMessageUseCase {

    private final MessageUpdates updates;
    private final MessageReads reads;
    private final Clock clock;

    public TrackMessageService(MessageUpdates updates, MessageReads reads, Clock clock) {
        this.updates = updates;
        this.reads = reads;
        this.clock = clock;
    }

    @Override
    public TrackedMessage track(TrackMessageCommand command) {
        Instant now = clock.instant();
        String wamid = blankToNull(command.wamid());
        String bspMessageId = blankToNull(command.bspMessageId());
        MessageDetails details = new MessageDetails(wamid, command.bsp().id(), bspMessageId,
                PhoneNumbers.canonical(command.phoneNumber(), null), PhoneNumbers.canonical(command.businessNumber(), null),
                blankToNull(command.projectOwnerId()), blankToNull(command.campaignId()));
        Instant sentAt = command.sentAt() != null ? command.sentAt() : now;
        // registering the same message again is the same report
        String reportId = EventId.derive("track", command.bsp().id(), wamid != null ? wamid : bspMessageId, "sent").value();
        StatusObservation sent = new StatusObservation(MessageStatus.SENT, command.bsp().id(), sentAt, now, reportId);
        updates.apply(List.of(new MessageUpdate(TimeOrderedUuid.random(now.toEpochMilli()), details, sent, null)));
        // a BSP id already tracked with another wamid joins that message, which the new wamid does not find
        return (wamid != null ? reads.find(wamid) : Optional.<TrackedMessage>empty())
                .or(() -> bspMessageId != null ? reads.find(bspMessageId) : Optional.empty())
                .orElseThrow(() -> new IllegalStateException("the store lost a message it just wrote"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
