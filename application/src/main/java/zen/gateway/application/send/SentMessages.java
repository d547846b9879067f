package zen.gateway.application.send;

import zen.gateway.application.port.inbound.send.SentMessage;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.SendContents;
import zen.gateway.application.port.outbound.send.SendRecord;

/** A stored send as callers see it. */
final class SentMessages {

    private SentMessages() {}

    static SentMessage of(SendRecord s) {
        MessageContent.Template template = s.content() instanceof MessageContent.Template t ? t : null;
        return new SentMessage(s.messageId(), s.projectOwnerId(), s.provider(), s.state(), SendContents.type(s.content()),
                template == null ? null : template.name(), template == null ? null : template.language(), s.from(), s.to(),
                s.reference(), s.campaignId(), s.wamid(), s.bspMessageId(), s.providerStatus(),
                s.failure() == null ? null
                        : new SentMessage.Failure(s.failure().code(), s.failure().reason(), s.failure().retryable()),
                s.attempts(), s.createdAt(), s.updatedAt());
    }
}
