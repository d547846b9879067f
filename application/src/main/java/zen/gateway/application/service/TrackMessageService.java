package zen.gateway.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import zen.gateway.application.normalize.PhoneNumbers;
import zen.gateway.application.port.inbound.TrackMessageCommand;
import zen.gateway.application.port.inbound.TrackMessageUseCase;
import zen.gateway.application.port.outbound.MessageStore;
import zen.gateway.application.port.outbound.MessageUpdate;
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

    private final MessageStore messages;
    private final Clock clock;

    public TrackMessageService(MessageStore messages, Clock clock) {
        this.messages = messages;
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
        StatusObservation sent = new StatusObservation(MessageStatus.SENT, command.bsp().id(), sentAt, now);
        messages.apply(List.of(new MessageUpdate(TimeOrderedIds.at(now.toEpochMilli()), details, sent, null)));
        return messages.find(wamid != null ? wamid : bspMessageId)
                .orElseThrow(() -> new IllegalStateException("the store lost a message it just wrote"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
