package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import zen.gateway.domain.conversation.ReceivedMessage;

/** A message a customer sent, as the API shows it: the same names as an outbound message where they mean the same. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record InboundMessageView(
        // One component per field of the JSON answer.
        String direction,
        String wamid,
        String bsp,
        String phoneNumber,
        String businessNumber,
        String projectOwnerId,
        String profileName,
        String type,
        String text,
        String mediaId,
        String mimeType,
        String context,
        Instant timestamp,
        Instant receivedAt) {

    static InboundMessageView of(ReceivedMessage m) {
        return new InboundMessageView("inbound", m.id(), m.bsp(), m.customerNumber(), m.businessNumber(), m.projectOwnerId(),
                m.profileName(), m.type(), m.text(), m.mediaId(), m.mimeType(), m.replyTo(), m.occurredAt(), m.receivedAt());
    }
}
